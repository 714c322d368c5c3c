"""The data every stage passes on: frozen dataclasses, no behaviour beyond lookups.

Keeping the model free of MkDocs and of any stage's logic lets each stage be tested on its own and
lets the plugin and the CLI share one pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import Literal

from .options import AlignOptions

BlockKind = Literal["paragraph", "heading", "quote", "item", "reference", "label"]
"""A "reference" (an entry of the article's references or notes) and a "label" (a table row
without a sentence, a line of a word or two) are shown on the article's page but make no claim,
as a heading makes none (``sources.chrome_notes``)."""

UNCLAIMED_KINDS = frozenset({"heading", "reference", "label"})
"""The kinds of block that make no claim."""
ClaimRole = Literal["headline", "body"]
MatchKind = Literal["same", "differs"]
DifferenceKind = Literal["number", "date", "name", "source", "hedge", "negation", "adds"]

BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file, reported as a warning; the build goes on."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return printable(f"{where}: {self.message}")


_CONTROLS = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
"""Characters that move or hide what a terminal shows (an escape sequence, a carriage return,
a direction override) or start a line a log reader takes for another message (a newline in a
file name forged "INFO - Documentation built"): file names come from archives other people
share."""


def printable(text: str) -> str:
    """``text`` with its control characters written out (``\\x1b``), for a terminal or a log."""
    return _CONTROLS.sub(lambda found: ascii(found.group())[1:-1], text)


@dataclass(frozen=True)
class Removed:
    """A line of a scrape that was dropped as site chrome, kept so nothing vanishes unseen."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Block:
    """One paragraph (or heading, quote, list item) of an article's cleaned body."""

    kind: BlockKind
    start: int
    end: int


_COPY_NUMBER = re.compile(r"-\d+$")


@dataclass(frozen=True)
class Article:
    """One article as read from its file: metadata and a cleaned plain-text body.

    ``body`` is plain text (Markdown markup removed) with blocks joined by a blank line; every
    ``Block`` and every body ``Claim`` points into it by character offsets.
    """

    id: str
    path: Path
    story: str
    title: str
    body: str
    blocks: tuple[Block, ...]
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    removed: tuple[Removed, ...] = ()
    problems: tuple[Problem, ...] = ()
    titled: bool = True
    """Whether ``title`` is the article's own headline (front matter, a heading, a scrape's first
    line, a page's title). A title made of the file name, for want of one, is no claim of the
    outlet's: as one, "Bridge collapse" of ``bridge-collapse.md`` matched other headlines."""

    def block_text(self, block: Block) -> str:
        return self.body[block.start : block.end]

    @property
    def outlet_name(self) -> str:
        """The outlet as a reader sees it named, when none is known: the article's id (its
        file's name as a slug, "herald-2" for a second "herald" of the story), but the file's
        name as written where the slug transliterates it ("новости", not "novosti";
        helper-188's review)."""
        if self.outlet:
            return self.outlet
        stem = self.path.stem
        # "-2" told a second copy apart ("vesti1-2" of a second "вести1"; helper-192's review)
        second = _COPY_NUMBER.search(self.id) and not _COPY_NUMBER.search(stem)
        return stem if not stem.isascii() and not second else self.id


def assemble_body(parts: list[tuple[BlockKind, str]]) -> tuple[str, tuple[Block, ...]]:
    """Join cleaned blocks into one body text and record where each block sits in it."""
    texts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, text in parts:
        if not text:
            continue
        if texts:
            offset += len(BLOCK_SEPARATOR)
        texts.append(text)
        blocks.append(Block(kind, offset, offset + len(text)))
        offset += len(text)
    return BLOCK_SEPARATOR.join(texts), tuple(blocks)


@dataclass(frozen=True)
class Claim:
    """One sentence of an article: the unit that is compared across outlets.

    For a body claim ``start``/``end`` are offsets into ``Article.body``; for the headline they are
    offsets into ``Article.title``. ``hedges`` are the words that soften the claim ("reportedly").
    """

    id: str
    article_id: str
    index: int
    text: str
    role: ClaimRole
    start: int
    end: int
    block: int | None = None
    attribution: str | None = None
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    """A file of a story's folder that is no article of the story, and why ("binary file, not
    read", "no article text found", a copy of another file)."""

    name: str
    reason: str


@dataclass(frozen=True)
class Story:
    """The articles that report one event, as found in one folder of ``articles_dir``."""

    id: str
    title: str
    articles: tuple[Article, ...]
    path: Path | None = None
    note: str = ""
    """Plain text from ``_story.yml`` shown atop the story's pages (a credit, a caveat)."""
    left_out: tuple[LeftOut, ...] = ()
    """The files of the story's folder not compared, each with why: a reader of the comparison
    page is told what it leaves out, not only the build log (a new user's audit, 2026-12-07)."""

    @property
    def text_size(self) -> int:
        """How much text the story has, which comparing it takes time for."""
        return sum(len(article.body) for article in self.articles)


@dataclass(frozen=True)
class Highlight:
    """A stretch of a matched claim's text that its partner(s) do not say: a word-level diff.

    ``strong`` marks a value that disagrees with a partner (a figure, a date, a name, a
    negation), as opposed to wording that merely differs."""

    start: int
    end: int
    strong: bool = False


STATED_AS_FACT = "stated as fact"
"""The value of a ``hedge`` difference on the side of the claim that does not hedge: a
description of that claim, not words it says, so pages show it unquoted."""


@dataclass(frozen=True)
class Difference:
    """One detail two matched claims give differently, with both values as written.

    ``a`` is the first claim's value and ``b`` the second's; for ``adds`` (a detail only one
    claim gives, which is no disagreement) the other side is empty. ``what`` names what the
    values are ("distance", "age", "pirates", "day"). The spans locate the values in each
    claim's text, for highlighting; they are not part of the JSON contract.
    """

    kind: DifferenceKind
    a: str
    b: str
    what: str
    a_span: tuple[int, int] | None = None
    b_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Match:
    """Two claims of different articles that make the same claim."""

    claims: tuple[str, str]
    score: float
    kind: MatchKind = "same"
    differences: tuple[str, ...] = ()
    """The kinds of disagreement (never ``adds``), as named since the first contract."""
    details: tuple[Difference, ...] = ()
    """Every difference with its values, ``adds`` included."""


@dataclass(frozen=True)
class Row:
    """A line of the side-by-side view: per article (in story order) the claim ids it holds."""

    cells: tuple[tuple[str, ...], ...]

    @cached_property
    def columns(self) -> frozenset[int]:
        """The articles (by index) that hold claims of the row, found once: the pages ask it
        of a row for each of its claims, and a row of a story of 2,000 articles has 2,000
        cells."""
        return frozenset(index for index, cell in enumerate(self.cells) if cell)

    @property
    def shared_by(self) -> int:
        return len(self.columns)


@dataclass(frozen=True)
class ArticleClaims:
    article: Article
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Comparison:
    """A story's articles with their claims, the matches between claims and the rows to show."""

    story: Story
    articles: tuple[ArticleClaims, ...]
    matches: tuple[Match, ...]
    rows: tuple[Row, ...]
    highlights: dict[str, tuple[Highlight, ...]] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim:
        return self.claims_by_id[claim_id]

    @property
    def published_range(self) -> tuple[str | None, str | None]:
        """The first and the last publication date of the story's articles (None: unknown)."""
        dates = sorted(d for entry in self.articles if (d := entry.article.published))
        return (dates[0], dates[-1]) if dates else (None, None)

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {claim.id: claim for entry in self.articles for claim in entry.claims}

    @cached_property
    def row_of(self) -> dict[str, int]:
        """Map each claim id to the index of the row that shows it. The cells are walked at
        C speed (``chain``): a story of hundreds of articles has thousands of rows that most
        of its articles leave empty."""
        return {
            claim_id: index
            for index, row in enumerate(self.rows)
            for claim_id in chain.from_iterable(row.cells)
        }

    @cached_property
    def column_of(self) -> dict[str, int]:
        """Map each claim id to the index of its article: the column that shows it."""
        return {
            claim.id: index for index, entry in enumerate(self.articles) for claim in entry.claims
        }

    @cached_property
    def matches_of(self) -> dict[str, tuple[Match, ...]]:
        """Map each claim id to the matches it takes part in."""
        found: dict[str, list[Match]] = {}
        for match in self.matches:
            for claim_id in match.claims:
                found.setdefault(claim_id, []).append(match)
        return {claim_id: tuple(matches) for claim_id, matches in found.items()}

    @cached_property
    def partners(self) -> dict[str, tuple[str, ...]]:
        """Map each claim id to the ids of the claims it was matched with."""
        return {
            claim_id: tuple(
                other for match in matches for other in match.claims if other != claim_id
            )
            for claim_id, matches in self.matches_of.items()
        }


Job = tuple[Story, tuple[tuple[Claim, ...] | None, ...], AlignOptions]
"""A story to compare, the claims already known of each article (None: still to extract), and
the options."""
Done = tuple[tuple[tuple[Claim, ...], ...], Comparison]
"""Each article's claims and the story's comparison."""
OnDone = Callable[[int, Done], None]
"""Told of each job as it finishes, with its index in the jobs: the cache saves it then, so a
build that is killed keeps every story it finished."""
