"""Turn folder names, file names and front-matter values into safe identifiers and readable names.

Story and article ids become URL segments and output file names, and they come from user input
(folder names, ``story:`` keys), so ``slugify`` is a security boundary: whatever it is given, the
result contains only ``[a-z0-9-]`` and can never be a path separator, ``.`` or ``..``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

MAX_SLUG_LENGTH = 80
FALLBACK_SLUG = "untitled"

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SEPARATORS = re.compile(r"[-_\s]+")
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\s]+")
"""Runs of characters outside the Latin blocks (Basic Latin to Latin Extended, and Latin
Extended Additional)."""


def _transliterate(run: re.Match[str]) -> str:
    """The ASCII spelling of a run of letters of another script; symbols and emoji stay out."""
    from anyascii import anyascii

    letters = "".join(char if char.isalnum() else " " for char in run.group())
    return f" {anyascii(letters)} "


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug of ``text``; never empty, at most 80 characters.

    A name with no Latin letter, even written full-width (``ＮＨＫ``) or as a ligature, is
    transliterated (``Москва`` -> ``moskva``, ``北京 2`` -> ``beijing-2``) rather than becoming
    ``untitled`` or only its digits (``Отчёт 1`` and ``Доклад 1`` were both ``1``). A name with
    Latin letters keeps the slug it always had, other scripts in it left out.
    """
    slug = _ascii_slug(text)
    if not text.isascii() and not any(map(str.isalpha, slug)):
        slug = _ascii_slug(_NOT_LATIN.sub(_transliterate, text))
    return slug or FALLBACK_SLUG


def _ascii_slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-")


def numbered(wanted: str, taken: Collection[str]) -> str:
    """``wanted``, or ``wanted-2`` (``-3``...) if ``wanted`` is taken: ids must never clash."""
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def humanise(name: str) -> str:
    """Make a readable title from a folder or file name: ``assad-escape`` -> ``Assad escape``.

    Used when nothing better (a ``title:`` key, a heading) names a story or an article.
    """
    words = _SEPARATORS.sub(" ", name).strip()
    if not words:
        return FALLBACK_SLUG.capitalize()
    return words[0].upper() + words[1:]
