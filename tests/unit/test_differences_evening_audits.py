"""What the blind audits of 2026-12-07's evening found labelled wrongly (helper-219,
helper-221), and sources their stories showed unread."""

from __future__ import annotations

from mkdocs_claimdiff.claims.attribution import find_attribution

from .test_differences import kinds


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


def test_readings_taken_out_after_the_second_review_stay_out() -> None:
    """helper-222's review: opposite verbs near a shared word and a negation read past a
    modifier were mostly false; both readings were taken out."""
    assert "negation" not in kinds(
        "The airline cancelled Monday's flights to Paris.",
        "Flights to Paris ran normally on Tuesday.",
    )
    assert "negation" not in kinds(
        "Police said they had not found any second suspect.", "Police found a suspect on Monday."
    )


def test_a_shouted_clause_keeps_the_name_it_opens_with() -> None:
    """helper-222's review: "TOM HAYES IS GUILTY" against "Tom Hanes" lost its name."""
    assert kinds("Tom Hanes was found guilty on Friday.", "TOM HAYES IS GUILTY, jury rules") == (
        "name",
    )


def test_a_body_after_a_verb_or_by_is_no_speaker() -> None:
    """helper-222's review: "stranded by the rail operator said" cited the operator."""
    assert find_attribution("Passengers stranded by the rail operator said they waited.") is None
    assert find_attribution("Residents who called the water company said taps ran dry.") is None
    assert find_attribution("Customers lost power, the grid operator said.") == "the grid operator"


def test_a_sum_in_whole_millions_may_be_a_sum_rounded() -> None:
    """helper-224's audit: "£14million" is a tabloid's "£14.2m"; half a million is no rounding,
    and below ten millions a half is a fifth of the sum ("2 billion" / "2.5 billion")."""
    assert kinds("The syndicate won £14.2m.", "The syndicate won £14million.") == ()
    assert kinds("The syndicate won £14million.", "The syndicate won £14.5m.") == ("number",)
    assert kinds("The fund is 2.5 billion krónur.", "The fund is 2 billion kronur.") == ("number",)
    assert kinds("They paid £30million.", "They paid £31million.") == ("number",)
