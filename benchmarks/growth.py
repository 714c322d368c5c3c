"""How comparing grows with the work: big stories, long articles, many short articles.

Prints, for one synthetic story of 50, 100, 200 and 400 ECB+ articles (``build.report_scaling``),
the comparing time and the exponent ``k`` of ``time ~ articles^k`` (target <= 1.25, 400 articles
under 10 s); then two articles of 10,000 sentences each (target under 20 s) and one story of
2,000 short articles (target under 2 minutes). Each case reports wall and CPU seconds of
extracting the claims and matching them, and how many claims and matches it has.

The long articles are ECB+ sentences in turn from every cluster, one article in reading order
and the other backwards, so most sentences have a copy and several paraphrases in the other
article; the short articles are three consecutive sentences of an ECB+ article, taken from a
different place of it for each copy, so most claims have many partners.

Run: ``.venv/bin/python benchmarks/growth.py`` (``--skip-scaling`` for the two stress cases only).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from build import cluster_folders, report_scaling

if TYPE_CHECKING:
    from mkdocs_claimdiff.model import Story

LONG_SENTENCES = 10_000
SHORT_ARTICLES = 2_000
SHORT_SENTENCES = 3


def ecb_sentences() -> list[list[str]]:
    """The sentences of each ECB+ article, in order (the splitter's sentences)."""
    from mkdocs_claimdiff.claims import split_sentences
    from mkdocs_claimdiff.sources import read_article

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
    from mkdocs_claimdiff.sources import read_article

    articles = []
    for number, sentences in enumerate(bodies):
        path = folder / f"article-{number}.txt"
        paragraphs = [" ".join(sentences[at : at + 5]) for at in range(0, len(sentences), 5)]
        path.write_text(f"Article {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        articles.append(read_article(path, "stress", max_bytes=1 << 30))
    return Story("stress", "Stress", tuple(articles))


def report_case(name: str, story: Story, target: float) -> None:
    from mkdocs_claimdiff.align import compare
    from mkdocs_claimdiff.claims import extract_claims
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


if __name__ == "__main__":
    main()
