"""Photo captions a page marks as such, taken out before the article is extracted.

trafilatura leaves out a caption in a ``<figcaption>``; many sites write theirs in a paragraph
or a division of a caption class instead (``<p class="imageCaption">``, ``wp-caption-text``),
which it reads as the article's text: "A well-wisher lays flowers at the scene …" then stands
in the comparison as a claim, though it describes a photo. What the page marks as a caption is
a caption whatever its tag; each is listed with the lines dropped from the article.
"""

from __future__ import annotations

from typing import Any

from .chrome import CAPTION_WORDS

CAPTION = "caption"
"""The reason shown for a caption dropped from the article (as the ``.txt`` rules name theirs)."""

CAPTION_TAGS = frozenset({"p", "figcaption", "div", "span", "small"})
"""Elements a caption is written in; a ``<div>`` holding paragraphs is a box, not a caption."""

_MARKED = "//*[contains(@class, 'aption')]"
"""Elements of a class naming a caption ("caption", "imageCaption"): a plain ``contains`` costs
half of one that folds case first (0.5 against 1.2 ms a page, of some 25 for extraction)."""


def drop_captions(tree: Any) -> tuple[str, ...]:
    """Take the marked captions out of ``tree``; their texts, in the page's order."""
    dropped = []
    for element in tree.xpath(_MARKED):
        if element.tag not in CAPTION_TAGS or element.getparent() is None:
            continue  # not a caption's element, or inside a caption already taken out
        if element.tag != "p" and element.find(".//p") is not None:
            continue
        text = " ".join("".join(element.itertext()).split())
        if len(text.split()) > CAPTION_WORDS:
            continue
        element.drop_tree()
        if text:
            dropped.append(text)
    return tuple(dropped)
