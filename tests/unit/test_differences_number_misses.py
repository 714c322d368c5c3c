"""What the written stories' number misses showed (2026-12-08): how many times a thing has
happened within a span both claims name, and a count of other things that is no part of a
total."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "It is the third near-miss at the airport in three years.",
            "It is the second serious runway incursion at Bramwell in three years.",
            ("the third", "the second", "occurrence in three years"),
        ),
        (
            "It is the company's second recall in three years.",
            "It's the firm's THIRD recall in three years.",
            ("company's second", "firm's THIRD", "occurrence in three years"),
        ),
        (
            "It is the fourth outbreak of bird flu on a commercial farm in England since October.",
            "It is the SIXTH outbreak in England since October.",
            ("the fourth", "the SIXTH", "occurrence since October"),
        ),
        (
            "It is the eleventh eruption on the peninsula since 2021.",
            "The eruption is the 10th on the Reykjanes peninsula since March 2021.",
            ("the eleventh", "the 10th", "occurrence since 2021"),
        ),
        (
            "It is only the fourth ever recorded in Britain.",
            "It is thought to be only the third of its kind ever seen in Britain.",
            ("the fourth", "the third", "occurrence ever"),
        ),
        (
            "It was the fourth signalling failure at the junction this year.",
            "It was the third signalling failure at Stellbridge Junction this year.",
            ("the fourth", "the third", "occurrence this year"),
        ),
    ],
)
def test_ordinals_within_one_named_span_are_compared(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("number", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a name sets what each counts apart (ECB+ topic 5: both are right)
        (
            "Cheeks is the fifth NBA head coach to be fired this season.",
            "Cheeks is the third Eastern Conference head coach to get fired this season.",
        ),
        # not the same span
        (
            "It is the sixth outbreak in England since October.",
            "It is the fourth case in England this autumn.",
        ),
        ("It is the third recall in three years.", "It is the second recall in five years."),
        # no span named: an ordinal ranks in a scope of its own
        ("He won the third stage of the race.", "He won the fourth stage."),
        ("It is the second-largest fire since 1990.", "It is the third-largest fire since 1990."),
        # the span is no name: "since he took over"
        (
            "He is the fourth coach since he took over.",
            "He is the 21st coach since he took over.",
        ),
    ],
)
def test_ordinals_of_other_scopes_are_not_compared(first: str, second: str) -> None:
    assert not any(value[2].startswith("occurrence") for value in shown(first, second))


def test_a_count_of_other_things_is_no_part_of_a_total() -> None:
    """helper-225's story: two shots and one officer do not add up to three shots."""
    assert kinds(
        "Three shots were fired, the IOPC said.",
        "Two shots were fired by one officer, the IOPC said.",
    ) == ("number",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marines seized 12 Somalis and 11 Yemenis.", "Marines seized 23 Somali pirates."),
        (
            "Marines seized 12 Somali and 11 Yemeni nationals.",
            "They held 23 Somali and Yemeni pirates.",
        ),
        (
            "A gunman shot to death one person and injured two others on Monday.",
            "A gunman shot three people on Monday.",
        ),
    ],
)
def test_counts_of_people_still_add_up_to_a_total_of_people(first: str, second: str) -> None:
    assert "number" not in kinds(first, second)
