"""The paraphrase model fitted on MSRP train, the claim score's constants and its blend.

The fitted weights live in ``data/matcher.json``, written by ``benchmarks/fit_matcher.py``;
``scorer.PairScorer`` applies them to the pairs of a corpus (a story, or a file of pairs).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .features import FEATURES
from .sentences import Floats

LEXICAL_SHARE = 0.7
"""Weight of the story-weighted overlap against the paraphrase model in a claim score; set on
the development gold alignments (benchmarks/quality.py --sweep), never on test data."""


NAME_CLASH_PENALTY = 0.5
"""A claim score is halved when the claims name different people or places in the same slot."""

FRAGMENT_WORDS = 2
"""A claim with this many content words or fewer is a fragment ("Extreme caution", "THE WHITE
HOUSE", a caption): one shared rare word is most of it, so a match needs more evidence."""
FRAGMENT_PENALTY = 1 / 1.5
"""Factor on the score of a pair whose shorter claim is a fragment. Chosen on the 12 gold files
the other constants were chosen on; on the 18 files written later (benchmarks/quality.py) it
took precision from 0.60 to 0.62 at the same recall (0.56)."""


def blend(lexical: Floats, chance: Floats, factor: Floats) -> Floats:
    """Claim scores before rounding, from the soft overlap, the paraphrase probability and
    the penalty factor of many pairs, or, from bounds on the three, bounds on them."""
    scores: Floats = (LEXICAL_SHARE * lexical + (1 - LEXICAL_SHARE) * chance) * factor
    return scores


def chance(logit: Floats) -> Floats:
    """The logistic function, kept from overflowing."""
    result: Floats = 1 / (1 + np.exp(-np.clip(logit, -60.0, 60.0)))
    return result


@dataclass(frozen=True)
class Model:
    """Logistic regression over the features and their squares."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def probabilities(self, features: Floats) -> Floats:
        """The probability that each pair (a row of ``features``) is a paraphrase, rounded to
        the 1e-4 steps in which scores are shown."""
        inputs = expand(features)
        if inputs.shape[1] != len(self.coefficients):
            raise ValueError(
                f"{features.shape[1]} features for a model of {len(self.coefficients) // 2}"
            )
        rounded: Floats = np.round(
            chance(self.intercept + inputs @ np.asarray(self.coefficients)), 4
        )
        return rounded


def expand(features: Floats) -> Floats:
    """The model's inputs: each feature and its square, so the fit can bend."""
    return np.hstack([features, features * features])


@lru_cache(maxsize=1)
def default_model() -> Model:
    data = json.loads(resources.files("mkdocs_claimdiff").joinpath("data/matcher.json").read_text())
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("data/matcher.json was fitted on other features; refit it")
    return Model(tuple(data["coefficients"]), data["intercept"], data["threshold"])
