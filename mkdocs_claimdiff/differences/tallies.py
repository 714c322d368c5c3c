"""Votes and scores: "voted 7-2", "by a vote of 7 to 2", "won 3-1". Two figures read as one
value, which another claim's tally can disagree with ("7-2" against "6-3"); read apart, "7-2"
was no figure at all and "7 to 2" two, set against the wrong ones (helper-164's audit)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Difference
from .slots import Slots

_BEFORE = (
    r"(?:vote[sd]?|voting|won|wins?|winning|beat|beats|beaten|defeated|lost|loses|losing|ruled|"
    r"decision|approved|passed|rejected|upheld|scored|margin|split|tally|score|lead|led|"
    r"trail(?:ed|s)?|edged|edging|thrashed|trounced|routed|downed|overcame)"
)
"""Words that open a tally a few words before it: "voted 7-2", "won 3-1", "a 5-4 decision",
"edged Milford Rangers 3-2" (helper-203's audit). Not "drew", "beating" or "ended", which
bring in the score of another game or of half-time as often as not ("City beat United after
the first half ended 1-1", "fresh from beating Chelsea 4-0"; helper-207's review)."""

_AFTER = (
    r"(?:vote|votes|decision|ruling|verdict|victory|win|defeat|loss|majority|margin|split|draw)"
)
"""Words right after a tally: "a 7-2 vote", "a 5-4 ruling", "a 3-3 draw"."""

_NOT_COUNTED = (
    r"(?:as|is|was|has|his|its|this|thus|plus|less|unless|yes|does|gets|votes|ways|towards|"
    r"afterwards|besides|despite|across|always|perhaps|sometimes|thanks|whereas|overseas)"
)
"""Words ending in "s" that count nothing ("passed 51-49 as expected")."""

_COUNTED_AFTER = (
    rf"(?-i:[ ](?!{_NOT_COUNTED}\b)[a-z][a-z’'-]{{1,20}}s\b"
    r"|[ ](?:children|people|men|women|police|staff|personnel|feet|cattle|sheep|dead|million|"
    r"billion|thousand|hundred|percentage|day|week|month|year|hour|minute|mile|metre|meter)\b"
    r"|[ ]?(?:kg|km|cm|mm|lbs?|mph|percent|per[ ]cent|%)(?![a-z]))"
)
"""What a range is followed by and a tally is not: a plural noun or a unit, what the two figures
count ("lost 300-400 jobs", "won 10-12 seats", "lost 10-15 kg"). A list of what may follow a
tally instead ("to", "against", a sign) missed "ruled 5-4 that", "voted 7-2 Tuesday", "beat
Arsenal 2-1 yesterday" (helper-167's review)."""

_TALLY = re.compile(
    # not in a clause about another game: "Spain, who thrashed Costa Rica 7-0, lost to Japan"
    rf"(?i:(?<!\bwho[ ])(?<!\bwhich[ ])\b{_BEFORE}\b(?:[ ][\w’']{{1,20}}){{0,3}}?"
    rf"[ ](?P<first>\d{{1,3}})"
    rf"[ ]?[-–—][ ]?(?P<second>\d{{1,3}})\b(?![.,]\d|{_COUNTED_AFTER})"
    # "to" only right after a vote: "voted 7 to 2", "a vote of 7 to 2" ("passed, leaving 10 to
    # 20 people hurt" is a range).
    r"|\bvot(?:ed|es?|ing)(?:[ ](?:of|by))?[ ](?P<yes>\d{1,3})[ ]to[ ](?P<no>\d{1,3})\b(?![.,]\d)"
    rf"|\b(?P<before>\d{{1,3}})[ ]?[-–—][ ]?(?P<after>\d{{1,3}})[ ]{_AFTER}\b)"
)


_TALLY_CUE = re.compile(r"\d[ ]?[-–—][ ]?\d|\d[ ]to[ ]\d")
"""Two figures joined as every tally joins them."""


@dataclass(frozen=True)
class Tally:
    """A vote or a score as written, its place, and its two figures, the larger first (a side's
    "won 7-2" and the other side's "lost 2-7" are one result)."""

    text: str
    span: tuple[int, int]
    figures: tuple[int, int]


@lru_cache(maxsize=8192)  # asked when the claim's figures are read and when it is compared
def read_tallies(text: str) -> tuple[Tally, ...]:
    """The votes and scores of a claim."""
    if _TALLY_CUE.search(text) is None:
        return ()  # most claims: no two figures joined, found in one quick search
    found = []
    for match in _TALLY.finditer(text):
        opened, closed = next(
            pair
            for pair in (("first", "second"), ("yes", "no"), ("before", "after"))
            if match.group(pair[0]) is not None
        )
        first, second = match.group(opened, closed)
        span = match.start(opened), match.end(closed)
        high, low = sorted((int(first), int(second)), reverse=True)
        found.append(Tally(text[span[0] : span[1]], span, (high, low)))
    return tuple(found)


def tally_differences(first: Slots, second: Slots) -> list[Difference]:
    """Two tallies that disagree, when each claim gives one: "7-2" against "6-3"."""
    left, right = read_tallies(first.claim.text), read_tallies(second.claim.text)
    if len(left) != 1 or len(right) != 1 or left[0].figures == right[0].figures:
        return []
    (a,), (b,) = left, right
    return [Difference("number", a.text, b.text, "vote or score", a.span, b.span)]
