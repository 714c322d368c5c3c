"""Imported by every Python process that has this folder on its path (``benchmarks/timeline.py``
puts it on ``PYTHONPATH`` for one build): each process appends what it does to the file named
by ``TIMELINE_LOG``, one line per event (process id, parent id, event, monotonic time, CPU time
of the process), so that the build's process, the fork server and every worker can be laid side
by side. Events: the process starting; the import of the heavy libraries (``+import:numpy`` ..
``-import:numpy``); each call of the plugin's events and of the functions a worker runs
(``+run_job`` .. ``-run_job``); each stage's end as the plugin logs it (``lap:read``).
Nothing happens when ``TIMELINE_LOG`` is not set."""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

WATCHED = ("numpy", "scipy", "rapidfuzz", "trafilatura", "mkdocs_claimdiff.matching.align")
"""Imports timed from start to end."""
WRAPPED = {
    "mkdocs_claimdiff.pipeline": ("run_job", "read_in_worker"),
    "mkdocs_claimdiff.workers": ("warm_up", "_die_with_parent"),
}
"""Module-level functions timed from call to return, by module."""
PLUGIN = "mkdocs_claimdiff.plugin"
PLUGIN_EVENTS = ("on_startup", "on_config", "on_files", "on_nav", "on_env", "on_post_build")


def mark(event: str) -> None:
    line = (
        f"{os.getpid()} {os.getppid()} {event} {time.monotonic():.4f} {time.process_time():.4f}\n"
    )
    os.write(LOG, line.encode())


def timed(owner: Any, name: str) -> None:
    """Replace ``owner.name`` by a function that marks each call's start and end."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mark(f"+{name}")
        try:
            return function(*args, **kwargs)
        finally:
            mark(f"-{name}")

    setattr(owner, name, wrapper)


def instrument(name: str, module: ModuleType) -> None:
    for function in WRAPPED.get(name, ()):
        timed(module, function)
    if name == PLUGIN:
        for event in PLUGIN_EVENTS:
            timed(module.ClaimDiffPlugin, event)
        stage_timer: Callable[[str, float], None] = vars(module)["_timed"]

        def lap(stage: str, seconds: float) -> None:
            mark(f"lap:{stage}")
            stage_timer(stage, seconds)

        vars(module)["_timed"] = lap


class Finder(importlib.abc.MetaPathFinder):
    """Finds nothing itself: for the modules above, it has the real finder find the module and
    wraps the loading."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in (*WATCHED, *WRAPPED, PLUGIN):
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            if fullname in WATCHED:
                mark(f"+import:{fullname}")
            load(module)
            if fullname in WATCHED:
                mark(f"-import:{fullname}")
            instrument(fullname, module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if "TIMELINE_LOG" in os.environ:
    LOG = os.open(os.environ["TIMELINE_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    mark("start")
    atexit.register(mark, "exit")
    sys.meta_path.insert(0, Finder())
