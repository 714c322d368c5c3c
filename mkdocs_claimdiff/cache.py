"""Comparisons that survive between builds: in memory for one process, on disk as JSON.

Comparing a story is by far the slowest stage, and under ``mkdocs serve`` every save rebuilds
the whole site, so a story whose inputs did not change is never compared again: within a
process it is kept in memory, across builds it is read back from ``folder``. An entry is
found by a key that hashes everything the result depends on: the story as read (every
article's text and metadata, which come from the article files, their sidecars and
``_story.yml``), the options that change matching, the plugin's version, the matcher's data
file and the package's own code (a development install changes code without changing its
version). Article claims are cached the same way, so one edited article does not re-split the
others, and so are the articles as read, by the bytes of their files, so a warm build does not
clean every scrape again.

Entries are plain JSON of the model's frozen dataclasses, decoded against their type hints: a
file that does not decode to exactly the expected types, that answers for another key, or whose
parts do not fit together (``article_fits``, ``claims_fit``, ``comparison_fits``) is ignored
and rebuilt, never trusted; nothing in a cache file can run code. Files are written to a
temporary name and renamed, so a build that is killed never leaves half an entry.

Several sites (or configurations of one site) may share ``folder``: each keeps its entries in a
sub-folder named after its ``owner``, ``folder/<owner hash>/<kind>/<key>.json``, so one build's
``forget_unused`` never drops what another still uses.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import stat
import sys
import tempfile
import time
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from . import __version__
from .model import Article, Claim, Comparison, Done, Job, OnDone, Story
from .options import AlignOptions
from .slug import slugify

FORMAT = 1
"""Bumped when the layout of an entry changes."""
KINDS = ("stories", "claims", "articles")
"""Sub-folders of the cache, one per kind of entry."""
READING_LIBRARIES = (
    "nh3",
    "PyYAML",
    "trafilatura",
    "lxml",
    "htmldate",
    "justext",
    "charset-normalizer",
    "lxml_html_clean",
    "markdown-it-py",
    "anyascii",
)
"""Libraries whose version may change how an article is read (trafilatura's own included). A
missing one counts too: a page read while trafilatura could not be imported is read again once
the install is mended."""
STALE_TEMPORARY_SECONDS = 3600
"""Age from which a ``.tmp`` file is the leftover of a writer that died rather than an entry
another process is writing right now."""

T = TypeVar("T")
ReadArticle = Callable[[], Article]
"""Reads the article anew (``sources.read_article`` for one file)."""
Compute = Callable[[Sequence[Job], OnDone], object]
"""Runs jobs and tells ``on_done`` of each as it finishes (``pipeline.compare_stories``): the
cache is handed the work to do, so it stores without deciding how anything is computed."""


class ComparisonCache:
    """Comparisons of stories by key, kept in memory and, unless ``folder`` is None, on disk in
    the sub-folder of ``folder`` that belongs to ``owner`` (who builds with this cache: the
    plugin passes its ``mkdocs.yml`` and articles folder)."""

    def __init__(self, folder: Path | None, owner: str = "") -> None:
        self.folder = None if folder is None else folder / _digest(owner)[:16]
        self._memory: dict[str, Comparison] = {}
        self._used: set[str] = set()
        self._articles: dict[tuple[object, ...], tuple[str, Article]] = {}
        self._read: set[tuple[object, ...]] = set()

    def read_article(
        self, path: Path, story: str, max_bytes: int, files: Sequence[Path], read: ReadArticle
    ) -> Article:
        """The article ``read`` reads from ``path`` (``files`` are the files it depends on:
        the article and its sidecars), remembered in memory while those files keep their size,
        time and inode (a rebuild under ``mkdocs serve`` re-reads only what was saved), and,
        with a cache folder, on disk by the bytes of the files: cleaning a scrape costs several
        times more than hashing it and decoding the article read before."""
        stamp = (path, story, max_bytes, *(_stat(file) for file in files))
        self._read.add(stamp)
        found = self._articles.get(stamp)
        if found is None:
            found = self._articles[stamp] = self._stored_article(
                path, story, max_bytes, files, read
            )
        key, article = found
        self._used.add(key)
        return article

    def _stored_article(
        self, path: Path, story: str, max_bytes: int, files: Sequence[Path], read: ReadArticle
    ) -> tuple[str, Article]:
        """The article and the key of its entry on disk (read anew when there is none). An
        entry is written only when the files hashed the same after reading as before: a save
        in between must not file the new text under the old bytes."""
        if self.folder is None:
            return "", read()
        key = self._article_key(path, story, max_bytes, files)
        found: Article | None = self._load("articles", key, Article)
        if found is None or not article_fits(found, path, story):
            found = read()
            if self._article_key(path, story, max_bytes, files) == key:
                self._save("articles", key, found)
        return key, found

    @staticmethod
    def _article_key(path: Path, story: str, max_bytes: int, files: Sequence[Path]) -> str:
        digests = [_file_digest(file, max_bytes) for file in files]
        return _key("articles", str(path), story, max_bytes, _readers(), *digests)

    def comparisons(
        self,
        stories: Sequence[Story],
        options: AlignOptions,
        compute: Compute,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[tuple[str, Comparison]]:
        """The stories' comparisons in order, each with its key: a hash of everything the
        comparison depends on, which changes exactly when it may. Those without an entry are
        handed to ``compute`` together, with the claims already known of their articles;
        ``progress`` hears ``(done, total)`` of those, from ``(0, total)``."""
        keys = [self._keys(story, options) for story in stories]
        found = [self._find(story, key) for story, (key, _) in zip(stories, keys, strict=True)]
        missing = [index for index, comparison in enumerate(found) if comparison is None]
        jobs = [
            (stories[index], self._known_claims(stories[index], keys[index][1]), options)
            for index in missing
        ]

        finished: list[int] = []

        def save(number: int, done: Done) -> None:
            """Keep each comparison as soon as it is made: a build that is killed (a CI job
            that times out) then resumes where it stopped."""
            index, (claims, comparison) = missing[number], done
            for key, known, extracted in zip(keys[index][1], jobs[number][1], claims, strict=True):
                if known is None:
                    self._save("claims", key, extracted)
            self._save("stories", keys[index][0], comparison)
            found[index] = comparison
            finished.append(number)
            if progress:
                progress(len(finished), len(missing))

        if progress and missing:
            progress(0, len(missing))
        compute(jobs, save)
        results = [
            (key, comparison)
            for (key, _), comparison in zip(keys, found, strict=True)
            if comparison is not None
        ]
        self._memory.update(results)
        return results

    def _keys(self, story: Story, options: AlignOptions) -> tuple[str, list[str]]:
        """The story's key and its articles' keys, all marked as used by this build."""
        article_keys = [_key("claims", article) for article in story.articles]
        key = _key("story", replace(story, articles=()), article_keys, options)
        self._used.update([key, *article_keys])
        return key, article_keys

    def _find(self, story: Story, key: str) -> Comparison | None:
        """The entry for ``key``: from memory as it is (this process made or checked it), from
        disk only when it fits the story."""
        if key in self._memory:
            return self._memory[key]
        found: Comparison | None = self._load("stories", key, Comparison)
        return found if found is not None and comparison_fits(found, story) else None

    def _known_claims(
        self, story: Story, keys: Sequence[str]
    ) -> tuple[tuple[Claim, ...] | None, ...]:
        found = (self._load("claims", key, tuple[Claim, ...]) for key in keys)
        return tuple(
            claims if claims is not None and claims_fit(article, claims) else None
            for article, claims in zip(story.articles, found, strict=True)
        )

    def forget_unused(self) -> None:
        """Drop every entry not asked for since the last call: what the site no longer has.

        Called after each build, so the cache holds the current site and no more, however
        often ``mkdocs serve`` rebuilds it after an edit. Only this owner's entries are looked
        at, and a young ``.tmp`` file is left alone: another process may be writing it.
        """
        self._memory = {key: value for key, value in self._memory.items() if key in self._used}
        self._articles = {key: value for key, value in self._articles.items() if key in self._read}
        self._read = set()
        if self.folder is not None:
            for kind in KINDS:
                for path in _entries(self.folder / kind):
                    if _is_stale(path) if path.suffix == ".tmp" else path.stem not in self._used:
                        _delete(path)
        self._used = set()

    def _load(self, kind: str, key: str, expected: Any) -> Any:
        """The entry's value, or None when it is missing, unreadable or not what it should be."""
        if self.folder is None:
            return None
        try:
            data = json.loads((self.folder / kind / f"{key}.json").read_bytes())
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            return decode(expected, data["value"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None

    def _save(self, kind: str, key: str, value: object) -> None:
        """Write an entry atomically; a cache that cannot be written just stays cold."""
        if self.folder is None:
            return
        text = json.dumps({"format": FORMAT, "key": key, "value": encode(value)})
        _write_atomically(self.folder / kind / f"{key}.json", text)


def _write_atomically(path: Path, text: str) -> bool:
    """Write to a temporary name and rename, so a reader (another build, a killed one) never
    sees half a file; False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


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
        return path if _write_atomically(path, content) else None

    def forget_unused(self) -> None:
        """Delete the sources of pages not written since the last call (stories now gone)."""
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.rglob("*.md"):
                if path not in self._written:
                    _delete(path)
        self._written = set()


class RenderedPages:
    """The HTML of generated pages, one per page, kept in memory for the rebuilds of one
    ``mkdocs serve`` process: rendering the comparison and article pages is the largest part
    of a rebuild that claimdiff adds. A page's entry holds the key it was rendered for, which
    must hash everything its HTML depends on (the plugin's ``on_page_content`` says what); a
    new key replaces the entry. Never kept on disk: an entry read back is checked before use,
    but HTML cannot be checked, and a poisoned cache (a CI cache restored from another branch,
    say) must not be able to put markup on the site."""

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

    def forget_unused(self) -> None:
        """Drop the pages not asked for since the last call: pages the site no longer has.
        Not to be called after a dirty build, which asks only for the pages it rebuilds."""
        self._pages = {page: found for page, found in self._pages.items() if page in self._used}
        self._used = set()


def digest(*parts: str) -> str:
    """A short hash of texts, for versions and folder names."""
    return _digest("\n".join(parts))[:16]


def _stat(path: Path) -> tuple[int, int, int] | None:
    """What changes when a file is saved, or None when there is no such file."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ino


def _delete(path: Path) -> None:
    """Delete a file if it can be: a cache folder that cannot be written just stays cold."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _entries(folder: Path) -> list[Path]:
    try:
        return [path for path in folder.iterdir() if path.suffix in (".json", ".tmp")]
    except OSError:
        return []


def _is_stale(path: Path) -> bool:
    """Whether a file is older than ``STALE_TEMPORARY_SECONDS`` (False when it is gone)."""
    try:
        return time.time() - path.stat().st_mtime > STALE_TEMPORARY_SECONDS
    except OSError:
        return False


def _key(kind: str, *parts: object) -> str:
    """A hash of everything an entry depends on."""
    return _digest(json.dumps([kind, FORMAT, _code_fingerprint(), *map(encode, parts)]))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def comparison_fits(comparison: Comparison, story: Story) -> bool:
    """Whether a decoded comparison is one ``align.compare`` could have made of ``story``.

    Decoding checks types, not how the parts refer to each other, and the pages look claims up
    by id without a fallback: an entry edited on disk (or written by a faulty version) that
    names a claim that does not exist would crash the build with a KeyError, and one that leaves
    a claim out of the rows, or puts it there twice, would hide or repeat a sentence. So the
    entry must be of this story's articles with claims that fit them, every claim must sit in
    exactly one row, in its own article's column, every row must show a claim, matches must pair
    known claims of different articles, and highlights must mark known claims inside their text.
    """
    entries = comparison.articles
    column = comparison.column_of
    shown = [
        (claim_id, index)
        for row in comparison.rows
        for index, cell in enumerate(row.cells)
        for claim_id in cell
    ]
    claims = comparison.claims_by_id
    return (
        comparison.story == story
        and tuple(entry.article for entry in entries) == story.articles
        and all(claims_fit(entry.article, entry.claims) for entry in entries)
        and len(column) == sum(len(entry.claims) for entry in entries)
        and sorted(shown) == sorted(column.items())
        and all(len(row.cells) == len(entries) and row.shared_by for row in comparison.rows)
        and all(
            left in column and right in column and column[left] != column[right]
            for left, right in (match.claims for match in comparison.matches)
        )
        and all(
            claim_id in claims
            and _in_order(((h.start, h.end) for h in marks), 0, len(claims[claim_id].text))
            for claim_id, marks in comparison.highlights.items()
        )
    )


def article_fits(article: Article, path: Path, story: str) -> bool:
    """Whether a decoded article can be what ``sources.read_article`` reads from ``path`` in
    the folder of ``story``: its id and story become URLs and file names, so they must be the
    slugs reading makes (a ``story:`` key may name another story), and every block must lie
    inside the body, in order."""
    return (
        article.path == path
        and article.id == slugify(path.stem)
        and article.story in (story, slugify(article.story))
        and _in_order(((block.start, block.end) for block in article.blocks), 0, len(article.body))
    )


def claims_fit(article: Article, claims: Sequence[Claim]) -> bool:
    """Whether decoded claims can be the claims of ``article`` (see ``claims.extract_claims``).

    The article page cuts the body into text and claims by the claims' offsets, and every page
    finds a claim by its id: ids must be unique and of this article, a headline must be the
    stretch of the title it points at, and a body claim the stretch of its block it points at,
    the body claims in reading order without overlap.
    """
    body = [claim for claim in claims if claim.role == "body"]
    return (
        len({claim.id for claim in claims}) == len(claims)
        and all(_claim_fits(article, claim) for claim in claims)
        and _in_order(((claim.start, claim.end) for claim in body), 0, len(article.body))
    )


def _claim_fits(article: Article, claim: Claim) -> bool:
    if claim.article_id != article.id:
        return False
    if claim.role == "headline":
        if claim.block is not None:
            return False
        source, start, end = article.title, 0, len(article.title)
    else:
        if claim.block is None or not 0 <= claim.block < len(article.blocks):
            return False
        block = article.blocks[claim.block]
        source, start, end = article.body, block.start, block.end
    return (
        _in_order([(claim.start, claim.end)], start, end)
        and source[claim.start : claim.end] == claim.text
    )


def _in_order(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the spans lie between ``start`` and ``end``, in order and without overlap."""
    cursor = start
    for low, high in spans:
        if not cursor <= low <= high <= end:
            return False
        cursor = high
    return True


def _file_digest(path: Path, max_bytes: int) -> str:
    """A hash of a file's size and of its first ``max_bytes`` + 1 bytes, as much as reading
    an article takes; "" for no regular file (none there, a folder, a pipe or a device, which
    are never read whole: a pipe would block, a device never end)."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            return ""
        with path.open("rb") as stream:
            head = stream.read(max_bytes + 1)
    except OSError:
        return ""
    return hashlib.sha256(f"{found.st_size}\n".encode() + head).hexdigest()


@lru_cache(maxsize=1)
def _readers() -> str:
    """The versions of the libraries that read articles besides our code: another version
    may clean a page differently."""
    found = [f"Python {sys.version_info[:3]}"]  # unicodedata (slugs) comes with Python
    for name in READING_LIBRARIES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    return ", ".join(found)


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The plugin's version and a hash of its code and of the matcher's data file."""
    digest = hashlib.sha256(__version__.encode("utf-8"))
    package = Path(__file__).parent
    digest.update((package / "data" / "matcher.json").read_bytes())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def encode(value: object) -> Any:
    """The JSON form of a model value: dataclasses as objects, tuples as lists, paths as text.
    The common cases are tested first, by exact type: a cold build encodes every claim, row
    and article of the site."""
    kind: Any = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [encode(item) for item in value]  # type: ignore[attr-defined]
    names = _field_names(kind)
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, str | int | float):  # a subclass, such as numpy's float64
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order (None for any other type), looked up once."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def decode(expected: Any, data: Any) -> Any:
    """Rebuild a value of type ``expected`` from its JSON form, checking every part of it.

    Raises TypeError or ValueError on anything that is not exactly what ``encode`` writes.
    """
    return _decoder(expected)(data)


Decoder = Callable[[Any], Any]


@cache
def _decoder(expected: Any) -> Decoder:
    """The function that decodes values of type ``expected``, worked out once per type: a
    warm build decodes every claim of the site, and inspecting the type hints again for each
    value would cost more than the values themselves."""
    origin = typing.get_origin(expected)
    arguments = typing.get_args(expected)
    if dataclasses.is_dataclass(expected):
        return _dataclass_decoder(expected)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _decoder(arguments[0])
        return lambda data: tuple(map(item, _require(data, list)))
    if origin is tuple:
        return _fixed_tuple_decoder(tuple(map(_decoder, arguments)))
    if origin is dict:
        key, value = map(_decoder, arguments)
        return lambda data: {key(k): value(v) for k, v in _require(data, dict).items()}
    if origin in (typing.Union, types.UnionType):
        other = _decoder(next(option for option in arguments if option is not type(None)))
        if type(None) in arguments:
            return lambda data: None if data is None else other(data)
        return other
    if origin is typing.Literal:
        return lambda data: _require_one_of(data, arguments)
    return _plain_decoder(expected)


def _dataclass_decoder(expected: Any) -> Decoder:
    hints = typing.get_type_hints(expected)
    fields = {field.name: _decoder(hints[field.name]) for field in dataclasses.fields(expected)}
    names = fields.keys()

    def decode_dataclass(data: Any) -> Any:
        values = _require(data, dict)
        if values.keys() != names:
            raise ValueError(f"fields of {expected.__name__} differ")
        return expected(**{name: field(values[name]) for name, field in fields.items()})

    return decode_dataclass


def _fixed_tuple_decoder(items: tuple[Decoder, ...]) -> Decoder:
    def decode_tuple(data: Any) -> tuple[Any, ...]:
        values = _require(data, list)
        if len(values) != len(items):
            raise ValueError("tuple of the wrong length")
        return tuple(item(value) for item, value in zip(items, values, strict=True))

    return decode_tuple


def _require_one_of(data: Any, allowed: tuple[Any, ...]) -> Any:
    if data not in allowed:
        raise ValueError(f"unexpected value {data!r}")
    return data


def _plain_decoder(expected: Any) -> Decoder:
    if expected is Path:
        return lambda data: Path(_require(data, str))
    if expected is float:
        return _decode_float
    if expected in (str, int, bool):
        return lambda data: data if type(data) is expected else _wrong_type(expected)
    raise TypeError(f"cannot decode {expected!r}")


def _decode_float(data: Any) -> float:
    if type(data) in (float, int):  # JSON writes 1.0 as 1.0, but a hand-edited 1 is fine too
        return float(data)
    return _wrong_type(float)


def _wrong_type(expected: type) -> NoReturn:
    raise TypeError(f"expected {expected.__name__}")


def _require(data: object, kind: type[T]) -> T:
    if not isinstance(data, kind):
        raise TypeError(f"expected {kind.__name__}")
    return data
