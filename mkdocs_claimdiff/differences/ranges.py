"""A count, a measure or a sum told as a range: "between 10 and 15 people", "10 to 15 people",
"two or three people", "10–15 people" (an en dash: figures joined by a hyphen, "3-1", "10-15",
are read as no figure at all), "two to three inches", "$50 to $100". Each end alone is no
figure of the claim: "Twelve people were injured" agrees with "between 10 and 15", and "twenty"
disagrees with the range, not with "15"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from .number_words import COUNTED_WORDS, SCALE_WORDS, VAGUE_MULTIPLES, word_value
from .qualifiers import qualifier_of
from .slots import Quantity

_RANGE_BEFORE = re.compile(
    r"(?<![\w.,-])(?i:(?P<between>between[ ])?"
    rf"[$£€]?(?P<low>\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,3}})?|{COUNTED_WORDS})"
    rf"(?:[ ](?P<scale>{'|'.join(SCALE_WORDS)}))?"
    r"(?P<joint>[ ]?–[ ]?|[ ](?:and|to|or)[ ]))$"
)
"""The low end of a range and what joins it to the figure after: "between 10 and ", "10 to ",
"two or ", "10–", "between one hundred and ". "And" joins a range only after "between" ("10
and 15 people" may be two counts)."""

_FROM_BEFORE = re.compile(r"\b(?i:from)[ ]$")
"""What makes the two figures a change rather than a range: "rose from 10 to 15"."""

_CURRENCY = re.compile("[$£€]")

_CHANGED_BEFORE = re.compile(
    r"\b(?i:rose|risen|fell|fallen|up|down|climbed|increased|decreased|jumped|dropped|grew"
    r"|soared|surged|slipped)[ ]$"
)
"""A verb of change right before two counts or sums, which it takes from one to the other:
"the toll climbed 10 to 15", "fell $3 to $45" (by how much and to what; helper-143's review);
before two measures it tells how much, a range ("rose 1 to 3 percent", "rose 1 to 3 metres")."""

RANGE_REACH = 40
"""Characters before a figure searched for the low end of a range ("between seventy-seven and
")."""


class Range(NamedTuple):
    """Where a range starts ("between" included) and the value of its low end."""

    start: int
    low: float


def range_before(
    text: str, start: int, high: float, scale: float = 1.0, measured: bool = False
) -> Range | None:
    """The range that ends in the figure at ``start`` (of value ``high``, ``scale`` times the
    figure as written: "two million"), or None: its low end is a smaller figure joined to it by
    an en dash, "to", "or", or "and" after "between", and no word of change comes before it
    ("rose from 10 to 15" tells two figures; a verb of change does so before counts and sums,
    not before other ``measured`` figures: "fell $3 to $45", "rose 1 to 3 percent"). The low
    end takes the high end's scale when it stays below it: "between one and two million"
    starts at a million."""
    found = _RANGE_BEFORE.search(text, max(0, start - RANGE_REACH), start)
    if found is None:
        return None
    joint = found.group("joint").strip()
    if joint == "and" and not found.group("between"):
        return None
    raw = found.group("low").lower()
    low = word_value(raw) if raw.isalpha() or "-" in raw else float(raw.replace(",", ""))
    if low is not None and found.group("scale"):  # "between one hundred and two hundred"
        low *= SCALE_WORDS[found.group("scale").lower()]
    elif low is not None and low * scale < high:
        low *= scale
    if low is None or not low < high:
        return None
    before = max(0, found.start() - 10)
    changed = _CHANGED_BEFORE.search(text, before, found.start()) is not None
    money = _CURRENCY.search(found.group()) is not None
    if _FROM_BEFORE.search(text, before, found.start()) or (changed and (money or not measured)):
        return None  # "fell $3 to $45": by how much, then to what
    return Range(found.start(), low)


def as_range(quantity: Quantity, text: str, spread: Range) -> Quantity:
    """The figure ``quantity`` (the range's high end) as the whole range ``spread`` ends with
    it: its text and span, the low end as its value and its own as the ceiling, an
    approximation when the words before say so ("about 20 to 30 cm"; helper-144's review)."""
    span = (spread.start, quantity.span[1])
    shown = text[slice(*span)]
    about = qualifier_of(text, spread.start)
    words = about.words if about.approximate else ""
    return replace(
        quantity,
        text=shown,
        span=span,
        value=spread.low,
        ceiling=quantity.value,
        approximate=about.approximate,
        qualifier=words,
    )


def as_vague_range(quantity: Quantity) -> Quantity:
    """A vague multiple ("several hundred", read at its least, 200) as the approximate range it
    spans (``VAGUE_MULTIPLES``: 200 to 900)."""
    least, most = VAGUE_MULTIPLES
    return replace(quantity, ceiling=quantity.value * most / least, approximate=True)
