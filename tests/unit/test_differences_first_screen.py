"""Disagreements the first screen of a comparison listed that are none (helper-170's audit of
the digest on the demo and ECB+ development stories)."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


def test_a_question_states_nothing_that_a_hedge_softens() -> None:
    """ "... Onion headline or actual news?" (34_ecb) was "stated as fact" against "may"."""
    question = (
        "Barack Obama to Name Dr. Sanjay Gupta Surgeon General: Onion headline or actual news?"
    )
    hedged = "Barack Obama may name Dr. Sanjay Gupta Surgeon General."
    assert "hedge" not in kinds(question, hedged)
    assert "hedge" not in kinds(hedged, question)
    assert "hedge" not in kinds('He asked: "Will Obama name Gupta?"', hedged)
    stated = "Barack Obama will name Dr. Sanjay Gupta Surgeon General."
    assert shown(stated, hedged) == [("hedge", "stated as fact", "may", "certainty")]


def test_no_one_is_the_opposite_of_a_count_only() -> None:
    """ "No one knew what to do." (18_ecbplus) was the negation of "... become known"."""
    assert (
        kinds(
            "No one knew what to do.",
            "Additional information will follow as more details of the incident become known.",
        )
        == ()
    )
    assert kinds("No one knew the gunman.", "Three workers knew the gunman well.") == ("negation",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Islamic militants attacked the ship.", "The Islamist militants attacked the ship."),
        ("A Zionist group protested.", "A Zionism group protested."),
    ],
)
def test_another_word_of_one_stem_is_no_spelling_of_a_name(first: str, second: str) -> None:
    assert "name" not in kinds(first, second)


def test_a_name_spelt_two_ways_still_is() -> None:
    assert shown("Duncan Rait died on Friday.", "Duncan Raite died on Friday.") == [
        ("name", "Duncan Rait", "Duncan Raite", "spelling of a name")
    ]
