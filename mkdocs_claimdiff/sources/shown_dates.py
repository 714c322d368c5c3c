"""The date a page shows its readers for a time it declares.

A page often declares when it was published as a time in UTC ("2023-12-23T03:22:07Z") and shows
it in its own zone, in a ``<time>`` element ("2023-12-22T22:22:07-0500") or in the words of its
byline ("December 22, 2023 10:22PM EST"). Late in an American evening or early in an Australian
morning the two fall on different days, and the reader, like the outlet, goes by the date shown."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .dates import written_times

_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?"
    r"[ ]?(Z|[+-]\d{2}:?\d{2})"
)
"""A time with its zone: "2023-12-23T03:22:07Z", "2023-12-22T22:22:07-0500", "...+05:30"."""


def _instant(value: str) -> tuple[dt.datetime, dt.timedelta] | None:
    """The time ``value`` opens with, as written, and its offset from UTC; None without one."""
    found = _STAMP.match(value.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    try:
        written = dt.datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0)
        )
    except ValueError:
        return None
    if zone == "Z":
        return written, dt.timedelta(0)
    sign = 1 if zone[0] == "+" else -1
    return written, sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:]))


def shown_date(declared: str, tree: Any) -> str | None:
    """The ISO date the page shows its readers for the time ``declared``, when that differs
    from the date it declares, else None.

    Shown is what a ``<time datetime>`` of the page gives for the very same instant in a zone
    of its own (only for a time declared in UTC), else the date of the page's first byline
    that writes a date and time of day in words, when that is the same instant in a zone
    ("Dec 23, 2023 5:06pm PT" for "2023-12-24T01:06:51Z"; "Dec 19, 2023 3:57 AM", shown in
    UTC, for "2023-12-18T22:57-05:00").
    """
    declared_instant = _instant(declared)
    if declared_instant is None:
        return None
    written, offset = declared_instant
    try:
        utc = written - offset
    except OverflowError:
        return None
    if not offset:
        for element in tree.iter("time"):
            local = _instant(element.get("datetime") or "")
            if local is not None and local[1] and _same_instant(local, utc):
                return local[0].date().isoformat()
    return _date_in_words(utc, tree, _ZONE_OFFSETS if not offset else frozenset({offset, _UTC}))


_UTC = dt.timedelta(0)

_ZONE_OFFSETS = frozenset(
    [dt.timedelta(hours=hours) for hours in range(-12, 15)]
    + [dt.timedelta(minutes=minutes) for minutes in (-570, -210, -150, 210, 270, 330, 390, 570)]
    + [dt.timedelta(minutes=minutes) for minutes in (345, 525, 630, 765, 825)]
)
"""The offsets from UTC that zones use (tzdata's, summer time included): the whole hours from
-12 to +14, the half hours of Newfoundland, Iran, Afghanistan, India, Myanmar, the Marquesas
and central Australia, and Nepal's, Eucla's, Lord Howe's and the Chatham Islands' odd ones."""

_LATEST = max(_ZONE_OFFSETS)

_SHOWN_TEXT = (
    "//body//text()[{years}][not(ancestor::script or ancestor::style or ancestor::template)]"
)
"""The page's text that shows readers a date of one of ``years``."""

_BYLINE = 80
"""Characters of an element's text that a byline's date takes at most ("Published Dec 21, 2023
<span>11:00 pm EST</span>"): a longer text is prose, whose dates and times are of the news
("The curfew began on December 7, 2024 at 23:00")."""


def _date_in_words(utc: dt.datetime, tree: Any, offsets: frozenset[dt.timedelta]) -> str | None:
    """The date of the page's first byline that writes a date and time of day in words, when
    that is ``utc`` at one of ``offsets`` (a zone's, or a page declaring its own zone's or
    UTC's), and at the offset of the zone the byline names after it ("5:06pm PT"), else None:
    the first byline is the article's (a later one may date a related story, a comment), and
    one of an update ("Updated Dec 23, 2023 10:00 AM") is passed over (helper-201's review).

    Only the text that holds a year that instant may fall in locally is read: reading all of a
    page's text for dates cost a tenth of a page's reading."""
    minute = utc.replace(second=0, microsecond=0)
    try:
        years = sorted({str((utc + offset).year) for offset in (-_LATEST, _LATEST)})
    except OverflowError:  # a time at the calendar's ends: no page shows it
        return None
    holds = " or ".join(f"contains(., '{year}')" for year in years)
    for node in tree.xpath(_SHOWN_TEXT.format(years=holds)):
        shown = _byline(node)
        found = next(written_times(shown), None) if shown else None
        if found is None or _PROSE.search(shown[: found[1][0]] + shown[found[1][1] :]):
            continue  # no date and time, or one the news tells in a sentence
        if _UPDATE.search(shown):
            continue
        local, (_, end) = found
        named = _ZONE_NAMED.match(shown, end)
        allowed = offsets & _NAMED_ZONES[named.group(1).upper()] if named else offsets
        return local.date().isoformat() if local - minute in allowed else None
    return None


_UPDATE = re.compile(r"(?i)\b(?:updated?|modified|edited|revised)\b")

_NAMED_ZONES = {
    name: frozenset(dt.timedelta(hours=hours) for hours in offsets)
    for name, offsets in {
        "ET": (-5, -4),
        "EST": (-5,),
        "EDT": (-4,),
        "CT": (-6, -5),
        "CST": (-6,),
        "CDT": (-5,),
        "MT": (-7, -6),
        "MST": (-7,),
        "MDT": (-6,),
        "PT": (-8, -7),
        "PST": (-8,),
        "PDT": (-7,),
        "GMT": (0,),
        "UTC": (0,),
        "BST": (1,),
        "CET": (1,),
        "CEST": (2,),
        "AEST": (10,),
        "AEDT": (11,),
        "JST": (9,),
    }.items()
} | {"IST": frozenset({dt.timedelta(hours=5, minutes=30), dt.timedelta(hours=1)})}
"""The zones bylines name after a time, by their offsets from UTC: a byline's time is the
declared instant only at its named zone's ("10:00 AM EST" is no "10:00" of another zone)."""

_ZONE_NAMED = re.compile(rf"[ ]?\(?({'|'.join(sorted(_NAMED_ZONES, key=len, reverse=True))})\b")


_PROSE = re.compile(r"[.!?](?:\s|$)|\w[.!?]\W*$")
"""What a sentence has beside its date and time and a byline not: a full stop, "!" or "?"
("The curfew began on December 7, 2024 at 23:00, police said.")."""


def _byline(node: Any) -> str:
    """The text of the element a text of the page stands in, when short enough for a byline
    (``_BYLINE``), else ""; a text after an element (its tail) alone. Read no further than a
    byline's length, so a page of many dates in one long element is read in linear time."""
    element = node.getparent()
    if not node.is_text or element is None:
        return str(node) if len(node) <= _BYLINE else ""
    read: list[str] = []
    size = 0
    for part in element.itertext():
        read.append(part)
        size += len(part)
        if size > _BYLINE:
            return ""
    return "".join(read)


def _same_instant(local: tuple[dt.datetime, dt.timedelta], utc: dt.datetime) -> bool:
    """Whether a time written in a zone is ``utc``; a time past the calendar's ends once its
    offset is taken off ("0001-01-01T00:00:00+05:30", .NET's empty date) is none."""
    try:
        return local[0] - local[1] == utc
    except OverflowError:
        return False
