"""A count and some of what it counts, in one claim: "Fourteen passengers were injured, two of
them critically" gives fourteen injured, never sixteen, and "three of them in a critical
condition" counts those hurt so badly as "two of them critically" does (the new-user audit of
2026-12-07, where both were read wrong and two outlets' tolls shown as agreeing)."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    "total",
    [
        "Fourteen people were injured, two of them critically.",
        "Fourteen people were injured, two critically, the health authority said.",
        "Police said 14 people were hurt, including two children.",
        "Police said 14 people were hurt, including at least two children.",
        "Fourteen people were hurt, among them two firefighters.",
    ],
)
def test_some_of_a_count_is_never_added_to_it(total: str) -> None:
    assert "number" in kinds(total, "Sixteen people were injured, police said.")


def test_parts_of_a_total_still_add_up() -> None:
    """Figures of two groups, neither some of the other, still make the other claim's total."""
    assert kinds("12 Somalis and 11 Yemenis were arrested.", "23 pirates were arrested.") == ()
    assert kinds("Two men and three women were hurt.", "Five people were hurt.") == ()
    # "including" after a figure of another thing, which cannot hold them (helper-217's review)
    assert (
        kinds(
            "The navy seized two skiffs and detained the crews, including 12 Somalis and 11"
            " Yemenis.",
            "The navy detained 23 Somali and Yemeni pirates.",
        )
        == ()
    )


def test_those_in_a_critical_condition_are_those_critically_hurt() -> None:
    assert shown(
        "Fourteen passengers were injured, two of them critically.",
        "Fourteen passengers were injured, three of them in a critical condition.",
    ) == [("number", "two", "three", "critically")]
    assert (
        kinds(
            "Fourteen passengers were injured, two of them critically.",
            "Fourteen people were taken to hospital, two of them in a critical condition.",
        )
        == ()
    )
