"""Which entries of an articles folder are read, and by which reader: hidden entries are not,
nor links that lead out of the folder (``escapes``)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path

from ..model import Problem
from ..slug import slugify
from .draft import Reader
from .limits import LINK_NOT_READ, LINK_OUTSIDE, link_outside

READER_MODULES: Mapping[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
"""The module of the reader of each file suffix (lower case), imported when a file of its kind is
first read (``reader_of``): the readers and their rules take a tenth of a second to import, which
a build that finds every article in its cache need not pay."""
WEB_PAGES = frozenset(suffix for suffix, module in READER_MODULES.items() if module == "html")
"""Suffixes of saved web pages, by far the slowest articles to read."""
FRONT_MATTER = frozenset(
    suffix for suffix, module in READER_MODULES.items() if module == "markdown"
)
"""Suffixes of the files that hold their metadata in front matter; the others have a sidecar."""


def story_files(articles_dir: Path) -> list[tuple[Path, str]]:
    """The article files ``discover`` will read, each with the story its folder makes ("" for
    a loose file), without reading any: so they can be read ahead, elsewhere. A folder whose
    name another folder's slug takes gets another story from ``discover``; its files are then
    simply read again when asked for."""
    try:
        root = articles_dir.resolve()
        entries = [entry for entry in visible(articles_dir) if not escapes(entry, root)]
        found: list[tuple[Path, str]] = []
        for entry in entries:
            if entry.is_dir():
                story = slugify(entry.name)
                found.extend(
                    (path, story)
                    for path in visible(entry)
                    if is_article(path) and not escapes(path, root)
                )
            elif is_article(entry):
                found.append((entry, ""))
    except OSError:
        return []
    return found


def reader_of(suffix: str) -> Reader | None:
    """The reader of files ending in ``suffix`` (lower case), None for files not read as
    articles."""
    module = READER_MODULES.get(suffix)
    if module is None:
        return None
    read: Reader = importlib.import_module(f"{__package__}.{module}").read
    return read


def is_article(path: Path) -> bool:
    """Whether ``path`` is a file of a kind read as an article."""
    return path.suffix.lower() in READER_MODULES and path.is_file()


def escapes(entry: Path, root: Path, problems: list[Problem] | None = None) -> bool:
    """Whether ``entry``, an article or a story folder, is a link leading outside ``root`` (the
    articles folder, resolved) and so is not read, with a Problem saying where it leads
    (``link_outside``). A sidecar is checked when its article reads it."""
    if not (entry.is_dir() or entry.suffix.lower() in READER_MODULES):
        return False
    target = link_outside(entry, root)
    if target is not None and problems is not None:
        problems.append(Problem(entry, f"{ARTICLES_OUTSIDE} ({target}): {LINK_NOT_READ}"))
    return target is not None


ARTICLES_OUTSIDE = f"{LINK_OUTSIDE} the articles folder"


def visible(folder: Path) -> list[Path]:
    """The entries of a folder that are not hidden, sorted by name, but for the folders of
    pages saved complete: a browser saves ``Page.html`` with its images and scripts in
    ``Page_files``, which holds no article."""
    entries = [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
    pages = {entry.stem for entry in entries if entry.suffix.lower() in WEB_PAGES}
    return sorted(
        entry
        for entry in entries
        if not (entry.name.endswith(SAVED_WITH) and entry.name[: -len(SAVED_WITH)] in pages)
    )


SAVED_WITH = "_files"
"""What a browser appends to a page's name for the folder of what it saves with the page."""
