"""People and places, compared as entities: a surname against a full name with a title is
one person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..model import Difference
from .slots import THING_HEADS, TITLES, WEEKDAYS, Entity, Slots

SPELLING_LIKENESS = 0.8
"""Two different surnames this alike (difflib ratio) are one name spelt two ways ("Rait",
"Raite"), which a reader should check, not two people."""

_MONTHS = frozenset(
    """january february march april june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec""".split()
)
"""Months as words of a name run ("May" is left out: it is a surname too)."""

_PLACE_HEADS = frozenset(
    """glacier mount mt lake river street st avenue ave road rd park hut bivvy saddle valley
    island islands bay gulf sea ocean county city town village province state district airport
    base hospital station bridge peak range""".split()
)

_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there here
    but and or so yet still however meanwhile moreover instead earlier later now then last in on
    at as after before when while if although though since because during for with some many
    most both all one no not what who why how by from until""".split()
)

_CAPITALISED = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’']*)*")


def read_entities(text: str) -> tuple[Entity, ...]:
    """Runs of capitalised words, titles left out ("Inspector Dave Gaskin" is "Dave Gaskin"),
    places told by their head word ("Tasman Glacier", "Mount Sefton")."""
    found: list[Entity] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        words = [m for m in run if m.group().lower().rstrip(".") not in TITLES]
        if run and run[0].start() == 0 and len(run) == 1:
            words = []  # a sentence's first word is capitalised whatever it is
        if words:
            names = tuple(name_word(m.group()) for m in words)
            place = any(word in _PLACE_HEADS for word in names)
            span = (words[0].start(), words[-1].end())
            found.append(Entity(text[span[0] : span[1]], span, names, place))
        run.clear()

    for match in _CAPITALISED.finditer(text):
        if run and text[run[-1].end() : match.start()] not in (" ", "-"):
            close()
        if match.group().lower() in _SENTENCE_OPENERS or _is_calendar(match.group()):
            close()
            continue
        run.append(match)
    close()
    return tuple(found)


def _is_calendar(word: str) -> bool:
    """A weekday or a month is a date, not part of a name ("in Queens Friday night")."""
    word = _POSSESSIVE.sub("", word.lower().rstrip("."))
    return word in WEEKDAYS or word in _MONTHS


_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
"""The possessive of a name, "Buckley's" or "the Chargers’": the same name."""

NAME_WORDS = re.compile(r"[\w’'-]+")


def name_word(word: str) -> str:
    word = word.lower().rstrip(".")
    word = _POSSESSIVE.sub("", word)
    return "mount" if word == "mt" else word


def name_differences(first: Slots, second: Slots) -> list[Difference]:
    """One name spelt two ways ("Rait", "Raite"); two people with one first name and different
    surnames; two places with one head and different names ("Tasman Glacier", "Mueller
    Glacier"). A surname against the full name with a title is one person."""
    found: list[Difference] = []
    left_words = {word for entity in first.entities for word in entity.words}
    right_words = {word for entity in second.entities for word in entity.words}
    for left in first.entities:
        if _named_alike(left, second.entities):
            continue
        for right in second.entities:
            if _named_alike(right, first.entities):
                continue
            what = _clash(left, right, left_words, right_words)
            if what:
                found.append(Difference("name", left.text, right.text, what, left.span, right.span))
                break
    return found


def _named_alike(entity: Entity, others: Sequence[Entity]) -> bool:
    """The entity is one the other claim names too: all its words appear in one of the other
    claim's entities, or (a person) its surname does."""
    for other in others:
        if set(entity.words) <= set(other.words) or set(other.words) <= set(entity.words):
            return True
        if _one_word(entity.words[-1], other.words[-1]):
            return True  # "New Zealander" and "New Zealand", "Oscars" and "Oscar"
        if not entity.place and not other.place and entity.words[-1] == other.words[-1]:
            return True
    return False


_DEMONYM_ENDINGS = (
    "a",  # "Somalia", "Somali"
    "s",
    "es",
    "er",
    "ers",
    "n",
    "ns",
    "an",
    "ans",
    "ian",
    "ians",
    "ese",
    "i",
    "ish",
)


def _one_word(left: str, right: str) -> bool:
    """A place and its people ("Zealand", "Zealander"; "Syria", "Syrian"), not one name spelt
    two ways ("Rait", "Raite")."""
    shorter, longer = sorted((left, right), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in _DEMONYM_ENDINGS


def _clash(left: Entity, right: Entity, left_words: set[str], right_words: set[str]) -> str:
    """What the two entities are when they clash ("spelling", "person", "place"), else ""."""
    last_left, last_right = left.words[-1], right.words[-1]
    if left.place != right.place:
        return ""
    if not left.place:
        if last_left in THING_HEADS or last_right in THING_HEADS:
            return ""
        if (
            min(len(last_left), len(last_right)) >= 4
            and SequenceMatcher(None, last_left, last_right).ratio() >= SPELLING_LIKENESS
            and (len(left.words) == 1 or len(right.words) == 1 or left.words[0] == right.words[0])
        ):
            return "spelling of a name"
        if (
            len(left.words) > 1
            and len(right.words) > 1
            and left.words[0] == right.words[0]
            and last_left not in right_words
            and last_right not in left_words
        ):
            return "person"
        return ""
    heads = {w for w in left.words if w in _PLACE_HEADS} & {
        w for w in right.words if w in _PLACE_HEADS
    }
    left_names = set(left.words) - _PLACE_HEADS
    right_names = set(right.words) - _PLACE_HEADS
    if heads and left_names and right_names and left_names.isdisjoint(right_words):
        return "place" if right_names.isdisjoint(left_words) else ""
    return ""
