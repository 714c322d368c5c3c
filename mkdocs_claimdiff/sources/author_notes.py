"""Notes about the article's author under it: "Alexandra Canal is a Senior Reporter at Yahoo
Finance.", "Rose is a Senior Editor at ELLE overseeing features …".

A news page ends with a line on who wrote it. Read as a claim it is matched against the author
notes of other outlets, and it says nothing of the event. Its shape alone does not give it
away: "Evan Gershkovich is a reporter for The Wall Street Journal" is a claim of a story about
him. What does is the byline: a paragraph that opens with the name of the page's own author
(or the author's first name), followed by what such a note says next ("is", "covers", "can be
reached"), is a note about the author, dropped and listed as chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chrome import Unit

AUTHOR_NOTE = "note about the author"

NOTE_WORDS = 60
"""An author's note is a sentence or two; a longer paragraph opening with the name is article
text (a profile of the author's own experience, say)."""

_NOTE_VERBS = (
    r"(?:is|was|has (?:been|written|covered|reported)|covers|writes|reports|joined"
    r"|can be reached|is based)\b"
)

_NOT_FIRST_NAMES = frozenset({"the", "a", "an", "by", "staff", "news", "editorial", "team"})
"""First words of bylines that name no person ("The Daily Journal", "Staff reporter")."""


def mark_author_notes(units: Sequence[Unit], author: object) -> None:
    """Label the paragraphs that open with the author's name and say who they are."""
    pattern = _note_pattern(author)
    if pattern is None:
        return
    for unit in units:
        if (
            unit.reason is None
            and unit.kind == "paragraph"
            and unit.words <= NOTE_WORDS
            and pattern.match(unit.text)
        ):
            unit.reason = AUTHOR_NOTE


def _note_pattern(author: object) -> re.Pattern[str] | None:
    """The opening of a note about ``author`` (a person's name of two to four words), with the
    full name (initials with or without their dot) or the first name alone."""
    if not isinstance(author, str):
        return None
    words = author.replace(".", " ").split()
    if not 2 <= len(words) <= 4 or words[0].casefold() in _NOT_FIRST_NAMES:
        return None
    if not all(word[:1].isupper() for word in words):
        return None
    full = r"\.?\s+".join(map(re.escape, words)) + r"\.?"
    names = [full]
    if len(words[0]) >= 3:
        names.append(re.escape(words[0]))
    return re.compile(rf"(?:{'|'.join(names)})\s+{_NOTE_VERBS}")
