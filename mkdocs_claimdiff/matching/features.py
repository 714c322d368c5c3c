"""Evidence that two sentences make the same claim, as numbers a fitted model can weigh.

Each feature answers one question a careful reader asks: how much of the rare vocabulary do the
sentences share (against both, against the shorter), do they share it in the same order
(bigrams, trigrams, the longest common subsequence of words and of characters), do their
numbers, names or negations clash? The weights that combine the features are fitted on the MSRP
training set by ``benchmarks/fit_matcher.py`` and shipped in ``data/matcher.json``.

Each feature is written once, in ``FEATURE_TABLE``, as a function of ``PairArrays``: the facts
of many pairs at once. ``bounds`` fills those arrays with bounds where the exact value costs
more than a cheap bound (the subsequences, the rarest unshared word) to prune pairs, and with
exact values for the pairs that survive: the same function then gives each feature's bounds or
its value, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from .sentences import LONG_SENTENCE, Floats

Bound = tuple[Floats, Floats]
"""Lower and upper bounds of a value for many pairs (equal where the value is known)."""


class PairArrays(NamedTuple):
    """What the features of many pairs are made of, as arrays (``bounds``): the rarity mass and
    counts of what a pair shares, and bounds on the costlier facts, which are exact once the
    pairs have been settled (``bounds._settle``)."""

    shared: Floats
    """Rarity mass of the content words both sentences use."""
    left_mass: Floats
    right_mass: Floats
    smaller: Floats
    larger: Floats
    common: Floats
    """Content words both use."""
    union: Floats
    """Content words either uses."""
    left_size: Floats
    right_size: Floats
    names: Floats
    """Names both use."""
    name_union: Floats
    numbers: Floats
    """Numbers both use."""
    number_union: Floats
    shorter: Floats
    """Words of the shorter sentence."""
    longer: Floats
    smaller_share: Floats
    """Of the two sentences' content words, the smaller share the other lacks."""
    larger_share: Floats
    smallest_unshared_word: Bound
    """Of the two sentences, the lower weight (relative) of its rarest word the other lacks."""
    largest_unshared_word: Bound
    has_numbers: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]
    """Whether each sentence of the pair states a number."""
    same_numbers: npt.NDArray[np.bool_]
    negated: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]
    word_dice: Floats
    bigram_dice: Floats
    trigram_dice: Floats
    character_trigram_dice: Bound
    sequence_ratio: Bound
    """``2 L / (len + len)`` of the pair's words, L their longest common subsequence (1 where
    both are empty): rapidfuzz's Indel similarity, symmetric, difflib's ratio without its
    greedy matching and about a hundred times faster."""
    character_ratio: Bound
    """The same of the pair's characters."""


@dataclass(frozen=True)
class Feature:
    """One feature: its value of a pair as a function of ``PairArrays``, bounds on it where
    the arrays hold bounds (tests/unit/test_bounds.py checks every feature's bound on a
    story against its value)."""

    name: str
    value: Callable[[PairArrays], Bound]


def share(part: Floats, whole: Floats) -> Floats:
    """``part / whole`` where ``whole`` is not 0, else 0."""
    result: Floats = np.divide(part, whole, out=np.zeros_like(part), where=whole > 0)
    return result


def _known(values: Floats) -> Bound:
    """A feature the arrays give exactly: its own bounds."""
    return values, values


FEATURE_TABLE = (
    Feature(
        "weighted_cosine",
        lambda a: _known(share(a.shared, np.sqrt(a.left_mass * a.right_mass))),
    ),
    Feature(
        "weighted_containment",
        lambda a: _known(share(a.shared, a.smaller)),
    ),
    Feature(
        "weighted_coverage",
        lambda a: _known(share(a.shared, a.larger)),
    ),
    Feature(
        "content_jaccard",
        lambda a: _known(share(a.common, a.union)),
    ),
    Feature(
        "word_dice",
        lambda a: _known(a.word_dice),
    ),
    Feature(
        "bigram_dice",
        lambda a: _known(a.bigram_dice),
    ),
    Feature(
        "trigram_dice",
        lambda a: _known(a.trigram_dice),
    ),
    Feature(
        "sequence_ratio",
        lambda a: a.sequence_ratio,
    ),
    Feature(
        "character_ratio",
        lambda a: a.character_ratio,
    ),
    Feature(
        "numbers_clash",
        lambda a: _known((a.has_numbers[0] & a.has_numbers[1] & ~a.same_numbers).astype(float)),
    ),
    Feature(
        "numbers_agree",
        lambda a: _known((a.has_numbers[0] & a.same_numbers).astype(float)),
    ),
    Feature(
        "unmatched_names",
        lambda a: _known(share(a.name_union - a.names, a.name_union)),
    ),
    Feature(
        "negation_clash",
        lambda a: _known((a.negated[0] != a.negated[1]).astype(float)),
    ),
    Feature(
        "length_gap",
        lambda a: _known(share(a.longer - a.shorter, a.longer)),
    ),
    Feature(
        "largest_unshared_word",
        lambda a: a.largest_unshared_word,
    ),
    Feature(
        "smallest_unshared_word",
        lambda a: a.smallest_unshared_word,
    ),
    Feature(
        "unshared_share",
        lambda a: _known(share(a.union - a.common, a.union)),
    ),
    Feature(
        "smaller_unshared_share",
        lambda a: _known(a.smaller_share),
    ),
    Feature(
        "larger_unshared_share",
        lambda a: _known(a.larger_share),
    ),
    Feature(
        "character_trigram_dice",
        lambda a: a.character_trigram_dice,
    ),
    Feature(
        "numbers_unshared",
        lambda a: _known(share(a.number_union - a.numbers, a.number_union)),
    ),
    Feature(
        "shorter_length",
        lambda a: _known(np.minimum(a.shorter, LONG_SENTENCE) / LONG_SENTENCE),
    ),
)
"""The features of a pair, in the order the model's coefficients follow."""

FEATURES = tuple(feature.name for feature in FEATURE_TABLE)


def feature_bounds(arrays: PairArrays) -> list[Bound]:
    """Bounds on each feature, in the order of ``FEATURES``."""
    return [feature.value(arrays) for feature in FEATURE_TABLE]


def feature_matrix(arrays: PairArrays) -> Floats:
    """The features of pairs whose arrays are exact (``bounds._settle``): one row a pair, one
    column a feature in the order of ``FEATURES``."""
    return np.column_stack([low for low, _ in feature_bounds(arrays)])
