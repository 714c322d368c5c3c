"""What a row of a comparison says: shared, shared with a diverging detail, or in one article.

The page and the text output name a row's status alike, so it is worked out once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import Comparison, Row

RowKind = Literal["shared", "differs", "unique"]


@dataclass(frozen=True)
class RowStatus:
    """A row's kind, the columns (article indexes) whose outlets make its claim, and the
    details that diverge between the matched claims shown in it."""

    kind: RowKind
    columns: tuple[int, ...]
    differences: tuple[str, ...]


def row_status(comparison: Comparison, row: Row) -> RowStatus:
    """The outlets that share the row's claims count partners in other rows too, as the
    claims' "same claim in row N" links do. The differences come only from matches inside the
    row: a match to another row is told by that link, and its difference would name something
    no claim the reader sees in this row has."""
    column = comparison.column_of
    ids = {claim_id for cell in row.cells for claim_id in cell}
    touching = set().union(*(comparison.matches_of.get(claim_id, ()) for claim_id in ids))
    reached = {column[claim_id] for claim_id in ids} | {
        column[claim_id] for m in touching for claim_id in m.claims
    }
    columns = tuple(sorted(reached))
    if len(columns) == 1:
        return RowStatus("unique", columns, ())
    inside = [m for m in touching if ids.issuperset(m.claims)]
    differences = tuple(sorted({name for m in inside for name in m.differences}))
    return RowStatus("differs" if differences else "shared", columns, differences)
