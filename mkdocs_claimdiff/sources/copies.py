"""Copies of one article in a story folder: a file saved twice ("report.txt", "report
(1).txt") would count as a second outlet sharing every claim, and make the story look
corroborated by itself (helper-164's audit: 12 of a story's 29 shared rows)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Problem

COPY = "the same article as {other}: left out, as a copy would count as a second outlet"
"""A copy that declares its outlet or address as the other does: one article saved twice."""

SAME_TEXT = (
    "the same text as {other}, and neither names its outlet: counted as a second outlet that"
    " shares every claim; add `outlet:` to each, or delete the copy"
)
"""Two files of one text that name no outlet and no address: a copy, or two outlets that print
one wire story word for word. Both are kept, the user is told: only they can say which."""


SHORTEST_COPY = 200
"""Characters of text from which two files of one text that name no outlet are told about: one
line ("Drivers walked out.") is as often one brief that two outlets carry, and counts for little.
Files that name one outlet or address are copies whatever their length."""


def without_copies(articles: Sequence[Article], problems: list[Problem]) -> list[Article]:
    """The articles but the copies of one: the same text, title (its own, not one made of the
    file name), outlet, address, date and author. Of a file and its copies, the one of the
    shortest name is kept ("report.txt", not "report (1).txt"), in the order of the files; a
    copy is left out where the files declare an outlet or an address, else kept and named (two
    outlets may print one text; ``SHORTEST_COPY``). Each with a Problem naming the file kept."""
    copies: dict[tuple[object, ...], list[Article]] = {}
    for article in articles:
        title = article.title if article.titled else None
        key = (article.body, title, article.outlet, article.url, article.published, article.author)
        copies.setdefault(key, []).append(article)
    left_out: set[int] = set()
    for same in copies.values():
        kept = min(same, key=lambda article: len(article.path.name))
        declared = kept.outlet is not None or kept.url is not None
        for copy in same:
            if copy is kept or not copy.body or (not declared and len(copy.body) < SHORTEST_COPY):
                continue
            message = COPY if declared else SAME_TEXT
            # the kept file by name beside it, as given from another folder (``claimdiff compare``)
            other = kept.path.name if kept.path.parent == copy.path.parent else str(kept.path)
            problems.append(Problem(copy.path, message.format(other=other)))
            if declared:
                left_out.add(id(copy))
    return [article for article in articles if id(article) not in left_out]
