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
