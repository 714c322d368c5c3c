"""Which language an article is written in, as far as a comparison needs to know: claims are
matched by their words, so a story of articles in two languages matches few claims across
them and finds no disagreement between them, which its page must say rather than let "no
disagreement found" stand for agreement."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..model import Article
from ..sources.meta import LANGUAGE_NAMES as WRITTEN_NAMES

NAMES: dict[str, str] = {}
for _name, _code in WRITTEN_NAMES.items():  # the English name of each comes first
    NAMES.setdefault(_code, _name.capitalize())
"""The languages whose sentence rules claimdiff has, by code: "fr" is "French"."""

_TWO_LETTERS = {
    "eng": "en",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "ita": "it",
}
"""Three-letter codes of those languages, as ``language: eng`` may give them."""

_COMMON_WORDS = {
    "en": frozenset("the and of to was were is are that with for said has have from".split()),
    "de": frozenset("der die das und ist nicht mit den von zu ein eine sich auf wurde".split()),
    "fr": frozenset("le la les des et est une dans du pour que qui sur au ont été".split()),
    "es": frozenset("el la los las y que en del por una con para se fue han".split()),
    "it": frozenset("il che di per una con del non sono gli della nel ha è stato".split()),
}
"""Words each language writes in nearly every sentence and the others rarely do."""

CHARACTERS_READ = 2_000
"""Characters of an article's text whose words are counted for its language: a few paragraphs
tell it."""

FEWEST_HITS = 8
"""Common words an article must give of its language, and twice as many as of any other,
for its language to be told: a short or mixed text tells none."""

_WORD = re.compile(r"\w+")


def language_of(declared: str | None, text: str) -> str | None:
    """The article's language: the one it declares (its front matter, the page's ``lang``),
    else the one its common words tell, among ``NAMES``; None when neither does."""
    if declared:
        code = declared.split("-")[0].split("_")[0].lower()
        return _TWO_LETTERS.get(code, code)
    counts = Counter(_WORD.findall(text[:CHARACTERS_READ].lower()))
    hits = sorted(
        ((sum(counts[word] for word in common), code) for code, common in _COMMON_WORDS.items()),
        reverse=True,
    )
    (best, code), (second, _other) = hits[0], hits[1]
    return code if best >= FEWEST_HITS and best >= 2 * second else None


@lru_cache(maxsize=4096)  # the page and its search entry ask for every article of a story
def language_name(declared: str | None, text: str) -> str | None:
    """The name of the article's language (``language_of``), its code for one without a name
    here ("pt"), None when it is not told."""
    code = language_of(declared, text)
    return NAMES.get(code, code) if code else None


DIFFERENCES_READ = frozenset({"en"})
"""Languages in which a figure, a date, a name, a negation, a hedge and a source are read to
find what matched claims disagree on (the patterns of ``differences`` and ``claims`` are
English): in another, matched claims are shown side by side, but a disagreement goes unseen,
and the page must say so rather than "No disagreement found"."""


def unread_languages(articles: Iterable[Article]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each language told (``language_of``) in which disagreements are not read, by its name,
    with the outlets of the articles in it, in the order of the articles."""
    unread: dict[str, list[str]] = {}
    for article in articles:
        code = language_of(article.language, article.body)
        if code is not None and code not in DIFFERENCES_READ:
            outlets = unread.setdefault(NAMES.get(code, code), [])
            outlets.extend([article.outlet_name] * (article.outlet_name not in outlets))
    return tuple((name, tuple(outlets)) for name, outlets in unread.items())
