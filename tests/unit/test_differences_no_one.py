""" "No one was killed" against a count of people killed is the opposite statement: a reader
must not see it among what the outlets agree on."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "No one was killed in the fire.",
            "One person was killed in the fire, a police spokesman said.",
            ("No one was killed", "killed"),
        ),
        (
            "No one was injured in the blast.",
            "Two people were injured in the blast.",
            ("No one was injured", "injured"),
        ),
        (
            "Nobody was hurt in the crash.",
            "Three firefighters were hurt in the crash.",
            ("Nobody was hurt", "hurt"),
        ),
        ("No one survived.", "Two people survived.", ("No one survived", "survived")),
        (
            "Not one person was hurt in the crash.",
            "Three firefighters were hurt in the crash.",
            ("Not one person was hurt", "hurt"),
        ),
    ],
)
def test_no_one_against_a_count_of_people_is_a_negation(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert [found[:3] for found in shown(first, second)] == [("negation", *values)]
    assert kinds(second, first) == ("negation",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("No one was killed in the fire.", "No one was killed in the fire, police said."),
        (
            "No one was killed in the fire.",
            "Firefighters were killed by the smoke, a neighbour feared.",
        ),
        ("No one was home when the fire started.", "The fire started in the kitchen."),
        ("No one was arrested on Friday.", "Police arrested two men on Friday."),
        ("Nobody was home.", "Firefighters were home by noon."),
        ("It was not one of the worst crashes.", "Three firefighters were hurt in the crash."),
    ],
)
def test_no_one_against_no_count_of_people_is_no_negation(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)
