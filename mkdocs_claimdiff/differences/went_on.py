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
    r"|grounded|scrubbed|shelved|axed|adjourned)\b"
)
"""A verb that says a thing did not go on, in the past ("were postponed", "aborted take-off")."""

_WENT_ON = re.compile(
    r"\b(?i:continued|went[ ](?:ahead|on)|carried[ ]on|proceeded|took[ ]place"
    r"|(?:was|were)[ ](?:held|played)[ ]as[ ](?:planned|scheduled|normal|usual)"
    r"|(?:ran|operated|running|operating)[ ](?:normally|as[ ]normal|as[ ]usual|to[ ]schedule))\b"
)
"""A verb that says a thing went on ("continued to run", "went ahead", "ran normally"); not the
present "continues", which may tell of what is left once part was stopped."""

_UNSURE_BEFORE = re.compile(
    r"(?:\b(?:(?i:not|never|no|none|neither|nor|zero|n't|might|could|would|should|will|shall|if"
    r"|unless|whether|threatened|expected|likely|be|denied|untrue|wanted)|may)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}|\b(?i:to)[ ])$"
)
"""Words a few before the verb that make it no statement of what happened: "did not cancel",
"may be postponed", "will be cancelled", "threatened to cancel", "is expected to go ahead",
"could continue"; "to" only right before it ("plans to cancel"; "The flight to Paris was
cancelled" is a statement); "may" only in lower case ("The May fair"); helper-238's review."""

_NO_ONE_OPENS = re.compile(r"(?i:no|none|neither|not|nothing|zero|had|unless)\b")
"""A clause that opens on a denial or a condition: "None of the flights were cancelled", "Had
the match been postponed"."""

_CLAUSE_START = re.compile(r"[,;:][ ]*|\b(?:that|said|reported)[ ]+")
"""Where the clause of a verb begins, after the sentence's frame: "Police said", "the BBC
reported that", "According to the airline,"."""

_OTHER_SENSE = re.compile(
    r"(?i:continued[ ]to[ ](?!(?:run|operate|fly|sail|go|take)\b)|continued[ ]after"
    r"|well[ ]grounded|grounded[ ]by|(?:\ba|\bthe|\ban|year)[ ]suspended|for[ ]\d+[ ]"
    r"(?:minutes?|hours?)|briefly|overnight|at[ ]nightfall|until|later|in[ ]\d{4})"
)
"""What makes a verb of stopping or going on no outcome of the thing: "continued to deny", a
player or a sentence "suspended", a pause ("suspended for 20 minutes", "briefly halted",
"suspended overnight", "postponed until next week"; helper-238's review)."""

_DENIED_FRAME = re.compile(r"\b(?i:denied|denies|deny|untrue|false|rejected)\b")
"""A frame that denies what follows it: "Officials denied that the concert had been
cancelled", "It is untrue that trains were cancelled"."""

_SENSE_REACH = 30
"""Characters around the verb searched for ``_OTHER_SENSE``."""

_PART = re.compile(
    r"\b(?i:some|most|half|third|rest|remaining|other|others|majority|few|several|only|one|two"
    r"|three|four|five)\b"
)
"""Words that make what the verb is told of a part ("some flights", "the remaining trains"),
which another part's going on does not contradict."""

_NAMED_AFTER = re.compile(r"[^,;:.]{0,60}")
"""The rest of a verb's clause, read for the capitalised words that say where or whose."""

_UNSURE_REACH = 40
"""Characters before the verb searched for ``_UNSURE_BEFORE``."""

_AFTER_VERB = re.compile(
    r"[ ](?:(?i:all|its|his|her|their|the|a|an|of|some|most|dozens|\d[\d,]*)[ ]){0,4}"
    r"([A-Za-z][\w-]*)"
)
"""The noun a verb acts on, past the small words before it: "cancelled all of its sailings",
"cancelled 42 trains", "continued the take-off"."""

_INTRANSITIVE = re.compile(
    r"(?i:went[ ].*|carried[ ]on|proceeded|took[ ]place|(?:was|were)[ ].*"
    r"|(?:ran|operated|running|operating)[ ].*)"
)
"""What goes on alone, of its subject: "went ahead", "ran normally"."""

_SUBJECT_WORDS = 8
"""Content words before a verb with no object read for what it is told of: "About 30 planned
operations were postponed", "Trains between Rennes and Brest continued to run"."""

_SUBJECT_REACH = 120
"""Characters before a verb with no object searched for what it is told of."""


class Outcome(NamedTuple):
    """A verb that says a thing stopped or went on: as written, where, whether it stopped, the
    key of the thing (``head``) as written (``shown``), and the keys of the words that tell
    the thing from others (``told_by``: its own words, and the names of who stopped it)."""

    text: str
    span: tuple[int, int]
    stopped: bool
    head: str
    shown: str
    told_by: dict[str, str]


def _outcome(text: str, match: re.Match[str], stopped: bool) -> Outcome | None:
    """The thing a verb acts on (the noun after it: "continued the take-off", "cancelled 42
    trains", told from others by the names before the verb: "Ryanair cancelled") or, when no
    noun follows it, that it is told of (the content words of its clause before it, the
    head before their first preposition: "Delays to flights continued" is of delays, "About
    30 planned operations were postponed" of operations)."""
    start, end = match.span()
    words = WORDS.tokens(_clause_before(text, start))
    content = [token for token in words if token.content][-_SUBJECT_WORDS:]
    noun = None if _INTRANSITIVE.fullmatch(text, start, end) else _AFTER_VERB.match(text, end)
    if noun is not None and noun.group(1).lower() not in STOPWORDS:
        shown = noun.group(1)  # "take-off", keyed by its first part as the tokens split it
        head = WORDS.key(shown.split("-", 1)[0].lower())
        told = {t.key: t.word for t in content if text[t.start : t.start + 1].isupper()}
        return Outcome(match.group(), (start, end), stopped, head, shown, {head: shown, **told})
    if not content:
        return None
    preposition = next((t for t in words if t.word in _PREPOSITIONS), None)
    heads = [t for t in content if preposition is None or t.end <= preposition.start] or content
    told = {t.key: t.word for t in content}
    return Outcome(match.group(), (start, end), stopped, heads[-1].key, heads[-1].word, told)


_PREPOSITIONS = frozenset("of on to in at from between for with across near".split())
"""Words that end the head of what a verb is told of: "Trains [on the East Coast Main Line]"."""

_RELATIVE = re.compile(r",[ ]*(?:which|who|where|whose)[^,;:]{0,100},")
"""A clause that describes the thing a verb is told of: "Trains on the East Coast Main Line,
which links London and Edinburgh, ran normally"."""


def _clause_before(text: str, start: int) -> str:
    """The words of a verb's clause before it, past the sentence's frame ("Police said", "the
    BBC reported that") and any clause describing its subject ("which links London and
    Edinburgh"), or all the words before it when the clause opens on the verb."""
    window = _RELATIVE.sub(" ", text[max(0, start - _SUBJECT_REACH) : start])
    clause = _CLAUSE_START.split(window)[-1]
    return clause if any(token.content for token in WORDS.tokens(clause)) else window


@lru_cache(maxsize=65536)  # bounded as the other per-text caches: a claim meets many partners
def outcomes(text: str) -> tuple[Outcome, ...]:
    """The verbs of a claim that say a thing stopped or went on, but for unsure ones."""
    found: list[Outcome] = []
    for pattern, stopped in ((_STOPPED, True), (_WENT_ON, False)):
        for match in pattern.finditer(text):
            if len(found) >= OUTCOMES_READ:
                break
            outcome = None if _unsure(text, *match.span()) else _outcome(text, match, stopped)
            if outcome is not None:
                found.append(outcome)
    return tuple(found)


def _unsure(text: str, start: int, end: int) -> bool:
    """Whether the verb at ``start``-``end`` tells no outcome: unsure or denied before it, in a
    clause that opens on a denial or a condition, in a question, or in another sense."""
    clause = _CLAUSE_START.split(text[max(0, start - _SUBJECT_REACH) : start])[-1]
    stop = text.find(".", end)
    return bool(
        _UNSURE_BEFORE.search(text, max(0, start - _UNSURE_REACH), start)
        or _NO_ONE_OPENS.match(clause.lstrip())
        or _DENIED_FRAME.search(text, max(0, start - _SUBJECT_REACH), start)
        or "?" in text[end : stop if stop >= 0 else len(text)]
        or _OTHER_SENSE.search(text, max(0, start - 12), end + _SENSE_REACH)
    )


OUTCOMES_READ = 8
"""Verbs of a claim read: each of one claim is set against each of the other's."""


def went_on_differences(first: Slots, second: Slots) -> list[Difference]:
    """A thing one claim says was stopped and the other says went on, as a ``negation``: only
    when each claim says one of the two (a claim that says both, "was suspended and continued
    on Tuesday", is set against neither), the two verbs are told of one head ("trains", "the
    take-off") and nothing tells the two things apart (``_apart``)."""
    left, right = outcomes(first.claim.text), outcomes(second.claim.text)
    if not left or not right or _both_ways(left) or _both_ways(right):
        return []
    for one in left:
        for other in right:
            if (
                one.stopped != other.stopped
                and one.head == other.head
                and not _apart(first, one, second, other)
            ):
                return [
                    Difference("negation", one.text, other.text, one.shown, one.span, other.span)
                ]
    return []


def _both_ways(found: tuple[Outcome, ...]) -> bool:
    """Whether a claim says both that a thing stopped and that a thing went on."""
    return len({one.stopped for one in found}) > 1


def _says(text: str, key: str) -> bool:
    """Whether a claim says a word, by its key."""
    return key in _keys_of(text)


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _keys_of(text: str) -> frozenset[str]:
    return frozenset(token.key for token in WORDS.tokens(text))


def _named_after(text: str, end: int) -> set[str]:
    """The capitalised words of a verb's clause after it: "at Gatwick", "on the Northern line"."""
    rest = _NAMED_AFTER.match(text, end)
    return {word for word in (rest.group() if rest else "").split() if word[:1].isupper()}


def _apart(first: Slots, one: Outcome, second: Slots, other: Outcome) -> bool:
    """Whether two outcomes may be of two things that share a word (helper-238's review): each
    told of with a word the other claim lacks ("outdoor concerts" / "indoor concerts"), one a
    part ("some flights", "the remaining trains"), at two places or of two owners named after
    the verbs ("at Gatwick" / "at Heathrow"), or on two days."""
    texts = first.claim.text, second.claim.text
    own = [
        {key for key in outcome.told_by if not _says(texts[1 - side], key)}
        for side, outcome in enumerate((one, other))
    ]
    if own[0] and own[1]:
        return True
    if any(
        _PART.search(_clause_before(text, outcome.span[0]))
        for text, outcome in zip(texts, (one, other), strict=True)
    ):
        return True
    named = [
        _named_after(text, outcome.span[1])
        for text, outcome in zip(texts, (one, other), strict=True)
    ]
    if named[0] and named[1] and not named[0] & named[1]:
        return True
    days = [{day.key for day in slots.days} for slots in (first, second)]
    return bool(days[0] and days[1] and not days[0] & days[1])
