"""The standfirst of a saved page: the sentence or two under the headline that sums the article
up ("dek", "subtitle", "description"), which trafilatura leaves out with the headline.

A news site marks it by a class or ``itemprop`` on a subheading of its own (``<h2
class="dek">``, ``<h3 class="description">``, ``<h2 class="sub-headline">``); the truth texts of
the development pages hold it on 7 of the 10 pages that mark one so and whose extraction lacked
it. Only such a subheading is taken: a ``<p>`` or ``<div>`` with those classes was as often a
caption, a byline or a newsletter box.
"""

from __future__ import annotations

from typing import Any

from .article_text import held
from .chrome import word_count

_MARKED = (
    "(//h2 | //h3)[@itemprop='description' or @itemprop='alternativeHeadline'"
    " or contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-_',"
    " 'abcdefghijklmnopqrstuvwxyz  '), ' '), ' dek ')"
    " or contains(@class, 'standfirst') or contains(@class, 'subtitle')"
    " or contains(@class, 'subheadline') or contains(@class, 'sub-headline')"
    " or contains(@class, 'description') or contains(@class, 'deck')]"
)
"""Subheadings marked as the standfirst, by ``itemprop`` or by a class naming one."""

MIN_WORDS, MAX_WORDS = 6, 60
"""A standfirst is a sentence or two: shorter is a label, longer is article text."""


def standfirst(tree: Any, article: str) -> str | None:
    """The first marked standfirst of the page that the ``article`` text does not hold."""
    for element in tree.xpath(_MARKED):
        text = " ".join(element.text_content().split())
        if MIN_WORDS <= word_count(text) <= MAX_WORDS and held(text, article) < 0.5:
            return text
        if text:
            return None  # the first one the page marks is its standfirst, or there is none
    return None
