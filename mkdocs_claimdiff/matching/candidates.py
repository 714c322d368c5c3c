"""Which pairs of claims are worth bounding: pairs that share a rare enough word, each claim
keeping only its strongest partners, so big stories and long articles stay near-linear."""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from .matcher import blend
from .overlap import ROUNDING, SLACK, _fragment_factor, _soft_from
from .prepared import CELLS_PER_BLOCK, _PreparedStory, transposed_in_rows
from .sentences import Floats
from .sparse import Ints, Matrix, _ranks

CANDIDATES_PER_CLAIM = 64
"""Partners a claim keeps at most, strongest first (``_candidates``). Chosen on the development
topics only, as the smallest of 16, 32, 64, 128 that leaves every match of their 16 stories as
it is without a cap (``benchmarks/caps.py``)."""

CANDIDATES_PER_ARTICLE = 12
"""Partners a claim keeps at most in any one other article, strongest first: the smallest of 4,
6, 8, 12 that leaves every match of the development stories as it is (``benchmarks/caps.py``)."""


RARE_KEY_SENTENCES = 256
"""A word or stem used by more sentences than this ("said", "police" in two articles of
10,000 sentences or a story of hundreds of outlets) makes pairs only of the sentences it is
one of the ``BLOCKING_KEYS_PER_SENTENCE`` rarest keys of (``_blocking_keys``): every sentence
shares it with every other, so the pairs it alone makes grow with the square of the story, and
a pair whose only shared words are such words is rarely among a claim's strongest partners. No
story of the development topics has a key this common, so their candidates are those of every
shared key."""

BLOCKING_KEYS_PER_SENTENCE = 3
"""Rarest keys of each sentence that make pairs however common they are: a claim that 400
outlets repeat word for word still finds its copies (through its rarest word, used 400 times)."""


OWN_ARTICLE_SENTENCES = 1_000
"""Sentences of an article from which a block of rows inside it is paired with the other
articles' sentences only: pairs within one article are never candidates, and in an article of
thousands of sentences alike in their common words (a scrape of 2 MB, 20,000 "X said N people
were hurt") making them grew with its square, five minutes for one file (helper-140's audit).
Smaller articles are paired as before, with every sentence, which costs less than leaving their
columns out."""


class _Blocking(NamedTuple):
    """``story.credit`` and ``story.held`` split into the keys that make pairs
    (``_blocking_keys``) and the rest, and the first two transposed in rows
    (``transposed_in_rows``)."""

    credit: Matrix
    held: Matrix
    other_credit: Matrix
    other_held: Matrix
    credit_transposed: Matrix
    held_transposed: Matrix


def _blocking_keys(story: _PreparedStory) -> _Blocking | None:
    """The keys that make pairs: each sentence's keys used by at most ``RARE_KEY_SENTENCES``
    sentences and its ``BLOCKING_KEYS_PER_SENTENCE`` rarest (by the sentences that use them,
    then by column). None when that is every key of every sentence."""
    held = story.held
    used_by = np.bincount(held.indices, minlength=held.shape[1])
    if not len(used_by) or used_by.max() <= RARE_KEY_SENTENCES:
        return None
    rows = np.repeat(np.arange(held.shape[0]), np.diff(held.indptr))
    columns = held.indices.astype(np.int64)
    order = np.lexsort((columns, used_by[columns], rows))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = _ranks(rows[order])
    keep = (used_by[columns] <= RARE_KEY_SENTENCES) | (rank < BLOCKING_KEYS_PER_SENTENCE)
    # ``credit`` has its entries where ``held`` has them, in the same order.
    credit, held, other_credit, other_held = (
        _masked(matrix, mask) for mask in (keep, ~keep) for matrix in (story.credit, story.held)
    )
    # Made here, not kept with the story's own: these masks live only while it is compared.
    transposed = transposed_in_rows(credit), transposed_in_rows(held)
    return _Blocking(credit, held, other_credit, other_held, *transposed)


def _masked(matrix: Matrix, mask: npt.NDArray[np.bool_]) -> Matrix:
    """``matrix`` with only the entries ``mask`` keeps."""
    kept = matrix.copy()
    kept.data = np.where(mask, kept.data, 0.0)
    kept.eliminate_zeros()
    return kept


def _shared(
    story: _PreparedStory,
    transposed: tuple[Matrix, Matrix],
    blocking: _Blocking | None,
    start: int,
    stop: int,
) -> tuple[Ints, Ints, Floats, Floats]:
    """The pairs of a block's sentences (``start`` to ``stop``) with any sentence that share a
    key, and what each sentence of a pair gets of the other (``overlap._soft_from``); with
    ``blocking``, only the pairs that share a key that makes pairs (``_blocking_keys``) for
    either sentence, and what those keys give: products whose size is the number of such pairs,
    which grows with the story, not its square."""
    credit, held = transposed  # ``story.credit`` and ``story.held``, transposed
    if blocking is None:
        gets = story.credit[start:stop] @ held
        given = story.held[start:stop] @ credit
    else:
        # A key of the block's sentence that makes pairs, or one of its partner's.
        gets = (
            blocking.credit[start:stop] @ held
            + blocking.other_credit[start:stop] @ blocking.held_transposed
        )
        given = (
            blocking.held[start:stop] @ credit
            + blocking.other_held[start:stop] @ blocking.credit_transposed
        )
    # Both products have one entry for each pair that shares a key (weights are above 0), in
    # the order of the columns: a sum of products keeps its entries sorted only where both
    # terms are, so without sorting, ties among a claim's partners (``_first_of_runs``) were
    # broken by where scipy put them, which leaving out an article's own columns changed
    # (helper-143's review).
    gets.sort_indices()
    given.sort_indices()
    left = np.repeat(np.arange(start, start + gets.shape[0]), np.diff(gets.indptr))
    return left, gets.indices.astype(np.int64), gets.data, given.data


class _Outside:
    """``_shared`` of each block of rows, those of a block inside an article of
    ``OWN_ARTICLE_SENTENCES`` or more found among the other articles' columns only: the
    transposed matrices without that article's columns, made once for all its blocks, and the
    pairs' columns numbered back as in the story."""

    def __init__(
        self,
        story: _PreparedStory,
        transposed: tuple[Matrix, Matrix],
        blocking: _Blocking | None,
    ) -> None:
        self.story, self.transposed, self.blocking = story, transposed, blocking
        groups = story.groups
        self.in_order = bool(np.all(groups[1:] >= groups[:-1]))  # each article's rows together
        self.article = -1
        self.columns: tuple[tuple[Matrix, Matrix], _Blocking | None, int, int] | None = None

    def shared(self, start: int, stop: int) -> tuple[Ints, Ints, Floats, Floats]:
        own = self._own_article(start, stop)
        if own is None:
            return _shared(self.story, self.transposed, self.blocking, start, stop)
        transposed, blocking, first, size = own
        left, right, gets, given = _shared(self.story, transposed, blocking, start, stop)
        return left, np.where(right >= first, right + size, right), gets, given

    def _own_article(
        self, start: int, stop: int
    ) -> tuple[tuple[Matrix, Matrix], _Blocking | None, int, int] | None:
        groups = self.story.groups
        article = int(groups[start])
        if not self.in_order or int(groups[stop - 1]) != article:
            return None
        if article != self.article:
            self.article, self.columns = article, None
            first = int(np.searchsorted(groups, article, "left"))
            end = int(np.searchsorted(groups, article, "right"))
            if end - first >= OWN_ARTICLE_SENTENCES:
                keep = np.r_[0:first, end : len(groups)]
                credit, held = (matrix[:, keep] for matrix in self.transposed)
                blocking = self.blocking
                if blocking is not None:
                    blocking = blocking._replace(
                        credit_transposed=blocking.credit_transposed[:, keep],
                        held_transposed=blocking.held_transposed[:, keep],
                    )
                self.columns = (credit, held), blocking, first, end - first
        return self.columns


def _rows_per_block(story: _PreparedStory) -> int:
    return max(1, CELLS_PER_BLOCK // max(len(story.sentences), 1))


def _most(story: _PreparedStory, left: Ints, right: Ints, soft: Floats) -> Floats:
    """An upper bound on the score of each pair from its soft overlap alone (the paraphrase
    probability at 1, no name clash), by which a claim's partners are ranked."""
    fragment = _fragment_factor(story, left, right)
    most: Floats = blend(soft * (1 + SLACK) + SLACK, np.ones_like(soft), fragment)
    return most


WEAKNESS_BITS = 22
"""Bits of the integer that orders a claim's partners, strongest first (``_weakness``)."""


def _weakness(bound: Floats) -> Ints:
    """Upper bounds (0 to a little over 1) as integers that sort the strongest first, in steps
    of 2^-20, far finer than the 1e-4 in which scores are rounded."""
    steps: Ints = np.rint(np.clip(bound, 0.0, 2.0) * 2**20).astype(np.int64)
    return (1 << WEAKNESS_BITS) - 1 - steps


COARSE_BUCKETS_BITS = 10
"""At most 2^10 coarse steps of the order in which ``_first_of_runs`` counts a run's entries
before it sorts the few that can be among its first."""


def _first_of_runs(runs: Ints, order: Ints, keep: int) -> npt.NDArray[np.bool_]:
    """Whether each entry is among the ``keep`` first of its run (``runs``: small numbers
    >= 0) by ``order``, ties by place: what sorting every entry by run and ``order`` tells, in
    time linear in the entries. A run of at most ``keep`` entries keeps them all, unsorted; of a
    longer one only the entries in the coarse steps of ``order`` that its first ``keep`` reach
    (counted in a histogram) are sorted: the pairs a claim shares a word with grow with the
    square of a big story, its strongest partners do not."""
    counts = np.bincount(runs)
    first: npt.NDArray[np.bool_] = counts[runs] <= keep
    crowded = np.flatnonzero(~first)
    if not len(crowded):
        return first
    run = (np.cumsum(counts > keep) - 1)[runs[crowded]]  # the crowded runs numbered 0, 1, ...
    crowded_runs = int(run.max()) + 1
    value = order[crowded]
    value -= value.min()
    highest = int(value.max())
    bits = min(COARSE_BUCKETS_BITS, max(0, (4 * len(crowded) // crowded_runs).bit_length() - 1))
    coarse = value >> max(0, highest.bit_length() - bits)
    width = int(coarse.max()) + 1
    histogram = np.bincount(run * width + coarse, minlength=crowded_runs * width)
    reached = np.cumsum(histogram.reshape(crowded_runs, width), axis=1) >= keep
    close = coarse <= np.argmax(reached, axis=1)[run]
    within = np.flatnonzero(close)  # numbers, not a mask: taken from three arrays
    near, run, value = crowded[within], run[within], value[within]
    # Sorted by run, then ``order``, ties in place order (stable): as one integer where run
    # and value fit in one (always in a story: a few times faster than sorting by two keys).
    if crowded_runs * (highest + 1) < 1 << 62:
        by_run = np.argsort(run * (highest + 1) + value, kind="stable")
    else:
        by_run = np.lexsort((value, run))
    ranked = near[by_run]
    first[ranked[_ranks(run[by_run]) < keep]] = True
    return first


def _chunks(story: _PreparedStory, left: Ints) -> list[slice]:
    """Slices of the pairs (sorted by ``left``) whose left sentences fill one block of rows."""
    rows = _rows_per_block(story)
    edges = np.searchsorted(left, np.arange(0, len(story.sentences) + rows, rows))
    return [slice(int(a), int(b)) for a, b in pairwise(edges) if b > a]


def _candidates(story: _PreparedStory, keep_from: float) -> tuple[Ints, Ints]:
    """The pairs worth bounding, sorted by ``left`` then ``right``.

    Every pair that shares a word or a stem (in a story with words used by more than
    ``RARE_KEY_SENTENCES`` sentences, a word or stem that makes pairs: ``_blocking_keys``) gets
    its soft overlap (exact, or what the keys that make pairs give, from sparse products whose
    size is the number of such pairs, never the square of the story) and from it an upper
    bound on its score with every other feature at its most favourable: a pair under
    ``keep_from`` there is dropped as ``score_candidates`` would drop it. Of what is left, a claim
    keeps its ``CANDIDATES_PER_ARTICLE`` strongest partners by that bound in each other article
    and of those its ``CANDIDATES_PER_CLAIM`` strongest, and a pair stays when it is among the
    strongest of either claim: so the pairs grow with the claims, not their square. The caps
    drop pairs of news stories too, but on the development stories none that decides a match
    (``benchmarks/caps.py``)."""
    count = len(story.sentences)
    texts: dict[str, int] = {}
    text_of: Ints = np.fromiter(
        (texts.setdefault(sentence.text, len(texts)) for sentence in story.sentences),
        np.int64,
        count,
    )
    # Each text that more than one sentence has, numbered 0, 1, ...; -1 for the rest.
    uses = np.bincount(text_of)
    copied_texts = int(np.count_nonzero(uses > 1))
    copy_of = np.where(uses[text_of] > 1, (np.cumsum(uses > 1) - 1)[text_of], -1)
    kept_left, kept_right = [], []
    rows = _rows_per_block(story)
    blocking = _blocking_keys(story)
    articles = int(story.groups.max(initial=0)) + 1
    transposed = story.transposed(story.credit), story.transposed(story.held)
    outside = _Outside(story, transposed, blocking)
    for start in range(0, count, rows):
        stop = min(start + rows, count)
        left, right, gets, given = outside.shared(start, stop)
        soft = _soft_from(story, left, right, gets, given)
        most = _most(story, left, right, soft)
        strong = (soft > 0) & (most + 2 * ROUNDING >= keep_from)
        strong &= story.groups[left] != story.groups[right]
        kept = np.flatnonzero(strong)  # numbers, not a mask: taken from three arrays
        left, right, most = left[kept], right[kept], most[kept]
        # Strongest first within each claim (row) and article, CANDIDATES_PER_ARTICLE of each;
        # then strongest first within each claim (ties by article), the first
        # CANDIDATES_PER_CLAIM of them.
        weakness = _weakness(most)
        article = story.groups[right]
        local = left - start
        chosen = np.flatnonzero(
            _first_of_runs(local * articles + article, weakness, CANDIDATES_PER_ARTICLE)
        )
        local, tie = local[chosen], weakness[chosen] * articles + article[chosen]
        strongest = _first_of_runs(local, tie, CANDIDATES_PER_CLAIM)
        # And the strongest partners again with a text many outlets run word for word counted
        # once, its other copies after every other text: a claim that 400 outlets repeat must
        # still meet the version that differs by one figure, not only 64 copies of itself.
        copy = np.zeros(len(chosen), dtype=np.int64)
        copies = np.flatnonzero(copy_of[right[chosen]] >= 0)
        runs = local[copies] * copied_texts + copy_of[right[chosen[copies]]]
        copy[copies] = ~_first_of_runs(runs, tie[copies], 1)
        ranked = copy * ((1 << WEAKNESS_BITS) * articles) + tie
        chosen = chosen[strongest | _first_of_runs(local, ranked, CANDIDATES_PER_CLAIM)]
        kept_left.append(left[chosen])
        kept_right.append(right[chosen])
    first = np.concatenate(kept_left or [np.empty(0, np.int64)])
    second = np.concatenate(kept_right or [np.empty(0, np.int64)])
    codes = np.sort(np.minimum(first, second) * count + np.maximum(first, second))
    once = np.ones(len(codes), dtype=bool)
    once[1:] = codes[1:] != codes[:-1]  # a pair both claims chose, once
    codes = codes[once]
    return codes // count, codes % count
