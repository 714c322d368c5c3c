"""Imported by the fork server last of all it loads (``SERVER_PRELOAD``), and nowhere else: it
leaves the mark that the server is ready (``WorkerPool.ready``): it writes into the empty file
that the build's process names in ``READY_MARK`` of the environment the server inherits.

A worker is forked only once the server has imported what jobs need, a few tenths of a second
after it starts; a job handed to the pool before that waits for it, in whichever thread hands
it. The build's process hands out stories as it reads them (``workers.early``), and must not
wait for the server meanwhile, so it hands them out only once the mark is there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from . import READY_MARK

with contextlib.suppress(OSError):
    if mark := os.environ.get(READY_MARK):
        Path(mark).write_text("ready\n", encoding="ascii")
