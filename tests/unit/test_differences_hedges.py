"""Hedges news writes that a reader of two matched claims should see set against a plain
statement."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    "hedged",
    [
        "Police believe the driver was drunk when he hit the woman.",
        "It is believed the driver was drunk when he hit the woman.",
        "The driver was purportedly drunk when he hit the woman.",
        "The driver was supposedly drunk when he hit the woman.",
        "The driver was presumably drunk when he hit the woman.",
        "Perhaps the driver was drunk when he hit the woman.",
        "Investigators suspect the driver was drunk when he hit the woman.",
    ],
)
def test_a_hedge_news_writes_against_a_plain_statement_is_a_hedge(hedged: str) -> None:
    assert kinds(hedged, "The driver was drunk when he hit the woman.") == ("hedge",)


def test_widely_expected_and_rumoured_hedge_what_the_other_claim_states() -> None:
    assert kinds(
        "Jackman was widely expected to host the Oscars in February.",
        "Jackman will host the Oscars in February.",
    ) == ("hedge",)
    assert kinds(
        "Jackman is rumoured to host the Oscars in February.",
        "Jackman will host the Oscars in February.",
    ) == ("hedge",)


def test_police_suspected_of_a_crime_are_accused_not_a_hedge_of_the_police() -> None:
    """ "Police suspected of" is what officers are accused of, not "police suspect that": it
    softens the bribes taken, not what follows."""
    assert shown(
        "Police suspected of taking bribes were fired on Friday.",
        "Police who took bribes were fired on Friday.",
    ) == [("hedge", "suspected of", "stated as fact", "certainty")]
    assert (
        kinds(
            "Police suspected of taking bribes were fired on Friday.",
            "Police were fired on Friday over the bribes.",
        )
        == ()
    )
