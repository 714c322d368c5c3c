"""Links to a sentence inside the original article: URL text fragments (``#:~:text=``).

Browsers that support text fragments scroll to and highlight the quoted sentence; the others
open the page at the top, so the link is never worse than a plain link. A long sentence is quoted
by its first and last words (``textStart,textEnd``) so that a small difference in the middle, such
as markup the scrape lost, does not break the match.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

EDGE_WORDS = 4
SHORT_SENTENCE_WORDS = 2 * EDGE_WORDS + 2
# Characters stripped from the ends of a quoted sentence: closing punctuation and quotes are
# often rendered differently on the original page (curly vs straight quotes, a trailing period
# inside a link) and a fragment must match word boundaries anyway.
EDGE_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?…-–—"
WHITESPACE = re.compile(r"\s+")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Unicode categories of characters that show as nothing: controls, format characters (zero-width
spaces and joiners, direction marks), surrogates, private use, unassigned, line separators."""


def url_problem(url: str) -> str | None:
    """Why ``url`` may not become a link, or None when it may: only an http(s) URL with a host,
    so a scraped ``javascript:`` never does; without a user name or password, which make
    ``https://bank.example@evil.example/`` read like one site and lead to another; and without
    invisible characters (a zero-width space, a direction mark), which make two different
    addresses look the same."""
    if any(char.isspace() or unicodedata.category(char) in _INVISIBLE for char in url):
        return "has spaces or invisible characters"
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        web = False
    if not web:
        return "is not an http(s) address"
    if "@" in parts.netloc:
        return "holds a user name or password"
    return None


def is_web_url(url: str | None) -> bool:
    """Whether ``url`` may become a link to the original (see ``url_problem``)."""
    return bool(url) and url_problem(url or "") is None


def web_url(url: str | None) -> str | None:
    """``url`` if it may become a link, else None."""
    return url if is_web_url(url) else None


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
