"""Which entries of an articles folder are read, and by which reader: hidden entries are not,
nor links that lead out of the folder (``escapes``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..model import Problem
from ..slug import slugify
from . import html, markdown, text
from .draft import Reader

READERS: Mapping[str, Reader] = {
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".txt": text.read,
    ".html": html.read,
    ".htm": html.read,
}
"""Readers by file suffix (lower case)."""
WEB_PAGES = frozenset(suffix for suffix, reader in READERS.items() if reader is html.read)
"""Suffixes of saved web pages, by far the slowest articles to read."""


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


def is_article(path: Path) -> bool:
    """Whether ``path`` is a file of a kind read as an article."""
    return path.suffix.lower() in READERS and path.is_file()


def escapes(entry: Path, root: Path, problems: list[Problem] | None = None) -> bool:
    """Whether ``entry`` is a link to a file or folder outside ``root`` (the articles folder,
    resolved): an article or a story folder, which is then not read, with a Problem saying
    where it leads. A folder of articles shared as an archive may hold such a link (to
    ``/etc/passwd``, a key), and what is read is published. A link to a pipe or a device, or a
    broken one, is left to ``_read``'s "not a regular file"."""
    if not entry.is_symlink() or not (entry.is_dir() or entry.suffix.lower() in READERS):
        return False  # a sidecar is read, or reported, with its article
    try:
        target = entry.resolve()
    except (OSError, RuntimeError):  # a loop of links (RuntimeError up to Python 3.12)
        return False
    if not (target.is_file() or target.is_dir()) or target.is_relative_to(root):
        return False
    if problems is not None:
        problems.append(Problem(entry, f"{LINK_OUTSIDE} ({target}): not read; copy it in"))
    return True


LINK_OUTSIDE = "a link to a file or folder outside the articles folder"


def visible(folder: Path) -> list[Path]:
    """The entries of a folder that are not hidden, sorted by name."""
    return sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))
