"""The shortcuts that make comparing a story fast give what the plain computations give."""

from __future__ import annotations

import difflib
import itertools
import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_claimdiff.matching import align
from mkdocs_claimdiff.matching.bounds import _indel_ratio
from mkdocs_claimdiff.matching.pairs import _ratio
from mkdocs_claimdiff.matching.prepared import _as_strings
from mkdocs_claimdiff.matching.sentences import Rarity, prepare_all
from mkdocs_claimdiff.matching.sparse import _incidence, _unary
from mkdocs_claimdiff.normalise import Normaliser
from mkdocs_claimdiff.options import AlignOptions

from ..conftest import demo_comparison

SENTENCES = [
    "The navy seized the pirates.",
    "Pirates seized a tanker; the navy gave chase.",
    "The navy seized the pirates.",
    "Somali pirates seized the tanker and fled in 2009.",
    "",
]


def stdlib_ratio(left: Sequence[str], right: Sequence[str]) -> float:
    return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio()


@pytest.mark.parametrize(("left", "right"), list(itertools.combinations(SENTENCES, 2)))
def test_the_ratio_is_difflibs_best_of_both_directions(left: str, right: str) -> None:
    first, second = prepare_all([left, right], Normaliser())
    letters = max(stdlib_ratio(first.text, second.text), stdlib_ratio(second.text, first.text))
    words = max(stdlib_ratio(first.keys, second.keys), stdlib_ratio(second.keys, first.keys))
    assert _ratio(first.letters, second.letters) == _ratio(second.letters, first.letters) == letters
    assert _ratio(first.keys, second.keys) == _ratio(second.keys, first.keys) == words


def test_some_sentences_score_differently_in_each_direction() -> None:
    """Without such a pair, the test above could not tell one direction from both."""
    left, right = SENTENCES[0].lower(), SENTENCES[1].lower()
    assert stdlib_ratio(left, right) < stdlib_ratio(right, left) == _ratio(left, right)
    assert _ratio(left, right) == _ratio(tuple(left), tuple(right))


def test_word_weights_are_the_inverse_document_frequency_of_the_sentences() -> None:
    sentences = prepare_all(SENTENCES, Normaliser())
    rarity = Rarity(sentences)
    count = len(SENTENCES)
    pirat, navy, tanker, year = "pirat", "navi", "tanker", "2009"
    assert rarity.weights[pirat] == math.log((count + 1) / 4)
    assert rarity.weights[navy] == math.log((count + 1) / 3)
    assert rarity.weights[tanker] == rarity.weights[year] == math.log((count + 1) / 2)
    assert rarity.weights["never-seen"] == math.log((count + 1) / 2)
    assert rarity.largest == math.log((count + 1) / 2)
    assert rarity.relative_weights[navy] == rarity.weights[navy] / rarity.largest
    assert rarity.boosted_weights[year] == 2 * rarity.weights[year]
    assert rarity.boosted_weights[navy] == rarity.weights[navy]
    assert rarity.mass(frozenset({pirat, navy})) == rarity.weights[pirat] + rarity.weights[navy]


def test_the_letter_matrix_counts_the_letters_two_sentences_share() -> None:
    texts = ["banana", "bandana", "", "nab", "aaa"]
    shared = (_unary(texts) @ _unary(texts).T).toarray()
    for (i, left), (j, right) in itertools.product(enumerate(texts), repeat=2):
        assert shared[i, j] == sum((Counter(left) & Counter(right)).values())


@given(st.lists(st.lists(st.sampled_from("ab cd e"), max_size=12), min_size=2, max_size=6))
def test_the_subsequence_bound_is_at_least_difflibs_ratio_either_way(
    sequences: list[list[str]],
) -> None:
    """The bound on the word and character ratios: never under what difflib finds."""
    texts = _as_strings(sequences)
    lengths = np.array([len(keys) for keys in sequences], dtype=float)
    pairs = list(itertools.product(range(len(sequences)), repeat=2))
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    bound = _indel_ratio(texts, lengths, left, right)
    for (i, j), most in zip(pairs, bound, strict=True):
        assert len(texts[i]) == len(sequences[i])
        assert _ratio(sequences[i], sequences[j]) <= most
    assert bound[0] == 1.0


def test_matrices_that_share_numbering_share_columns() -> None:
    ids: dict[str, int] = {}
    first = _incidence([["navy", "ship"], ["ship"]], ids)
    second = _incidence([["pirates", "navy"]], ids)
    assert ids == {"navy": 0, "ship": 1, "pirates": 2}
    assert first.toarray().tolist() == [[1, 1], [0, 1]]
    assert second.toarray().tolist() == [[1, 0, 1]]


def test_highlights_are_those_of_the_standard_difflib(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = demo_comparison()
    monkeypatch.setattr(align, "SequenceMatcher", difflib.SequenceMatcher)
    claims = tuple(entry.claims for entry in fast.articles)
    plain = align.compare(fast.story, claims, AlignOptions.create())
    assert plain.highlights == fast.highlights
    assert any(fast.highlights.values())
