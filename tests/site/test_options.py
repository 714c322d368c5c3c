"""Option values that cannot work are refused with the option named, before anything is read:
by ``load_config`` for a value wrong on its own, when the build starts for one wrong beside
``docs_dir`` or ``site_dir``."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from ..conftest import SiteBuilder


@pytest.mark.parametrize("articles_dir", [".", "..", "/", "./../docs"])
def test_an_articles_dir_holding_docs_dir_is_refused(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture, articles_dir: str
) -> None:
    """``articles_dir: .`` took the site's own home page for an article; ``/`` published
    files from the temporary folder as pages."""
    with pytest.raises(Abort):
        make_site(plugin={"articles_dir": articles_dir})
    assert "'articles_dir' must be a folder inside or beside docs_dir" in caplog.text


def test_an_articles_dir_beside_docs_dir_is_fine(make_site: SiteBuilder, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "quake").mkdir(parents=True)
    for name in ("a", "b"):
        (outside / "quake" / f"{name}.md").write_text("---\nurl: https://a.example/\n---\nHit.\n")
    site = make_site(plugin={"articles_dir": str(outside)})
    assert site.page_path("stories/quake/index.md").is_file()
    assert site.page_path("index.md").is_file()


@pytest.mark.parametrize("inside", ["out", "out/cache"])
def test_a_cache_dir_inside_site_dir_is_refused(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture, tmp_path: Path, inside: str
) -> None:
    """The cache, with the local paths it holds, would be published with the site."""
    with pytest.raises(Abort):
        make_site(plugin={"cache_dir": str(tmp_path / "site" / inside)})
    assert "'cache_dir' must be outside site_dir" in caplog.text


def test_a_cache_dir_inside_an_articles_dir_outside_docs_dir_is_refused(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Its entries were read as a story of the articles folder on the next build, with
    warnings that failed ``--strict`` (helper-120's audit)."""
    outside = tmp_path / "news"
    (outside / "quake").mkdir(parents=True)
    with pytest.raises(Abort):
        make_site(plugin={"articles_dir": str(outside), "cache_dir": str(outside / "cache")})
    assert "'cache_dir' must be outside articles_dir" in caplog.text


def test_a_disabled_plugin_builds_the_site_as_if_it_were_not_listed(
    make_site: SiteBuilder,
) -> None:
    site = make_site(plugin={"enabled": False, "threshold": 0.5})
    assert (site.out / "index.html").is_file()
    assert not (site.out / "stories").exists()
    assert not (site.out / "assets" / "claimdiff").exists()
    assert not (site.root / ".cache").exists()


def test_a_disabled_plugin_still_keeps_the_articles_out_of_the_site(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    """Scraped pages are never published as they are, the plugin on or off: MkDocs would copy
    a saved page with its scripts and render a Markdown article's raw HTML."""
    caplog.set_level(logging.INFO)
    stories = ["assad-escape", "mount-cook-climbers"]
    site = make_site(plugin={"enabled": False}, demo_stories=stories)
    story = site.docs / "articles" / "assad-escape"
    (story / "saved.html").write_text("<html><body><script>alert(1)</script></body></html>")
    site = make_site(plugin={"enabled": False}, demo_stories=stories)
    assert (site.out / "index.html").is_file()
    assert not (site.out / "articles").exists()
    assert not [path for path in site.out.rglob("*") if "alert(1)" in _text_of(path)]
    assert "claimdiff is off (enabled: false): the 14 files of 'articles'" in caplog.text


def _text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_max_columns_lays_out_a_story_of_more_articles_as_a_list(
    make_site: SiteBuilder, theme: str
) -> None:
    """The demo's Mount Cook story has seven articles: from ``max_columns: 6`` down, its page
    lists each row's outlets instead of giving each article a column; the same rows and claims."""
    story, page = ["mount-cook-climbers"], "stories/mount-cook-climbers/index.md"
    wide = make_site(theme=theme, demo_stories=story).html(page)
    listed = make_site(theme=theme, demo_stories=story, plugin={"max_columns": 6}).html(page)
    assert len(wide.select("#cd-claims th.cd-colhead")) == 7 and wide.select(".cd-matrix")
    assert [th.get_text(strip=True) for th in listed.select("#cd-claims th.cd-colhead")] == [
        "Outlets that report it"
    ]
    assert not listed.select(".cd-matrix") and not listed.select("td.cd-empty")
    assert [claim["id"] for claim in listed.select("#cd-claims .cd-claim")] == [
        claim["id"] for claim in wide.select("#cd-claims .cd-claim")
    ]
    anchors = {f"#{element['id']}" for element in listed.select("[id]")}
    contents = [link["href"] for link in listed.select("a[href^='#cd-']")]
    assert contents and set(contents) <= anchors, "no entry of the table of contents leads nowhere"
    outlets = {link.get_text() for link in listed.select(".cd-said > a.cd-outlet")}
    assert outlets == {
        th.select_one("a.cd-outlet").get_text() for th in wide.select("th.cd-colhead")
    }


def test_a_page_of_the_docs_written_where_a_generated_page_goes_is_named(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """``stories/assad-escape.md`` and the generated ``stories/assad-escape/index.md`` are both
    written to ``stories/assad-escape/index.html``: the user's page was lost without a word,
    its title still in the navigation, and ``--strict`` passed (helper-120's audit)."""
    docs = tmp_path / "site" / "docs"
    (docs / "stories").mkdir(parents=True)
    (docs / "stories.md").write_text("# My stories page\n")
    (docs / "stories" / "assad-escape.md").write_text("# My notes on the escape\n")
    site = make_site()
    assert (
        "stories/assad-escape.md is replaced by the page claimdiff generates at "
        "stories/assad-escape/index.html" in caplog.text
    )
    assert "stories.md is replaced by the page claimdiff generates at stories/index.html" in (
        caplog.text
    )
    assert "My notes" not in site.page_path("stories/assad-escape/index.md").read_text()
    with pytest.raises(Abort):
        make_site(strict=True)
