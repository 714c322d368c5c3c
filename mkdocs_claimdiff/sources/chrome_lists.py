"""Links to other pages that a site sets out as a list or a line, found by their shape: the
list under a label that says they are links ("Read next:", "Don't miss:"), dropped and listed,
and a line of links set apart by bars ("Rankings: Team | Position | State"), shown as a label.

Each item of such a list is a headline or a teaser sentence of another article, and the phrase
rules cannot know it by its words: "Elon Musk has reportedly bought 6,000 acres of land" is
news anywhere else. What gives it away is the label above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..model import BlockKind


class Unit(Protocol):
    """What these rules read and set of a unit of a page's text (``chrome.Unit``, which
    imports this module)."""

    kind: BlockKind
    text: str
    reason: str | None


_LINK_LABEL = re.compile(
    r"(?:read (?:next|more|also)|also read|don['’]t miss|related (?:articles?|stories|news"
    r"|coverage|content|posts|reading|links)|you (?:may|might) also like|(?:lesen sie|lies)"
    r" (?:auch|mehr)"
    r"|mehr zum thema|das könnte (?:sie|dich) auch interessieren|(?:à )?lire aussi|sur le même"
    r" sujet|lee también|noticias relacionadas|leggi anche|potrebbe interessarti|lees ook"
    r"|czytaj (?:też|także|również|dalej)|zobacz (?:też|także|również)|polecamy)\s?[:»>|]?",
    re.IGNORECASE,
)
"""A label over a list of links to other articles, the whole of its line ("Read next:", "Don't
miss:", "Related stories"). A label that other lists have too ("Related", "Related charges:",
"See also:", "Recommended:", "Top stories", "More news from Syria:") heads the article's own
facts as often: a briefing's news, a health agency's recommendations."""

LISTED_LINK_WORDS = 40
"""Words of a listed link, at most: a headline or a teaser of a sentence or two."""

LISTED_LINK = "listed link to another article"

CELL_SEPARATOR = " | "
"""How the readers join the cells of a table row into one line (``extracted``, ``markdown``),
and what stands between the links of a line of links as sites write it."""

BAR_LINKS = 3
"""Links in a line set apart by bars, at least: "Team | Position | State"."""

BAR_LINK_WORDS = 8
"""Words of each link of such a line, at most: a name, not a sentence."""


_DIGIT = re.compile(r"\d")


def mark_link_lists(units: Sequence[Unit]) -> None:
    """Label the list items right under a label of links (``_LINK_LABEL``), up to the first
    unit that is no list item, and show the paragraphs that are lines of links
    (``_is_bar_line``) as labels: in place, no claim, since a line of election results may be
    set out the same way ("Labour gains Bolton North East | Conservatives hold Bexley | …").
    A table row is a list item whose cells the readers join by bars (``CELL_SEPARATOR``): it
    is neither a listed link nor a line of links."""
    under_label = False
    for unit in units:
        if unit.kind == "item":
            if under_label and unit.reason is None and _is_listed_link(unit.text):
                unit.reason = LISTED_LINK
            continue
        under_label = _LINK_LABEL.fullmatch(unit.text.strip()) is not None
        if unit.reason is None and _is_bar_line(unit.text):
            unit.kind = "label"


def _is_listed_link(text: str) -> bool:
    return CELL_SEPARATOR not in text and len(text.split()) <= LISTED_LINK_WORDS


def _is_bar_line(text: str) -> bool:
    """Whether the text is ``BAR_LINKS`` or more short pieces set apart by bars, none of them
    ending as a sentence ends, at most one with a figure: a line of scores, results or prices
    ("Yankees 5, Red Sox 3 | Mets 2, Phillies 1 | …") gives one in each piece, and a row of a
    table written in text opens and ends with a bar."""
    stripped = text.strip()
    if stripped.count(CELL_SEPARATOR) < BAR_LINKS - 1 or "|" in (stripped[0], stripped[-1]):
        return False
    pieces = stripped.split(CELL_SEPARATOR)
    return sum(1 for piece in pieces if _DIGIT.search(piece)) <= 1 and all(
        0 < len(piece.split()) <= BAR_LINK_WORDS and not piece.rstrip().endswith((".", "!", "?"))
        for piece in pieces
    )
