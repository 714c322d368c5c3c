"""A page that declares its time in UTC and shows it in its own zone is dated as it shows it:
late in an American evening or early in an Australian morning the two fall on different days
(two of the development news pages, whose truth dates are the shown ones)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.discover import read_article

from .test_html import news_page, write


def _dated(tmp_path: Path, published: str, shown: str | None) -> str | None:
    page = news_page(published=published)
    if shown is not None:
        page = page.replace(
            '<p class="byline">',
            f'<p><time datetime="{shown}">Published</time></p><p class="byline">',
        )
    return read_article(write(tmp_path, "page.html", page), "story").published


@pytest.mark.parametrize(
    ("published", "shown", "date"),
    [
        # New York, 10:22 p.m. on the 22nd, is 03:22 UTC on the 23rd
        ("2023-12-23T03:22:07Z", "2023-12-22T22:22:07-0500", "2023-12-22"),
        # Sydney, 5:30 a.m. on the 23rd, is 18:30 UTC on the 22nd
        ("2023-12-22T18:30:00+00:00", "2023-12-23T05:30:00+11:00", "2023-12-23"),
        ("2023-12-22T18:30:00.000Z", "2023-12-23T05:30:00+11:00", "2023-12-23"),
    ],
)
def test_a_time_declared_in_utc_is_dated_as_the_page_shows_it(
    tmp_path: Path, published: str, shown: str, date: str
) -> None:
    assert _dated(tmp_path, published, shown) == date


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2023-12-23T03:22:07Z", None),  # nothing shown: the declared date
        ("2023-12-23T03:22:07Z", "2023-12-22T21:00:00-0500"),  # another instant (an update)
        ("2023-12-23T03:22:07+01:00", "2023-12-22T21:22:07-0500"),  # declared in a zone
        ("2023-12-23T03:22:07Z", "2023-12-23T03:22:07Z"),  # shown in UTC too
    ],
)
def test_only_the_same_instant_shown_in_another_zone_moves_the_date(
    tmp_path: Path, published: str, shown: str | None
) -> None:
    assert _dated(tmp_path, published, shown) == "2023-12-23"


@pytest.mark.parametrize(
    "shown", ["0001-01-01T00:00:00+05:30", "9999-12-31T23:00:00-05:00", "2023-02-30T10:00:00Z"]
)
def test_a_time_past_the_calendars_ends_leaves_the_page_as_it_is(
    tmp_path: Path, shown: str
) -> None:
    """.NET's empty date in a zone east of UTC overflowed and dropped the whole page
    (helper-148's review)."""
    page = news_page(published="2023-12-23T03:22:07Z").replace(
        '<p class="byline">', f'<p><time datetime="{shown}">Published</time></p><p class="byline">'
    )
    article = read_article(write(tmp_path, "page.html", page), "story")
    assert article.published == "2023-12-23"
    assert "Damascus" in article.body


def test_a_page_dated_only_in_its_meta_is_dated_as_it_shows_it(tmp_path: Path) -> None:
    page = news_page(published="2023-12-23T03:22:07Z", json_ld=False).replace(
        '<p class="byline">',
        '<p><time datetime="2023-12-22T22:22:07-0500">Published</time></p><p class="byline">',
    )
    assert read_article(write(tmp_path, "page.html", page), "story").published == "2023-12-22"
