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

from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist
from scipy import sparse

from .features import (
    FEATURE_TABLE,
    NUMBER,
    NUMBER_BOOST,
    RELATED_WORD_CREDIT,
    Bound,
    Floats,
    PairArrays,
    Rarity,
    Sentence,
    name_clash,
    related_token,
    share,
)
from .matcher import FRAGMENT_PENALTY, FRAGMENT_WORDS, NAME_CLASH_PENALTY, Model, blend

Ints = npt.NDArray[np.int64]
Item = TypeVar("Item", bound=Hashable)
Matrix = Any
"""A ``scipy.sparse`` CSR matrix (scipy ships no type hints)."""

CELLS_PER_BLOCK = 2_000_000
"""Sentence pairs bounded together (rows times columns): keeps memory flat on large stories."""
SLACK = 1e-7
"""Added to every bound: far above float rounding differences (about 1e-13 here), far below
the 1e-4 steps in which scores and probabilities are rounded."""
ROUNDING = 5e-5 + SLACK
"""Half a rounding step of a score or a probability, either way."""
TOP_KEYS = 3
"""Rarest words per sentence looked up when finding the rarest word a partner lacks."""
CANDIDATES_PER_CLAIM = 64
"""Partners a claim keeps at most, strongest first (``_candidates``). Chosen on the development
topics only, as the smallest of 16, 32, 64, 128 that leaves every match of their 16 stories as
it is without a cap (``benchmarks/caps.py``)."""
CANDIDATES_PER_ARTICLE = 12
"""Partners a claim keeps at most in any one other article, strongest first: the smallest of 4,
6, 8, 12 that leaves every match of the development stories as it is (``benchmarks/caps.py``)."""
DENSE_SHARE = 0.02
"""Share of a block's cells the pairs must fill for a whole-block product to be cheaper than
products worked out pair by pair."""


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
    story = _Story(sentences, rarity, groups)
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


def _rows_per_block(story: _Story) -> int:
    return max(1, CELLS_PER_BLOCK // max(len(story.sentences), 1))


def _most(story: _Story, left: Ints, right: Ints, soft: Floats) -> Floats:
    """An upper bound on the score of each pair from its soft overlap alone (the paraphrase
    probability at 1, no name clash), by which a claim's partners are ranked."""
    fragment = _fragment_factor(story, left, right)
    most: Floats = blend(soft * (1 + SLACK) + SLACK, np.ones_like(soft), fragment)
    return most


WEAKNESS_BITS = 22
"""Bits of the integer that orders a claim's partners, strongest first (``_weakness``)."""


def _weakness(bound: Floats) -> Ints:
    """Upper bounds (0 to a little over 1) as integers that sort the strongest first, in steps
    of 2^-20, far finer than the 1e-4 in which scores are rounded: one integer sort key with
    the claim (and article) in the bits above instead of a slower sort on several keys."""
    steps: Ints = np.rint(np.clip(bound, 0.0, 2.0) * 2**20).astype(np.int64)
    return (1 << WEAKNESS_BITS) - 1 - steps


def _ranks(runs: Ints) -> Ints:
    """The place of each value in its run of equal values (``runs`` sorted)."""
    ranks: Ints = np.arange(len(runs)) - np.searchsorted(runs, runs)
    return ranks


def _chunks(story: _Story, left: Ints) -> list[slice]:
    """Slices of the pairs (sorted by ``left``) whose left sentences fill one block of rows."""
    rows = _rows_per_block(story)
    edges = np.searchsorted(left, np.arange(0, len(story.sentences) + rows, rows))
    return [slice(int(a), int(b)) for a, b in pairwise(edges) if b > a]


def _candidates(story: _Story, keep_from: float) -> tuple[Ints, Ints]:
    """The pairs worth bounding, sorted by ``left`` then ``right``.

    Every pair that shares a word or a stem gets its soft overlap (exact, from sparse products
    whose size is the number of such pairs, never the square of the story) and from it an upper
    bound on its score with every other feature at its most favourable: a pair under
    ``keep_from`` there is dropped as ``score_bounds`` would drop it. Of what is left, a claim
    keeps its ``CANDIDATES_PER_ARTICLE`` strongest partners by that bound in each other article
    and of those its ``CANDIDATES_PER_CLAIM`` strongest, and a pair stays when it is among the
    strongest of either claim: so the pairs grow with the claims, not their square. The caps
    drop pairs of the ECB+ clusters too, but none that decides a match: the 407 articles get
    byte-identical matches with and without them."""
    count = len(story.sentences)
    kept_left, kept_right = [], []
    rows = _rows_per_block(story)
    for start in range(0, count, rows):
        # Both products have one entry for each pair that shares a word or a stem (weights
        # are above 0); ``credit`` and ``held`` have the same entries in the same order, so
        # the products come out in the same order too (sorted only should that ever fail).
        gets = story.credit[start : start + rows] @ story.held.T
        given = story.held[start : start + rows] @ story.credit.T
        if not (
            np.array_equal(gets.indptr, given.indptr)
            and np.array_equal(gets.indices, given.indices)
        ):
            gets.sort_indices()
            given.sort_indices()
        left = np.repeat(np.arange(start, start + gets.shape[0]), np.diff(gets.indptr))
        right = gets.indices.astype(np.int64)
        soft = _soft_from(story, left, right, gets.data, given.data)
        most = _most(story, left, right, soft)
        strong = (soft > 0) & (most + 2 * ROUNDING >= keep_from)
        strong &= story.groups[left] != story.groups[right]
        left, right, most = left[strong], right[strong], most[strong]
        # Strongest first within each claim (row) and article, CANDIDATES_PER_ARTICLE of each;
        # then strongest first within each claim, the first CANDIDATES_PER_CLAIM of them.
        weakness = _weakness(most)
        article = left * (int(story.groups.max()) + 1) + story.groups[right]
        order = np.argsort(article << WEAKNESS_BITS | weakness, kind="stable")
        chosen = order[_ranks(article[order]) < CANDIDATES_PER_ARTICLE]
        order = chosen[np.argsort(left[chosen] << WEAKNESS_BITS | weakness[chosen], kind="stable")]
        chosen = order[_ranks(left[order]) < CANDIDATES_PER_CLAIM]
        kept_left.append(left[chosen])
        kept_right.append(right[chosen])
    first = np.concatenate(kept_left or [np.empty(0, np.int64)])
    second = np.concatenate(kept_right or [np.empty(0, np.int64)])
    codes = np.sort(np.minimum(first, second) * count + np.maximum(first, second))
    once = np.ones(len(codes), dtype=bool)
    once[1:] = codes[1:] != codes[:-1]  # a pair both claims chose, once
    codes = codes[once]
    return codes // count, codes % count


def _incidence(items: Sequence[Collection[Item]], ids: dict[Item, int] | None = None) -> Matrix:
    """Sentence-by-item matrix; an item listed twice counts twice. ``ids`` numbers the items
    (filled in as new ones appear), so two matrices can share columns."""
    ids = {} if ids is None else ids
    rows, columns = _entries(items, ids)
    return _matrix(rows, columns, (len(items), max(len(ids), 1)))


def _entries(items: Sequence[Collection[Item]], ids: dict[Item, int]) -> tuple[Ints, Ints]:
    """The row and the column of every item listed, numbering new items in the order they first
    appear. Looked up in bulk, not item by item: a story's sentences list tens of thousands of
    letters and letter trigrams."""
    listed = list(chain.from_iterable(items))
    for item in dict.fromkeys(listed):
        ids.setdefault(item, len(ids))
    rows = np.repeat(np.arange(len(items), dtype=np.int64), [len(found) for found in items])
    columns = np.fromiter(map(ids.__getitem__, listed), dtype=np.int64, count=len(listed))
    return rows, columns


def _matrix(rows: Ints, columns: Ints, shape: tuple[int, int]) -> Matrix:
    return sparse.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)


def _unary(items: Sequence[Sequence[Hashable]]) -> Matrix:
    """Each item counted in unary ((item, 1), (item, 2), ...), so that the product of two rows
    is the size of the multiset intersection, as in difflib's ``quick_ratio``."""
    ids: dict[Hashable, int] = {}
    rows, columns = _entries(items, ids)
    # How often each item came earlier in its row: sort the entries by (row, item), keeping
    # their order, and count from the start of each run of equal entries.
    cell = rows * max(len(ids), 1) + columns
    order = np.argsort(cell, kind="stable")
    positions = np.arange(len(cell))
    starts = np.ones(len(cell), dtype=bool)
    starts[1:] = cell[order][1:] != cell[order][:-1]
    earlier = np.empty_like(cell)
    earlier[order] = positions - np.maximum.accumulate(np.where(starts, positions, 0))
    _, unary = np.unique(columns * (earlier.max(initial=0) + 1) + earlier, return_inverse=True)
    return _matrix(rows, unary, (len(items), max(int(unary.max(initial=0)) + 1, 1)))


def _sizes(matrix: Matrix) -> Floats:
    return np.asarray(matrix.sum(axis=1), dtype=float).ravel()


class _Story:
    """What the pair bounds need of a story's sentences, as arrays and sparse matrices."""

    def __init__(self, sentences: Sequence[Sentence], rarity: Rarity, groups: Sequence[int]):
        self.sentences = sentences
        self.groups = np.asarray(groups, dtype=np.int64)
        key_ids: dict[str, int] = {}
        self.content = _incidence([sorted(s.content) for s in sentences], key_ids)
        self.key_count = self.content.shape[1]
        keys = sorted(key_ids, key=key_ids.__getitem__)
        weight, boosted, long = (np.zeros(self.key_count) for _ in range(3))
        weight[: len(keys)] = [rarity.weights[key] for key in keys]
        long[: len(keys)] = [related_token(key) is not None for key in keys]
        boosted[: len(keys)] = [NUMBER_BOOST if NUMBER.match(key) else 1.0 for key in keys]
        boosted *= weight
        prefix_ids: dict[str, int] = {}
        self.prefixes = _incidence([sorted(s.prefixes) for s in sentences], prefix_ids)
        prefix_of = _incidence(
            [[token] if (token := related_token(key)) else [] for key in keys], prefix_ids
        )
        boosted_long = _scaled(self.content, boosted * long)
        # A sentence's word earns its full weight from a partner that uses it, and
        # RELATED_WORD_CREDIT of it from one that uses a related word instead; a word with a
        # related token earns only the difference for itself being used, since the partner
        # then has its token too. So one product of ``credit`` with ``held`` gives what a
        # sentence gets of a partner (``features._coverage``).
        self.credit = sparse.hstack(
            [
                _scaled(self.content, boosted) - RELATED_WORD_CREDIT * boosted_long,
                RELATED_WORD_CREDIT * (boosted_long[:, : len(keys)] @ prefix_of),
            ],
            format="csr",
        )
        self.credit.sort_indices()
        self.held = sparse.hstack([self.content, self.prefixes], format="csr")
        self.held.sort_indices()
        self.boosted = _scaled(self.content, boosted)
        self.weighted = _scaled(self.content, weight)
        self.total, self.mass = _sizes(self.boosted), _sizes(self.weighted)
        self.size = _sizes(self.content)
        self.words = _incidence([s.words for s in sentences])
        self.word_multiset = _unary([s.keys for s in sentences])
        self.letter_multiset = _unary([s.text for s in sentences])
        self.bigrams = _incidence([s.bigrams for s in sentences])
        self.trigrams = _incidence([s.trigrams for s in sentences])
        self.letter_trigrams = _incidence([s.trigrams_of_characters for s in sentences])
        self.names = _incidence([s.names for s in sentences])
        self.numbers = _incidence([s.numbers for s in sentences])
        self.name_starts = _incidence([{first for first, _ in s.name_pairs} for s in sentences])
        number_sets: dict[frozenset[str], int] = {}
        self.number_set = np.array(
            [number_sets.setdefault(s.numbers, len(number_sets)) for s in sentences]
        )
        self.negated = np.array([s.negated for s in sentences])
        self.length = np.array([len(s.keys) for s in sentences], dtype=float)
        self.text_length = np.array([len(s.text) for s in sentences], dtype=float)
        self.spelt = [s.text for s in sentences]
        self.worded = _as_strings([s.keys for s in sentences])
        self.top_keys, self.top_weights = _rarest(self.content, weight / rarity.largest)
        coo = self.content.tocoo()
        self.membership = np.sort(coo.row.astype(np.int64) * self.key_count + coo.col)


def _as_strings(sequences: Sequence[Sequence[str]]) -> list[str]:
    """Each sequence of keys as a string, one character a distinct key, for rapidfuzz."""
    codes: dict[str, str] = {}
    for key in chain.from_iterable(sequences):
        if key not in codes:
            number = len(codes)
            # Past the surrogates, which are not characters.
            codes[key] = chr(number if number < 0xD800 else number + 0x800)
    return ["".join(map(codes.__getitem__, keys)) for keys in sequences]


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


def _scaled(matrix: Matrix, column_weights: Floats) -> Matrix:
    return (matrix @ sparse.diags(column_weights)).tocsr()


def _rarest(content: Matrix, weight: Floats) -> tuple[Ints, Floats]:
    """Per sentence, its ``TOP_KEYS`` heaviest words (-1 where it has fewer) and their weights."""
    count = content.shape[0]
    keys = np.full((count, TOP_KEYS), -1, dtype=np.int64)
    weights = np.zeros((count, TOP_KEYS))
    for row in range(count):
        found = content.indices[content.indptr[row] : content.indptr[row + 1]]
        heaviest = found[np.argsort(-weight[found], kind="stable")][:TOP_KEYS]
        keys[row, : len(heaviest)] = heaviest
        weights[row, : len(heaviest)] = weight[heaviest]
    return keys, weights


class _Pairs:
    """Values of the story's matrix products at some pairs whose left sentences lie in one
    block of rows: read from the whole block's product where the pairs fill much of it (a
    story's claims mostly share a word), else worked out pair by pair in sparse arithmetic
    (a big story, where each claim keeps few partners)."""

    def __init__(self, story: _Story, left: Ints, right: Ints) -> None:
        self._story, self.left, self.right = story, left, right
        self._start = int(left.min(initial=0))
        self._stop = int(left.max(initial=-1)) + 1
        self.local = left - self._start
        cells = (self._stop - self._start) * len(story.sentences)
        self.dense = len(left) >= DENSE_SHARE * cells

    def at(self, first: Matrix, second: Matrix | None = None) -> Floats:
        """``first[left] . second[right]`` for every pair."""
        second = first if second is None else second
        if self.dense:
            dense = (first[self._start : self._stop] @ second.T).toarray()
            values: Floats = dense[self.local, self.right]
            return values
        return np.asarray(first[self.left].multiply(second[self.right]).sum(axis=1)).ravel()

    def swapped(self, first: Matrix, second: Matrix) -> Floats:
        """``first[right] . second[left]``: a product taken the other way round."""
        return self.at(second, first)


def _ratio(shared: Floats, first: Floats, second: Floats) -> Floats:
    """``shared / total`` where the total is not 0, else 0, as the features compute it."""
    total = first + second
    return np.divide(shared, total, out=np.zeros_like(shared), where=total > 0)


def _soft_overlap(story: _Story, pairs: _Pairs) -> Floats:
    """``features.soft_overlap`` for every pair."""
    return _soft_from(
        story,
        pairs.left,
        pairs.right,
        pairs.at(story.credit, story.held),
        pairs.swapped(story.credit, story.held),
    )


def _soft_from(
    story: _Story, left: Ints, right: Ints, left_got: Floats, right_got: Floats
) -> Floats:
    """The soft overlap from what each sentence of a pair gets of the other: a word both use
    counts fully, a word whose related token (group or first letters) the other uses counts
    ``RELATED_WORD_CREDIT`` of its weight."""
    left_total, right_total = story.total[left], story.total[right]
    both = (left_got > 0) & (right_got > 0)
    cosine = share((left_got + right_got) / 2, np.sqrt(left_total * right_total))
    containment = np.maximum(share(left_got, left_total), share(right_got, right_total))
    return np.where(both, np.sqrt(cosine * containment), 0.0)


def _unshared_weight(story: _Story, owner: Ints, other: Ints) -> tuple[Floats, Floats]:
    """Bounds on the weight of the rarest word of ``owner`` that ``other`` lacks (0 if none):
    exact when one of its ``TOP_KEYS`` rarest words is missing, else at most the last of them."""
    low = np.zeros(len(owner))
    high = np.zeros(len(owner))
    open_ = np.ones(len(owner), dtype=bool)
    for rank in range(TOP_KEYS):
        key = story.top_keys[owner, rank]
        weight = story.top_weights[owner, rank]
        codes = other * story.key_count + key
        place = np.minimum(np.searchsorted(story.membership, codes), len(story.membership) - 1)
        missing = (key >= 0) & (story.membership[place] != codes)
        settled = open_ & missing
        low[settled] = high[settled] = weight[settled]
        open_ &= ~missing
        high[open_ & (key >= 0)] = weight[open_ & (key >= 0)]
    more = story.size[owner] > TOP_KEYS
    low[open_] = 0.0
    high[open_ & ~more] = 0.0
    return low, high


def _pair_arrays(story: _Story, pairs: _Pairs) -> PairArrays:
    """What the bounds of ``FEATURE_TABLE`` need, for every candidate pair of a block."""
    left, right = pairs.left, pairs.right
    left_mass, right_mass = story.mass[left], story.mass[right]
    common = pairs.at(story.content)
    left_size, right_size = story.size[left], story.size[right]
    names = pairs.at(story.names)
    name_count = _sizes(story.names)
    numbers = pairs.at(story.numbers)
    number_count = _sizes(story.numbers)
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
        sizes = _sizes(matrix)
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


def _tighter(story: _Story, arrays: PairArrays, left: Ints, right: Ints) -> PairArrays:
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


def _fragment_factor(story: _Story, left: Ints, right: Ints) -> Floats:
    """``matcher.penalty`` for every pair as far as the sentences' sizes set it."""
    shorter = np.minimum(story.size[left], story.size[right])
    factor: Floats = np.where(shorter <= FRAGMENT_WORDS, FRAGMENT_PENALTY, 1.0)
    return factor


def _penalty(story: _Story, pairs: _Pairs) -> Floats:
    """``matcher.penalty`` for every pair: the fragment penalty from the sentences' sizes, the
    name-clash penalty worked out exactly where both sentences name someone alike."""
    factor = _fragment_factor(story, pairs.left, pairs.right)
    possible = np.flatnonzero(pairs.at(story.name_starts) > 0)
    for index in possible:
        left, right = story.sentences[pairs.left[index]], story.sentences[pairs.right[index]]
        if name_clash(left, right):
            factor[index] *= NAME_CLASH_PENALTY
    return factor


def _block(story: _Story, model: Model, pairs: _Pairs, keep_from: float) -> Bounds:
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
