"""Refit the matcher's weights on the MSRP training set and write ``data/matcher.json``.

Usage: python benchmarks/fit_matcher.py [--msrp ../shared/eval/msrp]

Only ``train.tsv`` is read: the test set is for the reported figure (benchmarks/quality.py).
The model is an L2-regularised logistic regression over the features of ``matching.features`` and
their squares; the decision threshold is the one with the best 10-fold cross-validated accuracy
on train. Needs numpy (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from mkdocs_claimdiff.matching.features import FEATURES
from mkdocs_claimdiff.matching.matcher import expand
from mkdocs_claimdiff.matching.scorer import PairScorer
from mkdocs_claimdiff.normalise import Normaliser
from quality import read_msrp  # benchmarks/ is on the path when run as a script

ROOT = Path(__file__).resolve().parent.parent
PENALTY = 0.1
THRESHOLDS = (0.4, 0.45, 0.5, 0.55)


def pair_features(pairs: list[tuple[str, str]]) -> np.ndarray:
    """Features of each pair, with word rarity measured over all sentences of the file."""
    texts = [text for pair in pairs for text in pair]
    scorer = PairScorer(texts, Normaliser())
    firsts = np.arange(0, len(texts), 2)
    return expand(scorer.features(firsts, firsts + 1))


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Logistic regression by Newton's method; the last weight is the intercept."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    weights = np.zeros(xb.shape[1])
    ridge = np.eye(xb.shape[1]) * penalty
    ridge[-1, -1] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ weights))
        gradient = xb.T @ (p - y) + ridge @ weights
        hessian = (xb.T * (p * (1 - p))) @ xb + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def predict(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    odds: np.ndarray = 1 / (1 + np.exp(-(x @ weights[:-1] + weights[-1])))
    return odds


def scores(y: np.ndarray, decided: np.ndarray) -> tuple[float, float, float, float]:
    """Accuracy, precision, recall and F1 in percent."""
    tp = float((decided & (y == 1)).sum())
    fp = float((decided & (y == 0)).sum())
    fn = float((~decided & (y == 1)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * float((decided == (y == 1)).mean()), 100 * precision, 100 * recall, 100 * f1


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 10) -> dict[float, tuple[float, ...]]:
    order = np.random.default_rng(0).permutation(len(y))
    probabilities = np.zeros(len(y))
    for fold in range(folds):
        held = order[fold::folds]
        kept = np.setdiff1d(order, held)
        probabilities[held] = predict(fit(x[kept], y[kept]), x[held])
    return {t: scores(y, probabilities >= t) for t in THRESHOLDS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--msrp", type=Path, default=ROOT.parent / "shared" / "eval" / "msrp")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "mkdocs_claimdiff" / "data" / "matcher.json"
    )
    args = parser.parse_args()
    rows = read_msrp(args.msrp / "train.tsv")
    x = pair_features([(a, b) for _, a, b in rows])
    y = np.array([label for label, _, _ in rows])
    results = cross_validate(x, y)
    for threshold, (accuracy, precision, recall, f1) in results.items():
        print(
            f"train 10-fold CV, threshold {threshold:.2f}: accuracy {accuracy:.1f}  "
            f"precision {precision:.1f}  recall {recall:.1f}  F1 {f1:.1f}"
        )
    threshold = max(results, key=lambda t: (round(results[t][0], 1), results[t][3]))
    weights = fit(x, y)
    data = {
        "about": "Logistic regression over features.FEATURES and their squares, fitted on "
        "MSRP train.tsv by benchmarks/fit_matcher.py; threshold chosen by 10-fold CV on train.",
        "features": list(FEATURES),
        "coefficients": [round(float(w), 6) for w in weights[:-1]],
        "intercept": round(float(weights[-1]), 6),
        "threshold": threshold,
        "train_cv": dict(
            zip(
                ("accuracy", "precision", "recall", "f1"),
                (round(v, 2) for v in results[threshold]),
                strict=True,
            )
        ),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {args.out} (threshold {threshold})")


if __name__ == "__main__":
    main()
