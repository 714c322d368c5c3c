"""Figures written in words, as news writes counts below a hundred: "six", "seventeen",
"Twenty-four", "thirty one". The matcher reads a few number words as digits
(``normalise.NUMBER_WORDS``); the differences read all of these, so "Twenty-four people were
killed" is set against "Twenty-six" rather than passed over. Also how else news writes a
figure's size: the scales glued to a sum ("£2m"), and clock times told in round figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..normalise import NUMBER_WORDS
from .slots import Quantity

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Words that multiply the figure before them ("2 million"); alone they count nothing here."""

SCALE_WORDS = {"hundred": 1e2, **SCALES}
"""Every word that multiplies the figure before it: "Two hundred people" are 200 people ("a
hundred" alone is a figure too, ``WORD_VALUES``)."""

SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12} | SCALES
"""The scales news writes glued to a sum: "£2m", "$1.5bn", "€300k", "£30million" (a tabloid's
way; helper-218's audit: read as £30)."""

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

WORD_VALUES: dict[str, float] = {
    **{word: float(value) for word, value in NUMBER_WORDS.items() if word not in SCALES},
    **{word: float(13 + at) for at, word in enumerate(_TEENS)},
    **{word: float(20 + 10 * at) for at, word in enumerate(_TENS)},
}
"""The value of each number word that is a figure on its own."""

COUNTED_WORDS = (
    rf"(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)})(?!\w))?"
    + "|"
    + "|".join(sorted(WORD_VALUES, key=len, reverse=True))
)
"""A figure in words, as a pattern (matched case-insensitively): a ten joined to a one by a
hyphen or a space ("twenty-four", "thirty one"), or a word of ``WORD_VALUES``, longest first."""


_BELOW_HUNDRED = (
    rf"(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)})(?!\w))?"
    + "|"
    + "|".join(sorted([*_TEENS, *_ONES, "ten", "eleven", "twelve"], key=len, reverse=True))
)
"""A figure below a hundred in words, as a pattern (matched case-insensitively)."""

AFTER_HUNDRED = (
    rf"(?:(?<=(?i:hundred))[ ](?i:and[ ])?(?P<plus>(?i:{_BELOW_HUNDRED}))(?!\w)(?![ ](?i:hundred))"
    rf"(?:[ ](?P<scale_after>(?i:{'|'.join(SCALES)}))\b)?)"
)
"""The tens and ones that go on after "hundred", and a larger scale after them: "two hundred
and fifty", "a hundred and twenty", "two hundred fifty", "two hundred and fifty thousand" (not
"one hundred and two hundred": a range's two ends)."""

_VAGUE_SCALES = {**SCALE_WORDS, "dozen": 12.0}

VAGUE_MULTIPLE = rf"(?P<vague>(?i:several|a[ ]few)[ ](?i:{'|'.join(_VAGUE_SCALES)}))"
"""Some dozens (hundreds, thousands, ...), told vaguely: "several hundred", "a few thousand",
"several dozen"."""

VAGUE_MULTIPLES = (2.0, 9.0)
"""How many hundreds (thousands, ...) ``VAGUE_MULTIPLE`` may mean, the least and the most:
"several hundred" is a range from 200 to 900, which "about 300" falls in and "2,000" does
not."""


def vague_value(raw: str) -> float:
    """The least value of a vague multiple (``VAGUE_MULTIPLE``, lower case): "several hundred"
    is at least 200."""
    return VAGUE_MULTIPLES[0] * _VAGUE_SCALES[raw.split()[-1]]


def word_value(raw: str) -> float | None:
    """The value of a figure in words (lower case, as ``COUNTED_WORDS`` reads it), else None."""
    words = raw.replace("-", " ").split()
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return WORD_VALUES[words[0]] + _ONES.index(words[1]) + 1
    return WORD_VALUES.get(raw)


CLOCK_WORDS = {"noon": 12.0, "midday": 12.0, "midnight": 0.0}
"""Clock times in words, as hours since midnight: "just after midday" is "just after 12 p.m."."""

CLOCK_PATTERN = "|".join(CLOCK_WORDS)
"""A clock time in words, as a pattern (matched case-insensitively)."""


_BEFORE_CLOCK = "at by from until till around about before after since to and between".split()

CLOCK_24 = (
    "(?:"
    + "|".join(rf"(?<=\b{cue}[ ])" for word in _BEFORE_CLOCK for cue in (word, word.capitalize()))
    + ")"
    r"(?P<hours>0\d|1[3-9]|2[0-3]):(?P<minutes_24>[0-5]\d)"
)
"""A time only the 24-hour clock writes, after a word that says it is a time ("at 14:30",
"until 09:00", "At 22:40"): its hours are 00 to 09 or 13 to 23, since "at 10:30" may be at
night ("at 10:30 Friday night" is no morning time; two such times are not compared, though
they differ in either half of the day); "the 3:16 verse" is none."""


_SCORED = re.compile(r"\b(?i:scores?|scored|scoreline|ratio|odds|tied)\b")
"""Words before a pair of figures joined by a colon that make it a score or a ratio ("the score
stood at 21:17", "odds were cut to 10:11"), no time."""

_SCORE_REACH = 40
"""Characters before a 24-hour time searched for those words."""


_SCORE_AT = re.compile(r"\b(?i:led|leading|trailed|trailing|tied)[ ]at[ ]$")
"""A side's standing right before the figures: "Germany led at 14:12" ("level", "ahead" and
"behind" are as often a river's, a market's or a train's: "the highest level at 14:30")."""


def told_as_score(text: str, start: int) -> bool:
    """Whether the figures at ``start`` ("21:17") are a score or a ratio (``_SCORED``,
    ``_SCORE_AT``)."""
    before = max(0, start - _SCORE_REACH)
    return bool(_SCORED.search(text, before, start) or _SCORE_AT.search(text, before, start))


def clock_value(hours: str, minutes: str) -> float:
    """A clock time as hours since midnight, in whole minutes: "14", "30" is 14.5."""
    return (int(hours) * 60 + int(minutes)) / 60


CLOCK_ROUNDING = 5
"""Two clock times this many minutes apart or closer, one of them told in round figures (on the
hour or the half hour, or "about" a time of five minutes: ``_round``), are one time: "around 7
p.m." and "7:01 p.m." agree, as do "about 4:50 p.m." and "4:52 p.m."; "about 1:00 am" and
"about 1:30 a.m." do not, nor do two exact times ("2:45 p.m." and "2:49 p.m.")."""


def rounded_alike(first: Quantity, second: Quantity) -> bool:
    """Whether two clock times (``value``: hours since midnight) are one time, one told in round
    figures (``CLOCK_ROUNDING``); "11:58 p.m." and "12 a.m." are two minutes apart. In whole
    minutes, so that "1:06" and "7:06" are as far from the hour."""
    first_minute, second_minute = round(first.value * 60), round(second.value * 60)
    apart = abs(first_minute - second_minute) % (24 * 60)
    return min(apart, 24 * 60 - apart) <= CLOCK_ROUNDING and (
        _round(first, first_minute) or _round(second, second_minute)
    )


def _round(time: Quantity, minute: int) -> bool:
    return minute % 30 == 0 or (time.approximate and minute % CLOCK_ROUNDING == 0)


_ZONE_AFTER = re.compile(r"[ ]?(?:GMT|UTC)\b(?![+-]\d)")
"""A time zone right after a figure: "0952 GMT", "09.52 GMT"."""

_ZONED_CLOCK = re.compile(r"(?P<hours>[01]\d|2[0-3])[.:]?(?P<minutes>[0-5]\d)")

ZONED_TIME = "time (GMT)"
"""What a clock time a zone follows tells: a moment set only against another told in GMT or
UTC, never against a local time ("4:52 a.m." / "0952 GMT"; "11pm BST" / "2200 GMT")."""


def zoned_times(text: str, found: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """The figures of a claim with those a time zone follows read as clock times of that zone
    (``ZONED_TIME``): "0952 GMT" against "09.52 GMT" was a number difference (helper-190's
    audit), and against a local time a time difference (helper-192's review)."""
    kept: list[Quantity] = []
    for quantity in found:
        if not _ZONE_AFTER.match(text, quantity.span[1]):
            kept.append(quantity)
            continue
        if quantity.what == "time":  # "9:52 a.m. GMT", "10pm GMT" (helper-194's review)
            kept.append(replace(quantity, what=ZONED_TIME))
            continue
        clock = _ZONED_CLOCK.fullmatch(quantity.text)
        if clock is None:
            kept.append(quantity)
            continue
        value = clock_value(clock.group("hours"), clock.group("minutes"))
        kept.append(replace(quantity, value=value, what=ZONED_TIME, counted=frozenset()))
    return tuple(kept)
