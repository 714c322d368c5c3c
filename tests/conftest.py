"""Shared helpers: build real MkDocs sites in a temporary folder and read their HTML."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
DEMO_ARTICLES = ROOT / "site" / "articles"


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
    """Write a site into ``tmp_path`` (demo articles unless told otherwise) and build it."""

    def make(
        theme: str | dict[str, str] = "mkdocs",
        use_directory_urls: bool = True,
        plugin: dict[str, Any] | None = None,
        articles: Path | None = DEMO_ARTICLES,
        strict: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> Site:
        site = Site(tmp_path / "site", use_directory_urls)
        site.docs.mkdir(parents=True, exist_ok=True)
        (site.docs / "index.md").write_text("# Home\n\nSee [the stories](stories/index.md).\n")
        if articles is not None:
            shutil.copytree(articles, site.docs / "articles", dirs_exist_ok=True)
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
