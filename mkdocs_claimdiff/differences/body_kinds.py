"""Two bodies of different kinds are two sources, however they are written: "the trust" and
"the fire service", "the prefecture" and "the fire service", "the company" and "the Food
Standards Agency", "the council" and "a spokeswoman for the charity". A body named by its kind
alone ("the trust") stands for one its article named before, so it is told from no other
source (``source_identity.unnamed``) but one of another kind: no trust is a fire service."""

from __future__ import annotations

import re

_KINDS = (
    "police constabulary",
    "fire-service fire-brigade fire-department firefighters",
    "ambulance-service paramedics",
    "coastguard coast-guard lifeboat",
    "council county-council city-council",
    "trust hospital health-board health-authority nhs",
    "company firm operator owner owners manufacturer retailer airline utility",
    "charity",
    "agency watchdog regulator",
    "prefecture ministry government",
    "union",
    "club",
    "media newspaper",
    "park zoo",
    "school university college",
    "court",
    "army navy military",
)
"""Kinds of body, each the words its name or description ends in (two words joined by "-"):
two sources whose kinds are in different groups are two bodies."""

_KIND_OF = {word: group for group, words in enumerate(_KINDS) for word in words.split()}

_HEALTH = frozenset("nhs health hospital hospitals foundation ambulance care".split())
"""Words of a trust's name that make it a health trust: "Pellingham NHS Foundation Trust"."""

_SURNAMES_TOO = frozenset("park court union".split())
"""Kinds that are surnames too: only after "the" or "a" are they a body."""

_A_TRUST_MAY_BE = frozenset({_KIND_OF["charity"], _KIND_OF["school"]})
"""Kinds a trust may be: a charitable trust, an academy trust."""

_FOR_WHOM = re.compile(r"(?i:spokes(?:man|woman|person)|representative)[ ]+for[ ]+(.+)$")
"""Someone speaking for a body: "a spokeswoman for the hotel" speaks for the hotel."""


def kind_of_body(source: str) -> int | None:
    """The group of ``_KINDS`` the body a source names or speaks for ends in, None for a source
    of no kind there (a person, "officials", "authorities", a name alone)."""
    speaking = _FOR_WHOM.search(source)
    written = (speaking.group(1) if speaking else source).replace("’", "'").split()
    words = [word.lower() for word in written]
    if words[-1:] == ["trust"] and len(words) > 2 and not _HEALTH.intersection(words):
        return None  # the National Trust, the Trussell Trust, an academy trust (helper-239)
    surname = words[-1:] and words[-1] in _SURNAMES_TOO and written[-1][:1].isupper()
    if surname and words[0] not in ("the", "a", "an"):
        return None  # "Emma Park", "Margaret Court": a name, not a park or a court
    if len(words) >= 2:
        pair = _KIND_OF.get(f"{words[-2]}-{words[-1]}")
        if pair is not None:
            return pair
    return _KIND_OF.get(words[-1]) if words else None


def bodies_apart(first: str, second: str) -> bool:
    """Whether two sources are bodies of different kinds (``kind_of_body``)."""
    mine, theirs = kind_of_body(first), kind_of_body(second)
    if _KIND_OF["trust"] in (mine, theirs) and {mine, theirs} & _A_TRUST_MAY_BE:
        return False  # a trust may be a charity or run a school
    return mine is not None and theirs is not None and mine != theirs
