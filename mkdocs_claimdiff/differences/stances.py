"""One claim has someone deny what the other has them admit: "The mayor denied the allegations"
against "The mayor confirmed the allegations". Neither says "not", so ``negations`` reads no
polarity in either; the two verbs are opposite stances on one thing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Difference
from ..normalise import STOPWORDS
from .slots import WORDS, Slots

_STANCE = re.compile(
    r"\b(?:(?P<denial>(?i:denied|denies|deny|denying|rejected|rejects|disputed|disputes))"
    r"|(?P<admission>(?i:confirmed|confirms|confirm|confirming|admitted|admits|admit|admitting"
    r"|acknowledged|acknowledges|conceded|concedes)))"
    r"[ ](?:(?i:the|any|all|these|those|his|her|their|its|some)[ ])?(?P<thing>[A-Za-z][a-z]+)\b"
)
"""A verb of denial or of admission and the first word of what it is about ("denied the
allegations", "admitted wrongdoing"); a pronoun or a clause ("confirmed he had been
approached") is left out as a stopword."""

_NEGATED_BEFORE = re.compile(r"\b(?i:not|never|n't|no)[ ](?:\w+[ ])?$|n't[ ]$")
"""A negation right before the verb: "did not deny the allegations" admits nothing denied."""

_NEGATION_REACH = 16
"""Characters before the verb searched for a negation."""


class Stance(NamedTuple):
    """A denial or an admission: as written, where, and the key of what it is about."""

    text: str
    span: tuple[int, int]
    denies: bool
    thing: str
    key: str


@lru_cache(maxsize=65536)  # bounded as the other per-text caches: a claim meets many partners
def stances(text: str) -> tuple[Stance, ...]:
    """The denials and admissions of a claim's text, but for negated ones."""
    found = []
    for match in _STANCE.finditer(text):
        thing = match.group("thing").lower()
        start = match.start()
        if thing in STOPWORDS or _NEGATED_BEFORE.search(
            text, max(0, start - _NEGATION_REACH), start
        ):
            continue
        denies = match.group("denial") is not None
        found.append(Stance(match.group(), match.span(), denies, thing, WORDS.key(thing)))
    return tuple(found)


def stance_differences(first: Slots, second: Slots) -> list[Difference]:
    """A denial in one claim against an admission of the same thing in the other
    (helper-188's review found "denied the allegations" against "confirmed the allegations"
    shared), as a ``negation``."""
    left, right = stances(first.claim.text), stances(second.claim.text)
    # A claim that denies one thing and admits another of one word ("denied causing death by
    # dangerous driving but admitted causing death by careless driving") tells both stances.
    both = _taken_both_ways(left) | _taken_both_ways(right)
    for one in left:
        for other in right:
            if one.denies != other.denies and one.key == other.key and one.key not in both:
                return [
                    Difference("negation", one.text, other.text, one.thing, one.span, other.span)
                ]
    return []


def _taken_both_ways(found: tuple[Stance, ...]) -> set[str]:
    """The keys a claim both denies and admits."""
    return {one.key for one in found if one.denies} & {one.key for one in found if not one.denies}
