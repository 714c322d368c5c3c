"""Where a value that a difference names is written in its claim, for the strong highlight.

Most differences are read from the claim's text with their places (a figure, a day, a name). A
hedge ("were said to") or a source ("Reuters") is compared as a phrase, so its place is looked
up: the first place the phrase stands in the text as whole words, whatever its case and the
white space between its words. A value the text does not hold as written (a hedge read from
an inflected act) gets no place and is not marked.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]


def located(text: str, phrase: str) -> Span | None:
    """The span of the first place ``phrase`` stands in ``text`` as whole words, ignoring case
    and how much white space separates them; None where it does not."""
    found = _pattern(" ".join(phrase.split())).search(text) if phrase.strip() else None
    return found.span() if found else None


def first_located(text: str, phrases: tuple[str, ...]) -> Span | None:
    """Where the first of ``phrases`` that ``text`` writes as given stands in it."""
    return next(filter(None, (located(text, phrase) for phrase in phrases)), None)


@lru_cache(maxsize=1024)  # a claim's hedge or source is looked up in each of its matches
def _pattern(phrase: str) -> re.Pattern[str]:
    """Literal words separated by runs of white space: each start is tried once, and a run of
    spaces ends where the next literal begins (linear in the text)."""
    words = r"\s+".join(map(re.escape, phrase.split(" ")))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
