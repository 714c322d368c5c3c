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
- claims not in the truth: body claims (sentences, headings left out) whose words are not found
  in the truth text, which are chrome (or what the truth leaves out), and the pages they are on;
- metadata: how often the title equals the truth title, the date the truth date, and how many
  titles still end in a site name;
- outlets: the pages with an outlet, and how many of those outlets are clean by ``clean_outlet``,
  a check of its shape alone (no list of known names): a name a reader knows the outlet by,
  not an address or host name, a handle, a host name capitalised, a company form or a tagline.
  It errs on the strict side: a site that calls itself by its domain ("cleveland.com",
  "Index.hr") counts as a host name, and the unclean ones are counted by cause;
- CPU seconds per page (best of ``--repeat`` runs, after one warm-up page; the three readers
  timed in turn on each page, so load from other processes weighs on all of them), and the
  ratio of claimdiff's to ``trafilatura.extract`` with its defaults and with
  ``with_metadata=True`` (the title, date and site name it finds, as claimdiff does).

Several folders may be given (Readability's and leogao2's test pages in the same layout): the
figures are printed for each and for all together.

``--chrome LABELS`` also counts the claims not in the truth that a person labelled as site chrome
(a promo, a bio, a prompt to readers, a credit, a caption) rather than article text the truth
leaves out: ``LABELS`` holds one line per labelled claim, ``label<TAB>page<TAB>sha1`` (the label
``chrome`` or ``article``, the first ten characters of the page's name, the SHA-1 of the claim's
text in UTF-8), e.g. ``benchmarks/chrome_labels/news2023-dev.tsv``, the claims not in the truth
of the news2023 development pages (``benchmarks/pagesets.py``) at 2026-12-06's start, labelled
blind. Claims not in the truth that the file does not hold are counted apart: the labels say
nothing of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.sources.article_text import shingles
from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.pagemeta import strip_site_name

_TOKEN = re.compile(r"\w+")
LOW_F1 = 0.5


def f1(found: str, truth: str) -> float:
    """The overlap of the 4-word shingles of ``found`` and ``truth`` (the reader's own
    ``shingles``, by which it compares two readings of a page)."""
    got, want = shingles(found), shingles(truth)
    if not got or not want:
        return float(got == want)
    common = len(got & want)
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
"""A host name: labels joined by dots, ending in a top-level domain of letters."""
_LEGAL_FORM = re.compile(
    r"(?:^|[\s,])(?:inc|ltd|llc|plc|gmbh|ag|se|sa|s\.a|corp|corporation|co|company|limited"
    r"|holdings?|group)\.?$",
    re.I,
)
"""A company's legal form at a name's end ("Axel Springer SE", "Wikimedia Foundation, Inc.")."""
_TAGLINE = re.compile(r"\s[|–—:·»]\s")
"""A separator between a name and a slogan ("LinkNaija | Nigeria's popular news platform")."""
MAX_OUTLET_WORDS = 6
"""More words than this is a slogan or a sentence, not a name."""


def clean_outlet(outlet: str | None) -> str:
    """Why an outlet is not what a reader knows it by ("" when it is): "none", "address" (a URL
    or host name: "https://www.nj.com/", "nj.com", also a site's own "Index.hr"), "handle"
    (an underscore: "Handelsblatt_De"), "slug" (a single short token not in capitals: "Nj",
    "nj"; "Vox" and "CNN" pass), "company" (a legal form at the end: "Axel Springer SE",
    "... Media Group") or "tagline" (a separator and a slogan after the name, or too many words).
    Shape alone: a wrong name of good shape ("Cnn" spelled so) passes."""
    if not outlet or not outlet.strip():
        return "none"
    name = outlet.strip()
    if "://" in name or name.casefold().startswith("www.") or _HOST.fullmatch(name):
        return "address"
    if "_" in name:
        return "handle"
    letters = sum(character.isalpha() for character in name)
    if (
        " " not in name
        and not name.isupper()
        and (letters <= 2 or (name.islower() and letters <= 3))
    ):
        return "slug"
    if _LEGAL_FORM.search(name):
        return "company"
    if _TAGLINE.search(name) or len(name.split()) > MAX_OUTLET_WORDS:
        return "tagline"
    return ""


def _squash(text: str) -> str:
    return " ".join(_TOKEN.findall(text.casefold()))


def _timed(function: object, repeat: int) -> tuple[object, float]:
    """The result of ``function`` and its best CPU time of ``repeat`` runs: CPU, not wall
    time, as other processes share the machine."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = function()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return result, best


def _pages(folder: Path) -> list[tuple[Path, str, dict[str, Any]]]:
    """The pages of ``folder`` with a non-empty truth text: page, truth text, truth metadata."""
    pages = []
    for page in sorted((folder / "html").glob("*.html")):
        truth_file = folder / "txt" / f"{page.stem}.txt"
        truth = truth_file.read_text(encoding="utf-8") if truth_file.is_file() else ""
        if truth.strip():
            meta_file = folder / "metadata" / f"{page.stem}.json"
            meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
            pages.append((page, truth, meta))
    return pages


Labels = dict[tuple[str, str], str]
"""A claim's label (``chrome`` or ``article``) by its page (the name's first ten characters)
and the SHA-1 of its text."""


def read_labels(path: Path) -> Labels:
    labels: Labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        label, page, digest = line.split("\t")
        labels[page, digest] = label
    return labels


def claim_key(page: Path, text: str) -> tuple[str, str]:
    return page.stem[:10], hashlib.sha1(text.encode("utf-8")).hexdigest()


def _measure(
    pages: list[tuple[Path, str, dict[str, Any]]],
    repeat: int,
    verbose: bool,
    labels: Labels | None = None,
) -> dict[str, float]:
    """Sums over ``pages``: F1 of both readers, metadata hits, CPU seconds of the three."""
    import trafilatura

    tally: dict[str, float] = {}
    for page, truth, meta in pages:
        article, ours_seconds = _timed(lambda page=page: read_article(page, "bench"), repeat)
        text = page.read_bytes().decode("utf-8", errors="replace")
        theirs, theirs_seconds = _timed(lambda text=text: trafilatura.extract(text), repeat)
        _, with_metadata_seconds = _timed(
            lambda text=text: trafilatura.extract(text, with_metadata=True), repeat
        )
        ours_f1, theirs_f1 = f1(article.body, truth), f1(str(theirs or ""), truth)  # type: ignore[attr-defined]
        squashed_truth = _squash(truth)
        stray = [
            claim.text
            for claim in extract_claims(article)  # type: ignore[arg-type]
            if claim.role == "body" and _squash(claim.text) not in squashed_truth
        ]
        judged = [(labels or {}).get(claim_key(page, text), "") for text in stray]
        title = article.title  # type: ignore[attr-defined]
        outlet = article.outlet  # type: ignore[attr-defined]
        truth_site = meta.get("meta_site_name") or outlet
        published = str(meta.get("publish_date") or "")[:10]
        dated = bool(published) and published != "None"
        _add(
            tally,
            pages=1,
            ours_f1=ours_f1,
            theirs_f1=theirs_f1,
            ours_low=ours_f1 < LOW_F1,
            theirs_low=theirs_f1 < LOW_F1,
            stray=len(stray),
            stray_pages=bool(stray),
            chrome=judged.count("chrome"),
            chrome_pages="chrome" in judged,
            unlabelled=judged.count(""),
            ours_seconds=ours_seconds,
            theirs_seconds=theirs_seconds,
            with_metadata_seconds=with_metadata_seconds,
            outlets=bool(outlet),
            **{f"outlet_{clean_outlet(outlet) or 'clean'}": 1},
            titled=bool(meta.get("title")),
            titles=bool(meta.get("title")) and _squash(title) == _squash(str(meta["title"])),
            site_titles=bool(truth_site) and strip_site_name(title, [truth_site]) != title,
            dated=dated,
            dates=dated and article.published == published,  # type: ignore[attr-defined]
        )
        if verbose:
            print(
                f"{page.stem[:28]:28} F1 {ours_f1:.3f} (trafilatura {theirs_f1:.3f})"
                f" {ours_seconds:.3f}s/{theirs_seconds:.3f}s outlet={outlet!r}"
                f" date={article.published} truth={published or '-'}"  # type: ignore[attr-defined]
                f" not in truth={len(stray)}"
            )
    return tally


def _add(tally: dict[str, float], **values: float) -> None:
    for key, value in values.items():
        tally[key] = tally.get(key, 0.0) + value


def _report(name: str, tally: dict[str, float], labelled: str = "") -> None:
    count = int(tally["pages"])
    print(f"pages: {count} with truth text, from {name}")
    print(
        f"  body F1 (4-gram shingles): claimdiff {tally['ours_f1'] / count:.3f}, "
        f"trafilatura defaults {tally['theirs_f1'] / count:.3f}; pages below {LOW_F1}: "
        f"{tally['ours_low']:.0f} (trafilatura {tally['theirs_low']:.0f})"
    )
    print(
        f"  body claims not in the truth: {tally['stray']:.0f} on {tally['stray_pages']:.0f} pages"
    )
    if labelled:
        print(
            f"  of those, labelled chrome by hand ({labelled}): {tally['chrome']:.0f} on "
            f"{tally['chrome_pages']:.0f} pages; not in the labels: {tally['unlabelled']:.0f}"
        )
    print(
        f"  titles equal to the truth: {tally['titles']:.0f}/{tally['titled']:.0f}; titles "
        f"ending in a site name: {tally['site_titles']:.0f}/{count}; dates right: "
        f"{tally['dates']:.0f}/{tally['dated']:.0f}; pages with an outlet: "
        f"{tally['outlets']:.0f}/{count}"
    )
    causes = ", ".join(
        f"{tally[f'outlet_{cause}']:.0f} {cause}"
        for cause in ("none", "address", "handle", "slug", "company", "tagline")
        if tally.get(f"outlet_{cause}")
    )
    print(
        f"  clean outlets (benchmarks/extraction.py clean_outlet): "
        f"{tally.get('outlet_clean', 0):.0f}/{count}" + (f"; not clean: {causes}" if causes else "")
    )
    ours = tally["ours_seconds"]
    print(
        f"  CPU seconds per page: claimdiff {ours / count:.3f}, trafilatura.extract "
        f"{tally['theirs_seconds'] / count:.3f}, with_metadata=True "
        f"{tally['with_metadata_seconds'] / count:.3f}; ratio {ours / tally['theirs_seconds']:.2f} "
        f"(to with_metadata=True {ours / tally['with_metadata_seconds']:.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, nargs="+", help="folders with html/, txt/, metadata/")
    parser.add_argument("--repeat", type=int, default=1, help="timing runs per page (best kept)")
    parser.add_argument("--verbose", action="store_true", help="one line per page")
    parser.add_argument("--chrome", type=Path, help="hand labels of claims not in the truth")
    args = parser.parse_args(argv)
    labels = read_labels(args.chrome) if args.chrome else None
    labelled = str(args.chrome or "")

    import trafilatura

    folders = [(folder, _pages(folder)) for folder in args.data]
    first = next((pages[0][0] for _, pages in folders if pages), None)
    if first is None:
        print(f"no pages with truth text under {', '.join(map(str, args.data))}", file=sys.stderr)
        return 1
    read_article(first, "warm-up")  # imports and first-call set-up are not per-page cost
    trafilatura.extract(first.read_text(encoding="utf-8", errors="replace"), with_metadata=True)
    total: dict[str, float] = {}
    for folder, pages in folders:
        if pages:
            tally = _measure(pages, args.repeat, args.verbose, labels)
            _report(str(folder), tally, labelled)
            _add(total, **tally)
    if len(folders) > 1:
        _report("all folders", total, labelled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
