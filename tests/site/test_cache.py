"""The comparison cache: reused when nothing changed, rebuilt when anything did, never trusted
blindly, and never written into ``docs_dir``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from mkdocs_claimdiff import plugin as plugin_module
from mkdocs_claimdiff.matching import align
from mkdocs_claimdiff.output.render import TEMPLATES
from mkdocs_claimdiff.plugin import rendering
from mkdocs_claimdiff.store.codec import to_json

from ..conftest import (
    DEMO_ARTICLES,
    FIRST_STORY,
    SiteBuilder,
    assert_every_claim_once,
    demo_comparison,
)
from ..unit.test_cache import _unknown_claim_in_a_row, counted, entries, filed


def pages(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*.html")}


def test_a_second_build_reuses_the_cache_and_writes_the_same_pages(
    make_site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # no build time in the pages
    site = make_site()
    first = pages(site.out)
    docs_before = sorted(path.relative_to(site.docs) for path in site.docs.rglob("*"))
    calls = counted(monkeypatch, align, "compare")
    site = make_site()
    assert calls == []
    assert pages(site.out) == first
    assert entries(site.root / ".cache" / "claimdiff", "stories")
    assert sorted(path.relative_to(site.docs) for path in site.docs.rglob("*")) == docs_before


def test_cache_false_writes_no_cache(make_site: SiteBuilder) -> None:
    site = make_site(plugin={"cache": False})
    assert not (site.root / ".cache").exists()
    assert site.html(f"stories/{FIRST_STORY}/index.md").select(".cd-claim")


def test_a_cache_dir_inside_docs_dir_is_refused(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(Abort):
        make_site(plugin={"cache_dir": "docs/cache"})
    assert "'cache_dir' must be outside docs_dir" in caplog.text


def test_a_site_builds_from_a_cache_entry_that_names_an_unknown_claim(
    make_site: SiteBuilder,
) -> None:
    site = make_site()
    (entry,) = entries(site.root / ".cache" / "claimdiff", "stories")
    data = json.loads(entry.read_text(encoding="utf-8"))
    (value,) = filed(data)
    _unknown_claim_in_a_row(value)
    entry.write_bytes(to_json(data))  # as compact as the store writes: only the claim is wrong
    # A new process: this one keeps the plugin, and its comparisons in memory, between builds.
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site.root / "mkdocs.yml")]
    subprocess.run(command, check=True)
    assert_every_claim_once(site.html(f"stories/{FIRST_STORY}/index.md"), demo_comparison())


def test_rendered_pages_are_reused_until_a_template_or_the_url_style_changes(
    make_site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild in the same process (what ``mkdocs serve`` does after a save) takes each
    unchanged generated page's HTML from memory, yet an override in the theme's
    ``custom_dir`` or another URL style shows at once. HTML is never written to the cache
    folder: it could not be checked when read back."""
    story = f"stories/{FIRST_STORY}/index.md"
    site = make_site()
    assert not list((site.root / ".cache").rglob("*.html"))
    rendered = counted(monkeypatch, rendering, "render_comparison")
    make_site()
    assert rendered == []
    overrides = site.root / "overrides" / "claimdiff"
    overrides.mkdir(parents=True)
    template = (TEMPLATES / "claimdiff" / "comparison.html").read_text()
    (overrides / "comparison.html").write_text(template.replace("<h1 ", '<h1 data-mine="1" ', 1))
    theme = {"name": "mkdocs", "custom_dir": str(site.root / "overrides")}
    assert make_site(theme=theme).html(story).select_one("h1[data-mine]") is not None
    assert rendered == ["x"]
    site = make_site(theme=theme, use_directory_urls=False)
    assert site.html(story).select_one("h1[data-mine]") is not None
    assert rendered == ["x", "x"]
    links = [a["href"] for a in site.html(story).select(".cd-claim a.cd-link[href*='#']")]
    internal = [link for link in links if not link.startswith(("#", "http"))]
    assert internal and all(".html#" in link for link in internal)


def test_a_rebuild_makes_exports_and_search_texts_only_for_the_story_that_changed(
    make_site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``mkdocs serve`` a save rebuilds the site: a story whose inputs did not change
    keeps its JSON export and what search indexes for its pages from the last build."""
    site = make_site(demo_stories=None)
    exports = {path.name: path.read_bytes() for path in (site.out / "stories").glob("*.json")}
    index = (site.out / "search" / "search_index.json").read_bytes()
    encoded = counted(monkeypatch, plugin_module, "to_json")
    searched = counted(monkeypatch, rendering, "render_search")
    make_site(articles=None)
    assert (encoded, searched) == ([], [])
    assert {p.name: p.read_bytes() for p in (site.out / "stories").glob("*.json")} == exports
    assert (site.out / "search" / "search_index.json").read_bytes() == index
    article = site.docs / "articles" / FIRST_STORY / "kyiv-independent.txt"
    lines = article.read_text(encoding="utf-8").splitlines()
    article.write_text("\n".join([*lines[:3], "A quokka was seen in Damascus.", *lines[3:]]))
    make_site(articles=None)
    articles = len(list((site.docs / "articles" / FIRST_STORY).glob("*.txt")))
    assert (len(encoded), len(searched)) == (1, 1 + articles)
    changed = {
        p.name for p in (site.out / "stories").glob("*.json") if p.read_bytes() != exports[p.name]
    }
    assert changed == {f"{FIRST_STORY}.json"}


def test_an_edited_template_included_by_an_override_shows_at_once(make_site: SiteBuilder) -> None:
    story = f"stories/{FIRST_STORY}/index.md"
    site = make_site()
    overrides = site.root / "overrides"
    (overrides / "claimdiff").mkdir(parents=True)
    template = (TEMPLATES / "claimdiff" / "comparison.html").read_text()
    (overrides / "claimdiff" / "comparison.html").write_text(
        template.replace("<h1 ", '{% include "cd-extra.html" %}<h1 ', 1)
    )
    theme = {"name": "mkdocs", "custom_dir": str(overrides)}
    for text in ("first", "second"):
        (overrides / "cd-extra.html").write_text(f'<p class="extra">{text}</p>')
        extra = make_site(theme=theme).html(story).select_one("p.extra")
        assert extra is not None and extra.get_text() == text


def test_sites_that_share_a_cache_dir_keep_each_others_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counted(monkeypatch, align, "compare")
    shared = tmp_path / "shared-cache"
    for name, threshold in [("a", 0.18), ("b", 0.5)] * 2:
        root = tmp_path / name
        articles = root / "docs" / "articles" / FIRST_STORY
        shutil.copytree(DEMO_ARTICLES / FIRST_STORY, articles, dirs_exist_ok=True)
        plugin = {"cache_dir": str(shared), "threshold": threshold}
        config = {"site_name": name, "plugins": [{"claimdiff": plugin}]}
        (root / "mkdocs.yml").write_text(yaml.safe_dump(config))
        build(load_config(str(root / "mkdocs.yml")))
    assert calls == ["x", "x"]
