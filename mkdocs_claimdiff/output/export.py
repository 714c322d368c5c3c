"""Comparison -> the JSON data contract of DESIGN.md (and a plain-text summary for terminals).

Fields may be added to the contract but never renamed or dropped: scripts of researchers rely on
``articles[].claims[].id`` and ``matches[].claims``.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable
from typing import Any

from ..model import Comparison, Match
from .digest import Copy, Digest, digest
from .excerpts import digest_point
from .languages import unread_languages
from .points import Point
from .status import row_statuses


def to_data(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON-ready data."""
    return {
        "story": {
            "id": comparison.story.id,
            "title": comparison.story.title,
            "left_out": [
                {"file": file.name, "reason": file.reason} for file in comparison.story.left_out
            ],
        },
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
                "details": [
                    {"kind": d.kind, "a": d.a, "b": d.b, "what": d.what} for d in match.details
                ],
            }
            for match in comparison.matches
        ],
        "rows": [
            {
                "number": number,
                "status": status.kind,
                "claims": [claim_id for cell in row.cells for claim_id in cell],
                "differences": list(status.differences),
                "differs_from_rows": sorted({other for other, _ in status.across}),
            }
            for number, (row, status) in enumerate(
                zip(comparison.rows, row_statuses(comparison), strict=True), start=1
            )
        ],
        "digest": {
            **digest_data(digest(comparison)),
            "not_read": [
                {"language": language, "outlets": list(outlets), "denials": denials}
                for language, outlets, denials in unread_languages(
                    entry.article for entry in comparison.articles
                )
            ],
        },
    }


def digest_data(found: Digest) -> dict[str, Any]:
    """The digest as the comparison page shows it first; rows are numbered from 1 as there."""
    return {
        "outlets": list(found.outlets),
        "published": {"first": found.first_published, "last": found.last_published},
        "note": found.note,
        "disagreements": [
            {
                "kind": line.kind,
                "what": line.what,
                "values": [
                    {
                        "value": v.text,
                        "outlets": list(v.outlets),
                        "written": list(v.written),
                        "told": [{"value": t, "outlets": list(o)} for t, o in v.told],
                    }
                    for v in line.values
                ],
                "row": line.row,
                "other_row": line.other_row,
                "also_rows": list(line.also_rows),
            }
            for line in found.disagreements
        ],
        "agreed": [
            {"text": p.text, "outlets": list(p.outlets), "row": p.row, "quoted": p.quoted}
            for p in found.agreed
        ],
        "unique": [
            {"text": p.text, "outlets": list(p.outlets), "row": p.row} for p in found.unique
        ],
        "copies": [
            {
                "outlet": copy.outlet,
                "repeats": copy.source,
                "sentences": copy.copied,
                "of": copy.sentences,
            }
            for copy in found.copies
        ],
    }


def to_json(comparison: Comparison, indent: int | None = None) -> str:
    """The comparison as JSON text: compact for files (a site's export, ``claimdiff export``),
    which also keeps Python's compiled encoder, several times faster than indenting; indented
    for reading in a terminal (``claimdiff compare``)."""
    separators = (",", ":") if indent is None else None
    data = to_data(comparison)
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators) + "\n"


CSV_COLUMNS = (
    "story",
    "claim_a",
    "claim_b",
    "article_a",
    "article_b",
    "outlet_a",
    "outlet_b",
    "text_a",
    "text_b",
    "score",
    "kind",
    "differences",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SKIPPED_BY_SPREADSHEETS = (
    " \u00a0\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062"
    "\u2063\u2064\u2066\u2067\u2068\u2069\u3000\ufeff"
)
"""Spaces and invisible characters a spreadsheet may pass over before reading a formula."""


def to_csv(comparisons: Iterable[Comparison]) -> str:
    """The matches of all stories, one row each, for spreadsheets.

    Claim texts are scraped and untrusted: a cell a spreadsheet would run as a formula
    (``=HYPERLINK(...)``) gets a leading quote, so it shows as text.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for comparison in comparisons:
        articles = {entry.article.id: entry.article for entry in comparison.articles}
        for match in comparison.matches:
            claims = [comparison.claim(claim_id) for claim_id in match.claims]
            sides = [articles[claim.article_id] for claim in claims]
            row = [
                comparison.story.id,
                *match.claims,
                *(article.id for article in sides),
                *(article.outlet or "" for article in sides),
                *(claim.text for claim in claims),
                f"{match.score:.4f}",
                match.kind,
                " ".join(match.differences),
            ]
            writer.writerow([_inert(cell) for cell in row])
    return out.getvalue()


def _inert(cell: str) -> str:
    """The cell with a leading quote if a spreadsheet could read it as a formula: judged on its
    first visible character in compatibility form, since spreadsheets skip a zero-width space or
    a byte order mark before ``=`` and read a full-width ``＝`` as ``=``."""
    visible = cell.lstrip(_SKIPPED_BY_SPREADSHEETS)
    first = unicodedata.normalize("NFKC", visible[:1])
    if cell.startswith(_FORMULA_STARTS) or first.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def _rows_named(rows: tuple[int, ...]) -> str:
    """ "row 3", "row 3 and row 9", "row 3, row 9 and row 12", as the page links them."""
    named = [f"row {number}" for number in rows]
    return " and ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else named[0]


def _digest_lines(comparison: Comparison) -> list[str]:
    """The digest, as the page shows it above the rows."""
    found = digest(comparison)
    lines = [copy_line(copy) for copy in found.copies]
    rows = comparison.rows
    differing = len(found.disagreeing_rows)
    lines.append(f"Where they disagree ({differing} of {len(rows)} rows):")
    unread = unread_languages(entry.article for entry in comparison.articles)
    lines += [
        f"  {language} articles ({', '.join(outlets)}): only figures in digits"
        + (" and denials" if denials else "")
        + " compared, not dates, names, hedges or sources"
        for language, outlets, denials in unread
    ]
    lines += [
        f"  {_rows_named(line.rows)}, {line.kind}"
        + ("" if line.what == line.kind else f" ({line.what})")
        + ": "
        + " vs ".join(
            " / ".join(f"{text} ({', '.join(outlets)})" for text, outlets in v.told)
            for v in line.values
        )
        for line in found.disagreements
    ] or ["  no disagreement found" + (" where one is looked for" if unread else "")]
    for heading, points in (
        ("What most agree on:", found.agreed),
        ("Reported by one outlet only:", found.unique),
    ):
        lines.append(heading)
        lines += [f"  row {p.row}: {digest_point(p.text)} ({_told_by(p)})" for p in points]
        lines += [] if points else ["  none"]
    return [*lines, ""]


def _told_by(point: Point) -> str:
    """The outlets of a digest line, and whose words it quotes when it speaks for several."""
    outlets = ", ".join(point.outlets)
    return f"{outlets}; in the words of {point.quoted}" if len(point.outlets) > 1 else outlets


def copy_line(copy: Copy) -> str:
    """What the page says of an article that repeats another, in words."""
    return (
        f"{copy.copied} of {copy.outlet}'s {copy.sentences} sentences are word for word in "
        f"{copy.source}: where the two agree, it is one report, not two."
    )


def to_text(comparison: Comparison) -> str:
    """A readable summary: one block per row, each claim with its id, then the row's matches.

    Every match is listed once, under the first row that holds one of its claims, so the text
    has the same matches as the JSON; a match whose other claim sits in a later row says which
    row (the page's "same claim in row N"), and that row says where it is listed.
    """
    names = [entry.article.outlet_name for entry in comparison.articles]
    listed_under: dict[int, list[Match]] = {}
    pointed_from: dict[int, list[tuple[Match, int]]] = {}
    for match in comparison.matches:
        first, *later = sorted({comparison.row_of[claim_id] for claim_id in match.claims})
        listed_under.setdefault(first, []).append(match)
        for other in later:
            pointed_from.setdefault(other, []).append((match, first))
    lines = [f"{comparison.story.title}: " + " vs ".join(names), "", *_digest_lines(comparison)]
    statuses = row_statuses(comparison)
    for index, (row, status) in enumerate(zip(comparison.rows, statuses, strict=True)):
        across = [f"with row {n}: {kind}" for n, kind in status.across]
        details = [", ".join(status.differences)] if status.differences else []
        differs = f": {'; '.join([*details, *across])}" if details or across else ""
        lines.append(f"Row {index + 1} [{status.kind}{differs}]")
        for name, cell in zip(names, row.cells, strict=True):
            for claim_id in cell:
                lines.append(f"  {name} ({claim_id}): {comparison.claim(claim_id).text}")
        for match in listed_under.get(index, []):
            notes = [f"{', '.join(match.differences)} differs"] if match.differences else []
            notes += [
                f"{claim_id} in row {comparison.row_of[claim_id] + 1}"
                for claim_id in match.claims
                if comparison.row_of[claim_id] != index
            ]
            detail = f" ({'; '.join(notes)})" if notes else ""
            lines.append(f"  = {' ~ '.join(match.claims)} score {match.score:.2f}{detail}")
        for match, first in pointed_from.get(index, []):
            lines.append(f"  = {' ~ '.join(match.claims)}: listed under row {first + 1}")
        lines.append("")
    return "\n".join(lines)
