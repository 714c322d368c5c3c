"""The package's shape: small modules, each stage in its own home (``make lint`` checks the
imports between them with import-linter)."""

from __future__ import annotations

from pathlib import Path

import mkdocs_claimdiff

PACKAGE = Path(mkdocs_claimdiff.__file__).parent
MAX_LINES = 400


def test_no_module_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_each_stage_has_its_package() -> None:
    stages = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert {"sources", "matching", "differences", "output", "store", "plugin"} <= stages
