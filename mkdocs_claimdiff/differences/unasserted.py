"""Where a negation asserts nothing: in a condition ("if no deal is reached" says no opposite of
"a deal was reached") and before "until" ("was not found until Tuesday" says it was found)."""

from __future__ import annotations

import re
from collections.abc import Sequence

CLAUSE_BREAK = re.compile(r"[,;:]")
"""Where a clause ends, between a denied word and the one after it."""

_CONDITIONS = frozenset({"if", "unless", "whether"})
_LATER = frozenset({"until", "till"})
CLAUSE_REACH = 4
"""Words searched, in the same clause, for a condition before a negation ("if no deal is
reached" asserts no opposite of "a deal was reached") and for "until" after what it denies."""


Words = Sequence[tuple[int, int, str]]
"""A claim's words: where each starts and ends, and the word in lower case."""


def _in_clause(text: str, words: Words, first: int, last: int) -> bool:
    """Whether two words (``first`` before ``last``) are in one clause: no break between."""
    return not CLAUSE_BREAK.search(text, words[first][1], words[last][0])


def conditional(text: str, words: Words, index: int) -> bool:
    """Whether the word at ``index`` is said in a condition: "if", "unless" or "whether"
    shortly before ("could not say whether the dam failed to hold")."""
    return any(
        words[at][2] in _CONDITIONS and _in_clause(text, words, at, index)
        for at in range(max(0, index - CLAUSE_REACH), index)
    )


def until(text: str, words: Words, target: int) -> bool:
    """Whether "until" follows the word at ``target`` shortly, in its clause."""
    return any(
        words[at][2] in _LATER and _in_clause(text, words, target, at)
        for at in range(target + 1, min(len(words), target + 1 + CLAUSE_REACH))
    )
