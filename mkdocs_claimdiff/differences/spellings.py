"""British spellings of the words a figure counts read as American English writes them, so that
"12 cooling centers" and "Fourteen cooling centres" count one thing (helper-196's audit). Names
keep their own, broader reading of British endings (``name_forms``): a list made for counted
words made "Labour Party" / "Labor Party" and "Glamour" / "Glamor" spelling differences
(helper-213's review)."""

from __future__ import annotations

import re

BRITISH_ENDINGS = re.compile(
    r"\b(?P<re>\w*(?:cent|theat|met|lit|fib|calib|spect|somb|meag|lust))(?:re(?=s?\b)|(?P<d>r)ed\b)"
    r"|\b(?P<our>(?:dis|un|mis|ill)?(?:col|hon|neighb|fav|behavi|harb|hum|rum|vap|arm|od"
    r"|flav|vig|val|endeav|savi?|parl|clam|splend|ferv|ard|cand|tum))our"
    r"(?=(?:s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood|hoods)?\b)"
    r"|\b(?P<ence>def|off|lic|pret)ence(?=s?\b)"
    r"|\b(?P<ise>(?:re)?organ|author|special|civil|national|hospital|mobil|local|stabil|util"
    r"|priorit|apolog|critic|recogn)is(?=(?:e|es|ed|er|ers|ing|ation|ations)\b)"
)
"""British endings that American English writes otherwise: "centres" / "centers", "theatre" /
"theater", "kilometres", "colour", "neighbours", "defence", "organisers" (helper-215's
audit: "organisers said" / "organizers said" were two sources). Only these words: "acre", "genre",
"four", "hour", "tour" and "fence" keep theirs, and so does "labour", which is a party too
("Three Labour councillors" / "Five labor councillors"; helper-211's review). Not in the keys
matching compares: claims that only these words join ("in self-defence" / "in self-defense",
"neighbourhood") made new matches, some of them wrong."""
_AMERICAN_ENDINGS = {"re": "er", "d": "ered", "our": "or", "ence": "ense", "ise": "iz"}
"""The American ending of each group of ``BRITISH_ENDINGS``."""


def american_spelling(words: str) -> str:
    """Lower-case words with a British ending (``BRITISH_ENDINGS``) as American English writes
    them."""
    return BRITISH_ENDINGS.sub(_american_ending, words)


def _american_ending(match: re.Match[str]) -> str:
    """The stem ``BRITISH_ENDINGS`` read and the American ending of its group."""
    group = str(match.lastgroup)
    stem = match.group("re") if group == "d" else match.group(group)
    return stem + _AMERICAN_ENDINGS[group]
