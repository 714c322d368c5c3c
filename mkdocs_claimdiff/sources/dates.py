"""Recognise the few date shapes news sites and front matter use, and turn them into ISO dates.

Every outlet prints dates its own way ("Dec. 11, 2024 3:18 PM", "11 December 2024"), and front
matter holds every timestamp YAML knows ("2024-12-11 10:00:00+01", read as the text it is:
``meta``); comparing articles needs one form.
Candidates are validated with ``datetime`` so "February 30" is not a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_TIME = (
    r"(?:(?:T|,?\s+(?:at\s+)?)(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d(?:\.\d*)?)?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-](?:0?\d|1[0-4])(?::?[0-5]\d)?|(?-i:[A-Z]{2,4})\b))?)?"
)
"""A time of day after a date: hours to 23, minutes and seconds to 59, an offset to 14 hours
("25:00" or "+99:00" is no time, so no date: helper-169's audit)."""

_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"

_NOT_DIGIT = re.compile(r"\D")
_DATE = re.compile(
    rf"(?P<iso>(?P<y>{_YEAR})(?P<isep>[-/])(?P<m>[01]?\d)(?P=isep)(?P<d>[0-3]?\d))"
    rf"|{_WEEKDAY}(?P<mdy>(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}))"
    rf"|{_WEEKDAY}(?P<dmy>(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>{_YEAR}))"
    rf"|(?P<num>(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y3>{_YEAR}))",
    re.IGNORECASE,
)
_DATE_IN_TEXT = re.compile(rf"(?<![\w-])(?:{_DATE.pattern}){_TIME}(?![\w-])", re.IGNORECASE)
# Matched against text stripped of its spaces: a pattern starting with ``\s*`` would retry a long
# run of spaces from each of its positions.
_WHOLE_DATE = re.compile(rf"(?:{_DATE.pattern}){_TIME}", re.IGNORECASE)
# Every branch of ``_DATE`` holds a year: a line without one is turned away at a fraction of the
# cost of trying each branch of ``_DATE_IN_TEXT`` from every position.
_YEAR_ANYWHERE = re.compile(_YEAR)

_WRITTEN_TIME = re.compile(
    rf"(?<![\w-])(?:{_WEEKDAY}(?P<mdy>(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}))"
    rf"|{_WEEKDAY}(?P<dmy>(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>{_YEAR})))"
    r"[\s,|·•–-]{1,6}(?:at\s{1,3})?(?P<hour>[01]?\d|2[0-3])(?P<separator>[:.])(?P<minute>[0-5]\d)"
    r"(?::[0-5]\d)?(?:\s{0,2}(?P<half>[ap])\.?m\b\.?)?(?![\w:])",
    re.IGNORECASE,
)
"""A date written with its month's name and a time of day, as bylines show them: "Dec 23, 2023
5:06pm PT", "December 22, 2023 10:00 PM", "23 December 2023, 17:06"."""


def normalise_date(value: object) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` if it is a date written as text, else None.

    Text must be a date and nothing else, apart from a time of day after it.
    """
    if not isinstance(value, str):
        return None
    match = _WHOLE_DATE.fullmatch(value.strip())
    return _iso(match) if match else None


def ambiguity(value: object) -> str | None:
    """Say why a numeric date such as ``11/12/2024`` was not read, or None if it is not one.

    Outlets in the US write month/day and most others day/month; guessing would silently put an
    article a month off in the story's timeline, so the user is asked to write ``YYYY-MM-DD``.
    """
    match = _WHOLE_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None or not match["num"] or _iso(match):
        return None
    year, first, second = int(match["y3"]), int(match["a"]), int(match["b"])
    try:
        readings = [dt.date(year, month, day) for month, day in ((second, first), (first, second))]
    except ValueError:
        return None
    return " or ".join(f"{day.day} {day:%B %Y}" for day in readings)


def find_date(text: str) -> tuple[str, int, int] | None:
    """Find the first valid date in a longer line (a byline): ISO date, start and end offsets.

    The span includes a time of day printed after the date, so cutting it out of a byline
    leaves only the words around it.
    """
    if not _YEAR_ANYWHERE.search(text):
        return None
    for match in _DATE_IN_TEXT.finditer(text):
        iso = _iso(match)
        if iso:
            return iso, match.start(), match.end()
    return None


def written_times(text: str) -> Iterator[tuple[dt.datetime, tuple[int, int]]]:
    """Every date and time of day ``text`` writes in words, as written (no zone is read), with
    where it stands."""
    for match in _WRITTEN_TIME.finditer(text):
        month, day, year = (
            (match["m1"], match["d1"], match["y1"])
            if match["mdy"]
            else (match["m2"], match["d2"], match["y2"])
        )
        hour, half = int(match["hour"]), (match["half"] or "").lower()
        if (half and not 1 <= hour <= 12) or (match["separator"] == "." and not half):
            continue  # "13:06 PM"; "17.06 million" (a time with a dot has its "p.m.")
        try:
            written = dt.datetime(
                int(year),
                _MONTHS[month[:3].lower()],
                int(_NOT_DIGIT.sub("", day)),
                hour % 12 + 12 if half == "p" else hour % 12 if half else hour,
                int(match["minute"]),
            )
        except ValueError:  # "February 30"
            continue
        yield written, match.span()


def _iso(match: re.Match[str]) -> str | None:
    """Build and validate the date of a ``_DATE`` match; None for impossible or ambiguous days."""
    if match["iso"]:
        year, month, day = match["y"], int(match["m"]), match["d"]
    elif match["mdy"]:
        year, month, day = match["y1"], _MONTHS[match["m1"][:3].lower()], match["d1"]
    elif match["dmy"]:
        year, month, day = match["y2"], _MONTHS[match["m2"][:3].lower()], match["d2"]
    else:
        first, second = int(match["a"]), int(match["b"])
        if first <= 12 and second <= 12 and first != second:
            return None
        year, month, day = match["y3"], min(first, second), str(max(first, second))
    try:
        return dt.date(int(year), month, int(_NOT_DIGIT.sub("", day))).isoformat()
    except ValueError:
        return None
