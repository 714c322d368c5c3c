"""The stages in order: files -> articles -> claims -> comparison. The one orchestration both
adapters call: the plugin and ``claimdiff export`` through ``compare_folder``, ``claimdiff
compare`` through ``compare_files``."""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import collector
from .comparing import ComparingFolder, FolderComparison
from .model import Article, Comparison, Done, Job, OnDone, Problem, Story
from .options import AlignOptions, RunOptions
from .progress import Stopwatch
from .sources.discover import ArticleReader, discover, read_article, story_of_files
from .sources.listing import WEB_PAGES, story_files
from .sources.sidecars import article_files
from .store.comparisons import ComparisonCache
from .store.files import file_stamp
from .workers import WorkerPool
from .workers.early import EarlyJobs
from .workers.guard import main_is_guarded

MIN_PARALLEL_CHARS = 150_000
"""Article text (all stories together) from which a pool of processes pays: each worker starts
a fresh interpreter and imports the package (about 0.5 s), and comparing this much text takes
several seconds. One edited story under ``mkdocs serve`` stays in this process."""
MIN_PAGES_AHEAD = 4
"""Saved web pages to read anew from which the pool starts before reading and reads them."""
MIN_FILES_AHEAD = 50
"""Article files to read anew from which the pool starts before reading and reads them all:
a text file takes a millisecond or two to read and clean, so fewer are read here sooner than
processes start."""


def compare_folder(
    folder: Path,
    options: RunOptions,
    store: ComparisonCache,
    progress: Callable[[int, int], None] | None = None,
    timer: Callable[[str, float], None] | None = None,
) -> FolderComparison:
    """Read every story of ``folder`` and compare each (``start_comparing``), waiting for all."""
    return start_comparing(folder, options, store, progress, timer).result()


def start_comparing(
    folder: Path,
    options: RunOptions,
    store: ComparisonCache,
    progress: Callable[[int, int], None] | None = None,
    timer: Callable[[str, float], None] | None = None,
) -> ComparingFolder:
    """Read every story of ``folder``, then compare each while the caller goes on, asking
    ``store`` first for what an earlier run read or compared (the store then keeps only what
    this run used). ``progress`` hears ``(done, total)`` of the stories compared anew, ``timer``
    the seconds of each stage (``"read"``, ``"compare"``) as it ends: benchmarks time them.
    When the workers started for the reading (a cold build of many files), each story read
    anew goes to them as soon as its folder is read (``workers.early``), and the comparing is
    handed to a thread of this process that waits for them, so this process can lay out and
    render pages meanwhile (``ComparingFolder``); the reading is done when this returns."""
    clock = Stopwatch(timer)
    pool = WorkerPool(options.workers)

    def compare_early(story: Story) -> Future[bytes] | None:
        return pool.submit(run_job_sent, fresh_job(story, options.align)) if pool.ready() else None

    def needless(story: Story) -> bool:
        return not pool.running or store.may_have(story, options.align)

    early = EarlyJobs(compare_early, needless)
    try:
        ahead = _read_ahead(folder, options, store, pool)

        def read(path: Path, story: str, max_bytes: int) -> Article:
            early.read_anew(path)
            found = ahead.pop((path, story), None)
            if found is not None:
                submitted, future, place = found
                try:
                    article = pool.result(future)[place]
                except (BrokenProcessPool, CancelledError, OSError):
                    pool.kill()  # a worker died: the rest is read here
                    early.drop()
                else:
                    if _stamps(path) == submitted:  # not saved again since it was handed out
                        return article
            return read_article(path, story, max_bytes)

        stories, problems = discover(
            folder, options.max_article_bytes, stored_reader(store, read), early.offer
        )
        store.file_articles()
        clock.lap("read")
        keys = store.story_keys(stories, options.align)
    except BaseException:
        pool.kill()
        raise
    comparing = ComparingFolder(
        stories,
        tuple(key for key, _ in keys),
        (
            *problems,
            *(problem for story in stories for a in story.articles for problem in a.problems),
        ),
    )

    def compare() -> None:
        def compute(jobs: Sequence[Job], on_done: OnDone) -> None:
            compare_stories(jobs, options.workers, on_done, pool, early.take)

        with pool:
            store.comparisons(stories, options.align, compute, progress, comparing.found, keys)
            early.drop()
            clock.lap("compare")
        store.forget_unused()

    # Only workers compare beside this process: a story compared here, in a thread, would only
    # take turns with the rendering for the one interpreter lock (a save under ``mkdocs serve``).
    comparing.pool = pool
    comparing.run(compare, in_background=pool.running)
    return comparing


ReadAhead = dict[tuple[Path, str], tuple[tuple[object, ...], "Future[list[Article]]", int]]
"""Files handed to the workers, by file and story: the files' stamps when handed out, the
articles to come of the batch it went in, and its place there."""
TEXTS_A_JOB = 25
"""Text files read by one job of a worker: one file is a millisecond or two of reading against a
few of handing it over and back, so a worker reads text files in batches (a saved page, a third
of a second, goes alone)."""


def _stamps(path: Path) -> tuple[object, ...]:
    """What changes when the article's file or a sidecar is saved (``file_stamp``)."""
    return tuple(file_stamp(file) for file in article_files(path))


def _read_ahead(
    folder: Path, options: RunOptions, store: ComparisonCache, pool: WorkerPool
) -> ReadAhead:
    """Start the pool before reading when there is much to read, so that its start-up runs
    beside the reading. Where workers fork from a server (``WorkerPool.from_server``), the
    server imports what the workers need while this process reads the text files, and the
    workers read the saved web pages (a third of a second each, trafilatura, against a
    millisecond or two for a text file). Elsewhere each spawned worker would import the
    package first, so the workers read every file, the saved pages first, then import the
    matcher: so reading runs on every core, and this process only files what the workers read
    in the cache. Each file is read for the story its folder makes; ``discover`` reads
    anything it asks for otherwise in this process, and reads a file again here when a worker
    died or the file was saved again after it was handed out."""
    if options.workers < 2 or not main_is_guarded():
        return {}
    to_read = [
        (path, story)
        for path, story in story_files(folder)
        if not store.has_article(path, story, options.max_article_bytes, article_files(path))
    ]
    pages = [(path, story) for path, story in to_read if path.suffix.lower() in WEB_PAGES]
    if len(pages) < MIN_PAGES_AHEAD and len(to_read) < MIN_FILES_AHEAD:
        return {}
    texts = [(path, story) for path, story in to_read if path.suffix.lower() not in WEB_PAGES]
    batches = [[page] for page in pages]  # first: a worker that imported the matcher first
    if not pool.from_server:
        batches += [texts[at : at + TEXTS_A_JOB] for at in range(0, len(texts), TEXTS_A_JOB)]
    try:
        if pool.from_server:
            pool.start()  # the server imports while this process reads
        ahead: ReadAhead = {}
        for batch in batches:
            stamps = [_stamps(path) for path, _ in batch]  # before a worker may read it
            future = pool.submit(read_in_worker, batch, options.max_article_bytes)
            for place, (path, story) in enumerate(batch):
                ahead[path, story] = (stamps[place], future, place)
        if not pool.from_server:
            pool.start()  # after reading, each worker imports the matcher
        return ahead
    except (BrokenProcessPool, OSError):
        pool.kill()
        return {}


def read_in_worker(files: Sequence[tuple[Path, str]], max_bytes: int) -> list[Article]:
    """``sources.read_article`` of each file for its story, as a worker runs it (named here, so
    a worker finds it)."""
    return [read_article(path, story, max_bytes) for path, story in files]


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
    # Loaded only where a story is compared (a worker, mostly): the claim readers' patterns and
    # numpy and scipy are most of the package's import time, which a build's process, rendering
    # pages, need not pay.
    from .claims.extract import extract_claims
    from .matching.align import compare

    story, known, options = job
    claims = tuple(
        found if found is not None else extract_claims(article)
        for article, found in zip(story.articles, known, strict=True)
    )
    return claims, compare(story, claims, options)


def run_job_sent(job: Job) -> bytes:
    """``run_job`` in a worker, its result pickled there, to be unpickled by ``received``."""
    return pickle.dumps(run_job(job), protocol=pickle.HIGHEST_PROTOCOL)


def received(future: Future[bytes]) -> Done:
    """The result of ``run_job_sent``, unpickled with the cycle collector paused: a story's
    claims and matches are tens of thousands of objects, which the collector, running as
    they come, walked again and again (the 36 ECB+ stories: 0.06 s of unpickling, 0.4 s with
    the collector). ``concurrent.futures`` would unpickle them in its own thread, with the
    collector running."""
    sent = future.result()
    with collector.paused():
        done: Done = pickle.loads(sent)
    return done


def fresh_job(story: Story, options: AlignOptions) -> Job:
    """A job for a story none of whose claims are known yet."""
    return story, (None,) * len(story.articles), options


def compare_story(story: Story, options: AlignOptions) -> Comparison:
    """Take each article's claims and match them across the story."""
    return run_job(fresh_job(story, options))[1]


def compare_stories(
    jobs: Sequence[Job],
    workers: int = 1,
    on_done: OnDone | None = None,
    pool: WorkerPool | None = None,
    early: Callable[[Job], Future[bytes] | None] | None = None,
) -> list[Done]:
    """Run the jobs, in parallel when there are several, ``workers`` allows it and either
    ``pool`` is already running or there is enough text to pay for starting processes. The
    results are in the order of ``jobs`` and the same either way: each story is compared on
    its own. ``on_done`` hears of each job as soon as it is finished; ``early`` gives the
    comparison ``pool`` was handed early for a job (``EarlyJobs.take``), if any."""
    report = on_done or _ignore
    results: dict[int, Done] = {}

    def finished(index: int, done: Done) -> None:
        results[index] = done
        report(index, done)

    running = pool is not None and pool.running
    size = sum(job[0].text_size for job in jobs)
    wanted = workers > 1 and (running or (len(jobs) > 1 and size >= MIN_PARALLEL_CHARS))
    if wanted and main_is_guarded():
        # When no processes can start here (a sandbox, say), the rest is compared one by one.
        with contextlib.suppress(BrokenProcessPool, OSError):
            if pool is None:
                with WorkerPool(min(workers, len(jobs))) as own:
                    _in_pool(jobs, own, finished)
            else:
                _in_pool(jobs, pool, finished, early)
    if pool is not None and pool.cancelled:
        raise CancelledError("the build that waited for the comparing stopped")
    for index, job in enumerate(jobs):
        if index not in results:
            finished(index, run_job(job))
    return [results[index] for index in range(len(jobs))]


def _ignore(index: int, done: Done) -> None:
    """No one to tell of a finished job."""


def _in_pool(
    jobs: Sequence[Job],
    pool: WorkerPool,
    finished: OnDone,
    early: Callable[[Job], Future[bytes] | None] | None = None,
) -> None:
    """Largest story first, so no worker is left with a big one at the end (but for those
    handed out ``early``); each result is handed to ``finished`` as it comes. On any way out
    but success the workers are killed."""
    order = sorted(range(len(jobs)), key=lambda index: -jobs[index][0].text_size)
    try:
        futures = {
            (early and early(jobs[index])) or pool.submit(run_job_sent, jobs[index]): index
            for index in order
        }
        for future in pool.as_completed(futures):
            finished(futures[future], received(future))
    except BaseException:
        pool.kill()
        raise


def compare_files(
    paths: Sequence[Path], options: AlignOptions
) -> tuple[Comparison, tuple[Problem, ...]]:
    """Compare loose files as one story (``sources.story_of_files``)."""
    story, problems = story_of_files(paths)
    return compare_story(story, options), problems
