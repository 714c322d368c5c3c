"""Credits and plugs that end a news page (who reported or styled it, where a science story's
material came from, a label and a bare link, a free guide to sign up for) are chrome, dropped and
listed with their reason; sentences of news that use the same words are article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.chrome import phrase_reason
from mkdocs_claimdiff.sources.chrome_credits import CREDITS, SOURCES
from mkdocs_claimdiff.sources.chrome_rules import AFTER_END
from mkdocs_claimdiff.sources.discover import read_article

from .test_html import PARAGRAPHS, news_page, write


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # lines the development pages of 2023 kept as claims that their truth text leaves out
        ("Story Source:", SOURCES),
        ("Journal Reference:", SOURCES),
        ("Cite This Page:", SOURCES),
        ("Materials provided by Harvard Medical School.", CREDITS),
        ("Original written by Catherine Caruso.", CREDITS),
        ("Stats courtesy of Synergy Sports and Sports Reference.", CREDITS),
        ("Russo reported from New York.", CREDITS),
        ("Pete Slover reported from Laredo and Gromer Jeffers from Albuquerque.", CREDITS),
        (
            "Contributing: Associated Press; Cybele Mayes-Osterman, Nikol Mudrova, and Minnah"
            " Arshad; USA TODAY",
            CREDITS,
        ),
        (
            "This episode was produced by Berly McCoy, edited by Rebecca Ramirez and fact checked"
            " by Brit Hanson.",
            CREDITS,
        ),
        ("The audio engineer was Josh Newell.", CREDITS),
        ("Styling: Ted Stafford.", CREDITS),
        ("Grooming: Sydney Sollod/The Wall Group.", CREDITS),
        ("AP college football: https://apnews.com/hub/college-football", "link to another article"),
        ("For more information: https://nasa.gov/scan", "link to another article"),
        (
            "For more information and to start planning your next trip to the United States,"
            " visit visittheusa.co.uk",
            "link to another article",
        ),
        ("For more, read How to Speed Up Your Slow Computer.", "link to another article"),
        ("See more from BLS here.", "link to another article"),
        ("Read more about humidifiers and congestion at MedlinePlus.", "link to another article"),
        ("Watch her TEDxBroadway Talk now:", "link to another article"),
        ("Buy tickets to Anyone But You here: BUY TICKETS", "link to another article"),
        ("And subscribe to stay up to date on the news you need.", "newsletter form"),
        (
            "Sign up for my free Pixel Academy e-course and discover tons of hidden features.",
            "newsletter form",
        ),
        (
            "Get CNBC's free Warren Buffett Guide to Investing, which distills the billionaire's"
            " No. 1 best piece of advice for regular investors.",
            "newsletter form",
        ),
    ],
)
def test_credits_and_plugs_that_end_a_page_are_chrome(line: str, reason: str) -> None:
    assert phrase_reason(line, "paragraph") == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Materials provided by the company showed the loss was larger than reported.",
        "The materials provided by the school were out of date, parents said.",
        "Police reported from the scene that two people were hurt.",
        "the reporter reported from Kyiv for a decade before she was expelled.",
        "Production: the plant's output fell by a third in March.",
        "Kaitlyn McCormick writes about community news for the Courier Post.",  # not the author
        "For more than a decade, she has led the charity.",
        "For more information, officials said, residents should call the city.",
        "Read more slowly, the report shows a different picture.",
        "Watch the skies tonight: the meteor shower peaks after midnight.",
        "Get free parking in the city centre on Sundays, the council said.",
        "The audio engineer who recorded the call testified on Monday.",
    ],
)
def test_news_sentences_with_the_same_words_are_article_text(sentence: str) -> None:
    assert phrase_reason(sentence, "paragraph") is None


def test_a_science_storys_trailer_is_dropped_and_listed_and_the_article_kept(
    tmp_path: Path,
) -> None:
    """ "Story Source:" ends the article: the credits and the citation after it go with it,
    each listed with its reason on the article's page; the article above it is all kept."""
    trailer = [
        "Story Source:",
        "Materials provided by Harvard Medical School.",
        "J. Doe, R. Roe. A study of things. Nature, 2023; 612 (7940): 1 DOI: 10.1038/x",
        "Cite This Page:",
    ]
    page = write(tmp_path, "a.html", news_page(paragraphs=[*PARAGRAPHS, *trailer]))
    article = read_article(page, "s")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert not any(line in article.body for line in trailer)
    listed = {removed.text: removed.reason for removed in article.removed}
    assert listed["Story Source:"] == SOURCES
    assert listed["Materials provided by Harvard Medical School."] == CREDITS
    assert listed[trailer[2]] == AFTER_END  # the citation: no rule of its own
