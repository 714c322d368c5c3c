"""Claims of a story -> matches between articles, rows for the side-by-side view, word diffs.

Every sentence of a story is about the same event, so words every outlet uses ("Assad",
"Russia") say little about whether two sentences make the same claim. Words are weighed by how
rare they are among the story's claims, so that a shared "transponder" counts for far more than a
shared "Assad". Matching is many-to-many: one long sentence may say what another outlet says in two.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .features import name_clash
from .matcher import PairScorer
from .model import ArticleClaims, Claim, Comparison, Highlight, Match, MatchKind, Row, Story
from .normalise import Normaliser, Token

DEFAULT_THRESHOLD = 0.18
"""Claim score from which two claims are the same claim; set on the development gold."""
CLOSE_TO_BEST = 0.4
"""A match must score at least this share of the best match of either of its claims."""


@dataclass(frozen=True)
class AlignOptions:
    """What changes how claims are matched; part of what a cached comparison depends on."""

    threshold: float = DEFAULT_THRESHOLD
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def create(
        cls,
        threshold: float = DEFAULT_THRESHOLD,
        aliases: Mapping[str, Iterable[str]] | None = None,
    ) -> AlignOptions:
        frozen = tuple(sorted((k, tuple(v)) for k, v in (aliases or {}).items()))
        return cls(threshold=threshold, aliases=frozen)


def compare(story: Story, claims: Sequence[tuple[Claim, ...]], options: AlignOptions) -> Comparison:
    """Match the claims of a story's articles and lay them out in rows."""
    entries = tuple(
        ArticleClaims(article, tuple(found))
        for article, found in zip(story.articles, claims, strict=True)
    )
    ordered = [claim for entry in entries for claim in entry.claims]
    scorer = PairScorer(
        [claim.text for claim in ordered],
        Normaliser(dict(options.aliases)),
        set_aside=[_cited_words(claim) for claim in ordered],
    )
    position = {claim.id: index for index, claim in enumerate(ordered)}
    matches = _matches(entries, scorer, position, options.threshold)
    comparison = Comparison(story, entries, matches, _rows(entries, matches))
    tokens = {claim.id: scorer.sentences[position[claim.id]].tokens for claim in ordered}
    return replace(comparison, highlights=_highlights(tokens, comparison.partners))


def _cited_words(claim: Claim) -> frozenset[str]:
    """Who a claim cites is not what it claims."""
    return frozenset(claim.attribution.lower().split()) if claim.attribution else frozenset()


def _matches(
    entries: Sequence[ArticleClaims],
    scorer: PairScorer,
    position: Mapping[str, int],
    threshold: float,
) -> tuple[Match, ...]:
    """Pairs of claims of different articles whose score passes the threshold and comes close
    to the best score either claim reaches: a claim keeps its strongest matches, not every
    sentence that happens to share a few of its words.
    """
    scored: list[tuple[Claim, Claim, float]] = []
    best: dict[str, float] = {}
    for first_index, first in enumerate(entries):
        for second in entries[first_index + 1 :]:
            for left in first.claims:
                for right in second.claims:
                    i, j = position[left.id], position[right.id]
                    if not scorer.may_match(i, j):
                        continue
                    value = scorer.claim_score(i, j)
                    if value:
                        scored.append((left, right, value))
                        best[left.id] = max(best.get(left.id, 0.0), value)
                        best[right.id] = max(best.get(right.id, 0.0), value)
    found = []
    for left, right, value in scored:
        if value >= threshold and value >= CLOSE_TO_BEST * max(best[left.id], best[right.id]):
            kind, differences = _divergence(
                left, right, scorer, position[left.id], position[right.id]
            )
            found.append(Match((left.id, right.id), value, kind, differences))
    return tuple(found)


def _divergence(
    left: Claim, right: Claim, scorer: PairScorer, i: int, j: int
) -> tuple[MatchKind, tuple[str, ...]]:
    """Name the details that two matched claims state differently."""
    first, second = scorer.sentences[i], scorer.sentences[j]
    differences: list[str] = []
    left_numbers, right_numbers = first.numbers - first.dates, second.numbers - second.dates
    if left_numbers and right_numbers and left_numbers != right_numbers:
        differences.append("number")
    if first.dates and second.dates and first.dates.isdisjoint(second.dates):
        differences.append("date")
    if name_clash(first, second):
        differences.append("name")
    if bool(left.hedges) != bool(right.hedges):
        differences.append("hedge")
    sources = (left.attribution, right.attribution)
    if all(sources) and sources[0] != sources[1]:
        differences.append("source")
    return ("differs" if differences else "same"), tuple(differences)


def _rows(entries: Sequence[ArticleClaims], matches: Sequence[Match]) -> tuple[Row, ...]:
    """Group matched claims into rows (connected groups) and order the rows for reading.

    A row sits where its earliest claim sits in its own article, measured as a fraction of that
    article's length, so columns of different lengths advance together: headlines share the top,
    and a claim only one outlet makes appears beside what the others say at that point.
    """
    column = {claim.id: index for index, entry in enumerate(entries) for claim in entry.claims}
    place: dict[str, tuple[float, int, int]] = {}
    for index, entry in enumerate(entries):
        last = max(len(entry.claims) - 1, 1)
        for claim in entry.claims:
            place[claim.id] = ((claim.index - 1) / last, index, claim.index)
    parent = {claim_id: claim_id for claim_id in column}

    def root(claim_id: str) -> str:
        while parent[claim_id] != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    for match in matches:
        left, right = (root(claim_id) for claim_id in match.claims)
        if left != right:
            parent[max(left, right)] = min(left, right)

    groups: dict[str, list[str]] = {}
    for entry in entries:
        for claim in entry.claims:
            groups.setdefault(root(claim.id), []).append(claim.id)

    def cells(members: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(
            tuple(claim_id for claim_id in members if column[claim_id] == index)
            for index in range(len(entries))
        )

    ordered = sorted(groups.values(), key=lambda members: min(place[c] for c in members))
    return tuple(Row(cells(members)) for members in ordered)


def _highlights(
    tokens: Mapping[str, tuple[Token, ...]], partners: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[Highlight, ...]]:
    """Mark in each matched claim the content words that its partners do not say."""
    return {
        claim_id: _differing_spans(tokens[claim_id], [t for o in others for t in tokens[o]])
        for claim_id, others in partners.items()
    }


def _differing_spans(own: Sequence[Token], theirs: Sequence[Token]) -> tuple[Highlight, ...]:
    """Word-level diff: content words of ``own`` outside difflib's matching blocks."""
    matcher = SequenceMatcher(None, [t.key for t in own], [t.key for t in theirs], autojunk=False)
    kept = {
        index
        for block in matcher.get_matching_blocks()
        for index in range(block.a, block.a + block.size)
    }
    elsewhere = {token.key for token in theirs}
    marked = [
        index
        for index, token in enumerate(own)
        if token.content and index not in kept and token.key not in elsewhere
    ]
    spans: list[Highlight] = []
    for index in marked:
        token = own[index]
        if spans and index - 1 in marked:
            spans[-1] = Highlight(spans[-1].start, token.end)
        else:
            spans.append(Highlight(token.start, token.end))
    return tuple(spans)
