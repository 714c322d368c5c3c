"""People and places, compared as entities: a surname and a titled full name are one person."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

from ..model import Difference
from ..normalise import STOPWORDS
from .given_names import another_person
from .name_forms import (
    AGENT_ENDINGS,
    OPENING_HEADS,
    alike,
    letters_of,
    one_word,
    plural,
    shortened,
    shortened_lasts,
    without_suffix,
)
from .name_spellings import spelt_apart
from .slots import THING_HEADS, TITLES, WEEKDAYS, Entity, Slots

_MONTHS = frozenset(
    """january february march april june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec""".split()
)
"""Months as words of a name run ("May" is left out: it is a surname too)."""

_SUFFIXES = frozenset("jr sr ii iii iv v".split())  # follow a name: "King III", "King Jr."

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

_LETTER_FIRST = re.compile(
    r"(?<![\w’'])(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.]*(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][\w’']*)*|[^\W\d_][\w’'.]*)"
)
"""Words, of which those that open with a capital of any alphabet are read in a text that is
not ASCII ("Łukasz Kowalski", "Émile Dupont"): [A-Z] alone never sees them. Only a word opening
with a Latin capital takes the capitalised words hyphened to it; one in lower case stops at its
hyphen, so "al-Assad" gives "Assad", as in ASCII text (helper-143's review)."""


def read_entities(text: str) -> tuple[Entity, ...]:
    """Runs of capitalised words, titles left out ("Inspector Dave Gaskin" is "Dave Gaskin"),
    places told by their head word ("Tasman Glacier", "Mount Sefton"). A headline in capitals
    ("CHARGERS' RECEIVER ARRESTED") capitalises every word, so it names no one by its case."""
    if in_capitals(text):
        return ()
    found: list[Entity] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if run and _shouted([m.group() for m in run]):
            del run[_named_first(run) :]  # "TOM HAYES IS GUILTY": "TOM HAYES"
        if not run:
            return  # most words that close a run open none ("The", "He", a month)
        titled = [m.group().lower().rstrip(".") in TITLES for m in run]
        # Who a title is of goes before it ("U.S. District Judge Patricia Lowell"): the name is
        # what follows the last title if two names do ("Martin Luther King III" stays whole).
        after = max((at + 1 for at, title in enumerate(titled) if title), default=0)
        named = [m.group().rstrip(".").lower() for m in run[after:]]
        if len(named) < 2 or not _SUFFIXES.isdisjoint(named):
            after = 0
        words = [m for m, title in zip(run[after:], titled[after:], strict=True) if not title]
        if run[0].start() == 0 and len(run) == 1:
            words = []  # a sentence's first word is capitalised whatever it is
        if words:
            names = without_suffix(tuple(name_word(m.group()) for m in words))
            place = not _PLACE_HEADS.isdisjoint(names) or _placed(text, words[0].start())
            last = words[-1].group()  # its final "." ends the sentence ("Aden."), not "U.S.", "Jr."
            stop = last.endswith(".") and "." not in last[:-1] and len(last) > 4
            span = (words[0].start(), words[-1].end() - stop)
            found.append(Entity(text[span[0] : span[1]], span, names, place))
        run.clear()

    for match in (_CAPITALISED if text.isascii() else _LETTER_FIRST).finditer(text):
        if len(found) >= ENTITIES_READ:
            break
        if not match.group()[0].isupper():
            close()  # a word in lower case, read in a text that is not ASCII
            continue
        between = text[run[-1].end() : match.start()] if run else ""
        if run and (
            (between not in (" ", "-") and not _place_of(run[-1].group(), between))
            or run[-1].group().endswith(_POSSESSIVES)  # "Anders Lindqvist's Winter Harbour"
        ):
            close()
        if match.group().lower() in _SENTENCE_OPENERS or _is_calendar(match.group()):
            close()
            continue
        run.append(match)
    close()
    return tuple(found[:ENTITIES_READ])


_POSSESSIVES = ("'s", "’s")  # end a name: "Anders Lindqvist's Winter Harbour" names two


def _place_of(head: str, between: str) -> bool:
    """A place's head and the name it takes after "of" are one name: "Gulf of Aden", "Bay
    of Bengal"; set against "Gulf of Eden", they are two places of one head."""
    return between == " of " and name_word(head) in _PLACE_HEADS


def _of_form(entity: Entity) -> bool:
    """Whether a place is named as its head "of" a name ("Gulf of Aden", not "Persian Gulf").
    Such a place clashes only with another of its form ("Gulf of Eden", "Gulf of Oman"): one
    place is often named both ways ("Sea of Japan" and "East Sea"), and a head before another
    word ("Gulf Coast") is no place of that head."""
    return " of " in entity.text


ENTITIES_READ = 48
"""Names of a claim that are read, its first: each name of one claim is looked for among the
other's, and a sentence of thousands (a list of names scraped as one sentence) would cost their
square; a sentence of news names a dozen at most."""

CAPITALS_SHARE = 0.8
"""Share of a claim's letters in capitals that makes it a headline in capitals."""


_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_CAPITALS = string.ascii_uppercase.encode()


def _named_first(run: list[re.Match[str]]) -> int:
    """How many words open a clause shouted in capitals before its first function word or
    possessive: the name it may open with ("TOM HAYES IS GUILTY"; none of "MAISIE'S HIT WAS")."""
    for at, match in enumerate(run):
        word = match.group()
        if word.lower() in STOPWORDS or word.lower().endswith(_POSSESSIVES):
            return at
    return len(run)


def _shouted(words: list[str]) -> bool:
    """Whether a run of capitalised words is a clause in capitals, three words at least, one
    of them a function word ("WAS", "THE"), which no name holds: a tabloid headline shouts a
    clause but for its last words (helper-221's audit: "MAISIE'S HIT WAS" was read as a name
    against "Maisie Trevelyan"); "WHO", "US Navy" and "NHS" stay names."""
    shouting = [word for word in words if len(word) > 1 and word.isupper()]
    return len(shouting) >= 3 and any(word.lower() in STOPWORDS for word in shouting)


def in_capitals(text: str) -> bool:
    """Whether the claim is a headline in capitals (``CAPITALS_SHARE`` of its letters, eight
    letters at least): its case tells nothing of names, nor of what its figures count."""
    if text.isascii():  # most claims: letters and capitals counted as the bytes deleted
        raw = text.encode()
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        capitals = len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
    else:
        alphabetic = "".join(filter(str.isalpha, text))  # counted in C, not one by one
        letters, capitals = len(alphabetic), sum(map(str.isupper, alphabetic))
    return letters >= 8 and capitals >= CAPITALS_SHARE * letters


_PLACING = ("in", "from", "near")
_OF = "of"
"""The words before a name that say it is where someone is or comes from: "a driver from
Schnectady", "Subryan of Schenectady" (after a name or a figure: "Raj Chohan, 59, of Queens").
``_WHERE_BEFORE`` and ``_WHERE_ENDINGS`` are made of them, so neither is stale."""

_WHERE_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(_PLACING)})|(?:[A-Z][\w’'.-]{{0,40}}|\d{{1,3}}),?[ ]{_OF})[ ]$"
)

WHERE_REACH = 48
"""Characters before a name searched for ``_WHERE_BEFORE``."""

_WHERE_ENDINGS = tuple(f"{word} {after}" for word in (*_PLACING, _OF) for after in ("", "\n"))
"""How every match of ``_WHERE_BEFORE`` ends (its space ends the text searched, or comes just
before a newline that does, as ``$`` reads): most names follow no such word, and the pattern
is not searched for before them."""


def _placed(text: str, start: int) -> bool:
    """Whether the name is a place by the words before it. A place spelt two ways is a slip
    a reader passes over, not a name the outlets disagree on, so places are only told apart
    by their head ("Tasman Glacier", "Mueller Glacier")."""
    reach = max(0, start - WHERE_REACH)
    return (
        text.endswith(_WHERE_ENDINGS, reach, start)
        and _WHERE_BEFORE.search(text, reach, start) is not None
    )


@lru_cache(maxsize=65536)  # bounded as ``alike``: a story's capitalised words recur
def _is_calendar(word: str) -> bool:
    """A weekday or a month is a date, not part of a name ("in Queens Friday night")."""
    word = _POSSESSIVE.sub("", word.lower().rstrip("."))
    return word in WEEKDAYS or word in _MONTHS


_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
"""The possessive of a name, "Buckley's" or "the Chargers’": the same name."""

NAME_WORDS = re.compile(r"[\w’'-]+")


_UNMARKED = str.maketrans(
    {"ß": "ss", "ł": "l", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th"}
)
"""Letters no accent removal turns into a Latin one, as agencies write them: "Wałęsa" is
"Walesa", "Solskjær" "Solskjaer", "Kılıçdaroğlu" "Kilicdaroglu"."""


@lru_cache(maxsize=65536)
def name_word(word: str) -> str:
    """A word of a name as compared: lower-case, with one apostrophe ("We’ll" is "We'll"),
    without its possessive or a closing quote ("`Salahaddin'" is "salahaddin"), and without
    its accents, which agencies keep or drop ("Gérald" and "Gerald", "Müller" and "Muller" are
    one word). Remembered (bounded as ``alike`` is): a story names the same few people in
    claim after claim."""
    word = word.lower().rstrip(".").replace("’", "'")
    word = _POSSESSIVE.sub("", word).rstrip("’'")
    if not word.isascii():
        marked = unicodedata.normalize("NFKD", word.translate(_UNMARKED))
        word = "".join(character for character in marked if not unicodedata.combining(character))
    return "mount" if word == "mt" else word


def name_differences(first: Slots, second: Slots) -> list[Difference]:
    """One name spelt two ways ("Rait", "Raite"); two people with one first name and different
    surnames; two places with one head and different names ("Tasman Glacier", "Mueller
    Glacier"). A surname against the full name with a title is one person."""
    found: list[Difference] = []
    if not first.entities or not second.entities:
        return found  # nothing to set against
    left_words, right_words = first.entity_words, second.entity_words
    unnamed: list[Entity] | None = None
    for left in first.entities:
        spelt = _spelt_in(left, second)
        if spelt is not None and letters_of(left.text) != letters_of(spelt.text):
            found.append(
                Difference(
                    "name", left.text, spelt.text, "spelling of a name", left.span, spelt.span
                )
            )
            continue
        if left.distinct in second.entity_sets:
            continue  # the other claim names it too: no other person, named alike (most names)
        apart = spelt_apart(left, second, first)
        if apart is not None:
            (one, at), (other, other_at) = apart
            found.append(Difference("name", one, other, "spelling of a name", at, other_at))
            continue
        namesake = another_person(left, second, first)
        if namesake is not None:
            found.append(
                Difference("name", left.text, namesake.text, "person", left.span, namesake.span)
            )
            continue
        if _named_alike(left, second):
            continue
        if unnamed is None:  # asked once a match, not once per name of the other claim
            unnamed = [right for right in second.entities if not _named_alike(right, first)]
        for right in unnamed:
            what = _clash(left, right, left_words, right_words)
            if what and letters_of(left.text) != letters_of(right.text):
                found.append(Difference("name", left.text, right.text, what, left.span, right.span))
                break
    return found


def _spelt_in(left: Entity, other: Slots) -> Entity | None:
    """The first entity of the other claim that is ``left`` spelt two ways (in one word of
    several, so sharing a word with the other claim's names), or None."""
    if len(left.words) < 2 or left.distinct.isdisjoint(other.entity_words):
        return None
    return next((right for right in other.entities if _spelt_two_ways(left, right)), None)


def _spelt_two_ways(left: Entity, right: Entity) -> bool:
    """A name of several words that differ in one, spelt alike ("Tallgrass Distributors
    Ltd." and "TallGrass Distribution Ltd."): one name written two ways. A word and its
    plural or its people ("Hurricanes", "Hurricane"; "New Zealander"; "West Germany", "West
    German") are one word; a person's name that only ends longer ("Duncan Rait", "Duncan
    Raite") is judged as a person's name is."""
    if len(left.words) != len(right.words) or len(left.words) < 2:
        return False
    differing = [(x, y) for x, y in zip(left.words, right.words, strict=True) if x != y]
    if len(differing) != 1:
        return False
    left_word, right_word = differing[0]
    if 0 < left.words.index(left_word) < len(left.words) - 1:
        # Inside a name a plural is no grammar, it misspells the name: "Academy of Motion
        # Pictures Arts and Sciences"; "Hurricanes Katrina" and "Academy Awards" are plurals.
        # A place and its people are one name there too, in the name of a thing or a place:
        # "the Transitional Somali Government" and "the Transitional Somalia Government"; in a
        # person's name "Christin" and "Christina" are two spellings.
        thing = left.words[-1] in THING_HEADS or left.words[-1] in _PLACE_HEADS
        return alike(left_word, right_word) and (
            plural(left_word, right_word) or not (thing and one_word(left_word, right_word))
        )
    if (
        left.words[0] in OPENING_HEADS
        and left.words[0] != left_word
        and plural(left_word, right_word)
        and not min(left_word, right_word, key=len).endswith(AGENT_ENDINGS)
    ):
        return True  # "Hurricane George" / "Hurricane Georges": a name after its kind
    return (
        alike(left_word, right_word)
        and not one_word(left_word, right_word)
        and not left_word.startswith(right_word)
        and not right_word.startswith(left_word)
    )


def _named_alike(entity: Entity, other: Slots) -> bool:
    """The entity is one the other claim names too: all its words appear in one of the other
    claim's entities, or (a person) its surname does. Looked up in what the other claim's
    entities are made of (``Slots.entity_sets``, ``person_lasts``), read once per claim: a
    claim of a big story is set against the names of dozens of partners."""
    words, last = entity.distinct, entity.words[-1]
    if words in other.entity_sets or (not entity.place and last in other.person_lasts):
        return True
    # No word in common, no entity of the other claim holds these words or is held by them.
    if not words.isdisjoint(other.entity_words) and any(
        words <= named or named <= words for named in other.entity_sets
    ):
        return True
    # "New Zealander" and "New Zealand", "Oscars" and "Oscar", "Johnsonwas" and "Johnson"
    return last in shortened_lasts(other) or not shortened(last).isdisjoint(other.entity_lasts)


def _prefix(name: str) -> bool:
    """A first word in capitals is a prefix, not a first name: "INS Mysore" and "INS Tabar"
    are two ships, "MV Gibe" and "MV Action" two vessels, not one person named two ways.
    Initials ("A.J. Smith", "A.J. Butler") are a first name."""
    first = name.split()[0].rstrip(".")
    return len(first) > 1 and first.isupper() and "." not in first  # "A.J." is initials


def _clash(
    left: Entity, right: Entity, left_words: frozenset[str], right_words: frozenset[str]
) -> str:
    """What the two entities are when they clash ("spelling", "person", "place"), else ""."""
    last_left, last_right = left.words[-1], right.words[-1]
    if left.place != right.place:
        return ""
    if not left.place:
        if last_left in THING_HEADS or last_right in THING_HEADS:
            return ""
        if (
            alike(last_left, last_right)
            and not one_word(last_left, last_right)
            and (len(left.words) == 1 or len(right.words) == 1 or left.words[0] == right.words[0])
        ) or "".join(left.words) == "".join(right.words):
            return "spelling of a name"  # "Rait", "Raite"; "Trail Blazers", "Trailblazers"
        if (
            len(left.words) > 1
            and len(right.words) > 1
            and left.words[0] == right.words[0]
            and not _prefix(left.text)
            and last_left not in right_words
            and last_right not in left_words
        ):
            return "person"
        return ""
    if _of_form(left) != _of_form(right):
        return ""  # "Sea of Japan" / "East Sea", "Gulf of Mexico" / "Gulf Coast"
    heads = {w for w in left.words if w in _PLACE_HEADS} & {
        w for w in right.words if w in _PLACE_HEADS
    }
    left_names = left.distinct - _PLACE_HEADS
    right_names = right.distinct - _PLACE_HEADS
    if heads and left_names and right_names and left_names.isdisjoint(right_words):
        return "place" if right_names.isdisjoint(left_words) else ""
    return ""
