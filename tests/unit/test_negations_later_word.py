"""A negated verb whose object comes after a word of its own ("had not received any formal
complaint") is set against the verb stated of that object (the written stories' misses,
2026-12-07)."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


def test_the_object_after_a_modifier_is_what_is_denied() -> None:
    assert shown(
        "Bosses at NHS Carnbrook admitted they had received complaints about the water.",
        "NHS Carnbrook said it had not received any formal complaint about the water.",
    ) == [("negation", "received", "not received", "received complaint")]
    assert kinds(
        "A 2023 state inspection did not rate the bridge in poor condition.",
        "The bridge was rated in poor condition during a 2023 state inspection.",
    ) == ("negation",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a denied noun says the same as the verb of the other claim
        (
            "No trains ran between Rennes and Brest on Monday, SNCF said.",
            "SNCF cancelled all trains between Rennes and Brest on Monday.",
        ),
        # "without" says who, not what was done
        (
            "Forty-seven applicants were admitted without meeting entry requirements.",
            "An estimated 120 applicants who met the requirements were turned away.",
        ),
        # a quantifier opens the object
        ("The airline did not cancel every flight.", "The airline cancelled the flight to Paris."),
    ],
)
def test_no_later_word_is_read_past_a_denied_noun_without_or_a_quantifier(
    first: str, second: str
) -> None:
    assert "negation" not in kinds(first, second)
    assert "negation" not in kinds(second, first)
