"""A file saved twice in a story folder is one article (helper-164's audit: a copy counted as a
second outlet sharing every claim, 12 of a story's 29 shared rows)."""

from __future__ import annotations

from pathlib import Path

from mkdocs_claimdiff.sources.discover import discover, story_of_files

TEXT = (
    "Fire at the mill\n\nThree people died in the fire on Monday, police said. The fire started"
    " in the drying room of the old mill at about noon and spread to the roof within minutes,"
    " the fire service said. Forty firefighters fought it for six hours.\n"
)
FRONT = "---\noutlet: Herald\nurl: https://herald.example/fire\n---\n\n"


def test_a_copy_of_an_article_is_left_out_with_a_warning_naming_both(tmp_path: Path) -> None:
    story = tmp_path / "fire"
    story.mkdir()
    (story / "report.md").write_text(FRONT + TEXT, encoding="utf-8")
    (story / "report (1).md").write_text(FRONT + TEXT, encoding="utf-8")
    (story / "wire.txt").write_text(TEXT.replace("Three", "Four"), encoding="utf-8")
    (found,), problems = discover(tmp_path)
    assert [article.path.name for article in found.articles] == ["report.md", "wire.txt"]
    assert [(problem.path.name, problem.message) for problem in problems] == [
        (
            "report (1).md",
            "the same article as report.md: left out, as a copy would count as a second outlet",
        )
    ]


def test_one_text_in_two_files_that_name_no_outlet_is_kept_and_named(tmp_path: Path) -> None:
    """helper-166's review: two scrapes of one wire story without metadata ("herald.txt",
    "courier.txt") lost a column as a copy. They are kept, and the warning says what to do."""
    story = tmp_path / "fire"
    story.mkdir()
    for name in ("herald.txt", "courier.txt"):
        (story / name).write_text(TEXT, encoding="utf-8")
    (found,), problems = discover(tmp_path)
    assert len(found.articles) == 2
    assert [(p.path.name, p.message) for p in problems if "same text" in p.message] == [
        (
            "courier.txt",
            "the same text as herald.txt, and neither names its outlet: counted as a second"
            " outlet that shares every claim; add `outlet:` to each, or delete the copy",
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
    assert not [problem for problem in problems if "same" in problem.message]


def test_one_line_in_two_files_that_name_no_outlet_is_no_copy(tmp_path: Path) -> None:
    """A brief of one line is as often one item that two outlets carry."""
    story = tmp_path / "fire"
    story.mkdir()
    for name in ("herald.txt", "courier.txt"):
        (story / name).write_text("Strike\n\nDrivers walked out.\n", encoding="utf-8")
    (found,), problems = discover(tmp_path)
    assert len(found.articles) == 2
    assert not [problem for problem in problems if "same" in problem.message]


def test_a_short_copy_that_names_its_outlet_is_left_out(tmp_path: Path) -> None:
    """helper-167's review: the length limit is for files that name no outlet."""
    story = tmp_path / "fire"
    story.mkdir()
    for name in ("herald.md", "herald (1).md"):
        (story / name).write_text(FRONT + "Drivers walked out on Monday.\n", encoding="utf-8")
    (found,), problems = discover(tmp_path)
    assert [article.path.name for article in found.articles] == ["herald.md"]
    assert [problem.path.name for problem in problems if "same article" in problem.message] == [
        "herald (1).md"
    ]


def test_claimdiff_compare_leaves_out_a_copy_as_a_build_does(tmp_path: Path) -> None:
    """helper-168's review: ``claimdiff compare`` given a file and its copy counted two outlets."""
    for name in ("report.md", "report (1).md"):
        (tmp_path / name).write_text(FRONT + TEXT, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(TEXT.replace("Three", "Four"), encoding="utf-8")
    story, problems = story_of_files(sorted(tmp_path.iterdir()))
    assert [article.path.name for article in story.articles] == ["report.md", "wire.txt"]
    assert [problem.path.name for problem in problems if "same article" in problem.message] == [
        "report (1).md"
    ]


def test_a_copy_in_another_folder_names_the_kept_file_by_its_path(tmp_path: Path) -> None:
    """helper-171's review: "the same article as report.md" of b/report.md did not say which."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.md").write_text(FRONT + TEXT, encoding="utf-8")
    paths = [tmp_path / "a" / "report.md", tmp_path / "b" / "report.md"]
    story, problems = story_of_files(paths)
    assert [article.path for article in story.articles] == [paths[0]]
    assert [
        (problem.path, problem.message) for problem in problems if "same" in problem.message
    ] == [
        (
            paths[1],
            f"the same article as {paths[0]}: left out, as a copy would count as a second outlet",
        )
    ]
