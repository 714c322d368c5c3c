"""The files of a story's folder that are none of its articles, named on its comparison page:
a reader sees what the comparison leaves out, not only the build log (a new user's audit of
2026-12-07 found a binary file, an empty one and a copy named in the log alone)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..model import Article, LeftOut, Problem
from .meta import STORY_FILES


def by_parent(problems: Sequence[Problem]) -> dict[Path | None, list[Problem]]:
    """The problems by the folder of their file, in order: each story looks up its own."""
    found: dict[Path | None, list[Problem]] = {}
    for problem in problems:
        found.setdefault(problem.path.parent, []).append(problem)
    return found


def left_out(
    folder: Path | None,
    members: Sequence[Article],
    seen: Sequence[Problem],
) -> tuple[LeftOut, ...]:
    """The files of ``folder`` that are none of its articles, each with the first problem
    ``seen`` about it ("binary file, not read", "no article text found", a copy), in order;
    not the story's own ``_story.yml``; none for a story of no folder."""
    if folder is None:
        return ()
    read = {article.path for article in members}
    found: dict[str, str] = {}
    for problem in seen:
        path = problem.path
        if path.parent == folder and path not in read and path.name not in STORY_FILES:
            found.setdefault(path.name, problem.message)
    return tuple(LeftOut(name, reason) for name, reason in found.items())
