"""The input stage: find the stories in ``articles_dir`` and read each article file.

One function per question (which reader, which sidecar, which story) so the rules are easy to
find. Bad input never raises: every problem becomes a ``Problem`` and the build goes on with
what could be read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from ..model import Article, Problem, Story, assemble_body
from ..slug import humanise, slugify
from . import markdown, text
from .draft import Draft, Reader, decode
from .meta import clean_meta, load_yaml_file

READERS: Mapping[str, Reader] = {
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".txt": text.read,
}
"""Readers by file suffix (lower case)."""

SIDECAR_SUFFIXES = (".yml", ".yaml")
SAVED_PAGE_SUFFIXES = (".html", ".htm")
STORY_FILES = ("_story.yml", "_story.yaml")
STORY_KEYS = ("title",)
RESERVED_IDS = ("index",)
"""Article ids that would clash with the story's own page."""


def read_article(path: Path, story: str) -> Article:
    """Read one article file and the sidecar ``<stem>.yml`` beside it; never raises.

    ``story`` is the id of the folder's story; a ``story:`` key in the file or sidecar wins.
    Pass ``""`` for a file outside any story folder: the article's ``story`` stays ``""``
    unless the file names one. A file that cannot be read (or has an unknown suffix) gives an
    article with an empty body and a Problem saying why, so callers need no special case.
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return _empty(path, story, _not_read(path))
    try:
        content, decode_problem = decode(path.read_bytes(), path)
    except OSError as error:
        return _empty(path, story, f"cannot read: {error.strerror or error}")
    draft = reader(content, path)
    article = _build(path, story, draft)
    if decode_problem:
        article = replace(article, problems=(decode_problem, *article.problems))
    return article


def _empty(path: Path, story: str, message: str) -> Article:
    return Article(
        slugify(path.stem),
        path,
        story,
        humanise(path.stem),
        "",
        (),
        problems=(Problem(path, message),),
    )


def _build(path: Path, story: str, draft: Draft) -> Article:
    """Merge the file's metadata with its sidecar's (the sidecar wins) and assemble the body."""
    meta, problems = clean_meta(draft.meta)
    sidecar, sidecar_problems = _sidecar(path)
    meta.update(sidecar)
    problems = [*draft.problems, *problems, *sidecar_problems]
    if "url" not in meta:
        message = f"no original URL: add `url:` to the front matter or a sidecar {path.stem}.yml"
        problems.append(Problem(path, message))
    body, blocks = assemble_body(list(draft.parts))
    if not body:
        problems.append(Problem(path, "no article text found"))
    return Article(
        id=slugify(path.stem),
        path=path,
        story=meta.get("story", story),
        title=meta.get("title") or draft.title or humanise(path.stem),
        body=body,
        blocks=blocks,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("published"),
        language=meta.get("language"),
        removed=draft.removed,
        problems=tuple(problems),
    )


def _sidecar(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """The checked metadata of ``<stem>.yml`` (or ``.yaml``) beside an article, if any."""
    found = [path.with_suffix(suffix) for suffix in SIDECAR_SUFFIXES]
    found = [candidate for candidate in found if candidate.is_file()]
    if not found:
        return {}, []
    meta, problems = load_yaml_file(found[0])
    cleaned, more = clean_meta(meta)
    if len(found) > 1:
        more.append(Problem(found[1], f"ignored: {found[0].name} is the sidecar used"))
    return cleaned, [*problems, *more]


def discover(articles_dir: Path) -> tuple[tuple[Story, ...], tuple[Problem, ...]]:
    """Find the stories in ``articles_dir``: each sub-folder is one, its files its articles.

    Stories are sorted by id and articles by file name, so builds are reproducible. Problems
    about files and folders (not about an article's content) are returned beside the stories;
    those about an article's content are in ``Article.problems``.
    """
    if not articles_dir.is_dir():
        return (), (Problem(articles_dir, "articles folder not found"),)
    problems: list[Problem] = []
    titles: dict[str, str] = {}
    folders: dict[str, Path] = {}
    articles: list[Article] = []
    for entry in _visible(articles_dir):
        if entry.is_dir():
            story = _unique(slugify(entry.name), folders, entry, problems)
            folders[story] = entry
            titles[story] = story_title(entry, problems)
            articles.extend(_read_folder(entry, story, problems))
        else:
            articles.extend(_loose(entry, articles_dir, problems))
    return _stories(articles, titles, folders, problems), tuple(problems)


def _visible(folder: Path) -> list[Path]:
    """The entries of a folder that are not hidden, sorted by name."""
    return sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))


def _unique(wanted: str, taken: Iterable[str], path: Path, problems: list[Problem]) -> str:
    """Return ``wanted``, or ``wanted-2`` (``-3``...) if taken, with a Problem saying so."""
    used = set(taken)
    if wanted not in used:
        return wanted
    number = 2
    while f"{wanted}-{number}" in used:
        number += 1
    unique = f"{wanted}-{number}"
    problems.append(Problem(path, f"id `{wanted}` is already used; this one is `{unique}`"))
    return unique


def story_title(folder: Path, problems: list[Problem]) -> str:
    """The ``title`` of the folder's ``_story.yml``, else the folder name made readable."""
    for name in STORY_FILES:
        if (folder / name).is_file():
            meta, found = load_yaml_file(folder / name)
            cleaned, more = clean_meta(meta, STORY_KEYS)
            problems.extend([*found, *more])
            if "title" in cleaned:
                return cleaned["title"]
    return humanise(folder.name)


def _read_folder(folder: Path, story: str, problems: list[Problem]) -> list[Article]:
    """Read the articles of one story folder; report files that are not articles."""
    articles = []
    for entry in _visible(folder):
        if entry.name in STORY_FILES:
            continue
        if entry.is_dir():
            problems.append(Problem(entry, "folders inside a story folder are not read"))
        elif entry.suffix.lower() in READERS:
            articles.append(read_article(entry, story))
        else:
            _report_other(entry, problems)
    return articles


def _report_other(path: Path, problems: list[Problem]) -> None:
    """Explain a file that is not read as an article (a sidecar beside one is fine)."""
    if path.suffix.lower() not in SIDECAR_SUFFIXES:
        problems.append(Problem(path, _not_read(path)))
    elif not any(path.with_suffix(suffix).is_file() for suffix in (*READERS, *SAVED_PAGE_SUFFIXES)):
        problems.append(Problem(path, "sidecar without an article of the same name"))


def _not_read(path: Path) -> str:
    """Why a file with no reader is not read."""
    if path.suffix.lower() in SAVED_PAGE_SUFFIXES:
        return "saved web pages are not supported yet; save it as .txt"
    return "not an article: unknown suffix"


def _loose(path: Path, articles_dir: Path, problems: list[Problem]) -> list[Article]:
    """Read a file lying directly in ``articles_dir``: it needs a ``story:`` key.

    Without one it becomes a story of its own, named after the file, with a Problem.
    """
    if path.suffix.lower() not in READERS:
        _report_other(path, problems)
        return []
    article = read_article(path, "")
    if article.story:
        return [article]
    message = f"not in a story folder: move it into a folder of {articles_dir} or add `story:`"
    return [
        replace(
            article, story=slugify(path.stem), problems=(*article.problems, Problem(path, message))
        )
    ]


def _stories(
    articles: list[Article],
    titles: dict[str, str],
    folders: dict[str, Path],
    problems: list[Problem],
) -> tuple[Story, ...]:
    """Group articles by their story id, giving ids that clash within a story a suffix."""
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.story, []).append(article)
    return tuple(
        Story(
            story_id,
            titles.get(story_id) or humanise(story_id),
            unique_articles(sorted(grouped[story_id], key=_reading_order), problems),
            folders.get(story_id),
        )
        for story_id in sorted(grouped)
    )


def unique_articles(articles: Iterable[Article], problems: list[Problem]) -> tuple[Article, ...]:
    """Make the ids of a story's articles unique, so claim ids and page names never clash."""
    members: list[Article] = []
    for article in articles:
        taken = (*RESERVED_IDS, *(member.id for member in members))
        members.append(replace(article, id=_unique(article.id, taken, article.path, problems)))
    return tuple(members)


def _reading_order(article: Article) -> tuple[bool, str, str, str]:
    """Earliest report first, undated ones last, then by file name."""
    return (
        article.published is None,
        article.published or "",
        article.path.name,
        str(article.path),
    )
