"""How much of the article and how much of the chrome around it come out of saved pages.

Runs on trafilatura's evaluation set (https://github.com/adbar/trafilatura: ``tests/eval/`` and
``tests/evaldata.json``), copied outside the repository::

    python benchmarks/snippets.py /work/data14/trafilatura-eval --limit 300

For each page the set names a few passages that belong to the article ("with") and a few that
do not ("without": menus, related links, comments, footers). It prints, for claimdiff's HTML
reader and for ``trafilatura.extract`` with its defaults on the same text, the share of "with"
passages found in the title or body and the share of "without" passages that leaked into it:
the second is the chrome that would become claims. ``--limit`` takes every n-th page so that the
sample spreads over the whole set; ``--rest`` takes the pages outside that sample instead (the
200-page sample was looked at while choosing rules, the other pages are measured only)::

    python benchmarks/snippets.py /work/data14/trafilatura-eval --limit 200 --rest
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from mkdocs_claimdiff.sources.discover import read_article

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with eval/ and evaldata.json")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages")
    parser.add_argument("--rest", action="store_true", help="the pages outside --limit's sample")
    args = parser.parse_args(argv)

    import trafilatura

    entries = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    pages = [
        (args.data / "eval" / entry["file"], entry)
        for entry in entries.values()
        if (args.data / "eval" / entry["file"]).is_file()
    ]
    if args.limit and len(pages) > args.limit:
        step = len(pages) / args.limit
        sample = {int(index * step) for index in range(args.limit)}
        pages = [page for index, page in enumerate(pages) if (index in sample) != args.rest]
    counts = {"ours": [0, 0, 0, 0], "trafilatura": [0, 0, 0, 0]}
    for path, entry in pages:
        article = read_article(path, "bench")
        ours = _norm(f"{article.title}\n{article.body}")
        text = path.read_bytes().decode("utf-8", errors="replace")
        theirs = _norm(trafilatura.extract(text) or "")
        for name, found in (("ours", ours), ("trafilatura", theirs)):
            tally = counts[name]
            tally[0] += sum(_norm(snippet) in found for snippet in entry.get("with", []))
            tally[1] += len(entry.get("with", []))
            tally[2] += sum(_norm(snippet) in found for snippet in entry.get("without", []))
            tally[3] += len(entry.get("without", []))
    print(f"pages: {len(pages)} of trafilatura's evaluation set, from {args.data}")
    for name, (kept, wanted, leaked, chrome) in counts.items():
        label = "claimdiff" if name == "ours" else "trafilatura.extract, defaults"
        print(
            f"{label}: article passages found {kept}/{wanted} ({kept / wanted:.1%}), "
            f"chrome passages leaked {leaked}/{chrome} ({leaked / chrome:.1%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
