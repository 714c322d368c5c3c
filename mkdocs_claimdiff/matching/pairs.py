"""What two sentences share, pair by pair: the facts every feature of the claim score is
computed from."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from cydifflib import SequenceMatcher

from .sentences import Rarity, Sentence, related_token

RELATED_WORD_CREDIT = 0.8
"""How much of a word's weight a related (not identical) word earns in the soft overlap."""


def _dice(left: frozenset[object], right: frozenset[object]) -> float:
    if not left and not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


class PairFacts(NamedTuple):
    """What several features of one pair are made of, worked out once per pair."""

    left: Sentence
    right: Sentence
    shared: float
    """Rarity mass of the content words both sentences use."""
    left_mass: float
    right_mass: float
    smaller: float
    larger: float
    common: int
    """Content words both use."""
    union: int
    """Content words either uses."""
    left_size: int
    right_size: int
    names: int
    """Names both use."""
    name_union: int
    numbers: int
    """Numbers both use."""
    number_union: int
    shorter: int
    """Words of the shorter sentence."""
    longer: int
    smaller_share: float
    """Of the two sentences' content words, the smaller share the other lacks."""
    larger_share: float
    smallest_unshared_word: float
    """Of the two sentences, the lower weight (relative) of its rarest word the other lacks."""
    largest_unshared_word: float


def pair_facts(left: Sentence, right: Sentence, rarity: Rarity) -> PairFacts:
    common = left.content & right.content
    left_only, right_only = left.content - right.content, right.content - left.content
    left_mass, right_mass = rarity.mass(left.content), rarity.mass(right.content)
    smaller, larger = sorted((left_mass, right_mass))
    names = len(left.names & right.names)
    numbers = len(left.numbers & right.numbers)
    shorter, longer = sorted((len(left.keys), len(right.keys)))
    relative = rarity.relative_weights.__getitem__
    smallest_unshared_word, largest_unshared_word = sorted(
        (max(map(relative, left_only), default=0.0), max(map(relative, right_only), default=0.0))
    )
    smaller_share, larger_share = sorted(
        (
            len(left_only) / len(left.content) if left.content else 0.0,
            len(right_only) / len(right.content) if right.content else 0.0,
        )
    )
    return PairFacts(
        left=left,
        right=right,
        shared=rarity.mass(common),
        left_mass=left_mass,
        right_mass=right_mass,
        smaller=smaller,
        larger=larger,
        common=len(common),
        union=len(common) + len(left_only) + len(right_only),
        left_size=len(left.content),
        right_size=len(right.content),
        names=names,
        name_union=len(left.names) + len(right.names) - names,
        numbers=numbers,
        number_union=len(left.numbers) + len(right.numbers) - numbers,
        shorter=shorter,
        longer=longer,
        smaller_share=smaller_share,
        larger_share=larger_share,
        smallest_unshared_word=smallest_unshared_word,
        largest_unshared_word=largest_unshared_word,
    )


def soft_overlap(left: Sentence, right: Sentence, rarity: Rarity) -> float:
    """Rarity-weighted overlap in which a related word earns part of a word's weight.

    Measured against both sentences (cosine-like) and against the one it covers best
    (containment), then combined as their geometric mean: containment lets a short sentence
    match the long one that contains it, the cosine keeps one shared rare word from being enough.
    """
    left_got, left_total = _coverage(left, right, rarity)
    right_got, right_total = _coverage(right, left, rarity)
    if not left_got or not right_got:
        return 0.0
    cosine = (left_got + right_got) / 2 / math.sqrt(left_total * right_total)
    containment = max(left_got / left_total, right_got / right_total)
    return math.sqrt(cosine * containment)


def _coverage(sentence: Sentence, other: Sentence, rarity: Rarity) -> tuple[float, float]:
    weights = rarity.boosted_weights
    got = total = 0.0
    for key in sentence.content:
        weight = weights[key]
        total += weight
        if key in other.content:
            got += weight
        elif (token := related_token(key)) and token in other.prefixes:
            got += RELATED_WORD_CREDIT * weight
    return got, total


def _ratio(left: Sequence[object], right: Sequence[object]) -> float:
    """difflib's similarity, symmetric: its greedy matching depends on argument order.

    cydifflib is difflib's own algorithm compiled: the same ratios, about seven times faster on
    sentences, and these two calls are most of the cost of scoring a pair. Equal sequences
    (one wire sentence in two outlets) give the same ratio either way, so one call does.
    """
    forward = SequenceMatcher(None, left, right, autojunk=False).ratio()
    if left == right:
        return float(forward)
    return float(max(forward, SequenceMatcher(None, right, left, autojunk=False).ratio()))
