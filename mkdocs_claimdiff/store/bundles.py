"""Entries filed together, one file per group: the articles of a story folder, the claims of a
story's articles.

Creating a file is the dearest part of writing an entry: a quarter to one millisecond of the
kernel's time on the machines measured, against microseconds to encode an article. One file
per article and one per article's claims made a cold build of the 407 ECB+ articles create
814 files, about 0.8 s of the build's time; one file per story and kind makes 72. A group's
file is rewritten whole, with just the entries this run used, so it never keeps an article
its story no longer has, and an edit rewrites one story's files.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from .codec import from_json, to_json
from .files import delete, entries, is_stale, write_atomically
from .keys import FORMAT, sha256_text

T = TypeVar("T")


@dataclass(frozen=True)
class Group(Generic[T]):
    """What a group's file holds: its entries, with the layout and the group it was written
    for, and each entry's digest."""

    format: int
    key: str
    entries: dict[str, T]
    digests: dict[str, str]
    """Each entry's ``_digest``: an entry edited, or damaged so that it is still a well-formed
    value (one letter of an article's text changed), is not trusted; a check of its shape
    cannot see that."""


class Bundles(Generic[T]):
    """Values of type ``expected`` by key, filed in groups under ``folder`` (None: kept in
    memory only). Each group's file holds ``{key: value}`` with the format and the group's
    name hashed as its key, checked like any entry (``store.comparisons``)."""

    def __init__(self, folder: Path | None, expected: Any) -> None:
        self.folder = folder
        self._type: Any = Group[expected]
        self._groups: dict[str, dict[str, T]] = {}
        """Per group, the entries known: read from its file or made by this process."""
        self._used: dict[str, set[str]] = {}
        """Per group, the keys asked for or filed since the last ``forget_unused``."""
        self._unfiled: set[str] = set()
        """Groups with an entry made since their file was last written."""

    def keep(self, group: str, key: str) -> None:
        """Keep the entry of ``key`` on disk past this run's ``forget_unused``, without
        reading its group (a story found in memory, say)."""
        self._used.setdefault(group, set()).add(key)

    def get(self, group: str, key: str) -> T | None:
        """The value filed under ``key`` in ``group``, which this run then keeps."""
        self.keep(group, key)
        return self._group(group).get(key)

    def filed(self, group: str | None = None) -> bool:
        """Whether ``group`` (any group, when None) has entries in memory or a file on disk: a
        quick look, which reads no file and keeps nothing."""
        if group is None:
            if any(self._groups.values()):
                return True
            return self.folder is not None and _holds_an_entry(self.folder)
        return bool(self._groups.get(group)) or (
            self.folder is not None and self._file(group).is_file()
        )

    def put(self, group: str, key: str, value: T) -> None:
        """Keep ``value``; it reaches the group's file at the next ``file``."""
        self.keep(group, key)
        self._group(group)[key] = value
        self._unfiled.add(group)

    def file(self, group: str | None = None) -> None:
        """Write the file of ``group`` (every group with new entries when None)."""
        for name in [group] if group is not None else sorted(self._unfiled):
            if name in self._unfiled:
                self._write(name)

    def forget_unused(self) -> None:
        """File what is new, then drop every entry and group not asked for since the last
        call; a group that lost entries is rewritten, a young ``.tmp`` file left alone."""
        for name, used in self._used.items():
            if name in self._unfiled or set(self._groups.get(name, {})) - used:
                self._groups[name] = {
                    key: value for key, value in self._group(name).items() if key in used
                }
                self._write(name)
        self._groups = {name: found for name, found in self._groups.items() if name in self._used}
        if self.folder is not None:
            kept = {self._file(name).stem for name in self._used}
            for path in entries(self.folder):
                if is_stale(path) if path.suffix == ".tmp" else path.stem not in kept:
                    delete(path)
        self._used = {}

    def _group(self, name: str) -> dict[str, T]:
        found = self._groups.get(name)
        if found is None:
            found = self._groups[name] = self._read(name)
        return found

    def _file(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{sha256_text(name)}.json"

    def _read(self, name: str) -> dict[str, T]:
        """The group's entries on disk; none when its file is missing, unreadable, of another
        format or group, or not exactly of the expected types."""
        if self.folder is None:
            return {}
        path = self._file(name)
        try:
            entry = from_json(self._type, path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}
        if entry.format != FORMAT or entry.key != path.stem:
            return {}
        return {
            key: value
            for key, value in entry.entries.items()
            if entry.digests.get(key) == _digest(to_json(value))
        }

    def _write(self, name: str) -> None:
        self._unfiled.discard(name)
        if self.folder is None:
            return
        path = self._file(name)
        kept: dict[str, T] = {}
        digests: dict[str, str] = {}
        found = self._group(name)
        for key in sorted(found):  # the same file however the entries came
            value = found[key]
            try:
                digests[key] = _digest(to_json(value))
            except ValueError:  # a lone surrogate (from a file name that is not UTF-8) has no
                continue  # JSON: that entry stays out, not the others of its group
            kept[key] = value
        if kept or not found:
            write_atomically(path, to_json(Group(FORMAT, path.stem, kept, digests)).decode("utf-8"))


def _digest(encoded: bytes) -> str:
    """The SHA-256 of an entry as JSON (``to_json``)."""
    return hashlib.sha256(encoded).hexdigest()


def _holds_an_entry(folder: Path) -> bool:
    """Whether ``folder`` holds an entry's file, looked for only up to the first."""
    try:
        with os.scandir(folder) as found:
            return any(entry.name.endswith(".json") for entry in found)
    except OSError:
        return False
