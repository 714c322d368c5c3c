"""The stages in order: files -> articles -> claims -> comparison. Shared by plugin and CLI."""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .claims import extract_claims
from .model import Claim, Comparison, Problem, Story
from .options import AlignOptions
from .slug import slugify
from .sources import read_files, story_header, unique_articles

Job = tuple[Story, tuple[tuple[Claim, ...] | None, ...], AlignOptions]
"""A story to compare, the claims already known of each article (None: still to extract), and
the options."""
Done = tuple[tuple[tuple[Claim, ...], ...], Comparison]
"""Each article's claims and the story's comparison."""

MIN_PARALLEL_CHARS = 150_000
"""Article text (all stories together) from which a pool of processes pays: each worker starts
a fresh interpreter and imports the package (about 0.5 s), and comparing this much text takes
several seconds. One edited story under ``mkdocs serve`` stays in this process."""


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


def compare_stories(jobs: Sequence[Job], workers: int = 1) -> list[Done]:
    """Run the jobs, in parallel when there are several, ``workers`` allows it and there is
    enough text to pay for starting the processes. The results are in the order of ``jobs``
    and the same either way: each story is compared on its own."""
    size = sum(_text_size(job) for job in jobs)
    if workers > 1 and len(jobs) > 1 and size >= MIN_PARALLEL_CHARS and _main_is_guarded():
        try:
            return _in_pool(jobs, min(workers, len(jobs)))
        except (BrokenProcessPool, OSError):
            pass  # no processes can start here (a sandbox, say): one by one
    return [run_job(job) for job in jobs]


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


def _in_pool(jobs: Sequence[Job], workers: int) -> list[Done]:
    """Largest story first, so no worker is left with a big one at the end. Processes are
    spawned, never forked: ``mkdocs serve`` has threads running, and a fork copies their locks
    in whatever state they are; spawning works the same on every platform."""
    order = sorted(range(len(jobs)), key=lambda index: -_text_size(jobs[index]))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        done = list(pool.map(run_job, [jobs[index] for index in order]))
    by_index = dict(zip(order, done, strict=True))
    return [by_index[index] for index in range(len(jobs))]


def _text_size(job: Job) -> int:
    return sum(len(article.body) for article in job[0].articles)


def compare_files(paths: Sequence[Path], options: AlignOptions) -> tuple[Comparison, list[Problem]]:
    """Compare loose files as one story, named like the folder of the first one (or its
    ``_story.yml``), keeping the order given."""
    folder = paths[0].resolve().parent
    problems: list[Problem] = []
    articles = unique_articles(read_files(paths, slugify(folder.name), problems), problems)
    title, note = story_header(folder, problems)
    story = Story(slugify(folder.name), title, articles, folder, note=note)
    return compare_story(story, options), problems
