"""The past forms of a verb, by which a claim that states an act ("police found a weapon") is set
against one that denies it in the base form ("police did not find a weapon"): the regular
endings, and the irregular pasts news writes that the matcher's word keys leave apart
(``normalise.IRREGULAR`` joins some forms for matching; changing it would move every match, so
the differences keep their own list)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from .slots import WORDS, Polarity

Found = TypeVar("Found")

IRREGULAR_PASTS: dict[str, tuple[str, ...]] = {
    verb: tuple(pasts.split("/"))
    for verb, pasts in (
        line.split()
        for line in """
        find found|see saw/seen|pay paid|sink sank/sunk|know knew/known|hit hit|spread spread
        shoot shot|leave left|tell told|say said|get got/gotten|buy bought|catch caught
        teach taught|build built|send sent|spend spent|lend lent|lead led|feel felt|mean meant
        hear heard|sell sold|stand stood|understand understood|steal stole/stolen
        strike struck|throw threw/thrown|wear wore/worn|write wrote/written|drive drove/driven
        ride rode/ridden|rise rose/risen|break broke/broken|choose chose/chosen|freeze froze/frozen
        drink drank/drunk|eat ate/eaten|hide hid/hidden|hang hung|bring brought|fight fought
        seek sought|think thought|win won|lose lost|meet met|keep kept|hold held|give gave/given
        take took/taken|make made|go went/gone|come came/come|run ran/run|fly flew/flown|flee fled
        fall fell/fallen|begin began/begun|speak spoke/spoken|grow grew/grown|draw drew/drawn
        withdraw withdrew/withdrawn
        blow blew/blown|bite bit/bitten|sit sat|lay laid|lie lay/lain|become became/become
        forget forgot/forgotten|bleed bled|feed fed|sleep slept|sweep swept|dig dug|stick stuck
        set set|put put|cut cut|let let|hurt hurt|quit quit|shut shut|cost cost|read read
        """.replace("|", "\n").split("\n")
        if line.strip()
    )
}
"""Each irregular verb news often denies, in its base form, with its past forms."""

BASE_FORMS = {pasts[0]: verb for verb, pasts in IRREGULAR_PASTS.items() if pasts[0] != verb}
"""Each simple past of ``IRREGULAR_PASTS`` with its verb: "came" is "come", "took" "take"
(not a participle, which is often an adjective: "drunk", "broken")."""

PARTICIPLES = frozenset(form for pasts in IRREGULAR_PASTS.values() for form in pasts[-1:])
"""The past participles of ``IRREGULAR_PASTS`` (the last form of each, which is the past too
where only one is given): "known", "found", "run"."""


def past_forms(verb: str, irregular: bool = True) -> tuple[str, ...]:
    """How the past of ``verb`` (lower case, its base form) may be written: its ``irregular``
    forms ("find": "found"), else the regular ones ("survived", "walked", "stopped",
    "carried"). A noun after "no" is no verb ("no lead" / "led the suspect away"): there the
    irregular ones are left out, which a noun's plain endings rarely make."""
    pasts = IRREGULAR_PASTS.get(verb) if irregular else None
    if pasts is not None:
        return pasts
    regular = (verb + "d", verb + "ed", verb + verb[-1:] + "ed")
    return (*regular, verb[:-1] + "ied") if verb.endswith("y") else regular


def denies_a_verb(negation: str) -> bool:
    """Whether a negation (as written: "not find", "no lead") may deny a verb, whose irregular
    past the other claim may state: a noun after "no" is none ("no lead" / "led the suspect
    away")."""
    return not negation.lower().startswith("no ")


def stated_in_past(polarity: Polarity, stated: Mapping[tuple[str, str], Found]) -> Found | None:
    """What a claim states (``Slots.stated``: by a word's key and the next content word's) in
    an irregular past of the verb ``polarity`` denies, before the word after it: "found a
    weapon" for "did not find a weapon", whose keys differ where a regular past's ("stopped",
    "stop") are one."""
    if not polarity.following or not denies_a_verb(polarity.text):
        return None
    pasts = IRREGULAR_PASTS.get(polarity.what.split()[0], ())
    following = polarity.following
    return next(filter(None, (stated.get((WORDS.key(past), following)) for past in pasts)), None)


_MODAL = {"would": "will", "could": "can", "shall": "will"}
"""A modal as reported speech tells it: "he would not appeal" denies "he will appeal"
(helper-233's audit)."""

_LAST_WORD = re.compile(r"([\w’'-]{1,40})\W{0,3}$")


DESCRIBED = re.compile(r"(?i:not|never)[ ]+(?:a|an)[ ]")
"""A denial of what someone is: "is not a student"."""

_BEFORE_DESCRIPTION = re.compile(r"(?<![\w’'])([\w’']+)[ ]+(?:a|an)[ ]+(?:[\w’'-]+[ ]+){0,2}$")
"""The verb before "a" and up to two words before a noun: "is a second-year student"."""

_BE = frozenset("is was are were".split())


def verb_before(text: str, position: int, *, being: bool = False, described: bool = False) -> str:
    """The word before ``position`` (lower case), a modal as it is told in direct speech;
    with ``being``, any form of "be" as "be" ("is part of" / "was not part of" tell the same of
    one time); with ``described``, the verb before the noun's "a" and up to two words that
    describe it ("is a second-year student", which "is not a student" denies)."""
    pattern = _BEFORE_DESCRIPTION if described else _LAST_WORD
    found = pattern.search(text, max(0, position - 60 if described else position - 45), position)
    word = found.group(1).lower() if found else ""
    if being and word in _BE:
        return "be"
    if word in _MODAL and not _reported(text, position):
        return word  # "Police would not comment", "could not land": past, not reported speech
    return _MODAL.get(word, word)


_SAYING = re.compile(
    r"\b(?i:said|says|told|tells|announced|insisted|confirmed|stated|warned|promised)\b"
)
_CONDITION = re.compile(r"\b(?i:if|unless|without|even)\b")
_REFUSING = re.compile(
    r"\W{0,3}(?i:not[ ]+|n[’']t[ ]+)?(?i:be[ ]+)?(?i:comment|say|confirm|elaborate|discuss"
    r"|reveal|disclose|release|speculate|specify|identify|name|answer)\b"
)
"""What "would not" and "could not" refuse, which denies no later act ("Police would not
comment" / "Police will comment on Friday"; helper-235's review)."""


def _reported(text: str, position: int) -> bool:
    """Whether the modal before ``position`` tells in reported speech what was said of the
    future ("her clients said she would not appeal"), not a refusal ("would not comment"),
    a condition ("would not survive without") nor a past ability ("could not land")."""
    start = max(text.rfind(". ", 0, position), 0)
    end = text.find(". ", position)
    sentence = text[start : end if end >= 0 else len(text)]
    return (
        _SAYING.search(sentence) is not None
        and _CONDITION.search(sentence) is None
        and _REFUSING.match(text, position) is None
    )
