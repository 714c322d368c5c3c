"""Sources compared by who they are, not how they are written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..claims.further import find_further_source
from ..claims.shown import own_source, shown_source
from ..model import Claim, Difference
from .body_kinds import bodies_apart
from .described import described
from .name_forms import alike
from .names import NAME_WORDS, name_word
from .office_holders import office_before, speaks_for, two_named_people
from .slots import TITLES, WORDS, Additions, Slots, additions, once_per_claim
from .source_identity import (
    DEFINITE,
    PRONOUN,
    a_name,
    acronym_of,
    body_and_its_subject,
    holds_the_role,
    named_person,
    role_and_person,
    same_source,
    unnamed,
    witness_and_official,
    witnesses_among,
    words_of_source,
)
from .source_words import (
    BODIES,
    CITING,
    OFFICES,
    POLICE,
    SAID,
)
from .spans import located_source

SAME_STATEMENT = 0.4
"""Share of the shorter claim's lower-case content words the other claim must also use for two
people quoted to be one statement told by two sources (chosen on the few development pairs
that cite two people: one statement shares 40-50 %, two people quoted on different details a
third or less). Below it the two claims quote two people on their own details ("the
receptionist died, Scherlinck said" against "the gunman shot her, Whiteside said"). Other
sources need no such share: the matcher has already judged that the claims make one claim,
and a title-case headline shares no lower-case word at all."""


def _one_statement(left: Claim, right: Claim) -> bool:
    first, second = _statement_keys(left.text), _statement_keys(right.text)
    shorter = min(len(first), len(second))
    return shorter > 0 and len(first & second) >= SAME_STATEMENT * shorter


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _statement_keys(text: str) -> frozenset[str]:
    """Keys of the lower-case content words of the claim, which say what happened: the names
    it shares with the other claim (the people both quote about) say nothing of whether both
    sources tell one statement, and the attribution is left out, as is a negation ("didn't"),
    which says nothing of what either statement is about."""
    return frozenset(
        token.key
        for token in WORDS.tokens(text)
        if token.content
        and text[token.start : token.start + 1].islower()
        and token.key not in SAID
        and token.word not in POLICE
        and not token.word.endswith(("n't", "n’t"))
    )


def _mentions(slots: Slots, source: str) -> bool:
    """Whether a claim names the other claim's source as telling it ("witnesses told police
    ..., the chief said" against "witnesses told the police"; "..., Reuters reported, citing
    police" against "police said"): then they tell the same chain.
    Named as the one who acts ("arrested by the California Highway Patrol") it tells nothing,
    so "10News is reporting" and "a California Highway Patrol officer said" are two sources."""
    named = words_of_source(source) - {"a", "an", "the", "one", "some", "local"}
    words = (named - TITLES) or named  # "Inspector Gaskin" is Gaskin, "police" the police
    telling, written = _tellers(slots)
    return bool(words) and not words.isdisjoint(telling) and words <= written


@once_per_claim
def _tellers(slots: Slots) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a claim (``name_word``) that tell something, each right before a word of
    saying ("police said") or right after one of citing ("citing police"), and all its words:
    read once, not in each match in which the other claim has a source."""
    said = [name_word(word) for word in NAME_WORDS.findall(slots.claim.text)]
    telling = {word for word, following in pairwise(said) if following in SAID}
    telling.update(following for word, following in pairwise(said) if word in CITING)
    telling.update(  # "citing the fire service": the body after the article (helper-239)
        third
        for word, article, third in zip(said, said[1:], said[2:], strict=False)
        if word in CITING and article in ("the", "a", "an")
    )
    return frozenset(telling), frozenset(said)


EARLIER_REACH = 3
"""Claims back that a definite source may refer to: further back, the one it stands for is
likelier introduced in a sentence that cites nobody."""


def cited_source(claim: Claim) -> str:
    """Who the claim cites, as written: its attribution, else a source only the comparison
    reads ("the charges say", "the Indian military said", "he said"), else ``""``."""
    return claim.attribution or find_further_source(claim.text) or ""


def named_earlier(claim: Claim, source: str, earlier: Sequence[Claim]) -> str:
    """The named source an unnamed definite one (``source``, the claim's ``cited_source``)
    stands for ("the statement said" after "..., a Defence Ministry release said"; "he said"
    after "Inspector Dave Gaskin said"): the source of the nearest of the claims just before
    it that cites one, when that one names who it is (a person, for "he" or "she": "he" is
    no newspaper, but may be the officer a body's title names: "California Highway Patrol
    Officer Ray Scheidnes"); ``""`` otherwise."""
    own = own_source(source) if source else ""
    if not own or not DEFINITE.match(own) or not unnamed(described(claim.text, own)):
        return ""
    for previous in reversed(earlier[-EARLIER_REACH:]):
        if cited := cited_source(previous):
            found = described(previous.text, cited)
            if unnamed(found) or (PRONOUN.match(own) and not named_person(found)):
                return ""
            bodies = BODIES & words_of_source(own)
            if named_person(found) and bodies:
                return ""  # "the company said" is no person's word
            if bodies and bodies.isdisjoint(theirs := BODIES & words_of_source(found)) and theirs:
                return ""  # nor the Food Standards Agency's (helper-209's audit)
            if _another_office(own, found) or (_offices(own) and not _offices(found)):
                return ""  # "the judge said" stands for no witness quoted before (helper-233)
            return found
        if PRONOUN.match(own) and _another_person(previous.text, earlier):
            return ""  # "Obama said ... Dr. Benjamin lamented ... '...,' she said": Benjamin
    return ""


_GROUP_OF = re.compile(r"(?:(?:the|a|an)\s+)?([a-z]+)")


def _named_for_its_work(group: str, body: str) -> bool:
    """Whether a group in lower case and a body are one source because the body is named for
    the group's work: "investigators say" and "Britain's Air Accidents Investigation Branch
    said" (helper-206's audit), whose words share their stem, the body's word a work's before a
    body's kind (``_WORK_OF_BODY``); not a group the body is named after ("doctors" and
    "Doctors Without Borders", "prisoners" and "the Prison Service")."""
    found = _GROUP_OF.fullmatch(group)
    if found is None or not found.group(1).endswith("s"):
        return False
    stem = WORDS.key(found.group(1))
    return len(stem) > 4 and any(
        WORDS.key(work.group(1).lower()) == stem for work in _WORK_OF_BODY.finditer(body)
    )


_WORK_OF_BODY = re.compile(
    r"\b([A-Z][a-z]+(?:ion|ive|orate|ing))[ ](?:Branch|Committee|Board|Unit|Bureau|Service"
    r"|Office|Agency|Authority|Commission|Department|Group|Council)\b"
)
"""A body's name by its work and its kind: "Investigation Branch", "Monitoring Group"; not
"the Prison Service", "Research UK" or "the Labour Party" (helper-210's review)."""


_CREWS = {"firefighters": "fire", "firemen": "fire", "paramedics": "ambulance"}
"""Groups in lower case that speak for the service they crew: "firefighters said" and "the
fire service said" are one source (helper-214's audit)."""

_SERVICE = re.compile(
    r"\b(?i:(fire|ambulance))[ ](?i:and[ ]rescue[ ])?(?i:service|brigade|department|authority)\b"
)


def _crew_of(group: str, body: str) -> bool:
    """Whether a group in lower case crews the service the body is: "firefighters" and "North
    Yorkshire Fire and Rescue Service", "paramedics" and "the ambulance service"."""
    found = _GROUP_OF.fullmatch(group)
    kind = _CREWS.get(found.group(1)) if found else None
    return kind is not None and any(m.group(1).lower() == kind for m in _SERVICE.finditer(body))


def _another_office(own: str, found: str) -> bool:
    """Whether two sources each name an office and none the same: "the judge said" does not
    stand for "Prosecutors said" (helper-187's audit found "the judge [prosecutors]"), though
    it does for "U.S. District Judge Patricia Lowell said"; and "the judge said" and
    "prosecutor Dana Hewitt told the court" are two sources, though the first names no one."""
    offices, theirs = _offices(own), _offices(found)
    return bool(offices) and bool(theirs) and offices.isdisjoint(theirs)


def _offices(source: str) -> frozenset[str]:
    """The offices a source names, one word each: "prosecutors" is "prosecutor", and so are a
    district attorney and a DA (not a defence attorney: helper-192's review); a councilman is a
    councillor (helper-189's review)."""
    named = words_of_source(source)
    words = {word.removesuffix("s") for word in named & OFFICES}
    if named & _PROSECUTING:  # a district, state or U.S. attorney prosecutes; a defence one not
        words = {"prosecutor" if word == "attorney" else word for word in words}
    return frozenset(_ONE_OFFICE.get(word, word) for word in words)


_ONE_OFFICE = {"da": "prosecutor", "councilman": "councillor"}
_PROSECUTING = frozenset("district state county general u us".split())


_OPENS_WITH_A_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+((?-i:[A-Z])[\w-]{1,40})\b")
"""A sentence opening with a person's title and name ("Dr. Benjamin lamented the cost"): it
is about that person, whom a later "she said" may mean."""


def _another_person(text: str, earlier: Sequence[Claim]) -> bool:
    """Whether the sentence opens with the title and name of a person other than every source
    the claims before it cite: "Dr. Benjamin lamented ..." after "Obama said ...", not "Mr
    Sinha praised the crew" after "Commodore Nirad Sinha said". Only a title marks a person
    surely: a sentence opening with a capitalised word may be about anything ("Officers
    boarded the ship", "New Delhi has sent"; helper-177's review of a wider rule). The name is
    compared whole ("Mr Li" is not "Lieutenant Nirad Sinha")."""
    found = _OPENS_WITH_A_TITLE.match(text)
    if not found:
        return False
    name = name_word(found.group(1))  # "Sinha" of "Mr Sinha's ship"
    return not any(name in words_of_source(cited_source(claim)) for claim in earlier)


def source_differences(first_slots: Slots, second_slots: Slots) -> list[Difference]:
    """Two sources told apart: each as described in its claim, or as an earlier claim of its
    article names it when the claim's own names no one ("the statement")."""
    left, right = first_slots.claim, second_slots.claim
    a = own_source(first_slots.source) if first_slots.source else None
    b = own_source(second_slots.source) if second_slots.source else None
    if a and b:
        first = first_slots.named_earlier or described(left.text, a)
        second = second_slots.named_earlier or described(right.text, b)
        same = (
            first_slots.source_name == second_slots.source_name != ""  # "the EU", "Brussels"
            or same_source(first, second)
            or (_mentions(second_slots, a) and not PRONOUN.match(a))
            or (_mentions(first_slots, b) and not PRONOUN.match(b))
            or acronym_of(first, second)
            or acronym_of(second, first)
            or _named_for_its_work(first, second)
            or _named_for_its_work(second, first)
            or _crew_of(first, second)
            or _crew_of(second, first)
            or office_before(a, second_slots, b)
            or office_before(b, first_slots, a)
            or speaks_for(first_slots, a, second)
            or speaks_for(second_slots, b, first)
        )
        told_apart = (
            (
                two_named_people(a, b)
                and _one_statement(left, right)
                and not _for_another(left.text, right.text)
            )
            or witness_and_official(first, second)
            or bodies_apart(first, second)
            or _another_office(first, second)
            or body_and_its_subject(first, second, left.text, right.text, b)
            or body_and_its_subject(second, first, right.text, left.text, a)
        ) or not (
            unnamed(first)
            or unnamed(second)
            or role_and_person(first, second)
            or holds_the_role(first, second, right.text)
            or holds_the_role(second, first, left.text)
            or (named_person(first) and named_person(second) and not _one_statement(left, right))
        )
        if same or not told_apart or _spelt_alike(a, b) or witnesses_among(first, second):
            return []  # a surname spelt two ways is a name difference (``source_spellings``)
        return [
            Difference(
                "source",
                _shown(a, first_slots),
                _shown(b, second_slots),
                "source",
                located_source(left.text, a),
                located_source(right.text, b),
            )
        ]
    if a:
        return [*_source_added(first_slots).as_first]
    return [*_source_added(second_slots).as_second] if b else []


@once_per_claim
def _source_added(slots: Slots) -> Additions:
    """The ``adds`` of the claim's source when the other claim cites no one: most matches of a
    claim that cites someone are with claims that cite no one."""
    return additions([(shown_source(own_source(slots.source), slots.claim.text), "source", None)])


def _shown(attribution: str, slots: Slots) -> str:
    """The source as a reader sees it: "residents", "the statement [a Defence Ministry release]"
    (what an earlier sentence names it in square brackets, as an editor's insertion: shown
    beside the outlet in parentheses, "the outlet's source (Bloomberg) (The Kyiv Independent)"
    read as two outlets)."""
    shown = shown_source(attribution, slots.claim.text)
    return f"{shown} [{slots.named_earlier}]" if slots.named_earlier else shown


def source_spellings(first_slots: Slots, second_slots: Slots) -> list[Difference]:
    """One person cited under a surname spelt two ways ("Wolfe said" / "spokeswoman Ilene Wolff
    said"), a name difference as "Rait" / "Raite" is (a sentence's first word is no entity);
    or cited by one claim and named by the other ("Helen Marchbanks admitted" / "Dr Helen
    Marchbank said"; helper-225's audit)."""
    a = own_source(first_slots.source) if first_slots.source else ""
    b = own_source(second_slots.source) if second_slots.source else ""
    if not a and not b:
        return []
    if not a or not b:
        return _spelt_as_named(a, first_slots, b, second_slots)
    if not _spelt_alike(a, b):
        return []
    places = located_source(first_slots.claim.text, a), located_source(second_slots.claim.text, b)
    return [Difference("name", a, b, "spelling of a name", *places)]


_SPEAKS = re.compile(
    r"[ ]{0,2}(?:,[^,]{1,60},[ ]{0,2})?(?:said|says|told|tells|admitted|insisted|crowed|added"
    r"|claimed|stated|blasted|warned|agreed)\b"
)
"""A verb of saying right after a person the claim names (an aside between commas aside): the
person speaks, as a source does, though no source was read ("Helen Marchbanks admitted");
a victim, a suspect or a founder named beside a source of a like surname does not
(helper-228's review: 22 of 35 such pairs wrong without it)."""


def _spelt_as_named(a: str, first: Slots, b: str, second: Slots) -> list[Difference]:
    """The source of one claim against a person the other names in full and has speak, spelt
    alike (not "India said" / "the Indian navy")."""
    source, cited, naming = (a, first, second) if a else (b, second, first)
    text = naming.claim.text
    people = (e for e in naming.entities if not e.place and len(e.words) > 1)
    named = next(
        (e for e in people if _SPEAKS.match(text, e.span[1]) and _spelt_alike(source, e.text)),
        None,
    )
    if named is None:
        return []
    place = located_source(cited.claim.text, source)
    if a:
        return [Difference("name", source, named.text, "spelling of a name", place, named.span)]
    return [Difference("name", named.text, source, "spelling of a name", named.span, place)]


def _spelt_alike(left: str, right: str) -> bool:
    """Whether two sources name people by surnames spelt alike ("Wolfe", "Ilene Wolff"): one
    person whose name a reader should check, not two sources. Two first names that differ
    make two people ("Mayor John Johnson", "Police Chief Mark Johnston"; "Ilene Wolff", "Gov.
    John Wolfe"); a first name given once, or as its initial, does not."""
    first, second = named_person(left), named_person(right)
    if not (first and second) or first == second or not alike(first, second):
        return False
    given, other = _first_name(left), _first_name(right)
    return not given or not other or _one_first_name(given, other)


def _first_name(attribution: str) -> str:
    """The first of the name words before the surname, after any title ("John" of "Mayor
    John Johnson"), as compared; ``""`` when only a surname is given."""
    words = NAME_WORDS.findall(attribution)
    last_title = max((at for at, word in enumerate(words) if name_word(word) in TITLES), default=-1)
    given = [word for word in words[last_title + 1 : -1] if a_name(word)]
    return name_word(given[0]) if given else ""


def _one_first_name(left: str, right: str) -> bool:
    """One first name written two ways: the same, an initial or a short form of the other
    ("J." / "John", "Chris" / "Christopher"), or spelt alike ("Ilene" / "Illene")."""
    return left.startswith(right) or right.startswith(left) or alike(left, right)


_SPEAKS_FOR_A_PERSON = re.compile(
    r"\b(?i:(?:his|her|their)[ ](?:spokes(?:man|woman|person)|press[ ]secretary"
    r"|chief[ ]of[ ]staff|aide)|spokes(?:man|woman|person)[ ]for|reading[ ]a[ ]statement"
    r"|joint[ ]statement|on[ ]behalf[ ]of)\b"
)
"""Words by which a source speaks for someone else or with them: "his spokesman", "a
spokesman for", "in a joint statement", "on behalf of the family" (helper-235's review)."""


def _for_another(left: str, right: str) -> bool:
    """Whether either claim's source speaks for someone else or with them ("his spokesman",
    "a spokesman for", "in a joint statement", "on behalf of the family")."""
    return bool(_SPEAKS_FOR_A_PERSON.search(left) or _SPEAKS_FOR_A_PERSON.search(right))
