"""Which text of a saved page is its article, when two readings of the page disagree.

trafilatura's extractions are tried in turn (``html.EXTRACTIONS``) and the longer one is kept,
because a later one mostly finds what an earlier one missed. Two kinds of page break that rule,
and both are found by comparing the texts, not their lengths:

- a page whose precise extraction found its article, where the defaults read a box that
  repeats down the page instead (a donation appeal, a cookie list: 365 and 737 words, none of
  the article's): the longer text does not hold the shorter (``replaces``);
- a page whose JSON-LD declares the article's text (``articleBody``) where the extraction read
  another text: a teaser of a related story instead of an article laid out in scripts
  (``declared_wins``). An extraction that holds the declared text and much more is kept: a
  declared body is as often the first paragraphs of the article (two list articles of 1,257 and
  5,355 words declared their introductions only, of 213 and 241 words).

The texts are compared by their 4-word shingles, as ``benchmarks/extraction.py`` scores an
extraction against its truth.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from ..model import BlockKind
from .chrome import word_count
from .markup import drop_hidden_elements

ARTICLE_WORDS = 100
"""Words below which a text is a fragment, not an article: a date line, a caption, a teaser.
An extraction this short is replaced by any longer one, and a declared body this short (a
summary: 39 to 56 words on the development pages) is never read instead of the extraction.
On the 295 development pages the fragments that had to give way held 0 to 44 words, the
articles that had to stay 126 to 241."""

KEPT_SHARE = 0.5
"""A later extraction replaces an article only when it holds at least this share of it: the
same article, with more of it. The later extractions that went elsewhere held none of it."""

FOREIGN_SHARE = 0.2
"""An extraction holding less than this share of the declared body read another text: on the
development pages, the extractions holding under half of it held none."""

SAME_SHARE = 0.95
"""Two texts that hold this share of each other are the same text."""

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_MARKUP = re.compile(r"<[A-Za-z/!]")
_BLOCK_END = re.compile(r"<(?:br|/(?:p|div|li|h[1-6]|blockquote|tr|pre))\b[^<>]*>", re.IGNORECASE)
"""The tags that end a line of an HTML text: a break, the end of a block."""


@lru_cache(maxsize=8)
def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of ``SHINGLE`` words of ``text`` (``\\w+`` tokens, case-folded). Remembered for
    the few texts of the page being read: its extraction is set against the next one, the
    declared body and the standfirst in turn (a page of 1.3 MB took twice as long without)."""
    tokens = [token.casefold() for token in _TOKEN.findall(text)]
    if len(tokens) < SHINGLE:
        return frozenset({tuple(tokens)} if tokens else ())
    return frozenset(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def held(text: str, other: str) -> float:
    """The share of ``text``'s shingles that ``other`` holds too (1.0 for a text without words)."""
    own = shingles(text)
    return len(own & shingles(other)) / len(own) if own else 1.0


def replaces(
    candidate: list[tuple[BlockKind, str]], current: list[tuple[BlockKind, str]], words: int
) -> bool:
    """True if a later, longer extraction ``candidate`` may take the place of the ``current``
    one, of ``words`` words: the current one is a fragment, or the candidate holds most of it."""
    return words < ARTICLE_WORDS or held(joined(current), joined(candidate)) >= KEPT_SHARE


def declared_wins(
    declared: list[tuple[BlockKind, str]], extracted: list[tuple[BlockKind, str]]
) -> bool:
    """True if the article the page declares (its ``declared_blocks``) is read instead of the
    ``extracted`` blocks: it is an article, and the extraction found nothing, another text, or
    the article run into fewer paragraphs (trafilatura's own last resort reads the declared body
    as one)."""
    body = joined(declared)
    if word_count(body) < ARTICLE_WORDS:
        return False
    if not extracted:
        return True
    text = joined(extracted)
    holds_body, body_holds = held(body, text), held(text, body)
    if holds_body < FOREIGN_SHARE:
        return True
    return min(holds_body, body_holds) >= SAME_SHARE and len(declared) > len(extracted)


def joined(blocks: list[tuple[BlockKind, str]]) -> str:
    """The text of ``blocks``, a line each."""
    return "\n".join(text for _kind, text in blocks)


def declared_blocks(body: str) -> list[tuple[BlockKind, str]]:
    """The paragraphs of a declared body: its lines. Some sites declare it as HTML, whose
    blocks are lines (its line breaks spaces, its scripts dropped) and whose signs are decoded;
    others escape the signs of plain text (``&amp;``)."""
    if _MARKUP.search(body):
        from lxml.html import fromstring

        text = drop_hidden_elements(body)
        if _BLOCK_END.search(text):  # blocks end its lines, and a line break is a space
            text = _BLOCK_END.sub("\n", " ".join(text.split()))
        body = fromstring(f"<div>{text}</div>").text_content()
    else:
        body = html.unescape(body)
    lines = (" ".join(line.split()) for line in body.splitlines())
    return [("paragraph", line) for line in lines if line]
