"""Days and dates: weekdays, relative days and calendar dates, compared when they date one event."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..model import Difference
from .calendar_words import CENTURIES, MAY, MONTH_NAMES, MONTHS, THINGS_AFTER, YEAR_DIGITS
from .day_clauses import same_event
from .slots import WEEKDAYS, Day, Slots, adds_difference, ascii_lower, lacks, word_parts

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

_DAY_WORDS = re.compile(
    rf"\b(?i:(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<relative>{_RELATIVE_DAYS}))\b"
    rf"|\b(?P<month>{MONTH_NAMES})\.?[ ](?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[ ](?P<month2>{MONTH_NAMES})\b"
)


_MONTH_ONLY = re.compile(
    r"\b(?:(?i:early|mid|late|the[ ]end[ ]of|the[ ]start[ ]of|the[ ]beginning[ ]of|in"
    r"|(?:last|next)(?=[ -]\w+\b(?![ ](?-i:[A-Z]))))[ -])?"
    rf"(?P<month>{MONTH_NAMES})(?P<end>-end)?\b(?![ .,]*\d{{1,2}}\b)(?<!May(?=[ ][A-Z]))"
)
"""A month without a day ("early December", "November-end", "in May 2008", "last October"):
read when it is qualified, so a bare "May" stays a name, and not before a capitalised word
("the last March on Washington", "the last May Ball"; helper-189's review)."""


_YEAR = re.compile(
    r"(?:\b(?i:in|since|from|by|until|till|through|to|between|and|before|after|during|early"
    rf"|late|mid)[ ]|\b(?:{MONTH_NAMES})\.?[ ](?:[0-3]?\d(?:st|nd|rd|th)?,?[ ])?"
    rf"|(?<={YEAR_DIGITS})[-\u2013])"
    rf"(?P<year>{YEAR_DIGITS})\b(?![-\u2013]\d{{1,3}}\b|[.,]\d|%|{THINGS_AFTER}"
    r"|[ ](?i:gmt|utc|hours|hrs|local[ ]time)\b)"
)
"""A year as a time, told by what stands before it ("in 1990", "since 1987", "from 1990 to
1991", "Feb. 4, 2009", "2002-2003"), not a count of that many ("to 2000 troops") nor a season
("the 2009-10 season"), a clock ("until 1900 GMT") or a phone number ("555-1990"); "of"
is no cue ("a crowd of 2000"). Nor after an article: "a 2019 geological survey" dates a
survey, but "built for the 2012 Olympics" and "overturns the 1973 decision" date another
event than the claim's (helper-204's review)."""

_COUNTS_THINGS = re.compile(THINGS_AFTER)


def a_year(raw: str, value: float, text: str, end: int) -> bool:
    """Whether a figure as written (``raw``, its ``value`` ending at ``end``) is a year, 1800
    to 2099 in four digits as ``_YEAR`` reads one, that counts no plural noun after it: "the
    2009 season" and "in 2009" give a year, "2000 troops" a count, "2000 million" none."""
    year = raw.isascii() and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2099
    return year and _COUNTS_THINGS.match(text, end) is None


_DAY_CUE = re.compile(
    rf"\b(?:{MONTH_NAMES}|(?i:{'|'.join(WEEKDAYS)}|{_RELATIVE_DAYS})"
    rf"|{YEAR_DIGITS})(?!\w)"
)
"""What every match of ``_DAY_WORDS``, ``_MONTH_ONLY`` and ``_YEAR`` has in it, read with the
same case folding: a month, a weekday, a relative day or a year as a word of its own. A claim
without one names no day, and most claims are passed over in one quick search."""

_MONTH_PARTS = word_parts((*(start for start, _ in MONTHS), MAY.lower()))
"""A part of every month ``MONTH_NAMES`` reads, in lower case (``lacks``): its first three
letters. Every match of ``_MONTH_ONLY`` has one."""

_YEAR_PARTS = word_parts(CENTURIES)
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
    if published and not any(day.what == "day" for day in found):
        found.extend(_dated_days(text, found, published))
    return tuple(found)


DATED_DAY = "weekday of a date"
"""The kind of the weekday a date falls on in the year around its article's date: set only
against a weekday the other claim names ("on Monday" / "on Nov. 3", helper-187's audit), never
told as a detail only one claim gives (the date is)."""

_MONTH_NUMBERS = {
    short: number
    for number, short in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}


_OTHER_YEAR = re.compile(r"\b(?i:last|next|previous|the[ ]following)[ ]year\b")


def _dated_days(text: str, found: list[Day], published: str) -> list[Day]:
    """The weekday of each date of a claim, in the year that puts it nearest its article's date
    (a story of December 30 may tell of January 2); none for a claim that names a year other
    than the article's, or says "last year", whose dates are of another year."""
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return []
    if any(other.what == "year" and other.key != str(day.year) for other in found):
        return []
    if _OTHER_YEAR.search(text):
        return []  # "Nov. 6 last year" (helper-189's review)
    dated = []
    for date in (other for other in found if other.what == "date"):
        short, number = date.key.split()
        nearest = None
        for year in (day.year - 1, day.year, day.year + 1):
            with contextlib.suppress(ValueError):
                candidate = dt.date(year, _MONTH_NUMBERS[short], int(number))
                if nearest is None or abs(candidate - day) < abs(nearest - day):
                    nearest = candidate
        if nearest is not None:
            weekday = WEEKDAYS[nearest.weekday()]
            shown = f"{date.text} ({weekday.capitalize()})"
            dated.append(Day(shown, date.span, weekday, DATED_DAY))
    return dated


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
        # A weekday against the weekday of a date, when the weekday's claim names no date: "died
        # on Monday, missing since Oct. 20" dates two events (helper-192's review).
        named = first if left else second
        if what == "day" and bool(left) != bool(right) and "date" not in named.days_by_kind:
            dated_left = left or first.days_by_kind.get(DATED_DAY, _NO_DAYS)[0]
            dated_right = right or second.days_by_kind.get(DATED_DAY, _NO_DAYS)[0]
            if dated_left and dated_right:
                clash = same_event(
                    first.claim.text, dated_left, second.claim.text, dated_right, 1, False
                )
                if clash and clash[0].key != clash[1].key:
                    one, other = clash
                    found.append(
                        Difference("date", one.text, other.text, what, one.span, other.span)
                    )
                continue
        if left and right:
            # A day both name agrees, and hides no other whose clause says the same ("closed
            # on 3 March and reopened ..." / "closed on 5 March and reopened ...").
            left_own = [day for day in left if day.key not in right_keys]
            right_own = [day for day in right if day.key not in left_keys]
            shared = YEAR_SHARED_WORDS if what == "year" else 1
            alike = len(left_own) < len(left)
            text, other_text = first.claim.text, second.claim.text
            clash = same_event(text, left_own, other_text, right_own, shared, alike)
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

_YEAR_WRITTEN = re.compile(rf"(?<![\w.,]){YEAR_DIGITS}(?!\w|[.,]\d)")
"""A year as a word of its own, wherever it stands ("during its 2015 military intervention")."""


def _written_in(day: Day, other: Slots) -> bool:
    """Whether the other claim writes the year too where it is read as none ("during its 2015
    military intervention" against "in 2015"): it adds nothing."""
    return day.what == "year" and day.key in _YEAR_WRITTEN.findall(other.claim.text)


YEAR_SHARED_WORDS = 2
"""Lower-case content words the clauses of two years must share to date one event: a year spans
many events of one kind ("won a Tony Award in 2004", "won an Emmy ... in 2005"), where a day's
clauses sharing one word ("foiled") is enough."""
