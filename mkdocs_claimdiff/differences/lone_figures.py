"""The one figure of a short claim set against the one figure of the other when each names
what it counts in words of its own: "about 2,000 riders were evacuated" / "Some 3,000
passengers had to be evacuated", "Seven of the miners were rescued" / "Six were rescued
alive", "Two miners remain missing" / "One man is still missing". Figures are otherwise set
against each other only when they count the same words (``numbers``), and the written stories'
most common miss (110 of 524 development misses on 2026-12-07) was such a pair.

Set against each other only where both claims are short and give one figure each, and the
figures sit among the same words: in a long sentence of several figures, a lone figure of each
claim counts different things as often as not ("Five pirate boats tried to attack" / "nabbed
26 Somali pirates"; on the ECB+ development matches of such claims, none of ten was a true
difference)."""

from __future__ import annotations

import re

from ..model import Difference
from ..normalise import STOPWORDS
from .agreement import same_value
from .counted import PEOPLE, thing_group
from .ordinals import PLACES
from .qualifiers import told
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

BEFORE, AFTER = 1, 2
"""Content words before and after a figure (and the words naming what it counts) that say what
is told of it: the verb that governs it ("damaged 200 homes" / "destroyed 12 houses") or the
words that follow ("were evacuated", "remain missing"), of which the two claims must share one
("rescued", "missing"). A wider reach reached the claims' shared setting ("The flood", "the
gallery", "in the riot") and set counts of two things against each other."""

_APART = (frozenset({"man", "men"}), frozenset({"woman", "women"}))
"""Counted nouns of people that exclude each other: "Two women" are no "Three men"."""

_WORD = re.compile(r"\w+")


def lone_figure_difference(first: Slots, second: Slots) -> Difference | None:
    """A ``number`` difference of the one count each claim gives, when the counts disagree and
    share a content word around them; else None (each figure is then an ``adds``)."""
    if len(first.quantities) != 1 or len(second.quantities) != 1:
        return None
    one, two = first.quantities[0], second.quantities[0]
    if not (_a_count(first.claim.text, one) and _a_count(second.claim.text, two)):
        return None
    if _a_toll_untold(one, second) or _a_toll_untold(two, first):
        return None
    if _long(first) or _long(second):
        return None
    if _named_otherwise(first.claim.text, one, second.claim.text, two) or _named_otherwise(
        second.claim.text, two, first.claim.text, one
    ):
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


def _named_otherwise(text: str, figure: Quantity, other_text: str, other: Quantity) -> bool:
    """Whether the noun the figure counts is a word of the other claim that its figure does
    not count ("two rockets" / "one rocket propelled grenade launcher"), or both figures name
    what they count with a word in common, as counts the figures' own reading keeps apart do
    ("Two Republican senators" / "Five Democratic senators", "two other rifles" / "nine
    rifles"), or nouns of people that exclude each other ("women" / "men")."""
    noun, other_noun = _counted_noun(text, figure), _counted_noun(other_text, other)
    if not noun:
        return False
    men, women = _APART
    if {noun, other_noun} & men and {noun, other_noun} & women:
        return True
    return any(token.key == noun for token in WORDS.tokens(other_text))


def _counted_noun(text: str, figure: Quantity) -> str:
    """The key of the noun the figure counts as the words right after it name it ("rocket"
    of "two rockets", "launcher" of "one rocket propelled grenade launcher", "senator" of
    "Two Republican senators", where a plural noun follows the word read), else ``""``."""
    named = _named_to(text, figure)
    if named is None:
        return ""
    words = _WORD.findall(figure.what.lower())
    following = _WORD.match(text.lower(), named + (text[named : named + 1] == " "))
    if following and following.group().endswith("s") and following.group() not in STOPWORDS:
        words.append(following.group())
    return WORDS.key(words[-1]) if words else ""


def _named_to(text: str, figure: Quantity) -> int | None:
    """Where the words that name what the figure counts end, when they follow it ("two
    rockets"), else None ("Six were rescued" counts what befell them)."""
    rest = text[figure.span[1] :]
    start = figure.span[1] + len(rest) - len(rest.lstrip())
    if not text[start:].lower().startswith(figure.what.lower()):
        return None
    return start + len(figure.what)


def _a_toll_untold(figure: Quantity, other: Slots) -> bool:
    """Whether the figure counts the dead, the hurt or the missing and the other claim tells
    of no such toll: "Seventeen dead" is no count of "more than 200 aboard"."""
    toll = thing_group(figure.what.lower())
    if toll not in TOLLS:
        return False
    return all(thing_group(word) != toll for word in _WORD.findall(other.claim.text.lower()))


def _long(slots: Slots) -> bool:
    return len(slots.claim.text.split()) > MOST_WORDS


def _around(text: str, figure: Quantity) -> set[str]:
    """The keys of the lower-case content words near the figure (a name is shared by the
    whole story, what is said of the figure is not), but for the words right after it that
    name what it counts: two counts of "pirate boats" and "pirate vessels" share "pirate" and
    no word of what is said of them. What befell those counted is kept ("Six were rescued")."""
    start, end = figure.span
    named = _named_to(text, figure) is not None
    counted = {WORDS.key(word) for word in _WORD.findall(figure.what.lower())} if named else set()
    before: list[str] = []
    after: list[str] = []
    for token in WORDS.tokens(text):
        if not token.content or not text[token.start].islower() or token.key in counted:
            continue
        if token.word in PEOPLE:  # "Eleven people were treated" / "Four people were hurt"
            continue
        if token.end <= start:
            before.append(token.key)
        elif token.start >= end and len(after) < AFTER:
            after.append(token.key)
    return {*before[-BEFORE:], *after}


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
