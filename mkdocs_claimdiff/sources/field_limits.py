"""How long a headline, an outlet's or an author's name may be: longer ones are cut, with a
warning, where they are read (front matter, a saved page's own data)."""

from __future__ import annotations

MAX_TITLE_CHARACTERS = 300
"""A line longer than this is body text, never a headline: the longest title of the 1,052
development and further saved pages is 201 characters (a quote and a headline), of their 122
published truths 130; the longest first line of the development ECB+ files, which their
readers take for a title, 283 (a lede). A scrape saved as one long line (2 MB) made one
headline claim of all its text."""

MAX_NAME_CHARACTERS = 120
"""An outlet's or an author's name longer than this is cut: the longest site name of the
development pages ("Handelsblatt – Nachrichten aus Wirtschaft, Finanzen, …") has 85; one of
5,000 ran past the edge of every page it headed."""

_LIMITS = {
    "title": MAX_TITLE_CHARACTERS,
    "outlet": MAX_NAME_CHARACTERS,
    "author": MAX_NAME_CHARACTERS,
}


def within_limit(key: str, text: str) -> tuple[str, str | None]:
    """``text``, cut at a word before the limit of ``key`` (``_LIMITS``) and ended with "…" when
    longer, and then why: a title of 10,000 characters made a headline claim as long and an
    article page whose heading filled 250 lines."""
    limit = _LIMITS.get(key)
    if limit is None or len(text) <= limit:
        return text, None
    cut = text[: limit - 1]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return f"{words.rstrip()}…", f"`{key}` is longer than {limit} characters: cut"
