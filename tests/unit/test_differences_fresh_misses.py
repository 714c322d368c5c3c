"""What the blind audits' stories showed still missed after 2026-12-07's first pass (helper-206:
a fraud verdict; helper-209: a chemical spill), as a reader of two matched claims sees it, and
what the readings must still leave alone."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "His attorney, Daniel Forsyth, said Thackeray would not appeal the verdict.",
            "His lawyer, Daniel Forsyth, said his client would appeal.",
            [("negation", "not appeal", "appeal", "appeal verdict")],
        ),
        (
            "Tavy Water shut its river intake at Elsmere on Wednesday.",
            "Tavy Water has not shut its intake, a spokesperson said.",
            [("negation", "shut", "not shut", "shut intake")],
        ),
        (
            "Mayor Ellen Hart did not resign her seat on Monday.",
            "Mayor Ellen Hart resigned, the council said.",
            [("negation", "not resign", "resigned", "resign seat")],
        ),
    ],
)
def test_a_denied_verb_is_set_against_the_verb_acting_on_its_object_or_on_nothing(
    first: str, second: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """The word right after the verb differs ("its river intake" / "its intake"), or the
    other claim's clause ends on the verb ("would appeal.")."""
    assert shown(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another object
        ("He did not attend the meeting.", "He attended the funeral on Friday."),
        # a small word after the verb ends no clause on it; whose the object is is no object
        ("The gunman did not kill the guard.", "The gunman killed himself."),
        ("Police released 3 suspects.", "Police did not release the suspects' names."),
        # someone else does it: no word before the verb shared
        ("Smith will not appeal the verdict.", "Prosecutors said they would appeal."),
    ],
)
def test_a_denied_verb_leaves_other_objects_and_subjects_alone(first: str, second: str) -> None:
    assert kinds(first, second) == ()
