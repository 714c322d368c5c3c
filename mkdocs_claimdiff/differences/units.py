"""Units of measure and what kind of value a figure is: which figures convert, which may be
rounded, which may be parts of a total."""

from __future__ import annotations

import re

from .number_words import ZONED_TIME
from .slots import Quantity

CONVERSION_TOLERANCE = 0.05
"""Two measures are the same figure when they are within 5 % once in one unit: "2,000 feet"
is 609.6 m, which outlets round to "600 metres" or "609 metres"."""

UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("ft", "feet", "foot"), ("distance", 0.3048)),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), ("distance", 1.0)),
    **dict.fromkeys(
        ("km", "kilometre", "kilometres", "kilometer", "kilometers"), ("distance", 1e3)
    ),
    **dict.fromkeys(
        ("cm", "centimetre", "centimetres", "centimeter", "centimeters"), ("distance", 0.01)
    ),
    **dict.fromkeys(
        ("mm", "millimetre", "millimetres", "millimeter", "millimeters"), ("distance", 0.001)
    ),
    **dict.fromkeys(("inch", "inches"), ("distance", 0.0254)),
    **dict.fromkeys(("mile", "miles", "mi"), ("distance", 1609.344)),
    **dict.fromkeys(("yard", "yards", "yd"), ("distance", 0.9144)),
    **dict.fromkeys(("mph", "miles per hour", "miles an hour"), ("speed", 1.609344)),
    **dict.fromkeys(("kph", "km/h"), ("speed", 1.0)),
    **dict.fromkeys(
        (f"{km} {per} hour" for km in ("kilometres", "kilometers") for per in ("per", "an")),
        ("speed", 1.0),
    ),
    **dict.fromkeys(("%", "percent", "per cent"), ("share", 1.0)),
    **dict.fromkeys(("kg", "kilograms", "kilogrammes"), ("weight", 1.0)),
    **dict.fromkeys(("lb", "lbs", "pounds"), ("weight", 0.4536)),
    **dict.fromkeys(("gram", "grams", "grammes"), ("weight", 0.001)),
    **dict.fromkeys(("tonnes", "tons"), ("weight", 1000.0)),
    **dict.fromkeys(("second", "seconds", "secs"), ("duration", 1.0)),
    **dict.fromkeys(("minute", "minutes", "mins"), ("duration", 60.0)),
    **dict.fromkeys(("hour", "hours", "hrs"), ("duration", 3600.0)),
    **dict.fromkeys(("day", "days"), ("duration", 86400.0)),
    **dict.fromkeys(("week", "weeks"), ("duration", 604800.0)),
    **dict.fromkeys(("month", "months"), ("duration", 2629800.0)),
    **dict.fromkeys(("year", "years"), ("duration", 31557600.0)),
    **dict.fromkeys(("c", "°c", "celsius", "degrees celsius"), ("temperature", 1.0)),
    **dict.fromkeys(("f", "°f", "fahrenheit", "degrees fahrenheit"), ("temperature", 1.0)),
    # An area, also as the adjective before what it measures ("a 2,000-square-foot home").
    **dict.fromkeys(
        (f"square{joint}{foot}" for joint in " -" for foot in ("feet", "foot")), ("area", 0.0929)
    ),
    **dict.fromkeys(("sq ft", "sq. ft.", "sq. ft"), ("area", 0.0929)),
    **dict.fromkeys(
        (
            f"square{joint}{metre}"
            for joint in " -"
            for metre in ("metre", "metres", "meter", "meters")
        ),
        ("area", 1.0),
    ),
    **dict.fromkeys(
        (f"square{joint}{mile}" for joint in " -" for mile in ("mile", "miles")), ("area", 2.59e6)
    ),
    **dict.fromkeys(
        (
            f"square{joint}{km}"
            for joint in " -"
            for km in ("kilometre", "kilometres", "kilometer", "kilometers")
        ),
        ("area", 1e6),
    ),
    **dict.fromkeys(("acre", "acres"), ("area", 4046.86)),
    # A volume in cubic metres; a gallon is the US one (an imperial gallon is a fifth more).
    **dict.fromkeys(("litre", "litres", "liter", "liters"), ("volume", 0.001)),
    **dict.fromkeys(("gallon", "gallons"), ("volume", 0.003785)),
    **dict.fromkeys(
        (f"cubic {metre}" for metre in ("metre", "metres", "meter", "meters")), ("volume", 1.0)
    ),
    **dict.fromkeys(("cubic foot", "cubic feet"), ("volume", 0.0283168)),
    **dict.fromkeys(("hectare", "hectares"), ("area", 1e4)),
}

OTHER_SIZES = dict.fromkeys(("gallon", "gallons"), (0.004546,))
"""Other sizes a unit is written for, which a figure in it may be read as: an imperial gallon,
a fifth more than the US one ("10,000 gallons" of a British outlet is 45,000 litres)."""

UNIT_WORDS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
"""The units, as a pattern (matched case-insensitively), longest first."""

BEFORE_UNIT = rf"[\s-]{{0,2}}(?i:{UNIT_WORDS})(?![\w/])"
"""What comes between a figure and its unit, and the unit."""

FAHRENHEIT = frozenset(("f", "°f", "fahrenheit", "degrees fahrenheit"))
"""Units of a temperature read in Celsius, with the Celsius figures an outlet would print for
it (``celsius``): a temperature is compared exactly, no conversion's 5 % allowed ("38C" and
"40C" disagree), so it is no ``CONVERTIBLE`` dimension."""

DIMENSIONS = frozenset(dimension for dimension, _ in UNITS.values())
CONVERTIBLE = frozenset(
    dimension
    for dimension in DIMENSIONS
    if len({size for name, size in UNITS.values() if name == dimension}) > 1
)
"""Measures written in more than one unit (distance, weight, ...): only their figures may be
rounded conversions of each other. A count, an age, a share or a sum of money is exact: "48
dead" and "49 dead" disagree."""

NOT_SUMMED = frozenset({"age", "time", "money"})
UNSUMMED = NOT_SUMMED | DIMENSIONS
"""Figures that are never parts of a total: ages, times, sums and measures."""


APPROXIMATION_TOLERANCE = 0.1
"""How far a figure told as an approximation ("about 100") may be from another and agree with
it ("98 people"): a tenth, so "about 100" is not "80", nor "about 5,000 square metres" "3,000"."""

EXACT = frozenset({"age", "time", ZONED_TIME})
"""Figures an approximation does not widen: an age told "about 40" is still one age, and a
clock time "around 7 p.m." is one time told in round figures (``numbers``)."""


def conversion_tolerance(quantity: Quantity) -> float:
    """Two measures are one figure within a conversion's rounding; counts are exact. A measure
    written as a small whole number of its unit was rounded to that unit: "a two-mile zone" is
    anything from 1.5 to 2.5 miles, and "3km" (1.86 miles) one of them (helper-212's audit)."""
    if measure(quantity.what) == "money":
        return _rounded_sum(quantity.value)
    if measure(quantity.what) not in CONVERTIBLE:
        return 0.0
    told = quantity.value / quantity.unit if quantity.unit else 0.0
    if 0 < told <= ROUNDED_UNITS and told.is_integer():
        return max(CONVERSION_TOLERANCE, 0.5 / told)
    return CONVERSION_TOLERANCE


def _rounded_sum(value: float) -> float:
    """A sum told in whole millions or billions, ten at least, may be a sum rounded to them:
    "£14million" is an outlet's "£14.2m" (helper-224's audit), while "2 billion" is no "2.5
    billion", and "£14,500" is as written."""
    for scale in (1e9, 1e6):
        whole = value / scale
        if whole >= ROUNDED_SCALES and whole.is_integer():
            return 0.45 / whole  # short of half a million: "£14.5m" is no "£14m"
    return 0.0


ROUNDED_SCALES = 10
"""Whole millions (or billions) from which a sum is read as rounded to the million: below it a
half million is a fifth or more of the sum."""

ROUNDED_UNITS = 20
"""Whole numbers of a unit up to which a measure is read as rounded to the unit: past them a
figure is as often exact ("155 mm"), and a conversion's 5 % stands."""


def tolerance(quantity: Quantity) -> float:
    """``conversion_tolerance``, widened for a figure told as an approximation."""
    share = conversion_tolerance(quantity)
    if quantity.approximate and quantity.what not in EXACT:
        return max(share, APPROXIMATION_TOLERANCE)
    return share


def measure(what: str) -> str:
    """The dimension of a figure's ``what`` ("duration" of "duration of deal", "money" of
    "money a year"); of a count, its counted word's first."""
    return what.split(" ", 1)[0]


_DESCRIBED = re.compile(r"[ ]([a-z]+)\b")
"""The noun after a duration joined to its unit by a hyphen, which it measures: "a three-year
deal" is the deal's length, never set against "two years left" on it or "three weeks after"."""

_FROM_A_PLACE = re.compile(
    r"(?:[ ]\([^()]{0,40}\)|\))?[ ](?:(?i:(?:north|south)(?:-?(?:east|west))?|east|west)"
    r"(?i:ward)?[ ]of\b|(?i:away[ ])?(?i:from|outside(?:[ ]of)?)[ ][A-Z]\w*\b(?![ ]to\b))"
)
"""A compass direction and "of", or "from" or "outside" and a name, after a distance (and its
conversion in brackets, or after the conversion itself): it says where something is from a
place ("about 15 miles (24 kilometers) north of Detroit", "15 miles from Tehran"), not how far
anything went ("chased him for 30 miles", "drove 30 miles from Troy to Flint")."""


def measured(unit: str, text: str, end: int, hyphened: bool) -> tuple[str, float]:
    """The dimension and size of a figure's ``unit`` (which ends at ``end`` of ``text``): a
    duration joined to its unit by a hyphen is that of the noun after it ("a three-year deal":
    "duration of deal"), a distance before a compass direction, or before "from" or "outside"
    and a name, is a distance from a place (``_FROM_A_PLACE``); each is set only against a
    figure of the same."""
    dimension, size = UNITS[unit]
    if dimension == "duration" and hyphened and (described := _DESCRIBED.match(text, end)):
        return f"duration of {described.group(1)}", size
    if dimension == "distance" and _FROM_A_PLACE.match(text, end):
        return "distance from a place", size
    return dimension, size


def celsius(value: float, unit: str) -> tuple[float, tuple[float, ...]]:
    """A temperature in degrees Celsius, and for one in Fahrenheit the Celsius figures an outlet
    would print for it (to the whole degree, to a tenth): "40F (4C)", "100F (37.8C)"."""
    if unit not in FAHRENHEIT:
        return value, ()
    exact = (value - 32) * 5 / 9
    return exact, (float(round(exact)), round(exact, 1))


_RATE = re.compile(r"[ ](?i:a|an|per|each)[ ](year|season|month|week|day|hour)\b")
"""A sum paid by the year (the season, ...): "$4 million a year", set only against such rates."""

_CURRENCY_WORD = re.compile(
    r"[ ]((?i:euros?|dollars?|kronor|krona|kroner|yen|yuan|rupees|pesos|francs|roubles|rubles))"
    r"(?![\w’'-])"
)
"""A currency named after a sum ("84,000 euros"). Pounds are a unit of weight too, which a
figure's own match takes; ``pounds_of_money`` tells when they are a sum (``_POUNDS``)."""

_SUM_BEFORE = re.compile(
    r"\b(?i:reward|fine|fined|worth|cost|costs|costing|paid|pay|pays|salary|compensation|prize"
    r"|price|budget|funding|bonus|bail|damages|donated|donation|raised|owed|debt|fee|fees"
    r"|spent|spend|sum)\b(?:[ ](?:of|at|to|about|around|nearly|almost|some|over|more[ ]than"
    r"|up[ ]to)){0,2}[ ]$"
)
"""Words right before a figure of pounds that make them a sum: "a reward of 10,000 pounds",
"fined 500 pounds", "worth about 2 million pounds" (helper-203's audit)."""

_SUM_AFTER = re.compile(r"[ ](?i:sterling)\b|[ ]?\((?i:about|around|roughly|some|or)?[ ]?[$€]")
"""Words after pounds that make them a sum: "sterling", a conversion "(about $13,300)"."""


_OF_GOODS = re.compile(r"[ ]of\b")
"""What pounds weigh: "300 pounds of clothing"."""

_POUNDS = re.compile(r"[ ]((?i:pounds?))$")
"""Pounds that end a figure's match, as its unit would: "10,000 pounds"."""


def pounds_of_money(unit: str, text: str, start: int, end: int) -> bool:
    """Whether the pounds of a figure (at ``start``, its unit ending at ``end``) are a sum of
    money: the words right before or after say so. Else pounds weigh ("a 10,000-pound bomb",
    "weighed 200 pounds")."""
    if unit not in ("pound", "pounds") or _OF_GOODS.match(text, end):
        return False  # "donated 300 pounds of clothing" weighs (helper-205's review)
    return bool(_SUM_BEFORE.search(text, max(0, start - 40), start) or _SUM_AFTER.match(text, end))


_CURRENCIES = {
    "$": "dollar",
    "£": "pound",
    "€": "euro",
    **dict.fromkeys(("euro", "euros"), "euro"),
    **dict.fromkeys(("dollar", "dollars"), "dollar"),
    **dict.fromkeys(("kronor", "krona", "kroner"), "krona"),
    **dict.fromkeys(("rouble", "roubles", "ruble", "rubles"), "rouble"),
    "yen": "yen",
    "yuan": "yuan",
    "rupees": "rupee",
    "pesos": "peso",
    "francs": "franc",
    **dict.fromkeys(("pound", "pounds"), "pound"),
}
"""Each sign and name of a currency, as one currency: a sum is set only against sums of its
currency ("€48,000" / "84,000 euros"), since one in another is most often a conversion
("$2 million" / "1.5 million euros", "95 million kronor" / "€8.6 million"; helper-197's audit
and helper-199's review)."""


def sum_of_money(text: str, span: tuple[int, int], value: float, signed: bool) -> Quantity | None:
    """The sum of money a figure at ``span`` is, written with a currency's sign (``signed``) or
    followed by its name, as a rate when a period follows; else None. What it counts is its
    currency."""
    # pounds that are a sum end the figure's own match, as a unit would ("10,000 pounds")
    named = None if signed else _CURRENCY_WORD.match(text, span[1]) or _POUNDS.search(text, *span)
    if not signed and named is None:
        return None
    end = named.end() if named else span[1]
    currency = _CURRENCIES[named.group(1).lower() if named else text[span[0]]]
    rate = _RATE.match(text, end)
    period = f" a {rate.group(1).lower()}" if rate else ""  # a rate only against rates
    shown = text[span[0] : end]
    return Quantity(shown, (span[0], end), value, f"money{period}", frozenset({currency + period}))
