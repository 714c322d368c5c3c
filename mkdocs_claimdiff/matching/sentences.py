"""A sentence as matching sees it (its words, keys, names, numbers and weights), prepared once
per sentence of a story, and the rarity of words across the story."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import numpy as np
import numpy.typing as npt

from ..differences.nationalities import NATIONALITY_STARTS, Nationality, read_nationalities
from ..normalise import (
    DENIALS_ABROAD,
    NEGATION_WORDS,
    RELATED_WORD_GROUPS,
    Normaliser,
    Token,
    denies,
)


def _denies_abroad(text: str, tokens: Sequence[Token]) -> bool:
    """A word of another language that denies (``DENIALS_ABROAD``, ``denies``), in lower case:
    matching does not know the sentence's language, and a capital "Nie" opening an English
    sentence is a name (helper-168's review)."""
    return any(
        token.word in DENIALS_ABROAD and denies(text, tokens, place, capital=False)
        for place, token in enumerate(tokens)
    )


def is_number(key: str) -> bool:
    """A key that starts with a decimal digit (any script's, as a pattern's ``\\d``)."""
    return key[:1].isdecimal()


PREFIX = 4
"""Words whose stems share this many first letters are related ("piracy"/"pirates"), unless
``RELATED_WORD_GROUPS`` places them in a group."""

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
    tokens: tuple[Token, ...]
    keys: tuple[str, ...]
    words: frozenset[str]
    """The distinct keys, kept so that scoring a pair does not rebuild them."""
    content: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    negated: bool
    prefixes: frozenset[str]
    name_pairs: frozenset[tuple[str, str]]
    nationals: tuple[Nationality, ...] = ()
    """The people it names by nationality (``read_nationalities``), set against the other
    sentence's by ``nationality_clash``."""


def prepare(text: str, tokens: Sequence[Token]) -> Sentence:
    keys = tuple([token.key for token in tokens])
    content = frozenset([token.key for token in tokens if token.content])
    capitalised = _capitalised(text, tokens)
    lower = text.lower()
    words = [token.word for token in tokens]
    distinct = frozenset(keys)
    after_capital = {position + 1 for position in capitalised}
    return Sentence(
        text=lower,
        tokens=tuple(tokens),
        keys=keys,
        words=distinct,
        content=content,
        # Looked for among the distinct keys, not each word (a story has a hundred thousand).
        numbers=frozenset([key for key in distinct if is_number(key)]),
        names=frozenset(
            [
                tokens[position].key
                for position in capitalised
                if position and tokens[position].content
            ]
        ),
        # A word ends with "n't" only where the lower-cased text has it: most claims have none,
        # and are not read word by word for it.
        negated=not NEGATION_WORDS.isdisjoint(words)
        or ("n't" in lower and any(word.endswith("n't") for word in words))
        or (not DENIALS_ABROAD.isdisjoint(words) and _denies_abroad(text, tokens)),
        prefixes=frozenset([token for key in content if (token := related_token(key))]),
        name_pairs=frozenset(
            [
                (tokens[position - 1].key, tokens[position].key)
                for position in capitalised
                if position in after_capital
            ]
        ),
        # Read only where a capitalised word may open a nationality: most sentences name none.
        nationals=read_nationalities(text)
        if any(words[position] in NATIONALITY_STARTS for position in capitalised)
        else (),
    )


UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _capitalised(text: str, tokens: Sequence[Token]) -> list[int]:
    """The places of the words that start with an ASCII capital and a lower-case ASCII letter
    ("Obama", not "US" or "É"): read in place, without slicing the word out or a regex."""
    return [
        place
        for place, token in enumerate(tokens)
        if token.end - token.start > 1
        and text[token.start] in UPPER
        and text[token.start + 1] in LOWER
    ]


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


class Rarity:
    """Inverse document frequency of keys over a set of sentences (a story, or a pairs file)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._total = len(sentences)
        self._frequency: Counter[str] = Counter(key for s in sentences for key in s.content)
        self.largest = self._weight(2) or 1.0
        """The weight of the rarest possible key, to make weights comparable across corpora."""

    def _weight(self, uses: int) -> float:
        # A key only one sentence uses can never be shared; rarer than "rare" adds no evidence,
        # so it weighs as much as a key two sentences share and does not swamp the overlap.
        return math.log((self._total + 1) / max(uses, 2))

    def of(self, keys: Sequence[str]) -> Floats:
        """The weights of ``keys``: one logarithm for each number of sentences that use a key (a
        few dozen), not one a key (a story has tens of thousands)."""
        uses = np.fromiter(map(self._frequency.__getitem__, keys), np.int64, len(keys))
        distinct, where = np.unique(uses, return_inverse=True)
        weights: Floats = np.array([self._weight(n) for n in distinct.tolist()], dtype=float)
        return weights[where.ravel()]


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


_WORD = attrgetter("word")


def prepare_all(
    texts: Sequence[str], normaliser: Normaliser, set_aside: Sequence[frozenset[str]] = ()
) -> list[Sentence]:
    """Tokenise sentences together, so compounds are joined across them.

    ``set_aside`` gives, per sentence, words that are not evidence (the source a claim cites:
    "Reuters said" must not make two claims alike).
    """
    tokenised = [normaliser.tokens(text) for text in texts]
    for index, words in enumerate(set_aside):
        if words.isdisjoint(map(_WORD, tokenised[index])):
            continue  # nothing to set aside (most claims): not rebuilt word by word
        tokenised[index] = tuple(
            token._replace(content=False) if token.word in words else token
            for token in tokenised[index]
        )
    tokens = normaliser.join_compounds(tokenised)
    return [prepare(text, found) for text, found in zip(texts, tokens, strict=True)]
