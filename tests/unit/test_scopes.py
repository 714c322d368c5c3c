"""Which claims count a running total (``differences.scopes``)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.scopes import counts_a_running_total


@pytest.mark.parametrize(
    "text",
    [
        "So far, the navy has seized 31 magazines.",
        "The warship has confiscated 14 rifles in its five operations thus far.",
        "The storms have killed 40 people to date, officials said.",
        "Until now, 14 rifles had been seized.",
        "In the worst disaster to date, 300 people died; 40 have died so far this year.",
        "Police have made 40 arrests at the protest so far.",
        "Only 12 bodies have been found so far.",
        "The latest count to date is 40 dead.",
        "Most victims found so far were children, and 12 are missing.",
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
        "A total of 226 people died in the stampede.",
        "In total, 12 people were injured in the bus crash.",
        "Altogether 40 people were killed in the attack.",
        "Ford will cut 3,000 jobs in Germany this year.",
        "The fire, whose cause is so far unknown, destroyed 12 homes.",
        "Records were not up to date, and 80,000 homes had no power.",
        "The remains, thought to date from the 12th century, were found 3 metres down.",
        "The village is so far from the coast that 200 families were cut off.",
        "So far as officials know, 12 people died.",
        "The worst disaster to date killed 300 people.",
        "It was the largest drug seizure so far, 1.2 tonnes.",
        "Police made the most arrests in one night to date: 42.",
        "Her first win until now came in 2009 against 12 rivals.",
        "The country reported 300 deaths on Tuesday, the most so far.",
    ],
)
def test_one_event(text: str) -> None:
    assert not counts_a_running_total(text)
