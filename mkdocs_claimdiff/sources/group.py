"""Sort articles that came without a story into stories, by how alike their words are.

Users drop saved articles straight into ``articles_dir`` and expect the site to work out which
report the same event. Nobody knows how many events there are, so the articles are clustered
bottom-up (average linkage) until no two groups are alike enough, instead of into a fixed
number of groups. Words are compared as normalised keys (``normalise.Normaliser``, which leaves
out stop words) weighted by TF-IDF over the articles at hand; names and numbers weigh more, since
two reports of one event share their people, places and figures far more than their vocabulary.
The word statistics of a few articles say little, so they are smoothed with a background of
imagined articles: two loose articles group as surely as two hundred.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ..model import Article
from ..normalise import Normaliser
from ..slug import numbered, slugify

Vector = dict[str, float]
ID_WORDS = 8
"""Words of the title that make a story's id: enough to tell stories apart, short in URLs."""


@dataclass(frozen=True)
class GroupOptions:
    """How articles are weighed and when two groups stop merging.

    Tuned on ECB+ topics 2-35 with ``benchmarks/grouping.py``: the threshold is in the plateau
    (0.24-0.28) where the adjusted Rand index stays 0.87-0.91.
    """

    threshold: float = 0.26
    """Average cosine similarity from which two groups report the same event."""
    name_weight: float = 3.0
    """Weight of capitalised words (names) and numbers against other words."""
    title_weight: float = 2.0
    """Weight of title words against body words."""
    background: float = 20.0
    """Imagined articles (more than one) the word statistics are smoothed with; each key is in one.

    Without them a key that every article uses weighs nothing, so two or three reports of one
    event share no weight at all. With them the weights of a few articles are nearly even, and
    those of hundreds are the articles' own: on the 197-article benchmark 5 to 50 give the same
    ARI. 20 was chosen on sets of 2-9 articles drawn from the same topics: fewer let reports of
    different events merge, more split those of one event.
    """


@dataclass(frozen=True)
class AutoStory:
    """A story found by grouping: an id and a title taken from its most central article."""

    id: str
    title: str
    articles: tuple[Article, ...]


def group_articles(
    articles: Sequence[Article], options: GroupOptions | None = None, taken: Collection[str] = ()
) -> tuple[AutoStory, ...]:
    """Group articles into stories; the same articles always give the same stories and ids.

    Stories come in the order of their first article in ``articles``; their ids are slugs of
    their titles, numbered when another story (or one of ``taken``) has that id already.
    """
    options = options or GroupOptions()
    vectors = vectorise(articles, options)
    clusters = cluster(similarities(vectors), options.threshold)
    stories: list[AutoStory] = []
    used = set(taken)
    for members in clusters:
        title = articles[_central(members, vectors, articles)].title
        story_id = numbered(slugify(" ".join(title.split()[:ID_WORDS])), used)
        used.add(story_id)
        stories.append(AutoStory(story_id, title, tuple(articles[i] for i in members)))
    return tuple(stories)


def vectorise(articles: Sequence[Article], options: GroupOptions) -> list[Vector]:
    """A unit TF-IDF vector of keys per article, names and title words weighted up.

    A key only one article uses can never make two articles alike, but it makes the article
    longer, and so less like any other. Among a few articles that is right: nothing shows it is
    more than one writer's wording, and the words two reports of different events do not share
    are what tells them apart. Among hundreds it is mostly wording (the reports of an event share
    their event's words), and it would make long articles look unlike their own event. So such
    a key counts by the share the background has in the statistics, ``background / (background
    + articles)``: nine tenths for two articles, a tenth for two hundred.
    """
    normaliser = Normaliser()
    counts = [_counts(normaliser, article, options) for article in articles]
    frequency = Counter(key for count in counts for key in count)
    total = len(articles) + options.background
    unshared = options.background / total
    vectors = []
    for count in counts:
        weights = {
            key: (1 + math.log(value))
            * _rarity(frequency[key], total)
            * (unshared if frequency[key] == 1 else 1.0)
            for key, value in count.items()
        }
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        vectors.append({key: weight / norm for key, weight in weights.items()})
    return vectors


def _rarity(frequency: int, total: float) -> float:
    """Inverse document frequency of a key among ``total`` articles, background included.

    The background adds one article with the key, so a key every real article uses still weighs
    a little. A key of one article weighs as much as one of two: rarer than rare adds no evidence.
    """
    return math.log(total / (max(frequency, 2) + 1))


def _counts(normaliser: Normaliser, article: Article, options: GroupOptions) -> dict[str, float]:
    """Weighted occurrences of an article's content keys (a name counts ``name_weight`` times)."""
    counts: dict[str, float] = defaultdict(float)
    for text, weight in ((article.title, options.title_weight), (article.body, 1.0)):
        for token in normaliser.tokens(text):
            if not token.content:
                continue
            named = text[token.start].isupper() or token.word[0].isdigit()
            counts[token.key] += weight * (options.name_weight if named else 1.0)
    return counts


def similarities(vectors: Sequence[Vector]) -> list[list[float]]:
    """Cosine similarity of every pair of unit vectors."""
    size = len(vectors)
    matrix = [[1.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1, size):
            small, large = sorted((vectors[i], vectors[j]), key=len)
            value = sum(weight * large.get(key, 0.0) for key, weight in small.items())
            matrix[i][j] = matrix[j][i] = value
    return matrix


def cluster(matrix: Sequence[Sequence[float]], threshold: float) -> list[list[int]]:
    """Average-linkage clustering cut where groups stop being ``threshold`` alike."""
    return cut(len(matrix), dendrogram(matrix), threshold)


def dendrogram(matrix: Sequence[Sequence[float]]) -> list[tuple[float, int, int]]:
    """The merges of average-linkage clustering in order: (similarity, group, group merged in).

    Similarities of merges never rise (average linkage has no inversions), so cutting at a
    threshold keeps a prefix of the merges. Ties go to the lowest indices: the result is
    deterministic.
    """
    linkage = [list(row) for row in matrix]
    sizes = [1] * len(matrix)
    active = list(range(len(matrix)))
    merges: list[tuple[float, int, int]] = []
    while len(active) > 1:
        best, left, right = max(
            (linkage[i][j], -i, -j) for a, i in enumerate(active) for j in active[a + 1 :]
        )
        left, right = -left, -right
        merges.append((best, left, right))
        active.remove(right)
        total = sizes[left] + sizes[right]
        for other in active:
            if other != left:
                value = linkage[left][other] * sizes[left] + linkage[right][other] * sizes[right]
                linkage[left][other] = linkage[other][left] = value / total
        sizes[left] = total
    return merges


def cut(size: int, merges: Sequence[tuple[float, int, int]], threshold: float) -> list[list[int]]:
    """The groups left after the merges at or above ``threshold``, each sorted, in index order."""
    owner = list(range(size))
    for similarity, left, right in merges:
        if similarity < threshold:
            break
        owner = [left if group == right else group for group in owner]
    groups: dict[int, list[int]] = {}
    for index, group in enumerate(owner):
        groups.setdefault(group, []).append(index)
    return sorted(groups.values())


def _central(members: Sequence[int], vectors: Sequence[Vector], articles: Sequence[Article]) -> int:
    """The article most like the rest of its group: its title names the story.

    Ties (always, in a group of two) go to the first file by path, whatever the input order, so
    the id does not change when files are listed differently.
    """
    centroid: Counter[str] = Counter()
    for index in members:
        centroid.update(vectors[index])

    def rank(index: int) -> tuple[float, str]:
        closeness = sum(weight * centroid[key] for key, weight in vectors[index].items())
        return -round(closeness, 9), str(articles[index].path)

    return min(members, key=rank)
