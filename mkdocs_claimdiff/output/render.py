"""Comparison -> HTML through the Jinja2 templates in ``templates/claimdiff/``.

The templates receive plain view data built here, so a theme's ``custom_dir`` can override any
of them without re-implementing logic. Every template escapes what it prints: article text is
untrusted scraped text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import jinja2
from markupsafe import Markup

from ..model import (
    Article,
    ArticleClaims,
    BlockKind,
    Claim,
    ClaimRole,
    Comparison,
    Difference,
    Highlight,
    Row,
)
from ..urls import web_url
from .digest import digest
from .fragments import link_to_sentence
from .status import RowKind, RowStatus, row_status, rows_elsewhere

TEMPLATES = Path(__file__).parent.parent / "templates"
ABSENT_CELL = Markup(
    '<td class="cd-cell cd-empty" data-column="{column}" data-outlet="{outlet}">'
    '<span class="cd-absent">Not reported by <bdi>{outlet}</bdi></span></td>'
)
"""A cell of an outlet that does not report a row's claim (``Markup.format`` escapes both)."""
COMPARISON_TEMPLATE = "claimdiff/comparison.html"
ARTICLE_TEMPLATE = "claimdiff/article.html"
INDEX_TEMPLATE = "claimdiff/index.html"
SEARCH_TEMPLATE = "claimdiff/search.html"
EXCERPT_CHARACTERS = 60
"""Length of a row's excerpt in the coverage matrix: enough to recognise the claim (the row
itself has it in full), short enough that the matrix does not copy the whole story again."""
DIFFERENCE_NAMES = {
    "number": "numbers",
    "date": "date",
    "name": "a name (person or place)",
    "hedge": "hedging (how sure it is)",
    "source": "cited source",
    "negation": "negation (one says the opposite)",
}


class Linker(Protocol):
    """Gives URLs of generated pages relative to the page being rendered."""

    def index(self) -> str: ...

    def story(self, story_id: str) -> str: ...

    def article(self, story_id: str, article_id: str) -> str: ...

    def export(self, story_id: str) -> str:
        """The story's comparison as JSON (the data contract), for download."""
        ...


def default_environment() -> jinja2.Environment:
    """The templates shipped with the package without a theme around them: how the property
    tests render pages for thousands of generated articles without building a site."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


@dataclass(frozen=True)
class Segment:
    """A stretch of claim text, marked when the matched claims do not say it."""

    text: str
    marked: bool
    strong: bool = False
    """A value that disagrees with a matched claim, as opposed to wording it does not share."""


@dataclass(frozen=True)
class ClaimView:
    id: str
    index: int
    segments: tuple[Segment, ...]
    text: str
    role: ClaimRole
    status: RowKind
    attribution: str | None
    hedges: tuple[str, ...]
    original: str | None
    article_link: str
    comparison_link: str
    elsewhere: tuple[int, ...] = ()
    """Numbers of other rows that hold claims this one was matched with (a row takes at most a
    few claims of one article, so a long chain of matches is shown across rows)."""


@dataclass(frozen=True)
class RowView:
    """One row of the comparison; ``shared_by`` (outlets holding a claim) drives the ordering."""

    id: str
    number: int
    status: RowKind
    label: str
    cells: tuple[tuple[ClaimView, ...], ...]
    shared_by: int
    excerpt: str
    details: tuple[str, ...] = ()
    """The values that disagree, named: "number: 60 metres vs 200 metres (distance)"."""
    adds: tuple[str, ...] = ()
    """Details that only some of the row's claims give: no disagreement, shown lightly."""


@dataclass(frozen=True)
class ColumnView:
    id: str
    outlet: str
    title: str
    published: str | None
    url: str | None
    article_link: str
    claims: int
    shared: int
    shared_all: int
    shared_some: int
    unique: int
    absent: Markup
    """The column's cell in a row its outlet does not report, made once: most cells of a story
    of many outlets are empty, and rendering each through the template took most of a page."""


@dataclass(frozen=True)
class StoryView:
    id: str
    title: str
    link: str
    outlets: tuple[str, ...]
    articles: int
    rows: int
    """Rows of the comparison page, the unit its counts use."""
    shared: int
    """Rows that show claims of two or more outlets (including those that differ)."""
    differs: int
    """Rows whose outlets disagree on a detail."""
    first_published: str | None
    last_published: str | None


def _segments(text: str, highlights: Sequence[Highlight]) -> tuple[Segment, ...]:
    parts: list[Segment] = []
    cursor = 0
    for highlight in highlights:
        if highlight.start > cursor:
            parts.append(Segment(text[cursor : highlight.start], False))
        parts.append(Segment(text[highlight.start : highlight.end], True, highlight.strong))
        cursor = highlight.end
    if cursor < len(text):
        parts.append(Segment(text[cursor:], False))
    return tuple(parts)


def _claim_view(comparison: Comparison, article: Article, claim: Claim, links: Linker) -> ClaimView:
    shared = claim.id in comparison.partners
    row = comparison.row_of[claim.id]
    return ClaimView(
        id=claim.id,
        index=claim.index,
        segments=_segments(claim.text, comparison.highlights.get(claim.id, ())),
        text=claim.text,
        role=claim.role,
        status="shared" if shared else "unique",
        attribution=claim.attribution,
        hedges=claim.hedges,
        original=link_to_sentence(url, claim.text) if (url := web_url(article.url)) else None,
        article_link=f"{links.article(comparison.story.id, article.id)}#{claim.id}",
        comparison_link=f"{links.story(comparison.story.id)}#row-{row + 1}",
        elsewhere=tuple(
            sorted(
                {
                    comparison.row_of[partner] + 1
                    for partner in comparison.partners.get(claim.id, ())
                    if comparison.row_of[partner] != row
                }
            )
        ),
    )


def describe(difference: Difference) -> str:
    """A difference in words: "number: 60 metres vs 200 metres (distance)", "adds: Friday
    (day)"."""
    if difference.kind == "adds":
        return f"adds: {difference.a or difference.b} ({difference.what})"
    return f"{difference.kind}: {difference.a} vs {difference.b} ({difference.what})"


def _row_label(comparison: Comparison, row: Row, status: RowStatus) -> tuple[RowKind, str]:
    """A row's status in one word for styling and in a phrase for readers."""
    outlets = [comparison.articles[index].article.outlet_name for index in status.columns]
    if status.kind == "unique":
        if elsewhere := rows_elsewhere(comparison, row):
            rows = ", ".join(str(number) for number in elsewhere)
            return "unique", f"Only {outlets[0]} in this row; the same claim in row {rows}"
        return "unique", f"Only in {outlets[0]}"
    total = len(comparison.articles)
    scope = "all" if len(outlets) == total else f"{len(outlets)} of {total}"
    if status.differences:
        details = ", ".join(DIFFERENCE_NAMES.get(name, name) for name in status.differences)
        return "differs", f"Shared by {scope}; differs in {details}"
    return "shared", f"Shared by {scope}"


def _columns(comparison: Comparison, links: Linker) -> tuple[ColumnView, ...]:
    outlets = len(comparison.articles)
    columns = []
    for entry in comparison.articles:
        reach = [comparison.rows[comparison.row_of[claim.id]].shared_by for claim in entry.claims]
        columns.append(
            ColumnView(
                id=entry.article.id,
                outlet=entry.article.outlet_name,
                title=entry.article.title,
                published=entry.article.published,
                url=web_url(entry.article.url),
                article_link=links.article(comparison.story.id, entry.article.id),
                claims=len(entry.claims),
                shared=sum(1 for claim in entry.claims if claim.id in comparison.partners),
                shared_all=sum(1 for n in reach if n == outlets > 1),
                shared_some=sum(1 for n in reach if 1 < n < outlets),
                unique=sum(1 for n in reach if n == 1),
                absent=ABSENT_CELL.format(
                    column=entry.article.id, outlet=entry.article.outlet_name
                ),
            )
        )
    return tuple(columns)


def excerpt_of(text: str) -> str:
    """The start of a claim, cut at a space when there is one in reach, else mid-word (a
    sentence in Chinese or Thai, a long compound or URL), so it never shrinks to "…" alone."""
    collapsed = " ".join(text.split())
    if len(collapsed) <= EXCERPT_CHARACTERS:
        return collapsed
    short = textwrap.shorten(collapsed, EXCERPT_CHARACTERS, placeholder=" …")
    return (
        short
        if len(short) >= EXCERPT_CHARACTERS // 2
        else collapsed[: EXCERPT_CHARACTERS - 1] + "…"
    )


Outline = tuple[str, tuple[tuple[str, str], ...]]
"""A generated page's table of contents, which themes show beside it: its title, then
(anchor, heading) of each section, as the templates lay them out."""


def comparison_outline(comparison: Comparison) -> Outline:
    """The sections of the comparison page (``comparison.html``)."""
    coverage = (("cd-coverage", "Coverage"),) if len(comparison.articles) > 2 else ()
    sections = (
        ("cd-counts", "Claims per article"),
        *coverage,
        ("cd-claims", "Claims side by side"),
    )
    return comparison.story.title, sections


def article_outline(article: Article) -> Outline:
    """The sections of an article page (``article.html``)."""
    removed = (("cd-removed", "Removed from the scrape"),) if article.removed else ()
    return article.title, (("cd-text", "Text"), *removed)


def render_comparison(env: jinja2.Environment, comparison: Comparison, links: Linker) -> str:
    """The side-by-side page of one story."""
    views = {
        claim.id: _claim_view(comparison, entry.article, claim, links)
        for entry in comparison.articles
        for claim in entry.claims
    }
    rows = []
    for number, row in enumerate(comparison.rows, start=1):
        found = row_status(comparison, row)
        status, label = _row_label(comparison, row, found)
        cells = tuple(tuple(views[claim_id] for claim_id in cell) for cell in row.cells)
        excerpt = excerpt_of(next(claims[0].text for claims in cells if claims))
        details = found.details
        rows.append(
            RowView(
                f"row-{number}",
                number,
                status,
                label,
                cells,
                row.shared_by,
                excerpt,
                # Several matches of a row often name the same detail: each is listed once.
                tuple(dict.fromkeys(describe(d) for d in details if d.kind != "adds")),
                tuple(dict.fromkeys(describe(d) for d in details if d.kind == "adds")),
            )
        )
    return env.get_template(COMPARISON_TEMPLATE).render(
        story=comparison.story,
        digest=digest(comparison),
        columns=_columns(comparison, links),
        rows=rows,
        counts=_counts(rows),
        index_link=links.index(),
        export_link=links.export(comparison.story.id),
    )


def render_comparison_search(env: jinja2.Environment, comparison: Comparison, links: Linker) -> str:
    """What search indexes for the comparison page: the story and its articles' outlets and
    headlines, not the claims, which their articles' pages hold already."""
    return env.get_template(SEARCH_TEMPLATE).render(
        story=comparison.story, columns=_columns(comparison, links)
    )


def _counts(rows: Sequence[RowView]) -> dict[str, int]:
    counts = {"shared": 0, "differs": 0, "unique": 0}
    for row in rows:
        counts[row.status] += 1
    return counts


@dataclass(frozen=True)
class BodyBlock:
    kind: BlockKind
    parts: tuple[tuple[str, ClaimView | None], ...]


def _body(article: Article, claims: Sequence[ClaimView], found: Sequence[Claim]) -> list[BodyBlock]:
    """The cleaned body, block by block, with each claim's sentence as its own part."""
    by_block: dict[int, list[tuple[Claim, ClaimView]]] = {}
    for claim, view in zip(found, claims, strict=True):
        if claim.block is not None:
            by_block.setdefault(claim.block, []).append((claim, view))
    blocks = []
    for index, block in enumerate(article.blocks):
        parts: list[tuple[str, ClaimView | None]] = []
        cursor = block.start
        for claim, view in by_block.get(index, []):
            if claim.start > cursor:
                parts.append((article.body[cursor : claim.start], None))
            parts.append((claim.text, view))
            cursor = claim.end
        if cursor < block.end:
            parts.append((article.body[cursor : block.end], None))
        blocks.append(BodyBlock(block.kind, tuple(parts)))
    return blocks


def render_article(
    env: jinja2.Environment, comparison: Comparison, entry: ArticleClaims, links: Linker
) -> str:
    """An article's own page: metadata, original link, body with every claim anchored."""
    article = entry.article
    views = [_claim_view(comparison, article, claim, links) for claim in entry.claims]
    headline = next(
        (v for v, c in zip(views, entry.claims, strict=True) if c.role == "headline"), None
    )
    return env.get_template(ARTICLE_TEMPLATE).render(
        article=article,
        outlet=article.outlet_name,
        url=web_url(article.url),
        headline=headline,
        blocks=_body(article, views, entry.claims),
        shared=sum(1 for view in views if view.status == "shared"),
        claims=len(views),
        story=comparison.story,
        story_link=links.story(comparison.story.id),
    )


def story_view(comparison: Comparison, links: Linker) -> StoryView:
    first, last = comparison.published_range
    kinds = [row_status(comparison, row).kind for row in comparison.rows]
    return StoryView(
        id=comparison.story.id,
        title=comparison.story.title,
        link=links.story(comparison.story.id),
        outlets=tuple(entry.article.outlet_name for entry in comparison.articles),
        articles=len(comparison.articles),
        rows=len(kinds),
        shared=sum(1 for kind in kinds if kind != "unique"),
        differs=kinds.count("differs"),
        first_published=first,
        last_published=last,
    )


def render_index(
    env: jinja2.Environment, comparisons: Sequence[Comparison], links: Linker, title: str
) -> str:
    """The list of all stories, newest first."""
    stories = sorted((story_view(c, links) for c in comparisons), key=lambda view: view.title)
    stories.sort(key=lambda view: view.last_published or "", reverse=True)
    return env.get_template(INDEX_TEMPLATE).render(stories=stories, title=title)
