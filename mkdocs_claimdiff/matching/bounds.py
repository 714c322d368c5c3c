"""Claim scores of the candidate pairs of a story, computed as arrays.

Every pair that shares a word or a word stem is ranked by its soft overlap, a claim keeps its
strongest partners (``candidates._candidates``), and those pairs get their features from sparse
matrix products, all pairs of a block at once. Two facts cost more than the rest: the longest
common subsequences of the pair's words and characters (rapidfuzz) and the rarest word either
sentence lacks. They are bounded first (the subsequence by the shorter sequence, the rarest
unshared word by each sentence's three rarest), which bounds each pair's score; the pairs whose
upper bound reaches the threshold, about two in five, get them exactly (``_settle``), and their
scores follow from the model in one matrix product. The bounds are widened by far more than any
rounding difference, so pruning never drops a pair whose score reaches the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist

from .candidates import _candidates, _chunks
from .features import Bound, PairArrays, _known, feature_bounds, feature_matrix, share
from .matcher import Model, blend, chance
from .overlap import (
    ROUNDING,
    SLACK,
    _penalty,
    _ratio,
    _soft_overlap,
    _unshared_weight,
    _unshared_weights,
)
from .prepared import Objects, _Pairs, _PreparedStory
from .sentences import Floats
from .sparse import Ints, Matrix, _row_sizes


@dataclass(frozen=True)
class Scores:
    """Pairs of sentences and their claim scores."""

    left: Ints
    right: Ints
    value: Floats


class Settled(NamedTuple):
    """What a claim score is made of, exactly, for many pairs."""

    soft: Floats
    """Soft overlap (``overlap._soft_overlap``)."""
    arrays: PairArrays
    """Exact: every bound in it is the value itself."""
    factor: Floats
    """Penalty factor (``overlap._penalty``)."""


def score_candidates(story: _PreparedStory, model: Model, keep_from: float) -> Scores:
    """Claim scores of the pairs of sentences of different groups that share a word or a stem
    (the pairs ``PairScorer.may_match`` lets through) whose score reaches ``keep_from`` and is
    above 0: any other pair can neither match nor change whether another one does. Of a claim
    with more than ``CANDIDATES_PER_CLAIM`` such partners only the strongest are kept
    (``_candidates``), so that big stories and long articles cost time in proportion to their
    claims."""
    left, right = _candidates(story, keep_from)
    parts = [
        _block(story, model, _Pairs(story, left[chunk], right[chunk]), keep_from)
        for chunk in _chunks(story, left)
    ]
    if not parts:
        return Scores(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))
    return Scores(
        np.concatenate([part.left for part in parts]),
        np.concatenate([part.right for part in parts]),
        np.concatenate([part.value for part in parts]),
    )


def settle(story: _PreparedStory, left: Ints, right: Ints) -> Settled:
    """What the claim scores of any pairs of the story's sentences are made of."""
    pairs = _Pairs(story, left, right)
    arrays = _settle(story, _pair_arrays(story, pairs), left, right, dense=pairs.dense)
    return Settled(_soft_overlap(story, pairs), arrays, _penalty(story, pairs))


def claim_scores(model: Model, settled: Settled) -> Floats:
    """How strongly each pair of claims of one story makes the same claim, from 0 to 1.

    Outlets reporting one event rarely paraphrase each other closely, so the paraphrase
    probability alone is too strict: it is blended with the story-weighted soft overlap,
    which counts what the two sentences share of the story's rarer words. A pair that shares
    none of them scores 0."""
    probability = model.probabilities(feature_matrix(settled.arrays))
    scores: Floats = np.where(
        settled.soft > 0, np.round(blend(settled.soft, probability, settled.factor), 4), 0.0
    )
    return scores


def _indel_ratio(texts: Objects, lengths: Floats, left: Ints, right: Ints) -> Floats:
    """``2 L / (len + len)`` for every pair, L the longest common subsequence (1 where both are
    empty, as in difflib), computed in integers (rapidfuzz's Indel distance is
    ``len + len - 2 L``) and divided once."""
    distance = cpdist(texts[left], texts[right], scorer=Indel.distance, dtype=np.int64)
    total = lengths[left] + lengths[right]
    ratio: Floats = np.divide(total - distance, total, out=np.ones(len(left)), where=total > 0)
    return ratio


def _pair_arrays(story: _PreparedStory, pairs: _Pairs) -> PairArrays:
    """What ``FEATURE_TABLE`` needs, for every candidate pair of a block: exact but for the
    rarest unshared words and, in a dense block, the subsequence ratios, else the letter
    trigrams' Dice coefficient, which are bounded (``_settle`` works them out)."""
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
        word_dice=_dice(pairs, story.words),
        bigram_dice=_dice(pairs, story.bigrams),
        trigram_dice=_dice(pairs, story.trigrams),
        character_trigram_dice=(
            # Worked out pair by pair, it costs as much as the rest of the pair together
            # (a hundred letter trigrams a sentence): bounded then, by the smaller set.
            _known(_dice(pairs, story.letter_trigrams))
            if pairs.dense
            else _shorter_dice(_row_sizes(story.letter_trigrams), left, right)
        ),
        # A common subsequence is at most the shorter sequence: a bound that costs nothing,
        # where a product over the block counting the words (characters) both use cost more
        # than finding the subsequences of the pairs it let through (rapidfuzz).
        sequence_ratio=(
            _shorter_bound(story.length, left, right)
            if pairs.dense
            else _known(_indel_ratio(story.worded, story.length, left, right))
        ),
        character_ratio=(
            _shorter_bound(story.text_length, left, right)
            if pairs.dense
            else _known(_indel_ratio(story.spelt, story.text_length, left, right))
        ),
    )


def _shorter_bound(lengths: Floats, left: Ints, right: Ints) -> Bound:
    """``_indel_ratio`` lies between 0 and ``2 min / (len + len)``: its subsequence is no longer
    than the shorter sequence (1 where both are empty, as the ratio is)."""
    shorter = np.minimum(lengths[left], lengths[right])
    total = lengths[left] + lengths[right]
    most: Floats = np.divide(2 * shorter, total, out=np.ones(len(left)), where=total > 0)
    return np.zeros_like(most), most


def _shorter_dice(sizes: Floats, left: Ints, right: Ints) -> Bound:
    """A Dice coefficient lies between 0 and ``2 min / (size + size)``: the sets share no more
    than the smaller has (0 where both are empty, as ``_ratio`` gives)."""
    most = _ratio(2 * np.minimum(sizes[left], sizes[right]), sizes[left], sizes[right])
    return np.zeros_like(most), most


def _dice(pairs: _Pairs, matrix: Matrix) -> Floats:
    """The Dice coefficient of each pair's sets (rows of ``matrix``)."""
    sizes = _row_sizes(matrix)
    return _ratio(2 * pairs.at(matrix), sizes[pairs.left], sizes[pairs.right])


def _subset(arrays: PairArrays, keep: Ints) -> PairArrays:
    """The arrays of the pairs ``keep`` lists."""
    return PairArrays._make(
        tuple(part[keep] for part in field) if isinstance(field, tuple) else field[keep]
        for field in arrays
    )


def _settle(
    story: _PreparedStory, arrays: PairArrays, left: Ints, right: Ints, dense: bool
) -> PairArrays:
    """The arrays of the pairs ``left``/``right`` made exact: the rarest unshared words and
    what ``_pair_arrays`` bounded of pairs read from whole blocks (``dense``: the subsequence
    ratios) or worked out one by one (the letter trigrams) worked out."""
    (smallest, smallest_high), (largest, largest_high) = (
        arrays.smallest_unshared_word,
        arrays.largest_unshared_word,
    )
    # Where both bounds are tight (most pairs: a claim's rarest word that its partner lacks
    # is among its three rarest) they are the values; the rest are worked out.
    loose = np.flatnonzero((smallest != smallest_high) | (largest != largest_high))
    own = _unshared_weights(story, left[loose], right[loose])
    other = _unshared_weights(story, right[loose], left[loose])
    smallest, largest = smallest.copy(), largest.copy()
    smallest[loose], largest[loose] = np.minimum(own, other), np.maximum(own, other)
    arrays = arrays._replace(
        smallest_unshared_word=_known(smallest), largest_unshared_word=_known(largest)
    )
    if not dense:
        letters = _dice(_Pairs(story, left, right), story.letter_trigrams)
        return arrays._replace(character_trigram_dice=_known(letters))
    return arrays._replace(
        sequence_ratio=_known(_indel_ratio(story.worded, story.length, left, right)),
        character_ratio=_known(_indel_ratio(story.spelt, story.text_length, left, right)),
    )


def _logit_ceiling(model: Model, features: list[Bound]) -> Floats:
    """The model's logit is a sum of ``c1 x + c2 x^2`` terms: each term's largest value over
    its feature's interval, at an end or at the parabola's vertex, bounds it."""
    count = len(features)
    high = np.full(len(features[0][0]), model.intercept)
    for index, (least, most) in enumerate(features):
        linear, square = model.coefficients[index], model.coefficients[index + count]
        term = np.maximum(*(linear * x + square * x * x for x in (least, most)))
        if square < 0:
            vertex = -linear / (2 * square)
            inside = (least < vertex) & (vertex < most)
            term = np.where(inside, linear * vertex + square * vertex * vertex, term)
        high += term
    return high + SLACK


def _block(story: _PreparedStory, model: Model, pairs: _Pairs, keep_from: float) -> Scores:
    soft = _soft_overlap(story, pairs)
    arrays = _pair_arrays(story, pairs)
    factor = _penalty(story, pairs)
    high = _score_ceiling(model, soft, feature_bounds(arrays), factor)
    keep = np.flatnonzero((high >= keep_from) & (high > 0))
    left, right = pairs.left[keep], pairs.right[keep]
    exact = _settle(story, _subset(arrays, keep), left, right, dense=pairs.dense)
    value = claim_scores(model, Settled(soft[keep], exact, factor[keep]))
    kept = (value >= keep_from) & (value > 0)
    return Scores(left[kept], right[kept], value[kept])


def _score_ceiling(model: Model, soft: Floats, features: list[Bound], factor: Floats) -> Floats:
    """An upper bound on ``claim_scores`` from the soft overlap, bounds on the features and the
    penalty factor."""
    soft_high = np.where(soft > 0, soft * (1 + SLACK) + SLACK, 0.0)
    chance_high = chance(_logit_ceiling(model, features)) + ROUNDING
    high: Floats = np.where(soft > 0, blend(soft_high, chance_high, factor) + ROUNDING, 0.0)
    return high
