"""How many times a thing has happened within a span news names: "It is the third near-miss at
the airport in three years" / "the second ... in three years", "the eleventh eruption on the
peninsula since 2021" / "the 10th time since 2021". An ordinal is otherwise read only where it
ranks a place in the event's own sequence (``ordinals``): "the 4th head coach since King took
over" and "his 5th goal of the season" rank in scopes of their own. Here both claims name the
span, and the same one, so the two ordinals count within one scope (the written stories' misses
of 2026-12-07: 14 such pairs, none labelled)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Difference
from ..normalise import STOPWORDS
from .slots import WORDS, Slots, ascii_lower, lacks, once_per_claim, word_keys

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_VALUES = {word: index for index, word in enumerate(_ORDINAL_WORDS, start=1)}
_AN_ORDINAL = rf"(?:{'|'.join(_ORDINAL_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))(?![\w’'-])"

_UNITS = r"(?:year|month|week|day|decade|season|flight|launch|race|match|game)(?:e?s)?"

_OCCURRENCE = re.compile(
    rf"(?i:\b(?P<owner>the|its|their|his|her|a|[a-z]{{1,20}}['’]s)[ ](?:only[ ])?"
    rf"(?P<ordinal>{_AN_ORDINAL})"
    # what it counts, in words without a stop, a comma or another ordinal
    rf"(?P<gap>(?:[ ](?!{_AN_ORDINAL})[\w’'-]{{1,20}}){{0,10}}?)[ ]"
    rf"(?P<span>in[ ](?:the[ ](?:past|last)[ ])?(?P<many>[\w-]{{1,12}})[ ](?P<unit>{_UNITS})\b"
    r"|since[ ](?P<since>(?-i:(?P<month>[A-Z][a-z]{2,9}[ ])?(?:\d{4}|[A-Z][a-z]{2,9})))\b"
    r"|this[ ](?P<this>year|season|month|week|autumn|fall|spring|summer|winter|decade|century)\b"
    r"|(?P<ever>ever)\b))"
)
"""An ordinal after "the" or a possessive ("the company's second") and, within ten words of
it, the span it counts in: "in (the past) three years", "since October", "since March 2021",
"this year", "ever". Not an ordinal joined to a word ("second-largest"), nor one after a comma
or a stop ("the first, in 2019, ..."), nor past another ordinal ("in the second half for the
fourth time this season" counts the fourth time), nor a span that names no time ("since he
took over")."""

_SPAN_ENDS = re.compile(r"[ ]?(?:[.,;:!?\"”’)]|[-–—]|$)|[ ](?i:according|after|before|and|but)\b")
"""What may follow the span: the end of the clause. A span followed by more words counts what
they say ("the first time since 2019 that City have lost at home" / "the second time since
2019 that City have conceded five": two counts; helper-229's review)."""

_MATCHES_ANY = frozenset("time times on in at of for to from among".split())
"""First words of what an ordinal counts that name nothing of their own: "the 10th time since
2021", "the 10th on the peninsula since 2021" count whatever the other claim counts."""

_RANKS = frozenset("most least best worst".split())
"""A superlative after an ordinal ranks a list ("the third highest score ever", "the second
most destructive fire"), counts no occurrence; so does any word in "-est" of five letters or
more ("highest", "largest")."""

_RUNS = frozenset("straight consecutive successive row running".split())
"""Words of a run ("the third straight day", "the second day in a row"), which counts no
occurrence within the span but days on end (helper-229's review)."""

_PARTS = (*_ORDINAL_WORDS[:12], "teenth", "twentieth", "st ", "nd ", "rd ", "th ")
"""A piece of every match of ``_OCCURRENCE`` (lower case): a claim without any is not
searched."""


@dataclass(frozen=True)
class Occurrence:
    """An ordinal with the span it counts in: "the third" ... "in three years"."""

    text: str
    span: tuple[int, int]
    value: int
    within: str
    """The span as compared: "in 3 year", "since 2021" (of "since March 2021"), "this
    year", "ever"."""
    month: str
    """The month of a "since" span ("March" of "since March 2021"), or ``""``."""
    written: str
    """The span as the claim writes it."""
    owner: str
    """Whose count it is, as written: "the", "his", "the company's", "Bayern's"."""
    head: str
    """The key of the word that says what it counts ("outbreak"), ``""`` when that word names
    nothing of its own ("time", "on the peninsula"), or a name ("NBA" of "the fifth NBA
    coach fired this season") as written."""
    rest: frozenset[str]
    """The keys of the lower-case content words after that word ("bird", "flu", "farm" of
    "outbreak of bird flu on a commercial farm"): where it happened, to whom."""
    names: frozenset[str]
    """The capitalised words after the ordinal ("England", "Florida")."""
    said: frozenset[str]
    """The keys of all the claim's words: what an ordinal of "the 10th time" counts may be
    named anywhere in it ("Volcano erupts ... for the 10th time")."""
    done: str
    """The key of a participle right after the word that says what it counts ("charged" of
    "the third person charged over the riot"), or ``""``."""


@once_per_claim
def read_occurrences(slots: Slots) -> tuple[Occurrence, ...]:
    """The claim's ordinals of what happened within a named span, none of a span it names
    twice ("the second shooting at the school this year and the fifth in the district this
    year")."""
    text = slots.claim.text
    if lacks(ascii_lower(text), _PARTS):
        return ()
    found = []
    for match in _OCCURRENCE.finditer(text):
        gap = match.group("gap").split()
        if gap and (
            gap[0].lower() in _RANKS
            or (len(gap[0]) > 4 and gap[0].lower().endswith("est"))
            or (gap[0].lower() == "of" and gap[1:3] != ["its", "kind"])
        ):
            continue  # "the third highest score", "the first of three strikes", "a third of"
        if not match.group("ever") and not _SPAN_ENDS.match(text, match.end()):
            continue
        word = match.group("ordinal").lower()
        value = _VALUES.get(word) or int(word[:-2])
        found.append(
            Occurrence(
                text[match.start() : match.end("ordinal")],
                (match.start("ordinal"), match.end("ordinal")),
                value,
                _within(match),
                (match.group("month") or "").strip(),
                match.group("span"),
                match.group("owner").lower()
                if match.group("owner")[:1].islower()
                else match.group("owner"),
                _head(gap),
                frozenset(
                    WORDS.key(word.lower())
                    for word in gap[1:]
                    if word[:1].islower() and word.lower() not in STOPWORDS
                ),
                frozenset(word for word in gap if word[:1].isupper()),
                word_keys(slots),
                WORDS.key(gap[1].lower()) if len(gap) > 1 and gap[1].endswith("ed") else "",
            )
        )
    spans = [occurrence.within for occurrence in found]
    return tuple(occurrence for occurrence in found if spans.count(occurrence.within) == 1)


def _head(gap: list[str]) -> str:
    if not gap or gap[0].lower() in _MATCHES_ANY:
        return ""
    return gap[0] if gap[0][:1].isupper() else WORDS.key(gap[0].lower())


def _within(match: re.Match[str]) -> str:
    if match.group("many"):
        many = WORDS.key(match.group("many").lower())
        return f"in {many} {WORDS.key(match.group('unit').lower())}"
    if match.group("since"):
        return f"since {match.group('since').split()[-1].lower()}"
    if match.group("this"):
        return f"this {match.group('this').lower()}"
    return "ever"


def _one_count(one: Occurrence, other: Occurrence) -> bool:
    """Whether two ordinals count the same things within the same span for the same owner:
    the same span (of the same month, when both name one), the same word for what they count
    unless one names nothing of its own, and owners alike ("his" is no "the team's", "Saka's"
    no "Arsenal's", "Toyota's" no "the industry's"; helper-229's review)."""
    if one.within != other.within or (one.month and other.month and one.month != other.month):
        return False
    if one.head and other.head and one.head != other.head:
        return False  # "the fifth NBA coach" / "the third Eastern Conference head coach"
    if (one.head and not other.head and one.head not in other.said) or (
        other.head and not one.head and other.head not in one.said
    ):
        return False  # "closed for the second time in a week" / "the third drone sighting"
    told, other_told = one.rest | one.names, other.rest | other.names
    if (told and other_told and told.isdisjoint(other_told)) or (
        one.names and other.names and one.names.isdisjoint(other.names)
    ):
        return False  # "in the Premier League" / "in all competitions", "Florida" / "the US"
    if one.done and other.done and one.done != other.done:
        return False  # "the third person charged" / "the fifth person arrested"
    return _owners_alike(one.owner, other.owner)


_PLAIN = frozenset({"the", "a"})
_PERSONAL = frozenset({"his", "her", "its", "their"})


def _owners_alike(one: str, other: str) -> bool:
    if one == other or (one in _PLAIN and other in _PLAIN):
        return True
    owned = [owner for owner in (one, other) if owner not in _PLAIN]
    if len(owned) == 1:  # "the fourth" / "his fourth", "the company's fourth"
        return owned[0][:1].islower()
    return all(owner[:1].islower() and owner not in _PERSONAL for owner in owned)


def occurrence_differences(first: Slots, second: Slots) -> list[Difference]:
    """A ``number`` difference of two ordinals that count the same things within the same span
    and disagree (``_one_count``)."""
    ours = read_occurrences(first)
    if not ours:
        return []
    theirs = read_occurrences(second)
    found = []
    for one in ours:
        other = next((o for o in theirs if o.within == one.within), None)
        if other is not None and other.value != one.value and _one_count(one, other):
            what = f"occurrence {one.written}"
            found.append(Difference("number", one.text, other.text, what, one.span, other.span))
    return found
