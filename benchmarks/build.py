"""Build speed against plain MkDocs: the ECB+ clusters as one site, cold and warm, scaling, serve.

Usage (from the repository root, with ../shared beside it):

    python benchmarks/build.py                # everything (a few minutes)
    python benchmarks/build.py --runs 1 --no-serve
    python benchmarks/build.py --runs 5 --builds-only --against /tmp/old   # two codes

``--against DIR`` adds, to every round, a cold and a warm build with the package in ``DIR``
(``DIR/mkdocs_claimdiff``, say from ``git archive HEAD mkdocs_claimdiff | tar -x -C DIR``), so
that a change is measured against the code before it in the same rounds, on the same load.

Every folder ``clusters/<topic>_<ecb|ecbplus>/`` (36 clusters, 407 articles) becomes one story
of one site, as ``docs/articles/<cluster>/*.txt`` with ``plugins: [search, claimdiff]``; the
same articles as plain Markdown pages with ``plugins: [search]`` are the baseline. Plain, cold
and warm builds run in rounds (plain, cold, warm, plain, ...), so that load drifting on a shared
machine lands on all three alike; the ratios printed are medians of each round's. Each build
runs in a fresh process (this script started with ``--one``), so timings include start-up
and the peak memory is that build's alone. A cold build has no cache; a warm one keeps the
``.cache/claimdiff`` of the build before it. The plain site's navigation lists all 407
articles, claimdiff's by default one link per story; a warm build with ``nav_articles: true``
shows what listing every article costs. The stage split wraps the plugin's core functions in
the measuring process only, so normal builds carry no timing code.

Then: the sentence splitter against pysbd (if installed), comparing stories one by one against
a process pool, one synthetic story of 50, 100, 200 and 400 ECB+ articles with the exponent of
the growth of its time, and ``mkdocs serve``: the time from saving an edited article to the
comparison page showing the edit (fetched over HTTP, and in headless Chromium with the page
open, where it is installed), and the same for the plain site's page of that article: the
reference for "shows an edit at once".
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import itertools
import json
import logging
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from growth import cluster_folders, report_scaling

ROOT = Path(__file__).resolve().parent.parent
# The package is imported where it is used, not here: a build timed in its own process
# (``--one``) must load only what MkDocs and the plugin load themselves.

EDIT_MARK = "Zanzibar quokkas"
NAV_ARTICLES = "mkdocs-nav-articles.yml"


def write_sites(base: Path) -> tuple[Path, Path]:
    """The claimdiff site and the plain Markdown site, each a folder with its mkdocs.yml."""
    plugin_site, plain_site = base / "claimdiff", base / "plain"
    for site, plugins in ((plugin_site, ["search", "claimdiff"]), (plain_site, ["search"])):
        (site / "docs").mkdir(parents=True)
        (site / "docs" / "index.md").write_text("# ECB+\n\nNews clusters.\n")
        config: dict[str, Any] = {"site_name": "ECB+", "theme": {"name": "mkdocs"}}
        (site / "mkdocs.yml").write_text(json.dumps({**config, "plugins": plugins}))
    # The same site with every article listed in the navigation, as the plain site has them.
    listed = ["search", {"claimdiff": {"nav_articles": True}}]
    config = {**config, "plugins": listed, "site_dir": "site-nav-articles"}
    (plugin_site / NAV_ARTICLES).write_text(json.dumps(config))
    for cluster in cluster_folders():
        shutil.copytree(cluster, plugin_site / "docs" / "articles" / cluster.name)
        target = plain_site / "docs" / "articles" / cluster.name
        target.mkdir(parents=True)
        for path in sorted(cluster.glob("*.txt")):
            title, *lines = path.read_text(encoding="utf-8").splitlines()
            body = "\n\n".join(line for line in lines if line.strip())
            (target / f"{path.stem}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    return plugin_site, plain_site


# --- one build, in its own process ------------------------------------------------------------


STAGE_LINE = re.compile(r"(\w+) stage: ([\d.]+) s$")


def stage_timers() -> dict[str, float]:
    """Each stage's seconds, as the plugin logs them at debug level (``mkdocs build
    --verbose`` shows the same lines): read, compare, render."""
    stages: dict[str, float] = {}

    class Stages(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if found := STAGE_LINE.search(record.getMessage()):
                stages[found[1]] = stages.get(found[1], 0.0) + float(found[2])

    plugin_log = logging.getLogger("mkdocs.plugins.mkdocs_claimdiff")
    plugin_log.setLevel(logging.DEBUG)
    plugin_log.addHandler(Stages())
    plugin_log.propagate = False
    return stages


def build_once(config_file: Path, with_stages: bool) -> None:
    """Build one site and print its time, peak memory and stage split as JSON."""
    start = time.perf_counter()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    stages = stage_timers() if with_stages else {}
    build(load_config(str(config_file), quiet=True))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {"seconds": seconds, "peak_mib": peak, "worker_mib": workers, "stages": stages}
    print(json.dumps(result))


PR_SET_CHILD_SUBREAPER = 36


def adopt_orphans() -> None:
    """Have the processes a build leaves (on Linux its fork server, which the kernel ends
    with the build, and the workers forked from it) become this process's children when
    their parent ends, so that ``reap_orphans`` counts their CPU time."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1)


def reap_orphans() -> None:
    """Wait for every process left by a build: their CPU time then counts in this process's
    ``RUSAGE_CHILDREN``."""
    with contextlib.suppress(ChildProcessError):
        while True:
            os.waitpid(-1, 0)


def timed_build(
    site: Path, with_stages: bool = False, config: str = "mkdocs.yml", code: Path | None = None
) -> dict[str, Any]:
    """One build in a fresh process, with the package in ``code`` if given."""
    command = [sys.executable, __file__, "--one", str(site / config)]
    if with_stages:
        command.append("--stages")
    environment = dict(os.environ)
    if code is not None:
        environment["PYTHONPATH"] = str(code)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    output = subprocess.run(
        command, check=True, capture_output=True, text=True, env=environment
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - start
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The build's process and every process it started: on two cores a cold build is only as
    # fast as the machine leaves both free, its CPU time is not.
    result["cpu"] = sum(getattr(after, f) - getattr(before, f) for f in ("ru_utime", "ru_stime"))
    return result


def median_of(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median wall time, with every run's time in ``all``."""
    middle = dict(sorted(results, key=lambda result: result["wall"])[len(results) // 2])
    middle["all"] = [result["wall"] for result in results]
    middle["cpu"] = statistics.median(result["cpu"] for result in results)
    return middle


def median_build(
    site: Path, runs: int, before: Callable[[], None], config: str = "mkdocs.yml"
) -> dict[str, Any]:
    results = []
    for _ in range(runs):
        before()
        results.append(timed_build(site, with_stages=True, config=config))
    return median_of(results)


def report_builds(
    plugin_site: Path, plain_site: Path, runs: int, against: Path | None = None
) -> None:
    """Plain, cold and warm builds interleaved (plain, cold, warm, plain, ...), so that the load
    of a shared machine drifting during the runs lands on all three alike; the ratios are the
    medians of each round's ratios. With ``against``, each round also builds cold and warm
    with that code, before or after this code's builds in turn."""
    cache = plugin_site / ".cache"
    codes: list[tuple[str, Path | None]] = [("", None)]
    if against is not None:
        codes.append((" (against)", against))
    rounds: dict[str, list[dict[str, Any]]] = {"plain": []}
    for number in range(runs):
        rounds["plain"].append(timed_build(plain_site, with_stages=True))
        for suffix, code in codes[number % 2 :] + codes[: number % 2]:
            shutil.rmtree(cache, ignore_errors=True)
            cold = timed_build(plugin_site, with_stages=True, code=code)
            rounds.setdefault(f"cold{suffix}", []).append(cold)
            warm = timed_build(plugin_site, with_stages=True, code=code)
            rounds.setdefault(f"warm{suffix}", []).append(warm)
    medians = {kind: median_of(results) for kind, results in rounds.items()}
    plain = medians["plain"]
    timed_build(plugin_site, config=NAV_ARTICLES)  # fills this configuration's cache
    listed = median_build(plugin_site, runs, lambda: None, NAV_ARTICLES)
    print(f"Site: {len(cluster_folders())} stories, {count_articles()} articles")
    named = [("plain MkDocs", plain)]
    named += [(f"claimdiff {kind}", result) for kind, result in medians.items() if kind != "plain"]
    for name, result in (*named, ("warm, nav_articles", listed)):
        runs_text = ", ".join(f"{value:.2f}" for value in result["all"])
        print(
            f"  {name:28} {result['wall']:6.2f} s  (x{result['wall'] / plain['wall']:.2f} plain)"
            f"  CPU {result['cpu']:.2f} s"
            f"  peak {result['peak_mib']:.0f} MiB (each worker <= {result['worker_mib']:.0f})"
            f"  runs [{runs_text}]"
        )
        if result["stages"]:
            split = "  ".join(f"{stage} {value:.2f}" for stage, value in result["stages"].items())
            print(f"  {'':28} stages (s; pages render while stories compare): {split}")

    def ratio(kind: str) -> float:
        walls = zip(rounds[kind], rounds["plain"], strict=True)
        return statistics.median(
            float(build["wall"]) / float(base["wall"]) for build, base in walls
        )

    for suffix, _ in codes:
        print(
            f"  median of {runs} interleaved rounds{suffix}: cold/plain"
            f" {ratio('cold' + suffix):.2f} (target <= 1.5)  warm/plain"
            f" {ratio('warm' + suffix):.2f} (target <= 1.1)"
        )


def count_articles() -> int:
    return sum(len(list(folder.glob("*.txt"))) for folder in cluster_folders())


# --- the parts measured in this process --------------------------------------------------------


def report_splitter(articles: Path) -> None:
    """``claims.split_sentences`` against pysbd, the splitter issue 2 started from."""
    from mkdocs_claimdiff.claims.sentences import split_sentences
    from mkdocs_claimdiff.sources.discover import discover

    stories, _ = discover(articles)
    paragraphs = [
        article.block_text(block)
        for story in stories
        for article in story.articles
        for block in article.blocks
    ]
    start = time.perf_counter()
    count = sum(len(split_sentences(paragraph)) for paragraph in paragraphs)
    ours = (time.perf_counter() - start) * 1000 / count
    print(f"Sentence splitter: {count} sentences, split_sentences {ours:.4f} ms/sentence")
    try:
        import pysbd
    except ImportError:
        print("  pysbd not installed: comparison skipped (pip install pysbd)")
        return
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    theirs_count = sum(len(segmenter.segment(paragraph)) for paragraph in paragraphs)
    theirs = (time.perf_counter() - start) * 1000 / theirs_count
    print(f"  pysbd {theirs:.4f} ms/sentence ({theirs_count} sentences): x{theirs / ours:.0f}")


def report_parallel(articles: Path) -> None:
    """All stories compared one after another (claims, then matching), then by a pool of two
    processes (as a cold build does)."""
    from mkdocs_claimdiff.claims.extract import extract_claims
    from mkdocs_claimdiff.matching.align import compare
    from mkdocs_claimdiff.options import AlignOptions
    from mkdocs_claimdiff.pipeline import compare_stories, fresh_job
    from mkdocs_claimdiff.sources.discover import discover

    stories, _ = discover(articles)
    options = AlignOptions.create()
    start = time.perf_counter()
    claims = [[extract_claims(article) for article in story.articles] for story in stories]
    extracted = time.perf_counter() - start
    serial = [compare(story, found, options) for story, found in zip(stories, claims, strict=True)]
    one = time.perf_counter() - start
    items = [fresh_job(story, options) for story in stories]
    start = time.perf_counter()
    pooled = compare_stories(items, 2)
    two = time.perf_counter() - start
    assert [comparison for _, comparison in pooled] == serial
    print(
        f"Comparing all {len(items)} stories: one process {one:.2f} s (claims {extracted:.2f} s,"
        f" matching {one - extracted:.2f} s), pool of 2 {two:.2f} s (x{one / two:.2f})"
    )


# --- mkdocs serve ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            text: str = response.read().decode("utf-8")
            return text
    except OSError:
        return None


def page_text(url: str) -> str:
    """The page's text without its tags: the comparison page wraps differing words in marks."""
    return re.sub(r"<[^>]*>", "", fetch(url) or "")


def _shows(url: str, text: str) -> bool:
    return text in page_text(url)


def wait_for(condition: Callable[[], bool], timeout: float, step: float = 0.02) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if condition():
            return time.perf_counter() - start
        time.sleep(step)
    return None


@contextmanager
def serving(site: Path, port: int, dirty: bool) -> Iterator[subprocess.Popen[bytes]]:
    command = [sys.executable, "-m", "mkdocs", "serve", "-q", "-a", f"127.0.0.1:{port}"]
    if dirty:
        command.append("--dirty")
    server = subprocess.Popen(command, cwd=site, stderr=subprocess.DEVNULL)
    try:
        yield server
    finally:
        server.terminate()
        server.wait(timeout=10)


def report_serve(
    site: Path, page: str, article: Path, name: str, edits: int, dirty: bool = False
) -> None:
    """Save an edit to ``article`` and time until the served ``page`` shows it: fetched over
    HTTP every 20 ms, then, where Chromium is installed (``make test`` installs it), in a
    browser that has the page open, as a reader previewing it does: MkDocs' live-reload script
    reloads the page when the build is done, and the time runs until the reloaded page, its
    scripts run, holds the edit and has been drawn once. The article is put back as it was,
    whatever happens."""
    name = f"mkdocs serve{' --dirty' if dirty else ''}, {name}"
    port = free_port()
    url = f"http://127.0.0.1:{port}/{page}"
    original = article.read_text(encoding="utf-8")
    marks = (f"{EDIT_MARK} number {number} arrived" for number in range(2 * edits))
    try:
        with serving(site, port, dirty):
            started = wait_for(lambda: fetch(url) is not None, timeout=300, step=0.2)
            print(f"{name}: first page served after {started or float('nan'):.1f} s")
            delays = []
            for mark in itertools.islice(marks, edits):
                time.sleep(1.0)
                article.write_text(f"{original.rstrip()}\n{mark}.\n", encoding="utf-8")
                delay = wait_for(partial(_shows, url, mark), timeout=120)
                delays.append(delay if delay is not None else float("inf"))
            print(f"  edit to page served over HTTP: {_summary(delays)}")
            shown = browser_delays(url, article, original, marks, edits)
    finally:
        article.write_text(original, encoding="utf-8")
    if shown:
        print(f"  edit to page shown in Chromium: {_summary(shown)}")


def _summary(delays: list[float]) -> str:
    runs = ", ".join(f"{delay:.2f}" for delay in delays)
    return f"median {statistics.median(delays):.2f} s (runs {runs})"


def browser_delays(
    url: str, article: Path, original: str, marks: Iterator[str], edits: int
) -> list[float]:
    """Seconds from saving each edit to the open page showing it in headless Chromium (the
    browser tests' one; ``inf`` for an edit not shown within two minutes), or nothing, said
    so, where Chromium or Playwright is missing."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        from playwright.sync_api import TimeoutError as PageTimeout
        from playwright.sync_api import sync_playwright

        from tests.browser.browser import CHROMIUM, launch
    except ImportError as missing:
        print(f"  (no browser timing: {missing})")
        return []
    if not CHROMIUM.is_file():
        print(f"  (no browser timing: {CHROMIUM} is missing)")
        return []
    # Parsed, its scripts run (not "loading"), the edit in its text (textContent: innerText
    # would lay the page out at every check).
    shows = (
        'document.readyState !== "loading" && document.body !== null'
        " && document.body.textContent.includes({})"
    )
    delays = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            view = browser.new_page()
            view.goto(url)
            for mark in itertools.islice(marks, edits):
                time.sleep(1.5)
                start = time.perf_counter()
                article.write_text(f"{original.rstrip()}\n{mark}.\n", encoding="utf-8")
                try:
                    view.wait_for_function(
                        shows.format(json.dumps(mark)), polling=20, timeout=120_000
                    )
                    view.evaluate("new Promise(done => requestAnimationFrame(() => done(0)))")
                except PageTimeout:
                    delays.append(float("inf"))
                    continue
                delays.append(time.perf_counter() - start)
        finally:
            browser.close()
    return delays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind (median shown)")
    parser.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve run")
    parser.add_argument(
        "--builds-only", action="store_true", help="only the interleaved builds, then stop"
    )
    parser.add_argument(
        "--against", type=Path, help="a folder holding another mkdocs_claimdiff to build with"
    )
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        build_once(args.one, args.stages)
        return
    adopt_orphans()
    with tempfile.TemporaryDirectory(prefix="claimdiff-bench-") as folder:
        plugin_site, plain_site = write_sites(Path(folder))
        print(
            f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]},"
            f" load {os.getloadavg()[0]:.1f}"
        )
        report_builds(plugin_site, plain_site, args.runs, args.against)
        print(f"  load after the builds {os.getloadavg()[0]:.1f}")
        if args.builds_only:
            return
        articles = (plugin_site / "docs" / "articles").resolve()
        report_splitter(articles)
        report_parallel(articles)
        report_scaling()
        if not args.no_serve:
            edited = plugin_site / "docs" / "articles" / "2_ecb" / "2_1ecb.txt"
            plain_edited = plain_site / "docs" / "articles" / "2_ecb" / "2_1ecb.md"
            for dirty in (False, True):
                report_serve(plugin_site, "stories/2-ecb/", edited, "claimdiff", 3, dirty)
                report_serve(plain_site, "articles/2_ecb/2_1ecb/", plain_edited, "plain", 3, dirty)


if __name__ == "__main__":
    main()
