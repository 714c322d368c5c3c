"""Notes a site sets apart in italics after an article's last paragraph: who the author is and
how to reach them ("Contact Kayla Jimenez at …"), how the text was made ("This interview has
been edited for length and clarity.", "This story was updated on August 25."), a pitch ("The
Hip-Hop 50 commemorative print issue is on sale …", "Sign up for my free Pixel Academy
e-course"). Their words vary from site to site; their type does not: a paragraph wholly in
italics after the article's own text. An extractor keeps them as paragraphs and drops the
italics, so the page itself is asked which of its paragraphs are set so."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .chrome import Unit

ITALIC_NOTE = "note set apart in italics after the article"

NOTES_AT_END = 2
"""Paragraphs in italics at the end that are read as notes at most: a longer run is more likely
the article's own (a poem, an epilogue, a letter set in italics) than a site's notes. On the
1,164 development pages (news2023-dev, newspaper4k's and trafilatura's test pages) the notes
ran to one paragraph or two (an author's bio under "About the authors:")."""

NOTES_MAX_WORDS = 80
"""Words at most of the notes together: an author's bio or an editor's note runs to a few
sentences (at most 66 words on the development pages)."""

_ITALIC = ("em", "i")
_BLOCKS = frozenset({"p", "div", "li", "blockquote", "section", "aside", "footer", "figure"})
_QUOTING = frozenset({"blockquote", "aside", "figure", "figcaption", "q"})


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def italic_texts(tree: Any) -> frozenset[str]:
    """The text, spaces squeezed, of every block of the page that is wholly in italics: one
    whose every word stands inside an ``<em>`` or ``<i>`` (``<p><em>Contact …</em></p>``, or
    ``<p><i>Reviews have been edited</i> <i>for length.</i></p>``). Only the blocks that hold
    such an element are looked at: most pages italicise a few words. Italics inside a quote, an
    aside or a figure are left out: a pull quote repeats a sentence of the article, which must
    not read as set in italics where the article prints it."""
    found: set[str] = set()
    seen: set[Any] = set()
    for element in tree.iter(*_ITALIC):
        block = element.getparent()
        while block is not None and block.tag not in _BLOCKS:
            block = block.getparent()
        if block is None or block in seen or _set_apart(block):
            continue
        seen.add(block)
        whole = _squeezed(block.text_content())
        outermost = (
            italic
            for italic in block.iter(*_ITALIC)
            if _inside(italic, block) and not _in_italics(italic, block)
        )
        if whole and _squeezed(" ".join(italic.text_content() for italic in outermost)) == whole:
            found.add(whole)
    return frozenset(found)


def _set_apart(block: Any) -> bool:
    """Whether the block is or lies in a quote, an aside or a figure (``_QUOTING``)."""
    return block.tag in _QUOTING or any(above.tag in _QUOTING for above in block.iterancestors())


_MARKDOWN_ITALIC = re.compile(r"\*[^*]+\*|_[^_]+_")
"""A Markdown paragraph wholly in italics: one ``*`` or ``_`` around all of it (``**`` is bold)."""


def italic_markdown(paragraphs: Iterable[tuple[str, str]]) -> frozenset[str]:
    """``italic_texts`` of a Markdown file: of its paragraphs as written and as read (their
    text made plain), the plain text of those wholly in italics, spaces squeezed."""
    return frozenset(
        _squeezed(plain)
        for written, plain in paragraphs
        if _MARKDOWN_ITALIC.fullmatch(written.strip())
    )


def _in_italics(element: Any, block: Any) -> bool:
    """Whether ``element`` lies inside another italic element of ``block``."""
    for above in element.iterancestors():
        if above is block:
            return False
        if above.tag in _ITALIC:
            return True
    return False


def _inside(element: Any, block: Any) -> bool:
    """Whether ``element`` lies in ``block`` with no other block between them."""
    for above in element.iterancestors():
        if above is block:
            return True
        if above.tag in _BLOCKS:
            return False
    return False


def mark_italic_notes(units: Sequence[Unit], italic: frozenset[str]) -> None:
    """Label the paragraphs in italics (``italic_texts``) that end the article, after its last
    paragraph in plain type, as notes set apart: at most ``NOTES_AT_END`` of them, of at most
    ``NOTES_MAX_WORDS`` words together. What other rules dropped already is passed over."""
    if not italic:
        return
    notes: list[Unit] = []
    for unit in reversed(units):
        if unit.reason is not None:
            continue
        if unit.kind != "paragraph" or not _in_italic(_squeezed(unit.text), italic):
            break
        notes.append(unit)
    else:
        return  # nothing in plain type before them: the article itself is set in italics
    words = sum(len(unit.text.split()) for unit in notes)
    if len(notes) <= NOTES_AT_END and words <= NOTES_MAX_WORDS:
        for unit in notes:
            unit.reason = ITALIC_NOTE


PREFIX_MIN_WORDS = 4
"""Words at least of a paragraph read as the opening of a block in italics (``_in_italic``)."""


def _in_italic(text: str, italic: frozenset[str]) -> bool:
    """Whether the paragraph is a block in italics, or its opening when the rest of it was
    dropped already ("Don't let yourself miss an ounce of Pixel magic.", the newsletter pitch
    after it in the same italics dropped as a newsletter's)."""
    if text in italic:
        return True
    opening = text + " "
    return len(text.split()) >= PREFIX_MIN_WORDS and any(
        block.startswith(opening) for block in italic
    )
