"""Python's cycle collector, paused while a build or a comparison makes objects that live on.

Comparing a story makes millions of small objects (tokens, slots, matches), and a build keeps
tens of thousands (settings, comparisons, pages); none of them is in a cycle, yet every full
run of the collector walks them all again. Paused, they are freed by their reference counts
as always; only cycles wait for the collector's next run.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused, and restored as it was (even on an error): nested pauses keep it
    paused until the outermost ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
