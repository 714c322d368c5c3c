"""One value written two ways: what the digest gathers into one value of a line."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.values import one_value


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        ("source", "navy", "The Indian Navy"),
        ("source", "CHP Officer Brad Baehr", "he [Highway Patrol Officer Brad Baehr]"),
        ("source", "the statement [a Defence Ministry statement]", "a Defence Ministry release"),
        ("source", "DeGeneres", "Ellen DeGeneres"),
        ("name", "A.J. Smith", "Chargers General Manager A.J. Smith"),
        ("name", "Gaskin", "Inspector Dave Gaskin"),
        ("name", "third degree murder", "third-degree murder"),
        ("number", "about 150", "150"),
    ],
)
def test_one_value_written_two_ways(kind: str, first: str, second: str) -> None:
    assert one_value(kind, first, second) and one_value(kind, second, first)


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        ("source", "Troy police Lt. Gerry Scherlinck", "Troy Police Chief Charles Craft"),
        ("source", "Officer Brad Baehr", "he [California Highway Patrol Officer Ray Scheidnes]"),
        ("source", "police", "witnesses"),
        (  # the names in brackets are compared, not the words the claims use ("the statement")
            "source",
            "the statement [Genesee County Sheriff Robert J Pickell]",
            "the statement [Genesee County Undersheriff James Gage]",
        ),
        ("name", "Duncan Rait", "Duncan Raite"),
        ("name", "A.J. Smith", "A.J. Butler"),
        ("name", "United Nations", "United States"),
        ("name", "Paris", "Paris Hilton"),  # a one-word name is one with a longer one as its
        ("name", "Smith", "Smith Barney"),  # surname only (found by a review)
        ("number", "200", "about 150"),
    ],
)
def test_two_values(kind: str, first: str, second: str) -> None:
    assert not one_value(kind, first, second) and not one_value(kind, second, first)
