"""Read an article file's bytes defensively: binary files are refused, enormous ones cut short.

Story folders are filled by hand and by scrapers, so a photo or a PDF saved under an article's
name, or a runaway scrape of hundreds of megabytes, will turn up. Neither may stop the build or
make it hang: a binary file is reported and not read, and only the first ``max_article_bytes`` of
a large file are read, cut at a paragraph (else sentence, else line) break so no claim is cut in
half. A real news article is well under 100 kB; the default limit leaves a wide margin.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from ..model import Problem
from .draft import PAGE_SUFFIXES, declared_charset, decode

NOT_TEXT = "binary file, not read"
LINK_OUTSIDE = "a link to a file or folder outside"
"""Starts the warning about a link that leads out of the folder its files may come from."""
LINK_NOT_READ = "not read; copy it in"
"""Ends it."""


def link_outside(path: Path, root: Path) -> Path | None:
    """Where ``path`` leads, when it is a link to a file or folder outside ``root`` (resolved):
    such a file is not read. A folder of articles shared as an archive may hold links to any
    file of the machine that builds it (``/etc/passwd``, a key), and what is read is published.
    None for any other path, and for a link to a pipe or a device, a broken link or a loop of
    links, which are "not a regular file" to whoever reads them."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links (RuntimeError up to Python 3.12)
        return None
    if not (target.is_file() or target.is_dir()) or target.is_relative_to(root):
        return None
    return target


LONGEST_NUMBER = 1_000
"""Characters of a whole number in metadata (YAML, a page's JSON-LD) read as a number; a longer
one is kept as the text it is written as: Python refuses to read or write a number of more than
4,300 digits (1,000 hexadecimal ones are 1,205), and ``author: 999…9`` crashed the build, a
``"wordCount"`` of as many digits lost a page's whole JSON-LD (helper-159, helper-162)."""


SNIFF_BYTES = 8192
"""How much of a file is looked at to tell text from binary, as git and grep do."""
MAX_CONTROL_RATIO = 0.1
"""Text has hardly any control characters besides tabs and line breaks; binary data has many."""

_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BOUNDARIES = (
    ("paragraph break", (b"\n\n", b"\n\r\n")),
    ("sentence end", (b". ", b".\n", b"! ", b"? ", b".\r")),
    ("line break", (b"\n",)),
)


def read_limited(path: Path, max_bytes: int) -> tuple[str | None, tuple[Problem, ...]]:
    """The text of an article file (None for a binary file) and the Problems met reading it.

    Raises ``OSError`` like ``Path.read_bytes``; the caller reports it.
    """
    with path.open("rb") as file:
        data = file.read(max_bytes + 1)
    problems: list[Problem] = []
    if len(data) > max_bytes:
        data, boundary = cut(data, max_bytes)
        size = path.stat().st_size
        message = (
            f"{size:,} bytes is more than max_article_bytes ({max_bytes:,}): only the first "
            f"{len(data):,} bytes are read, up to a {boundary}"
        )
        problems.append(Problem(path, message))
    if is_binary(data):
        return None, (Problem(path, NOT_TEXT),)
    if data.startswith(_UTF16_BOMS):
        message = "saved as UTF-16; read as such (save the file as UTF-8 to silence this)"
        return data.decode("utf-16", errors="replace"), (*problems, Problem(path, message))
    declared = declared_charset(data) if path.suffix.lower() in PAGE_SUFFIXES else None
    text, problem = decode(data, path, declared)
    return text, (*problems, problem) if problem else tuple(problems)


def looks_binary(path: Path) -> bool:
    """True for a file whose first bytes are not text; an unreadable file is left to the reader."""
    try:
        with path.open("rb") as file:
            return is_binary(file.read(SNIFF_BYTES))
    except OSError:
        return False


def is_binary(data: bytes) -> bool:
    """True for data that is not text: a NUL byte, or many control characters, near the start."""
    head = data[:SNIFF_BYTES]
    if head.startswith(_UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > MAX_CONTROL_RATIO * len(head)


def cut(data: bytes, limit: int) -> tuple[bytes, str]:
    """The start of ``data`` up to ``limit`` bytes, ending at the last natural break before it.

    A break in the first half of the limit is not used (too much would be lost); then the data is
    cut at the limit itself, backing off to the start of a UTF-8 character.
    """
    head = data[:limit]
    for name, separators in _BOUNDARIES:
        end = max(head.rfind(separator) + len(separator) for separator in separators)
        if end > limit // 2:
            return head[:end], name
    end = limit
    while end > 0 and (data[end] & 0xC0) == 0x80:
        end -= 1
    return head[:end], "character boundary"


LONG_TAG_CHARACTERS = 20_000
"""Characters of one tag of a saved page past which its attributes are dropped: a page's parser
and date search take seconds per ten thousand attributes (one ``<p>`` of 100,000 held a
build for 40 s), and no article's text is in a tag's attributes."""

_LONG_TAG = re.compile(rf"<([A-Za-z][\w:-]{{0,40}})[^<>]{{{LONG_TAG_CHARACTERS},}}>")
_LONG_PIECE = re.compile(rf">[^>]{{{LONG_TAG_CHARACTERS + 1}}}")
"""The start of a piece of the page after a ``>`` long enough to end in a long tag."""


def cut_long_tags(text: str) -> str:
    """The page with each tag longer than ``LONG_TAG_CHARACTERS`` cut to its name (its first
    41 characters at most).

    What ``_LONG_TAG`` matches holds no ``<`` or ``>`` between its own (an attribute's value
    may, in HTML, and then breaks the match as it did before), so a long tag is the end of a
    piece of the page that ends at a ``>``, from the piece's last ``<`` on: only the ends of
    the pieces longer than ``LONG_TAG_CHARACTERS`` are tried. ``_LONG_TAG`` on the whole page
    tried every tag, up to 41 lengths of its name each: on the 211 pages of a news set (320 kB
    each) that took 0.46 s, and 0.19 s with a pattern's search for a long run after a ``<``
    first (which took 1.5 s on a ``<`` and 10 MB after it); finding the long pieces takes
    0.06 s, and time linear in the page whatever its shape."""
    kept: list[str] = []
    done = 0  # where the text not yet kept starts
    for begin, end in _long_pieces(text):
        start = text.rfind("<", begin, end)
        tag = _LONG_TAG.fullmatch(text, start, end + 1) if start >= 0 else None
        if tag is not None:
            kept += (text[done : start + 1], tag[1])
            done = end  # the tag's ``>`` is kept with what follows
    if not kept:
        return text
    kept.append(text[done:])
    return "".join(kept)


def _long_pieces(text: str) -> Iterator[tuple[int, int]]:
    """Where each piece of the page longer than ``LONG_TAG_CHARACTERS`` that ends at a ``>``
    starts (the page's start or after a ``>``), and where its ``>`` stands. The piece after
    the page's last ``>`` has none to end a tag."""
    first = text.find(">")
    if first < 0:
        return
    if first > LONG_TAG_CHARACTERS:
        yield 0, first
    for piece in _LONG_PIECE.finditer(text, first):
        end = text.find(">", piece.end())
        if end < 0:
            return
        yield piece.start() + 1, end
