"""Links to other pages that a saved page lists under a label or sets apart by bars, and the
headlines of other articles it prints as paragraphs (issue 14): none of them is a claim."""

from __future__ import annotations

from pathlib import Path

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.model import Article
from mkdocs_claimdiff.sources.chrome_lists import LISTED_LINK
from mkdocs_claimdiff.sources.discover import read_article
from tests.unit.test_html import PARAGRAPHS, news_page, write

TEASERS = [
    "Ken Griffin says Miami will take New York's place as the financial capital.",
    "This startup will let you become a landlord in just 10 minutes, and you need only $100.",
    "Elon Musk has reportedly bought 6,000 acres of land just outside of Austin.",
]


def page_with(inserted: str) -> str:
    """A news page with ``inserted`` (markup) between its second and third paragraphs."""
    marker = "INSERTED-HERE"
    page = news_page(paragraphs=[*PARAGRAPHS[:2], marker, *PARAGRAPHS[2:]])
    return page.replace(f"<p>{marker}</p>", inserted)


def read(tmp_path: Path, inserted: str) -> Article:
    return read_article(write(tmp_path, "page.html", page_with(inserted)), "story")


def claim_texts(article: Article) -> list[str]:
    """The claims of the article's body, in order (its title is a claim of its own)."""
    return [claim.text for claim in extract_claims(article) if claim.role == "body"]


def kinds(article: Article) -> dict[str, str]:
    """The kind of each block the article page shows, by its text."""
    return {article.block_text(block): block.kind for block in article.blocks}


def removed(article: Article) -> dict[str, str]:
    return {line.text: line.reason for line in article.removed}


def test_a_list_under_a_label_of_links_is_no_claim_and_is_listed_as_dropped(
    tmp_path: Path,
) -> None:
    items = "".join(f"<li><p>{teaser}</p></li>" for teaser in TEASERS)
    article = read(tmp_path, f"<h2>Don't Miss:</h2><ul>{items}</ul>")
    claims = claim_texts(article)
    for teaser in TEASERS:
        assert teaser not in article.body
        assert removed(article)[teaser] == LISTED_LINK
    assert all(paragraph in claims for paragraph in PARAGRAPHS)  # the text after the list too


def test_a_list_under_a_heading_of_the_article_stays_its_text(tmp_path: Path) -> None:
    items = "".join(f"<li><p>{teaser}</p></li>" for teaser in TEASERS)
    article = read(tmp_path, f"<h2>What we know so far</h2><ul>{items}</ul>")
    claims = claim_texts(article)
    assert all(teaser in claims for teaser in TEASERS)
    assert not any(reason == LISTED_LINK for reason in removed(article).values())


def test_a_line_of_links_set_apart_by_bars_is_shown_as_a_label_but_a_table_row_stays(
    tmp_path: Path,
) -> None:
    """Shown in place, no claim: a line of election results is set out the same way."""
    line = "TEAM RANKINGS: Comprehensive ranking | High school ranking | Transfer portal ranking"
    table = (
        "<table><tr><th>City</th><th>Dead</th><th>Injured</th></tr>"
        "<tr><td>Damascus</td><td>12</td><td>40</td></tr></table>"
    )
    article = read(tmp_path, f"<p>{line}</p>{table}")
    assert kinds(article)[line] == "label"
    assert line not in claim_texts(article)
    assert "Damascus | 12 | 40" in article.body


def test_a_sentence_with_bars_in_it_is_no_line_of_links(tmp_path: Path) -> None:
    sentence = "The vote went 12 | 8 | 3 in the first round, officials said on Sunday."
    article = read(tmp_path, f"<p>{sentence}</p>")
    assert sentence in claim_texts(article)


def test_the_headline_of_another_article_is_shown_as_a_label_not_a_claim(
    tmp_path: Path,
) -> None:
    headline = (
        "Congress Widens Investigation into Harvard to Include Plagiarism Allegations Against "
        "President Claudine Gay"
    )
    unfinished = (
        "Rebels said the city had fallen and that the government forces had fled to the coast "
        "overnight without a fight"
    )
    article = read(tmp_path, f"<p>{headline}</p><p>{unfinished}</p>")
    assert kinds(article)[headline] == "label"
    assert headline not in claim_texts(article)
    assert (
        kinds(article)[unfinished] == "paragraph"
    )  # a sentence in lower case, only its stop missing


def test_a_scrape_saved_as_text_drops_the_list_under_a_label_of_links_too(
    tmp_path: Path,
) -> None:
    items = "\n".join(f"- {teaser}" for teaser in TEASERS)
    text = f"Assad flees\n\n{PARAGRAPHS[0]}\n\nRead next:\n\n{items}\n\n{PARAGRAPHS[1]}\n"
    article = read_article(write(tmp_path, "scrape.txt", text), "story")
    assert claim_texts(article) == PARAGRAPHS[:2]
    assert [reason for text, reason in removed(article).items() if "Musk" in text] == [LISTED_LINK]


def test_a_list_under_a_label_other_lists_have_too_stays_its_text(tmp_path: Path) -> None:
    """Found by reviews (helper-181, helper-182): "Related charges:", "Recommended:" (a health
    agency's advice) head the article's own facts as often as links."""
    items = "".join(f"<li>{teaser}</li>" for teaser in TEASERS)
    for label in (
        "Related charges:",
        "See also:",
        "Watch:",
        "Recommended:",
        "Key facts:",
    ):
        article = read(tmp_path, f"<h2>{label}</h2><ul>{items}</ul>")
        assert all(teaser in claim_texts(article) for teaser in TEASERS), label


def test_lines_of_scores_and_prices_set_apart_by_bars_stay(tmp_path: Path) -> None:
    """Found by a review (helper-181): a line of results gives a figure in every piece."""
    scores = "Saturday's results: Yankees 5, Red Sox 3 | Mets 2, Phillies 1 | Cubs 7, Cardinals 4"
    article = read(tmp_path, f"<p>{scores}</p>")
    assert scores in article.body  # shown where it stands, as a short line of figures was
    assert not article.removed


def test_a_line_in_capitals_or_a_list_of_names_is_no_headline(tmp_path: Path) -> None:
    """Found by a review (helper-181): a warning in capitals and a list of nominees state
    something."""
    warning = (
        "THE NATIONAL WEATHER SERVICE HAS ISSUED A TORNADO WARNING FOR DALLAS COUNTY UNTIL 9 PM"
        " CENTRAL TIME"
    )
    nominees = (
        "Nominees for Best Picture: Oppenheimer, Barbie, Poor Things, Killers of the Flower Moon,"
        " The Zone of Interest"
    )
    actresses = (
        "Nominees for Best Actress: Lily Gladstone; Emma Stone; Sandra Hüller; Carey Mulligan;"
        " Annette Bening"
    )
    article = read(tmp_path, f"<p>{warning}</p><p>{nominees}</p><p>{actresses}</p>")
    shown = kinds(article)
    assert shown[warning] == shown[nominees] == shown[actresses] == "paragraph"
