"""The options that change how claims are matched, apart from the matching code itself.

Kept apart so that the plugin, the cache and the command line can read and pass them without
importing the matcher and its numerical libraries, which a build with every story cached never
needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.18
"""Claim score from which two claims are the same claim; set on the development gold."""
THRESHOLD_RANGE = (0.0, 1.0)
"""The scores a threshold may be: the claim score is a probability."""
MAX_ARTICLE_BYTES = 2_000_000
"""Default of the ``max_article_bytes`` option: a real news article is well under 100 kB."""
MAX_COLUMNS = 40
"""Default of the ``max_columns`` option: side by side, a column per article, is made for the
handful to few dozen outlets that cover one event; past that, most cells are empty."""
MAX_COLUMNS_LIMIT = 100_000
"""The largest ``max_columns`` the option takes."""


def out_of_range(value: float, minimum: float, maximum: float) -> str | None:
    """Why ``value`` is refused, or None: the one check of a number option, for ``mkdocs.yml``
    and the command line alike (NaN is refused too: it compares false with everything)."""
    if minimum <= value <= maximum:
        return None
    return f"must be from {minimum:,} to {maximum:,}, not {value!r}"


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
class RunOptions:
    """How a folder of stories is read and compared: what each adapter makes of its input
    (the plugin of ``mkdocs.yml``, ``claimdiff export`` of its arguments or of that same file)
    before both call ``pipeline.compare_folder``."""

    align: AlignOptions = AlignOptions()
    max_article_bytes: int = MAX_ARTICLE_BYTES
    workers: int = 1
