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
from .slots import WEEKDAYS, WORDS, Slots, ascii_lower, lacks, word_parts

OPPOSITE_VERBS = (
    (
        "denied denies deny denying disputed disputes",
        "confirmed confirms confirm confirming admitted admits admit admitting acknowledged"
        " acknowledges conceded concedes",
    ),
    ("failed fails failing", "passed passes passing"),
    ("rejected rejects rejecting", "accepted accepts accepting approved approves approving"),
    ("lost loses losing", "won wins winning"),
    ("convicted convicts", "acquitted acquits"),
    ("abandoned abandons abandoning aborted aborts aborting", "continued continues continuing"),
)
"""Pairs of verbs that take opposite stances on one thing: a denial and an admission ("denied
the allegations" / "confirmed the allegations"), a failure and a pass ("failed a safety
inspection" / "passed a safety inspection"), a rejection and an acceptance, a loss and a win,
a conviction and an acquittal, an abandoned and a continued take-off (helper-206's audit).
The first of each pair is its "no". Not a rise against a fall: what rises is most often a
figure, which ``numbers`` compares; nor a road closed and reopened, flights suspended and
resumed, a ban imposed and lifted, which follow each other in one story as often as they
contradict."""

_STANCE_OF = {
    word: (pair, side == 0)
    for pair, sides in enumerate(OPPOSITE_VERBS)
    for side, words in enumerate(sides)
    for word in words.split()
}
"""Each verb form of ``OPPOSITE_VERBS``: its pair and whether it is the pair's "no"."""

_STANCE = re.compile(
    rf"\b(?P<verb>(?i:{'|'.join(sorted(_STANCE_OF, key=len, reverse=True))}))"
    r"[ ](?:(?i:reports?|claims?|suggestions?|allegations?)[ ]that[ ]|that[ ])?"
    r"(?:(?i:the|a|an|any|all|these|those|his|her|their|its|some)[ ])?"
    r"(?P<thing>[A-Za-z][a-z]+(?:-[a-z]+)?)\b"
)
"""A verb of ``OPPOSITE_VERBS`` and the first word of what it is about ("denied the
allegations", "admitted wrongdoing", "confirmed that a British tourist was", "denied reports
that a British tourist was", "failed a safety inspection"); a pronoun ("confirmed he had been
approached") is left out as a stopword. "Rejected" is no denial: a board rejects an offer a
company confirms; it is the opposite of accepting one."""

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


_STANCE_PARTS = word_parts(_STANCE_OF)
"""A part of every verb ``_STANCE`` reads, in lower case."""

_NEXT_WORDS = re.compile(r"[ ]([A-Za-z][a-z]*)(?:[ ]([A-Za-z][a-z]*))?")
"""The two words after what a stance is about: "the fire started", "the fire was arson"."""


class Stance(NamedTuple):
    """A stance of ``OPPOSITE_VERBS`` (a denial or an admission, a failure or a pass, ...): as
    written, where, its pair, whether it is the pair's "no", the key of what it is about and
    of the content word after it, if any ("" otherwise)."""

    text: str
    span: tuple[int, int]
    pair: int
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


_NOUN_AFTER = re.compile(r"[ ]([a-z]+)\b(?![ ](?:a|the|his|her|its|their)\b)")


def _shown_end(text: str, end: int) -> int:
    """Where a stance as shown ends: past a noun its thing stands before ("failed a safety
    inspection", not "failed a safety"), a lower-case content word that no verb's object
    follows."""
    found = _NOUN_AFTER.match(text, end)
    if found is None:
        return end
    word = found.group(1)
    if word in STOPWORDS or word in _AUXILIARIES or word in _WHEN or word.endswith("ed"):
        return end
    return found.end()


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
    """The stances of a claim's text (``OPPOSITE_VERBS``), but for negated ones."""
    if lacks(ascii_lower(text), _STANCE_PARTS):
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
        pair, denies = _STANCE_OF[match.group("verb").lower()]
        key, after = WORDS.key(thing), _next_key(text, match.end())
        end = _shown_end(text, match.end())
        shown = text[match.start("thing") : end].lower()  # "safety inspection"
        found.append(Stance(text[start:end], (start, end), pair, denies, shown, key, after))
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
                one.pair == other.pair
                and one.denies != other.denies
                and one.key == other.key
                and one.next_key == other.next_key
                and _one_subject(
                    content_before(first.claim.text, one.span[0]),
                    content_before(second.claim.text, other.span[0]),
                )
                and _same_names(
                    _named(first.claim.text, one.span[0]), _named(second.claim.text, other.span[0])
                )
            ):
                return [
                    Difference("negation", one.text, other.text, one.thing, one.span, other.span)
                ]
    return []


_TELLING_APART = frozenset(
    WORDS.key(word)
    for word in "first second third fourth other another earlier later previous next".split()
)
"""Words of a subject that make it another one of its kind: "The first plane" / "A second
plane"."""


def _one_subject(mine: set[str], theirs: set[str]) -> bool:
    """Whether the content words before two stances may tell one subject: they share one, and
    none that tells one of its kind from another ("The first plane passed" / "A second plane
    failed")."""
    return bool(mine & theirs) and not (mine ^ theirs) & _TELLING_APART


def _both_ways(found: tuple[Stance, ...]) -> bool:
    """Whether a claim takes both stances of a pair ("won the first set but lost the match")."""
    return len({(one.pair, one.denies) for one in found}) > len({one.pair for one in found})


def _same_names(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two subjects may be one: both name no one, or they share a name ("Mayor Eric
    Adams" / "Adams"; not "Israel" / "Hezbollah")."""
    return mine == theirs or bool(mine & theirs)
