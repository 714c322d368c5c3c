"""What a saved page holds that is not its article's text but is marked so, taken out of the
page before extraction and listed with the lines dropped from the article: the other articles a
page loaded under its own (``feed``), the captions it marks by their class (``captions``) and
runs of thousands of links (``crowds``, which also thins other elements of thousands of
children)."""

from __future__ import annotations

from typing import Any

from ..model import Removed
from .captions import CAPTION, drop_captions
from .crowds import LINK_RUN, thin_crowds
from .feed import OTHER_ARTICLE, drop_other_articles


def set_aside(tree: Any) -> tuple[Removed, ...]:
    """Take the other articles and the marked captions out of ``tree``: each as listed, at the
    line of the page where it stands (the parser's own, which markup inside it cannot hide)."""
    return (
        *(Removed(line, shown, LINK_RUN) for shown, line in thin_crowds(tree)),
        *(Removed(line, shown, OTHER_ARTICLE) for shown, line in drop_other_articles(tree)),
        *(Removed(line, caption, CAPTION) for caption, line in drop_captions(tree)),
    )
