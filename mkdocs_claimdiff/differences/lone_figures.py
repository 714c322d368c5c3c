"""The one figure of a short claim set against the one figure of the other when what each
counts is written in words the figures' own reading does not pair: "Seven of the miners were
rescued" / "Six were rescued alive", "Authorities evacuated roughly 1,200 people" / "Around
2,000 people were evacuated", "More than 500 mourners held a vigil" / "Some 200 people held a
vigil". Figures are otherwise set against each other only when they count the same words
(``numbers``), and the written stories' most common miss (110 of 524 development misses on
2026-12-07) was a pair of counts written with other words.

Set against each other only where both claims are short and give one figure each, and the
figures sit among the same words: in a long sentence of several figures, a lone figure of each
claim counts different things as often as not ("Five pirate boats tried to attack" / "nabbed
26 Somali pirates"; on the ECB+ development matches of such claims, none of ten was a true
difference). And only where at most one of the two names a group of its own: two nouns
("riders" / "passengers", "homes" / "houses") count two things as often as one however near
their words ("The flood damaged 200 homes" / "destroyed 12 houses", "200 firefighters" /
"150 homes"; helper-220's review of a first version found 167 of its 196 new `number`s on
adversarial pairs false), and a group of its own is some of the people a plain count counts
("Three children were injured" / "Twelve people were injured"), never more."""

from __future__ import annotations

import re

from ..model import Difference
from ..normalise import Token
from .agreement import same_value
from .counted import PEOPLE, thing_group
from .ordinals import PLACES
from .qualifiers import QUALIFIER_WORDS, told
from .slots import WORDS, Quantity, Slots
from .totals import TOLLS
from .units import UNSUMMED, measure, tolerance

MOST_WORDS = 25
"""Words of the longer claim past which its lone figure is not read as the claim's point."""

_JOINING = frozenset({"and", "plus", "&"})
_JOINED_AFTER = re.compile(r"[ ]?(?:and|plus|&)[ ]", re.IGNORECASE)
"""A word joining a count to another part of one group, before or after it."""

MOST_APART = 4
"""The largest ratio of two counts read as one count told two ways: outlets that disagree on a
toll or a crowd give figures of one size ("2,000" / "3,000", "47" / "74", "120" / "300"),
while "1.1 million customers" and "200 homes", or "Two officers" and "40 yobs", count two
things (helper-211's review)."""

AFTER = 2
"""Content words after a figure (and the words naming what it counts) that say what is told of
it, with the word right before it: the verb that governs it ("damaged 200 homes" / "destroyed
12 houses") or the words that follow ("were evacuated", "remain missing"), of which the two
claims must share one ("rescued", "missing"). A wider reach reached the claims' shared setting
("The flood", "the gallery", "in the riot") and set counts of two things against each other."""

_SETTING = frozenset("the this that these those".split())
"""Words that open the claims' shared setting after a figure ("at the scene")."""

_ANYONE = PEOPLE | frozenset({"them", "figure"})
"""Words of a count that name no group of its own: "people", "others", "of them"."""

_NO_HEADS = frozenset(
    """points goals runs wickets sets games matches votes seats saves shots hits assists titles
    medals places positions laps rounds terms shifts nights seasons innings beds spaces berths
    thirds quarters halves times""".split()
)
"""What a figure counts that is no head count: a score, a rank, a period, a capacity, a share
("won 3 games" / "lost 2 matches", "climbed 4 places" / "ranked 15"; helper-220's review)."""

_LABELS = frozenset(
    """is was are were be been aged turned number no room gate flat platform junction route
    level category magnitude ranked seed cost costs fined spent spend raised earn earned earns
    worth priced pay paid rent of at in by for from to on""".split()
)
"""Words before a figure that counts nothing named which make it an age, a sum or the number
of a name ("is 19", "fined 500", "room 212", "at 3"; helper-220's review)."""

_MARKERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:in total|so far|in all|since|altogether|overall|cumulative)\b",
        r"\b(?:initially|at first|earlier|later|peak|new|another|further|once|used to|today"
        r"|(?:this|last|next) (?:year|week|month|season|term))\b",
        r"\b(?:(?:a|an|per|each|every) (?:day|night|hour|week|month|year|minute|second)|per"
        r"|one in|out of every)\b",
        r"\b(?:critically|seriously|severely|gravely|badly|slightly|serious|critical|minor"
        r"|intensive)\b",
        r"\b(?:not|never|cannot|failed|refused|missed|unhurt|against)\b|n[’']t\b",
    )
)
"""Classes of words that set two counts of one thing apart, each to be the same in both
claims: a running total, a phase, a rate, a degree, a negation ("12 so far" / "3 today",
"Two were critically injured" / "Five were injured"; helper-220's review)."""

_WORD = re.compile(r"\w+")


def lone_figure_difference(first: Slots, second: Slots) -> Difference | None:
    """A ``number`` difference of the one count each claim gives, when the counts disagree and
    share a content word around them; else None (each figure is then an ``adds``)."""
    if len(first.quantities) != 1 or len(second.quantities) != 1:
        return None
    if _long(first) or _long(second):
        return None  # first: the checks below read the whole claim
    one, two = first.quantities[0], second.quantities[0]
    if not (_a_count(first.claim.text, one) and _a_count(second.claim.text, two)):
        return None
    if _a_toll_untold(one, second) or _a_toll_untold(two, first):
        return None
    if not _one_group(first.claim.text, one, second.claim.text, two):
        return None
    if _told_apart(first.claim.text, second.claim.text):
        return None
    low, high = sorted((one.value, two.value))
    if low <= 0 or high > MOST_APART * low:
        return None  # "1.1 million customers lost power" / "200 homes lost power"
    if same_value(one, two, max(tolerance(one), tolerance(two))):
        return None
    if _around(first.claim.text, one).isdisjoint(_around(second.claim.text, two)):
        return None
    what = _what(((first.claim.text, one), (second.claim.text, two)))
    return Difference("number", told(one), told(two), what, one.span, two.span)


def _a_count(text: str, figure: Quantity) -> bool:
    """A count of people or things: no measure, sum, age, time, rank or increment, nor the
    number of a name ("Flight 2281", "Route 52": a capitalised word right before it), nor a
    figure alone between commas ("gran, 81, killed": an age), nor the whole of a group some of
    which the claim counts ("Two of the three victims died"), nor a part of a group the claim
    names with it ("a pilot and 11 passengers", "11 passengers and a pilot": twelve on board;
    helper-219's audit)."""
    start, end = figure.span
    opening, _, before = text[:start].rstrip().rpartition(" ")
    named = _named_to(text, figure)
    if named is not None and set(_WORD.findall(figure.what.lower())) & _NO_HEADS:
        return False  # "won 3 games", "climbed 4 places", "180 seats"
    if figure.what == "figure" and _word_before(text, start) in _LABELS:
        return False  # "is 19", "fined 500", "room 212"
    joined = named is not None and _JOINED_AFTER.match(text, named) is not None
    return (
        before.lower() not in _JOINING
        and not joined
        and not figure.unit
        and not (text[:start].endswith(", ") and text[end : end + 1] in {",", ""})
        and measure(figure.what) not in UNSUMMED
        and figure.what not in PLACES
        and figure.what != "more"
        and not (opening and before[:1].isupper())  # "Some 3,000" opens a claim
        and not text[:start].lower().endswith(" of the ")
    )


def _one_group(text: str, figure: Quantity, other_text: str, other: Quantity) -> bool:
    """Whether the two figures may count one group: neither names a group of its own ("Six
    were rescued", "Fourteen people" / "Seventeen others"), or one does and counts more than
    the other ("More than 500 mourners" / "Some 200 people" cannot both hold, while "Three
    children" may be some of "Twelve people")."""
    own, others = _own_group(text, figure), _own_group(other_text, other)
    if own and others:
        return _named_alike(figure, other)
    if own:
        return figure.value > other.value
    return not others or other.value > figure.value


_NAMED_ALIKE = (
    "homes houses households properties dwellings",
    "chickens hens birds poultry",
    "reports complaints",
    "workers staff employees members",
    "inmates prisoners convicts",
    "builders workers labourers",
    "spectators fans supporters",
)
"""Groups two outlets name by two words, set against each other only as the lone figures of
two short claims said alike ("16,500 homes" / "18,000 properties", "38,000 chickens" /
"83,000 hens", "Eleven workers" / "Twelve members of staff")."""

_ALIKE: dict[str, frozenset[str]] = {
    word: frozenset(group for group in _NAMED_ALIKE if word in group.split())
    for group in _NAMED_ALIKE
    for word in group.split()
}
"""Each word of ``_NAMED_ALIKE`` with the groups it is in ("workers" in two)."""

_WIDER = frozenset({"properties", "birds", "poultry"})
"""Words of a group that holds the others of its row ("18,000 properties" holds "16,500
homes"): a smaller count of them than of the others contradicts, a larger one does not."""


def _named_alike(figure: Quantity, other: Quantity) -> bool:
    """Whether two counts name one group two ways (``_NAMED_ALIKE``): one word each ("home
    fans" and "union members" are parts), a wider word counting no more than the other
    (helper-230's review)."""
    words = [q.what.lower().split() for q in (figure, other)]
    if any(len(named) != 1 and named != ["staff", "members"] for named in words):
        return False
    wide = [named[-1] in _WIDER for named in words]
    if wide[0] != wide[1]:
        wider, narrower = (figure, other) if wide[0] else (other, figure)
        if wider.value >= narrower.value:
            return False
    return not _ALIKE.get(words[0][-1], frozenset()).isdisjoint(
        _ALIKE.get(words[1][-1], frozenset())
    )


def _own_group(text: str, figure: Quantity) -> bool:
    """Whether the words right after the figure name what it counts by a word of its own, no
    word of people at large ("people", "others", "residents") nor "of them"."""
    if _named_to(text, figure) is None:
        return False
    words = set(_WORD.findall(figure.what.lower())) - {"of", "the"}
    return bool(words - _ANYONE)


def _told_apart(text: str, other_text: str) -> bool:
    """Whether the claims differ in a word that sets two counts of one thing apart: a running
    total ("so far"), a phase ("initially", "later"), a rate ("a day"), a degree ("critically")
    or a negation (helper-220's review)."""
    one, two = text.lower(), other_text.lower()
    return any(set(marker.findall(one)) != set(marker.findall(two)) for marker in _MARKERS)


def _named_to(text: str, figure: Quantity) -> int | None:
    """Where the words that name what the figure counts end, when they follow it ("two
    rockets"), else None ("Six were rescued" counts what befell them)."""
    rest = text[figure.span[1] :]
    start = figure.span[1] + len(rest) - len(rest.lstrip())
    if not text[start:].lower().startswith(figure.what.lower()):
        return None
    return start + len(figure.what)


def _word_before(text: str, start: int) -> str:
    """The word before a figure, past the words that qualify it ("fined nearly 500")."""
    words = [word for word in _WORD.findall(text[:start].lower()) if word not in QUALIFIER_WORDS]
    return words[-1] if words else ""


def _a_toll_untold(figure: Quantity, other: Slots) -> bool:
    """Whether the figure counts the dead, the hurt or the missing and the other claim tells
    of no such toll: "Seventeen dead" is no count of "more than 200 aboard"."""
    toll = thing_group(figure.what.lower())
    if toll not in TOLLS:
        return False
    return all(thing_group(word) != toll for word in _WORD.findall(other.claim.text.lower()))


def _long(slots: Slots) -> bool:
    return len(WORDS.tokens(slots.claim.text)) > MOST_WORDS


def _around(text: str, figure: Quantity) -> set[str]:
    """The keys of what is said of the figure: the word right before it (past its qualifier:
    the verb that governs it, "evacuated roughly 1,200") and the content words after it, past
    the words that name what it counts, up to ``AFTER`` and no further than a determiner, which
    opens the claims' shared setting ("at the scene", "over the riot": helper-220's review);
    each in lower case, as a name is shared by the whole story. What befell those counted is
    kept ("Six were rescued"); words of people at large are not ("people were")."""
    start, end = figure.span
    named = _named_to(text, figure)
    counted = set() if named is None else {WORDS.key(w) for w in _WORD.findall(figure.what.lower())}
    found: set[str] = set()
    tokens = WORDS.tokens(text)
    before = [token for token in tokens if token.end <= start and token.word not in QUALIFIER_WORDS]
    if before and _said_of(text, before[-1], counted):
        found.add(before[-1].key)
    after = 0
    for token in tokens:
        if token.start < max(end, named or 0):
            continue
        if token.word in _SETTING or after == AFTER:
            break
        if _said_of(text, token, counted):
            found.add(token.key)
            after += 1
    return found


def _said_of(text: str, token: Token, counted: set[str]) -> bool:
    """Whether a word may say what is told of a figure: a content word in lower case, none of
    the words that name what it counts, of people at large or of its qualifier."""
    return (
        token.content
        and text[token.start].islower()
        and token.key not in counted
        and token.word not in PEOPLE
        and token.word not in QUALIFIER_WORDS
    )


def _what(pair: tuple[tuple[str, Quantity], ...]) -> str:
    """What the figures count as a reader would name it: a plural noun either claim counts
    ("riders", "miners" of "Seven of the miners") before any other word, never a name
    ("Calder" of "1.1 million Calder Valley customers") nor "figure"."""
    named = []
    for text, figure in pair:
        what = figure.what.removeprefix("of the ").removeprefix("of ")
        if what != "figure" and not text[figure.span[1] :].lstrip()[:1].isupper():
            named.append(what)
    plural = [what for what in named if what.endswith("s")]
    return (plural or named or ["figures"])[0]
