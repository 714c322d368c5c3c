"""Whether two values that differences show are one value written two ways.

A difference sets two values of two matched claims against each other; a story's page gathers
the values of many matches of one row into one line ("source: police vs the Defence
Ministry"). Gathered as written, one source named three ways by three outlets ("CHP Officer
Brad Baehr", "he [Highway Patrol Officer Brad Baehr]", "Highway Patrol Officer Brad Baehr")
read as three sources against a fourth. The comparison of claims already tells who is one
source and what is one name; this module asks it of two shown values.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Difference
from .names import NAME_WORDS, name_word
from .qualifiers import unqualified
from .slots import WORDS, Quantity
from .source_identity import same_source


def one_value(kind: str, first: str, second: str) -> bool:
    """Whether ``first`` and ``second``, two values a difference of ``kind`` shows, are one:
    the same words whatever their qualifier, case, hyphens and full stops ("third degree
    murder", "third-degree murder"; "about 150", "150"); for a source, one source as the
    comparison of sources tells it ("navy", "The Indian Navy"); for a name, one name within the
    other ("A.J. Smith", "Chargers General Manager A.J. Smith"), a one-word name as its surname."""
    if _plain(first) == _plain(second):
        return True
    if kind == "source":
        return same_source(_who(first), _who(second))
    if kind == "name":
        left, right = _name_words(first), _name_words(second)
        shorter, longer = (first, second) if len(left) <= len(right) else (second, first)
        return (
            bool(left and right)
            and (left <= right or right <= left)
            and (
                min(len(left), len(right)) > 1
                or _last_name_word(shorter) == _last_name_word(longer)
            )
        )
    return False


def _last_name_word(name: str) -> str:
    """A name of one word is one with a longer name only as its last word, the surname
    ("Gaskin", "Dave Gaskin"): "Paris" is no "Paris Hilton", "Smith" no "Smith Barney"."""
    words = NAME_WORDS.findall(name.replace(".", " "))
    return name_word(words[-1]) if words else ""


def _plain(value: str) -> str:
    return " ".join(unqualified(value).casefold().replace("-", " ").replace(".", "").split())


def _who(source: str) -> str:
    """The source a shown value names: the one in brackets when the claim's own names no one
    ("the statement [a Defence Ministry release]", "he [Whiteside]")."""
    if source.endswith("]") and " [" in source:
        return source[source.rfind(" [") + 2 : -1]
    return source


def _name_words(name: str) -> frozenset[str]:
    return frozenset(name_word(word) for word in NAME_WORDS.findall(name.replace(".", " ")))


COMPARED_MEASURES = 32
"""Measures of one kind a row's value is set against: a row of a story of thousands of outlets
may give as many values of one distance, and each set against every other took seconds."""


def distinct_additions(additions: Sequence[Difference]) -> list[Difference]:
    """The ``adds`` of a row once per value: one measure that outlets write in other units or
    words ("about 2,000 feet", "about 2,000ft", "about 600 metres (2,000 feet)") is one detail
    only some of the row's claims give, not three (helper-160's audit). Each value is read
    once, and only measures of one ``what`` are set against each other."""
    kept: list[Difference] = []
    measures: dict[str, list[Quantity]] = {}
    for addition in additions:
        measured = _measure(addition.a or addition.b)
        if measured is not None:
            earlier = measures.setdefault(addition.what, [])
            if any(_one_measure(measured, other) for other in earlier[:COMPARED_MEASURES]):
                continue
            earlier.append(measured)
        kept.append(addition)
    return kept


@lru_cache(maxsize=4096)  # a row's values recur in its many matches
def _measure(value: str) -> Quantity | None:
    """The one figure with a unit that ``value`` writes (a distance, a duration), or None."""
    # Imported here: a build whose pages all come from the cache renders no row, and reading
    # figures is the largest module it would otherwise load.
    from .numbers import read_quantities

    found = read_quantities(value, WORDS, ())
    return found[0] if len(found) == 1 and found[0].unit else None


def _one_measure(one: Quantity, other: Quantity) -> bool:
    """Whether two measures are the same one, within a conversion's rounding."""
    from .agreement import same_value
    from .units import measure, tolerance

    share = max(tolerance(one), tolerance(other))
    return measure(one.what) == measure(other.what) and same_value(one, other, share)
