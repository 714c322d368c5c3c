"""Whether a denial and a statement are of one occasion and one thing: what the denial says
after its verb the statement says too ("not rate the bridge in poor condition" / "rated in fair
condition" is no opposite), and the statement names no other occasion ("was arrested in 2019",
"last year", "over an unrelated burglary"); a passive is of the very thing a denial acts on
("The other driver was arrested" is not "did not arrest the driver"), by no other doer; "None
of" a group is of that group ("None of the crew" / "Two passengers"). helper-239's review of
the readings of 2026-12-08 found 84 of their 130 changes on adversarial pairs wrong without
these checks, 3 with them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import STOPWORDS
from .slots import WORDS, Polarity

_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?i:and|but|while|when|who|which|whose)\b")
"""Where the clause around a verb ends."""

CLAUSE_REACH = 120
"""Characters before a verb searched for where its clause begins."""

_OCCASION = re.compile(
    r"\b(?:(?:19|20)\d\d|(?i:last|previous|previously|earlier|ago|separate|unrelated|similar"
    r"|former|training))\b"
)
"""Words that set an occasion apart: a year, "last year", "an unrelated burglary", "in training
exercises"."""

_NO_QUALIFIER = frozenset("made been yet far so have has had were was is are".split())
"""Words after a verb that qualify nothing: "No arrests have been made yet"."""

_AFTER_PREPOSITION = re.compile(
    r"\b(?i:at|in|on|during|over|by|for|from|since|after|before)\b(.*)$", re.DOTALL
)
"""What a count's denial says after its first preposition: "No arrests were made at the scene"."""

_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _keys(text: str) -> frozenset[str]:
    """The keys of a text's words but small ones and ``_NO_QUALIFIER``."""
    words = _WORD.findall(text.lower())
    return frozenset(
        WORDS.key(word) for word in words if word not in STOPWORDS and word not in _NO_QUALIFIER
    )


def clause_tail(text: str, end: int) -> str:
    """The words of a verb's clause after it."""
    found = _CLAUSE_END.search(text, end)
    return text[end : found.start() if found else len(text)]


def clause_head(text: str, start: int) -> str:
    """The words of a verb's clause before it."""
    begin = max(0, start - CLAUSE_REACH)
    ends = list(_CLAUSE_END.finditer(text, begin, start))
    return text[ends[-1].end() if ends else begin : start]


def qualifiers_agree(
    own: str,
    own_end: int,
    other: str,
    span: tuple[int, int],
    skip: frozenset[str] = frozenset(),
    prepositional: bool = False,
) -> bool:
    """Whether what a denial says after ``own_end`` in its clause (after a preposition only,
    with ``prepositional``) the other claim says too, but ``skip``, and the other claim's
    clause around ``span`` names no occasion the denial does not."""
    tail = clause_tail(own, own_end)
    if prepositional:
        found = _AFTER_PREPOSITION.search(tail)
        tail = found.group(1) if found else ""
    if not _keys(tail) - skip <= _keys(other):
        return False
    around = clause_head(other, span[0]) + " " + clause_tail(other, span[1])
    lowered = own.lower()
    return all(found.group().lower() in lowered for found in _OCCASION.finditer(around))


_UNABLE = frozenset(
    "cannot can't can’t won't won’t wouldn't wouldn’t couldn't couldn’t declined refused".split()
)
_MODAL_BEFORE = re.compile(r"\b(?i:can|could|would|will|should|may|might|must|shall)[ ]{1,3}$")


def plain_denial(polarity: Polarity, text: str) -> bool:
    """Whether a denial says something was not done, not that it cannot be or will not be
    ("cannot name", "declined to name", "will not close")."""
    if polarity.text.lower().split()[0] in _UNABLE:
        return False
    return not _MODAL_BEFORE.search(text, max(0, polarity.span[0] - 12), polarity.span[0])


_OWNERS = frozenset("the its their his her has have had".split())


def passive_of_the_thing(text: str, be_start: int, acted_on: frozenset[str]) -> bool:
    """Whether the subject of a passive (its clause before "be" at ``be_start``) is only the
    words of what a denial acts on: "The driver was arrested" for "did not arrest the driver",
    not "The other driver", "A second bridge"."""
    words = [word for word in clause_head(text, be_start).split() if word.lower() not in _OWNERS]
    keys = {WORDS.key(word.lower().strip("’'")) for word in words}
    return bool(keys) and keys <= acted_on


_BY_ANYONE = re.compile(r"\b(?i:by)[ ]{1,3}(?:(?i:the|a|an|his|her|their|its)[ ]{1,3})?([\w’'-]+)")
_LOCALLY = re.compile(r"\b(?i:locally)\b")


def another_doer(text: str, end: int, subject: str) -> bool:
    """Whether a passive's clause names a doer other than ``subject`` anywhere after the verb
    ("was evacuated as a precaution by staff") or "locally" ("was named locally")."""
    tail = clause_tail(text, end)
    if _LOCALLY.search(tail):
        return True
    found = _BY_ANYONE.search(tail)
    return found is not None and WORDS.key(found.group(1).lower()) != subject


WORDS_OF_COUNTS = frozenset("one two three four five six seven eight nine ten".split())
"""Counts written in words, which name no group."""

_COUNTING = frozenset("all both each every of the them some".split())
_SOME_ONLY = frozenset("other remaining rest another".split())
_GROUP_VERBS = frozenset("was were had has have is are been being".split())


def none_of_agrees(polarity: Polarity, other: str, span: tuple[int, int] | None) -> bool:
    """Whether "None of" a group denies what the other claim says of the same group: the other
    claim's words before its verb are the group's ("None of the passengers" / "Two passengers
    were hurt"), or none for a group named by no noun ("None of the group" / "All five"); not
    some of a group ("None of the remaining passengers"), nor of another occasion."""
    words = _WORD.findall(polarity.text.lower())
    if words[:2] != ["none", "of"]:
        return True
    group = []
    for word in words[2:]:
        if word in _GROUP_VERBS:
            break
        group.append(word)
    if span is None or _SOME_ONLY.intersection(group):
        return False
    if not qualifiers_agree(polarity.text, len(polarity.text), other, span):
        return False
    named = {WORDS.key(w) for w in group if w not in _COUNTING and not w[0].isdigit()}
    theirs = {
        WORDS.key(word)
        for word in _WORD.findall(clause_head(other, span[0]).lower())
        if word not in _COUNTING and word not in _GROUP_VERBS and not word[0].isdigit()
    } - {WORDS.key(word) for word in WORDS_OF_COUNTS}
    if not named or named <= {"group"}:
        return not theirs
    return bool(theirs) and theirs <= named
