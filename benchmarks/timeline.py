"""Where a cold build's time goes, process by process: the build's process, the fork server (on
Linux) and each worker, laid side by side.

Usage (from the repository root, with ../shared beside it):

    python benchmarks/timeline.py                 # three cold builds of the ECB+ site
    python benchmarks/timeline.py --runs 1 --events
    python benchmarks/timeline.py --config path/to/mkdocs.yml

Each run is ``mkdocs build`` in a fresh process with an empty cache, with
``benchmarks/timeline_hook`` on ``PYTHONPATH``: its ``sitecustomize`` has every process of the
build log its events (see there). Printed for each run, in seconds from the build's start: when
the plugin's ``on_files`` begins, reading and comparing end (the stages of the debug log),
``on_files`` ends and the build ends; when each other process starts, takes its first job and
its first story to compare; and the CPU seconds of each process up to its last event (a worker
forked from the server ends without running Python's exit, so it logs no ``exit``).
``--events`` prints every event of every process as well. ``--code DIR`` builds with the
package in ``DIR`` instead (``git archive HEAD mkdocs_claimdiff | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from build import write_sites

HOOK = Path(__file__).resolve().parent / "timeline_hook"
Event = tuple[float, str, float]
"""Seconds since the build started, the event, the process's CPU seconds."""


def cold_build(config: Path, log: Path, code: Path | None) -> dict[int, list[Event]]:
    """The events of one cold build, by process id."""
    shutil.rmtree(config.parent / ".cache", ignore_errors=True)
    log.unlink(missing_ok=True)
    path = [str(HOOK)] + ([str(code)] if code is not None else [])
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(path), "TIMELINE_LOG": str(log)}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    subprocess.run(
        [str(mkdocs), "build", "-q", "-f", str(config)],
        env=environment,
        check=True,
        stderr=subprocess.DEVNULL,
    )
    lines = [line.split() for line in log.read_text().splitlines()]
    start = min(float(line[3]) for line in lines)
    events: dict[int, list[Event]] = defaultdict(list)
    for pid, _, event, at, cpu in lines:
        events[int(pid)].append((float(at) - start, event, float(cpu)))
    return events


def first(events: list[Event], *names: str) -> str:
    found = [at for at, event, _ in events if event in names]
    return f"{min(found):.2f}" if found else "-"


def report(events: dict[int, list[Event]], show_all: bool) -> None:
    build = min(events, key=lambda pid: events[pid][0][0])
    mine = events[build]
    print(
        f"  build: on_files {first(mine, '+on_files')}, read {first(mine, 'lap:read')},"
        f" compare {first(mine, 'lap:compare')}, on_files done {first(mine, '-on_files')},"
        f" end {first(mine, 'exit')}; CPU {mine[-1][2]:.2f} s"
    )
    for pid in sorted(events, key=lambda pid: events[pid][0][0]):
        if pid == build:
            continue
        own = events[pid]
        print(
            f"  process {pid}: start {own[0][0]:.2f}, first job"
            f" {first(own, '+read_in_worker', '+run_job', '+warm_up')},"
            f" first comparison {first(own, '+run_job')}, last event {own[-1][0]:.2f};"
            f" CPU {own[-1][2]:.2f} s"
        )
    print(f"  all processes: CPU {sum(own[-1][2] for own in events.values()):.2f} s")
    if show_all:
        for pid, own in sorted(events.items(), key=lambda item: item[1][0][0]):
            print(f"  == {pid}")
            for at, event, cpu in own:
                print(f"    {at:7.3f}  CPU {cpu:6.3f}  {event}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--config", type=Path, help="a site's mkdocs.yml (default: ECB+)")
    parser.add_argument("--code", type=Path, help="a folder holding another mkdocs_claimdiff")
    parser.add_argument("--events", action="store_true", help="print every event too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimdiff-timeline-") as folder:
        config = args.config or write_sites(Path(folder))[0] / "mkdocs.yml"
        for run in range(args.runs):
            print(f"Cold build {run + 1}, load {os.getloadavg()[0]:.1f}:")
            report(cold_build(config.resolve(), Path(folder) / "log", args.code), args.events)


if __name__ == "__main__":
    main()
