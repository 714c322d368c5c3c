"""Soft word overlap, the penalty factor and the rarest unshared word of many pairs at once."""

from __future__ import annotations

import numpy as np

from ..differences.nationalities import nationality_clash
from .features import share
from .matcher import FRAGMENT_PENALTY, FRAGMENT_WORDS, NAME_CLASH_PENALTY
from .prepared import _Pairs, _PreparedStory
from .sentences import Floats, name_clash
from .sparse import TOP_KEYS, Ints

SLACK = 1e-7
"""Added to every bound: far above float rounding differences (about 1e-13 here), far below
the 1e-4 steps in which scores and probabilities are rounded."""

ROUNDING = 5e-5 + SLACK
"""Half a rounding step of a score or a probability, either way."""


def _ratio(shared: Floats, first: Floats, second: Floats) -> Floats:
    """``shared / total`` where the total is not 0, else 0, as the features compute it."""
    total = first + second
    return np.divide(shared, total, out=np.zeros_like(shared), where=total > 0)


def _soft_overlap(story: _PreparedStory, pairs: _Pairs) -> Floats:
    """Rarity-weighted overlap of every pair, in which a related word earns part of a word's
    weight.

    Measured against both sentences (cosine-like) and against the one it covers best
    (containment), then combined as their geometric mean: containment lets a short sentence
    match the long one that contains it, the cosine keeps one shared rare word from being
    enough."""
    return _soft_from(
        story,
        pairs.left,
        pairs.right,
        pairs.at(story.credit, story.held),
        pairs.swapped(story.credit, story.held),
    )


def _soft_from(
    story: _PreparedStory, left: Ints, right: Ints, left_got: Floats, right_got: Floats
) -> Floats:
    """The soft overlap from what each sentence of a pair gets of the other: a word both use
    counts fully, a word whose related token (group or first letters) the other uses counts
    ``RELATED_WORD_CREDIT`` of its weight."""
    left_total, right_total = story.total[left], story.total[right]
    both = (left_got > 0) & (right_got > 0)
    cosine = share((left_got + right_got) / 2, np.sqrt(left_total * right_total))
    containment = np.maximum(share(left_got, left_total), share(right_got, right_total))
    return np.where(both, np.sqrt(cosine * containment), 0.0)


def _unshared_weight(story: _PreparedStory, owner: Ints, other: Ints) -> tuple[Floats, Floats]:
    """Bounds on the weight of the rarest word of ``owner`` that ``other`` lacks (0 if none):
    exact when one of its ``TOP_KEYS`` rarest words is missing, else at most the last of them."""
    low = np.zeros(len(owner))
    high = np.zeros(len(owner))
    if not len(story.membership):  # no sentence has a content word ("It is.", "")
        return low, high
    open_ = np.ones(len(owner), dtype=bool)
    for rank in range(TOP_KEYS):
        key = story.top_keys[owner, rank]
        weight = story.top_weights[owner, rank]
        codes = other * story.key_count + key
        place = np.minimum(np.searchsorted(story.membership, codes), len(story.membership) - 1)
        missing = (key >= 0) & (story.membership[place] != codes)
        # Copied where the masks hold, not gathered and scattered through them.
        settled = open_ & missing
        np.copyto(low, weight, where=settled)
        np.copyto(high, weight, where=settled)
        open_ &= ~missing
        np.copyto(high, weight, where=open_ & (key >= 0))
    more = story.size[owner] > TOP_KEYS
    np.copyto(low, 0.0, where=open_)
    np.copyto(high, 0.0, where=open_ & ~more)
    return low, high


def _unshared_weights(story: _PreparedStory, owner: Ints, other: Ints) -> Floats:
    """The weight (relative) of the rarest word of ``owner`` that ``other`` lacks, 0 if none."""
    if not len(owner):
        return np.zeros(0)
    owned = story.relative[owner]
    lacking = owned - owned.multiply(story.content[other])
    return np.asarray(lacking.max(axis=1).toarray(), dtype=float).ravel()


def _fragment_factor(story: _PreparedStory, left: Ints, right: Ints) -> Floats:
    """The penalty factor of every pair as far as the sentences' sizes set it: a pair whose
    shorter claim is a fragment gets ``FRAGMENT_PENALTY``."""
    shorter = np.minimum(story.size[left], story.size[right])
    factor: Floats = np.where(shorter <= FRAGMENT_WORDS, FRAGMENT_PENALTY, 1.0)
    return factor


def _penalty(story: _PreparedStory, pairs: _Pairs) -> Floats:
    """The factor on every pair's claim score: the fragment penalty from the sentences' sizes,
    the name-clash penalty (``sentences.name_clash``) worked out where both sentences name
    someone alike."""
    factor = _fragment_factor(story, pairs.left, pairs.right)
    possible = np.flatnonzero(pairs.at(story.name_starts) > 0)
    sentences = story.sentences
    # Read as Python numbers once, not a numpy scalar per pair (tens of thousands of pairs).
    clashing = [
        index
        for index, left, right in zip(
            possible.tolist(),
            pairs.left[possible].tolist(),
            pairs.right[possible].tolist(),
            strict=True,
        )
        if name_clash(sentences[left], sentences[right])
    ]
    factor[clashing] *= NAME_CLASH_PENALTY
    # Two kinds of clash, one penalty: names alike that end differently, or people of one kind
    # given two nationalities ("a New Zealand climber", "a British climber").
    named = np.flatnonzero(story.nationals[pairs.left] & story.nationals[pairs.right])
    penalised = set(clashing)
    told_apart = [
        index
        for index, left, right in zip(
            named.tolist(), pairs.left[named].tolist(), pairs.right[named].tolist(), strict=True
        )
        if index not in penalised
        and nationality_clash(sentences[left].nationals, sentences[right].nationals)
    ]
    factor[told_apart] *= NAME_CLASH_PENALTY
    return factor
