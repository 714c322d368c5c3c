"""Kinds of error read on the development gold in round 9 of the differences label (issue 13),
as a reader of two matched claims sees them: each test fails without its rule."""

from __future__ import annotations

from .test_differences import differences, kinds


def _found(first: str, second: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a, d.b) for d in differences(first, second) if d.kind != "adds"]


def test_two_clock_times_of_a_scene_placed_by_a_name_are_a_date_difference() -> None:
    """The clauses share only a name of the scene: his car, the road."""
    assert _found(
        "Williams, 32, was going west in his 2008 Bentley about 1:30 a. m., CHP Officer Brian"
        " Pennings said.",
        "According to authorities, he was driving his Bentley at about 1:00 am Sunday on"
        " highway 94 when the cops stopped him.",
    ) == [("date", "about 1:30 a. m.", "about 1:00 am")]
    assert _found(
        "Jackson, 25, was driving east on state Route 52 near Interstate 805 just after"
        " 2:30 a.m. when he was pulled over.",
        "Jackson failed sobriety tests shortly after 2 a.m. on State Route 52 in San Diego.",
    ) == [("date", "just after 2:30 a.m.", "shortly after 2 a.m.")]


def test_clock_times_sharing_only_a_first_word_or_nothing_date_two_events() -> None:
    """A sentence's first word is capitalised whatever it is: "Jackson failed" and "Police
    apprehended Jackson" share no scene by it."""
    assert (
        kinds(
            "Jackson failed sobriety tests shortly after 2 a.m. on a highway.",
            "Police apprehended Jackson at about 2:30 a.m. and booked him.",
        )
        == ()
    )
    assert (
        kinds(
            "Tim Fanning said the gunman came in around 4 p.m. local time.",
            "Nigel Hacker said he was in his office waiting for people at about 4:20 p.m.",
        )
        == ()
    )


def test_days_share_no_event_by_a_name() -> None:
    """The victim is named in every clause of the story: Thursday dates the identification."""
    assert (
        kinds(
            "LuAnn Marie Johnson, 66, of Burnsville was killed Wednesday night when LaSalle"
            " struck her.",
            "Police identified the victim on Thursday as LuAnn Marie Johnson of Burnsville.",
        )
        == ()
    )


def test_clock_times_minutes_apart_are_one_time_in_round_figures() -> None:
    assert (
        kinds(
            "Raj Chohan was walking on 117th Street near 97th Avenue at around 7 p. m. when a"
            " car struck her.",
            "Police responded to the crash on 117th Street and 97th Avenue at 7:01 p. m. on"
            " Friday.",
        )
        == ()
    )
    assert _found(
        "Raj Chohan was walking on 117th Street at around 7 p. m. when a car struck her.",
        "Raj Chohan was walking on 117th Street at around 7:20 p. m. when a car struck her.",
    ) == [("date", "around 7 p. m.", "around 7:20 p. m.")]


def test_words_nearer_another_time_are_not_what_a_day_dates() -> None:
    """Monday dates the walk into the office, "last week" the firing; Tuesday the verdict, not
    the April 2007 shooting at the firm."""
    assert (
        kinds(
            "LaCalamita had been fired last Thursday as a general accountant at the firm.",
            "A man who was fired last week from his job at an accounting firm in suburban Detroit"
            " walked into his former office with a shotgun on Monday.",
        )
        == ()
    )
    assert (
        kinds(
            "A Michigan man shot to death one person and injured two others Monday at the"
            " suburban Detroit accounting firm.",
            "A jury on Tuesday convicted a man charged in an April 2007 shooting at a Troy"
            " accounting firm.",
        )
        == ()
    )


def test_a_day_still_dates_the_words_nearest_it() -> None:
    assert _found(
        "A man who was fired last week walked into his former office with a shotgun on Monday.",
        "A man walked into his former office with a shotgun on Tuesday.",
    ) == [("date", "Monday", "Tuesday")]
    assert _found(
        "The clinic, founded in 1990, was hit by the storm on Friday.",
        "The clinic was hit by the storm on Saturday.",
    ) == [("date", "Friday", "Saturday")]


def test_a_sum_a_year_is_a_rate_set_only_against_a_rate() -> None:
    assert (
        kinds(
            "O'Brien still has $8 million left on the contract he signed.",
            "O'Brien signed a deal that paid him about $4 million a year.",
        )
        == ()
    )
    assert _found(
        "O'Brien signed a deal that paid him $3 million a year.",
        "O'Brien signed a deal that paid him about $4 million per year.",
    ) == [("number", "$3 million", "about $4 million")]


def test_a_duration_before_a_noun_measures_that_noun() -> None:
    """ "a three-year deal" is the deal's length: no disagreement with "two years left"."""
    assert (
        kinds(
            "O'Brien still has two years left on the contract he signed three weeks ago.",
            "O'Brien just finished the first year of a three-year contract.",
        )
        == ()
    )
    assert _found(
        "O'Brien signed a three-year contract with the Sixers.",
        "O'Brien signed a four-year contract with the Sixers.",
    ) == [("number", "three-year", "four-year")]


def test_a_place_head_and_the_name_after_of_are_one_place() -> None:
    """ "Gulf of Eden" is another place of the head "Gulf" than "Gulf of Aden", as "Tasman
    Glacier" is than "Mueller Glacier"."""
    assert _found(
        "INS Sukanya foils piracy attempt in Gulf of Eden",
        "An Indian warship intercepted three boats in the Gulf of Aden on Thursday.",
    ) == [("name", "Gulf of Eden", "Gulf of Aden")]
    assert (
        kinds(
            "INS Sukanya foils piracy attempt in Gulf of Aden",
            "An Indian warship intercepted three boats with 26 Somali pirates off Aden.",
        )
        == ()
    )
    assert (
        kinds(
            "The pirates attacked a ship in the Gulf of Aden.",
            "The pirates attacked a ship in the Gulf on Friday.",
        )
        == ()
    )


def test_a_source_the_other_claim_names_as_saying_it_tells_the_same_chain() -> None:
    """The ship's distress call is what the ministry's statement reports."""
    assert (
        kinds(
            "INS Mysore received a distress call from Ethiopian-flagged MV Gibe saying two boats"
            " were closing in and firing, a Defence Ministry statement said.",
            "The Gibe reported that two boats were firing small arms at it.",
        )
        == ()
    )
    assert _found(
        "INS Mysore received a distress call saying two boats were closing in and firing, a"
        " Defence Ministry statement said.",
        "The Gibe reported that two boats were firing small arms at it.",
    ) == [("source", "a Defence Ministry statement", "The Gibe")]


def test_a_phrase_right_after_a_day_says_what_the_act_was_on_not_the_act() -> None:
    """Monday dates the court appearance, Saturday the charge: they share only the charge."""
    assert (
        kinds(
            "His accused killer made a brief appearance in provincial court Monday on a charge"
            " of first-degree murder.",
            "Kirkpatrick surrendered and was charged Saturday with first-degree murder.",
        )
        == ()
    )
    assert _found(
        "Kirkpatrick was charged Monday with first-degree murder.",
        "Kirkpatrick surrendered and was charged Saturday with first-degree murder.",
    ) == [("date", "Monday", "Saturday")]


def test_a_name_after_its_kind_is_misspelt_by_a_final_s() -> None:
    assert _found(
        "When Hurricane George destroyed the clinic in 1998, she made house calls.",
        "She served the community after 1998's Hurricane Georges destroyed the clinic.",
    ) == [("name", "Hurricane George", "Hurricane Georges")]
    assert (
        kinds(
            "The clinic was hit by Hurricanes Katrina and Rita in 2005.",
            "The clinic was hit by Hurricane Katrina in 2005.",
        )
        == ()
    )
    assert (
        kinds(
            "Jackson of the San Diego Chargers was arrested.",
            "Jackson, a San Diego Charger, was arrested.",
        )
        == ()
    )


def test_clock_times_sharing_only_a_name_of_the_story_date_two_events() -> None:
    """A person, a place or an agency is named of every event of a story; only a thing of the
    scene (his car, a numbered road) places two times at one event."""
    for first, second in (
        (
            "Officers said Jackson failed sobriety tests shortly after 2 a.m. on a highway.",
            "Police said they booked Jackson into jail at about 3:30 a.m.",
        ),
        (
            "The quake struck off Sumatra at 3:15 p.m. local time.",
            "A tsunami warning for Sumatra was lifted at 5:45 p.m.",
        ),
        (
            "The USGS said the first quake hit at 3:15 p.m.",
            "The USGS issued its last update at 5:45 p.m.",
        ),
    ):
        assert kinds(first, second) == (), (first, second)


def test_two_exact_clock_times_minutes_apart_disagree() -> None:
    """Only a time in round figures (on the hour or the half hour) stands for one minutes
    off; the same minutes off the hour are as far at 1 p.m. as at 7 p.m."""
    assert _found(
        "The first bomb exploded at 2:49 p.m. near the finish line.",
        "The first bomb exploded at 2:45 p.m. near the finish line.",
    ) == [("date", "2:49 p.m.", "2:45 p.m.")]
    for hour in (1, 7):
        assert _found(
            f"The first bomb exploded at {hour}:00 p.m. near the finish line.",
            f"The first bomb exploded at {hour}:06 p.m. near the finish line.",
        ) == [("date", f"{hour}:00 p.m.", f"{hour}:06 p.m.")]
    assert (
        kinds(
            "The crash happened at about 11:58 p.m. on Route 9.",
            "The crash happened at 12 a.m. on Route 9.",
        )
        == ()
    )


def test_a_common_noun_after_a_kind_keeps_its_plural() -> None:
    """ "Park Rangers" and "a Park Ranger" are grammar, not a name spelt two ways."""
    for first, second in (
        ("Park Rangers found the hikers on Sunday.", "A Park Ranger found the hikers on Sunday."),
        ("The gunmen fled in two Range Rovers.", "The gunmen fled in a Range Rover."),
        (
            "The County Commissioners voted on the plan.",
            "The County Commissioner voted on the plan.",
        ),
        (
            "Hurricane Hunters flew into the storm on Monday.",
            "A Hurricane Hunter plane flew into the storm on Monday.",
        ),
        (
            "Storm Chasers filmed the tornado near Moore.",
            "A Storm Chaser filmed the tornado near Moore.",
        ),
    ):
        assert kinds(first, second) == (), (first, second)


def test_a_place_named_with_of_clashes_only_with_another_so_named() -> None:
    """One sea has two names; the coast of a gulf is no gulf."""
    assert (
        kinds("The missile fell into the Sea of Japan.", "The missile fell into the East Sea.")
        == ()
    )
    assert (
        kinds("The spill reached the Gulf of Mexico coast.", "The spill reached the Gulf Coast.")
        == ()
    )
    assert _found(
        "Pirates seized the tanker in the Gulf of Aden on Friday.",
        "Pirates seized the tanker in the Gulf of Oman on Friday.",
    ) == [("name", "Gulf of Aden", "Gulf of Oman")]
