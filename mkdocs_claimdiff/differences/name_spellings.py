"""One person's name spelt two ways: "Tadese Worku" / "Tadesse Worku", "Henrietta Coles" /
"Henrietta Cole". The written stories' gold counts each a name difference, as "Rait" / "Raite"
is; a short form ("Dave" / "David"), a plural or a possessive of a name of a thing ("Land
Rovers", "Jack Daniel's"), a title and two people of one family are not (helper-232's review of
a first version found 74 of its 137 changes wrong, most of them of those kinds)."""

from __future__ import annotations

import re

from cydifflib import SequenceMatcher

from .given_names import NICKNAMES, given_name_shape, writes
from .name_forms import OPENING_HEADS
from .nationalities import NATIONALITY_STARTS
from .slots import THING_HEADS, TITLES, Entity, Slots

_SHORTENED = """david: dave davey | michael: mike mick mikey | matthew: matt | daniel: dan danny |
benjamin: ben | samuel: sam sammy | nicholas: nick | robert: rob robbie | timothy: tim | peter:
pete | joseph: joe joey | andrew: andy | gregory: greg | jacob: jake | joshua: josh | william:
will | jonathan: jon jonny | john: johnny jon | jennifer: jen jenny | susan: sue | patrick: pat |
frederick: fred freddie | kenneth: ken kenny | ronald: ron | donald: don | philip: phil |
victoria: vicky vic | nathan: nat nate | rebecca: becky | deborah: debbie | charles: charlie |
james: jamie | oliver: ollie | richard: rick ricky | steven: steve | stephen: steve | alexander:
alex | zachary: zach | edward: ed eddie | bernard: bernie | gerard: gerry | teresa: tess |
vincent: vinnie"""

SHORT_FORMS = frozenset(
    {(short, full) for short, fulls in NICKNAMES.items() for full in fulls}
    | {
        (short, full.strip())
        for entry in _SHORTENED.split("|")
        for full, _, shorts in [entry.partition(":")]
        for short in shorts.split()
    }
)
"""Given names and their short forms, those that begin as the name does too ("Dave", "Matt"):
one name however it is shortened, never the same name spelt two ways."""

SPELT_LIKENESS = 0.6
"""Given names of one first letter this alike (difflib's ratio), neither a short form of the
other, are one name spelt two ways ("Tadese" / "Tadesse", "Derek" / "Derrick", "Iain" /
"Ian")."""

_NO_GIVEN_NAMES = TITLES | {"doctor", "doctors", "cardinal", "cardinals", "msgr", "mgr"}
"""Words before a surname that are no given name: "Doctors Patel", "Cardinals Parolin"."""

_SAID_OF_A_PERSON = re.compile(
    r"(?:,[ ]\d{1,3}\b|,[ ](?:the|a|an|who)\b|(?:,[ ]\d{1,3},)?[ ](?:said|says|told|added"
    r"|admitted|insisted|explained|warned|described|called)\b)"
)
"""What follows a person's name and no thing's: an age, an apposition, a verb of saying."""

_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,30})\.?[ ]$")

_ROLE_ENDINGS = ("er", "or", "ist", "ian")
_NO_ROLES = frozenset(
    "former other another over under never ever after later earlier further either neither"
    " whether rather together per or for".split()
)

_MEMBER_BEFORE = re.compile(r"(?i:\b(?:a|an)(?:[ ](?:former|ex))?[ ]$)")
"""An indefinite article before a name makes it a group's or a brand's, not a person's:
"a former Green Beret", "a Hells Angel" (helper-232's review)."""


def _a_role(word: str) -> bool:
    """A title or a word of a role before a name: "Dr", "Auctioneer", "Farmer", "Inspector"."""
    word = word.lower()
    return word in TITLES or (word.endswith(_ROLE_ENDINGS) and word not in _NO_ROLES)


def spelt_apart(
    left: Entity, other: Slots, own: Slots
) -> tuple[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]]] | None:
    """The person of the other claim whose name is ``left``'s spelt otherwise in one of its
    two last words, with both names as written and where: the same given name and a surname
    one final "s" longer, of a person the text says is one ("Dr Siân Griffiths said" /
    "Siân Griffith"), or the same surname and a given name spelt alike ("Tadese Worku" /
    "Tadesse Worku"); never of a person either claim names besides ("Ana Lopez and her
    sister Anna Lopez")."""
    if left.place or "headline" in (own.claim.role, other.claim.role):
        return None
    given, surname = _two_last(left, own.claim.text)
    if not given:
        return None
    for right in other.entities:
        their_given, their_surname = (
            _two_last(right, other.claim.text) if not right.place else ("", "")
        )
        if (
            not their_given
            or (given, surname) == (their_given, their_surname)
            or right.distinct in own.entity_sets
        ):
            continue
        plural = given == their_given and surname.rstrip("s") == their_surname.rstrip("s")
        spelt = (
            surname == their_surname
            and _spelt_alike(given, their_given)
            and not writes(own.claim.text, their_given)
            and not writes(other.claim.text, given)
        )
        if spelt or (
            plural and (_a_person(left, own.claim.text) or _a_person(right, other.claim.text))
        ):
            return _name_of(left, own.claim.text), _name_of(right, other.claim.text)
    return None


def _a_person(entity: Entity, text: str) -> bool:
    """Whether the text says the name is a person's: a title or a role before it, or an age,
    an apposition or a verb of saying after it."""
    start, end = entity.span
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return bool(
        _SAID_OF_A_PERSON.match(text, end)
        or (before and _a_role(before.group(1)))
        or (len(entity.words) > 2 and _a_role(entity.words[-3]))
    )


def _name_of(entity: Entity, text: str) -> tuple[str, tuple[int, int]]:
    """The given name and surname of the entity as written, and where: "Tadese Worku" of
    "Ethiopian Tadese Worku"."""
    words = list(_WRITTEN_WORD.finditer(text, *entity.span))
    start = words[-2].start() if len(words) > 1 else entity.span[0]
    return text[start : entity.span[1]], (start, entity.span[1])


_WRITTEN_WORD = re.compile(r"\S+")


def _two_last(entity: Entity, text: str) -> tuple[str, str]:
    """The given name and the surname that end a person's name ("Tadese", "Worku" of
    "Ethiopian Tadese Worku"), lower-case, or two empty strings: not of a thing or a kind
    ("Tony Awards", "Hurricanes Katrina"), after "the" ("the San Diego Chargers"), with a
    title or a nationality for a given name ("Doctors Patel", "Scot Murray"), a surname in
    capitals ("MP") or with an apostrophe ("Jack Daniel's")."""
    written = text[entity.span[0] : entity.span[1]].split()
    if len(written) < 2 or len(written) != len(entity.words) or not given_name_shape(written[-2]):
        return "", ""
    given, surname = entity.words[-2], entity.words[-1]
    if (
        not THING_HEADS.isdisjoint((given, surname))
        or given.rstrip("s") in OPENING_HEADS
        or given in _NO_GIVEN_NAMES
        or given.rstrip("s") in _NO_GIVEN_NAMES
        or given in NATIONALITY_STARTS
        or written[-1].isupper()
        or "'" in written[-1]
        or "’" in written[-1]
        or text[max(0, entity.span[0] - 4) : entity.span[0]].lower() == "the "
        or _MEMBER_BEFORE.search(text, max(0, entity.span[0] - 12), entity.span[0])
    ):
        return "", ""
    return given, surname


def _spelt_alike(first: str, second: str) -> bool:
    """Two given names of one person spelt two ways: alike, of one first letter and nearly one
    length, neither a short form of the other ("Matt", "Kenny" of "Kenneth")."""
    shorter, longer = sorted((first, second), key=len)
    pet = (
        len(longer) - len(shorter) == 2
        and shorter[:3] == longer[:3]
        and shorter.endswith(("y", "ie", "e", "i"))
    )
    return (
        first[0] == second[0]
        and len(longer) - len(shorter) <= 2
        and not (longer.startswith(shorter) and len(longer) - len(shorter) > 1)
        and not pet
        and (first, second) not in SHORT_FORMS
        and (second, first) not in SHORT_FORMS
        and SequenceMatcher(None, first, second).ratio() >= SPELT_LIKENESS
    )
