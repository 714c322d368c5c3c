"""A time budget per article file, so that no single file can hold a build hostage.

Every pattern the readers apply runs in linear time (``tests/unit/test_linear_patterns.py`` checks
each of them), and the rules that clean a scrape look at each line a fixed number of times. A
budget still guards against what no test foresaw: the loops of the readers call ``check`` as
they go, and once an article has taken ``ARTICLE_SECONDS`` to read, reading stops with
``OverBudget``, which ``read_article`` turns into a warning naming the file, and the build
goes on without it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

ARTICLE_SECONDS = 30.0
"""Seconds one article may take to read; a 2 MB scrape of the worst shapes takes a few."""

_deadline: ContextVar[float | None] = ContextVar("claimdiff_deadline", default=None)


class OverBudget(Exception):
    """Reading an article took longer than its budget."""


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Let the code inside run for ``seconds``; ``check`` raises OverBudget after that."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise OverBudget if the current budget is spent; cheap enough to call per line."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget
