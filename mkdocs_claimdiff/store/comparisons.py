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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..model import Article, Claim, Comparison, Done, Job, Story
from ..options import AlignOptions
from .codec import from_json, to_json
from .files import delete, entries, file_digest, file_stamp, is_stale, write_atomically
from .integrity import article_fits, claims_fit, comparison_fits
from .keys import FORMAT, entry_key, reading_libraries, sha256_text

KINDS = ("stories", "claims", "articles")
T = TypeVar("T")
"""Sub-folders of the cache, one per kind of entry."""
ReadArticle = Callable[[], Article]
"""Reads the article anew (``sources.read_article`` for one file)."""


class ComparisonCache:
    """Comparisons of stories by key, kept in memory and, unless ``folder`` is None, on disk in
    the sub-folder of ``folder`` that belongs to ``owner`` (who builds with this cache: the
    plugin passes its ``mkdocs.yml`` and articles folder)."""

    def __init__(self, folder: Path | None, owner: str = "") -> None:
        self.folder = None if folder is None else folder / sha256_text(owner)[:16]
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
        stamp = (path, story, max_bytes, *(file_stamp(file) for file in files))
        self._read.add(stamp)
        found = self._articles.get(stamp)
        if found is None:
            found = self._articles[stamp] = self._stored_article(
                path, story, max_bytes, files, read
            )
        key, article = found
        self._used.add(key)
        return article

    def has_article(self, path: Path, story: str, max_bytes: int, files: Sequence[Path]) -> bool:
        """Whether ``read_article`` would find the article without reading it: in memory
        while the files are unchanged, or on disk under the key of their bytes."""
        if (path, story, max_bytes, *(file_stamp(file) for file in files)) in self._articles:
            return True
        if self.folder is None:
            return False
        key = self._article_key(path, story, max_bytes, files)
        return (self.folder / "articles" / f"{key}.json").is_file()

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
        digests = [file_digest(file, max_bytes) for file in files]
        return entry_key("articles", str(path), story, max_bytes, reading_libraries(), *digests)

    def plan(self, stories: Sequence[Story], options: AlignOptions) -> Plan:
        """What comparing ``stories`` takes: each story's key, the comparisons found (in memory,
        or on disk when they fit the story) and, for the others, the job that makes them, with
        the claims already known of their articles. ``keep`` files each result."""
        keys = [self._keys(story, options) for story in stories]
        found = [self._find(story, key) for story, (key, _) in zip(stories, keys, strict=True)]
        self._memory.update(
            (key, comparison)
            for (key, _), comparison in zip(keys, found, strict=True)
            if comparison is not None
        )
        jobs: dict[int, Job] = {
            index: (story, self._known_claims(story, article_keys), options)
            for index, (story, (_, article_keys), comparison) in enumerate(
                zip(stories, keys, found, strict=True)
            )
            if comparison is None
        }
        return Plan([key for key, _ in keys], [article for _, article in keys], found, jobs)

    def keep(self, plan: Plan, index: int, done: Done) -> None:
        """File the result of the plan's job for story ``index``: the claims extracted anew and
        the comparison, on disk at once and in memory."""
        claims, comparison = done
        _, known, _ = plan.jobs[index]
        for key, found, extracted in zip(plan.article_keys[index], known, claims, strict=True):
            if found is None:
                self._save("claims", key, extracted)
        self._save("stories", plan.keys[index], comparison)
        self._memory[plan.keys[index]] = plan.found[index] = comparison

    def _keys(self, story: Story, options: AlignOptions) -> tuple[str, list[str]]:
        """The story's key and its articles' keys, all marked as used by this build."""
        article_keys = [entry_key("claims", article) for article in story.articles]
        key = entry_key("story", replace(story, articles=()), article_keys, options)
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
                for path in entries(self.folder / kind):
                    if is_stale(path) if path.suffix == ".tmp" else path.stem not in self._used:
                        delete(path)
        self._used = set()

    def _load(self, kind: str, key: str, expected: Any) -> Any:
        """The entry's value, or None when it is missing, unreadable or not what it should be."""
        if self.folder is None:
            return None
        try:
            entry = from_json(Entry[expected], (self.folder / kind / f"{key}.json").read_bytes())
        except (OSError, ValueError, RecursionError):
            return None
        return entry.value if entry.format == FORMAT and entry.key == key else None

    def _save(self, kind: str, key: str, value: object) -> None:
        """Write an entry atomically; a cache that cannot be written just stays cold."""
        if self.folder is None:
            return
        try:
            text = to_json(Entry(FORMAT, key, value)).decode("utf-8")
        except ValueError:  # a lone surrogate (from a file name that is not UTF-8) has no JSON
            return
        write_atomically(self.folder / kind / f"{key}.json", text)


@dataclass
class Plan:
    """A store's answer to "compare these stories" (``ComparisonCache.plan``), filled in as
    the comparisons it lacks are kept."""

    keys: list[str]
    """Per story, its key: a hash of everything its comparison depends on."""
    article_keys: list[list[str]]
    """Per story, the keys of its articles' claims."""
    found: list[Comparison | None]
    """Per story, its comparison: None until it is kept."""
    jobs: dict[int, Job]
    """The job of each story that had no comparison, by its index."""

    @property
    def missing(self) -> list[int]:
        """The stories that had to be compared, in order."""
        return sorted(self.jobs)


@dataclass(frozen=True)
class Entry(Generic[T]):
    """What an entry file holds: its value, with the layout and the key it was written for."""

    format: int
    key: str
    value: T
