"""What ``claimdiff export --config-file`` gets from a site's ``mkdocs.yml``: the folder,
options and cache the plugin would build it with, or why it cannot."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..options import RunOptions
from ..store.comparisons import ComparisonCache


@dataclass(frozen=True)
class ConfiguredSite:
    """What the site of a ``mkdocs.yml`` compares, and with what: ``claimdiff export
    --config-file`` runs the pipeline on exactly this, so its JSON is the site's."""

    articles: Path
    options: RunOptions
    store: ComparisonCache


class SiteConfigError(Exception):
    """A ``mkdocs.yml`` that cannot be loaded, or that does not use the plugin."""


class PluginNotUsed(SiteConfigError):
    """A ``mkdocs.yml`` that does not list the plugin, or turns it off (``enabled: false``)."""
