"""The benchmark's check of outlet names: it must count as clean what a reader knows an outlet
by, and as not clean the shapes issue 14 saw (an address, "Nj", "Handelsblatt_De", a company)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "extraction.py"


def extraction() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "outlet",
    [
        "The Guardian",
        "BBC News",
        "Ars Technica",
        "Vox",
        "CNN",
        "AP",
        "日本経済新聞 電子版",
        "FOX 13 News Utah (KSTU)",
        "Süddeutsche Zeitung",
    ],
)
def test_names_a_reader_knows_are_clean(outlet: str) -> None:
    assert extraction().clean_outlet(outlet) == ""


@pytest.mark.parametrize(
    "outlet, cause",
    [
        (None, "none"),
        ("https://www.nj.com/", "address"),
        ("nj.com", "address"),
        ("Index.hr", "address"),
        ("Handelsblatt_De", "handle"),
        ("Nj", "slug"),
        ("nyt", "slug"),
        ("Axel Springer SE", "company"),
        ("Wikimedia Foundation, Inc.", "company"),
        ("Advance Local Media LLC", "company"),
        ("LinkNaija | Nigeria's popular news platform", "tagline"),
    ],
)
def test_what_is_no_name_is_counted_by_its_cause(outlet: str | None, cause: str) -> None:
    assert extraction().clean_outlet(outlet) == cause


def test_the_claims_labelled_chrome_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--chrome`` counts the claims not in the truth that a person labelled chrome, and the
    ones the labels do not hold apart."""
    from .test_html import PARAGRAPHS, news_page

    bench = extraction()
    prompt = "Our newsroom wants to hear from readers in Damascus this week."
    aside = "The rebels' leader has not been seen in public since Monday, residents said."
    (tmp_path / "html").mkdir()
    (tmp_path / "txt").mkdir()
    page = tmp_path / "html" / "page-one.html"
    page.write_text(news_page(paragraphs=[*PARAGRAPHS, aside, prompt]), encoding="utf-8")
    (tmp_path / "txt" / "page-one.txt").write_text("\n".join(PARAGRAPHS), encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    name, digest = bench.claim_key(page, prompt)
    labels.write_text(f"chrome\t{name}\t{digest}\n", encoding="utf-8")
    assert bench.main([str(tmp_path), "--chrome", str(labels)]) == 0
    shown = capsys.readouterr().out
    assert "body claims not in the truth: 2 on 1 pages" in shown
    assert f"labelled chrome by hand ({labels}): 1 on 1 pages; not in the labels: 1" in shown
