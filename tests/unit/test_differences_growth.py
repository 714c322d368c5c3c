"""Two long hostile claims matched with each other take time linear in their length.

The growth test of ``test_differences`` sets a hostile claim against a short one; these set two
against each other, so that every rule that looks each value of one claim up among the other's
(names, ages, charges, figures, sources) is made to work on thousands of values on both sides.
Growth, not seconds: the best of three runs of a quarter and of the whole text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mkdocs_claimdiff.differences.compare import compare_claims

from .test_differences import best_seconds, claim


def _names(count: int, side: int) -> str:
    return " ".join(f"Xander{i}{'ab'[side]} Qwerty{i}{'cd'[side]} said" for i in range(count)) + "."


def _ages(count: int, side: int) -> str:
    return ", ".join(f"Smith{i}{side}, {20 + i % 60}," for i in range(count)) + " were arrested."


def _charges(count: int, side: int) -> str:
    degree = ("first", "second")[side]
    return "He was charged, " + " ".join(f"{degree}-degree murder" for _ in range(count)) + "."


def _figures(count: int, side: int) -> str:
    return ", ".join(f"{i + side * 100_000} pirates" for i in range(1, count)) + "."


def _denials(count: int, side: int) -> str:
    said = ("Tavy Water did not shut its intake, ", "Tavy Water shut its pipe, ")[side]
    return said * count + "it said."


def _passives(count: int, side: int) -> str:
    said = ("The captain was not detained, ", "Police detained the captain ")[side]
    return said * count + "police said."


def _stops(count: int, side: int) -> str:
    said = ("The match was cancelled, ", "The match went ahead, ")[side]
    return said * count + "officials said."


def _sources(count: int, side: int) -> str:
    return " ".join(f"Police Chief John{i} Smith{side} said, witnesses said," for i in range(count))


@pytest.mark.parametrize(
    ("make", "count"),
    [
        (_names, 2_000),
        (_ages, 2_000),
        (_charges, 4_000),
        (_figures, 2_000),
        (_sources, 1_000),
        (_denials, 2_000),
        (_passives, 2_000),
        (_stops, 2_000),
    ],
    ids=["names", "ages", "charges", "figures", "sources", "denials", "passives", "stops"],
)
def test_two_long_claims_of_many_values_take_linear_time(
    make: Callable[[int, int], str], count: int
) -> None:
    """2,000 names in each of two matched claims took 31 s (each name looked for among all the
    other's), 2,000 ages 9 s, 3,700 figures 1.1 s (each tried as the part of a total): four
    times the values took sixteen times as long; 2,000 denials of one verb against 2,000
    statements of it 30 s at 64 kB (each denial tokenised its claim again and was tried against
    every statement); 3,300 denied passives 4.6 s at 100 kB (each read the rest of the other
    claim for the words of its noun phrase; helper-236's review)."""

    def seconds(repeats: int) -> float:
        first, second = claim(make(repeats, 0)), claim(make(repeats, 1))
        return best_seconds(lambda: compare_claims(first, second))

    quarter, whole = seconds(count // 4), seconds(count)
    assert whole < 0.1 or whole < 8 * quarter
