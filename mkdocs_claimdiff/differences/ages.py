"""Whose age a "36-year-old" is: an age is a value of one person, and a story gives the ages
of several (the driver and the woman he hit, two climbers who died a day apart). Two ages
disagree only when they are the same person's; set against each other otherwise they are a
false `number` difference ("the 36-year-old driver" / "a 66-year-old woman")."""

from __future__ import annotations

import re

from .names import name_word
from .slots import Quantity, Slots, once_per_claim
from .units import BEFORE_UNIT

PERSON_NOUNS = frozenset(
    """man woman boy girl person child baby toddler teenager teen youth student pupil driver
    motorist cyclist pedestrian passenger pilot climber hiker skier swimmer diver suspect victim
    resident mother father son daughter husband wife brother sister grandmother grandfather
    gunman shooter worker employee officer soldier sailor actor actress singer player coach
    veteran nurse doctor teacher priest farmer tourist""".split()
)
"""Nouns that say who an age is of when they follow it ("a 66-year-old woman"): two ages of
different ones ("woman", "driver") are two people's."""

TITLE_NOUNS = frozenset(
    """president king queen pope prince princess leader minister chancellor governor mayor
    senator judge bishop ambassador founder director lawyer journalist reporter correspondent
    photographer author rapper comedian""".split()
)
"""Titles and trades that say who an age is of, as ``PERSON_NOUNS`` do ("the president, 78,",
"a 32-year-old journalist" is not "a 29-year-old photographer")."""

_GENERAL_TITLES = frozenset({"leader"})
"""Titles any holder of another may be called: "the 78-year-old leader" may be "the
81-year-old president"."""

_AFTER_AGE = re.compile(r"[ ](?P<capitals>(?:[A-Z][\w’'.-]*[ ]){0,4})(?P<word>[A-Za-z][\w’'-]*)")
"""What follows "N-year-old": up to four capitalised words (a name, a nationality, "Ohio"),
then one word. Bounded, so linear however the text runs on."""


_AGE_AFTER_NAME = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*),[ ](\d{1,3})(?:,|\.(?!\d)|$)")
"""An age after a name: "Jean Larson, 48,"."""

_AGE_OF_SOMEONE = re.compile(
    rf"(?<![\w’'-])(?i:({'|'.join(sorted(PERSON_NOUNS | TITLE_NOUNS))})"
    r"(?:(?P<comma>,[ ])|,?[ ]aged[ ]|,?[ ]who[ ](?:is|was)[ ]))"
    rf"(\d{{1,3}})(?![\w.,]?\d)(?![ ]?(?:years?[ ]old|-|%))(?!{BEFORE_UNIT})"
    r"(?(comma)(?=,|\.(?!\d)|$))"
)
"""An age told after who it is of: "a woman, 45,", "a man aged 54", "the driver, who is 23";
not a measure ("the officer, who was 5 metres away")."""

_AGE_CUE = re.compile(r"(?i:,[ ]\d|[ ]aged[ ]\d|[ ]who[ ](?:is|was)[ ]\d)")
"""What every age ``_AGE_OF_SOMEONE`` reads has: a claim without it is passed over quickly."""


def ages_told(text: str) -> tuple[dict[int, str], dict[int, str]]:
    """The ages told after a name and after who they are of, each by where its figure starts:
    the name ("Larson") and the noun ("woman") as written, "" after a title (``_described``)."""
    after_name = {match.start(2): match.group(1) for match in _AGE_AFTER_NAME.finditer(text)}
    if not _AGE_CUE.search(text):
        return after_name, {}
    return after_name, {
        match.start(3): _described(match.group(1)) for match in _AGE_OF_SOMEONE.finditer(text)
    }


_ONE_TRADE = {"reporter": "journalist", "correspondent": "journalist"}
"""Trades news calls one person by in turn: "the 42-year-old reporter" is "the 43-year-old
journalist"."""


def _described(noun: str) -> str:
    """Who an age after a noun is of as compared: a general title says nothing of who else it
    is not (``_GENERAL_TITLES``), and one trade has several names (``_ONE_TRADE``)."""
    lowered = noun.lower()
    return "" if lowered in _GENERAL_TITLES else _ONE_TRADE.get(lowered, lowered)


def age_of(text: str, end: int) -> tuple[str, str]:
    """Who the age ending at ``end`` ("36-year-old") is of, as (owner, description): the
    surname when a name follows ("38-year-old Anthony LaCalamita": "lacalamita"), else what
    the claim calls the person ("a 32-year-old British climber": "british climber"); both
    ``""`` when nothing follows that says ("the 36-year-old, who")."""
    found = _AFTER_AGE.match(text, end)
    if found is None:
        return "", ""
    capitals, word = found.group("capitals").split(), found.group("word")
    if word in PERSON_NOUNS or word in TITLE_NOUNS:
        described = _described(word)
        return "", " ".join([*(name_word(c) for c in capitals), described]) if described else ""
    if word[0].isupper():
        return name_word(word), ""
    return (name_word(capitals[-1]), "") if capitals else ("", "")


def same_person(first: Quantity, second: Quantity) -> bool:
    """Whether two figures may be one person's age set against itself: any figure but two ages
    described as different people ("woman" / "driver", "British climber" / "Australian
    climber"), nor two ages of two people named ("36-year-old Duncan Rait" / "31-year-old Robert
    Buckley", in claims that name both). An age with no description is anyone's, and "Melbourne
    man" may be "man"."""
    if first.what != "age" or second.what != "age":
        return True
    if first.owner and second.owner:
        return first.owner == second.owner
    if not (first.described and second.described):
        return True
    *adjectives, noun = first.described.split()
    *others, other_noun = second.described.split()
    return noun == other_noun and (not adjectives or not others or adjectives == others)


def owner_named(quantity: Quantity, named_in_other: frozenset[str]) -> bool:
    """Whether an age may be set against the other claim's ages: an age given after a name
    ("Jean Larson, 48,") is that person's, and is set against the other claim's age only when
    the other claim names that person too ("a 38-year-old Troy resident" is not Larson). Any
    other figure may."""
    return quantity.what != "age" or not quantity.owner or quantity.owner in named_in_other


@once_per_claim
def people_named(slots: Slots) -> frozenset[str]:
    """The words naming people in a claim, the owners of its ages included: a name that opens a
    sentence ("Buckley, 32, was arrested") is no entity, but its age still says who it is."""
    return slots.entity_words | {quantity.owner for quantity in slots.quantities if quantity.owner}


_DECADES = {
    word: 10 * at
    for at, words in enumerate(
        (
            "",
            "",
            "twenties 20s",
            "thirties 30s",
            "forties 40s",
            "fifties 50s",
            "sixties 60s",
            "seventies 70s",
            "eighties 80s",
            "nineties 90s",
        ),
    )
    for word in words.split()
}

_DECADE_AGE = re.compile(
    r"(?:(?<![\w’'-])(?P<noun>[a-z]+)[ ])?(?P<age>(?i:in[ ](?:his|her|their)[ ]"
    r"(?:(?P<part>early|mid|late)[ -])?)(?P<decade>(?i:"
    + "|".join(sorted(_DECADES, key=len, reverse=True))
    + r")))\b"
)
"""An age told by its decade: "a man in his seventies", "a woman in her late 60s"."""

_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def decade_ages(text: str) -> tuple[Quantity, ...]:
    """The ages a claim tells by their decade, each as the range of years it spans ("in his
    seventies" is 70 to 79; "in her late 60s" 67 to 69), of whom the noun before says: so
    "A man in his seventies died" is set against "A 67-year-old man died" (helper-187's audit
    found it no difference), and "in his seventies" agrees with "a 74-year-old"."""
    lowered = text.lower()
    if " his " not in lowered and " her " not in lowered and " their " not in lowered:
        return ()  # most claims
    found = []
    for match in _DECADE_AGE.finditer(text):
        decade = _DECADES[match.group("decade").lower()]
        low, high = _PARTS.get((match.group("part") or "").lower(), (0, 9))
        noun = (match.group("noun") or "").lower()
        found.append(
            Quantity(
                match.group("age"),
                match.span("age"),
                float(decade + low),
                "age",
                frozenset(),
                described=noun if noun in PERSON_NOUNS else "",
                ceiling=float(decade + high),
            )
        )
    return tuple(found)
