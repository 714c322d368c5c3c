"""One claim has someone deny what the other has them admit: "The mayor denied the allegations"
against "The mayor confirmed the allegations". Neither says "not", so ``negations`` reads no
polarity in either; the two verbs are opposite stances on one thing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Difference
from ..normalise import STOPWORDS
from .befallen import content_before
from .slots import WEEKDAYS, WORDS, Slots

_STANCE = re.compile(
    r"\b(?:(?P<denial>(?i:denied|denies|deny|denying|disputed|disputes))"
    r"|(?P<admission>(?i:confirmed|confirms|confirm|confirming|admitted|admits|admit|admitting"
    r"|acknowledged|acknowledges|conceded|concedes)))"
    r"[ ](?:(?i:reports?|claims?|suggestions?|allegations?)[ ]that[ ]|that[ ])?"
    r"(?:(?i:the|a|an|any|all|these|those|his|her|their|its|some)[ ])?(?P<thing>[A-Za-z][a-z]+)\b"
)
"""A verb of denial or of admission and the first word of what it is about ("denied the
allegations", "admitted wrongdoing", "confirmed that a British tourist was", "denied reports
that a British tourist was"); a pronoun ("confirmed he had been approached") is left out as a
stopword. "Rejected" is no denial: a board rejects an offer a company confirms."""

_NEGATED_BEFORE = re.compile(
    r"\b(?i:not|never|no|neither|nor|unable[ ]to|declined[ ]to|refused[ ]to|yet[ ]to"
    r"|failed[ ]to)[ ](?:[\w’']+[ ]){0,3}$|n't[ ](?:[\w’']+[ ]){0,3}$"
)
"""A negation shortly before the verb: "did not deny", "could not independently confirm",
"declined to confirm", "neither confirmed nor denied" take no stance."""

_NEGATION_REACH = 48
"""Characters before the verb searched for a negation."""

STANCES_READ = 8
"""Stances of a claim that are read, its first: each of one claim is set against each of the
other's, and a sentence of thousands would cost their square (helper-189's review: a claim of
1 MB took 85 s)."""


_STANCE_PARTS = ("deni", "deny", "disput", "confirm", "admit", "acknowledg", "conced")
"""A part of every verb ``_STANCE`` reads, in lower case."""

_NEXT_WORDS = re.compile(r"[ ]([A-Za-z][a-z]*)(?:[ ]([A-Za-z][a-z]*))?")
"""The two words after what a stance is about: "the fire started", "the fire was arson"."""


class Stance(NamedTuple):
    """A denial or an admission: as written, where, the key of what it is about and of the
    content word after it, if any ("" otherwise)."""

    text: str
    span: tuple[int, int]
    denies: bool
    thing: str
    key: str
    next_key: str


def _next_key(text: str, end: int) -> str:
    """The key of what a stance says of its thing when a verb follows it ("the fire started",
    "the fire was arson", "the reports were untrue"), else "": a stance goes on to say more
    than the other only by a clause ("the allegations to Reuters", "late Tuesday" say nothing
    of the thing; helper-194's review)."""
    found = _NEXT_WORDS.match(text, end, end + 40)
    first, second = (w.lower() if w else "" for w in (found.groups() if found else ("", "")))
    if first in _AUXILIARIES:
        return WORDS.key(second) if second and second not in STOPWORDS else first
    return WORDS.key(first) if first and first not in STOPWORDS and first not in _WHEN else ""


_AUXILIARIES = frozenset("was were is are had has have would will could did does".split())

_WHEN = frozenset(
    (
        *WEEKDAYS,
        *"""today yesterday tonight january february march april may june july august september
        october november december morning afternoon evening night week month year late
        early""".split(),
    )
)

_SUBJECT = re.compile(r"[^,;:()“”\"]{0,80}$")
"""The words of a stance's clause before its verb, its subject: "On Monday, Israel denied"."""


def _named(text: str, start: int) -> frozenset[str]:
    """The capitalised words (lower case) of the clause before a stance's verb, but those that
    are no name ("The", "A", a quoted "We"): "A spokesman for Israel" names Israel."""
    clause = _SUBJECT.search(text, max(0, start - 80), start)
    words = (clause.group() if clause else "").split()
    names = [w for w in words if w[:1].isupper() and w.strip("“\"‘'").lower() not in STOPWORDS]
    return frozenset(w.strip("’'s").lower() for w in names)


@lru_cache(maxsize=65536)  # bounded as the other per-text caches: a claim meets many partners
def stances(text: str) -> tuple[Stance, ...]:
    """The denials and admissions of a claim's text, but for negated ones."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _STANCE_PARTS)):
        return ()  # most claims: no verb of either stance
    found: list[Stance] = []
    for match in _STANCE.finditer(text):
        if len(found) >= STANCES_READ:
            break
        thing = match.group("thing").lower()
        start = match.start()
        if thing in STOPWORDS or _NEGATED_BEFORE.search(
            text, max(0, start - _NEGATION_REACH), start
        ):
            continue
        denies = match.group("denial") is not None
        key, after = WORDS.key(thing), _next_key(text, match.end())
        found.append(Stance(match.group(), match.span(), denies, thing, key, after))
    return tuple(found)


def stance_differences(first: Slots, second: Slots) -> list[Difference]:
    """A denial in one claim against an admission of the same thing by the same subject in the
    other (helper-188's review found "denied the allegations" against "confirmed the
    allegations" shared), as a ``negation``. A claim that takes both stances ("initially
    denied the charges but later admitted them") is set against neither; nor are two subjects
    who share no word or name different people ("Israel denied" / "Hezbollah confirmed", "A
    spokesman for Israel denied" / "A spokesman for Hamas confirmed"), nor a stance that goes
    on to say more of the thing than the other ("confirmed the strike" / "denied the strike
    hit a hospital"; helper-192's review)."""
    left, right = stances(first.claim.text), stances(second.claim.text)
    if not left or not right or _both_ways(left) or _both_ways(right):
        return []  # most claims
    for one in left:
        for other in right:
            if (
                one.denies != other.denies
                and one.key == other.key
                and one.next_key == other.next_key
                and content_before(first.claim.text, one.span[0])
                & content_before(second.claim.text, other.span[0])
                and _same_names(
                    _named(first.claim.text, one.span[0]), _named(second.claim.text, other.span[0])
                )
            ):
                return [
                    Difference("negation", one.text, other.text, one.thing, one.span, other.span)
                ]
    return []


def _both_ways(found: tuple[Stance, ...]) -> bool:
    """Whether a claim both denies and admits."""
    return len({one.denies for one in found}) > 1


def _same_names(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two subjects may be one: both name no one, or they share a name ("Mayor Eric
    Adams" / "Adams"; not "Israel" / "Hezbollah")."""
    return mine == theirs or bool(mine & theirs)
