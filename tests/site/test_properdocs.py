"""End-to-end under ProperDocs, the maintained fork of MkDocs 1.6: the demo site builds with it.

ProperDocs maps ``mkdocs.*`` imports onto its own modules as soon as it starts, so it runs in a
process of its own: this test process has already imported MkDocs itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from ..conftest import DEMO_STORIES, ROOT, assert_every_claim_once, demo_comparison


def test_demo_site_builds_strict_under_properdocs(tmp_path: Path) -> None:
    out = tmp_path / "build"
    command = [sys.executable, "-m", "properdocs", "build", "--strict"]
    command += ["--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr

    home = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("footer a[href^='https://properdocs.org']") is not None
    for story in DEMO_STORIES:
        html = (out / "stories" / story / "index.html").read_text(encoding="utf-8")
        assert_every_claim_once(BeautifulSoup(html, "html.parser"), demo_comparison(story))
