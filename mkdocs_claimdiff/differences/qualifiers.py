"""Words right before a figure that qualify it: a floor ("more than 100"), a ceiling ("up to
30", "nearly 100") or an approximation ("about 100", "an estimated 10,000"). Each says which
other figures agree with it (``agreement``)."""

from __future__ import annotations

import re

_QUALIFIER_BEFORE = re.compile(
    r"\b(?i:(?P<floor>more[ ]than|over|at[ ]least|upwards[ ]of|in[ ]excess[ ]of|above|"
    r"exceeding)|(?P<ceiling>less[ ]than|fewer[ ]than|under|up[ ]to|at[ ]most|below|nearly|"
    r"almost)|(?P<about>about|around|roughly|approximately|some|an[ ]estimated))[ ]$"
)
"""Words right before a figure that make it a floor, a ceiling or an approximation: "speeds of
more than 100 mph" and "speeds reached 120 mph" agree, as do "about 100 people" and "98
people"."""

QUALIFIER_REACH = 20
"""Characters before a figure searched for those words (the longest, "in excess of ")."""


def qualifier_of(text: str, start: int) -> tuple[int, bool]:
    """The bound of the figure at ``start`` (1 a floor, -1 a ceiling, 0 none) and whether it is
    an approximation."""
    found = _QUALIFIER_BEFORE.search(text, max(0, start - QUALIFIER_REACH), start)
    if found is None:
        return 0, False
    if found.group("about"):
        return 0, True
    return (1 if found.group("floor") else -1), False
