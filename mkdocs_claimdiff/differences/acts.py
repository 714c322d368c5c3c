"""Which words of a claim state an act and who it puts it on: a legal hedge ("allegedly shot",
"suspected of shooting") differs only from a claim that has the man charged doing the act, not
from one that names it ("after the shooting"), leaves out who did it ("was shot") or has someone
else do it ("police shot and wounded the woman")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from ..model import Claim
from ..normalise import NUMBER_WORDS, Token
from .slots import WORDS

BE = frozenset("is are was were be been being".split())
"""Words before a passive ("was shot") or what a thing is ("charges that are expected")."""

PREPOSITIONS = frozenset("in on at of for with from by into after before during about".split())
"""Words that end what a hedge softens once a word of it is read: what follows places it."""

CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|--")
"""What a hedge softens ends with its clause: "was apparently the last straw, though the team
..." softens nothing after the comma."""

_ACCUSING = frozenset(
    WORDS.key(word) for word in "charged accused suspected suspicion indicted alleged".split()
)
"""Words that report an accusation, not the act: "has been charged with murder after a
shooting" states no more than "allegedly shot and killed a man"."""


ACCUSATIONS = frozenset({"suspected of", "accused of"})
ALLEGING = frozenset({"allege", "alleges"})
"""Hedges that are the verb of who accuses ("Police allege the man, 61, opened fire"): what
they soften is the act their clause states, however long its subject ("the recently-fired man,
Eric Allen Kirkpatrick, 61,"), not the subject's first words (``hedges.alleged_act``)."""
ACT_HEDGES = ACCUSATIONS | ALLEGING | {"allegedly"}
"""The legal hedges on an act ("allegedly shot", "suspected of shooting", "police allege the
fired man, 61, opened fire"), not on what a person is ("23 suspected pirates")."""

PAST_ACTS = frozenset(
    "shot hit struck ran beat stole drove threw broke fled set sold took made gave bought fought"
    " caught".split()
)
"""Past tenses of acts a crime is made of that do not end in "-ed"."""

DETERMINERS = frozenset("the a an his her their its this that".split())

_UNNAMED_DOERS = frozenset(
    "gunman gunmen shooter attacker assailant someone somebody motorist driver".split()
    # What is no one: "the shooting killed three people", "a car struck and killed a cyclist",
    # "the hit-and-run killed a teenager" (its last word, "run").
    + "shooting shootings crash collision explosion blast bomb fire blaze wildfire attack"
    " accident storm tornado car truck vehicle van bus train run".split()
)
"""Who an act is credited to when no one is: "a gunman shot three people" does not say that
the man arrested did, so against "a man suspected of shooting three people" it is no hedge."""

_POLICE = frozenset(
    "police officer officers deputy deputies trooper troopers agents soldiers troops".split()
)
"""Who shoots a suspect, not who is suspected: "police shot and wounded the woman" is no act
of "a woman suspected of wounding two officers", unless the police are the suspects ("police
suspected of taking bribes")."""


class Charge(NamedTuple):
    """Whom a legal hedge puts an act on and what it is done to, in the hedged claim: "a man
    suspected of shooting a teenager" puts it on "man" and does it to "teenager"."""

    suspect: str
    """Key of the last content word before the hedge ("man"); ``""`` if none."""
    objects: frozenset[str]
    """Keys of the content words after the hedge in its clause."""


def charge_of(claim: Claim) -> Charge:
    """What the claim's first legal hedge on an act ("allegedly", "suspected of", "accused
    of") puts on whom."""
    tokens = WORDS.tokens(claim.text)
    at = next(
        (
            at
            for at, token in enumerate(tokens)
            if token.word == "allegedly"
            or (token.word in ("suspected", "accused") and _word(tokens, at + 1) == "of")
        ),
        None,
    )
    if at is None:
        return Charge("", frozenset())
    suspect = next((t.key for t in reversed(tokens[:at]) if t.content and not t.word.isdigit()), "")
    clause = CLAUSE_END.search(claim.text, tokens[at].end)
    stop = clause.start() if clause else len(claim.text)
    objects = frozenset(t.key for t in tokens[at + 1 :] if t.content and t.start < stop)
    return Charge(suspect, objects)


def _word(tokens: Sequence[Token], at: int) -> str:
    """The word at ``at``, or ``""`` past either end: the words around an act are read at the
    start and the end of a sentence too."""
    return tokens[at].word if 0 <= at < len(tokens) else ""


def acts(claim: Claim, *, charge: Charge | None = None) -> set[str]:
    """Keys of the words the claim states as acts: a verb in the past ("shot three people",
    "opened fire"), a participle after a comma, "and", "after", "before" or "of" ("...,
    killing one", "suspected of shooting") or before its object ("party killing one man"),
    and a passive that names who did it ("was hit by LaSalle"); not a noun ("the shootings
    took place", "the driver"), an adjective ("the wounded men", "an allegedly intoxicated
    driver") nor another passive ("was killed", "killed by a motorist").

    Given the ``charge`` of the other claim, only acts someone else could be charged with:
    not those credited to no one ("a gunman shot and killed", "the crash killed"), to the
    police ("police shot and wounded the woman") or to whom the charged act is done ("a
    teenager shot in the chest" against "suspected of shooting a teenager"), nor the
    passives of a verb chain ("was shot and killed", "was found killed") or a headline's
    participles with no object ("Three People Shot in Office Shooting", "Woman struck,
    killed")."""
    tokens = WORDS.tokens(claim.text)
    headline = charge is not None and claim.role == "headline"
    found: set[str] = set()
    doers: dict[int, int] = {}  # each past verb's word before its chain: "a gunman shot and killed"
    for at, token in enumerate(tokens):
        word = token.word
        past = word.endswith("ed") or word in PAST_ACTS
        if not past and not word.endswith("ing"):
            continue
        before = at - 1
        while before >= 0 and tokens[before].word.endswith("ly"):
            before -= 1  # "allegedly shot", "accused of fatally shooting"
        previous = _word(tokens, before)
        if past:
            chained = previous == "and" and before - 1 in doers
            doers[at] = doers[before - 1] if chained else before
        if not token.content:
            continue
        following = _word(tokens, at + 1)
        agent = _word(tokens, at + 2) if following == "by" else ""
        if agent and agent not in DETERMINERS and agent not in _UNNAMED_DOERS:
            if charge is None or agent not in _POLICE:
                found.add(token.key)  # "was hit by LaSalle": the passive that names who did it
            continue
        if previous in BE or previous in DETERMINERS or following == "by":
            continue
        if charge is not None and past and _done_by_another(tokens, doers[at], charge):
            continue
        if headline and (
            following in PREPOSITIONS
            or not following
            or "," in claim.text[token.end : tokens[at + 1].start]
        ):
            continue
        gap = claim.text[tokens[before].end : token.start] if before >= 0 else ""
        objected = following in DETERMINERS or following.isdigit() or following in NUMBER_WORDS
        if past or "," in gap or previous in ("and", "after", "before", "of") or objected:
            found.add(token.key)
    return found


def _done_by_another(tokens: Sequence[Token], doer: int, charge: Charge) -> bool:
    """Whether the word before a past verb's chain says it is not the suspect's act: a be,
    or one after a be ("was shot and killed", "was found killed"), no one ("a gunman", "the
    crash"), the police, or whom the charged act is done to."""
    word = _word(tokens, doer)
    if word in BE or _word(tokens, doer - 1) in BE or word in _UNNAMED_DOERS:
        return True
    key = tokens[doer].key if doer >= 0 else ""
    return key != charge.suspect and (word in _POLICE or key in charge.objects)


def accuses(claim: Claim) -> bool:
    """Whether the claim reports an accusation anywhere ("has been charged"), which a hedge on
    what a man is ("an allegedly drunk driver") shares with it."""
    return any(token.key in _ACCUSING for token in WORDS.tokens(claim.text))


def accused(claim: Claim) -> set[str]:
    """Keys of the words of what the claim says someone is accused of: those after an accusing
    word in its clause ("charged with murder in the shooting", "arrested on suspicion of DUI")
    and the word right before it ("faces DUI charges"). A claim that states the act in a clause
    of its own ("a former employee who opened fire and killed one man has been charged with
    murder") states it as fact, which "allegedly shot and killed a man" does not."""
    tokens = WORDS.tokens(claim.text)
    ends = [found.start() for found in CLAUSE_END.finditer(claim.text)]
    keys: set[str] = set()
    accusing = False
    end = 0  # the first clause end not passed yet
    for at, token in enumerate(tokens):
        while end < len(ends) and ends[end] < token.start:
            end += 1
            accusing = False
        if token.key in _ACCUSING:
            accusing = True
            keys.update(previous.key for previous in tokens[at - 1 : at] if at)
        elif accusing and token.content:
            keys.add(token.key)
    return keys


SHOOTING_PHRASE = re.compile(
    r"\b(?:[Oo]pen(?P<tense>ed|ing|s)?[ ]fire(?:[ ](?:at|on|upon))?"
    r"|(?P<gun>[Gg]un(?:ned|ning|s))[ ]down)\b"
)
"""Phrases news writes for shooting: "opened fire (at)", "gunned down". One outlet writes
"allegedly opened fire", another "shot one man": the same act, which a hedge softens in one
claim only if the act is read as one word in both. The preposition goes with the phrase: "opened
fire at an office" shoots at it, as "shot an office party" would read."""

_SHOT = {"ed": "shot", "ing": "shooting", "s": "shoots", "ned": "shot", "ning": "shooting"}


def _as_shooting(found: re.Match[str]) -> str:
    """The phrase as the verb "shoot" in its tense ("opened fire" is "shot", "opening fire"
    "shooting"), so that "opened fire" and "shot" soften and state one word."""
    tense = found.group("tense") or ""
    if found.group("gun"):
        tense = found.group("gun")[3:]
    return _SHOT.get(tense, "shoot")


def acts_as_one_word(claim: Claim) -> Claim:
    """The claim with its phrases for shooting read as "shoot" (``SHOOTING_PHRASE``); the
    claim itself when it has none, as most have."""
    if "fire" not in claim.text and "down" not in claim.text:
        return claim
    text = _shootings_as_shot(claim.text)
    return claim if text == claim.text else replace(claim, text=text)


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _shootings_as_shot(text: str) -> str:
    """The text with its phrases for shooting read as "shoot" (``acts_as_one_word``), worked
    out once however many matches the claim is in."""
    return SHOOTING_PHRASE.sub(_as_shooting, text)
