"""Where a hedge or a source that differs is written in its claim (``differences.spans``)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.compare import compare_claims
from mkdocs_claimdiff.differences.spans import first_located, located

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
