"""The whole article a page carries in its own data, where its HTML shows only the start.

Sites built on a JavaScript framework (Next.js and the like) put the story in a JSON script of
the page (``<script id="__NEXT_DATA__" type="application/json">``) and lay its paragraphs out in
the browser. A page saved without running its scripts, behind a paywall's placeholders, shows
the first paragraphs in its HTML and the rest only in that data (two development pages: 129
words read of articles of 2,267 and 495). Only a list of paragraphs in the data (objects that
name their type, or strings) whose items open with the paragraphs the extraction found, in the
order it found them, and that holds much more text besides is read as the article: a list of
related stories that repeats the article's summary holds none of its second paragraph, and
teasers and comments name no type. Each item is a paragraph, a heading or a list (of
paragraphs) by its type; items of other types (pictures, advertisements, asides, boxes of
related stories) are left out. It is read instead of the extraction when it holds most of what
the extraction found, as a later extraction replaces an earlier one
(``article_text.replaces``).
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..model import BlockKind
from .article_text import ARTICLE_WORDS, declared_blocks, joined
from .scrub import scrub

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

TEXT_KEYS = ("text", "value", "html", "rendered", "content")
"""Keys under which a framework's data holds an item's text ("value" of a text run, "text"
of a span, "rendered" of a WordPress field, "html" or "content" of a block), in the order one
is taken when an item gives its text twice ("text" and "html"); the strings of other keys are
addresses, names, classes, captions and credits."""

INSIDE_KEYS = frozenset({*TEXT_KEYS, "children", "items", "data"})
"""Keys whose lists and objects hold more of an item's text (a paragraph's runs, a span's
children, a list's items, Editor.js' ``data``); under others ("target", "fields") lie a link's
address or an embedded entry's own fields."""

ITEM_BLOCKS = 3
"""Blocks a bare string of a list of paragraphs may give (a paragraph with line breaks in it);
a string of more is a whole document, and its list a list of stories (a page that loads the
next story under this one). An item that names a type of text may hold several paragraphs."""

MAX_ITEMS = 5_000
"""Items of a list beyond which it is no article's list of paragraphs (a data dump of
hundreds of thousands of strings, each of which would be read)."""

TYPE_KEYS = ("type", "_type", "nodeType", "__typename", "@type")
"""Keys that name an item's type in the data of the common frameworks and content stores."""

CHAINS_TRIED = 20
"""Texts holding an anchor whose lists are tried before the page's data is given up on: the
article's list is among the first (a summary or a teaser may come before it)."""

HEADING_TYPES = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header"})
"""Types of a heading, besides any type naming one ("heading-2", "subheading"); Editor.js
names its headings "header"."""
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
_TAG = re.compile(r"<[^<>]*>")


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
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/json" or not MORE_TEXT * shown <= len(source):
            continue
        if len(source) > DATA_SCRIPT_CHARACTERS or not _mentions(source.casefold(), anchors):
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # broken, or nested deeper than Python recurses
            continue
        found = _article_in(data, anchors, _words(joined(extracted)))
        if found:
            return [*_before(extracted, found), *found]
    return []


def _mentions(folded: str, anchors: list[str]) -> bool:
    """Whether the longest word of some anchor is in the script at all: most data scripts hold
    no paragraph of the page, and parsing and walking them would be wasted. Only a word in
    ASCII is looked for (JSON may escape any other letter, "\\u00e9"); an anchor without one
    could be anywhere."""
    for anchor in anchors:
        plain = [word for word in anchor.split() if word.isascii()]
        if not plain or max(plain, key=len) in folded:
            return True
    return False


def _before(
    extracted: list[tuple[BlockKind, str]], found: list[tuple[BlockKind, str]]
) -> list[tuple[BlockKind, str]]:
    """The extracted blocks above the first one the data's article opens with (however short):
    a standfirst the page shows over the article, which the data keeps apart from its
    paragraphs."""
    openings = [_folded(text) for _kind, text in found]
    for index, (_kind, text) in enumerate(extracted):
        opening = _opening(text)
        if opening and any(_opens(block, opening) for block in openings):
            return extracted[:index]
    return []


def _opens(text: str, words: str) -> bool:
    """Whether ``text`` (folded) opens with the folded ``words``, word for word."""
    return text == words or text.startswith(f"{words} ")


def _anchors(extracted: list[tuple[BlockKind, str]]) -> list[str]:
    """The opening words of the extracted paragraphs long enough to be looked for."""
    return [anchor for kind, text in extracted if (anchor := _anchor(kind, text))]


def _anchor(kind: BlockKind, text: str) -> str | None:
    """The opening words of an extracted paragraph long enough to be looked for, or None."""
    if kind != "paragraph" or _words(text) < ANCHOR_PARAGRAPH_WORDS:
        return None
    return _opening(text)


def _opening(text: str) -> str:
    """The text's first ``ANCHOR_WORDS`` words, folded (``_folded``): what an anchor is."""
    return " ".join(_TOKEN.findall(text.casefold())[:ANCHOR_WORDS])


def _words(text: str) -> int:
    """Words of a text as anchors count them (``\\w+``)."""
    return len(_TOKEN.findall(text))


def _folded(text: str) -> str:
    """The text's words, case-folded, one space apart: the form anchors are looked for in."""
    return " ".join(_TOKEN.findall(text.casefold()))


class _ReadList(NamedTuple):
    """A list of the data read as an article: its blocks, their words, and where each block's
    opening words (``ANCHOR_WORDS`` of them) stand."""

    blocks: list[tuple[BlockKind, str]]
    words: int
    openings: dict[str, list[int]]


def _article_in(data: Any, anchors: list[str], words: int) -> list[tuple[BlockKind, str]]:
    """The blocks of the lowest list of ``data`` above a text that holds an anchor and that
    holds ``MORE_TEXT`` times the extraction's words (100 at least), if it is a list of
    paragraphs (``_read_list``) and blocks of it open with two of the anchors in order (or
    the only one, with its first block): the article's own paragraphs, not a story's summary,
    teasers, nor a container of the whole page's data. Each list is read once, however many
    anchors lie under it."""
    needed = max(ARTICLE_WORDS, MORE_TEXT * words)
    lists: dict[int, _ReadList | None] = {}
    for chain in itertools.islice(_chains_to(data, anchors), CHAINS_TRIED):
        for node in reversed(chain):
            if not isinstance(node, list):
                continue
            if id(node) not in lists:
                lists[id(node)] = _read_list(node)
            read = lists[id(node)]
            if read is None or read.words < needed:
                continue
            if _opened_in_order(read.openings, anchors) >= min(2, len(anchors)):
                return read.blocks
            break  # the lowest list large enough is not the article: look further on
    return []


def _read_list(node: list[Any]) -> _ReadList | None:
    """The list read as paragraphs, or None if it is no list of paragraphs: one of objects
    that name their type, or of strings, not a mix nor a dump of many thousands of items, each
    string a paragraph (``ITEM_BLOCKS``; a list of whole documents is a list of stories)."""
    if not node or len(node) > MAX_ITEMS:
        return None
    if not (
        all(isinstance(item, dict) for item in node) or all(isinstance(item, str) for item in node)
    ):
        return None
    blocks: list[tuple[BlockKind, str]] = []
    for item in node:
        found = list(_blocks(item))
        if len(found) > ITEM_BLOCKS and isinstance(item, str):
            return None
        blocks += found
    openings: dict[str, list[int]] = {}
    for index, (_kind_of_block, text) in enumerate(blocks):
        openings.setdefault(_opening(text), []).append(index)
    return _ReadList(blocks, _words(joined(blocks)), openings)


def _opened_in_order(openings: dict[str, list[int]], anchors: list[str]) -> int:
    """How many of the anchors open blocks, in order (the extraction's paragraphs that the
    list holds as its own; a standfirst the data keeps apart is not among them). The only
    anchor counts only when it opens the list's first block."""
    if len(anchors) == 1:
        return int(0 in openings.get(anchors[0], []))
    count, at = 0, 0
    for anchor in anchors:
        places = openings.get(anchor, [])
        found = bisect.bisect_left(places, at)
        if found < len(places):
            count, at = count + 1, places[found] + 1
    return count


Link = tuple[Any, "Link | None"]
"""A container and the link of the container it is in (None at the top): the way down to a
string, kept without copying a list of containers for every string."""


def _chains_to(data: Any, anchors: list[str]) -> Iterator[list[Any]]:
    """For each place where an anchor starts in the data's text, in document order, the
    containers from ``data`` down to the string it starts in. The text is the strings under
    ``TEXT_KEYS`` and in lists, without their tags, their words in a row, so an anchor whose
    first word is a link's text (a run of its own, or ``<a>`` in HTML) is found too."""
    links: list[Link | None] = []
    folded: list[str] = []
    for text, link in _text_leaves(data):
        words = _folded(html.unescape(_TAG.sub(" ", text)) if "<" in text else text)
        if words:
            folded.append(words)
            links.append(link)
    text = " ".join(folded)
    starts = list(itertools.accumulate((len(words) + 1 for words in folded[:-1]), initial=0))
    places = sorted(place for anchor in anchors for place in _places(text, anchor))
    for place in places:
        chain: list[Any] = []
        link = links[bisect.bisect_right(starts, place) - 1]
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
        node, under_text_key, above = stack.pop()
        if isinstance(node, str):
            if under_text_key:
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
    or None for anything else (a picture, an advertisement, a pull quote, an object that names
    no type: a teaser, a comment). A bare string is a paragraph; an item of a list
    ("list-item") is one too."""
    if isinstance(item, str):
        return "paragraph"
    if not isinstance(item, dict):
        return None
    named = next((item[key] for key in TYPE_KEYS if isinstance(item.get(key), str)), None)
    if named is None:
        return None
    style = item.get("style")  # Portable Text: {"_type": "block", "style": "h2"}
    if isinstance(style, str) and _is_heading(style.casefold()):
        return "heading"
    named = named.casefold().replace("-", "").replace("_", "")
    if _is_heading(named):
        return "heading"
    if named in PARAGRAPH_TYPES or "paragraph" in named or "text" in named:
        return "paragraph"  # "DocumentBlockText", "RichText": a block of text
    return "list" if named in LIST_TYPES else None


def _is_heading(kind: str) -> bool:
    return kind in HEADING_TYPES or "heading" in kind or "subhead" in kind


def _blocks(item: Any) -> Iterator[tuple[BlockKind, str]]:
    """The blocks of one item: its text as one block or more (an HTML string's paragraphs), a
    list's items (and those of the lists in it, Editor.js' under ``data``) each as a
    paragraph; control characters and lone surrogates taken out, as from any text read."""
    stack = [item]
    while stack:
        current = stack.pop()
        kind = _kind(current)
        if kind == "list" and isinstance(current, dict):
            holders = [current, *(v for k, v in current.items() if k in INSIDE_KEYS)]
            entries = [
                entry
                for holder in holders
                if isinstance(holder, dict)
                for key, value in holder.items()
                if key in INSIDE_KEYS and isinstance(value, list)
                for entry in value
            ]
            stack.extend(reversed(entries))
            continue
        if kind is None:
            continue
        text = scrub("".join(_texts(current)))[0]
        block_kind: BlockKind = "heading" if kind == "heading" and current is item else "paragraph"
        for _paragraph, line in declared_blocks(text):
            yield block_kind, line


def _texts(node: Any) -> Iterator[str]:
    """The item's text, in document order: of each object the first string it has under
    ``TEXT_KEYS`` (one, where it gives the same text twice, as "text" and as "html"), and the
    text of what it holds under ``INSIDE_KEYS`` (its runs, its links' text; not a link's
    address nor an embedded entry's fields); a bare string is its own text."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            yield current
        elif isinstance(current, list):
            stack.extend(reversed(current))
        elif isinstance(current, dict):
            own = next(
                (current[key] for key in TEXT_KEYS if isinstance(current.get(key), str)), None
            )
            inside = [
                value
                for key, value in current.items()
                if key in INSIDE_KEYS and isinstance(value, (dict, list))
            ]
            stack.extend(reversed(inside))
            if own is not None:
                stack.append(own)
