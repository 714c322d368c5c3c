"""A claim's highlights: the values that disagree marked strongly, the wording a partner does
not use lightly, outside them. Pure Python on spans, without the matcher's arrays: the pages of
a build whose comparisons all come from the cache mark values too, and must not load numpy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Highlight


def with_marks(
    text: str, light: Iterable[Highlight], strong: Iterable[tuple[int, int]]
) -> tuple[Highlight, ...]:
    """A claim's highlights in order: the ``strong`` spans (values that disagree), overlapping
    ones joined, and the parts of the ``light`` ones (wording a partner does not use) outside
    them that hold a letter or a digit."""
    marked = _disjoint(sorted(strong))
    kept = [
        Highlight(start, end)
        for highlight in light
        for start, end in _outside((highlight.start, highlight.end), marked)
        if any(map(str.isalnum, text[start:end]))  # each character tested in C
    ]
    return tuple(
        sorted(
            kept + [Highlight(start, end, strong=True) for start, end in marked],
            key=lambda highlight: highlight.start,
        )
    )


def _outside(span: tuple[int, int], marked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``span`` that no marked span covers (sorted, disjoint ``marked``)."""
    parts = []
    start, end = span
    for mark_start, mark_end in marked:
        if mark_start > start and mark_start < end:
            parts.append((start, mark_start))
        if mark_end > start and mark_start < end:
            start = max(start, mark_end)
    if start < end:
        parts.append((start, end))
    return [(a, b) for a, b in parts if a < b]


def _disjoint(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined, so no text is marked twice."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined
