"""The ``claimdiff`` command: the same pipeline as the plugin, from a terminal.

``claimdiff compare A B [C ...]`` compares article files as one story and prints either a
readable summary or the JSON of the data contract; ``claimdiff export DIR`` writes that JSON (or a
CSV of matches) for every story of an articles folder; ``claimdiff group FILE ...`` shows how
loose articles would be grouped into stories; ``claimdiff score PAIRS.tsv`` scores sentence
pairs with the paraphrase model, for evaluation on corpora such as MSRP.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .matching.scorer import score_pairs
from .model import Problem, printable
from .options import DEFAULT_THRESHOLD, THRESHOLD_RANGE, AlignOptions, RunOptions, out_of_range
from .output.export import to_csv, to_json, to_text
from .pipeline import compare_files, compare_folder
from .sources.discover import read_files
from .sources.group import group_articles
from .sources.listing import is_article
from .sources.meta import NOT_A_FILE, STORY_FILES
from .store.comparisons import ComparisonCache
from .workers import available_cpus

if TYPE_CHECKING:
    from .plugin.site import ConfiguredSite


def _print(*parts: object, file: TextIO | None = None) -> None:
    """``print``, with the control characters of file names and values written out: a name
    holding an escape sequence would erase or hide the lines a terminal shows."""
    print(*(printable(str(part)) for part in parts), file=file)


def threshold(value: str) -> float:
    """A ``--threshold`` (argparse names its errors after this function: "invalid threshold
    value: 'abc'")."""
    number = float(value)
    if refused := out_of_range(number, *THRESHOLD_RANGE):
        raise argparse.ArgumentTypeError(refused)
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdiff", description="Compare how outlets report the same story, claim by claim."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    compare = commands.add_parser("compare", help="compare article files as one story")
    compare.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=".md, .txt or .html articles (two or more)",
    )
    compare.add_argument("--format", choices=("text", "json"), default="text")
    compare.add_argument(
        "--threshold",
        type=threshold,
        default=DEFAULT_THRESHOLD,
        help=f"match score from which two claims are the same claim (default {DEFAULT_THRESHOLD})",
    )
    export = commands.add_parser(
        "export", help="write each story of an articles folder as <story>.json (or a CSV)"
    )
    export.add_argument(
        "folder",
        type=Path,
        nargs="?",
        metavar="DIR",
        help="folder of story folders (default: the articles_dir of --config-file, or of the "
        "mkdocs.yml in this folder)",
    )
    export.add_argument(
        "-f",
        "--config-file",
        type=Path,
        metavar="MKDOCS_YML",
        help="compare with the plugin options (and the cache) of this site, so the JSON is the "
        "site's stories/<story>.json",
    )
    export.add_argument("--out", type=Path, default=Path(), help="where to write (default .)")
    export.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="json: <story>.json per story; csv: matches.csv, one row per match of all stories",
    )
    export.add_argument(
        "--threshold",
        type=threshold,
        help=f"as --threshold of compare (default: the site's, else {DEFAULT_THRESHOLD})",
    )
    group = commands.add_parser("group", help="group article files into stories by similarity")
    group.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files")
    group.add_argument("--format", choices=("text", "json"), default="text")
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
    if args.command == "export":
        return _export(args)
    if args.command == "group":
        return _group(args.files, args.format)
    return _compare(args)


def _score(source: Path) -> int:
    """Write ``score<TAB>same`` per input pair, in input order, one line for every line read."""
    try:
        raw = sys.stdin.buffer.read() if str(source) == "-" else source.read_bytes()
        text = raw.decode("utf-8-sig")  # standard input too: not the locale's encoding
    except OSError as error:
        _print(f"claimdiff: cannot read {source}: {error}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as error:
        _print(f"claimdiff: {source}: not UTF-8 text (byte {error.start + 1})", file=sys.stderr)
        return 2
    pairs: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.rstrip("\r").split("\t")
        if len(fields) < 2:
            _print(
                f"claimdiff: {source}:{number}: no tab; scored as an empty pair", file=sys.stderr
            )
            fields = ["", ""]
        # Extra leading columns (labels, ids, as in MSRP files) are ignored: the texts are last.
        pairs.append((fields[-2], fields[-1]))
    for value, same in score_pairs(pairs):
        sys.stdout.write(f"{value:.4f}\t{int(same)}\n")
    return 0


def _all_files(paths: Sequence[Path]) -> bool:
    """Whether every path is a file; if not, says which are not on standard error. A story's
    folder was "no such file", which it plainly is not: the way to compare it is named."""
    folders = [path for path in paths if path.is_dir()]
    there = [path.exists() or path.is_symlink() for path in paths]  # a broken link is there
    missing = [str(path) for path, found in zip(paths, there, strict=True) if not found]
    others = [
        str(path)
        for path, found in zip(paths, there, strict=True)
        if found and not path.is_file() and not path.is_dir()
    ]
    if folders:
        named = ", ".join(map(str, folders))
        if _holds_articles(folders[0]):
            how = f"name its files ({folders[0] / '*'}), or run `claimdiff export`"
        else:  # the articles folder itself: its entries are story folders
            how = "run `claimdiff export`"
        _print(
            f"claimdiff: {named}: a folder, not an article file: {how} on the articles folder",
            file=sys.stderr,
        )
    if missing:
        _print(f"claimdiff: no such file: {', '.join(missing)}", file=sys.stderr)
    if others:
        _print(f"claimdiff: {', '.join(others)}: {NOT_A_FILE}", file=sys.stderr)
    return not folders and not missing and not others


def _holds_articles(folder: Path) -> bool:
    """Whether article files lie in ``folder`` itself (a story's folder, not the articles
    folder); False for a folder that cannot be listed."""
    try:
        return any(is_article(path) for path in folder.iterdir())
    except OSError:
        return False


def _compare(args: argparse.Namespace) -> int:
    if not _all_files(args.files):
        return 2
    if len(args.files) < 2:
        _print("claimdiff: compare needs at least two files", file=sys.stderr)
        return 2
    if _any_given_twice(args.files):
        return 2
    comparison, problems = compare_files(args.files, AlignOptions.create(args.threshold))
    _warn(problems)
    if len(comparison.articles) < 2:
        _print("claimdiff: compare needs at least two readable articles", file=sys.stderr)
        return 2
    shown = to_json(comparison, indent=2) if args.format == "json" else to_text(comparison)
    sys.stdout.write(shown)
    return 0


def _any_given_twice(paths: Sequence[Path]) -> bool:
    """Whether a file is given twice, by one path or another (a link), saying which: a file
    compared with itself shares every claim, and grouped with itself is two reports."""
    twice = [str(path) for place, path in enumerate(paths) if _given_before(paths, place)]
    if twice:
        _print(f"claimdiff: {', '.join(twice)}: given twice", file=sys.stderr)
    return bool(twice)


def _given_before(paths: Sequence[Path], place: int) -> bool:
    """Whether the file at ``place`` is one given before it, by another name too."""
    return any(_same_file(paths[place], earlier) for earlier in paths[:place])


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first == second


def _warn(problems: Iterable[Problem]) -> None:
    for problem in problems:
        _print(f"warning: {problem}", file=sys.stderr)


SITE_CONFIG = Path("mkdocs.yml")
"""The site ``claimdiff export`` follows without ``--config-file``, as ``mkdocs build`` does."""


def _export(args: argparse.Namespace) -> int:
    """Compare every story of a folder as the plugin would and write the data, no site. With a
    ``mkdocs.yml`` (``--config-file``, or in this folder when the folder to export is its
    articles folder), the plugin's options and cache come from it, so the data is the site's."""
    site = None
    if args.config_file is not None:
        site = _configured_site(args.config_file)
        if site is None:
            return 2
    elif SITE_CONFIG.is_file():
        site = _configured_site(SITE_CONFIG, quiet=True)
    if site is not None and (args.folder is None or args.folder.resolve() == site.articles):
        folder, options, store = site.articles, site.options, site.store
    elif site is not None and args.config_file is not None:
        # Another folder with the options of the given site; the site's cache is not its own.
        folder, options, store = args.folder, site.options, ComparisonCache(None)
    elif args.folder is None:
        _print(
            "claimdiff: export needs a folder, a mkdocs.yml here or --config-file", file=sys.stderr
        )
        return 2
    else:
        folder, options, store = args.folder, RunOptions(workers=available_cpus()), None
    if args.threshold is not None and args.threshold != options.align.threshold:
        options = replace(options, align=replace(options.align, threshold=args.threshold))
        store = None  # the site's cache keeps the site's comparisons: these would replace them
    if not folder.is_dir():
        why = "not a folder" if folder.exists() else "articles folder not found"
        _print(f"claimdiff: {folder}: {why}", file=sys.stderr)
        return 2
    found = compare_folder(folder, options, store or ComparisonCache(None))
    _warn(found.problems)
    if not found.comparisons:
        _print(f"claimdiff: {folder}: no story with a readable article to export", file=sys.stderr)
        return 2
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
        if args.format == "csv":
            written = [_write(out / "matches.csv", to_csv(found.comparisons))]
        else:
            written = [_write(out / f"{c.story.id}.json", to_json(c)) for c in found.comparisons]
    except OSError as error:
        _print(f"claimdiff: cannot write to {out}: {error}", file=sys.stderr)
        return 2
    for path in written:
        _print(path)
    return 0


def _configured_site(config_file: Path, quiet: bool = False) -> ConfiguredSite | None:
    """The site of ``config_file`` as the plugin sets it up, or None with the reason printed
    (``quiet``: none for a site that does not use the plugin, a warning for one that cannot be
    loaded). The plugin package (and MkDocs) load only when there is a config file."""
    from .plugin.configured import configured_site
    from .plugin.site import PluginNotUsed, SiteConfigError

    try:
        return configured_site(config_file)
    except PluginNotUsed as error:
        if not quiet:
            _print(f"claimdiff: {config_file}: {error}", file=sys.stderr)
    except SiteConfigError as error:
        if quiet:
            _print(f"warning: {config_file}: {error}; its options are not used", file=sys.stderr)
        else:
            _print(f"claimdiff: {config_file}: {error}", file=sys.stderr)
    return None


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _group(paths: Sequence[Path], form: str) -> int:
    """Print which files report the same event, as ``discover`` would group loose articles."""
    if not _all_files(paths) or _any_given_twice(paths):
        return 2
    problems: list[Problem] = []
    # A story folder's title file, given with its articles (``story/*``), as compare takes it;
    # grouping makes stories of its own (the new-user audit: "sidecar without an article").
    articles = read_files([path for path in paths if path.name not in STORY_FILES], "", problems)
    _warn([*problems, *(problem for article in articles for problem in article.problems)])
    if not articles:
        _print("claimdiff: group found no readable article", file=sys.stderr)
        return 2
    stories = group_articles(articles)
    if form == "json":
        data = {
            "stories": [
                {
                    "id": story.id,
                    "title": story.title,
                    "articles": [str(article.path) for article in story.articles],
                }
                for story in stories
            ]
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    for story in stories:
        _print(f"{story.id}: {story.title}")
        for article in story.articles:
            _print(f"  {article.path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
