"""Photo captions a page marks as such, taken out before the article is extracted.

trafilatura leaves out a caption in a ``<figcaption>``; many sites write theirs in a paragraph
or a division of a caption class instead (``<p class="imageCaption">``, ``wp-caption-text``),
which it reads as the article's text: "A well-wisher lays flowers at the scene …" then stands
in the comparison as a claim, though it describes a photo. Such an element is taken out and
listed with the lines dropped from the article, at its line of the page, when it is written as
a caption is: a paragraph, division or span of text (``CAPTION_TAGS``) holding no block of its
own (a heading, a list, a paragraph, another division), of ``CAPTION_WORDS`` words at most, in
a class that names a caption (``_marked``: not "no-caption", "has-caption", "caption-wrap").
"""

from __future__ import annotations

import re
from typing import Any

from .chrome import CAPTION_WORDS

CAPTION = "caption"
"""The reason shown for a caption dropped from the article (as the ``.txt`` rules name theirs)."""

CAPTION_TAGS = frozenset({"p", "figcaption", "div", "span", "small"})
"""Elements a caption is written in."""

_MARKED = "//*[contains(@class, 'aption')]"
"""Elements whose class may name a caption ("caption", "imageCaption"), sought cheaply: a
plain ``contains`` costs half of one that folds case first (0.5 against 1.2 ms a page, of some
25 for extraction); each class word is then read by ``_marked``."""

_CLASS_PARTS = re.compile(r"[-_]+")
_NOT_A_CAPTION = frozenset({"no", "has", "with", "without", "show", "hide"})
"""First parts of a class word that say a caption is absent or elsewhere ("no-caption")."""
_AFTER_CAPTION = frozenset({"text", "content", "inner", "body"})
"""Last parts of a class word that still name the caption itself ("wp-caption-text")."""


_BLOCKS = (
    ".//*[self::p or self::div or self::article or self::section or self::main or self::ul"
    " or self::ol or self::table or self::figure or self::h1 or self::h2 or self::h3"
    " or self::h4 or self::h5 or self::h6 or self::blockquote]"
)


def drop_captions(tree: Any) -> tuple[tuple[str, int], ...]:
    """Take the marked captions out of ``tree``: each caption's text and line, in page order."""
    root = tree.getroottree().getroot()
    dropped = []
    for element in tree.xpath(_MARKED):
        if element.tag not in CAPTION_TAGS or not _marked(element.get("class") or ""):
            continue
        if element.getroottree().getroot() is not root or _longer_than(element, CAPTION_WORDS):
            continue  # inside a caption taken out already, or text too long for a caption
        if element.xpath(_BLOCKS):
            continue  # a box of the article's blocks
        for line_break in element.iter("br"):  # "flowers<br>Photo: AP" is two phrases
            line_break.tail = f" {line_break.tail or ''}"
        text = " ".join("".join(element.itertext()).split())
        line = element.sourceline or 1
        element.drop_tree()
        if text:
            dropped.append((text, line))
    return tuple(dropped)


def _marked(classes: str) -> bool:
    """Whether a class word names a caption: "caption", "imageCaption", "wp-caption-text",
    "article__caption"; not a caption's absence or a box around one ("no-caption",
    "captionless", "caption-wrap")."""
    for word in classes.lower().split():
        parts = _CLASS_PARTS.split(word)
        if parts[-1] in _AFTER_CAPTION and len(parts) > 1:
            parts.pop()
        if parts[-1].endswith("caption") and parts[0] not in _NOT_A_CAPTION:
            return True
    return False


def _longer_than(element: Any, most: int) -> bool:
    """Whether the element's text has more than ``most`` words, read no further than that: a
    caption inside a caption inside … is never counted whole again and again."""
    words = 0
    for chunk in element.itertext():
        words += len(chunk.split(None, most + 1 - words)) if words <= most else 0
        if words > most:
            return True
    return False
