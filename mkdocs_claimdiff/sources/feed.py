"""One article of a page that holds several: the next stories a news site loads as one scrolls.

Many news sites load the next articles under the one a reader opened, each in an ``<article>``
of its own with an ``<h1>`` of its own; a page saved after scrolling holds them all, and the
extractor reads them as one article (a development page: its story of 474 words read with nine
others, 3,805 words), whose claims then stand in a story they are not about. The page's own
title (``og:title``, else the ``<title>`` in its head) names the article the page is: when it
names the headline of exactly one of several such articles, and that article has text of its
own (``MIN_ARTICLE_WORDS``), the others are taken out before extraction, each listed with the
lines dropped from the article by its headline, its length and the line of its headline. A page
whose title names none of them or more than one (a title cut short names a longer headline by
its words, a site's name heading a promotion is named by a title ending in it) is left whole.
"""

from __future__ import annotations

import re
from typing import Any

from .outlets import TITLE_SEPARATORS

MIN_HEADLINE_WORDS = 3
"""A headline must have this many words to be found inside a longer page title ("Obituaries"
is in many titles; "Someone Called the Cops to a Massachusetts School" in one)."""

MIN_SEGMENT_WORDS = 2
"""A part of the title between separators ("Assad flees | The Daily Example") names a longer
headline that holds it from this many words: a title cut short still names its article."""

MIN_ARTICLE_WORDS = 100
"""Words of text the named article must hold besides its headline: an ``<article>`` that is a
promotion under the site's name is never kept in place of the story."""

MAX_TITLE_CHARACTERS = 1_000
"""A page title longer than this names no article: the title is compared with every headline,
and a page of thousands of headed articles under a title of a megabyte would take minutes."""

OTHER_ARTICLE = "another article the page holds (the page's title names this one)"

_WORDS = re.compile(r"\w+")


def drop_other_articles(tree: Any) -> tuple[tuple[str, int], ...]:
    """Take out of ``tree`` the headed articles its title does not name, when it names one;
    each as its headline and length (what a reader sees listed) and the line of its headline."""
    headlines: dict[Any, tuple[Any, list[str]]] = {}  # each article's own first <h1> and words
    for heading in tree.iter("h1"):  # one pass over the headings, however deep articles nest
        article = next(heading.iterancestors("article"), None)
        if article is not None and article not in headlines and (words := _headline_words(heading)):
            headlines[article] = (heading, words)
    if len(headlines) < 2:
        return ()
    title = _page_title(tree)
    if len(title) > MAX_TITLE_CHARACTERS:
        return ()
    whole = _squashed(title)
    parts = [part for part in map(_squashed, TITLE_SEPARATORS.split(title)) if part]
    named = [article for article, (_, words) in headlines.items() if _names(whole, parts, words)]
    if len(named) != 1 or _words(named[0]) < MIN_ARTICLE_WORDS + len(headlines[named[0]][1]):
        return ()
    kept, root = named[0], tree.getroottree().getroot()
    around = set(kept.iterancestors("article"))  # a wrapper of all the articles stays
    dropped = []
    for article, (heading, words) in headlines.items():
        if article is kept or article in around or article.getroottree().getroot() is not root:
            continue  # the one kept, a wrapper of it, or inside an article taken out already
        dropped.append((f"{' '.join(words)} ({_words(article)} words)", heading.sourceline or 1))
        article.drop_tree()
    return tuple(dropped)


def _headline_words(element: Any) -> list[str]:
    return "".join(element.itertext()).split()


def _words(element: Any) -> int:
    return sum(len(chunk.split()) for chunk in element.itertext())


def _page_title(tree: Any) -> str:
    for title in (
        *tree.xpath('//meta[@property="og:title"]/@content'),
        *tree.xpath("//head/title"),
    ):
        text = title if isinstance(title, str) else "".join(title.itertext())
        if text.strip():
            return text
    return ""


def _names(whole: str, parts: list[str], headline: list[str]) -> bool:
    """Whether the page title (``whole``, squashed, and its ``parts`` between separators) is the
    headline, holds it (with the site's name around it), or is cut short of it (a part of the
    title that the headline holds)."""
    wanted = _squashed(" ".join(headline))
    if not whole or not wanted:
        return False
    if whole == wanted:
        return True
    if len(headline) >= MIN_HEADLINE_WORDS and f" {wanted} " in f" {whole} ":
        return True
    return any(
        len(part.split()) >= MIN_SEGMENT_WORDS and f" {part} " in f" {wanted} " for part in parts
    )


def _squashed(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))
