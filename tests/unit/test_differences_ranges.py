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
        # helper-141's review: a scale and a decimal on the low end, a verb before the range
        (
            "Between one and two million people fled the fighting.",
            "About 1.5 million people fled the fighting.",
        ),
        ("1.5 to 2 million people fled.", "1.8 million people fled."),
        # helper-142's review: measures and sums are ranges too, a verb of change before them
        # telling how much
        ("Two to three inches of snow fell.", "2.5 inches of snow fell."),
        ("Prices rose 2 to 3 percent.", "Prices rose 2.5 percent."),
        ("Tickets cost $50 to $100.", "Tickets cost $75."),
        ("Between $1 and $2 billion was lost.", "$1.5 billion was lost."),
        (
            "The blast killed between 10 and 15 people.",
            "Twelve people were killed in the blast.",
        ),
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


@pytest.mark.parametrize(
    ("ranged", "other", "values"),
    [
        (
            "Between one and two million people fled the fighting.",
            "Some 500 people fled the fighting.",
            ("Between one and two million", "some 500", "fled"),
        ),
        (
            "The quake killed two to three people.",
            "The quake killed 40 people.",
            ("two to three", "40", "killed"),
        ),
        (
            "Police arrested 10 to 15 people.",
            "Police arrested 40 people.",
            ("10 to 15", "40", "arrested"),
        ),
        (
            "The blast killed between 10 and 15 people.",
            "Forty people were killed in the blast.",
            ("between 10 and 15", "Forty", "killed"),
        ),
        ("Tickets cost $50 to $100.", "Tickets cost $150.", ("$50 to $100", "$150", "money")),
        (
            "He was jailed for between five and 10 years.",
            "He was jailed for 12 years.",
            ("between five and 10 years", "12 years", "duration"),
        ),
    ],
)
def test_a_range_keeps_its_scale_and_what_befell_those_it_counts(
    ranged: str, other: str, values: tuple[str, str, str]
) -> None:
    """helper-141's review: "between one and two million" started at one, and "killed two to
    three people" counted people, not the killed, so no count was set against it."""
    assert shown(ranged, other) == [("number", *values)]


def test_a_change_by_an_amount_to_a_level_and_a_range_in_one_unit_are_read_exactly() -> None:
    """helper-143's review: "fell $3 to $45" read as a range agreed with "fell $3 to $41", and a
    range in centimetres agreed with "19 cm" within 5 %."""
    assert shown("Shares fell $3 to $45.", "Shares fell $3 to $41.") == [
        ("number", "$45", "$41", "money")
    ]
    assert shown("The fish was 20 to 30 cm long.", "The fish was 19 cm long.") == [
        ("number", "20 to 30 cm", "19 cm", "distance")
    ]
    assert shown("The fish was 20 to 30 cm long.", "The fish was 25 cm long.") == []
    # helper-144's review: "about" before a range makes it an approximation; a verb of change
    # before two sums tells a change whatever their sizes, before two shares a range
    assert shown("The fish was about 20 to 30 cm long.", "The fish was 31 cm long.") == []
    assert shown("Shares fell $30 to $45.", "Shares fell $30 to $41.") == [
        ("number", "$45", "$41", "money")
    ]
    assert shown("Shares rose 1 to 3 percent.", "Shares rose 2 percent.") == []


def test_a_change_from_one_figure_to_another_is_no_range() -> None:
    """ "Rose from 10 to 15" tells the toll is 15: against "rose to 12" that is the difference."""
    assert shown("The toll rose from 10 to 15 people.", "The toll rose to 12 people.") == [
        ("number", "15", "12", "people")
    ]
    assert shown("The toll climbed 10 to 15 overnight.", "The toll climbed to 12 overnight.") == [
        ("number", "15", "12", "overnight")
    ]
    # "and" joins a range only after "between"
    assert shown("10 and 15 people were hurt.", "12 people were hurt.") == [
        ("number", "15", "12", "hurt")
    ]
