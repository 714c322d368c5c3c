"""Figures that split what another claim sums: "12 Somalis and 11 Yemenis" against "23 Somali
and Yemeni pirates" count the same people, which is no disagreement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from ..model import Difference
from .counted import DEGREES, HURT, PEOPLE, count_the_same, thing_group
from .nationalities import COUNTRY_OF
from .qualifiers import told
from .slots import WORDS, Quantity, Slots, once_per_claim, word_keys
from .units import UNSUMMED, measure

OUTCOMES = frozenset("dead killed died injured wounded hurt missing".split())
"""What befell people counted: "3 dead and 2 injured" are never summed into "5 dead"."""

TOLLS = frozenset(thing_group(word) for word in OUTCOMES)
"""What befell people as ``counted.thing_group`` groups it (the dead, the injured, ...)."""

MAX_PARTS = 4
"""Figures of one claim tried as the parts of a total the other claim gives ("12 Somalis and
11 Yemenis" against "23 Somali and Yemeni pirates")."""

SUMMED = 8
"""Figures of each claim, its first, tried as parts or totals: claims give few figures, and
trying more would make a claim of hundreds (a table scraped as one sentence) cost seconds."""


def parts_of_total(quantity: Quantity, first: Slots, second: Slots) -> set[int] | None:
    """When the figure (of the ``first`` claim) is a part of a total the ``second`` claim
    gives, or the total of parts it gives, the indexes of the second claim's figures it
    accounts for, else None.

    "12 Somalis and 11 Yemenis" and "23 Somali and Yemeni pirates" count the same people: one
    claim splits what the other sums, which is no disagreement. Only plain counts are summed,
    never measures, ages or times. The sums of each claim's groups of figures are made once
    per claim (``_sums``), not again for each figure of each match: a pair of claims of 40
    figures each took 12 ms (helper-169's audit: two long articles, 2.5 minutes).
    """
    own = first.quantities[:SUMMED]
    at = next((index for index, q in enumerate(own) if q is quantity), None)
    if at is None or not _summed(quantity):
        return None
    others = second.quantities
    groups = _sums(first)
    for index, total in enumerate(others[:SUMMED]):
        if (
            _summed(total)
            and count_the_same(quantity, total)
            and any(
                at in group and _parts_of(total, second, [own[i] for i in group])
                for group in groups.get(_rounded(total.value), ())
            )
        ):
            return {index}
    for group in _sums(second).get(_rounded(quantity.value), ()):
        parts = [others[i] for i in group]
        if any(count_the_same(quantity, q) for q in parts) and _parts_of(quantity, first, parts):
            return set(group)
    return None


def _parts_of(total: Quantity, claim: Slots, parts: Sequence[Quantity]) -> bool:
    """Whether figures may be the parts of a total (told in ``claim``): of one
    outcome at most, each counting what the total counts or a word its claim names ("12
    Somalis and 11 Yemenis" of "23 Somali and Yemeni pirates"); never a count of other things
    ("Two shots were fired by one officer" is no "Three shots": helper-225's story)."""
    named = word_keys(claim)
    people = _of_people(total)
    return _one_outcome(parts) and all(
        count_the_same(total, part)
        or (part.counted <= named and not _by(claim, part))
        or (people and _of_people(part, _ROLES))
        for part in parts
    )


def _by(claim: Slots, part: Quantity) -> bool:
    """Whether the figure names who did it ("fired by one officer"): no part of what was done."""
    return claim.claim.text.endswith(" by ", 0, part.span[0])


_PEOPLE_KEYS = frozenset(WORDS.key(word) for word in PEOPLE) | PEOPLE | {"person"}


_ROLES = frozenset(
    WORDS.key(word)
    for word in """officer officers police firefighter firefighters soldier soldiers civilian
    civilians passenger passengers crew paramedic paramedics student students pupil pupils
    teacher teachers guide guides man men woman women child children adult adults resident
    residents worker workers staff tourist tourists climber climbers patient patients guest
    guests victim victims""".split()
)
"""Words for people by what they are, which may be parts of a total of people ("Three
firefighters and two residents" of "Five people"; helper-229's review), but not the total
whose parts count the same people ("Nine soldiers" is no "Seven soldiers and two police
officers")."""


def _of_people(figure: Quantity, roles: frozenset[str] = frozenset()) -> bool:
    """Whether a figure counts people by no more than a word for people (or one of
    ``roles``), what befell them or their nationality ("one person" and "two injured" of
    "three people", "12 Somalis and 11 Yemenis" of "23 Somali pirates"), which parts of one
    total count alike."""
    return bool(figure.counted) and all(
        key in _PEOPLE_KEYS or key in roles or thing_group(key) in TOLLS or key in COUNTRY_OF
        for key in figure.counted
    )


def _summed(quantity: Quantity) -> bool:
    """Whether a figure is a plain count, which may be a part or a total."""
    return measure(quantity.what) not in UNSUMMED


@once_per_claim
def _sums(slots: Slots) -> dict[float, list[tuple[int, ...]]]:
    """The groups of two to ``MAX_PARTS`` of the claim's first ``SUMMED`` plain counts, by
    their sum: smaller groups first, each size in the order of its figures."""
    text, figures = slots.claim.text, slots.quantities[:SUMMED]
    counts = [
        index for index, q in enumerate(figures) if _summed(q) and not _subset(text, q, figures)
    ]
    found: dict[float, list[tuple[int, ...]]] = {}
    for size in range(2, MAX_PARTS + 1):
        for group in combinations(counts, size):
            total = sum(slots.quantities[index].value for index in group)
            found.setdefault(_rounded(total), []).append(group)
    return found


_SUBSET_BEFORE = re.compile(
    r"\b(?i:including|includes|included|among[ ]them|among[ ]whom|of[ ]whom|of[ ]which)"
    r"[ ](?:[\w’'-]+[ ]){0,2}$"
)
"""Words before a figure that make it some of a count the claim gives ("14 people were hurt,
including two children", "including at least two")."""

_SUBSET_AFTER = re.compile(r"[ ](?i:of[ ](?:them|whom|those))\b")
"""Words after a figure that make it some of a count the claim gives ("two of them")."""

SUBSET_REACH = 40
"""Characters before a figure searched for ``_SUBSET_BEFORE``."""


def _subset(text: str, quantity: Quantity, figures: Sequence[Quantity]) -> bool:
    """Whether the figure is told as some of what a larger figure before it in its claim
    counts: never a part to add to it ("Fourteen passengers were injured, two of them
    critically" is no sixteen; the new-user audit of 2026-12-07 found it read as sixteen,
    agreeing with "Sixteen passengers were injured"). Not of a figure before it of another
    thing, which cannot hold it ("seized two skiffs ..., including 12 Somalis and 11 Yemenis"
    sums to 23; helper-217's review), nor of no figure ("The apprehended included ...")."""
    start, end = quantity.span
    told_so = (
        quantity.what in DEGREES
        or _SUBSET_AFTER.match(text, end) is not None
        or _SUBSET_BEFORE.search(text, max(0, start - SUBSET_REACH), start) is not None
    )
    return told_so and any(o.span[0] < start and o.value > quantity.value for o in figures)


def _rounded(value: float) -> float:
    """A sum to nine decimal places: "4.5, 2.9 and 1.8" add up to 9.200000000000001, which is
    the 9.2 of the other claim (helper-172's review); whole figures stay exact, however large
    ("2000000000000" twice is no 4000000000001: helper-174)."""
    return round(value, 9)


def _one_outcome(parts: Sequence[Quantity]) -> bool:
    return len({q.what.lower() for q in parts if q.what.lower() in OUTCOMES}) <= 1


def more_hurt_badly_than_hurt(first: Slots, second: Slots) -> list[Difference]:
    """A ``number`` difference when one claim counts more people hurt badly ("Eight were
    seriously injured") than the other counts hurt at all ("Six people were hurt"): those hurt
    seriously are some of the hurt, so a count of them is set against a count of all the hurt
    only when it is the larger (helper-233's audit read "Three people were seriously injured"
    against "Eleven people were hurt, three of them seriously" as three against eleven)."""
    for one, other, flipped in ((first, second, False), (second, first, True)):
        for badly in one.quantities:
            if badly.what not in DEGREES or badly.bound or badly.approximate:
                continue
            for hurt in other.quantities:
                if (
                    thing_group(hurt.what.lower()) == HURT
                    and not hurt.bound
                    and not hurt.approximate
                    and hurt.value < badly.value
                ):
                    shown = (told(hurt), told(badly)) if flipped else (told(badly), told(hurt))
                    spans = (hurt.span, badly.span) if flipped else (badly.span, hurt.span)
                    return [Difference("number", *shown, hurt.what, *spans)]
    return []
