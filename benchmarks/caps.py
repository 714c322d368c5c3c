"""How the candidate caps change the matches, on the ECB+ development topics only.

A claim keeps at most ``CANDIDATES_PER_CLAIM`` partners, and at most ``CANDIDATES_PER_ARTICLE``
in any one other article (``matching.candidates``): the caps keep big stories and long articles
near-linear, and they must not cost matches on news of ordinary size. This compares every story
of the development topics (2-35; 36-45 are kept for measuring and never read here) with each
cap on its own, and with both, against no cap, and prints how many stories' matches change.
The caps were chosen as the smallest values that change none.

Usage (from the repository root, with ../shared beside it)::

    python benchmarks/caps.py
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.matching import candidates
from mkdocs_claimdiff.matching.align import compare
from mkdocs_claimdiff.model import Claim, Story
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.sources.discover import discover

CLUSTERS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "clusters"
DEVELOPMENT_TOPICS = range(2, 36)
NO_CAP = 10**9

Matches = list[tuple[tuple[tuple[str, str], float], ...]]


def development_stories(folder: Path) -> list[Story]:
    for cluster in sorted(CLUSTERS.iterdir()):
        topic = re.match(r"(\d+)_", cluster.name)
        if cluster.is_dir() and topic and int(topic[1]) in DEVELOPMENT_TOPICS:
            shutil.copytree(cluster, folder / cluster.name)
    return list(discover(folder)[0])


def matches(
    stories: list[Story], claims: list[list[tuple[Claim, ...]]], caps: tuple[int, int]
) -> Matches:
    candidates.CANDIDATES_PER_CLAIM, candidates.CANDIDATES_PER_ARTICLE = caps
    options = AlignOptions.create()
    return [
        tuple(
            (match.claims, round(match.score, 9))
            for match in compare(story, found, options).matches
        )
        for story, found in zip(stories, claims, strict=True)
    ]


def main() -> None:
    chosen = (candidates.CANDIDATES_PER_CLAIM, candidates.CANDIDATES_PER_ARTICLE)
    with tempfile.TemporaryDirectory() as folder:
        stories = development_stories(Path(folder))
    claims = [[extract_claims(article) for article in story.articles] for story in stories]
    uncapped = matches(stories, claims, (NO_CAP, NO_CAP))

    def changed(caps: tuple[int, int]) -> int:
        return sum(a != b for a, b in zip(uncapped, matches(stories, claims, caps), strict=True))

    print(f"{len(stories)} development stories; stories whose matches a cap changes:")
    for per_claim in (16, 32, 64, 128):
        print(f"  per claim {per_claim:4}: {changed((per_claim, NO_CAP))}")
    for per_article in (4, 6, 8, 12):
        print(f"  per article {per_article:2}: {changed((NO_CAP, per_article))}")
    print(f"  both, as shipped {chosen}: {changed(chosen)}")


if __name__ == "__main__":
    main()
