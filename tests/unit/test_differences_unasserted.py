"""What a negation asserts and what it does not: "failed to stop" says the driver did not stop,
"was not found until Tuesday" says the body was found, and "if no deal is reached" asserts
nothing about a deal (cases of helper-139's probe of self-written pairs)."""

from __future__ import annotations

import pytest

from .test_differences import shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("The driver failed to stop.", "The driver stopped.", ("failed to stop", "stopped")),
        (
            "The company declined to comment.",
            "The company commented on the report.",
            ("declined to comment", "commented"),
        ),
        (
            "Police were unable to confirm the death toll.",
            "Police confirmed the death toll.",
            ("unable to confirm", "confirmed"),
        ),
        (
            "The company refused to recall the cars.",
            "The company recalled the cars.",
            ("refused to recall", "recalled"),
        ),
        (
            "The driver did not stop at the scene.",
            "The driver stopped at the scene.",
            ("not stop", "stopped"),
        ),
        (
            "Firefighters did not carry the victims out.",
            "Firefighters carried the victims out.",
            ("not carry", "carried"),
        ),
        # helper-141's review: a verb of lasting before "until", an "and" before it, an adverb
        (
            "The meeting did not last until midnight.",
            "The meeting lasted until midnight.",
            ("not last", "lasted"),
        ),
        (
            "The man was not charged and was held until Monday.",
            "The man was charged on Monday.",
            ("not charged", "charged"),
        ),
        (
            "He refused to publicly comment.",
            "He publicly commented.",
            ("refused to publicly comment", "commented"),
        ),
        # helper-142's review: the bare verb after another verb's "to", a condition's finding
        (
            "The company failed to pay the fine.",
            "The company agreed to pay the fine.",
            ("failed to pay", "pay"),
        ),
        (
            "Rescuers were unable to reach the climbers.",
            "Rescuers were able to reach the climbers.",
            ("unable to reach", "reach"),
        ),
        (
            "Investigators looking into whether the crash was caused by pilot error said the"
            " plane had not been serviced.",
            "Investigators said the plane had been serviced.",
            ("not been serviced", "serviced"),
        ),
    ],
)
def test_a_failure_to_act_or_a_regular_past_denied_is_a_negation(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert [(kind, a, b) for kind, a, b, _what in shown(first, second)] == [("negation", *values)]
    assert [(kind, b, a) for kind, a, b, _what in shown(second, first)] == [("negation", *values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The body was not found until Tuesday.", "The body was found on Tuesday."),
        ("He did not appear in court until Monday.", "He appeared in court on Monday."),
        ("Rescuers could not reach the climbers.", "Rescuers were unable to reach the climbers."),
        (
            "The strike will go ahead unless a deal is reached.",
            "The strike will go ahead if no deal is reached.",
        ),
        (
            "If the man had not been wearing a helmet he would have died.",
            "The man was wearing a helmet.",
        ),
        ("Officials could not say whether the dam failed to hold.", "The dam held."),
        ("Sales declined to 5 million.", "Sales rose to 5 million."),
        ("The engine failed on Tuesday.", "The engine worked on Tuesday."),
        ("Shares fell to a record low.", "Shares failed to a record low."),
        # helper-141's review: a failure before no verb, a passive, a longer condition
        ("Exports declined to record lows in March.", "Exports fell to record lows in March."),
        ("Inflation declined to nearly 3 percent.", "Inflation fell to nearly 3 percent."),
        ("The request was declined to protect the witness.", "The request protected the witness."),
        (
            "If the government and the unions do not reach a deal, the strike will go ahead.",
            "The government and the unions reached a deal.",
        ),
        ("Should talks not succeed, the strike will go ahead.", "The talks succeeded."),
        ("In case the talks did not succeed, the strike would go ahead.", "The talks succeeded."),
        (
            "The bodies were not recovered and identified until Sunday.",
            "The bodies were recovered and identified on Sunday.",
        ),
    ],
)
def test_a_negation_that_asserts_no_opposite_is_none(first: str, second: str) -> None:
    assert [kind for kind, *_ in shown(first, second)] == []
    assert [kind for kind, *_ in shown(second, first)] == []
