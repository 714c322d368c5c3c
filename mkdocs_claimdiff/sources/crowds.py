"""Elements with thousands of children, thinned before extraction.

trafilatura walks the children of an element in ways that cost the square or the cube of
their number: one paragraph of 16,000 links (304 kB) took 42 s to read, 32,000 over three
minutes, and a page of 500,000 ``<br>`` (2 MB) 15 s, past the budget of a file, which only
claimdiff's own loops check (helper-159's audit). No article's prose has a thousand elements
in one block. In an element with more than ``MAX_CHILDREN`` children, the children that are
blocks (paragraphs, headings, lists) stay as they are; the others are read as the text they
hold (a ``<br>`` as a line break, a ``<span>`` as its words), in one pass over them (lxml's
``strip_tags`` took ten minutes on 140,000 spans), except links when most children are links:
those are a run of links (an index, a tag cloud, navigation), taken out and listed with the
lines dropped from the article.
"""

from __future__ import annotations

from typing import Any

MAX_CHILDREN = 1_000
"""Child elements an element may have and be read as the page has it."""

LINK_RUN = "a run of links"

SHOWN_CHARACTERS = 200
"""Characters of a run of links listed with the lines dropped from the article."""

BLOCKS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption
    blockquote pre section article aside header footer nav main figure figcaption form
    fieldset details summary address hgroup""".split()
)
"""Tags of children that stay elements: the blocks an extractor reads as paragraphs."""


def thin_crowds(tree: Any) -> tuple[tuple[str, int], ...]:
    """Thin each element of ``tree`` with more than ``MAX_CHILDREN`` children; each run of
    links taken out as its first words and its line in the page."""
    crowded = [element for element in tree.iter() if len(element) > MAX_CHILDREN]
    dropped = []
    for element in crowded:
        links = _thinned(element)
        if links:
            text = " ".join(" ".join(links).split())
            shown = text if len(text) <= SHOWN_CHARACTERS else f"{text[:SHOWN_CHARACTERS]}…"
            dropped.append((f"{shown} ({len(links):,} links)", element.sourceline or 1))
    return tuple(dropped)


def _thinned(element: Any) -> list[str]:
    """Keep the block children of ``element`` and read the others as their text, in order;
    the texts of the links taken out when most children are links."""
    children = list(element)
    link_run = 2 * sum(1 for child in children if child.tag == "a") > len(children)
    kept: list[Any] = []
    runs: list[list[str]] = [[element.text or ""]]  # the text before each kept child, and after
    links: list[str] = []
    for child in children:
        tag = child.tag if isinstance(child.tag, str) else ""  # a comment has no tag name
        if tag in BLOCKS:
            kept.append(child)
            runs.append([child.tail or ""])
            continue
        if tag == "a" and link_run:
            links.append(child.text_content())
        elif tag == "br":
            runs[-1].append("\n")
        elif tag:
            runs[-1].append(child.text_content())
        runs[-1].append(child.tail or "")
    element[:] = kept
    element.text = "".join(runs[0])
    for child, run in zip(kept, runs[1:], strict=True):
        child.tail = "".join(run)
    return links
