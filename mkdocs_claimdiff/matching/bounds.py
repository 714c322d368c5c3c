"""Cheap, vectorised bounds on the claim score of every candidate pair of a story.

Scoring one pair exactly (``PairScorer.claim_score``) runs difflib over its words and its
characters, which costs about a millisecond, and a story has hundreds of thousands of pairs.
Here every pair that shares a word or a word stem is ranked by its soft overlap, a claim keeps
its strongest partners (``_candidates``), and those pairs get a lower and an upper bound on their
score from sparse matrix products: the overlap features are computed for all
pairs at once, and the features that need difflib or a per-pair search are bounded instead
(difflib's ratio lies between 0 and its ``quick_ratio``, a count of shared characters; for the
few pairs that survive that, between 0 and the share of their longest common subsequence,
which rapidfuzz finds about a hundred times faster than difflib matches; a big story, whose
pairs are few for its size, takes that subsequence straight away). The bounds are widened by far
more than any rounding difference between the two ways of computing, so ``align`` can settle
most pairs from their bounds and score exactly only the pairs that stay open, with the same
result as scoring every kept pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist

from .candidates import _candidates, _chunks
from .features import FEATURE_TABLE, Bound, PairArrays, share
from .matcher import Model, blend
from .overlap import ROUNDING, SLACK, _penalty, _ratio, _soft_overlap, _unshared_weight
from .prepared import _Pairs, _PreparedStory
from .sentences import Floats, Rarity, Sentence
from .sparse import Ints, Matrix, _row_sizes


@dataclass(frozen=True)
class Bounds:
    """Candidate pairs (``left < right``, different articles) and bounds on their scores."""

    left: Ints
    right: Ints
    low: Floats
    high: Floats


def score_bounds(
    sentences: Sequence[Sentence],
    rarity: Rarity,
    groups: Sequence[int],
    model: Model,
    keep_from: float,
) -> Bounds:
    """Bounds for the pairs of sentences of different groups that share a word or a stem (the
    pairs ``PairScorer.may_match`` lets through) whose upper bound reaches ``keep_from`` and is
    above 0: any other pair can neither match nor change whether another one does. Of a claim
    with more than ``CANDIDATES_PER_CLAIM`` such partners only the strongest are kept
    (``_candidates``), so that big stories and long articles cost time in proportion to their
    claims."""
    story = _PreparedStory(sentences, rarity, groups)
    left, right = _candidates(story, keep_from)
    parts = [
        _block(story, model, _Pairs(story, left[chunk], right[chunk]), keep_from)
        for chunk in _chunks(story, left)
    ]
    if not parts:
        return Bounds(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0), np.empty(0))
    return Bounds(
        np.concatenate([part.left for part in parts]),
        np.concatenate([part.right for part in parts]),
        np.concatenate([part.low for part in parts]),
        np.concatenate([part.high for part in parts]),
    )


def _indel_ratio(texts: Sequence[str], lengths: Floats, left: Ints, right: Ints) -> Floats:
    """``2 L / (len + len)`` for every pair, L the longest common subsequence (1 where both are
    empty, as in difflib): at least difflib's ratio either way round, whose matching blocks
    form a common subsequence, so an upper bound on it, and computed in integers (rapidfuzz's
    Indel distance is ``len + len - 2 L``), so exactly as difflib divides."""
    distance = cpdist(
        [texts[index] for index in left],
        [texts[index] for index in right],
        scorer=Indel.distance,
        dtype=np.int64,
    )
    total = lengths[left] + lengths[right]
    ratio: Floats = np.divide(total - distance, total, out=np.ones(len(left)), where=total > 0)
    return ratio


def _pair_arrays(story: _PreparedStory, pairs: _Pairs) -> PairArrays:
    """What the bounds of ``FEATURE_TABLE`` need, for every candidate pair of a block."""
    left, right = pairs.left, pairs.right
    left_mass, right_mass = story.mass[left], story.mass[right]
    common = pairs.at(story.content)
    left_size, right_size = story.size[left], story.size[right]
    names = pairs.at(story.names)
    name_count = _row_sizes(story.names)
    numbers = pairs.at(story.numbers)
    number_count = _row_sizes(story.numbers)
    lengths = np.sort(np.stack([story.length[left], story.length[right]]), axis=0)
    shares = np.sort(
        np.stack([share(left_size - common, left_size), share(right_size - common, right_size)]),
        axis=0,
    )
    (left_low, left_high), (right_low, right_high) = (
        _unshared_weight(story, left, right),
        _unshared_weight(story, right, left),
    )

    def dice(matrix: Matrix) -> Floats:
        sizes = _row_sizes(matrix)
        return _ratio(2 * pairs.at(matrix), sizes[left], sizes[right])

    return PairArrays(
        shared=pairs.at(story.weighted, story.content),
        left_mass=left_mass,
        right_mass=right_mass,
        smaller=np.minimum(left_mass, right_mass),
        larger=np.maximum(left_mass, right_mass),
        common=common,
        union=left_size + right_size - common,
        left_size=left_size,
        right_size=right_size,
        names=names,
        name_union=name_count[left] + name_count[right] - names,
        numbers=numbers,
        number_union=number_count[left] + number_count[right] - numbers,
        shorter=lengths[0],
        longer=lengths[1],
        smaller_share=shares[0],
        larger_share=shares[1],
        smallest_unshared_word=(
            np.minimum(left_low, right_low),
            np.minimum(left_high, right_high),
        ),
        largest_unshared_word=(
            np.maximum(left_low, right_low),
            np.maximum(left_high, right_high),
        ),
        has_numbers=(number_count[left] > 0, number_count[right] > 0),
        same_numbers=story.number_set[left] == story.number_set[right],
        negated=(story.negated[left], story.negated[right]),
        word_dice=dice(story.words),
        bigram_dice=dice(story.bigrams),
        trigram_dice=dice(story.trigrams),
        character_trigram_dice=dice(story.letter_trigrams),
        most_sequence_ratio=(
            _ratio(2 * pairs.at(story.word_multiset), story.length[left], story.length[right])
            if pairs.dense
            else _indel_ratio(story.worded, story.length, left, right)
        ),
        most_character_ratio=(
            _ratio(
                2 * pairs.at(story.letter_multiset),
                story.text_length[left],
                story.text_length[right],
            )
            if pairs.dense
            else _indel_ratio(story.spelt, story.text_length, left, right)
        ),
    )


def _subset(arrays: PairArrays, keep: Ints) -> PairArrays:
    """The arrays of the pairs ``keep`` lists."""
    return PairArrays._make(
        tuple(part[keep] for part in field) if isinstance(field, tuple) else field[keep]
        for field in arrays
    )


def _tighter(story: _PreparedStory, arrays: PairArrays, left: Ints, right: Ints) -> PairArrays:
    """The arrays of the pairs ``left``/``right`` with difflib's ratios bounded by the longest
    common subsequence instead of the shared characters and words."""
    return arrays._replace(
        most_sequence_ratio=_indel_ratio(story.worded, story.length, left, right),
        most_character_ratio=_indel_ratio(story.spelt, story.text_length, left, right),
    )


def _bounds(arrays: PairArrays) -> list[Bound]:
    """Bounds on each value of ``features.features``, in the order of ``FEATURES``."""
    return [feature.bound(arrays) for feature in FEATURE_TABLE]


def _logit_bounds(model: Model, features: list[Bound]) -> tuple[Floats, Floats]:
    """The model's logit is a sum of ``c1 x + c2 x^2`` terms: bound each over its interval."""
    count = len(features)
    low = np.full(len(features[0][0]), model.intercept)
    high = low.copy()
    for index, (least, most) in enumerate(features):
        linear, square = model.coefficients[index], model.coefficients[index + count]
        ends = [linear * x + square * x * x for x in (least, most)]
        term_low, term_high = np.minimum(*ends), np.maximum(*ends)
        if square:
            vertex = -linear / (2 * square)
            inside = (least < vertex) & (vertex < most)
            peak = linear * vertex + square * vertex * vertex
            term_low = np.where(inside, np.minimum(term_low, peak), term_low)
            term_high = np.where(inside, np.maximum(term_high, peak), term_high)
        low += term_low
        high += term_high
    return low - SLACK, high + SLACK


def _probability(logit: Floats) -> Floats:
    return 1 / (1 + np.exp(-np.clip(logit, -60.0, 60.0)))


def _block(story: _PreparedStory, model: Model, pairs: _Pairs, keep_from: float) -> Bounds:
    soft = _soft_overlap(story, pairs)
    arrays = _pair_arrays(story, pairs)
    factor = _penalty(story, pairs)
    low, high = _score_range(model, soft, _bounds(arrays), factor)
    keep = np.flatnonzero((high >= keep_from) & (high > 0))
    left, right = pairs.left[keep], pairs.right[keep]
    if not pairs.dense:  # the difflib ratios are bounded tightly already
        return Bounds(left, right, low[keep], high[keep])
    # The pairs left are few: their difflib ratios get the tighter bound of rapidfuzz's
    # longest common subsequence, so fewer of them need scoring exactly.
    arrays = _tighter(story, _subset(arrays, keep), left, right)
    low, high = _score_range(model, soft[keep], _bounds(arrays), factor[keep])
    kept = (high >= keep_from) & (high > 0)
    return Bounds(left[kept], right[kept], low[kept], high[kept])


def _score_range(
    model: Model, soft: Floats, features: list[Bound], factor: Floats
) -> tuple[Floats, Floats]:
    """Bounds on ``PairScorer.claim_score`` from the soft overlap, bounds on the features and
    the penalty factor."""
    soft_low = np.maximum(soft * (1 - SLACK) - SLACK, 0.0)
    soft_high = np.where(soft > 0, soft * (1 + SLACK) + SLACK, 0.0)
    logit_low, logit_high = _logit_bounds(model, features)
    chance_low = np.maximum(_probability(logit_low) - ROUNDING, 0.0)
    chance_high = _probability(logit_high) + ROUNDING
    low = blend(soft_low, chance_low, factor) - ROUNDING
    high = blend(soft_high, chance_high, factor) + ROUNDING
    return np.where(soft > 0, np.maximum(low, 0.0), 0.0), np.where(soft > 0, high, 0.0)
