"""Votes and scores are one value of two figures (helper-164's audit: "voted 7-2" against
"voted 6-3" was the same claim, and "7 to 2" against "6 to 3" set 7 against 6 and 2 against 6)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.tallies import read_tallies

from .test_differences import shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The council voted 7-2 to declare an emergency.",
            "The council voted 6-3 to declare an emergency.",
            ("7-2", "6-3"),
        ),
        (
            "The council voted 7 to 2 on Tuesday.",
            "The council voted 6 to 3 on Tuesday.",
            ("7 to 2", "6 to 3"),
        ),
        ("The measure passed by a vote of 7 to 2.", "The measure passed 6-3.", ("7 to 2", "6-3")),
        ("Chelsea won 3-1 against Arsenal.", "Chelsea won 2-1 against Arsenal.", ("3-1", "2-1")),
        (
            "The court ruled in a 5-4 decision.",
            "The court ruled in a 6-3 decision.",
            ("5-4", "6-3"),
        ),
    ],
)
def test_two_tallies_that_disagree_are_a_number_difference(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert shown(first, second) == [("number", *values, "vote or score")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One result told from either side, or either way.
        ("Chelsea won 3-1 at home.", "Arsenal lost 1-3 at Chelsea."),
        ("The Senate voted 51-49 to pass it.", "The Senate passed it 51-49."),
        ("The council voted 7 to 2.", "The council voted 7-2."),
    ],
)
def test_one_result_is_no_difference(first: str, second: str) -> None:
    assert [kind for kind, *_ in shown(first, second) if kind == "number"] == []


@pytest.mark.parametrize(
    "text",
    [
        # "To" makes a tally only right after a vote.
        "The storm passed, leaving 10 to 20 people hurt.",
        "Between 10-15 people were hurt.",
        # Two figures before what they count are a range, whatever verb comes first
        # (helper-166's review).
        "The company lost 300–400 jobs last year.",
        "The army lost 10–20 soldiers in the attack.",
        "The Greens won 10 - 12 seats in the election.",
        "She lost 10-15 kg after the surgery.",
        "Lead poisoning affected 10-20 children.",
        "The plan was approved 3-4 months ago.",
        "The firm lost 2-3 million jobs.",
        "The party lost 2-3 percentage points.",
        "Police led a 3-4 day search.",
        "She won a 3-4 year contract.",
    ],
)
def test_a_range_is_no_tally(text: str) -> None:
    assert read_tallies(text) == ()


def test_a_range_after_a_verb_of_winning_keeps_its_figures() -> None:
    assert shown(
        "The company lost 300–400 jobs last year.", "The company lost 900 jobs last year."
    ) == [("number", "300–400", "900", "jobs")]


@pytest.mark.parametrize(
    "text",
    [
        # Whatever follows, but a word for what is counted (helper-167's review).
        "The Supreme Court ruled 5-4 that the law stood.",
        "The council voted 7-2 Tuesday.",
        "City beat Arsenal 2-1 yesterday.",
        "It passed 51-49 but barely.",
        "The bill was approved 7-2 by the board.",
        "United won 3-1 thanks to a late goal.",
        "They lost 2-3 despite the rally.",
        "City won 3–1 — a record.",
        'He said it "won 3-1".',
        # A capitalised word after it, or one that only looks plural (helper-168's review).
        "The Senate voted 51-49 Democrats said.",
        "United won 2-1 overseas.",
        "The court upheld 6-3 on appeal.",
    ],
)
def test_a_tally_is_read_whatever_follows_it(text: str) -> None:
    assert len(read_tallies(text)) == 1
