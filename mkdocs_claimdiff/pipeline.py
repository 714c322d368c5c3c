"""The stages in order: files -> articles -> claims -> comparison. The one orchestration both
adapters call: the plugin and ``claimdiff export`` through ``compare_folder``, ``claimdiff
compare`` through ``compare_files``."""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from .claims import extract_claims
from .model import Article, Comparison, Done, Job, OnDone, Problem, Story
from .options import AlignOptions, RunOptions
from .sources.discover import ArticleReader, article_files, discover, read_article, story_of_files
from .store.comparisons import ComparisonCache

MIN_PARALLEL_CHARS = 150_000
"""Article text (all stories together) from which a pool of processes pays: each worker starts
a fresh interpreter and imports the package (about 0.5 s), and comparing this much text takes
several seconds. One edited story under ``mkdocs serve`` stays in this process."""


@dataclass(frozen=True)
class FolderComparison:
    """Every story of an articles folder compared, and what was wrong with its files."""

    comparisons: tuple[Comparison, ...]
    keys: tuple[str, ...]
    """Per comparison, a hash of everything it depends on (``store.comparisons``): the
    plugin renders a page again only when its key changes."""
    problems: tuple[Problem, ...]
    """About files and folders first, then about each article's content, in reading order."""


def compare_folder(
    folder: Path,
    options: RunOptions,
    store: ComparisonCache,
    progress: Callable[[int, int], None] | None = None,
) -> FolderComparison:
    """Read every story of ``folder`` and compare each, asking ``store`` first for what an
    earlier run already read or compared; the store then keeps only what this run used.
    ``progress`` hears ``(done, total)`` of the stories compared anew."""

    def compute(jobs: Sequence[Job], on_done: OnDone) -> None:
        compare_stories(jobs, options.workers, on_done)

    stories, problems = discover(folder, options.max_article_bytes, stored_reader(store))
    keyed = store.comparisons(stories, options.align, compute, progress)
    store.forget_unused()
    return FolderComparison(
        comparisons=tuple(comparison for _, comparison in keyed),
        keys=tuple(key for key, _ in keyed),
        problems=(
            *problems,
            *(problem for story in stories for a in story.articles for problem in a.problems),
        ),
    )


def stored_reader(store: ComparisonCache, read: ArticleReader = read_article) -> ArticleReader:
    """``read`` (``sources.read_article``), asking ``store`` first for an article read before
    from the same files."""

    def read_stored(path: Path, story: str, max_bytes: int) -> Article:
        def read_anew() -> Article:
            return read(path, story, max_bytes)

        return store.read_article(path, story, max_bytes, article_files(path), read_anew)

    return read_stored


def run_job(job: Job) -> Done:
    """Compare one story, extracting the claims not already known; a top-level function so a
    worker process can run it."""
    from .align import compare  # numpy and scipy load only when a story is compared

    story, known, options = job
    claims = tuple(
        found if found is not None else extract_claims(article)
        for article, found in zip(story.articles, known, strict=True)
    )
    return claims, compare(story, claims, options)


def fresh_job(story: Story, options: AlignOptions) -> Job:
    """A job for a story none of whose claims are known yet."""
    return story, (None,) * len(story.articles), options


def compare_story(story: Story, options: AlignOptions) -> Comparison:
    """Take each article's claims and match them across the story."""
    return run_job(fresh_job(story, options))[1]


def compare_stories(
    jobs: Sequence[Job], workers: int = 1, on_done: OnDone | None = None
) -> list[Done]:
    """Run the jobs, in parallel when there are several, ``workers`` allows it and there is
    enough text to pay for starting the processes. The results are in the order of ``jobs``
    and the same either way: each story is compared on its own. ``on_done`` hears of each
    job as soon as it is finished."""
    report = on_done or _ignore
    results: dict[int, Done] = {}

    def finished(index: int, done: Done) -> None:
        results[index] = done
        report(index, done)

    size = sum(_text_size(job) for job in jobs)
    if workers > 1 and len(jobs) > 1 and size >= MIN_PARALLEL_CHARS and _main_is_guarded():
        # When no processes can start here (a sandbox, say), the rest is compared one by one.
        with contextlib.suppress(BrokenProcessPool, OSError):
            _in_pool(jobs, min(workers, len(jobs)), finished)
    for index, job in enumerate(jobs):
        if index not in results:
            finished(index, run_job(job))
    return [results[index] for index in range(len(jobs))]


def _ignore(index: int, done: Done) -> None:
    """No one to tell of a finished job."""


def available_cpus() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than the
    machine has): the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _main_is_guarded() -> bool:
    """Whether worker processes may start. A spawned worker runs the main script again, as a
    module named ``__mp_main__``: a script that builds the site at top level, without an
    ``if __name__ == "__main__":`` guard, would build again in every worker (and clean the
    site folder). ``mkdocs``, ``properdocs`` and ``claimdiff`` are guarded; an unguarded
    script gets its stories compared in its own process."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None:  # an interactive session: nothing to run again
        return True
    try:  # the loader also reads a zipped __main__ (pip's mkdocs.exe launcher on Windows)
        source = main.__loader__.get_source("__main__")  # type: ignore[union-attr]
    except (AttributeError, ImportError, OSError):
        source = None
    if source is None:
        try:
            source = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return bool(_MAIN_GUARD.search(source))


_MAIN_GUARD = re.compile(r"""if\s+__name__\s*==\s*["']__main__["']""")


def _in_pool(jobs: Sequence[Job], workers: int, finished: OnDone) -> None:
    """Largest story first, so no worker is left with a big one at the end; each result is
    handed to ``finished`` as it comes. Processes are spawned, never forked: ``mkdocs serve``
    has threads running, and a fork copies their locks in whatever state they are; spawning
    works the same on every platform.

    The workers never outlive the build: they die with this process (``_die_with_parent``),
    and on any way out but success (an error, Ctrl-C) they are killed at once rather than
    left to finish the queue, which is what leaving ``with ProcessPoolExecutor()`` would do.
    """
    order = sorted(range(len(jobs)), key=lambda index: -_text_size(jobs[index]))
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        futures = {pool.submit(run_job, jobs[index]): index for index in order}
        for future in as_completed(futures):
            finished(futures[future], future.result())
    except BaseException:
        processes = list(pool._processes.values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()
        raise
    pool.shutdown()


PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""
PARENT_CHECK_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Run in each worker as it starts: end it when the build that started it ends, however
    it ends. A ``kill -9`` of the build gives its workers no word, and a worker left computing
    holds a CPU for minutes. On Linux the kernel kills the worker with its parent
    (``PR_SET_PDEATHSIG``); everywhere a thread checks that the parent is still there."""
    if sys.platform.startswith("linux"):
        # Without prctl in this libc, the thread below still watches.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _text_size(job: Job) -> int:
    return sum(len(article.body) for article in job[0].articles)


def compare_files(
    paths: Sequence[Path], options: AlignOptions
) -> tuple[Comparison, tuple[Problem, ...]]:
    """Compare loose files as one story (``sources.story_of_files``)."""
    story, problems = story_of_files(paths)
    return compare_story(story, options), problems
