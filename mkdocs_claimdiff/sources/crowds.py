"""Elements with thousands of children, thinned before extraction.

trafilatura walks the children of an element in ways that cost the square or the cube of
their number: one paragraph of 16,000 links (304 kB) took 42 s to read, 32,000 over three
minutes, and a page of 500,000 ``<br>`` (2 MB) 15 s, past the budget of a file, which only
claimdiff's own loops check (helper-159's audit). No article's prose has a thousand elements
in one block. In an element with more than ``MAX_CHILDREN`` children, the children that are
blocks (paragraphs, headings, lists), code or data stay as they are; the others are read as the
text they hold (a ``<br>`` as a line break, a ``<span>`` as its words), in one pass over them
(lxml's ``strip_tags`` took ten minutes on 140,000 spans), except links when most children are
links holding most of the words: those are a run of links (an index, a tag cloud, navigation),
taken out and listed with the lines dropped from the article.
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
    fieldset details summary address hgroup center dir menu""".split()
)
"""Tags of children that stay elements: the blocks an extractor reads as paragraphs."""

KEPT = BLOCKS | frozenset(
    """script style noscript template meta link title base head body iframe svg math select
    textarea object embed""".split()
)
"""Tags of children that stay elements: the blocks, and code and data, which are no text of
the article (the extractor drops them) and which the page's metadata is read from (its JSON-LD
script, its ``<meta>``): read as text, they became paragraphs or were lost (helper-162)."""

MAX_IN_PARAGRAPHS = 5_000
"""Elements inside the page's paragraphs, all told, past which each paragraph is read as its
text: the extractor's cost grows with the square of them too (2,000 paragraphs of 40 ``<i>``
each took 157 s, helper-162), and the most of 239 real pages is 909."""

PARAGRAPHS = frozenset({"p"})
"""A crowded element that is itself a paragraph keeps what it reads as its own text."""

LINK_TEXT_SHARE = 0.8
"""Share of the words of a crowded element that its links must hold for them to be a run of
links: in "According to <a>Reuters</a> and <a>the AP</a>, rescuers ..." the links are part of
sentences, and taken out they cut the sentences (helper-162)."""


def thin_crowds(tree: Any) -> tuple[tuple[str, int], ...]:
    """Thin each element of ``tree`` with more than ``MAX_CHILDREN`` children; each run of
    links taken out as its first words and its line in the page."""
    crowded = [element for element in tree.iter() if len(element) > MAX_CHILDREN]
    paragraphs = list(tree.iter("p"))
    if sum(1 for paragraph in paragraphs for _ in paragraph.iterdescendants()) > MAX_IN_PARAGRAPHS:
        crowded += [paragraph for paragraph in paragraphs if len(paragraph)]
    dropped = []
    # Innermost first: an element read as text reads its children as they are by then, so a
    # run of links inside it is taken out before (and not kept in its text while listed).
    for element in reversed(crowded):
        if element.tag == "head":
            continue  # its children are the page's metadata, no article text
        links = _thinned(element)
        if links:
            text = " ".join(" ".join(links).split())
            shown = text if len(text) <= SHOWN_CHARACTERS else f"{text[:SHOWN_CHARACTERS]}…"
            dropped.append((f"{shown} ({len(links):,} links)", element.sourceline or 1))
    return tuple(dropped)


def _thinned(element: Any) -> list[str]:
    """Keep the children of ``element`` that are blocks, code or data (``KEPT``) and read the
    others as their text, in order; the texts of the links taken out when most children are
    links and hold most of its words."""
    children = list(element)
    link_run = 2 * sum(1 for child in children if child.tag == "a") > len(children)
    if link_run:
        link_words = sum(
            len(child.text_content().split()) for child in children if child.tag == "a"
        )
        link_run = link_words >= LINK_TEXT_SHARE * len(element.text_content().split())
    kept: list[Any] = []
    runs: list[list[str]] = [[element.text or ""]]  # the text before each kept child, and after
    links: list[str] = []
    for child in children:
        tag = child.tag if isinstance(child.tag, str) else ""  # a comment has no tag name
        if tag in KEPT:
            kept.append(child)
            runs.append([child.tail or ""])
            continue
        if tag == "a" and link_run:
            links.append(child.text_content())
        elif tag == "br":
            runs[-1].append("\n")
        elif tag:  # a comment is no text; its tail is
            runs[-1].append(child.text_content())
        runs[-1].append(child.tail or "")
    if element.tag in PARAGRAPHS:  # a paragraph holds its text as it is
        element[:] = kept
        element.text = "".join(runs[0])
        for child, run in zip(kept, runs[1:], strict=True):
            child.tail = "".join(run)
        return links
    # Elsewhere each line of the text read becomes a paragraph of its own: text loose in a
    # division beside paragraphs is no article text to the extractor (1,100 sentences, each
    # ended by a <br>, were all lost).
    children = _lines(element, runs[0])
    for child, run in zip(kept, runs[1:], strict=True):
        child.tail = None
        children += [child, *_lines(element, run)]
    element.text = None
    element[:] = children
    return links


def _lines(element: Any, run: list[str]) -> list[Any]:
    """Each line of ``run`` that holds text, as a new paragraph."""
    paragraphs = []
    for line in "".join(run).split("\n"):
        if line.strip():
            paragraph = element.makeelement("p", {})
            paragraph.text = line
            paragraphs.append(paragraph)
    return paragraphs
