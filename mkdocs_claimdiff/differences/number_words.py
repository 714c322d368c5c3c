"""Figures written in words, as news writes counts below a hundred: "six", "seventeen",
"Twenty-four", "thirty one". The matcher reads a few number words as digits
(``normalise.NUMBER_WORDS``); the differences read all of these, so "Twenty-four people were
killed" is set against "Twenty-six" rather than passed over."""

from __future__ import annotations

from ..normalise import NUMBER_WORDS

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Words that multiply the figure before them ("2 million"); alone they count nothing here."""

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

WORD_VALUES: dict[str, float] = {
    **{word: float(value) for word, value in NUMBER_WORDS.items() if word not in SCALES},
    **{word: float(13 + at) for at, word in enumerate(_TEENS)},
    **{word: float(20 + 10 * at) for at, word in enumerate(_TENS)},
}
"""The value of each number word that is a figure on its own."""

COUNTED_WORDS = (
    rf"(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)})(?!\w))?"
    + "|"
    + "|".join(sorted(WORD_VALUES, key=len, reverse=True))
)
"""A figure in words, as a pattern (matched case-insensitively): a ten joined to a one by a
hyphen or a space ("twenty-four", "thirty one"), or a word of ``WORD_VALUES``, longest first."""


def word_value(raw: str) -> float | None:
    """The value of a figure in words (lower case, as ``COUNTED_WORDS`` reads it), else None."""
    words = raw.replace("-", " ").split()
    if len(words) == 2 and words[0] in _TENS and words[1] in _ONES:
        return WORD_VALUES[words[0]] + _ONES.index(words[1]) + 1
    return WORD_VALUES.get(raw)


CLOCK_WORDS = {"noon": 12.0, "midday": 12.0, "midnight": 0.0}
"""Clock times in words, as hours since midnight: "just after midday" is "just after 12 p.m."."""

CLOCK_PATTERN = "|".join(CLOCK_WORDS)
"""A clock time in words, as a pattern (matched case-insensitively)."""
