"""Whether a source named by an office and one named by the name of who holds it are one
source: "His lawyer" and "His lawyer, Ruth Mensah"; "said the zoo's director, Martin Hale" and
"Chester Zoo" (helper-226's review)."""

from __future__ import annotations

import re

from .slots import Slots
from .source_identity import PRONOUN, named_person

_OWNERS = frozenset("his her their its the a an".split())


def office_before(office: str, slots: Slots, named: str) -> bool:
    """Whether a source named by an office alone ("His lawyer", "the boy's mother") is the
    office the other claim writes right before the name it cites ("His lawyer, Ruth Mensah,
    said"; helper-226's review)."""
    at = slots.claim.text.find(named)
    if at <= 0 or named_person(office) or PRONOUN.match(office):
        return False
    words = {_bare(word) for word in office.split()} - _OWNERS
    return bool(words) and words <= {_bare(word) for word in slots.claim.text[:at].split()[-6:]}


_BODY_OFFICE = re.compile(
    r"\b(?i:the)[ ]([a-z]{2,30})[’']s[ ](?:[a-z]{1,30}[ ]){0,2}[a-z]{1,30},[ ]$"
)
"""A body of some kind owning the office of the name that follows: "the zoo's director, "."""

_ANY_BODY = frozenset("company firm club team group".split())


def speaks_for(slots: Slots, name: str, body: str) -> bool:
    """Whether a person named after the office a body of some kind gives them ("said the zoo's
    director, Martin Hale") speaks for a body of that kind the other claim names ("Chester
    Zoo"), or for any body when the kind says no more ("the company's chief executive";
    helper-226's review)."""
    at = slots.claim.text.find(name)
    found = _BODY_OFFICE.search(slots.claim.text, max(0, at - 60), at) if at > 0 else None
    kind = found.group(1) if found else ""
    if not kind:
        return False
    head = body.split()[-1].lower() if body.split() else ""
    # "The county's auditor, Tom Pryce" is no "County Commissioner Ruth Adair": a body's kind
    # is its last word ("Chester Zoo"), and any body is no person
    return head == kind or (kind in _ANY_BODY and not named_person(body))


def _bare(word: str) -> str:
    return word.lower().strip(",").removesuffix("'s").removesuffix("’s").rstrip("'’")


_PERSON = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Governor|Mayor|Judge|Inspector|Sgt"
    r"|Sergeant|Const|Constable|Lt|Capt|Captain|Chief|Officer|Detective)\.?"
    r"|\b[A-Z][a-z’'-]{1,30})[ ]([A-Z][a-z’'-]{1,30})$"
)
"""A source that ends with a person's name of two words, a given name or a title and the
surname ("Michael Strand", "Mr Campbell", "Governor Ruiz"): a surname alone ("Fanning") may
be of anyone the article named, and a word such as "Defra" or "Jackson" of a body or a team."""


def two_named_people(first: str, second: str) -> bool:
    """Whether two sources (as the claims cite them) each end with a person's name of two words
    and their surnames differ, neither naming the other: "said Michael Strand, the chief
    constable" and "regional director Derrick Campbell said" are two people, whatever office
    either holds (the written stories' misses: an office before one name was read as the role
    the other person may hold)."""
    one, other = _PERSON.search(first), _PERSON.search(second)
    if one is None or other is None or not (_a_person(first, one) and _a_person(second, other)):
        return False
    surname, other_surname = one.group(1), other.group(1)
    return surname != other_surname and surname not in second and other_surname not in first


_OFFICE_WORDS = frozenset(
    """prime minister secretary general executive officer medical fire chief constable inspector
    deputy attorney home first foreign health lord police office service department ministry
    palace street house yard water mail rail agency council court""".split()
)
"""Words of an office or a body in capitals, which end or open no person's name ("the Prime
Minister", "Thames Valley Police", "the Met Office"; helper-235's review)."""


_TITLES_OF_PEOPLE = frozenset({"chief", "inspector", "constable", "officer"})
"""Office words that also stand before a person's name ("Chief Inspector Ann Cole")."""


def _a_person(source: str, found: re.Match[str]) -> bool:
    """Not an office in capitals after "the" ("the Prime Minister", "The Chief Constable")
    nor a body whose last word is a kind of body ("Thames Valley Police", "the Met Office")."""
    before = source[: found.start()].split()
    words = found.group(0).lower().replace(".", "").split()
    return (
        (not before or before[-1].lower() != "the")
        and words[-1] not in _OFFICE_WORDS
        and not (words[0] in _OFFICE_WORDS and words[0] not in _TITLES_OF_PEOPLE)
    )
