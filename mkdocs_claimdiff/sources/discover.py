"""The input stage: find the stories in ``articles_dir`` and read each article file.

One function per question (which reader, which sidecar, which story) so the rules are easy to
find. Bad input never raises: each problem is a ``Problem``, and the build goes on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from ..model import Article, Problem, Story, assemble_body
from ..options import MAX_ARTICLE_BYTES
from ..slug import humanise, numbered, slugify
from ..urls import URL_IGNORED
from . import budget
from .copies import without_copies
from .draft import USED_AS_TITLE, Draft
from .field_limits import within_limit
from .group import group_articles
from .left_out import by_parent, left_out
from .limits import NOT_TEXT, looks_binary, read_limited
from .listing import FRONT_MATTER, READER_MODULES, escapes, reader_of, visible
from .meta import (
    METADATA_IGNORED,
    NOT_A_FILE,
    STORY_FILES,
    clean_meta,
    name_title,
    story_header,
)
from .outlets import host_name
from .scrub import compose, scrub_draft, scrub_text, scrub_values
from .sidecars import SIDECAR_SUFFIXES, not_overridden, read_sidecar

NOT_AN_ARTICLE = "not an article: unknown suffix"
NOT_IN_A_FOLDER = "not in a story folder"
LEFT_OUT = ": left out"
"""Ends the message about a file that gives nothing of its own (no text, no title of its own):
it gets no page and no column, where it would only count as an outlet that reports nothing."""
RESERVED_IDS = ("index", "row", "col")
"""Article ids that would take the story page's name, or whose claims its rows' or columns' ids."""


def read_article(path: Path, story: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file and the sidecar ``<stem>.yml`` beside it; never raises.

    ``story`` is the id of the folder's story; a ``story:`` key in the file or sidecar wins.
    Pass ``""`` for a file outside any story folder: the article's ``story`` stays ``""``
    unless the file names one. A file that cannot be read (or has an unknown suffix) gives an
    article with an empty body and a Problem saying why, so callers need no special case.
    Only the first ``max_bytes`` of a larger file are read (see ``limits``)."""
    try:
        reader = reader_of(path.suffix.lower())  # loaded with the first file of its kind
    except ImportError as error:  # a broken install: the file is named and the build goes on
        return _empty(path, story, f"cannot read: its reader failed to load ({error})")
    if reader is None:
        return _empty(path, story, NOT_AN_ARTICLE)
    try:
        content, file_problems = read_limited(path, max_bytes)
    except OSError as error:
        return _empty(path, story, f"cannot read: {error.strerror or error}")
    if content is None:
        return _empty(path, story, NOT_TEXT)
    content, scrubbed = scrub_text(content, path)
    try:
        with budget.budget(budget.ARTICLE_SECONDS):
            draft = reader(content, path)
            budget.check()  # a reader without checks of its own (a saved page) is judged after
    except budget.OverBudget:
        seconds = f"{budget.ARTICLE_SECONDS:g}"
        return _empty(path, story, f"took more than {seconds} s to read")
    article = _build(path, story, draft, max_bytes)
    found = (*file_problems, *([scrubbed] if scrubbed else []), *article.problems)
    return replace(article, problems=found)


def _empty(path: Path, story: str, message: str) -> Article:
    title, problems = name_title(path.stem), (Problem(path, message + LEFT_OUT),)
    return Article(slugify(path.stem), path, story, title, "", (), problems=problems, titled=False)


def _build(path: Path, story: str, draft: Draft, max_bytes: int) -> Article:
    """Merge the file's metadata with its sidecar's (the sidecar wins) and assemble the body."""
    draft, problems = scrub_draft(draft, path)  # what a page declares in JSON, once parsed
    meta, checked = clean_meta(draft.meta)
    problems.extend([*checked, *scrub_values(meta, path)])
    sidecar, sidecar_problems = read_sidecar(path, max_bytes)
    meta.update(sidecar)
    problems = [*not_overridden([*draft.problems, *problems], sidecar), *sidecar_problems]
    if "title" in sidecar:
        draft = _sentence_kept(draft, sidecar["title"])
    body, blocks = assemble_body([(kind, compose(part)) for kind, part in draft.parts])
    page_title, cut = within_limit("title", draft.title or "")  # a saved page's headline
    if cut and "title" not in meta:
        problems.append(Problem(path, cut))
    titled = bool(meta.get("title") or page_title)
    unread = any(problem.message.endswith(METADATA_IGNORED) for problem in problems)
    if not body:  # without a title of its own, it is left out, and what else it lacks is no news
        problems.append(Problem(path, "no article text found" + ("" if titled else LEFT_OUT)))
    kept = (bool(body) or titled) and not unread  # a headline alone still gets its column
    if kept and "url" not in meta and not any(URL_IGNORED in p.message for p in problems):
        problems.append(Problem(path, f"no original URL: add `url:` to {_metadata_home(path)}"))
    outlet = meta.get("outlet") or host_name(meta.get("url"))
    if kept and not outlet:
        message = (
            "no outlet: the comparison heads its column with the file name; add `outlet:` "
            f"(or `url:`) to {_metadata_home(path)}"
        )
        problems.append(Problem(path, message))
    return Article(
        id=slugify(path.stem),
        path=path,
        story=meta.get("story", story),
        title=compose(meta.get("title") or page_title or name_title(path.stem)),
        body=body,
        blocks=blocks,
        url=meta.get("url"),
        outlet=outlet,
        author=meta.get("author"),
        published=meta.get("published"),
        language=meta.get("language"),
        removed=draft.removed,
        problems=tuple(problems),
        titled=titled,
    )


_SENTENCE_END = re.compile(r"\.[\"'”’)]*$")
"""A full stop at the end, a closing quote or bracket after it ("... over pay.", '... "now."'):
a headline rarely ends so. Only the first line of a scrape does when the reader takes it as the
headline (the lines it prefers end otherwise), so it goes back where it stood, in the body."""


def _sentence_kept(draft: Draft, title: str) -> Draft:
    """The draft with the line a scrape's reader took as its headline kept as body text, when
    a sidecar gives the title and that line is a sentence of the article, not a headline:
    it ends as a sentence does and is not the sidecar's title ("Workers at the plant went on
    strike on Monday over pay." under ``title: Strike at the plant``). The reader takes the
    first line of a scrape as its headline, a ``# `` line aside; with the title given, a first
    line written as a sentence is the article's first sentence, and dropping it lost a claim."""
    taken = [entry for entry in draft.removed if entry.reason == USED_AS_TITLE]
    line = draft.title
    if (
        not taken
        or line is None
        or taken[0].text.lstrip().startswith("#")
        or not _SENTENCE_END.search(line)
        or " ".join(line.split()).casefold() == " ".join(title.split()).casefold()
    ):
        return draft
    removed = tuple(entry for entry in draft.removed if entry.reason != USED_AS_TITLE)
    return replace(draft, title=None, parts=(("paragraph", line), *draft.parts), removed=removed)


def _metadata_home(path: Path) -> str:
    """Where a file's metadata goes: front matter or a sidecar for Markdown, a sidecar for the
    others (a ``---`` block atop a text scrape is text, read as such)."""
    sidecar = f"a sidecar {path.stem}.yml"
    return f"the front matter or {sidecar}" if path.suffix.lower() in FRONT_MATTER else sidecar


ArticleReader = Callable[[Path, str, int], Article]
"""``read_article`` or a stand-in for it (the plugin's remembers unchanged files)."""


def discover(
    articles_dir: Path,
    max_bytes: int = MAX_ARTICLE_BYTES,
    read: ArticleReader = read_article,
    on_folder: Callable[[Story], None] | None = None,
) -> tuple[tuple[Story, ...], tuple[Problem, ...]]:
    """Find the stories in ``articles_dir``: each sub-folder is one, its files its articles.

    Stories are sorted by id and articles by file name, so builds are reproducible. Problems
    about files and folders (not about an article's content) are returned beside the stories;
    those about an article's content are in ``Article.problems``. Each article file is read
    with ``read``. ``on_folder`` hears of each story folder as it is read, as the story it makes
    (unless a later file moves an article into it), so its comparing can begin meanwhile."""
    if not articles_dir.is_dir():
        return (), (Problem(articles_dir, "articles folder not found"),)
    problems: list[Problem] = []
    titles: dict[str, str] = {}
    notes: dict[str, str] = {}
    folders: dict[str, Path] = {}
    articles: list[Article] = []
    root = articles_dir.resolve()
    for entry in visible(articles_dir):
        if escapes(entry, root, problems):
            continue
        if entry.is_dir():
            story = _unique(slugify(entry.name), folders, entry, problems)
            folders[story] = entry
            mark = len(problems)  # this folder's problems follow: each folder's read once
            titles[story], notes[story] = story_header(entry, problems, max_bytes)
            found = _read_folder(entry, story, root, problems, max_bytes, read)
            articles.extend(found)
            if on_folder is not None and found and all(a.story == story for a in found):
                on_folder(_story(story, found, titles, notes, folders, [], problems[mark:]))
        else:
            articles.extend(_read(entry, "", problems, max_bytes, read))
    articles = _group_loose(articles, articles_dir, titles)
    return _stories(articles, titles, notes, folders, problems), tuple(problems)


def _unique(
    wanted: str, taken: Mapping[str, Path | None], path: Path, problems: list[Problem]
) -> str:
    """Return ``wanted``, or ``wanted-2`` (``-3``...) if taken, with a Problem naming both files.
    ``taken`` maps each id in use to the file or folder that has it (None: reserved)."""
    unique = numbered(wanted, set(taken))
    if unique == wanted:
        return wanted
    owner = taken[wanted]
    by = f"by {owner}" if owner else "(reserved)"
    problems.append(Problem(path, f"id `{wanted}` is already used {by}; this one is `{unique}`"))
    return unique


def _read_folder(
    folder: Path,
    story: str,
    root: Path,
    problems: list[Problem],
    max_bytes: int,
    read: ArticleReader,
) -> list[Article]:
    """Read the articles of one story folder; report files that are not articles."""
    articles = []
    for entry in visible(folder):
        if entry.name in STORY_FILES or escapes(entry, root, problems):
            continue
        if entry.is_dir():
            problems.append(Problem(entry, "folders inside a story folder are not read"))
        else:
            articles.extend(_read(entry, story, problems, max_bytes, read))
    return without_copies(articles, problems)


def _read(
    path: Path, story: str, problems: list[Problem], max_bytes: int, read: ArticleReader
) -> list[Article]:
    """The article of a file, or none with a Problem: a binary file is no article at all."""
    if path.suffix.lower() not in READER_MODULES:
        _report_other(path, problems)
        return []
    if not path.is_file():  # a pipe would block the build, a device never end
        problems.append(Problem(path, NOT_A_FILE))
        return []
    if looks_binary(path):
        problems.append(Problem(path, NOT_TEXT))
        return []
    article = read(path, story, max_bytes)
    if not article.body and not article.titled:
        problems.extend(article.problems)  # nothing of its own to compare: no column, no page
        return []
    return [article]


def read_files(paths: Iterable[Path], story: str, problems: list[Problem]) -> list[Article]:
    """The articles of files named one by one (on the command line), with the checks
    ``discover`` makes: a file of another kind or a binary file is reported, not read."""
    return [
        article
        for path in paths
        for article in _read(path, story, problems, MAX_ARTICLE_BYTES, read_article)
    ]


def story_of_files(paths: Sequence[Path]) -> tuple[Story, tuple[Problem, ...]]:
    """Loose files as one story, named like the folder of the first one (or its
    ``_story.yml``, also when given among them: ``story/*``), in the order given, copies left
    out as in a folder; problems about the files first, then about each article's content."""
    folder = paths[0].parent  # as given, so a warning names its _story.yml as the user did
    name = folder.resolve().name  # "." (``a.md`` in the current folder) has no name of its own
    story_id = slugify(name)
    problems: list[Problem] = []
    files = [path for path in paths if not (path.name in STORY_FILES and path.parent == folder)]
    found = without_copies(read_files(files, story_id, problems), problems)
    articles = unique_articles(found, problems)
    problems.extend(_same_outlet(articles))
    title, note = story_header(folder, problems, name=name)
    story = Story(story_id, title, articles, folder, note=note)
    return story, (*problems, *(problem for article in articles for problem in article.problems))


def _report_other(path: Path, problems: list[Problem]) -> None:
    """Explain a file that is not read as an article (a sidecar beside one is fine)."""
    if path.suffix.lower() not in SIDECAR_SUFFIXES:
        problems.append(Problem(path, NOT_AN_ARTICLE))
    elif not any(path.with_suffix(suffix).is_file() for suffix in READER_MODULES):
        problems.append(Problem(path, "sidecar without an article of the same name"))


def _group_loose(
    articles: list[Article], articles_dir: Path, titles: dict[str, str]
) -> list[Article]:
    """Put the articles lying directly in ``articles_dir`` without a ``story:`` key into stories:
    they are grouped by similarity (``sources.group``); each gets a Problem saying which story it
    went to, with which files, and how to pin that, since a new article can change the grouping."""
    loose = [article for article in articles if not article.story]
    taken = {*titles, *(article.story for article in articles)}
    grouped = [article for article in articles if article.story]
    for story in group_articles(loose, taken=taken):
        titles[story.id] = story.title
        names = ", ".join(article.path.name for article in story.articles)
        message = (
            f"{NOT_IN_A_FOLDER}: grouped by similarity into story `{story.id}` ({names}); "
            f"to pin it, move it into a folder of {articles_dir} or add `story: {story.id}`"
        )
        for article in story.articles:
            warning = Problem(article.path, message)
            grouped.append(replace(article, story=story.id, problems=(*article.problems, warning)))
    return grouped


def _stories(
    articles: list[Article],
    titles: dict[str, str],
    notes: dict[str, str],
    folders: dict[str, Path],
    problems: list[Problem],
) -> tuple[Story, ...]:
    """Group articles by their story id, giving ids that clash within a story a suffix.

    A story with one article still gets its pages, but a warning says so: it is most often an
    article put in the wrong folder or a mistyped ``story:`` key. A story folder with no
    article gets no pages and a warning, unless ``story:`` keys moved its articles away."""
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.story, []).append(article)
    for story_id, members in sorted(grouped.items()):
        loose = any(p.message.startswith(NOT_IN_A_FOLDER) for p in members[0].problems)
        if len(members) == 1 and not loose:  # a loose article's warning says it is alone
            message = f"the only article of story `{story_id}`: there is nothing to compare it with"
            problems.append(Problem(members[0].path, message))
        problems.extend(_same_outlet(sorted(members, key=lambda article: article.path)))
    homes = {article.path.parent for article in articles}
    for story_id, folder in sorted(folders.items()):
        if story_id not in grouped and folder not in homes:
            problems.append(Problem(folder, "story folder without articles: no pages made"))
    mine = by_parent(problems)  # each story's problems, in one pass, not one per story
    return tuple(
        _story(id_, grouped[id_], titles, notes, folders, problems, mine.get(folders.get(id_), []))
        for id_ in sorted(grouped)
    )


def _story(
    story_id: str,
    members: Sequence[Article],
    titles: Mapping[str, str],
    notes: Mapping[str, str],
    folders: Mapping[str, Path],
    problems: list[Problem],
    seen: Sequence[Problem],
) -> Story:
    """The story of ``members`` (in reading order, ids unique), its files ``seen`` left out."""
    return Story(
        story_id,
        titles.get(story_id) or humanise(story_id),
        unique_articles(sorted(members, key=_reading_order), problems),
        folders.get(story_id),
        note=notes.get(story_id, ""),
        left_out=left_out(folders.get(story_id), members, seen),
    )


def _same_outlet(members: Sequence[Article]) -> Iterator[Problem]:
    """Each column of a comparison is an outlet: two articles of one outlet (a report and its
    update) count as two outlets agreeing, so a reader should be told, and shown the way out."""
    first: dict[str, Path] = {}
    for article in members:
        if article.outlet and first.setdefault(article.outlet, article.path) != article.path:
            yield Problem(
                article.path,
                f"outlet `{article.outlet}` is also that of {first[article.outlet].name}: each "
                "article has a column of its own, so a claim both make counts as shared by two; "
                "give one of them an `outlet:` of its own or move it to another story",
            )


def unique_articles(articles: Iterable[Article], problems: list[Problem]) -> tuple[Article, ...]:
    """Make the ids of a story's articles unique, so claim ids and page names never clash."""
    members: list[Article] = []
    for article in articles:
        taken = {**dict.fromkeys(RESERVED_IDS), **{member.id: member.path for member in members}}
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
