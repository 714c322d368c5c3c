"""Days and dates: weekdays, relative days and calendar dates, compared when they date one event."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..model import Difference
from .slots import WEEKDAYS, WORDS, Day, Slots, adds_difference, ascii_lower, lacks, word_parts

_MONTHS = (
    ("jan", "uary"),
    ("feb", "ruary"),
    ("mar", "ch"),
    ("apr", "il"),
    ("jun", "e"),
    ("jul", "y"),
    ("aug", "ust"),
    ("sep", "t?(?:ember)?"),
    ("oct", "ober"),
    ("nov", "ember"),
    ("dec", "ember"),
)
"""The months read in any case, each by its first three letters and, if written, the rest
(a pattern); "May" only with its capital, so the verb is no month. The patterns and their parts
(``_MONTH_PARTS``) are made of them, so neither is stale."""

_MAY = "May"

_MONTH_NAMES = rf"(?i:{'|'.join(f'{start}(?:{rest})?' for start, rest in _MONTHS)})|{_MAY}"

_RELATIVE_OFFSETS = {
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
}
"""The days news names by their distance from the article's, in days: "this morning" is today,
"last night" yesterday. The pattern and its parts are made of them, so neither is stale."""

_RELATIVE_DAYS = "|".join(day.replace(" ", "[ ]") for day in _RELATIVE_OFFSETS)

_CENTURIES = ("18", "19", "20")
"""The first two digits of every year read; ``_YEAR_DIGITS`` and its parts are made of them."""

_YEAR_DIGITS = rf"(?:{'|'.join(_CENTURIES)})\d\d"

_DAY_WORDS = re.compile(
    rf"\b(?i:(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<relative>{_RELATIVE_DAYS}))\b"
    rf"|\b(?P<month>{_MONTH_NAMES})\.?[ ](?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[ ](?P<month2>{_MONTH_NAMES})\b"
)


_MONTH_ONLY = re.compile(
    rf"\b(?:(?i:early|mid|late|the[ ]end[ ]of|the[ ]start[ ]of|the[ ]beginning[ ]of|in)[ -])?"
    rf"(?P<month>{_MONTH_NAMES})(?P<end>-end)?\b(?![ .,]*\d{{1,2}}\b)"
)
"""A month without a day ("early December", "November-end", "in May 2008"): read when it is
qualified, so a bare "May" stays a name."""


_THINGS_AFTER = (
    r"[ ](?!(?:was|has|is|does|says|his|its|this|thus|as|us|unless|whereas|perhaps)\b)"
    r"(?:[a-z]+s|people|men|women)\b"
)
"""A plural noun after a figure, which the figure counts: "2000 troops" is no year."""

_YEAR = re.compile(
    r"(?:\b(?i:in|since|from|by|until|till|through|to|between|and|before|after|during|early"
    rf"|late|mid)[ ]|\b(?:{_MONTH_NAMES})\.?[ ](?:[0-3]?\d(?:st|nd|rd|th)?,?[ ])?"
    rf"|(?<={_YEAR_DIGITS})[-\u2013])"
    rf"(?P<year>{_YEAR_DIGITS})\b(?![-\u2013]\d{{1,3}}\b|[.,]\d|%|{_THINGS_AFTER}"
    r"|[ ](?i:gmt|utc|hours|hrs|local[ ]time)\b)"
)
"""A year as a time, told by what stands before it ("in 1990", "since 1987", "from 1990 to
1991", "Feb. 4, 2009", "2002-2003"), not a count of that many ("to 2000 troops") nor a season
("the 2009-10 season"), a clock ("until 1900 GMT") or a phone number ("555-1990"); "of"
is no cue ("a crowd of 2000")."""

_COUNTS_THINGS = re.compile(_THINGS_AFTER)


def counts_things(text: str, end: int) -> bool:
    """Whether the figure that ends at ``end`` counts the plural noun after it ("2000
    troops"): a figure that looks like a year is then a count."""
    return _COUNTS_THINGS.match(text, end) is not None


_DAY_CUE = re.compile(
    rf"\b(?:{_MONTH_NAMES}|(?i:{'|'.join(WEEKDAYS)}|{_RELATIVE_DAYS})"
    rf"|{_YEAR_DIGITS})(?!\w)"
)
"""What every match of ``_DAY_WORDS``, ``_MONTH_ONLY`` and ``_YEAR`` has in it, read with the
same case folding: a month, a weekday, a relative day or a year as a word of its own. A claim
without one names no day, and most claims are passed over in one quick search."""

_MONTH_PARTS = word_parts((*(start for start, _ in _MONTHS), _MAY.lower()))
"""A part of every month ``_MONTH_NAMES`` reads, in lower case (``lacks``): its first three
letters. Every match of ``_MONTH_ONLY`` has one."""

_YEAR_PARTS = word_parts(_CENTURIES)
"""The first two digits of every year ``_YEAR`` reads."""

_DAY_WORD_PARTS = word_parts((*_MONTH_PARTS, *WEEKDAYS, *_RELATIVE_OFFSETS))
"""A part of every match of ``_DAY_WORDS``, in lower case: a month's, a weekday, a relative
day."""

_DAY_PARTS = word_parts((*_DAY_WORD_PARTS, *_YEAR_PARTS))
"""A part of every match of ``_DAY_CUE``, in lower case."""


def _weekday_of(relative: str, published: str | None) -> str | None:
    """The weekday a relative day names in an article published on ``published`` (ISO), or
    None without a date, or for a word the pattern took in that is no key once lower-cased
    ("yeſterday": the pattern ignores case, and folds "ſ" to "s" where ``lower`` does not).
    Counted on the week, not the calendar: "tomorrow" of 9999-12-31 is a weekday too."""
    offset = _RELATIVE_OFFSETS.get(relative)
    try:
        day = dt.date.fromisoformat(published or "")
    except ValueError:
        return None
    return None if offset is None else WEEKDAYS[(day.weekday() + offset) % 7]


def read_days(text: str, published: str | None = None) -> tuple[Day, ...]:
    """The days a claim names. A relative day ("yesterday") is the weekday it names when the
    article's date is known, so it is compared with the other claim's weekday."""
    lowered = ascii_lower(text)
    if lacks(lowered, _DAY_PARTS) or not _DAY_CUE.search(text):
        return ()
    found = [
        Day(match.group(), match.span(), match.group("month").lower()[:3], "month")
        for match in _found(_MONTH_ONLY, text, lowered, _MONTH_PARTS)
        if match.group() != match.group("month")
    ]
    for match in _found(_DAY_WORDS, text, lowered, _DAY_WORD_PARTS):
        span = (match.start(), match.end())
        if match.group("weekday"):
            found.append(Day(match.group(), span, match.group().lower(), "day"))
        elif match.group("relative"):
            relative = match.group().lower()
            weekday = _weekday_of(relative, published)
            if weekday:
                shown = f"{match.group()} ({weekday.capitalize()})"
                found.append(Day(shown, span, weekday, "day"))
            else:
                found.append(Day(match.group(), span, relative, "relative day"))
        else:
            month = (match.group("month") or match.group("month2")).lower()[:3]
            day = int(match.group("day") or match.group("day2"))
            found.append(Day(match.group(), span, f"{month} {day}", "date"))
    for match in _found(_YEAR, text, lowered, _YEAR_PARTS):
        found.append(Day(match.group("year"), match.span("year"), match.group("year"), "year"))
    return tuple(found)


def _found(
    pattern: re.Pattern[str], text: str, lowered: str | None, parts: Sequence[str]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, not searched for where the text (``lowered`` by
    ``ascii_lower``) lacks the parts of every match (``lacks``): a claim that names a weekday
    mostly names no month nor year."""
    return iter(()) if lacks(lowered, parts) else pattern.finditer(text)


def day_differences(first: Slots, second: Slots) -> list[Difference]:
    """Weekdays against weekdays and dates against dates; a relative day ("yesterday") is set
    against a weekday only as the weekday its article's date makes it, and not at all
    without one."""
    found: list[Difference] = []
    if not first.days and not second.days:
        return found  # most pairs: no day on either side
    for what in ("day", "date", "month", "year"):
        left, left_keys = first.days_by_kind.get(what, _NO_DAYS)
        right, right_keys = second.days_by_kind.get(what, _NO_DAYS)
        if left and right and left_keys.isdisjoint(right_keys):
            shared = YEAR_SHARED_WORDS if what == "year" else 1
            clash = _same_event(first.claim.text, left, second.claim.text, right, shared)
            if clash:
                one, other = clash
                found.append(Difference("date", one.text, other.text, what, one.span, other.span))
        elif left and not right and not second.days and not _written_in(left[0], second):
            found.append(adds_difference(left[0].text, "", what, left[0].span, None))
        elif right and not left and not first.days and not _written_in(right[0], first):
            found.append(adds_difference("", right[0].text, what, None, right[0].span))
    return found


_NO_DAYS: tuple[tuple[Day, ...], frozenset[str]] = ((), frozenset())
"""``Slots.days_by_kind`` of a kind the claim names no day of."""

_YEAR_WRITTEN = re.compile(rf"(?<![\w.,]){_YEAR_DIGITS}(?!\w|[.,]\d)")
"""A year as a word of its own, wherever it stands ("during its 2015 military intervention")."""


def _written_in(day: Day, other: Slots) -> bool:
    """Whether the other claim writes the year too where it is read as none ("during its 2015
    military intervention" against "in 2015"): it adds nothing."""
    return day.what == "year" and day.key in _YEAR_WRITTEN.findall(other.claim.text)


YEAR_SHARED_WORDS = 2
"""Lower-case content words the clauses of two years must share to date one event: a year spans
many events of one kind ("won a Tony Award in 2004", "won an Emmy ... in 2005"), where a day's
clauses sharing one word ("foiled") is enough."""

_OTHER_EVENT = (
    r"[,;:()\u2013\u2014]|--|[ ](?:and|because)[ ]"
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


def _same_event(
    left_text: str, left: Sequence[Day], right_text: str, right: Sequence[Day], shared: int = 1
) -> tuple[Day, Day] | None:
    """Two days that date one event: the clauses they stand in share a lower-case content word
    ("on Thursday foiled a piracy attempt", "foiled a pirate attack ... on Friday"). A claim
    may date another event than the one both claims share ("police identified her on
    Thursday" against "she was struck ..., around 7 p.m. Wednesday"): those are not set
    against each other."""
    theirs = [(other, _event_words(right_text, other.span)) for other in right[:DAYS_READ]]
    for one in left[:DAYS_READ]:
        words = _event_words(left_text, one.span)
        for other, their_words in theirs:
            if len(words & their_words) >= shared:
                return one, other
    return None


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


def _event_words(text: str, span: tuple[int, int], clock: bool = False) -> frozenset[str]:
    """Keys of the lower-case content words of the clause (between commas, colons, dashes, or
    an "and") that holds the span; of a day's possessive, the words of what it names.

    Of a day, a phrase right after it is left out (``_PHRASE_AFTER``), and so are the words
    nearer another time of the clause (a weekday, a month, a year, "last week"), as that time
    dates them: in "a man who was fired last week ...
    walked into his former office with a shotgun on Monday", Monday dates the walk, not the
    firing; in "A jury on Tuesday convicted a man charged in an April 2007 shooting at a Troy
    accounting firm", Tuesday dates no shooting at a firm. Of a ``clock`` time, a day or a
    year beside it dates the same moment ("1:00 am Sunday"), and the capitalised words that
    name a thing of the scene count too (``_of_the_scene``)."""
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
            clause[token.start : token.start + 1].islower()
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
    rf"|\b(?:{_MONTH_NAMES})\b|\b{_YEAR_DIGITS}\b(?!{_THINGS_AFTER})"
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


def _nearer_another(at: int, span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """Whether a word at ``at`` is inside another time, or nearer one than the span."""
    own = min(abs(at - span[0]), abs(at - span[1]))
    return any(a <= at < b or min(abs(at - a), abs(at - b)) < own for a, b in others)


_WHEN_WORDS = frozenset(
    "around about approximately roughly nearly almost just shortly after before early late".split()
)
"""Words that place a time, not an event: "around 6 p.m." and "around 4 p.m." share no event."""
