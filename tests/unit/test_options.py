"""Option values that cannot work are refused with the option named, before anything is read:
by ``load_config`` for a value wrong on its own, when the build starts for one wrong beside
``docs_dir`` or ``site_dir``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from mkdocs_claimdiff.options import MAX_COLUMNS_LIMIT
from mkdocs_claimdiff.plugin.config import MAX_ARTICLE_BYTES_LIMIT, MAX_WORKERS

BAD_VALUES = [
    ("threshold", True),
    ("threshold", -0.1),
    ("threshold", 1.5),
    ("threshold", float("nan")),
    ("threshold", float("inf")),
    ("threshold", "0.5"),
    ("threshold", None),
    ("max_article_bytes", True),
    ("max_article_bytes", 0),
    ("max_article_bytes", -1),
    ("max_article_bytes", 1.5),
    ("max_article_bytes", 10**30),
    ("max_article_bytes", MAX_ARTICLE_BYTES_LIMIT + 1),
    ("max_article_bytes", "2MB"),
    ("max_columns", True),
    ("max_columns", 0),
    ("max_columns", 2.5),
    ("max_columns", MAX_COLUMNS_LIMIT + 1),
    ("max_columns", "forty"),
    ("workers", True),
    ("workers", 0),
    ("workers", -2),
    ("workers", 2.5),
    ("workers", MAX_WORKERS + 1),
    ("workers", 10**9),
    ("workers", "four"),
    ("articles_dir", ""),
    ("articles_dir", "   "),
    ("articles_dir", 5),
    ("cache_dir", ""),
    ("cache_dir", ["a"]),
    ("index_title", ""),
    ("index_title", False),
    ("output_dir", 3),
    ("output_dir", ""),
    ("output_dir", "./"),
    ("output_dir", "/"),
    ("output_dir", " "),
    ("output_dir", "stories/ /x"),
    ("output_dir", "★"),
    ("cache", "yes"),
    ("nav_articles", 1),
    ("search_comparisons", "no"),
    ("aliases", ["nato"]),
    ("aliases", {"nato": 3}),
    ("enabled", "no"),
    ("enabled", 0),
]


def _config_file(tmp_path: Path, options: dict[str, Any]) -> Path:
    (tmp_path / "docs").mkdir(exist_ok=True)
    config = {"site_name": "T", "docs_dir": "docs", "plugins": [{"claimdiff": options}]}
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.mark.parametrize(("option", "value"), BAD_VALUES, ids=[f"{o}={v!r}" for o, v in BAD_VALUES])
def test_load_config_refuses_a_bad_value_naming_the_option(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, option: str, value: object
) -> None:
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        load_config(str(_config_file(tmp_path, {option: value})))
    assert f"Plugin 'claimdiff' option '{option}'" in caplog.text


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("threshold", 0),
        ("threshold", 1),
        ("max_article_bytes", 1),
        ("max_columns", 1),
        ("max_columns", MAX_COLUMNS_LIMIT),
        ("workers", 1),
    ],
)
def test_the_edges_of_each_range_are_accepted(tmp_path: Path, option: str, value: object) -> None:
    config = load_config(str(_config_file(tmp_path, {option: value})))
    assert config.plugins["claimdiff"].config[option] == value


@pytest.mark.parametrize(
    ("option", "written", "hint"),
    [
        ("threshold", "5e-1", "write it as 0.5"),
        ("threshold", "1e-5", "write it as 1.0e-05"),
        ("threshold", "'0.5'", "write it as 0.5"),
        ("max_columns", "1e3", "write it as 1000"),
        ("workers", "'2'", "write it as 2"),
    ],
)
def test_a_number_yaml_reads_as_text_is_refused_with_how_to_write_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, option: str, written: str, hint: str
) -> None:
    """YAML 1.1 (MkDocs') reads ``5e-1`` as a string: the message says how to write the number,
    in a form that ``load_config`` then takes."""
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: T\nplugins:\n  - claimdiff:\n      {option}: {written}\n")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        load_config(str(config))
    assert f"Plugin 'claimdiff' option '{option}'" in caplog.text
    assert f"(YAML reads it as text: {hint})" in caplog.text
    config.write_text(
        f"site_name: T\nplugins:\n  - claimdiff:\n      {option}: {hint.split()[-1]}\n"
    )
    taken = load_config(str(config)).plugins["claimdiff"].config[option]
    assert taken == float(hint.split()[-1])


def test_text_that_is_no_number_gets_no_hint(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        load_config(str(_config_file(tmp_path, {"threshold": "nan"})))
    assert "expected a number, not 'nan'" in caplog.text
    assert "YAML reads it as text" not in caplog.text
