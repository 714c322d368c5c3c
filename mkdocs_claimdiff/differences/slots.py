"""What a claim states, slot by slot: the values compared, and what every slot shares."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, wraps
from typing import NamedTuple, TypeVar, cast

from ..model import Claim, Difference
from ..normalise import Token, normaliser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady inspector constable sergeant sgt detective
    superintendent officer chief captain capt lieutenant lt colonel col general gen major maj
    president vice prime minister secretary senator sen governor gov mayor judge justice sheriff
    deputy police spokesman spokeswoman spokesperson commander cmdr admiral adm king queen prince
    princess pope rev reverend father brother sister coach pilot local senior manager director
    chairman chairwoman supt insp det const cllr cpl pvt brig cdr lieut prosecutor attorney
    coroner councillor councilor councilman councilwoman auditor commissioner treasurer
    administrator principal executive ceo curator gran granny professor""".split()
)

THING_HEADS = frozenset(
    """award awards prize prizes fellowship fellowships medal medals grant grants trophy cup
    scholarship honour honor order title championship festival foundation fund university
    college school institute association society council committee commission agency ministry
    department office company corporation corp inc ltd group bank party club team league
    clinic centre center theatre theater magazine newspaper court navy army force forces guard
    patrol service command government administration nations states kingdom emirates republic
    union""".split()
)
"""Last words that make a capitalised run a thing, not a person: "MacArthur Fellowship" and
"MacArthur Genius Award" name one honour as written two ways, not two people; "United
Nations" and "United States" are no two people of one first name."""


@dataclass(frozen=True)
class Quantity:
    """A figure of a claim: its value in a base unit, its dimension or what it counts."""

    text: str
    span: tuple[int, int]
    value: float
    what: str
    """"distance", "age", "time" or the counted word ("climbers", "pirates")."""
    counted: frozenset[str]
    """Keys of the words a bare count counts, to pair "three climbers" with "3 climbers"."""
    alternatives: tuple[float, ...] = ()
    """Conversions given beside it: "60 metres (200 feet)"."""
    owner: str = ""
    """Whose age it is, when a name stands right before it ("Jean Larson, 48,": "larson") or
    after it ("38-year-old Anthony LaCalamita": "lacalamita")."""
    described: str = ""
    """Who an age is of as the claim describes the person ("a 32-year-old British climber":
    "british climber"; ``ages.age_of``)."""
    bound: int = 0
    """1 when the figure is a floor ("more than 100 mph"), -1 a ceiling ("up to 30"), 0
    the figure itself."""
    approximate: bool = False
    """Whether the figure is told as an approximation ("about 100", "some 20 people", "nearly
    100")."""
    qualifier: str = ""
    """The words before the figure that make it a bound or an approximation, in lower case
    ("almost", "more than"), shown with it; ``""`` for none."""
    unit: float = 0.0
    """The size of the unit the figure is written in (a foot is 0.3048 of a metre), 0 for none:
    two figures written in one unit are compared exactly ("155 mm" / "152 mm"), not as rounded
    conversions of each other."""
    ceiling: float | None = None
    """The top of a range the figure is the bottom of ("between 10 and 15 people": 15), which
    agrees with any figure within it; None for a single figure."""
    head: str = ""
    """Key of the noun a compound count counts ("boat" of "two pirate boats"), which a count
    of that noun alone ("three boats") counts too; ``""`` for a single word."""


@dataclass(frozen=True)
class Day:
    """A day a claim names: a weekday, a relative day or a calendar date."""

    text: str
    span: tuple[int, int]
    key: str
    what: str


@dataclass(frozen=True)
class Entity:
    """A person or a place a claim names, without the titles before it."""

    text: str
    span: tuple[int, int]
    words: tuple[str, ...]
    place: bool

    @cached_property
    def distinct(self) -> frozenset[str]:
        """The words as a set, made once: an entity is set against every entity of each
        claim its claim is matched with."""
        return frozenset(self.words)


@dataclass(frozen=True)
class Bearing:
    """Where something is from a named place: "east of Aden"."""

    text: str
    span: tuple[int, int]
    way: str
    """The compass direction, lower-case and without a hyphen: "east", "northwest"."""
    place: str
    """The place's name as compared ("aden")."""


@dataclass(frozen=True)
class Polarity:
    """A word said with a negation or a degree: "not wearing", "insufficiently equipped"."""

    text: str
    span: tuple[int, int]
    key: str
    following: str
    """The key of the next content word ("crampon" after "not wearing")."""
    negative: bool
    what: str
    """The word said yes or no to, with what follows it: "wearing crampons"."""
    coordinated: bool = False
    """Whether a verb of another form follows it after "and" or "but" ("did not apologize and
    declined"), so that what it acts on is not told (``unasserted.word_after``)."""


@dataclass(frozen=True)
class Charge:
    """The grade of a killing a claim names as a charge: "first-degree murder"."""

    text: str
    span: tuple[int, int]
    crime: str
    """"murder", "manslaughter" or "homicide" (a homicide of no grade): a "vehicular
    homicide" is manslaughter."""
    degree: str
    """"first", "second", "third" or ``""`` when the claim gives none."""
    written: str
    """The crime as the claim words it, without its grade: "homicide" of "vehicular
    homicide"."""


@dataclass(frozen=True)
class Slots:
    """What a claim states, slot by slot."""

    claim: Claim
    quantities: tuple[Quantity, ...]
    days: tuple[Day, ...]
    entities: tuple[Entity, ...]
    bearings: tuple[Bearing, ...]
    polarities: tuple[Polarity, ...]
    charges: tuple[Charge, ...]
    source: str = ""
    """Who the claim cites, as written: its attribution, or else a source only the comparison
    reads ("Ellen DeGeneres announced", "the charges say", "he said"; ``find_further_source``)."""
    named_earlier: str = ""
    """The source an earlier claim of the article names, when this claim's own stands for it
    ("the statement said" after "..., a Defence Ministry release said"): ``""`` otherwise."""
    source_name: str = ""
    """The name of the site's alias table that the source is, all of it (``Normaliser.one_name``:
    "the EU" and "Brussels" are one source), or ``""``."""
    hedged: bool = True
    """Whether the claim hedges anything (``hedges.hedges_anything``): a match of two claims
    that hedge nothing differs in no hedge."""
    language: str | None = None
    """The language of the claim's article (``claims.language.language_of``), None when it is
    not told."""

    @cached_property
    def stated(self) -> dict[tuple[str, str], tuple[str, tuple[int, int]]]:
        """Content words said without a negation, by their key and the key of the next content
        word ("wear", "crampon"), with their text and span: what "not wearing crampons" is
        opposed to. The next word keeps "could not be rescued" from opposing "a rescue
        helicopter". Read when first asked for: only a match in which either claim denies
        something needs it (most matches deny nothing)."""
        return read_stated(self.claim.text, WORDS.tokens(self.claim.text))

    @cached_property
    def stated_as_written(self) -> dict[tuple[str, str], tuple[str, tuple[int, int]]]:
        """``stated`` by each word's key and its text in lower case, the first of each: what
        a polarity of another claim is looked up in (``negations``), made once per claim
        however many matches ask."""
        words: dict[tuple[str, str], tuple[str, tuple[int, int]]] = {}
        for (key, _following), found in self.stated.items():
            words.setdefault((key, found[0].lower()), found)
        return words

    @cached_property
    def days_by_kind(self) -> dict[str, tuple[tuple[Day, ...], frozenset[str]]]:
        """Its days of each kind (``Day.what``), in order, with their keys: a day is set only
        against days of its kind, in each match of the claim (``days.day_differences``)."""
        kinds: dict[str, list[Day]] = {}
        for day in self.days:
            kinds.setdefault(day.what, []).append(day)
        return {what: (tuple(days), frozenset(d.key for d in days)) for what, days in kinds.items()}

    @cached_property
    def entity_words(self) -> frozenset[str]:
        """The words of all its entities, made once however many matches the claim is in."""
        return frozenset(word for entity in self.entities for word in entity.words)

    @cached_property
    def entity_sets(self) -> frozenset[frozenset[str]]:
        """The word sets of its entities: another claim's entity with the same words is one
        it names too, found by one look-up (``names._named_alike``)."""
        return frozenset(entity.distinct for entity in self.entities)

    @cached_property
    def entity_lasts(self) -> tuple[str, ...]:
        """The last words of its entities, once each."""
        return tuple(dict.fromkeys(entity.words[-1] for entity in self.entities))

    @cached_property
    def person_lasts(self) -> frozenset[str]:
        """The last words of its entities that are no places: a person's surname."""
        return frozenset(entity.words[-1] for entity in self.entities if not entity.place)


Made = TypeVar("Made")


def once_per_claim(reading: Callable[[Slots], Made]) -> Callable[[Slots], Made]:
    """``reading`` of a claim's slots, kept in them as ``cached_property`` keeps what ``Slots``
    reads itself: what depends on one claim only (its figures indexed, its source described) is
    made once, not in each of the dozens of matches a claim of a big story is in, and without
    ``Slots`` importing every module that reads it."""
    name = f"{reading.__module__}.{reading.__qualname__}"
    if "<locals>" in name:  # two functions made by one factory would share one name
        raise ValueError(f"{name}: only a function of a module is kept once per claim")

    @wraps(reading)
    def kept(slots: Slots) -> Made:
        made: dict[str, object] = slots.__dict__  # beside what cached_property keeps there
        if name not in made:  # the first match of the claim that asks
            made[name] = reading(slots)
        return cast(Made, made[name])

    return kept


WORDS = normaliser(())
"""Keys of the words slots are compared by (stems: "wearing"/"wore", "climbers"/"climber").
The story's aliases are left out on purpose: they equate places and governments, which are
not what a figure counts nor what a negation denies."""


@once_per_claim
def word_keys(slots: Slots) -> frozenset[str]:
    """The keys of all the claim's words (``WORDS``): what a word the other claim counts or
    names is looked up in, made once per claim."""
    return frozenset(token.key for token in WORDS.tokens(slots.claim.text))


def adds_difference(
    a: str, b: str, what: str, a_span: tuple[int, int] | None, b_span: tuple[int, int] | None
) -> Difference:
    return Difference("adds", a, b, what, a_span, b_span)


class Additions(NamedTuple):
    """What a claim adds (``adds`` differences), made once per claim (``once_per_claim``): most
    matches of a claim set some of its details against nothing."""

    as_first: tuple[Difference, ...]
    """When it is the first claim of a match: its values and spans on the ``a`` side."""
    as_second: tuple[Difference, ...]
    """When it is the second: on the ``b`` side."""


def additions(added: Iterable[tuple[str, str, tuple[int, int] | None]]) -> Additions:
    """The ``Additions`` of details each told as (shown, what, span)."""
    told = list(added)
    return Additions(
        tuple(adds_difference(shown, "", what, span, None) for shown, what, span in told),
        tuple(adds_difference("", shown, what, None, span) for shown, what, span in told),
    )


DENIALS = frozenset("deny denies denied denying refuse refuses refused refusing".split())
"""Verbs that say the opposite of what follows them: "denies murdering his wife" against
"murdered his wife" is the contradiction a reader looks for, as "did not murder" is."""

FAILURES = frozenset(
    """fail fails failed failing unable refuse refuses refused refusing decline declines declined
    declining""".split()
)
"""Words that, before "to", say what follows was not done: "failed to stop", "were unable to
reach", "declined to comment" (alone they deny nothing: "the engine failed", "sales declined")."""

_NEGATORS = (
    frozenset(
        """not no never without nor neither none nobody cant cannot dont didnt wont isnt wasnt
        arent werent""".split()
    )
    | DENIALS
)


def read_stated(
    text: str, tokens: Sequence[Token]
) -> dict[tuple[str, str], tuple[str, tuple[int, int]]]:
    """``Slots.stated`` of a claim's text and tokens: here, beside the slots, because a slot
    reads it when first asked for (``negations`` compares it)."""
    found: dict[tuple[str, str], tuple[str, tuple[int, int]]] = {}
    words = [token.word for token in tokens]
    # ``_negated`` of the two words before each content word: the places a negation or
    # "yet to" leaves unsaid, found in one pass over the words
    denied: set[int] = set()
    for index, word in enumerate(words):
        if negates(word):
            denied.update((index + 1, index + 2))
        elif (word == "yet" or word in FAILURES) and words[index + 1 : index + 2] == ["to"]:
            denied.add(index + 2)
    content = [index for index, token in enumerate(tokens) if token.content]
    for position, index in enumerate(content):
        if index in denied:
            continue
        token = tokens[index]
        following = tokens[content[position + 1]].key if position + 1 < len(content) else ""
        if following and _SAID_AFTER.match(text, token.end):
            following = ""  # as a polarity reads it: "had been drinking, police said"
        found.setdefault(
            (token.key, following), (text[token.start : token.end], (token.start, token.end))
        )
    return found


_SAID_AFTER = re.compile(
    r"\W{0,3}[,;:][ ]*(?i:according|(?:said|says)(?![ ]to\b)"
    r"|(?:[a-z]{1,20}[ ]){1,3}(?:said|says|told|added))\b"
)
"""A clause break and the attribution after it ("drinking, police said", "resigned, his
spokesman said", "minor injuries, said Lena Ortiz"; not "said to be"): the word before ends
what is said, as a polarity reads a denied word."""


def word_parts(words: Iterable[str]) -> tuple[str, ...]:
    """The words (lower case) that hold none of the others: a text that lacks them lacks all
    (``lacks``), and is searched for fewer."""
    distinct = set(words)
    return tuple(
        sorted(word for word in distinct if not any(other in word for other in distinct - {word}))
    )


def ascii_lower(text: str) -> str | None:
    """``text`` in lower case where it is ASCII, else None, made once for every ``lacks`` of
    a claim (a claim's days ask up to four times)."""
    return text.lower() if text.isascii() else None


def lacks(lowered: str | None, parts: Sequence[str]) -> bool:
    """Whether a text, ``lowered`` by ``ascii_lower``, holds none of ``parts`` (lower case):
    then a pattern that ignores case and of whose every match one of them is part finds
    nothing in it, and need not be searched. Python's engine tries a pattern of many words at
    every character, several times as long as a string is searched for each word. A text that
    is not ASCII (None) never lacks them: a pattern that ignores case folds more than ``lower``
    does ("ſ" is "s"; "İ" is "i", which ``lower`` makes two characters)."""
    return lowered is not None and not any(map(lowered.__contains__, parts))


NEGATING_ENDINGS = ("n't", "n’t")
"""How a contracted negation ends, with either apostrophe ("didn't", "didn’t")."""


def negates(word: str) -> bool:
    """A negation, its contraction written with either apostrophe ("didn't", "didn’t")."""
    return word in _NEGATORS or word.endswith(NEGATING_ENDINGS)
