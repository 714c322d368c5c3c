"""The files of a story folder that are no article of it, named for its comparison page."""

from __future__ import annotations

from pathlib import Path

from mkdocs_claimdiff.sources.discover import discover


def test_each_file_not_compared_is_named_with_why(tmp_path: Path) -> None:
    folder = tmp_path / "articles" / "quake"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("---\noutlet: A\nurl: https://a.example/\n---\nTen died.\n")
    (folder / "b.md").write_text("---\noutlet: B\nurl: https://b.example/\n---\nTwelve died.\n")
    (folder / "a-copy.md").write_text("---\noutlet: A\nurl: https://a.example/\n---\nTen died.\n")
    (folder / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "_story.yml").write_text("title: [unclosed\n")
    (story,), _problems = discover(tmp_path / "articles")
    left_out = {file.name: file.reason for file in story.left_out}
    assert set(left_out) == {"a-copy.md", "photo.md", "notes.pdf"}
    assert left_out["photo.md"] == "binary file, not read"
    assert "a.md" in left_out["a-copy.md"]
    assert [article.path.name for article in story.articles] == ["a.md", "b.md"]


def test_a_folder_whose_files_are_all_read_leaves_nothing_out(tmp_path: Path) -> None:
    folder = tmp_path / "articles" / "quake"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("---\noutlet: A\nurl: https://a.example/\n---\nTen died.\n")
    (story,), _problems = discover(tmp_path / "articles")
    assert story.left_out == ()
