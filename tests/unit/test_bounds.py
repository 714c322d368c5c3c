"""Pruned matching gives exactly the matches of scoring every pair of claims."""

from __future__ import annotations

import numpy as np
import pytest

from mkdocs_claimdiff.matching import candidates, prepared
from mkdocs_claimdiff.matching.align import CLOSE_TO_BEST, _matches, cited_words
from mkdocs_claimdiff.matching.bounds import _pair_arrays, _tighter, score_bounds
from mkdocs_claimdiff.matching.candidates import _candidates, _most
from mkdocs_claimdiff.matching.features import FEATURE_TABLE
from mkdocs_claimdiff.matching.matcher import PairScorer
from mkdocs_claimdiff.matching.overlap import _soft_overlap
from mkdocs_claimdiff.matching.pairs import pair_facts
from mkdocs_claimdiff.matching.prepared import _Pairs, _PreparedStory
from mkdocs_claimdiff.model import Claim
from mkdocs_claimdiff.normalise import Normaliser

from ..conftest import demo_comparison


def story_scorer() -> tuple[list[Claim], list[int], PairScorer]:
    comparison = demo_comparison()
    claims = [claim for entry in comparison.articles for claim in entry.claims]
    groups = [number for number, entry in enumerate(comparison.articles) for _ in entry.claims]
    scorer = PairScorer(
        [claim.text for claim in claims],
        Normaliser(),
        set_aside=[cited_words(claim) for claim in claims],
    )
    return claims, groups, scorer


def every_pair(groups: list[int], scorer: PairScorer) -> dict[tuple[int, int], float]:
    """Exact scores of all pairs of claims of different articles that share a word."""
    return {
        (i, j): scorer.claim_score(i, j)
        for i in range(len(groups))
        for j in range(i + 1, len(groups))
        if groups[i] != groups[j] and scorer.may_match(i, j)
    }


def test_every_exact_score_lies_within_its_bounds() -> None:
    _, groups, scorer = story_scorer()
    exact = every_pair(groups, scorer)
    bounds = score_bounds(scorer.sentences, scorer.rarity, groups, scorer.model, 0.0)
    found = {
        (int(i), int(j)): (low, high)
        for i, j, low, high in zip(bounds.left, bounds.right, bounds.low, bounds.high, strict=True)
    }
    assert {pair for pair, value in exact.items() if value} <= set(found) <= set(exact)
    assert all(found[pair][0] <= exact[pair] <= found[pair][1] for pair in found)
    assert sum(high - low < 0.05 for low, high in found.values()) > len(found) / 4


def test_every_feature_lies_within_its_own_bounds() -> None:
    """Feature by feature, so that a formula changed without its bound names itself; with the
    quick bounds on difflib's ratios and with the tighter ones."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    pairs = _Pairs(story, *_candidates(story, 0.0))
    assert pairs.dense
    quick = _pair_arrays(story, pairs)
    tight = _tighter(story, quick, pairs.left, pairs.right)
    facts = [
        pair_facts(scorer.sentences[i], scorer.sentences[j], scorer.rarity)
        for i, j in zip(pairs.left, pairs.right, strict=True)
    ]
    assert len(facts) > 100
    for arrays in (quick, tight):
        for feature in FEATURE_TABLE:
            low, high = feature.bound(arrays)
            outside = [
                (feature.exact(fact), low[k], high[k])
                for k, fact in enumerate(facts)
                if not low[k] - 1e-9 <= feature.exact(fact) <= high[k] + 1e-9
            ]
            assert not outside, (feature.name, outside[:3])
    assert (tight.most_character_ratio <= quick.most_character_ratio).all()
    assert (tight.most_character_ratio < quick.most_character_ratio - 0.1).mean() > 0.5


@pytest.mark.parametrize("threshold", [0.0, 0.18, 0.4])
def test_pruned_matches_are_those_of_scoring_every_pair(threshold: float) -> None:
    claims, groups, scorer = story_scorer()
    exact = {pair: value for pair, value in every_pair(groups, scorer).items() if value}
    best: dict[int, float] = {}
    for (i, j), value in exact.items():
        best[i], best[j] = max(best.get(i, 0.0), value), max(best.get(j, 0.0), value)
    expected = [
        ((claims[i].id, claims[j].id), value)
        for (i, j), value in exact.items()
        if value >= threshold and value >= CLOSE_TO_BEST * max(best[i], best[j])
    ]
    comparison = demo_comparison()
    position = {claim.id: index for index, claim in enumerate(claims)}
    found = _matches(comparison.articles, scorer, position, threshold)
    assert [(match.claims, match.score) for match in found] == expected
    assert expected


def test_pairs_bounded_one_by_one_get_the_values_of_whole_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big story bounds its few pairs per claim one by one, a small one reads them from
    products over whole blocks: the two give the same values, and the one-by-one way bounds
    difflib's ratios by the longest common subsequence straight away."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    left, right = _candidates(story, 0.0)
    whole = _Pairs(story, left, right)
    expected = _tighter(story, _pair_arrays(story, whole), left, right)
    monkeypatch.setattr(prepared, "DENSE_SHARE", 2.0)
    one_by_one = _Pairs(story, left, right)
    assert whole.dense and not one_by_one.dense
    found = _pair_arrays(story, one_by_one)
    assert len(left) > 100
    for name, value, wanted in zip(found._fields, found, expected, strict=True):
        for part, part_wanted in zip(
            value if isinstance(value, tuple) else (value,),
            wanted if isinstance(wanted, tuple) else (wanted,),
            strict=True,
        ):
            assert np.allclose(part, part_wanted, rtol=0, atol=1e-9), name
    assert np.allclose(_soft_overlap(story, one_by_one), _soft_overlap(story, whole), atol=1e-12)


def test_a_claim_keeps_its_strongest_partners_overall_and_in_each_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With room for 3 partners a claim, 2 in any one article: every pair left out is no
    stronger (by the bound candidates are ranked by) than the partners both its claims kept."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    every_left, every_right = _candidates(story, 0.0)
    soft = _soft_overlap(story, _Pairs(story, every_left, every_right))
    strength = {
        (int(i), int(j)): value
        for i, j, value in zip(
            every_left, every_right, _most(story, every_left, every_right, soft), strict=True
        )
    }
    monkeypatch.setattr(candidates, "CANDIDATES_PER_CLAIM", 3)
    monkeypatch.setattr(candidates, "CANDIDATES_PER_ARTICLE", 2)
    kept = set(zip(*(part.tolist() for part in _candidates(story, 0.0)), strict=True))
    assert kept < set(strength)
    partners: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in strength.items():
        partners.setdefault(i, []).append((value, j))
        partners.setdefault(j, []).append((value, i))

    def stronger_kept(claim: int, other: int, value: float) -> tuple[int, int]:
        """Kept partners of ``claim`` at least as strong: overall, and in ``other``'s article."""
        found = [
            partner
            for strength_, partner in partners[claim]
            if strength_ >= value and (min(claim, partner), max(claim, partner)) in kept
        ]
        return len(found), sum(groups[partner] == groups[other] for partner in found)

    left_out = set(strength) - kept
    assert left_out
    for i, j in left_out:
        for claim, other in ((i, j), (j, i)):
            overall, same_article = stronger_kept(claim, other, strength[i, j])
            assert overall >= 3 or same_article >= 2, (claim, other)
