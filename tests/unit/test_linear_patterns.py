"""Every regular expression of the package runs in linear time, found without a list to keep.

The patterns are collected by walking every module of ``mkdocs_claimdiff`` (module globals and
the tuples, dicts and dataclasses they hold), so a pattern added tomorrow is tested without
anyone remembering to list it. Each is run over generated hostile text: long runs of
capitalised words, initials, quotes, dots, spaces and of the pattern's own literal words, each
followed by tails that make a match fail at the very end (the shape that makes a backtracking
engine retry from every position). A pattern fails when the time for a four times longer text
grows much faster than four times.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import mkdocs_claimdiff
from mkdocs_claimdiff.claims.attribution import find_attribution
from mkdocs_claimdiff.sources.chrome import _CREDIT_LABEL

PACKAGE = Path(mkdocs_claimdiff.__file__).parent
SMALL = 2_000
"""Characters of the shorter hostile text; the longer one has four times as many."""
SLOW = 0.004
"""Seconds under which a run over the longer text is fast whatever its growth. A quadratic
pattern takes 0.014 s on 8,000 characters on an idle machine, so the line sits well below."""
MAX_GROWTH = 11.0
"""Linear time grows 4 times for 4 times the text, quadratic 16 times. Linear patterns were
measured at up to 8.4 times on a loaded machine (the longer text falls out of the CPU's cache),
so the line sits between that and quadratic."""

BASE_UNITS = (
    "Aaa ",
    "Aaa Bbb ",
    "A. ",
    "A.",
    "A.B. ",
    "A&",
    "A-",
    "A'",
    "al-Aaa ",
    "the Aaa ",
    "Aaa of ",
    "Aaa, ",
    "a source ",
    "'",
    '"',
    "“",
    "’",
    ".",
    ". ",
    "...",
    "?",
    "?!",
    " ",
    "\n",
    "\t",
    "a",
    "a ",
    "1",
    "1,",
    "1.",
    "1 ",
    "-",
    "*a ",
    "_a ",
    "[a](",
    "(a",
    "<a ",
    "&a",
    "<!--",
    "`",
    "# ",
    "| ",
    "/ ",
    "A / ",
    ":",
    ",",
)
TAILS = ("!", ", x said", "x1", "")
"""Each run of units ends in one of these, in turn, in one text; the empty tail comes last, so
the text ends in the bare run."""


def _modules() -> Iterator[ModuleType]:
    yield mkdocs_claimdiff
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="mkdocs_claimdiff."):
        yield importlib.import_module(info.name)


def _patterns_in(value: object, seen: set[int]) -> Iterator[re.Pattern[str]]:
    """The compiled patterns held by a value, looking into containers and dataclasses."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, seen)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _patterns_in(getattr(value, field.name), seen)


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern the package's modules hold, by a readable name."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            for number, pattern in enumerate(_patterns_in(value, seen)):
                found[f"{module.__name__}.{name}[{number}]"] = pattern
    return found


PATTERNS = package_patterns()


def _literals(pattern: re.Pattern[str]) -> list[str]:
    """The words the pattern spells out, as units of hostile text: a run of the very words a
    pattern looks for is what makes it try hardest."""
    words = dict.fromkeys(re.findall(r"[A-Za-z]{2,}", pattern.pattern))
    return [unit for word in words for unit in (f"{word} ", f"{word.capitalize()} ")]


def _run(pattern: re.Pattern[str], text: str, whole: bool = False) -> float:
    """Seconds to find every match in ``text``, or (``whole``) to match all of it and its
    start, as ``fullmatch`` and ``match`` do: a pattern tried once on a whole line can backtrack
    where searching it cannot (a run of spaces before a last "x")."""
    started = time.perf_counter()
    if whole:
        pattern.fullmatch(text)
        pattern.match(text)
    else:
        for _match in pattern.finditer(text):
            pass
    return time.perf_counter() - started


def _hostile(unit: str, length: int) -> str:
    """Runs of ``unit`` of about ``length`` characters in all, each ended by one of the tails:
    every tail makes the match fail at the end of a run, and one text per unit tests them all
    (a pattern that backtracks over a run does so in each, so its time still grows faster)."""
    run = unit * (length // len(TAILS) // len(unit))
    return "".join(run + tail for tail in TAILS)


def _growth(pattern: re.Pattern[str], unit: str, whole: bool = False) -> tuple[float, float]:
    """Seconds for the short and the long hostile text (the long one first: most are fast)."""
    long_text = _hostile(unit, 4 * SMALL)
    slow = _run(pattern, long_text, whole)
    if slow < SLOW:
        return 0.0, slow
    short_text = _hostile(unit, SMALL)
    fast = _run(pattern, short_text, whole)
    if slow <= MAX_GROWTH * fast:
        return fast, slow  # linear on the first runs: most slow patterns, no need to repeat
    # The best of runs taken in turn, so a moment of load on a shared machine weighs on both.
    for _ in range(2):
        fast = min(fast, _run(pattern, short_text, whole))
        slow = min(slow, _run(pattern, long_text, whole))
    return fast, slow


def _grows(pattern: re.Pattern[str], unit: str, whole: bool = False) -> float | None:
    """How much longer the long text takes than the short one, if that is more than linear
    growth allows, measured twice; None when the pattern keeps to linear time."""
    for _ in range(2):
        fast, slow = _growth(pattern, unit, whole)
        if not fast or slow <= MAX_GROWTH * fast:
            return None
    return slow / fast


def test_the_walk_finds_the_patterns_of_every_kind_of_module() -> None:
    """The walk reaches plain globals, tuples of patterns and patterns inside dataclasses."""
    modules = {name.split("[")[0] for name in PATTERNS}
    assert {
        "mkdocs_claimdiff.claims.sentences._BOUNDARY",
        "mkdocs_claimdiff.claims.attribution._ATTRIBUTIONS",
        "mkdocs_claimdiff.sources.chrome.RULES",
        "mkdocs_claimdiff.sources.markup._EMPHASIS",
    } <= modules
    assert len(PATTERNS) >= 60


def test_every_pattern_is_compiled_where_the_walk_finds_it() -> None:
    """A pattern given as a string to ``re.sub`` (or compiled inside a function and dropped)
    would escape the test below: the package compiles every pattern once, as a module name."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr not in ("compile", "escape")
            ):
                calls.append(f"{path.name}:{node.lineno} re.{node.func.attr}")
    assert calls == []


def test_the_check_tells_a_quadratic_pattern_from_a_linear_one() -> None:
    """Retrying ``\\w*`` from every position of a run is quadratic; a literal is not. A
    quadratic pattern is seen in one of three tries: a load spike while the short text runs
    can hide its growth once (the check itself errs towards "linear" under load)."""
    for quadratic, unit in ((r"\w*x", "a"), (r"(?:[A-Z]\w* )*said", "Aaa ")):
        assert any(_grows(re.compile(quadratic), unit) is not None for _ in range(3))
    assert _grows(re.compile(r"x"), "a") is None
    assert _grows(re.compile(r"[A-Z]\w*"), "Aaa ") is None


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_pattern_runs_in_linear_time(name: str) -> None:
    pattern = PATTERNS[name]
    slowest: list[tuple[float, str]] = []
    for unit in (*BASE_UNITS, *_literals(pattern)):
        growth = _grows(pattern, unit)
        if growth is not None:
            slowest.append((growth, f"runs of {unit!r}"))
    assert not slowest, f"{pattern.pattern!r} grows faster than linearly on {sorted(slowest)[-3:]}"


def _matched_whole() -> list[str]:
    """The patterns the package tries on a whole text, unbounded: ``NAME.fullmatch`` or
    ``NAME.match`` called (or passed, ``map(NAME.fullmatch, lines)``) without an end, read off
    the source by the pattern's name."""
    used: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # A call given an end bounds what the pattern can backtrack over.
        bounded = {
            id(node.func)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and len(node.args) >= 3
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("fullmatch", "match")
                and isinstance(node.value, ast.Name)
                and id(node) not in bounded
            ):
                used.add((path.stem, node.value.id))
    return [
        name
        for name in sorted(PATTERNS)
        if (name.rsplit(".", 2)[-2], name.rsplit(".", 1)[-1].split("[")[0]) in used
    ]


MATCHED_WHOLE = _matched_whole()


def test_the_walk_finds_the_patterns_matched_whole() -> None:
    assert "mkdocs_claimdiff.sources.markdown._EMPTY_ITEM[0]" in MATCHED_WHOLE
    assert len(MATCHED_WHOLE) >= 20


@pytest.mark.parametrize("name", MATCHED_WHOLE)
def test_every_pattern_matched_whole_runs_in_linear_time(name: str) -> None:
    """As the test above, for ``fullmatch`` and ``match``: the Markdown reader's empty-item
    pattern, ``[ \\t>]*(?:[-*+]|\\d{1,9}[.)])?[ \\t]*``, was linear when searched and quadratic on
    one line of 80,000 spaces and an "x" (17 s), which a review found."""
    pattern = PATTERNS[name]
    slowest: list[tuple[float, str]] = []
    for unit in (*BASE_UNITS, *_literals(pattern)):
        growth = _grows(pattern, unit, whole=True)
        if growth is not None:
            slowest.append((growth, f"runs of {unit!r}"))
    assert not slowest, f"{pattern.pattern!r} grows faster than linearly on {sorted(slowest)[-3:]}"


def test_the_whole_check_tells_a_quadratic_pattern_from_a_linear_one() -> None:
    quadratic = re.compile(r"[ \t>]*(?:[-*+]|\d{1,9}[.)])?[ \t]*")
    assert any(_grows(quadratic, " ", whole=True) is not None for _ in range(3))
    assert _grows(re.compile(r"[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]*)?"), " ", whole=True) is None


def test_a_credit_by_a_name_of_many_capitalised_ands_is_fast() -> None:
    """A word "And" was both a capitalised name word and "and" to the credit pattern ("Video
    by X And And ... x"), so each one doubled the ways to fail: 0.25 s for 20 of them and four
    times as long for every two more (found by a review; its prefix keeps it from the hostile
    runs above, which never reach the repeated part)."""
    line = "Video by X" + " And" * 24 + " x"
    started = time.perf_counter()
    assert _CREDIT_LABEL.match(line) is None
    assert time.perf_counter() - started < 0.05
    # A name word took its full stops and the closing brackets after it took them too: a run
    # of them was split every way (7 s for 50,000; a review).
    line = "[Image via X" + "." * 50_000 + "!"
    started = time.perf_counter()
    assert _CREDIT_LABEL.match(line) is None
    assert time.perf_counter() - started < 0.1


@pytest.mark.parametrize(
    "line",
    [
        "Aaa " * 10_000 + ", x said",
        "the " + "Aaa " * 10_000 + ", x said",
        "A." * 20_000 + " x said",
        "A&" * 20_000 + " x said",
        "two " + "aaa " * 10_000 + "sources, x said",
    ],
    ids=["capitalised run", "determiner", "initials", "ampersands", "source noun"],
)
def test_attribution_of_a_long_run_before_said_is_fast(line: str) -> None:
    """Issue 16, finding 1: 10 kB of capitalised words before "said" took 5.7 s."""
    started = time.perf_counter()
    find_attribution(line)
    assert time.perf_counter() - started < 1
