"""Ordinals in digits: the place in the event's own sequence they rank ("the 87th minute")."""

from __future__ import annotations

import re

from .slots import Quantity

PLACES = frozenset("minute inning lap hole".split())
"""What an ordinal ranks in the event's own sequence: set against another only in clauses of
one event, as clock times are ("Smith scored in the 23rd minute" / "Jones equalised in the
87th minute"; helper-199's review), and not when a phrase with "of" says of what ("the 3rd
minute of stoppage time"). Floors, rounds, quarters and periods were read too, and taken out:
"the 5th round of talks", "the 3rd floor" where the fire broke out / "the 10th floor" where
guests were evacuated (helper-201's review)."""

_ORDINAL = re.compile(rf"(st|nd|rd|th)[ ]({'|'.join(sorted(PLACES))})(?![\w’'-])(?![ ]of\b)")
"""An ordinal's suffix and the place in a sequence it ranks, when the sequence is the event's
own: "halted in the 87th minute", "on the 3rd floor", "in the 9th inning". An ordinal of
anything else ranks in a scope of its own as often as not ("the 4th head coach since King
took over" / "the 21st head coach", "his 5th goal of the season" / "his 3rd goal in the
game", "the 5th time" / "at 5 p.m."; helper-196's review), and so does one in words ("the
fourth head coach")."""


def ordinal(text: str, start: int, end: int, value: float) -> Quantity | None:
    """The figure of an ordinal in digits ending at ``end``, with the place it ranks as what
    it measures ("halted in the 87th minute" / "the 78th minute"), else None ("76ers", "3D",
    "the 21st century")."""
    found = _ORDINAL.match(text, end)
    if found is None or not text[start:end].isdigit():
        return None
    # The place ranked is part of the figure: no word the clauses share for one event.
    return Quantity(
        text[start : found.end()], (start, found.end()), value, found.group(2), frozenset()
    )
