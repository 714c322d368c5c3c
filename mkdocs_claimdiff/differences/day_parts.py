"""The part of a day two claims give one weekday: "on Thursday afternoon" / "on Thursday evening"
(helper-197's audit found them told as one day)."""

from __future__ import annotations

import re

from ..model import Difference
from .day_clauses import same_event
from .slots import WEEKDAYS, Day, Slots, once_per_claim

_DAY_PART = re.compile(
    rf"\b((?i:{'|'.join(WEEKDAYS)}))[ ]+((?i:morning|afternoon|evening|night))\b"
)
"""A weekday and the part of it: "Thursday afternoon", "Saturday night"."""

_ONE_TIME = frozenset({frozenset({"evening", "night"})})
"""Parts of a day that may name one time: "Saturday evening" and "Saturday night"."""

SHARED = 2
"""Words two clauses must share for their parts of one day to date one event: parts of a day
are hours apart, and many a story tells two events of one day ("two of the injured were in
critical condition on Tuesday night" / "two divers were injured on Tuesday afternoon")."""

DayPart = tuple[str, str, tuple[int, int]]
"""A weekday, its part (both lower case) and where the two stand in the claim's text."""


@once_per_claim
def _day_parts(slots: Slots) -> tuple[DayPart, ...]:
    text = slots.claim.text
    lowered = text.lower()
    if not any(part in lowered for part in ("morning", "afternoon", "evening", "night")):
        return ()  # most claims: no part of a day, found without the pattern
    return tuple(
        (found.group(1).lower(), found.group(2).lower(), found.span())
        for found in _DAY_PART.finditer(text)
    )


def day_part_differences(first: Slots, second: Slots) -> list[Difference]:
    """One weekday given two parts that are not one time ("Thursday afternoon" / "Thursday
    evening") in clauses of one event (``day_clauses.same_event``), when each claim gives one
    weekday and one part of it: a claim of two ("arrested on Thursday night and charged on
    Friday morning") may date two events."""
    left, right = _day_parts(first), _day_parts(second)
    if len(left) != 1 or len(right) != 1:
        return []
    (day, part, span), (other_day, other_part, other_span) = left[0], right[0]
    if day != other_day or part == other_part or frozenset({part, other_part}) in _ONE_TIME:
        return []
    dated = Day(day, span, day, "day"), Day(other_day, other_span, other_day, "day")
    if same_event(first.claim.text, dated[:1], second.claim.text, dated[1:], SHARED) is None:
        return []  # "The fire started on Thursday afternoon" / "still burning Thursday night"
    a, b = first.claim.text[span[0] : span[1]], second.claim.text[other_span[0] : other_span[1]]
    return [Difference("date", a, b, "time of day", span, other_span)]
