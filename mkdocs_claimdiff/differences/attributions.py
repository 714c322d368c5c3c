"""Sources compared by who they are, not how they are written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..claims.attribution import names_an_outlet
from ..claims.further import find_further_source
from ..claims.shown import own_source, shown_source
from ..model import Claim, Difference
from .described import described
from .names import NAME_WORDS, alike, name_word
from .slots import THING_HEADS, TITLES, WORDS, Slots, adds_difference
from .source_words import (
    BODIES_AS_TITLES,
    CHARGING_PAPERS,
    CITING,
    GENERIC_SOURCE_WORDS,
    KINDS_OF_SOURCE,
    OFFICES,
    ONE_SOURCE_WORD,
    PEOPLE_THERE,
    POLICE,
    ROLES,
    SAID,
    THOSE_THERE,
    WITNESSES,
)


@lru_cache(maxsize=65536)  # bounded as ``names.alike``: a story cites the same few sources
def _source_words(attribution: str) -> frozenset[str]:
    """Words of a source as compared; a hyphenated name counts by its parts too ("WCCO-TV")."""
    words = {name_word(w) for w in NAME_WORDS.findall(attribution)}
    words |= {part for word in words if "-" in word for part in word.split("-") if part}
    return frozenset(ONE_SOURCE_WORD.get(word, word) for word in words)


def same_source(left: str, right: str) -> bool:
    """Whether two attributions name one source as written two ways: "Gaskin" and "Inspector
    Dave Gaskin", "police" and "Police Inspector Dave Gaskin", "Kiir" and "President Salva
    Kiir". Titles and generic words ("a spokesman", "officials") do not tell sources apart."""
    first, second = _source_words(left), _source_words(right)
    if first <= second or second <= first:
        return True
    if _two_people(left, right):
        return False  # "Genesee County Sheriff Robert Pickell", "Genesee County Undersheriff Gage"
    first_names, second_names = first - GENERIC_SOURCE_WORDS, second - GENERIC_SOURCE_WORDS
    if (first_names - TITLES) & (second_names - TITLES):
        return True
    if first & CHARGING_PAPERS and second & CHARGING_PAPERS:
        return True
    return bool(first & POLICE) and bool(second & POLICE)


@lru_cache(maxsize=65536)  # as ``_source_words``: set against every source of a story
def _person(attribution: str) -> str:
    """The surname of the person an attribution names, as compared, or ``""``: a person
    ("Tim Fanning") or one named after a title, whoever the title is of ("California Highway
    Patrol Officer Ray Scheidnes", "Troy police Sgt. Barry Whiteside")."""
    words = NAME_WORDS.findall(attribution)
    last_title = max((at for at, word in enumerate(words) if name_word(word) in TITLES), default=-1)
    named = words[last_title + 1 :]
    titled = last_title >= 0 and bool(named) and all(_a_name(word) for word in named)
    return name_word(words[-1]) if titled or _quotes_a_person(attribution) else ""


def _a_name(word: str) -> bool:
    """A word of a person's name: capitalised, or an initial ("Robert J Pickell", "A.J.")."""
    if len(word) == 1:
        return word.isupper()  # "A" of "A.J." is an initial, not the article
    return (
        word[:1].isupper()
        and not word.isupper()
        and name_word(word) not in TITLES | THING_HEADS | GENERIC_SOURCE_WORDS
    )


def _two_people(left: str, right: str) -> bool:
    """Two people named, neither in the other's source: two officers of one body ("CHP
    Officer Brad Baehr", "California Highway Patrol Officer Ray Scheidnes") are two sources,
    though the body's name is in both and the police are one with any officer."""
    first, second = _person(left), _person(right)
    return (
        bool(first and second)
        and first not in _source_words(right)
        and second not in _source_words(left)
    )


def _role_and_person(left: str, right: str) -> bool:
    """One attribution describes a role ("Vancouver Police spokesperson"), the other names a
    person ("Tim Fanning"): the person may well hold the role, so they are not told apart,
    unless the role is the police's and the person holds another office. A newspaper ("the
    San Diego Union-Tribune") holds no role. Charging papers quote the people of a case: "the
    charges say he admitted" and "Lasalle told police" may well be one account."""
    first, second = _source_words(left), _source_words(right)
    if (first & CHARGING_PAPERS and _quotes_a_person(right)) or (
        second & CHARGING_PAPERS and _quotes_a_person(left)
    ):
        return True  # the charges tell what the people of the case told the police
    if first & ROLES and not second & ROLES:
        return _quotes_a_person(right) and not _police_and_office(first, second)
    if second & ROLES and not first & ROLES:
        return _quotes_a_person(left) and not _police_and_office(second, first)
    return False


def _holds_the_role(role: str, person: str, person_text: str) -> bool:
    """Whether a source naming no one ("a Navy spokesman") has the role and body the other
    claim gives its named source ("..., navy spokesman Commander Nirad Sinha said"): only
    when that claim names the role's body too, so "a police spokesman" is not "hospital
    spokesman Tim Fanning"."""
    wanted = _source_words(role)
    if not wanted & _source_words(person) & ROLES or _person(role) or not _person(person):
        return False
    body = wanted - GENERIC_SOURCE_WORDS - ((TITLES | ROLES) - BODIES_AS_TITLES)
    said = {ONE_SOURCE_WORD.get(w, w) for w in map(name_word, NAME_WORDS.findall(person_text))}
    return bool(body) and body <= said


def _police_and_office(role: frozenset[str], person: frozenset[str]) -> bool:
    return bool(role & POLICE) and bool(person & OFFICES) and not person & POLICE


def _names_a_person(attribution: str) -> bool:
    """Capitalised names that may be a person's ("Tim Fanning", "Sgt. Whiteside", "Fanning"),
    not a body ("the Defence Ministry", "CNN", "the NYPD", "The Hindu": no person is named
    with "the") nor a group ("Witnesses")."""
    if _DEFINITE.match(attribution):
        return False
    words = NAME_WORDS.findall(attribution)
    names = [w for w in words if name_word(w) not in TITLES | GENERIC_SOURCE_WORDS | POLICE]
    return bool(names) and all(
        w[:1].isupper() and not w.isupper() and name_word(w) not in THING_HEADS for w in names
    )


def _acronym_of(short: str, long: str) -> bool:
    """ "the CHP" and "the California Highway Patrol" are one body."""
    initials = "".join(w[0] for w in NAME_WORDS.findall(long) if w[:1].isupper()).lower()
    return len(initials) >= 2 and any(
        w.isupper() and w.lower() == initials for w in NAME_WORDS.findall(short)
    )


def _unnamed(attribution: str) -> bool:
    """A source that names no one ("the statement", "sources", "a spokesperson"): what it
    stands for was named earlier in the article, so it cannot be told from another source.
    Witnesses are no officials, whoever they are."""
    words = _source_words(attribution)
    if words & KINDS_OF_SOURCE:
        return False
    return words <= GENERIC_SOURCE_WORDS | TITLES | ROLES


def _witness_and_official(left: str, right: str) -> bool:
    """One source is witnesses or people who were there ("co-workers"), the other speaks for a
    body without naming who ("officials said", "a police spokesman"): it is none of them."""
    first, second = _source_words(left), _source_words(right)
    return bool(
        (first & THOSE_THERE and second & ROLES and not second & THOSE_THERE)
        or (second & THOSE_THERE and first & ROLES and not first & THOSE_THERE)
    )


def _body_and_its_subject(
    body: str, person: str, body_text: str, person_text: str, as_written: str
) -> bool:
    """A body that speaks without naming who ("the Academy announced") against the person its
    claim is about, speaking for themselves ("DeGeneres tweeted", "Ellen DeGeneres announced"):
    the body's word and the person's own are two sources, though the body names no one. The
    body is "the" and a name ("the Academy", "the Navy"; not "the statement" or "a spokesman",
    who may speak for that very person, nor "King", a person's name that is also a title),
    the person is named in the body's claim, and does not speak in the body's own words
    ("DeGeneres said in the Academy's announcement"), nor in a quotation of their own, which
    tells their part ('"I am so excited to be hosting," DeGeneres said' is no announcement)."""
    if person_text.startswith(_OPENING_QUOTES):
        return False  # quoted words are the person's reaction, not the body's news
    words = NAME_WORDS.findall(body)
    surname = _person(person) if not _PRONOUN.match(as_written) else ""
    if not surname or len(words) < 2 or name_word(words[0]) != "the" or not _unnamed(body):
        return False
    named = [w for w in words[1:] if w[:1].isupper()]
    return (
        bool(named)
        and surname in {name_word(w) for w in NAME_WORDS.findall(body_text)}
        and not any(f"{w}'s" in person_text or f"{w}’s" in person_text for w in named)
    )


def _witnesses_among(left: str, right: str) -> bool:
    """Witnesses against people who were there ("employees of the building", "co-workers"):
    the witnesses may be those very people."""
    first, second = _source_words(left), _source_words(right)
    return bool(
        (first & WITNESSES and second & PEOPLE_THERE)
        or (second & WITNESSES and first & PEOPLE_THERE)
    )


def _quotes_a_person(attribution: str) -> bool:
    """A person, not a news organisation: two people cited in two claims are, in news, nearly
    always two people quoted on their own parts of the story ("the receptionist died,
    Scherlinck said" against "he asked Steinberg twice, Whiteside said"), not one statement
    told by two sources."""
    return _names_a_person(attribution) and not names_an_outlet(attribution)


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


def _mentions(text: str, source: str) -> bool:
    """Whether a claim names the other claim's source as telling it ("witnesses told police
    ..., the chief said" against "witnesses told the police"; "..., Reuters reported, citing
    police" against "police said"): then they tell the same chain.
    Named as the one who acts ("arrested by the California Highway Patrol") it tells nothing,
    so "10News is reporting" and "a California Highway Patrol officer said" are two sources."""
    named = _source_words(source) - {"a", "an", "the", "one", "some", "local"}
    words = (named - TITLES) or named  # "Inspector Gaskin" is Gaskin, "police" the police
    said = [name_word(word) for word in NAME_WORDS.findall(text)]
    return (
        bool(words)
        and any(
            (word in words and following in SAID) or (following in words and word in CITING)
            for word, following in pairwise(said)
        )
        and words <= set(said)
    )


_DEFINITE = re.compile(r"(?i:the|this|that)[ ]|(?i:he|she)$")
"""A source that opens with "the" refers back ("the statement", "the spokesman"), as "he" does;
"a spokesperson" brings in someone new."""

_PRONOUN = re.compile(r"(?i:he|she)$")

_OPENING_QUOTES = ('"', "“", "‘", "'")

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
    if not own or not _DEFINITE.match(own) or not _unnamed(described(claim.text, own)):
        return ""
    for previous in reversed(earlier[-EARLIER_REACH:]):
        if cited := cited_source(previous):
            found = described(previous.text, cited)
            if _unnamed(found) or (_PRONOUN.match(own) and not _person(found)):
                return ""
            return found
    return ""


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
            or (_mentions(right.text, a) and not _PRONOUN.match(a))
            or (_mentions(left.text, b) and not _PRONOUN.match(b))
            or _acronym_of(first, second)
            or _acronym_of(second, first)
        )
        told_apart = (
            _witness_and_official(first, second)
            or _body_and_its_subject(first, second, left.text, right.text, b)
            or _body_and_its_subject(second, first, right.text, left.text, a)
        ) or not (
            _unnamed(first)
            or _unnamed(second)
            or _role_and_person(first, second)
            or _holds_the_role(first, second, right.text)
            or _holds_the_role(second, first, left.text)
            or (_person(first) and _person(second) and not _one_statement(left, right))
        )
        if same or not told_apart or _spelt_alike(a, b) or _witnesses_among(first, second):
            return []  # a surname spelt two ways is a name difference (``source_spellings``)
        return [Difference("source", _shown(a, first_slots), _shown(b, second_slots), "source")]
    if a or b:
        shown = (shown_source(a, left.text) if a else "", shown_source(b, right.text) if b else "")
        return [adds_difference(*shown, "source", None, None)]
    return []


def _shown(attribution: str, slots: Slots) -> str:
    """The source as a reader sees it: "residents", "the statement [a Defence Ministry release]"
    (what an earlier sentence names it in square brackets, as an editor's insertion: shown
    beside the outlet in parentheses, "the outlet's source (Bloomberg) (The Kyiv Independent)"
    read as two outlets)."""
    shown = shown_source(attribution, slots.claim.text)
    return f"{shown} [{slots.named_earlier}]" if slots.named_earlier else shown


def source_spellings(first_slots: Slots, second_slots: Slots) -> list[Difference]:
    """One person cited under a surname spelt two ways ("Wolfe said" / "spokeswoman Ilene Wolff
    said"), a name difference as "Rait" / "Raite" is (a sentence's first word is no entity)."""
    if not first_slots.source or not second_slots.source:
        return []
    a, b = own_source(first_slots.source), own_source(second_slots.source)
    return [Difference("name", a, b, "spelling of a name")] if _spelt_alike(a, b) else []


def _spelt_alike(left: str, right: str) -> bool:
    """Whether two sources name people by surnames spelt alike ("Wolfe", "Ilene Wolff"): one
    person whose name a reader should check, not two sources. Two first names that differ
    make two people ("Mayor John Johnson", "Police Chief Mark Johnston"; "Ilene Wolff", "Gov.
    John Wolfe"); a first name given once, or as its initial, does not."""
    first, second = _person(left), _person(right)
    if not (first and second) or first == second or not alike(first, second):
        return False
    given, other = _first_name(left), _first_name(right)
    return not given or not other or _one_first_name(given, other)


def _first_name(attribution: str) -> str:
    """The first of the name words before the surname, after any title ("John" of "Mayor
    John Johnson"), as compared; ``""`` when only a surname is given."""
    words = NAME_WORDS.findall(attribution)
    last_title = max((at for at, word in enumerate(words) if name_word(word) in TITLES), default=-1)
    given = [word for word in words[last_title + 1 : -1] if _a_name(word)]
    return name_word(given[0]) if given else ""


def _one_first_name(left: str, right: str) -> bool:
    """One first name written two ways: the same, an initial or a short form of the other
    ("J." / "John", "Chris" / "Christopher"), or spelt alike ("Ilene" / "Illene")."""
    return left.startswith(right) or right.startswith(left) or alike(left, right)
