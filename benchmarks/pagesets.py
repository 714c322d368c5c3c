"""Lay out public test pages with published truth as ``benchmarks/extraction.py`` reads them.

``extraction.py`` reads newspaper4k's layout (``html/<name>.html``, ``txt/<name>.txt``,
``metadata/<name>.json``). This script writes that layout, outside the repository, from git
snapshots of three public test sets (brought by ``fetch`` or ``git clone``)::

    cd /work/.mirror
    python benchmarks/pagesets.py readability mozilla+readability/repo /work/data14
    python benchmarks/pagesets.py leogao2 leogao2+htmltotext-benchmark/repo /work/data14
    python benchmarks/pagesets.py newspaper4k AndyTheFactory+newspaper4k/repo /work/data14
    python benchmarks/pagesets.py trafilatura adbar+trafilatura/repo /work/data14
    python benchmarks/pagesets.py news2023 \
        AndyTheFactory+article-extraction-dataset/repo /work/data14

Readability's ``test/test-pages`` are split by the site a page was saved from, as named by its
folder, before any page is read: ``readability-news`` holds the news sites (``NEWS``, kept for
measuring only), ``readability-other`` the blogs, manuals, wikis and stories (``OTHER``, for
development); the pages made for one unit test of Readability and those whose site the name does
not tell are in neither. The truth text is ``expected.html``'s text, its blocks on lines of their
own; title, date and site name come from ``expected-metadata.json``. trafilatura's evaluation set
is copied as ``benchmarks/snippets.py`` reads it.

newspaper4k's article extraction dataset (AndyTheFactory/article-extraction-dataset, 424 news
pages of 2023 from 212 sites, two a site; truth: title, date and article body, as in
Scrapinghub's format but other pages) is split by site before any page is read: the sites in
alphabetical order, every other one in ``news2023-dev`` (read page by page while choosing
rules), the rest in ``news2023-measure`` (measured with the aggregate figures only).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

NEWS = (
    "aktualne ars-1 bbc-1 breitbart buzzfeed-1 citylab-1 cnet cnet-svg-classes cnn engadget folha"
    " gmw guardian-1 heise herald-sun-1 la-nacion lemonde-1 liberation-1 lwn-1 medicalnewstoday"
    " msn nytimes-1 nytimes-2 nytimes-3 nytimes-4 nytimes-5 qq quanta-1 salon-1 seattletimes-1"
    " telegraph theverge tmz-1 wapo-1 wapo-2 webmd-1 webmd-2 yahoo-1 yahoo-2 yahoo-3 yahoo-4"
).split()
"""Readability's test pages saved from news sites: measured, never read page by page."""

OTHER = (
    "archive-of-our-own blogger daringfireball-1 dropbox-blog ebb-org ehow-1 ehow-2"
    " firefox-nightly-blog gitlab-blog google-sre-book-1 hukumusume iab-1 ietf-1"
    " lifehacker-post-comment-load lifehacker-working medium-1 medium-2 medium-3 mercurial"
    " mozilla-1 mozilla-2 pixnet royal-road spiceworks topicseed-1 tumblr v8-blog wikia wikipedia"
    " wikipedia-2 wikipedia-3 wikipedia-4 wordpress"
).split()
"""Readability's test pages saved from blogs, manuals, wikis and fiction sites: development."""

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6"
    " header hr li main nav ol p pre section table td th tr ul".split()
)


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={repo}", *args], check=True, capture_output=True
    ).stdout


def _files(repo: Path, folder: str) -> list[str]:
    listing = _git(repo, "ls-tree", "-r", "-z", "--name-only", "HEAD", folder)
    return listing.decode().split("\0")[:-1]


def _show(repo: Path, path: str) -> bytes:
    return _git(repo, "show", f"HEAD:{path}")


def html_text(markup: bytes) -> str:
    """The text of an HTML fragment, each block on a line of its own (so that the words of two
    paragraphs never run together into one token)."""
    from lxml import html

    root = html.fromstring(markup.decode("utf-8"))
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def _write(out: Path, name: str, page: bytes, truth: str, meta: dict[str, object]) -> None:
    for sub in ("html", "txt", "metadata"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    (out / "html" / f"{name}.html").write_bytes(page)
    (out / "txt" / f"{name}.txt").write_text(truth, encoding="utf-8")
    (out / "metadata" / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")


def readability(repo: Path, out: Path) -> None:
    for split, names in (("readability-news", NEWS), ("readability-other", OTHER)):
        for name in names:
            folder = f"test/test-pages/{name}"
            meta = json.loads(_show(repo, f"{folder}/expected-metadata.json"))
            truth = html_text(_show(repo, f"{folder}/expected.html"))
            _write(
                out / split,
                name,
                _show(repo, f"{folder}/source.html"),
                truth,
                {
                    "title": meta.get("title"),
                    "publish_date": meta.get("publishedTime"),
                    "meta_site_name": meta.get("siteName"),
                },
            )


def leogao2(repo: Path, out: Path) -> None:
    for path in _files(repo, "benchmarkdata"):
        parts = path.split("/")
        if len(parts) == 4 and parts[2] == "html":
            name = f"{parts[1]}-{Path(parts[3]).stem}"
            truth = _show(repo, f"benchmarkdata/{parts[1]}/text/{Path(parts[3]).stem}.txt")
            _write(out / "leogao2", name, _show(repo, path), truth.decode("utf-8"), {})


def newspaper4k(repo: Path, out: Path) -> None:
    for path in _files(repo, "tests/data"):
        parts = path.split("/")
        if len(parts) == 4 and parts[2] in ("html", "txt", "metadata"):
            target = out / "newspaper4k" / parts[2] / parts[3]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_show(repo, path))


def news2023(repo: Path, out: Path) -> None:
    entries = json.loads(_show(repo, "articles.json"))
    sites = sorted({str(entry["site"]) for entry in entries.values()})
    development = set(sites[::2])
    missing = 0
    for name, entry in entries.items():
        split = "news2023-dev" if entry["site"] in development else "news2023-measure"
        try:
            page = _show(repo, f"html/{name}.html")
        except subprocess.CalledProcessError:  # a snapshot may leave its largest files out
            missing += 1
            continue
        meta = {"title": entry.get("title"), "publish_date": entry.get("date")}
        _write(out / split, name, page, str(entry["articleBody"]) + "\n", meta)
    print(f"{len(entries) - missing} pages written, {missing} missing from the snapshot")


def trafilatura(repo: Path, out: Path) -> None:
    target = out / "trafilatura-eval"
    (target / "eval").mkdir(parents=True, exist_ok=True)
    (target / "evaldata.json").write_bytes(_show(repo, "tests/evaldata.json"))
    for path in _files(repo, "tests/eval"):
        (target / "eval" / Path(path).name).write_bytes(_show(repo, path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "set", choices=("readability", "leogao2", "newspaper4k", "trafilatura", "news2023")
    )
    parser.add_argument("repo", type=Path, help="the snapshot's git directory")
    parser.add_argument("out", type=Path, help="folder to write into, outside the repository")
    args = parser.parse_args(argv)
    {
        "readability": readability,
        "leogao2": leogao2,
        "newspaper4k": newspaper4k,
        "trafilatura": trafilatura,
        "news2023": news2023,
    }[args.set](args.repo, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
