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
