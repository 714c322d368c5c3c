"""What a reader should see first about a story: what it is, where the outlets disagree, what
most of them agree on and what only one of them reports.

The digest is read off the comparison as the page shows it: the rows and their statuses
(``output.status``) and the values of each difference (the ``differences`` package). It is no second
analysis, so it can never say something the rows below it do not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..differences.counted import thing_group
from ..differences.qualifiers import unqualified
from ..differences.values import one_value
from ..model import STATED_AS_FACT, Comparison
from .kept import once_per_comparison
from .points import Point, agreed, outlet_of, unique
from .status import outlets_disagree, row_statuses, told_across

DISAGREEMENT_ORDER = ("negation", "number", "date", "name", "source", "hedge")
"""Kinds of disagreement, most telling first: one outlet saying the opposite, then a figure,
a day or a name, then who says it and how sure they are."""
_KIND = {kind: rank for rank, kind in enumerate(DISAGREEMENT_ORDER)}
MIN_COPIED = 3
"""Sentences of an article, at least, that another's must give word for word (and more than
half of its sentences) for the page to say it repeats that one: a shared quote or two is
reporting, not a copy."""


@dataclass(frozen=True)
class Value:
    """One side of a disagreement: a value as written and the outlets that give it."""

    text: str
    outlets: tuple[str, ...]
    also: tuple[str, ...] = ()
    """Other ways the outlets write the value ("The Indian Navy" of "navy"; ``written``)."""
    qualified: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """A figure or day some outlets qualify and others do not ("at least 14" / "14"): each
    way with the outlets that write it, as the page tells it, so that no outlet is shown
    with a bound or an estimate it did not give (the new-user audit of 2026-12-07: "at least
    14 (Harbour Herald, wire-scrape)" where Harbour Herald wrote "14"). Empty otherwise."""

    @property
    def told(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The value as the page tells it: each way with its outlets (``qualified``), else the
        value with all of them."""
        return self.qualified or ((self.text, self.outlets),)

    @property
    def written(self) -> tuple[str, ...]:
        """Every way the outlets write the value, ``text`` first."""
        return (self.text, *self.also)

    @property
    def quoted(self) -> bool:
        """Whether the value is words of the claims ("were said to"), not a description of
        them ("stated as fact", the side of a hedge that has none), which pages must not show
        as if an outlet wrote it."""
        return self.text != STATED_AS_FACT


@dataclass(frozen=True)
class Disagreement:
    """A detail that matched claims give differently ("dead: 5 vs 24"), in one row or in two."""

    kind: str
    what: str
    values: tuple[Value, ...]
    row: int
    """The row's number on the page, from 1."""
    other_row: int | None = None
    """The row of the other claim, when the two matched claims sit in different rows (each
    outlet has one claim a row, so a claim matched to two of another row's goes to one row)."""
    also_rows: tuple[int, ...] = ()
    """Other rows whose claims disagree the same way, by the same outlets, their line folded
    into this one: every row the heading counts as differing is linked from a line."""

    @property
    def rows(self) -> tuple[int, ...]:
        """Every row the line links, in order."""
        return (self.row, *((self.other_row,) if self.other_row else ()), *self.also_rows)


@dataclass(frozen=True)
class Copy:
    """An article most of whose sentences another article gives word for word (a wire story
    and a paper running it): where the two agree, a reader sees one report counted twice."""

    outlet: str
    source: str
    """The outlet of the article that has them too; of two that each repeat the other, the
    earlier in the story's order (which copied the other, the page does not say)."""
    copied: int
    sentences: int
    """Its body sentences, of which ``copied`` are the other's word for word."""


@dataclass(frozen=True)
class Digest:
    """What the comparison page shows above everything else, and the JSON export's digest."""

    outlets: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    note: str
    disagreements: tuple[Disagreement, ...]
    agreed: tuple[Point, ...]
    unique: tuple[Point, ...]
    outlet_count: int
    """How many articles, each a column: "outlets" wherever no outlet has two of them."""
    outlet_articles: tuple[tuple[str, int], ...]
    """Each outlet once, with how many of the articles are its: two reports of one outlet
    (a story and its update) are one outlet, not two, in the page's "4 articles from 3
    outlets"."""
    disagreeing_rows: tuple[int, ...]
    """The rows (numbered from 1) whose status is *differs*, which "Where they disagree" counts
    as the summary and the index of stories do: every row a line of ``disagreements`` names is
    one of them."""
    copies: tuple[Copy, ...] = ()


@once_per_comparison
def digest(comparison: Comparison) -> Digest:
    """The story's digest, made once for the page and the exports of one comparison."""
    first, last = comparison.published_range
    outlets = tuple(entry.article.outlet_name for entry in comparison.articles)
    disagreements = _disagreements(comparison, _across_rows(comparison))
    return Digest(
        outlets=outlets,
        first_published=first,
        last_published=last,
        note=comparison.story.note,
        disagreements=disagreements,
        agreed=agreed(comparison),
        unique=unique(comparison),
        outlet_count=len(outlets),
        outlet_articles=tuple(Counter(outlets).items()),
        disagreeing_rows=tuple(
            number
            for number, status in enumerate(row_statuses(comparison), start=1)
            if status.kind == "differs"
        ),
        copies=_copies(comparison),
    )


def _copies(comparison: Comparison) -> tuple[Copy, ...]:
    """Each article that repeats another of the story word for word (``Copy``), read off its
    matches in one pass (the page and the JSON export both ask): a body sentence is the
    other's when a match pairs it with a sentence of the same words, case and spacing aside.
    The other may come before or after it: a paper that ran the wire's first paragraphs
    repeats it wherever the story's order puts the two. Of two articles that each repeat the
    other, the later is named as repeating the earlier."""
    column_of = comparison.column_of
    copied: set[tuple[str, int]] = set()  # a sentence, and an article that has it too
    for match in comparison.matches:
        first, second = (comparison.claim(claim_id) for claim_id in match.claims)
        if first.role == second.role == "body" and _same_words(first.text, second.text):
            copied.add((first.id, column_of[second.id]))
            copied.add((second.id, column_of[first.id]))
    most: dict[int, tuple[int, int]] = {}  # per article: its most sentences in one other
    for (column, source), count in Counter((column_of[c], o) for c, o in copied).items():
        if (count, -source) > most.get(column, (0, 0)):
            most[column] = (count, -source)
    best: dict[int, tuple[int, int, int]] = {}
    for column, (count, source) in sorted(most.items()):
        sentences = sum(1 for claim in comparison.articles[column].claims if claim.role == "body")
        if count >= MIN_COPIED and 2 * count > sentences:
            best[column] = (-source, count, sentences)
    return tuple(
        Copy(outlet_of(comparison, column), outlet_of(comparison, source), count, sentences)
        for column, (source, count, sentences) in best.items()
        if not (source > column and best.get(source, (None,))[0] == column)
    )


def _same_words(first: str, second: str) -> bool:
    if first == second:
        return True
    if abs(len(first) - len(second)) > len(first) // 10:  # a cheap no for most matches
        return False
    return first.casefold().split() == second.casefold().split()


def _disagreements(comparison: Comparison, across: list[Disagreement]) -> tuple[Disagreement, ...]:
    """Every disagreement of matched claims: those inside a row (``_inside_rows``), then those
    of claims the layout put in two rows (``across``, from ``_across_rows``) unless a line
    already gives each of its values by the same outlet ("Duncan Rait" of BBC News against
    "Duncan Raite" of Sky News, told in row 19 and again between rows 19 and 20). Values alone
    would fold two unrelated hedges ("stated as fact" against "appeared to") of other outlets
    and rows into one line. Those inside a row first, as surer (development gold: 130 of 189
    labelled differs truly differ, across rows 26 of 61), then the most telling kind first."""
    found = _inside_rows(comparison)
    for line in across:
        if not all(_told(line.kind, line.what, value, found) for value in line.values):
            found.append(line)
            continue
        # Folded into a line that tells its values (the first telling its first value whole, or
        # else the first of its kind): that line links its rows too.
        alike = [
            at
            for at, given in enumerate(found)
            if (given.kind, thing_group(given.what)) == (line.kind, thing_group(line.what))
        ]
        at = next(
            (at for at in alike if _told(line.kind, line.what, line.values[0], [found[at]])),
            alike[0],
        )
        new = {line.row, line.other_row or line.row} - set(found[at].rows)
        found[at] = replace(found[at], also_rows=tuple(sorted({*found[at].also_rows, *new})))
    found.sort(key=lambda d: (d.other_row is not None, _KIND[d.kind], d.row, d.other_row or 0))
    return tuple(found)


def _told(kind: str, what: str, value: Value, lines: list[Disagreement]) -> bool:
    """Whether the lines give ``value`` by each of its outlets, as one value of the same kind
    of detail (``differences.values``)."""
    return all(
        any(
            outlet in given.outlets
            and any(one_value(kind, value.text, way) for way in given.written)
            for line in lines
            if (line.kind, thing_group(line.what)) == (kind, thing_group(what))
            for given in line.values
        )
        for outlet in value.outlets
    )


def _inside_rows(comparison: Comparison) -> list[Disagreement]:
    """One line per row and detail (kind and what it is), each value with the outlets giving
    it, from the matches inside the row: the values a reader sees side by side below. Values
    that are one written two ways ("navy", "The Indian Navy"; ``differences.values``) are one
    value, written as most of its outlets write it, unless a match of the row sets the two
    against each other."""
    found: list[Disagreement] = []
    for number, row in enumerate(comparison.rows, start=1):
        ids = {claim_id for cell in row.cells for claim_id in cell}
        lines: dict[tuple[str, str], list[tuple[str, str]]] = {}
        apart: dict[tuple[str, str], set[frozenset[str]]] = {}
        named: dict[tuple[str, str], str] = {}  # "killed" and "died" are one line, the first
        for claim_id in sorted(ids):
            for match in comparison.matches_of.get(claim_id, ()):
                if match.claims[0] != claim_id or not ids.issuperset(match.claims):
                    continue  # each match once, and only those the row shows
                for detail in match.details:
                    if detail.kind not in DISAGREEMENT_ORDER:
                        continue
                    key = (detail.kind, thing_group(detail.what))
                    named.setdefault(key, detail.what)
                    apart.setdefault(key, set()).add(frozenset((detail.a, detail.b)))
                    for value, owner in zip((detail.a, detail.b), match.claims, strict=True):
                        outlet = outlet_of(comparison, comparison.column_of[owner])
                        lines.setdefault(key, []).append((value, outlet))
        for (kind, group), given in lines.items():
            values = _one_value_each(kind, given, apart[(kind, group)])
            found.append(Disagreement(kind, named[kind, group], values, number))
    return found


def _one_value_each(
    kind: str, given: list[tuple[str, str]], apart: set[frozenset[str]]
) -> tuple[Value, ...]:
    """The values of a line, each value once with the outlets that give it, in the order first
    told, and written as most of them write it (of a tie, the longest way, which says most:
    "Troy police Lt. Gerry Scherlinck" rather than "police"; then the first told). A value joins
    another when it is one with every way that one was written and no match sets it against
    any of them: "police" is one with "Troy police Lt. Gerry Scherlinck" and with "Troy Police
    Chief Charles Craft", who are two sources all the same, and joins the first told."""
    groups: list[tuple[list[str], list[str]]] = []  # ways written, outlets
    writers: dict[str, set[str]] = {}  # each way of writing a value, and its outlets
    for value, outlet in given:
        writers.setdefault(value, set()).add(outlet)
        group = next(
            (
                (written, outlets)
                for written, outlets in groups
                if value in written
                or all(
                    one_value(kind, value, other) and frozenset((value, other)) not in apart
                    for other in written
                )
            ),
            None,
        )
        if group is None:
            groups.append(([value], [outlet]))
            continue
        written, outlets = group
        if value not in written:
            written.append(value)
        if outlet not in outlets:
            outlets.append(outlet)
    values = []
    for written, outlets in groups:
        ranked = sorted(written, key=lambda way: (-len(writers[way]), -len(way)))
        values.append(
            Value(
                ranked[0],
                tuple(outlets),
                tuple(ranked[1:]),
                _qualified(kind, ranked, outlets, writers),
            )
        )
    return tuple(values)


def _qualified(
    kind: str, ranked: list[str], outlets: list[str], writers: dict[str, set[str]]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``Value.qualified`` of a value written the ``ranked`` ways by ``outlets``: of a figure
    or a day whose ways differ in the words that qualify it, the first way of each qualifier
    with the outlets that write it so (an outlet may write it two ways, in its headline and
    its text)."""
    if kind not in QUALIFIED_KINDS:
        return ()
    by_qualifier: dict[str, list[str]] = {}
    for way in ranked:
        qualifier = way[: len(way) - len(unqualified(way))].strip().lower()
        by_qualifier.setdefault(qualifier, []).append(way)
    if len(by_qualifier) < 2:
        return ()
    return tuple(
        (ways[0], tuple(o for o in outlets if any(o in writers[way] for way in ways)))
        for ways in by_qualifier.values()
    )


QUALIFIED_KINDS = frozenset({"number", "date"})
"""Kinds of value whose words may qualify it ("at least", "about", "shortly after")."""


def _across_rows(comparison: Comparison) -> list[Disagreement]:
    """One line per pair of rows and detail, from the matches whose claims sit in two rows:
    "was not wearing crampons" placed with the outlets that call him well equipped, and
    "was wearing crampons" in a row of its own, disagree as much as two claims side by side,
    and the page names both rows (of the kinds ``status.told_across`` tells). Of several such
    matches between two rows, the line is the strongest match's: merged, "200 feet" of one
    outlet and "200ft" of another would read as values that disagree. The value of the claim
    in the upper row comes first. A line sets outlets against each other (``outlets_disagree``)."""
    row_of = comparison.row_of
    strongest: dict[tuple[str, str, int, int], tuple[float, Disagreement]] = {}
    for match in comparison.matches:
        rows = sorted((row_of[claim_id], claim_id) for claim_id in match.claims)
        (upper, upper_id), (lower, _) = rows
        if upper == lower:
            continue
        for detail in match.details:
            key = (detail.kind, detail.what, upper, lower)
            if strongest.get(key, (-1.0,))[0] >= match.score:
                continue
            if not told_across(comparison, detail.kind, upper, lower):
                continue
            if not outlets_disagree(comparison, match):  # after the cheap checks
                continue
            told = ((detail.a, match.claims[0]), (detail.b, match.claims[1]))
            ordered = told if match.claims[0] == upper_id else told[::-1]
            values = tuple(
                Value(text, (outlet_of(comparison, comparison.column_of[owner]),))
                for text, owner in ordered
            )
            line = Disagreement(detail.kind, detail.what, values, upper + 1, lower + 1)
            strongest[key] = (match.score, line)
    return [line for _, line in strongest.values()]
