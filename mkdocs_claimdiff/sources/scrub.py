"""Remove the characters no article means to show: control characters and lone surrogates.

A NUL or an ESC reaches an article from a scrape (past the first 8 kB, which is all the binary
check reads) or from a YAML escape (``"\\x1b[31m"``), and a lone surrogate from a YAML escape
(``"\\ud800"``). The first kind puts invisible bytes into the pages and terminal escape codes into
the command line's output; the second cannot be written as UTF-8 at all, so it crashed the build
when the page was written. Both are removed where text comes in, with a warning naming the file.
Tabs, line breaks and form feeds stay: they are white space.

A file's text is also put in Unicode's composed form (NFC): a letter with a mark can be written
as one code point or as two (Bengali "য়", "é"), and pages differ in which they save, so the same
word of two outlets would not be the same word to the matcher, nor to a reader's search. The
article's title and blocks are composed again once read (``compose``): a page or a Markdown file
may write a mark as a character reference ("e&#x301;"), which its reader decodes only then.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import MutableMapping
from dataclasses import replace
from pathlib import Path

from ..model import Problem
from .draft import Draft

_UNWANTED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0 and C1 control characters but for tab, line feed, form feed and carriage return; lone
surrogate halves; the noncharacters U+FFFE and U+FFFF."""


def scrub(text: str) -> tuple[str, int, int]:
    """``text`` without unwanted characters, how many were removed and the line of the first
    (0 when none was)."""
    first = _UNWANTED.search(text)
    if first is None:
        return text, 0, 0
    cleaned, removed = _UNWANTED.subn("", text)
    return cleaned, removed, text.count("\n", 0, first.start()) + 1


def scrub_text(text: str, path: Path) -> tuple[str, Problem | None]:
    """A file's text without unwanted characters, composed (NFC), and a Problem at the line of
    the first unwanted character."""
    cleaned, removed, line = scrub(text)
    composed = compose(cleaned)
    if not removed:
        return composed, None
    return composed, Problem(path, f"{_count(removed)} removed", line)


def scrub_draft(draft: Draft, path: Path) -> tuple[Draft, list[Problem]]:
    """The draft with unwanted characters removed from its title and blocks, and a Problem
    when any was: a saved page declares its headline and text in JSON, whose escapes
    ("\\ud800") make a lone surrogate only once parsed, after the file's text was scrubbed (a
    headline so crashed the build: helper-159's audit)."""
    title, removed, _line = scrub(draft.title or "")
    parts = []
    for kind, text in draft.parts:
        cleaned, count, _line = scrub(text)
        parts.append((kind, cleaned))
        removed += count
    if not removed:
        return draft, []
    headline = " ".join(title.split()) if draft.title is not None else None
    scrubbed = replace(draft, title=headline, parts=tuple(parts))
    return scrubbed, [Problem(path, f"{_count(removed)} removed from the page's own data")]


def compose(text: str) -> str:
    """The text in Unicode's composed form (NFC): a quick check when it already is."""
    return unicodedata.normalize("NFC", text)


def scrub_values(values: MutableMapping[str, str], path: Path) -> list[Problem]:
    """Remove unwanted characters from metadata values in place, and the white space they leave
    at either end ("Daily Post \\udfff" is "Daily Post"); a Problem per value."""
    problems = []
    for key, value in values.items():
        cleaned, removed, _line = scrub(value)
        if removed:
            values[key] = cleaned.strip()
            problems.append(Problem(path, f"`{key}`: {_count(removed)} removed"))
    return problems


def _count(removed: int) -> str:
    plural = "s" if removed > 1 else ""
    return f"{removed} control character{plural} or lone surrogate{plural}"
