"""The generated pages: what each shows, where it sits, the links between them, and the
table of contents a theme shows for them."""

from __future__ import annotations

import html
import os
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc
from mkdocs.utils import get_relative_url

from ..output.render import Outline
from ..sources.markup import page_title
from ..store.keys import digest

log = get_plugin_logger(__name__)

TEMPLATE_SUFFIXES = ("html", "htm", "xml", "txt", "jinja", "j2", "jinja2")
"""What a theme's templates are named; its other files (fonts, images, scripts) are not read."""


PageKind = Literal["index", "story", "article"]


@dataclass(frozen=True)
class GeneratedPage:
    """What one generated page shows."""

    kind: PageKind
    title: str
    version: str
    """Changes whenever what the page shows may change (the story's cache key)."""
    story: int | None = None
    """The story's place among those compared (None: the index of every story)."""
    article: int | None = None
    """The article's place in its story (None: the story's comparison page)."""


@dataclass(frozen=True)
class PageUris:
    """Where each generated page sits under the URL prefix (``output_dir``)."""

    prefix: str

    def index(self) -> str:
        return f"{self.prefix}/index.md"

    def story(self, story_id: str) -> str:
        return f"{self.prefix}/{story_id}/index.md"

    def article(self, story_id: str, article_id: str) -> str:
        return f"{self.prefix}/{story_id}/{article_id}.md"

    def export(self, story_id: str) -> str:
        """The story's comparison as data, beside its page: ``stories/<story>.json``."""
        return f"{self.prefix}/{story_id}.json"


class PageLinker:
    """Relative links between generated pages, correct with and without directory URLs."""

    def __init__(self, uris: PageUris, page: Page, files: Files) -> None:
        self._uris = uris
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
        return self._url(self._uris.index())

    def story(self, story_id: str) -> str:
        return self._url(self._uris.story(story_id))

    def article(self, story_id: str, article_id: str) -> str:
        return self._url(self._uris.article(story_id, article_id))

    def export(self, story_id: str) -> str:
        return self._url(self._uris.export(story_id))


class VersionedFile(File):
    """A generated page that MkDocs' dirty builds rebuild only when its version changed after
    its output was written (``store.pages.PageVersions``): MkDocs takes a page given as text
    for new in every build, and every story's pages would be rebuilt for one edit."""

    changed_ns = 0
    """When the page's version last changed (nanoseconds since the epoch)."""

    def is_modified(self) -> bool:
        try:
            return os.stat(self.abs_dest_path).st_mtime_ns < self.changed_ns
        except OSError:  # no output yet
            return True


def in_build_order(files: Files, pages: dict[str, GeneratedPage], order: tuple[int, ...]) -> None:
    """Move the generated pages to the end of ``files``, each story's in ``order`` and the index
    of every story last. MkDocs builds the pages in the order of its files, and a generated page
    waits there for its story's comparison: in the order the stories are compared, MkDocs lays
    out the pages of the first while the others are compared."""
    rank = {place: number for number, place in enumerate(order)}

    def turn(src_uri: str) -> int:
        story = pages[src_uri].story
        return len(rank) if story is None else rank[story]

    for src_uri in sorted(pages, key=turn):
        generated = files.get_file_from_path(src_uri)
        if generated is not None:
            files.remove(generated)
            files.append(generated)


_WRITTEN_TO: weakref.WeakKeyDictionary[Files, dict[str, File]] = weakref.WeakKeyDictionary()
"""Per build's ``Files``, each file by the path it is written to, made when a build first adds
a generated file: looked up for each of hundreds of generated pages."""


def replace_file(files: Files, generated: File) -> None:
    """Add a generated file, replacing (with a warning) a file of the docs at the same path, or
    one written to the same place in the site (``stories/st.md`` and the generated
    ``stories/st/index.md`` are both ``stories/st/index.html``): one of the two was lost without
    a word, and ``--strict`` passed."""
    written_to = _WRITTEN_TO.get(files)
    if written_to is None:
        written_to = _WRITTEN_TO[files] = {file.dest_uri: file for file in files}
    same_source = files.get_file_from_path(generated.src_uri)
    for existing in dict.fromkeys((same_source, written_to.get(generated.dest_uri))):
        if existing is None:
            continue
        where = "there" if existing is same_source else f"at {generated.dest_uri}"
        log.warning(f"{existing.src_uri} is replaced by the page claimdiff generates {where}")
        files.remove(existing)
        written_to.pop(existing.dest_uri, None)
    files.append(generated)
    written_to[generated.dest_uri] = generated


def template_sources(env: jinja2.Environment) -> str:
    """A hash of every template the theme can load, overrides included: an override of a
    claimdiff template may include any of them."""
    names = sorted(env.list_templates(extensions=TEMPLATE_SUFFIXES))
    assert env.loader is not None
    return digest(*names, *(env.loader.get_source(env, name)[0] for name in names))


def contents(outline: Outline) -> TableOfContents:
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


def shown_to_search(page: Page, summary: str | None) -> Callable[[], None]:
    """Hand the search plugin, which indexes the generated page right after this, its summary
    (``summary``: a comparison's claims are on its articles' pages already) and its titles as
    text: they are escaped for themes that print them as HTML, and the search of the ``mkdocs``
    and ``readthedocs`` themes escapes what it shows again, "New Zealand&#x27;s" (helper-169's
    audit). ``<`` and ``>`` stay the angle quotes ``page_title`` makes of them. Returns what
    puts the page back as the theme shows it."""
    content, title = page.content, page.title
    items = list(_every_item(page.toc))
    titles = [item.title for item in items]
    if summary is not None and content is not None:
        page.content = summary
    if title:
        page.title = html.unescape(title)
    for item in items:
        item.title = html.unescape(item.title)

    def restore() -> None:
        page.content, page.title = content, title
        for item, shown in zip(items, titles, strict=True):
            item.title = shown

    return restore


def _every_item(items: Iterable[AnchorLink]) -> Iterator[AnchorLink]:
    for item in items:
        yield item
        yield from _every_item(item.children)
