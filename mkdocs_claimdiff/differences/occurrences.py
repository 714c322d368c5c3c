"""How many times a thing has happened within a span news names: "It is the third near-miss at
the airport in three years" / "the second ... in three years", "the eleventh eruption on the
peninsula since 2021" / "the 10th time since 2021". An ordinal is otherwise read only where it
ranks a place in the event's own sequence (``ordinals``): "the 4th head coach since King took
over" and "his 5th goal of the season" rank in scopes of their own. Here both claims name the
span, and the same one, so the two ordinals count within one scope (the written stories' misses
of 2026-12-07: 14 such pairs, none labelled)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Difference
from .slots import WORDS, Slots, ascii_lower, lacks, once_per_claim

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_VALUES = {word: index for index, word in enumerate(_ORDINAL_WORDS, start=1)}

_UNITS = r"(?:year|month|week|day|decade|season|flight|launch|race|match|game)(?:e?s)?"

_OCCURRENCE = re.compile(
    rf"(?i:\b(?:the|its|their|his|her|a|[a-z]{{1,20}}['’]s)[ ](?:only[ ])?"
    rf"(?P<ordinal>{'|'.join(_ORDINAL_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))(?![\w’'-])"
    # what it counts, in words without a stop or a comma: "near-miss at the airport"
    r"(?P<gap>(?:[ ][\w’'-]{1,20}){0,10}?)[ ]"
    rf"(?P<span>in[ ](?:the[ ](?:past|last)[ ])?(?P<many>[\w-]{{1,12}})[ ](?P<unit>{_UNITS})\b"
    r"|since[ ](?P<since>(?-i:(?:[A-Z][a-z]{2,9}[ ])?(?:\d{4}|[A-Z][a-z]{2,9})))\b"
    r"|this[ ](?P<this>year|season|month|week|autumn|fall|spring|summer|winter|decade|century)\b"
    r"|(?P<ever>ever)\b))"
)
"""An ordinal after "the" or a possessive ("the company's second") and, within ten words of
it, the span it counts in: "in (the past) three years", "since October", "since March 2021",
"this year", "ever". Not an ordinal joined to a word ("second-largest"), nor one after a comma
or a stop ("the first, in 2019, ..."), nor a span that names no time ("since he took
over")."""

_PARTS = (*_ORDINAL_WORDS[:12], "teenth", "twentieth", "st ", "nd ", "rd ", "th ")
"""A piece of every match of ``_OCCURRENCE`` (lower case): a claim without any is not
searched."""


@dataclass(frozen=True)
class Occurrence:
    """An ordinal with the span it counts in: "the third" ... "in three years"."""

    text: str
    span: tuple[int, int]
    value: int
    within: str
    """The span as compared: "in 3 year", "since 2021" (of "since March 2021"), "this
    year", "ever"."""
    written: str
    """The span as the claim writes it."""
    scope: str
    """The name that opens what the ordinal counts, or ``""``: "NBA" of "the fifth NBA coach
    fired this season"."""


@once_per_claim
def read_occurrences(slots: Slots) -> tuple[Occurrence, ...]:
    """The claim's ordinals of what happened within a named span."""
    text = slots.claim.text
    if lacks(ascii_lower(text), _PARTS):
        return ()
    found = []
    for match in _OCCURRENCE.finditer(text):
        word = match.group("ordinal").lower()
        value = _VALUES.get(word) or int(word[:-2])
        start = match.start("ordinal")
        found.append(
            Occurrence(
                text[match.start() : match.end("ordinal")],
                (start, match.end("ordinal")),
                value,
                _within(match),
                match.group("span"),
                _scope(match.group("gap")),
            )
        )
    return tuple(found)


def _scope(gap: str) -> str:
    word = gap.split(maxsplit=1)[0] if gap.strip() else ""
    return word if word[:1].isupper() else ""


def _within(match: re.Match[str]) -> str:
    if match.group("many"):
        many = WORDS.key(match.group("many").lower())
        return f"in {many} {WORDS.key(match.group('unit').lower())}"
    if match.group("since"):
        return f"since {match.group('since').split()[-1].lower()}"
    if match.group("this"):
        return f"this {match.group('this').lower()}"
    return "ever"


def occurrence_differences(first: Slots, second: Slots) -> list[Difference]:
    """A ``number`` difference of two ordinals that count within the same span and disagree,
    unless a name sets what one counts apart: "the fifth NBA coach fired this season" and
    "the third Eastern Conference head coach to get fired this season" are both right (ECB+
    topic 5)."""
    ours = read_occurrences(first)
    if not ours:
        return []
    theirs = read_occurrences(second)
    found = []
    for one in ours:
        other = next((o for o in theirs if o.within == one.within), None)
        if other is not None and one.scope != other.scope:
            continue
        if other is not None and other.value != one.value:
            what = f"occurrence {one.written}"
            found.append(Difference("number", one.text, other.text, what, one.span, other.span))
    return found
