"""The charge a killing is brought as, as a reader of two matched claims sees it."""

from __future__ import annotations

from .test_differences import differences, kinds


def test_manslaughter_against_murder_is_a_charge_difference_with_both_values() -> None:
    found = [
        (d.kind, d.a, d.b, d.what)
        for d in differences(
            "The driver who hit the woman in Queens is facing manslaughter charges.",
            "The driver who hit the woman in Queens has been charged in her murder.",
        )
        if d.kind != "adds"
    ]
    assert found == [("name", "manslaughter", "murder", "charge")]
    assert kinds(
        "He was charged with first-degree murder in the office shooting.",
        "He was charged with second-degree murder in the office shooting.",
    ) == ("name",)


def test_one_charge_written_two_ways_or_listed_with_others_agrees() -> None:
    assert (
        kinds(
            "He was charged with first-degree murder in the office shooting.",
            "He was charged with murder in the office shooting.",
        )
        == ()
    )
    assert (
        kinds(
            "He faces manslaughter charges in the crash.",
            "He was charged with vehicular manslaughter, criminally negligent homicide and DWI"
            " in the crash.",
        )
        == ()
    )


def test_a_killing_named_without_a_charge_or_another_crime_is_no_charge() -> None:
    assert (
        kinds(
            "Police ruled the office shooting a homicide.",
            "He was charged with murder in the office shooting.",
        )
        == ()
    )
    assert (
        kinds(
            "He is charged with attempted murder in the office shooting.",
            "He is charged with manslaughter in the office shooting.",
        )
        == ()
    )
