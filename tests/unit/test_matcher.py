"""The paraphrase model, the claim score and ``claimdiff score``."""

from __future__ import annotations

import random

import numpy as np
import pytest

from mkdocs_claimdiff.matching import overlap
from mkdocs_claimdiff.matching.features import FEATURES
from mkdocs_claimdiff.matching.matcher import NAME_CLASH_PENALTY, default_model
from mkdocs_claimdiff.matching.scorer import PairScorer, score_pairs
from mkdocs_claimdiff.matching.sentences import name_clash, prepare_all
from mkdocs_claimdiff.normalise import Normaliser

PAIRS = [
    (
        "Amrozi accused his brother, whom he called the witness, of deliberately distorting his "
        "evidence.",
        "Referring to him as only the witness, Amrozi accused his brother of deliberately "
        "distorting his evidence.",
    ),
    (
        "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
        "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 "
        "billion in 1998.",
    ),
    (
        "The company's shares rose 5 percent on Tuesday after the earnings report.",
        "Heavy rain flooded several streets in the north of the city overnight.",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov spearheaded efforts to ensure Assad's escape.",
        "Russian Deputy Foreign Minister Sergei Ryabkov confirmed that Russia is sheltering Assad.",
    ),
]


def test_the_shipped_model_matches_the_features() -> None:
    model = default_model()
    assert len(model.coefficients) == 2 * len(FEATURES)
    assert 0 < model.threshold < 1


def test_a_close_paraphrase_outscores_a_different_claim_and_an_unrelated_pair() -> None:
    (close, _), (different, _), (unrelated, same), _ = score_pairs(PAIRS)
    assert close > different > unrelated
    assert close >= default_model().threshold and not same


def test_features_are_symmetric() -> None:
    scorer = PairScorer([text for pair in PAIRS for text in pair], Normaliser())
    firsts = np.arange(0, 2 * len(PAIRS), 2)
    forward, backward = scorer.features(firsts, firsts + 1), scorer.features(firsts + 1, firsts)
    assert forward.shape == (len(PAIRS), len(FEATURES))
    assert np.array_equal(forward, backward)


def test_scores_do_not_depend_on_the_order_of_pairs() -> None:
    forward = dict(zip(PAIRS, score_pairs(PAIRS), strict=True))
    shuffled = PAIRS[:]
    random.Random(4).shuffle(shuffled)
    assert dict(zip(shuffled, score_pairs(shuffled), strict=True)) == forward


def test_empty_pairs_are_never_the_same() -> None:
    assert score_pairs([("", "Something happened.")]) == [(0.0, False)]


def test_a_file_without_a_content_word_is_scored() -> None:
    """Only stop words, or nothing: no word to weigh, still one score a pair."""
    (empty, _), (same, _) = score_pairs([("", ""), ("It is.", "It is.")])
    assert empty == 0.0
    assert 0.0 <= same <= 1.0


def test_related_words_earn_part_of_the_overlap() -> None:
    scorer = PairScorer(
        [
            "Pirates attacked the tanker off Somalia.",
            "The piracy attempt on the tanker failed.",
            "Lawmakers debated the budget in Rome.",
        ],
        Normaliser(),
    )
    assert scorer.claim_score(0, 1) > 0
    assert scorer.claim_score(0, 2) == 0


@pytest.mark.parametrize(
    ("left", "right", "clash"),
    [
        ("Foreign Minister Sergei Lavrov spoke.", "Foreign Minister Sergei Ryabkov spoke.", True),
        ("Foreign Minister Sergei Lavrov spoke.", "Sergei Lavrov, the minister, spoke.", False),
        ("Hugh Jackman will host the Oscars.", "Jackman will host the Academy Awards.", False),
        ("The plane landed at Hmeimim Air Base.", "The plane landed at Hmeimim Air Base.", False),
        ("President Barack Obama spoke.", "President Obama spoke.", False),
        ("President Obama nominated Benjamin.", "President Nominates Regina Benjamin", False),
    ],
)
def test_different_names_in_the_same_slot_clash(left: str, right: str, clash: bool) -> None:
    first, second = prepare_all([left, right], Normaliser())
    assert name_clash(first, second) is clash
    assert name_clash(second, first) is clash


@pytest.mark.parametrize(("irregular", "regular"), [("flew", "flying"), ("left", "leaving")])
def test_irregular_forms_share_the_key_of_the_regular_ones(irregular: str, regular: str) -> None:
    normaliser = Normaliser()
    assert normaliser.key(irregular) == normaliser.key(regular)


def test_the_fast_stemmer_is_used_and_gives_the_reference_stems() -> None:
    """PyStemmer's C stemmer is what snowballstemmer hands the Normaliser when installed; its
    stems must be those of the pure-Python English stemmer, or scores and cached results drift."""
    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    words = (
        "generously running nationalization hopefulness agreed skies dying ties "
        "organizing sensational conditional relational rational feed news transponders"
    ).split()
    fast = snowballstemmer.stemmer("english")
    assert type(fast).__module__ == "Stemmer"
    assert fast.stemWords(words) == [EnglishStemmer().stemWord(word) for word in words]


def test_a_normaliser_remembers_short_sentences_only() -> None:
    """Tokens are remembered for the next ask (matching, then differences), but not those of
    a sentence of thousands of words, which pile up over a long ``mkdocs serve``."""
    normaliser = Normaliser()
    short, long = "The storm hit the coast.", "The storm hit the coast. " * 400
    assert normaliser.tokens(short) is normaliser.tokens(short)
    first = normaliser.tokens(long)
    assert first == normaliser.tokens(long) and first is not normaliser.tokens(long)


def test_a_pair_whose_names_clash_scores_the_penalty_times_less(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clash lowers the claim score of the pair by its factor, wherever the penalty is
    worked out (``overlap._penalty``); without it "Lavrov" and "Ryabkov" would be one claim."""
    texts = [
        "Foreign Minister Sergei Lavrov met the envoy in Geneva on Tuesday.",
        "Foreign Minister Sergei Ryabkov met the envoy in Geneva on Tuesday.",
    ]
    penalised = PairScorer(texts, Normaliser(), groups=[0, 1]).claim_score(0, 1)
    monkeypatch.setattr(overlap, "NAME_CLASH_PENALTY", 1.0)
    unpenalised = PairScorer(texts, Normaliser(), groups=[0, 1]).claim_score(0, 1)
    assert NAME_CLASH_PENALTY < 1
    assert penalised == pytest.approx(NAME_CLASH_PENALTY * unpenalised, abs=1e-4)
