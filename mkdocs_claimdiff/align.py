"""Claims of a story -> matches between articles, rows for the side-by-side view, word diffs.

Every sentence of a story is about the same event, so words every outlet uses ("Assad",
"Russia") say little about whether two sentences make the same claim. Words are weighed by how
rare they are among the story's claims, so that a shared "transponder" counts for far more than a
shared "Assad". Matching is many-to-many: one long sentence may say what another outlet says in two.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from .model import ArticleClaims, Claim, Comparison, Highlight, Match, MatchKind, Row, Story
from .normalise import Normaliser, Token

DEFAULT_THRESHOLD = 0.3
NUMBER = re.compile(r"^\d")


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


@dataclass(frozen=True)
class _Profile:
    """A claim's tokens and the weights of its distinct content keys."""

    claim: Claim
    tokens: tuple[Token, ...]
    weights: dict[str, float]

    @property
    def mass(self) -> float:
        return sum(self.weights.values())


def compare(story: Story, claims: Sequence[tuple[Claim, ...]], options: AlignOptions) -> Comparison:
    """Match the claims of a story's articles and lay them out in rows."""
    entries = tuple(
        ArticleClaims(article, tuple(found))
        for article, found in zip(story.articles, claims, strict=True)
    )
    normaliser = Normaliser(dict(options.aliases))
    profiles = _profiles(entries, normaliser)
    matches = _matches(entries, profiles, options.threshold)
    rows = _rows(entries, matches)
    highlights = _highlights(profiles, matches)
    return Comparison(story, entries, matches, rows, highlights)


def _profiles(entries: Sequence[ArticleClaims], normaliser: Normaliser) -> dict[str, _Profile]:
    ordered = [claim for entry in entries for claim in entry.claims]
    tokens = normaliser.join_compounds(
        [_set_aside_source(claim, normaliser.tokens(claim.text)) for claim in ordered]
    )
    keysets = [{token.key for token in found if token.content} for found in tokens]
    frequency: Counter[str] = Counter(key for keys in keysets for key in keys)
    total = len(ordered)

    def rarity(key: str) -> float:
        # A word only one claim uses can never be shared; rarer than "rare" adds no evidence,
        # so it weighs as much as a word two claims share and does not swamp the overlap.
        return math.log((total + 1) / max(frequency[key], 2))

    return {
        claim.id: _Profile(claim, found, {key: rarity(key) for key in keys})
        for claim, found, keys in zip(ordered, tokens, keysets, strict=True)
    }


def _set_aside_source(claim: Claim, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Who a claim cites is not what it claims: "Reuters said" must not match "Reuters said"."""
    if not claim.attribution:
        return tokens
    cited = set(claim.attribution.lower().split())
    return tuple(replace(t, content=False) if t.word in cited else t for t in tokens)


def score(left: _Profile, right: _Profile) -> float:
    """How strongly two claims say the same thing, from 0 to 1.

    The weighted overlap is measured against both claims (cosine) and against the shorter one
    (containment): the second lets a long sentence match the shorter sentence it contains, the
    first keeps a short sentence from matching everything that shares one rare word with it.
    """
    shared = sum(weight for key, weight in left.weights.items() if key in right.weights)
    if shared == 0:
        return 0.0
    cosine = shared / math.sqrt(left.mass * right.mass)
    containment = shared / min(left.mass, right.mass)
    return round(math.sqrt(cosine * containment), 4)


def _matches(
    entries: Sequence[ArticleClaims], profiles: Mapping[str, _Profile], threshold: float
) -> tuple[Match, ...]:
    found: list[Match] = []
    for first_index, first in enumerate(entries):
        for second in entries[first_index + 1 :]:
            for left in first.claims:
                for right in second.claims:
                    value = score(profiles[left.id], profiles[right.id])
                    if value >= threshold:
                        kind, differences = _divergence(profiles[left.id], profiles[right.id])
                        found.append(Match((left.id, right.id), value, kind, differences))
    return tuple(found)


def _divergence(left: _Profile, right: _Profile) -> tuple[MatchKind, tuple[str, ...]]:
    """Name the details that two matched claims state differently."""
    differences: list[str] = []
    left_numbers = {t.key for t in left.tokens if NUMBER.match(t.key)}
    right_numbers = {t.key for t in right.tokens if NUMBER.match(t.key)}
    if left_numbers and right_numbers and left_numbers != right_numbers:
        differences.append("number")
    if bool(left.claim.hedges) != bool(right.claim.hedges):
        differences.append("hedge")
    sources = (left.claim.attribution, right.claim.attribution)
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
    profiles: Mapping[str, _Profile], matches: Sequence[Match]
) -> dict[str, tuple[Highlight, ...]]:
    """Mark in each matched claim the content words that its partners do not say."""
    partners: dict[str, list[str]] = {}
    for match in matches:
        left, right = match.claims
        partners.setdefault(left, []).append(right)
        partners.setdefault(right, []).append(left)
    result: dict[str, tuple[Highlight, ...]] = {}
    for claim_id, others in partners.items():
        own = profiles[claim_id].tokens
        theirs = [token for other in others for token in profiles[other].tokens]
        result[claim_id] = _differing_spans(own, theirs)
    return result


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
