"""Which plugins and hooks take part in a MkDocs event after a given plugin."""

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
