"""Copies of one article in a story folder: a file saved twice ("report.txt", "report
copy.txt") would count as a second outlet sharing every claim, and make the story look
corroborated by itself (helper-164's audit: 12 of a story's 29 shared rows)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Problem

COPY = "the same article as {other}: left out, as a copy would count as a second outlet"
"""The message about a copy. Two outlets that print one wire story word for word give two
articles of different outlets (or addresses), which are kept: the page says one repeats the
other."""


def without_copies(articles: Sequence[Article], problems: list[Problem]) -> list[Article]:
    """The articles but the copies of one (the same text, title, outlet, address, date and
    author), each left out with a Problem naming the file kept: of a file and its copies, the
    one of the shortest name ("report.txt", not "report (1).txt"), in the order of the files."""
    copies: dict[tuple[object, ...], list[Article]] = {}
    for article in articles:
        key = (
            article.body,
            article.title,
            article.outlet,
            article.url,
            article.published,
            article.author,
        )
        copies.setdefault(key, []).append(article)
    left_out: set[int] = set()
    for same in copies.values():
        kept = min(same, key=lambda article: len(article.path.name))
        for copy in same:
            if copy is not kept and copy.body:
                left_out.add(id(copy))
                problems.append(Problem(copy.path, COPY.format(other=kept.path.name)))
    return [article for article in articles if id(article) not in left_out]
