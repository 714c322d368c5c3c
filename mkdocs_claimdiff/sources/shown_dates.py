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
    of its own (only for a time declared in UTC), else the first date and time of day the page
    writes in words that is that instant in some zone ("Dec 23, 2023 5:06pm PT" for
    "2023-12-24T01:06:51Z"; "Dec 19, 2023 3:57 AM", shown in UTC, for "2023-12-18T22:57-05:00").
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
    return _date_in_words(utc, tree)


_QUARTER_HOUR = dt.timedelta(minutes=15)
_WESTMOST, _EASTMOST = dt.timedelta(hours=-12), dt.timedelta(hours=14)
"""The offsets from UTC that zones use: whole quarter hours from -12 to +14 hours."""

_SHOWN_TEXT = (
    "//body//text()[{years}][not(ancestor::script or ancestor::style or ancestor::template)]"
)
"""The page's text that shows readers a date of one of ``years``."""

_BYLINE = 300
"""Characters of an element's text read whole for a date and time of day its parts split
("<time>Dec 21, 2023 <span>11:00 pm</span></time>")."""


def _date_in_words(utc: dt.datetime, tree: Any) -> str | None:
    """The date of the first time of day the page's text writes in words that is ``utc`` in
    some zone: its minutes are those of ``utc`` and it is a zone's offset from it. A byline's
    date of another instant (an update) is passed over.

    Only the text that holds a year that instant may fall in locally is read: reading all of a
    page's text for dates cost a tenth of a page's reading."""
    minute = utc.replace(second=0, microsecond=0)
    years = sorted({str((utc + offset).year) for offset in (_WESTMOST, _EASTMOST)})
    holds = " or ".join(f"contains(., '{year}')" for year in years)
    for node in tree.xpath(_SHOWN_TEXT.format(years=holds)):
        element = node.getparent()
        whole = element.text_content() if node.is_text and element is not None else ""
        for local in written_times(whole if len(whole) <= _BYLINE else str(node)):
            offset = local - minute
            if _WESTMOST <= offset <= _EASTMOST and not offset % _QUARTER_HOUR:
                return local.date().isoformat()
    return None


def _same_instant(local: tuple[dt.datetime, dt.timedelta], utc: dt.datetime) -> bool:
    """Whether a time written in a zone is ``utc``; a time past the calendar's ends once its
    offset is taken off ("0001-01-01T00:00:00+05:30", .NET's empty date) is none."""
    try:
        return local[0] - local[1] == utc
    except OverflowError:
        return False
