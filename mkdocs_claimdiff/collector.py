"""Python's cycle collector, paused while a build or a comparison makes objects that live on.

Comparing a story makes millions of small objects (tokens, slots, matches), and a build keeps
tens of thousands (settings, comparisons, pages); none of them is in a cycle, yet every full
run of the collector walks them all again. Paused, they are freed by their reference counts
as always; only cycles wait for the collector's next run.
"""

from __future__ import annotations

import atexit
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


def skip_the_collection_at_exit() -> None:
    """Have the process end without the cycle collector's last full run: Python runs it as
    the interpreter shuts down, after the ``atexit`` handlers, over every object still alive.
    After a build of the 407 ECB+ articles that is the whole site and its comparisons, 0.4 to
    0.5 s of a process that has nothing left to do. Every object is frozen (``gc.freeze``) by
    an ``atexit`` handler instead, so that run skips them; they are still freed by their
    reference counts. Only cycles alive at exit stay unfreed, and Python promises no
    finalizer at exit anyway. Registered once, however often it is called."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def freeze() -> bool:
    """Keep every object alive now away from the cycle collector, until ``thaw``.

    A site's settings, comparisons and pages are tens of thousands of objects that live as
    long as the build and form no cycles, yet each full run of the cycle collector walks all
    of them: seven times in a build of the 407 ECB+ articles (four while the pages render) and
    once as the process exits, over half a second of the main process to free a few hundred
    objects. So the collector is paused while the plugin reads, compares and adds pages (what
    it makes lives on), and every object alive then is frozen until the build ends: the
    collector skips them and still frees what rendering leaves. Nothing stays frozen after a
    build, whoever runs it (``mkdocs serve``, a script calling MkDocs' ``build``). The
    collector's run as the process exits is skipped apart (``skip_the_collection_at_exit``).

    Returns whether this froze anything: a host that froze objects itself is left as it was.
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def thaw() -> None:
    """Undo ``freeze``."""
    gc.unfreeze()
