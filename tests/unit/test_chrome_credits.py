"""Credits and plugs that end a news page (who reported or styled it, where a science story's
material came from, a label and a bare link, a free guide to sign up for) are chrome, dropped and
listed with their reason; sentences of news that use the same words are article text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.chrome import phrase_reason
from mkdocs_claimdiff.sources.chrome_credits import CREDIT_RULES, CREDITS, LINK
from mkdocs_claimdiff.sources.discover import read_article

from .test_html import PARAGRAPHS, news_page, write


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # lines the development pages of 2023 kept as claims that their truth text leaves out
        ("Story Source:", CREDITS),
        ("Journal Reference:", CREDITS),
        ("Cite This Page:", CREDITS),
        ("Materials provided by Harvard Medical School.", CREDITS),
        ("Original written by Catherine Caruso.", CREDITS),
        ("Stats courtesy of Synergy Sports and Sports Reference.", CREDITS),
        ("Russo reported from New York.", CREDITS),
        ("Russo reported from Kyiv, Ukraine.", CREDITS),
        ("Production: Crawford & Co.", CREDITS),
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
        ("AP college football: https://apnews.com/hub/college-football", LINK),
        ("For more information: https://nasa.gov/scan", LINK),
        (
            "For more information and to start planning your next trip to the United States,"
            " visit visittheusa.co.uk",
            LINK,
        ),
        ("For more, read How to Speed Up Your Slow Computer.", LINK),
        ("See more from BLS here.", LINK),
        ("Read more about humidifiers and congestion at MedlinePlus.", LINK),
        ("Watch her TEDxBroadway Talk now:", LINK),
        ("Buy tickets to Anyone But You here: BUY TICKETS", LINK),
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
        # a round-up's signatures (development pages of 2023)
        ("Source: Feat Pictures' Twitter account via Kaori Nusantara", "credits of the article"),
        (
            "In order to give you the most up-to-date and accurate information possible, the data"
            " used to compile this article was sourced from Ford and other authoritative sources.",
            "credits of the article",
        ),
        ("Zack Zwiezen, staff writer", "byline"),
        ("Zack Zwiezen, staff writer.", "byline"),
        (
            "Materials provided by University of California - San Diego. Original written by"
            " Jane Roe.",
            "credits of the article",
        ),
        ("Jen Glennon, editor-in-chief", "byline"),
        ("Eric Schulkin, video lead", "byline"),
        # a paragraph of credits, each a sentence (development pages of 2023)
        (
            "Materials provided by Harvard Medical School. Original written by Catherine Caruso.",
            "credits of the article",
        ),
        (
            "Styling: Ted Stafford. Styling assistance: Rachel Tubbs. Grooming: Sydney Sollod/The"
            " Wall Group. Prop styling: Wooden Ladder. Production: Crawford & Co.",
            "credits of the article",
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
        # found by a review of the first version of these rules (helper-126)
        "For more than a year, investors have been waiting to see whether the Fed would cut rates.",
        "For more than a century, tourists have come to visit the falls.",
        "He reported from Vietnam, Beirut and Moscow.",
        "He reported from Vietnam.",
        "Reuters reported from Brussels on Tuesday that the deal had collapsed.",
        "Correspondents who reported from Mariupol described a city in ruins.",
        "The reporter reported from Kyiv for a decade before she was expelled.",
        "This report was produced by the Government Accountability Office at the request of"
        " senators.",
        "This story was reported by ProPublica in 2019 and led to a federal investigation.",
        "This article was written by an AI tool, the outlet admitted on Friday.",
        "The audio engineer was among those injured when the stage collapsed.",
        "The audio engineer was fired after the concert.",
        "Production: Output fell by a third in March.",
        "Production: Down 12 percent.",
        "Styling: Classic, with a modern twist.",
        "Watch for temperatures to dip well below.",
        "Watch what happens now.",
        "Buy tickets only from official sellers, police warned after dozens of fans were scammed.",
        "Buy tickets early, organisers warned.",
        "Users must subscribe to get access to the service, the company said.",
        # found by a second review (helper-127)
        "This story was reported by The Wall Street Journal and later confirmed by the White"
        " House.",
        "This episode was written by Vince Gilligan, who created the show.",
        "This piece was written by Bach and first performed in Leipzig in 1724.",
        "This podcast was produced by Spotify and has been downloaded 50 million times.",
        "Mr. Apple reported from Vietnam.",
        "Nobody reported from Gaza.",
        "Journalists reported from Gaza.",
        "Later, Gellhorn reported from Spain.",
        "For more information, see a doctor, the health ministry said.",
        "For more on the ruling, read the full opinion, which runs to 213 pages.",
        "Production: Halted.",
        "Get a free online course in first aid through the Red Cross, which has trained 2"
        " million people this year.",
        "Kaitlyn McCormick writes about community news for the Courier Post.",  # not the author
        "For more information, officials said, residents should call the city.",
        "Read more slowly, the report shows a different picture.",
        "Get free parking in the city centre on Sundays, the council said.",
        "The audio engineer who recorded the call testified on Monday.",
        "He named the victim as John Smith, a reporter.",
        "Source: the ministry said the fire was out.",
        "Police said the suspect, a writer",
        "Results: Rebels 3 | Government 1 | Draw 2. The count went on all night.",
    ],
)
def test_news_sentences_with_the_same_words_are_article_text(sentence: str) -> None:
    assert phrase_reason(sentence, "paragraph") is None


def test_a_science_storys_trailer_is_dropped_and_listed_and_the_article_kept(
    tmp_path: Path,
) -> None:
    """The headings and credits of a science story's trailer are dropped, each listed with
    its reason on the article's page; the article above them is all kept."""
    trailer = [
        "Story Source:",
        "Materials provided by Harvard Medical School. Note: Content may be edited for style"
        " and length.",
        "Cite This Page:",
    ]
    page = write(tmp_path, "a.html", news_page(paragraphs=[*PARAGRAPHS, *trailer]))
    article = read_article(page, "s")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert not any(line in article.body for line in trailer)
    listed = {removed.text: removed.reason for removed in article.removed}
    assert [listed.get(line) for line in trailer] == [CREDITS] * 3


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_a_trailer_heading_in_mid_article_takes_only_itself(tmp_path: Path, suffix: str) -> None:
    """A heading of a science story's trailer ends nothing: the paragraphs after it stay."""
    paragraphs = [PARAGRAPHS[0], "Journal Reference:", *PARAGRAPHS[1:]]
    if suffix == ".html":
        text = news_page(paragraphs=paragraphs)
    else:
        text = "Assad flees to Moscow\n\n" + "\n\n".join(paragraphs) + "\n"
    article = read_article(write(tmp_path, f"a{suffix}", text), "s")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert "Journal Reference:" not in article.body


def test_a_credit_ending_a_paragraph_is_split_off_it_and_dropped(tmp_path: Path) -> None:
    """A plug that ends a paragraph of news goes, the news before it stays; a sentence that
    only opens alike stays whole."""
    plug = "For more information, visit the county's website."
    news = "For more than a century, tourists have come to visit the falls."
    paragraphs = [f"{PARAGRAPHS[0]} {plug}", f"{PARAGRAPHS[1]} {news}", *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "a.html", news_page(paragraphs=paragraphs)), "s")
    assert PARAGRAPHS[0] in article.body
    assert plug not in article.body
    assert f"{PARAGRAPHS[1]} {news}" in article.body
    assert {removed.text: removed.reason for removed in article.removed}[plug] == LINK


@pytest.mark.parametrize(
    "opening",
    [
        "Materials provided by ",
        "Russo reported from ",
        "This episode was produced by ",
        "Additional reporting by ",
        "Styling: Aa ",
    ],
)
@pytest.mark.parametrize("unit", ["And ", "Aaa And ", "A" + "b" * 2_000 + " ", "Aa & "])
def test_a_credit_line_of_many_name_words_is_judged_fast(opening: str, unit: str) -> None:
    """The general check of every pattern's time (``test_linear_patterns``) never reaches the
    names after a credit's opening words. A name word "And" read as the joining "and" too
    doubled the ways to fail with each one (16 ms for 40, 8 ms with the name words read
    possessively, which Python 3.10 cannot compile; about 1 ms now)."""
    for tail in ("x", "!!", ", x said"):
        line = opening + unit * 40 + tail
        seconds = []
        for _ in range(3):  # the best of three: a moment of load is no slow pattern
            started = time.perf_counter()
            for rule in CREDIT_RULES:
                rule.pattern.search(line)
            seconds.append(time.perf_counter() - started)
        assert min(seconds) < 0.008


def test_a_list_of_names_and_trades_is_news(tmp_path: Path) -> None:
    """Found by a review: a signature line is a byline, but a list of the journalists a story
    names ("Hamza Dahdouh, photographer") is what it says."""
    names = ["Hamza Dahdouh, photographer", "Shireen Abu Akleh, correspondent"]
    items = "".join(f"<li>{name}</li>" for name in names)
    page = news_page(paragraphs=[*PARAGRAPHS, f"</p><ul>{items}</ul><p>{PARAGRAPHS[0]}"])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [entry.text for entry in article.removed if entry.text in names] == []
