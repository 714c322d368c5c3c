"""The needles of the chrome rules never turn away a line the rule's pattern matches.

``phrase_reason`` tries a rule's pattern only on a line whose folded text (``fold_case``) holds
one of the rule's needles. That is safe if every match, folded, contains a needle: proved here
from the pattern's syntax tree, checked on random lines the patterns match, and resting on
``fold_case`` turning every character a case-insensitive pattern matches to a needle's letter
into that letter, checked for every character Unicode has.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mkdocs_claimdiff.sources.chrome import phrase_reason, word_count
from mkdocs_claimdiff.sources.chrome_rules import RULES
from mkdocs_claimdiff.sources.phrase_rule import Rule, fold_case

from .regex_parser import parser as _parser

NEEDLED = [rule for rule in RULES if rule.needles]

MAX_STRINGS = 10_000
"""The most strings an exact part of a pattern may stand for before the proof gives up on it."""


def _rule_id(rule: Rule) -> str:
    return f"{rule.reason} ({rule.max_words} words)"


@cache
def _every_character() -> str:
    return "".join(map(chr, range(sys.maxunicode + 1)))


def _strings(items: Iterable[tuple[Any, Any]]) -> set[str] | None:
    """Every folded string a sequence of pattern items can match, or None if not a few."""
    strings = {""}
    for op, value in items:
        item = _item_strings(op, value)
        if item is None:
            return None
        strings = {head + tail for head in strings for tail in item}
        if len(strings) > MAX_STRINGS:
            return None
    return strings


def _item_strings(op: Any, value: Any) -> set[str] | None:
    name = str(op)
    if name == "LITERAL":
        return {chr(value).lower()}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}  # zero width: an anchor, a word boundary or a look-around
    if name == "IN" and all(str(kind) == "LITERAL" for kind, _ in value):
        return {chr(code).lower() for _, code in value}
    if name == "SUBPATTERN" and not value[1] and not value[2]:  # no inline flags
        return _strings(value[3])
    if name == "BRANCH":
        branches = [_strings(branch) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if name in ("MAX_REPEAT", "MIN_REPEAT") and value[1] <= 3:
        once = _strings(value[2])
        if once is None:
            return None
        strings: set[str] = set()
        for times in range(value[0], value[1] + 1):
            repeated = {""}
            for _ in range(times):
                repeated = {head + tail for head in repeated for tail in once}
            strings |= repeated
        return strings if len(strings) <= MAX_STRINGS else None
    return None


def _each_holds_one(strings: set[str], needles: tuple[str, ...]) -> bool:
    return all(any(needle in string for needle in needles) for string in strings)


def _holds(items: Iterable[tuple[Any, Any]], needles: tuple[str, ...]) -> bool:
    """True if every match of a sequence of pattern items, folded, contains a needle.

    The items of a sequence match one after another, so a run of items with few strings each
    matches one of the strings joined; any other item holds a needle if all its branches do, or
    its body does and it repeats at least once.
    """
    run = {""}
    for op, value in items:
        item = _item_strings(op, value)
        if item is not None:
            joined = {head + tail for head in run for tail in item}
            if len(joined) <= MAX_STRINGS:
                run = joined
                continue
            if _each_holds_one(run, needles):
                return True
            run = item
            continue
        if _each_holds_one(run, needles) or _item_holds(op, value, needles):
            return True
        run = {""}
    return _each_holds_one(run, needles)


def _item_holds(op: Any, value: Any, needles: tuple[str, ...]) -> bool:
    name = str(op)
    if name == "SUBPATTERN" and not value[1] and not value[2]:
        return _holds(value[3], needles)
    if name == "ATOMIC_GROUP":
        return _holds(value, needles)
    if name == "BRANCH":
        return all(_holds(branch, needles) for branch in value[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return bool(value[0] >= 1) and _holds(value[2], needles)
    return False


def _proves(pattern: re.Pattern[str], needles: tuple[str, ...]) -> bool:
    assert pattern.flags & ~(re.IGNORECASE | re.UNICODE) == 0, "only IGNORECASE is modelled"
    return _holds(_parser.parse(pattern.pattern, pattern.flags), needles)


def test_the_proof_tells_needles_that_hold_from_needles_that_do_not() -> None:
    ignore = re.IGNORECASE
    assert _proves(re.compile(r"cookies?|ablehnen", ignore), ("cookie", "ablehnen"))
    assert not _proves(re.compile(r"cookies?|ablehnen", ignore), ("cookies", "ablehnen"))
    assert not _proves(re.compile(r"cookies?|ablehnen", ignore), ("cookie",))
    assert _proves(re.compile(r"e-?mail (?:address|form)", ignore), ("l a", "l f"))
    assert not _proves(re.compile(r"e-?mail (?:address|form)", ignore), ("e-mail",))
    assert _proves(re.compile(r"^\d+ (?:Comments?|notes)\b", ignore), ("comment", "notes"))
    assert not _proves(re.compile(r"\d+ (?:comments)?", ignore), ("comment",))
    assert _proves(re.compile(r"successful+y", ignore), ("success",))
    assert not _proves(re.compile(r"success(?:ful)*y", ignore), ("ful",))
    assert not _proves(re.compile(r"[ií]ndex", ignore), ("index",))
    assert _proves(re.compile(r"[ií]ndex", ignore), ("ndex",))


@pytest.mark.parametrize("rule", NEEDLED, ids=_rule_id)
def test_every_match_of_a_rule_holds_one_of_its_needles(rule: Rule) -> None:
    assert all(needle == fold_case(needle) and needle for needle in rule.needles)
    assert _proves(rule.pattern, rule.needles)


def test_fold_case_turns_what_a_pattern_matches_to_a_needle_letter_into_that_letter() -> None:
    """``fold_case(t)`` is the needle's character for every ``t`` the pattern's character
    matches case-insensitively, as a literal or in a class, for every character Unicode has
    (the dotless ı and the long ſ match i and s; the Kelvin sign matches k)."""
    everything = _every_character()
    odd: dict[str, set[str]] = {}
    needled = {character for rule in NEEDLED for needle in rule.needles for character in needle}
    for character in sorted(needled):
        written = {character, character.upper()} if len(character.upper()) == 1 else {character}
        for form in written:
            for pattern in (re.escape(form), f"[{re.escape(form)}]"):
                for match in re.finditer(pattern, everything, re.IGNORECASE):
                    if fold_case(match.group()) != character:
                        odd.setdefault(character, set()).add(match.group())
    assert odd == {}
    assert fold_case("İNDEX ıs ſO \u212aEY") == "index is so key"


def _plain_reason(text: str, kind: str) -> str | None:
    """``phrase_reason`` without the needles: every rule's pattern tried in turn."""
    rules = [rule for rule in RULES if kind != "item" or rule.rows_too]
    words = word_count(text)
    return next(
        (rule.reason for rule in rules if words <= rule.max_words and rule.pattern.search(text)),
        None,
    )


@pytest.mark.parametrize("rule", NEEDLED, ids=_rule_id)
# Lines drawn from a pattern with lookarounds are often drawn again, and on a slow run too many
# of them were: the health check failed about one run in seven (the advertisement rule).
@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_lines_a_rule_matches_pass_its_needles(rule: Rule, data: st.DataObject) -> None:
    """Random lines the pattern matches, in any case and with text around the match."""
    line = data.draw(st.from_regex(rule.pattern), label="line")
    assert rule.pattern.search(line)
    folded = fold_case(line)
    assert any(needle in folded for needle in rule.needles)
    for kind in ("paragraph", "item"):
        assert phrase_reason(line, kind) == _plain_reason(line, kind)
