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
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from cydifflib import SequenceMatcher

from ..normalise import RELATED_WORD_GROUPS, Normaliser, Token

NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "none", "nobody", "nothing", "neither"})
CAPITALISED = re.compile(r"^[A-Z][a-z]")
NUMBER = re.compile(r"^\d")
YEAR = re.compile(r"^(?:19|20)\d\d$")
DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
PREFIX = 4
"""Words whose stems share this many first letters are related ("piracy"/"pirates"), unless
``RELATED_WORD_GROUPS`` places them in a group."""
RELATED_WORD_CREDIT = 0.8
"""How much of a word's weight a related (not identical) word earns in the soft overlap."""
NUMBER_BOOST = 2.0
"""Numbers and years count double in the soft overlap: within a story, two sentences that give
the same figure or year usually state the same fact."""
LONG_SENTENCE = 40
"""Words from which a sentence counts as long: every feature stays within 0..1, so the fitted
model never extrapolates to the long, unrelated sentence pairs of a story."""

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Sentence:
    """What the features need of one sentence, computed once per sentence."""

    text: str
    letters: tuple[str, ...]
    """The characters of ``text``: difflib matches a tuple about 15% faster than a string."""
    tokens: tuple[Token, ...]
    keys: tuple[str, ...]
    words: frozenset[str]
    """The distinct keys, kept so that scoring a pair does not rebuild them."""
    content: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    trigrams: frozenset[tuple[str, str, str]]
    numbers: frozenset[str]
    names: frozenset[str]
    negated: bool
    trigrams_of_characters: frozenset[str]
    prefixes: frozenset[str]
    name_pairs: frozenset[tuple[str, str]]
    dates: frozenset[str]


def prepare(text: str, tokens: Sequence[Token]) -> Sentence:
    keys = tuple(token.key for token in tokens)
    content = frozenset(token.key for token in tokens if token.content)
    capitalised = [bool(CAPITALISED.match(text[token.start : token.end])) for token in tokens]
    names = frozenset(
        token.key
        for position, token in enumerate(tokens)
        if position > 0 and capitalised[position] and token.content
    )
    lower = text.lower()
    return Sentence(
        text=lower,
        letters=tuple(lower),
        tokens=tuple(tokens),
        keys=keys,
        words=frozenset(keys),
        content=content,
        bigrams=frozenset(pairwise(keys)),
        trigrams=frozenset(zip(keys, keys[1:], keys[2:], strict=False)),
        numbers=frozenset(key for key in keys if NUMBER.match(key)),
        names=names,
        negated=any(token.word in NEGATIONS or token.word.endswith("n't") for token in tokens),
        trigrams_of_characters=_character_trigrams(lower),
        prefixes=frozenset(token for key in content if (token := related_token(key))),
        dates=frozenset(t.word for t in tokens if t.word in DATE_WORDS or YEAR.match(t.word)),
        name_pairs=frozenset(
            (tokens[position - 1].key, tokens[position].key)
            for position in range(1, len(tokens))
            if capitalised[position - 1] and capitalised[position]
        ),
    )


def name_clash(left: Sentence, right: Sentence) -> bool:
    """Two names that start alike and end differently: "Minister Sergei Lavrov" against
    "Minister Sergei Ryabkov". Sentences that share most words but name different people or
    places usually make different claims.

    Only when neither sentence says the other's ending anywhere: "President Barack Obama" and
    "President Obama" name one man, and a title-case headline ("President Nominates Regina
    Benjamin") capitalises words the other sentence also uses."""
    ends: dict[str, set[str]] = {}
    for first, second in left.name_pairs:
        ends.setdefault(first, set()).add(second)
    return any(
        first in ends and second not in left.words and ends[first].isdisjoint(right.words)
        for first, second in right.name_pairs
    )


def _character_trigrams(text: str) -> frozenset[str]:
    padded = f" {text} "
    return frozenset([padded[i : i + 3] for i in range(len(padded) - 2)])


class _PerKey(dict[str, float]):
    """A function of a key, worked out the first time a key is looked up: scoring the pairs
    of a story looks up the same few thousand keys millions of times."""

    def __init__(self, function: Callable[[str], float]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key: str) -> float:
        value = self[key] = self._function(key)
        return value


class Rarity:
    """Inverse document frequency of keys over a set of sentences (a story, or a pairs file)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        total = len(sentences)
        frequency: Counter[str] = Counter(key for s in sentences for key in s.content)
        # A key only one sentence uses can never be shared; rarer than "rare" adds no evidence,
        # so it weighs as much as a key two sentences share and does not swamp the overlap.
        weights = _PerKey(lambda key: math.log((total + 1) / max(frequency[key], 2)))
        largest = math.log((total + 1) / 2) or 1.0
        self.largest = largest
        """The weight of the rarest possible key, to make weights comparable across corpora."""
        self.weights: Mapping[str, float] = weights
        self.relative_weights: Mapping[str, float] = _PerKey(lambda key: weights[key] / largest)
        """Weights as a share of ``largest``."""
        self.boosted_weights: Mapping[str, float] = _PerKey(
            lambda key: weights[key] * (NUMBER_BOOST if NUMBER.match(key) else 1.0)
        )
        """Weights in the soft overlap, where numbers count ``NUMBER_BOOST`` times."""

    def mass(self, keys: frozenset[str]) -> float:
        return sum(map(self.weights.__getitem__, keys))


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


@lru_cache(maxsize=1)
def _related_groups() -> dict[str, str]:
    """Key of each word of ``RELATED_WORD_GROUPS`` -> its group's token ("=" + first word)."""
    normaliser = Normaliser()
    return {
        normaliser.key(word): "=" + group.split()[0]
        for group in RELATED_WORD_GROUPS
        for word in group.split()
    }


@lru_cache(maxsize=65536)
def related_token(key: str) -> str | None:
    """What a key shares with its related words: its group in ``RELATED_WORD_GROUPS``, else its
    first ``PREFIX`` letters ("piracy"/"pirates"); None for a short key in no group. One token
    per key, so a related word earns its credit once."""
    group = _related_groups().get(key)
    if group is not None:
        return group
    return key[:PREFIX] if len(key) >= PREFIX else None


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


def prepare_all(
    texts: Sequence[str], normaliser: Normaliser, set_aside: Sequence[frozenset[str]] = ()
) -> list[Sentence]:
    """Tokenise sentences together, so compounds are joined across them.

    ``set_aside`` gives, per sentence, words that are not evidence (the source a claim cites:
    "Reuters said" must not make two claims alike).
    """
    tokenised = [normaliser.tokens(text) for text in texts]
    for index, words in enumerate(set_aside):
        tokenised[index] = tuple(
            replace(token, content=False) if token.word in words else token
            for token in tokenised[index]
        )
    tokens = normaliser.join_compounds(tokenised)
    return [prepare(text, found) for text, found in zip(texts, tokens, strict=True)]
