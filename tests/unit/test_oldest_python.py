"""The package runs on the oldest Python ``pyproject.toml`` accepts, though the tests run on a
newer one: the syntax of its regular expressions is checked here, and ``mypy`` checks its use
of the standard library against that version (``python_version`` in ``pyproject.toml``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .regex_parser import parser
from .test_linear_patterns import PATTERNS

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

NEWER_SYNTAX = {"POSSESSIVE_REPEAT": "a possessive quantifier", "ATOMIC_GROUP": "an atomic group"}
"""What Python 3.11 added to regular expressions (its ``re`` module's own names): a pattern
with either does not compile on 3.10 ("multiple repeat"), and an import of its module fails.
A credit rule's ``[\\w'’.-]*+`` once stopped every build on 3.10 so."""


def _setting(name: str) -> str:
    """A setting of ``pyproject.toml`` given as a string on a line of its own (read without
    ``tomllib``, which the oldest Python lacks)."""
    found = re.search(rf'^{name} = "([^"]*)"$', PYPROJECT.read_text(encoding="utf-8"), re.M)
    assert found, f"no {name} in pyproject.toml"
    return found[1]


def _oldest_python() -> tuple[int, int]:
    """The version ``requires-python`` starts from (``>=3.10``)."""
    found = re.fullmatch(r">=\s*3\.(\d+)", _setting("requires-python"))
    assert found, "requires-python is not of the form >=3.N"
    return 3, int(found[1])


def _operations(parsed: object) -> Iterator[str]:
    """The names of the operations of a parsed pattern, nested ones included."""
    items = getattr(parsed, "data", parsed)  # a SubPattern holds its items in ``data``
    if isinstance(items, (list, tuple)):
        for item in items:
            yield from _operations(item)
    elif type(parsed).__name__ == "_NamedIntConstant":  # an operation, not a plain number
        yield str(parsed)


def _newer_syntax(source: str, flags: int = 0) -> list[str]:
    """What of ``NEWER_SYNTAX`` the pattern uses; on Python 3.10, which cannot read it, that
    it cannot."""
    try:
        parsed = parser.parse(source, flags)
    except re.error as error:
        return [f"syntax this Python cannot read ({error})"]
    return sorted({NEWER_SYNTAX[name] for name in _operations(parsed) if name in NEWER_SYNTAX})


def test_the_oldest_python_is_the_one_mypy_checks_against() -> None:
    major, minor = _oldest_python()
    assert _setting("python_version") == f"{major}.{minor}"


def test_no_pattern_uses_what_the_oldest_python_cannot_read() -> None:
    found = {
        name: _newer_syntax(pattern.pattern, pattern.flags) for name, pattern in PATTERNS.items()
    }
    assert {name: syntax for name, syntax in found.items() if syntax} == {}


def test_the_check_finds_newer_syntax() -> None:
    for newer, name in ((r"(?:a[\w.]*+ )?b", "possessive"), (r"x(?>ab|a)c", "atomic")):
        (found,) = _newer_syntax(newer)
        assert name in found or "cannot read" in found
    assert _newer_syntax(r"(?-i:[A-Z])[\w'’.-]*(?: \w+){0,3}", re.IGNORECASE) == []
