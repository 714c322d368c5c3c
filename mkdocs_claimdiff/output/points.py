"""The claims a digest quotes: what most outlets agree on and what only one reports, each
in the words of one outlet (``Point``), read off the rows and their statuses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Claim, Comparison, Row
from .status import row_statuses, rows_elsewhere

AGREED = 3
"""Claims shown as what most outlets agree on."""
UNIQUE = 3
"""Claims shown as reported by one outlet only."""
_FIGURE = re.compile(r"\d")


@dataclass(frozen=True)
class Point:
    """A claim of one row, in the words of one outlet, and the outlets whose claims the row
    shows."""

    text: str
    outlets: tuple[str, ...]
    row: int
    quoted: str = ""
    """The outlet whose words ``text`` is: the row's outlets each word it their own way."""


def outlet_of(comparison: Comparison, column: int) -> str:
    """The outlet of the article of a column, as the digest names it."""
    return comparison.articles[column].article.outlet_name


def agreed(comparison: Comparison) -> tuple[Point, ...]:
    """The rows most outlets share (more than half of them, and two) as stated, most outlets
    first. A row that differs is no agreement: under "What most agree on" its plainest claim
    ("The captain did not survive", 4 of 4) would tell a reader that outlets saying the
    opposite agree with it, in the row or in another. Half is not most: "(2 of 4)"
    under that heading was a claim the other two may well contradict in a row of their own."""
    wanted = max(2, len(comparison.articles) // 2 + 1)
    shared = []
    statuses = row_statuses(comparison)
    for number, (row, status) in enumerate(zip(comparison.rows, statuses, strict=True), start=1):
        if row.shared_by >= wanted and status.kind == "shared":
            shared.append((-row.shared_by, number, row))
    return tuple(_point(comparison, row, number) for _, number, row in sorted(shared)[:AGREED])


def unique(comparison: Comparison) -> tuple[Point, ...]:
    """Claims one outlet alone makes and no other outlet matches anywhere, the most specific
    first (figures, a named source, length), shown in the order of the page."""
    candidates = []
    for number, row in enumerate(comparison.rows, start=1):
        ids = [claim_id for cell in row.cells for claim_id in cell]
        if row.shared_by != 1 or rows_elsewhere(comparison, row):
            continue
        claim = comparison.claim(ids[0])
        if claim.role != "body":
            continue
        candidates.append((-_specificity(claim), number, row))
    chosen = sorted(candidates)[:UNIQUE]
    return tuple(
        _point(comparison, row, number) for _, number, row in sorted(chosen, key=lambda c: c[1])
    )


def _specificity(claim: Claim) -> float:
    words = claim.text.split()
    figures = sum(1 for word in words if _FIGURE.search(word))
    return figures + (1 if claim.attribution else 0) + min(len(words), 40) / 40


_PRONOUN_FIRST = re.compile(r"[\"“‘']?(?i:he|she|they|it|his|her|their|its|this|these|those)\b")
"""A claim that opens with a pronoun ("He says they come as a reminder") says nothing of whom
without the sentence before it, which the digest does not show."""


def _point(comparison: Comparison, row: Row, number: int) -> Point:
    """The row's claim in the words that speak for most of it: of its body claims (a headline
    is often cut short or written in title case), one that does not open with a pronoun,
    matched to claims of the most other outlets of the row, then the shortest, then the
    first. The shortest alone quoted "Banky was the CEO of TallGrass" for 11 outlets of which
    9 say only that the shooting was at TallGrass (helper-176's audit): two outlets' claim,
    matched to theirs."""
    claims = [comparison.claim(claim_id) for cell in row.cells for claim_id in cell]
    ids = {claim.id for claim in claims}
    body = [claim for claim in claims if claim.role == "body"] or claims
    column_of = comparison.column_of

    def outlets_matched(claim: Claim) -> int:
        return len(
            {
                column_of[other]
                for match in comparison.matches_of.get(claim.id, ())
                for other in match.claims
                if other in ids and column_of[other] != column_of[claim.id]
            }
        )

    plainest = min(
        body,
        key=lambda claim: (
            _PRONOUN_FIRST.match(claim.text) is not None,
            -outlets_matched(claim),
            len(claim.text),
        ),
    )
    outlets = tuple(outlet_of(comparison, column) for column in sorted(row.columns))
    quoted = outlet_of(comparison, comparison.column_of[plainest.id])
    return Point(plainest.text, outlets, number, quoted)
