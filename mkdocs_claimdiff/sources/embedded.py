"""The whole article a page carries in its own data, where its HTML shows only the start.

Sites built on a JavaScript framework (Next.js and the like) put the story in a JSON script of
the page (``<script id="__NEXT_DATA__" type="application/json">``) and lay its paragraphs out in
the browser. A page saved without running its scripts, behind a paywall's placeholders, shows
the first paragraphs in its HTML and the rest only in that data (two development pages: 129
words read of articles of 2,267 and 495). Only a list in the data whose items hold the
paragraphs the extraction found, in the order it found them, and much more text besides is
read as the article: a list of related stories that repeats the article's summary holds none
of its second paragraph. Each item is a paragraph, a heading or a list (of paragraphs) by its
type, when it has one; items of other types (pictures, advertisements, pull quotes, boxes of
related stories) are left out. It is read instead of the extraction when it holds most of what
the extraction found, as a later extraction replaces an earlier one
(``article_text.replaces``).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

from ..model import BlockKind
from .article_text import ARTICLE_WORDS, declared_blocks, joined

ANCHOR_WORDS = 8
"""Words that open an extracted paragraph, looked for in the page's data to find the article
there: enough that no other text of a page starts the same way."""

ANCHOR_PARAGRAPH_WORDS = 12
"""Words from which an extracted paragraph is long enough to be looked for (not a date line,
not a caption)."""

MORE_TEXT = 2
"""The data's list must hold this many times the words the extraction found: the article
behind the placeholders, not the same paragraphs again."""

DATA_SCRIPT_CHARACTERS = 5_000_000
"""Data scripts longer than this are not read: a page's story is a small part of any such
script, and parsing many megabytes would cost a build more than the page is worth."""

TEXT_KEYS = frozenset({"value", "text", "html", "rendered", "content"})
"""Keys under which a framework's data holds an item's text ("value" of a text run, "text"
of a span, "rendered" of a WordPress field, "html" or "content" of a block); the strings of
other keys are addresses, names, classes, captions and credits."""

TYPE_KEYS = ("type", "_type", "nodeType", "__typename")
"""Keys that name an item's type in the data of the common frameworks and content stores."""

CHAINS_TRIED = 20
"""Texts holding an anchor whose lists are tried before the page's data is given up on: the
article's list is among the first (a summary or a teaser may come before it)."""

HEADING_TYPES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TYPES = frozenset(
    "list ul ol bulletlist bulletedlist numberedlist orderedlist unorderedlist".split()
)
"""Types of a list, written without case, hyphens or underscores (Contentful's
"unordered-list", ProseMirror's "bulletList"); a box of related stories ("related-list") is
none."""
PARAGRAPH_TYPES = frozenset("p li listitem text block quote blockquote".split())
"""Types of a paragraph, written as ``LIST_TYPES`` are, besides any type naming a paragraph
("paragraph", "ParagraphBlock"); a teaser or a gallery's item is none."""
_TOKEN = re.compile(r"\w+")


def embedded_article(
    tree: Any, extracted: list[tuple[BlockKind, str]]
) -> list[tuple[BlockKind, str]]:
    """The article's blocks as the page's data holds them, or none: see the module."""
    anchors = _anchors(extracted)
    if not anchors:
        return []
    shown = len(joined(extracted))
    for script in tree.iter("script"):
        source = script.text or ""
        if (script.get("type") or "").lower() != "application/json":
            continue
        if not MORE_TEXT * shown <= len(source) <= DATA_SCRIPT_CHARACTERS:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # broken, or nested deeper than Python recurses
            continue
        found = _article_in(data, anchors, _words(joined(extracted)))
        if found:
            return [*_before(extracted, found), *found]
    return []


def _before(
    extracted: list[tuple[BlockKind, str]], found: list[tuple[BlockKind, str]]
) -> list[tuple[BlockKind, str]]:
    """The extracted blocks above the first one the data's article opens with: a standfirst
    the page shows over the article, which the data keeps apart from its paragraphs."""
    openings = [_folded(text) for _kind, text in found]
    for index, (kind, text) in enumerate(extracted):
        anchor = _anchor(kind, text)
        if anchor and any(opening.startswith(anchor) for opening in openings):
            return extracted[:index]
    return []


def _anchors(extracted: list[tuple[BlockKind, str]]) -> list[str]:
    """The opening words of the extracted paragraphs long enough to be looked for."""
    return [anchor for kind, text in extracted if (anchor := _anchor(kind, text))]


def _anchor(kind: BlockKind, text: str) -> str | None:
    """The opening words of an extracted paragraph long enough to be looked for, or None."""
    tokens = _TOKEN.findall(text.casefold())
    if kind != "paragraph" or len(tokens) < ANCHOR_PARAGRAPH_WORDS:
        return None
    return " ".join(tokens[:ANCHOR_WORDS])


def _words(text: str) -> int:
    return len(_TOKEN.findall(text))


def _folded(text: str) -> str:
    """The text's words, case-folded, one space apart: the form anchors are looked for in."""
    return " ".join(_TOKEN.findall(text.casefold()))


def _article_in(data: Any, anchors: list[str], words: int) -> list[tuple[BlockKind, str]]:
    """The blocks of the lowest list of ``data`` above a text that holds an anchor and that
    holds ``MORE_TEXT`` times the extraction's words, if blocks of it open with two of the
    anchors in order (or the only one): the article's own paragraphs, not a story's summary
    nor a container of the whole page's data, where the anchors open no block. Each list is
    read once, however many anchors lie under it."""
    wanted = min(2, len(anchors))
    read: dict[int, list[tuple[BlockKind, str]]] = {}
    for chain in itertools.islice(_chains_to(data, anchors), CHAINS_TRIED):
        for node in reversed(chain):
            if not isinstance(node, list):
                continue
            if id(node) not in read:
                read[id(node)] = [block for item in node for block in _blocks(item)]
            blocks = read[id(node)]
            if _words(joined(blocks)) < max(ARTICLE_WORDS, MORE_TEXT * words):
                continue
            if _opened_in_order([_folded(text) for _kind, text in blocks], anchors) >= wanted:
                return blocks
            break  # the lowest list large enough is not the article: look further on
    return []


def _opened_in_order(blocks: list[str], anchors: list[str]) -> int:
    """How many of the anchors open blocks, in order (the extraction's paragraphs that the
    list holds as its own; a standfirst the data keeps apart is not among them)."""
    count, at = 0, 0
    for anchor in anchors:
        found = next((i for i in range(at, len(blocks)) if blocks[i].startswith(anchor)), None)
        if found is not None:
            count, at = count + 1, found + 1
    return count


Link = tuple[Any, "Link | None"]
"""A container and the link of the container it is in (None at the top): the way down to a
string, kept without copying a list of containers for every string."""


def _chains_to(data: Any, anchors: list[str]) -> Iterator[list[Any]]:
    """For each place where an anchor starts in the data's text, in document order, the
    containers from ``data`` down to the string it starts in. The text is the strings under
    ``TEXT_KEYS`` and in lists, their words in a row, so an anchor whose first word is a
    link's text (a run of its own) is found too."""
    links: list[Link | None] = []
    tokens: list[str] = []
    owners: list[int] = []
    for text, link in _text_leaves(data):
        found = _TOKEN.findall(text.casefold())
        tokens += found
        owners += [len(links)] * len(found)
        links.append(link)
    text = " ".join(tokens)
    starts = list(itertools.accumulate((len(token) + 1 for token in tokens[:-1]), initial=0))
    places = sorted(place for anchor in anchors for place in _places(text, anchor))
    for place in places:
        chain: list[Any] = []
        link = links[owners[bisect.bisect_right(starts, place) - 1]]
        while link is not None:
            chain.append(link[0])
            link = link[1]
        yield chain[::-1]


def _places(text: str, anchor: str) -> Iterator[int]:
    """Where ``anchor`` (words a space apart) starts in ``text`` (the same) on a word's start."""
    at = text.find(anchor)
    while at >= 0:
        if at == 0 or text[at - 1] == " ":
            yield at
        at = text.find(anchor, at + 1)


def _text_leaves(data: Any) -> Iterator[tuple[str, Link | None]]:
    """The data's strings that may be text (under ``TEXT_KEYS``, or items of a list), in
    document order, each with the link of the container it is in."""
    stack: list[tuple[Any, bool, Link | None]] = [(data, False, None)]
    while stack:
        node, text, above = stack.pop()
        if isinstance(node, str):
            if text:
                yield node, above
        elif isinstance(node, dict):
            link: Link = (node, above)
            stack.extend(
                (value, key in TEXT_KEYS, link) for key, value in reversed(list(node.items()))
            )
        elif isinstance(node, list):
            link = (node, above)
            stack.extend((value, True, link) for value in reversed(node))


def _kind(item: Any) -> str | None:
    """What an item of the article's list is, by its type: "heading", "paragraph", "list",
    or None for anything else (a picture, an advertisement, a pull quote). An item without a
    type, or a bare string, is a paragraph; an item of a list ("list-item") is one too."""
    if isinstance(item, str):
        return "paragraph"
    if not isinstance(item, dict):
        return None
    named = next((item[key] for key in TYPE_KEYS if isinstance(item.get(key), str)), None)
    style = item.get("style")  # Portable Text: {"_type": "block", "style": "h2"}
    if isinstance(style, str) and _is_heading(style.casefold()):
        return "heading"
    if named is None:
        return "paragraph"
    named = named.casefold().replace("-", "").replace("_", "")
    if _is_heading(named):
        return "heading"
    if named in PARAGRAPH_TYPES or "paragraph" in named:
        return "paragraph"
    return "list" if named in LIST_TYPES else None


def _is_heading(kind: str) -> bool:
    return kind in HEADING_TYPES or "heading" in kind or "subhead" in kind


def _blocks(item: Any) -> Iterator[tuple[BlockKind, str]]:
    """The blocks of one item: its text as one block or more (an HTML string's paragraphs), a
    list's items (and those of the lists in it) each as a paragraph."""
    stack = [item]
    while stack:
        current = stack.pop()
        kind = _kind(current)
        if kind == "list" and isinstance(current, dict):
            entries = [
                entry for value in current.values() if isinstance(value, list) for entry in value
            ]
            stack.extend(reversed(entries))
            continue
        if kind is None:
            continue
        text = "".join(_texts(current))
        block_kind: BlockKind = "heading" if kind == "heading" and current is item else "paragraph"
        for _paragraph, line in declared_blocks(text):
            yield block_kind, line


def _texts(node: Any) -> Iterator[str]:
    """The item's strings under ``TEXT_KEYS`` (and in lists under them), in document order:
    its text runs, its links' text; a bare string is its own text."""
    stack: list[tuple[Any, bool]] = [(node, True)]
    while stack:
        current, text = stack.pop()
        if isinstance(current, str):
            if text:
                yield current
        elif isinstance(current, list):
            stack.extend((value, text) for value in reversed(current))
        elif isinstance(current, dict):
            stack.extend(
                (value, key in TEXT_KEYS) for key, value in reversed(list(current.items()))
            )
