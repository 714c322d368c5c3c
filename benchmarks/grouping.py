"""Automatic grouping quality: adjusted Rand index on ECB+ development topics mixed together.

Usage (from the repository root, with ../shared beside it):

    python benchmarks/grouping.py            # ARI at the plugin's default options
    python benchmarks/grouping.py --sweep    # ARI over thresholds and weights (tuning)
    python benchmarks/grouping.py --anchor   # plain TF-IDF, average linkage, told the true k

Every folder ``clusters/<topic>_<ecb|ecbplus>/`` of topics 2-35 is one event; all their articles
are pooled and grouped as if dropped loose into ``articles_dir``, each read by the plugin's own
``.txt`` reader. Topics 36-45 are held out for the final measurement: this script never opens,
reads or lists them (it builds the folder names of topics 2-35 instead of listing the folder).
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path

from mkdocs_claimdiff.model import Article
from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.group import (
    GroupOptions,
    cluster,
    cut,
    dendrogram,
    group_articles,
    similarities,
    vectorise,
)

ROOT = Path(__file__).resolve().parent.parent

CLUSTERS = ROOT.parent / "shared" / "eval" / "clusters"
DEVELOPMENT_TOPICS = range(2, 36)


def load() -> tuple[list[Article], list[str]]:
    """The articles of the development topics and, for each, the event it reports."""
    articles: list[Article] = []
    events: list[str] = []
    for topic in DEVELOPMENT_TOPICS:
        for part in ("ecb", "ecbplus"):
            folder = CLUSTERS / f"{topic}_{part}"
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.txt")):
                articles.append(read_article(path, ""))
                events.append(folder.name)
    return articles, events


def adjusted_rand_index(truth: Sequence[object], found: Sequence[object]) -> float:
    """Hubert and Arabie's adjusted Rand index: 1 for the same partition, about 0 for chance."""
    pairs = comb(len(truth), 2)
    both = sum(comb(n, 2) for n in Counter(zip(truth, found, strict=True)).values())
    left = sum(comb(n, 2) for n in Counter(truth).values())
    right = sum(comb(n, 2) for n in Counter(found).values())
    expected = left * right / pairs
    best = (left + right) / 2
    return 1.0 if best == expected else (both - expected) / (best - expected)


def labels(groups: Sequence[Sequence[Article]], articles: Sequence[Article]) -> list[int]:
    where = {id(article): number for number, group in enumerate(groups) for article in group}
    return [where[id(article)] for article in articles]


def score(articles: list[Article], events: list[str], options: GroupOptions) -> tuple[float, int]:
    stories = group_articles(articles, options)
    found = labels([story.articles for story in stories], articles)
    return adjusted_rand_index(events, found), len(stories)


def anchor(articles: list[Article], events: list[str]) -> float:
    """Plain TF-IDF (no name or title weights), average linkage cut at the true number of groups."""
    plain = GroupOptions(name_weight=1.0, title_weight=1.0)
    matrix = similarities(vectorise(articles, plain))
    wanted = len(set(events))
    low, high = 0.0, 1.0
    for _ in range(40):  # the threshold that leaves exactly the true number of groups
        middle = (low + high) / 2
        groups = cluster(matrix, middle)
        if len(groups) > wanted:
            high = middle
        else:
            low = middle
    groups = cluster(matrix, low)
    found = labels([[articles[i] for i in group] for group in groups], articles)
    return adjusted_rand_index(events, found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--anchor", action="store_true")
    args = parser.parse_args()
    articles, events = load()
    print(f"{len(articles)} articles, {len(set(events))} events (ECB+ topics 2-35)")
    if args.anchor:
        print(f"anchor: plain TF-IDF, average linkage, true k: ARI {anchor(articles, events):.3f}")
        return
    if not args.sweep:
        started = time.perf_counter()
        ari, found = score(articles, events, GroupOptions())
        elapsed = time.perf_counter() - started
        print(f"default {GroupOptions()}: ARI {ari:.3f}, {found} groups, {elapsed:.1f} s")
        return
    sweep(articles, events)


def sweep(articles: list[Article], events: list[str]) -> None:
    """ARI over weights and thresholds; one dendrogram per weighting, cut at every threshold."""
    thresholds = [step / 100 for step in range(4, 31, 2)]
    for name_weight, title_weight in itertools.product((1.0, 2.0, 3.0, 4.0), (1.0, 2.0, 3.0)):
        options = GroupOptions(name_weight=name_weight, title_weight=title_weight)
        merges = dendrogram(similarities(vectorise(articles, options)))
        results = []
        for threshold in thresholds:
            groups = cut(len(articles), merges, threshold)
            found = labels([[articles[i] for i in group] for group in groups], articles)
            results.append(f"{threshold:.2f}:{adjusted_rand_index(events, found):.3f}")
        print(f"names {name_weight} titles {title_weight}  " + " ".join(results))


if __name__ == "__main__":
    main()
