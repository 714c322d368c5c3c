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


def _shown_in_words(tmp_path: Path, published: str, byline: str) -> str | None:
    page = news_page(published=published).replace(
        '<p class="byline">', f'<p class="date">{byline}</p><p class="byline">'
    )
    return read_article(write(tmp_path, "page.html", page), "story").published


@pytest.mark.parametrize(
    ("published", "byline", "date"),
    [
        # Variety: 01:06 UTC on the 24th is 5:06 p.m. on the 23rd in Los Angeles
        ("2023-12-24T01:06:51+00:00", "Dec 23, 2023 5:06pm PT", "2023-12-23"),
        ("2023-12-23T03:00:46.074Z", "December 22, 2023 10:00 PM", "2023-12-22"),
        ("2023-12-22T04:00:41+00:00", "Dec. 21, 2023 \n 11:00 pm EST", "2023-12-21"),
        ("2023-12-22T04:00:41Z", "Thursday, December 21, 2023, at 11:00 p.m.", "2023-12-21"),
        # declared in New York's zone, shown in UTC: the reader sees the 19th
        ("2023-12-18T22:57-05:00", "Dec 19, 2023 3:57 AM", "2023-12-19"),
        ("2023-12-22T18:30:00Z", "23 December 2023, 05:30", "2023-12-23"),  # Sydney
        ("2023-12-22T18:30:00Z", "23 December 2023, 00:15", "2023-12-23"),  # Kathmandu, +5:45
    ],
)
def test_a_date_and_time_shown_in_words_for_the_declared_instant_dates_the_page(
    tmp_path: Path, published: str, byline: str, date: str
) -> None:
    assert _shown_in_words(tmp_path, published, byline) == date


@pytest.mark.parametrize(
    "byline",
    [
        "Dec 23, 2023 5:07pm PT",  # another minute: an update, not the instant declared
        "Dec 23, 2023",  # no time of day: no zone can be told
        "Dec 22, 2023 5:06pm PT",  # a day too far for any zone
        "Dec 23, 2023 13:06 PM",  # no such time
        "Feb 30, 2023 5:06pm",  # no such day
        "Dec 23, 2023 9:21pm",  # -3:45 from the instant: no zone's offset
        "Dec 23, 2023 5:21pm PT",  # an update a quarter hour later
        "Dec 23, 2023, 17.06 million viewers",  # a decimal, no time
    ],
)
def test_other_times_in_words_leave_the_declared_date(tmp_path: Path, byline: str) -> None:
    assert _shown_in_words(tmp_path, "2023-12-24T01:06:51+00:00", byline) == "2023-12-24"


def test_a_time_in_words_split_across_elements_is_read_whole(tmp_path: Path) -> None:
    byline = "<time>Dec 23, 2023 <span>5:06 pm</span></time>"
    assert _shown_in_words(tmp_path, "2023-12-24T01:06:51Z", byline) == "2023-12-23"


def test_a_time_in_a_script_is_not_shown(tmp_path: Path) -> None:
    byline = '<script>var shown = "Dec 23, 2023 5:06pm";</script>'
    assert _shown_in_words(tmp_path, "2023-12-24T01:06:51Z", byline) == "2023-12-24"


def _with_body(tmp_path: Path, published: str, paragraphs: list[str], top: str = "") -> str | None:
    page = news_page(published=published, paragraphs=paragraphs)
    page = page.replace("<main>", f"{top}<main>")
    return read_article(write(tmp_path, "page.html", page), "story").published


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        (
            "2024-12-08T06:00:00+02:00",
            "The curfew began on December 7, 2024 at 23:00, police said.",
        ),
        ("2024-12-08T06:00:00Z", "Voting closed on Dec. 7, 2024 at 10:00 p.m. ET, officials said."),
    ],
)
def test_a_date_and_time_in_the_article_s_prose_dates_no_page(
    tmp_path: Path, published: str, sentence: str
) -> None:
    """The news' own times are no byline (helper-196's review)."""
    paragraphs = [sentence, "Rebels entered the capital overnight, witnesses said."]
    assert _with_body(tmp_path, published, paragraphs) == "2024-12-08"


def test_only_the_first_byline_dates_the_page(tmp_path: Path) -> None:
    """A byline before the article's, of another instant (a related story, an update), leaves
    the declared date: the first date and time in words decides."""
    top = "<ul><li>Other story Dec 23, 2023 9:00pm</li></ul><p>Dec 23, 2023 5:06pm PT</p>"
    paragraphs = ["Rebels entered the capital overnight, witnesses said."]
    assert _with_body(tmp_path, "2023-12-24T01:06:51Z", paragraphs, top) == "2023-12-24"
    top = "<p>Dec 23, 2023 5:06pm PT</p><ul><li>Other story Dec 23, 2023 9:00pm</li></ul>"
    assert _with_body(tmp_path, "2023-12-24T01:06:51Z", paragraphs, top) == "2023-12-23"


@pytest.mark.parametrize(
    ("published", "byline", "date"),
    [
        # an update's time, whatever zone, moves nothing
        ("2023-12-22T22:00:00-05:00", "Updated Dec 23, 2023 10:00 AM EST", "2023-12-22"),
        # declared in a zone: shown only in that zone or in UTC
        ("2023-12-22T22:00:00-05:00", "Saturday, December 23, 2023 11:00", "2023-12-22"),
        # a zone named after the time must be the instant's
        ("2023-12-22T20:00:00Z", "December 23, 2023 at 8:00 a.m. ET", "2023-12-22"),
        ("2023-12-24T01:06:51Z", "Dec 23, 2023 5:06pm PST", "2023-12-23"),
    ],
)
def test_a_byline_of_an_update_another_zone_or_a_zone_it_names_otherwise(
    tmp_path: Path, published: str, byline: str, date: str
) -> None:
    """Found by helper-201's review: an update's byline, a header's clock, a webinar's time."""
    assert _shown_in_words(tmp_path, published, byline) == date
