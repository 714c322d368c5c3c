"""How far comparing has got, told only when it takes long enough for a reader to wonder.

Comparing many stories cold can take a while (tens of seconds for a few hundred articles);
a build that says nothing all that time looks stuck. A small site, or one whose comparisons
all come from the cache, stays quiet.
"""

from __future__ import annotations

import time
from collections.abc import Callable

MANY_STORIES = 10
"""From this many stories to compare, the start is told at once."""
LONG = 3.0
"""Seconds after which comparing is told about even for fewer stories."""
EVERY = 5.0
"""Seconds between two reports of how many stories are done."""


class Progress:
    """Told ``(done, total)`` as stories are compared: ``(0, total)`` first, then after each."""

    def __init__(self, say: Callable[[str], None], clock: Callable[[], float] = time.monotonic):
        self._say = say
        self._clock = clock
        self._started = 0.0
        self._last = 0.0
        self._told = False

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if done == 0:
            self._started = self._last = now
            self._told = total >= MANY_STORIES
            if self._told:
                self._say(f"comparing {total} stories…")
            return
        elapsed = now - self._started
        if done == total:
            if self._told or elapsed >= LONG:
                stories = "story" if total == 1 else "stories"
                self._say(f"compared {total} {stories} in {elapsed:.1f} s")
            return
        due = now - self._last >= EVERY if self._told else elapsed >= LONG
        if due:
            self._told = True
            self._last = now
            self._say(f"comparing stories: {done}/{total} done ({elapsed:.0f} s)")


class Stopwatch:
    """Tells ``timer`` the seconds since the last lap (or since it was made) at each lap."""

    def __init__(self, timer: Callable[[str, float], None] | None) -> None:
        self._timer = timer
        self._since = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self._timer is not None:
            self._timer(stage, now - self._since)
        self._since = now
