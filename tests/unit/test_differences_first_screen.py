"""Disagreements the first screen of a comparison listed that are none (helper-170's audit of
the digest on the demo and ECB+ development stories)."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown

HEDGED = "The gunman is believed to have killed three people."


def test_a_question_states_nothing_that_a_hedge_softens() -> None:
    """ "... Onion headline or actual news?" (34_ecb) was "stated as fact" against "may"."""
    question = (
        "Barack Obama to Name Dr. Sanjay Gupta Surgeon General: Onion headline or actual news?"
    )
    hedged = "Barack Obama may name Dr. Sanjay Gupta Surgeon General."
    assert "hedge" not in kinds(question, hedged)
    assert "hedge" not in kinds(hedged, question)
    stated = "Barack Obama will name Dr. Sanjay Gupta Surgeon General."
    assert shown(stated, hedged) == [("hedge", "stated as fact", "may", "certainty")]
    # A question that hedges states nothing either (helper-171's review).
    assert "hedge" not in kinds("Is the gunman likely to have killed three people?!", HEDGED)
    assert "hedge" not in kinds("Is the gunman likely to have killed three people?", stated)


@pytest.mark.parametrize(
    "statement",
    [
        'The gunman killed three people, and neighbours asked "why?"',
        'The gunman killed three people, his mother told reporters, asking: "How could he?"',
        "The gunman killed three people (or was it four?)",
        'The gunman killed three people in a film called "Why Me?"',
    ],
)
def test_a_statement_ending_in_a_quoted_question_is_still_stated_as_fact(statement: str) -> None:
    """helper-171's review: a question inside quotes or brackets ends a statement."""
    assert shown(statement, HEDGED) == [("hedge", "stated as fact", "believed to", "certainty")]


def test_no_one_is_the_opposite_of_a_count_only_where_the_word_changes_form() -> None:
    """ "No one knew what to do." (18_ecbplus) was the negation of "... become known"; said in
    one form, what befell no one is the opposite of what befell anyone."""
    no_one = "No one knew what to do."
    assert kinds(no_one, "Additional information will follow as details become known.") == ()
    assert kinds(no_one, "In 2012, more details of the incident became known.") == ()
    assert kinds(no_one, "By 3 pm on Friday, more details of the incident became known.") == ()
    assert kinds("No one knew the gunman.", "Three workers knew the gunman well.") == ("negation",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("No one saw the gunman.", "Witnesses saw the gunman fleeing."),
        ("Nobody answered the door.", "His wife answered the door."),
        ("Nobody won the lottery jackpot.", "A Texas man won the lottery jackpot."),
        ("No one survived.", "The pilot survived."),
        ("No one was rescued.", "Dozens were rescued."),
    ],
)
def test_no_one_against_someone_in_the_same_words_is_still_a_negation(
    first: str, second: str
) -> None:
    """helper-171's review: the first fix asked for a count everywhere and lost these."""
    assert kinds(first, second) == ("negation",)


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
