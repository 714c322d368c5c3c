"""Teasers of other articles in a saved page: a list of headlines, each a link, each with a line
or two of summary under it ("More from Yahoo News", "Más en Ciencia", a stream of stories).

trafilatura drops such a headline (it is a link) but often keeps its summary, which is a
paragraph of sentences like the article's own: a news page came out with its article and
twenty summaries of unrelated stories, each of which became a claim. Their shape gives them
away in the page, not in the extracted text: several items side by side under one container,
each a heading made of one link to another page and a summary of a line or two. The
summaries (and any of the headlines the extractor kept) are then dropped from the article as
``TEASER`` and listed on the article page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .chrome import Unit, word_count
from .chrome_rules import TEASER
from .extracted import clean

TEASER_ITEMS = 3
"""Teasers come in lists: an article's own sections headed by links are rarely this many
short ones under one container."""

SUMMARY_WORDS = 100
"""A teaser's summary is a line or two; an item with more text than this is an article's
section (a heading that links to its source, then its paragraphs)."""

ITEM_LEVELS = 3
"""Levels above a link headline within which its summary is looked for (the headline and its
summary sit in a ``<div>`` or two inside the list's item)."""

LIST_LEVELS = 4
"""Levels above an item within which the container of several items is looked for."""

_HEADINGS = ("h2", "h3", "h4", "h5")


def teaser_texts(tree: Any) -> frozenset[str]:
    """The summaries and headlines of the teasers of other articles in the page (``clean``ed
    as the extracted blocks are).

    Each element and each paragraph is visited a bounded number of times (a few levels up
    from every paragraph and every link headline), so a page of any size costs time in
    proportion to its elements."""
    if tree is None:
        return frozenset()
    near: dict[Any, list[str]] = {}  # an element -> the paragraphs a few levels below it
    words: dict[Any, int] = {}  # an element -> the words of those paragraphs
    for paragraph in tree.iter("p"):
        text = clean("".join(paragraph.itertext()))
        if text:
            count = word_count(text)
            for ancestor in _ancestors(paragraph, ITEM_LEVELS):
                near.setdefault(ancestor, []).append(text)
                words[ancestor] = words.get(ancestor, 0) + count
    items: dict[Any, list[str]] = {}  # an item -> its headline and summary
    for heading in tree.iter(*_HEADINGS):
        headline = _link_headline(heading)
        item = None if headline is None else _item_of(heading, words)
        if headline is not None and item is not None and item not in items:
            items[item] = [headline, *near[item]]
    holders: dict[Any, list[Any]] = {}  # an element -> the items a few levels below it
    for item in items:
        for ancestor in _ancestors(item, LIST_LEVELS):
            holders.setdefault(ancestor, []).append(item)
    teasers = {item for held in holders.values() if len(held) >= TEASER_ITEMS for item in held}
    return frozenset(text for item in teasers for text in items[item])


def mark_teasers(units: Sequence[Unit], teasers: frozenset[str]) -> None:
    """Label the blocks that are the headline or summary of a teaser (``teaser_texts``)."""
    if not teasers:
        return
    for unit in units:
        if unit.reason is None and unit.text in teasers:
            unit.reason = TEASER


def _link_headline(heading: Any) -> str | None:
    """The heading's text if all of it is one link to another page, else None."""
    links = [link for link in heading.iter("a") if link.get("href")]
    if len(links) != 1 or links[0].get("href", "").startswith("#"):
        return None
    text = clean("".join(heading.itertext()))
    if not text or clean("".join(links[0].itertext())) != text:
        return None
    return text


def _item_of(heading: Any, words: dict[Any, int]) -> Any:
    """The lowest element within ``ITEM_LEVELS`` levels above the headline with paragraphs
    near it (``words`` of them), if they are as short as a teaser's summary; else None."""
    for element in _ancestors(heading, ITEM_LEVELS):
        if element in words:
            return element if words[element] <= SUMMARY_WORDS else None
    return None


def _ancestors(element: Any, levels: int) -> list[Any]:
    """Up to ``levels`` elements above ``element``, nearest first, below ``<body>``."""
    found: list[Any] = []
    for ancestor in element.iterancestors():
        if len(found) == levels or ancestor.tag in ("body", "html"):
            break
        found.append(ancestor)
    return found
