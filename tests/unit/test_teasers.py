"""Teasers of other articles in a saved page (a headline that links away, a line of summary)
stay out of the article and are listed as dropped."""

from __future__ import annotations

import time
from pathlib import Path

from lxml import html

from mkdocs_claimdiff.sources.chrome_rules import TEASER
from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.teasers import teaser_texts

from .test_html import PARAGRAPHS, news_page, write

TEASERS = [
    (
        "Storm closes mountain pass for a second day",
        "Snow and high winds kept the pass shut on Tuesday as crews worked to clear drifts, "
        "the transport agency said.",
    ),
    (
        "City council approves new budget",
        "The council voted seven to two on Monday night to approve a budget that raises "
        "spending on parks and roads.",
    ),
    (
        "Museum returns stolen painting",
        "A painting stolen forty years ago was handed back to the museum on Friday after it "
        "turned up at an auction house.",
    ),
    (
        "Local team wins cup final",
        "The home side scored twice in the last ten minutes to win the cup final in front of "
        "a record crowd on Saturday.",
    ),
]


def teaser_items(teasers: list[tuple[str, str]], href: str = "/news/{n}.html") -> str:
    return "".join(
        f'<div class="card"><h3><a href="{href.format(n=n)}">{headline}</a></h3>'
        f"<p>{summary}</p></div>"
        for n, (headline, summary) in enumerate(teasers)
    )


def page_with(items: str) -> str:
    """The news page with ``items`` inside its article, after the article's text, where an
    extractor keeps some of them."""
    return news_page().replace("<aside", f"<div>{items}</div><aside")


def test_a_stream_of_teasers_in_the_article_is_dropped_and_listed(tmp_path: Path) -> None:
    page = page_with(teaser_items(TEASERS))
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    summaries = {summary for _, summary in TEASERS}
    assert article.removed
    assert all(entry.text in summaries and entry.reason == TEASER for entry in article.removed)
    lines = page.splitlines()
    for entry in article.removed:  # listed at the line of the page it stands on
        assert entry.text in lines[entry.line - 1]


def test_teasers_are_found_by_their_shape_whatever_they_say() -> None:
    tree = html.fromstring(f"<html><body><main>{teaser_items(TEASERS)}</main></body></html>")
    assert teaser_texts(tree) == {text for pair in TEASERS for text in pair}


def test_two_linked_headlines_are_no_list_of_teasers() -> None:
    tree = html.fromstring(f"<html><body><main>{teaser_items(TEASERS[:2])}</main></body></html>")
    assert teaser_texts(tree) == frozenset()


def test_headings_that_link_within_the_page_are_no_teasers() -> None:
    tree = html.fromstring(
        f"<html><body><main>{teaser_items(TEASERS, href='#part-{n}')}</main></body></html>"
    )
    assert teaser_texts(tree) == frozenset()


def test_sections_under_linked_headings_are_the_articles_own(tmp_path: Path) -> None:
    """A heading may link to its source (a report, a bill); the paragraphs under it, longer
    than a teaser's line or two, are the article's."""
    sections = [(headline, " ".join([summary] * 6)) for headline, summary in TEASERS]
    page = page_with(teaser_items(sections))  # about 110 words under each heading
    assert teaser_texts(html.fromstring(page)) == frozenset()
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    body = [article.block_text(block) for block in article.blocks]
    assert body[: len(PARAGRAPHS)] == PARAGRAPHS
    assert [text for _, text in sections if text in body]
    assert article.removed == ()


def test_finding_teasers_costs_time_in_proportion_to_the_page() -> None:
    """Every paragraph and headline is looked at a few levels up, never across the page: a
    page of many headlines in one container costs no more per element than a small one."""

    def seconds(items: int) -> float:
        cards = "".join(
            f'<h3><a href="/n/{n}">Headline {n}</a></h3><p>Line {n} of the summary.</p>'
            for n in range(items)
        )
        tree = html.fromstring(f"<html><body><div>{cards}</div></body></html>")
        start = time.process_time()
        teaser_texts(tree)
        return time.process_time() - start

    seconds(500)  # warm up
    small, large = min(seconds(2_000) for _ in range(3)), min(seconds(8_000) for _ in range(3))
    assert large < 8 * small
