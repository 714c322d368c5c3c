"""Where the phrase rules' sentences begin (``sources.sentence_breaks``)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.sources.sentence_breaks import sentences_of


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Staff writer Cam E. Kettles wrote it. She covers schools.",
            ["Staff writer Cam E. Kettles wrote it.", "She covers schools."],
        ),
        (
            "Staff writer J.R. Smith can be reached at jr@example.com. Next.",
            ["Staff writer J.R. Smith can be reached at jr@example.com.", "Next."],
        ),
        (
            "The Lakers lost Game 7. Note: Content may be edited.",
            ["The Lakers lost Game 7.", "Note: Content may be edited."],
        ),
        ("", [""]),
    ],
)
def test_a_name_initial_ends_no_sentence_a_digit_does(text: str, sentences: list[str]) -> None:
    assert sentences_of(text) == sentences
