"""Two people of one surname: "John Smith" and "Peter Smith" are not one person, though "Mr
Smith", "Smith" and "John Smith" are."""

from __future__ import annotations

import re
from functools import lru_cache

from cydifflib import SequenceMatcher

from .slots import THING_HEADS, Entity, Slots

NICKNAMES = {
    **dict.fromkeys(("bob", "bobby"), ("robert",)),
    **dict.fromkeys(("bill", "billy"), ("william",)),
    **dict.fromkeys(("tom", "tommy"), ("thomas",)),
    **dict.fromkeys(("jim", "jimmy"), ("james",)),
    **dict.fromkeys(("ted", "teddy", "ned"), ("edward",)),
    **dict.fromkeys(("liz", "beth", "betty"), ("elizabeth",)),
    **dict.fromkeys(("peggy", "maggie", "meg"), ("margaret",)),
    **dict.fromkeys(("hank", "harry"), ("henry",)),
    **dict.fromkeys(("molly", "polly"), ("mary",)),
    **dict.fromkeys(("kate", "katie", "kathy", "cathy", "katherine"), ("catherine",)),
    **dict.fromkeys(("chris", "kris", "kristopher"), ("christopher",)),
    **dict.fromkeys(("geoff", "geoffrey"), ("jeff", "jeffrey")),
    "dick": ("richard",),
    "tony": ("anthony",),
    "jack": ("john",),
    "chuck": ("charles",),
    "drew": ("andrew",),
    "jerry": ("gerald",),
    "sasha": ("alexander", "alexandra"),
    "sandy": ("alexander", "sandra"),
}
"""Short forms of given names that do not begin as the name does ("Bob", "Robert"); those
that do ("Dave", "David"; "Mike", "Michael") are told by their first letters, and names
spelt alike ("Sean", "Shaun"; "Volodymyr", "Vladimir") by their likeness."""

SHARED_LETTERS = 2
"""Given names that begin with this many letters alike may be one name, shortened ("Dave" and
"David", "Chris" and "Christopher"): two people only when they begin otherwise."""

NAME_LIKENESS = 0.58
"""Given names of one first letter this alike (difflib's ratio) may be one name spelt or
transliterated two ways ("Sean", "Shaun"; "Volodymyr", "Vladimir" are 0.59 alike); "Michael"
and "Richard" (0.57), "Mary" and "Amy" begin otherwise."""

NAME_PARTICLES = frozenset("de da di du del della der den van von le la al el bin ibn".split())
"""Words that join the parts of a name: "Alexander Boris de Pfeffel Johnson" names no
"Pfeffel Johnson" apart from Boris Johnson."""

_WORD = re.compile(r"[\w’'-]+")

PARTICLE_REACH = 8
"""Characters before a name searched for a particle."""


def given_name_shape(word: str) -> bool:
    """A given name as written: capitalised, in letters of any alphabet ("Łukasz", "Émile"),
    three or more ("Mo" and initials are too short to tell apart from a shortened name, "INS"
    and "U.S." are no names)."""
    rest = word[1:]
    return 3 <= len(word) <= 41 and word[0].isupper() and rest.isalpha() and rest.islower()


_NO_NAME_ENDINGS = ("ly", "ing", "ed")
"""Endings of an adverb or a verb that opens a sentence before a surname: "Clearly Mark
decided", "Bringing Brand back" (a name of these endings, "Kelly", opening a sentence is
passed over)."""

_INITIAL = re.compile(r"[A-Z]\.?")


@lru_cache(maxsize=65536)  # a claim's names are asked about in each of its matches
def given_name(entity: Entity, text: str) -> str:
    """The given name of a person named by it and a surname ("John Smith", "John F. Smith"),
    lower-case; "" for any other name: a surname alone, initials, or words before the surname
    that may be no given name ("Chargers' Jackson", "Labour MP John Smith", a headline's "Hire
    Maurice Cheeks")."""
    written = entity.text.split()
    if len(written) != len(entity.words) or not 2 <= len(written) <= 3:
        return ""
    if len(written) == 3 and not _INITIAL.fullmatch(written[1]):
        return ""
    before = _WORD.findall(text, max(0, entity.span[0] - PARTICLE_REACH), entity.span[0])
    if before and before[-1] in NAME_PARTICLES:
        return ""  # "de Pfeffel Johnson": the end of a longer name
    if entity.span[0] <= 1 and written[0].endswith(_NO_NAME_ENDINGS):
        return ""  # a sentence's first word is capitalised: "Clearly Mark", "Bringing Brand"
    return entity.words[0] if given_name_shape(written[0]) else ""


def another_person(left: Entity, other: Slots, own: Slots) -> Entity | None:
    """The person of the other claim with the surname of ``left`` and another given name, when
    neither claim names the other's person too: "the victim was named as John Smith" against
    "... as Peter Smith". A given name either claim also writes elsewhere in the name ("John
    Paul Smith", "Paul Smith") or a shortened one ("Dave", "David") is no other person."""
    if left.place or left.words[-1] not in other.person_lasts or left.words[-1] in THING_HEADS:
        return None  # most names: the other claim names no one of this surname
    if left.distinct in other.entity_sets:
        return None  # the other claim names this person too
    if "headline" in (own.claim.role, other.claim.role):
        return None  # a headline capitalises its verbs: "Sixers Hire Maurice Cheeks"
    first = given_name(left, own.claim.text)
    if not first:
        return None
    if _family_near(own.claim.text, left.span):
        return None  # "Mark Jones and his wife": one surname is a family's
    for right in other.entities:
        second = given_name(right, other.claim.text)
        if (
            not right.place
            and second
            and right.words[-1] == left.words[-1]
            and right.distinct not in own.entity_sets
            and second not in left.distinct
            and first not in right.distinct
            and not _one_given_name(first, second)
            and not writes(other.claim.text, first)
            and not writes(own.claim.text, second)
            and not _family_near(other.claim.text, right.span)
        ):
            return right
    return None


def writes(text: str, name: str) -> bool:
    """Whether a claim writes a given name on its own too, capitalised: "Her husband, Mark
    Jones, said Sarah was killed" names Sarah Jones as well as Mark ("who will appear" names
    no Will)."""
    return name.capitalize() in _WORD.findall(text)


def _family_near(text: str, span: tuple[int, int]) -> bool:
    """Whether a word of a family stands within ``FAMILY_REACH`` of the name at ``span``."""
    near = text[max(0, span[0] - FAMILY_REACH) : span[1] + FAMILY_REACH]
    return not _FAMILY.isdisjoint(word.lower() for word in _WORD.findall(near))


FAMILY_REACH = 24
"""Characters around a name searched for a word of its family ("Mark Jones and his wife")."""


_FAMILY = frozenset(
    """wife husband widow widower spouse partner son sons daughter daughters mother father
    parents brother brothers sister sisters sibling siblings family children grandson
    granddaughter grandmother grandfather cousin nephew niece uncle aunt""".split()
)
"""Words of a family, whose members share a surname: a claim with one names two people of
one surname as a matter of course."""


def _one_given_name(first: str, second: str) -> bool:
    forms = (
        {first, *NICKNAMES.get(first, ())},
        {second, *NICKNAMES.get(second, ())},
    )
    return any(
        one[:SHARED_LETTERS] == other[:SHARED_LETTERS]
        or (one[0] == other[0] and SequenceMatcher(None, one, other).ratio() >= NAME_LIKENESS)
        for one in forms[0]
        for other in forms[1]
    )
