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
            "Six Were Injured As Footbridge Collapses",
            "Eight Were Injured As Footbridge Collapses",
            ("Six", "Eight", "injured"),
        ),
        (
            "Six people were feared dead after the footbridge collapsed.",
            "Eight people died when the footbridge collapsed.",
            ("Six", "Eight", "dead"),
        ),
        # A verb before the count says what befell them (a new user's audit: "three people
        # died" against "The crash killed five people" was `same`, both figures added).
        (
            "Three people died in the crash.",
            "The crash killed five people.",
            ("Three", "five", "died"),
        ),
        (
            "The gunman killed two people and injured three others.",
            "Two people were killed and four were hurt.",
            ("three", "four", "injured"),
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


def test_counts_of_one_outcome_told_two_ways_agree() -> None:
    assert (
        kinds("Gunman kills 1, injures 2 at the office", "1 dead, 2 hurt in office shooting") == ()
    )
    assert (
        kinds("The blast killed at least 12 people.", "Twelve people were killed in the blast.")
        == ()
    )


def test_no_injuries_against_a_count_of_the_injured_is_a_negation() -> None:
    """ "No injuries were reported" against "Two people were injured" was only a source
    difference (a new user's audit); "No one was injured" already was a negation."""
    assert shown("No injuries were reported, police said.", "Two people were injured.") == [
        ("negation", "No injuries", "injured", "injuries reported")
    ]
    assert kinds("There were no deaths.", "One person died in the fire.") == ("negation",)
    assert kinds(
        "There were no casualties.", "Police killed the gunman, and 3 officers were injured."
    ) == ("negation",)
    # Injured, but not counted: maybe in another fire; a year or a count of trucks counts no one.
    assert kinds("No injuries were reported in the fire.", "People were injured in a fire.") == ()
    assert (
        kinds("No injuries were reported in the fire.", "In 2019, people were injured in a fire.")
        == ()
    )
    assert (
        kinds("No injuries were reported.", "2 trucks collided and the drivers were injured.") == ()
    )


def test_a_figure_in_words_agrees_with_the_same_in_digits_and_not_with_another() -> None:
    assert kinds("Twenty four people were killed.", "24 people were killed.") == ()
    assert shown("Twenty four people were killed.", "25 people were killed.") == [
        ("number", "Twenty four", "25", "killed")
    ]
    assert kinds("Sixty-one passengers were on board.", "61 passengers were on board.") == ()
    assert shown("Sixty-one passengers were on board.", "63 passengers were on board.") == [
        ("number", "Sixty-one", "63", "passengers")
    ]
    assert shown("A twenty-one-year-old man was held.", "A twenty-five-year-old man was held.") == [
        ("number", "twenty-one-year-old", "twenty-five-year-old", "age")
    ]
    # A figure the claim gives bare, in words too: "for seventeen" against "seventeen seasons".
    assert (
        kinds(
            "He played for 11 seasons and served as an assistant coach for seventeen.",
            "He was an assistant coach for seventeen seasons.",
        )
        == ()
    )
    # "12 noon" is noon, the twelve no count of its own.
    assert kinds("The attack began around noon.", "The attack began at 12:05 p.m.") == ()
    assert shown("The attack began at 12 noon.", "The attack began at 11 a.m.") == [
        ("date", "12 noon", "11 a.m.", "time")
    ]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "Police arrested five people after the riot.",
            "Seven people were arrested after the riot.",
            ("five", "Seven", "arrested"),
        ),
        (
            "Police detained three people at the border.",
            "Five people were detained at the border.",
            ("three", "Five", "detained"),
        ),
        (
            "Helicopters rescued 40 people from the roofs.",
            "Twenty-two people were rescued from the roofs.",
            ("40", "Twenty-two", "rescued"),
        ),
        (
            "Officials evacuated 300 people from the valley.",
            "About 2,000 people were evacuated from the valley.",
            ("300", "about 2,000", "evacuated"),
        ),
    ],
)
def test_a_count_after_a_verb_of_arrest_or_rescue_is_set_against_the_passive_count(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    """helper-139's probe: "Police arrested five people" against "Seven people were arrested"
    was called the same, as killing and injuring no longer were."""
    assert shown(first, second) == [("number", *values)]


def test_a_count_arrested_is_not_set_against_a_count_injured() -> None:
    assert (
        kinds(
            "Police arrested five people after the riot.", "Seven people were injured in the riot."
        )
        == ()
    )
    assert kinds("Police arrested five people.", "Five people were arrested.") == ()


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The death toll rose to 24.",
            "The earthquake killed five people.",
            ("24", "five", "killed"),
        ),
        (
            "The death toll has now risen to 24, officials said.",
            "Five people were killed, officials said.",
            ("24", "Five", "killed"),
        ),
        (
            "The death toll of 24 is the highest this year.",
            "The quake killed 30 people.",
            ("24", "30", "killed"),
        ),
        (
            "The death toll rose from 40 to 50.",
            "The death toll rose to 45.",
            ("50", "45", "killed"),
        ),
    ],
)
def test_a_death_toll_counts_the_killed(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    """helper-139's probe: "The death toll rose to 24" against "killed five" was the same."""
    assert shown(first, second) == [("number", *values)]


def test_a_death_toll_agrees_with_the_same_count_of_the_dead() -> None:
    assert shown("The death toll rose to 24.", "24 people were killed.") == []
    assert shown("The death toll stands at 24.", "At least 24 people died.") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Police arrested a further two men on Friday.", "Five men were arrested on Friday."),
        ("Police arrested another two men.", "Five men were arrested."),
        ("Police arrested an additional 3 people.", "Five people were arrested."),
    ],
)
def test_an_increment_before_a_count_counts_those_added(first: str, second: str) -> None:
    """helper-141's review: "a further two men" was set against "Five men" as "two more men"
    was not."""
    assert kinds(first, second) == ()


def test_a_figure_in_hundreds_is_one_figure() -> None:
    """ "Two hundred people were killed" read "Two" hundreds and "hundred" killed (helper-141)."""
    assert kinds("Two hundred people were killed.", "200 people were killed.") == ()
    assert shown("Two hundred people were killed.", "300 people were killed.") == [
        ("number", "Two hundred", "300", "killed")
    ]


def test_a_count_of_the_badly_hurt_is_set_against_all_the_hurt_only_when_larger() -> None:
    """Six seriously injured may be some of eight injured (helper-233's audit: "Three people
    were seriously injured" against "Eleven people were hurt, three of them seriously")."""
    assert (
        kinds(
            "Six People Were Seriously Injured As Footbridge Collapses",
            "Eight people were injured when the footbridge collapsed on Tuesday.",
        )
        == ()
    )
