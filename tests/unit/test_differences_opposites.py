"""Verbs of opposite outcome said of one thing are a `negation` (the written stories' misses
of 2026-12-07): neither claim says "not"; and what the blind audits of that evening found
labelled wrongly (helper-219, helper-221)."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The tank had failed a safety inspection in August.",
            "The tank passed a safety inspection in August.",
            ("negation", "failed", "passed", "tank"),
        ),
        (
            "Trains between Rennes and Brest continued to run on Monday, the rail operator said.",
            "SNCF cancelled all trains between Rennes and Brest on Monday.",
            ("negation", "continued", "cancelled", "trains"),
        ),
        (
            "Brittany Ferries said its crossings would run as normal on Monday.",
            "Brittany Ferries cancelled all Monday crossings.",
            ("negation", "run", "cancelled", "crossings"),
        ),
        (
            "Visiting continues as normal at the hospital.",
            "All visits have been banned.",
            ("negation", "continues", "banned", "visits"),
        ),
    ],
)
def test_opposite_outcomes_of_one_thing_are_a_negation(
    first: str, second: str, expected: tuple[str, str, str, str]
) -> None:
    assert shown(first, second) == [expected]
    assert kinds(second, first) == ("negation",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # only a name in common: another thing
        ("The airline cancelled flights to Paris.", "Trains to Paris continued to run."),
        # a negated verb is no outcome
        ("The airline did not cancel the flights.", "The flights continued to run."),
        # a claim that tells both outcomes
        ("The operator cancelled some trains but ran others.", "Trains continued to run."),
        # closing and reopening on days that follow each other agree
        ("The museum said it would reopen on Friday.", "The museum will stay closed until Friday."),
        ("The park reopened on Saturday.", "The park remained closed on Friday."),
    ],
)
def test_outcomes_of_other_things_or_told_both_ways_stay_apart(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)
    assert "negation" not in kinds(second, first)


def test_a_part_of_a_group_named_with_it_is_no_count_of_the_group() -> None:
    """helper-219's audit: "12 people" / "a pilot and 11 passengers" was 12 vs 11."""
    for told in ("a pilot and 11 passengers", "11 passengers and a pilot"):
        assert (
            kinds(
                "The balloon was carrying 12 people when it hit the power lines.",
                f"The balloon, carrying {told}, hit power lines.",
            )
            == ()
        )


def test_a_body_described_by_its_work_may_be_the_body_another_claim_names() -> None:
    """ "the rail operator" may be SNCF, as "the company" may be the company named before."""
    assert "source" not in kinds(
        "Trains continued to run on Monday, the rail operator said.",
        "Trains continued to run on Monday, SNCF said.",
    )
    assert kinds(
        "Anyone who takes items must report them, the coastguard said.",
        "Anyone who takes items must report them, Devon and Cornwall Police said.",
    ) == ("source",)


def test_a_clause_shouted_in_capitals_names_no_one() -> None:
    """helper-221's audit: "MAISIE'S HIT WAS" was a name set against "Maisie Trevelyan"."""
    assert (
        kinds(
            "Jury finds Maisie Trevelyan hit copied Tennessee songwriter's song",
            "MAISIE'S HIT WAS A RIP-OFF, jury rules",
        )
        == ()
    )
    assert kinds(
        "NHS Carnbrook said the ward was shut.", "NHS Carnbrok said the ward was shut."
    ) == ("name",)
