"""Saved web pages: the article and its metadata come out, the site chrome around it does not."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.workers import warm_up

from ..conftest import SiteBuilder
from ..unit.test_html import CHROME, PARAGRAPHS, news_page, write

MIXED = {
    "mixed/wire.md": (
        "---\ntitle: Assad reaches Moscow\noutlet: Wire Service\npublished: Dec. 9, 2024 3:18 PM\n"
        "url: https://wire.example/assad\n---\n\n" + "\n\n".join(PARAGRAPHS[:3]) + "\n"
    ),
    "mixed/paper.txt": "Assad granted asylum in Russia\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n",
    "mixed/paper.yml": (
        "outlet: The Paper\npublished: December 10, 2024\nurl: https://paper.example/asylum\n"
    ),
    "mixed/daily.html": news_page(),
}


EXPECTED = {
    "wire": ("Assad reaches Moscow", "Wire Service", "2024-12-09", "https://wire.example/assad"),
    "paper": (
        "Assad granted asylum in Russia",
        "The Paper",
        "2024-12-10",
        "https://paper.example/asylum",
    ),
    "daily": (
        "Assad flees to Moscow after rebels take Damascus",
        "The Daily Example",
        "2024-12-08",
        "https://example.com/world/assad-moscow",
    ),
}


def test_a_story_mixing_markdown_text_and_html_builds_every_page(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    articles = tmp_path / "input"
    for name, text in MIXED.items():
        write(articles, name, text)
    site = make_site(articles=articles)
    comparison = site.html("stories/mixed/index.md")
    shown = comparison.select_one(".claimdiff").get_text(" ")
    for article_id, (title, outlet, published, url) in EXPECTED.items():
        assert title in shown
        assert outlet in shown
        assert comparison.select_one(f'.claimdiff time[datetime="{published}"]') is not None
        assert comparison.select_one(f'.claimdiff a[href="{url}"]') is not None
        page = site.html(f"stories/mixed/{article_id}.md")
        assert page.select_one(".claimdiff h1").get_text(strip=True) == title
        assert outlet in page.select_one(".claimdiff").get_text(" ")
        assert page.select_one(f'.claimdiff time[datetime="{published}"]') is not None
        assert page.select_one(f'.claimdiff a[href="{url}"]') is not None
    daily = site.html("stories/mixed/daily.md").get_text()
    for chrome in CHROME:
        assert chrome not in daily


def test_a_missing_extractor_is_a_warning_naming_the_file_and_the_build_goes_on(
    make_site: SiteBuilder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As on a fresh venv whose pip left out ``lxml_html_clean``: ``import trafilatura`` fails."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes the import raise ImportError
    articles = tmp_path / "input"
    write(articles, "mixed/daily.html", news_page())
    write(articles, "mixed/wire.md", MIXED["mixed/wire.md"])
    write(articles, "mixed/paper.txt", MIXED["mixed/paper.txt"])
    with caplog.at_level(logging.WARNING):
        site = make_site(articles=articles)
    about_page = [message for message in caplog.messages if "daily.html" in message]
    assert any("cannot read page" in m and "trafilatura" in m for m in about_page)
    page = site.html("stories/mixed/wire.md")
    assert page.select_one(".claimdiff h1").get_text(strip=True) == "Assad reaches Moscow"
    assert site.page_path("stories/mixed/index.md").is_file()


HTML_CHROME = {
    "READ MORE: Assad's fall, explained in five charts": "link to another article",
    "Related: How the rebels took Aleppo in a week": "link to another article",
    "Subscribe to The Daily Example's newsletters for the news that matters": "newsletter form",
    "Bild: dpa": "photo credit",
    "Lesen Sie auch: Was der Sturz Assads für Europa bedeutet": "link to another article",
    "— Jane Roe (@janeroe) December 8, 2024": "embedded social media post",
    "See more photos:": "photo gallery or video player",
    "Siguenos en Telegram, Instagram, Facebook y Twitter": "social media links",
    "LE PUEDE INTERESAR: La caída de Alepo, día a día": "link to another article",
    "Jane Roe | Damascus | 08/12/2024": "line of labels (byline, breadcrumb)",
    "Crowds outside the Umayyad Mosque on Sunday (AFP via Getty Images)": "caption",
    "3/30": "photo gallery or video player",
    "Originally published at www.example.org on December 8, 2024.": (
        "note on where the article first appeared"
    ),
    "Leave a comment": "comment section notice",
    "Aug 5, 2020": "time stamp of the page",
    "Continue reading the main story": "advertisement",
    "Show all 30": "photo gallery or video player",
    "Please refresh the page or navigate to another page of the site to be logged in": (
        "pop-up or notice of the site"
    ),
    "It also means that we rely on you, our readers, for support.": "donation appeal",
}


def test_chrome_in_a_page_is_dropped_by_the_rules_of_scrapes_and_listed(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    chrome = [f"<p>{line}</p>" for line in HTML_CHROME]
    body = [PARAGRAPHS[0], *chrome[:3], PARAGRAPHS[1], *chrome[3:], *PARAGRAPHS[2:]]
    path = write(tmp_path, "daily.html", news_page(paragraphs=body))
    article = read_article(path, "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert {entry.text: entry.reason for entry in article.removed} == HTML_CHROME
    lines = path.read_text(encoding="utf-8").split("\n")
    for entry in article.removed:
        assert entry.text in lines[entry.line - 1]


def test_a_section_heading_is_shown_but_makes_no_claim(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    articles = tmp_path / "input"
    body = [PARAGRAPHS[0], "<h2>What happens next</h2>", *PARAGRAPHS[1:]]
    write(articles, "mixed/daily.html", news_page(paragraphs=body))
    write(articles, "mixed/wire.md", MIXED["mixed/wire.md"] + "\n## What happens next\n")
    site = make_site(articles=articles)
    for article_id in ("daily", "wire"):
        page = site.html(f"stories/mixed/{article_id}.md")
        (heading,) = page.select(".claimdiff .cd-body h2")
        assert heading.get_text(strip=True) == "What happens next"
        assert heading.select(".cd-sentence") == []
    comparison = site.html("stories/mixed/index.md")
    claims = [claim.get_text(" ", strip=True) for claim in comparison.select(".cd-claim")]
    assert claims and not any("What happens next" in claim for claim in claims)


def test_a_reader_that_fails_to_load_is_a_warning_naming_the_file_and_the_build_goes_on(
    make_site: SiteBuilder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A reader loads with the first file of its kind: a broken install of what it needs (the
    Markdown reader's markdown-it-py here) is the files of that kind named, not a traceback."""
    monkeypatch.delitem(sys.modules, "mkdocs_claimdiff.sources.markdown", raising=False)
    monkeypatch.setitem(sys.modules, "markdown_it", None)  # makes the import raise ImportError
    articles = tmp_path / "input"
    write(articles, "mixed/wire.md", MIXED["mixed/wire.md"])
    write(articles, "mixed/paper.txt", MIXED["mixed/paper.txt"])
    with caplog.at_level(logging.WARNING):
        site = make_site(articles=articles)
    about_wire = [message for message in caplog.messages if "wire.md" in message]
    assert any("its reader failed to load" in m for m in about_wire)
    assert site.page_path("stories/mixed/paper.md").is_file()


def test_loading_the_readers_ahead_passes_over_one_that_fails_to_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``mkdocs serve`` and spawned workers load the readers ahead (``warm_up``): one that fails
    to load is left to fail where a file needs it, with the file named, not as a traceback of
    a thread."""
    monkeypatch.delitem(sys.modules, "mkdocs_claimdiff.sources.markdown", raising=False)
    monkeypatch.setitem(sys.modules, "markdown_it", None)
    warm_up()
    assert "mkdocs_claimdiff.matching.align" in sys.modules
