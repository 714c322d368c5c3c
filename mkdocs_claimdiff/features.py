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
from collections.abc import Callable, Mapping, Sequence
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


def features(left: Sentence, right: Sentence, rarity: Rarity) -> list[float]:
    """The feature vector of a pair, in the order of ``FEATURES``; symmetric in its arguments."""
    common = left.content & right.content
    left_only, right_only = left.content - right.content, right.content - left.content
    shared = rarity.mass(common)
    left_mass, right_mass = rarity.mass(left.content), rarity.mass(right.content)
    smaller, larger = sorted((left_mass, right_mass))
    union = len(common) + len(left_only) + len(right_only)
    names = len(left.names | right.names)
    lengths = sorted((len(left.keys), len(right.keys)))
    relative = rarity.relative_weights.__getitem__
    # Per sentence, the rarest word it has and the other lacks; the two sorted by weight.
    smallest_unshared_word, largest_unshared_word = sorted(
        (max(map(relative, left_only), default=0.0), max(map(relative, right_only), default=0.0))
    )
    shares = sorted(
        (
            len(left_only) / len(left.content) if left.content else 0.0,
            len(right_only) / len(right.content) if right.content else 0.0,
        )
    )
    numbers = left.numbers | right.numbers
    return [
        shared / math.sqrt(left_mass * right_mass) if left_mass and right_mass else 0.0,
        shared / smaller if smaller else 0.0,
        shared / larger if larger else 0.0,
        len(common) / union if union else 0.0,
        _dice(left.words, right.words),
        _dice(left.bigrams, right.bigrams),
        _dice(left.trigrams, right.trigrams),
        _ratio(left.keys, right.keys),
        _ratio(left.letters, right.letters),
        float(bool(left.numbers) and bool(right.numbers) and left.numbers != right.numbers),
        float(bool(left.numbers) and left.numbers == right.numbers),
        len(left.names ^ right.names) / names if names else 0.0,
        float(left.negated != right.negated),
        (lengths[1] - lengths[0]) / lengths[1] if lengths[1] else 0.0,
        largest_unshared_word,
        smallest_unshared_word,
        (len(left_only) + len(right_only)) / union if union else 0.0,
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
