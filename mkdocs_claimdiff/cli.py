"""The ``claimdiff`` command: the same pipeline as the plugin, from a terminal.

``claimdiff compare A B [C ...]`` compares article files as one story and prints either a
readable summary or the JSON of the data contract; ``claimdiff score PAIRS.tsv`` scores sentence
pairs with the paraphrase model, for evaluation on corpora such as MSRP.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .align import DEFAULT_THRESHOLD, AlignOptions
from .export import to_json, to_text
from .matcher import score_pairs
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
    score = commands.add_parser(
        "score",
        help="score sentence pairs: one 'text1<TAB>text2' per line in, 'score<TAB>same' out",
    )
    score.add_argument("pairs", type=Path, metavar="PAIRS.tsv", help="'-' reads standard input")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "score":
        return _score(args.pairs)
    return _compare(args)


def _score(source: Path) -> int:
    """Write ``score<TAB>same`` per input pair, in input order, one line for every line read."""
    try:
        text = sys.stdin.read() if str(source) == "-" else source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"claimdiff: cannot read {source}: {error}", file=sys.stderr)
        return 2
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.rstrip("\r").split("\t")
        if len(fields) < 2:
            print(f"claimdiff: {source}:{number}: no tab; scored as an empty pair", file=sys.stderr)
            fields = ["", ""]
        # Extra leading columns (labels, ids, as in MSRP files) are ignored: the texts are last.
        pairs.append((fields[-2], fields[-1]))
    for value, same in score_pairs(pairs):
        sys.stdout.write(f"{value:.4f}\t{int(same)}\n")
    return 0


def _compare(args: argparse.Namespace) -> int:
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
