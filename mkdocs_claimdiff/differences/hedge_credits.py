"""Hedges that say only who tells a claim ("reportedly", "according to sources"): against a
claim that names who tells it they are the same caution, not a difference."""

from __future__ import annotations

import re

from ..model import Claim

_ATTRIBUTING_HEDGES = frozenset(
    {"reportedly", "allegedly", "sources say", "allege", "alleges", "claims"}
    | {f"{be} {said} to" for be in ("is", "are", "was", "were") for said in ("said", "reported")}
)
"""Hedges that only say someone else tells it: against a claim that names who tells it
("Bloomberg reports"; "the Indian navy said it captured" against "the Navy claims they have
captured") they are the same caution, not a difference."""


def only_attributes(hedges: tuple[str, ...]) -> bool:
    """Whether every hedge only says someone else tells it ("reportedly", "according to
    sources", "reports say")."""
    return all(
        hedge in _ATTRIBUTING_HEDGES or hedge.startswith(("according to", "reports", "reported"))
        for hedge in hedges
    )


_ACCUSING_SOURCE = re.compile(
    r"\b(?:indictments?|complaints?|lawsuits?|suits?|affidavits?|filings?|papers|documents?"
    r"|records?|prosecutors?|prosecution|plaintiffs?|accusers?|charge[ ]sheets?)\b",
    re.IGNORECASE,
)
"""Sources that are the accusation itself ("according to the indictment", "prosecutors
said"): what they allege they allege, and an "allegedly" repeats them (helper-230's review)."""


def _doubted_by_its_source(claim: Claim, hedges: tuple[str, ...]) -> bool:
    """Whether a claim that names its source doubts what that source tells with "allegedly"
    too: "after allegedly opening fire ..., police said" doubts what "who opened fire ...,
    police said" states (ECB+ topic 18's gold). Not "reportedly", which names the report its
    source is ("reportedly planning cuts, Bloomberg reported"), nor "allegedly" of a source that
    accuses (helper-230's review: 14 of 17 false changes)."""
    source = claim.attribution
    return hedges == ("allegedly",) and bool(source) and not _ACCUSING_SOURCE.search(source or "")


def same_caution(
    hedged: Claim, hedges: tuple[str, ...], plain: Claim, plain_hedges: tuple[str, ...]
) -> bool:
    """Whether the hedges of ``hedged`` only say someone tells it, as ``plain`` does by naming
    its source or by a hedge that only attributes (its ``plain_hedges``)."""
    credited = plain.attribution or any(only_attributes((hedge,)) for hedge in plain_hedges)
    return bool(credited) and only_attributes(hedges) and not _doubted_by_its_source(hedged, hedges)
