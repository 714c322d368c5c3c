"""What two matched claims state differently, slot by slot, with both values.

A reader of the comparison wants to know which matched rows disagree and on what: "5 vs 24 dead",
"Friday vs Saturday", "wearing vs not wearing crampons". Comparing the words of the two sentences
says nothing of that: one outlet writes "200ft", another "200 feet" or "60 metres (200 feet)";
one names "Inspector Dave Gaskin", the other "Gaskin"; one sentence gives a figure the other
leaves out, which says less but does not disagree. So each claim is read into slots (quantities
with their unit and what they count, days and times, people and places, the cited source, the
hedge, the polarity of what is said) and the slots are compared as values, not as words.

Every difference names its kind (``number``, ``date``, ``name``, ``source``, ``hedge``,
``negation``) and both values; a detail that only one claim gives is ``adds``, shown to a reader
but no disagreement. Every pattern here is linear in its input: no unbounded repetitions that can
overlap each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from .claims import names_an_outlet
from .model import Claim, Difference
from .normalise import NUMBER_WORDS, RELATED_WORD_GROUPS, STOPWORDS, Normaliser, Token

CONVERSION_TOLERANCE = 0.05
"""Two measures are the same figure when they are within 5 % once in one unit: "2,000 feet"
is 609.6 m, which outlets round to "600 metres" or "609 metres"."""
SPELLING_LIKENESS = 0.8
"""Two different surnames this alike (difflib ratio) are one name spelt two ways ("Rait",
"Raite"), which a reader should check, not two people."""

# Units, each with its dimension and its size in that dimension's base unit.
_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("ft", "feet", "foot"), ("distance", 0.3048)),
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), ("distance", 1.0)),
    **dict.fromkeys(
        ("km", "kilometre", "kilometres", "kilometer", "kilometers"), ("distance", 1e3)
    ),
    **dict.fromkeys(("mile", "miles", "mi"), ("distance", 1609.344)),
    **dict.fromkeys(("yard", "yards", "yd"), ("distance", 0.9144)),
    **dict.fromkeys(("mph",), ("speed", 1.609344)),
    **dict.fromkeys(("kph", "km/h"), ("speed", 1.0)),
    **dict.fromkeys(("%", "percent", "per cent"), ("share", 1.0)),
    **dict.fromkeys(("kg", "kilograms", "kilogrammes"), ("weight", 1.0)),
    **dict.fromkeys(("lb", "lbs", "pounds"), ("weight", 0.4536)),
    **dict.fromkeys(("tonnes", "tons"), ("weight", 1000.0)),
    **dict.fromkeys(("minute", "minutes", "mins"), ("duration", 60.0)),
    **dict.fromkeys(("hour", "hours", "hrs"), ("duration", 3600.0)),
    **dict.fromkeys(("day", "days"), ("duration", 86400.0)),
    **dict.fromkeys(("week", "weeks"), ("duration", 604800.0)),
    **dict.fromkeys(("month", "months"), ("duration", 2629800.0)),
    **dict.fromkeys(("year", "years"), ("duration", 31557600.0)),
    **dict.fromkeys(("c", "°c"), ("temperature", 1.0)),
}
_DIMENSIONS = frozenset(dimension for dimension, _ in _UNITS.values())
_NOT_SUMMED = frozenset({"age", "time", "money"})
_OUTCOMES = frozenset("dead killed died injured wounded hurt missing".split())
"""What a count of people may say happened to them: "3 dead and 2 injured" are no parts of
"5 dead", so counts of two different outcomes are never summed."""
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_COUNTED_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in _SCALES), key=len)[::-1])
_UNIT_WORDS = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
# A figure: digits (with thousands separators or a decimal part) or a number word, an optional
# scale ("2.5 million"), then either an age ("36-year-old"), a unit ("200ft", "60 metres") or
# nothing. Each part is bounded or separated by a fixed character, so no two repetitions
# compete for the same characters.
_QUANTITY = re.compile(
    # Not after a letter and a hyphen: "AK-47", "F-16" name a model, they count nothing.
    rf"(?<![\w.,:$£€])(?<!\d-)(?<![A-Za-z]-)(?P<currency>[$£€])?"
    rf"(?P<value>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,15}}(?:\.\d{{1,15}})?|(?i:{_COUNTED_WORDS}))"
    # Bounded: the lookahead is tried again at every shorter figure when a long one fails.
    rf"(?![\w,]{{0,40}}\d)(?!-\d)(?!:\d)"
    rf"(?:[ ](?P<scale>(?i:thousand|million|billion|trillion))\b)?"
    rf"(?:(?P<age>-(?i:years?)-old\b)"
    rf"|[\s-]{{0,2}}(?P<unit>(?i:{_UNIT_WORDS}))(?![\w/])"
    rf"|(?P<time>[ ]?(?i:a\.m\.|p\.m\.|am|pm)(?!\w)))?"
)
# "Robert Buckley, 32, died", "killing Benjamin Banky, 40.": a bare figure after a name and a
# comma, closed by a comma or the sentence's end, is an age.
_AGE_AFTER_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*,[ ](\d{1,3})(?:,|\.(?!\d)|$)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "May" only capitalised: "may" is a hedge, not a month.
_MONTHS = frozenset(
    """january february march april june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec""".split()
)
"""Months as words of a name run ("May" is left out: it is a surname too)."""
_MONTH_NAMES = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May"
)
_DAY_WORDS = re.compile(
    rf"\b(?i:(?P<weekday>{'|'.join(_WEEKDAYS)})|(?P<relative>yesterday|today|tomorrow|tonight))\b"
    rf"|\b(?P<month>{_MONTH_NAMES})\.?[ ](?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[ ](?P<month2>{_MONTH_NAMES})\b"
)
_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady inspector constable sergeant sgt detective
    superintendent officer chief captain capt lieutenant lt colonel col general gen major maj
    president vice prime minister secretary senator sen governor gov mayor judge justice sheriff
    deputy police spokesman spokeswoman spokesperson commander cmdr admiral adm king queen prince
    princess pope rev reverend father brother sister coach pilot local senior""".split()
)
_PLACE_HEADS = frozenset(
    """glacier mount mt lake river street st avenue ave road rd park hut bivvy saddle valley
    island islands bay gulf sea ocean county city town village province state district airport
    base hospital station bridge peak range""".split()
)
_THING_HEADS = frozenset(
    """award awards prize prizes fellowship fellowships medal medals grant grants trophy cup
    scholarship honour honor order title championship festival foundation fund university
    college school institute association society council committee commission agency ministry
    department office company corporation corp inc ltd group bank party club team league
    clinic centre center theatre theater magazine newspaper court navy army force forces guard
    patrol service command government administration""".split()
)
"""Last words that make a capitalised run a thing, not a person: "MacArthur Fellowship" and
"MacArthur Genius Award" name one honour as written two ways, not two people."""
_POLICE = frozenset(
    """police cops nypd investigators detectives inspector constable sergeant detective
    superintendent sheriff officer officers authorities""".split()
)
_GENERIC_SOURCE_WORDS = frozenset(
    """a an the one two some several many other multiple local his her their its outlet's
    outlet source sources official officials spokesman spokeswoman spokesperson statement release
    people person persons witness witnesses insider insiders analyst analysts document documents
    report reports media outlets said says told""".split()
)
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there here
    but and or so yet still however meanwhile moreover instead earlier later now then last in on
    at as after before when while if although though since because during for with some many
    most both all one no not what who why how by from until""".split()
)
# A capitalised word, with its capitalised hyphenated parts ("Aoraki-Mount") but not its
# lower-case ones ("New Zealand-born" names New Zealand).
_CAPITALISED = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’']*)*")
# Contractions written without their apostrophe ("I cant speak") are negations too.
_NEGATORS = frozenset(
    "not no never without nor neither none cant dont didnt wont isnt wasnt arent werent".split()
)
_POSITIVE_DEGREE = frozenset("well sufficiently adequately properly fully".split())
_NEGATIVE_DEGREE = frozenset(
    "insufficiently inadequately poorly badly ill under-equipped improperly".split()
)
_FILLERS = frozenset("be been being was were is are has had have yet still also even".split())
_RELATED = {word: group for group in RELATED_WORD_GROUPS for word in group.split()}


@dataclass(frozen=True)
class Quantity:
    """A figure of a claim: its value in a base unit, its dimension or what it counts."""

    text: str
    span: tuple[int, int]
    value: float
    what: str
    """"distance", "age", "time" or the counted word ("climbers", "pirates")."""
    counted: frozenset[str]
    """Keys of the words a bare count counts, to pair "three climbers" with "3 climbers"."""
    alternatives: tuple[float, ...] = ()
    """Conversions given beside it: "60 metres (200 feet)"."""


@dataclass(frozen=True)
class Day:
    """A day a claim names: a weekday, a relative day or a calendar date."""

    text: str
    span: tuple[int, int]
    key: str
    what: str


@dataclass(frozen=True)
class Entity:
    """A person or a place a claim names, without the titles before it."""

    text: str
    span: tuple[int, int]
    words: tuple[str, ...]
    place: bool


@dataclass(frozen=True)
class Polarity:
    """A word said with a negation or a degree: "not wearing", "insufficiently equipped"."""

    text: str
    span: tuple[int, int]
    key: str
    following: str
    """The key of the next content word ("crampon" after "not wearing")."""
    negative: bool
    what: str
    """The word said yes or no to, with what follows it: "wearing crampons"."""


@dataclass(frozen=True)
class Slots:
    """What a claim states, slot by slot."""

    claim: Claim
    quantities: tuple[Quantity, ...]
    days: tuple[Day, ...]
    entities: tuple[Entity, ...]
    polarities: tuple[Polarity, ...]
    stated: dict[tuple[str, str], tuple[str, tuple[int, int]]]
    """Content words said without a negation, by their key and the key of the next content
    word ("wear", "crampon"), with their text and span: what "not wearing crampons" is opposed
    to. The next word keeps "could not be rescued" from opposing "a rescue helicopter"."""


WORDS = Normaliser()
"""Keys of the words slots are compared by (stems: "wearing"/"wore", "climbers"/"climber").
The story's aliases are left out on purpose: they equate places and governments, which are
not what a figure counts nor what a negation denies."""


def compare_claims(left: Claim, right: Claim) -> tuple[Difference, ...]:
    """Every difference between two matched claims, disagreements first, then ``adds``."""
    return compare_slots(read_slots(left, WORDS), read_slots(right, WORDS))


def compare_slots(first: Slots, second: Slots) -> tuple[Difference, ...]:
    """``compare_claims`` from slots read once per claim (``read_slots`` with ``WORDS``): a
    claim of a story takes part in many matches."""
    left, right = first.claim, second.claim
    found = [
        *_numbers(first, second),
        *_days(first, second),
        *_names(first, second),
        *_sources(left, right),
        *_hedges(left, right),
        *_negations(first, second),
    ]
    return tuple(sorted(found, key=lambda difference: difference.kind == "adds"))


def disagreements(details: Iterable[Difference]) -> tuple[str, ...]:
    """The kinds of the differences that are disagreements (not ``adds``), once each, in order."""
    return tuple(dict.fromkeys(d.kind for d in details if d.kind != "adds"))


def read_slots(claim: Claim, normaliser: Normaliser) -> Slots:
    text = claim.text
    tokens = normaliser.tokens(text)
    return Slots(
        claim=claim,
        quantities=_quantities(text, normaliser),
        days=_days_of(text),
        entities=_entities(text),
        polarities=_polarities(text, normaliser),
        stated=_stated(text, tokens),
    )


# Quantities ---------------------------------------------------------------------------------


def _quantities(text: str, normaliser: Normaliser) -> tuple[Quantity, ...]:
    ages = {match.start(1) for match in _AGE_AFTER_NAME.finditer(text)}
    dates = {start for day in _days_of(text) for start in range(*day.span)}
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        if match.start("value") in dates:
            continue
        quantity = _quantity(match, text, normaliser, match.start("value") in ages)
        if quantity is None:
            continue
        previous = found[-1] if found else None
        between = text[previous.span[1] : match.start()] if previous else ""
        if previous and between.strip() == "(" and quantity.what == previous.what:
            end = match.end() + (text[match.end() : match.end() + 1] == ")")
            found[-1] = Quantity(
                text[previous.span[0] : end],
                (previous.span[0], end),
                previous.value,
                previous.what,
                previous.counted,
                (*previous.alternatives, quantity.value),
            )
            continue
        found.append(quantity)
    return tuple(found)


def _quantity(
    match: re.Match[str], text: str, normaliser: Normaliser, age: bool
) -> Quantity | None:
    raw = match.group("value").lower()
    word = raw in NUMBER_WORDS
    value = float(NUMBER_WORDS[raw] if word else raw.replace(",", ""))
    if match.group("scale"):
        value *= _SCALES[match.group("scale").lower()]
    span = (match.start(), match.end())
    shown = match.group().strip()
    unit = (match.group("unit") or "").lower()
    if match.group("age") or age:
        return Quantity(shown, span, value, "age", frozenset())
    if match.group("time"):
        hour = value % 12 + (12 if "p" in match.group("time").lower() else 0)
        return Quantity(shown, span, hour, "time", frozenset())
    if unit in _UNITS and not (unit == "m" and word):
        dimension, size = _UNITS[unit]
        return Quantity(shown, span, value * size, dimension, frozenset())
    if match.group("currency"):
        return Quantity(shown, span, value, "money", frozenset())
    if text[match.end("value") : match.end("value") + 1].isalpha():
        return None  # "76ers", "3D": a name, not a figure
    if _is_year(value, raw):
        return None
    counted = _counted_after(text, match.end())
    if word and not counted:
        return None  # "one of the party", "the two deaths were not related": no figure
    keys = frozenset({normaliser.key(counted)} if counted else ())
    return Quantity(shown, span, value, counted or "figure", keys)


def _is_year(value: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100


_WORD_AFTER = re.compile(r"(?<![ ])[ ]+(?:[a-z]+[ ]+){0,2}?([A-Za-z][a-z]+)")


def _counted_after(text: str, position: int) -> str:
    """The word a bare figure counts: the next content word ("23 pirates", "four men",
    "three other climbers"), read at most two small words on; "" when there is none."""
    match = _WORD_AFTER.match(text, position, position + 60)
    if not match:
        return ""
    word = match.group(1).lower()
    return "" if word in STOPWORDS or word in _UNITS or word in _SCALES else word


def _numbers(first: Slots, second: Slots) -> list[Difference]:
    """Figures of the same dimension (or counting the same thing) that disagree; figures whose
    dimension the other claim does not give at all are ``adds``."""
    found: list[Difference] = []
    paired_right: set[int] = set()
    for quantity in first.quantities:
        candidates = [
            (index, other)
            for index, other in enumerate(second.quantities)
            if _comparable(quantity, other)
        ]
        if not candidates:
            found.append(_adds(quantity.text, "", quantity.what, quantity.span, None))
            continue
        agreeing = [index for index, other in candidates if _same_value(quantity, other)]
        if agreeing:
            paired_right.update(agreeing)
            continue
        parts = _parts_of_total(quantity, first.quantities, second.quantities)
        if parts is not None:
            paired_right.update(parts)
            continue
        candidates = [
            (index, other)
            for index, other in candidates
            if not any(_same_value(own, other) for own in first.quantities)
        ]
        if not candidates:
            # Every figure it could be set against is one this claim gives too ("32 million
            # now, 55.3 million a decade ago" against "55.3 million"): it only adds.
            found.append(_adds(quantity.text, "", quantity.what, quantity.span, None))
            continue
        index, other = candidates[0]
        paired_right.add(index)
        found.append(
            Difference(
                "number", quantity.text, other.text, quantity.what, quantity.span, other.span
            )
        )
    for index, other in enumerate(second.quantities):
        if index not in paired_right and not any(_comparable(q, other) for q in first.quantities):
            found.append(_adds("", other.text, other.what, None, other.span))
    return found


MAX_PARTS = 4
"""Figures of one claim tried as the parts of a total the other claim gives ("12 Somalis and
11 Yemenis" against "23 Somali and Yemeni pirates"); claims give few figures, and trying at
most the first eight keeps the search small."""


def _parts_of_total(
    quantity: Quantity, own: Sequence[Quantity], other: Sequence[Quantity]
) -> set[int] | None:
    """When the figure is a part of a total the other claim gives, or the total of parts the
    other claim gives, the indexes of the other claim's figures it accounts for, else None.

    "12 Somalis and 11 Yemenis" and "23 Somali and Yemeni pirates" count the same people: one
    claim splits what the other sums, which is no disagreement. Only plain counts are summed,
    never measures, ages or times.
    """
    if quantity.what in _NOT_SUMMED or quantity.what in _DIMENSIONS:
        return None
    counts = [q for q in own[:8] if q.what not in _NOT_SUMMED and q.what not in _DIMENSIONS]
    others = [
        (index, q)
        for index, q in enumerate(other[:8])
        if q.what not in _NOT_SUMMED and q.what not in _DIMENSIONS
    ]
    for index, total in others:
        if _comparable(quantity, total) and _sums_to(quantity, counts, total.value):
            return {index}
    for size in range(2, MAX_PARTS + 1):
        for group in combinations(others, size):
            parts = [q for _, q in group]
            if (
                sum(q.value for q in parts) == quantity.value
                and any(_comparable(quantity, q) for q in parts)
                and _one_outcome(parts)
            ):
                return {index for index, _ in group}
    return None


def _sums_to(part: Quantity, counts: Sequence[Quantity], total: float) -> bool:
    """Whether the part and one to three other counts of its claim add up to the total."""
    rest = [q for q in counts if q is not part]
    return any(
        part.value + sum(q.value for q in group) == total and _one_outcome((part, *group))
        for size in range(1, MAX_PARTS)
        for group in combinations(rest, size)
    )


def _one_outcome(parts: Sequence[Quantity]) -> bool:
    return len({q.what.lower() for q in parts if q.what.lower() in _OUTCOMES}) <= 1


def _comparable(left: Quantity, right: Quantity) -> bool:
    if left.counted or right.counted:
        return _related(left.counted, right.counted)
    return left.what == right.what


def _related(left: frozenset[str], right: frozenset[str]) -> bool:
    if left & right:
        return True
    groups = {_RELATED.get(key) for key in left} - {None}
    return any(_RELATED.get(key) in groups for key in right)


def _same_value(left: Quantity, right: Quantity) -> bool:
    return any(
        abs(x - y) <= CONVERSION_TOLERANCE * max(abs(x), abs(y))
        for x in (left.value, *left.alternatives)
        for y in (right.value, *right.alternatives)
    )


# Days ---------------------------------------------------------------------------------------


def _days_of(text: str) -> tuple[Day, ...]:
    found = []
    for match in _DAY_WORDS.finditer(text):
        span = (match.start(), match.end())
        if match.group("weekday"):
            found.append(Day(match.group(), span, match.group().lower(), "day"))
        elif match.group("relative"):
            found.append(Day(match.group(), span, match.group().lower(), "relative day"))
        else:
            month = (match.group("month") or match.group("month2")).lower()[:3]
            day = int(match.group("day") or match.group("day2"))
            found.append(Day(match.group(), span, f"{month} {day}", "date"))
    return tuple(found)


def _days(first: Slots, second: Slots) -> list[Difference]:
    """Weekdays against weekdays and dates against dates; a relative day ("yesterday") cannot
    be set against a weekday without knowing when each article was written, so it is not."""
    found: list[Difference] = []
    for what in ("day", "date"):
        left = [day for day in first.days if day.what == what]
        right = [day for day in second.days if day.what == what]
        if left and right and {d.key for d in left}.isdisjoint({d.key for d in right}):
            clash = _same_event(first.claim.text, left, second.claim.text, right)
            if clash:
                one, other = clash
                found.append(Difference("date", one.text, other.text, what, one.span, other.span))
        elif left and not right and not second.days:
            found.append(_adds(left[0].text, "", what, left[0].span, None))
        elif right and not left and not first.days:
            found.append(_adds("", right[0].text, what, None, right[0].span))
    return found


_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|--")


def _same_event(
    left_text: str, left: Sequence[Day], right_text: str, right: Sequence[Day]
) -> tuple[Day, Day] | None:
    """Two days that date one event: the clauses they stand in share a lower-case content word
    ("on Thursday foiled a piracy attempt", "foiled a pirate attack ... on Friday"). A claim
    may date another event than the one both claims share ("police identified her on
    Thursday" against "she was struck ..., around 7 p.m. Wednesday"): those are not set
    against each other."""
    for one in left:
        words = _event_words(left_text, one.span)
        for other in right:
            if words & _event_words(right_text, other.span):
                return one, other
    return None


def _event_words(text: str, span: tuple[int, int]) -> frozenset[str]:
    """Keys of the lower-case content words of the clause (between commas, colons, dashes)
    that holds the span."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, span[0])), default=0)
    following = _CLAUSE_END.search(text, span[1])
    end = following.start() if following else len(text)
    clause = text[start:end]
    return frozenset(
        token.key
        for token in WORDS.tokens(clause)
        if token.content and clause[token.start : token.start + 1].islower()
    )


# Names --------------------------------------------------------------------------------------


def _entities(text: str) -> tuple[Entity, ...]:
    """Runs of capitalised words, titles left out ("Inspector Dave Gaskin" is "Dave Gaskin"),
    places told by their head word ("Tasman Glacier", "Mount Sefton")."""
    found: list[Entity] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        words = [m for m in run if m.group().lower().rstrip(".") not in _TITLES]
        if run and run[0].start() == 0 and len(run) == 1:
            words = []  # a sentence's first word is capitalised whatever it is
        if words:
            names = tuple(_name_word(m.group()) for m in words)
            place = any(word in _PLACE_HEADS for word in names)
            span = (words[0].start(), words[-1].end())
            found.append(Entity(text[span[0] : span[1]], span, names, place))
        run.clear()

    for match in _CAPITALISED.finditer(text):
        if run and text[run[-1].end() : match.start()] not in (" ", "-"):
            close()
        if match.group().lower() in _SENTENCE_OPENERS or _is_calendar(match.group()):
            close()
            continue
        run.append(match)
    close()
    return tuple(found)


def _is_calendar(word: str) -> bool:
    """A weekday or a month is a date, not part of a name ("in Queens Friday night")."""
    word = _POSSESSIVE.sub("", word.lower().rstrip("."))
    return word in _WEEKDAYS or word in _MONTHS


_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
"""The possessive of a name, "Buckley's" or "the Chargers’": the same name."""
_NAME_WORDS = re.compile(r"[\w’'-]+")


def _name_word(word: str) -> str:
    word = word.lower().rstrip(".")
    word = _POSSESSIVE.sub("", word)
    return "mount" if word == "mt" else word


def _names(first: Slots, second: Slots) -> list[Difference]:
    """One name spelt two ways ("Rait", "Raite"); two people with one first name and different
    surnames; two places with one head and different names ("Tasman Glacier", "Mueller
    Glacier"). A surname against the full name with a title is one person."""
    found: list[Difference] = []
    left_words = {word for entity in first.entities for word in entity.words}
    right_words = {word for entity in second.entities for word in entity.words}
    for left in first.entities:
        if _named_alike(left, second.entities):
            continue
        for right in second.entities:
            if _named_alike(right, first.entities):
                continue
            what = _clash(left, right, left_words, right_words)
            if what:
                found.append(Difference("name", left.text, right.text, what, left.span, right.span))
                break
    return found


def _named_alike(entity: Entity, others: Sequence[Entity]) -> bool:
    """The entity is one the other claim names too: all its words appear in one of the other
    claim's entities, or (a person) its surname does."""
    for other in others:
        if set(entity.words) <= set(other.words) or set(other.words) <= set(entity.words):
            return True
        if _one_word(entity.words[-1], other.words[-1]):
            return True  # "New Zealander" and "New Zealand", "Oscars" and "Oscar"
        if not entity.place and not other.place and entity.words[-1] == other.words[-1]:
            return True
    return False


_DEMONYM_ENDINGS = (
    "a",  # "Somalia", "Somali"
    "s",
    "es",
    "er",
    "ers",
    "n",
    "ns",
    "an",
    "ans",
    "ian",
    "ians",
    "ese",
    "i",
    "ish",
)


def _one_word(left: str, right: str) -> bool:
    """A place and its people ("Zealand", "Zealander"; "Syria", "Syrian"), not one name spelt
    two ways ("Rait", "Raite")."""
    shorter, longer = sorted((left, right), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in _DEMONYM_ENDINGS


def _clash(left: Entity, right: Entity, left_words: set[str], right_words: set[str]) -> str:
    """What the two entities are when they clash ("spelling", "person", "place"), else ""."""
    last_left, last_right = left.words[-1], right.words[-1]
    if left.place != right.place:
        return ""
    if not left.place:
        if last_left in _THING_HEADS or last_right in _THING_HEADS:
            return ""
        if (
            min(len(last_left), len(last_right)) >= 4
            and SequenceMatcher(None, last_left, last_right).ratio() >= SPELLING_LIKENESS
            and (len(left.words) == 1 or len(right.words) == 1 or left.words[0] == right.words[0])
        ):
            return "spelling of a name"
        if (
            len(left.words) > 1
            and len(right.words) > 1
            and left.words[0] == right.words[0]
            and last_left not in right_words
            and last_right not in left_words
        ):
            return "person"
        return ""
    heads = {w for w in left.words if w in _PLACE_HEADS} & {
        w for w in right.words if w in _PLACE_HEADS
    }
    left_names = set(left.words) - _PLACE_HEADS
    right_names = set(right.words) - _PLACE_HEADS
    if heads and left_names and right_names and left_names.isdisjoint(right_words):
        return "place" if right_names.isdisjoint(left_words) else ""
    return ""


# Sources and hedges -------------------------------------------------------------------------


def _source_words(attribution: str) -> frozenset[str]:
    words = {_name_word(w) for w in _NAME_WORDS.findall(attribution)}
    return frozenset(words)


def same_source(left: str, right: str) -> bool:
    """Whether two attributions name one source as written two ways: "Gaskin" and "Inspector
    Dave Gaskin", "police" and "Police Inspector Dave Gaskin", "Kiir" and "President Salva
    Kiir". Titles and generic words ("a spokesman", "officials") do not tell sources apart."""
    first, second = _source_words(left), _source_words(right)
    if first <= second or second <= first:
        return True
    first_names, second_names = first - _GENERIC_SOURCE_WORDS, second - _GENERIC_SOURCE_WORDS
    if (first_names - _TITLES) & (second_names - _TITLES):
        return True
    return bool(first & _POLICE) and bool(second & _POLICE)


_ROLES = frozenset(
    """spokesman spokeswoman spokesperson spokesmen official officials officer officers police
    cops authorities statement release""".split()
)
"""Words that describe who speaks for a body without naming anyone ("a police spokesperson",
"a Defence Ministry release")."""


def _role_and_person(left: str, right: str) -> bool:
    """One attribution describes a role ("Vancouver Police spokesperson"), the other names a
    person ("Tim Fanning"): the person may well hold the role, so they are not told apart."""
    first, second = _source_words(left), _source_words(right)
    if first & _ROLES and not second & _ROLES:
        return _names_a_person(right)
    if second & _ROLES and not first & _ROLES:
        return _names_a_person(left)
    return False


def _names_a_person(attribution: str) -> bool:
    """Capitalised names that may be a person's ("Tim Fanning", "Sgt. Whiteside", "Fanning"),
    not a body ("the Defence Ministry", "CNN", "the NYPD") nor a group ("Witnesses")."""
    words = _NAME_WORDS.findall(attribution)
    names = [w for w in words if _name_word(w) not in _TITLES | _GENERIC_SOURCE_WORDS | _POLICE]
    return bool(names) and all(
        w[:1].isupper() and not w.isupper() and _name_word(w) not in _THING_HEADS for w in names
    )


def _acronym_of(short: str, long: str) -> bool:
    """ "the CHP" and "the California Highway Patrol" are one body."""
    initials = "".join(w[0] for w in _NAME_WORDS.findall(long) if w[:1].isupper()).lower()
    return len(initials) >= 2 and any(
        w.isupper() and w.lower() == initials for w in _NAME_WORDS.findall(short)
    )


def _unnamed(attribution: str) -> bool:
    """A source that names no one ("the statement", "sources", "a spokesperson"): what it
    stands for was named earlier in the article, so it cannot be told from another source.
    Witnesses are no officials, whoever they are."""
    words = _source_words(attribution)
    if words & _KINDS_OF_SOURCE:
        return False
    return words <= _GENERIC_SOURCE_WORDS | _TITLES | _ROLES


_KINDS_OF_SOURCE = frozenset("witness witnesses police cops".split())
"""Words that say which kind of source speaks even unnamed: the police are not witnesses."""


def _quotes_a_person(attribution: str) -> bool:
    """A person, not a news organisation: two people cited in two claims are, in news, nearly
    always two people quoted on their own parts of the story ("the receptionist died,
    Scherlinck said" against "he asked Steinberg twice, Whiteside said"), not one statement
    told by two sources."""
    return _names_a_person(attribution) and not names_an_outlet(attribution)


SAME_STATEMENT = 0.4
"""Share of the shorter claim's lower-case content words the other claim must also use for a
different source to be a disagreement (chosen on the few development pairs that cite two
sources: one statement told by two sources shares 40-50 %, two people quoted on different
details share a third or less). Below it the two claims quote their
sources on different details ("the receptionist died, Scherlinck said" against "the gunman shot
her, Whiteside said"): two people quoted, not one statement told by two sources."""


def _one_statement(left: Claim, right: Claim) -> bool:
    first, second = _statement_keys(left), _statement_keys(right)
    shorter = min(len(first), len(second))
    return shorter > 0 and len(first & second) >= SAME_STATEMENT * shorter


def _statement_keys(claim: Claim) -> frozenset[str]:
    """Keys of the lower-case content words of the claim, which say what happened: the names
    it shares with the other claim (the people both quote about) say nothing of whether both
    sources tell one statement, and the attribution is left out."""
    text = claim.text
    return frozenset(
        token.key
        for token in WORDS.tokens(text)
        if token.content
        and text[token.start : token.start + 1].islower()
        and token.key not in _SAID
        and token.word not in _POLICE
    )


_SAID = frozenset("said say says told tell according report reported wrote".split())


_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:[\w-]+[ ]){1,3}$")


_NAMED_AFTER = re.compile(r"[ ](?:from|by|of)[ ]((?:[A-Z][\w’'&.-]*[ ]?){1,4})")


def _described(claim: Claim, attribution: str) -> str:
    """The attribution with the titles the sentence puts before it and the name it gives
    right after: "police inspector Dave Gaskin said" cites "Dave Gaskin", a police inspector;
    "according to a report from WCCO-TV" cites a report from WCCO-TV."""
    at = claim.text.find(attribution)
    before = _TITLE_BEFORE.search(claim.text, max(0, at - 40), at) if at > 0 else None
    titles = [w for w in before.group().split() if w.lower() in _TITLES] if before else []
    end = at + len(attribution)
    after = _NAMED_AFTER.match(claim.text, end) if at >= 0 else None
    named = [after.group(1).strip()] if after else []
    return " ".join((*titles, attribution, *named))


def _mentions(text: str, source: str) -> bool:
    """Whether a claim names the other claim's source itself ("witnesses told police ...,
    the chief said" against "witnesses told the police"): then they tell the same chain."""
    words = _source_words(source) - _TITLES - {"a", "an", "the", "one", "some", "local"}
    return bool(words) and words <= _source_words(text)


def _sources(left: Claim, right: Claim) -> list[Difference]:
    a, b = left.attribution, right.attribution
    if a and b:
        first, second = _described(left, a), _described(right, b)
        same = (
            same_source(first, second)
            or _mentions(right.text, a)
            or _mentions(left.text, b)
            or _acronym_of(first, second)
            or _acronym_of(second, first)
        )
        told_apart = not (
            _unnamed(first)
            or _unnamed(second)
            or _role_and_person(first, second)
            or (_quotes_a_person(first) and _quotes_a_person(second))
        )
        if same or not told_apart or not _one_statement(left, right):
            return []
        return [Difference("source", a, b, "source")]
    if a or b:
        return [_adds(a or "", b or "", "source", None, None)]
    return []


_ATTRIBUTING_HEDGES = frozenset({"reportedly", "allegedly", "sources say"})
"""Hedges that only say someone else tells it: against a claim that names who tells it
("Bloomberg reports") they are the same caution, not a difference."""


HEDGE_REACH = 2
"""Content words after a hedge that it softens ("likely turned off", "said to have been
rescued"): a hedge counts only when the other claim states one of them, so a "might" in a
clause the other claim does not make is no difference."""


def _hedges_shared(hedged: Claim, plain: Claim) -> bool:
    tokens = WORDS.tokens(hedged.text)
    others = {token.key for token in WORDS.tokens(plain.text) if token.content}
    words = [token.word for token in tokens]
    for hedge in hedged.hedges:
        # The hedge as a run of whole words: its last word alone ("to" of "is expected to")
        # is found inside other words ("Tony") and would soften the wrong clause.
        wanted = hedge.split()
        ends = [
            tokens[at + len(wanted) - 1].end
            for at in range(len(words) - len(wanted) + 1)
            if words[at : at + len(wanted)] == wanted
        ]
        if not ends:
            continue
        after = [t.key for t in tokens if t.start >= ends[0] and t.content][:HEDGE_REACH]
        if others.intersection(after):
            return True
    return False


def _hedges(left: Claim, right: Claim) -> list[Difference]:
    """One claim hedges ("is thought to", "likely"), the other states it as fact. Both
    hedging, however differently, is no difference."""
    if bool(left.hedges) == bool(right.hedges):
        return []
    hedged, plain = (left, right) if left.hedges else (right, left)
    if plain.attribution and _ATTRIBUTING_HEDGES.issuperset(hedged.hedges):
        return []
    if not _hedges_shared(hedged, plain):
        return []
    a, b = ", ".join(left.hedges), ", ".join(right.hedges)
    return [Difference("hedge", a or "stated as fact", b or "stated as fact", "certainty")]


# Negations ----------------------------------------------------------------------------------

_POLAR_WORD = re.compile(r"[\w’']+")


def _polarities(text: str, normaliser: Normaliser) -> tuple[Polarity, ...]:
    """Words said under a negation ("was not wearing") or with a degree that says yes or no
    ("well equipped", "insufficiently equipped")."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _POLAR_WORD.finditer(text)]
    found: list[Polarity] = []
    for index, (start, _end, word) in enumerate(words):
        negative = word in _NEGATORS or word.endswith("n't") or word in _NEGATIVE_DEGREE
        if not (negative or word in _POSITIVE_DEGREE):
            continue
        following = index + 1
        while following < len(words) and words[following][2] in _FILLERS:
            following += 1
        if following >= len(words) or words[following][2] in STOPWORDS:
            continue
        _, end, target = words[following]
        after = next(
            (w for _, _, w in words[following + 1 : following + 3] if w not in STOPWORDS), ""
        )
        what = f"{target} {after}".strip()
        key, next_key = normaliser.key(target), normaliser.key(after) if after else ""
        found.append(Polarity(text[start:end], (start, end), key, next_key, negative, what))
    return tuple(found)


def _stated(
    text: str, tokens: Sequence[Token]
) -> dict[tuple[str, str], tuple[str, tuple[int, int]]]:
    found: dict[tuple[str, str], tuple[str, tuple[int, int]]] = {}
    content = [index for index, token in enumerate(tokens) if token.content]
    for position, index in enumerate(content):
        token = tokens[index]
        if _negated(t.word for t in tokens[max(0, index - 2) : index]):
            continue
        following = tokens[content[position + 1]].key if position + 1 < len(content) else ""
        found.setdefault(
            (token.key, following), (text[token.start : token.end], (token.start, token.end))
        )
    return found


def _negated(previous: Iterable[str]) -> bool:
    words = list(previous)
    if words[-2:] == ["yet", "to"]:
        return True  # "had yet to regain consciousness" says it was not regained
    return any(word in _NEGATORS or word.endswith("n't") for word in words)


def _negations(first: Slots, second: Slots) -> list[Difference]:
    """One claim says the opposite of the other: "was not wearing crampons" against "was
    wearing crampons", "insufficiently equipped" against "well equipped"."""
    found: list[Difference] = []
    for polarity in first.polarities:
        opposite = _opposite(polarity, second)
        if opposite is not None:
            found.append(
                Difference(
                    "negation", polarity.text, opposite[0], opposite[2], polarity.span, opposite[1]
                )
            )
            return found
    for polarity in second.polarities:
        opposite = _opposite(polarity, first)
        if opposite is not None:
            found.append(
                Difference(
                    "negation", opposite[0], polarity.text, opposite[2], opposite[1], polarity.span
                )
            )
            return found
    return found


def _opposite(polarity: Polarity, other: Slots) -> tuple[str, tuple[int, int] | None, str] | None:
    """The other claim's wording that says the opposite of ``polarity``, its span and what."""
    for candidate in other.polarities:
        if candidate.key == polarity.key and candidate.negative != polarity.negative:
            return candidate.text, candidate.span, polarity.what
    negation = polarity.negative and _negated(polarity.text.lower().split()[:1])
    stated = other.stated.get((polarity.key, polarity.following))
    # A claim that negates a word of its own may say the same with the negation elsewhere:
    # "we weren't executing" and "I didn't feel we were executing".
    negates = any(candidate.negative for candidate in other.polarities)
    if negation and stated and not negates:
        return stated[0], stated[1], polarity.what
    return None


def _adds(
    a: str, b: str, what: str, a_span: tuple[int, int] | None, b_span: tuple[int, int] | None
) -> Difference:
    return Difference("adds", a, b, what, a_span, b_span)
