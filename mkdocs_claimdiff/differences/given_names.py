"""Two people of one surname: "John Smith" and "Peter Smith" are not one person, though "Mr
Smith", "Smith" and "John Smith" are."""

from __future__ import annotations

import re

from .slots import THING_HEADS, Entity, Slots

NICKNAMES = {
    **dict.fromkeys(("bob", "bobby"), "robert"),
    **dict.fromkeys(("bill", "billy"), "william"),
    **dict.fromkeys(("tom", "tommy"), "thomas"),
    **dict.fromkeys(("jim", "jimmy"), "james"),
    **dict.fromkeys(("ted", "ned"), "edward"),
    **dict.fromkeys(("liz", "beth", "betty"), "elizabeth"),
    **dict.fromkeys(("peggy", "maggie", "meg"), "margaret"),
    **dict.fromkeys(("hank", "harry"), "henry"),
    **dict.fromkeys(("molly", "polly"), "mary"),
    "dick": "richard",
    "tony": "anthony",
    "jack": "john",
    "chuck": "charles",
    "drew": "andrew",
    "jerry": "gerald",
    "sandy": "alexander",
}
"""Short forms of given names that do not begin as the name does ("Bob", "Robert"); those
that do ("Dave", "David"; "Mike", "Michael") are told by their first letters."""

SHARED_LETTERS = 2
"""Given names that begin with this many letters alike may be one name, shortened ("Dave" and
"David", "Chris" and "Christopher"): two people only when they begin otherwise."""


_GIVEN_NAME = re.compile(r"[A-Z][a-z]{2,40}")
"""A given name as written: capitalised, in letters, three or more ("Mo" and initials are too
short to tell apart from a shortened name, "INS" and "U.S." are no names)."""

_NO_NAME_ENDINGS = ("ly", "ing", "ed")
"""Endings of an adverb or a verb that opens a sentence before a surname: "Clearly Mark
decided", "Bringing Brand back" (a name of these endings, "Kelly", opening a sentence is
passed over)."""

_INITIAL = re.compile(r"[A-Z]\.?")


def given_name(entity: Entity) -> str:
    """The given name of a person named by it and a surname ("John Smith", "John F. Smith"),
    lower-case; "" for any other name: a surname alone, initials, or words before the surname
    that may be no given name ("Chargers' Jackson", "Labour MP John Smith", a headline's "Hire
    Maurice Cheeks")."""
    written = entity.text.split()
    if len(written) != len(entity.words) or not 2 <= len(written) <= 3:
        return ""
    if len(written) == 3 and not _INITIAL.fullmatch(written[1]):
        return ""
    if entity.span[0] <= 1 and written[0].endswith(_NO_NAME_ENDINGS):
        return ""  # a sentence's first word is capitalised: "Clearly Mark", "Bringing Brand"
    return entity.words[0] if _GIVEN_NAME.fullmatch(written[0]) else ""


def another_person(left: Entity, other: Slots, own: Slots) -> Entity | None:
    """The person of the other claim with the surname of ``left`` and another given name, when
    neither claim names the other's person too: "the victim was named as John Smith" against
    "... as Peter Smith". A given name either claim also writes elsewhere in the name ("John
    Paul Smith", "Paul Smith") or a shortened one ("Dave", "David") is no other person."""
    first = given_name(left)
    if left.place or not first or left.words[-1] in THING_HEADS:
        return None
    if "headline" in (own.claim.role, other.claim.role):
        return None  # a headline capitalises its verbs: "Sixers Hire Maurice Cheeks"
    if left.distinct in other.entity_sets:
        return None  # the other claim names this person too
    for right in other.entities:
        second = given_name(right)
        if (
            not right.place
            and second
            and right.words[-1] == left.words[-1]
            and right.distinct not in own.entity_sets
            and second not in left.distinct
            and first not in right.distinct
            and not _one_given_name(first, second)
        ):
            return right
    return None


def _one_given_name(first: str, second: str) -> bool:
    first, second = NICKNAMES.get(first, first), NICKNAMES.get(second, second)
    return first[:SHARED_LETTERS] == second[:SHARED_LETTERS]
