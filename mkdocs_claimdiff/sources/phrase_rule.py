"""What a phrase rule of site chrome is, and the case folding its needles are looked for in."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOTLESS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
"""The letters that a case-insensitive pattern matches to an ASCII letter but ``str.lower``
does not lower to it: İ (lowered to two characters), dotless ı and the long s ſ; each with its
letter."""


def fold_case(text: str) -> str:
    """The text as the rules' needles are looked for in it: in lower case, and every character
    that a case-insensitive pattern matches to a needle's letter is that letter, so a phrase a
    rule matches is found in the folded text as the same words in lower case (a unit test checks
    this for every character Unicode has).

    The three letters are replaced one by one: ``str.translate`` with a table looks up every
    character of the text, 14 times as slow on the blocks of pages not in ASCII (the phrase rules
    took 215 ms on the development pages' extractions with it, 165-180 ms without).
    """
    if not text.isascii():
        for letter, ascii_letter in _DOTLESS:
            text = text.replace(letter, ascii_letter)
    return text.lower()


@dataclass(frozen=True)
class Rule:
    """A phrase that marks chrome in a unit of at most ``max_words`` words."""

    pattern: re.Pattern[str]
    reason: str
    max_words: int
    ends_article: bool = False
    rows_too: bool = True
    """False for a rule a table row would match: its cells are joined by " | "."""
    needles: tuple[str, ...] = ()
    """Lower-case pieces one of which every match contains: a unit whose folded text
    (``fold_case``) holds none of them is not tried against the pattern, which is far slower
    than looking for a few words. Empty for a rule cheap enough without them. A unit test proves
    from the pattern's syntax that every match contains one."""


def rule(
    pattern: str,
    reason: str,
    max_words: int,
    ends_article: bool = False,
    rows_too: bool = True,
    needles: tuple[str, ...] = (),
) -> Rule:
    return Rule(
        re.compile(pattern, re.IGNORECASE), reason, max_words, ends_article, rows_too, needles
    )
