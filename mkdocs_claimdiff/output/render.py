"""Comparison -> HTML through the Jinja2 templates in ``templates/claimdiff/``.

The templates receive plain view data built here, so a theme's ``custom_dir`` can override any
of them without re-implementing logic. Every template escapes what it prints (scraped text)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import jinja2

from ..differences.counted import thing_group
from ..differences.qualifiers import unqualified
from ..differences.values import distinct_additions
from ..model import (
    Article,
    ArticleClaims,
    Claim,
    Comparison,
    Difference,
    Row,
)
from ..options import MAX_COLUMNS
from ..urls import URL_IGNORED, web_url
from .digest import digest
from .excerpts import digest_point, excerpt_of
from .languages import unread_languages
from .status import RowKind, RowStatus, row_statuses, rows_elsewhere
from .views import (
    BodyBlock,
    ClaimView,
    Differing,
    Linker,
    RowView,
    _columns,
    describe,
    linked_view,
    story_view,
)

TEMPLATES = Path(__file__).parent.parent / "templates"

COMPARISON_TEMPLATE = "claimdiff/comparison.html"
CLAIM_TEMPLATE = "claimdiff/claim.html"
ARTICLE_TEMPLATE = "claimdiff/article.html"
ARTICLE_SEARCH_TEMPLATE = "claimdiff/article_search.html"
INDEX_TEMPLATE = "claimdiff/index.html"
SEARCH_TEMPLATE = "claimdiff/search.html"

OUTLETS_NAMED = 12
"""Outlets a line names before it counts the rest ("and 388 more"): in the story index, and in
the digest of a story listed past ``max_columns``, where hundreds of names would bury the
line."""

DISAGREEMENTS_SHOWN = 6
"""Disagreements listed at the top of a comparison page; the rest one click away, so the first
screen still shows what most outlets agree on."""

DIFFERENCE_NAMES = {
    "number": "numbers",
    "date": "date",
    "name": "a name (person or place)",
    "hedge": "hedging (how sure it is)",
    "source": "cited source",
    "negation": "negation (one says the opposite)",
}


def default_environment() -> jinja2.Environment:
    """The templates shipped with the package without a theme around them: how the property
    tests render pages for thousands of generated articles without building a site."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)
    inline_claims(env)
    return env


INCLUDE_CLAIM = "{% include claim_template %}"
"""How the comparison template includes the claim template, once per claim of the story."""


@cache
def _shipped_claim() -> str:
    return (TEMPLATES / CLAIM_TEMPLATE).read_text(encoding="utf-8")


def _shipped_comparison() -> str:
    return (TEMPLATES / COMPARISON_TEMPLATE).read_text(encoding="utf-8")


def inline_claims(env: jinja2.Environment) -> None:
    """Load the comparison template with the claim template written in where it includes it
    (an include costs a new context, 30 µs a claim), and its cells walked with their columns
    (``CELLS_BY_COLUMN``). Only claimdiff's own claim template is written in: one from a
    ``custom_dir`` is included as before, as it may read the loops around it (``loop``). The
    environment escapes what every template prints: text of articles is untrusted."""
    env.autoescape = True  # what claimdiff's templates print is escaped, overrides' too
    if env.loader is not None and not isinstance(env.loader, _ClaimsInlined):
        env.loader = _ClaimsInlined(env.loader)


class _ClaimsInlined(jinja2.BaseLoader):
    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, fresh = self.loader.get_source(environment, template)
        if template != COMPARISON_TEMPLATE or INCLUDE_CLAIM not in source:
            return source, filename, fresh
        claim, _, claim_fresh = self.loader.get_source(environment, CLAIM_TEMPLATE)
        if claim != _shipped_claim():
            return source, filename, fresh  # an override may read the cell's ``loop``
        inlined = source.replace(INCLUDE_CLAIM, _unwrapped(claim, environment, source))
        if source == _shipped_comparison():
            for by_position, by_column in CELLS_BY_COLUMN:
                inlined = inlined.replace(by_position, by_column)

        def both_fresh() -> bool:
            return all(check is None or check() for check in (fresh, claim_fresh))

        return inlined, filename, both_fresh

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


_ESCAPED_FROM, _ESCAPED_TO = "{% autoescape true -%}", "{%- endautoescape %}"

CELLS_BY_COLUMN = (
    (
        "{% for cell in row.cells -%}\n{%- if cell -%}\n{%- set column = columns[loop.index0] -%}",
        "{% for cell, column in zip(row.cells, columns) -%}\n{%- if cell -%}",
    ),
    ("{% else %}{{ columns[loop.index0].absent }}", "{% else %}{{ column.absent }}"),
)
"""A row's cells as written (the ``loop`` an older claim.html override reads) and as loaded with
claimdiff's claim written in: cells beside columns, the 36 ECB+ pages in 0.57 s, not 0.68 s."""


def _unwrapped(claim: str, environment: jinja2.Environment, comparison: str) -> str:
    """The claim template as written into the comparison template: without the newline that
    ends its file (a template's output has none), and without its block that escapes what it
    prints where the environment escapes everything anyway (a block begun and ended at each
    claim costs as much as the include) and the comparison template is claimdiff's own, which
    turns no escaping off. An override of the comparison template keeps the block: it may turn
    escaping off around the claims however it spells it (``{% autoescape False %}``)."""
    claim = claim.removesuffix("\n")
    if (
        environment.autoescape is True
        and comparison == _shipped_comparison()
        and claim.endswith(_ESCAPED_TO)
        and claim.count(_ESCAPED_FROM) == 1
    ):
        before, _, inside = claim.removesuffix(_ESCAPED_TO).partition(_ESCAPED_FROM)
        return before + inside.strip()
    return claim


def _row_label(
    comparison: Comparison, row: Row, status: RowStatus
) -> tuple[RowKind, str, tuple[Differing, ...]]:
    """A row's status in one word for styling and in a phrase for readers: who makes its claim
    and what differs inside the row; then the other rows whose claims its claims disagree with,
    each with what differs ("differs from row 11 in negation"), which the page links."""
    outlets = [comparison.articles[index].article.outlet_name for index in status.columns]
    differing_rows = {number for number, _ in status.across}
    if len(outlets) > 1:
        total = len(comparison.articles)
        scope = "all" if len(outlets) == total else f"{len(outlets)} of {total}"
        parts = [f"Shared by {scope}"]
    elif same := [  # the rows it differs from are named below, with what differs
        number for number in rows_elsewhere(comparison, row) if number not in differing_rows
    ]:
        rows = ", ".join(str(number) for number in same)
        parts = [f"Only {outlets[0]} in this row; the same claim in row {rows}"]
        if status.kind == "differs" and not status.across:  # told under the claim
            parts.append("differs in a detail told under the claim")
    else:
        parts = [f"Only {outlets[0]} in this row" if status.across else f"Only in {outlets[0]}"]
    if status.differences:
        parts.append(f"differs in {_difference_names(status.differences)}")
    rows_by_kinds: dict[tuple[str, ...], list[int]] = {}
    for number, told in groupby(status.across, key=itemgetter(0)):
        kinds = tuple(kind for _, kind in told)
        rows_by_kinds.setdefault(kinds, []).append(number)
    across = tuple(
        (tuple(numbers), _difference_names(kinds)) for kinds, numbers in rows_by_kinds.items()
    )
    return status.kind, "; ".join(parts), across


def _difference_names(kinds: Iterable[str]) -> str:
    return ", ".join(DIFFERENCE_NAMES.get(kind, kind) for kind in kinds)


Outline = tuple[str, tuple[tuple[str, str], ...]]
"""A generated page's table of contents, which themes show beside it: its title, then
(anchor, heading) of each section, as the templates lay them out."""


def is_listed(comparison: Comparison, max_columns: int) -> bool:
    """Whether the story's page lists each row's outlets instead of a column per article."""
    return len(comparison.articles) > max_columns


def comparison_outline(comparison: Comparison, max_columns: int = MAX_COLUMNS) -> Outline:
    """The sections of the comparison page (``comparison.html``), laid out side by side or, past
    ``max_columns`` articles, as a list without the coverage matrix."""
    listed = is_listed(comparison, max_columns)
    coverage = (("cd-coverage", "Coverage"),) if len(comparison.articles) > 2 and not listed else ()
    sections = (
        ("cd-counts", "Claims per article"),
        *coverage,
        ("cd-claims", "Claims by row" if listed else "Claims side by side"),
    )
    return comparison.story.title, sections


def article_outline(article: Article) -> Outline:
    """The sections of an article page (``article.html``)."""
    removed = (("cd-removed", "Left out"),) if article.removed else ()
    return article.title, (("cd-text", "Text"), *removed)


def render_comparison(
    env: jinja2.Environment,
    comparison: Comparison,
    links: Linker,
    max_columns: int = MAX_COLUMNS,
) -> str:
    """The side-by-side page of one story; one of more than ``max_columns`` articles is laid out
    as a list instead (each row with the claims of the outlets that report it): a column per
    article would make a page of 2,000 articles 1.7 GB of mostly empty cells."""
    views = {
        claim.id: linked_view(comparison, claim, links)
        for entry in comparison.articles
        for claim in entry.claims
    }
    rows = []
    statuses = row_statuses(comparison)
    for number, (row, found) in enumerate(zip(comparison.rows, statuses, strict=True), start=1):
        status, label, across = _row_label(comparison, row, found)
        cells = tuple(tuple(views[claim_id] for claim_id in cell) for cell in row.cells)
        excerpt = excerpt_of(next(claims[0].text for claims in cells if claims))
        rows.append(
            RowView(
                f"row-{number}",
                number,
                status,
                label,
                cells,
                row.shared_by,
                excerpt,
                *_row_details(found.details),
                across=across,
            )
        )
    return env.get_template(COMPARISON_TEMPLATE).render(
        story=comparison.story,
        digest=digest(comparison),
        unread=unread_languages(entry.article for entry in comparison.articles),
        point_text=digest_point,
        columns=_columns(comparison, links),
        listed=is_listed(comparison, max_columns),
        rows=rows,
        counts=_counts(rows),
        index_link=links.index(),
        export_link=links.export(comparison.story.id),
        named=OUTLETS_NAMED,
        disagreements_shown=DISAGREEMENTS_SHOWN,
        zip=zip,
        # Fetched once, not at every claim: an include by name looks the template up, and
        # checks its file for changes, thousands of times a page.
        claim_template=env.get_template(CLAIM_TEMPLATE),
    )


def render_comparison_search(env: jinja2.Environment, comparison: Comparison, links: Linker) -> str:
    """What search indexes for the comparison page: the story and its articles' outlets and
    headlines, not the claims, which their articles' pages hold already."""
    return env.get_template(SEARCH_TEMPLATE).render(
        story=comparison.story, columns=_columns(comparison, links)
    )


def _row_details(details: Sequence[Difference]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A row label's disagreements and the details only some of its claims give, each told
    once (several matches of a row often name the same detail, and two matches the same two
    values the other way round: "Rait vs Raite" and "Raite vs Rait" are one finding). A value
    that a disagreement of the row names already is no news as an addition: beside "date:
    Thursday vs Wednesday (day)", "adds: Thursday (day)" and "adds: Wednesday (day)" (a
    headline naming no day) read as three findings where there is one. A figure is one value
    with or without its qualifier ("200 vs about 150" and "200 vs 150"), of "killed" or "died"."""
    disagreeing: dict[tuple[str, str, frozenset[str]], Difference] = {}
    for detail in details:
        if detail.kind != "adds":
            values = frozenset(map(unqualified, (detail.a, detail.b)))
            disagreeing.setdefault((detail.kind, thing_group(detail.what), values), detail)
    named = {(d.what, unqualified(value)) for d in disagreeing.values() for value in (d.a, d.b)}
    adds = [
        d for d in details if d.kind == "adds" and (d.what, unqualified(d.a or d.b)) not in named
    ]
    return (
        tuple(map(describe, disagreeing.values())),
        tuple(dict.fromkeys(map(describe, distinct_additions(adds)))),
    )


def _counts(rows: Sequence[RowView]) -> dict[str, int]:
    counts = {"shared": 0, "differs": 0, "unique": 0}
    for row in rows:
        counts[row.status] += 1
    return counts


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
    views = [linked_view(comparison, claim, links) for claim in entry.claims]
    headline = next(
        (v for v, c in zip(views, entry.claims, strict=True) if c.role == "headline"), None
    )
    return env.get_template(ARTICLE_TEMPLATE).render(
        article=article,
        outlet=article.outlet_name,
        url=web_url(article.url),
        url_refused=any(URL_IGNORED in problem.message for problem in article.problems),
        headline=headline,
        blocks=_body(article, views, entry.claims),
        shared=sum(1 for view in views if view.status == "shared"),
        claims=len(views),
        story=comparison.story,
        story_link=links.story(comparison.story.id),
    )


def render_article_search(
    env: jinja2.Environment, comparison: Comparison, entry: ArticleClaims
) -> str:
    """What search indexes for an article's page: its headline, outlet and text. Search parses
    what it is given as HTML, tag by tag: without the page's tags and links it takes a quarter
    of the time (a fifth of a second a build for 400 articles)."""
    article = entry.article
    headline = next((claim for claim in entry.claims if claim.role == "headline"), None)
    return env.get_template(ARTICLE_SEARCH_TEMPLATE).render(
        article=article,
        outlet=article.outlet_name,
        headline=headline,
        story=comparison.story,
        blocks=[(block.kind, article.body[block.start : block.end]) for block in article.blocks],
    )


def render_search(
    env: jinja2.Environment, comparison: Comparison, entry: ArticleClaims | None, links: Linker
) -> str:
    """What search indexes in place of a generated page: for a story's page (``entry`` None)
    its summary, for an article's page its text."""
    if entry is None:
        return render_comparison_search(env, comparison, links)
    return render_article_search(env, comparison, entry)


def render_index(
    env: jinja2.Environment, comparisons: Sequence[Comparison], links: Linker, title: str
) -> str:
    """The list of all stories, newest first."""
    stories = sorted((story_view(c, links) for c in comparisons), key=lambda view: view.title)
    stories.sort(key=lambda view: view.last_published or "", reverse=True)
    return env.get_template(INDEX_TEMPLATE).render(
        stories=stories, title=title, named=OUTLETS_NAMED
    )
