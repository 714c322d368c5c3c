"""Kinds of error read on the fourth batch of differences gold (issue 13, round 8), as a reader
of two matched claims sees them: each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

from .test_differences import _matched_pair, differences, kinds, shown


def test_a_figure_before_a_compound_counts_its_last_word_not_the_first() -> None:
    """ "two pirate boats" counts boats of pirates: no disagreement with "23 pirates"."""
    assert (
        kinds(
            "Commandos seized rifles from the pirates on board the two pirate boats.",
            "The arrest of the 23 pirates and the arms haul is the largest such seizure.",
        )
        == ()
    )
    assert kinds("26 pirates arrested", "Indian Naval Ship Interdicts Three Pirate Vessels") == ()
    found = shown("They had come in two pirate boats.", "They had come in three pirate boats.")
    assert found == [("number", "two", "three", "pirate boats")]


def test_could_be_seen_is_what_was_seen_not_a_hedge() -> None:
    assert (
        kinds(
            "Police with guns could be seen going into the building, and workers could later be"
            " seen walking quickly out.",
            "Officers were going into the building and workers were walking quickly out.",
        )
        == ()
    )
    assert kinds("The climbers could be dead.", "The climbers are dead.") == ("hedge",)


def test_allegedly_against_a_killing_by_someone_unnamed_is_no_hedge() -> None:
    """The caution of "allegedly" is on who did it; "by a motorist" names no one."""
    assert (
        kinds(
            "The driver allegedly hit a 66-year-old woman near a Bloomington parking lot.",
            "The 66-year-old woman was struck and killed by a motorist in Bloomington.",
        )
        == ()
    )
    assert kinds(
        "The driver allegedly hit a 66-year-old woman near a Bloomington parking lot.",
        "The 66-year-old woman was hit by LaSalle near a Bloomington parking lot.",
    ) == ("hedge",)


def test_criminally_negligent_homicide_is_manslaughter_written_another_way() -> None:
    assert (
        kinds(
            "A driver has been charged with DWI and criminally negligent homicide after he struck"
            " and killed a woman in Queens.",
            "A woman has died after being hit by a car in Queens, and the driver is facing"
            " manslaughter charges.",
        )
        == ()
    )
    assert kinds(
        "The driver was charged with criminally negligent homicide in the woman's death.",
        "The driver was charged in her murder.",
    ) == ("name",)


def test_a_role_and_a_person_named_with_that_role_are_one_source() -> None:
    assert (
        kinds(
            "Indian forces repulsed the pirates as they were about to board the merchant ship,"
            " navy spokesman Commander Nirad Sinha said.",
            "The destroyer INS Mysore intervened and repulsed the pirates as they were about to"
            " board the merchant ship, a Navy spokesman said.",
        )
        == ()
    )
    assert kinds(
        "The wounded men were taken to hospital, hospital spokesman Tim Fanning said.",
        "The wounded men were taken to hospital, a Navy spokesman said.",
    ) == ("source",)


def test_reported_to_be_hedges_as_said_to_be_does() -> None:
    assert kinds(
        "Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.",
        "The apprehended included 12 Somalis and 11 Yemenis.",
    ) == ("hedge",)
    assert (
        kinds(
            "Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.",
            "Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen.",
        )
        == ()
    )


def test_a_source_named_by_a_surname_spelt_another_way_is_a_name_difference() -> None:
    """A name opening a sentence is no entity of its claim, but as the source it is a person."""
    found = shown(
        "Wolfe said the families of the wounded men requested privacy.",
        "Beaumont Hospital spokeswoman Ilene Wolff said the families of the wounded men asked"
        " for privacy.",
    )
    assert found == [("name", "Wolfe", "Ilene Wolff", "spelling of a name")]
    assert (
        kinds(
            "Wolff said the families of the wounded men requested privacy.",
            "Hospital spokeswoman Ilene Wolff said the families of the wounded men asked for"
            " privacy.",
        )
        == ()
    )


def test_a_plural_inside_a_name_misspells_it() -> None:
    assert kinds(
        "Jackman will host, the Academy of Motion Picture Arts and Sciences announced on Friday.",
        "The Academy of Motion Pictures Arts and Sciences said Jackman will host.",
    ) == ("name",)
    assert (
        kinds(
            "Jackman will host the Academy Awards in Hollywood, the producers said.",
            "Jackman will host the Academy Award ceremony in Hollywood, the producers said.",
        )
        == ()
    )
    assert (
        kinds(
            "The clinic was hit by both Hurricanes Katrina and George.",
            "The clinic was hit by Hurricane Katrina.",
        )
        == ()
    )


def test_other_things_are_counted_against_other_things_only() -> None:
    found = shown(
        "Commandos seized seven AK-47 assault rifles, two other rifles and a grenade launcher.",
        "The cache included seven AK-47 rifles, a grenade launcher and three other assault rifles.",
    )
    assert found == [("number", "two", "three", "other rifles")]
    assert (
        kinds(
            "Commandos seized seven AK-47 assault rifles, two other rifles and a grenade launcher.",
            "The cache included nine rifles and a grenade launcher.",
        )
        == ()
    )


def test_a_relative_or_a_person_who_describes_or_testifies_is_a_source() -> None:
    assert kinds(
        "Chohan had been walking alongside the parked cars when she was struck, police said.",
        "The victim's nephew said Chohan had been walking alongside the parked cars when she was"
        " struck.",
    ) == ("source",)
    assert kinds(
        "Scherlinck described the shooter as a former employee of one of the offices.",
        "Witnesses told Detroit broadcast stations that the shooter was a former employee.",
    ) == ("source",)
    assert kinds(
        "He walked into the office and stopped at the reception desk, Troy police Sgt. Barry"
        " Whiteside testified.",
        "He walked into the office and stopped at the reception desk, witnesses told police.",
    ) == ("source",)


def test_the_station_is_the_outlet_its_article_named_before(tmp_path: Path) -> None:
    station = (
        "A woman died after being struck by a driver, according to a report from WCCO-TV.\n"
        "The woman was walking in a crosswalk around 7 p.m. when she was hit, the station also"
        " reported.\n"
    )
    police = "Police said the woman was walking in a crosswalk around 7 p.m. when she was hit.\n"
    assert _matched_pair(tmp_path, station, police, "the station also reported") == (
        "source: the station [a report WCCO-TV] vs police",
    )
    alone = (
        "The woman was walking in a crosswalk around 7 p.m. when she was hit, the station said.\n"
    )
    assert _matched_pair(tmp_path, alone, police, "the station said") == ()


def test_claims_before_a_pronoun_hedges_unless_the_other_claim_credits_someone_too() -> None:
    assert kinds(
        "MSNBC is reporting that the Indian Navy claims they have captured 23 pirates.",
        "The Indian Navy on Saturday captured 23 pirates.",
    ) == ("hedge",)
    assert (
        kinds(
            "MSNBC is reporting that the Indian Navy claims they have captured 23 pirates.",
            "The Indian navy said it has captured 23 pirates.",
        )
        == ()
    )


def test_a_count_is_not_set_against_another_when_the_other_claim_gives_it_uncounted() -> None:
    """ "two crew members" against "21 crew included two who were hurt" (a review's find):
    the other claim's "two" may count the hurt crew members; a "two" that counts something
    else ("two rockets") leaves the disagreement."""
    assert (
        kinds(
            "Two crew members were hurt aboard the ship.",
            "The ship's 21 crew included two who were hurt.",
        )
        == ()
    )
    assert (
        kinds(
            "Four board members resigned on Monday.",
            "Four of the board's 12 members resigned on Monday.",
        )
        == ()
    )
    found = shown(
        "They seized two other rifles.",
        "They seized three other assault rifles and a launcher with two rockets.",
    )
    assert found == [("number", "two", "three", "other rifles")]
    assert kinds("Five people died in the crash.", "24 people died in 5 towns.") == ("number",)


def test_inside_a_persons_name_a_longer_spelling_is_no_people_of_a_place() -> None:
    """ "Somali" / "Somalia" inside the name of a government is one name; "Christin" /
    "Christina" inside a person's name is one spelt two ways (a review found it passed over)."""
    spelt = [
        (d.kind, d.what)
        for d in differences("Anna Christin Lopez said it.", "Anna Christina Lopez said it.")
    ]
    assert spelt == [("name", "spelling of a name")]
    assert (
        kinds(
            "The Transitional Somali Federal Government said it.",
            "The Transitional Somalia Federal Government said it.",
        )
        == ()
    )
