"""Where in a saved page the text of a block stands: the article page lists the blocks dropped
as chrome by their line in the file."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")

SEARCH_WINDOW = 100_000
"""Characters of the page searched after the last block found: a block whose words an entity
splits is never found, and searching the rest of a 2 MB page for each of thousands of them
would take seconds; such a block is listed at line 1."""


_BODY = re.compile(r"<body\b", re.IGNORECASE)

_BETWEEN_WORDS = r"(?:[^\w<]|<[^<>]{0,300}>)+"
"""What may stand between two words of a block in the page: spaces, punctuation and tags
("Read more:</strong> <a href=...>Ferry", which the new-user audit of 2026-12-07 found listed at
line 1). No character is read by both alternatives, so the search stays linear."""


class LineFinder:
    """The line of the saved page where each dropped block's first words stand (1 if they
    cannot be found, as when an entity or a comment splits them); the article page lists
    dropped blocks by it.

    Blocks come in page order, so each search starts where the last one was found and lines
    are counted on from there: the page is read about once, however many blocks are dropped.
    """

    def __init__(self, page: str) -> None:
        self._page = page
        # From the <body>: a <head> of scripts and styles longer than SEARCH_WINDOW hid every
        # dropped block, listed as line 1 (the article page of a page with a 260 kB <head>).
        body = _BODY.search(page)
        self._position = body.start() if body else 0
        self._line = 1 + page.count("\n", 0, self._position)

    def line_of(self, text: str) -> int:
        words = _WORD.findall(text)[:3]
        if not words:
            return 1
        pattern = re.compile(_BETWEEN_WORDS.join(map(re.escape, words)))
        found = pattern.search(self._page, self._position, self._position + SEARCH_WINDOW)
        if not found:
            return 1
        self._line += self._page.count("\n", self._position, found.start())
        self._position = found.start()
        return self._line
