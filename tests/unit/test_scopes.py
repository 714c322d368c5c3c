"""Which claims count a running total (``differences.scopes``)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.scopes import counts_a_running_total


@pytest.mark.parametrize(
    "text",
    [
        "So far, the navy has seized 31 magazines.",
        "The warship has confiscated 14 rifles in its five operations thus far.",
        "INS Sukanya has seized a total of 14 AK-47 rifles.",
        "He has scored 20 goals this season.",
        "Twelve people died in all.",
        "The storms have killed 40 people to date, officials said.",
    ],
)
def test_a_running_total(text: str) -> None:
    assert counts_a_running_total(text)


@pytest.mark.parametrize(
    "text",
    [
        "During the operation, 12 magazines were seized.",
        "The farm is far from the town, and 12 sheep died.",
        "In all cases the pilots landed safely.",
        "The total cost was $5 million.",
        "Last year 30 people died.",
    ],
)
def test_one_event(text: str) -> None:
    assert not counts_a_running_total(text)
