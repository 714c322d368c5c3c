"""A denial in a verb's base form against the act stated in an irregular past ("did not find" /
"found": a known gap of the last closing note), and negations that tell what ought to be or
would have been, which deny nothing that happened ("should not have been driving" was called a
negation of "was driving")."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.verb_forms import IRREGULAR_PASTS, past_forms

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("denied", "stated", "values"),
    [
        (
            "Police did not find a weapon in the car.",
            "Police found a weapon in the car.",
            ("not find", "found"),
        ),
        ("The ship did not sink.", "The ship sank on Tuesday.", ("not sink", "sank")),
        (
            "Rescuers did not see the climber.",
            "Rescuers saw the climber on the ridge.",
            ("not see", "saw"),
        ),
        ("The company did not pay the fine.", "The company paid the fine.", ("not pay", "paid")),
        (
            "The minister did not know about the plan.",
            "The minister knew about the plan.",
            ("not know", "knew"),
        ),
        (
            "The gunman did not shoot the guard.",
            "The gunman shot the guard.",
            ("not shoot", "shot"),
        ),
    ],
)
def test_a_denial_meets_the_act_stated_in_an_irregular_past(
    denied: str, stated: str, values: tuple[str, str]
) -> None:
    assert [(kind, a, b) for kind, a, b, _ in shown(denied, stated)] == [("negation", *values)]
    assert [(kind, b, a) for kind, a, b, _ in shown(stated, denied)] == [("negation", *values)]


def test_an_irregular_past_of_another_thing_is_no_opposite() -> None:
    assert (
        kinds("Police did not find a weapon in the car.", "Police found a phone in the car.") == ()
    )


@pytest.mark.parametrize(
    ("negated", "plain"),
    [
        (
            "The driver should not have been driving the truck, police said.",
            "The driver was driving the truck, police said.",
        ),
        (
            "The driver shouldn't have been driving, police said.",
            "The driver was driving, police said.",
        ),
        (
            "He should not have been allowed to fly, the airline said.",
            "He was allowed to fly, the airline said.",
        ),
        (
            "The officers ought not to be armed, the union said.",
            "The officers are armed, the union said.",
        ),
        (
            "He would not have died if the ambulance had come.",
            "He died after the ambulance came late.",
        ),
    ],
)
def test_what_ought_to_be_or_would_have_been_denies_nothing_that_happened(
    negated: str, plain: str
) -> None:
    assert kinds(negated, plain) == ()


def test_a_refusal_is_still_a_denial() -> None:
    assert kinds(
        "The spokesman would not comment on the case.", "The spokesman commented on the case."
    ) == ("negation",)


def test_regular_and_irregular_pasts() -> None:
    assert "stopped" in past_forms("stop")
    assert "carried" in past_forms("carry")
    assert past_forms("find") == ("found",)
    assert all(verb.isalpha() and pasts for verb, pasts in IRREGULAR_PASTS.items())


def test_what_would_have_been_is_told_by_a_participle_after_have() -> None:
    """ "would not have survived" says nothing happened otherwise; "would not have a lawyer" is
    a denial (helper-147's review)."""
    assert kinds("He would not have survived the crash.", "He survived the crash.") == ()
    assert kinds("He would not have a lawyer.", "He had a lawyer.") == ("negation",)


def test_a_noun_after_no_meets_no_irregular_past() -> None:
    assert kinds("Police had no lead on the suspect.", "Police led the suspect away.") == ()


@pytest.mark.parametrize(
    ("counterfactual", "plain"),
    [
        (
            "The plane would not have run out of fuel if it had been refuelled.",
            "The plane ran out of fuel.",
        ),
        ("She would not have become president without them.", "She became president."),
    ],
)
def test_an_irregular_participle_after_would_not_have_is_a_counterfactual(
    counterfactual: str, plain: str
) -> None:
    assert kinds(counterfactual, plain) == ()


def test_a_noun_in_eed_after_would_not_have_is_no_participle() -> None:
    assert kinds("The town would not have speed cameras.", "The town had speed cameras.") == (
        "negation",
    )
