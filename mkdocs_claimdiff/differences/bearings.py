"""Where a claim places something from a named place: "150 nautical miles east of Aden"."""

from __future__ import annotations

import re

from ..model import Difference
from .names import name_word
from .slots import Bearing, Slots, ascii_lower, lacks

_POLES = ("north", "south")
_SIDES = ("east", "west")
"""The compass points: a pole alone or with a side ("north-east"), or a side alone. The
pattern and its parts (``_WAYS``) are made of them, so neither is stale."""

_BEARING = re.compile(
    rf"\b(?P<way>(?i:(?:{'|'.join(_POLES)})(?:-?(?:{'|'.join(_SIDES)}))?|{'|'.join(_SIDES)}))"
    r"[ ]of[ ](?:the[ ])?(?P<place>[A-Z][\w’'-]{0,40})"
)

_WAYS = (*_POLES, *_SIDES)
"""A part of every match of ``_BEARING``, in lower case (``lacks``)."""


def read_bearings(text: str) -> tuple[Bearing, ...]:
    """Compass directions from a named place ("150 nautical miles east of Aden")."""
    # What every match has, looked for in C.
    if " of " not in text or lacks(ascii_lower(text), _WAYS):
        return ()
    return tuple(
        Bearing(
            match.group(),
            match.span(),
            match.group("way").lower().replace("-", ""),
            name_word(match.group("place")),
        )
        for match in _BEARING.finditer(text)
    )


def bearing_differences(first: Slots, second: Slots) -> list[Difference]:
    """One place said to lie in two directions from another: "east of Aden" against "west of
    Aden" puts the event at two places, a name difference a reader should check."""
    for left in first.bearings:
        for right in second.bearings:
            if left.place == right.place and left.way != right.way:
                what = f"direction from {right.text.split()[-1]}"
                return [Difference("name", left.text, right.text, what, left.span, right.span)]
    return []
