"""Read a raw ``.txt`` scrape: a page copied from a browser, article text amid site chrome.

The reader finds what the page says about the article (title, original URL, date, byline), lets
``chrome`` label everything that is not article text, and keeps each removed line with its reason.
"""

from __future__ import annotations

import re
from itertools import takewhile
from pathlib import Path

from ..model import Removed
from .author_notes import mark_author_notes
from .budget import check
from .chrome import Unit, mark_layout, mark_phrases
from .chrome_notes import mark_notes
from .dates import find_date, normalise_date
from .draft import USED_AS_TITLE, Draft, Meta, split_lines
from .field_limits import MAX_TITLE_CHARACTERS
from .markup import block_of, heading_level, is_rule, strip_inline
from .meta import unread_front_matter
from .trailing import split_units

_URL_LABEL = re.compile(r"^\W*(?:original|source|canonical)\s+(?:url|link)\W*?:\s*(.*)$", re.I)
_URL = re.compile(r"<(https?://[^\s<>]+)>|(https?://[^\s<>()\[\]]+)")
_BYLINE = re.compile(r"^by\s+(.+)$", re.IGNORECASE)
_READING_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b.*$", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"(?:published|updated|last updated|posted|on|at|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|[|·•,:–—-])\s*",
    re.IGNORECASE,
)
_TITLE_WORDS = 3
_BYLINE_SEPARATOR = re.compile(r"\s[|·•]\s")
_NAME_END = " ,;|·•–—-"


def read(text: str, path: Path) -> Draft:
    """Turn one scrape into a Draft: metadata from the page, body without chrome."""
    text_lines = split_lines(text)
    why = f"a {path.suffix} file takes its metadata from a sidecar {path.stem}.yml"
    unread = unread_front_matter(text_lines, path, why)
    units = _units(text_lines)
    found: dict[str, object] = {}
    lines: dict[str, int] = {}
    _take_url(units, found, lines)
    _take_dates(units, found, lines)
    units = split_units(units)
    mark_phrases(units)
    title = _take_title(units)
    mark_layout(units)
    mark_author_notes(units, found.get("author"))
    mark_notes(units)
    parts = tuple((unit.kind, unit.text) for unit in units if unit.reason is None)
    removed = tuple(
        Removed(unit.number + offset, line, unit.reason)
        for unit in units
        if unit.reason is not None
        for offset, line in enumerate(unit.lines)
    )
    problems = (unread,) if unread else ()
    return Draft(title, parts, Meta(path, found, lines), removed, problems)


def _units(lines: list[str]) -> list[Unit]:
    """Make one unit per non-blank line, joining hard-wrapped lines of one paragraph.

    A line continues the one above when that one stops mid-sentence and this one starts in
    lower case, as a wrapped paragraph does; otherwise lines of a scrape are separate things.
    Whether a paragraph stops mid-sentence is read from its last line, and its whole text is
    cleaned once at the end: cleaning it again at every line took quadratic time on a long
    hard-wrapped paragraph.
    """
    units: list[Unit] = []
    group = 0
    for number, line in enumerate(lines, start=1):
        check()
        if not line.strip():
            group += 1
        elif units and units[-1].group == group and _continues(units[-1], line):
            units[-1].lines.append(line)
            units[-1].text = strip_inline(line)  # the last line's text until the loop ends
        else:
            unit = Unit(number, [line], group, block_of(line)[0], _plain([line]))
            if is_rule(line) or not unit.text:
                unit.reason = "separator or image"
            units.append(unit)
    for unit in units:
        if len(unit.lines) > 1:
            unit.text = _plain(unit.lines)
    return units


def _plain(lines: list[str]) -> str:
    """The plain text of a unit's lines, without the block marker of the first."""
    return strip_inline(" ".join([block_of(lines[0])[1], *lines[1:]]))


def _continues(unit: Unit, line: str) -> bool:
    return (
        unit.kind == "paragraph"
        and unit.reason is None
        and not unit.is_sentence
        and line.strip()[:1].islower()
        and block_of(line)[0] == "paragraph"
    )


def _take_url(units: list[Unit], found: dict[str, object], lines: dict[str, int]) -> None:
    """Find "Original url:" and the address after it, on the same line or the next one."""
    for index, unit in enumerate(units):
        label = _URL_LABEL.match(unit.raw)
        if unit.reason is not None or not label:
            continue
        unit.reason = "used as original URL"
        holder = unit if _URL.search(label[1]) else _next(units, index)
        url = _URL.search(holder.raw) if holder else None
        if holder and url:
            holder.reason = "used as original URL"
            found.setdefault("url", url[1] or url[2])
            lines.setdefault("url", holder.number)


def _next(units: list[Unit], index: int) -> Unit | None:
    return units[index + 1] if index + 1 < len(units) else None


def _take_dates(units: list[Unit], found: dict[str, object], lines: dict[str, int]) -> None:
    """Take the byline (author, date) and standalone date lines out of the body."""
    for unit in units:
        if unit.reason is not None:
            continue
        author = _byline_author(unit.text)
        if author:
            unit.reason = "used as byline"
            found.setdefault("author", author)
            lines.setdefault("author", unit.number)
        elif _is_date_line(unit.text):
            unit.reason = "used as date"
        else:
            continue
        date = find_date(unit.text)
        if date and "published" not in found:
            found["published"] = date[0]
            lines["published"] = unit.number


def _byline_author(text: str) -> str | None:
    """The author of a byline ("By Jane Doe and John Roe Dec. 11, 2024 2 min read"), else None.

    The names end at the date, the reading time or a separator before the agency ("| Reuters").

    The name part must start with a capital and not be a sentence, so a paragraph opening with
    "By the end of the day, ..." is not taken for a byline.
    """
    byline = _BYLINE.match(text)
    if not byline:
        return None
    names = byline[1]
    date = find_date(names)
    names = names[: date[1]] if date else _READING_TIME.sub("", names)
    names = _BYLINE_SEPARATOR.split(names)[0].strip(_NAME_END)
    if not names[:1].isupper() or len(names.split()) > 12 or names.endswith((".", "!", "?")):
        return None
    return names


def _is_date_line(text: str) -> bool:
    """True for a line that is a date, maybe with "Updated", a time or a reading time."""
    if normalise_date(text):
        return True
    date = find_date(text)
    if not date:
        return False
    rest = _READING_TIME.sub("", text[: date[1]] + " " + text[date[2] :])
    return not _DATE_WORDS.sub("", rest).strip()


def _take_title(units: list[Unit]) -> str | None:
    """The first ``# `` line, else the first line that is not chrome, is the headline.

    Above the first sentence of text, lines of fewer than three words are passed over when a
    longer one follows: they are menu entries ("News", "US edition") more often than headlines.
    A line longer than any headline (``MAX_TITLE_CHARACTERS``) is body text: the scrape then has
    no title of its own and is titled as any such file is, after its name.
    """
    candidates = [unit for unit in units if unit.reason is None]
    titled = [unit for unit in candidates if heading_level(unit.lines[0]) == 1]
    header = takewhile(lambda unit: not unit.text.endswith("."), candidates)
    worded = [unit for unit in header if unit.words >= _TITLE_WORDS]
    chosen = titled or worded or candidates
    if not chosen or len(chosen[0].text) > MAX_TITLE_CHARACTERS:
        return None
    chosen[0].reason = USED_AS_TITLE
    return chosen[0].text
