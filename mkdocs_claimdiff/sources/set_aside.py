"""What a saved page holds that is not its article's text but is marked so, taken out of the
page before extraction and listed with the lines dropped from the article: the other articles a
page loaded under its own (``feed``) and the captions it marks by their class (``captions``)."""

from __future__ import annotations

from typing import Any

from ..model import Removed
from .captions import CAPTION, drop_captions
from .feed import OTHER_ARTICLE, drop_other_articles
from .page_lines import LineFinder

SetAside = tuple[tuple[str, str], ...]
"""Each text taken out, with the reason it is listed under."""


def set_aside(tree: Any) -> SetAside:
    """Take the other articles and the marked captions out of ``tree``: their texts, each kind
    in the page's order."""
    return (
        *((headline, OTHER_ARTICLE) for headline in drop_other_articles(tree)),
        *((caption, CAPTION) for caption in drop_captions(tree)),
    )


def set_aside_lines(page: str, taken: SetAside) -> tuple[Removed, ...]:
    """What ``set_aside`` took, listed by its line in the page: each kind comes in page order,
    so each is found by a ``LineFinder`` of its own."""
    finders: dict[str, LineFinder] = {}
    listed = []
    for found, reason in taken:
        if reason not in finders:
            finders[reason] = LineFinder(page)
        listed.append(Removed(finders[reason].line_of(found), found, reason))
    return tuple(listed)
