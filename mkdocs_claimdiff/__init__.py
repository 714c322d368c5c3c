"""Compare how outlets report the same story, claim by claim, as an MkDocs plugin."""

__version__ = "0.1.0"
