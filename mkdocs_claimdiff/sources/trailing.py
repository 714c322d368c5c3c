"""Chrome sentences printed at the end of a paragraph of article text, split off it.

A page often ends a paragraph of news with its own call to action or credit: "Rebel Moon is set
to premiere on Netflix in April 2024. Check out the exclusive photos above.", "Find out what to
watch next. Get The Watchlist delivered every Thursday.", "Materials provided by Harvard Medical
School. Note: Content may be edited for style and length." The paragraph as a whole is article
text, so the phrase rules, which judge whole units, kept the chrome too, and it became a claim.
Here the sentences at a paragraph's end that each say what chrome says (by the rules for
notices of a sentence or more, ``chrome.SENTENCE_RULE_WORDS``, as a block of such sentences is
judged) become a paragraph of their own, which the phrase rules then take out and list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import BlockKind
from .chrome import SENTENCE_RULE_WORDS, _phrase_reason, phrase_reason
from .sentence_breaks import sentence_starts, split_at


def split_trailing_chrome(
    parts: Sequence[tuple[BlockKind, str]],
) -> list[tuple[BlockKind, str]]:
    """The parts, each paragraph that ends in chrome sentences as two: its article text, then
    those sentences."""
    return [piece for kind, text in parts for piece in _split(kind, text)]


def _split(kind: BlockKind, text: str) -> Iterator[tuple[BlockKind, str]]:
    if kind != "paragraph":
        yield kind, text
        return
    starts = sentence_starts(text)
    sentences = split_at(text, starts)
    tail = len(sentences)
    while tail > 1 and _phrase_reason(sentences[tail - 1], kind, SENTENCE_RULE_WORDS):
        tail -= 1
    # A paragraph chrome as a whole ("Want news? Subscribe to our newsletter.") stays whole,
    # for the phrase rules to take out: asked only of the few that end in chrome.
    if tail == len(sentences) or phrase_reason(text, kind) is not None:
        yield kind, text
        return
    yield kind, text[: starts[tail]].rstrip()
    yield kind, text[starts[tail] :]
