"""The charge a killing is brought as: "manslaughter" against "murder" is a difference a
reader of crime news must see, though both sentences tell of one charge."""

from __future__ import annotations

import re

from ..model import Difference
from .slots import Charge, Slots

_CHARGING = re.compile(r"\b(?i:charged|charges?|faces|facing|accused|indicted|convicted)\b")
"""Words that make a crime named in the sentence the charge: "the shooting was ruled a
homicide" names no charge."""

_HOMICIDE = re.compile(
    r"(?<![\w-])(?:(?P<degree>(?i:first|second|third))[- ](?i:degree)[ ])?"
    r"(?P<crime>(?i:murder|manslaughter|homicide))\b"
)
"""The grades of a killing that news names as charges, with a murder's degree. "Attempted
murder", "intent to murder" and "conspiracy to commit murder" are other crimes, see
``_NOT_THE_KILLING``."""

_NOT_THE_KILLING = re.compile(r"\b(?i:attempted|to|commit)[ ]$")
"""The word right before a crime that makes it another one: "attempted murder", "intent to
murder", "conspiracy to commit murder"."""

_BEFORE = 24
"""Characters before a crime searched for ``_NOT_THE_KILLING``."""


def read_charges(text: str) -> tuple[Charge, ...]:
    """The grades of a killing the sentence names as a charge ("charged with first-degree
    murder", "faces manslaughter charges"); none when it names no charge."""
    if _CHARGING.search(text) is None:
        return ()
    return tuple(
        Charge(
            match.group(),
            match.span(),
            match.group("crime").lower(),
            (match.group("degree") or "").lower(),
        )
        for match in _HOMICIDE.finditer(text)
        if _NOT_THE_KILLING.search(text, max(0, match.start() - _BEFORE), match.start()) is None
    )


def _compatible(left: Charge, right: Charge) -> bool:
    """One charge written two ways: the same grade, and the same degree when both give one
    ("murder" and "first-degree murder" agree; "first-degree" and "second-degree" do not)."""
    return left.crime == right.crime and (
        not left.degree or not right.degree or left.degree == right.degree
    )


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
