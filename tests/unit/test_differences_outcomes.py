"""A count of people is set against another by what befell them: "Six injured", "Six were
injured" and "Eight people were injured" all count the injured (a new user's audit: the three
were `same`, the counts shown only as added details), and "Two people were killed" is not
set against "Five people were injured"."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Six were injured when the footbridge collapsed on Tuesday.",
            "Eight people were injured when the footbridge collapsed on Tuesday.",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six injured as footbridge collapses into river",
            "Eight people were injured when the footbridge collapsed into the river.",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six people were hurt when the footbridge collapsed.",
            "Eight were seriously injured when the footbridge collapsed.",
            ("Six", "Eight", "hurt"),
        ),
        (
            "Six were also injured when the footbridge collapsed on Tuesday.",
            "Eight people were injured when the footbridge collapsed on Tuesday.",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six People Were Seriously Injured As Footbridge Collapses",
            "Eight people were injured when the footbridge collapsed on Tuesday.",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six Were Injured As Footbridge Collapses",
            "Eight Were Injured As Footbridge Collapses",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six people were feared dead after the footbridge collapsed.",
            "Eight people died when the footbridge collapsed.",
            ("Six", "Eight", "dead"),
        ),
    ],
)
def test_counts_of_one_outcome_disagree_whether_or_not_they_say_people(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("number", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Two people were killed when the footbridge collapsed.",
            "Five people were injured when the footbridge collapsed.",
        ),
        (
            "Six people were arrested after the footbridge collapsed.",
            "Eight people were injured when the footbridge collapsed.",
        ),
        ("No one was injured when the footbridge collapsed.", "Six people were hurt there."),
    ],
)
def test_counts_of_two_outcomes_are_not_set_against_each_other(first: str, second: str) -> None:
    assert "number" not in kinds(first, second)
