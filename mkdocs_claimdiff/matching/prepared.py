"""A story prepared for bounding (each sentence's letters, words, stems and weights as sparse
matrices, made once for all its pairs) and the pairs of it being bounded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

from .sentences import NUMBER_BOOST, Floats, Rarity, Sentence, is_number, related_token
from .sparse import (
    Ints,
    Matrix,
    _entries,
    _incidence,
    _letter_trigrams,
    _rarest,
    _row_sizes,
    _runs,
    _scaled,
    _sets,
)

CELLS_PER_BLOCK = 2_000_000
"""Sentence pairs bounded together (rows times columns): keeps memory flat on large stories."""

RELATED_WORD_CREDIT = 0.8
"""How much of a word's weight a related (not identical) word earns in the soft overlap."""

DENSE_SHARE = 0.02
"""Share of a block's cells the pairs must fill for a whole-block product to be cheaper than
products worked out pair by pair."""


class _PreparedStory:
    """What the pair bounds need of a story's sentences, as arrays and sparse matrices."""

    def __init__(self, sentences: Sequence[Sentence], rarity: Rarity, groups: Sequence[int]):
        self.sentences = sentences
        self.groups = np.asarray(groups, dtype=np.int64)
        key_ids: dict[str, int] = {}
        self.content = _incidence([sorted(s.content) for s in sentences], key_ids)
        self.key_count = self.content.shape[1]
        keys = sorted(key_ids, key=key_ids.__getitem__)
        weight, boosted, long = (np.zeros(self.key_count) for _ in range(3))
        weight[: len(keys)] = rarity.of(keys)
        long[: len(keys)] = [related_token(key) is not None for key in keys]
        boosted[: len(keys)] = [NUMBER_BOOST if is_number(key) else 1.0 for key in keys]
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
        # sentence gets of a partner (``overlap._soft_overlap``).
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
        self.total, self.mass = _row_sizes(self.boosted), _row_sizes(self.weighted)
        self.size = _row_sizes(self.content)
        # Every word of every sentence numbered once; its words, word pairs and triples are
        # read from those numbers.
        rows, codes = _entries([s.keys for s in sentences], {})
        count = len(sentences)
        sizes = np.array([len(s.keys) for s in sentences], dtype=np.int64)
        self.words = _sets(rows, codes, count)
        self.bigrams = _sets(*_runs(rows, codes, 2), count)
        self.trigrams = _sets(*_runs(rows, codes, 3), count)
        self.letter_trigrams = _letter_trigrams([s.text for s in sentences])
        self.names = _incidence([s.names for s in sentences])
        self.numbers = _incidence([s.numbers for s in sentences])
        self.name_starts = _incidence([{first for first, _ in s.name_pairs} for s in sentences])
        number_sets: dict[frozenset[str], int] = {}
        self.number_set = np.array(
            [number_sets.setdefault(s.numbers, len(number_sets)) for s in sentences]
        )
        self.negated = np.array([s.negated for s in sentences])
        self.nationals = np.array([bool(s.nationals) for s in sentences], dtype=bool)
        self.length = sizes.astype(float)
        self.text_length = np.array([len(s.text) for s in sentences], dtype=float)
        self.spelt = _objects([s.text for s in sentences])
        self.worded = _as_strings(codes, sizes)
        relative = weight / rarity.largest
        self.top_keys, self.top_weights = _rarest(self.content, relative)
        self.relative = _scaled(self.content, relative)
        coo = self.content.tocoo()
        self.membership = np.sort(coo.row.astype(np.int64) * self.key_count + coo.col)
        self._transposes: dict[int, tuple[Matrix, Matrix]] = {}

    def transposed(self, matrix: Matrix) -> Matrix:
        """The transpose of one of the story's matrices in rows (CSR), made once: ``.T`` is in
        columns, which a product turned into rows again for every block of rows, the whole
        matrix each time (an article of 30,000 sentences: 7 s). Kept with the matrix itself,
        whose ``id`` no other object can take while it is kept."""
        kept = self._transposes.get(id(matrix))
        if kept is None or kept[0] is not matrix:
            kept = self._transposes[id(matrix)] = (matrix, transposed_in_rows(matrix))
        return kept[1]


def transposed_in_rows(matrix: Matrix) -> Matrix:
    """The transpose of a matrix in rows (CSR): ``.T`` is in columns, which a product turns
    into rows again each time it is used."""
    return matrix.T.tocsr()


Objects = npt.NDArray[np.object_]

CHARACTERS = 0x110000 - 0x800
"""Code points that are characters: all but the surrogates."""


def _as_strings(codes: Ints, sizes: Ints) -> Objects:
    """Each sentence's keys (numbered in ``codes``, ``sizes`` of them a sentence, one after
    another) as a string, one character a distinct key, for rapidfuzz (which is fastest on
    strings); as a tuple of numbers in the rare story of more distinct keys than there are
    characters (megabytes of gibberish). Made from the numbers in numpy: the text of all
    sentences decoded at once and cut, not built key by key."""
    ends = np.cumsum(sizes).tolist()
    starts = [0, *ends][:-1]
    if int(codes.max(initial=-1)) >= CHARACTERS:
        numbers = codes.tolist()
        return _objects([tuple(numbers[a:b]) for a, b in zip(starts, ends, strict=True)])
    # Past the surrogates, which are not characters.
    points = np.where(codes < 0xD800, codes, codes + 0x800).astype("<u4")
    text = points.tobytes().decode("utf-32-le")
    return _objects([text[a:b] for a, b in zip(starts, ends, strict=True)])


def _objects(items: Sequence[object]) -> Objects:
    """``items`` as an array, from which rapidfuzz's inputs for many pairs are picked by index in
    C (``bounds._indel_ratio``), not by a Python loop over the pairs."""
    return np.fromiter(items, dtype=object, count=len(items))


class _Pairs:
    """Values of the story's matrix products at some pairs whose left sentences lie in one
    block of rows: read from the whole block's product where the pairs fill much of it (a
    story's claims mostly share a word), else worked out pair by pair in sparse arithmetic
    (a big story, where each claim keeps few partners)."""

    def __init__(self, story: _PreparedStory, left: Ints, right: Ints) -> None:
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
            dense = (first[self._start : self._stop] @ self._story.transposed(second)).toarray()
            values: Floats = dense[self.local, self.right]
            return values
        return np.asarray(first[self.left].multiply(second[self.right]).sum(axis=1)).ravel()

    def swapped(self, first: Matrix, second: Matrix) -> Floats:
        """``first[right] . second[left]``: a product taken the other way round."""
        return self.at(second, first)
