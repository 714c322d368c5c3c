"""Research data out: per-story JSON in the site, `claimdiff export`, the CSV of matches."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from mkdocs_claimdiff.cli import main
from mkdocs_claimdiff.model import (
    Article,
    ArticleClaims,
    Claim,
    Comparison,
    Match,
    Row,
    Story,
)
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.export import CSV_COLUMNS, to_csv, to_text
from mkdocs_claimdiff.pipeline import compare_story
from mkdocs_claimdiff.sources.discover import discover

from ..conftest import DEMO_ARTICLES, demo_comparison

SEED = DEMO_ARTICLES / "assad-escape"


OPTIONAL_TEXT = (str, type(None))


def check_contract(data: dict[str, Any]) -> None:
    """The DESIGN.md contract, field by field, plus the story's id and title."""
    assert isinstance(data["story"]["id"], str) and data["story"]["id"]
    assert isinstance(data["story"]["title"], str) and data["story"]["title"]
    claim_ids: set[str] = set()
    for article in data["articles"]:
        assert isinstance(article["id"], str) and article["id"]
        assert isinstance(article["title"], str)
        for key in ("url", "outlet", "published"):
            assert isinstance(article[key], OPTIONAL_TEXT), key
        for claim in article["claims"]:
            assert isinstance(claim["id"], str) and claim["id"] not in claim_ids
            claim_ids.add(claim["id"])
            assert isinstance(claim["text"], str) and claim["text"]
            assert claim["role"] in ("headline", "body")
            assert isinstance(claim["attribution"], OPTIONAL_TEXT)
    for match in data["matches"]:
        assert len(match["claims"]) == 2
        assert set(match["claims"]) <= claim_ids
        assert isinstance(match["score"], float) and 0 <= match["score"] <= 1
        assert match["kind"] in ("same", "differs")


def test_cli_export_writes_the_same_json_as_the_site_for_every_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEED, articles / "assad-escape")
    shutil.copytree(SEED, articles / "second copy")
    out = tmp_path / "data" / "nested"
    assert main(["export", str(articles), "--out", str(out)]) == 0
    written = sorted(path.name for path in out.iterdir())
    assert written == ["assad-escape.json", "second-copy.json"]
    assert capsys.readouterr().out.split() == [str(out / name) for name in written]
    data = json.loads((out / "assad-escape.json").read_text(encoding="utf-8"))
    check_contract(data)
    (story, _copy), _ = discover(articles)
    expected = compare_story(story, AlignOptions.create())
    assert [m["claims"] for m in data["matches"]] == [list(m.claims) for m in expected.matches]


def test_cli_export_csv_has_one_row_per_match(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEED, articles / "assad-escape")
    assert main(["export", str(articles), "--out", str(tmp_path), "--format", "csv"]) == 0
    with (tmp_path / "matches.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    (story,), _ = discover(articles)
    expected = compare_story(story, AlignOptions.create())
    assert [(row["claim_a"], row["claim_b"]) for row in rows] == [
        m.claims for m in expected.matches
    ]
    for row in rows:
        assert row["story"] == "assad-escape"
        assert {row["outlet_a"], row["outlet_b"]} == {"The Kyiv Independent", "The Moscow Times"}
        assert row["text_a"].lstrip("'") == expected.claim(row["claim_a"]).text
        assert 0 <= float(row["score"]) <= 1
        assert row["kind"] in ("same", "differs")


def test_cli_export_of_a_missing_folder_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "nothing"), "--out", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error == f"claimdiff: {tmp_path / 'nothing'}: articles folder not found\n"
    (tmp_path / "a.txt").write_text("Bridge falls\n\nSix were hurt.\n")
    assert main(["export", str(tmp_path / "a.txt"), "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"claimdiff: {tmp_path / 'a.txt'}: not a folder\n"


def _comparison(first: str, second: str) -> Comparison:
    """Two one-claim articles whose claims match: the smallest comparison with a CSV row."""
    left = Article("a", Path("a.md"), "s", "A", first, (), outlet="=Outlet")
    right = Article("b", Path("b.md"), "s", "B", second, (), outlet="Plain")
    claims = [
        ArticleClaims(left, (Claim("a-1", "a", 1, first, "body", 0, len(first)),)),
        ArticleClaims(right, (Claim("b-1", "b", 1, second, "body", 0, len(second)),)),
    ]
    story = Story("s", "S", (left, right))
    match = Match(("a-1", "b-1"), 0.5, "differs", ("number", "source"))
    return Comparison(story, tuple(claims), (match,), (Row((("a-1",), ("b-1",))),))


@pytest.mark.parametrize(
    "hostile",
    ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"],
)
def test_csv_cells_never_start_a_formula(hostile: str) -> None:
    text = to_csv([_comparison(hostile, "-5 people died, 3 said.")])
    header, row = list(csv.reader(io.StringIO(text)))
    assert tuple(header) == CSV_COLUMNS
    cells = dict(zip(header, row, strict=True))
    assert cells["text_a"] == "'" + hostile
    assert cells["text_b"] == "'-5 people died, 3 said."
    assert cells["outlet_a"] == "'=Outlet"
    assert cells["outlet_b"] == "Plain"
    assert cells["differences"] == "number source"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def _match_lines(text: str) -> list[str]:
    """The matches a text lists (not the pointers of later rows to where one is listed)."""
    return [
        line.strip()
        for line in text.splitlines()
        if line.startswith("  = ") and LISTED_UNDER.search(line) is None
    ]


LISTED_UNDER = re.compile(r": listed under row \d+$")


def _body_claim(claim_id: str, text: str) -> Claim:
    article_id, index = claim_id.split("-")
    return Claim(claim_id, article_id, int(index), text, "body", 0, len(text))


def test_text_lists_every_match_of_the_seed_once() -> None:
    comparison = demo_comparison()
    listed = [line.split(" score ")[0] for line in _match_lines(to_text(comparison))]
    assert sorted(listed) == sorted(
        f"= {a} ~ {b}" for a, b in (m.claims for m in comparison.matches)
    )


def test_text_lists_a_match_across_rows_once_with_the_other_row() -> None:
    """A chain of matches shown over two rows: the match reaching into row 2 is listed under
    row 1, where its first claim is, and says where the other claim is; row 2 says where the
    match is listed (it named it nowhere: a new user's audit)."""
    a, b = (Article(name, Path(f"{name}.md"), "s", name.upper(), "", ()) for name in "ab")
    articles = (
        ArticleClaims(a, (_body_claim("a-1", "Assad fled."), _body_claim("a-2", "He may flee."))),
        ArticleClaims(b, (_body_claim("b-1", "Assad has fled."),)),
    )
    matches = (Match(("a-1", "b-1"), 0.9), Match(("a-2", "b-1"), 0.4, "differs", ("hedge",)))
    rows = (Row((("a-1",), ("b-1",))), Row((("a-2",), ())))
    text = to_text(Comparison(Story("s", "S", (a, b)), articles, matches, rows))

    first, second = [block for block in text.split("\n\n") if block.startswith("Row ")][:2]
    # As on the page: row 2 shows one outlet, whose claim is matched to b-1 with a hedge that
    # differs, but that outlet also states it as b-1 does, in row 1: no outlets are set against
    # each other, so it is shared, as the article page tags it; its match is told under row 1.
    assert first.startswith("Row 1 [shared]") and second.startswith("Row 2 [shared")
    assert _match_lines(first) == [
        "= a-1 ~ b-1 score 0.90",
        "= a-2 ~ b-1 score 0.40 (hedge differs; a-2 in row 2)",
    ]
    assert _match_lines(second) == []
    assert second.splitlines()[-1] == "  = a-2 ~ b-1: listed under row 1"  # and where it is


def test_cli_export_of_a_config_without_the_plugin_fails_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Plain\n")
    (tmp_path / "docs").mkdir()
    assert main(["export", "--config-file", str(config), "--out", str(tmp_path)]) == 2
    assert f"{config}: it does not use the claimdiff plugin" in capsys.readouterr().err


def test_cli_export_of_a_config_with_a_bad_option_fails_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """MkDocs names the option in its log (on standard error in a terminal), as for a build."""
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Bad\nplugins:\n  - claimdiff:\n      threshold: true\n")
    (tmp_path / "docs").mkdir()
    assert main(["export", "--config-file", str(config), "--out", str(tmp_path)]) == 2
    assert "configuration error" in capsys.readouterr().err
    assert "Plugin 'claimdiff' option 'threshold': expected a number" in caplog.text
