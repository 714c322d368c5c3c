"""Figures a claim gives that it reads as no quantity: a figure of the other claim may be one
of them ("21 crew included two who were hurt" gives two), so it is no figure the claim
disagrees with."""

from __future__ import annotations

import re

from .number_words import COUNTED_WORDS, word_value
from .slots import Slots, once_per_claim

_BARE_WORD = re.compile(rf"(?i:{COUNTED_WORDS})(?!\w)|[\w,.]+")
"""A word, or a figure in words first ("twenty-one" is one figure, not "twenty" and "one")."""


def _figures_in(text: str) -> frozenset[float]:
    """The figures of a text, in digits or words. "One" is left out: it is rarely a figure
    ("one of the climbers")."""
    found = set()
    for match in _BARE_WORD.finditer(text):
        word = match.group().strip(",.").lower()
        if word.isascii() and word.isdigit():  # "²" and "①" are digits to isdigit, not to float
            found.add(float(word))
        elif word != "one" and (value := word_value(word)) is not None:
            found.add(value)
    return frozenset(found)


@once_per_claim
def figures_outside(slots: Slots) -> frozenset[float]:
    """Every figure a claim's text gives that it reads as no quantity, in digits or words. Two
    uses: such a figure may count what the claim leaves unsaid ("21 crew included two who were
    hurt", "Four of the board's 12 members"), so a figure of the other claim is not set against
    the claim's counted ones (a figure that counts something else, "with two rockets", is a
    quantity); and the claim gives it too ("for 11 seasons and served as an assistant coach for
    seven" gives seven), so against "seven seasons" it only adds. Its quantities are asked about
    with their bounds (``own_figures``): "fewer than 10 people" gives no "more than 10 people"."""
    text, pieces, at = slots.claim.text, [], 0
    for start, end in sorted(quantity.span for quantity in slots.quantities):
        pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    return _figures_in(" ".join(pieces))
