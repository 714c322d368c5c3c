"""The date a page shows its readers for a time it declares in UTC.

A page often declares when it was published as a time in UTC ("2023-12-23T03:22:07Z") and shows
it in its own zone in a ``<time>`` element ("2023-12-22T22:22:07-0500": "December 22, 2023
10:22PM EST"). Late in an American evening or early in an Australian morning the two fall on
different days, and the reader, like the outlet, goes by the date shown."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

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
    """The ISO date the page shows for ``declared`` when that is a time in UTC and a ``<time
    datetime>`` of the page gives the very same instant in a zone of its own, else None."""
    utc = _instant(declared)
    if utc is None or utc[1]:
        return None
    for element in tree.iter("time"):
        local = _instant(element.get("datetime") or "")
        if local is not None and local[1] and _same_instant(local, utc[0]):
            return local[0].date().isoformat()
    return None


def _same_instant(local: tuple[dt.datetime, dt.timedelta], utc: dt.datetime) -> bool:
    """Whether a time written in a zone is ``utc``; a time past the calendar's ends once its
    offset is taken off ("0001-01-01T00:00:00+05:30", .NET's empty date) is none."""
    try:
        return local[0] - local[1] == utc
    except OverflowError:
        return False
