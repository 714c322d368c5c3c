"""What someone or something is, denied in one claim and stated in the other: "The arrested man
is not a student" against "The man is a second-year student", "The birth was not part of a
formal breeding programme" against "The birth is part of a European breeding programme"."""

from __future__ import annotations

import re

from .objects import nearest_before
from .slots import Polarity

_CHANGED_BY = re.compile(
    r"\b(?i:former|ex|retired|onetime|one-time|possible|potential|prospective|would-be|future"
    r"|alleged|suspected|erstwhile)\b"
)
"""Words that make a description no more or not yet what it names: "a former student", "a
possible candidate" (helper-236's review)."""

_FOR_A_TIME = re.compile(r"[^,;]{0,80}?\b(?i:until|till|no[ ]longer|in[ ](?:19|20)\d\d)\b")
"""A time that bounds what is said: "was a member until 2018", "was safe until the dam
failed", "was a candidate in 2016" (helper-236's review)."""

_WHILE_A = re.compile(r"[^,;]{0,80}?\b(?i:before|after|when|once|again|now)\b")
"""A time that bounds what someone is described as: "was a child when", "a heavy smoker before
quitting"; not what something did ("was working when the fire broke out")."""

_BE = re.compile(r"\b(?i:is|was|are|were)\b")

DESCRIPTION_REACH = 60
"""Characters before a stated description searched for its verb "be"."""


def same_description(
    polarity: Polarity, own: str, other: str, found: tuple[int, int], described: bool
) -> bool:
    """Whether the other claim states of the same subject what a denial with "be" denies: the
    same word before each "be" ("The man is" / "The arrested man is not"; not "The victim's
    brother was"), with no word that changes the description before it ("a former student")
    and no time that bounds it after either ("was a member until 2018")."""
    start, end = found
    before = other[max(0, start - DESCRIPTION_REACH) : start]
    if described and _CHANGED_BY.search(before.rsplit(" a ", 1)[-1].rsplit(" an ", 1)[-1]):
        return False
    bounds = (_FOR_A_TIME, _WHILE_A) if described else (_FOR_A_TIME,)
    if any(b.match(other, end) or b.match(own, polarity.span[1]) for b in bounds):
        return False
    verbs = list(_BE.finditer(other, max(0, start - DESCRIPTION_REACH), start))
    return bool(verbs) and nearest_before(own, polarity.span[0]) == nearest_before(
        other, verbs[-1].start()
    )
