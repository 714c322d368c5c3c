"""Figures that split what another claim sums: "12 Somalis and 11 Yemenis" against "23 Somali
and Yemeni pirates" count the same people, which is no disagreement."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from .counted import count_the_same
from .slots import Quantity
from .units import UNSUMMED, measure

OUTCOMES = frozenset("dead killed died injured wounded hurt missing".split())
"""What befell people counted: "3 dead and 2 injured" are never summed into "5 dead"."""

MAX_PARTS = 4
"""Figures of one claim tried as the parts of a total the other claim gives ("12 Somalis and
11 Yemenis" against "23 Somali and Yemeni pirates")."""

SUMMED = 8
"""Figures of each claim, its first, tried as parts or totals: claims give few figures, and
trying more would make a claim of hundreds (a table scraped as one sentence) cost seconds."""


def parts_of_total(
    quantity: Quantity, own: Sequence[Quantity], other: Sequence[Quantity]
) -> set[int] | None:
    """When the figure is a part of a total the other claim gives, or the total of parts the
    other claim gives, the indexes of the other claim's figures it accounts for, else None.

    "12 Somalis and 11 Yemenis" and "23 Somali and Yemeni pirates" count the same people: one
    claim splits what the other sums, which is no disagreement. Only plain counts are summed,
    never measures, ages or times.
    """
    if not _summed(quantity):
        return None
    if all(q is not quantity for q in own[:SUMMED]):
        return None
    counts = [q for q in own[:SUMMED] if _summed(q)]
    others = [(index, q) for index, q in enumerate(other[:SUMMED]) if _summed(q)]
    for index, total in others:
        if count_the_same(quantity, total) and _sums_to(quantity, counts, total.value):
            return {index}
    for size in range(2, MAX_PARTS + 1):
        for group in combinations(others, size):
            parts = [q for _, q in group]
            if (
                sum(q.value for q in parts) == quantity.value
                and any(count_the_same(quantity, q) for q in parts)
                and _one_outcome(parts)
            ):
                return {index for index, _ in group}
    return None


def _summed(quantity: Quantity) -> bool:
    """Whether a figure is a plain count, which may be a part or a total."""
    return measure(quantity.what) not in UNSUMMED


def _sums_to(part: Quantity, counts: Sequence[Quantity], total: float) -> bool:
    """Whether the part and one to three other counts of its claim add up to the total."""
    rest = [q for q in counts if q is not part]
    return any(
        part.value + sum(q.value for q in group) == total and _one_outcome((part, *group))
        for size in range(1, MAX_PARTS)
        for group in combinations(rest, size)
    )


def _one_outcome(parts: Sequence[Quantity]) -> bool:
    return len({q.what.lower() for q in parts if q.what.lower() in OUTCOMES}) <= 1
