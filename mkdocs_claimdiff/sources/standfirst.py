"""The standfirst of a saved page: the sentence or two under the headline that sums the article
up ("dek", "subtitle", "description"), which trafilatura leaves out with the headline.

A news site marks it by a class or ``itemprop`` on a subheading of its own (``<h2
class="dek">``, ``<h3 class="description">``, ``<h2 class="Page-subHeadline">``); the truth
texts of the development pages hold it on 9 of the 13 pages that mark one so and whose
extraction lacked it. Only such a subheading is taken: a ``<p>`` or ``<div>`` with those
classes was as often a caption, a byline or a newsletter box, and the block under the headline
that repeats the page's declared description was the truth's on 33 pages and not on 28 (not
kept).
"""

from __future__ import annotations

from typing import Any

from .article_text import held
from .chrome import word_count

_CLASS = (
    "concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-_',"
    " 'abcdefghijklmnopqrstuvwxyz  '), ' ')"
)
"""An element's classes in lower case, words apart ("Page-subHeadline" as " page subheadline ")."""

_MARKED = (
    "(//h1)[1]/following::*[self::h2 or self::h3][position() <= 3]"
    "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::form)]"
    "[@itemprop='description' or @itemprop='alternativeHeadline'"
    f" or contains({_CLASS}, ' dek ') or contains({_CLASS}, 'standfirst')"
    f" or contains({_CLASS}, 'subtitle') or contains({_CLASS}, 'subheadline')"
    f" or contains({_CLASS}, 'sub headline') or contains({_CLASS}, 'description')"
    f" or contains({_CLASS}, ' deck ')]"
)
"""Subheadings marked as the standfirst, by ``itemprop`` or by a class naming one, among the
first three after the headline and outside boxes beside the article (a card's description,
an author box, a newsletter form: a review)."""

MIN_WORDS, MAX_WORDS = 6, 60
"""A standfirst is a sentence or two: shorter is a label, longer is article text."""


def standfirst(tree: Any, article: str) -> str | None:
    """The first subheading the page marks as its standfirst, unless it is a label, article
    text, or already in the ``article`` text."""
    for element in tree.xpath(_MARKED):
        if found := " ".join(element.text_content().split()):
            if MIN_WORDS <= word_count(found) <= MAX_WORDS and held(found, article) < 0.5:
                return found
            return None  # the first one the page marks is its standfirst, or there is none
    return None
