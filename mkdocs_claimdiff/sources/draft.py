"""What a reader hands back before metadata from sidecars is merged: the shared reader contract.

Readers only turn one file's text into a title, body blocks and raw metadata; checking the
metadata, merging sidecars and building the ``Article`` happen once, in ``sources``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..model import BlockKind, Problem, Removed


@dataclass(frozen=True)
class Meta:
    """Unchecked metadata (YAML values or scraped text) and the line each key came from."""

    path: Path
    values: Mapping[str, object] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Draft:
    """One file as a reader understood it, before its metadata is checked and merged."""

    title: str | None
    parts: tuple[tuple[BlockKind, str], ...]
    meta: Meta
    removed: tuple[Removed, ...] = ()
    problems: tuple[Problem, ...] = ()


Reader = Callable[[str, Path], Draft]


def decode(data: bytes, path: Path) -> tuple[str, Problem | None]:
    """Decode a file as UTF-8, falling back to Windows-1252 (then Latin-1) with a Problem.

    Articles saved by hand on Windows are often cp1252; guessing it keeps curly quotes readable
    instead of refusing the file.
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
    try:
        text, name = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, name = data.decode("latin-1"), "Latin-1"
    message = f"not valid UTF-8; read as {name} (save the file as UTF-8 to silence this)"
    return text, Problem(path, message, line)


def split_lines(text: str) -> list[str]:
    """Split on line breaks only (not on the form feeds ``str.splitlines`` also breaks at).

    Line numbers in Problems and ``Removed`` must match what an editor shows.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
