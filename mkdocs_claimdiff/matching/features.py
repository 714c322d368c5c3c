"""Evidence that two sentences make the same claim, as numbers a fitted model can weigh.

Each feature answers one question a careful reader asks: how much of the rare vocabulary do the
sentences share (against both, against the shorter), do they share it in the same order
(bigrams, trigrams, difflib), do their numbers, names or negations clash? The weights that
combine the features are fitted on the MSRP training set by ``benchmarks/fit_matcher.py`` and
shipped in ``data/matcher.json``.

Each feature is written once, in ``FEATURE_TABLE``: its exact value for one pair beside the
bounds that ``bounds`` gives it for many pairs at once, so that the two cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from .pairs import PairFacts, _dice, _ratio, pair_facts
from .sentences import LONG_SENTENCE, Floats, Rarity, Sentence


class PairArrays(NamedTuple):
    """``PairFacts`` of many pairs as arrays (``bounds``), with what bounds the rest: the
    difflib ratios and the rarest unshared word are not worked out for every pair."""

    shared: Floats
    left_mass: Floats
    right_mass: Floats
    smaller: Floats
    larger: Floats
    common: Floats
    union: Floats
    left_size: Floats
    right_size: Floats
    names: Floats
    name_union: Floats
    numbers: Floats
    number_union: Floats
    shorter: Floats
    longer: Floats
    smaller_share: Floats
    larger_share: Floats
    smallest_unshared_word: tuple[Floats, Floats]
    """Lower and upper bounds."""
    largest_unshared_word: tuple[Floats, Floats]
    has_numbers: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]
    """Whether each sentence of the pair states a number."""
    same_numbers: npt.NDArray[np.bool_]
    negated: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]
    word_dice: Floats
    bigram_dice: Floats
    trigram_dice: Floats
    character_trigram_dice: Floats
    most_sequence_ratio: Floats
    """An upper bound on ``_ratio`` of the pair's words."""
    most_character_ratio: Floats
    """An upper bound on ``_ratio`` of the pair's characters."""


Bound = tuple[Floats, Floats]


@dataclass(frozen=True)
class Feature:
    """One feature: its exact value for a pair, and bounds on it for many pairs at once.

    The two sit side by side so that a change to one is seen to need a change to the other:
    ``bounds`` prunes pairs by the bounds, and a bound that no longer holds would change the
    matches without a sign (tests/unit/test_bounds.py checks every feature's bound on a story)."""

    name: str
    exact: Callable[[PairFacts], float]
    bound: Callable[[PairArrays], Bound]


def share(part: Floats, whole: Floats) -> Floats:
    """``part / whole`` where ``whole`` is not 0, else 0, as the exact features compute it."""
    result: Floats = np.divide(part, whole, out=np.zeros_like(part), where=whole > 0)
    return result


def _known(values: Floats) -> Bound:
    """A feature computed exactly for many pairs: its own bounds."""
    return values, values


def _at_most(values: Floats) -> Bound:
    return np.zeros_like(values), values


FEATURE_TABLE = (
    Feature(
        "weighted_cosine",
        lambda p: (
            p.shared / math.sqrt(p.left_mass * p.right_mass)
            if p.left_mass and p.right_mass
            else 0.0
        ),
        lambda a: _known(share(a.shared, np.sqrt(a.left_mass * a.right_mass))),
    ),
    Feature(
        "weighted_containment",
        lambda p: p.shared / p.smaller if p.smaller else 0.0,
        lambda a: _known(share(a.shared, a.smaller)),
    ),
    Feature(
        "weighted_coverage",
        lambda p: p.shared / p.larger if p.larger else 0.0,
        lambda a: _known(share(a.shared, a.larger)),
    ),
    Feature(
        "content_jaccard",
        lambda p: p.common / p.union if p.union else 0.0,
        lambda a: _known(share(a.common, a.union)),
    ),
    Feature(
        "word_dice",
        lambda p: _dice(p.left.words, p.right.words),
        lambda a: _known(a.word_dice),
    ),
    Feature(
        "bigram_dice",
        lambda p: _dice(p.left.bigrams, p.right.bigrams),
        lambda a: _known(a.bigram_dice),
    ),
    Feature(
        "trigram_dice",
        lambda p: _dice(p.left.trigrams, p.right.trigrams),
        lambda a: _known(a.trigram_dice),
    ),
    Feature(
        "sequence_ratio",
        lambda p: _ratio(p.left.keys, p.right.keys),
        lambda a: _at_most(a.most_sequence_ratio),
    ),
    Feature(
        "character_ratio",
        lambda p: _ratio(p.left.letters, p.right.letters),
        lambda a: _at_most(a.most_character_ratio),
    ),
    Feature(
        "numbers_clash",
        lambda p: float(
            bool(p.left.numbers) and bool(p.right.numbers) and p.left.numbers != p.right.numbers
        ),
        lambda a: _known((a.has_numbers[0] & a.has_numbers[1] & ~a.same_numbers).astype(float)),
    ),
    Feature(
        "numbers_agree",
        lambda p: float(bool(p.left.numbers) and p.left.numbers == p.right.numbers),
        lambda a: _known((a.has_numbers[0] & a.same_numbers).astype(float)),
    ),
    Feature(
        "unmatched_names",
        lambda p: (p.name_union - p.names) / p.name_union if p.name_union else 0.0,
        lambda a: _known(share(a.name_union - a.names, a.name_union)),
    ),
    Feature(
        "negation_clash",
        lambda p: float(p.left.negated != p.right.negated),
        lambda a: _known((a.negated[0] != a.negated[1]).astype(float)),
    ),
    Feature(
        "length_gap",
        lambda p: (p.longer - p.shorter) / p.longer if p.longer else 0.0,
        lambda a: _known(share(a.longer - a.shorter, a.longer)),
    ),
    Feature(
        "largest_unshared_word",
        lambda p: p.largest_unshared_word,
        lambda a: a.largest_unshared_word,
    ),
    Feature(
        "smallest_unshared_word",
        lambda p: p.smallest_unshared_word,
        lambda a: a.smallest_unshared_word,
    ),
    Feature(
        "unshared_share",
        lambda p: (p.union - p.common) / p.union if p.union else 0.0,
        lambda a: _known(share(a.union - a.common, a.union)),
    ),
    Feature(
        "smaller_unshared_share",
        lambda p: p.smaller_share,
        lambda a: _known(a.smaller_share),
    ),
    Feature(
        "larger_unshared_share",
        lambda p: p.larger_share,
        lambda a: _known(a.larger_share),
    ),
    Feature(
        "character_trigram_dice",
        lambda p: _dice(p.left.trigrams_of_characters, p.right.trigrams_of_characters),
        lambda a: _known(a.character_trigram_dice),
    ),
    Feature(
        "numbers_unshared",
        lambda p: (p.number_union - p.numbers) / p.number_union if p.number_union else 0.0,
        lambda a: _known(share(a.number_union - a.numbers, a.number_union)),
    ),
    Feature(
        "shorter_length",
        lambda p: min(p.shorter, LONG_SENTENCE) / LONG_SENTENCE,
        lambda a: _known(np.minimum(a.shorter, LONG_SENTENCE) / LONG_SENTENCE),
    ),
)
"""The features of a pair, in the order the model's coefficients follow."""

FEATURES = tuple(feature.name for feature in FEATURE_TABLE)

_EXACT = tuple(feature.exact for feature in FEATURE_TABLE)


def features(left: Sentence, right: Sentence, rarity: Rarity) -> list[float]:
    """The feature vector of a pair, in the order of ``FEATURES``; symmetric in its arguments."""
    facts = pair_facts(left, right, rarity)
    return [exact(facts) for exact in _EXACT]
