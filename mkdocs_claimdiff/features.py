"""Evidence that two sentences make the same claim, as numbers a fitted model can weigh.

Each feature answers one question a careful reader asks: how much of the rare vocabulary do the
sentences share (against both, against the shorter), do they share it in the same order
(bigrams, trigrams, difflib), do their numbers, names or negations clash? The weights that
combine the features are fitted on the MSRP training set by ``benchmarks/fit_matcher.py`` and
shipped in ``data/matcher.json``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from cydifflib import SequenceMatcher

from .normalise import RELATED_WORD_GROUPS, Normaliser, Token

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

FEATURES = (
    "weighted_cosine",
    "weighted_containment",
    "weighted_coverage",
    "content_jaccard",
    "word_dice",
    "bigram_dice",
    "trigram_dice",
    "sequence_ratio",
    "character_ratio",
    "numbers_clash",
    "numbers_agree",
    "unmatched_names",
    "negation_clash",
    "length_gap",
    "largest_unshared_word",
    "smallest_unshared_word",
    "unshared_share",
    "smaller_unshared_share",
    "larger_unshared_share",
    "character_trigram_dice",
    "numbers_unshared",
    "shorter_length",
)


@dataclass(frozen=True)
class Sentence:
    """What the features need of one sentence, computed once per sentence."""

    text: str
    tokens: tuple[Token, ...]
    keys: tuple[str, ...]
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
    names = frozenset(
        token.key
        for position, token in enumerate(tokens)
        if position > 0 and CAPITALISED.match(text[token.start : token.end]) and token.content
    )
    return Sentence(
        text=text.lower(),
        tokens=tuple(tokens),
        keys=keys,
        content=content,
        bigrams=frozenset(pairwise(keys)),
        trigrams=frozenset(zip(keys, keys[1:], keys[2:], strict=False)),
        numbers=frozenset(key for key in keys if NUMBER.match(key)),
        names=names,
        negated=any(token.word in NEGATIONS or token.word.endswith("n't") for token in tokens),
        trigrams_of_characters=_character_trigrams(text.lower()),
        prefixes=frozenset(token for key in content if (token := related_token(key))),
        dates=frozenset(t.word for t in tokens if t.word in DATE_WORDS or YEAR.match(t.word)),
        name_pairs=frozenset(
            (first.key, second.key)
            for first, second in pairwise(tokens)
            if _capitalised(text, first) and _capitalised(text, second)
        ),
    )


def _capitalised(text: str, token: Token) -> bool:
    return bool(CAPITALISED.match(text[token.start : token.end]))


def name_clash(left: Sentence, right: Sentence) -> bool:
    """Two names that start alike and end differently: "Minister Sergei Lavrov" against
    "Minister Sergei Ryabkov". Sentences that share most words but name different people or
    places usually make different claims."""
    ends: dict[str, set[str]] = {}
    for first, second in left.name_pairs:
        ends.setdefault(first, set()).add(second)
    return any(
        first in ends
        and second not in ends[first]
        and (first, second) not in left.name_pairs
        and not any((first, other) in right.name_pairs for other in ends[first])
        for first, second in right.name_pairs
    )


def _character_trigrams(text: str) -> frozenset[str]:
    padded = f" {text} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


class Rarity:
    """Inverse document frequency of keys over a set of sentences (a story, or a pairs file)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._total = len(sentences)
        self._frequency: Counter[str] = Counter(key for s in sentences for key in s.content)

    def weight(self, key: str) -> float:
        # A key only one sentence uses can never be shared; rarer than "rare" adds no evidence,
        # so it weighs as much as a key two sentences share and does not swamp the overlap.
        return math.log((self._total + 1) / max(self._frequency[key], 2))

    @property
    def largest(self) -> float:
        """The weight of the rarest possible key, to make weights comparable across corpora."""
        return math.log((self._total + 1) / 2) or 1.0

    def mass(self, keys: frozenset[str]) -> float:
        return sum(self.weight(key) for key in keys)


def _dice(left: frozenset[object], right: frozenset[object]) -> float:
    if not left and not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def features(left: Sentence, right: Sentence, rarity: Rarity) -> list[float]:
    """The feature vector of a pair, in the order of ``FEATURES``; symmetric in its arguments."""
    shared = rarity.mass(left.content & right.content)
    left_mass, right_mass = rarity.mass(left.content), rarity.mass(right.content)
    smaller, larger = sorted((left_mass, right_mass))
    union = left.content | right.content
    names = left.names | right.names
    lengths = sorted((len(left.keys), len(right.keys)))
    unshared = sorted(
        (
            [rarity.weight(key) / rarity.largest for key in left.content - right.content],
            [rarity.weight(key) / rarity.largest for key in right.content - left.content],
        ),
        key=lambda weights: (max(weights, default=0.0), len(weights)),
    )
    shares = sorted(
        (
            len(left.content - right.content) / len(left.content) if left.content else 0.0,
            len(right.content - left.content) / len(right.content) if right.content else 0.0,
        )
    )
    numbers = left.numbers | right.numbers
    return [
        shared / math.sqrt(left_mass * right_mass) if left_mass and right_mass else 0.0,
        shared / smaller if smaller else 0.0,
        shared / larger if larger else 0.0,
        len(left.content & right.content) / len(union) if union else 0.0,
        _dice(frozenset(left.keys), frozenset(right.keys)),
        _dice(left.bigrams, right.bigrams),
        _dice(left.trigrams, right.trigrams),
        _ratio(left.keys, right.keys),
        _ratio(left.text, right.text),
        float(bool(left.numbers) and bool(right.numbers) and left.numbers != right.numbers),
        float(bool(left.numbers) and left.numbers == right.numbers),
        len(names - (left.names & right.names)) / len(names) if names else 0.0,
        float(left.negated != right.negated),
        (lengths[1] - lengths[0]) / lengths[1] if lengths[1] else 0.0,
        max(unshared[1], default=0.0),
        max(unshared[0], default=0.0),
        len(union - (left.content & right.content)) / len(union) if union else 0.0,
        shares[0],
        shares[1],
        _dice(left.trigrams_of_characters, right.trigrams_of_characters),
        len(left.numbers ^ right.numbers) / len(numbers) if numbers else 0.0,
        min(lengths[0], LONG_SENTENCE) / LONG_SENTENCE,
    ]


@lru_cache(maxsize=1)
def _related_groups() -> dict[str, str]:
    """Key of each word of ``RELATED_WORD_GROUPS`` -> its group's token ("=" + first word)."""
    normaliser = Normaliser()
    return {
        normaliser.key(word): "=" + group.split()[0]
        for group in RELATED_WORD_GROUPS
        for word in group.split()
    }


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
    got = total = 0.0
    for key in sentence.content:
        weight = rarity.weight(key) * (NUMBER_BOOST if NUMBER.match(key) else 1.0)
        total += weight
        if key in other.content:
            got += weight
        elif (token := related_token(key)) and token in other.prefixes:
            got += RELATED_WORD_CREDIT * weight
    return got, total


def _ratio(left: Sequence[object], right: Sequence[object]) -> float:
    """difflib's similarity, symmetric: its greedy matching depends on argument order.

    cydifflib is difflib's own algorithm compiled: the same ratios, about seven times faster on
    sentences, and these two calls are most of the cost of scoring a pair.
    """
    return float(
        max(
            SequenceMatcher(None, left, right, autojunk=False).ratio(),
            SequenceMatcher(None, right, left, autojunk=False).ratio(),
        )
    )


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
