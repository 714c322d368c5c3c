"""Progress of long comparisons at INFO; small sites and cached builds stay quiet."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mkdocs_claimdiff.progress import MANY_STORIES

from ..conftest import SiteBuilder


def _write_stories(folder: Path, count: int) -> None:
    for number in range(count):
        story = folder / f"story-{number:02d}"
        story.mkdir(parents=True)
        for outlet in ("a", "b"):
            (story / f"{outlet}.md").write_text(
                f"---\ntitle: Flood {number} in town {outlet}\noutlet: Outlet {outlet}\n---\n"
                f"The river flooded town number {number} on Monday, officials said.\n",
                encoding="utf-8",
            )


def test_a_build_of_many_stories_tells_its_progress_and_a_warm_one_does_not(
    make_site: SiteBuilder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _write_stories(tmp_path / "input", MANY_STORIES)
    plugin = {"cache_dir": str(tmp_path / "cache")}
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.mkdocs_claimdiff.plugin"):
        make_site(articles=tmp_path / "input", plugin=plugin)
    told = [r.getMessage() for r in caplog.records if "compar" in r.getMessage()]
    assert told[0].endswith(f"comparing {MANY_STORIES} stories…")
    assert f"compared {MANY_STORIES} stories in " in told[-1]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.mkdocs_claimdiff.plugin"):
        make_site(articles=tmp_path / "input", plugin=plugin)
    assert [r.getMessage() for r in caplog.records if "compar" in r.getMessage()] == []


def test_a_warm_build_of_the_demo_is_quiet(
    make_site: SiteBuilder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    plugin = {"cache_dir": str(tmp_path / "cache")}
    make_site(demo_stories=None, plugin=plugin)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.mkdocs_claimdiff.plugin"):
        make_site(demo_stories=None, plugin=plugin)
    assert [r.getMessage() for r in caplog.records if "compar" in r.getMessage()] == []
