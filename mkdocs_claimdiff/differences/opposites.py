"""Two verbs of opposite outcome said of one thing: "SNCF cancelled all trains between Rennes
and Brest" against "Trains between Rennes and Brest continued to run", "The tank had failed a
safety inspection" against "The tank passed a safety inspection", "abandoned the take-off"
against "continued the take-off". Neither claim says "not", so ``negations`` reads no polarity
in either; the verbs are a ``negation`` all the same. The written stories' development misses
of 2026-12-07 held about a dozen such pairs."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..model import Difference
from ..normalise import Token
from .slots import WORDS, Slots, negates

OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(done.split()), frozenset(undone.split()))
    for done, undone in (
        (
            "cancel cancels cancelled canceled cancelling canceling scrapped axed",
            "ran run runs running continued continue continues operated operate operating",
        ),
        ("abandoned aborted abort abandon abandons aborts", "continued continue continues"),
        ("failed fails fail", "passed passes pass"),
        ("banned barred", "continues continue continued allowed permitted"),
        ("acquitted", "convicted"),
        ("rejected rejects", "accepted accepts approved approves"),
    )
)
"""Verbs of opposite outcome, as written (lower case): each pair's first group undoes what its
second does. Not "closed" / "reopened": "will stay closed until Friday" and "would reopen on
Friday" agree, as do "reopened on Saturday" and "remained closed on Friday". A word of two
pairs ("continued") is read in each."""

_WORDS_READ = frozenset(word for pair in OPPOSITES for group in pair for word in group)

_NEGATION_BEFORE = 3
"""Words before a verb searched for a negation: "did not cancel" is no cancelling."""

REACH = 6
"""Tokens on each side of a verb whose lower-case content words say what it is of ("all
trains between", "a safety inspection")."""

_WORD = re.compile(r"[\w’']+")


class Outcome(NamedTuple):
    """A verb of ``OPPOSITES`` a claim says: as written, where, the pair and the group it is
    of, and the keys of the lower-case content words around it."""

    text: str
    span: tuple[int, int]
    pair: int
    undoes: bool
    around: dict[str, str]
    """The lower-case content words near it, by key."""
    opening: str
    """The key of the claim's first word, when it is near and no stopword: one thing when the
    other claim writes it in lower case ("Visiting continues" / "All visits")."""


@lru_cache(maxsize=65536)  # a claim meets many partners
def outcomes(text: str) -> tuple[Outcome, ...]:
    """The verbs of opposite outcome a claim says, but for negated ones."""
    if _WORDS_READ.isdisjoint(_WORD.findall(text.lower())):
        return ()  # most claims
    tokens = WORDS.tokens(text)
    found: list[Outcome] = []
    for index, token in enumerate(tokens):
        word = token.word.lower()
        if word not in _WORDS_READ or _negated(tokens, index):
            continue
        window = (*tokens[max(0, index - REACH) : index], *tokens[index + 1 : index + 1 + REACH])
        near = {
            other.key: other.word
            for other in window
            if other.content
            and text[other.start].islower()  # no name: "Paris", "Brest"
            and other.word not in _WORDS_READ
        }
        # The claim's first word may be a name ("Brittany Ferries") or not ("Visiting").
        opening = tokens[0].key if tokens[0] in window and tokens[0].content else ""
        for number, (done, undone) in enumerate(OPPOSITES):
            for undoes, group in ((True, done), (False, undone)):
                if word in group:
                    span = (token.start, token.end)
                    found.append(Outcome(text[slice(*span)], span, number, undoes, near, opening))
    return tuple(found[:OUTCOMES_READ])


OUTCOMES_READ = 8
"""Verbs of a claim that are read, its first: each of one claim is set against each of the
other's, and a sentence of thousands would cost their square."""


def _negated(tokens: tuple[Token, ...], index: int) -> bool:
    """Whether a negation stands shortly before the verb ("did not cancel")."""
    return any(
        negates(token.word.lower()) for token in tokens[max(0, index - _NEGATION_BEFORE) : index]
    )


def opposite_differences(first: Slots, second: Slots) -> list[Difference]:
    """A verb of one claim against the opposite verb of the other said of the same thing (a
    lower-case content word near both), as a ``negation``; none when either claim says both
    verbs of a pair ("cancelled some trains but ran others")."""
    left, right = outcomes(first.claim.text), outcomes(second.claim.text)
    if not left or not right:
        return []
    for one in left:
        for other in right:
            if (
                one.pair == other.pair
                and one.undoes != other.undoes
                and not _both_ways(left, one.pair)
                and not _both_ways(right, one.pair)
                and (shared := _shared(one, other))
            ):
                what = next((word for key, word in one.around.items() if key in shared), "")
                what = what or next(word for key, word in other.around.items() if key in shared)
                return [Difference("negation", one.text, other.text, what, one.span, other.span)]
    return []


def _shared(one: Outcome, other: Outcome) -> set[str]:
    """The keys of the words near both verbs, lower case in at least one claim."""
    shared = one.around.keys() & other.around.keys()
    return shared | ({one.opening} & other.around.keys()) | ({other.opening} & one.around.keys())


def _both_ways(found: tuple[Outcome, ...], pair: int) -> bool:
    return len({outcome.undoes for outcome in found if outcome.pair == pair}) > 1
