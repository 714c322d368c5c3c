"""Worker processes for a build: started once, shared by reading pages and comparing stories,
and never left behind.

Processes are spawned, never forked: ``mkdocs serve`` has threads running, and a fork copies
their locks in whatever state they are; spawning works the same on every platform. Each worker
imports the package once and then takes job after job.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")

WARM_UP_MODULES = ("mkdocs_claimdiff.sources.discover", "mkdocs_claimdiff.matching.align")
"""What each worker imports as soon as it starts, while the build still reads its files: the
readers (trafilatura) and the matcher (numpy, scipy) take most of a worker's start-up."""


class WorkerPool:
    """Up to ``workers`` processes, started by ``start`` (or by the first job) and used for
    every job of one build. Leaving the ``with`` block drops the jobs not yet started and lets
    the processes end without waiting for them: the build has taken every result it needs, and
    a process that unloads numpy and scipy takes a few tenths of a second to end, which the
    build spends rendering instead. Leaving it by an error (or Ctrl-C) kills them at once
    rather than letting them finish the queue. They also die with this process
    (``_die_with_parent``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    @property
    def running(self) -> bool:
        return self._executor is not None

    def start(self) -> None:
        """Start the processes now and have each import what jobs need, so the start-up runs
        beside whatever this process does next."""
        for _ in range(self.workers):
            self.submit(_warm_up)

    def submit(self, function: Any, *args: Any) -> Future[Any]:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._executor.submit(function, *args)

    def kill(self) -> None:
        """Stop every worker now; the pool is not used again."""
        if self._executor is not None:
            processes = list(self._executor._processes.values())
            self._executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.kill()
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is not None:
            self.kill()
        elif self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def _warm_up() -> None:
    for module in WARM_UP_MODULES:
        importlib.import_module(module)


def available_cpus() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than the
    machine has): the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def main_is_guarded() -> bool:
    """Whether worker processes may start. A spawned worker runs the main script again, as a
    module named ``__mp_main__``: a script that builds the site at top level, without an
    ``if __name__ == "__main__":`` guard, would build again in every worker (and clean the
    site folder). ``mkdocs``, ``properdocs`` and ``claimdiff`` are guarded; an unguarded
    script gets its stories compared in its own process."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None:  # an interactive session: nothing to run again
        return True
    try:  # the loader also reads a zipped __main__ (pip's mkdocs.exe launcher on Windows)
        source = main.__loader__.get_source("__main__")  # type: ignore[union-attr]
    except (AttributeError, ImportError, OSError):
        source = None
    if source is None:
        try:
            source = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return bool(_MAIN_GUARD.search(source))


_MAIN_GUARD = re.compile(r"""if\s+__name__\s*==\s*["']__main__["']""")


PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""
PARENT_CHECK_SECONDS = 1.0


def _die_with_parent(parent: int) -> None:
    """Run in each worker as it starts: end it when the build that started it ends, however
    it ends. A ``kill -9`` of the build gives its workers no word, and a worker left computing
    holds a CPU for minutes. On Linux the kernel kills the worker with its parent
    (``PR_SET_PDEATHSIG``); everywhere a thread checks that the parent is still there."""
    if sys.platform.startswith("linux"):
        # Without prctl in this libc, the thread below still watches.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
