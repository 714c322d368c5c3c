"""Where the sentences of a block begin, roughly: enough to try each against the phrase rules.

Not the claims' splitter (``claims``), which knows abbreviations in several languages: chrome
sentences are short and plain, and a break is wanted only where a capital or a digit follows a
full stop, a question or an exclamation mark. A name's initial ("Staff writer Cam E. Kettles",
"J.R. Smith") ends no sentence.
"""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.")
"""A capital letter and a full stop, alone or after another initial ("E.", "J.R."): a name's
initial. A digit or a word of one small letter ends a sentence ("Game 7.")."""


def sentence_starts(text: str) -> list[int]:
    """The offset at which each sentence of the text begins, the first at 0."""
    return [
        0,
        *(
            found.end()
            for found in _SENTENCE_BREAK.finditer(text)
            # the three characters before the break: a linear look, not a search back
            if not _INITIAL.fullmatch(text, max(0, found.start() - 3), found.start())
        ),
    ]


def sentences_of(text: str) -> list[str]:
    """The sentences of the text, stripped."""
    return split_at(text, sentence_starts(text))


def split_at(text: str, starts: list[int]) -> list[str]:
    """The text cut at ``starts`` (``sentence_starts``), each piece stripped."""
    ends = [*starts[1:], len(text)]
    return [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
