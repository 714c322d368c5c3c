"""The MkDocs adapter: turns the articles folder into generated story pages.

The plugin package is the only one that imports MkDocs; this module holds its events. It reads
the articles in ``on_files`` (so an edit under ``mkdocs serve`` is picked up on the next
rebuild), adds one generated page per story, per article and for the story index, and fills
their content from the package's Jinja2 templates in ``on_page_content``. The templates and the
stylesheet are found through the theme's directories, so a ``custom_dir`` can override any of
them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .. import collector
from ..comparing import ComparingFolder
from ..options import AlignOptions, RunOptions
from ..output.export import to_json
from ..output.render import TEMPLATES
from ..pipeline import start_comparing
from ..progress import Progress
from ..sources.markup import page_title
from ..store.comparisons import ComparisonCache
from ..store.keys import digest
from ..store.pages import PageVersions, RenderedPages
from ..workers import available_cpus, warm_up
from .config import ClaimDiffConfig, safe_prefix
from .events import handled_after, reads_pages_first
from .exports import hold_place, write, written_in_place
from .nav import lift_lone_story_pages, title_pages
from .pages import (
    GeneratedPage,
    PageLinker,
    PageUris,
    VersionedFile,
    contents,
    in_build_order,
    replace_file,
    shown_to_search,
)
from .paths import cache_folder, followed, is_within, take_article_files, watch_articles
from .rendering import PageRenderer, Shown

log = get_plugin_logger(__name__)

SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""PyYAML's safe dumper in C (libyaml) where PyYAML was built with it, as its wheels are: the
same text as the Python one, about ten times faster, for the front matter of every generated
page (hundreds a build)."""
STYLESHEET = "assets/claimdiff/claimdiff.css"
SCRIPT = "assets/claimdiff/claimdiff.js"


class ClaimDiffPlugin(BasePlugin[ClaimDiffConfig]):
    """Generates a story index, a comparison page per story and a page per article."""

    def __init__(self) -> None:
        self._pages: dict[str, GeneratedPage] = {}
        self._comparing: ComparingFolder | None = None
        self._waiting: dict[int | None, list[Page]] = {}
        """Per story (None: the index), its pages populated before its comparison came: they
        are rendered as it comes (``on_env``, ``on_page_context``)."""
        self._exports_of: dict[int, File] = {}
        """Per story, its JSON export, written once its comparison has come."""
        self._files = Files([])
        """The site's files, which the links of the pages rendered as MkDocs builds them need."""
        self._articles_folder = Path()
        """The articles folder as configured; ``_articles_path`` is where its links lead."""
        self._articles_path = Path()
        self._uris = PageUris("stories")
        self._cache = ComparisonCache(None)
        self._versions = PageVersions(None)
        self._renderer = PageRenderer()
        self._exports = RenderedPages()
        """Per story, its JSON export: a rebuild under ``mkdocs serve`` encodes only the stories
        whose key changed."""
        self._dirty = False
        self._serving = False
        self._shown: dict[str, Callable[[], None]] = {}
        """Per generated page, what puts it back for the theme while search indexes it."""
        self._frozen = False
        """Whether this build froze what it keeps (``_freeze``), to thaw when it ends."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this hook makes MkDocs keep one plugin instance for all the rebuilds of
        ``mkdocs serve``, and with it the comparisons and pages kept in memory."""
        self._dirty, self._serving = dirty, command == "serve"
        collector.skip_the_collection_at_exit()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._articles_folder = Path(
            os.path.normpath(Path(config.docs_dir) / self.config.articles_dir)
        )
        self._articles_path = followed(config.docs_dir, self._articles_folder)
        if not self.config.enabled:
            return config
        self._uris = PageUris(safe_prefix(self.config.output_dir))
        if is_within(Path(config.docs_dir), self._articles_path):
            raise PluginError(
                f"claimdiff: 'articles_dir' must be a folder inside or beside docs_dir, not "
                f"{self._articles_path}, which holds all of docs_dir: the plugin would take "
                "every page of the site for an article"
            )
        if str(TEMPLATES) not in config.theme.dirs:
            config.theme.dirs.append(str(TEMPLATES))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in (str(script) for script in config.extra_javascript):
            config.extra_javascript.append(SCRIPT)
        self._renderer.forget_environment()
        folder = (
            cache_folder(config, self.config, self._articles_path) if self.config.cache else None
        )
        owner = f"{Path(config.config_file_path or '.').resolve()}\n{self._articles_path}"
        cache = ComparisonCache(folder, owner)
        if cache.folder != self._cache.folder:
            self._cache = cache
        versions = None if cache.folder is None else cache.folder / "pages.json"
        if versions != self._versions.path:
            self._versions = PageVersions(versions)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return self._without_articles(files, config)
        self._thaw()  # a build that stopped half-way
        try:
            with collector.paused():  # see _freeze
                return self._generate(files, config)
        finally:
            self._freeze()

    def _generate(self, files: Files, config: MkDocsConfig) -> Files:
        """Read and compare the articles; add the generated pages and exports to ``files``."""
        # Nothing of a build that stopped half-way may swap the content of this one's pages.
        self._renderer.for_search.clear()
        self._shown.clear()
        take_article_files(files, self._articles_folder)
        if self._comparing is not None:  # a build stopped by what MkDocs does not report
            self._comparing.cancel()  # (Ctrl-C in a notebook) may still be comparing
        comparing = start_comparing(
            self._articles_path, self.run_options(), self._cache, Progress(log.info), _timed
        )
        self._comparing = comparing
        for problem in comparing.problems:
            log.warning(str(problem))
        self._pages = {}
        self._waiting = {}
        self._exports_of = {}
        in_nav = InclusionLevel.UNDEFINED if self.config.nav_articles else InclusionLevel.NOT_IN_NAV
        index = GeneratedPage("index", self.config.index_title, digest(*comparing.keys))
        self._add(files, config, self._uris.index(), index)
        for place, (key, story) in enumerate(zip(comparing.keys, comparing.stories, strict=True)):
            self._add(
                files,
                config,
                self._uris.story(story.id),
                GeneratedPage("story", story.title, key, place),
            )
            export = written_in_place(config, self._uris.export(story.id))
            replace_file(files, export)  # written when the comparison comes
            self._exports_of[place] = export
            for number, article in enumerate(story.articles):
                page = GeneratedPage("article", article.title, key, place, number)
                self._add(files, config, self._uris.article(story.id, article.id), page, in_nav)
        self._versions.forget_unused()
        return files

    def run_options(self) -> RunOptions:
        """What this configuration asks of the pipeline (``claimdiff export --config-file``
        reads the same)."""
        return RunOptions(
            align=AlignOptions.create(float(self.config.threshold), self.config.aliases),
            max_article_bytes=self.config.max_article_bytes,
            workers=self.config.workers or available_cpus(),
        )

    def _without_articles(self, files: Files, config: MkDocsConfig) -> Files:
        """Turned off, the plugin still keeps the articles folder out of the site: its files
        are scraped pages, which MkDocs would publish as they are (a saved page's scripts, a
        Markdown article's raw HTML). A folder that holds all of ``docs_dir`` is no articles
        folder; it is left alone."""
        if not is_within(Path(config.docs_dir), self._articles_path):
            left_out = take_article_files(files, self._articles_folder)
            if left_out:
                log.info(
                    f"claimdiff is off (enabled: false): the {len(left_out)} files of "
                    f"{self.config.articles_dir!r} are left out of the site, as always"
                )
        return files

    def _add(
        self,
        files: Files,
        config: MkDocsConfig,
        src_uri: str,
        page: GeneratedPage,
        inclusion: InclusionLevel = InclusionLevel.UNDEFINED,
    ) -> None:
        """Add a generated page. Its Markdown source is only a title; it counts as new for
        ``mkdocs serve --dirty`` and ``mkdocs build --dirty`` only when the page's ``version``
        changed after its output was written, so they rebuild just the pages of the stories
        that changed (``VersionedFile``). ``inclusion`` left undefined lets MkDocs'
        ``not_in_nav`` setting decide."""
        title = {"title": page_title(page.title)}
        front_matter = yaml.dump(title, Dumper=SAFE_DUMPER, allow_unicode=True)
        content = f"---\n{front_matter}---\n"
        generated = VersionedFile.generated(config, src_uri, content=content, inclusion=inclusion)
        assert isinstance(generated, VersionedFile)  # MkDocs makes it of the class asked
        generated.changed_ns = self._versions.changed_at(src_uri, page.version)
        replace_file(files, generated)
        self._pages[src_uri] = page

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Title the generated pages and their stories' sections; without an explicit
        ``nav``, a story's section that holds only its page becomes that page."""
        title_pages(nav, self._pages)
        if config.nav is None:
            nav.items = lift_lone_story_pages(nav.items, None, self._pages)
        return nav

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Render a generated page whose comparison has come (for the index of every story:
        every comparison). The others wait for ``on_env``, so that rendering goes on beside the
        comparing, unless a later plugin or hook reads or changes the HTML of pages: then the
        page waits for its comparison here, so that plugin sees the page as it will be."""
        generated = self._pages.get(page.file.src_uri)
        if generated is None:
            return html
        if self._comparing is not None and not self._comparing.has_come(generated.story):
            if not handled_after(self, config, "page_content"):
                page.toc = contents((generated.title, ()))
                self._waiting.setdefault(generated.story, []).append(page)
                return ""
            self._comparing.wait(generated.story)
        self._files = files
        return self._filled(page, generated, config)

    @event_priority(100)  # before any other plugin's, which may read the pages' HTML
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """Render the pages and write the exports of the stories whose comparisons have come.
        The other pages are rendered as MkDocs builds them (``on_page_context``), laid out in
        the order the stories are compared and the index of every story last, so that MkDocs
        builds the pages of the first stories while the workers compare the others. When
        another plugin or a hook handles ``on_env`` after this one, or the site has templates
        MkDocs renders before the pages (``reads_pages_first``), which may read every page's
        HTML, every page is rendered here first. Exports the site leaves out are not written."""
        if self.config.enabled:  # the templates compiled by the build before, if any
            self._renderer.compiled.attach(env)
        if self._comparing is None:
            return env
        self._files = files
        if handled_after(self, config, "env") or reads_pages_first(config):
            self._comparing.wait(None)
        published = InclusionLevel.is_in_serve if self._serving else InclusionLevel.is_included
        self._exports_of = {at: f for at, f in self._exports_of.items() if published(f.inclusion)}
        self._fill_come(config)
        for export in self._exports_of.values():
            hold_place(export)
        in_build_order(files, self._pages, self._comparing.order())
        return env

    @event_priority(100)  # before search indexes the page and the theme shows it
    def _fill_a_waiting_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """A page whose comparison had not come when MkDocs started building pages waits for
        it here, then the pages of every story come by then are rendered."""
        generated = self._pages.get(page.file.src_uri)
        if self._comparing is None or generated is None:
            return
        if any(waiting is page for waiting in self._waiting.get(generated.story, ())):
            self._comparing.wait(generated.story)
            self._fill_come(config)

    def _fill_come(self, config: MkDocsConfig) -> None:
        """Render the waiting pages and write the exports of each story whose comparison has
        come (the index: when every story's has)."""
        assert self._comparing is not None
        for place in [place for place in self._waiting if self._comparing.has_come(place)]:
            for page in self._waiting.pop(place):
                page.content = self._filled(page, self._pages[page.file.src_uri], config)
        for place in list(self._exports_of):
            comparison = self._comparing.comparison(place)
            if comparison is not None:
                export, key = self._exports_of.pop(place), self._comparing.keys[place]
                text = self._exports.made(export.src_uri, key, partial(to_json, comparison))
                write(export, text)

    def _filled(self, page: Page, generated: GeneratedPage, config: MkDocsConfig) -> str:
        """A generated page's HTML, its comparison come (``PageRenderer.page``)."""
        shown = Shown()
        comparing, story = self._comparing, generated.story
        comparison = None if comparing is None or story is None else comparing.comparison(story)
        if comparison is not None:
            entry = None if generated.article is None else comparison.articles[generated.article]
            shown = Shown(comparison, entry)
        return self._renderer.page(
            page,
            generated,
            shown,
            PageLinker(self._uris, page, self._files),
            config,
            lambda: self._comparing.result().comparisons if self._comparing else (),
            index_title=self.config.index_title,
            search_comparisons=self.config.search_comparisons,
            max_columns=self.config.max_columns,
        )

    @event_priority(1)
    def _show_search_its_summary(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """Just before the search plugin (default priority) indexes a generated page, hand it
        what a reader should find (``shown_to_search``)."""
        if page.file.src_uri in self._pages:
            summary = self._renderer.for_search.pop(page.file.src_uri, None)
            self._shown[page.file.src_uri] = shown_to_search(page, summary)

    @event_priority(-1)
    def _restore_the_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """Right after indexing, the page gets its comparison and titles back for the theme."""
        self._shown.pop(page.file.src_uri, lambda: None)()

    on_page_context = CombinedEvent(
        _fill_a_waiting_page, _show_search_its_summary, _restore_the_page
    )

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Keep the rendered pages of this build and no others (a dirty build renders only
        some pages, so it keeps them all), and write the exports of any story whose pages
        MkDocs did not build."""
        if self._comparing is not None and self._exports_of:
            self._comparing.wait(None)
            self._fill_come(config)
        if not self._dirty:
            self._renderer.forget_unused()
            self._exports.forget_unused()
        _timed("render", self._renderer.seconds)
        self._renderer.seconds = 0.0
        self._thaw()

    def on_build_error(self, *, error: Exception) -> None:
        """Stop the comparing, and let it end before the next build (``mkdocs serve``) uses
        the store: no page waits for it any more."""
        if self._comparing is not None:
            self._comparing.cancel()
        self._thaw()

    def _freeze(self) -> None:
        """Keep what lives after ``on_files`` from the cycle collector while the pages render
        (``collector.freeze``), until the build ends (``on_post_build``, ``on_build_error``)."""
        self._frozen = self._frozen or collector.freeze()

    def _thaw(self) -> None:
        if self._frozen:
            collector.thaw()
            self._frozen = False

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Watch an articles folder outside ``docs_dir``, and load the readers and the matcher
        while the server waits for the first save: a build whose stories were all cached never
        loaded them, and the first edit would otherwise wait for them (numpy and scipy too)."""
        if not self.config.enabled:
            return server
        watch_articles(server, self._articles_path, Path(config.docs_dir))
        threading.Thread(target=warm_up, daemon=True).start()
        return server


def _timed(stage: str, seconds: float) -> None:
    """Each stage's time in the debug log (``mkdocs build --verbose``): benchmarks read it."""
    log.debug(f"{stage} stage: {seconds:.3f} s")
