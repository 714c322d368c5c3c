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


@pytest.mark.parametrize("story", ["mount-cook-climbers", "assad-escape"])
def test_claims_of_one_article_are_counted_alike_everywhere(story: str) -> None:
    paths = sorted(
        p for p in (ROOT / "site" / "articles" / story).iterdir() if p.suffix in {".md", ".txt"}
    )
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
        if "the same claim in row" in label and "differs" not in label:
            assert row["data-status"] == "shared", label
    if story == "mount-cook-climbers":  # the demo has such rows: the test reads some
        assert any("the same claim in row" in r.get_text() for r in page.select(".cd-status"))
