"""Which figures agree, looked up in an index rather than tried pair by pair: a claim of a few
thousand characters may give hundreds of figures (a table scraped as one sentence, a list of
seizures), and setting each against every figure of the other claim, and each of those against
every figure of its own claim, took seconds for one match."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from math import inf, isfinite

from .counted import Thing, counted_things, head_things
from .slots import Quantity, Slots, once_per_claim
from .units import conversion_tolerance, measure, tolerance

Tolerance = Callable[[Quantity], float]
"""The share two values of a figure may differ by and still agree: a conversion's rounding for
a measure, none for a count."""


def same_value(left: Quantity, right: Quantity, tolerance: float) -> bool:
    """Equal (within ``tolerance``, for a measure), or within each other's bounds: "more than
    100" allows 120, "up to 100" allows 95. Two floors (or two ceilings) agree only on one
    figure: "at least four killed" and "at least five killed" are two tolls. A floor and a
    ceiling agree when they leave a figure both allow: "more than 10" and "fewer than 10" leave
    none, nor do "nearly 100" and "more than 100"."""
    if left.ceiling is not None or right.ceiling is not None:
        return _overlap(left, right, tolerance)
    if _NEAR.intersection((left.qualifier, right.qualifier)) and not any(
        abs(x - y) <= NEAR_HOURS for x in _values(left) for y in _values(right)
    ):
        return False  # "just before 11pm" is no "10.25pm"
    close = _close(left, right, tolerance)
    if left.bound and right.bound:
        if left.bound == right.bound:
            return close
        floor, ceiling = (left, right) if left.bound > 0 else (right, left)
        return any(f < c for f in _values(floor) for c in _values(ceiling)) or (
            close and floor.qualifier in _INCLUSIVE and ceiling.qualifier in _INCLUSIVE
        )
    bounded, plain = (left, right) if left.bound else (right, left)
    if bounded.bound > 0 and plain.qualifier in _SHORT_OF:
        return any(p > b for p in _values(plain) for b in _values(bounded))
    return close or any(
        _within(b, bounded.bound, p) for b in _values(bounded) for p in _values(plain)
    )


_NEAR = frozenset({"just before", "shortly before", "just after", "shortly after"})
"""Bounds near their figure: "shortly before 4 p.m." allows "3.50pm", not "3.20pm"."""

NEAR_HOURS = 0.25
"""How far from its figure a time "just before" or "shortly after" it may be (helper-227's
audit: "shortly before 4 p.m." / "about 3.50pm" agree; the written stories' "just before 11pm"
/ "10.25pm" and the ECB+ "shortly after 2 a.m." / "just past 2:30 a.m." do not)."""

_INCLUSIVE = frozenset({"at least", "upwards of", "up to", "at most"})
"""Bounds that allow the figure they give: "at least 10" and "up to 10" both allow 10."""

_SHORT_OF = frozenset({"nearly", "almost"})
"""Approximations that fall short of their figure: "nearly 100" is fewer than 100."""


def _overlap(left: Quantity, right: Quantity, tolerance: float) -> bool:
    """Whether two figures, one of them a range, allow a value both do ("between 10 and 15"
    allows twelve and "more than 12", not twenty nor "two or three")."""
    (low, high), (other_low, other_high) = _allowed(left), _allowed(right)
    share = EXACT_SHARE if _one_unit(left, right) else tolerance  # "20 to 30 cm" / "19 cm"
    slack = share * max(abs(v) for v in (low, high, other_low, other_high) if isfinite(v))
    return low <= other_high + slack and other_low <= high + slack


def _allowed(quantity: Quantity) -> tuple[float, float]:
    """The values a figure allows, from the lowest to the highest."""
    if quantity.ceiling is not None:
        return quantity.value, quantity.ceiling
    values = _values(quantity)
    low, high = min(values), max(values)
    return (low, inf) if quantity.bound > 0 else (-inf, high) if quantity.bound < 0 else (low, high)


EXACT_SHARE = 1e-9
"""The share two values of figures written in one unit may differ by: their products with the
unit's size in floating point."""


def _one_unit(left: Quantity, right: Quantity) -> bool:
    """Whether two measures are written in one unit and neither as an approximation: no
    conversion lies between them to round ("155 mm" / "152 mm" disagree)."""
    return (
        bool(left.unit) and left.unit == right.unit and not (left.approximate or right.approximate)
    )


def _close(left: Quantity, right: Quantity, tolerance: float) -> bool:
    """Whether the figures give one value (within ``tolerance``, or exactly in one unit),
    bounds aside."""
    if _one_unit(left, right):
        tolerance = EXACT_SHARE
    return any(
        abs(x - y) <= tolerance * max(abs(x), abs(y)) for x in _values(left) for y in _values(right)
    )


def _given(left: Quantity, right: Quantity, tolerance: float) -> bool:
    """Whether one figure gives the other's value and agrees with it (``Agreeing.gives``)."""
    return _close(left, right, tolerance) and same_value(left, right, tolerance)


def _within(limit: float, bound: int, value: float) -> bool:
    """Whether ``value`` is allowed by a figure ``limit`` that is a floor (1) or ceiling (-1)."""
    return (bound > 0 and value >= limit) or (bound < 0 and value <= limit)


def _loose(figure: Quantity) -> bool:
    """Whether a figure allows more than its value: a bound, a range, or a figure falling
    short ("nearly 100")."""
    return bool(figure.bound) or figure.ceiling is not None or figure.qualifier in _SHORT_OF


def _values(quantity: Quantity) -> tuple[float, ...]:
    return (quantity.value, *quantity.alternatives)


BOUNDS_TRIED = 64
"""Figures of a claim tried one by one against a bound ("at least 4") or a figure falling
short ("nearly 100"): a claim of thousands (a table scraped as one sentence) would cost their
square, seconds for one match; past them a figure is looked up by its value alone."""


class Agreeing:
    """Figures indexed by their values, to tell whether any of them agrees with a figure
    (``same_value``) in logarithmic time: the values in sorted lists searched where a figure
    within the tolerance lies (a bound, rare, is tried as ``same_value`` says)."""

    def __init__(self, figures: Sequence[Quantity], tolerance: Tolerance) -> None:
        self._figures = [(figure, tolerance(figure)) for figure in figures]
        self._bounded = any(map(_loose, figures))
        # by tolerance and by the unit of the figures that are no approximation
        by_tolerance: dict[tuple[float, float], list[float]] = {}
        for figure in figures:
            key = (tolerance(figure), 0.0 if figure.approximate else figure.unit)
            by_tolerance.setdefault(key, []).extend(_values(figure))
        self._by_tolerance = {key: sorted(found) for key, found in by_tolerance.items()}

    def agrees(self, figure: Quantity, tolerance: float | None = None) -> bool:
        """Whether one of the figures agrees with ``figure``, as ``same_value(one, figure,
        share)`` says, the share being ``tolerance`` or, when None, the one of the indexed
        figure. Where either side has a bound, or falls short of its figure ("nearly 100"),
        the first ``BOUNDS_TRIED`` figures are tried one by one, the rest by value alone."""
        return self._tried(figure, tolerance, same_value)

    def gives(self, figure: Quantity, tolerance: float | None = None) -> bool:
        """Whether one of the figures has the value of ``figure`` (within the larger of
        ``tolerance`` and its own, as ``agrees``), bounds aside but for bounds that leave no
        figure both allow: "more than 150" gives no 3,000, nor "fewer than 10" "more than 10".
        The larger of the two: "98" asked with none agrees with "about 100", as "about 100"
        with "98", whichever claim comes first."""
        return self._tried(figure, tolerance, _given)

    def _near(self, figure: Quantity, tolerance: float | None) -> bool:
        """Whether one of the figures has the value of ``figure``, bounds aside, looked up in
        the sorted values."""
        searched = (
            (
                EXACT_SHARE
                if unit and unit == figure.unit and not figure.approximate
                else share
                if tolerance is None
                else max(share, tolerance),
                found,
            )
            for (share, unit), found in self._by_tolerance.items()
        )
        return any(
            _near(found, value, share) for share, found in searched for value in _values(figure)
        )

    def _tried(
        self,
        figure: Quantity,
        tolerance: float | None,
        test: Callable[[Quantity, Quantity, float], bool],
    ) -> bool:
        """Whether one of the figures passes ``test`` with ``figure``: where either side has a
        bound, or falls short of its figure ("nearly 100"), the first ``BOUNDS_TRIED`` figures
        one by one, the rest by value alone; else by value, in the sorted values."""
        if not (self._bounded or _loose(figure)):
            return self._near(figure, tolerance)
        shares = (
            (one, share if tolerance is None else max(share, tolerance))
            for one, share in islice(self._figures, BOUNDS_TRIED)
        )
        if any(test(one, figure, share) for one, share in shares):
            return True
        return len(self._figures) > BOUNDS_TRIED and self._near(figure, tolerance)


def _near(ordered: list[float], value: float, share: float) -> bool:
    """Whether a value of the sorted list is within ``share`` (below 1) of ``value``, of the
    larger of the two: such values lie between value * (1 - share) and value / (1 - share),
    whatever the sign. The ends are widened by a rounding's width, and each value between them
    checked as ``same_value`` checks it."""
    ends = (value * (1 - share), value / (1 - share))
    low, high = min(ends), max(ends)
    at = bisect_left(ordered, low - abs(low) * 1e-9)
    while at < len(ordered) and ordered[at] <= high + abs(high) * 1e-9:
        if abs(ordered[at] - value) <= share * max(abs(ordered[at]), abs(value)):
            return True
        at += 1
    return False


@dataclass(frozen=True)
class _Group:
    """The figures of the other claim that count one thing: their values, and their indexes in
    order."""

    agreeing: Agreeing
    indexes: tuple[int, ...]


class Candidates:
    """The figures of the other claim by what they count (``counted_things``, and the head a
    compound counts), so that a figure is set only against those counting the same things: a
    figure is one of a group only when ``usable``. Which of them a difference may be set
    against is asked with each figure (``first_settable``): it depends on both claims, the
    groups on the other claim alone, so a claim's groups serve every match it is in
    (``figures_of``)."""

    def __init__(
        self, figures: Sequence[Quantity], usable: Sequence[bool], tolerance: Tolerance
    ) -> None:
        by_thing: dict[Thing, list[int]] = {}
        by_head: dict[Thing, list[int]] = {}
        for index, figure in enumerate(figures):
            if usable[index]:
                for thing in counted_things(figure):
                    by_thing.setdefault(thing, []).append(index)
                for thing in head_things(figure):
                    by_head.setdefault(thing, []).append(index)

        def group(indexes: list[int]) -> _Group:
            return _Group(
                Agreeing([figures[index] for index in indexes], tolerance), tuple(indexes)
            )

        self._by_thing = {thing: group(indexes) for thing, indexes in by_thing.items()}
        self._by_head = {thing: group(indexes) for thing, indexes in by_head.items()}

    def _groups(self, figure: Quantity) -> list[_Group]:
        counted = counted_things(figure)
        return [
            *(self._by_thing[t] for t in counted | head_things(figure) if t in self._by_thing),
            *(self._by_head[t] for t in counted if t in self._by_head),
        ]

    def any_for(self, figure: Quantity) -> bool:
        """Whether the other claim gives a figure counting the same things."""
        return bool(self._groups(figure))

    def agree_with(self, figure: Quantity, tolerance: float) -> bool:
        """Whether a figure of the other claim counting the same things agrees with it."""
        return any(group.agreeing.agrees(figure, tolerance) for group in self._groups(figure))

    def first_settable(self, figure: Quantity, settable: Sequence[bool]) -> int | None:
        """The index of the first figure of the other claim counting the same things that a
        difference may be set against (``settable``), or None."""
        found = [
            first
            for group in self._groups(figure)
            if (first := next((index for index in group.indexes if settable[index]), None))
            is not None
        ]
        return min(found, default=None)


class OwnFigures:
    """A claim's own figures, to tell whether it gives a figure of the other claim too: the
    same value, whatever it measures or counts ("state Route 52" against "Route 52"), or a
    value its bounds or approximations allow in the same dimension (``measure``): "more than
    150 firefighters" allows 300 firefighters, not 3,000 square metres, and "some 22 homes"
    gives no "20 people"."""

    def __init__(self, figures: Sequence[Quantity]) -> None:
        self._every = Agreeing(figures, conversion_tolerance)
        by_measure: dict[str, list[Quantity]] = {}
        for figure in figures:
            by_measure.setdefault(measure(figure.what), []).append(figure)
        self._by_measure = {
            found: Agreeing(group, tolerance) for found, group in by_measure.items()
        }

    def give(self, figure: Quantity) -> bool:
        """Whether the claim gives ``figure`` too, as the class says, within the larger of the
        two figures' tolerances (``Agreeing.gives``): whichever claim is asked first."""
        if self._every.gives(figure, conversion_tolerance(figure)):
            return True
        same = self._by_measure.get(measure(figure.what))
        return same is not None and same.agrees(figure, tolerance(figure))


@once_per_claim
def own_figures(slots: Slots) -> OwnFigures:
    """A claim's ``OwnFigures``, made once however many matches it is in."""
    return OwnFigures(slots.quantities)


@once_per_claim
def things_of(slots: Slots) -> tuple[frozenset[Thing], frozenset[Thing]]:
    """What a claim's figures count, and the heads of its compound counts, made once however
    many matches it is in."""
    figures = slots.quantities
    return (
        frozenset().union(*(counted_things(q) for q in figures)),
        frozenset().union(*(head_things(q) for q in figures)),
    )


@once_per_claim
def figures_of(slots: Slots) -> Candidates:
    """A claim's figures by what they count, every one usable (in most matches: ``usable``
    leaves out only ages whose owner the other claim does not name), made once however many
    matches it is in."""
    return Candidates(slots.quantities, [True] * len(slots.quantities), tolerance)
