"""Reading and cleaning the ECB+ articles in one process, and what each chrome rule costs.

Usage (from the repository root, with ../shared beside it)::

    python benchmarks/reading.py

Prints the median of five ``discover`` runs over the 36 ECB+ clusters (407 text articles, the
site of ``build.py``), then the phrase rules of ``sources.chrome_rules`` tried on every line of
those articles, as ``phrase_reason`` tries them: in all, and rule by rule, the slowest first,
with and without the rule's needles (the time without needles is what trying the pattern on
every line short enough would cost).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from growth import cluster_folders
from mkdocs_claimdiff.sources.chrome import phrase_reason, word_count
from mkdocs_claimdiff.sources.chrome_rules import RULES
from mkdocs_claimdiff.sources.discover import discover
from mkdocs_claimdiff.sources.phrase_rule import Rule, fold_case

RUNS = 5


def _median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rule_seconds(rule: Rule, lines: list[str], needles: bool) -> float:
    def run() -> None:
        for line in lines:
            if word_count(line) > rule.max_words:
                continue
            folded = fold_case(line)
            if not needles or not rule.needles or any(map(folded.__contains__, rule.needles)):
                rule.pattern.search(line)

    return _median_seconds(run)


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        articles = Path(temporary)
        for folder in cluster_folders():
            shutil.copytree(folder, articles / folder.name)
        stories, _ = discover(articles)
        count = sum(len(story.articles) for story in stories)
        seconds = _median_seconds(lambda: discover(articles))
        print(f"discover: {count} articles in {len(stories)} stories, {seconds:.3f} s (median)")
    lines = [
        line
        for folder in cluster_folders()
        for path in sorted(folder.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    seconds = _median_seconds(lambda: [phrase_reason(line, "paragraph") for line in lines])
    print(f"phrase_reason on {len(lines)} lines: {seconds:.3f} s (median)")
    costs = [
        (_rule_seconds(rule, lines, False), _rule_seconds(rule, lines, True), rule)
        for rule in RULES
    ]
    print("rule (max words, needles): without needles -> with them")
    for without, with_needles, rule in sorted(costs, key=lambda cost: -cost[0])[:12]:
        print(
            f"  {rule.reason} ({rule.max_words}, {len(rule.needles)}):"
            f" {without:.3f} s -> {with_needles:.3f} s"
        )


if __name__ == "__main__":
    main()
