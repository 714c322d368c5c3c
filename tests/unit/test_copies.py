"""A file saved twice in a story folder is one article (helper-164's audit: a copy counted as a
second outlet sharing every claim, 12 of a story's 29 shared rows)."""

from __future__ import annotations

from pathlib import Path

from mkdocs_claimdiff.sources.discover import discover

TEXT = "Fire at the mill\n\nThree people died in the fire on Monday, police said.\n"


def test_a_copy_of_an_article_is_left_out_with_a_warning_naming_both(tmp_path: Path) -> None:
    story = tmp_path / "fire"
    story.mkdir()
    (story / "report.txt").write_text(TEXT, encoding="utf-8")
    (story / "report (1).txt").write_text(TEXT, encoding="utf-8")
    (story / "wire.txt").write_text(TEXT.replace("Three", "Four"), encoding="utf-8")
    (found,), problems = discover(tmp_path)
    assert [article.path.name for article in found.articles] == ["report.txt", "wire.txt"]
    assert [(problem.path.name, problem.message) for problem in problems] == [
        (
            "report (1).txt",
            "the same article as report.txt: left out, as a copy would count as a second outlet",
        )
    ]


def test_one_text_of_two_outlets_is_two_articles(tmp_path: Path) -> None:
    """Two papers printing one wire story word for word are two outlets: the page says one
    repeats the other."""
    story = tmp_path / "fire"
    story.mkdir()
    for name in ("herald", "courier"):
        (story / f"{name}.md").write_text(
            f"---\noutlet: {name.title()}\n---\n\n{TEXT}", encoding="utf-8"
        )
    (found,), problems = discover(tmp_path)
    assert len(found.articles) == 2
    assert not [problem for problem in problems if "same article" in problem.message]
