"""How well saved web pages are read: body text, metadata and time, next to trafilatura alone.

Runs on a folder of saved pages with published truth, in the layout of newspaper4k's test data
(https://github.com/AndyTheFactory/newspaper4k, ``tests/data``): ``html/<name>.html`` the page,
``txt/<name>.txt`` its article text, ``metadata/<name>.json`` its title, date and site name.
Copy those three folders somewhere outside the repository and pass that folder::

    python benchmarks/extraction.py /work/data14/newspaper4k

For every page with a non-empty truth text it prints, for claimdiff's HTML reader and for
``trafilatura.extract`` with its defaults on the same text:

- body F1: the overlap of 4-word shingles (``\\w+`` tokens, case-folded) with the truth text,
  averaged over pages, and the pages below 0.5;
- metadata: how often the title equals the truth title, the date the truth date, and how many
  titles still end in a site name;
- seconds per page (best of ``--repeat`` runs, after one warm-up page).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.pagemeta import strip_site_name

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
LOW_F1 = 0.5


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [token.casefold() for token in _TOKEN.findall(text)]
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def f1(found: str, truth: str) -> float:
    got, want = shingles(found), shingles(truth)
    if not got or not want:
        return float(got == want)
    common = len(got & want)
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def _squash(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def _timed(function: object, repeat: int) -> tuple[object, float]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return result, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with html/, txt/ and metadata/")
    parser.add_argument("--repeat", type=int, default=1, help="timing runs per page (best kept)")
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    args = parser.parse_args(argv)

    import trafilatura

    pages = []
    for page in sorted((args.data / "html").glob("*.html")):
        truth_file = args.data / "txt" / f"{page.stem}.txt"
        truth = truth_file.read_text(encoding="utf-8") if truth_file.is_file() else ""
        if truth.strip():
            meta_file = args.data / "metadata" / f"{page.stem}.json"
            meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
            pages.append((page, truth, meta))
    if not pages:
        print(f"no pages with truth text under {args.data}", file=sys.stderr)
        return 1
    read_article(pages[0][0], "warm-up")  # imports and first-call set-up are not per-page cost
    trafilatura.extract(pages[0][0].read_text(encoding="utf-8", errors="replace"))

    ours_f1, theirs_f1, ours_time, theirs_time = [], [], [], []
    titles = dates = dated = titled = site_titles = outlets = 0
    for page, truth, meta in pages:
        article, ours_seconds = _timed(lambda page=page: read_article(page, "bench"), args.repeat)
        raw = page.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        theirs, theirs_seconds = _timed(
            lambda text=text: trafilatura.extract(text, with_metadata=True), args.repeat
        )
        body = article.body  # type: ignore[attr-defined]
        ours_f1.append(f1(body, truth))
        theirs_f1.append(f1(str(theirs or ""), truth))
        ours_time.append(ours_seconds)
        theirs_time.append(theirs_seconds)
        title = article.title  # type: ignore[attr-defined]
        outlet = article.outlet  # type: ignore[attr-defined]
        outlets += bool(outlet)
        if meta.get("title"):
            titled += 1
            titles += _squash(title) == _squash(meta["title"])
        truth_site = meta.get("meta_site_name") or outlet
        if truth_site and strip_site_name(title, [truth_site]) != title:
            site_titles += 1
        published = str(meta.get("publish_date") or "")[:10]
        if published and published != "None":
            dated += 1
            dates += article.published == published  # type: ignore[attr-defined]
        if args.verbose:
            print(
                f"{page.stem[:28]:28} F1 {ours_f1[-1]:.3f} (trafilatura {theirs_f1[-1]:.3f})"
                f" {ours_seconds:.2f}s/{theirs_seconds:.2f}s outlet={outlet!r}"
                f" date={article.published} truth={published or '-'}"  # type: ignore[attr-defined]
            )
    count = len(pages)
    low = sum(score < LOW_F1 for score in ours_f1)
    print(f"pages: {count} with truth text, from {args.data}")
    print(
        f"body F1 (4-gram shingles): claimdiff {statistics.mean(ours_f1):.3f}, "
        f"trafilatura defaults {statistics.mean(theirs_f1):.3f}; "
        f"pages below {LOW_F1}: {low} (trafilatura {sum(s < LOW_F1 for s in theirs_f1)})"
    )
    print(
        f"titles equal to the truth: {titles}/{titled}; titles ending in a site name: "
        f"{site_titles}/{count}; dates right: {dates}/{dated}; pages with an outlet: "
        f"{outlets}/{count}"
    )
    print(
        f"seconds per page: claimdiff {statistics.mean(ours_time):.3f} "
        f"(worst {max(ours_time):.2f}), trafilatura.extract {statistics.mean(theirs_time):.3f} "
        f"(worst {max(theirs_time):.2f}); ratio {sum(ours_time) / sum(theirs_time):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
