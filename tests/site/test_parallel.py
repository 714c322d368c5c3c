"""Speed without changed results: stories compared by a pool of processes, and article files
read once per ``mkdocs serve`` process while they do not change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import types
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from mkdocs_claimdiff import pipeline
from mkdocs_claimdiff import workers as workers_module
from mkdocs_claimdiff.model import Article, Done, Job, OnDone
from mkdocs_claimdiff.options import AlignOptions, RunOptions
from mkdocs_claimdiff.pipeline import compare_stories, stored_reader
from mkdocs_claimdiff.sources.discover import discover, read_article
from mkdocs_claimdiff.store.comparisons import ComparisonCache
from mkdocs_claimdiff.workers import WorkerPool, guard

from ..conftest import DEMO_ARTICLES, SiteBuilder


def small_jobs() -> list[Job]:
    """The three smallest demo stories, the largest of them first so the pool reorders them."""
    stories = sorted(discover(DEMO_ARTICLES)[0], key=lambda s: sum(len(a.body) for a in s.articles))
    return [
        (story, (None,) * len(story.articles), AlignOptions.create()) for story in stories[2::-1]
    ]


@pytest.fixture(params=[True, False], ids=["fork server", "spawned"])
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Workers forked from the fork server (Linux) and spawned (macOS, Windows), both tried
    wherever the platform has a fork server."""
    from_server: bool = request.param
    if from_server and not workers_module.forks_from_server():
        pytest.skip("no fork server on this platform")
    monkeypatch.setattr(workers_module, "forks_from_server", lambda: from_server)
    return from_server


def test_a_pool_gives_the_results_of_one_process_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch, start_method: bool
) -> None:
    jobs = small_jobs()
    pooled: list[int] = []
    real = pipeline._in_pool

    def spy(jobs: list[Job], pool: WorkerPool, finished: OnDone) -> None:
        pooled.append(pool.workers)
        real(jobs, pool, finished)

    monkeypatch.setattr(pipeline, "_in_pool", spy)
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_CHARS", 0)
    assert compare_stories(jobs, workers=2) == compare_stories(jobs, workers=1)
    assert pooled == [2]


@pytest.mark.skipif(not workers_module.forks_from_server(), reason="no fork server here")
def test_workers_fork_from_a_server_that_imported_the_matcher() -> None:
    """Each worker starts with numpy, scipy and the matcher loaded, imported once by the fork
    server (``SERVER_PRELOAD``), not by every worker again."""
    with WorkerPool(2) as pool:
        pool.start()
        server = pool.submit(os.getppid).result()
    assert server != os.getpid()
    assert "_multiarray_umath" in Path(f"/proc/{server}/maps").read_text()


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities here")
def test_workers_run_at_a_lower_priority_than_the_build() -> None:
    """Two workers and the build on two cores: the build's process, which lays out the pages
    of each story as its comparison comes, must not wait for the workers' turns."""
    with WorkerPool(2) as pool:
        niceness = pool.submit(os.nice, 0).result()
    assert niceness == os.nice(0) + workers_module.WORKER_NICENESS > os.nice(0)


def test_little_text_is_compared_without_starting_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "_in_pool", lambda *args: pytest.fail("pool started"))
    jobs = small_jobs()
    assert [comparison.story for _, comparison in compare_stories(jobs, workers=2)] == [
        story for story, _, _ in jobs
    ]


def test_a_pool_that_cannot_start_falls_back_to_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise BrokenProcessPool("no processes here")

    monkeypatch.setattr(pipeline, "_in_pool", broken)
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_CHARS", 0)
    jobs = small_jobs()
    assert compare_stories(jobs, workers=2) == compare_stories(jobs, workers=1)


def test_workers_below_one_are_refused(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(Abort):
        make_site(plugin={"workers": 0})
    assert "Plugin 'claimdiff' option 'workers': must be from 1 to" in caplog.text


def test_an_unchanged_article_file_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Quake\n\nA quake hit the city on Monday.\n")
    kept = ComparisonCache(None)
    first = stored_reader(kept)(path, "quake", 10_000)
    assert stored_reader(kept)(path, "quake", 10_000) is first
    assert stored_reader(kept)(path, "other", 10_000).story == "other"


def test_an_edited_article_or_a_new_sidecar_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Quake\n\nA quake hit the city on Monday.\n")
    kept = ComparisonCache(None)
    stored_reader(kept)(path, "quake", 10_000)
    path.write_text("Quake\n\nA strong quake hit the city on Monday.\n")
    assert "strong" in stored_reader(kept)(path, "quake", 10_000).body
    path.with_suffix(".yml").write_text("url: https://a.example/quake\n")
    assert stored_reader(kept)(path, "quake", 10_000).url == "https://a.example/quake"


def test_articles_no_longer_read_are_forgotten_after_a_build(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Quake\n\nA quake hit the city on Monday.\n")
    kept = ComparisonCache(None)
    first = stored_reader(kept)(path, "quake", 10_000)
    kept.forget_unused()
    kept.forget_unused()
    assert stored_reader(kept)(path, "quake", 10_000) is not first


@pytest.mark.parametrize(
    ("script", "pooled"),
    [
        ("from mkdocs.commands.build import build\nbuild(config)\n", False),
        ('def main():\n    build(config)\n\n\nif __name__ == "__main__":\n    main()\n', True),
    ],
    ids=["unguarded", "guarded"],
)
def test_a_script_without_a_main_guard_never_starts_workers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str, pooled: bool
) -> None:
    """Each spawned worker runs the main script again: an unguarded one would build again."""
    path = tmp_path / "build_site.py"
    path.write_text(script)
    main = types.ModuleType("__main__")
    main.__file__ = str(path)
    monkeypatch.setitem(sys.modules, "__main__", main)
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_CHARS", 0)
    started: list[int] = []

    def spy(jobs: list[Job], pool: WorkerPool, finished: OnDone) -> None:
        started.append(pool.workers)
        for index, job in enumerate(jobs):
            finished(index, pipeline.run_job(job))

    monkeypatch.setattr(pipeline, "_in_pool", spy)
    jobs = small_jobs()
    assert compare_stories(jobs, workers=2) == [pipeline.run_job(job) for job in jobs]
    assert started == ([2] if pooled else [])


def test_a_zipped_main_is_read_through_its_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """pip's ``mkdocs.exe`` on Windows runs a ``__main__`` from a zip: its ``__file__`` is no
    file, but its loader has the (guarded) source."""

    class ZipLoader:
        def get_source(self, name: str) -> str:
            return 'import sys\nif __name__ == "__main__":\n    sys.exit(main())\n'

    main = types.ModuleType("__main__")
    main.__file__ = "C:\\venv\\Scripts\\mkdocs.exe\\__main__.py"
    main.__loader__ = ZipLoader()  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "__main__", main)
    assert guard.main_is_guarded()


@pytest.mark.parametrize(
    ("source", "guarded"),
    [
        ('import sys\nif __name__ == "__main__":\n    sys.exit(main())\n', True),
        ("from mkdocs.__main__ import cli\nif __name__ == '__main__':\n    cli()\n", True),
        # Set-up in a block or in an assignment runs in workers too, harmlessly.
        (
            "import sys\nif sys.platform == 'win32':\n    init()\nlog = get()\n"
            "if __name__ == '__main__':\n    cli()\n",
            True,
        ),
        # The build at top level, the guard after it: every worker would build again.
        (
            "build(load_config('mkdocs.yml'))\nif __name__ == '__main__':\n    print('done')\n",
            False,
        ),
        ("build(load_config('mkdocs.yml'))\n", False),
        ("def main():\n    build()\n", False),
        ("if __name__ == '__main__'\n", True),  # cannot be parsed: the guard's text decides
    ],
)
def test_a_script_is_guarded_when_it_runs_nothing_outside_its_guard(
    source: str, guarded: bool
) -> None:
    assert guard.guards_its_work(source) is guarded


def test_mkdocs_own_entry_points_are_guarded() -> None:
    """``python -m mkdocs`` and the ``mkdocs`` script pip writes keep their workers."""
    import mkdocs.__main__

    assert guard.guards_its_work(Path(mkdocs.__main__.__file__).read_text())
    script = Path(sys.executable).with_name("mkdocs")
    assert guard.guards_its_work(script.read_text())


WORDS = (
    "quake storm city river mayor police rescue hospital people minister government army "
    "border talks price market school bridge fire flood road train power water"
).split()
BUILD_SCRIPT = """
import sys
import threading
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs_claimdiff import pipeline

if __name__ == "__main__":
    pipeline.MIN_PARALLEL_CHARS = 0  # a pool even for this small site
    build(load_config(sys.argv[1]))
"""


def _slow_site(root: Path, stories: int) -> Path:
    """A site of stories that take about a second each to compare: three articles of 70
    sentences drawn from a small vocabulary, so that most pairs of sentences must be scored."""
    for story in range(stories):
        for name in "abc":
            rng = random.Random(f"{story}{name}")
            sentences = (
                " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + f" on day {n}."
                for n in range(70)
            )
            path = root / "docs" / "articles" / f"story-{story}" / f"{name}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("---\nurl: https://a.example/\n---\n" + "\n\n".join(sentences))
    (root / "docs" / "index.md").write_text("# Home\n")
    config = {
        "site_name": "Slow",
        "docs_dir": "docs",
        "site_dir": "out",
        "plugins": [{"claimdiff": {"workers": 2}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config))
    (root / "build_site.py").write_text(BUILD_SCRIPT)
    return root / "mkdocs.yml"


def _descendants(pid: int) -> set[int]:
    """The processes below ``pid``, read from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def _state(pid: int) -> str:
    """The process's state letter (R running, S sleeping, T stopped, Z zombie...), "" if gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie, dead but not yet reaped, does not)."""
    return _state(pid) not in ("", "Z")


def _start_slow_build(
    tmp_path: Path, stories: int, config_file: Path | None = None
) -> tuple[subprocess.Popen[bytes], set[int]]:
    """A parallel build of ``_slow_site`` (or of ``config_file``, one written by it) in its own
    process group (as a terminal runs it), once it has compared its first story: the process
    and the processes below it (the workers, and the fork server and resource tracker they
    need)."""
    config_file = config_file or _slow_site(tmp_path, stories)
    process = subprocess.Popen(
        [sys.executable, str(tmp_path / "build_site.py"), str(config_file)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    cache = tmp_path / ".cache" / "claimdiff"
    deadline = time.monotonic() + 120
    while not list(cache.glob("*/stories/*.json")) and time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("the build ended before it could be stopped")
        time.sleep(0.05)
    workers = _descendants(process.pid)
    assert len(workers) >= 2  # the two workers (and multiprocessing's helpers)
    return process, workers


def _gone(processes: set[int], seconds: float) -> list[int]:
    """Those of ``processes`` still running after up to ``seconds``."""
    gone_by = time.monotonic() + seconds
    while any(_alive(pid) for pid in processes) and time.monotonic() < gone_by:
        time.sleep(0.1)
    return [pid for pid in processes if _alive(pid)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_killed_parallel_build_leaves_no_worker_and_resumes_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16, finding 6: after ``kill -9`` of a parallel build its workers ran on, and the
    next build compared every story again, so a CI job that timed out never got further."""
    stories = 8
    process, workers = _start_slow_build(tmp_path, stories)
    try:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    assert _gone(workers, 5) == []
    finished = len(list(tmp_path.glob(".cache/claimdiff/*/stories/*.json")))
    assert 1 <= finished < stories

    compared: list[str] = []
    real = pipeline.run_job

    def counted(job: Job) -> Done:
        compared.append(job[0].id)
        return real(job)

    monkeypatch.setattr(pipeline, "run_job", counted)
    monkeypatch.setattr(pipeline, "MIN_PARALLEL_CHARS", sys.maxsize)  # here, to be counted
    build(load_config(str(tmp_path / "mkdocs.yml")))
    assert len(compared) == stories - finished


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's word: Linux")
def test_the_kernel_ends_the_workers_of_a_killed_build_even_when_they_cannot_run(
    tmp_path: Path,
) -> None:
    """A worker stuck in compiled code never gets to notice that the build died; on Linux the
    kernel ends it anyway, with the build (a spawned worker) or with the fork server, which it
    ends with the build. Here the workers are stopped (SIGSTOP) before the build is killed."""
    process, below = _start_slow_build(tmp_path, 8)
    workers = {  # spawned by the build, or forked by the fork server (a child of the build)
        pid
        for pid in below
        if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text() or _parent(pid) in below
    }
    try:
        assert len(workers) == 2
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        left = _gone(below, 5)
    finally:
        if process.poll() is None:
            process.kill()
        for pid in workers:  # never leave a stopped worker behind, whatever failed
            if _state(pid) == "T":
                os.kill(pid, signal.SIGKILL)
    assert left == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize(
    "stories",
    [8, 17],  # 51 files: read ahead by the workers, so compared beside the rendering
    ids=["compared-first", "compared-beside-rendering"],
)
def test_ctrl_c_stops_a_parallel_build_and_its_workers_at_once(
    tmp_path: Path, stories: int
) -> None:
    """Ctrl-C in a terminal interrupts every process of the build's group: the build stops
    without comparing the stories left, and no process of it runs on (nor a thread of the
    build's process still comparing)."""
    process, workers = _start_slow_build(tmp_path, stories)
    try:
        os.killpg(process.pid, signal.SIGINT)
        interrupted = time.monotonic()
        process.wait(timeout=10)
        took = time.monotonic() - interrupted
    finally:
        if process.poll() is None:
            process.kill()
    assert took < 2  # a second or more is a story compared after Ctrl-C
    assert process.returncode != 0
    assert _gone(workers, 5) == []
    assert len(list(tmp_path.glob(".cache/claimdiff/*/stories/*.json"))) < stories


def _saved_pages(folder: Path, count: int) -> None:
    story = folder / "quake"
    story.mkdir(parents=True)
    for number in range(count):
        text = " ".join(random.Random(number).choices(WORDS, k=40))
        (story / f"page-{number}.html").write_text(
            f"<html><head><title>Quake report {number}</title></head><body><article>"
            f"<h1>Quake report {number}</h1><p>A strong quake hit the city on Monday. {text}.</p>"
            f"<p>Rescue teams searched the rubble of the market. {text}.</p>"
            "</article></body></html>"
        )


def _text_files(folder: Path, count: int) -> None:
    story = folder / "quake"
    story.mkdir(parents=True)
    for number in range(count):
        text = " ".join(random.Random(number).choices(WORDS, k=40))
        (story / f"report-{number}.txt").write_text(
            f"Quake report {number}\n\nA strong quake hit the city on Monday. {text}.\n"
        )


@pytest.mark.parametrize("write", [_saved_pages, _text_files])
def test_files_to_read_ahead_are_read_by_the_workers_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Any, start_method: bool
) -> None:
    """Saved pages from four, and any article files from fifty (here six), are read with the
    same comparison as reading them here: saved pages always by the workers, text files by
    spawned workers, or here while the fork server imports what its workers need."""
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 6)
    count = pipeline.MIN_PAGES_AHEAD if write is _saved_pages else 6
    write(tmp_path / "articles", count)
    alone = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=1), ComparisonCache(None)
    )
    here: list[str] = []
    real = read_article

    def read_here(path: Path, story: str, max_bytes: int) -> Article:
        here.append(path.name)
        return real(path, story, max_bytes)

    monkeypatch.setattr(pipeline, "read_article", read_here)
    pooled = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(None)
    )
    read_by_workers = write is _saved_pages or not start_method
    assert here == ([] if read_by_workers else [f"report-{n}.txt" for n in range(count)])
    assert pooled == alone
    assert len(pooled.comparisons[0].articles) == count


def test_each_stage_says_how_long_it_took(tmp_path: Path) -> None:
    _saved_pages(tmp_path / "articles", 2)
    stages: list[str] = []
    pipeline.compare_folder(
        tmp_path / "articles",
        RunOptions(),
        ComparisonCache(None),
        timer=lambda stage, seconds: stages.append(stage) if seconds >= 0 else None,
    )
    assert stages == ["read", "compare"]


def test_a_page_whose_worker_died_is_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _saved_pages(tmp_path / "articles", pipeline.MIN_PAGES_AHEAD)

    def died(self: WorkerPool, function: object, *args: object) -> Future[list[Article]]:
        future: Future[list[Article]] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    monkeypatch.setattr(WorkerPool, "submit", died)
    found = pipeline.compare_folder(
        tmp_path / "articles", RunOptions(workers=2), ComparisonCache(None)
    )
    assert len(found.comparisons[0].articles) == pipeline.MIN_PAGES_AHEAD


def test_a_page_saved_after_it_went_to_a_worker_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker read the old text; the save after it must win, here and in the cache."""
    _saved_pages(tmp_path / "articles", pipeline.MIN_PAGES_AHEAD)

    def read_then_saved(self: WorkerPool, function: Any, *args: Any) -> Future[list[Article]]:
        future: Future[list[Article]] = Future()
        future.set_result(function(*args))
        if function is pipeline.read_in_worker:  # not the matcher's import after the reading
            for path, _ in args[0]:
                path.write_text(path.read_text().replace("on Monday", "on Tuesday"))
                os.utime(path, ns=(time.time_ns() + 10**9,) * 2)
        return future

    monkeypatch.setattr(WorkerPool, "submit", read_then_saved)
    store = ComparisonCache(tmp_path / "cache")
    found = pipeline.compare_folder(tmp_path / "articles", RunOptions(workers=2), store)
    bodies = [entry.article.body for entry in found.comparisons[0].articles]
    assert all("on Tuesday" in body and "on Monday" not in body for body in bodies)


def test_stories_are_known_when_the_comparing_starts_and_each_comparison_comes_in_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With workers started for the reading, ``start_comparing`` returns once the articles are
    read, so the plugin can lay out and render pages while the workers compare; each comparison
    comes as it is made, and they are the comparisons of one process."""
    monkeypatch.setattr(pipeline, "MIN_FILES_AHEAD", 2)  # the demo's files start the workers
    release = threading.Event()
    real = pipeline.compare_stories

    def held(*args: Any) -> Any:
        assert release.wait(20)
        return real(*args)

    alone = pipeline.compare_folder(DEMO_ARTICLES, RunOptions(workers=1), ComparisonCache(None))
    monkeypatch.setattr(pipeline, "compare_stories", held)
    comparing = pipeline.start_comparing(
        DEMO_ARTICLES, RunOptions(workers=2), ComparisonCache(None)
    )
    assert [story.id for story in comparing.stories] == [
        comparison.story.id for comparison in alone.comparisons
    ]
    assert comparing.keys == alone.keys and comparing.problems == alone.problems
    assert [comparing.comparison(place) for place in range(len(comparing.stories))] == [None] * len(
        comparing.stories
    )
    release.set()
    came = list(comparing.in_turn())
    assert sorted(came) == list(range(len(comparing.stories)))
    assert comparing.result() == alone


def test_what_stops_the_comparing_reaches_the_build_that_waits_for_it(
    make_site: SiteBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("the matcher broke")

    monkeypatch.setattr(pipeline, "compare_stories", broken)
    with pytest.raises(RuntimeError, match="the matcher broke"):
        make_site(plugin={"workers": 2})
    with pytest.raises(RuntimeError, match="the matcher broke"):
        pipeline.start_comparing(
            DEMO_ARTICLES, RunOptions(workers=1), ComparisonCache(None)
        ).result()


def test_a_story_compared_in_this_process_is_compared_before_the_pages_render(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A save under ``mkdocs serve`` reads one file anew: no worker starts, and a comparison
    made in a thread here would only take turns with the rendering for the interpreter lock."""
    comparing = pipeline.start_comparing(
        DEMO_ARTICLES, RunOptions(workers=2), ComparisonCache(None)
    )
    assert all(comparing.comparison(place) for place in range(len(comparing.stories)))


def test_no_job_starts_workers_once_the_jobs_were_cancelled() -> None:
    """Ctrl-C cancels the pool while the comparing thread may still hand it jobs: none may
    start new workers, whose stop signal a second ``kill`` would then set twice."""
    pool = WorkerPool(2)
    pool.cancel()
    with pytest.raises(BrokenProcessPool):
        pool.submit(abs, -1)
    assert not pool.running
    pool.kill()


def _waiting_seconds(jobs: int) -> float:
    """CPU seconds of this thread taking ``jobs`` jobs as they finish one by one."""
    pool = WorkerPool(2)
    futures: list[Future[int]] = [Future() for _ in range(jobs)]

    def finish() -> None:
        for future in futures:
            future.set_result(1)
            time.sleep(0.0001)

    finisher = threading.Thread(target=finish)
    started = time.thread_time()
    finisher.start()
    assert sum(1 for _ in pool.as_completed(futures)) == jobs
    finisher.join()
    return time.thread_time() - started


def test_waiting_for_many_jobs_costs_time_linear_in_the_jobs() -> None:
    """Each job done once watched every job left again: 3,000 stories cost the comparing thread
    5 s of CPU (2,000 about 2.3 s), four times the jobs sixteen times as long."""
    quarter, whole = _waiting_seconds(500), _waiting_seconds(2_000)
    assert whole < 0.1 or whole < 8 * quarter


HALF_SENT_SCRIPT = """
import gc
import os
import signal
import struct
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.queues import SimpleQueue

from mkdocs_claimdiff.workers import WorkerPool, guard


def send_half_a_result_then_die():
    # What a worker stopped while it sends a comparison back leaves in the results' pipe: the
    # length of a message, and only part of the message.
    results = next(item for item in gc.get_objects() if isinstance(item, SimpleQueue))
    os.write(results._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    os.kill(os.getpid(), signal.SIGKILL)


def wait_for(pool, job):
    try:
        pool.result(job)
    except BrokenProcessPool:
        print("woken", flush=True)


if __name__ == "__main__":
    pool = WorkerPool(2)
    pool.cancel_at_exit()
    job = pool.submit(send_half_a_result_then_die)
    if sys.argv[1] == "cancelled":
        waiting = threading.Thread(target=wait_for, args=(pool, job))
        waiting.start()
        time.sleep(1)  # the worker is dead, and concurrent.futures waits for the rest
        pool.cancel()  # as Ctrl-C does
        waiting.join()
    else:  # no one stops the workers: the one that waits finds the dead worker
        wait_for(pool, job)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pipe's layout: Linux")
@pytest.mark.parametrize("stopped", ["cancelled", "died on its own"])
def test_a_worker_that_dies_while_it_sends_a_result_neither_stalls_the_build_nor_its_exit(
    tmp_path: Path, stopped: str
) -> None:
    """A worker that dies while it sends a result back (killed by Ctrl-C or cancelling, or
    on its own: out of memory) leaves half a message, and ``concurrent.futures``' thread waits
    for the rest forever: the jobs never finish, and Python's exit waits for that thread.
    Whoever waits for a job is woken (cancelled at once; a dead worker is noticed within
    ``WORKER_CHECK_SECONDS``), and the process then ends by itself, with its own status (0
    here), not after ``STUCK_EXIT_SECONDS`` with the status of a stuck exit: the pipe is
    closed under that thread. A Ctrl-C in CI hung here, waiting for the comparing thread."""
    script = tmp_path / "half_sent.py"
    script.write_text(HALF_SENT_SCRIPT)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(script), stopped],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - started
    assert done.stdout == "woken\n", done.stderr
    assert done.returncode == 0, done.stderr
    assert took < 1 + workers_module.STUCK_EXIT_SECONDS + 5
