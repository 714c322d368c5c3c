"""What a ``mkdocs serve`` rebuild costs, event by event: the ECB+ clusters as one site, built once
in this process, then rebuilt after each of ``--saves`` edits of one article, as ``mkdocs serve``
does. Prints, per rebuild, the CPU seconds of the whole rebuild and of each plugin event (all
plugins of the event together: ``files`` is claimdiff's reading and comparing, ``page_context``
mostly the search plugin indexing pages, ``page_content`` claimdiff rendering), and the best
rebuild. CPU time, so that other users of the machine weigh less than in wall time.

Run: ``.venv/bin/python benchmarks/rebuild.py`` (the machine's load still shows; run it more
than once, and in turn with the code it is compared with).
"""

from __future__ import annotations

import argparse
import collections
import tempfile
import time
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import PluginCollection

from build import EDIT_MARK, write_sites


def count_events(spent: dict[str, float]) -> None:
    """Add the CPU seconds of every plugin event to ``spent``, by event name."""
    run_event = PluginCollection.run_event

    def timed(self: PluginCollection, name: str, item: Any = None, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return run_event(self, name, item, **kwargs)
        finally:
            spent[name] += time.process_time() - started

    PluginCollection.run_event = timed  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=5, help="edits, each followed by a rebuild")
    args = parser.parse_args()
    spent: dict[str, float] = collections.defaultdict(float)
    count_events(spent)
    with tempfile.TemporaryDirectory(prefix="claimdiff-rebuild-") as folder:
        site, _ = write_sites(Path(folder))
        config = load_config(str(site / "mkdocs.yml"))
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        article = site / "docs" / "articles" / "2_ecb" / "2_1ecb.txt"
        original = article.read_text(encoding="utf-8")
        totals = []
        for number in range(args.saves):
            article.write_text(f"{original}\n{EDIT_MARK} number {number} arrived.\n")
            spent.clear()
            started = time.process_time()
            build(config)
            totals.append(time.process_time() - started)
            largest = sorted(spent.items(), key=lambda item: -item[1])[:3]
            events = " ".join(f"{name} {seconds:.2f}" for name, seconds in largest)
            print(f"rebuild {number + 1}: {totals[-1]:.2f} s of CPU ({events})")
        print(f"best rebuild: {min(totals):.2f} s of CPU")


if __name__ == "__main__":
    main()
