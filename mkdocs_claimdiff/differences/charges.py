"""The charge a killing is brought as: "manslaughter" against "murder" is a difference a
reader of crime news must see, though both sentences tell of one charge."""

from __future__ import annotations

import re

from ..model import Difference
from .slots import Charge, Slots, ascii_lower, lacks, word_parts

_CHARGING_WORDS = tuple("charged charges charge faces facing accused indicted convicted".split())
"""Words that make a crime named in the sentence the charge: "the shooting was ruled a
homicide" names no charge. The pattern and its parts are made of them, so neither is stale."""

_CHARGING = re.compile(rf"\b(?i:{'|'.join(_CHARGING_WORDS)})\b")

_CHARGING_PARTS = word_parts(_CHARGING_WORDS)
"""A part of every match of ``_CHARGING``, in lower case (``lacks``)."""

_HOMICIDE = re.compile(
    r"(?<![\w-])(?:(?P<degree>(?i:first|second|third))[- ](?i:degree)[ ])?"
    r"(?P<intended>(?i:intentional)[ ])?"
    r"(?P<unintended>(?i:(?:criminally[ ])?negligent|vehicular)[ ])?"
    r"(?P<crime>(?i:murder|manslaughter|homicide))\b(?!-)"
)
"""The grades of a killing that news names as charges, with a murder's degree. "Attempted
murder", "intent to murder" and "conspiracy to commit murder" are other crimes, see
``_NOT_THE_KILLING``; a "murder-suicide" is what happened, no charge. A "criminally negligent
homicide" or a "vehicular homicide" is a killing without intent, the grade of manslaughter,
which outlets write either way ("charged with criminally negligent homicide" / "facing
manslaughter charges"); an "intentional homicide" is murder's grade."""

_CHARGED_WITH = re.compile(
    r"\b(?i:charged(?:[ ][\w-]+){0,3}?[ ]with|charges?[ ]of|counts?[ ]of|accused[ ]of|"
    r"convicted[ ]of|indicted[ ](?:on|for)|faces?|facing|guilty[ ]of)[ ](?:[\w-]+,?[ ]){0,8}$"
)
"""What comes before a crime the sentence charges: "charged with first-degree murder", "faces
criminally negligent homicide", "charged on Friday with", a count ("three counts of criminal
vehicular homicide"), or a list of charges ("charged with vehicular manslaughter, criminally
negligent homicide")."""

_CHARGE_REACH = 120
"""Characters before a crime searched for ``_CHARGED_WITH``: the verb and eight words."""

_CHARGE_AFTER = re.compile(r"[ ](?i:charges?|counts?)\b")
"""A crime named as a charge after it: "manslaughter charges", "a homicide charge"."""

_THE_EVENT = re.compile(r"\b(?i:in|for)[ ](?i:the|her|his|their)[ ]$")
"""Words before a crime that name the killing, not the charge: "charged with manslaughter in
the murder of his wife"; without another crime charged, "charged in her murder" charges
murder."""

_NOT_THE_KILLING = re.compile(r"\b(?i:attempted|to|commit)[ ]$")
"""The word right before a crime that makes it another one: "attempted murder", "intent to
murder", "conspiracy to commit murder"."""

_BEFORE = 24
"""Characters before a crime searched for ``_NOT_THE_KILLING``."""


def read_charges(text: str) -> tuple[Charge, ...]:
    """The grades of a killing the sentence names as a charge ("charged with first-degree
    murder", "faces manslaughter charges"); none when it names no charge."""
    if lacks(ascii_lower(text), _CHARGING_PARTS) or _CHARGING.search(text) is None:
        return ()
    crimes = [
        match
        for match in _HOMICIDE.finditer(text)
        if _NOT_THE_KILLING.search(text, max(0, match.start() - _BEFORE), match.start()) is None
    ]
    charged = [
        match
        for match in crimes
        if _charged(text, match) and not _before(_THE_EVENT, text, match.start())
    ]
    # A crime the sentence charges in so many words wins; else every murder or manslaughter
    # it names ("charged in her murder"); a homicide may be what a detective or an
    # investigation is called ("homicide detectives said"), so it needs the words.
    chosen = charged or [m for m in crimes if m.group("crime").lower() != "homicide"]
    return tuple(
        Charge(
            match.group(),
            match.span(),
            _grade(match),
            (match.group("degree") or "").lower(),
            match.group("crime").lower(),
        )
        for match in chosen[:CHARGES_READ]
    )


CHARGES_READ = 16
"""Charges of a claim that are compared, its first: every charge of one claim is set against
every charge of the other, and a sentence of thousands ("murder murder ...", a scrape gone
wrong) would cost their square; a real one lists a few."""


def _grade(match: re.Match[str]) -> str:
    """The grade a charge is compared by: a killing without intent is manslaughter's, an
    intentional homicide murder's, else the crime as named."""
    if match.group("unintended"):
        return "manslaughter"
    return "murder" if match.group("intended") else match.group("crime").lower()


def _before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    return pattern.search(text, max(0, start - _BEFORE), start) is not None


def _charged(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence names the crime as a charge: after "charged with", "accused of",
    "faces" (a few words between, as in a list), or before "charges"."""
    start = match.start()
    return _CHARGED_WITH.search(text, max(0, start - _CHARGE_REACH), start) is not None or bool(
        _CHARGE_AFTER.match(text, match.end())
    )


def _compatible(left: Charge, right: Charge) -> bool:
    """One charge written two ways: the same grade, and the same degree when both give one
    ("murder" and "first-degree murder" agree; "first-degree" and "second-degree" do not). A
    homicide of no grade and no degree is any killing charged, as a murder of no degree is any
    murder: "homicide" agrees with "criminally negligent homicide", "murder" and
    "manslaughter" (a murder is a homicide; the other claim only says more). A degree is a
    grade too: a "first-degree homicide" is no "vehicular homicide", nor a "third-degree
    homicide" a "criminally negligent" one."""
    if _ungraded(left) or _ungraded(right):
        return True
    return left.crime == right.crime and (
        not left.degree or not right.degree or left.degree == right.degree
    )


def _ungraded(charge: Charge) -> bool:
    """A homicide named with neither a grade nor a degree: "charged with homicide"."""
    return charge.crime == "homicide" and not charge.degree


def charge_differences(first: Slots, second: Slots) -> list[Difference]:
    """Two claims that charge a killing under grades that never agree: "manslaughter charges"
    against "charged in her murder". A list of charges that shares one grade with the other
    claim's ("vehicular manslaughter, criminally negligent homicide" and "manslaughter") says
    more, it does not disagree."""
    if not first.charges or not second.charges:
        return []
    if any(_compatible(left, right) for left in first.charges for right in second.charges):
        return []
    left, right = first.charges[0], second.charges[0]
    return [Difference("name", left.text, right.text, "charge", left.span, right.span)]
