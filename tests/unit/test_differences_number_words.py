"""Figures news writes in words beyond the tens: "two hundred and fifty" is one figure, and
"several hundred" a vague range (the known gaps of the last closing note: the first read
"fifty" alone, a false "fifty vs 250"; the second read "hundred", a false "hundred vs about
300")."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


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
