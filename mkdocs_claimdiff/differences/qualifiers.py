"""Words right before a figure that qualify it: a floor ("more than 100"), a ceiling ("up to
30") or an approximation ("about 100", "nearly 100", "an estimated 10,000"). Each says which
other figures agree with it (``agreement``)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .slots import Quantity

_FLOOR = (
    r"more[ ]than|over|at[ ]least|upwards[ ]of|in[ ]excess[ ]of|above|exceeding"
    r"|(?:just|shortly)[ ]after"
)
_CEILING = r"less[ ]than|fewer[ ]than|under|up[ ]to|at[ ]most|below|(?:just|shortly)[ ]before"
_ABOUT = r"about|around|roughly|approximately|some|an[ ]estimated|nearly|almost"

_QUALIFIER_BEFORE = re.compile(
    rf"\b(?i:(?P<floor>{_FLOOR})|(?P<ceiling>{_CEILING})|(?P<about>{_ABOUT}))[ ]$"
)
"""Words right before a figure that make it a floor, a ceiling or an approximation: "speeds of
more than 100 mph" and "speeds reached 120 mph" agree, as do "about 100 people" and "98
people", and "shortly before 4 p.m." and "3.50pm" (helper-227's audit). "Nearly" and "almost"
tell a figure close to the one written, not any figure below it: "almost three hours" is no
"two hours"."""

_LETTERS = re.compile(r"[a-z]+")

QUALIFIER_WORDS = frozenset(_LETTERS.findall(f"{_FLOOR} {_CEILING} {_ABOUT}")) - {
    "an",
    "at",
    "in",
    "of",
    "to",
}
"""The words of those qualifiers, one by one ("more", "than", "nearly", "estimated"), but for
the small words that only join them ("at least", "up to"), which say more elsewhere."""

_QUALIFIER_FIRST = re.compile(rf"(?i:{_FLOOR}|{_CEILING}|{_ABOUT})[ ]")
"""Those words opening a figure as a difference shows it ("about 150")."""

QUALIFIER_REACH = 20
"""Characters before a figure searched for those words (the longest, "in excess of ")."""


class Qualifier(NamedTuple):
    """What the words before a figure make of it."""

    bound: int
    """1 a floor, -1 a ceiling, 0 neither."""
    approximate: bool
    words: str
    """The words in lower case ("almost", "more than"), shown with the figure's value: "almost
    three hours" against "two hours" is the difference a reader checks."""


NO_QUALIFIER = Qualifier(0, False, "")


def qualifier_of(text: str, start: int) -> Qualifier:
    """What the words right before the figure at ``start`` make of it."""
    article = text[start : start + 5].lower() == "dozen" and text[max(0, start - 2) : start] == "a "
    if article:
        start -= 2  # "more than a dozen cameras" (helper-214's audit: read as twelve)
    found = _QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
    if found is None:
        return NO_QUALIFIER
    words = found.group().rstrip().lower()  # "More than 200" read mid-line: "more than 200"
    words += " a" if article else ""
    if found.group("about"):
        return Qualifier(0, True, words)
    return Qualifier(1 if found.group("floor") else -1, False, words)


def told(quantity: Quantity) -> str:
    """The figure as the claim tells it, with the words that qualify it: "almost three hours"."""
    return f"{quantity.qualifier} {quantity.text}" if quantity.qualifier else quantity.text


def unqualified(value: str) -> str:
    """A figure as a difference shows it ("about 150"), without the words that qualify it:
    the outlet that writes "about 150" and the one that writes "150" give one value against
    "200", not two (the digest and a row's label list them together)."""
    found = _QUALIFIER_FIRST.match(value)
    return value[found.end() :] if found else value
