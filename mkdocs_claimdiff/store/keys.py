"""Keys of entries: hashes of everything an entry depends on, the code and the reading
libraries included, so an entry is found exactly while it is still what would be computed."""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .. import __version__
from .codec import encode

FORMAT = 2
"""Bumped when the layout of an entry changes."""
READING_LIBRARIES = (
    "nh3",
    "PyYAML",
    "trafilatura",
    "lxml",
    "htmldate",
    "justext",
    "charset-normalizer",
    "lxml_html_clean",
    "markdown-it-py",
    "anyascii",
)
"""Libraries whose version may change how an article is read (trafilatura's own included). A
missing one counts too: a page read while trafilatura could not be imported is read again once
the install is mended."""


def digest(*parts: str) -> str:
    """A short hash of texts, for versions and folder names."""
    return sha256_text("\n".join(parts))[:16]


def entry_key(kind: str, *parts: object) -> str:
    """A hash of everything an entry depends on."""
    return sha256_text(json.dumps([kind, FORMAT, code_fingerprint(), *map(encode, parts)]))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def reading_libraries() -> str:
    """The versions of the libraries that read articles besides our code: another version
    may clean a page differently."""
    found = [f"Python {sys.version_info[:3]}"]  # unicodedata (slugs) comes with Python
    for name in READING_LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    return ", ".join(found)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The plugin's version and a hash of its code and of the matcher's data file."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    package = Path(__file__).parent.parent
    digest.update((package / "data" / "matcher.json").read_bytes())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()
