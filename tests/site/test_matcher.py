"""The paraphrase model, the claim score and ``claimdiff score``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..unit.test_matcher import PAIRS


def test_score_command_writes_one_line_per_input_line(tmp_path: Path) -> None:
    source = tmp_path / "pairs.tsv"
    lines = [f"{a}\t{b}" for a, b in PAIRS] + ["no tab on this line"]
    source.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs_claimdiff.cli", "score", str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert len(rows) == len(lines)
    for value, same in rows:
        assert 0.0 <= float(value) <= 1.0 and same in {"0", "1"}
    assert rows[0][1] == "1" and rows[2][1] == "0" and rows[-1] == ["0.0000", "0"]
    assert f"{source}:5: no tab" in done.stderr


def test_score_command_takes_the_last_two_columns(tmp_path: Path) -> None:
    source = tmp_path / "msrp.tsv"
    source.write_text(f"1\t11\t12\t{PAIRS[0][0]}\t{PAIRS[0][1]}\n", encoding="utf-8")
    plain = tmp_path / "plain.tsv"
    plain.write_text(f"{PAIRS[0][0]}\t{PAIRS[0][1]}\n", encoding="utf-8")
    outputs = [
        subprocess.run(
            [sys.executable, "-m", "mkdocs_claimdiff.cli", "score", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for path in (source, plain)
    ]
    assert outputs[0] == outputs[1]
