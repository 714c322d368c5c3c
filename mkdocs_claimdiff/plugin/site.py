"""A site's ``mkdocs.yml`` loaded as a build loads it, for ``claimdiff export --config-file``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from ..options import RunOptions
from ..store.comparisons import ComparisonCache
from . import ClaimDiffPlugin


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


def configured_site(config_file: Path) -> ConfiguredSite:
    """Load ``config_file`` as ``mkdocs build`` does (``!ENV``, ``INHERIT`` and the option
    checks included) and set the plugin up as a build would. Raises ``SiteConfigError`` with
    the reason when the file cannot be loaded or does not use the plugin."""
    try:
        config = load_config(str(config_file))
    except (MkDocsException, OSError) as error:
        raise SiteConfigError(str(error)) from error
    plugins = [plugin for plugin in config.plugins.values() if isinstance(plugin, ClaimDiffPlugin)]
    if not plugins:
        raise PluginNotUsed("it does not use the claimdiff plugin")
    plugin = plugins[0]
    if not plugin.config.enabled:
        raise PluginNotUsed("it turns the claimdiff plugin off (enabled: false)")
    try:
        plugin.on_config(config)
    except MkDocsException as error:
        raise SiteConfigError(str(error)) from error
    return ConfiguredSite(plugin._articles_path, plugin.run_options(), plugin._cache)
