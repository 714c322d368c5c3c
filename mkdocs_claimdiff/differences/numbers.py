"""Figures with their unit and what they count, conversions and parts of totals recognised."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ..model import Difference, DifferenceKind
from ..normalise import Normaliser
from .ages import age_of, ages_told, owner_named, people_named, same_person
from .agreement import Candidates, figures_of, own_figures, things_of
from .bare_figures import figures_outside
from .counted import (
    PEOPLE,
    compound_parts,
    counted_after,
    counted_before,
    counted_in_group,
    counted_things,
    head_things,
    increment_before,
    thing_group,
    what_befell,
)
from .day_clauses import one_event
from .days import a_year
from .lone_figures import lone_figure_difference
from .names import name_word
from .number_words import (
    AFTER_HUNDRED,
    CLOCK_24,
    CLOCK_PATTERN,
    CLOCK_WORDS,
    COUNTED_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SCALES,
    VAGUE_MULTIPLE,
    WORD_VALUES,
    clock_value,
    rounded_alike,
    told_as_score,
    vague_value,
    word_value,
)
from .ordinals import PLACES, ordinal
from .qualifiers import qualifier_of, told
from .ranges import as_range, as_vague_range, range_before
from .slots import (
    Additions,
    Day,
    Quantity,
    Slots,
    additions,
    ascii_lower,
    lacks,
    once_per_claim,
    word_parts,
)
from .spellings import american_spelling
from .totals import TOLLS, parts_of_total
from .units import (
    BEFORE_UNIT,
    FAHRENHEIT,
    OTHER_SIZES,
    UNIT_WORDS,
    UNITS,
    celsius,
    measured,
    pounds_of_money,
    sum_of_money,
    tolerance,
)

_MEASURE_WORDS = frozenset(UNITS) | frozenset(SCALES)
"""Words after a figure that measure it, so that it counts nothing."""

_MERIDIEM = r"(?i:[ap]\.[ ]?m\.|[ap]\.[ ]m\b|am|pm)(?!\w)"
""""a.m." or "p.m.", also as scraped text splits it ("10 a. m.", "1:30 a. m Sunday")."""

_SUFFIXES = "|".join(sorted(SCALE_SUFFIXES, key=len, reverse=True))

_QUANTITY = re.compile(
    # Not after a letter and a hyphen: "AK-47", "F-16" name a model, they count nothing.
    rf"(?<![\w.,:$£€])(?<!\d-)(?<![A-Za-z]-)(?P<currency>[$£€])?"
    # Below zero: "minus 10C", "-10C", "−10C" (not a range's second figure, "10-20", "20 -25").
    rf"(?P<minus>(?i:minus)[ ]|(?<![\w-])(?<!\d[ ])[-\u2212\u2013](?=\d))?"
    # A clock time in words ("midday"); with its minutes only before "a.m." or "p.m.": "2:30 a.m.".
    rf"(?P<value>(?:(?i:12|twelve)[ ])?(?P<noon>(?i:{CLOCK_PATTERN})\b)"
    rf"|(?P<clock>\d{{1,2}}):(?P<minutes>[0-5]\d)(?=[ ]?{_MERIDIEM})|{CLOCK_24}"
    # Thousands after a stray space opening with 0 ("2, 000ft") or before a unit ("15, 800-m").
    rf"|\d{{1,3}}(?:,(?:\d{{3}}|[ ]0\d{{2}}|[ ]\d{{3}}(?={BEFORE_UNIT})))+(?:\.\d+)?"
    rf"|\d{{1,15}}(?:\.\d{{1,15}})?"
    rf"|{VAGUE_MULTIPLE}|(?i:{COUNTED_WORDS}))"
    # Bounded: the lookahead is tried again at every shorter figure when a long one fails.
    rf"(?![\w,]{{0,40}}\d)(?!-\d)(?!:\d)"
    # A sum's scale glued to it after a sign only ("£2m", "$1.5bn"; "2m" alone is two metres).
    rf"(?(currency)(?:(?P<suffix>(?i:{_SUFFIXES}))(?!\w))?)"
    rf"(?:[ ](?P<scale>(?i:{'|'.join(SCALE_WORDS)}))\b)?"
    # "Three hundred thousand visitors" (helper-221's audit: read as no figure)
    rf"(?:(?<=(?i:hundred))[ ](?P<scale_big>(?i:{'|'.join(SCALES)}))\b)?{AFTER_HUNDRED}?"
    # "two and a half years", "one-and-a-half hours": a half more, before a unit only.
    rf"(?:(?P<half>[ -](?i:and)[ -](?i:a)[ -](?i:half))(?=[\s-]{{1,2}}(?i:{UNIT_WORDS})(?![\w/])))?"
    rf"(?:(?P<age>-(?i:years?)-old\b)"
    rf"|[\s-]{{0,2}}(?P<unit>(?i:{UNIT_WORDS}))(?![\w/])"
    rf"|(?P<time>[ ]?{_MERIDIEM}))?"
)

_QUANTITY_CUE = re.compile(
    rf"\d|(?<![\w.,:$£€])[$£€]?(?i:{COUNTED_WORDS}|{CLOCK_PATTERN})|{VAGUE_MULTIPLE}"
)
"""How every figure ``_QUANTITY`` reads starts, but for the lookbehinds that only narrow it: a
claim without one has no figure, and is passed over in one quick search."""

_QUANTITY_PARTS = word_parts((*"0123456789", *WORD_VALUES, *CLOCK_WORDS, "several", "few"))
"""A part of every match of ``_QUANTITY_CUE``, in lower case (``lacks``): a digit, a number word
(every ten of ``COUNTED_WORDS`` is one), a clock time in words or a vague multiple's word."""


def read_quantities(text: str, normaliser: Normaliser, days: Sequence[Day]) -> tuple[Quantity, ...]:
    """The figures of ``text``, but for those inside its ``days`` (``days.read_days``)."""
    if lacks(ascii_lower(text), _QUANTITY_PARTS) or not _QUANTITY_CUE.search(text):
        return ()
    ages, of_someone = ages_told(text)
    dates = {start for day in days for start in range(*day.span)}
    found: list[Quantity] = []
    for match in _figures(text, dates):
        owner = ages.get(match.start("value"))
        someone = of_someone.get(match.start("value"))
        quantity = _quantity(match, text, normaliser, owner is not None or someone is not None)
        if quantity is not None and owner is not None:
            quantity = replace(quantity, owner=name_word(owner))
        elif quantity is not None and someone is not None:
            quantity = replace(quantity, described=someone.lower())
        elif quantity is not None and match.group("age"):
            named, described = age_of(text, match.end())
            quantity = replace(quantity, owner=named, described=described)
        if quantity is None:
            continue
        if match.group("vague"):
            quantity = as_vague_range(quantity)
        previous = found[-1] if found else None
        between = text[previous.span[1] : match.start()] if previous else ""
        if previous and between.strip() == "(" and quantity.what == previous.what:
            end = match.end() + (text[match.end() : match.end() + 1] == ")")
            found[-1] = replace(
                previous,
                text=text[previous.span[0] : end],
                span=(previous.span[0], end),
                alternatives=(*previous.alternatives, quantity.value),
            )
            continue
        # A count, a measure ("two to three inches", in its unit's size) or a sum may be a range
        scale = SCALE_WORDS.get((match.group("scale") or "").lower(), 1.0) * (quantity.unit or 1)
        scale *= SCALES.get((match.group("scale_big") or "").lower(), 1.0)
        measured = bool(quantity.unit) or quantity.what == "money"
        spread = None
        if quantity.counted or measured:
            spread = range_before(text, match.start(), quantity.value, scale, measured)
        if spread is not None and spread.start in dates:
            spread = None  # "sentenced on March 7 to nine years": a date's day opens no range
        if spread is not None:  # "between 10 and 15 people": one figure, not "10" and "15"
            found = [figure for figure in found if figure.span[1] <= spread.start]
            ranged = _quantity(match, text, normaliser, False, spread.start) or quantity
            found.append(as_range(ranged, text, spread))
            continue
        bound, approximate, words = qualifier_of(text, match.start())
        approximate = approximate or quantity.approximate
        found.append(replace(quantity, bound=bound, approximate=approximate, qualifier=words))
    return tuple(found)


def _figures(text: str, dates: set[int]) -> Iterator[re.Match[str]]:
    """The figures ``_QUANTITY`` reads outside dates; "March 3, 500 acres" gives 500 acres."""
    for match in _QUANTITY.finditer(text):
        comma = match.group("value").find(", ")
        if match.start("value") not in dates:
            yield match
        elif comma > 0 and (again := _QUANTITY.match(text, match.start("value") + comma + 2)):
            yield again


@once_per_claim
def _additions(slots: Slots) -> Additions:
    """The ``adds`` of each figure of the claim, in the order of its figures."""
    return additions((told(q), q.what, q.span) for q in slots.quantities)


def _quantity(
    match: re.Match[str], text: str, normaliser: Normaliser, age: bool, opened: int | None = None
) -> Quantity | None:
    """The figure ``match`` reads, or None; ``opened`` is where a range it ends starts, before
    which a verb says what befell those it counts ("killed between 10 and 15 people")."""
    raw = match.group("value").lower()
    if match.group("noon"):
        hour = CLOCK_WORDS[match.group("noon").lower()]  # "12 noon" is noon
        return Quantity(match.group(), match.span(), hour, "time", frozenset())
    in_words = vague_value(raw) if match.group("vague") else word_value(raw)
    word = in_words is not None
    if match.group("hours"):  # "at 14:30"; "the score stood at 21:17" is none
        if told_as_score(text, match.start()):
            return None
        value = clock_value(match.group("hours"), match.group("minutes_24"))
        return Quantity(match.group(), match.span(), value, "time", frozenset())
    if match.group("clock"):
        value = clock_value(match.group("clock"), match.group("minutes"))
    else:
        value = in_words if in_words is not None else float(raw.replace(",", "").replace(" ", ""))
    if match.group("suffix"):
        value *= SCALE_SUFFIXES[match.group("suffix").lower()]
    if match.group("scale"):
        value *= SCALE_WORDS[match.group("scale").lower()]
    if match.group("scale_big"):
        value *= SCALES[match.group("scale_big").lower()]
    if match.group("half"):  # "two and a half years" (helper-215's audit: no figure)
        value += 0.5
    if match.group("plus"):  # "two hundred and fifty (thousand)"
        value += word_value(match.group("plus").lower()) or 0
        value *= SCALES.get((match.group("scale_after") or "").lower(), 1.0)
    span = (match.start(), match.end())
    shown = match.group().strip()
    unit = (match.group("unit") or "").lower()
    if match.group("age") or age:
        return Quantity(shown, span, value, "age", frozenset())
    if match.group("time"):
        if "." in raw and len(raw.split(".")[1]) == 2:
            value = int(value) + int(raw.split(".")[1]) / 60  # "2.30am" is half past two
        hour = value % 12 + (12 if "p" in match.group("time").lower() else 0)
        hour = round(hour * 60) / 60  # in whole minutes, as ``clock_value`` ("22:40")
        return Quantity(shown, span, hour, "time", frozenset())
    if (
        unit in FAHRENHEIT
        and match.group("unit") == "F"
        and match.start("unit") > match.end("value")
    ):
        unit = ""  # "3 F grades", "on 5 F": a grade or a floor; "40F" is a temperature
    if unit in UNITS and not ((unit == "m" and word) or pounds_of_money(unit, text, *span)):
        dimension, size = measured(unit, text, match.end(), hyphened="-" in shown)
        if dimension == "temperature":
            value, rounded = celsius(-value if match.group("minus") else value, unit)
            return Quantity(shown, span, value, dimension, frozenset(), alternatives=rounded)
        other = tuple(value * size for size in OTHER_SIZES.get(unit, ()))  # imperial gallons
        return Quantity(shown, span, value * size, dimension, frozenset(), other, unit=size)
    if money := sum_of_money(text, span, value, bool(match.group("currency"))):
        return money  # "$4 million a year", "84,000 euros"
    if text[match.end("value") : match.end("value") + 1].isalpha():  # "76ers", "3D": a name
        return ordinal(text, match.start(), match.end("value"), value)  # or "the 87th minute"
    if a_year(raw, value, text, match.end()):
        return None  # "the 2009 season", "in 2009": a year (``days``), not a count
    counted = counted_after(text, match.end(), value != 1, _MEASURE_WORDS)
    if not counted and value > 1 and word:  # "Three of the injured"; not "Chapter 2 of the act"
        counted = counted_in_group(text, match.end(), _MEASURE_WORDS)
    if _NO_ONE.search(text, max(0, match.start() - 4), match.start()):
        return None  # "No one was injured" counts nobody: the negations oppose it
    start = match.start() if opened is None else opened
    if value != 1 and increment_before(text, start):  # not "another one"
        counted = "more"  # "another two men", "a further two": an increment, as "two more men"
    befell = what_befell(text, start, span[1]) if not counted or counted in PEOPLE else ""
    if befell:  # "Six were injured", "Eight people were injured": both count the injured
        counted = befell
    if word and not counted:
        # "arrested three on Friday", "a group of three": what the words before say it counts
        counted = counted_before(text, start, match.end())
        if not counted:
            return None  # "one of the party", "the two deaths were not related": no figure
    spelt = american_spelling(counted)  # "cooling centres" counts "cooling centers"
    keys = frozenset(
        {
            " and ".join(
                " ".join(normaliser.key(word) for word in group.split())
                for group in spelt.split(" and ")
            )
        }
        if counted
        else ()
    )
    if befell:
        keys |= {befell}  # as written too, for its group of related words ("hurt", "injured")
    counted_too, head = compound_parts(spelt)
    if counted_too:
        keys |= {normaliser.key(counted_too)}  # "21 crew members" count the crew
    head_key = normaliser.key(head) if head else ""
    return Quantity(shown, span, value, counted or "figure", keys, head=head_key)


_NO_ONE = re.compile(r"(?i:\bno|\bnot)[ ]$")
""""No" or "not" right before a figure: "No one was injured", "not one person" count nobody."""


def number_differences(first: Slots, second: Slots) -> list[Difference]:
    """Figures of the same dimension (or counting the same thing) that disagree; figures whose
    dimension the other claim does not give at all are ``adds``. Each figure is looked up among
    the other claim's figures that count the same things (``Candidates``), so the work grows
    with the figures, not with their pairs."""
    others = second.quantities
    if not first.quantities and not others:
        return []  # most matches
    added, added_too = _additions(first).as_first, _additions(second).as_second
    if not first.quantities or not others:
        return [*added, *added_too]  # nothing to index or look up
    found: list[Difference] = []
    named_first, named_second = people_named(first), people_named(second)
    usable = [owner_named(other, named_first) for other in others]
    candidates = figures_of(second) if all(usable) else Candidates(others, usable, tolerance)
    parted: set[int] = set()
    settable: list[bool] | None = None  # worked out when first needed (most matches never do)
    for at, quantity in enumerate(first.quantities):
        if not owner_named(quantity, named_second) or not candidates.any_for(quantity):
            found.append(added[at])
            continue
        if candidates.agree_with(quantity, tolerance(quantity)):
            continue
        if quantity.counted and quantity.value in figures_outside(second):
            continue  # "two crew members" / "21 crew included two who were hurt"
        parts = parts_of_total(quantity, first, second)
        if parts is not None:
            parted.update(parts)
            continue
        if settable is None:
            # A figure of the other claim that this one gives too ("32 million now, 55.3
            # million a decade ago" against "55.3 million"; ``OwnFigures``), or gives bare ("11
            # seasons ... and seven" against "seven seasons"), is no figure this one
            # disagrees with.
            own, bare = own_figures(first), figures_outside(first)
            settable = [
                not (own.give(other) and not _toll_of_another(other, first.quantities))
                and not (other.counted and other.value in bare)
                for other in others
            ]
        index = candidates.first_settable(quantity, settable)
        if index is None:
            found.append(added[at])
            continue
        other = others[index]
        if not same_person(quantity, other):  # "the 36-year-old driver" / "a 66-year-old woman"
            found.append(added[at])
            continue
        if quantity.what.partition(" ")[0] == "time" and rounded_alike(quantity, other):
            continue  # "around 7 p.m." and "at 7:01 p.m."
        if (quantity.what.partition(" ")[0] == "time" or quantity.what in PLACES) and not (
            one_event(first.claim.text, quantity.span, second.claim.text, other.span)
        ):  # "turned himself in around 6 p.m." / "entered around 4 p.m."; two goals' minutes
            continue
        # A clock time says when, as a date does: "2 a.m." against "2:30 a.m." is a date.
        kind: DifferenceKind = "date" if quantity.what.partition(" ")[0] == "time" else "number"
        shown = told(quantity), told(other)
        found.append(Difference(kind, *shown, quantity.what, quantity.span, other.span))
    # A figure of the other claim counting what none of this one counts only adds, unless it
    # is a part of a total this one gives (or counts what a figure set against it counts).
    counted, heads = things_of(first)
    either = counted | heads
    for index, other in enumerate(others):
        if index not in parted and not (
            counted_things(other) & either or head_things(other) & counted
        ):
            found.append(added_too[index])
    if len(found) == 2 and found[0].kind == found[1].kind == "adds":
        lone = lone_figure_difference(first, second)
        return [lone] if lone else found
    return found


def _toll_of_another(figure: Quantity, own: Sequence[Quantity]) -> bool:
    """Whether the claim gives the value of a toll of the other claim only as a toll of
    another outcome: "3 killed and 12 injured" against "12 killed and 3 injured" gives 12, but
    as the injured, so the 12 killed are a figure it disagrees with."""
    group = thing_group(figure.what.lower())
    if group not in TOLLS:
        return False
    same = [quantity for quantity in own if quantity.value == figure.value]
    return bool(same) and all(
        thing_group(quantity.what.lower()) in TOLLS - {group} for quantity in same
    )
