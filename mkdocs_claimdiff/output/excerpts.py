"""How much of a claim's text a line quotes: the coverage matrix an excerpt, the digest a point."""

from __future__ import annotations

import textwrap

EXCERPT_CHARACTERS = 60
"""Length of a row's excerpt in the coverage matrix: enough to recognise the claim (the row
itself has it in full), short enough that the matrix does not copy the whole story again."""


def excerpt_of(text: str, characters: int = EXCERPT_CHARACTERS) -> str:
    """The start of a claim, at most ``characters`` long, cut at a space when there is one in
    reach, else mid-word (a sentence in Chinese or Thai, a long compound or URL), so it never
    shrinks to "…" alone."""
    collapsed = " ".join(text.split())
    if len(collapsed) <= characters:
        return collapsed
    # textwrap splits the whole text into words, most of them past the excerpt: it is given
    # the text up to the first space after the excerpt's length instead. The words it keeps
    # are split alike, and words remain after them either way, so the excerpt is the same.
    end = collapsed.find(" ", characters + 1)
    short = textwrap.shorten(
        collapsed if end == -1 else collapsed[:end], characters, placeholder=" …"
    )
    return short if len(short) >= characters // 2 else collapsed[: characters - 1] + "…"


DIGEST_POINT_CHARACTERS = 300
"""Length of a claim as the digest quotes it: every headline and nearly every sentence of news
in full (the longest title of 1,052 saved pages is 201 characters), while a scrape's run-on
paragraph of thousands does not push the rest of the digest off the first screen; the row it
links to has it in full."""


def digest_point(text: str) -> str:
    """A claim as the digest quotes it (``DIGEST_POINT_CHARACTERS``)."""
    return excerpt_of(text, DIGEST_POINT_CHARACTERS)
