"""Which addresses may become links: read by the sources (a sidecar's ``url``) and by the
output (links to the original), so kept below both; and which text shows as nothing."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

URL_IGNORED = "so no link is made to it; ignored"
"""Ends the warning about a ``url`` that may not become a link: the one warning its file needs
about its address (no second one saying it has none), which its page repeats."""

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Unicode categories of characters that show as nothing: controls, format characters (zero-width
spaces and joiners, direction marks), surrogates, private use, unassigned, line separators."""


def shows_nothing(text: str) -> bool:
    """Whether ``text`` has no character a reader sees: only spaces and characters of
    ``_INVISIBLE`` (a title or an outlet of zero-width spaces is shown as nothing at all, and
    its link cannot be clicked)."""
    return all(char.isspace() or unicodedata.category(char) in _INVISIBLE for char in text)


def url_problem(url: str) -> str | None:
    """Why ``url`` may not become a link, or None when it may: only an http(s) URL with a host,
    so a scraped ``javascript:`` never does; without a user name or password, which make
    ``https://bank.example@evil.example/`` read like one site and lead to another, as a
    backslash in the host does (``_NOT_IN_A_HOST``); without a port past 65535, a dead link;
    and without invisible characters (a zero-width space, a direction mark), or a part of the
    host whose letters mix alphabets (``mixes_alphabets``), which make two different addresses
    look the same."""
    if any(char.isspace() or unicodedata.category(char) in _INVISIBLE for char in url):
        return "has spaces or invisible characters"
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        web = False
    if not web:
        return "is not an http(s) address"
    try:
        parts.port  # noqa: B018 - read for its check: one past 65535 raises
    except ValueError:
        return "has a port no browser opens"
    if "@" in parts.netloc:
        return "holds a user name or password"
    if any(sign in parts.netloc for sign in _NOT_IN_A_HOST):
        return "has a backslash or an escaped character in its host"
    if any(map(mixes_alphabets, (parts.hostname or "").split("."))):
        return "mixes alphabets in its host, as a look-alike of another site does"
    return None


_EAST_ASIAN = frozenset(
    """CJK IDEOGRAPHIC HIRAGANA KATAKANA KATAKANA-HIRAGANA HENTAIGANA VERTICAL MASU HANGUL
    BOPOMOFO""".split()
)
"""First words of the names of the letters and marks of Chinese, Japanese and Korean ("々" is
an IDEOGRAPHIC ITERATION MARK, "ー" a KATAKANA-HIRAGANA PROLONGED SOUND MARK, "〱" a VERTICAL
KANA REPEAT MARK), which such names write beside Latin letters, as browsers allow: one
alphabet here, which may stand beside Latin letters only."""


def _alphabet(char: str) -> str:
    """The alphabet of a letter, by the first word of its Unicode name: full-width and
    half-width forms are the letters they stand for ("ｅ" Latin, "ｱ" Katakana)."""
    name = unicodedata.name(char, "").removeprefix("FULLWIDTH ").removeprefix("HALFWIDTH ")
    first = name.split(" ", 1)[0]
    return "EAST ASIAN" if first in _EAST_ASIAN else first


def mixes_alphabets(label: str) -> bool:
    """Whether a part of a host name writes letters of two alphabets: a Cyrillic "а" among
    Latin ones makes ``bаnk.example`` look like ``bank.example`` (browsers show such a name as
    ``xn--`` for that reason); "bücher" or "ελλάδα" is one alphabet each, and Chinese,
    Japanese or Korean beside Latin letters ("sonyストア") is allowed, as browsers allow it,
    but not beside Cyrillic ("中国рф").
    Look-alikes within one alphabet ("аррӏе" in Cyrillic alone) are not caught."""
    if label.isascii():
        return False
    alphabets = {_alphabet(char) for char in label if char.isalpha()}
    return len(alphabets - {"EAST ASIAN"}) > 1 or (
        "EAST ASIAN" in alphabets and bool(alphabets - {"EAST ASIAN", "LATIN"})
    )


_NOT_IN_A_HOST = ("\\", "%")
"""Signs a browser reads otherwise than ``urlsplit`` in an address's host: a backslash is a
slash to it, so ``https://evil.example\\.bank.example/`` reads as one site and opens
``evil.example`` (helper-169's audit); an escaped character (``%00``) makes no valid host."""


def is_web_url(url: str | None) -> bool:
    """Whether ``url`` may become a link to the original (see ``url_problem``)."""
    return bool(url) and url_problem(url or "") is None


def web_url(url: str | None) -> str | None:
    """``url`` if it may become a link, else None."""
    return url if is_web_url(url) else None
