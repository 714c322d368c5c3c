"""An article's sidecar: ``<stem>.yml`` (or ``.yaml``) beside it, whose metadata wins over what
the file says of itself. Scraped pages carry metadata a user cannot fix in place (a canonical
link relative to the site, a date in another format); the sidecar is where they fix it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from ..model import Problem
from .listing import READER_MODULES
from .meta import NOT_A_FILE, clean_meta, load_yaml_file
from .scrub import scrub_values

SIDECAR_SUFFIXES = (".yml", ".yaml")


def read_sidecar(path: Path, max_bytes: int) -> tuple[dict[str, str], list[Problem]]:
    """The checked metadata of the sidecar beside the article ``path``, if any. A sidecar that
    is no regular file (a pipe, a link to a device) is reported, not read: the article's own
    warnings would otherwise ask for a sidecar that is there. One sidecar of two articles of
    one name ("a.txt", "a.html") gives both the same outlet and URL, which is reported once."""
    present = [path.with_suffix(suffix) for suffix in SIDECAR_SUFFIXES]
    present = [candidate for candidate in present if candidate.is_symlink() or candidate.exists()]
    problems = [Problem(candidate, NOT_A_FILE) for candidate in present if not candidate.is_file()]
    found = [candidate for candidate in present if candidate.is_file()]
    if not found:
        return {}, problems
    meta, read = load_yaml_file(found[0], max_bytes)
    cleaned, checked = clean_meta(meta)
    checked.extend(scrub_values(cleaned, found[0]))
    if len(found) > 1:
        checked.append(Problem(found[1], f"ignored: {found[0].name} is the sidecar used"))
    namesakes = sorted(
        other
        for other in (path.with_suffix(suffix) for suffix in READER_MODULES)
        if other.is_file() and other.name != path.name
    )
    if namesakes and path.name < namesakes[0].name:
        shared = ", ".join(other.name for other in namesakes)
        message = (
            f"the sidecar of {path.name} and {shared} alike; rename one of them to tell them apart"
        )
        checked.append(Problem(found[0], message))
    return cleaned, [*problems, *read, *checked]


def not_overridden(problems: Iterable[Problem], sidecar: Mapping[str, str]) -> list[Problem]:
    """The problems of a file's own metadata but those of the keys its sidecar gives: a page's
    relative canonical link fixed by the sidecar's ``url`` failed ``--strict`` all the same."""
    given = tuple(f"`{key}`" for key in sidecar)
    return [problem for problem in problems if not problem.message.startswith(given)]


def article_files(path: Path) -> tuple[Path, ...]:
    """The files an article is read from: its own and its sidecars (which may not exist)."""
    return (path, *(path.with_suffix(suffix) for suffix in SIDECAR_SUFFIXES))
