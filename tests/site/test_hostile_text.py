"""Text no article means to show, and files shaped to stall a build: each is read in linear
time, or cleaned with a warning naming the file, and never crashes the build."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_claimdiff.cli import main

from ..conftest import SiteBuilder
from ..unit.test_hostile_text import _write


def test_a_story_file_with_escapes_builds_and_warns(
    make_site: SiteBuilder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Finding 3: a "\\ud800" in ``_story.yml`` or a sidecar ended the build in a traceback."""
    articles = tmp_path / "input"
    _write(articles / "quake" / "_story.yml", 'title: "Quake\\ud800"\nnote: "Credit\\x07 line"\n')
    for name in ("a", "b"):
        _write(articles / "quake" / f"{name}.md", "---\nurl: https://a.example/\n---\nIt hit.\n")
    _write(articles / "quake" / "b.yml", 'author: "Jane\\udfff Doe"\n')
    with caplog.at_level(logging.WARNING):
        site = make_site(articles=articles)
    page = site.html("stories/quake/index.md")
    assert page.select_one("h1").get_text() == "Quake"
    assert page.select_one(".cd-story-note").get_text() == "Credit line"
    facts = site.html("stories/quake/b.md").select(".cd-facts dd")
    assert "Jane Doe" in [fact.get_text() for fact in facts]
    warned = [r.getMessage() for r in caplog.records if "control character" in r.getMessage()]
    assert any("_story.yml: `title`" in message for message in warned)
    assert any("_story.yml: `note`" in message for message in warned)
    assert any("b.yml: `author`" in message for message in warned)


def test_outlets_and_titles_are_isolated_from_the_text_around_them(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    """Finding 8: a U+202E in an outlet or a title reversed the text after it, the index's
    list of outlets included. Every title and outlet a page shows is its own bidi isolate."""
    evil = "Evil\u202e News"
    articles = tmp_path / "input"
    _write(articles / "quake" / "_story.yml", "title: Quake\u202e story\n")
    for name in ("a", "b"):
        _write(
            articles / "quake" / f"{name}.md",
            f"---\ntitle: Quake\u202e {name}\noutlet: {evil} {name}\nurl: https://a.example/\n"
            "---\nThe quake hit the city on Monday.\n",
        )
    site = make_site(articles=articles)
    pages = {
        "stories/index.md": site.html("stories/index.md"),
        "stories/quake/index.md": site.html("stories/quake/index.md"),
        "stories/quake/a.md": site.html("stories/quake/a.md"),
    }
    for uri, page in pages.items():
        main = page.select_one(".claimdiff")
        holders = [node.parent for node in main.find_all(string=lambda s: "\u202e" in s)]
        assert holders, uri
        for holder in holders:
            isolated = holder.name == "bdi" or holder.get("dir") == "auto"
            if holder.name == "option":  # text only: isolated by U+2068 ... U+2069
                isolated = "\u2068Evil\u202e News" in holder.get_text()
            assert isolated, (uri, str(holder))
    outlets = pages["stories/index.md"].select(".cd-stories td bdi")
    assert [outlet.get_text() for outlet in outlets] == [f"{evil} a", f"{evil} b"]
    title = pages["stories/quake/a.md"].find("title").get_text()
    assert "\u2068Quake\u202e a\u2069" in title


def test_page_html_has_no_control_characters(make_site: SiteBuilder, tmp_path: Path) -> None:
    """Finding 7 end to end: a NUL past the binary check's 8 kB reaches no page."""
    articles = tmp_path / "input"
    body = "The quake hit the city.\n\n" * 400 + "Rescuers\x00 came.\n"
    _write(articles / "quake" / "a.md", "---\nurl: https://a.example/\n---\n" + body)
    _write(articles / "quake" / "b.md", "---\nurl: https://b.example/\n---\nIt hit.\n")
    site = make_site(articles=articles)
    html = site.page_path("stories/quake/a.md").read_text(encoding="utf-8")
    assert "\x00" not in html
    page = BeautifulSoup(html, "html.parser")
    assert page.find(string=lambda s: "Rescuers came." in s) is not None


def test_a_file_name_that_is_not_utf8_builds(make_site: SiteBuilder, tmp_path: Path) -> None:
    """A name with a byte that is not UTF-8 reaches Python with a lone surrogate, which the
    page titled after it could not hold (a traceback, like finding 3's)."""
    articles = tmp_path / "input"
    _write(articles / "quake" / "a.md", "---\nurl: https://a.example/\n---\nThe quake hit.\n")
    name = os.fsdecode(b"b\xff.md")
    _write(articles / "quake" / name, "---\nurl: https://b.example/\n---\nIt hit hard.\n")
    site = make_site(articles=articles)
    assert site.html("stories/quake/b.md").select_one("h1").get_text() == "B"


def test_the_command_line_compares_and_exports_text_with_escapes(tmp_path: Path) -> None:
    """Finding 3 (and 7) on the command line: ``claimdiff compare`` and ``export`` ended in
    an encoding traceback on a "\\ud800" escape, and printed an ESC to the terminal."""
    story = tmp_path / "articles" / "quake"
    first = _write(
        story / "a.md",
        '---\ntitle: "Quake\\ud800 hits"\noutlet: "Red\\x1b[31m"\nurl: https://a.example/\n'
        "---\nThe quake hit the city on Monday.\n",
    )
    second = _write(story / "b.md", "---\nurl: https://b.example/\n---\nA quake hit the city.\n")
    compared = subprocess.run(
        [sys.executable, "-m", "mkdocs_claimdiff.cli", "compare", str(first), str(second)],
        capture_output=True,
        check=False,
    )
    assert compared.returncode == 0, compared.stderr.decode(errors="replace")
    shown = compared.stdout.decode("utf-8")
    assert "Quake hits" in shown and "\x1b" not in shown
    assert b"control character" in compared.stderr
    assert main(["export", str(tmp_path / "articles"), "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "quake.json").read_text(encoding="utf-8"))
    assert [article["outlet"] for article in data["articles"]] == ["Red[31m", "b.example"]
