"""Dates as outlets print them must all become the same ISO date, and non-dates must not."""

from __future__ import annotations

from pathlib import Path

from ..conftest import SiteBuilder


def test_story_index_lists_the_newest_story_first(make_site: SiteBuilder, tmp_path: Path) -> None:
    dates = {
        "alpha": "December 13, 2024",
        "beta": "11/12/2024",
        "gamma": "2024-12-14T08:00:00+02:00",
        "delta": "Dec. 2, 2024 3:18 PM",
    }
    articles = tmp_path / "input"
    for story, published in dates.items():
        folder = articles / story
        folder.mkdir(parents=True)
        text = (
            f"---\npublished: {published}\n---\n# {story.title()} report\n\nSomething happened.\n"
        )
        (folder / "wire.md").write_text(text, encoding="utf-8")
    site = make_site(articles=articles)
    rows = site.html("stories/index.md").select(".claimdiff tbody tr")
    shown = [(row.find("a").get_text(strip=True), row.find("time")) for row in rows]
    assert [title for title, _time in shown] == ["Gamma", "Alpha", "Delta", "Beta"]
    assert [time["datetime"] if time else None for _title, time in shown] == [
        "2024-12-14",
        "2024-12-13",
        "2024-12-02",
        None,
    ]
