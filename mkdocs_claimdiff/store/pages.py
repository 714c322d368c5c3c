"""The generated pages' Markdown sources (files, for MkDocs' dirty builds) and their HTML
(memory, for the rebuilds of one ``mkdocs serve``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .files import delete, write_atomically


class PageSources:
    """The Markdown sources of generated pages, kept as files in ``folder`` (None: not kept).

    MkDocs' dirty builds (``mkdocs serve --dirty``, ``mkdocs build --dirty``) rebuild a page
    only when its source file is newer than its output, and treat a source given as text as
    always new. A source file rewritten only when its content changes lets them skip every
    page of every story that did not change.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._written: set[Path] = set()

    def write(self, src_uri: str, content: str) -> Path | None:
        """The file holding ``content`` for the page ``src_uri``, or None when there is no
        folder or it cannot be written (the page is then generated from text as usual)."""
        if self.folder is None:
            return None
        path = self.folder.joinpath(*src_uri.split("/"))
        self._written.add(path)
        try:
            if path.read_text(encoding="utf-8") == content:
                return path
        except (OSError, ValueError):
            pass  # missing or unreadable: written anew
        return path if write_atomically(path, content) else None

    def forget_unused(self) -> None:
        """Delete the sources of pages not written since the last call (stories now gone)."""
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.rglob("*.md"):
                if path not in self._written:
                    delete(path)
        self._written = set()


class RenderedPages:
    """The HTML of generated pages (or another text made from a page's inputs alone: what
    search indexes for it, a story's JSON export), one per page, kept in memory for the
    rebuilds of one ``mkdocs serve`` process: rendering the comparison and article pages is the
    largest part of a rebuild that claimdiff adds. A page's entry holds the key it was rendered
    for, which must hash everything its text depends on (the plugin's ``on_page_content`` says
    what); a new key replaces the entry. Never kept on disk: an entry read back is checked
    before use, but HTML cannot be checked, and a poisoned cache (a CI cache restored from
    another branch, say) must not be able to put markup on the site."""

    def __init__(self) -> None:
        self._pages: dict[str, tuple[str, str]] = {}
        self._used: set[str] = set()

    def get(self, page: str, key: str) -> str | None:
        self._used.add(page)
        found = self._pages.get(page)
        return found[1] if found is not None and found[0] == key else None

    def put(self, page: str, key: str, html: str) -> None:
        self._used.add(page)
        self._pages[page] = (key, html)

    def made(self, page: str, key: str, make: Callable[[], str]) -> str:
        """The page's text for ``key``, made by ``make`` and kept unless kept already."""
        found = self.get(page, key)
        if found is None:
            found = make()
            self.put(page, key, found)
        return found

    def forget_unused(self) -> None:
        """Drop the pages not asked for since the last call: pages the site no longer has.
        Not to be called after a dirty build, which asks only for the pages it rebuilds."""
        self._pages = {page: found for page, found in self._pages.items() if page in self._used}
        self._used = set()
