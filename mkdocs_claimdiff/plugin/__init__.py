"""The MkDocs adapter: turns the articles folder into generated story pages.

The plugin package is the only one that imports MkDocs; this module holds its events. It reads
the articles in ``on_files`` (so an edit under ``mkdocs serve`` is picked up on the next
rebuild), adds one generated page per story, per article and for the story index, and fills
their content from the package's Jinja2 templates in ``on_page_content``. The templates and the
stylesheet are found through the theme's directories, so a ``custom_dir`` can override any of
them.
"""

from __future__ import annotations

import gc
import importlib
import os
import threading
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .. import collector
from ..model import Comparison
from ..options import AlignOptions, RunOptions
from ..output.export import to_json
from ..output.render import TEMPLATES
from ..pipeline import ComparingFolder, start_comparing
from ..progress import Progress
from ..sources.markup import page_title
from ..store.comparisons import ComparisonCache
from ..store.keys import digest
from ..store.pages import PageVersions, RenderedPages
from ..workers import available_cpus
from .config import ClaimDiffConfig
from .nav import lift_lone_story_pages, title_pages
from .pages import GeneratedPage, PageLinker, PageUris, VersionedFile, contents, replace_file
from .paths import cache_folder, is_within, safe_prefix
from .rendering import PageRenderer, Shown
from .site import ConfiguredSite, PluginNotUsed, SiteConfigError

log = get_plugin_logger(__name__)

ALIGN = "mkdocs_claimdiff.matching.align"
"""The matcher's module, imported only when a story must be compared."""
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
        are rendered as it comes (``on_env``)."""
        self._exports_of: dict[int, File] = {}
        """Per story, its JSON export, filled once its comparison has come."""
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
        self._shown: dict[str, str] = {}
        """Per comparison page, its HTML while search indexes the other."""
        self._frozen = False
        """Whether this build froze what it keeps (``_freeze``), to thaw when it ends."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this hook makes MkDocs keep one plugin instance for all the rebuilds of
        ``mkdocs serve``, and with it the comparisons and pages kept in memory."""
        self._dirty = dirty
        collector.skip_the_collection_at_exit()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        self._uris = PageUris(safe_prefix(self.config.output_dir))
        self._articles_folder = Path(
            os.path.normpath(Path(config.docs_dir) / self.config.articles_dir)
        )
        self._articles_path = self._articles_folder.resolve()
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
        folder = cache_folder(config, self.config) if self.config.cache else None
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
            return files
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
        for file in list(files):
            if file.abs_src_path and self._is_article_file(Path(file.abs_src_path)):
                files.remove(file)
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
            export = File.generated(config, self._uris.export(story.id), content="")
            replace_file(files, export)  # its content comes with the comparison (on_env)
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

    def _is_article_file(self, path: Path) -> bool:
        """Whether MkDocs found this file in the articles folder, which the plugin reads and
        never publishes: a file that sits there, wherever a link in its place leads (to
        ``/dev/zero``, to a file elsewhere: still the plugin's to read or reject), or a file
        elsewhere in ``docs_dir`` whose links lead into the folder."""
        return is_within(Path(os.path.normpath(path)), self._articles_folder, resolve=False) or (
            is_within(path, self._articles_path)
        )

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
            if not _handled_after(self, config, "page_content"):
                page.toc = contents((generated.title, ()))
                self._waiting.setdefault(generated.story, []).append(page)
                return ""
            self._comparing.wait(generated.story)
        return self._filled(page, generated, config, files)

    @event_priority(100)  # before any other plugin's, which may read the pages' HTML
    def on_env(
        self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """Take each comparison as it comes and render the pages that wait for it, then every
        story's JSON export and the index of every story."""
        if self.config.enabled:  # the templates compiled by the build before, if any
            self._renderer.compiled.attach(env)
        if self._comparing is None:
            return env
        for place in self._comparing.in_turn():
            for page in self._waiting.pop(place, []):
                page.content = self._filled(page, self._pages[page.file.src_uri], config, files)
        comparisons = self._comparing.result().comparisons
        for place, export in self._exports_of.items():
            key = self._comparing.keys[place]
            text = self._exports.made(export.src_uri, key, partial(to_json, comparisons[place]))
            export.content_string = text
        # The index, and any page whose turn was taken before (``wait``, the index): all came.
        for page in (page for pages in self._waiting.values() for page in pages):
            page.content = self._filled(page, self._pages[page.file.src_uri], config, files)
        self._waiting = {}
        return env

    def _comparison(self, place: int) -> Comparison | None:
        return None if self._comparing is None else self._comparing.comparison(place)

    def _filled(
        self, page: Page, generated: GeneratedPage, config: MkDocsConfig, files: Files
    ) -> str:
        """A generated page's HTML, its comparison come (``PageRenderer.page``)."""
        shown = Shown()
        comparison = None if generated.story is None else self._comparison(generated.story)
        if comparison is not None:
            entry = None if generated.article is None else comparison.articles[generated.article]
            shown = Shown(comparison, entry)
        return self._renderer.page(
            page,
            generated,
            shown,
            PageLinker(self._uris, page, files),
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
        """Just before the search plugin (default priority) indexes a comparison page, hand it
        the story's summary instead of the claims, which the article pages hold already."""
        summary = self._renderer.for_search.pop(page.file.src_uri, None)
        if summary is not None and page.content is not None:
            self._shown[page.file.src_uri] = page.content
            page.content = summary

    @event_priority(-1)
    def _restore_the_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """Right after indexing, the page gets its comparison back, before the theme shows it."""
        shown = self._shown.pop(page.file.src_uri, None)
        if shown is not None:
            page.content = shown

    on_page_context = CombinedEvent(_show_search_its_summary, _restore_the_page)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Keep the rendered pages of this build and no others (a dirty build renders only
        some pages, so it keeps them all)."""
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
        """Keep what lives after ``on_files`` away from Python's cycle collector while the
        pages render.

        A site's settings, comparisons and pages are tens of thousands of objects that live
        as long as the build and form no cycles, yet each full run of the cycle collector
        walks all of them: seven times in a build of the 407 ECB+ articles (four while the
        pages render) and once as the process exits, over half a second of the main process
        to free a few hundred objects. So the collector is paused while ``on_files`` reads,
        compares and adds pages (what it makes lives on), and every object alive when it
        ends is frozen (``gc.freeze``) until the build ends (``on_post_build``, or
        ``on_build_error``): the collector skips them and still frees what rendering leaves.
        Nothing stays frozen after a build, whoever runs it (``mkdocs serve``, a script
        calling MkDocs' ``build``); a host that froze objects itself is left as it was. The
        collector's run as the process exits is skipped apart (``on_startup``,
        ``collector.skip_the_collection_at_exit``)."""
        if not gc.get_freeze_count():
            gc.freeze()
            self._frozen = True

    def _thaw(self) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Watch an articles folder outside ``docs_dir``, and load the matcher while the server
        waits for the first save: a build whose stories were all cached never loaded it, and
        the first edit would otherwise wait for numpy and scipy too."""
        if not self.config.enabled:
            return server
        if not is_within(self._articles_path, Path(config.docs_dir).resolve()):
            server.watch(str(self._articles_path))
        threading.Thread(target=importlib.import_module, args=(ALIGN,), daemon=True).start()
        return server


def _handled_after(plugin: ClaimDiffPlugin, config: MkDocsConfig, event: str) -> bool:
    """Whether another plugin or a hook handles ``event`` after ``plugin`` does."""
    handlers = config.plugins.events.get(event, [])
    places = [
        at for at, handler in enumerate(handlers) if getattr(handler, "__self__", None) is plugin
    ]
    return bool(places) and places[-1] < len(handlers) - 1


def _timed(stage: str, seconds: float) -> None:
    """Each stage's time in the debug log (``mkdocs build --verbose``): benchmarks read it."""
    log.debug(f"{stage} stage: {seconds:.3f} s")


def configured_site(config_file: Path) -> ConfiguredSite:
    """Load ``config_file`` as ``mkdocs build`` does (``!ENV``, ``INHERIT`` and the option
    checks included) and set the plugin up as a build would. Raises ``SiteConfigError`` with
    the reason when the file cannot be loaded or does not use the plugin."""
    try:
        config = load_config(str(config_file))
    except (MkDocsException, OSError) as error:
        raise SiteConfigError(str(error)) from error
    plugins = [plugin for plugin in config.plugins.values() if isinstance(plugin, ClaimDiffPlugin)]
    if not plugins:
        raise PluginNotUsed("it does not use the claimdiff plugin")
    plugin = plugins[0]
    if not plugin.config.enabled:
        raise PluginNotUsed("it turns the claimdiff plugin off (enabled: false)")
    try:
        plugin.on_config(config)
    except MkDocsException as error:
        raise SiteConfigError(str(error)) from error
    return ConfiguredSite(plugin._articles_path, plugin.run_options(), plugin._cache)
