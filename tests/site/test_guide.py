"""The user's guide: the demo site's Guide section, its generated option reference, and the
README that links to it."""

from __future__ import annotations

import inspect
import re
from importlib.metadata import entry_points
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from markdown_it import MarkdownIt
from mkdocs.commands.build import build
from mkdocs.config import base, load_config

from ..conftest import ROOT
from ..unit.test_guide import README

GUIDE = ROOT / "site" / "guide"


SERVED = "http://127.0.0.1:8000/"
"""Where ``make serve`` shows the demo site."""


def plugin_config_class() -> type[base.Config]:
    """The config class of the plugin MkDocs loads as ``claimdiff``, wherever it lives."""
    (entry,) = entry_points(group="mkdocs.plugins", name="claimdiff")
    config_class: type[base.Config] = entry.load().config_class
    return config_class


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site, built strict from its own ``mkdocs.yml``."""
    site_dir = tmp_path_factory.mktemp("guide") / "site"
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True))
    return site_dir


def html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def words(text: str) -> str:
    """``text`` with its whitespace collapsed and code marks dropped, as a reader sees it."""
    return " ".join(text.replace("`", "").split())


def assignment(name: str) -> str:
    """A pattern for the statement that declares option ``name``, annotated or not."""
    return rf"\b{name}(?: ?:[^=\"]*)? = "


def declared_docstring(config_class: type[base.Config], name: str, names: list[str]) -> str:
    """The text of ``config_class``'s source between option ``name`` and the next option: where
    its docstring stands."""
    source = words(inspect.getsource(config_class))
    start = re.search(assignment(name), source)
    assert start is not None, f"{name} is not assigned in the source of {config_class}"
    following = names[names.index(name) + 1 :]
    ends = [m.start() for n in following if (m := re.search(assignment(n), source))]
    return source[start.end() : min(ends, default=len(source))]


@pytest.mark.site
def test_option_reference_lists_every_option_with_its_default_and_docstring(built: Path) -> None:
    config_class = plugin_config_class()
    schema = dict(base.get_schema(config_class))
    page = html(built / "guide" / "options" / "index.html")
    sections = {heading["id"]: heading for heading in page.select("h2[id]")}
    assert list(sections) == list(schema), "one section per option, in the class's order"
    names = list(schema)
    for name, option in schema.items():
        paragraphs = []
        for sibling in sections[name].find_next_siblings():
            if not isinstance(sibling, Tag) or sibling.name == "h2":
                break
            paragraphs.append(sibling.get_text())
        default, *description = paragraphs
        shown = words(default).removeprefix("Default: ")
        assert (None if shown == "unset" else yaml.safe_load(shown)) == option.default, name
        text = words(" ".join(description))
        assert text, f"{name} has a description"
        assert text in declared_docstring(config_class, name, names), name


@pytest.mark.site
def test_guide_is_built_from_site_guide_and_not_written_into_docs_dir(built: Path) -> None:
    for source in GUIDE.glob("*.md"):
        page = "index.html" if source.stem == "index" else f"{source.stem}/index.html"
        assert (built / "guide" / page).is_file(), source
    assert not (GUIDE / "options.md").exists(), "the reference is generated, never written"
    home = html(built / "index.html")
    menu = [link.get_text(strip=True) for link in home.select(".navbar .dropdown-menu a")]
    assert "Options" in menu and "Getting started" in menu
    stories = html(built / "stories" / "index.html")
    main = stories.select_one("[role=main]")
    assert main is not None and "Getting started" not in main.get_text(), "no guide page is a story"
    assert not (built / "stories" / "guide").exists()


@pytest.mark.site
def test_links_between_guide_pages_reach_their_targets(built: Path) -> None:
    for page_path in (built / "guide").rglob("index.html"):
        for link in html(page_path).select("[role=main] a[href]"):
            parts = urlsplit(str(link["href"]))
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page_path.parent / parts.path).resolve()
            target = target / "index.html" if target.is_dir() else target
            assert target.is_file(), f"{page_path}: {link['href']}"
            if parts.fragment:
                assert html(target).find(id=parts.fragment), f"{page_path}: {link['href']}"


def readme_links() -> list[str]:
    tokens = MarkdownIt("commonmark").enable("table").parse(README.read_text(encoding="utf-8"))
    inline = [child for token in tokens for child in token.children or ()]
    return [str(link.attrs["href"]) for link in inline if link.type == "link_open"]


@pytest.mark.site
def test_readme_links_every_guide_page_and_each_exists_in_the_built_site(built: Path) -> None:
    linked = [href for href in readme_links() if href.startswith("site/guide/")]
    for href in linked:
        assert (ROOT / href).is_file(), href
        page = PurePosixPath(href).relative_to("site")
        served = page.parent / ("" if page.stem == "index" else page.stem) / "index.html"
        assert (built / served).is_file(), href
    pages = {path.relative_to(ROOT).as_posix() for path in GUIDE.glob("*.md")}
    assert pages - {"site/guide/index.md"} <= set(linked)
    text = README.read_text(encoding="utf-8")
    addresses = re.findall(rf"{re.escape(SERVED)}(\S*?)/?(?=[)\s])", text)
    assert "guide/options" in addresses, "the generated reference is named by its address"
    for address in addresses:
        assert (built / address / "index.html").is_file(), address
