"""Pages rendered by the workers that compared their stories (``plugin/ahead.py``): the same
site as pages rendered in the build's process, or, when they do not fit the build, rendered
there after all."""

from __future__ import annotations

import logging
import pickle
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from mkdocs_claimdiff import pipeline
from mkdocs_claimdiff import plugin as plugin_module
from mkdocs_claimdiff.model import Comparison, Job
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.render import TEMPLATES
from mkdocs_claimdiff.plugin import ClaimDiffPlugin
from mkdocs_claimdiff.plugin.ahead import PagesAhead, RenderAhead, RenderedAhead
from mkdocs_claimdiff.plugin.pages import PageUris, site_urls, template_sources
from mkdocs_claimdiff.sources.discover import discover

from ..conftest import DEMO_ARTICLES

TAKEN = re.compile(r"pages rendered by the workers: (\d+)")


def build_demo(root: Path, out: str, theme: dict[str, str], use_directory_urls: bool) -> Path:
    """Build every demo story without a cache (each build compares every story anew) into
    ``root/out``."""
    docs = root / "docs"
    if not docs.exists():
        shutil.copytree(DEMO_ARTICLES, docs / "articles")
        (docs / "index.md").write_text("# Home\n")
    config = {
        "site_name": "Test",
        "docs_dir": str(docs),
        "site_dir": str(root / out),
        "theme": theme,
        "use_directory_urls": use_directory_urls,
        "plugins": ["search", {"claimdiff": {"cache": False}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config))
    build(load_config(str(root / "mkdocs.yml")))
    return root / out


def site_files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def taken(caplog: pytest.LogCaptureFixture) -> int:
    counts = [int(found[1]) for r in caplog.records if (found := TAKEN.search(r.getMessage()))]
    assert len(counts) == 1
    return counts[0]


def generated_pages() -> int:
    """The demo's comparison and article pages: every page but the story index."""
    stories = discover(DEMO_ARTICLES)[0]
    return sum(1 + len(story.articles) for story in stories)


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Every build compares its stories in the workers (the demo is too small to pay for
    them), with the build's timestamps fixed, and its debug log captured."""
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.mkdocs_claimdiff")


@pytest.mark.parametrize(
    ("use_directory_urls", "override"),
    [(True, False), (False, False), (False, True)],
    ids=["directory-urls", "flat-urls", "flat-urls-claim-override"],
)
@pytest.mark.usefixtures("pooled")
def test_pages_the_workers_render_are_those_the_build_renders(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    use_directory_urls: bool,
    override: bool,
) -> None:
    theme = {"name": "mkdocs"}
    if override:
        overrides = tmp_path / "overrides" / "claimdiff"
        overrides.mkdir(parents=True)
        shipped = (TEMPLATES / "claimdiff" / "claim.html").read_text(encoding="utf-8")
        mine = shipped.replace('class="cd-text"', 'class="cd-text" data-mine="1"', 1)
        assert mine != shipped
        (overrides / "claim.html").write_text(mine, encoding="utf-8")
        theme["custom_dir"] = str(tmp_path / "overrides")
    ahead = build_demo(tmp_path, "ahead", theme, use_directory_urls)
    assert taken(caplog) == generated_pages()
    caplog.clear()
    monkeypatch.setattr(ClaimDiffPlugin, "_render_ahead", lambda self, config: None)
    here = build_demo(tmp_path, "here", theme, use_directory_urls)
    assert taken(caplog) == 0
    assert site_files(ahead) == site_files(here)
    story = next((ahead / "stories").glob("*/index.html"))
    page = BeautifulSoup(story.read_text(encoding="utf-8"), "html.parser")
    claims = page.select(".cd-claim p.cd-text")
    assert claims
    assert all(claim.get("data-mine") == ("1" if override else None) for claim in claims)


@pytest.mark.usefixtures("pooled")
def test_pages_rendered_with_other_templates_are_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A template saved while the workers rendered: the build's templates hash otherwise, so it
    renders every page itself, and the site is the one it renders without the workers."""
    edited = "edited {}".format
    monkeypatch.setattr(
        plugin_module, "template_sources", lambda env: edited(template_sources(env))
    )
    theme = {"name": "mkdocs"}
    again = build_demo(tmp_path, "again", theme, True)
    assert taken(caplog) == 0
    monkeypatch.setattr(ClaimDiffPlugin, "_render_ahead", lambda self, config: None)
    assert site_files(again) == site_files(build_demo(tmp_path, "here", theme, True))


def test_pages_linked_elsewhere_in_the_build_do_not_fit(tmp_path: Path) -> None:
    """Another plugin may move a page after the workers linked it: then none of the story's
    pages fit, not even those whose own place did not change."""
    uris = PageUris("stories")
    urls = {uris.story("quake"): "stories/quake/", uris.article("quake", "a"): "stories/quake/a/"}
    pages = PagesAhead({uris.story("quake"): "<p>story</p>"}, None, "{}", urls, "templates")
    moved = Files(
        [
            File(uris.story("quake"), None, str(tmp_path), True),
            File(uris.article("quake", "a"), None, str(tmp_path), False),
        ]
    )
    assert not pages.fits(site_urls(moved), "templates")
    ahead = RenderedAhead()
    ahead.keep("quake", pages)
    found = ahead.fitting("quake", uris.story("quake"), "stories/quake/", moved, "templates")
    assert found is None
    kept = Files([File(uri, None, str(tmp_path), True) for uri in urls])
    assert pages.fits(site_urls(kept), "templates")
    assert not pages.fits(site_urls(kept), "other templates")
    ahead.clear()  # the next build
    ahead.keep("quake", pages)
    found = ahead.fitting("quake", uris.story("quake"), "stories/quake/", kept, "templates")
    assert found is not None and ahead.take(found, uris.story("quake")) == "<p>story</p>"


def test_a_failing_render_in_a_worker_leaves_the_comparison_standing() -> None:
    """The build then renders the story's pages itself, where the error shows."""
    story = discover(DEMO_ARTICLES)[0][0]
    job: Job = (story, (None,) * len(story.articles), AlignOptions.create())

    def failing(comparison: Comparison) -> Any:
        raise ValueError("a broken template")

    done, made = pipeline.run_pooled_job(job, failing)
    assert made is None
    assert done == pipeline.run_job(job)


def test_a_theme_that_does_not_pickle_is_rendered_in_the_build(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nplugins: [claimdiff]\n")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    ahead = RenderAhead(config.theme, PageUris("stories"), True, True, "build")
    assert ahead.pickles()
    assert pickle.loads(pickle.dumps(ahead)).theme.dirs == config.theme.dirs
    config.theme["unpicklable"] = lambda: None
    assert not ahead.pickles()
