"""Every fast path that skips a pattern where a text lacks its parts gives what the pattern gives.

A fast path looks for plain strings (the parts) in a claim's lower case and searches the pattern
only where one is. It is right only while every match of the pattern holds a part, whatever its
spaces and case: a word added to a pattern and not to its parts would be skipped where it stands
alone. So the texts tried are drawn from each pattern's own syntax tree (every alternative it
reads, words added later included), not from a list written beside it, and each is tried again
with other spaces and with the characters that case folding reads as ASCII letters.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from mkdocs_claimdiff.claims import further
from mkdocs_claimdiff.claims import hedges as claim_hedges
from mkdocs_claimdiff.claims.attribution import has_cue
from mkdocs_claimdiff.differences import bearings, charges, days, hedges, names, negations, numbers
from mkdocs_claimdiff.differences.slots import ascii_lower, lacks, word_parts

from .regex_parser import parser as _parser

SAMPLES = 600
"""Texts drawn from each pattern (before the variants): enough to take every alternative of
the longest alternation (the number words) several times."""

MATCHED_SHARE = 0.2
"""Of the texts drawn, the share the full pattern must find something in: the drawing ignores
negative look-arounds, so some do not match, but a test of texts that never match proves
nothing."""


def _character(items: Iterable[tuple[Any, Any]], chance: random.Random) -> str:
    """A character a set (``[...]``) of the pattern matches."""
    choices: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            return "q"
        if name == "LITERAL":
            choices.append(chr(value))
        elif name == "RANGE":
            choices.append(chr(chance.randint(*value)))
        elif name == "CATEGORY":
            choices.append(_category(value))
    return chance.choice(choices)


def _category(category: Any) -> str:
    name = str(category)
    if "NOT" in name:
        return "a" if "DIGIT" in name or "SPACE" in name else " "
    return {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " "}.get(name, "a")


def _drawn(items: Iterable[tuple[Any, Any]], chance: random.Random) -> str:
    """A text the pattern items may match: one alternative of each branch, each look-ahead or
    look-behind written where it stands, negative look-arounds and anchors passed over."""
    text = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            text.append(chr(value))
        elif name == "NOT_LITERAL":
            text.append("a" if value != ord("a") else "b")
        elif name == "ANY":
            text.append("a")
        elif name == "IN":
            text.append(_character(value, chance))
        elif name == "CATEGORY":
            text.append(_category(value))
        elif name == "ASSERT":
            text.append(_drawn(value[1], chance))
        elif name == "SUBPATTERN":
            text.append(_drawn(value[3], chance))
        elif name == "ATOMIC_GROUP":
            text.append(_drawn(value, chance))
        elif name == "BRANCH":
            text.append(_drawn(chance.choice(value[1]), chance))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            least, most, body = value
            times = chance.randint(least, min(most, least + 2))
            text.extend(_drawn(body, chance) for _ in range(times))
    return "".join(text)


def _variants(text: str) -> list[str]:
    """The text as drawn, with other spaces, and in other cases, among them the characters a
    pattern that ignores case reads as ASCII letters and ``lower`` does not make them."""
    spaced = [text.replace(" ", space) for space in ("\t", "\n", "\xa0", "  ")]
    folded = [text.replace(ascii, other) for ascii, other in (("s", "ſ"), ("i", "ı"), ("i", "İ"))]
    kelvin = text.replace("k", "\u212a")
    return [text, *spaced, text.upper(), text.title(), *folded, kelvin]


def _spans(pattern: re.Pattern[str]) -> Callable[[str], list[tuple[int, int]]]:
    return lambda text: [match.span() for match in pattern.finditer(text)]


def _skipped(
    parts: tuple[str, ...], pattern: re.Pattern[str]
) -> Callable[[str], list[tuple[int, int]]]:
    """The fast path of ``slots.lacks``: no match where the text lacks the parts."""
    return lambda text: [] if lacks(ascii_lower(text), parts) else _spans(pattern)(text)


def _hedges(text: str) -> tuple[str, ...]:
    """``find_hedges`` with no cue looked for: every sentence searched."""
    found = (" ".join(m.group().lower().split()) for m in claim_hedges._HEDGE.finditer(text))
    return tuple(dict.fromkeys(found))


def _perfect(text: str) -> bool:
    """How ``find_further_source`` tries ``_PERFECT_SPEAKER``: only where a cue is."""
    cue = has_cue(text.lower(), further._PERFECT_CUES)
    return cue and re.search(further._PERFECT_SPEAKER, text) is not None


def _placed_fast(text: str) -> bool:
    """``names._placed`` before a name that follows the drawn text."""
    return names._placed(text + "Queens", len(text))


def _placed_by_pattern(text: str) -> bool:
    """``_WHERE_BEFORE`` searched where ``names._placed`` searches it, with no shortcut."""
    start = len(text)
    reach = max(0, start - names.WHERE_REACH)
    return names._WHERE_BEFORE.search(text + "Queens", reach, start) is not None


FAST_PATHS: list[tuple[str, str, Callable[[str], object], Callable[[str], object]]] = [
    # (name, pattern drawn from, fast path, full pattern)
    *(
        (name, pattern.pattern, _skipped(parts, pattern), _spans(pattern))
        for name, parts, pattern in (
            ("days", days._DAY_PARTS, days._DAY_CUE),
            ("months", days._MONTH_PARTS, days._MONTH_ONLY),
            ("day words", days._DAY_WORD_PARTS, days._DAY_WORDS),
            ("years", days._YEAR_PARTS, days._YEAR),
            ("bearings", bearings._WAYS, bearings._BEARING),
            ("charges", charges._CHARGING_PARTS, charges._CHARGING),
            ("figures", numbers._QUANTITY_PARTS, numbers._QUANTITY_CUE),
        )
    ),
    ("hedges", claim_hedges._HEDGE.pattern, claim_hedges.find_hedges, _hedges),
    (
        "polarities",
        negations._POLAR_CUE.pattern,
        negations._polar_cue_finds,
        lambda text: negations._POLAR_CUE.search(text) is not None,
    ),
    ("places", names._WHERE_BEFORE.pattern, _placed_fast, _placed_by_pattern),
    (
        "accusations",
        hedges._ACCUSATION.pattern,
        lambda text: hedges._hedges_in(text, ()),
        lambda text: tuple(
            dict.fromkeys(
                " ".join(m.group().lower().split()) for m in hedges._ACCUSATION.finditer(text)
            )
        ),
    ),
    (
        "perfect speakers",
        further._PERFECT_SPEAKER,
        _perfect,
        lambda text: re.search(further._PERFECT_SPEAKER, text) is not None,
    ),
]


@pytest.mark.parametrize(
    ("name", "pattern", "fast", "full"), [pytest.param(*row, id=row[0]) for row in FAST_PATHS]
)
def test_a_fast_path_gives_what_its_pattern_gives_on_texts_drawn_from_the_pattern(
    name: str, pattern: str, fast: Callable[[str], object], full: Callable[[str], object]
) -> None:
    """Each text drawn, in each variant, alone and inside a sentence: the same result."""
    chance = random.Random(name)
    tree = _parser.parse(pattern)
    drawn = [_drawn(tree, chance) for _ in range(SAMPLES)]
    assert sum(bool(full(text)) for text in drawn) >= MATCHED_SHARE * SAMPLES
    differ = [
        text
        for base in drawn
        for variant in _variants(base)
        for text in (variant, f"Then, {variant} he fled.")
        if fast(text) != full(text)
    ]
    assert differ == []


def test_drawn_texts_take_every_word_of_a_pattern() -> None:
    """The drawing reaches each alternative, so a word added to a pattern and not to its parts
    is caught: "arraigned" added to the charging words of the pattern only."""
    chance = random.Random(0)
    words = tuple(word for word in charges._CHARGING_WORDS if word != "arraigned")
    grown = re.compile(rf"\b(?i:{'|'.join((*words, 'arraigned'))})\b")
    drawn = {_drawn(_parser.parse(grown.pattern), chance) for _ in range(SAMPLES)}
    assert {*words, "arraigned"} <= drawn
    stale = _skipped(word_parts(words), grown)
    assert [text for text in drawn if stale(text) != _spans(grown)(text)] == ["arraigned"]
