"""Dates as outlets print them must all become the same ISO date, and non-dates must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_claimdiff.sources.dates import (
    _DATE_IN_TEXT,
    _YEAR_ANYWHERE,
    ambiguity,
    find_date,
    normalise_date,
)
from mkdocs_claimdiff.sources.discover import read_article


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


@pytest.mark.parametrize(
    "text",
    [
        "2024-12-11",
        "2024-12-11 10:00:00+01",
        "2024-12-11T10:00:00-05",
        "2024-12-11t10:00:00z",
        "2024-12-11T10:00:00.",
        "2024-12-11T10:00:00.Z",
        "2024-12-11 10:00:00 +01:00",
        "2024-12-11T10:00:00.123456-0500",
    ],
)
def test_normalise_date_reads_every_timestamp_yaml_knows(text: str) -> None:
    """Front matter's dates are read as the text written (``meta``), where PyYAML made them
    dates: each shape its timestamp rule takes is a date here too (the review of that change
    found "+01" and a closing "." refused)."""
    assert normalise_date(text) == "2024-12-11"


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


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wednesday, December 11, 2024", "2024-12-11"),
        ("Wed, 11 Dec 2024 15:18:00 GMT", "2024-12-11"),
        ("2024/12/11", "2024-12-11"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024 3:18 PM", "2024-12-25"),
        ("05.05.2024", "2024-05-05"),
    ],
)
def test_normalise_date_reads_numeric_dates_only_one_way_round(text: str, iso: str) -> None:
    assert normalise_date(text) == iso
    assert ambiguity(text) is None


@pytest.mark.parametrize("text", ["11/12/2024", "3.4.2024", "2/3/2024 3:18 PM"])
def test_ambiguous_numeric_dates_are_not_guessed(text: str) -> None:
    assert normalise_date(text) is None
    assert find_date(f"Posted {text} by staff") is None
    assert ambiguity(text) is not None


def test_ambiguity_names_both_readings() -> None:
    assert ambiguity("11/12/2024") == "11 December 2024 or 12 November 2024"
    assert ambiguity("December 11, 2024") is None
    assert ambiguity("31/31/2024") is None


def test_an_ambiguous_published_date_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 11/12/2024\n---\n# A\n\nText.\n", encoding="utf-8")
    article = read_article(path, "s")
    assert article.published is None
    (problem,) = [p for p in article.problems if "published" in p.message]
    assert "11 December 2024 or 12 November 2024" in problem.message
    assert "YYYY-MM-DD" in problem.message


@given(st.from_regex(_DATE_IN_TEXT))
def test_every_date_in_a_line_holds_a_year_so_lines_without_one_are_skipped(line: str) -> None:
    """``find_date`` turns away a line without a year before trying the full pattern."""
    match = _DATE_IN_TEXT.search(line)
    assert match and _YEAR_ANYWHERE.search(match.group())
