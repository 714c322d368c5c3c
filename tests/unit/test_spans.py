"""Where a hedge or a source that differs is written in its claim (``differences.spans``)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.compare import compare_claims
from mkdocs_claimdiff.differences.spans import first_located, located, located_source

from .test_differences import claim


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("Three men were said to  have been rescued.", "were said to", (10, 22)),
        ("Three men WERE said\nto have been rescued.", "were said to", (10, 22)),
        ("It was unlikely, officials said.", "likely", None),
        ("Sources say it is likely.", "likely", (18, 24)),
        ("Nothing here.", "", None),
    ],
    ids=["spaces", "case and line break", "inside a word", "whole word", "empty"],
)
def test_a_phrase_is_found_as_whole_words_whatever_its_case_and_spacing(
    text: str, phrase: str, span: tuple[int, int] | None
) -> None:
    assert located(text, phrase) == span


def test_the_first_phrase_the_text_writes_is_located() -> None:
    assert first_located("He is thought to have died.", ("reportedly", "is thought to")) == (3, 16)
    assert first_located("He died.", ("reportedly",)) is None


def test_a_hedge_difference_marks_the_hedge_where_the_claim_writes_it() -> None:
    hedged = claim("Three climbers with Mr Buckley were said to have been rescued.")
    stated = claim("Three climbers with Mr Buckley have been rescued.")
    (difference,) = [d for d in compare_claims(hedged, stated) if d.kind == "hedge"]
    assert difference.a_span is not None
    assert hedged.text[slice(*difference.a_span)] == "were said to"
    assert difference.b_span is None  # stated as fact: nothing to mark


def test_a_source_difference_marks_each_source() -> None:
    one = claim("Assad fled to Moscow with his family, Reuters reported.")
    other = claim("Assad fled to Moscow with his family, Bloomberg reported.")
    (difference,) = [d for d in compare_claims(one, other) if d.kind == "source"]
    assert difference.a_span is not None and difference.b_span is not None
    assert one.text[slice(*difference.a_span)] == "Reuters"
    assert other.text[slice(*difference.b_span)] == "Bloomberg"


@pytest.mark.parametrize(
    ("text", "source", "cited"),
    [
        ('"... AMD\'s technology leadership to servers," AMD said in a statement.', "AMD", 46),
        ("Sanjay Gupta, CNN's chief medical correspondent, got the job, CNN reported.", "CNN", 62),
        ("Reuters journalists were at the scene; he fled, according to Reuters.", "Reuters", 61),
        ("Reuters named no one.", "Reuters", 0),
        ("AMD makes chips for the super AMD fans, AMD said.", "AMD", 40),
    ],
    ids=["said after", "reported after", "according to", "no citing word: the first", "nearest"],
)
def test_a_source_is_located_where_it_is_cited(text: str, source: str, cited: int) -> None:
    """helper-161's review: the first place a source's name stood was marked, also inside a
    quote ("AMD's technology") when the claim cites it later ("AMD said")."""
    assert located_source(text, source) == (cited, cited + len(source))


def test_a_hedge_is_located_in_its_own_case_first() -> None:
    """helper-161's review: the hedge "may" marked the month ("In May the dam may burst")."""
    text = "In May the dam may burst, officials said."
    hedged = claim(text)
    (difference,) = [
        d for d in compare_claims(hedged, claim("In May the dam will burst.")) if d.kind == "hedge"
    ]
    assert difference.a_span is not None
    assert difference.a_span[0] == text.index("may burst")
    assert located("Likely, the dam burst.", "likely") == (0, 6)
