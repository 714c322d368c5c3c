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


@pytest.mark.parametrize(
    "last",
    [
        "“This is the hardest vote I have cast in eight years on this council,” Park said as"
        " the meeting ended shortly before midnight.",
        "„Wir werden im Januar einen neuen Antrag stellen“, kündigte Fraktionschef Raj Patel an.",
        "« Nous reviendrons à la charge en janvier », a promis l'élu d'opposition Raj Patel.",
        "– Będziemy walczyć o zmianę tej uchwały – zapowiedział radny Raj Patel.",
        "Update, 6:40 p.m.: Police said the suspect was arrested at a motel in Fresno.",
        "Dear neighbours, we will reopen the bridge as soon as the engineers allow it.",
        "You can’t solve a problem with the same thinking that created it (Albert Einstein)",
        "The greatest glory in living lies in rising every time we fall — Nelson Mandela",
        # helper-186's review: a fact an update adds, more reporting verbs, practical details
        "Update, 6:40 p.m.: The suspect was arrested at a motel in Fresno.",
        "The council will meet again in January, the mayor wrote on Facebook.",
        "Selon la préfecture, le pont restera fermé jusqu'à lundi.",
        "The documentary airs Sunday at 9 p.m. on PBS.",
    ],
)
def test_a_quote_a_report_a_letter_or_an_epigraph_in_italics_at_the_end_stays(
    tmp_path: Path, last: str
) -> None:
    """Italics that are news (helper-185's review): a closing quote, as sites that set quotes in
    italics print it, in English, German, French or Polish; an update that reports someone; a
    letter; an epigraph with its author."""
    article = read(tmp_path, [*PARAGRAPHS, f"<em>{last}</em>"])
    assert ITALIC_NOTE not in removed(article).values()


def test_a_statement_announced_by_a_colon_stays(tmp_path: Path) -> None:
    lead = "The company said in a statement:"
    statement = "<em>We are cooperating fully with the investigators of the crash.</em>"
    article = read(tmp_path, [*PARAGRAPHS, lead, statement])
    assert ITALIC_NOTE not in removed(article).values()


def test_italics_the_site_sets_for_a_kind_of_paragraph_stay(tmp_path: Path) -> None:
    """Practical details after each item of a listing, all in italics: the last one too."""
    details = [
        f"<em>Through Dec. {day} at the Lyric Opera House; tickets $36-$198.</em>"
        for day in (20, 27)
    ]
    paragraphs = [
        PARAGRAPHS[0],
        details[0],
        PARAGRAPHS[1],
        details[0].replace("20", "22"),
        PARAGRAPHS[2],
        details[1],
    ]
    article = read(tmp_path, paragraphs)
    assert ITALIC_NOTE not in removed(article).values()


def test_a_plain_last_paragraph_that_a_sidebar_prints_in_italics_stays(tmp_path: Path) -> None:
    sidebar = f'<div class="sidebar"><p><i>{PARAGRAPHS[-1]}</i></p></div>'
    article = read(tmp_path, [*PARAGRAPHS[:2], sidebar, *PARAGRAPHS[2:]])
    assert ITALIC_NOTE not in removed(article).values()
    assert PARAGRAPHS[-1] in claim_texts(article)


def test_a_body_wholly_in_italics_under_a_heading_stays(tmp_path: Path) -> None:
    """A poem under its title: a heading above is no article in plain type."""
    stanzas = [
        "The ferry crossed the bay in the cold of the morning.",
        "Ice gathered on its rails.",
    ]
    article = read(tmp_path, ["<h2>Winter Ferry</h2>", *(f"<em>{line}</em>" for line in stanzas)])
    assert ITALIC_NOTE not in removed(article).values()
    assert claim_texts(article) == stanzas


def test_a_markdown_paragraph_also_in_italics_in_a_list_stays(tmp_path: Path) -> None:
    article = markdown_article(tmp_path, f"- *{PITCH}*\n\n{PITCH}")
    assert ITALIC_NOTE not in removed(article).values()
    assert PITCH in claim_texts(article)


@pytest.mark.parametrize(
    "note",
    [
        # about the article itself, whoever it says said what
        "Correction: An earlier version of this story misquoted what the mayor said.",
        "Dear readers, our coverage of the election goes on tomorrow morning.",
    ],
)
def test_a_note_about_the_article_or_to_its_readers_is_a_note(tmp_path: Path, note: str) -> None:
    article = read(tmp_path, [*PARAGRAPHS, f"<em>{note}</em>"])
    assert removed(article)[note] == ITALIC_NOTE


def test_punctuation_outside_the_italics_leaves_a_note_in_italics(tmp_path: Path) -> None:
    note = "<em>The Booklist is a weekly newsletter for book lovers from our books editor</em>."
    article = read(tmp_path, [*PARAGRAPHS, note])
    assert claim_texts(article) == PARAGRAPHS


def test_stars_with_a_space_inside_are_no_italics(tmp_path: Path) -> None:
    article = markdown_article(tmp_path, f"*{PITCH} *")
    assert ITALIC_NOTE not in removed(article).values()
