"""The ``claimdiff`` command: the same pipeline as the plugin, from a terminal.

``claimdiff compare A B [C ...]`` compares article files as one story and prints either a
readable summary or the JSON of the data contract.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .align import DEFAULT_THRESHOLD, AlignOptions
from .export import to_json, to_text
from .pipeline import compare_files


def _threshold(value: str) -> float:
    number = float(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdiff", description="Compare how outlets report the same story, claim by claim."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("compare", help="compare article files as one story")
    compare.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".md or .txt articles")
    compare.add_argument("--format", choices=("text", "json"), default="text")
    compare.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        help=f"match score from which two claims are the same claim (default {DEFAULT_THRESHOLD})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        print(f"claimdiff: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    if len(args.files) < 2:
        print("claimdiff: compare needs at least two files", file=sys.stderr)
        return 2
    comparison, problems = compare_files(args.files, AlignOptions.create(args.threshold))
    for entry in comparison.articles:
        problems.extend(entry.article.problems)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    sys.stdout.write(to_json(comparison) if args.format == "json" else to_text(comparison))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
