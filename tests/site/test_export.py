"""Research data out: per-story JSON in the site, `claimdiff export`, the CSV of matches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from mkdocs_claimdiff.cli import main

from ..conftest import DEMO_STORIES, FIRST_STORY, SiteBuilder, attribute
from ..unit.test_export import SEED, check_contract


def seed_site(make_site: SiteBuilder, tmp_path: Path):  # type: ignore[no-untyped-def]
    articles = tmp_path / "input"
    shutil.copytree(SEED, articles / SEED.name)
    return make_site(articles=articles)


def test_site_exports_each_story_as_json_linked_from_its_page(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    site = seed_site(make_site, tmp_path)
    page = site.html("stories/assad-escape/index.md")
    (link,) = page.select("a.cd-export")
    target = site.page_path("stories/assad-escape/index.md").parent / unquote(link["href"])
    assert target.resolve() == (site.out / "stories" / "assad-escape.json").resolve()
    data = json.loads(target.read_text(encoding="utf-8"))

    check_contract(data)
    title = page.find("h1").get_text(strip=True)
    assert data["story"] == {"id": "assad-escape", "title": title, "left_out": []}
    for match in data["matches"]:
        first, second = (page.find(id=claim_id) for claim_id in match["claims"])
        rows = [claim.find_parent("tr")["id"] for claim in (first, second)]
        if rows[0] != rows[1]:  # a row holds few claims per article; the claim says where
            also = {a["href"] for a in first.select(".cd-also a")}
            assert f"#{rows[1]}" in also, match
    outlets = len(data["articles"])
    for row in page.select("tr.cd-row"):
        shown = len(row.select("td.cd-cell:not(.cd-empty)"))
        label = row.select_one(".cd-status").get_text(" ", strip=True)
        if shown == 1:  # one outlet's claim, unless another row holds one matched to it
            elsewhere = "; the same claim in row" in label or "; differs from row" in label
            assert ("cd-unique" in row["class"]) != elsewhere, label
        else:
            assert "cd-unique" not in row["class"], label
        if shown > 1:  # "Shared by N" counts exactly the outlets whose claims the row shows
            assert label.startswith("Shared by " + ("all" if shown == outlets else f"{shown} "))


def test_export_link_works_without_directory_urls(make_site: SiteBuilder, tmp_path: Path) -> None:
    articles = tmp_path / "input"
    shutil.copytree(SEED, articles / SEED.name)
    site = make_site(articles=articles, use_directory_urls=False)
    uri = "stories/assad-escape/index.md"
    href = attribute(site.html(uri).select_one("a.cd-export"), "href")
    assert not urlsplit(href).scheme
    assert (site.page_path(uri).parent / unquote(href)).is_file()


def test_cli_export_with_the_site_config_writes_the_site_json_byte_for_byte(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    """Aliases, a threshold and the site's cache all read from ``mkdocs.yml``: the data a
    user exports is the data the site publishes."""
    plugin = {"threshold": 0.3, "aliases": {"Bashar al-Assad": ["Assad"]}}
    site = make_site(plugin=plugin, demo_stories=None)
    config = str(site.root / "mkdocs.yml")
    published = sorted((site.out / "stories").glob("*.json"))
    assert len(published) == len(DEMO_STORIES)
    for cache in ("kept", "removed"):
        if cache == "removed":  # compared anew, not read back from the site's cache
            shutil.rmtree(site.root / ".cache")
        out = tmp_path / cache
        assert main(["export", "--config-file", config, "--out", str(out)]) == 0
        assert [path.name for path in published] == sorted(path.name for path in out.iterdir())
        for path in published:
            assert (out / path.name).read_bytes() == path.read_bytes(), path.name
    default = tmp_path / "default"
    assert main(["export", str(site.docs / "articles"), "--out", str(default)]) == 0
    assert any((default / p.name).read_bytes() != p.read_bytes() for p in published)


def test_cli_export_of_the_sites_articles_folder_follows_its_mkdocs_yml(
    make_site: SiteBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ``mkdocs build`` reads ./mkdocs.yml, ``claimdiff export DIR`` run beside it uses the
    site's options when DIR is the site's articles folder: aliases included."""
    plugin = {"aliases": {"Bashar al-Assad": ["Assad"]}}
    site = make_site(plugin=plugin)
    monkeypatch.chdir(site.root)
    assert main(["export", str(site.docs / "articles"), "--out", str(tmp_path / "out")]) == 0
    for path in sorted((site.out / "stories").glob("*.json")):
        assert (tmp_path / "out" / path.name).read_bytes() == path.read_bytes(), path.name
    elsewhere = tmp_path / "other"
    shutil.copytree(site.docs / "articles", elsewhere)
    assert main(["export", str(elsewhere), "--out", str(tmp_path / "plain")]) == 0
    published = site.out / "stories" / f"{FIRST_STORY}.json"
    assert (tmp_path / "plain" / published.name).read_bytes() != published.read_bytes()


def test_cli_export_with_another_threshold_leaves_the_sites_cache_alone(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    site = make_site()
    entries = sorted((site.root / ".cache").rglob("stories/*.json"))
    config = str(site.root / "mkdocs.yml")
    assert main(["export", "-f", config, "--threshold", "0.5", "--out", str(tmp_path / "o")]) == 0
    assert sorted((site.root / ".cache").rglob("stories/*.json")) == entries


def test_cli_export_of_a_site_that_turns_the_plugin_off_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Quiet\nplugins:\n  - claimdiff:\n      enabled: false\n")
    (tmp_path / "docs").mkdir()
    assert main(["export", "--config-file", str(config), "--out", str(tmp_path / "o")]) == 2
    assert "turns the claimdiff plugin off" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
