"""Shared helpers: build real MkDocs sites in a temporary folder and read their HTML."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from hypothesis import HealthCheck, settings
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_claimdiff.model import Article, Comparison, assemble_body
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.pipeline import compare_story
from mkdocs_claimdiff.sources import markdown
from mkdocs_claimdiff.sources.discover import discover

settings.register_profile(
    "quick", max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough",
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("quick")
"""Property tests try a dozen generated inputs in the quick loop a developer runs. ``make test``
(``--hypothesis-profile=thorough``) tries eighty, the same eighty on every run, so that CI
passes or fails on the code, never on the draw; ``make fuzz`` draws three thousand new ones a
test, to find what the fixed draw cannot."""

ROOT = Path(__file__).resolve().parent.parent
DEMO_ARTICLES = ROOT / "site" / "articles"
DEMO_STORIES = tuple(story.id for story in discover(DEMO_ARTICLES)[0])
# The demo's two-article story: the one most tests build, as every added article slows a build.
FIRST_STORY = "assad-escape"


@cache
def demo_comparison(story_id: str = FIRST_STORY) -> Comparison:
    """One demo story compared, once per test run: the seven-article story takes seconds."""
    (story,) = (story for story in discover(DEMO_ARTICLES)[0] if story.id == story_id)
    return compare_story(story, AlignOptions.create())


def attribute(tag: Tag | None, name: str) -> str:
    """An attribute that holds one value, such as ``href``: the test fails on any other (or
    when there is no tag)."""
    assert tag is not None, name
    value = tag[name]
    assert isinstance(value, str), (name, value)
    return value


def assert_every_claim_once(page: BeautifulSoup, comparison: Comparison) -> None:
    """The comparison page shows each claim of each article exactly once, with its text."""
    for entry in comparison.articles:
        for claim in entry.claims:
            found = page.find_all(id=claim.id)
            assert len(found) == 1, claim.id
            assert found[0].select_one(".cd-text").get_text() == claim.text
    claim_boxes = page.select(".cd-claim")
    assert len(claim_boxes) == sum(len(entry.claims) for entry in comparison.articles)


def _other_demo_stories(
    articles: Path, keep: Collection[str] | None
) -> Callable[[str, list[str]], list[str]] | None:
    """A ``copytree`` filter that leaves out the demo story folders not in ``keep``."""
    if keep is None or articles != DEMO_ARTICLES:
        return None
    return lambda folder, names: [
        name for name in names if Path(folder) == DEMO_ARTICLES and name not in keep
    ]


class Site:
    """A built site: its folders and a way to read a page as parsed HTML."""

    def __init__(self, root: Path, use_directory_urls: bool) -> None:
        self.root = root
        self.docs = root / "docs"
        self.out = root / "out"
        self.use_directory_urls = use_directory_urls

    def page_path(self, uri: str) -> Path:
        """Where the page for a source URI such as ``stories/x/index.md`` was written."""
        stem = uri.removesuffix(".md")
        if stem.endswith("index") or not self.use_directory_urls:
            return self.out / f"{stem}.html"
        return self.out / stem / "index.html"

    def html(self, uri: str) -> BeautifulSoup:
        return BeautifulSoup(self.page_path(uri).read_text(encoding="utf-8"), "html.parser")


SiteBuilder = Callable[..., Site]


@pytest.fixture
def make_site(tmp_path: Path) -> SiteBuilder:
    """Write a site into ``tmp_path`` (demo articles unless told otherwise) and build it.

    Of the demo, only the stories named in ``demo_stories`` are copied (None copies them all).
    """

    def make(
        theme: str | dict[str, str] = "mkdocs",
        use_directory_urls: bool = True,
        plugin: dict[str, Any] | None = None,
        articles: Path | None = DEMO_ARTICLES,
        strict: bool = False,
        demo_stories: Collection[str] | None = (FIRST_STORY,),
        extra: dict[str, Any] | None = None,
    ) -> Site:
        site = Site(tmp_path / "site", use_directory_urls)
        site.docs.mkdir(parents=True, exist_ok=True)
        (site.docs / "index.md").write_text("# Home\n\nSee [the stories](stories/index.md).\n")
        if articles is not None:
            only = _other_demo_stories(articles, demo_stories)
            shutil.copytree(articles, site.docs / "articles", dirs_exist_ok=True, ignore=only)
        config = {
            "site_name": "Test",
            "docs_dir": str(site.docs),
            "site_dir": str(site.out),
            "theme": theme if isinstance(theme, dict) else {"name": theme},
            "use_directory_urls": use_directory_urls,
            "plugins": ["search", {"claimdiff": plugin or {}}],
            **(extra or {}),
        }
        config_file = site.root / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(config))
        build(load_config(str(config_file), strict=strict))
        return site

    return make


# Site chrome of the two seed scrapes: none of it may survive as article text or a claim.
SEED_CHROME = [
    "Skip to content",
    "Edit post",
    "AI assistance",
    "min read",
    "Related article",
    "Subscribe",
    "indicates required",
    "News Feed",
    "MORE NEWS",
    "Editors' Picks",
    "Getty Images",
    "AFP",
    "tears down a portrait",
    "What does Assad",
    "stunning rapidity",
    "Original url",
    "newsletter",
]


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang the test run, when the body blocks."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tiers by folder: ``tests/browser`` (Chromium), ``tests/site`` (MkDocs builds, ``mkdocs
    serve``, processes) and ``tests/unit``, the tests of each stage: ``pytest -m "not site and
    not browser"`` is the quick loop, ``make test`` runs all. A test elsewhere that builds a
    site (``make_site``) counts as a site test all the same."""
    for item in items:
        tier = item.path.parent.name
        if tier == "browser":
            item.add_marker(pytest.mark.browser)
        elif tier == "site" or "make_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.site)


class Links:
    """Relative links as MkDocs would make them from a page one folder down."""

    def index(self) -> str:
        return "../"

    def story(self, story_id: str) -> str:
        return f"../{story_id}/"

    def article(self, story_id: str, article_id: str) -> str:
        return f"../{story_id}/{article_id}/"

    def export(self, story_id: str) -> str:
        return f"../{story_id}.json"


def markdown_article(identifier: str, text: str) -> Article:
    """An article read from Markdown ``text`` as if from ``<identifier>.md``, without a file."""
    path = Path(f"{identifier}.md")
    draft = markdown.read(text, path)
    body, blocks = assemble_body(list(draft.parts))
    return Article(identifier, path, "s", draft.title or identifier, body, blocks, url=None)
