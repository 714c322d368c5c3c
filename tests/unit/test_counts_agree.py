"""The page counts one thing one way (helper-164's audit: the summary and the "Only in one"
filter counted rows whose claim the page itself says other outlets make, "Only Stuff in this
row; the same claim in row 16": 33 against the table's 17 on an ECB+ story)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.render import default_environment, render_comparison
from mkdocs_claimdiff.pipeline import compare_files

from ..conftest import Links

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "folder",
    [
        ROOT / "site" / "articles" / "mount-cook-climbers",
        ROOT / "site" / "articles" / "assad-escape",
        # A claim alone in its row matched elsewhere only with a day that differs (helper-166).
        ROOT.parent / "shared" / "eval" / "clusters" / "18_ecb",
        ROOT.parent / "shared" / "eval" / "clusters" / "34_ecbplus",
    ],
    ids=lambda folder: folder.name,
)
def test_claims_of_one_article_are_counted_alike_everywhere(folder: Path) -> None:
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".md", ".txt"})
    comparison, _ = compare_files(paths, AlignOptions.create())
    page = BeautifulSoup(
        render_comparison(default_environment(), comparison, Links()), "html.parser"
    )
    summary = " ".join(page.select_one("p.cd-summary").get_text().split())
    said = re.search(r"(\d+) in one article only", summary)
    assert said is not None
    unique_rows = page.select("tr.cd-row.cd-unique")
    only_here = sum(
        int(row.select("td")[-2].get_text()) for row in page.select("#cd-counts tbody tr")
    )
    assert int(said[1]) == len(unique_rows) == only_here
    for row in page.select("tr.cd-row"):
        label = row.select_one(".cd-status").get_text()
        if "the same claim in row" in label:  # one claim, matched in another row
            expected = "differs" if "differs" in label else "shared"
            assert row["data-status"] == expected, label
    if folder.name == "mount-cook-climbers":  # the demo has such rows: the test reads some
        assert any("the same claim in row" in r.get_text() for r in page.select(".cd-status"))
