"""What the pages and exports read off one comparison, made once for as long as it lives.

A build asks for a story's digest and its rows' statuses from the story's page, its JSON
export, its text export and the index of all stories, far apart; ``mkdocs serve`` asks again
on every rebuild of the comparisons it kept. A comparison holds dicts, so it cannot be hashed:
what is made of it is kept by its identity, with a weak reference that drops it when the
comparison goes, before another object can take its id.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from ..model import Comparison

Made = TypeVar("Made")


def once_per_comparison(make: Callable[[Comparison], Made]) -> Callable[[Comparison], Made]:
    """``make``, run once for each comparison while the comparison lives."""
    kept: dict[int, tuple[weakref.ref[Comparison], Made]] = {}

    @wraps(make)
    def kept_or_made(comparison: Comparison) -> Made:
        key = id(comparison)
        found = kept.get(key)
        if found is not None and found[0]() is comparison:
            return found[1]
        made = make(comparison)
        kept[key] = (weakref.ref(comparison, lambda _gone: kept.pop(key, None)), made)
        return made

    return kept_or_made
