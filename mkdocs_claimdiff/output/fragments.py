"""Links to a sentence inside the original article: URL text fragments (``#:~:text=``).

Browsers that support text fragments scroll to and highlight the quoted sentence; the others
open the page at the top, so the link is never worse than a plain link. A long sentence is quoted
by its first and last words (``textStart,textEnd``) so that a small difference in the middle, such
as markup the scrape lost, does not break the match.
"""

from __future__ import annotations

import re
from urllib.parse import quote

EDGE_WORDS = 4
SHORT_SENTENCE_WORDS = 2 * EDGE_WORDS + 2
# Characters stripped from the ends of a quoted sentence: closing punctuation and quotes are
# often rendered differently on the original page (curly vs straight quotes, a trailing period
# inside a link) and a fragment must match word boundaries anyway.
EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?…-–—"
WHITESPACE = re.compile(r"\s+")


def encode_fragment_text(text: str) -> str:
    """Percent-encode a text directive term.

    ``-``, ``,`` and ``&`` are syntax inside a text directive and must be encoded; everything
    that is not an unreserved character is encoded too, so the result is safe in any URL.
    """
    return quote(text, safe="").replace("-", "%2D")


def text_fragment(sentence: str) -> str:
    """The ``:~:text=`` directive (without the leading ``#``) that selects ``sentence``."""
    words = WHITESPACE.sub(" ", sentence).strip(EDGE_PUNCTUATION + " ").split(" ")
    words = [word for word in words if word]
    if not words:
        return ""
    if len(words) <= SHORT_SENTENCE_WORDS:
        return ":~:text=" + encode_fragment_text(" ".join(words))
    start = " ".join(words[:EDGE_WORDS])
    end = " ".join(words[-EDGE_WORDS:])
    return ":~:text=" + encode_fragment_text(start) + "," + encode_fragment_text(end)


def link_to_sentence(url: str, sentence: str) -> str:
    """The original URL deep-linked to ``sentence``; any fragment the URL had is replaced."""
    base = url.split("#", 1)[0]
    directive = text_fragment(sentence)
    return f"{base}#{directive}" if directive else base
