"""A count told as a range ("between 10 and 15 people") agrees with any count within it and
disagrees, as a whole, with one outside it (cases of helper-139's probe, which saw "15 vs
Twelve" called a number difference)."""

from __future__ import annotations

import pytest

from .test_differences import shown


@pytest.mark.parametrize(
    ("ranged", "other"),
    [
        ("Between 10 and 15 people were injured.", "Twelve people were injured."),
        ("10 to 15 people were injured.", "Twelve people were injured."),
        ("10–15 people were injured.", "Twelve people were injured."),
        ("Two or three people were injured.", "Three people were injured."),
        ("Between 10 and 15 people were injured.", "More than 12 people were injured."),
        ("Between 10 and 15 people were injured.", "Between 12 and 20 people were injured."),
        ("Between 10 and 15 people were injured.", "Between 10 and 15 people were injured."),
    ],
)
def test_a_count_within_a_range_agrees_with_it(ranged: str, other: str) -> None:
    assert shown(ranged, other) == []
    assert shown(other, ranged) == []


@pytest.mark.parametrize(
    ("ranged", "other", "values"),
    [
        (
            "Between 10 and 15 people were injured.",
            "Twenty people were injured.",
            ("Between 10 and 15", "Twenty"),
        ),
        ("10–15 people were injured.", "Twenty people were injured.", ("10–15", "Twenty")),
        (
            "Two or three people were injured.",
            "Five people were injured.",
            ("Two or three", "Five"),
        ),
        (
            "Between 10 and 15 people were injured.",
            "More than 20 people were injured.",
            ("Between 10 and 15", "more than 20"),
        ),
    ],
)
def test_a_count_outside_a_range_disagrees_with_the_range(
    ranged: str, other: str, values: tuple[str, str]
) -> None:
    assert shown(ranged, other) == [("number", *values, "injured")]
    assert shown(other, ranged) == [("number", *reversed(values), "injured")]


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    """ "Rose from 10 to 15" tells the toll is 15: against "rose to 12" that is the difference."""
    assert shown("The toll rose from 10 to 15 people.", "The toll rose to 12 people.") == [
        ("number", "15", "12", "people")
    ]
    # "and" joins a range only after "between"
    assert shown("10 and 15 people were hurt.", "12 people were hurt.") == [
        ("number", "15", "12", "hurt")
    ]
