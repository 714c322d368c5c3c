"""The MkDocs adapter: turns the articles folder into generated story pages.

This is the only module that imports MkDocs. It reads the articles in ``on_files`` (so an edit
under ``mkdocs serve`` is picked up on the next rebuild), adds one generated page per story, per
article and for the story index, and fills their content from the package's Jinja2 templates in
``on_page_content``. The templates and the stylesheet are found through the theme's directories,
so a ``custom_dir`` can override any of them.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

import jinja2
import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents, get_toc
from mkdocs.utils import dirname_to_title, get_relative_url
from mkdocs.utils.templates import TemplateContext

from .export import to_json
from .markup import page_title
from .model import ArticleClaims, Comparison
from .options import DEFAULT_THRESHOLD, MAX_ARTICLE_BYTES, AlignOptions, RunOptions
from .pipeline import available_cpus, compare_folder
from .progress import Progress
from .render import (
    TEMPLATES,
    Outline,
    article_outline,
    comparison_outline,
    render_article,
    render_comparison,
    render_comparison_search,
    render_index,
)
from .slug import slugify
from .store.comparisons import ComparisonCache
from .store.keys import digest
from .store.pages import PageSources, RenderedPages

log = get_plugin_logger(__name__)

ALIGN = f"{__package__}.align"
"""The matcher's module, imported only when a story must be compared."""
STYLESHEET = "assets/claimdiff/claimdiff.css"
SCRIPT = "assets/claimdiff/claimdiff.js"
TEMPLATE_SUFFIXES = ("html", "htm", "xml", "txt", "jinja", "j2", "jinja2")
"""What a theme's templates are named; its other files (fonts, images, scripts) are not read."""


class _Aliases(base.BaseConfigOption[dict[str, list[str]]]):
    """``canonical: [variant, ...]`` pairs of names; a single variant may be given without a
    list. Anything else is refused with the offending key named, rather than split into letters
    (a string is iterable) or failing later with a TypeError."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, list[str]] = {}

    def run_validation(self, value: object) -> dict[str, list[str]]:
        if value is None:  # `aliases:` with every entry commented out
            return {}
        if not isinstance(value, dict):
            raise ValidationError(f"expected a mapping of names, got {type(value).__name__}")
        checked = {}
        for canonical, variants in value.items():
            listed = [variants] if isinstance(variants, str) else variants
            if not isinstance(canonical, str) or not canonical.strip():
                raise ValidationError(f"{canonical!r} is not a name")
            if not isinstance(listed, list) or not all(
                isinstance(variant, str) and variant.strip() for variant in listed
            ):
                raise ValidationError(
                    f"`{canonical}` must be given a name or a list of names, not {variants!r}"
                )
            checked[canonical] = listed
        return checked


Number = TypeVar("Number", int, float)


class _Number(base.BaseConfigOption[Number]):
    """A number of type ``kind`` from ``minimum`` to ``maximum`` (a whole number for ``int``;
    for ``float``, whole numbers are fine too). ``true`` is refused: YAML reads it as a
    boolean, which Python would take for 1, so a misplaced ``true`` would quietly mean one
    byte or one worker."""

    def __init__(
        self, kind: type[Number], default: Number | None, minimum: Number, maximum: Number
    ) -> None:
        super().__init__()
        self.kind: type[Number] = kind
        self.default = default
        self.minimum: Number = minimum
        self.maximum: Number = maximum

    def run_validation(self, value: object) -> Number:
        whole = self.kind is int
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            raise ValidationError(
                f"expected {'a whole number' if whole else 'a number'}, not {value!r}"
            )
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                f"must be from {self.minimum:,} to {self.maximum:,}, not {value!r}"
            )
        number: Number = self.kind(value)
        return number


class _Text(c.Type[str]):
    """Text that may not be empty: an empty folder name would mean the folder of
    ``mkdocs.yml`` or of the docs."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if not text.strip():
            raise ValidationError("must not be empty")
        return text


MAX_WORKERS = 64
"""More worker processes than this only fight over the CPUs and the memory (each holds about
100 MB)."""
MAX_ARTICLE_BYTES_LIMIT = 100_000_000
"""The largest ``max_article_bytes``: matching costs about a minute per 2 MB of text."""


class ClaimDiffConfig(base.Config):
    """Options of the ``claimdiff`` plugin (documented in the README's configuration reference)."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing its options, as if it were not listed (for a
    quick build of the other pages, say: ``enabled: !ENV [CLAIMDIFF, true]``)."""
    articles_dir = _Text("articles")
    """Folder of the stories, one sub-folder per story; relative to ``docs_dir`` unless absolute."""
    output_dir = c.Type(str, default="stories")
    """URL prefix of the generated pages."""
    threshold = _Number(float, DEFAULT_THRESHOLD, 0.0, 1.0)
    """Match score (0 to 1) from which two claims count as the same claim."""
    aliases = _Aliases()
    """Extra names that mean the same, e.g. ``{"nato": ["north atlantic alliance"]}``."""
    index_title = _Text("Stories")
    """Title of the story index page."""
    max_article_bytes = _Number(int, MAX_ARTICLE_BYTES, 1, MAX_ARTICLE_BYTES_LIMIT)
    """Larger article files are read only up to this size, at a paragraph break, with a warning."""
    cache = c.Type(bool, default=True)
    """Keep comparisons on disk between builds; ``false`` writes nothing (a running
    ``mkdocs serve`` still keeps them in memory, so an edit recompares only its own story)."""
    cache_dir = _Text(".cache/claimdiff")
    """Folder of the cache, relative to the folder of ``mkdocs.yml`` unless absolute. It may not
    be inside ``docs_dir``: a write there would make ``mkdocs serve`` rebuild again."""
    nav_articles = c.Type(bool, default=False)
    """List each article under its story in the automatic navigation. Off by default: the
    story's page links every article and each article page links back, and a navigation of
    hundreds of articles is hard to use and rendered into every page of the site."""
    search_comparisons = c.Type(bool, default=False)
    """Index every claim of the comparison pages for search. Off by default: each claim is a
    sentence of an article, indexed on the article's page, so the index would hold it twice;
    a comparison page is found by its title, its articles' outlets and headlines."""
    workers = c.Optional(_Number(int, None, 1, MAX_WORKERS))
    """Processes that compare stories in parallel on a build with many uncached stories; unset,
    the number of CPUs this process may use. ``1`` compares them one by one in the MkDocs
    process."""


@dataclass(frozen=True)
class _Generated:
    """What one generated page shows."""

    kind: str
    title: str
    version: str
    """Changes whenever what the page shows may change (the story's cache key)."""
    comparison: Comparison | None = None
    entry: ArticleClaims | None = None


class _PageLinker:
    """Relative links between generated pages, correct with and without directory URLs."""

    def __init__(self, plugin: ClaimDiffPlugin, page: Page, files: Files) -> None:
        self._plugin = plugin
        self._page = page
        self._files = files
        self._urls: dict[str, str] = {}
        """Each link worked out once: a page links its story and articles once per claim."""

    def _url(self, src_uri: str) -> str:
        found = self._urls.get(src_uri)
        if found is None:
            target = self._files.get_file_from_path(src_uri)
            if target is None:  # pragma: no cover - every linked page is generated together
                raise PluginError(f"claimdiff: generated page {src_uri} is missing")
            found = self._urls[src_uri] = get_relative_url(target.url, self._page.url)
        return found

    def index(self) -> str:
        return self._url(self._plugin.index_uri())

    def story(self, story_id: str) -> str:
        return self._url(self._plugin.story_uri(story_id))

    def article(self, story_id: str, article_id: str) -> str:
        return self._url(self._plugin.article_uri(story_id, article_id))

    def export(self, story_id: str) -> str:
        return self._url(self._plugin.export_uri(story_id))


class ClaimDiffPlugin(BasePlugin[ClaimDiffConfig]):
    """Generates a story index, a comparison page per story and a page per article."""

    def __init__(self) -> None:
        self._pages: dict[str, _Generated] = {}
        self._comparisons: list[Comparison] = []
        self._articles_folder = Path()
        """The articles folder as configured; ``_articles_path`` is where its links lead."""
        self._articles_path = Path()
        self._prefix = "stories"
        self._env: jinja2.Environment | None = None
        self._cache = ComparisonCache(None)
        self._stubs = PageSources(None)
        self._rendered = RenderedPages()
        self._templates = ""
        self._dirty = False
        self._for_search: dict[str, str] = {}
        """Per comparison page, what search indexes in place of the page (``search.html``)."""
        self._shown: dict[str, str] = {}
        """Per comparison page, its HTML while search indexes the other."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Defining this hook makes MkDocs keep one plugin instance for all the rebuilds of
        ``mkdocs serve``, and with it the comparisons and pages kept in memory."""
        self._dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        self._prefix = _safe_prefix(self.config.output_dir)
        self._articles_folder = Path(
            os.path.normpath(Path(config.docs_dir) / self.config.articles_dir)
        )
        self._articles_path = self._articles_folder.resolve()
        if _is_within(Path(config.docs_dir), self._articles_path):
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
        self._env = None
        folder = _cache_folder(config, self.config) if self.config.cache else None
        owner = f"{Path(config.config_file_path or '.').resolve()}\n{self._articles_path}"
        cache = ComparisonCache(folder, owner)
        if cache.folder != self._cache.folder:
            self._cache = cache
        self._stubs = PageSources(None if cache.folder is None else cache.folder / "pages")
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        # Nothing of a build that stopped half-way may swap the content of this one's pages.
        self._for_search.clear()
        self._shown.clear()
        for file in list(files):
            if file.abs_src_path and self._is_article_file(Path(file.abs_src_path)):
                files.remove(file)
        found = compare_folder(
            self._articles_path, self.run_options(), self._cache, Progress(log.info)
        )
        for problem in found.problems:
            log.warning(str(problem))
        self._pages = {}
        in_nav = InclusionLevel.UNDEFINED if self.config.nav_articles else InclusionLevel.NOT_IN_NAV
        index = _Generated("index", self.config.index_title, digest(*found.keys))
        self._add(files, config, self.index_uri(), index)
        for key, comparison in zip(found.keys, found.comparisons, strict=True):
            story = comparison.story
            self._add(
                files,
                config,
                self.story_uri(story.id),
                _Generated("story", story.title, key, comparison),
            )
            export_uri = self.export_uri(story.id)
            _replace(files, File.generated(config, export_uri, content=to_json(comparison)))
            for entry in comparison.articles:
                page = _Generated("article", entry.article.title, key, comparison, entry)
                self._add(files, config, self.article_uri(story.id, entry.article.id), page, in_nav)
        self._comparisons = list(found.comparisons)
        self._stubs.forget_unused()
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
        return _is_within(Path(os.path.normpath(path)), self._articles_folder, resolve=False) or (
            _is_within(path, self._articles_path)
        )

    def _add(
        self,
        files: Files,
        config: MkDocsConfig,
        src_uri: str,
        page: _Generated,
        inclusion: InclusionLevel = InclusionLevel.UNDEFINED,
    ) -> None:
        """Add a generated page. Its Markdown source is only a title; with a cache folder it is
        a file there, rewritten only when the page's ``version`` changes, so that
        ``mkdocs serve --dirty`` and ``mkdocs build --dirty`` rebuild just the pages of the
        stories that changed (MkDocs rebuilds a page whose source is newer than its output).
        ``inclusion`` left undefined lets MkDocs' ``not_in_nav`` setting decide."""
        front_matter = yaml.safe_dump({"title": page_title(page.title)}, allow_unicode=True)
        content = f"---\n{front_matter}# claimdiff {page.version}\n---\n"
        source = self._stubs.write(src_uri, content)
        if source is None:
            generated = File.generated(config, src_uri, content=content, inclusion=inclusion)
        else:
            generated = File.generated(
                config, src_uri, abs_src_path=str(source), inclusion=inclusion
            )
        _replace(files, generated)
        self._pages[src_uri] = page

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Title the generated pages and each story's section of the automatic navigation
        from the stories, where the navigation does not name them itself: MkDocs would name
        a section after its folder ("assad-escape" reads "Assad escape"), and on a dirty
        rebuild it reads only the sources that changed, so other pages would have no title.
        Titles an explicit ``nav`` gives are kept."""
        for item in _pages_and_sections(nav.items):
            if isinstance(item, Page) and (generated := self._pages.get(item.file.src_uri)):
                if item.title is None:
                    item.title = page_title(generated.title)
            elif isinstance(item, Section):
                for child in item.children:
                    if not isinstance(child, Page):
                        continue
                    found = self._pages.get(child.file.src_uri)
                    folder = PurePosixPath(child.file.src_uri).parent.name
                    if found and found.kind == "story" and item.title == dirname_to_title(folder):
                        item.title = page_title(found.title)
        if config.nav is None:
            nav.items = self._lift_lone_story_pages(nav.items, None)
        return nav

    def _lift_lone_story_pages(
        self, items: list[StructureItem], parent: Section | None
    ) -> list[StructureItem]:
        """Put a story's page where its section was when the section holds nothing else (its
        articles are left out of the navigation): one link per story, not a menu of one."""
        lifted: list[StructureItem] = []
        for item in items:
            if isinstance(item, Section):
                item.children = self._lift_lone_story_pages(item.children, item)
                only = item.children[0] if len(item.children) == 1 else None
                found = self._pages.get(only.file.src_uri) if isinstance(only, Page) else None
                if only is not None and found is not None and found.kind == "story":
                    only.parent = parent
                    item = only
            lifted.append(item)
        return lifted

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Render a generated page, or, under ``mkdocs serve``, take its HTML from the last
        rebuild that rendered it from the same inputs: the story's version (which covers the
        plugin's code), where the page sits, the URL style and the templates, a ``custom_dir``
        override included."""
        generated = self._pages.get(page.file.src_uri)
        if generated is None:
            return html
        if generated.comparison is None:
            page.toc = _contents((generated.title, ()))
        elif generated.entry is None:
            page.toc = _contents(comparison_outline(generated.comparison))
        else:
            page.toc = _contents(article_outline(generated.entry.article))
        env = self._environment(config)
        key = digest(
            generated.kind,
            generated.version,
            page.file.src_uri,
            page.url,
            str(config.use_directory_urls),
            self.config.index_title,
            self._templates,
        )
        links = _PageLinker(self, page, files)
        if generated.kind == "story" and not self.config.search_comparisons:
            assert generated.comparison is not None
            searched = render_comparison_search(env, generated.comparison, links)
            self._for_search[page.file.src_uri] = searched
        found = self._rendered.get(page.file.src_uri, key)
        if found is None:
            found = self._render(generated, env, links)
            self._rendered.put(page.file.src_uri, key, found)
        return found

    @event_priority(1)
    def _show_search_its_summary(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> None:
        """Just before the search plugin (default priority) indexes a comparison page, hand it
        the story's summary instead of the claims, which the article pages hold already."""
        summary = self._for_search.pop(page.file.src_uri, None)
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

    def _render(self, generated: _Generated, env: jinja2.Environment, links: _PageLinker) -> str:
        if generated.kind == "index":
            return render_index(env, self._comparisons, links, self.config.index_title)
        assert generated.comparison is not None
        if generated.entry is None:
            return render_comparison(env, generated.comparison, links)
        return render_article(env, generated.comparison, generated.entry, links)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Keep the rendered pages of this build and no others (a dirty build renders only
        some pages, so it keeps them all)."""
        if not self._dirty:
            self._rendered.forget_unused()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        """Watch an articles folder outside ``docs_dir``, and load the matcher while the server
        waits for the first save: a build whose stories were all cached never loaded it, and
        the first edit would otherwise wait for numpy and scipy too."""
        if not self.config.enabled:
            return server
        if not _is_within(self._articles_path, Path(config.docs_dir).resolve()):
            server.watch(str(self._articles_path))
        threading.Thread(target=importlib.import_module, args=(ALIGN,), daemon=True).start()
        return server

    def _environment(self, config: MkDocsConfig) -> jinja2.Environment:
        """The theme's template environment, so a ``custom_dir`` overrides our templates."""
        if self._env is None:
            self._env = config.theme.get_env()
            self._templates = _template_sources(self._env)
        return self._env

    def index_uri(self) -> str:
        return f"{self._prefix}/index.md"

    def story_uri(self, story_id: str) -> str:
        return f"{self._prefix}/{story_id}/index.md"

    def article_uri(self, story_id: str, article_id: str) -> str:
        return f"{self._prefix}/{story_id}/{article_id}.md"

    def export_uri(self, story_id: str) -> str:
        """The story's comparison as data, beside its page: ``stories/<story>.json``."""
        return f"{self._prefix}/{story_id}.json"


@dataclass(frozen=True)
class ConfiguredSite:
    """What the site of a ``mkdocs.yml`` compares, and with what: ``claimdiff export
    --config-file`` runs the pipeline on exactly this, so its JSON is the site's."""

    articles: Path
    options: RunOptions
    store: ComparisonCache


def configured_site(config_file: Path) -> ConfiguredSite:
    """Load ``config_file`` as ``mkdocs build`` does (``!ENV``, ``INHERIT`` and the option
    checks included) and set the plugin up as a build would. Raises ``PluginError`` when the
    file does not use the plugin, and MkDocs' own errors when it is not a valid config."""
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    plugins = [plugin for plugin in config.plugins.values() if isinstance(plugin, ClaimDiffPlugin)]
    if not plugins:
        raise PluginError(f"{config_file} does not use the claimdiff plugin")
    plugin = plugins[0]
    plugin.on_config(config)
    return ConfiguredSite(plugin._articles_path, plugin.run_options(), plugin._cache)


def _replace(files: Files, generated: File) -> None:
    """Add a generated file, replacing (with a warning) a file of the docs at the same path."""
    existing = files.get_file_from_path(generated.src_uri)
    if existing is not None:
        log.warning(f"{existing.src_uri} is replaced by the page claimdiff generates there")
        files.remove(existing)
    files.append(generated)


def _template_sources(env: jinja2.Environment) -> str:
    """A hash of every template the theme can load, overrides included: an override of a
    claimdiff template may include any of them."""
    names = sorted(env.list_templates(extensions=TEMPLATE_SUFFIXES))
    assert env.loader is not None
    return digest(*names, *(env.loader.get_source(env, name)[0] for name in names))


def _contents(outline: Outline) -> TableOfContents:
    """The page's table of contents for the theme: the generated page's Markdown source has no
    headings, so MkDocs would leave it empty (the ``mkdocs`` theme shows an empty box). Titles
    are escaped as for the navigation: themes print them as HTML. The sections are no headings,
    so MkDocs' search indexes each page once, as a whole."""
    title, sections = outline
    children: list[Any] = [
        {"level": 2, "id": section, "name": page_title(heading), "children": []}
        for section, heading in sections
    ]
    # The title links to the top of the page rather than to its heading: MkDocs' search makes
    # an entry of each heading the contents name, and this one would copy the whole page.
    return get_toc([{"level": 1, "id": "", "name": page_title(title), "children": children}])


def _pages_and_sections(items: Iterable[StructureItem]) -> Iterator[StructureItem]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from _pages_and_sections(item.children)


def _safe_prefix(output_dir: str) -> str:
    """The URL prefix as slugs, so no option value can point outside the site."""
    parts = [
        slugify(part)
        for part in PurePosixPath(output_dir.replace("\\", "/")).parts
        if part.strip("/.")
    ]
    if not parts:
        raise PluginError(f"claimdiff: 'output_dir' must name a folder, not {output_dir!r}")
    return "/".join(parts)


def _cache_folder(config: MkDocsConfig, options: ClaimDiffConfig) -> Path:
    """The cache folder, beside ``mkdocs.yml`` by default; never inside ``docs_dir`` (a write
    there would make ``mkdocs serve`` rebuild again) nor ``site_dir`` (the cache, with the
    local paths it holds, would be published)."""
    base_dir = Path(config.config_file_path or ".").resolve().parent
    folder = (base_dir / options.cache_dir).resolve()
    if _is_within(folder, Path(config.docs_dir).resolve()):
        raise PluginError(f"claimdiff: 'cache_dir' must be outside docs_dir, not {folder}")
    if _is_within(folder, Path(config.site_dir).resolve()):
        raise PluginError(f"claimdiff: 'cache_dir' must be outside site_dir, not {folder}")
    return folder


def _is_within(path: Path, folder: Path, resolve: bool = True) -> bool:
    """Whether ``path`` is inside ``folder``, once links are followed (unless ``resolve`` is
    False); a link that loops or cannot be followed is inside nothing."""
    try:
        (path.resolve() if resolve else path).relative_to(folder)
    except (ValueError, OSError, RuntimeError):
        return False
    return True
