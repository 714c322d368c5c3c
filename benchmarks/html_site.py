"""A site of saved web pages: a cold build against reading the pages one after another.

Saved ``.html`` pages are the slowest articles to read (trafilatura, metadata, chrome rules), so
a cold build of a site of them is bound by reading unless the build reads them on every core.
This copies ``--pages`` pages (default 100) from a folder of saved pages into stories of
``--per-story`` pages each, in a temporary site, then prints, each the median of ``--runs``:

- ``serial``: reading every page with ``read_article``, one after another, in this process
  (warmed up: the reader's imports and first-use set-up done);
- ``serial, new process``: the same in a fresh process, as a build starts (imports included,
  and every lazily loaded part of the extractor loaded on first use);
- ``cold``: ``mkdocs build`` of the site with an empty cache, in a new process;
- ``in parallel``: the pages shared out among ``--workers`` processes (every n-th page to each)
  that read them at once, their imports done first: the least time any build on this machine
  can take to read them on that many cores, with nothing else to do;

and the ratio cold / serial for each, and the ratio of the parallel reading alone to serial,
the floor of that ratio (where two busy processes slow each other, as on shared cores, that
floor is well above 1 / workers). Any folder of saved pages will do, e.g. trafilatura's
evaluation pages (``tests/eval`` of https://github.com/adbar/trafilatura)::

    python benchmarks/html_site.py /path/to/pages
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from mkdocs_claimdiff.sources.discover import read_article


def make_site(pages: list[Path], per_story: int, root: Path) -> Path:
    """The site's ``mkdocs.yml``; articles in ``docs/articles/story-<n>/``."""
    articles = root / "docs" / "articles"
    for number, page in enumerate(pages):
        story = articles / f"story-{number // per_story:03d}"
        story.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, story / f"page-{number:03d}.html")
    (root / "docs" / "index.md").write_text("# Pages\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        yaml.safe_dump({"site_name": "Pages", "plugins": [{"claimdiff": {}}]}), encoding="utf-8"
    )
    return config


def serial_seconds(articles: Path) -> float:
    started = time.perf_counter()
    for path in sorted(articles.rglob("*.html")):
        read_article(path, path.parent.name)
    return time.perf_counter() - started


def fresh_serial_seconds(articles: Path) -> float:
    """``serial_seconds`` in a new process, timed from before its imports."""
    script = (
        "import sys, time; started = time.perf_counter()\n"
        "from pathlib import Path\n"
        "from mkdocs_claimdiff.sources.discover import read_article\n"
        "for path in sorted(Path(sys.argv[1]).rglob('*.html')):\n"
        "    read_article(path, path.parent.name)\n"
        "print(time.perf_counter() - started)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(articles)], check=True, capture_output=True, text=True
    )
    return float(done.stdout.split()[-1])


PARALLEL_READER = """\
import sys, time
from pathlib import Path
from mkdocs_claimdiff.sources.discover import read_article
share, shares = int(sys.argv[2]), int(sys.argv[3])
pages = sorted(Path(sys.argv[1]).rglob('*.html'))
read_article(pages[0], 'warm-up')
print('ready', flush=True)
sys.stdin.readline()
for path in pages[share::shares]:
    read_article(path, path.parent.name)
"""
"""One of the parallel readers: imports and warms up, says so, waits for the word, then reads
its share of the pages."""


def parallel_seconds(articles: Path, workers: int) -> float:
    """The time ``workers`` processes take to read every page between them, from the moment
    all of them are ready (imports done) to the last one's end."""
    command = [sys.executable, "-c", PARALLEL_READER, str(articles)]
    readers = [
        subprocess.Popen(
            [*command, str(share), str(workers)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for share in range(workers)
    ]
    for reader in readers:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    for reader in readers:
        assert reader.stdin is not None
        reader.stdin.write("go\n")
        reader.stdin.flush()
    for reader in readers:
        if reader.wait() != 0:
            raise RuntimeError("a parallel reader failed")
    return time.perf_counter() - started


def cold_seconds(config: Path) -> float:
    shutil.rmtree(config.parent / ".cache", ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of saved .html pages")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--per-story", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="readers of the parallel floor")
    args = parser.parse_args()
    pages = sorted(args.folder.rglob("*.html"))[: args.pages]
    if len(pages) < args.pages:
        parser.error(f"{args.folder} holds {len(pages)} .html pages, fewer than {args.pages}")
    with tempfile.TemporaryDirectory() as folder:
        config = make_site(pages, args.per_story, Path(folder))
        read_article(pages[0], "warm-up")  # imports are not per-page cost
        serial, fresh, cold, parallel = [], [], [], []
        articles = Path(folder) / "docs" / "articles"
        for _ in range(args.runs):  # interleaved, so load drift weighs on all four
            serial.append(serial_seconds(articles))
            fresh.append(fresh_serial_seconds(articles))
            cold.append(cold_seconds(config))
            parallel.append(parallel_seconds(articles, args.workers))
    print(f"{len(pages)} pages in stories of {args.per_story}, median of {args.runs} runs")
    medians = {name: statistics.median(runs) for name, runs in (("warm", serial), ("fresh", fresh))}
    build = statistics.median(cold)
    print(f"  serial reading, warmed up      {medians['warm']:6.1f} s")
    print(f"  serial reading, new process    {medians['fresh']:6.1f} s")
    print(f"  cold build                     {build:6.1f} s")
    floor = statistics.median(parallel)
    print(f"  {args.workers} readers at once, imports done {floor:6.1f} s")
    print(
        f"  cold / serial: {build / medians['warm']:.2f} (warmed up), "
        f"{build / medians['fresh']:.2f} (new process); target <= 0.6"
    )
    print(
        f"  parallel reading alone / serial: {floor / medians['warm']:.2f} (warmed up): the "
        f"floor of the ratio on this machine, before MkDocs and the comparing"
    )


if __name__ == "__main__":
    main()
