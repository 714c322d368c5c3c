"""Notices ending a paragraph of news, in every format an article is read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.discover import read_article

NEWS = (
    "Syrian President Bashar al-Assad has fled to Moscow with his family, Russian state media"
    " reported on Sunday, hours after rebel forces seized the capital Damascus and ended five"
    " decades of rule by his family."
)
NEXT = "The Kremlin said Russia had granted the family asylum on humanitarian grounds."
NOTICE = "Get The Watchlist delivered every Thursday."


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        (NOTICE, "newsletter form"),
        # a rule for a whole sentence of few words (development pages of 2023)
        ("Check out the exclusive photos above.", "photo gallery or video player"),
        ("Materials provided by Harvard Medical School.", "credits of the article"),
        ("Materials provided by the University of Michigan.", "credits of the article"),
        ("Click here to read our full analysis.", "link to another page"),
    ],
)
def test_a_notice_ending_a_paragraph_is_listed_on_its_line_and_the_news_stays(
    tmp_path: Path, notice: str, reason: str
) -> None:
    path = tmp_path / "scrape.txt"
    path.write_text(f"Assad flees\n\n{NEWS} {notice}\n\n{NEXT}\n", encoding="utf-8")
    article = read_article(path, "syria")
    assert [article.block_text(block) for block in article.blocks] == [NEWS, NEXT]
    assert [(entry.line, entry.text, entry.reason) for entry in article.removed][-1] == (
        3,
        notice,
        reason,
    )


def test_a_paragraph_hard_wrapped_over_lines_stays_whole(tmp_path: Path) -> None:
    """Its lines are what the article page lists, so a scrape's wrapped paragraph is not cut."""
    wrapped = f"{NEWS[:80]}\n{NEWS[80:]} {NOTICE}"
    path = tmp_path / "wrapped.txt"
    path.write_text(f"Assad flees\n\n{wrapped}\n\n{NEXT}\n", encoding="utf-8")
    article = read_article(path, "syria")
    assert NOTICE in article.block_text(article.blocks[0])


def test_a_question_leading_to_a_notice_goes_with_it(tmp_path: Path) -> None:
    """ "Want to keep up with breaking news? Subscribe to our email newsletter." is one plug."""
    plug = "Want to keep up with breaking news? Subscribe to our email newsletter."
    path = tmp_path / "scrape.txt"
    path.write_text(f"Assad flees\n\n{NEWS}\n\n{plug}\n\n{NEXT}\n", encoding="utf-8")
    article = read_article(path, "syria")
    assert [article.block_text(block) for block in article.blocks] == [NEWS, NEXT]
    assert (5, plug) in [(entry.line, entry.text) for entry in article.removed]
