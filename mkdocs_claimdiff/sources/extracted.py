"""The blocks of trafilatura's output tree, as an article's page shows them.

trafilatura gives the article it found as a tree of its own (``head``, ``p``, ``quote``, ``list``
of ``item``, ``table`` of ``row`` of ``cell``, inside ``div``s); the reader shows each heading,
paragraph, quote, list item and table row as a block of its own, so that no two paragraphs run
together into one claim and no row of a table inside a table is read twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..model import BlockKind, Removed
from ..normalise import STOPWORDS
from .chrome import word_count


class Extraction(NamedTuple):
    """What the HTML reader takes from a saved page (``html._extract``)."""

    tree: Any
    """The page's tree, None if it has none."""
    title: str | None
    parts: list[tuple[BlockKind, str]]
    """The blocks of the article."""
    values: dict[str, object]
    """The page's metadata (front matter keys)."""
    whole_page: bool
    """Whether the blocks are the text of the whole page: no extraction found the article."""
    crowded: bool
    """Whether that is because the page has more than ``html.MAX_BLOCKS`` blocks."""
    taken: tuple[Removed, ...]
    """What was taken out of the page before extraction (``set_aside``)."""
    italic: frozenset[str]
    """The text of the page's blocks set wholly in italics (``italic_notes.italic_texts``)."""


_KINDS: dict[str, BlockKind] = {"head": "heading", "p": "paragraph", "quote": "quote"}
_SKIPPED = frozenset({"graphic", "ref", "comments"})
"""Blocks without text of their own: images, links set apart, comments (kept out of articles)."""
_CONTAINERS = frozenset({"div", "main", "body", "section", "article", "doc"})
"""Elements of trafilatura's output that only group blocks: their children are the blocks."""
_BLOCKS = frozenset({"head", "p", "quote", "item", "list", "row", "cell", "table", "lb"})
"""Elements of trafilatura's output whose text stands apart from the text around them."""
_NESTED = frozenset({"list", "table"})
"""Elements of trafilatura's output made of entries: list items, table rows."""
_ENTRIES = frozenset({"item", "row"})
_WORD = re.compile(r"\w+")


def blocks(element: Any) -> Iterator[tuple[BlockKind, str]]:
    """The blocks of trafilatura's output: headings, paragraphs, quotes, list items, table rows.

    Containers (a ``<div>`` of paragraphs) are opened, so their paragraphs stay apart. Text that
    stands between blocks rather than in one (a paragraph left loose after a heading, the text
    after a line break or an image) is a paragraph of its own: trafilatura's text output keeps it.
    The text of the output's root before its first block is not: when trafilatura finds no
    article it returns a bare element of the page (a ``<nav>``), whose text is no article.
    """
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIPPED:
            yield from _block(child)
        yield from _loose(child.tail)


def _loose(text: str | None) -> Iterator[tuple[BlockKind, str]]:
    """Text between blocks as a paragraph, unless it has no words (the ``|`` between links)."""
    if text and _WORD.search(text):
        yield "paragraph", clean(text)


def _block(element: Any) -> Iterator[tuple[BlockKind, str]]:
    tag = element.tag
    if tag in _NESTED:
        yield from _entries(element)
    elif tag in _ENTRIES:  # a row or an item outside any table or list
        yield from _entry(element)
    elif tag in _CONTAINERS or (tag not in _KINDS and _has_blocks(element)):
        yield from _loose(element.text)
        yield from blocks(element)
    else:
        kind = _KINDS.get(tag, "paragraph")
        for part in _PARAGRAPH_BREAK.split(_marked_text(element)):
            yield from _paragraph(kind, part)
        for nested in _nested(element):
            yield from _entries(nested)


LEAD_MAX_WORDS = 16
"""Words at most of a paragraph's first line that ``_paragraph`` reads as a heading of its own."""
_SENTENCE_ENDS = frozenset(".!?;:,…-–—")


def _paragraph(kind: BlockKind, text: str) -> Iterator[tuple[BlockKind, str]]:
    """A paragraph whose first line, before a line break, is a subheading of its own: a short
    line that starts like a title and ends without punctuation or a small word, before a line
    that starts a sentence ("<b>Feb. 8: Montgomery 'most likely' will sign by next week</b><br>
    The free agent market ..."). Run together, the subheading and the first sentence were one
    claim ("... by next week The free agent market has been moving slowly ..."). A sentence
    broken across lines ("the storm hit the coast of<br>Florida") stays one."""
    first, _, rest = text.partition(LINE_BREAK)
    lead, after = clean(first), clean(rest)
    if kind == "paragraph" and after and _leads(lead, after):
        yield "heading", lead
        text = rest
    text = clean(text)
    if text:
        yield kind, text


def _leads(line: str, after: str) -> bool:
    words = line.split()
    last = words[-1].strip("'’\"”)").casefold() if words else ""
    return (
        0 < len(words) <= LEAD_MAX_WORDS
        and _starts_high(line)
        and _starts_high(after)
        and line[-1] not in _SENTENCE_ENDS
        and bool(last)
        and last not in STOPWORDS
    )


def _starts_high(text: str) -> bool:
    """Whether the text starts as a title or a sentence does: a capital, a figure or a quote
    mark before one."""
    first = text.lstrip("'‘’\"“”(")[:1]
    return first.isupper() or first.isdigit()


def _entries(element: Any) -> Iterator[tuple[BlockKind, str]]:
    """The items of a list or the rows of a table, each once (``_entry``)."""
    for entry in element:
        tag = entry.tag
        if tag in _ENTRIES:
            yield from _entry(entry)
        elif isinstance(tag, str) and tag not in _SKIPPED:
            yield from _block(entry)  # a list right inside a list


def _entry(entry: Any) -> Iterator[tuple[BlockKind, str]]:
    """A list item, or a table row with its cells joined by ``|``; then the lists and tables
    inside it, as entries of their own.

    Forums lay out each post as tables in tables: read as part of every entry around it, the
    text of such a page came out dozens of times. A row with a cell of prose is layout, not data
    (a page laid out in a table, its article in one cell): its cells are read as containers, so
    their paragraphs stay apart rather than run into one entry (``_holds_prose``).
    """
    if entry.tag == "row" and any(_holds_prose(cell) for cell in entry if cell.tag == "cell"):
        for cell in entry:
            if cell.tag == "cell":
                yield from _block(cell)
        return
    if entry.tag == "row":
        cells = (_text(cell) for cell in entry if cell.tag == "cell")
        text = " | ".join(cell for cell in cells if cell)
    else:
        text = _text(entry)
    if text:
        yield "item", text
    for nested in _nested(entry):
        yield from _entries(nested)


def _nested(element: Any) -> Iterator[Any]:
    """The outermost lists and tables inside an element."""
    from lxml.etree import iterwalk

    if not len(element):  # most blocks: nothing inside to walk (``_marked_text``)
        return
    walk = iterwalk(element, events=("start",))
    for _event, inner in walk:
        if inner is not element and inner.tag in _NESTED:
            walk.skip_subtree()
            yield inner


def _has_blocks(element: Any) -> bool:
    return any(child.tag in _KINDS or child.tag in _NESTED for child in element)


def _holds_prose(cell: Any) -> bool:
    """Lists, tables or a paragraph of a few words: a layout cell, not a data table's ("3")."""
    return any(c.tag in _NESTED or (c.tag in _KINDS and word_count(_text(c)) > 3) for c in cell)


def _text(element: Any) -> str:
    """The plain text of a block; a line break (``<lb/>``) and the edges of blocks inside it
    (a list item made of a heading and a paragraph) read as a space, so words stay apart. A
    list or table inside it is left out: it is read as blocks of its own (``_entries``)."""
    return clean(_marked_text(element))


LINE_BREAK = "\x1e"
"""Stands for a line break in a block's text until it is split into paragraphs: a control
character, which no article's text holds (``scrub``), and white space to ``clean``."""

_PARAGRAPH_BREAK = re.compile(LINE_BREAK + r"\s*" + LINE_BREAK)
"""Two line breaks with nothing but white space between: a page that writes its article as
text and ``<br><br>`` in one ``<div>`` (trafilatura gives it as one paragraph) means a new
paragraph there; run together, a photo credit or a pop-up's text was glued into a sentence
("… officials said Photo: Reuters The storm …"). Three or more breaks are one too."""


def _marked_text(element: Any) -> str:
    """The text of a block as ``_text`` reads it, with its line breaks as ``LINE_BREAK``.

    A block without elements inside (nine in ten of the development pages' blocks: trafilatura
    leaves out links and formatting) is its text alone, without a walk of it in Python.
    """
    from lxml.etree import iterwalk

    if not len(element):
        return element.text or ""
    pieces: list[str] = []
    walk = iterwalk(element, events=("start", "end"))
    for event, inner in walk:
        if inner is not element and inner.tag == "lb":
            pieces.append(LINE_BREAK if event == "start" else "")
        elif inner is not element and inner.tag in _BLOCKS:
            pieces.append(" ")
        if event == "start":
            if inner is not element and inner.tag in _NESTED:
                walk.skip_subtree()  # its "end" event still comes, with its tail
            else:
                pieces.append(inner.text or "")
        elif inner is not element:
            pieces.append(inner.tail or "")
    return "".join(pieces)


def clean(text: str) -> str:
    """One line of plain text: runs of white space become one space.

    Split and joined rather than substituted by ``\\s+``: the same white space (``str.split``
    and ``\\s`` both take what ``str.isspace`` does), in a third of the time; every block of a
    page's article goes through here.
    """
    return " ".join(text.split())
