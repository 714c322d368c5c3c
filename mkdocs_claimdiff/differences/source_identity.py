"""Whether two attributions name one source: who a source is, not how it is written ("Gaskin"
and "Inspector Dave Gaskin", "the CHP" and "the California Highway Patrol"), and whether it names
a person, a body or no one. The comparison of sources (``attributions``) and the pages'
gathering of shown values (``values``) both ask it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..claims.source_kinds import names_an_outlet
from ..normalise import DEFAULT_ALIASES
from .names import NAME_WORDS, name_word
from .slots import THING_HEADS, TITLES
from .source_words import (
    BODIES,
    BODIES_AS_TITLES,
    BODY_WORDS,
    CHARGING_PAPERS,
    DESCRIBED_BODY_KINDS,
    GENERIC_SOURCE_WORDS,
    KINDS_OF_SOURCE,
    LOWER_CASE_BODIES,
    NAMELIKE_COUNTRIES,
    NATIONS,
    OFFICES,
    ONE_SOURCE_WORD,
    PEOPLE_THERE,
    POLICE,
    ROLES,
    THOSE_THERE,
    WITNESSES,
)
from .spellings import american_spelling

DEFINITE = re.compile(r"(?i:the|this|that)[ ]|(?i:he|she)$")
"""A source that opens with "the" refers back ("the statement", "the spokesman"), as "he" does;
"a spokesperson" brings in someone new."""

PRONOUN = re.compile(r"(?i:he|she)$")

_OPENING_QUOTES = ('"', "“", "‘", "'")


@lru_cache(maxsize=65536)  # bounded as ``names.alike``: a story cites the same few sources
def words_of_source(attribution: str) -> frozenset[str]:
    """Words of a source as compared; a hyphenated name counts by its parts too ("WCCO-TV");
    each in American spelling ("organisers" / "organizers" are one source; helper-215's audit)."""
    words = {american_spelling(name_word(w)) for w in NAME_WORDS.findall(attribution)}
    words |= {part for word in words if "-" in word for part in word.split("-") if part}
    return frozenset(ONE_SOURCE_WORD.get(word, word) for word in words)


def same_source(left: str, right: str) -> bool:
    """Whether two attributions name one source as written two ways: "Gaskin" and "Inspector
    Dave Gaskin", "police" and "Police Inspector Dave Gaskin", "Kiir" and "President Salva
    Kiir". Titles and generic words ("a spokesman", "officials") do not tell sources apart."""
    first, second = _short_name(words_of_source(left)), _short_name(words_of_source(right))
    first_places, second_places = _places(first), _places(second)
    if first_places and second_places and first_places.isdisjoint(second_places):
        return False  # "the Russian Defence Ministry" and "Ukraine's Defence Ministry"
    if first <= second or second <= first:
        return True
    if _two_people(left, right):
        return False  # "Genesee County Sheriff Robert Pickell", "Genesee County Undersheriff Gage"
    first_names, second_names = _names(first), _names(second)
    if _speaks_for(first_names, second_names, second) or _speaks_for(
        second_names, first_names, first
    ):
        return True  # "the Americans" / "American officials", "the Kremlin" / "Kremlin spokesman"
    if _state_body_of(first_names, second_names) or _state_body_of(second_names, first_names):
        return True  # "India said" / "the military said"
    shared = (first_names & second_names) | _plural_of_one(first_names, right, second_names, left)
    first_rest = first_names - shared - _own_name(left)
    second_rest = second_names - shared - _own_name(right)
    if shared - _PLACE_NAMES and not (
        shared <= _PLACES_AND_HEADS
        and _tells_apart(first_rest, second_rest, right)
        and _tells_apart(second_rest, first_rest, left)
    ):
        return True  # not "the Interior Ministry" and "the Foreign Ministry"
    if first & CHARGING_PAPERS and second & CHARGING_PAPERS:
        return True
    return bool(first & POLICE) and bool(second & POLICE)


_PLACES = {
    variant: place
    for place, variants in (*DEFAULT_ALIASES.items(), *NATIONS.items())
    for variant in (place, *variants)
    if variant.isalpha() or variant == place
}
"""A country's name, its people's and its capital's as one place ("israeli" is "israel", "uk"
and "british" the United Kingdom): "the Israeli military" and "Israel's military" are one
body, "the Russian Defence Ministry" and "Ukraine's Defence Ministry" two."""

_PLACE_NAMES = frozenset(_PLACES.values())
"""A place alone names no source another shares: "Russian President Vladimir Putin" is not
"the Kremlin"."""

_PLACES_AND_HEADS = THING_HEADS | {"coast", "armed"} | _PLACE_NAMES
"""Words that say what kind of body a source is ("ministry", "coast guard", "armed forces"), or
where it is, which two bodies share without being one ("the Russian Interior Ministry" and "the
Russian Foreign Ministry")."""

_BODY_NEXT = ROLES | TITLES | BODY_WORDS
"""Words after a body's own name that say who speaks for it ("Houthi military spokesman")."""

_LINKS = frozenset({"of", "for", "and", "on"})
"""Words inside a body's name that name nothing ("the Ministry of Defence")."""

_SHORT_NAMES = {
    "pentagon": frozenset({"united states", "defense"}),
    "fed": frozenset({"united states", "federal", "reserve"}),
    "met": frozenset({"metropolitan", "police"}),
}
"""Bodies news names by a short name ("the Pentagon said", "Fed Chair Jerome Powell", "the
Met"): the words of the full name, read for the short name wherever it stands in a source (but
"the Met Office", which is no police)."""


def _short_name(words: frozenset[str]) -> frozenset[str]:
    """The words of a source with a body's short name as its full name's words ("Pentagon
    officials"), but for "the Met Office", which is no police."""
    for short, full in _SHORT_NAMES.items():
        if short in words and not (short == "met" and "office" in words):
            return (words - {short}) | full
    return words


def _speaks_for(place: frozenset[str], names: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a source that is a place alone ("the Americans", "the Kremlin") is the other
    source's place, which speaks for it without a person of its own ("American officials",
    "Kremlin spokesman Dmitry Peskov"; not "Russian President Vladimir Putin")."""
    return bool(place) and place <= _PLACE_NAMES and place <= names and bool(words & ROLES)


_STATE_BODIES = frozenset(
    """army navy government ministry forces guard coast command administration defense foreign
    interior health finance justice""".split()
)
"""Bodies through which a country speaks, named by their kind alone ("the military", which is
"army" as compared, "the navy", "the government", "the Foreign Ministry")."""


def _state_body_of(place: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a source that is a country alone ("India said") and a state's body named by its
    kind alone, no other place nor name of its own ("the military said", "the Indian navy
    said"), are one source: the country speaks through it."""
    own = names - place  # "the Indian navy" is India's
    spoken = bool(place) and place <= _PLACE_NAMES and place.isdisjoint(NAMELIKE_COUNTRIES)
    return spoken and bool(own) and own <= _STATE_BODIES


def _tells_apart(rest: frozenset[str], other_rest: frozenset[str], other: str) -> bool:
    """Whether what a source names beside the body both share tells it from the other source:
    a place does only when the other names something of its own, capitalised ("the Indian
    navy" is "a spokesperson at naval headquarters", not "the Sri Lankan Navy")."""
    if rest - _PLACE_NAMES:
        return True
    return bool(rest) and any(
        word[:1].isupper() and name_word(word) in other_rest for word in NAME_WORDS.findall(other)
    )


def _own_name(attribution: str) -> frozenset[str]:
    """The words of the name of the person a source names after its last title ("Tim Hawkins"
    of "Navy spokesman Tim Hawkins"), which tell no body apart."""
    words = NAME_WORDS.findall(attribution)
    last_title = max((at for at, word in enumerate(words) if name_word(word) in TITLES), default=-1)
    named = words[last_title + 1 :]
    return frozenset(map(name_word, named)) if named and all(map(a_name, named)) else frozenset()


def _places(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_PLACES[word] for word in words if word in _PLACES)


def _names(words: frozenset[str]) -> frozenset[str]:
    """The words of a source that name it, a place as the place it names."""
    return frozenset(_PLACES.get(w, w) for w in words - GENERIC_SOURCE_WORDS - TITLES - _LINKS)


def _plural_of_one(
    first: frozenset[str], right: str, second: frozenset[str], left: str
) -> frozenset[str]:
    """A source named by one word that the other source ends its name with, or names before a
    word of who speaks for a body, in the plural or the singular: "the Houthis" and "Houthi
    military spokesman Yahya Saree", "the airline" and "Malaysia Airlines"; not "a doctor" and
    "Doctors Without Borders". Both forms, or none."""
    for one, other, other_text in ((first, second, right), (second, first, left)):
        if len(one) != 1:
            continue
        (word,) = one
        written = [name_word(w) for w in NAME_WORDS.findall(other_text)] + [""]
        named = [w for w in written if _PLACES.get(w, w) in other]
        for at, last in enumerate(written[:-1]):
            # the last of its names, or one before a word of a body ("Houthi military spokesman")
            ending = named[-1:] == [last] or written[at + 1] in _BODY_NEXT
            if ending and word in (last + "s", last[:-1] if last.endswith("s") else ""):
                return frozenset({word, last})
    return frozenset()


@lru_cache(maxsize=65536)  # as ``words_of_source``: set against every source of a story
def named_person(attribution: str) -> str:
    """The surname of the person an attribution names, as compared, or ``""``: a person
    ("Tim Fanning") or one named after a title, whoever the title is of ("California Highway
    Patrol Officer Ray Scheidnes", "Troy police Sgt. Barry Whiteside")."""
    words = NAME_WORDS.findall(attribution)
    last_title = max((at for at, word in enumerate(words) if name_word(word) in TITLES), default=-1)
    named = words[last_title + 1 :]
    titled = last_title >= 0 and bool(named) and all(a_name(word) for word in named)
    return name_word(words[-1]) if titled or _quotes_a_person(attribution) else ""


def a_name(word: str) -> bool:
    """A word of a person's name: capitalised, an initial ("Robert J Pickell", "A.J.") or two
    run together ("AJ Butler")."""
    if len(word) == 1:
        return word.isupper()  # "A" of "A.J." is an initial, not the article
    if len(word) == 2 and word.isalpha() and word.isupper():
        return True  # initials run together, "AJ"; "Ed", "Wu" are names as any capitalised word
    return (
        word[:1].isupper()
        and not word.isupper()
        and name_word(word) not in TITLES | THING_HEADS | GENERIC_SOURCE_WORDS
    )


def _two_people(left: str, right: str) -> bool:
    """Two people named, neither in the other's source: two officers of one body ("CHP
    Officer Brad Baehr", "California Highway Patrol Officer Ray Scheidnes") are two sources,
    though the body's name is in both and the police are one with any officer."""
    first, second = named_person(left), named_person(right)
    return (
        bool(first and second)
        and first not in words_of_source(right)
        and second not in words_of_source(left)
    )


_OUTLETS = frozenset("newspaper station network agency".split())  # relay what witnesses tell

_POLICE_NAMES = frozenset(POLICE | {"state", "county", "city"})


def role_and_person(left: str, right: str) -> bool:
    """One attribution describes a role ("Vancouver Police spokesperson"), the other names a
    person ("Tim Fanning"): the person may well hold the role, so they are not told apart,
    unless the role is the police's and the person holds another office. A newspaper ("the
    San Diego Union-Tribune") holds no role. Charging papers quote the people of a case: "the
    charges say he admitted" and "Lasalle told police" may well be one account."""
    first, second = words_of_source(left), words_of_source(right)
    if _two_people(left, right) and _names(first) & _names(second) - _POLICE_NAMES:
        return False  # "Crestline spokeswoman Alicia Marsh", "Crestline chief ... Robert Hale"
    if (first & CHARGING_PAPERS and _quotes_a_person(right)) or (
        second & CHARGING_PAPERS and _quotes_a_person(left)
    ):
        return True  # the charges tell what the people of the case told the police
    if first & ROLES and not second & ROLES:
        return _quotes_a_person(right) and not _police_and_office(first, second)
    if second & ROLES and not first & ROLES:
        return _quotes_a_person(left) and not _police_and_office(second, first)
    return False


def holds_the_role(role: str, person: str, person_text: str) -> bool:
    """Whether a source naming no one ("a Navy spokesman") has the role and body the other
    claim gives its named source ("..., navy spokesman Commander Nirad Sinha said"): only
    when that claim names the role's body too, so "a police spokesman" is not "hospital
    spokesman Tim Fanning"."""
    wanted = words_of_source(role)
    if (
        not wanted & words_of_source(person) & ROLES
        or named_person(role)
        or not named_person(person)
    ):
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
    if DEFINITE.match(attribution):
        return False
    words = NAME_WORDS.findall(attribution)
    names = [w for w in words if name_word(w) not in TITLES | GENERIC_SOURCE_WORDS | POLICE]
    return bool(names) and all(
        w[:1].isupper() and not w.isupper() and name_word(w) not in THING_HEADS for w in names
    )


def acronym_of(short: str, long: str) -> bool:
    """ "the CHP" and "the California Highway Patrol" are one body."""
    initials = "".join(w[0] for w in NAME_WORDS.findall(long) if w[:1].isupper()).lower()
    return len(initials) >= 2 and any(
        w.isupper() and w.lower() == initials for w in NAME_WORDS.findall(short)
    )


def unnamed(attribution: str) -> bool:
    """A source that names no one ("the statement", "sources", "a spokesperson"): what it
    stands for was named earlier in the article, so it cannot be told from another source.
    Witnesses are no officials, whoever they are."""
    words = words_of_source(attribution)
    if words & KINDS_OF_SOURCE:
        return False
    said = LOWER_CASE_BODIES.intersection(attribution.split())  # "the park", not "Chester Zoo"
    return words <= GENERIC_SOURCE_WORDS | TITLES | ROLES | said or _described_body(attribution)


def _described_body(attribution: str) -> bool:
    """A body described in lower case, its kind last ("the militant group", "the war monitor"):
    no name of its own, as "the group" is none."""
    written = NAME_WORDS.findall(attribution)
    return (
        len(written) > 1
        and name_word(written[-1]) in DESCRIBED_BODY_KINDS
        and not any(map(_names_the_body, written[1:]))
    )


_DESCRIBING_ENDINGS = ("-based", "-backed", "-led", "-run", "-linked")
"""Endings of a capitalised word that describes a body rather than naming it ("the
Britain-based war monitor", "the Iran-backed group"; "the Al-Qaeda group" is named)."""


def _names_the_body(word: str) -> bool:
    """Whether a word of a described body names it: any capitalised word but one that ends in
    ``_DESCRIBING_ENDINGS`` ("the UN nuclear watchdog" names the UN, so it is set against "the
    US nuclear regulator" and, wrongly, against "the IAEA")."""
    return word[:1].isupper() and not word.lower().endswith(_DESCRIBING_ENDINGS)


def witness_and_official(left: str, right: str) -> bool:
    """One source is witnesses or people who were there ("co-workers"), the other speaks for a
    body without naming who ("officials said", "a police spokesman"): it is none of them."""
    first, second = words_of_source(left), words_of_source(right)
    speaking = ROLES | BODIES - _OUTLETS  # "witnesses told the newspaper" / "the newspaper"
    return bool(
        (first & THOSE_THERE and second & speaking and not second & THOSE_THERE)
        or (second & THOSE_THERE and first & speaking and not first & THOSE_THERE)
    )


def body_and_its_subject(
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
    surname = named_person(person) if not PRONOUN.match(as_written) else ""
    if not surname or len(words) < 2 or name_word(words[0]) != "the" or not unnamed(body):
        return False
    named = [w for w in words[1:] if w[:1].isupper()]
    return (
        bool(named)
        and surname in {name_word(w) for w in NAME_WORDS.findall(body_text)}
        and not any(f"{w}'s" in person_text or f"{w}’s" in person_text for w in named)
    )


def witnesses_among(left: str, right: str) -> bool:
    """Witnesses against people who were there ("employees of the building", "co-workers"):
    the witnesses may be those very people."""
    first, second = words_of_source(left), words_of_source(right)
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
