"""Comparison -> the JSON data contract of DESIGN.md (and a plain-text summary for terminals).

Fields may be added to the contract but never renamed or dropped: scripts of researchers rely on
``articles[].claims[].id`` and ``matches[].claims``.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Comparison


def to_data(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON-ready data."""
    return {
        "story": {"id": comparison.story.id, "title": comparison.story.title},
        "articles": [
            {
                "id": entry.article.id,
                "title": entry.article.title,
                "url": entry.article.url,
                "outlet": entry.article.outlet,
                "author": entry.article.author,
                "published": entry.article.published,
                "language": entry.article.language,
                "claims": [
                    {
                        "id": claim.id,
                        "text": claim.text,
                        "role": claim.role,
                        "attribution": claim.attribution,
                        "hedges": list(claim.hedges),
                    }
                    for claim in entry.claims
                ],
            }
            for entry in comparison.articles
        ],
        "matches": [
            {
                "claims": list(match.claims),
                "score": match.score,
                "kind": match.kind,
                "differences": list(match.differences),
            }
            for match in comparison.matches
        ],
    }


def to_json(comparison: Comparison) -> str:
    return json.dumps(to_data(comparison), ensure_ascii=False, indent=2) + "\n"


def to_text(comparison: Comparison) -> str:
    """A readable summary: one block per row, shared claims first marked with their score."""
    names = [entry.article.outlet or entry.article.id for entry in comparison.articles]
    lines = [f"{comparison.story.title}: " + " vs ".join(names), ""]
    for row in comparison.rows:
        label = "shared" if row.shared_by > 1 else "unique"
        lines.append(f"[{label}]")
        for name, cell in zip(names, row.cells, strict=True):
            for claim_id in cell:
                lines.append(f"  {name} ({claim_id}): {comparison.claim(claim_id).text}")
        row_ids = [claim_id for cell in row.cells for claim_id in cell]
        for match in comparison.matches:
            if set(match.claims) <= set(row_ids):
                detail = f" ({', '.join(match.differences)} differs)" if match.differences else ""
                lines.append(f"  = {' ~ '.join(match.claims)} score {match.score:.2f}{detail}")
        lines.append("")
    return "\n".join(lines)
