"""One article of a page that holds several: the next stories a news site loads as one scrolls.

Many news sites load the next articles under the one a reader opened, each in an ``<article>``
of its own with an ``<h1>`` of its own; a page saved after scrolling holds them all, and the
extractor reads them as one article (a development page: its story of 474 words read with nine
others, 3,805 words), whose claims then stand in a story they are not about. The page's own
title (``og:title``, else ``<title>``) names the article the page is: when it names the
headline of exactly one of several such articles, the others are taken out before extraction.
A page whose title names none of them, or more than one, is left whole.
"""

from __future__ import annotations

import re
from typing import Any

MIN_HEADLINE_WORDS = 3
"""A headline must have this many words to be found inside a longer page title ("Obituaries"
is in many titles; "Someone Called the Cops to a Massachusetts School" in one)."""

OTHER_ARTICLE = "another article the page holds (the page's title names this one)"

_WORDS = re.compile(r"\w+")


def drop_other_articles(tree: Any) -> tuple[str, ...]:
    """Take out of ``tree`` the headed articles its title does not name, when it names one;
    their headlines, as the page writes them."""
    headlines: dict[Any, str] = {}  # each article's own first <h1>, not one of an inner article
    for heading in tree.iter("h1"):  # one pass over the headings, however deep articles nest
        article = next(heading.iterancestors("article"), None)
        if article is not None and article not in headlines:
            headlines[article] = " ".join("".join(heading.itertext()).split())
    headed = [(article, headline) for article, headline in headlines.items() if headline]
    if len(headed) < 2:
        return ()
    title = _page_title(tree)
    named = [article for article, headline in headed if _names(title, _squashed(headline))]
    if len(named) != 1:
        return ()
    kept = named[0]
    around = set(kept.iterancestors("article"))  # a wrapper of all the articles stays
    dropped = []
    for article, headline in headed:
        if article is not kept and article not in around and article.getparent() is not None:
            article.drop_tree()
            dropped.append(headline)
    return tuple(dropped)


def _page_title(tree: Any) -> str:
    for title in (*tree.xpath('//meta[@property="og:title"]/@content'), *tree.xpath("//title")):
        text = title if isinstance(title, str) else "".join(title.itertext())
        if text.strip():
            return _squashed(text)
    return ""


def _names(title: str, headline: str) -> bool:
    """Whether the page title is the headline, or holds it (with the site's name around it)."""
    if not title:
        return False
    if title == headline:
        return True
    return len(headline.split()) >= MIN_HEADLINE_WORDS and f" {headline} " in f" {title} "


def _squashed(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))
