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
clean every scrape again. Articles and claims are filed in one file per story
(``store.bundles``): creating a file costs far more than writing an entry.

Entries are plain JSON of the model's frozen dataclasses, decoded against their type hints: a
file that does not decode to exactly the expected types, that answers for another key, or whose
parts do not fit together (``article_fits``, ``claims_fit``, ``comparison_fits``) is ignored
and rebuilt, never trusted; nothing in a cache file can run code. Files are written to a
temporary name and renamed, so a build that is killed never leaves half an entry.

Several sites (or configurations of one site) may share ``folder``: each keeps its entries in a
sub-folder named after its ``owner``, ``folder/<owner hash>/<kind>/<key>.json`` (for articles
and claims the key of the story's group), so one build's ``forget_unused`` never drops what
another still uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..model import Article, Claim, Comparison, Done, Job, OnDone, Story
from ..options import AlignOptions
from .bundles import Bundles
from .files import file_digest, file_stamp
from .integrity import article_fits, claims_fit, comparison_fits
from .keys import entry_key, reading_libraries, sha256_text

ReadArticle = Callable[[], Article]
"""Reads the article anew (``sources.read_article`` for one file)."""
StoryKeys = tuple[str, list[str]]
"""A story's key and the keys of its articles' claims."""
Compute = Callable[[Sequence[Job], OnDone], object]
"""Runs jobs and tells ``on_done`` of each as it finishes (``pipeline.compare_stories``): the
cache is handed the work to do, so it stores without deciding how anything is computed."""


class ComparisonCache:
    """Comparisons of stories by key, kept in memory and, unless ``folder`` is None, on disk in
    the sub-folder of ``folder`` that belongs to ``owner`` (who builds with this cache: the
    plugin passes its ``mkdocs.yml`` and articles folder)."""

    def __init__(self, folder: Path | None, owner: str = "") -> None:
        self.folder = None if folder is None else folder / sha256_text(owner)[:16]
        self._memory: dict[str, Comparison] = {}
        self._used: set[str] = set()
        self._stories: Bundles[Comparison] = Bundles(self._kind("stories"), Comparison)
        """Each in a group of its own, named by its key."""
        self._read_articles: Bundles[Article] = Bundles(self._kind("articles"), Article)
        """By story folder (the story a file is read for)."""
        self._claims: Bundles[tuple[Claim, ...]] = Bundles(self._kind("claims"), tuple[Claim, ...])
        """By story id."""
        self._articles: dict[tuple[object, ...], tuple[str, Article]] = {}
        self._read: set[tuple[object, ...]] = set()
        self._any_stored = False
        """Whether a comparison was found stored (``may_have``), until ``forget_unused``."""
        self._hashed: dict[tuple[object, ...], str] = {}
        """Article keys that ``has_article`` hashed the files for, by the files' stamps, for
        ``read_article`` to use as long as the files keep them: a build asks both of every
        file, and hashing them twice cost a build from the cache a twentieth of a second."""

    def read_article(
        self, path: Path, story: str, max_bytes: int, files: Sequence[Path], read: ReadArticle
    ) -> Article:
        """The article ``read`` reads from ``path`` (``files`` are the files it depends on:
        the article and its sidecars), remembered in memory while those files keep their
        ``file_stamp`` (a rebuild under ``mkdocs serve`` re-reads only what was saved), and,
        with a cache folder, on disk by the bytes of the files: cleaning a scrape costs several
        times more than hashing it and decoding the article read before."""
        stamp = (path, story, max_bytes, *(file_stamp(file) for file in files))
        self._read.add(stamp)
        found = self._articles.get(stamp)
        if found is None:
            found = self._articles[stamp] = self._stored_article(
                path, story, max_bytes, files, read, self._hashed.pop(stamp, "")
            )
        key, article = found
        if key:
            self._read_articles.keep(story, key)
        return article

    def has_article(self, path: Path, story: str, max_bytes: int, files: Sequence[Path]) -> bool:
        """Whether ``read_article`` would find the article without reading it: in memory
        while the files are unchanged, or on disk under the key of their bytes."""
        stamp = (path, story, max_bytes, *(file_stamp(file) for file in files))
        if stamp in self._articles:
            return True
        if self.folder is None:
            return False
        key = self._hashed[stamp] = self._article_key(path, story, max_bytes, files)
        return self._read_articles.get(story, key) is not None

    def _stored_article(
        self,
        path: Path,
        story: str,
        max_bytes: int,
        files: Sequence[Path],
        read: ReadArticle,
        key: str = "",
    ) -> tuple[str, Article]:
        """The article and the key of its entry on disk (read anew when there is none). An
        entry is kept only when the files hashed the same after reading as before: a save
        in between must not file the new text under the old bytes. New entries reach the disk
        at ``file_articles``. ``key``: the files' key, hashed already (``has_article``)."""
        if self.folder is None:
            return "", read()
        key = key or self._article_key(path, story, max_bytes, files)
        found = self._read_articles.get(story, key)
        if found is None or not article_fits(found, path, story):
            found = read()
            if self._article_key(path, story, max_bytes, files) == key:
                self._read_articles.put(story, key, found)
        return key, found

    def file_articles(self) -> None:
        """Write the articles read anew since the last call, one file per story folder: called
        once the reading is done (``pipeline.compare_folder``), so a build killed later
        does not read them again."""
        self._read_articles.file()

    @staticmethod
    def _article_key(path: Path, story: str, max_bytes: int, files: Sequence[Path]) -> str:
        digests = [file_digest(file, max_bytes) for file in files]
        return entry_key("articles", str(path), story, max_bytes, reading_libraries(), *digests)

    def comparisons(
        self,
        stories: Sequence[Story],
        options: AlignOptions,
        compute: Compute,
        progress: Callable[[int, int], None] | None = None,
        ready: Callable[[int, Comparison], None] | None = None,
        keys: Sequence[StoryKeys] | None = None,
    ) -> list[tuple[str, Comparison]]:
        """The stories' comparisons in order, each with its key: a hash of everything the
        comparison depends on, which changes exactly when it may. Those without an entry are
        handed to ``compute`` together, with the claims already known of their articles;
        ``progress`` hears ``(done, total)`` of those, from ``(0, total)``, and ``ready`` of
        each comparison, by its story's place, as soon as it is found or made. ``keys`` are
        the stories' ``story_keys`` when the caller made them already."""
        keys = self.story_keys(stories, options) if keys is None else keys
        found = [self._find(story, key) for story, (key, _) in zip(stories, keys, strict=True)]
        for index, comparison in enumerate(found):
            if comparison is not None and ready is not None:
                ready(index, comparison)
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
            story = stories[index].id
            for key, known, extracted in zip(keys[index][1], jobs[number][1], claims, strict=True):
                if known is None:
                    self._claims.put(story, key, extracted)
            self._claims.file(story)
            self._stories.put(keys[index][0], keys[index][0], comparison)
            self._stories.file(keys[index][0])
            found[index] = comparison
            if ready is not None:
                ready(index, comparison)
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

    def story_keys(self, stories: Sequence[Story], options: AlignOptions) -> list[StoryKeys]:
        """Each story's key and its articles' keys (of their claims), all kept by this build:
        the key of a story changes exactly when its comparison may."""
        return [self._keys(story, options) for story in stories]

    def may_have(self, story: Story, options: AlignOptions) -> bool:
        """Whether the comparison of ``story`` may be stored (in memory, or a file under its
        key): a quick look, which reads and keeps no entry (``comparisons`` checks what it
        finds). A cache with no comparison at all is told without hashing the story."""
        if not self._memory and not self._any_stored:
            self._any_stored = self._stories.filed()  # a look at the folder, once it says yes
            if not self._any_stored:
                return False
        key, _ = _story_keys(story, options)
        return key in self._memory or self._stories.filed(key)

    def _keys(self, story: Story, options: AlignOptions) -> StoryKeys:
        key, article_keys = _story_keys(story, options)
        self._used.add(key)
        self._stories.keep(key, key)
        for article_key in article_keys:
            self._claims.keep(story.id, article_key)
        return key, article_keys

    def _find(self, story: Story, key: str) -> Comparison | None:
        """The entry for ``key``: from memory as it is (this process made or checked it), from
        disk only when it fits the story."""
        if key in self._memory:
            return self._memory[key]
        found = self._stories.get(key, key)
        return found if found is not None and comparison_fits(found, story) else None

    def _known_claims(
        self, story: Story, keys: Sequence[str]
    ) -> tuple[tuple[Claim, ...] | None, ...]:
        found = (self._claims.get(story.id, key) for key in keys)
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
        self._hashed = {}
        self._any_stored = False
        for bundles in (self._stories, self._read_articles, self._claims):
            bundles.forget_unused()
        self._used = set()

    def _kind(self, kind: str) -> Path | None:
        """The sub-folder of one kind of entry."""
        return None if self.folder is None else self.folder / kind


def _story_keys(story: Story, options: AlignOptions) -> StoryKeys:
    """The story's key and its articles' keys (of their claims)."""
    article_keys = [entry_key("claims", article) for article in story.articles]
    return entry_key("story", replace(story, articles=()), article_keys, options), article_keys
