"""One claim says a thing was stopped (cancelled, abandoned, postponed), the other that it went
on (continued, went ahead, ran normally): "SNCF cancelled all trains between Rennes and Brest"
against "Trains between Rennes and Brest continued to run", "aborted take-off" against
"continued the take-off". Neither says "not", so ``negations`` reads no polarity in either."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Difference
from ..normalise import STOPWORDS
from .slots import WORDS, Slots

_STOPPED = re.compile(
    r"\b(?i:cancell?ed|abandoned|aborted|halted|suspended|postponed|called[ ]off|scrapped"
    r"|grounded)\b"
)
"""A verb that says a thing did not go on, in the past ("were postponed", "aborted take-off")."""

_WENT_ON = re.compile(
    r"\b(?i:continued|went[ ]ahead|(?:ran|operated|running|operating)[ ](?:normally|as[ ]normal"
    r"|as[ ]usual|to[ ]schedule))\b"
)
"""A verb that says a thing went on ("continued to run", "went ahead", "ran normally"); not the
present "continues", which may tell of what is left once part was stopped."""

_UNSURE_BEFORE = re.compile(
    r"\b(?i:not|never|no|n't|may|might|could|would|should|if|unless|whether|threatened"
    r"|expected|likely|to)[ ](?:[\w’'-]+[ ]){0,2}$"
)
"""Words a few before the verb that make it no statement of what happened: "did not cancel",
"may be postponed", "threatened to cancel", "is expected to go ahead", "could continue"."""

_UNSURE_REACH = 40
"""Characters before the verb searched for ``_UNSURE_BEFORE``."""

_AFTER_VERB = re.compile(
    r"[ ](?:(?i:all|its|his|her|their|the|a|an|of|some|most|dozens|\d[\d,]*)[ ]){0,4}"
    r"([A-Za-z][\w-]*)"
)
"""The noun a verb acts on, past the small words before it: "cancelled all of its sailings",
"cancelled 42 trains", "continued the take-off"."""

_INTRANSITIVE = re.compile(r"(?i:went[ ]ahead|(?:ran|operated|running|operating)[ ].*)")
"""What goes on alone, of its subject: "went ahead", "ran normally"."""

_SUBJECT_WORDS = 8
"""Content words before a verb with no object read for what it is told of: "About 30 planned
operations were postponed", "Trains between Rennes and Brest continued to run"."""

_SUBJECT_REACH = 120
"""Characters before a verb with no object searched for what it is told of."""


class Outcome(NamedTuple):
    """A verb that says a thing stopped or went on: as written, where, whether it stopped, and
    the keys of the thing it acts on or is told of."""

    text: str
    span: tuple[int, int]
    stopped: bool
    things: dict[str, str]
    """The keys of the words of what it acts on or is told of, and each word as written."""


def _things(text: str, start: int, end: int) -> dict[str, str]:
    """The key of the noun a verb at ``start``-``end`` acts on ("continued the take-off",
    "cancelled 42 trains"), or, when none follows it, the keys of the content words before it
    that it is told of ("About 30 planned operations were postponed", "Trains on the East
    Coast Main Line, which links London and Edinburgh, ran normally")."""
    noun = None if _INTRANSITIVE.fullmatch(text, start, end) else _AFTER_VERB.match(text, end)
    if noun is not None:
        word = noun.group(1)
        if word.lower() not in STOPWORDS:
            return {WORDS.key(word.lower()): word}
    before = WORDS.tokens(text[max(0, start - _SUBJECT_REACH) : start])
    return {token.key: token.word for token in [t for t in before if t.content][-_SUBJECT_WORDS:]}


@lru_cache(maxsize=65536)  # bounded as the other per-text caches: a claim meets many partners
def outcomes(text: str) -> tuple[Outcome, ...]:
    """The verbs of a claim that say a thing stopped or went on, but for unsure ones."""
    found: list[Outcome] = []
    for pattern, stopped in ((_STOPPED, True), (_WENT_ON, False)):
        for match in pattern.finditer(text):
            if len(found) >= OUTCOMES_READ:
                break
            start, end = match.span()
            if not _UNSURE_BEFORE.search(text, max(0, start - _UNSURE_REACH), start):
                things = _things(text, start, end)
                found.append(Outcome(match.group(), (start, end), stopped, things))
    return tuple(found)


OUTCOMES_READ = 8
"""Verbs of a claim read: each of one claim is set against each of the other's."""


def went_on_differences(first: Slots, second: Slots) -> list[Difference]:
    """A thing one claim says was stopped and the other says went on, as a ``negation``: only
    when each claim says one of the two (a claim that says both, "was suspended and continued
    on Tuesday", is set against neither), and the thing is one (a word of what the one verb
    acts on or is told of is a word of the other's)."""
    left, right = outcomes(first.claim.text), outcomes(second.claim.text)
    if not left or not right or _both_ways(left) or _both_ways(right):
        return []
    for one in left:
        for other in right:
            shared = one.things.keys() & other.things.keys()
            if one.stopped != other.stopped and shared:
                what = one.things[min(shared)]
                return [Difference("negation", one.text, other.text, what, one.span, other.span)]
    return []


def _both_ways(found: tuple[Outcome, ...]) -> bool:
    """Whether a claim says both that a thing stopped and that a thing went on."""
    return len({one.stopped for one in found}) > 1
