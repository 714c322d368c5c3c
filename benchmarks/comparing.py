"""CPU time of comparing the ECB+ stories in a worker, stage by stage.

Every folder of ``../shared/eval/clusters`` is one story (as ``build.py`` writes the site,
copied to a temporary folder); each run reads them all, then compares each as a worker does
(``pipeline.run_job``: the claims extracted, then matched), in a fresh process (this script
started with ``--one``), so that no cache of an earlier run is warm. Printed: the CPU seconds
(``time.process_time``) of each stage, the best of ``--runs`` runs (3 by default), and the
total of comparing. The stages are timed by wrapping the package's functions in the measuring
process only; indented stages are part of the one above them; "other" is what the named
stages leave of the total.

Run: ``.venv/bin/python benchmarks/comparing.py`` (``--runs N``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from growth import cluster_folders

STAGES = (
    ("import", "importing the matcher (numpy, scipy)", 0),
    ("claims", "claims.extract_claims", 0),
    ("scorer", "PairScorer (preparing the sentences)", 0),
    ("prepare_all", "sentences.prepare_all", 1),
    ("prepared", "prepared._PreparedStory", 1),
    ("candidates", "bounds.score_candidates", 0),
    ("slots", "differences.read_slots", 0),
    ("divergence", "compare_slots (align._divergence)", 0),
    ("highlights", "align._highlights", 0),
)


def timed(seconds: dict[str, float], stage: str, function: Callable[..., Any]) -> Any:
    """``function``, adding the CPU seconds of each call to ``seconds[stage]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[stage] = seconds.get(stage, 0.0) + time.process_time() - start

    return wrapper


def one_run(articles: Path) -> dict[str, float]:
    """Read every story of ``articles``, then compare each as a worker does; the CPU seconds of
    each stage."""
    from mkdocs_claimdiff import pipeline
    from mkdocs_claimdiff.options import AlignOptions
    from mkdocs_claimdiff.sources.discover import discover

    stories, _ = discover(articles)
    jobs = [pipeline.fresh_job(story, AlignOptions.create()) for story in stories]
    seconds: dict[str, float] = {}
    start = time.process_time()
    from mkdocs_claimdiff.claims import extract
    from mkdocs_claimdiff.matching import align, scorer

    seconds["import"] = time.process_time() - start
    for module, name, stage in (
        (extract, "extract_claims", "claims"),
        (align, "PairScorer", "scorer"),
        (scorer, "prepare_all", "prepare_all"),
        (scorer, "_PreparedStory", "prepared"),
        (scorer, "score_candidates", "candidates"),
        (align, "read_slots", "slots"),
        (align, "_divergence", "divergence"),
        (align, "_highlights", "highlights"),
    ):
        setattr(module, name, timed(seconds, stage, getattr(module, name)))
    for job in jobs:
        pipeline.run_job(job)
    seconds["total"] = time.process_time() - start
    seconds["stories"] = len(jobs)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(one_run(arguments.one)))
        return
    script = Path(__file__).resolve()
    with tempfile.TemporaryDirectory() as base:
        # The clusters only, one folder a story (the folder also holds the corpus' own files).
        for cluster in cluster_folders():
            shutil.copytree(cluster, Path(base) / cluster.name)
        command = [sys.executable, str(script), "--one", base]
        runs = [
            json.loads(subprocess.run(command, capture_output=True, check=True, text=True).stdout)
            for _ in range(arguments.runs)
        ]
    best = {stage: min(run.get(stage, 0.0) for run in runs) for stage in runs[0]}
    named = sum(best.get(stage, 0.0) for stage, _, depth in STAGES if depth == 0)
    print(
        f"Comparing {int(best['stories'])} ECB+ stories in one process, CPU seconds,"
        f" best of {arguments.runs} fresh processes:"
    )
    for stage, label, depth in STAGES:
        print(f"  {'  ' * depth}{label:<{44 - 2 * depth}} {best.get(stage, 0.0):6.2f}")
    print(f"  {'other':<44} {max(best['total'] - named, 0.0):6.2f}")
    print(f"  {'total (each stage and the total at its best)':<44} {best['total']:6.2f}")


if __name__ == "__main__":
    main()
