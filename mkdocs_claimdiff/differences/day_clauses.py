"""Which event a day or a clock time dates: the clause it stands in, and whether two of them, in
two claims, date one event (then they may disagree)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .calendar_words import MONTH_NAMES, THINGS_AFTER, YEAR_DIGITS
from .slots import WEEKDAYS, WORDS, Day

_OTHER_EVENT = (
    r"[;()\u2013\u2014]|(?<!\d)[,:]|[,:](?!\d)|--|[ ](?:and|because)[ ]"
    r"|[ ](?:after|before|following)[ ](?!\d|(?i:about|around|noon|midnight|dawn|dusk|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
)

_CLAUSE_END = re.compile(rf"{_OTHER_EVENT}|[ ](?:when|while)[ ]")
"""What ends the clause a day or a time dates: punctuation, "and" between two actions ("was
booked into jail and was released by 6 a.m.": 6 a.m. dates the release, not the booking), or
a clause of another event ("was charged Saturday after a shooting": Saturday dates the charge;
"charged after a shooting ... Friday": Friday dates the shooting). "After" and "before" that
place a time ("shortly after 2 a.m.", "before Sunday's game") end nothing."""

_FOLLOWING_END = re.compile(_OTHER_EVENT)
"""What ends the clause after a day or a time: a "when" or "while" right after it says what
happened then ("driving at about 1 a.m. Sunday when the cops stopped him" dates the stop)."""

EVENT_REACH = 240
"""Characters on either side of a day or a time read for the event it dates: a clause is
shorter."""

DAYS_READ = 16
"""Days of each claim set against the other's: a sentence dates a few events at most, and
each pair costs a look at both clauses, so hundreds of dates (a list, a scrape gone wrong)
would cost their square."""

_POSSESSED_END = re.compile(r"\b(?:at|in|on|of|for|with|from|by|to|against|or|that|which|who)\b")
"""Words that end what a day's possessive names: "Sunday's playoff game at Pittsburgh"."""


def same_event(
    left_text: str,
    left: Sequence[Day],
    right_text: str,
    right: Sequence[Day],
    shared: int = 1,
    alike: bool = False,
) -> tuple[Day, Day] | None:
    """Two days that date one event: the clauses they stand in share a lower-case content word
    ("on Thursday foiled a piracy attempt", "foiled a pirate attack ... on Friday"). A claim
    may date another event than the one both claims share ("police identified her on
    Thursday" against "she was struck ..., around 7 p.m. Wednesday"): those are not set
    against each other. Clauses short of ``shared`` words (years), and with ``alike`` (days
    beside one both claims name) every pair, date one event only when they also hold the same
    content words, names too, at least ``shared`` of them ("Smith was born in 1950" / "... in
    1952"; not "The factory closed on 3 March" / "The factory was inspected on 5 March", nor
    "The tunnel, built in 1962," / "The bridge, built in 1964,")."""
    if not left or not right:
        return None
    theirs = [(other, _event_words(right_text, other.span)) for other in right[:DAYS_READ]]
    for one in left[:DAYS_READ]:
        words = _event_words(left_text, one.span)
        for other, their_words in theirs:
            common = words & their_words
            if (len(common) >= shared and not alike) or (
                common and _same_words(left_text, one.span, right_text, other.span, shared)
            ):
                return one, other
    return None


def _same_words(
    left_text: str, left: tuple[int, int], right_text: str, right: tuple[int, int], least: int
) -> bool:
    """Whether the clauses of two spans hold the same content words, names too, ``least`` or
    more of them."""
    words = _event_words(left_text, left, names=True)
    return len(words) >= least and words == _event_words(right_text, right, names=True)


def one_event(
    left_text: str, left_span: tuple[int, int], right_text: str, right_span: tuple[int, int]
) -> bool:
    """Whether two clock times date one event: the clauses they stand in share a content word,
    a capitalised one too when it names a thing of the scene ("going west in his Bentley
    about 1:30 a.m." / "driving his Bentley at about 1:00 am", "on state Route 52 just after
    2:30 a.m." / "shortly after 2 a.m. on State Route 52"). A time is said of a scene, and what
    places it there (a car, a road) is often a name; other names (a person, a place, an
    agency) and every name shared by the clauses of two days ("LuAnn Marie Johnson was struck
    Wednesday" / "Police identified the victim on Thursday as LuAnn Marie Johnson") are what
    the story is about, so days share only lower-case words (``_same_event``)."""
    return bool(
        _event_words(left_text, left_span, clock=True)
        & _event_words(right_text, right_span, clock=True)
    )


def _event_words(
    text: str, span: tuple[int, int], clock: bool = False, names: bool = False
) -> frozenset[str]:
    """Keys of the lower-case content words of the clause (between commas, colons, dashes, or
    an "and") that holds the span; of a day's possessive, the words of what it names; with
    ``names``, capitalised words too.

    Of a day, a phrase right after it is left out (``_PHRASE_AFTER``), and so are the words
    nearer another time of the clause (a weekday, a month, a year, "last week"), as that time
    dates them: in "a man who was fired last week ...
    walked into his former office with a shotgun on Monday", Monday dates the walk, not the
    firing; in "A jury on Tuesday convicted a man charged in an April 2007 shooting at a Troy
    accounting firm", Tuesday dates no shooting at a firm. Of a ``clock`` time, a day or a
    year beside it dates the same moment ("1:00 am Sunday"), and the capitalised words that
    name a thing of the scene count too (``_of_the_scene``)."""
    if date := _DATE_BEFORE.search(text, max(0, span[0] - 16), span[0]):
        span = (date.start(), span[1])  # "on March 4, 2023": the year's clause is the date's
    if weekday := _WEEKDAY_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        span = (weekday.start(), span[1])  # "on Friday, March 8": the date's clause is Friday's
    # Searched from before the span, not up to it: cut at the span, "after" before "2 a.m."
    # would see no figure. Within EVENT_REACH, so a sentence of a thousand dates and no
    # punctuation costs each of them a window, not the whole sentence.
    start = max(0, span[0] - EVENT_REACH)
    for clause_end in _CLAUSE_END.finditer(text, start):
        if clause_end.end() > span[0]:
            break
        start = clause_end.end()
    following = _FOLLOWING_END.search(text, span[1], span[1] + EVENT_REACH)
    end = following.start() if following else min(len(text), span[1] + EVENT_REACH)
    if text.startswith(("'s ", "’s "), span[1]):
        # "Sunday's playoff game": the day dates the game, whatever the clause says happened.
        start = span[1] + 3
        named_end = _POSSESSED_END.search(text, start, end)
        end = named_end.start() if named_end else end
    if not clock and _PHRASE_AFTER.match(text, span[1], end):
        end = span[1]  # "charged Saturday with murder", "in court Monday on a charge of murder"
    clause = text[start:end]
    others = () if clock else _other_times(clause, start, span)
    return frozenset(
        token.key
        for token in WORDS.tokens(clause)
        if token.content
        and (
            names
            or clause[token.start : token.start + 1].islower()
            or (clock and _of_the_scene(text, start + token.start, start + token.end))
        )
        and not span[0] <= start + token.start < span[1]
        and token.word not in _WHEN_WORDS
        and not _nearer_another(start + token.start, span, others)
    )


_OWNED_BEFORE = re.compile(r"\b(?i:his|her|their|its|my|our|your)[ ](?:[\w-]{1,20}[ ])?$")

_NUMBER_AFTER = re.compile(r"[ ]\d")


def _of_the_scene(text: str, at: int, end: int) -> bool:
    """Whether a capitalised word names a thing of a clock time's scene: one owned ("his 2008
    Bentley", "driving his Bentley") or numbered ("State Route 52", "Interstate 805"). Other
    names ("Jackson", "Sumatra", "the USGS") are what the whole story is about, said of each of
    its events: "Police said Jackson failed sobriety tests after 2 a.m." and "booked Jackson
    into jail at about 3:30 a.m." are two events."""
    return (
        _NUMBER_AFTER.match(text, end) is not None
        or _OWNED_BEFORE.search(text, max(0, at - 32), at) is not None
    )


_PHRASE_AFTER = re.compile(r"[ ](?:on|with|of|for)[ ]")
"""A phrase right after a day, which says what the act dated was on or with, not what
happened: "appeared in court Monday on a charge of murder" and "was charged Saturday with
murder" share the charge, not the act, so a day's clause ends before it."""

_OTHER_TIME = re.compile(
    rf"\b(?i:(?:last|this|next|previous)[ ](?:week|month|year|weekend|night)"
    rf"|{'|'.join(WEEKDAYS)}|yesterday|today|tomorrow|tonight)\b"
    rf"|\b(?:{MONTH_NAMES})\b|\b{YEAR_DIGITS}\b(?!{THINGS_AFTER})"
)
"""Times that may date another event in a day's clause: a day, a month, a year, "last week"."""


def _other_times(clause: str, start: int, span: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans in the text of the times of a clause (at ``start`` in it) other than ``span``."""
    found = ((start + m.start(), start + m.end()) for m in _OTHER_TIME.finditer(clause))
    # A weekday right beside a date is that date's day ("on Friday 8 March", "Friday, March 8").
    return tuple(
        at
        for at in found
        if (at[1] <= span[0] or at[0] >= span[1])
        and not (0 <= span[0] - at[1] <= BESIDE or 0 <= at[0] - span[1] <= BESIDE)
    )


BESIDE = 2
"""Characters between two times that make them one ("Friday, March 8")."""

_WEEKDAY_BEFORE = re.compile(
    r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),[ ]$"
)
"""A weekday and a comma right before a date: the date's day, not a clause of its own."""

_DATE_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?[ ][0-3]?\d(?:st|nd|rd|th)?,[ ]$")
"""A month's day and a comma right before a year: the year of that date ("March 4, 2023")."""


def _nearer_another(at: int, span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Whether a word at ``at`` is inside another time, or nearer one than the span."""
    own = min(abs(at - span[0]), abs(at - span[1]))
    return any(a <= at < b or min(abs(at - a), abs(at - b)) < own for a, b in others)


_WHEN_WORDS = frozenset(
    "around about approximately roughly nearly almost just shortly after before early late".split()
)
"""Words that place a time, not an event: "around 6 p.m." and "around 4 p.m." share no event."""
