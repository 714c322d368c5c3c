"""Checks an entry read back from disk must pass before it is used: decoding checks types,
these check that the parts fit together and fit the inputs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model import Article, Claim, Comparison, Story
from ..slug import slugify


def comparison_fits(comparison: Comparison, story: Story) -> bool:
    """Whether a decoded comparison is one ``align.compare`` could have made of ``story``.

    Decoding checks types, not how the parts refer to each other, and the pages look claims up
    by id without a fallback: an entry edited on disk (or written by a faulty version) that
    names a claim that does not exist would crash the build with a KeyError, and one that leaves
    a claim out of the rows, or puts it there twice, would hide or repeat a sentence. So the
    entry must be of this story's articles with claims that fit them, every claim must sit in
    exactly one row, in its own article's column, every row must show a claim, matches must pair
    known claims of different articles with a score from 0 to 1 and a kind that fits their
    differences, and highlights must mark known claims inside their text.
    """
    entries = comparison.articles
    column = comparison.column_of
    shown = [
        (claim_id, index)
        for row in comparison.rows
        for index, cell in enumerate(row.cells)
        for claim_id in cell
    ]
    claims = comparison.claims_by_id
    return (
        comparison.story == story
        and tuple(entry.article for entry in entries) == story.articles
        and all(claims_fit(entry.article, entry.claims) for entry in entries)
        and len(column) == sum(len(entry.claims) for entry in entries)
        and sorted(shown) == sorted(column.items())
        and all(len(row.cells) == len(entries) and row.shared_by for row in comparison.rows)
        and all(
            left in column and right in column and column[left] != column[right]
            for left, right in (match.claims for match in comparison.matches)
        )
        and all(
            0 <= match.score <= 1 and (match.kind == "differs") == bool(match.differences)
            for match in comparison.matches
        )
        and all(
            claim_id in claims
            and _in_order(((h.start, h.end) for h in marks), 0, len(claims[claim_id].text))
            for claim_id, marks in comparison.highlights.items()
        )
    )


def article_fits(article: Article, path: Path, story: str) -> bool:
    """Whether a decoded article can be what ``sources.read_article`` reads from ``path`` in
    the folder of ``story``: its id and story become URLs and file names, so they must be the
    slugs reading makes (a ``story:`` key may name another story), and every block must lie
    inside the body, in order."""
    return (
        article.path == path
        and article.id == slugify(path.stem)
        and article.story in (story, slugify(article.story))
        and _in_order(((block.start, block.end) for block in article.blocks), 0, len(article.body))
    )


def claims_fit(article: Article, claims: Sequence[Claim]) -> bool:
    """Whether decoded claims can be the claims of ``article`` (see ``claims.extract_claims``).

    The article page cuts the body into text and claims by the claims' offsets, and every page
    finds a claim by its id: ids must be unique and of this article, a headline must be the
    stretch of the title it points at, and a body claim the stretch of its block it points at,
    the body claims in reading order without overlap.
    """
    body = [claim for claim in claims if claim.role == "body"]
    return (
        len({claim.id for claim in claims}) == len(claims)
        and all(_claim_fits(article, claim) for claim in claims)
        and _in_order(((claim.start, claim.end) for claim in body), 0, len(article.body))
    )


def _claim_fits(article: Article, claim: Claim) -> bool:
    if claim.article_id != article.id:
        return False
    if claim.role == "headline":
        if claim.block is not None:
            return False
        source, start, end = article.title, 0, len(article.title)
    else:
        if claim.block is None or not 0 <= claim.block < len(article.blocks):
            return False
        block = article.blocks[claim.block]
        source, start, end = article.body, block.start, block.end
    return (
        _in_order([(claim.start, claim.end)], start, end)
        and source[claim.start : claim.end] == claim.text
    )


def _in_order(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the spans lie between ``start`` and ``end``, in order and without overlap."""
    cursor = start
    for low, high in spans:
        if not cursor <= low <= high <= end:
            return False
        cursor = high
    return True
