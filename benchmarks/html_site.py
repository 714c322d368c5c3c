"""A site of saved web pages: a cold build against reading the pages one after another.

Saved ``.html`` pages are the slowest articles to read (trafilatura, metadata, chrome rules), so
a cold build of a site of them is bound by reading unless the build reads them on every core.
This copies ``--pages`` pages (default 100) from a folder of saved pages into stories of
``--per-story`` pages each, in a temporary site, then prints, each the median of ``--runs``:

- ``serial``: reading every page with ``read_article``, one after another, in this process;
- ``cold``: ``mkdocs build`` of the site with an empty cache, in a new process;

and the ratio cold / serial. Any folder of saved pages will do, e.g. trafilatura's evaluation
pages (``tests/eval`` of https://github.com/adbar/trafilatura)::

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

from mkdocs_claimdiff.sources import read_article


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
    args = parser.parse_args()
    pages = sorted(args.folder.rglob("*.html"))[: args.pages]
    if len(pages) < args.pages:
        parser.error(f"{args.folder} holds {len(pages)} .html pages, fewer than {args.pages}")
    with tempfile.TemporaryDirectory() as folder:
        config = make_site(pages, args.per_story, Path(folder))
        read_article(pages[0], "warm-up")  # imports are not per-page cost
        serial, cold = [], []
        for _ in range(args.runs):  # interleaved, so load drift weighs on both
            serial.append(serial_seconds(Path(folder) / "docs" / "articles"))
            cold.append(cold_seconds(config))
    print(f"{len(pages)} pages in stories of {args.per_story}, median of {args.runs} runs")
    print(f"  serial reading  {statistics.median(serial):6.1f} s")
    print(f"  cold build      {statistics.median(cold):6.1f} s")
    print(f"  cold / serial   {statistics.median(cold) / statistics.median(serial):6.2f}")


if __name__ == "__main__":
    main()
