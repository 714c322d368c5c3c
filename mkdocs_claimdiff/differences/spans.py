"""Where a value that a difference names is written in its claim, for the strong highlight.

Most differences are read from the claim's text with their places (a figure, a day, a name). A
hedge ("were said to") or a source ("Reuters") is compared as a phrase, so its place is looked
up: where the phrase stands in the text as whole words, in its own case first ("may" is not the
month "May"), else in any case ("Likely" opening the sentence), whatever the white space between
its words; a source where it is cited ("AMD said", "according to Reuters"), not where the claim
names it otherwise ("AMD's technology"). A value the text does not hold as written gets no
place and is not marked.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

CITING_REACH = 40
"""Characters around a source's name in which a word that cites it is looked for."""

_CITES_AFTER = re.compile(
    r"\W{0,3}(?:\w{1,20}\W{1,3}){0,2}?(?:said|says|say|told|tells|reported|reports|reporting|added"
    r"|stated|announced|confirmed|claimed|wrote|writes)\b",
    re.IGNORECASE,
)
"""A word that cites the source just before it, at most two words on ("AMD said", "CNN
reported Tuesday", "police there have said"), each word of bounded length so that a search
stays linear."""

_CITES_BEFORE = re.compile(r"\b(?:according[ ]to|per|told|said)\W{1,3}(?:the\W+)?$", re.IGNORECASE)
"""Words that cite the source just after them ("according to Reuters", "told the BBC")."""


def located(text: str, phrase: str) -> Span | None:
    """The span of the first place ``phrase`` stands in ``text`` as whole words, in its own
    case if it does, else in any case; None where it does not."""
    places = _places(text, phrase)
    return places[0] if places else None


def first_located(text: str, phrases: tuple[str, ...]) -> Span | None:
    """Where the first of ``phrases`` that ``text`` writes as given stands in it."""
    return next(filter(None, (located(text, phrase) for phrase in phrases)), None)


def located_source(text: str, source: str) -> Span | None:
    """Where ``source`` stands in ``text`` as the one a word beside it cites, else where it
    first stands."""
    places = _places(text, source)
    cited = []  # each place a word cites, by how far that word is from it
    for start, end in places:
        if _CITES_BEFORE.search(text[max(0, start - CITING_REACH) : start]):
            cited.append((0, start, end))
        elif after := _CITES_AFTER.match(text, end, end + CITING_REACH):
            cited.append((after.end() - end, start, end))
    if cited:
        _, start, end = min(cited)  # the nearest: "the super AMD fans, AMD said" cites the second
        return start, end
    return places[0] if places else None


def _places(text: str, phrase: str) -> list[Span]:
    """Every place ``phrase`` stands in ``text`` as whole words: in its own case, or, when it
    stands nowhere so, in any case."""
    words = " ".join(phrase.split())
    if not words:
        return []
    for pattern in (_pattern(words, 0), _pattern(words, re.IGNORECASE)):
        if found := [match.span() for match in pattern.finditer(text)]:
            return found
    return []


@lru_cache(maxsize=1024)  # a claim's hedge or source is looked up in each of its matches
def _pattern(phrase: str, flags: int) -> re.Pattern[str]:
    """Literal words separated by runs of white space: each start is tried once, and a run of
    spaces ends where the next literal begins (linear in the text)."""
    words = r"\s+".join(map(re.escape, phrase.split(" ")))
    return re.compile(rf"(?<!\w){words}(?!\w)", flags)
