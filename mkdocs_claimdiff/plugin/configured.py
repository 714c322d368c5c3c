"""The site a configuration file describes, set up as a build would set the plugin up: what
``claimdiff export --config-file`` reads."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from . import ClaimDiffPlugin
from .site import ConfiguredSite, PluginNotUsed, SiteConfigError


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
