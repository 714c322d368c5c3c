"""Scoring the candidate pairs of a story block by block, pruned by bounds, gives the scores and
the matches of scoring every pair."""

from __future__ import annotations

import numpy as np
import pytest

from mkdocs_claimdiff.differences.slots import WORDS
from mkdocs_claimdiff.matching import candidates, prepared
from mkdocs_claimdiff.matching.align import CLOSE_TO_BEST, _matches, cited_words
from mkdocs_claimdiff.matching.bounds import _pair_arrays, _settle, score_candidates
from mkdocs_claimdiff.matching.candidates import _candidates, _most
from mkdocs_claimdiff.matching.features import FEATURE_TABLE, feature_bounds
from mkdocs_claimdiff.matching.overlap import _soft_overlap, _unshared_weights
from mkdocs_claimdiff.matching.prepared import _Pairs, _PreparedStory
from mkdocs_claimdiff.matching.scorer import PairScorer
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
        groups=groups,
    )
    return claims, groups, scorer


def every_pair(groups: list[int], scorer: PairScorer) -> dict[tuple[int, int], float]:
    """Scores of all pairs of claims of different articles that share a word, each pair
    scored on its own."""
    return {
        (i, j): scorer.claim_score(i, j)
        for i in range(len(groups))
        for j in range(i + 1, len(groups))
        if groups[i] != groups[j] and scorer.may_match(i, j)
    }


def test_candidates_get_the_scores_of_pairs_scored_one_by_one() -> None:
    _, groups, scorer = story_scorer()
    exact = every_pair(groups, scorer)
    scored = scorer.candidates(0.0)
    found = dict(
        zip(
            zip(scored.left.tolist(), scored.right.tolist(), strict=True),
            scored.value.tolist(),
            strict=True,
        )
    )
    assert len(found) > 100
    assert found == {pair: value for pair, value in exact.items() if value}


@pytest.mark.parametrize("dense", [True, False])
def test_every_feature_lies_within_its_bounds(dense: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Feature by feature, so that a formula whose bound no longer holds names itself; pairs
    read from whole blocks (the subsequences bounded) and worked out one by one (the letter
    trigrams bounded)."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    if not dense:
        monkeypatch.setattr(prepared, "DENSE_SHARE", 2.0)
    pairs = _Pairs(story, *_candidates(story, 0.0))
    assert pairs.dense == dense
    quick = _pair_arrays(story, pairs)
    exact = _settle(story, quick, pairs.left, pairs.right, dense=dense)
    assert len(pairs.left) > 100
    for feature, (low, high), (value, same) in zip(
        FEATURE_TABLE, feature_bounds(quick), feature_bounds(exact), strict=True
    ):
        assert np.array_equal(value, same), feature.name
        outside = np.flatnonzero((value < low - 1e-9) | (value > high + 1e-9))
        assert not outside.size, (feature.name, value[outside[:3]], low[outside[:3]])
    loose = quick.character_ratio if dense else quick.character_trigram_dice
    settled = exact.character_ratio if dense else exact.character_trigram_dice
    assert (loose[1] > settled[1] + 0.1).mean() > 0.5


@pytest.mark.parametrize("own_story", [False, True])
def test_the_rarest_unshared_words_are_those_of_every_pair_worked_out(own_story: bool) -> None:
    """``_settle`` takes the bounds on the rarest word a partner lacks where they are tight and
    works out the rest: the values of working out every pair. The story made here has claims
    whose partners say all of their three rarest words and more (bounds that are not tight)."""
    _, groups, scorer = story_scorer()
    if own_story:
        texts = [
            "Pirates seized the tanker Sirius Star off Somalia on Monday.",
            "Pirates seized the tanker Sirius Star off Somalia on Monday, the navy said.",
            "The Sirius Star, a Saudi tanker, was seized by Somali pirates.",
            "Navy ships chased the pirates who seized the tanker.",
            "The tanker carried two million barrels of crude oil.",
        ]
        groups = [0, 1, 2, 3, 4]
        scorer = PairScorer(texts, Normaliser(), groups=groups)
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    left, right = _candidates(story, 0.0)
    quick = _pair_arrays(story, _Pairs(story, left, right))
    exact = _settle(story, quick, left, right, dense=True)
    own, other = _unshared_weights(story, left, right), _unshared_weights(story, right, left)
    assert np.array_equal(exact.smallest_unshared_word[0], np.minimum(own, other))
    assert np.array_equal(exact.largest_unshared_word[0], np.maximum(own, other))
    tight = (quick.smallest_unshared_word[0] == quick.smallest_unshared_word[1]) & (
        quick.largest_unshared_word[0] == quick.largest_unshared_word[1]
    )
    assert tight.any()
    assert not own_story or not tight.all()  # the pairs of both ways are checked
    assert np.count_nonzero(own) > len(left) / 2


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
    found = _matches(comparison.articles, scorer, position, threshold, WORDS)
    assert [(match.claims, match.score) for match in found] == expected
    assert expected


def test_pairs_bounded_one_by_one_get_the_values_of_whole_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big story works out its few pairs per claim one by one, a small one reads them from
    products over whole blocks: the two give the same values, and the one-by-one way finds the
    longest common subsequences straight away."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    left, right = _candidates(story, 0.0)
    whole = _Pairs(story, left, right)
    expected = _settle(story, _pair_arrays(story, whole), left, right, dense=True)
    monkeypatch.setattr(prepared, "DENSE_SHARE", 2.0)
    one_by_one = _Pairs(story, left, right)
    assert whole.dense and not one_by_one.dense
    found = _settle(story, _pair_arrays(story, one_by_one), left, right, dense=False)
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


def test_a_story_of_more_distinct_words_than_characters_scores_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words are coded as characters for rapidfuzz; a story of more distinct words than there
    are characters (megabytes of gibberish: ``chr`` raised) is coded as numbers instead, with
    the same scores."""
    _, _, scorer = story_scorer()
    as_characters = scorer.candidates(0.0)
    monkeypatch.setattr(prepared, "CHARACTERS", 10)
    _, _, numbered = story_scorer()
    assert isinstance(numbered._story.worded[0], tuple)
    as_numbers = numbered.candidates(0.0)
    assert as_numbers.left.tolist() == as_characters.left.tolist()
    assert as_numbers.right.tolist() == as_characters.right.tolist()
    assert as_numbers.value.tolist() == as_characters.value.tolist()


def test_in_a_big_story_words_every_sentence_uses_make_no_pairs_but_rare_ones_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Blocking: where a word is used by more sentences than ``RARE_KEY_SENTENCES`` (shrunk
    here to 3), two claims that share only such words are not compared, while a claim
    that many outlets repeat word for word still finds its copies through its rarest word, and
    a pair that shares a rare word keeps the score of scoring it on its own."""
    texts = [
        "Police said the harbour bridge closed on Monday.",  # 0
        "Police said the harbour bridge closed on Monday.",  # 1: a copy, other article
        "Police said the harbour bridge closed on Monday.",  # 2
        "Police said the harbour bridge closed on Monday.",  # 3
        "Police said officials met the mayor on Monday.",  # 4: only common words shared
        "Officials said the mayor resigned.",  # 5: shares the rare "mayor" and "officials"
    ]
    groups = list(range(len(texts)))
    scorer = PairScorer(texts, Normaliser(), groups=groups)
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    every = set(zip(*(part.tolist() for part in _candidates(story, 0.0)), strict=True))
    monkeypatch.setattr(candidates, "RARE_KEY_SENTENCES", 3)
    monkeypatch.setattr(candidates, "BLOCKING_KEYS_PER_SENTENCE", 1)
    blocked = set(zip(*(part.tolist() for part in _candidates(story, 0.0)), strict=True))
    copies = {(i, j) for i in range(4) for j in range(i + 1, 4)}
    assert copies <= blocked
    assert (0, 4) in every and (0, 4) not in blocked
    assert (4, 5) in blocked
    found = score_candidates_of(scorer, story)
    assert found[4, 5] == pytest.approx(scorer.claim_score(4, 5), abs=1e-9)


def score_candidates_of(scorer: PairScorer, story: _PreparedStory) -> dict[tuple[int, int], float]:
    scores = score_candidates(story, scorer.model, 0.0)
    return {
        (int(i), int(j)): float(value)
        for i, j, value in zip(scores.left, scores.right, scores.value, strict=True)
    }


@pytest.mark.parametrize("seed", range(20))
def test_the_first_of_each_run_are_those_a_full_sort_puts_first(seed: int) -> None:
    """``_first_of_runs`` counts and sorts only what can be among a run's first; it keeps the
    entries that sorting every entry by run, then order, then place keeps, orders too large to
    sort beside their runs as one integer (``1 << 61``) included."""
    generator = np.random.default_rng(seed)
    size = int(generator.integers(0, 400))
    runs = generator.integers(0, int(generator.integers(1, 30)), size)
    order = generator.integers(0, int(generator.choice([2, 50, 1 << 30, 1 << 61])), size)
    keep = int(generator.integers(1, 20))
    ranked = sorted(range(size), key=lambda index: (runs[index], order[index], index))
    expected = np.zeros(size, dtype=bool)
    for place, index in enumerate(ranked):
        run_start = next(p for p, i in enumerate(ranked) if runs[i] == runs[index])
        expected[index] = place - run_start < keep
    assert (candidates._first_of_runs(runs, order, keep) == expected).all()


@pytest.mark.parametrize("blocking", [False, True])
def test_pairs_sought_outside_a_long_articles_own_sentences_are_the_same(
    monkeypatch: pytest.MonkeyPatch, blocking: bool
) -> None:
    """A block of rows inside an article of ``OWN_ARTICLE_SENTENCES`` or more is paired with
    the other articles' columns only (an article of 20,000 alike sentences took a minute, now
    six seconds): the candidates are those of pairing it with every column, here with every
    article that long and blocks of a few rows, so that most blocks lie inside one article."""
    _, groups, scorer = story_scorer()
    story = _PreparedStory(scorer.sentences, scorer.rarity, groups)
    monkeypatch.setattr(candidates, "CELLS_PER_BLOCK", 7 * len(groups))
    if blocking:
        monkeypatch.setattr(candidates, "RARE_KEY_SENTENCES", 4)
    monkeypatch.setattr(candidates, "OWN_ARTICLE_SENTENCES", 10**9)
    every = [part.tolist() for part in _candidates(story, 0.0)]
    monkeypatch.setattr(candidates, "OWN_ARTICLE_SENTENCES", 1)
    outside = [part.tolist() for part in _candidates(story, 0.0)]
    assert len(every[0]) > 20 and outside == every


def test_partners_that_tie_are_kept_alike_whichever_columns_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """helper-143's review: sentences that share as much with 13 partners tie, and which 12 a
    claim kept depended on the order scipy left a sum's entries in, which leaving out an
    article's own columns changed (row 12 kept partners 1-12 one way, 0-11 the other)."""
    words = [f"w{chr(97 + at)}q{chr(97 + at)}z" for at in range(13)]
    first = [f"Harbour {' '.join(words)} u{at}x{at}." for at in range(13)]
    first += [f"Harbour f{at}k{at}." for at in range(1_400)]
    second = [f"{word.capitalize()} y{at}m." for at, word in reversed(list(enumerate(words)))]
    groups = [0] * len(first) + [1] * len(second)
    found = []
    for own in (10**9, 1_000):
        monkeypatch.setattr(candidates, "OWN_ARTICLE_SENTENCES", own)
        scored = PairScorer(first + second, Normaliser(), groups=groups).candidates(0.0)
        found.append(sorted(zip(scored.left.tolist(), scored.right.tolist(), strict=True)))
    assert len(found[0]) > 12 * 13 and found[0] == found[1]
