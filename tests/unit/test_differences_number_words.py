"""Figures news writes in words beyond the tens: "two hundred and fifty" is one figure, and
"several hundred" a vague range (the known gaps of the last closing note: the first read
"fifty" alone, a false "fifty vs 250"; the second read "hundred", a false "hundred vs about
300")."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.compare import read_slots
from mkdocs_claimdiff.differences.slots import WORDS

from .test_differences import claim, kinds, shown


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Two hundred and fifty people were evacuated.", "250 people were evacuated."),
        ("Two hundred fifty people were evacuated.", "250 people were evacuated."),
        ("A hundred and twenty passengers were on board.", "120 passengers were on board."),
        ("One hundred and five passengers were on board.", "105 passengers were on board."),
        ("Two hundred and forty-five people were hurt.", "245 people were hurt."),
    ],
)
def test_a_hundred_and_what_follows_it_are_one_figure(words: str, digits: str) -> None:
    assert kinds(words, digits) == ()


def test_a_figure_in_hundreds_and_tens_disagrees_as_a_whole() -> None:
    assert shown("Two hundred and fifty people were evacuated.", "300 people were evacuated.") == [
        ("number", "Two hundred and fifty", "300", "evacuated")
    ]


def test_a_range_in_hundreds_is_one_range() -> None:
    """ "one hundred and two hundred" is neither 102 nor "two hundred" alone (which called
    "150" a difference): "and" before a scale ends a figure, and a range's low end keeps its
    own scale."""
    ranged = "Between one hundred and two hundred people gathered."
    assert kinds(ranged, "150 people gathered.") == ()
    assert kinds(ranged, "102 people gathered.") == ()
    assert shown(ranged, "300 people gathered.") == [
        ("number", "Between one hundred and two hundred", "300", "gathered")
    ]
    assert kinds("Between 1 million and 2 million people fled.", "1.5 million fled.") == ()


@pytest.mark.parametrize(
    "other",
    [
        "About 300 people gathered outside the court.",
        "Some 200 people gathered outside the court.",
        "Around 800 people gathered outside the court.",
        "Hundreds of people gathered outside the court.",
        "Several hundred people gathered outside the court.",
    ],
)
def test_several_hundred_agrees_with_a_figure_in_its_hundreds(other: str) -> None:
    assert kinds("Several hundred people gathered outside the court.", other) == ()
    assert kinds("A few hundred people gathered outside the court.", other) == ()


@pytest.mark.parametrize(
    ("vague", "other", "told"),
    [
        ("Several hundred people gathered.", "About 2,000 people gathered.", "about 2,000"),
        ("Several thousand people gathered.", "About 300 people gathered.", "about 300"),
        ("A few thousand people gathered.", "Fifty people gathered.", "Fifty"),
    ],
)
def test_several_hundred_disagrees_with_a_figure_far_outside_it(
    vague: str, other: str, told: str
) -> None:
    (difference,) = shown(vague, other)
    assert difference[0] == "number"
    assert difference[1] == vague.split(" people")[0]
    assert difference[2] == told


@pytest.mark.parametrize(
    ("twenty_four", "twelve"),
    [
        ("The meeting began at 14:30 on Tuesday.", "The meeting began at 2:30 p.m. on Tuesday."),
        ("The blast happened at 09:15 local time.", "The blast happened at 9:15 a.m. local time."),
        ("The train left at 22:40.", "The train left at 10:40 p.m."),
        ("The polls closed at 20:00.", "The polls closed at 8 p.m."),
    ],
)
def test_a_time_on_the_24_hour_clock_is_the_same_time_on_the_12_hour_clock(
    twenty_four: str, twelve: str
) -> None:
    assert kinds(twenty_four, twelve) == ()


def test_two_times_on_the_24_hour_clock_that_disagree() -> None:
    assert shown(
        "The meeting began at 14:30 on Tuesday.", "The meeting began at 16:30 on Tuesday."
    ) == [("date", "14:30", "16:30", "time")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The verse John 10:30 was read aloud.", "The verse John 11:30 was read aloud."),
        ("Arsenal led 2:1 at the break.", "Arsenal led 3:1 at the break."),
    ],
)
def test_a_verse_or_a_score_is_no_time(first: str, second: str) -> None:
    assert all(kind != "date" for kind, *_ in shown(first, second))


def test_an_age_told_after_a_title_is_that_persons_age() -> None:
    """ "81-year-old president" against "the president, 78," went unread."""
    assert shown(
        "The 81-year-old president was taken to hospital.",
        "The president, 78, was taken to hospital.",
    ) == [("number", "81-year-old", "78", "age")]
    assert (
        kinds(
            "The 81-year-old president was taken to hospital.",
            "The president, 81, was taken to hospital.",
        )
        == ()
    )


def test_a_scale_after_the_tens_multiplies_the_whole_figure() -> None:
    assert (
        kinds("Two hundred and fifty thousand people attended.", "250,000 people attended.") == ()
    )
    assert shown("One hundred and fifty thousand people attended.", "200,000 people attended.") == [
        ("number", "One hundred and fifty thousand", "200,000", "attended")
    ]


def test_several_dozen_is_a_vague_range_of_dozens() -> None:
    assert kinds("Several dozen people attended.", "About 40 people attended.") == ()
    assert kinds("A few dozen people attended.", "About 400 people attended.") == ("number",)


def _times(text: str) -> list[float]:
    return [q.value for q in read_slots(claim(text), WORDS).quantities if q.what == "time"]


def test_a_time_only_the_24_hour_clock_writes_is_read_as_one() -> None:
    assert _times("The meeting began at 14:30 on Tuesday.") == [14.5]
    assert _times("Police arrived at 09:15 local time.") == [9.25]
    assert _times("At 22:40, the train left.") == [22 + 40 / 60]


@pytest.mark.parametrize(
    "text",
    [
        "Police were called at 11:15 on Saturday night.",  # 11:15 may be at night
        "The fire broke out at 12:30 Sunday morning.",
        "The score stood at 21:17 at the break.",  # a score
        "The ratio rose to 15:20 on Friday.",
    ],
)
def test_a_time_the_12_hour_clock_may_write_or_a_score_is_no_24_hour_time(text: str) -> None:
    assert _times(text) == []


def test_a_count_after_the_comma_of_an_attribution_is_no_age() -> None:
    """ "According to the mayor, 20 homes" read 20 as the mayor's age (helper-147's review)."""
    assert shown(
        "According to the mayor, 20 homes were destroyed.",
        "The mayor said 25 homes were destroyed.",
    ) == [("number", "20", "25", "homes")]
    assert (
        kinds(
            "According to the mayor, 20 people died.", "The 62-year-old mayor said 20 people died."
        )
        == ()
    )


def test_a_title_says_whose_age_it_is_not_who_else_it_is_not() -> None:
    assert kinds(
        "The 81-year-old president was taken to hospital.",
        "The 78-year-old leader was taken to hospital.",
    ) == ("number",)


def test_ages_of_two_people_named_are_not_set_against_each_other() -> None:
    """Both claims name both climbers: Rait's age is not Buckley's (eleventh batch)."""
    assert (
        kinds(
            "Mr Buckley's death came a day after 36-year-old Duncan Rait was killed.",
            "The day after Rait's death, 31-year-old Robert Buckley of the U.K. slipped on ice.",
        )
        == ()
    )
    assert kinds("36-year-old Duncan Rait was killed.", "35-year-old Duncan Rait was killed.") == (
        "number",
    )


def test_words_that_also_open_a_score_do_not_hide_a_time() -> None:
    """ "set", "lead" and "level" were read as a score's (helper-148's review)."""
    assert shown(
        "The ceasefire was set to take effect at 07:00 GMT.",
        "The ceasefire was set to take effect at 09:00 GMT.",
    ) == [("date", "07:00", "09:00", "time (GMT)")]


def test_two_trades_are_two_people_a_general_title_anyone() -> None:
    assert (
        kinds(
            "A 32-year-old journalist was killed in the strike.",
            "A 29-year-old photographer was killed in the strike.",
        )
        == ()
    )
    assert kinds("The reporter, 29, was killed.", "The photographer, 35, was killed.") == ()
    assert kinds(
        "The president, 81, was taken to hospital.", "The leader, 78, was taken to hospital."
    ) == ("number",)


def test_one_trade_called_two_ways_is_one_person() -> None:
    assert kinds(
        "The 42-year-old reporter was detained.", "The 43-year-old journalist was detained."
    ) == ("number",)


def test_a_sides_standing_before_the_figures_makes_them_a_score() -> None:
    assert _times("Germany led at 14:12 at half-time.") == []
    assert _times("The river reached its highest level at 14:30 on Sunday.") == [14.5]
