"""Links to other pages that a site sets out as a list or a line, found by their shape around a
label the phrase rules already know: the list under a heading of links ("Read next:", "Don't
miss:") and a line of links set apart by bars ("Rankings: Team | Position | State").

Each item of such a list is a headline or a teaser sentence of another article, and the phrase
rules cannot know them by their words: "Elon Musk has reportedly bought 6,000 acres of land" is
news anywhere else. What gives them away is the label above them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chrome import Unit

LINK_LABEL_WORDS = 4
"""A label over a list of links is a word or a few ("Related", "Read next:", "More from CNN");
a longer line that a link rule matches is itself a teaser ("Read more: Police find the car"),
and the list after it, if any, is not its own."""

LINK_LABEL_REASONS = frozenset({"link to another article", "site navigation"})
"""The reasons of the phrase rules for labels of links to other pages."""

LISTED_LINK = "listed link to another article"

BAR = " | "
"""What stands between the links of a line of links, as sites write it."""

BAR_LINKS = 3
"""Links in a line set apart by bars, at least: "Team | Position | State"."""

BAR_LINK_WORDS = 8
"""Words of each link of such a line, at most: a name, not a sentence."""

BAR_LINE = "line of links"


def mark_link_lists(units: Sequence[Unit]) -> None:
    """Label the list items right under a label of links (``LINK_LABEL_REASONS``, at most
    ``LINK_LABEL_WORDS`` words), up to the first unit that is no list item, and the paragraphs
    that are lines of links (``_is_bar_line``). A table row is a list item whose cells the
    readers join by bars (``chrome_notes.CELL_SEPARATOR``), so lines of links are looked for
    in paragraphs and labels only."""
    under_label = False
    for unit in units:
        if unit.kind == "item":
            if under_label and unit.reason is None:
                unit.reason = LISTED_LINK
            continue
        under_label = unit.reason in LINK_LABEL_REASONS and unit.words <= LINK_LABEL_WORDS
        if unit.reason is None and _is_bar_line(unit.text):
            unit.reason = BAR_LINE


def _is_bar_line(text: str) -> bool:
    """Whether the text is ``BAR_LINKS`` or more short pieces set apart by bars, none of them
    ending as a sentence ends."""
    if text.count(BAR) < BAR_LINKS - 1:
        return False
    pieces = text.split(BAR)
    return all(
        0 < len(piece.split()) <= BAR_LINK_WORDS and not piece.rstrip().endswith((".", "!", "?"))
        for piece in pieces
    )
