"""Worker processes for a build: started once, shared by reading pages and comparing stories,
and never left behind.

No worker is forked from the build's process: ``mkdocs serve`` has threads running, and a fork
copies their locks in whatever state they are. On Linux the workers fork from a fork server
(``multiprocessing``'s ``forkserver``): a fresh process, started from nothing, that imports
what the jobs need (the pipeline, the matcher with numpy, scipy and rapidfuzz) once, while the
build's process goes on reading, and then forks each worker with all of it loaded. Elsewhere
(macOS, where a forked process may not use the system's libraries, and Windows, which has no
fork) each worker is spawned, imports the package itself and then takes job after job.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures import as_completed as each_as_done
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from ..sources.listing import READER_MODULES

T = TypeVar("T")

COMPARING_MODULES = (
    *(f"mkdocs_claimdiff.sources.{module}" for module in sorted(set(READER_MODULES.values()))),
    "mkdocs_claimdiff.claims.extract",
    "mkdocs_claimdiff.matching.align",
)
"""What reading and comparing stories load: the readers with their rules, the claim readers and
the matcher (numpy, scipy, rapidfuzz). The build's process loads them only when it reads or
compares a story itself, which a build from the cache does not."""
SERVER_PRELOAD = (
    "mkdocs_claimdiff.workers.server",
    "mkdocs_claimdiff.pipeline",
    *COMPARING_MODULES,
    "mkdocs_claimdiff.workers.ready",
)
"""What the fork server imports before it forks any worker, the module that ties it to the
build first and the one that marks it ready last (``WorkerPool.ready``): the code of reading and
comparing is most of a worker's start-up, about 0.35 s of CPU that each spawned worker spends
again."""
WORKER_NICENESS = 3
"""How much lower the workers' priority is than the build's. Where two workers and the build
share two cores, the build's process then gets a whole core (Linux weighs nice 0 against nice 3
as 1024 to 526, each worker) and lays out the pages of each story as its comparison comes,
rather than trailing the workers and laying out the last pages with a core idle. Little
enough that workers still get half a core's share against other programs."""
WARM_UP_MODULES = ("mkdocs_claimdiff.sources.discover", *COMPARING_MODULES)
"""What each spawned worker imports as soon as it starts, while the build still reads its
files: the readers and the matcher take most of a worker's start-up."""


def forks_from_server() -> bool:
    """Whether workers fork from a fork server here (Linux) rather than being spawned."""
    return sys.platform.startswith("linux") and (
        "forkserver" in multiprocessing.get_all_start_methods()
    )


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
        self.from_server = forks_from_server()
        self._executor: ProcessPoolExecutor | None = None
        self._stopped: Future[None] = Future()
        """Done when the workers of the current executor are killed (``as_completed``)."""
        self._killing = threading.Lock()
        """Held by ``kill`` and ``submit``: the build's thread (Ctrl-C) and the comparing thread
        (its own error, or handing out jobs) may act at once, and the executor is shut down,
        and its ``_stopped`` set, once."""
        self._started = False
        self.cancelled = False
        """Whether the jobs were cancelled (``cancel``): none is run in this process instead."""

    @property
    def running(self) -> bool:
        """Whether the pool was started (``start``) or took a job."""
        return self._started or self._executor is not None

    def start(self) -> None:
        """Get the workers' start-up going now, so it runs beside whatever this process does
        next: on Linux the fork server starts and imports what jobs need (``SERVER_PRELOAD``;
        a server left from an earlier build in this process is used as it is), and workers
        fork from it with the first jobs; elsewhere the processes start and each imports what
        jobs need."""
        self._started = True
        if self.from_server:
            _context(from_server=True)
            forkserver.ensure_running()
        else:
            for _ in range(self.workers):
                self.submit(warm_up)

    def ready(self) -> bool:
        """Whether a job handed out now starts without waiting for the workers' start-up in
        this thread: spawned workers start on their own, but a worker forked from the server
        waits for the server's imports (``workers.ready``)."""
        if not self.running:
            return False
        return not self.from_server or _server_marked_ready()

    def submit(self, function: Any, *args: Any) -> Future[Any]:
        """Hand a job to the workers, starting them first if none run; under ``_killing``, so
        a ``kill`` from another thread stops either the workers before this job or those it
        started, and never the stop signal of one pool for another's."""
        with self._killing:
            if self.cancelled:
                raise BrokenProcessPool("the jobs were cancelled")
            if self._executor is None:
                self._stopped = Future()
                self._executor = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=_context(self.from_server),
                    initializer=_die_with_parent,
                )
            return self._executor.submit(function, *args)

    def as_completed(self, futures: Iterable[Future[T]]) -> Iterator[Future[T]]:
        """Each of ``futures`` (jobs of this pool) as it is done, as
        ``concurrent.futures.as_completed`` gives them, but ending with ``BrokenProcessPool``
        as soon as the workers are killed (``kill``, ``cancel``): a worker killed while it sent
        a result back leaves half a message in the pipe, and ``concurrent.futures``' thread,
        which reads it, then waits for the rest forever and never finishes a job again. A
        worker that dies so on its own (out of memory) is noticed within
        ``WORKER_CHECK_SECONDS``, and the workers are killed."""
        stopped = self._stopped
        pending = set(futures)
        while pending:
            # Waited for in turns of WORKER_CHECK_SECONDS, each watching every job once (not
            # once per job done: a site of a thousand stories would cost a million steps).
            waited: set[Future[Any]] = {*pending, stopped}
            try:
                for done in each_as_done(waited, timeout=WORKER_CHECK_SECONDS):
                    if done is stopped:
                        raise BrokenProcessPool("the workers were stopped")
                    pending.discard(done)
                    yield done
            except FuturesTimeout:
                if self._a_worker_died():
                    self.kill()  # died as it sent a result: no job of the pool would finish

    def result(self, future: Future[T]) -> T:
        """The result of one job of this pool (``as_completed``)."""
        return next(self.as_completed([future])).result()

    def _a_worker_died(self) -> bool:
        """Whether a worker process ended while the pool runs: only ``kill`` or the end of the
        pool ends them, so it died (out of memory, killed by someone). Wrong with
        ``max_tasks_per_child``, whose workers end on their own: this pool never sets it."""
        executor = self._executor
        processes = (executor._processes or {}) if executor is not None else {}
        return any(process.exitcode is not None for process in list(processes.values()))

    def kill(self) -> None:
        """Stop every worker now, and whatever waits for their jobs (``as_completed``), and
        free ``concurrent.futures``' own thread if it waits for the rest of a half-sent result.
        With jobs still running, this process's exit is also watched (``_end_if_stuck``), in
        case that thread still never ends."""
        self._started = False
        with self._killing:
            if self._executor is None:
                return
            if self.busy():
                _STUCK_EXIT_STATUSES.add(INTERRUPTED if self.cancelled else WORKER_DIED)
            processes = list(self._executor._processes.values())
            results = getattr(self._executor._result_queue, "_writer", None)  # a Connection
            self._executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.kill()
            # This process's end of the results' pipe closed, the pipe has no writer left
            # once the workers are dead, so ``concurrent.futures``' thread, waiting for the
            # rest of a half-sent result, reads its end and finishes: the exit need not wait.
            if results is not None:
                with contextlib.suppress(OSError):
                    results.close()
            self._executor = None
            self._stopped.set_result(None)

    def cancel(self) -> None:
        """Stop every worker now, as no one waits for the jobs any more: unlike a worker that
        died (``kill``), the jobs left are not to be run in this process instead."""
        self.cancelled = True
        self.kill()

    def busy(self) -> bool:
        """Whether jobs handed to the workers are not finished."""
        return self._executor is not None and bool(self._executor._pending_work_items)

    def cancel_at_exit(self) -> None:
        """Have the jobs cancelled if Python begins to exit while they run: they are waited
        for in a thread of ours, for a main thread that is gone (``_cancel_every_pool``)."""
        _POOLS.add(self)

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


_POOLS: weakref.WeakSet[WorkerPool] = weakref.WeakSet()
"""The pools to cancel as Python begins to exit (``cancel_at_exit``)."""


def _cancel_every_pool() -> None:
    """Cancel the jobs of the pools that asked for it as Python begins to exit: after Ctrl-C
    or ``kill -INT`` of a build whose comparing runs in a thread (``pipeline.start_comparing``),
    Python waits for that thread, and ``concurrent.futures`` for every job handed to the
    workers, until each story is compared. Called before both, by ``threading``'s exit hook
    (registered after the one of ``concurrent.futures``, so run before it). When workers were
    killed with jobs running, now or before, the process ends within ``STUCK_EXIT_SECONDS``
    whatever waits (``_end_if_stuck``)."""
    for pool in list(_POOLS):
        pool.cancel()
    if _STUCK_EXIT_STATUSES:
        _end_if_stuck(max(_STUCK_EXIT_STATUSES))


WORKER_CHECK_SECONDS = 0.25
"""How often whoever waits for jobs checks that no worker died (``as_completed``): a worker
that dies as it sends a result back leaves ``concurrent.futures`` waiting for the rest."""
STUCK_EXIT_SECONDS = 1.0
"""How long an interrupted build may take to exit once its workers are stopped."""
INTERRUPTED = 130
"""The exit status of a build ended so: as a shell reports a program stopped by Ctrl-C."""
WORKER_DIED = 1
"""The exit status of a process stuck so after a worker died on its own (``kill``)."""
_STUCK_EXIT_STATUSES: set[int] = set()
"""The exit status for each time workers were killed with jobs running (``kill``): a
``concurrent.futures`` thread may then be stuck, and this process's exit with it."""


def _end_if_stuck(status: int) -> None:
    """End the process with ``status`` if it has not ended ``STUCK_EXIT_SECONDS`` from now. A
    worker stopped while it sent a comparison back (Ctrl-C reaches the workers too, and
    ``cancel`` kills them) leaves half a message in the pipe that ``concurrent.futures``' own
    thread reads; that thread then waits for the rest forever, and Python's exit waits for
    the thread (one Ctrl-C in six of a test build hung so, on every version of this code
    before). ``kill`` now closes the pipe under that thread, which then ends; this stays for
    whatever else may hold it."""

    def end() -> None:
        time.sleep(STUCK_EXIT_SECONDS)
        os._exit(status)

    with contextlib.suppress(RuntimeError):  # a Python that starts no thread while exiting
        threading.Thread(target=end, name="claimdiff-exit", daemon=True).start()


_register_atexit = getattr(threading, "_register_atexit", None)  # Python 3.9 on; private
if _register_atexit is not None:
    _register_atexit(_cancel_every_pool)


def _context(from_server: bool) -> BaseContext:
    """How workers start: forked from the server, or spawned. ``multiprocessing`` keeps one
    fork server per process: it lives as long as this process (``mkdocs serve`` keeps it ready
    for the next build that compares many stories) and ends with it."""
    if from_server:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(SERVER_PRELOAD))
        _name_the_ready_mark()
        return context
    return multiprocessing.get_context("spawn")


READY_MARK = "CLAIMDIFF_SERVER_READY_MARK"
"""The variable of the fork server's environment that names the file ``workers.ready`` creates."""
_READY_MARK: Path | None = None
"""The empty file that the fork server of this process writes into once it has imported
(``workers.ready``): one file, created here and removed as this process exits (a process killed
with ``kill -9`` leaves it, empty, in the temporary folder)."""


def _name_the_ready_mark() -> None:
    """Name the file that marks this process's fork server ready in this process's environment,
    which the server inherits whichever thread starts it (``ensure_running``, or a job handed to
    the pool). Named once per process: a server started again after one died finds the mark of
    the first, and a job handed to it early waits for its imports, as any job did before."""
    global _READY_MARK
    if _READY_MARK is None:
        handle, name = tempfile.mkstemp(prefix="claimdiff-server-", suffix=".ready")
        os.close(handle)
        _READY_MARK = Path(name)
        atexit.register(_READY_MARK.unlink, missing_ok=True)
    os.environ[READY_MARK] = str(_READY_MARK)


def _server_marked_ready() -> bool:
    """Whether the fork server wrote its mark (``workers.ready``) into the file it was named."""
    try:
        return _READY_MARK is not None and _READY_MARK.stat().st_size > 0
    except OSError:
        return False


def warm_up() -> None:
    """Import what reading and comparing need (``WARM_UP_MODULES``): a spawned worker does as
    it starts, ``mkdocs serve`` while it waits for the first save. A module that fails to load
    (a broken install) is left to fail where it is used, which names the file it was for, as
    the fork server leaves it."""
    for module in WARM_UP_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def available_cpus() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than the
    machine has): the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when its parent dies."""


def end_with_parent() -> None:
    """Have the kernel kill this process when its parent ends, however it ends (on Linux;
    ``PR_SET_PDEATHSIG``). Without prctl in this libc, the watch of ``_die_with_parent`` is
    left."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _die_with_parent() -> None:
    """Run in each worker as it starts: end it when the build that started it ends, however
    it ends. A ``kill -9`` of the build gives its workers no word, and a worker left computing
    holds a CPU for minutes. On Linux the kernel kills the worker with its parent, the build
    or the fork server, which the kernel kills with the build (``workers.server``);
    everywhere a thread waits on a pipe from the build, which the system closes when the
    build ends."""
    end_with_parent()
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(WORKER_NICENESS)
    build = multiprocessing.parent_process()
    if build is None or not build.is_alive():  # the build ended before the line above
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(build.sentinel,), daemon=True).start()


def _watch_parent(sentinel: int) -> None:
    wait([sentinel])
    os._exit(1)
