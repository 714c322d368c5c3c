"""How often the sentence splitter splits a test case exactly as people did, per language.

The cases are pySBD's "golden rules" (https://github.com/nipunsadvilkar/pySBD, ``tests/lang/``):
short texts with their sentences, written by others to catch the traps of each language
(abbreviations, ordinal numbers, dates, quotes). Copy ``test_english.py``, ``test_deutsch.py``,
``test_french.py``, ``test_spanish.py`` and ``test_italian.py`` into a folder and pass it::

    python benchmarks/splitter.py /work/data14/pysbd

Only the rule lists are read (``GOLDEN_*RULES``, ``*_MORE`` and ``DE_CLEAN_RULES``), with
``ast.literal_eval``: nothing of those files is run. A case counts as right when the splitter
gives exactly the expected sentences, compared with spaces collapsed.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

from mkdocs_claimdiff.claims.sentences import split_sentences

LANGUAGES = {"english": "en", "deutsch": "de", "french": "fr", "spanish": "es", "italian": "it"}
_LISTS = re.compile(r"^(?:GOLDEN_\w+RULES|\w+_MORE|DE_CLEAN_RULES)_TEST_CASES$")
_SPACE = re.compile(r"\s+")

Case = tuple[str, list[str]]


def cases(path: Path) -> list[Case]:
    """The (text, sentences) pairs of one pySBD test file's rule lists."""
    found: list[Case] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and _LISTS.match(target.id) for target in node.targets
        ):
            for element in getattr(node.value, "elts", []):
                if isinstance(element, ast.Call):  # pytest.param(text, expected, marks=...)
                    element = ast.Tuple(elts=element.args[:2], ctx=ast.Load())
                text, expected = ast.literal_eval(element)
                found.append((text, list(expected)))
    return found


def _norm(sentences: list[str]) -> list[str]:
    return [_SPACE.sub(" ", sentence).strip() for sentence in sentences if sentence.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with pySBD's tests/lang/test_*.py")
    parser.add_argument("--verbose", action="store_true", help="print every case split wrong")
    args = parser.parse_args(argv)
    right_all = total_all = 0
    for name, language in LANGUAGES.items():
        path = args.data / f"test_{name}.py"
        if not path.is_file():
            print(f"{language}: {path} missing", file=sys.stderr)
            continue
        right = 0
        found_cases = cases(path)
        for text, expected in found_cases:
            got = [text[start:end] for start, end in split_sentences(text, language)]
            if _norm(got) == _norm(expected):
                right += 1
            elif args.verbose:
                print(f"[{language}] {text!r}\n   got      {_norm(got)}")
                print(f"   expected {_norm(expected)}")
        print(f"{language}: {right}/{len(found_cases)} cases split exactly right")
        right_all += right
        total_all += len(found_cases)
    if total_all:
        print(f"all: {right_all}/{total_all} ({right_all / total_all:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
