"""What a reader sees of a page's references, notes, labels and lines without words (issue 14):
shown where the page has them, in grey with why, never a claim, and never matched with another
page's."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.claims.sentences import split_sentences
from mkdocs_claimdiff.model import Article, Story
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.render import default_environment, render_article
from mkdocs_claimdiff.pipeline import compare_story
from mkdocs_claimdiff.sources.discover import read_article

from ..conftest import Links
from .test_html import PARAGRAPHS, news_page, write

CITATIONS = [
    '^ Lawler, Kelley (6 June 2014). "Why Edge of Tomorrow flopped". USA Today. '
    "Retrieved 6 July 2017.",
    '^ a b "Population clock". Statistics New Zealand. Retrieved 14 April 2016.',
    "^ Smith, J. A. (2009). On loops. Journal of Time 27 (11/12): 123.",
]

OTHER_CITATIONS = [
    '^ Hartl, John (September 3, 1998). "Run Lola Run". The Seattle Times. Retrieved 1 May 2016.',
    '^ "Mozilla.org WHOIS". DomainTools. Archived from the original on 13 May 2011.',
    "^ Jones, B. A. (2009). On matrices. Journal of Algebra 27 (11/12): 124.",
]


def page_with(tmp_path: Path, name: str, extra: str, paragraphs: list[str] = PARAGRAPHS) -> Path:
    """A news page whose article ends in ``extra`` (raw HTML after its paragraphs)."""
    return write(tmp_path, name, news_page(paragraphs=[*paragraphs, f"</p>{extra}<p>"]))


def references(citations: list[str], heading: str = "References[edit]") -> str:
    items = "".join(f"<li>{citation}</li>" for citation in citations)
    return f"<h2>{heading}</h2><ol class='references'>{items}</ol>"


def claim_texts(article: Article) -> list[str]:
    return [claim.text for claim in extract_claims(article) if claim.role == "body"]


def article_page(article: Article) -> BeautifulSoup:
    comparison = compare_story(Story("s", "S", (article,)), AlignOptions.create())
    (entry,) = comparison.articles
    html = render_article(default_environment(), comparison, entry, Links())
    return BeautifulSoup(html, "html.parser")


def test_a_references_section_is_shown_in_grey_and_makes_no_claim(tmp_path: Path) -> None:
    """The entries under "References" stay on the article's page, where the page has them, in
    grey with why they make no claim; none of their pieces ("Retrieved 6 July 2017.",
    "A. (2009).") is a claim, and the article's own sentences all are."""
    article = read_article(page_with(tmp_path, "wiki.html", references(CITATIONS)), "x")
    assert [article.block_text(block) for block in article.blocks] == [
        *PARAGRAPHS,
        "References[edit]",
        *CITATIONS,
    ]
    assert claim_texts(article) == PARAGRAPHS
    page = article_page(article)
    shown = page.select(".cd-body .cd-block-reference")
    assert [block.get_text() for block in shown] == CITATIONS
    assert all(block["title"] == "No claim: a reference or note of the article" for block in shown)
    assert not page.select(".cd-block-reference .cd-sentence")
    key = page.select_one(".cd-unclaimed-key")
    assert key is not None and "3 references or notes of the article" in key.get_text()


def test_a_notes_section_ends_at_the_next_heading_of_the_article(tmp_path: Path) -> None:
    """Notes in the middle of a page are references until the next heading that names no list
    of sources: the article's paragraphs under it are claims again."""
    extra = (
        references(CITATIONS[:1], heading="Notes and references:")
        + f"<h2>Aftermath</h2><p>{PARAGRAPHS[0]}</p>"
    )
    article = read_article(page_with(tmp_path, "notes.html", extra, PARAGRAPHS[1:]), "x")
    kinds = [(block.kind, article.block_text(block)) for block in article.blocks]
    assert kinds[-4:] == [
        ("heading", "Notes and references:"),
        ("reference", CITATIONS[0]),
        ("heading", "Aftermath"),
        ("paragraph", PARAGRAPHS[0]),
    ]
    assert claim_texts(article) == [*PARAGRAPHS[1:], PARAGRAPHS[0]]


def test_citations_without_a_references_heading_make_no_claim(tmp_path: Path) -> None:
    """A wiki's notes opened by the caret of their back link, or a list of sources with access
    dates, are citations whatever heads them; prose that retrieves something stays a claim."""
    prose = "Divers retrieved 12 bodies from the river on Monday, police said."
    sources = [
        CITATIONS[0],
        '"Kremlin grants asylum". TASS. Retrieved December 8, 2024.',
        "Archived from the original on 13 May 2011.",
    ]
    items = "".join(f"<li>{source}</li>" for source in sources)
    extra = f"<p>{prose}</p><h2>Reading</h2><ul>{items}</ul>"
    article = read_article(page_with(tmp_path, "cited.html", extra), "x")
    assert claim_texts(article) == [*PARAGRAPHS, prose]
    assert [b.kind for b in article.blocks if article.block_text(b) in sources] == ["reference"] * 3


def test_a_line_without_words_is_shown_in_its_place_but_is_no_claim(tmp_path: Path) -> None:
    """Lines such as "[3]", "4,699,755" and "27 (11/12): 123." state nothing: no claim, no
    match with another page's figures. They stay where the page has them, in grey with why (an
    infobox's population is a figure a reader looks for there), and nothing is dropped."""
    wordless = ["[3]", "4,699,755", "27 (11/12): 123."]
    paragraphs = [PARAGRAPHS[0], *wordless, *PARAGRAPHS[1:]]
    article = read_article(write(tmp_path, "forum.html", news_page(paragraphs=paragraphs)), "x")
    assert claim_texts(article) == PARAGRAPHS
    assert [article.block_text(block) for block in article.blocks] == paragraphs
    assert not [entry for entry in article.removed if entry.text in wordless]
    page = article_page(article)
    shown = page.select(".cd-body .cd-block-label")
    assert [block.get_text() for block in shown] == wordless
    assert all(
        block["title"] == "No claim: a label, a figure or a table row that states nothing"
        for block in shown
    )


def test_table_rows_of_figures_are_shown_but_a_row_that_states_something_is_a_claim(
    tmp_path: Path,
) -> None:
    """A row of names and figures ("3 | Christchurch | Canterbury | 404,500") and a field of a
    word or two ("Wellington") are data: shown in grey, no claim, so a year or a population
    matches no other page's. A row whose cell is a sentence says something and stays a claim."""
    rows = [
        ("Rank", "City", "Region", "Population"),
        ("3", "Christchurch", "Canterbury", "404,500"),
        ("The Endless", "2017", "Two brothers return to a cult that is stuck in a time loop.[3]"),
    ]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    extra = f"<table>{table}</table><p>Wellington</p>"
    article = read_article(page_with(tmp_path, "table.html", extra), "x")
    kinds = {article.block_text(block): block.kind for block in article.blocks}
    assert kinds["Rank | City | Region | Population"] == "label"
    assert kinds["3 | Christchurch | Canterbury | 404,500"] == "label"
    assert kinds["Wellington"] == "label"
    film = " | ".join(rows[2])
    assert claim_texts(article) == [*PARAGRAPHS, film]
    page = article_page(article)
    labels = page.select(".cd-body .cd-block-label")
    assert len(labels) == 3
    key = page.select_one(".cd-unclaimed-key")
    assert (
        key is not None and "3 labels, figures or table rows that state nothing" in key.get_text()
    )
    assert labels[0]["title"] == "No claim: a label, a figure or a table row that states nothing"


def test_a_short_paragraph_without_sentence_punctuation_is_shown_but_makes_no_claim(
    tmp_path: Path,
) -> None:
    """A subheading set in bold, a field, a caption ("An overlooked brain region", "Size:
    6-foot-8, 216 lbs"): up to twelve words and no sentence's stop. Read as claims, such lines
    matched other outlets' subheadings (development pages of 2023). A list's item of three
    words ("Five people died") stays a claim, and so does a paragraph of thirteen words, or one
    with a sentence inside ("… north of Detroit. (CNN News Article)")."""
    labels = ["An overlooked brain region", "Size: 6-foot-8, 216 lbs"]
    inside = "The office is 15 miles north of Detroit. (CNN News Article)"
    prose = "Rebels said they had taken the airport on Sunday without a fight, residents said"
    extra = (
        "".join(f"<p>{text}</p>" for text in [*labels, prose, inside])
        + "<ul><li>Five people died</li></ul>"
    )
    article = read_article(page_with(tmp_path, "labels.html", extra), "x")
    kinds = {article.block_text(block): block.kind for block in article.blocks}
    assert [kinds[text] for text in labels] == ["label", "label"]
    assert claim_texts(article) == [
        *PARAGRAPHS,
        prose,
        "The office is 15 miles north of Detroit.",
        "(CNN News Article)",
        "Five people died",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Kanzler sagte: „Wir stehen an der Seite der Ukraine.“",
        "هل ستنجح المفاوضات؟",
        "Police said the suspect fled on foot (no one was hurt)",
        "The team won the title 🏆",
        '"We will not give up —"',
        "Wellington is the capital of New Zealand.<sup>[1]</sup>",
    ],
)
def test_a_short_sentence_without_a_latin_stop_stays_a_claim(tmp_path: Path, text: str) -> None:
    """Found by a second review: a sentence ending in a quote, a bracket, an emoji, a footnote
    mark or another script's stop is no label."""
    article = read_article(page_with(tmp_path, "short.html", f"<p>{text}</p>"), "x")
    assert [block.kind for block in article.blocks][len(PARAGRAPHS) :] == ["paragraph"]


def test_a_short_paragraph_of_a_markdown_article_is_a_claim(tmp_path: Path) -> None:
    """A Markdown article is the user's own: a paragraph without a stop is a claim as written."""
    path = tmp_path / "story" / "mine.md"
    path.parent.mkdir()
    path.write_text(
        "---\ntitle: Mine\n---\n\nStocks fell 3% on Monday after the announcement\n",
        encoding="utf-8",
    )
    article = read_article(path, "story")
    assert claim_texts(article) == ["Stocks fell 3% on Monday after the announcement"]


def test_the_references_of_unrelated_pages_match_nothing(tmp_path: Path) -> None:
    """Two unrelated pages, each ending in its references: before, "Retrieved 6 July 2017."
    matched "Retrieved 1 May 2016." and "A. (2009)." matched "A. (2009).", thousands of times
    on five wiki pages. Now the references make no claims to match."""
    first = read_article(page_with(tmp_path, "a.html", references(CITATIONS), PARAGRAPHS[:2]), "s")
    second = read_article(
        page_with(tmp_path, "b.html", references(OTHER_CITATIONS), PARAGRAPHS[2:]), "s"
    )
    comparison = compare_story(Story("s", "S", (first, second)), AlignOptions.create())
    texts = {claim.id: claim.text for entry in comparison.articles for claim in entry.claims}
    matched = [[texts[claim_id] for claim_id in match.claims] for match in comparison.matches]
    assert not [pair for pair in matched if any("Retrieved" in text for text in pair)]
    assert not [pair for pair in matched if any("(2009)" in text for text in pair)]


def test_a_footnote_mark_after_a_stop_belongs_to_its_sentence() -> None:
    """A footnote mark set apart after a sentence ("… in a time loop. [3]") was a claim "[3]"
    of its own, which matched every other "[3]"; it closes the sentence it follows."""
    text = "They relive the day. [3] Then it ends. [n 4]"
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "They relive the day. [3]",
        "Then it ends. [n 4]",
    ]
