"""The charge a killing is brought as, as a reader of two matched claims sees it."""

from __future__ import annotations

from .test_differences import kinds, shown


def test_manslaughter_against_murder_is_a_charge_difference_with_both_values() -> None:
    found = shown(
        "The driver who hit the woman in Queens is facing manslaughter charges.",
        "The driver who hit the woman in Queens has been charged in her murder.",
    )
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


def test_every_charge_of_a_list_counts_after_a_day_or_as_counts() -> None:
    """ "charged on Friday with third degree murder and three counts of criminal vehicular
    homicide" was read as murder alone, and set against "expected to face charges of criminal
    vehicular homicide" on an ECB+ story's first screen (helper-176's audit): the vehicular
    homicide is charged too, so the second claim says less, it does not disagree."""
    expected = "LaSalle is expected to face charges of criminal vehicular homicide and DWI."
    for charged in (
        "LaSalle was charged on Friday with third degree murder and three counts of criminal"
        " vehicular homicide.",
        "The charges include one count of third-degree murder and three counts of criminal"
        " vehicular homicide.",
    ):
        assert "name" not in kinds(charged, expected), charged
    assert kinds(
        "He was charged on Friday with first-degree murder.",
        "He was charged with second-degree murder.",
    ) == ("name",)


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


def test_a_homicide_is_a_charge_only_when_the_sentence_charges_it() -> None:
    """Review: "homicide detectives", "a homicide investigation" named no charge, yet were set
    against a murder charge."""
    for homicide in (
        "A 24-year-old man was arrested and charged on Friday, homicide detectives said.",
        "A 24-year-old man was charged on Friday after a two-week homicide investigation.",
        "A 24-year-old man was charged on Friday in the shooting, which police called a homicide.",
    ):
        assert kinds(homicide, "A 24-year-old man was charged with murder on Friday.") == ()
    assert kinds(
        "He was charged with first-degree intentional homicide in the shooting.",
        "He was charged with manslaughter in the shooting.",
    ) == ("name",)


def test_the_killing_a_charge_is_brought_for_is_no_second_charge() -> None:
    assert kinds(
        "He was charged with manslaughter in the murder of his wife.",
        "He was charged with murder in the death of his wife.",
    ) == ("name",)
    assert (
        kinds(
            "Police said the deaths were a murder-suicide and no one was charged.",
            "Police said no one was charged with manslaughter in the deaths.",
        )
        == ()
    )


def test_two_lists_of_the_same_charges_in_another_order_agree() -> None:
    assert (
        kinds(
            "He has been charged with vehicular manslaughter, negligent homicide and fleeing.",
            "Subryan was charged with criminally negligent homicide, vehicular manslaughter, "
            "leaving the scene of an accident resulting in death, and driving while intoxicated.",
        )
        == ()
    )


def test_a_homicide_of_no_grade_agrees_with_any_killing_charged() -> None:
    """A murder is a homicide: "charged with homicide" says less than "charged with murder",
    it does not disagree (a review found it a charge difference while a homicide of no grade
    already agreed with a negligent one). An intentional homicide is murder's grade."""
    for charge in ("murder", "manslaughter", "criminally negligent homicide"):
        assert (
            kinds(
                "He was charged with homicide in the shooting.",
                f"He was charged with {charge} in the shooting.",
            )
            == ()
        )
    assert (
        kinds(
            "He was charged with first-degree intentional homicide in the shooting.",
            "He was charged with first-degree murder in the shooting.",
        )
        == ()
    )
    assert kinds(
        "He was charged with first-degree homicide.", "He was charged with vehicular homicide."
    ) == ("name",)
