"""Whether a claim's figures count a running total ("so far", "to date") or one event.

"So far, the navy has seized 31 magazines" and "During the operation, 12 magazines were seized"
share nearly every word and disagree on a figure, yet they are two counts, not one claim told two
ways: the first adds up every operation to date. A match of two such claims whose only
disagreement is a figure is not made (``matching.align``): a row marked "differs: 31 vs 12" on
them would be the error a reader trusts least.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Claim

RUNNING_TOTAL = re.compile(
    r"\b(?:(?:so|thus)[ ]far(?![ ](?:un\w+|not|no|as|from|away|behind)\b)"
    r"|(?<!up[ ])to[ ]date(?![ ](?:from|to|back)\b)|(?:until|up[ ]to)[ ]now|cumulative(?:ly)?)\b",
    re.IGNORECASE,
)
"""Words that make a count a running total, every event up to now. Not "a total of", "in all",
"altogether" or "this year", which sum up one event as often ("A total of 226 people died in
the stampede"); not "so far unknown", "so far from the coast", "so far as officials know",
"up to date" nor "thought to date from the 12th century"."""


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:best|worst|first|the[ ](?:most|least|fewest)|(?:larg|bigg|high|low|dead|great"
    r"|long|strong|cost|fast|heavi|small|old|young|earli|busi|hott|cold|wett|dri|bloodi)(?:li)?est)"
    r"(?:[ ][\w'’-]+){0,4}[ ]$",
    re.IGNORECASE,
)
"""A superlative a few words before a cue, which the cue then ranks among all events up to now
("the worst disaster to date", "the largest seizure so far", "his first win until now"): the
figure counts that one event, not a running total. Named, not any word in "-est" ("40 arrests
at the protest so far" is a running total), and not "only" or "the latest" ("Only 12 bodies
have been found so far", "the latest count to date" count up to now). Searched in
``_SUPERLATIVE_REACH`` characters before the cue, so it costs the same however long the claim."""

_SUPERLATIVE_REACH = 80


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def counts_a_running_total(text: str) -> bool:
    """Whether the text counts a running total (``RUNNING_TOTAL``) with a cue that ranks no
    superlative (``_SUPERLATIVE_BEFORE``)."""
    return any(
        not _SUPERLATIVE_BEFORE.search(text, max(0, cue.start() - _SUPERLATIVE_REACH), cue.start())
        for cue in RUNNING_TOTAL.finditer(text)
    )


def counted_over_other_spans(first: Claim, second: Claim) -> bool:
    """Whether one claim counts a running total and the other does not: their figures count
    over different spans of time, so a figure of one is no figure of the other told wrong."""
    return counts_a_running_total(first.text) != counts_a_running_total(second.text)
