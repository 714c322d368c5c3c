"""The comparison cache: reused when nothing changed, rebuilt when anything did, never trusted
blindly, and never written into ``docs_dir``."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.model import Article, Comparison, Job, OnDone, Story
from mkdocs_claimdiff.options import MAX_ARTICLE_BYTES, AlignOptions
from mkdocs_claimdiff.pipeline import compare_stories, stored_reader
from mkdocs_claimdiff.sources.discover import discover, read_article
from mkdocs_claimdiff.sources.sidecars import article_files
from mkdocs_claimdiff.store import keys
from mkdocs_claimdiff.store.bundles import _digest
from mkdocs_claimdiff.store.codec import from_json, to_json
from mkdocs_claimdiff.store.comparisons import ComparisonCache
from mkdocs_claimdiff.store.files import STALE_TEMPORARY_SECONDS, file_digest
from mkdocs_claimdiff.store.pages import PageVersions, RenderedPages

from ..conftest import (
    DEMO_ARTICLES,
    FIRST_STORY,
    demo_comparison,
)

OPTIONS = AlignOptions.create()


class Compute:
    """A stand-in for ``pipeline.compare_stories``, handed to the cache as its work: it records
    the stories it is asked to compare and the articles whose claims it has to extract, and
    answers with claims extracted for real and the demo comparison (comparing takes seconds)."""

    def __init__(self) -> None:
        self.stories: list[str] = []
        self.split: list[str] = []

    def __call__(self, jobs: Sequence[Job], on_done: OnDone) -> None:
        demo = demo_comparison()
        for index, (story, known, _options) in enumerate(jobs):
            self.stories.append(story.id)
            pairs = list(zip(story.articles, known, strict=True))
            self.split.extend(article.id for article, claims in pairs if claims is None)
            claims = tuple(found or extract_claims(article) for article, found in pairs)
            on_done(index, (claims, replace(demo, story=story)))


@pytest.fixture
def compare_calls() -> Compute:
    return Compute()


def really_compare(jobs: Sequence[Job], on_done: OnDone) -> None:
    compare_stories(jobs, 1, on_done)


def counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Calls of ``module.name`` during a site build (one "x" each), the function still run:
    a site build has no other way to say what it computed."""
    calls: list[str] = []
    real = getattr(module, name)

    def count(*args: Any) -> Any:
        calls.append("x")
        return real(*args)

    monkeypatch.setattr(module, name, count)
    return calls


def compared(
    kept: ComparisonCache, story: Story, options: AlignOptions, compute: Compute | None = None
) -> Comparison:
    """The story's comparison from the cache, computed by ``compute`` when it has none."""
    ((_, comparison),) = kept.comparisons([story], options, compute or really_compare)
    return comparison


@pytest.fixture
def story() -> Story:
    (found,) = (s for s in discover(DEMO_ARTICLES)[0] if s.id == FIRST_STORY)
    return found


def entries(folder: Path, kind: str = "*") -> list[Path]:
    """The cache's files of one kind (or all), whoever owns them: one per story and kind."""
    return sorted(folder.rglob(f"{kind}/*.json"))


def filed(data: Any) -> list[Any]:
    """The values of the entries a file holds (one for a story's comparison)."""
    return list(data["entries"].values())


def read_and_filed(articles: Path, cache: ComparisonCache, reads: Reads) -> Any:
    """``discover`` through the store, then the articles filed, as a build does."""
    found = discover(articles, read=stored_reader(cache, reads))
    cache.file_articles()
    return found


def test_a_comparison_round_trips_through_json() -> None:
    comparison = demo_comparison()
    assert from_json(Comparison, to_json(comparison)) == comparison


def test_a_story_whose_file_name_is_not_utf8_is_compared_and_left_out_of_the_cache(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    """A stray byte in a file name reaches Python as a lone surrogate, which JSON cannot hold:
    the story is compared every build instead of crashing the first."""
    article = story.articles[0]
    odd = replace(story, articles=(replace(article, path=Path(os.fsdecode(b"b\xff.md"))),))
    assert compared(ComparisonCache(tmp_path), odd, OPTIONS, compare_calls).story == odd
    assert entries(tmp_path, "stories") == []
    compared(ComparisonCache(tmp_path), odd, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


def test_a_second_cache_reads_what_the_first_wrote(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    first = compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    again = compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY]
    assert again == first


def test_unchanged_stories_are_kept_in_memory_without_a_folder(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    kept = ComparisonCache(None)
    compared(kept, story, OPTIONS, compare_calls)
    kept.forget_unused()
    compared(kept, story, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY]
    assert not any(tmp_path.iterdir())


def test_cache_off_writes_nothing_and_recomputes_in_a_new_process(
    tmp_path: Path, story: Story, compare_calls: Compute, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    compared(ComparisonCache(None), story, OPTIONS, compare_calls)
    compared(ComparisonCache(None), story, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]
    assert not any(tmp_path.iterdir())


def test_an_edited_article_is_compared_again(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    first, *others = story.articles
    edited = replace(story, articles=(replace(first, body=first.body + " More."), *others))
    compared(ComparisonCache(tmp_path), edited, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


def test_an_edited_article_leaves_the_claims_of_the_others_cached(
    tmp_path: Path, story: Story, compare_calls: Compute, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = ComparisonCache(tmp_path)
    compared(kept, story, OPTIONS, compare_calls)
    kept.forget_unused()
    compared(kept, story, OPTIONS, compare_calls)
    kept.forget_unused()
    compare_calls.split.clear()
    first, *others = story.articles
    edited = replace(story, articles=(replace(first, body=first.body + " More."), *others))
    compared(ComparisonCache(tmp_path), edited, OPTIONS, compare_calls)
    assert compare_calls.split == [first.id]


@pytest.mark.parametrize(
    "options",
    [AlignOptions.create(threshold=0.5), AlignOptions.create(aliases={"nato": ["alliance"]})],
)
def test_other_options_are_compared_again(
    tmp_path: Path, story: Story, compare_calls: Compute, options: AlignOptions
) -> None:
    compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    compared(ComparisonCache(tmp_path), story, options, compare_calls)
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


@pytest.fixture
def other_version(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.undo()
    keys.code_fingerprint.cache_clear()


def test_another_plugin_version_is_compared_again(
    tmp_path: Path,
    story: Story,
    compare_calls: Compute,
    monkeypatch: pytest.MonkeyPatch,
    other_version: None,
) -> None:
    compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    monkeypatch.setattr(keys, "__version__", "99.0")
    keys.code_fingerprint.cache_clear()
    compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "not json",
        lambda text: text.replace('"start": ', '"start": "0", "was": ', 1),
        lambda text: text.replace(f'"format": {keys.FORMAT}', '"format": 0'),
        lambda text: json.dumps({**json.loads(text), "key": "0" * 64}),
        lambda text: text.replace('"role": "headline"', '"role": "__import__(\'os\')"'),
        lambda text: re.sub(r'("score": [^,]+), "kind": "[a-z]+"', r"\1", text, count=1),
        lambda text: text.replace('"score": ', '"extra": 1, "score": ', 1),
    ],
    ids=[
        "truncated",
        "not-json",
        "wrong-type",
        "old-format",
        "other-key",
        "bad-literal",
        "missing-field",
        "unknown-field",
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(
    tmp_path: Path, story: Story, compare_calls: Compute, damage: object
) -> None:
    expected = compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    (entry,) = entries(tmp_path, "stories")
    assert callable(damage)
    spaced = json.dumps(json.loads(entry.read_text(encoding="utf-8")))  # the damage's spacing
    damaged = damage(spaced)
    assert damaged != spaced
    entry.write_text(damaged, encoding="utf-8")
    assert compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls) == expected
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]
    assert compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls) == expected
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


def test_entries_of_stories_no_longer_built_are_removed(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    kept = ComparisonCache(tmp_path)
    compared(kept, story, OPTIONS, compare_calls)
    kept.forget_unused()
    before = entries(tmp_path)
    compared(kept, story, AlignOptions.create(threshold=0.5), compare_calls)
    kept.forget_unused()
    after = entries(tmp_path)
    assert len(after) == len(before)
    assert set(after) != set(before)


def test_a_read_only_cache_with_stale_entries_stays_cold_without_an_error(
    tmp_path: Path, story: Story, compare_calls: Compute, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16, finding 4: ``forget_unused`` raised PermissionError on a read-only folder.
    The tests run as root, whom no file mode stops, so the folder's refusal is made by hand."""
    kept = ComparisonCache(tmp_path)
    compared(kept, story, OPTIONS, compare_calls)
    kept.forget_unused()
    stale = entries(tmp_path)

    def refused(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "unlink", refused)
    later = ComparisonCache(tmp_path)
    compared(later, story, AlignOptions.create(threshold=0.5), compare_calls)
    later.forget_unused()  # every entry of the first build is stale now
    assert set(stale) <= set(entries(tmp_path))


def test_the_plugin_is_kept_across_serve_rebuilds(tmp_path: Path) -> None:
    config_file = tmp_path / "mkdocs.yml"
    (tmp_path / "docs").mkdir()
    config_file.write_text("site_name: T\nplugins: [claimdiff]\n")
    plugins = [load_config(str(config_file)).plugins["claimdiff"] for _ in range(2)]
    assert plugins[0] is plugins[1]


def _unknown_claim_in_a_row(value: Any) -> None:
    value["rows"][0]["cells"][0][0] = "no-such-claim"


def _last_row_dropped(value: Any) -> None:
    del value["rows"][-1]


def _claim_in_two_rows(value: Any) -> None:
    value["rows"][1]["cells"][0].append(value["rows"][0]["cells"][0][0])


def _claim_in_another_column(value: Any) -> None:
    value["rows"][0]["cells"].reverse()


def _match_of_an_unknown_claim(value: Any) -> None:
    value["matches"][0]["claims"][1] = "no-such-claim"


def _score_out_of_range(value: Any) -> None:
    value["matches"][0]["score"] = 7.5  # published as is, outside the JSON contract's 0 to 1


def _same_yet_differing(value: Any) -> None:
    match = next(match for match in value["matches"] if match["kind"] == "same")
    match["differences"] = ["number"]


def _highlight_past_its_claim(value: Any) -> None:
    next(iter(value["highlights"].values()))[-1]["end"] = 10_000


def _claim_past_the_body(value: Any) -> None:
    entry = value["articles"][0]
    end = len(entry["article"]["body"]) + 10
    entry["claims"][-1].update(start=end, end=end, text="")


@pytest.mark.parametrize(
    "tamper",
    [
        _unknown_claim_in_a_row,
        _last_row_dropped,
        _claim_in_two_rows,
        _claim_in_another_column,
        _match_of_an_unknown_claim,
        _score_out_of_range,
        _same_yet_differing,
        _highlight_past_its_claim,
        _claim_past_the_body,
    ],
)
def test_a_comparison_whose_parts_do_not_fit_is_compared_again_and_rewritten(
    tmp_path: Path, story: Story, compare_calls: Compute, tamper: Callable[[Any], None]
) -> None:
    expected = compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    (entry,) = entries(tmp_path, "stories")
    original = entry.read_text(encoding="utf-8")
    data = json.loads(original)
    (value,) = filed(data)
    tamper(value)
    assert from_json(Comparison, to_json(value)) != expected  # well-typed, yet wrong
    # Filed as the store files it, its digest made anew: only the checks of how the parts fit
    # (``integrity``) can tell it from a comparison, not the digest nor the decoder.
    ((key, _),) = data["entries"].items()
    data["digests"][key] = _digest(to_json(value))
    entry.write_bytes(to_json(data))
    assert compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls) == expected
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]
    assert entry.read_text(encoding="utf-8") == original


def _body_claim_past_the_body(claims: Any) -> None:
    claims[-1]["end"] += 10_000


def _id_used_twice(claims: Any) -> None:
    claims[2]["id"] = claims[1]["id"]


def _offsets_not_of_its_text(claims: Any) -> None:
    claims[1]["start"] += 1


@pytest.mark.parametrize(
    "tamper", [_body_claim_past_the_body, _id_used_twice, _offsets_not_of_its_text]
)
def test_claims_that_do_not_fit_their_article_are_split_again_and_rewritten(
    tmp_path: Path,
    story: Story,
    compare_calls: Compute,
    monkeypatch: pytest.MonkeyPatch,
    tamper: Callable[[Any], None],
) -> None:
    compared(ComparisonCache(tmp_path), story, OPTIONS, compare_calls)
    first = story.articles[0]
    (entry,) = entries(tmp_path, "claims")
    original = entry.read_text(encoding="utf-8")
    data = json.loads(original)
    (claims,) = (claims for claims in filed(data) if claims[0]["article_id"] == first.id)
    tamper(claims)
    entry.write_bytes(to_json(data))  # as compact as the store writes
    compare_calls.split.clear()
    compared(ComparisonCache(tmp_path), story, AlignOptions.create(threshold=0.5), compare_calls)
    assert compare_calls.split == [first.id]
    assert entry.read_text(encoding="utf-8") == original


def test_caches_of_other_owners_in_the_same_folder_keep_their_entries(
    tmp_path: Path, story: Story, compare_calls: Compute
) -> None:
    strict = AlignOptions.create(threshold=0.5)
    for owner, options in [("site-a", OPTIONS), ("site-b", strict)] * 2:
        built = ComparisonCache(tmp_path, owner)
        compared(built, story, options, compare_calls)
        built.forget_unused()
    assert compare_calls.stories == [FIRST_STORY, FIRST_STORY]


def test_forget_unused_spares_a_temporary_file_being_written(tmp_path: Path) -> None:
    kept = ComparisonCache(tmp_path)
    assert kept.folder is not None
    folder = kept.folder / "stories"
    folder.mkdir(parents=True)
    fresh, stale = folder / "fresh.tmp", folder / "stale.tmp"
    fresh.write_text("{")
    stale.write_text("{")
    hours_ago = time.time() - 2 * STALE_TEMPORARY_SECONDS
    os.utime(stale, (hours_ago, hours_ago))
    kept.forget_unused()
    assert fresh.exists()
    assert not stale.exists()


def test_a_page_keeps_the_time_its_version_came_until_the_version_changes(
    tmp_path: Path,
) -> None:
    """What dirty builds go by: the time a page's version came, kept across builds (in one
    file), renewed when the version changes; a page the site no longer has is forgotten."""
    path = tmp_path / "pages.json"
    first = PageVersions(path)
    came = first.changed_at("stories/quake/index.md", "v1")
    first.changed_at("stories/flood/index.md", "f1")
    first.forget_unused()
    time.sleep(0.01)
    later = PageVersions(path)  # the next build, a new process
    assert later.changed_at("stories/quake/index.md", "v1") == came
    renewed = later.changed_at("stories/flood/index.md", "f2")
    assert renewed > came
    later.forget_unused()
    time.sleep(0.01)
    last = PageVersions(path)
    assert last.changed_at("stories/flood/index.md", "f2") == renewed  # kept, not renewed again
    (tmp_path / "pages" / "stories").mkdir(parents=True)  # stubs of an earlier version
    (tmp_path / "pages" / "stories" / "flood.md").write_text("---\ntitle: Flood\n---\n")
    last.forget_unused()  # the quake story is gone
    assert set(json.loads(path.read_text())) == {"stories/flood/index.md"}
    assert [entry.name for entry in tmp_path.iterdir()] == ["pages.json"]


def test_a_damaged_versions_file_makes_every_page_new(tmp_path: Path) -> None:
    path = tmp_path / "pages.json"
    path.write_text('{"stories/quake/index.md": ["v1", "soon"]}')
    before = time.time_ns()
    assert PageVersions(path).changed_at("stories/quake/index.md", "v1") >= before
    assert PageVersions(None).changed_at("stories/quake/index.md", "v1") >= before


def test_a_page_keeps_one_rendering_the_latest() -> None:
    """Under ``mkdocs serve --dirty`` nothing is forgotten between saves, so a page's new
    rendering must replace its old one rather than pile up beside it."""
    rendered = RenderedPages()
    rendered.put("stories/quake/index.md", "v1", "<p>one</p>")
    rendered.put("stories/quake/index.md", "v2", "<p>two</p>")
    assert rendered.get("stories/quake/index.md", "v1") is None
    assert rendered.get("stories/quake/index.md", "v2") == "<p>two</p>"
    rendered.forget_unused()
    rendered.forget_unused()
    assert rendered.get("stories/quake/index.md", "v2") is None


class Reads:
    """A stand-in for ``sources.read_article`` that records the names of the files it reads:
    those the cache did not have."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, path: Path, story: str, max_bytes: int) -> Article:
        self.names.append(path.name)
        return read_article(path, story, max_bytes)


@pytest.fixture
def reads() -> Reads:
    return Reads()


def copy_of_the_first_story(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    shutil.copytree(DEMO_ARTICLES / FIRST_STORY, articles / FIRST_STORY)
    return articles


def test_a_new_process_reads_only_the_articles_whose_files_changed(
    tmp_path: Path, reads: Reads
) -> None:
    articles = copy_of_the_first_story(tmp_path)
    first = read_and_filed(articles, ComparisonCache(tmp_path / "cache"), reads)
    assert sorted(reads.names) == ["kyiv-independent.txt", "moscow-times.txt"]
    again = read_and_filed(articles, ComparisonCache(tmp_path / "cache"), reads)
    assert again == first and len(reads.names) == 2
    sidecar = articles / FIRST_STORY / "kyiv-independent.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "author: Jane Doe\n")
    edited = read_and_filed(articles, ComparisonCache(tmp_path / "cache"), reads)
    assert reads.names[2:] == ["kyiv-independent.txt"]
    (story,) = edited[0]
    assert [article.author for article in story.articles if article.id == "kyiv-independent"] == [
        "Jane Doe"
    ]


def test_a_file_rewritten_to_the_same_size_and_time_is_read_again_in_one_process(
    tmp_path: Path, reads: Reads
) -> None:
    """Under ``mkdocs serve`` one cache lives across rebuilds: an article rewritten in place
    ("200ft" to "400ft": the same size, the same inode) whose modification time was then set
    back (``touch -d``, a sync tool) kept its old text until the server restarted (found by
    an audit)."""
    articles = copy_of_the_first_story(tmp_path)
    cache = ComparisonCache(tmp_path / "cache")
    read_and_filed(articles, cache, reads)
    text = articles / FIRST_STORY / "moscow-times.txt"
    before = text.stat()
    old = text.read_text(encoding="utf-8")
    new = old.replace("Assad", "Asad!", 1)
    assert new != old and len(new.encode()) == len(old.encode())
    with text.open("r+", encoding="utf-8") as stream:  # in place: the same inode
        stream.write(new)
    os.utime(text, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (text.stat().st_size, text.stat().st_mtime_ns, text.stat().st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    (story,) = read_and_filed(articles, cache, reads)[0]
    assert reads.names[2:] == ["moscow-times.txt"]
    (article,) = [found for found in story.articles if found.id == "moscow-times"]
    assert "Asad!" in article.title + article.body


def _story_out_of_the_site(article: dict[str, Any]) -> None:
    article["story"] = "../../outside"


def _block_past_the_body(article: dict[str, Any]) -> None:
    article["blocks"][-1]["end"] = len(article["body"]) + 5


def _another_file(article: dict[str, Any]) -> None:
    article["path"] = "/etc/passwd"


def _not_an_article(article: dict[str, Any]) -> None:
    article.clear()


def _one_letter_of_its_text(article: dict[str, Any]) -> None:
    """Still an article that fits its file (a second audit published "Somali piratez" so)."""
    article["body"] = article["body"].replace("a", "e", 1)


@pytest.mark.parametrize(
    ("tamper", "read_again"),
    [
        (_story_out_of_the_site, 1),
        (_block_past_the_body, 1),
        (_another_file, 1),
        (_not_an_article, 2),
        (_one_letter_of_its_text, 1),
    ],
)
def test_an_article_entry_that_does_not_fit_its_file_is_read_again_and_rewritten(
    tmp_path: Path, reads: Reads, tamper: Callable[[Any], None], read_again: int
) -> None:
    """Only the article whose entry does not fit is read again; an entry that is no article at
    all spoils its story's file, and every article of the story is read again."""
    articles = copy_of_the_first_story(tmp_path)
    first = read_and_filed(articles, ComparisonCache(tmp_path / "cache"), reads)
    (entry,) = entries(tmp_path / "cache", "articles")
    original = entry.read_text(encoding="utf-8")
    data = json.loads(original)
    assert len(filed(data)) == 2
    tamper(filed(data)[0])
    entry.write_bytes(to_json(data))  # as compact as the store writes
    again = read_and_filed(articles, ComparisonCache(tmp_path / "cache"), reads)
    assert again == first
    assert len(reads.names) == 2 + read_again
    assert entry.read_text(encoding="utf-8") == original


def test_an_article_is_hashed_as_far_as_it_is_read(tmp_path: Path) -> None:
    """The key covers the file's size and the bytes reading takes (``max_article_bytes`` + 1),
    so a huge file is never loaded whole just to be hashed."""
    limit = 1000
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_bytes(b"a" * limit + b"b" + b"x" * 5000)
    second.write_bytes(b"a" * limit + b"b" + b"y" * 5000)
    assert file_digest(first, limit) == file_digest(second, limit)
    second.write_bytes(b"a" * limit + b"c" + b"x" * 5000)
    assert file_digest(first, limit) != file_digest(second, limit)
    second.write_bytes(b"a" * limit + b"b" + b"x" * 5001)
    assert file_digest(first, limit) != file_digest(second, limit)


def test_an_article_saved_while_it_is_read_is_not_filed_under_its_old_bytes(
    tmp_path: Path,
) -> None:
    articles = copy_of_the_first_story(tmp_path)
    path = articles / FIRST_STORY / "moscow-times.txt"
    old = path.read_text(encoding="utf-8")

    def saved_then_read(file: Path, story: str, max_bytes: int) -> Article:
        file.write_text(old.replace("Assad", "Asad", 1), encoding="utf-8")  # the editor saves
        return read_article(file, story, max_bytes)

    cache = ComparisonCache(tmp_path / "cache")
    stored_reader(cache, saved_then_read)(path, FIRST_STORY, 10**6)
    cache.file_articles()
    assert entries(tmp_path / "cache", "articles") == []
    path.write_text(old, encoding="utf-8")  # undone: the old bytes are read, not the save's
    article = stored_reader(ComparisonCache(tmp_path / "cache"))(path, FIRST_STORY, 10**6)
    assert "Asad" not in article.title + article.body


def test_a_file_name_that_is_not_utf8_leaves_only_its_own_article_out_of_the_cache(
    tmp_path: Path,
) -> None:
    """Articles are filed one file per story: the article of a file whose name JSON cannot
    hold stays out of it, not every article of its story (review 18: the story's whole file
    was dropped, and each of its articles read again on every build)."""
    folder = tmp_path / "articles" / "quake"
    folder.mkdir(parents=True)
    good, odd = folder / "a.txt", folder / os.fsdecode(b"b\xff.txt")
    for path in (good, odd):
        path.write_text("Quake hits city\n\nA quake of magnitude 6 hit the city on Monday.\n")
    first = ComparisonCache(tmp_path / "cache")
    discover(tmp_path / "articles", read=stored_reader(first))
    first.file_articles()
    again = ComparisonCache(tmp_path / "cache")
    assert again.has_article(good, "quake", MAX_ARTICLE_BYTES, article_files(good))
    assert not again.has_article(odd, "quake", MAX_ARTICLE_BYTES, article_files(odd))


def test_a_file_asked_about_then_read_is_hashed_once_unless_saved_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build asks the store whether it has each file's article (to read ahead), then reads
    it: the files are hashed once for both, while they are unchanged; a save in between is
    hashed anew and its new text read."""
    from mkdocs_claimdiff.store import comparisons

    folder = tmp_path / "articles" / "quake"
    folder.mkdir(parents=True)
    path = folder / "a.txt"
    path.write_text("Quake hits city\n\nA quake of magnitude 6 hit the city on Monday.\n")
    files = article_files(path)
    first = ComparisonCache(tmp_path / "cache")
    discover(tmp_path / "articles", read=stored_reader(first))
    first.file_articles()

    hashed = counted(monkeypatch, comparisons, "file_digest")
    again = ComparisonCache(tmp_path / "cache")
    assert again.has_article(path, "quake", MAX_ARTICLE_BYTES, files)
    stored_reader(again)(path, "quake", MAX_ARTICLE_BYTES)
    assert len(hashed) == len(files)

    later = ComparisonCache(tmp_path / "cache")
    assert later.has_article(path, "quake", MAX_ARTICLE_BYTES, files)
    path.write_text("Quake hits town\n\nA quake of magnitude 7 hit the town on Monday.\n")
    assert "town" in stored_reader(later)(path, "quake", MAX_ARTICLE_BYTES).title
