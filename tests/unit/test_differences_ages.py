"""Ages are one person's: a story gives several people's ages, and two ages disagree only when
they are the same person's."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Police pulled the 36-year-old driver over a few blocks away.",
            "The driver allegedly hit a 66-year-old woman near the parking lot.",
        ),
        (
            "A 32-year-old British climber died after falling from a mountain.",
            "A 36-year-old Australian climber died after falling about 150 metres.",
        ),
        (
            "The suspect, 38-year-old Anthony LaCalamita, was arrested on the interstate.",
            "Police identified the other victims as a 47-year-old man and a 48-year-old man.",
        ),
        (
            "Officers caught up with 23-year-old Vishwanand Subryan a few blocks away.",
            "A 59-year-old woman died after being struck by a vehicle a few blocks away.",
        ),
    ],
)
def test_ages_of_people_told_apart_are_no_difference(first: str, second: str) -> None:
    assert "number" not in kinds(first, second)
    assert "number" not in kinds(second, first)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres.",
            "The next day 31-year-old Robert Buckley of the U.K. fell to his death.",
            ("32-year-old", "31-year-old"),
        ),
        (
            "The 36-year-old driver was arrested a few blocks away.",
            "The 38-year-old driver was arrested nearby.",
            ("36-year-old", "38-year-old"),
        ),
        (
            "The 36-year-old Melbourne man fell 200 metres.",
            "A 37-year-old man fell 200 metres down an ice gully.",
            ("36-year-old", "37-year-old"),
        ),
        (
            "The 36-year-old, who had been living in Melbourne, fell 200 metres.",
            "A 37-year-old climber fell 200 metres.",
            ("36-year-old", "37-year-old"),
        ),
    ],
)
def test_ages_of_one_person_still_disagree(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert ("number", *values, "age") in shown(first, second)
