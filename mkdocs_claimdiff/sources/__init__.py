"""Files -> ``Article``: story folders found and grouped (``discover``, ``group``), each file
read by the reader of its format (``markdown``, ``text``, ``html``), cleaned of site chrome
(``chrome``), its metadata read (``meta``, ``pagemeta``, ``dates``) and its text checked
(``limits``, ``scrub``, ``budget``)."""

from .discover import discover, read_article

__all__ = ["discover", "read_article"]
