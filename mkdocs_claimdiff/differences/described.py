"""A cited source as its sentence describes it: with the titles written before it and the body
named right after it ("Troy police Sgt. Barry Whiteside", "Benson, a managing editor at
WCCO-TV"), which is what sources are compared by."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from ..claims.shown import own_source
from .slots import TITLES
from .source_words import BODY_WORDS, GENERIC_SOURCE_WORDS

_TITLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[\w’'-]+[ ]){1,3}$")


def _owned_office(before: str) -> bool:
    """Whether a body's possessive and the office it owns end ``before`` (a name set apart by
    commas follows): "Vireo-Kessel's general manager"."""
    words = before.split()[-4:-1]
    return any(word[:1].isupper() and word.endswith(("'s", "’s")) for word in words)


_NAMED_AFTER = re.compile(
    r"(?:,[ ](?:a|an|the)(?:[ ][\w’'-]+){1,4}?)?[ ](?:from|by|of|at|for)[ ]"
    r"((?:[A-Z][\w’'&.-]*[ ]?){1,4})"
)
"""The body a source is of, right after it: "a report from WCCO-TV", "Benson, a managing
editor at WCCO-TV"."""


def _without_full_stop(name: str) -> str:
    """Without the sentence's full stop ("from WCCO-TV."), not that of initials ("the U.S.")."""
    return name[:-1] if name.endswith(".") and name[-3:-2] != "." else name


def _titles(words: list[str]) -> list[str]:
    """The titles among the words before a source, with the capitalised words that hold them
    when they come right before the source: "City Attorney spokeswoman Gina Coburn" speaks for
    the City Attorney, "Troy police Sgt. Barry Whiteside" for the Troy police, "Israeli military
    spokesman Daniel Hagari" for the Israeli military."""
    if words and words[-1].lower() in TITLES:
        held = list(takewhile(_title_or_name, reversed(words)))
        return [*reversed(held)]
    return [w for w in words if w.lower() in TITLES]


def _title_or_name(word: str) -> bool:
    return word.lower() in TITLES | BODY_WORDS or (
        word[:1].isupper() and word.lower() not in GENERIC_SOURCE_WORDS
    )


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def described(text: str, attribution: str) -> str:
    """The attribution with the titles the sentence puts before it and the name it gives
    right after: "police inspector Dave Gaskin said" cites "Dave Gaskin", a police inspector;
    "Beaumont Hospital spokeswoman Ilene Wolfe said" a spokeswoman of Beaumont Hospital;
    "according to a report from WCCO-TV" cites a report from WCCO-TV, "said Benson, a
    managing editor at WCCO-TV" an editor of WCCO-TV."""
    attribution = own_source(attribution)
    at = text.find(attribution)
    end = at + len(attribution)
    # set apart by commas, an office a body owns before the name is the name's: "Vireo-Kessel's
    # general manager, Luc Hendrickx, said" (the written stories, 2026-12-07); not "the Troy
    # police chief, Charles Craft", whom ECB+ pairs tell from "Troy police Lt. Gerry Scherlinck"
    set_apart = (
        at > 2
        and text[at - 2 : at] == ", "
        and text[end : end + 1] == ","
        and _owned_office(text[max(0, at - 40) : at - 2])
    )
    written = f"{text[: at - 2]} " if set_apart else text
    before = _TITLE_BEFORE.search(written, max(0, at - 40), at) if at > 0 else None
    titles = _titles(before.group().split()) if before else []
    after = _NAMED_AFTER.match(text, end) if at >= 0 else None
    named = [_without_full_stop(after.group(1).strip())] if after else []
    return " ".join((*titles, attribution, *named))
