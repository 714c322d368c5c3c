"""Small pieces of the pages that are easier to check without building a site."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.output.views import EXCERPT_CHARACTERS, excerpt_of


@pytest.mark.parametrize(
    "text",
    [
        "Der Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellervereinigung tagte.",
        "二人の登山者がアオラキ・マウントクックで死亡したと警察が発表した。" * 3,
        "See https://example.org/a/very/long/path/that/goes/on/and/on/for/ever/and/ever",
    ],
)
def test_an_excerpt_without_spaces_in_reach_is_cut_mid_word(text: str) -> None:
    excerpt = excerpt_of(text)
    assert excerpt.endswith("…") and len(excerpt) == EXCERPT_CHARACTERS
    assert text.startswith(excerpt[:-1])


def test_an_excerpt_is_cut_at_a_space_and_short_claims_stay_whole() -> None:
    long = "A normal sentence that is long enough to be cut somewhere around sixty characters."
    assert excerpt_of(long) == "A normal sentence that is long enough to be cut somewhere …"
    assert excerpt_of("Two  climbers\ndied.") == "Two climbers died."


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Police said the rescue team found the missing long-distance-runners alive on Sunday.",
            "Police said the rescue team found the missing long- …",
        ),
        (
            "Police said the rescue team found the two missing mountaineers alive on Sunday.",
            "Police said the rescue team found the two missing …",
        ),
        (
            "Police said the rescue team found the two missing mountaineers.",
            "Police said the rescue team found the two missing …",
        ),
    ],
)
def test_an_excerpt_breaks_at_the_word_crossing_its_length(text: str, excerpt: str) -> None:
    """The word that crosses the excerpt's length is dropped (or cut at a hyphen), whether the
    claim goes on after it or ends with it."""
    assert excerpt_of(text) == excerpt
