"""Sparse incidence matrices of items (letters, words, stems) per sentence, built once per
story in numpy and scipy, and what bounds read from them."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from itertools import chain
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from scipy import sparse

from .sentences import Floats

Ints = npt.NDArray[np.int64]

Item = TypeVar("Item", bound=Hashable)

Matrix = Any
"""A ``scipy.sparse`` CSR matrix (scipy ships no type hints)."""

TOP_KEYS = 3
"""Rarest words per sentence looked up when finding the rarest word a partner lacks."""


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


def _sets(rows: Ints, columns: Ints, count: int) -> Matrix:
    """Sentence-by-item matrix of the distinct items of each row (a 1 for each, however often
    the row lists it)."""
    matrix = _matrix(rows, columns, (count, max(int(columns.max(initial=0)) + 1, 1)))
    matrix.data[:] = 1.0
    return matrix


def _runs(rows: Ints, codes: Ints, width: int) -> tuple[Ints, Ints]:
    """The row of every run of ``width`` consecutive items of one row (a bigram, a trigram of
    words) and a number for it, one per distinct run, in the order of the runs' items: numbered
    in numpy from the items' numbers, not hashed as tuples of strings one by one. The items of
    a run make one integer, sorted once, where it fits in 62 bits (a story of fewer than 1.6
    million distinct words for trigrams); else the runs so far are renumbered first, whenever
    one more item would overflow it."""
    count = len(rows) - width + 1
    if count <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(rows[width - 1 :] == rows[:count])
    base = int(codes.max(initial=0)) + 1
    numbered = np.zeros(len(starts), dtype=np.int64)
    span = 1  # numbers so far lie below it
    for offset in range(width):
        if span * base >= 1 << 62:
            _, numbered = np.unique(numbered, return_inverse=True)
            span = len(starts)
        numbered = numbered * base + codes[starts + offset]
        span *= base
    _, numbered = np.unique(numbered, return_inverse=True)
    return rows[starts], numbered.astype(np.int64).ravel()


def _code_points(texts: Sequence[str]) -> tuple[Ints, Ints]:
    """The code points of the texts one after another, and the row (text) of each."""
    lengths = [len(text) for text in texts]
    points = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    return rows, points.astype(np.int64)


TRIGRAM_TABLE = 8
"""Letter trigrams are numbered from a table of every trigram the story's characters can make
(``_numbered``) where it has at most this many cells per trigram found, else by sorting them:
a story's few dozen distinct characters make a table of about a million cells, read in linear
time, where sorting the million trigrams of a story of 400 articles took half the time of
preparing its sentences. At 8 (5 bytes a cell, up to 40 a trigram: about what the trigrams'
own arrays take; 40,000 sentences of 316 distinct characters peaked at 464 MB, 390 MB sorted)
the table also serves the ECB+ stories of about 11 articles, whose trigrams are fewer than the
cells of their alphabet: their trigrams took 0.076 s all sorted, 0.063 s at 4, 0.047 s at 8
and 0.045 s at 16 to 64."""


def _letter_trigrams(texts: Sequence[str]) -> Matrix:
    """Sentence-by-trigram matrix of the distinct three-character runs of each text with a
    space either side (a 1 for each), read in numpy: a story of 20,000 sentences has millions."""
    rows, points = _code_points([f" {text} " for text in texts])
    # A run starts wherever two more characters of the same text follow.
    starts = np.flatnonzero(rows[2:] == rows[: len(rows) - 2]) if len(rows) > 2 else np.empty(0)
    starts = starts.astype(np.int64)
    # The characters numbered in their order, so that three make one number, as small as the
    # story's alphabet allows, and the runs are numbered in the order of their characters.
    used = np.bincount(points) > 0
    letters = np.cumsum(used) - 1
    size = max(int(np.count_nonzero(used)), 1)
    points = letters[points]
    codes = (points[starts] * size + points[starts + 1]) * size + points[starts + 2]
    columns, count = _numbered(codes, size**3)
    matrix = _matrix(rows[starts], columns, (len(texts), max(count, 1)))
    matrix.data[:] = 1.0  # a run a sentence has twice counts once, as in a set
    return matrix


def _numbered(codes: Ints, span: int) -> tuple[Ints, int]:
    """Each distinct code (0 to ``span`` - 1) numbered in the order of the codes, and how many
    there are: from a table of every code where it is small (``TRIGRAM_TABLE``), else from the
    codes sorted."""
    if span <= TRIGRAM_TABLE * len(codes):
        seen = np.zeros(span, dtype=bool)
        seen[codes] = True
        # Counted in 32 bits where they fit: a running count of 64 bits for each cell nearly
        # doubled the peak memory of a big story's preparation.
        running = np.cumsum(seen, dtype=np.int32 if span < 1 << 31 else np.int64)
        del seen
        return running[codes].astype(np.int64) - 1, int(running[-1])
    order = np.argsort(codes)
    first = np.ones(len(codes), dtype=bool)
    first[1:] = codes[order][1:] != codes[order][:-1]
    columns = np.empty_like(codes)
    columns[order] = np.cumsum(first) - 1
    return columns, int(first.sum())


def _row_sizes(matrix: Matrix) -> Floats:
    return np.asarray(matrix.sum(axis=1), dtype=float).ravel()


def _scaled(matrix: Matrix, column_weights: Floats) -> Matrix:
    """Each column times its weight, as a product with the diagonal matrix of the weights (whose
    result drops the entries of weight 0), made in CSR as the product needs it: a ``diags``
    matrix is converted for each product, with a sort of all its entries."""
    places = np.arange(len(column_weights) + 1)
    diagonal = sparse.csr_matrix(
        (column_weights, places[:-1], places), shape=(len(places) - 1,) * 2
    )
    return (matrix @ diagonal).tocsr()


def _ranks(runs: Ints) -> Ints:
    """The place of each value in its run of equal values (``runs`` sorted), from where each
    run starts: one pass, not a binary search per value."""
    starts = np.ones(len(runs), dtype=bool)
    np.not_equal(runs[1:], runs[:-1], out=starts[1:])
    places = np.arange(len(runs))
    ranks: Ints = places - np.maximum.accumulate(np.where(starts, places, 0))
    return ranks


def _rarest(content: Matrix, weight: Floats) -> tuple[Ints, Floats]:
    """Per sentence, its ``TOP_KEYS`` heaviest words (-1 where it has fewer) and their weights,
    ties in the order of the row's entries; all rows at once (a story of 20,000 sentences)."""
    count = content.shape[0]
    keys = np.full((count, TOP_KEYS), -1, dtype=np.int64)
    weights = np.zeros((count, TOP_KEYS))
    rows = np.repeat(np.arange(count), np.diff(content.indptr))
    columns = content.indices.astype(np.int64)
    order = np.lexsort((np.arange(len(columns)), -weight[columns], rows))
    rank = _ranks(rows[order])
    top = order[rank < TOP_KEYS]
    places = rank[rank < TOP_KEYS]
    keys[rows[top], places] = columns[top]
    weights[rows[top], places] = weight[columns[top]]
    return keys, weights
