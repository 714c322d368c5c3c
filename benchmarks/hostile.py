"""Articles shaped to stall a build: how long each takes to read and to split into claims.

Usage (from the repository root):

    python benchmarks/hostile.py

Each article is about 2 MB, the default ``max_article_bytes``, and is written to a temporary
folder, read as the plugin reads it (``read_article``: decoding, cleaning, metadata) and split
into claims with their attributions and hedges (``extract_claims``). Matching is not timed:
its cost grows with the sentences kept, which ``max_article_bytes`` bounds. Every line should
stay under about 10 seconds on a 2-core machine (2026-12-06, two runs: initials before "said" 8.3
and 9.5 s, 100,000 short lines 6.2 and 7.6 s, the rest under 5 s), far below the 30 s after which
a file is left out."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.sources.discover import read_article

SIZE = 2_000_000
FRONT = "---\nurl: https://a.example/\n---\n"
SHAPES = {
    "capitalised run before said (.md)": ("md", FRONT + "Aaa " * (SIZE // 4) + ", x said.\n"),
    "initials before said (.md)": ("md", FRONT + "A." * (SIZE // 2) + " x said.\n"),
    "the + capitalised run before said (.txt)": (
        "txt",
        "Quake report\n\nThe " + "Aaa " * (SIZE // 4) + ", x said.\n",
    ),
    "100,000 short lines (.txt)": (
        "txt",
        "".join(f"Short line {number:07}\n" for number in range(100_000)),
    ),
    "hard-wrapped 2 MB paragraph (.txt)": (
        "txt",
        "Quake report\n\nA storm hit\n"
        + "the coast and more words follow here\n" * (SIZE // 37)
        + "at last.\n",
    ),
    "hard-wrapped 2 MB paragraph (.md)": (
        "md",
        FRONT + "A storm hit\n" + "the coast and more words follow here\n" * (SIZE // 37),
    ),
    "2 MB of dots and quotes (.md)": ("md", FRONT + "'.\"" * (SIZE // 3)),
    "250,000 paragraphs of one word (.html)": (
        "html",
        "<html><body>" + "<p>x</p>" * (SIZE // 8) + "</body></html>",
    ),
    "29,000 paragraphs, under the limit (.html)": (
        "html",
        "<html><body>" + "<p>Six were hurt when the bridge fell.</p>" * 29_000 + "</body></html>",
    ),
    "a paragraph of 100,000 links (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p><p>"
        + '<a href="/x">x</a> ' * 100_000
        + "</p></body></html>",
    ),
    "500,000 line breaks (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p>"
        + "<br>" * 500_000
        + "</body></html>",
    ),
    "3,000 nested comments, an italic icon in each (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p>"
        + "<div class='comment'><p>Nice piece.</p><i class='fa fa-reply'></i> Reply" * 3_000
        + "</body></html>",
    ),
    "18,000 list items in italics (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p><ul>"
        + "".join(
            f"<li><em>Item {number} of a long list set in italics</em></li>"
            for number in range(18_000)
        )
        + "</ul></body></html>",
    ),
    "2,000 nested list items after a note in italics (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p><p><em>A note in italics.</em></p>"
        + ("<ul><li>" + "word " * 200) * 2_000
        + "</body></html>",
    ),
    "140,000 spans (.html)": (
        "html",
        "<html><body><p>Six were hurt when the bridge fell.</p>"
        + "<span>x</span>" * 140_000
        + "</body></html>",
    ),
}


def main() -> None:
    print(f"{'shape':45} {'bytes':>10} {'read':>7} {'claims':>7} {'total':>7} {'count':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for name, (suffix, content) in SHAPES.items():
            path = Path(folder) / "story" / f"article.{suffix}"
            path.parent.mkdir(exist_ok=True)
            path.write_text(content, encoding="utf-8")
            started = time.perf_counter()
            article = read_article(path, "story", max_bytes=2 * SIZE)
            read = time.perf_counter() - started
            claims = extract_claims(article)
            total = time.perf_counter() - started
            size = path.stat().st_size
            print(
                f"{name:45} {size:>10,} {read:>6.2f}s {total - read:>6.2f}s {total:>6.2f}s"
                f" {len(claims):>7,}",
                flush=True,
            )


if __name__ == "__main__":
    main()
