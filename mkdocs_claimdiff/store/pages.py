"""When each generated page last changed (one file, for MkDocs' dirty builds) and the pages'
HTML (memory, for the rebuilds of one ``mkdocs serve``)."""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from .codec import from_json, to_json
from .files import write_atomically

FORMER_STUBS = "pages"
"""The folder beside the file where earlier versions kept a Markdown stub per page."""

PageChanges = dict[str, tuple[str, int]]
"""Per generated page, its version and when that version first came (nanoseconds since the
epoch)."""


class PageVersions:
    """When each generated page's version last changed, kept in the file ``path`` (None: in
    memory only).

    MkDocs' dirty builds (``mkdocs serve --dirty``, ``mkdocs build --dirty``) rebuild a page
    only when it is newer than its output: a generated page is new exactly when its version
    (the hash of all it shows) changed after its output was written, so every page of every
    story that did not change is skipped. One file for all pages: creating a file per page (a
    Markdown stub whose time told MkDocs the same) cost a cold build of 444 pages about a fifth
    of a second of the build's own process.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: PageChanges | None = None
        self._seen: PageChanges = {}
        self._renewed = False
        """Whether a page got a new version since the file was last written."""

    def changed_at(self, page: str, version: str) -> int:
        """When ``page`` got ``version``: as recorded when the version is the one recorded,
        else now."""
        known = self._load()
        found = known.get(page)
        if found is None or found[0] != version:
            found = known[page] = (version, time.time_ns())
            self._renewed = True
        self._seen[page] = found
        return found[1]

    def forget_unused(self) -> None:
        """Keep only the pages asked for since the last call, and file them when they changed
        (a folder that cannot be written leaves dirty builds rebuilding every page)."""
        if self._renewed or self._seen.keys() != self._load().keys() or not self._filed():
            self._known, self._renewed = self._seen, False
            if self.path is not None:
                write_atomically(self.path, to_json(self._seen).decode("utf-8"))
                # The Markdown stubs that told dirty builds the same before this file did.
                shutil.rmtree(self.path.parent / FORMER_STUBS, ignore_errors=True)
        self._seen = {}

    def _load(self) -> PageChanges:
        if self._known is None:
            self._known = {}
            # None yet, or not ours: every page counts as changed now.
            with contextlib.suppress(OSError, ValueError, RecursionError):
                if self.path is not None:
                    self._known = dict(from_json(PageChanges, self.path.read_bytes()))
        return self._known

    def _filed(self) -> bool:
        return self.path is None or self.path.is_file()


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
