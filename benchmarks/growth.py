"""How comparing grows with the work: big stories, long articles, many short articles.

Prints, for one synthetic story of 50, 100, 200 and 400 ECB+ articles (``report_scaling``, also
run by ``build.py``), the comparing time and the exponent ``k`` of ``time ~ articles^k`` (target
<= 1.25, 400 articles under 10 s); then two articles of 10,000 sentences each (target under
20 s) and one story of 2,000 short articles (target: its site builds in under 2 minutes). Each
case reports wall and CPU seconds of extracting the claims and matching them, and how many claims
and matches it has; the story of short articles is then built as a site, cold, with ``mkdocs
build`` in a fresh process.

The long articles are ECB+ sentences in turn from every cluster, one article in reading order
and the other backwards, so most sentences have a copy and several paraphrases in the other
article; the short articles are three consecutive sentences of an ECB+ article, taken from a
different place of it for each copy, so most claims have many partners.

Run: ``.venv/bin/python benchmarks/growth.py`` (``--skip-scaling`` for the two stress cases only).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs_claimdiff.model import Story

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT.parent / "shared" / "eval" / "clusters"
LONG_SENTENCES = 10_000
SHORT_ARTICLES = 2_000
SHORT_SENTENCES = 3
WARM_UP_ARTICLES = 10


def cluster_folders() -> list[Path]:
    return sorted(path for path in CLUSTERS.iterdir() if path.is_dir())


def synthetic_story(size: int) -> Story:
    """``size`` ECB+ articles taken in turn from each cluster, as one story."""
    from mkdocs_claimdiff.model import Story
    from mkdocs_claimdiff.sources.discover import read_article

    folders = [sorted(folder.glob("*.txt")) for folder in cluster_folders()]
    chosen: list[Path] = []
    while len(chosen) < size:
        for files in folders:
            if files and len(chosen) < size:
                chosen.append(files.pop(0))
    articles = [read_article(path, "synthetic") for path in chosen]
    return Story("synthetic", "Synthetic", tuple(articles))


GROWTH_SIZES = (50, 100, 200, 400)
"""Articles in the synthetic stories whose comparing time gives the growth exponent."""
GROWTH_RUNS = 3
"""Comparisons of each story, the fastest kept: one run of the 50 articles took 0.30 s of CPU
and another, on the same code with the machine's other core busy, 0.53 s, which moved the
exponent from 1.42 to 1.08. Three runs took 0.28-0.33 s."""


def report_scaling() -> None:
    """One synthetic story of each of ``GROWTH_SIZES`` articles, and the exponent ``k`` of the
    time as ``articles^k`` (least squares on the logarithms), of wall and of CPU time: on a
    shared machine the load moves the wall time of one size far more than its CPU time. Also
    the exponent of the matches, which the time cannot grow much more slowly than. A small
    story is compared first, untimed: the first comparison of a process also loads the model
    and compiles patterns, which would make the smallest size slow and the exponent low. Each
    story is compared ``GROWTH_RUNS`` times and the fastest run kept, of wall and of CPU time
    alike."""
    from mkdocs_claimdiff.claims.extract import extract_claims
    from mkdocs_claimdiff.matching.align import compare
    from mkdocs_claimdiff.options import AlignOptions

    warm_up = synthetic_story(WARM_UP_ARTICLES)
    compare(
        warm_up, [extract_claims(article) for article in warm_up.articles], AlignOptions.create()
    )
    times: dict[int, float] = {}
    cpu_times: dict[int, float] = {}
    matches: dict[int, float] = {}
    for size in GROWTH_SIZES:
        story = synthetic_story(size)
        for _ in range(GROWTH_RUNS):
            start, cpu_start = time.perf_counter(), time.process_time()
            claims = [extract_claims(article) for article in story.articles]
            comparison = compare(story, claims, AlignOptions.create())
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            times[size] = min(times.get(size, wall), wall)
            cpu_times[size] = min(cpu_times.get(size, cpu), cpu)
        matches[size] = len(comparison.matches)
        sentences = sum(len(found) for found in claims)
        print(
            f"Synthetic story of {size} articles ({sentences} claims): compared in "
            f"{times[size]:.2f} s (CPU {cpu_times[size]:.2f} s; fastest of {GROWTH_RUNS}), "
            f"{matches[size]} matches"
        )
    print(
        f"  time grows as articles^{growth_exponent(times):.2f} (target <= 1.25; CPU time"
        f" ^{growth_exponent(cpu_times):.2f}, matches ^{growth_exponent(matches):.2f}),"
        f" {GROWTH_SIZES[-1]} articles in {times[GROWTH_SIZES[-1]]:.1f} s (target < 10)"
    )


def growth_exponent(values: dict[int, float]) -> float:
    """``k`` of ``value ~ size^k``, by least squares on the logarithms."""
    logs = [(math.log(size), math.log(value)) for size, value in values.items()]
    mean_x = statistics.fmean(x for x, _ in logs)
    mean_y = statistics.fmean(y for _, y in logs)
    return sum((x - mean_x) * (y - mean_y) for x, y in logs) / sum(
        (x - mean_x) ** 2 for x, _ in logs
    )


def ecb_sentences() -> list[list[str]]:
    """The sentences of each ECB+ article, in order (the splitter's sentences)."""
    from mkdocs_claimdiff.claims.sentences import split_sentences
    from mkdocs_claimdiff.sources.discover import read_article

    found = []
    for folder in cluster_folders():
        for path in sorted(folder.glob("*.txt")):
            article = read_article(path, "ecb")
            sentences = [
                text[start:end]
                for block in article.blocks
                for text in [article.block_text(block)]
                for start, end in split_sentences(text)
            ]
            if sentences:
                found.append(sentences)
    return found


def story_of(folder: Path, bodies: list[list[str]]) -> Story:
    """A story of one article per body, written as text files and read back as a build would."""
    from mkdocs_claimdiff.model import Story
    from mkdocs_claimdiff.sources.discover import read_article

    articles = []
    for number, sentences in enumerate(bodies):
        path = folder / f"article-{number}.txt"
        paragraphs = [" ".join(sentences[at : at + 5]) for at in range(0, len(sentences), 5)]
        path.write_text(f"Article {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        articles.append(read_article(path, "stress", max_bytes=1 << 30))
    return Story("stress", "Stress", tuple(articles))


def report_case(name: str, story: Story, target: float) -> None:
    from mkdocs_claimdiff.claims.extract import extract_claims
    from mkdocs_claimdiff.matching.align import compare
    from mkdocs_claimdiff.options import AlignOptions

    wall, cpu = time.perf_counter(), time.process_time()
    claims = [extract_claims(article) for article in story.articles]
    comparison = compare(story, claims, AlignOptions.create())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    count = sum(len(found) for found in claims)
    print(
        f"{name}: {count} claims, {len(comparison.matches)} matches, compared in {wall:.1f} s"
        f" (CPU {cpu:.1f} s; target < {target:g} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-scaling", action="store_true", help="only the stress cases")
    args = parser.parse_args()
    if not args.skip_scaling:
        report_scaling()
    every = ecb_sentences()
    in_turn = [sentence for turn in zip_longest(*every) for sentence in turn if sentence]
    pool = (in_turn * (LONG_SENTENCES // len(in_turn) + 1))[:LONG_SENTENCES]
    short = [
        every[number % len(every)][
            (number // len(every)) * SHORT_SENTENCES : (number // len(every) + 1) * SHORT_SENTENCES
        ]
        or every[number % len(every)][:SHORT_SENTENCES]
        for number in range(SHORT_ARTICLES)
    ]
    with tempfile.TemporaryDirectory(prefix="claimdiff-growth-") as folder:
        base = Path(folder)
        (base / "long").mkdir()
        (base / "short").mkdir()
        long_story = story_of(base / "long", [pool, pool[::-1]])
        report_case(f"Two articles of {LONG_SENTENCES:,} sentences", long_story, 20)
        short_story = story_of(base / "short", short)
        report_case(f"One story of {SHORT_ARTICLES:,} short articles", short_story, 120)
        report_build(base / "short", base / "site", 120)


def report_build(articles: Path, site: Path, target: float) -> None:
    """``mkdocs build`` of a site whose one story is ``articles``, cold, in a fresh process:
    what the target is about (reading, comparing, rendering every page and the search index)."""
    shutil.copytree(articles, site / "docs" / "articles" / "stress")
    (site / "docs" / "index.md").write_text("# Stress\n", encoding="utf-8")
    config = {
        "site_name": "Stress",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", "claimdiff"],
    }
    (site / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")
    # build.py --one builds a site in its own process and prints its time, memory and stages.
    one_build = [sys.executable, str(Path(__file__).with_name("build.py")), "--one"]
    start = time.perf_counter()
    done = subprocess.run(
        [*one_build, str(site / "mkdocs.yml"), "--stages"],
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    found = json.loads(done.stdout.strip().splitlines()[-1])
    stages = "  ".join(f"{name} {seconds:.1f} s" for name, seconds in found["stages"].items())
    print(
        f"  mkdocs build of that story, cold: {wall:.1f} s (target < {target:g} s),"
        f" peak {found['peak_mib']:.0f} MiB (each worker <= {found['worker_mib']:.0f});"
        f" stages: {stages}"
    )


if __name__ == "__main__":
    main()
