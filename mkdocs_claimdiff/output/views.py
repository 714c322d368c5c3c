"""What the templates show, worked out in Python: a claim with its marked words and badges, a
row, an outlet's column, a story on the index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from markupsafe import Markup

from ..claims.shown import shown_source
from ..matching.highlights import with_marks
from ..model import (
    Article,
    BlockKind,
    Claim,
    ClaimRole,
    Comparison,
    Difference,
    Highlight,
)
from ..urls import web_url
from .fragments import link_to_sentence
from .kept import once_per_comparison
from .languages import language_name
from .status import ACROSS_ROWS, RowKind, agrees_across_rows, outlets_disagree, row_statuses

ABSENT_CELL = Markup(
    '<td class="cd-cell cd-empty" data-column="{column}" data-outlet="{outlet}">'
    '<span class="cd-absent">Not reported by <bdi>{outlet}</bdi></span></td>'
)
"""A cell of an outlet that does not report a row's claim (``Markup.format`` escapes both)."""

ELSEWHERE_SHOWN = 5
"""Differences with claims of other rows listed under one claim: a claim that hundreds of
outlets repeat with another figure would otherwise carry hundreds of lines; the rest are
counted ("and 12 more")."""


class Linker(Protocol):
    """Gives URLs of generated pages relative to the page being rendered."""

    def index(self) -> str: ...

    def story(self, story_id: str) -> str: ...

    def article(self, story_id: str, article_id: str) -> str: ...

    def export(self, story_id: str) -> str:
        """The story's comparison as JSON (the data contract), for download."""
        ...


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
    outlet: str
    """The claim's outlet, which its links name to a screen reader: a page holds a hundred
    "in article" links, each of which should say where it leads."""
    language: str | None = None
    """Its article's language (``language`` front matter, a page's ``lang``): a screen reader
    reads an Arabic claim in Arabic, beside English ones, and a browser hyphenates it so."""
    elsewhere: tuple[int, ...] = ()
    """Numbers of other rows that hold claims this one was matched with (a row takes at most a
    few claims of one article, so a long chain of matches is shown across rows)."""
    differs_elsewhere: tuple[tuple[int, str, str], ...] = ()
    """What this claim's matches in other rows give differently, as (row number, the other
    claim's outlet, the difference told from this claim's side): (15, "Sky News", "negation:
    not wearing vs wearing (wearing crampons)"), at most ``ELSEWHERE_SHOWN`` of them. A row
    lists only the differences between the claims it shows, so without these a contradiction
    between claims laid out in two rows would be shown nowhere on the page."""
    differs_elsewhere_more: int = 0
    """How many more such differences the claim has than are listed."""
    differs: tuple[str, ...] = ()
    """What the claims beside it in its row give differently, told from its side ("number: 7
    to 2 vs 6 to 3 (score)"): its article's page tags it *differs* and says on what, the
    first ``ELSEWHERE_SHOWN`` of them."""
    differs_more: int = 0
    """How many more such differences the claim has than are listed, ``differs_across``
    included (a toll that thirty outlets each give differently)."""
    differs_across: tuple[str, ...] = ()
    """What its matches in other rows give differently, of the kinds the digest lists so
    (``ACROSS_ROWS``), each with the other claim's outlet ("Sky News: negation: not wearing vs
    wearing (wearing crampons)"), listed after ``differs`` up to ``ELSEWHERE_SHOWN`` in all: its
    article's page tags it *differs* for them too; of every kind when no match and no other
    outlet of its row agrees with it ("20 dead" matched only to "12 dead" in another row)."""

    @property
    def tagged(self) -> str:
        """How its article's page tags it: *differs* when ``differs`` or ``differs_across``,
        not *shared*, which would read as corroborated; else its status."""
        return "differs" if self.differs or self.differs_across else self.status


Differing = tuple[tuple[int, ...], str]
"""Rows (numbered from 1) whose claims disagree with a row's, and in what, named for readers:
"negation (one says the opposite)"."""


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
    across: tuple[Differing, ...] = ()
    """The other rows whose claims the row's claims disagree with, and in what."""

    @property
    def reported(self) -> tuple[tuple[int, tuple[ClaimView, ...]], ...]:
        """The cells that hold claims, each with its column's place: what a story laid out as
        a list shows (``max_columns``), without walking the empty cells of every article."""
        return tuple((index, cell) for index, cell in enumerate(self.cells) if cell)


@dataclass(frozen=True)
class ColumnView:
    id: str
    outlet: str
    title: str
    published: str | None
    url: str | None
    article_link: str
    claims: int
    shared_all: int
    shared_some: int
    unique: int
    absent: Markup
    """The column's cell in a row its outlet does not report, made once: most cells of a story
    of many outlets are empty, and rendering each through the template took most of a page."""
    language: str | None = None
    """The name of the article's language ("French"; ``languages.language_of``), None when it
    is not told."""


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
    """Rows shared as stated: of two or more outlets, none differing (as the page counts)."""
    differs: int
    """Rows whose outlets disagree on a detail."""
    first_published: str | None
    last_published: str | None


def describe(difference: Difference) -> str:
    """A difference in words: "number: 60 metres vs 200 metres (distance)", "adds: Friday
    (day)"."""
    if difference.kind == "adds":
        return f"adds: {difference.a or difference.b} ({difference.what})"
    return f"{difference.kind}: {difference.a} vs {difference.b} ({difference.what})"


Disagreeing = tuple[int, str, str, str, tuple[int, int] | None]
"""A disagreement beside a claim: the other claim's row number and outlet, the kind, the
difference told from this claim's side, and where this claim writes its value."""


def _disagreeing(comparison: Comparison, claim_id: str) -> tuple[Disagreeing, ...]:
    """The disagreements of the claim's matches, each with the other claim's row number and
    outlet, its kind, told from this claim's side ("number: 200 metres vs 150 metres
    (distance)") and this claim's value's place, once each, in the order of the rows; of a
    match with a claim of another row, only when it sets outlets against each other
    (``outlets_disagree``)."""
    found: list[Disagreeing] = []
    row = comparison.row_of[claim_id]
    for match in comparison.matches_of.get(claim_id, ()):
        if not match.differences:
            continue  # most matches: nothing to tell, and no row to look up
        mine_first = match.claims[0] == claim_id
        partner = match.claims[1] if mine_first else match.claims[0]
        there = comparison.row_of[partner]
        outlet = comparison.articles[comparison.column_of[partner]].article.outlet_name
        for detail in match.details:
            if detail.kind != "adds" and (there == row or outlets_disagree(comparison, match)):
                shown = (
                    detail
                    if mine_first
                    else Difference(detail.kind, detail.b, detail.a, detail.what)
                )
                span = detail.a_span if mine_first else detail.b_span
                found.append((there + 1, outlet, detail.kind, describe(shown), span))
    return tuple(dict.fromkeys(sorted(found, key=lambda item: item[0])))


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


def _shared(comparison: Comparison, claim_id: str) -> bool:
    """Whether another outlet makes the claim: the claim is matched, or its row shows another
    outlet's claim (a copy of a matched text joins a row without a match of its own). The
    article page's tags and count and the comparison's claims per article tell it alike."""
    return _reach(comparison, claim_id) > 1


def _reach(comparison: Comparison, claim_id: str) -> int:
    """How many articles make the claim: those its row shows, and those of the claims it is
    matched with in other rows (a row takes few claims of one article, so a long chain of
    matches is laid out across rows)."""
    columns = comparison.rows[comparison.row_of[claim_id]].columns
    partners = comparison.partners.get(claim_id, ())
    if not partners:
        return len(columns)
    column_of = comparison.column_of
    return len(columns.union(column_of[partner] for partner in partners))


def linked_view(comparison: Comparison, claim: Claim, links: Linker) -> ClaimView:
    """A claim's view with its links from the page being rendered (``links``), the rest of it
    made once per comparison (``_unlinked_views``): the story's page and each of its articles'
    pages show the same claims."""
    view, article_id = _unlinked_views(comparison)[claim.id]
    story = comparison.story.id
    return replace(
        view,
        article_link=f"{links.article(story, article_id)}#{claim.id}",
        comparison_link=f"{links.story(story)}#row-{comparison.row_of[claim.id] + 1}",
    )


@once_per_comparison
def _unlinked_views(comparison: Comparison) -> dict[str, tuple[ClaimView, str]]:
    """Each claim's view without its links, with its article's id."""
    return {
        claim.id: (_claim_view(comparison, entry.article, claim), entry.article.id)
        for entry in comparison.articles
        for claim in entry.claims
    }


def _claim_view(comparison: Comparison, article: Article, claim: Claim) -> ClaimView:
    shared = _shared(comparison, claim.id)
    row = comparison.row_of[claim.id]
    disagreeing = _disagreeing(comparison, claim.id)
    # Once each: a claim that writes a value twice gives one told line with two places.
    differs = tuple(
        dict.fromkeys((n, outlet, told) for n, outlet, _, told, _ in disagreeing if n != row + 1)
    )
    here = tuple(dict.fromkeys(told for number, _, _, told, _ in disagreeing if number == row + 1))
    # A figure or a day across rows is more often a second event (``ACROSS_ROWS``), unless
    # nothing agrees with the claim: then "shared" would read as corroborated, and it differs.
    agreed = len(comparison.rows[row].columns) > 1 or any(
        agrees_across_rows(comparison, match) for match in comparison.matches_of.get(claim.id, ())
    )
    across = tuple(
        dict.fromkeys(
            f"{outlet}: {told}"
            for number, outlet, kind, told, _ in disagreeing
            if number != row + 1 and (kind in ACROSS_ROWS or not agreed)
        )
    )
    highlights = comparison.highlights.get(claim.id, ())
    # A value that disagrees with a claim of another row in a way that makes the row differ
    # (``ACROSS_ROWS``) is marked as one inside the row is: the claim lists it beneath.
    elsewhere = [s for n, _, kind, _, s in disagreeing if n != row + 1 and kind in ACROSS_ROWS]
    if elsewhere := [span for span in elsewhere if span]:
        strong = [(mark.start, mark.end) for mark in highlights if mark.strong]
        light = [mark for mark in highlights if not mark.strong]
        highlights = with_marks(claim.text, light, [*strong, *elsewhere])
    return ClaimView(
        id=claim.id,
        index=claim.index,
        segments=_segments(claim.text, highlights),
        text=claim.text,
        role=claim.role,
        status="shared" if shared else "unique",
        attribution=shown_source(claim.attribution, claim.text) if claim.attribution else None,
        hedges=claim.hedges,
        original=link_to_sentence(url, claim.text) if (url := web_url(article.url)) else None,
        article_link="",  # from the page that shows it (``linked_view``)
        comparison_link="",
        outlet=article.outlet_name,
        language=article.language,
        elsewhere=tuple(
            sorted(
                {
                    comparison.row_of[partner] + 1
                    for partner in comparison.partners.get(claim.id, ())
                    if comparison.row_of[partner] != row
                }
            )
        ),
        differs_elsewhere=differs[:ELSEWHERE_SHOWN],
        differs_elsewhere_more=max(len(differs) - ELSEWHERE_SHOWN, 0),
        differs=here[:ELSEWHERE_SHOWN],
        differs_across=across[: max(ELSEWHERE_SHOWN - len(here), 0)],
        differs_more=max(len(here) + len(across) - ELSEWHERE_SHOWN, 0),
    )


def _columns(comparison: Comparison, links: Linker) -> tuple[ColumnView, ...]:
    outlets = len(comparison.articles)
    columns = []
    for entry in comparison.articles:
        reach = [_reach(comparison, claim.id) for claim in entry.claims]
        shared = sum(1 for n in reach if n > 1)
        # Of three outlets or more, shared with all as the claim's row shows it ("Shared by 7
        # of 7"), not through a match in another row (helper-160's audit: "Shared with all: 1"
        # where no row was); the rest of its reach is "some".
        shared_all = sum(
            1
            for claim, n in zip(entry.claims, reach, strict=True)
            if n == outlets > 1
            and (outlets == 2 or len(comparison.rows[comparison.row_of[claim.id]].columns) == n)
        )
        columns.append(
            ColumnView(
                id=entry.article.id,
                outlet=entry.article.outlet_name,
                title=entry.article.title,
                published=entry.article.published,
                url=web_url(entry.article.url),
                article_link=links.article(comparison.story.id, entry.article.id),
                claims=len(entry.claims),
                shared_all=shared_all,
                # A claim its row shows alone but matched in another row is shared with some
                # outlets: "Only here" would contradict its article page's "shared" tag.
                shared_some=shared - shared_all,
                unique=len(entry.claims) - shared,
                absent=ABSENT_CELL.format(
                    column=entry.article.id, outlet=entry.article.outlet_name
                ),
                language=language_name(entry.article.language, entry.article.body),
            )
        )
    return tuple(columns)


@dataclass(frozen=True)
class BodyBlock:
    kind: BlockKind
    parts: tuple[tuple[str, ClaimView | None], ...]


def story_view(comparison: Comparison, links: Linker) -> StoryView:
    first, last = comparison.published_range
    statuses = row_statuses(comparison)
    kinds = [status.kind for status in statuses]
    return StoryView(
        id=comparison.story.id,
        title=comparison.story.title,
        link=links.story(comparison.story.id),
        # An outlet with two articles in the story (a report and its update) is named once.
        outlets=tuple(dict.fromkeys(entry.article.outlet_name for entry in comparison.articles)),
        articles=len(comparison.articles),
        rows=len(kinds),
        # As the comparison page counts them: shared as stated, apart from those that differ.
        shared=kinds.count("shared"),
        differs=kinds.count("differs"),
        first_published=first,
        last_published=last,
    )
