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
