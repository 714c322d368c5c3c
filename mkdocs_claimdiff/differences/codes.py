"""Names written as a code of letters and digits: roads ("A59", "I-75"), aircraft ("A380"),
groups ("G20"). The names of ``names`` are runs of capitalised words, which leave digits out,
so "The A569 was closed" against "The A59 was closed" was shown as one claim (helper-187's
audit), and the digest quoted the outlier as what most outlets agree on."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Difference
from .slots import Slots

_CODE = re.compile(r"(?<![\w’'-])(?P<letters>[A-Z]{1,3})-?(?P<digits>\d{1,4})(?![\w’'-]|[.,]\d)")
"""A code: one to three capitals and up to four digits, a hyphen between or not ("I-75"),
standing as a word of its own ("A59", not "MP3s" nor "COVID-19")."""


class Code(NamedTuple):
    """A code as written, where, its letters and its digits (leading zeros left out)."""

    text: str
    span: tuple[int, int]
    letters: str
    digits: str


@lru_cache(maxsize=65536)  # bounded as the other per-text caches: a claim meets many partners
def codes(text: str) -> tuple[Code, ...]:
    """The codes of a claim's text."""
    return tuple(
        Code(m.group(), m.span(), m.group("letters"), m.group("digits").lstrip("0"))
        for m in _CODE.finditer(text)
    )


def code_differences(first: Slots, second: Slots) -> list[Difference]:
    """One code of a kind (its letters) in each claim, with other digits of the same first
    digit: "A569" / "A59", a number mistyped; not "M3" (a car) / "M6" (a road) nor "A380" /
    "A4" (helper-192's review). Of several codes of a kind in a claim ("the A59 and the A61")
    none is set against another: which goes with which is not told. Nor is a code its claim
    cites as its source ("MI5 said"): the sources tell it."""
    left, right = _by_letters(first.claim.text), _by_letters(second.claim.text)
    if not left or not right:
        return []  # most claims
    found = []
    for letters, mine in left.items():
        theirs = right.get(letters, ())
        if len(mine) == 1 and len(theirs) == 1:
            one, other = mine[0], theirs[0]
            if (
                one.digits != other.digits
                and one.digits[:1] == other.digits[:1]
                and one.text not in (first.source or "")
                and other.text not in (second.source or "")
            ):
                found.append(Difference("name", one.text, other.text, "code", one.span, other.span))
    return sorted(found, key=lambda difference: difference.a_span or (0, 0))


@lru_cache(maxsize=65536)  # as ``codes``
def _by_letters(text: str) -> dict[str, tuple[Code, ...]]:
    """The codes of a text by their letters, gathered in one pass."""
    found: dict[str, list[Code]] = {}
    for code in codes(text):
        found.setdefault(code.letters, []).append(code)
    return {letters: tuple(group) for letters, group in found.items()}
