"""Words right before a figure that qualify it: a floor ("more than 100"), a ceiling ("up to
30") or an approximation ("about 100", "nearly 100", "an estimated 10,000"). Each says which
other figures agree with it (``agreement``)."""

from __future__ import annotations

import re
from typing import NamedTuple

_QUALIFIER_BEFORE = re.compile(
    r"\b(?i:(?P<floor>more[ ]than|over|at[ ]least|upwards[ ]of|in[ ]excess[ ]of|above|"
    r"exceeding)|(?P<ceiling>less[ ]than|fewer[ ]than|under|up[ ]to|at[ ]most|below)|"
    r"(?P<about>about|around|roughly|approximately|some|an[ ]estimated|nearly|almost))[ ]$"
)
"""Words right before a figure that make it a floor, a ceiling or an approximation: "speeds of
more than 100 mph" and "speeds reached 120 mph" agree, as do "about 100 people" and "98
people". "Nearly" and "almost" tell a figure close to the one written, not any figure below
it: "almost three hours" is no "two hours"."""

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
    found = _QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
    if found is None:
        return NO_QUALIFIER
    words = found.group().rstrip().lower()  # "More than 200" read mid-line: "more than 200"
    if found.group("about"):
        return Qualifier(0, True, words)
    return Qualifier(1 if found.group("floor") else -1, False, words)
