"""Pruned matching gives exactly the matches of scoring every pair of claims."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.align import CLOSE_TO_BEST, _cited_words, _matches
from mkdocs_claimdiff.bounds import _pair_arrays, _Pairs, _Story, _tighter, score_bounds
from mkdocs_claimdiff.features import FEATURE_TABLE, pair_facts
from mkdocs_claimdiff.matcher import PairScorer
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
        set_aside=[_cited_words(claim) for claim in claims],
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
    story = _Story(scorer.sentences, scorer.rarity, groups)
    pairs = _Pairs(story, 0, len(groups))
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
