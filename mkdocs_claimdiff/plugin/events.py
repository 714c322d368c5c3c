"""What else takes part in a build after the plugin: plugins and hooks handling an event after
it, and templates MkDocs renders before it builds the pages."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin


def handled_after(plugin: BasePlugin[Any], config: MkDocsConfig, event: str) -> bool:
    """Whether another plugin or a hook handles ``event`` after ``plugin`` does."""
    handlers = config.plugins.events.get(event, [])
    places = [
        at for at, handler in enumerate(handlers) if getattr(handler, "__self__", None) is plugin
    ]
    return bool(places) and places[-1] < len(handlers) - 1


THEME_PAGES = {"404.html", "sitemap.xml"}
"""The static templates of MkDocs' themes and Material, which read no page's content."""


def reads_pages_first(config: MkDocsConfig) -> bool:
    """Whether the site has templates that MkDocs renders before it builds the pages and that
    may read them (a feed, a page of every page): extra templates, or a theme's own beyond the
    404 page and the sitemap, which read none."""
    return bool(config.extra_templates or set(config.theme.static_templates) - THEME_PAGES)
