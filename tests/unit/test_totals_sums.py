"""The sums of figures a claim's parts or total are looked up in, made once per claim, find what
trying every group of figures of every match finds (helper-169's audit: a match of two claims
of 40 figures each took 12 ms, two long articles 2.5 minutes)."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from mkdocs_claimdiff.differences.compare import read_slots
from mkdocs_claimdiff.differences.counted import count_the_same
from mkdocs_claimdiff.differences.slots import WORDS, Quantity, Slots
from mkdocs_claimdiff.differences.totals import (
    MAX_PARTS,
    SUMMED,
    _parts_of,
    _summed,
    parts_of_total,
)

from .test_differences import claim, shown

NOUNS = ("Somalis", "Yemenis", "pirates", "people", "soldiers", "dead", "injured", "km")


def _every_group(quantity: Quantity, first: Slots, second: Slots) -> set[int] | None:
    """``parts_of_total`` as it was: every group of figures tried, for each figure."""
    own, other = list(first.quantities), list(second.quantities)
    if not _summed(quantity) or all(q is not quantity for q in own[:SUMMED]):
        return None
    counts = [q for q in own[:SUMMED] if _summed(q)]
    others = [(index, q) for index, q in enumerate(other[:SUMMED]) if _summed(q)]
    rest = [q for q in counts if q is not quantity]
    for index, total in others:
        if count_the_same(quantity, total) and any(
            quantity.value + sum(q.value for q in group) == total.value
            and _parts_of(total, second, (quantity, *group))
            for size in range(1, MAX_PARTS)
            for group in combinations(rest, size)
        ):
            return {index}
    for size in range(2, MAX_PARTS + 1):
        for group in combinations(others, size):
            parts = [q for _, q in group]
            if (
                sum(q.value for q in parts) == quantity.value
                and any(count_the_same(quantity, q) for q in parts)
                and _parts_of(quantity, first, parts)
            ):
                return {index for index, _ in group}
    return None


_FIGURES = st.lists(st.tuples(st.integers(1, 30), st.sampled_from(NOUNS)), min_size=1, max_size=10)


@given(first=_FIGURES, second=_FIGURES)
def test_sums_made_once_find_what_every_group_finds(
    first: list[tuple[int, str]], second: list[tuple[int, str]]
) -> None:
    texts = [
        "Police said " + " and ".join(f"{value} {noun}" for value, noun in figures) + " were found."
        for figures in (first, second)
    ]
    left, right = (read_slots(claim(text), WORDS) for text in texts)
    for quantity in left.quantities:
        assert parts_of_total(quantity, left, right) == _every_group(quantity, left, right)


def test_parts_of_a_total_are_found() -> None:
    left = read_slots(claim("Police captured 12 Somalis and 11 Yemenis."), WORDS)
    right = read_slots(claim("Police captured 23 Somali and Yemeni pirates."), WORDS)
    assert parts_of_total(left.quantities[0], left, right) == {0}
    assert parts_of_total(right.quantities[0], right, left) == {0, 1}


def test_decimal_parts_add_up_as_written() -> None:
    """helper-172's review: 4.5 + 2.9 + 1.8 is 9.200000000000001 in floating point."""
    assert (
        shown(
            "Police said 4.5 people and 2.9 people and 1.8 people were found.",
            "Police said 9.2 people were found.",
        )
        == []
    )


def test_large_figures_add_up_exactly() -> None:
    """helper-174's review: sums kept to 12 significant digits made 2,000,000,000,000 twice
    the 4,000,000,000,001 of the other claim."""
    left = read_slots(claim("Police said 2000000000000 people and 2000000000000 people."), WORDS)
    right = read_slots(claim("Police said 4000000000001 people were found."), WORDS)
    assert parts_of_total(left.quantities[0], left, right) is None
