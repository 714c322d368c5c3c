"""What a row of a comparison says: shared, differing, or in one article.

The page and the text output name a row's status alike, so it is worked out once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..model import Comparison, Difference, Match, Row
from .kept import once_per_comparison

RowKind = Literal["shared", "differs", "unique"]

ACROSS_ROWS = ("negation", "name", "hedge")
"""Kinds of disagreement told between matched claims of two rows: in the digest, and by the
tag of a claim on its article's page. Not a figure or a day: a claim matched to one in another
row, with another figure, was more often a second event than a second account of one when
the rule was made (2026-12-04: 14 of 23 such figures were two different claims; on today's
development gold, ``python benchmarks/quality.py --rows``, 2 of 7 figures and the one day).
Nor a source: a sentence the layout put apart from one crediting another source is most often
another statement (9 of 26 such matches truly credit one claim two ways, 16 are two claims;
side by side in a row 43 of 59); the comparison still lists the other source beneath the
claim."""


def agrees_across_rows(comparison: Comparison, match: Match) -> bool:
    """Whether a match with a claim of another row corroborates a claim shown alone: it differs
    in nothing but who is credited, which is told under the claim and is no disagreement
    between rows (``ACROSS_ROWS``), or it sets no outlets against each other
    (``outlets_disagree``), and nothing is told under the claim."""
    return set(match.differences) <= {"source"} or not outlets_disagree(comparison, match)


@dataclass(frozen=True)
class RowStatus:
    """A row's kind, the columns (article indexes) whose outlets make its claim, and the
    details that diverge between the matched claims shown in it."""

    kind: RowKind
    columns: tuple[int, ...]
    differences: tuple[str, ...]
    details: tuple[Difference, ...] = ()
    """Every difference of those matches with its values, ``adds`` included, once each."""
    across: tuple[tuple[int, str], ...] = ()
    """Each other row (numbered from 1) holding a claim matched to one of this row's that
    disagrees with it, setting outlets against each other (``outlets_disagree``), with the
    kind of disagreement (of ``ACROSS_ROWS``; of a row showing one outlet's claim alone that
    differs, any kind but a source: ``_told_alone``), in order."""


@once_per_comparison
def row_statuses(comparison: Comparison) -> tuple[RowStatus, ...]:
    """The status of each row of the comparison, in order: the page, the exports, the digest
    and the index of stories each read them."""
    return tuple(_row_status(comparison, row) for row in comparison.rows)


def _row_status(comparison: Comparison, row: Row) -> RowStatus:
    """The outlets that share the row's claim are those whose claims sit in the row: "Shared by
    3 of 7" shows three outlets' claims. A claim's match to another row is told by the claim's
    "same claim in row N" link, not counted here. The differences come from matches inside the
    row, between claims the reader sees side by side; a match with a claim of another row that
    disagrees in a kind of ``ACROSS_ROWS`` makes the row differ too ("not wearing crampons"
    against "wearing crampons" a row below): the digest sends a reader to both rows, and each
    must say why, and count where the page counts rows that differ."""
    ids = {claim_id for cell in row.cells for claim_id in cell}
    columns = tuple(sorted(row.columns))
    touching = set().union(*(comparison.matches_of.get(claim_id, ()) for claim_id in ids))
    row_of = comparison.row_of
    across: tuple[tuple[int, str], ...] = tuple(
        sorted(
            {
                (row_of[claim_id] + 1, detail.kind)
                for match in touching
                for claim_id in match.claims
                if claim_id not in ids
                for detail in match.details
                if detail.kind in ACROSS_ROWS and outlets_disagree(comparison, match)
            }
        )
    )
    if len(columns) == 1:
        # A claim shown alone but matched to one in another row is made by other outlets, as
        # its label ("the same claim in row 16"), its article page and "Only here" count it,
        # not one article's (helper-164's audit: the "Only in one" filter showed such rows):
        # "shared" where a match agrees in every detail, else "differs", as its article page
        # tags it (helper-167's review: "8.7 vs 6.1 magnitude" was shared). Each claim of the
        # row (it may hold two of one article) is tagged so on its own (helper-175's review).
        matched = [
            [m for m in comparison.matches_of.get(claim_id, ()) if not ids.issuperset(m.claims)]
            for claim_id in ids
        ]
        matched = [partners for partners in matched if partners]
        agreed = all(any(agrees_across_rows(comparison, m) for m in ms) for ms in matched)
        kind: RowKind = (
            "unique" if not matched else "shared" if agreed and not across else "differs"
        )
        if kind == "differs" and not across:
            # Differing by a figure or a day with every partner elsewhere: those rows and kinds
            # say why, as the others' do (helper-188's review: "90 firefighters" alone in a row,
            # "80" in the next, was counted as differing with no reason given anywhere).
            across = _told_alone(comparison, ids, [m for ms in matched for m in ms])
        return RowStatus(kind, columns, (), across=across)
    inside = [m for m in touching if ids.issuperset(m.claims)]
    inside.sort(key=lambda match: match.claims)
    differences = tuple(sorted({name for m in inside for name in m.differences}))
    details = tuple(dict.fromkeys(_unspanned(d) for m in inside for d in m.details))
    kind = "differs" if differences or across else "shared"
    return RowStatus(kind, columns, differences, details, across)


def _told_alone(
    comparison: Comparison, ids: set[str], matches: list[Match]
) -> tuple[tuple[int, str], ...]:
    """The other rows (numbered from 1) and kinds of disagreement (a source aside) of the
    matches that make a claim shown alone differ."""
    row_of = comparison.row_of
    return tuple(
        sorted(
            {
                (row_of[claim_id] + 1, kind)
                for match in matches
                if not agrees_across_rows(comparison, match)
                for claim_id in match.claims
                if claim_id not in ids
                for kind in match.differences
                if kind != "source"
            }
        )
    )


def told_across(comparison: Comparison, kind: str, upper: int, lower: int) -> bool:
    """Whether a disagreement of ``kind`` between a claim of row ``upper`` and one of row
    ``lower`` (numbered from 0) is told between the two rows: a kind of ``ACROSS_ROWS``, or
    one that makes a claim shown alone differ (``RowStatus.across``)."""
    if kind in ACROSS_ROWS:
        return True
    statuses = row_statuses(comparison)
    return (lower + 1, kind) in statuses[upper].across or (upper + 1, kind) in statuses[
        lower
    ].across


def outlets_disagree(comparison: Comparison, match: Match) -> bool:
    """Whether a match of claims in two rows sets their outlets against each other: not when
    either outlet's claim in the other row is matched to the other claim with no difference at
    all, as BBC News credits the police in one row and, word for word like The Guardian, a
    Foreign Office spokeswoman in the other (found by an audit): that outlet tells two
    statements, not another account of one."""
    row_of, column_of = comparison.row_of, comparison.column_of
    for one, other in (match.claims, match.claims[::-1]):
        for beside in comparison.matches_of.get(other, ()):
            mate = beside.claims[0] if beside.claims[1] == other else beside.claims[1]
            mine = column_of[mate] == column_of[one] and row_of[mate] == row_of[other]
            if mine and not beside.details:
                return False
    return True


def _unspanned(difference: Difference) -> Difference:
    """The difference as a reader sees it, so the same values told by two matches of a row
    are listed once, whatever the offsets in each claim."""
    return Difference(difference.kind, difference.a, difference.b, difference.what)


def rows_elsewhere(comparison: Comparison, row: Row) -> tuple[int, ...]:
    """The other rows (numbered from 1) where partners of the row's claims sit: a claim the
    row shows alone may still be the same claim as one further up or down."""
    here = {claim_id for cell in row.cells for claim_id in cell}
    return tuple(
        sorted(
            {
                comparison.row_of[partner] + 1
                for claim_id in here
                for partner in comparison.partners.get(claim_id, ())
                if partner not in here
            }
        )
    )
