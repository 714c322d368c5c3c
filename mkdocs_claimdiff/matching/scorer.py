"""Scores pairs of sentences of one corpus (a story, or a file of pairs), many pairs at once.

``PairScorer`` holds the sentences of the corpus so that word rarity is measured where the
sentences come from, and prepares them once (``prepared._PreparedStory``) for the array
computations of ``bounds``: a pair's features, paraphrase probability and claim score have one
definition, whether they are asked for one pair or for every candidate pair of a story.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..normalise import Normaliser
from .bounds import Scores, claim_scores, score_candidates, settle
from .features import feature_matrix
from .matcher import Model, default_model
from .prepared import _PreparedStory
from .sentences import Floats, Rarity, Sentence, prepare_all
from .sparse import Ints


class PairScorer:
    """Scores pairs among a fixed set of sentences.

    ``groups`` gives each sentence's article: ``candidates`` pairs only sentences of different
    groups (by default every sentence is its own)."""

    def __init__(
        self,
        texts: Sequence[str],
        normaliser: Normaliser,
        model: Model | None = None,
        set_aside: Sequence[frozenset[str]] = (),
        groups: Sequence[int] | None = None,
    ) -> None:
        self.sentences: list[Sentence] = prepare_all(texts, normaliser, set_aside)
        self.rarity = Rarity(self.sentences)
        self._model = model
        self._story = _PreparedStory(
            self.sentences, self.rarity, range(len(texts)) if groups is None else groups
        )

    @property
    def model(self) -> Model:
        return self._model or default_model()

    def may_match(self, left: int, right: int) -> bool:
        """Cheap pruning: sentences that share no word or word stem are never the same claim."""
        first, second = self.sentences[left], self.sentences[right]
        return not first.content.isdisjoint(second.content) or not first.prefixes.isdisjoint(
            second.prefixes
        )

    def features(self, left: Ints, right: Ints) -> Floats:
        """The features of each pair ``left[k]``/``right[k]``, one row a pair (symmetric)."""
        return feature_matrix(settle(self._story, left, right).arrays)

    def probabilities(self, left: Ints, right: Ints) -> Floats:
        """The paraphrase probability of each pair, rounded to 1e-4."""
        return self.model.probabilities(self.features(left, right))

    def claim_scores(self, left: Ints, right: Ints) -> Floats:
        """How strongly each pair makes the same claim (``bounds.claim_scores``)."""
        return claim_scores(self.model, settle(self._story, left, right))

    def claim_score(self, left: int, right: int) -> float:
        """``claim_scores`` of one pair."""
        return float(self.claim_scores(np.array([left]), np.array([right]))[0])

    def candidates(self, threshold: float) -> Scores:
        """The pairs of sentences of different groups whose claim score reaches ``threshold``,
        with their scores (``bounds.score_candidates``)."""
        return score_candidates(self._story, self.model, threshold)


def score_pairs(
    pairs: Sequence[tuple[str, str]], normaliser: Normaliser | None = None
) -> list[tuple[float, bool]]:
    """Score sentence pairs read from one file: (probability, same claim by the model's threshold).

    Word rarity is measured over every sentence of the file, so a pair's score does not depend
    on where in the file it stands.
    """
    if not pairs:
        return []
    texts = [text for pair in pairs for text in pair]
    scorer = PairScorer(texts, normaliser or Normaliser())
    threshold = default_model().threshold
    firsts = np.arange(0, len(texts), 2)
    values = scorer.probabilities(firsts, firsts + 1)
    return [
        (0.0, False) if not left.strip() or not right.strip() else (value, value >= threshold)
        for (left, right), value in zip(pairs, values.tolist(), strict=True)
    ]
