"""A story's generated pages rendered ahead, by the worker that compared the story.

After the last story is compared, the build's own process would render every comparison and
article page alone while the other cores sit idle. So a worker renders a story's pages right
after comparing it, through the theme's templates (``custom_dir`` overrides included) and with
the links MkDocs gives these pages, and the plugin hands MkDocs that HTML in
``on_page_content``. The plugin takes it only when it fits the build: the same templates, and
every page of the story at the URL the worker linked it by; otherwise it renders the page
itself, as it does for stories taken from the cache or compared in its own process.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass

import jinja2
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme

from ..model import Comparison
from ..output.render import render_story
from .pages import PageLinker, PageUris, site_urls, template_sources


@dataclass(frozen=True)
class PagesAhead:
    """One story's pages as a worker rendered them, with what they were rendered for."""

    html: dict[str, str]
    """Each page's HTML by its source path: the comparison page and each article's."""
    search: str | None
    """What search indexes for the comparison page, when the site asked for it."""
    export: str
    """The story's comparison as JSON."""
    urls: dict[str, str]
    """The URL of each page the story's pages link (and of the pages themselves)."""
    templates: str
    """``template_sources`` of the environment they were rendered with."""

    def fits(self, url_of: Callable[[str], str | None], templates: str) -> bool:
        """Whether the build would render the same: the same templates, and every page the
        worker linked at the URL the build gives it (another plugin may move pages)."""
        return templates == self.templates and all(
            url_of(src_uri) == url for src_uri, url in self.urls.items()
        )


@dataclass(frozen=True)
class RenderAhead:
    """What a worker needs to render a story's pages as the build would (``pipeline.Finish``):
    it is pickled with each job, and called with the story's comparison."""

    theme: Theme
    uris: PageUris
    use_directory_urls: bool
    search: bool
    """Whether to render what search indexes for the comparison page (``search.html``)."""
    build: str
    """Tells builds apart, so that a process never renders with the environment of an
    earlier build, whose templates may have changed since."""

    def pickles(self) -> bool:
        """Whether it can be handed to a worker: a theme may hold options that do not pickle."""
        try:
            pickle.dumps(self)
        except Exception:  # any failure means: render in the build's process
            return False
        return True

    def __call__(self, comparison: Comparison) -> PagesAhead:
        env, templates = self._environment()
        story = comparison.story.id
        story_page = self.uris.story(story)
        article_pages = {
            entry.article.id: self.uris.article(story, entry.article.id)
            for entry in comparison.articles
        }
        linked = [self.uris.index(), self.uris.export(story), story_page, *article_pages.values()]
        urls = {src_uri: File(src_uri, None, "", self.use_directory_urls).url for src_uri in linked}

        def links(src_uri: str) -> PageLinker:
            return PageLinker(self.uris, urls[src_uri], urls.get)

        rendered = render_story(
            env, comparison, links(story_page), lambda id: links(article_pages[id]), self.search
        )
        html = {story_page: rendered.story}
        for entry, article_html in zip(comparison.articles, rendered.articles, strict=True):
            html[article_pages[entry.article.id]] = article_html
        return PagesAhead(html, rendered.search, rendered.export, urls, templates)

    def _environment(self) -> tuple[jinja2.Environment, str]:
        """The theme's template environment, as the plugin gets it (``Theme.get_env``), and
        the hash of its templates: made once per build in each process."""
        key = (self.build, tuple(self.theme.dirs))
        found = _ENVIRONMENT.get(key)
        if found is None:
            env = self.theme.get_env()
            found = (env, template_sources(env))
            _ENVIRONMENT.clear()
            _ENVIRONMENT[key] = found
        return found


class RenderedAhead:
    """The pages the workers rendered in this build, by story, and which of them the build
    took."""

    def __init__(self) -> None:
        self._stories: dict[str, PagesAhead] = {}
        self._fits: dict[str, bool] = {}
        """Per story, whether its pages fit this build (``PagesAhead.fits``): checked once."""
        self.taken = 0
        """Pages whose HTML the build took from the workers, for the debug log."""

    def keep(self, story: str, pages: PagesAhead) -> None:
        self._stories[story] = pages

    def fitting(
        self, story: str | None, src_uri: str, url: str, files: Files, templates: str
    ) -> PagesAhead | None:
        """The pages of ``story`` if they fit this build, whose templates hash to
        ``templates``, and link the page ``src_uri`` at ``url``, the page's URL in it."""
        pages = None if story is None else self._stories.get(story)
        if story is None or pages is None:
            return None
        if story not in self._fits:
            self._fits[story] = pages.fits(site_urls(files), templates)
        return pages if self._fits[story] and pages.urls.get(src_uri) == url else None

    def take(self, pages: PagesAhead, src_uri: str) -> str | None:
        """The page's HTML among ``pages`` (from ``fitting``)."""
        found = pages.html.get(src_uri)
        self.taken += found is not None
        return found

    def clear(self) -> None:
        """Forget the pages of the build that ends (or of one that stopped half-way)."""
        self._stories.clear()
        self._fits.clear()
        self.taken = 0


_ENVIRONMENT: dict[tuple[str, tuple[str, ...]], tuple[jinja2.Environment, str]] = {}
"""This process's environment for the build it renders ahead for (one at a time)."""
