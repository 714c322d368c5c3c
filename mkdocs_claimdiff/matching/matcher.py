"""The probability that two sentences make the same claim, from a model fitted on MSRP train.

``PairScorer`` holds the sentences of one corpus (a story, or a file of pairs) so that word
rarity is measured where the sentences come from; the fitted weights live in
``data/matcher.json``, written by ``benchmarks/fit_matcher.py``.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from ..normalise import Normaliser
from .features import FEATURES, features
from .pairs import soft_overlap
from .sentences import Floats, Rarity, Sentence, name_clash, prepare_all

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


Number = TypeVar("Number", float, Floats)


def blend(lexical: Number, chance: Number, factor: Number) -> Number:
    """A claim score before rounding, from the soft overlap, the paraphrase probability and
    the penalty factor: of one pair, or, from bounds on the three, bounds for many pairs."""
    return (LEXICAL_SHARE * lexical + (1 - LEXICAL_SHARE) * chance) * factor


def penalty(first: Sentence, second: Sentence) -> float:
    """The factor on a pair's claim score: a name clash and a fragment each lower it."""
    factor = NAME_CLASH_PENALTY if name_clash(first, second) else 1.0
    if min(len(first.content), len(second.content)) <= FRAGMENT_WORDS:
        factor *= FRAGMENT_PENALTY
    return factor


@dataclass(frozen=True)
class Model:
    """Logistic regression over the features and their squares."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: Sequence[float]) -> float:
        inputs = expand(values)
        if len(inputs) != len(self.coefficients):
            raise ValueError(f"{len(values)} features for a model of {len(self.coefficients) // 2}")
        # map, not a generator: the same products summed in the same order, and scoring a
        # story's pairs calls this tens of thousands of times.
        total = self.intercept + sum(map(operator.mul, self.coefficients, inputs))
        return 1 / (1 + math.exp(-max(min(total, 60.0), -60.0)))


def expand(values: Sequence[float]) -> list[float]:
    """The model's inputs: each feature and its square, so the fit can bend."""
    return [*values, *map(operator.mul, values, values)]


@lru_cache(maxsize=1)
def default_model() -> Model:
    data = json.loads(resources.files("mkdocs_claimdiff").joinpath("data/matcher.json").read_text())
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("data/matcher.json was fitted on other features; refit it")
    return Model(tuple(data["coefficients"]), data["intercept"], data["threshold"])


class PairScorer:
    """Scores pairs among a fixed set of sentences."""

    def __init__(
        self,
        texts: Sequence[str],
        normaliser: Normaliser,
        model: Model | None = None,
        set_aside: Sequence[frozenset[str]] = (),
    ) -> None:
        self.sentences: list[Sentence] = prepare_all(texts, normaliser, set_aside)
        self.rarity = Rarity(self.sentences)
        self._model = model

    @property
    def model(self) -> Model:
        return self._model or default_model()

    def features(self, left: int, right: int) -> list[float]:
        return features(self.sentences[left], self.sentences[right], self.rarity)

    def may_match(self, left: int, right: int) -> bool:
        """Cheap pruning: sentences that share no word or word stem are never the same claim."""
        first, second = self.sentences[left], self.sentences[right]
        return not first.content.isdisjoint(second.content) or not first.prefixes.isdisjoint(
            second.prefixes
        )

    def claim_score(self, left: int, right: int) -> float:
        """How strongly two claims of one story make the same claim, from 0 to 1.

        Outlets reporting one event rarely paraphrase each other closely, so the paraphrase
        probability alone is too strict: it is blended with the story-weighted soft overlap,
        which counts what the two sentences share of the story's rarer words.
        """
        first, second = self.sentences[left], self.sentences[right]
        lexical = soft_overlap(first, second, self.rarity)
        if not lexical:
            return 0.0
        return round(blend(lexical, self.probability(left, right), penalty(first, second)), 4)

    def probability(self, left: int, right: int) -> float:
        return round(self.model.probability(self.features(left, right)), 4)


def score_pairs(
    pairs: Sequence[tuple[str, str]], normaliser: Normaliser | None = None
) -> list[tuple[float, bool]]:
    """Score sentence pairs read from one file: (probability, same claim by the model's threshold).

    Word rarity is measured over every sentence of the file, so a pair's score does not depend
    on where in the file it stands.
    """
    texts = [text for pair in pairs for text in pair]
    scorer = PairScorer(texts, normaliser or Normaliser())
    threshold = default_model().threshold
    results = []
    for index, (left, right) in enumerate(pairs):
        if not left.strip() or not right.strip():
            results.append((0.0, False))
            continue
        value = scorer.probability(2 * index, 2 * index + 1)
        results.append((value, value >= threshold))
    return results
