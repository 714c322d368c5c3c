"""Dates as outlets print them must all become the same ISO date, and non-dates must not."""

from __future__ import annotations

import datetime as dt

import pytest

from mkdocs_claimdiff.dates import find_date, normalise_date


@pytest.mark.parametrize(
    "text",
    [
        "December 11, 2024",
        "Dec. 11, 2024 3:18 PM",
        "Dec 11, 2024",
        "11 December 2024",
        "11th Dec 2024",
        "2024-12-11",
        "2024-12-11T15:18:00Z",
        "2024-12-11T15:18:00+02:00",
        "  December 11 2024  ",
        "11 Dec 2024 15.18 GMT",
    ],
)
def test_normalise_date_reads_the_shapes_outlets_use(text: str) -> None:
    assert normalise_date(text) == "2024-12-11"


def test_normalise_date_accepts_the_date_objects_yaml_produces() -> None:
    assert normalise_date(dt.date(2024, 12, 11)) == "2024-12-11"
    assert normalise_date(dt.datetime(2024, 12, 11, 15, 18)) == "2024-12-11"


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "February 30, 2024", "2024-13-01", "2024-12-11 and more", 20241211, None],
)
def test_normalise_date_rejects_what_is_not_a_valid_date(value: object) -> None:
    assert normalise_date(value) is None


def test_find_date_locates_the_date_and_time_in_a_byline() -> None:
    line = "by Jane Doe December 11, 2024 3:18 PM 2 min read"
    found = find_date(line)
    assert found is not None
    iso, start, end = found
    assert iso == "2024-12-11"
    assert line[start:end] == "December 11, 2024 3:18 PM"


def test_find_date_skips_impossible_dates_and_keeps_looking() -> None:
    found = find_date("Updated Feb 30, 2024, first published 1 March 2024")
    assert found is not None
    assert found[0] == "2024-03-01"


def test_find_date_does_not_take_a_time_zone_from_the_next_word() -> None:
    line = "Posted Dec 11, 2024 9:05 am and updated later"
    found = find_date(line)
    assert found is not None
    assert line[found[1] : found[2]] == "Dec 11, 2024 9:05 am"


def test_find_date_returns_none_without_a_date() -> None:
    assert find_date("No date here, only 2024 and 11 Decembers") is None
