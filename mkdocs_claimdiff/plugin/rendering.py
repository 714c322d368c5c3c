"""The generated pages' HTML, rendered from the package's templates through the theme's
environment (so a ``custom_dir`` overrides any of them), and what search indexes in their place.

Under ``mkdocs serve`` one plugin instance lives across rebuilds, and so does this renderer:
each page's HTML and search summary is kept while everything it was made from stays the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page

from ..model import ArticleClaims, Comparison
from ..output.render import (
    article_outline,
    comparison_outline,
    inline_claims,
    render_article,
    render_comparison,
    render_index,
    render_search,
)
from ..store.keys import digest
from ..store.pages import RenderedPages
from .compiled import CompiledTemplates
from .pages import GeneratedPage, PageLinker, contents, template_sources

log = get_plugin_logger(__name__)

LARGE_PAGE_BYTES = 10_000_000
"""A comparison page this large is more than a browser opens with ease: one scrape of 5 MB made
a page of 70 MB, 28,765 rows (helper-188's review). The build warns, naming the story."""


@dataclass(frozen=True)
class Shown:
    """What a generated page shows: its story's comparison and, on an article's page, the
    article's claims (neither on the index of every story)."""

    comparison: Comparison | None = None
    entry: ArticleClaims | None = None


class PageRenderer:
    """Renders generated pages and keeps, per page, its HTML and search summary by a key of
    all they depend on (``RenderedPages``)."""

    def __init__(self) -> None:
        self.compiled = CompiledTemplates()
        """The templates compiled by this build's environments (this one's and MkDocs'), for
        the next rebuild's."""
        self._env: jinja2.Environment | None = None
        self._templates = ""
        """The templates' sources as one hash: a ``custom_dir`` override changes it."""
        self._rendered = RenderedPages()
        self._summaries = RenderedPages()
        self.for_search: dict[str, str] = {}
        """Per generated page, what search indexes in its place (``render_search``)."""
        self.seconds = 0.0
        """Time spent rendering this build's pages, for the debug log."""

    def forget_environment(self) -> None:
        """A new configuration (a rebuild): the theme's environment is made anew."""
        self._env = None

    def page(
        self,
        page: Page,
        generated: GeneratedPage,
        shown: Shown,
        links: PageLinker,
        config: MkDocsConfig,
        every_story: Callable[[], Sequence[Comparison]],
        *,
        index_title: str,
        search_comparisons: bool,
        max_columns: int,
    ) -> str:
        """A generated page's HTML, with its table of contents set on ``page``, or, under
        ``mkdocs serve``, its HTML from the last rebuild that rendered it from the same
        inputs: the story's version (which covers the plugin's code), where the page sits,
        the URL style and the templates, a ``custom_dir`` override included. The index of
        every story asks ``every_story`` for the comparisons."""
        comparison, entry = shown.comparison, shown.entry
        if comparison is None:
            page.toc = contents((generated.title, ()))
        elif entry is None:
            page.toc = contents(comparison_outline(comparison, max_columns))
        else:
            page.toc = contents(article_outline(entry.article))
        env = self._environment(config)
        key = digest(
            generated.kind,
            generated.version,
            page.file.src_uri,
            page.url,
            str(config.use_directory_urls),
            index_title,
            str(max_columns),
            self._templates,
        )
        if comparison is not None and (entry is not None or not search_comparisons):
            search = partial(render_search, env, comparison, entry, links)
            self.for_search[page.file.src_uri] = self._summaries.made(
                page.file.src_uri, key, search
            )
        found = self._rendered.get(page.file.src_uri, key)
        if found is None:
            started = time.perf_counter()
            if comparison is None:
                found = render_index(env, every_story(), links, index_title)
            elif entry is None:
                found = render_comparison(env, comparison, links, max_columns)
                if len(found) > LARGE_PAGE_BYTES / 4 and len(found.encode()) > LARGE_PAGE_BYTES:
                    log.warning(_too_large(comparison, len(found.encode())))
            else:
                found = render_article(env, comparison, entry, links)
            self.seconds += time.perf_counter() - started
            self._rendered.put(page.file.src_uri, key, found)
        return found

    def forget_unused(self) -> None:
        """Drop the pages not rendered since the last call (see ``RenderedPages``)."""
        self._rendered.forget_unused()
        self._summaries.forget_unused()

    def _environment(self, config: MkDocsConfig) -> jinja2.Environment:
        """The theme's template environment, so a ``custom_dir`` overrides our templates."""
        if self._env is None:
            self._env = config.theme.get_env()
            inline_claims(self._env)
            self.compiled.attach(self._env)
            self._templates = template_sources(self._env)
        return self._env


def _too_large(comparison: Comparison, size: int) -> str:
    """The warning about a comparison page of ``size`` bytes, naming its longest article."""
    longest = max(comparison.articles, key=lambda entry: len(entry.article.body)).article
    return (
        f"story {comparison.story.id}: its comparison page is {size / 1e6:.0f} MB"
        f" ({len(comparison.rows):,} rows), more than a browser opens with ease; its longest"
        f" article is {longest.path} ({len(longest.body):,} characters): lower"
        " max_article_bytes, or split the article"
    )
