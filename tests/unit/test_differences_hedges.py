"""Hedges news writes that a reader of two matched claims should see set against a plain
statement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mkdocs_claimdiff.differences.compare import compare_claims, disagreements

from .test_differences import claim, kinds, shown


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


@pytest.mark.parametrize(
    "hedged, plain",
    [
        (
            "He probably realized if he didn't, he was going to be shot, Gage said.",
            "She didn't fire him, Charlene Kafoury said.",
        ),
        (
            "LaCalamita was expected to be charged Tuesday in the shooting.",
            "A jury on Tuesday convicted a man of the murder.",
        ),
        (
            "LaCalamita was expected to be charged this morning in the shooting.",
            "A jury this morning convicted a man of the shooting.",
        ),
        (
            "LaCalamita was expected to be charged Dec. 5 in the shooting.",
            "A jury on Dec. 5 convicted a man of the shooting.",
        ),
    ],
)
def test_a_day_or_a_negation_both_say_is_not_what_a_hedge_softens(hedged: str, plain: str) -> None:
    """Sharing "didn't" or "Tuesday" is no sign that one claim hedges what the other states."""
    assert "hedge" not in kinds(hedged, plain)
    assert "hedge" not in kinds(plain, hedged)


def test_a_verb_spelt_as_a_month_is_still_hedged() -> None:
    assert kinds("Protesters are expected to march.", "Protesters marched.") == ("hedge",)


def test_a_hedge_on_words_the_other_states_with_a_day_is_still_a_hedge() -> None:
    assert kinds(
        "LaSalle is expected to be charged on Friday, the county attorney said.",
        "LaSalle was charged on Friday, the county attorney said.",
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


@pytest.mark.parametrize(
    ("charged", "stated"),
    [
        # An act of a chain credited to no one: "a gunman shot and killed".
        (
            "A man suspected of killing three people was arrested Sunday.",
            "A gunman shot and killed three people on Sunday.",
        ),
        # An act credited to an event or a vehicle, not a person.
        (
            "A man suspected of killing three people was arrested Sunday.",
            "The shooting killed three people and wounded two others.",
        ),
        (
            "A man accused of killing a cyclist was charged Monday.",
            "A car struck and killed a cyclist on Route 9.",
        ),
        (
            "A man accused of killing a teenager in a hit-and-run appeared in court.",
            "The hit-and-run killed a teenager on Friday.",
        ),
        # The police shooting the suspect, not the suspect shooting.
        (
            "A woman suspected of wounding two officers was hospitalized.",
            "Police shot and wounded the woman.",
        ),
        (
            "A woman suspected of shooting her husband was released on bail.",
            "Officers shot and wounded the woman's husband.",
        ),
        # The victim of the charged act, in a passive without its "was".
        (
            "A man suspected of shooting a teenager was arrested.",
            "A teenager shot in the chest was taken to hospital.",
        ),
        (
            "A man suspected of stabbing a woman was arrested.",
            "A woman stabbed outside a bar died on Sunday.",
        ),
        (
            "A man suspected of starting the wildfire was arrested.",
            "The wildfire started Saturday near the highway.",
        ),
        # A passive after "was found".
        (
            "A man suspected of killing his wife was arrested.",
            "A man was arrested after his wife was found killed.",
        ),
    ],
)
def test_an_act_charged_is_no_hedge_of_the_act_done_by_no_one_or_by_another(
    charged: str, stated: str
) -> None:
    """A legal hedge leaves open who did the act: a claim that has no one, the police or the
    victim do it states no more of the man charged."""
    assert kinds(charged, stated) == ()
    assert kinds(stated, charged) == ()


@pytest.mark.parametrize(
    ("charged", "stated", "hedge"),
    [
        (
            "A man suspected of killing three people was arrested Sunday.",
            "The man shot and killed three people on Sunday.",
            "suspected of",
        ),
        (
            "A man accused of killing a cyclist was charged Monday.",
            "Smith struck and killed a cyclist on Route 9 while drunk.",
            "accused of",
        ),
        (
            "A woman suspected of wounding two officers was hospitalized.",
            "The woman wounded two officers before police shot her.",
            "suspected of",
        ),
        (
            "Police suspected of taking bribes were fired on Friday.",
            "Police took bribes from drug dealers, prosecutors say.",
            "suspected of",
        ),
    ],
)
def test_an_act_charged_is_a_hedge_of_the_act_the_suspect_is_said_to_have_done(
    charged: str, stated: str, hedge: str
) -> None:
    """The man charged, a name or the police charged, doing the act states it as fact."""
    assert shown(charged, stated) == [("hedge", hedge, "stated as fact", "certainty")]


def test_a_claims_remembered_hedges_are_its_own_not_those_of_another_of_its_text() -> None:
    """A claim's hedges are read once and remembered for the many matches it is in: by its
    text and the hedges it was extracted with, so another claim of that text with other
    hedges is not shown the first one's."""
    hedged = claim("The driver was reportedly drunk when he hit the woman.")
    plain = claim("The driver was drunk when he hit the woman.")
    assert hedged.hedges == ("reportedly",)
    assert disagreements(compare_claims(hedged, plain)) == ("hedge",)
    assert disagreements(compare_claims(replace(hedged, hedges=()), plain)) == ()


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        (
            "The guard is accused of shooting a customer at the bank on Tuesday.",
            "The guard opened fire on a customer at the bank on Tuesday.",
        ),
        (
            "A teenager suspected of opening fire at a bus stop was arrested on Monday.",
            "A teenager who shot two people at a bus stop was arrested on Monday.",
        ),
        (
            "The farmer allegedly gunned down his neighbour after a dispute over a fence.",
            "The farmer shot his neighbour after a dispute over a fence.",
        ),
    ],
)
def test_a_hedged_shooting_against_one_written_another_way_is_a_hedge(
    hedged: str, plain: str
) -> None:
    """ "opened fire", "gunned down" and "shot" are one act: hedged in one claim only, it is a
    hedge, whichever words each outlet used for it."""
    assert kinds(hedged, plain) == ("hedge",)
    assert kinds(plain, hedged) == ("hedge",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The guard is accused of shooting a customer at the bank on Tuesday.",
            "The guard is accused of opening fire on a customer at the bank on Tuesday.",
        ),
        (
            "Soldiers opened fire on the crowd outside the palace.",
            "Soldiers shot at the crowd outside the palace.",
        ),
        (
            "The guard allegedly opened fire at a customer at the bank on Tuesday.",
            "A customer was shot at the bank on Tuesday.",
        ),
    ],
)
def test_a_shooting_written_two_ways_hedged_alike_or_by_no_one_is_no_hedge(
    first: str, second: str
) -> None:
    """Both hedged, both stated, or the act put on no one ("was shot"): the other way of
    writing the act adds no hedge."""
    assert "hedge" not in kinds(first, second)


@pytest.mark.parametrize(
    "alleged",
    [
        "Prosecutors allege the bookkeeper, Mary Jones, 52, stole the money from the charity.",
        "Police allege the former tenant, who had been evicted, stole the money from the charity.",
        "Investigators allege Tom Reed deliberately stole the money from the charity.",
    ],
)
def test_allege_softens_the_act_of_its_clause_past_a_long_subject(alleged: str) -> None:
    """ "X allege(s)" hedges the act its clause states, however many words (a name, an age, a
    relative clause) stand between them; against a claim that states the act it is a hedge."""
    plain = "A bookkeeper stole the money from the charity last year."
    assert shown(alleged, plain)[0][:3] == ("hedge", "allege", "stated as fact")


@pytest.mark.parametrize(
    "other",
    [
        # The act put on no one the police name: a gunman, the shooting.
        "Terrified guests fled after a gunman opened fire at the wedding party.",
        "Police closed the street after the shooting at the wedding party.",
        # A detail of the claim, not its act: where it happened, who the victim was.
        "The victim, Ann Lee, 30, was a guest at the wedding party in Leeds.",
        # Another act of the subject's, before the one alleged: the firing, not the shooting.
        "The recently fired waiter left the wedding party in Leeds.",
    ],
)
def test_allege_is_no_hedge_against_a_claim_that_does_not_state_its_act(other: str) -> None:
    alleged = (
        "Police allege the recently-fired waiter, Tom Reed, 34, opened fire at a wedding party "
        "in Leeds, killing Ann Lee, 30."
    )
    assert "hedge" not in kinds(alleged, other)
    assert "hedge" not in kinds(other, alleged)


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        (
            "A man suspected of breaking into a school on Monday and attacking a teacher was "
            "arrested.",
            "A man attacked a teacher at the school on Monday, police said.",
        ),
        (
            "The teacher allegedly slapped a pupil in class and locked him outside.",
            "The teacher locked the boy outside the classroom.",
        ),
    ],
)
def test_a_legal_hedge_covers_every_act_joined_by_and(hedged: str, plain: str) -> None:
    """ "Suspected of breaking in and attacking a teacher" accuses of the attack too: against
    a claim that states the attack it is a hedge, though the attack is not the first act."""
    assert shown(hedged, plain)[0][0] == "hedge"


def test_what_follows_and_in_another_form_is_no_act_of_the_hedge() -> None:
    """ "suspected of robbing a bank was arrested and charged": the charge is no act the man is
    suspected of, so a claim that he was charged states nothing the hedge softens."""
    assert "hedge" not in kinds(
        "A man suspected of robbing a bank was arrested and charged with theft.",
        "The man was charged with theft on Friday.",
    )
    assert "hedge" not in kinds(
        "The teacher allegedly slapped a pupil in class and police were called.",
        "Police were called to the school on Friday.",
    )
