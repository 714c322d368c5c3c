"""A rank two claims give one thing in words alike: "Ingrid is the seventh named storm of the
season" / "Ingrid is the ninth named storm of the season", "It is the company's second recall
in three years" / "It's the firm's THIRD recall in three years" (helper-203's and helper-209's
audits). Only a rank said of the claim's subject ("is the seventh"), before the same words to
the end of its clause: "the second victim died" and "the third victim died" are two victims,
not two ranks of one, and "the 4th head coach since King took over" / "the 21st head coach"
rank in two scopes (helper-196's review of ordinals in general)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Difference
from .ordinals import PLACES
from .slots import WORDS, Slots, once_per_claim

_ORDINAL_WORDS = {
    word: rank
    for rank, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        start=1,
    )
}

_RANK = re.compile(
    r"(?<![\w’'-])(?i:(?P<word>" + "|".join(_ORDINAL_WORDS) + r")|(?P<digits>\d{1,3})"
    r"(?:st|nd|rd|th))(?![\w’'-])"
)
"""An ordinal in words or in digits."""

_SAID_OF_SUBJECT = re.compile(
    r"(?<![\w’'-])(?i:is|was|are|were|be|been|became|becomes|marks|marked|[\w]+['’]s)"
    r"[ ](?:(?i:the|a|its|his|her|their|[\w-]+['’]s?)[ ]){0,2}$"
)
"""What makes a rank one said of the subject, right before it: "is the seventh", "It's the
firm's third", "marked the club's second"."""

_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|$")

RANKED_REACH = 120
"""Characters after a rank read as what it ranks, when its clause ends no sooner."""

SUBJECT_REACH = 40
"""Characters before a rank searched for ``_SAID_OF_SUBJECT``."""


@dataclass(frozen=True)
class _Rank:
    text: str
    span: tuple[int, int]
    value: int
    ranked: tuple[str, ...]
    """The keys of the content words after the rank to the end of its clause."""
    what: str
    """What is ranked, as written (``_named``)."""


@once_per_claim
def _ranks(slots: Slots) -> tuple[_Rank, ...]:
    text = slots.claim.text
    found = []
    for match in _RANK.finditer(text):
        if not _SAID_OF_SUBJECT.search(text, max(0, match.start() - SUBJECT_REACH), match.start()):
            continue
        end = _CLAUSE_END.search(text, match.end(), match.end() + RANKED_REACH)
        rest = text[match.end() : end.start() if end else match.end() + RANKED_REACH]
        words = [token for token in WORDS.tokens(rest) if token.content]
        if not words or words[0].word in PLACES:
            continue  # "the 87th minute" is a figure of its own (``ordinals``)
        word = match.group("word")
        value = _ORDINAL_WORDS[word.lower()] if word else int(match.group("digits"))
        ranked = tuple(token.key for token in words)
        found.append(_Rank(match.group(), match.span(), value, ranked, _named(rest)))
    return tuple(found)


def _named(rest: str) -> str:
    """What is ranked as the clause names it: its first run of content words ("named storm" of
    "named storm of the season", "arrest" of "such arrest in less than a month")."""
    run: list[str] = []
    for token in WORDS.tokens(rest):
        if token.content:
            run.append(rest[token.start : token.end])
        elif run:
            break
    return " ".join(run)


def rank_differences(first: Slots, second: Slots) -> list[Difference]:
    """Two ranks the claims say of their subject, of the same words to their clauses' end."""
    ranks = _ranks_by_words(second) if _RANK.search(second.claim.text) else {}
    if not ranks:
        return []
    for rank in _ranks(first):
        for other in ranks.get(rank.ranked, ()):
            if rank.value != other.value:
                told = rank.text, other.text
                return [Difference("number", *told, rank.what, rank.span, other.span)]
    return []


@once_per_claim
def _ranks_by_words(slots: Slots) -> dict[tuple[str, ...], list[_Rank]]:
    """The claim's ranks by what they rank, looked up rather than each tried against each: of
    each, the first of two values at most, which is all a rank of the other claim is told
    apart from (a text of thousands of ranks alike would cost their square)."""
    found: dict[tuple[str, ...], list[_Rank]] = {}
    for rank in _ranks(slots):
        alike = found.setdefault(rank.ranked, [])
        if len(alike) < 2 and all(other.value != rank.value for other in alike):
            alike.append(rank)
    return found
