"""Notes a site sets apart in italics after an article's text (issue 14): an author's bio and
address, an editor's note, a pitch. They are dropped and listed; italics anywhere else, and an
article set in italics, stay the article's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.model import Article
from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.italic_notes import ITALIC_NOTE, NOTES_AT_END, italic_texts
from mkdocs_claimdiff.sources.page_tree import page_tree
from tests.unit.test_html import PARAGRAPHS, news_page, write

BIO = "Kaya Brandt reports on energy and climate for the national desk from Washington."
EDITED = "This story was updated on August 25 with the council's vote."
PITCH = "The commemorative print issue is on sale until December 19 at newsstands everywhere."


def read(tmp_path: Path, paragraphs: list[str]) -> Article:
    """A news page of ``paragraphs`` (markup allowed), read as a build reads it."""
    return read_article(write(tmp_path, "page.html", news_page(paragraphs=paragraphs)), "story")


def claim_texts(article: Article) -> list[str]:
    return [claim.text for claim in extract_claims(article) if claim.role == "body"]


def removed(article: Article) -> dict[str, str]:
    return {line.text: line.reason for line in article.removed}


@pytest.mark.parametrize(
    "notes",
    [
        [f"<em>{BIO}</em>"],
        [f"<i>{EDITED}</i>", f"<em>{PITCH}</em>"],
        # in two runs of italics, a link inside: still the whole paragraph
        [
            '<em>Got a tip on the council?</em> <em>Write to <a href="mailto:tips@example.com">'
            "our newsroom</a> any time.</em>"
        ],
    ],
)
def test_italic_paragraphs_after_the_article_are_notes_dropped_and_listed(
    tmp_path: Path, notes: list[str]
) -> None:
    article = read(tmp_path, [*PARAGRAPHS, *notes])
    claims = claim_texts(article)
    assert claims[: len(PARAGRAPHS)] == PARAGRAPHS
    assert len(claims) == len(PARAGRAPHS)
    for note in notes:
        text = " ".join(
            page_tree(f"<html><body><p>{note}</p></body></html>").text_content().split()
        )
        assert removed(article)[text] == ITALIC_NOTE


def test_a_note_before_lines_dropped_already_is_still_a_note(tmp_path: Path) -> None:
    article = read(tmp_path, [*PARAGRAPHS, f"<em>{BIO}</em>", "Share this article"])
    assert BIO not in " ".join(claim_texts(article))
    assert removed(article)[BIO] == ITALIC_NOTE


@pytest.mark.parametrize(
    "paragraphs",
    [
        # italics in the middle of the article: a quote, a title, a reader's letter
        [PARAGRAPHS[0], f"<em>{BIO}</em>", *PARAGRAPHS[1:]],
        # italics at the start: an advice column's question, a standfirst
        [f"<em>{BIO}</em>", *PARAGRAPHS],
        # a paragraph only partly in italics
        [*PARAGRAPHS, "Kaya Brandt reports on <em>energy and climate</em> for the national desk."],
        # more italic paragraphs at the end than notes run to: an epilogue, a poem
        [*PARAGRAPHS[:1], *(f"<em>{text}</em>" for text in PARAGRAPHS[1:])],
        # an italic paragraph longer than a note
        [*PARAGRAPHS, "<em>" + " ".join(PARAGRAPHS) + "</em>"],
    ],
)
def test_italics_elsewhere_stay_the_articles_text(tmp_path: Path, paragraphs: list[str]) -> None:
    article = read(tmp_path, paragraphs)
    assert ITALIC_NOTE not in removed(article).values()
    assert len(claim_texts(article)) >= len(paragraphs)


def test_an_article_set_wholly_in_italics_stays(tmp_path: Path) -> None:
    article = read(tmp_path, [f"<em>{text}</em>" for text in PARAGRAPHS[:NOTES_AT_END]])
    assert claim_texts(article) == PARAGRAPHS[:NOTES_AT_END]


def test_only_blocks_wholly_in_italics_are_read_as_italic() -> None:
    tree = page_tree(
        "<html><body><p><em>All of it.</em></p><p>Part <i>of it</i>.</p>"
        "<div><p>A paragraph</p><em>beside italics</em></div>"
        "<p><em>Outer <i>inner</i> words</em></p></body></html>"
    )
    assert italic_texts(tree) == {"All of it.", "Outer inner words"}


def markdown_article(tmp_path: Path, last: str) -> Article:
    body = "\n\n".join([*PARAGRAPHS, last])
    text = f"---\ntitle: Assad flees\noutlet: The Daily Example\n---\n\n{body}\n"
    return read_article(write(tmp_path, "page.md", text), "story")


@pytest.mark.parametrize("last", [f"*{PITCH}*", f"_{EDITED}_"])
def test_a_markdown_note_in_italics_after_the_article_is_dropped_at_its_line(
    tmp_path: Path, last: str
) -> None:
    article = markdown_article(tmp_path, last)
    assert claim_texts(article) == PARAGRAPHS
    (note,) = article.removed
    assert (note.text, note.reason, note.line) == (last[1:-1], ITALIC_NOTE, 6 + 2 * len(PARAGRAPHS))


PARTLY = PITCH.replace("The commemorative print issue", "*The commemorative print issue*")


@pytest.mark.parametrize("last", [f"**{PITCH}**", PARTLY, PITCH])
def test_a_markdown_paragraph_in_bold_or_partly_in_italics_stays(tmp_path: Path, last: str) -> None:
    article = markdown_article(tmp_path, last)
    assert claim_texts(article) == [*PARAGRAPHS, PITCH]


def test_a_pull_quote_in_italics_repeating_the_last_paragraph_leaves_it(tmp_path: Path) -> None:
    # in an aside, which the extractor leaves out: no repeated line for other rules to see
    quote = f'<aside class="pullquote"><p><em>{PARAGRAPHS[-1]}</em></p></aside>'
    article = read(tmp_path, [*PARAGRAPHS[:2], quote, *PARAGRAPHS[2:]])
    assert ITALIC_NOTE not in removed(article).values()
    assert claim_texts(article)[-1] == PARAGRAPHS[-1]


def test_the_opening_of_a_note_whose_pitch_was_dropped_already_is_a_note(tmp_path: Path) -> None:
    note = (
        "<em>Don't let yourself miss a single trick of your phone. Sign up for our free "
        '<a href="https://example.com/course">phone tips newsletter</a> and get tips.</em>'
    )
    article = read(tmp_path, [*PARAGRAPHS, note])
    assert claim_texts(article) == PARAGRAPHS
    assert removed(article)["Don't let yourself miss a single trick of your phone."] == ITALIC_NOTE
