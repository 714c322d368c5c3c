"""Stories compared as soon as their folder is read (``workers.early``): the same comparisons as
a build that read everything first, never a comparison of a story that changed after it was
handed out."""

from __future__ import annotations

import random
import shutil
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from mkdocs_claimdiff import pipeline
from mkdocs_claimdiff.model import Job, Story
from mkdocs_claimdiff.options import AlignOptions, RunOptions
from mkdocs_claimdiff.sources.discover import discover
from mkdocs_claimdiff.store.comparisons import ComparisonCache
from mkdocs_claimdiff.workers import WorkerPool, forks_from_server
from mkdocs_claimdiff.workers.early import EarlyJobs

OPTIONS = AlignOptions.create()
WORDS = "quake storm city river mayor police rescue hospital people minister army bridge".split()


@pytest.fixture(autouse=True)
def server_ready() -> None:
    """The fork server of this process started and ready, as it is a few tenths of a second
    into a real build: these folders are read in a few milliseconds, before it could be."""
    pool = WorkerPool(2)
    pool.start()
    deadline = time.monotonic() + 60
    while not pool.ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.ready()


def test_the_fork_server_marks_itself_ready() -> None:
    """Spawned workers take a job at once; on Linux the server leaves its mark once it has
    imported what jobs need (``workers.ready``), so the build hands out stories without
    waiting for it."""
    pool = WorkerPool(2)
    assert not pool.ready()  # not started
    pool.start()
    assert pool.ready()  # ready since the fixture, and started again at once
    assert pool.from_server == forks_from_server()


def _story_folder(folder: Path, reports: int) -> None:
    folder.mkdir(parents=True)
    for number in range(reports):
        text = " ".join(random.Random(f"{folder.name}{number}").choices(WORDS, k=30))
        (folder / f"report-{number}.txt").write_text(
            f"{folder.name.title()} report {number}\n\nA strong quake hit the city on Monday. "
            f"{text}.\n\nRescue teams searched the rubble of the market on Monday night.\n"
        )


def _submitted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the stories handed to the workers early."""
    submitted: list[str] = []
    real_init = EarlyJobs.__init__

    def init(self: EarlyJobs, submit: Any, needless: Any) -> None:
        def spied(story: Story) -> Future[bytes] | None:
            submitted.append(story.id)
            found: Future[bytes] | None = submit(story)
            return found

        real_init(self, spied, needless)

    monkeypatch.setattr(EarlyJobs, "__init__", init)
    return submitted


def _taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each job of the comparing took a comparison handed out early."""
    taken: list[bool] = []
    real = EarlyJobs.take

    def take(self: EarlyJobs, job: Job) -> Future[bytes] | None:
        found = real(self, job)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(EarlyJobs, "take", take)
    return taken


def test_stories_read_anew_are_compared_as_read_with_the_comparisons_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("flood", "quake", "storm"):
        _story_folder(tmp_path / "articles" / name, 3)
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 6)  # the workers start for the reading
    alone = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=1), ComparisonCache(None)
    )
    taken = _taken(monkeypatch)
    pooled = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(None)
    )
    assert taken == [True, True, True]
    assert pooled == alone


def test_a_story_a_later_file_joins_is_compared_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quake story is handed out as soon as its folder is read; a file of a later folder
    then moves into it (``story: quake``): the early comparison of two articles is dropped
    and the story compared with its three."""
    articles = tmp_path / "articles"
    _story_folder(articles / "quake", 2)
    _story_folder(articles / "storm", 3)
    (articles / "storm" / "report-0.yml").write_text("story: quake\n")
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 5)
    alone = pipeline.compare_folder(articles, RunOptions(workers=1), ComparisonCache(None))
    handed_out: list[Story] = []
    real_offer = EarlyJobs.offer

    def offer(self: EarlyJobs, story: Story) -> None:
        handed_out.append(story)
        real_offer(self, story)

    monkeypatch.setattr(EarlyJobs, "offer", offer)
    taken = _taken(monkeypatch)
    pooled = pipeline.compare_folder(articles, RunOptions(workers=2), ComparisonCache(None))
    assert [(story.id, len(story.articles)) for story in handed_out] == [("quake", 2)]
    assert taken == [False, False]  # quake changed; storm, whose file moved, was not offered
    assert pooled == alone
    assert [len(c.articles) for c in pooled.comparisons] == [3, 2]


def test_a_story_from_the_cache_is_not_handed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a story with a file read anew may lack its comparison: one whose articles all
    come from the cache is not compared early (nor at all, its comparison being cached)."""
    for name in ("flood", "quake"):
        _story_folder(tmp_path / "articles" / name, 3)
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 3)
    store = ComparisonCache(tmp_path / "cache")
    pipeline.compare_folder(tmp_path / "articles", RunOptions(workers=2), store)
    (tmp_path / "articles" / "quake" / "report-0.txt").write_text(
        "Quake report\n\nA quake hit the town on Tuesday.\n"
    )
    for number in range(3, 6):  # enough files read anew to start the workers for the reading
        (tmp_path / "articles" / "quake" / f"report-{number}.txt").write_text(
            f"Quake update {number}\n\nThe quake hit the town on Tuesday at {number} pm.\n"
        )
    submitted = _submitted(monkeypatch)
    found = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(tmp_path / "cache")
    )
    assert submitted == ["quake"]
    assert [len(c.articles) for c in found.comparisons] == [3, 6]


def test_stories_read_before_the_workers_can_take_them_wait_in_turn(tmp_path: Path) -> None:
    """A story read while the fork server still imports is not handed out then (that would
    wait for the server in the build's process), but with the first story read after it is
    ready, in reading order; one whose files all came from the cache is never handed out."""
    for name in ("flood", "quake", "storm", "wind"):
        _story_folder(tmp_path / "articles" / name, 2)
    flood, quake, storm, wind = discover(tmp_path / "articles")[0]
    ready = False
    handed: list[str] = []

    def submit(story: Story) -> Future[bytes] | None:
        if not ready:
            return None
        handed.append(story.id)
        return Future()

    early = EarlyJobs(submit, lambda story: False)
    for story in (flood, quake, wind):
        for article in story.articles:
            early.read_anew(article.path)
    early.offer(flood)
    early.offer(quake)
    assert handed == []
    ready = True
    early.offer(storm)  # from the cache: not handed out, but the others are now
    assert handed == ["flood", "quake"]
    early.offer(wind)
    assert handed == ["flood", "quake", "wind"]
    assert early.take((quake, (None, None), OPTIONS)) is not None
    assert early.take((storm, (None, None), OPTIONS)) is None


def test_a_story_whose_comparison_is_stored_is_not_handed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every article read anew, every comparison stored (a library that reads articles was
    upgraded, or the cache's articles were deleted): no story is compared early, as its
    comparison would be thrown away, and the workers would hold up the process's exit."""
    for name in ("flood", "quake"):
        _story_folder(tmp_path / "articles" / name, 3)
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 3)
    first = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(tmp_path / "cache")
    )
    for articles in (tmp_path / "cache").glob("*/articles"):
        shutil.rmtree(articles)
    submitted = _submitted(monkeypatch)
    again = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(tmp_path / "cache")
    )
    assert submitted == []
    assert again == first


def test_nothing_is_looked_up_for_early_comparing_without_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one worker (or none running) no story can go early: none is looked up in the
    cache for it, which hashes the story."""
    for name in ("flood", "quake"):
        _story_folder(tmp_path / "articles" / name, 3)
    looked_up: list[str] = []
    real = ComparisonCache.may_have

    def may_have(self: ComparisonCache, story: Story, options: AlignOptions) -> bool:
        looked_up.append(story.id)
        return real(self, story, options)

    monkeypatch.setattr(ComparisonCache, "may_have", may_have)
    pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=1), ComparisonCache(tmp_path / "cache")
    )
    assert looked_up == []
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 3)
    pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(tmp_path / "cache2")
    )
    assert looked_up == ["flood", "quake"]
