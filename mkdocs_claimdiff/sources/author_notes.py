"""Notes about the article's author under it: "Alexandra Canal is a Senior Reporter at Yahoo
Finance.", "Adam Sennott covers courts for the Globe."

A news page ends with a line on who wrote it. Read as a claim it is matched against the author
notes of other outlets, and it says nothing of the event. Its shape alone does not give it
away: "Evan Gershkovich is a reporter for The Wall Street Journal" is a claim of a story about
him. What does is the byline and the place: one of the last paragraphs of the article that
opens with the full name of the page's own author, followed by what such a note says next
("is a", "covers", "can be reached"), is a note about the author, dropped and listed as chrome.
A first name alone is no sign ("Hope is fading for the miners" under Hope Yen's byline), nor is
a paragraph higher up ("Jane Roe is a name the court gave her, the documents show."), nor an
organisation's byline ("The Associated Press is the only news agency …" under its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chrome import Unit

AUTHOR_NOTE = "note about the author"

NOTE_WORDS = 60
"""An author's note is a sentence or two; a longer paragraph is article text."""

LAST_PARAGRAPHS = 3
"""The paragraphs of article text at its end among which an author's note stands."""

NAME_CHARACTERS = 60
"""The longest text taken for an author's name: a longer one is a block of text (or a page's
whole first line)."""

_NOT_A_PERSON = frozenset(
    "the news press staff team desk editors editorial agency reuters wire".split()
)
"""Words of bylines that name an organisation ("The Associated Press", "BBC News", "Staff
Reports"), which its own articles report as ("The Associated Press has reported …")."""

_NOTE = re.compile(
    r" (?:is (?:an?|the)\b|covers\b|writes\b|reports on\b|can be reached\b|joined\b"
    r"|has (?:covered|written)\b|has been (?:covering|writing|reporting)\b)"
)
"""What a note says right after the author's name (the text has single spaces by then)."""


def mark_author_notes(units: Sequence[Unit], author: object) -> None:
    """Label the last paragraphs that open with the author's full name and say who they are."""
    name = _person(author)
    if name is None:
        return
    body = [unit for unit in units if unit.reason is None and unit.kind == "paragraph"]
    for unit in body[-LAST_PARAGRAPHS:]:
        text = " ".join(unit.text.replace(".", " ").split())  # "L. Daniela" as "L Daniela"
        if unit.words <= NOTE_WORDS and text.startswith(name) and _NOTE.match(text, len(name)):
            unit.reason = AUTHOR_NOTE


def _person(author: object) -> str | None:
    """The author's name without dots and with single spaces ("L Daniela Alvarez"), as the
    paragraphs are compared, if it names a person: two to four capitalised words, none of an
    organisation's."""
    if not isinstance(author, str) or len(author) > NAME_CHARACTERS:
        return None
    words = author.replace(".", " ").split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return None
    if any(word.casefold() in _NOT_A_PERSON for word in words):
        return None
    return " ".join(words)
