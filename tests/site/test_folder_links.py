"""A link to a folder in the articles folder that MkDocs' own listing of docs_dir would follow
without end stops the build at once, naming the link (helper-169's audit: a link to "/" or to
a folder above it hung the build, 6.7 GB of memory in ten minutes, without a message)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from mkdocs_claimdiff.plugin.paths import refuse_endless_walks

from ..conftest import deadline


def _articles(tmp_path: Path) -> Path:
    articles = tmp_path / "docs" / "articles"
    for story in ("fire", "flood"):
        (articles / story).mkdir(parents=True)
        (articles / story / "a.md").write_text("Six were hurt.\n")
    return articles


@pytest.mark.parametrize("target", ["/", ".."])
def test_a_link_mkdocs_would_follow_without_end_stops_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, target: str
) -> None:
    articles = _articles(tmp_path)
    (articles / "fire" / "up").symlink_to(target)
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": ["claimdiff"]}))
    with deadline(60), caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(load_config(str(config_file)))
    (message,) = [m for m in caplog.messages if " is a link to " in m]
    link = articles / "fire" / "up"
    assert message.startswith(
        f"claimdiff: {link} is a link to a folder above it ({link.resolve()})"
    )


def test_a_link_to_a_folder_outside_is_left_to_the_warning_of_the_reading(tmp_path: Path) -> None:
    """Documented in the guide: not read, the build goes on (MkDocs lists what it holds)."""
    articles = _articles(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (articles / "fire" / "archive").symlink_to(tmp_path / "elsewhere")
    refuse_endless_walks(str(tmp_path / "docs"), articles)


def test_links_that_loop_through_two_folders_are_found(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    (articles / "fire" / "to-flood").symlink_to(articles / "flood")
    (articles / "flood" / "to-fire").symlink_to(articles / "fire")
    with pytest.raises(PluginError, match="a folder above it"):
        refuse_endless_walks(str(tmp_path / "docs"), articles)


def test_a_link_to_another_folder_inside_or_an_articles_folder_beside_docs_is_fine(
    tmp_path: Path,
) -> None:
    articles = _articles(tmp_path)
    (articles / "fire" / "flood").symlink_to(articles / "flood")
    refuse_endless_walks(str(tmp_path / "docs"), articles)  # walked twice, but it ends
    beside = tmp_path / "articles"
    os.rename(articles, beside)
    (beside / "flood" / "up").symlink_to(beside)
    refuse_endless_walks(str(tmp_path / "docs"), beside)  # MkDocs never lists it


@pytest.mark.parametrize("target", ["/", ".."])
def test_an_articles_folder_that_is_itself_a_link_is_walked_too(
    tmp_path: Path, target: str
) -> None:
    """helper-172's review: the guide's own way to keep articles elsewhere (the articles folder
    a link) hid the loops, and the build hung."""
    kept = _articles(tmp_path / "data")
    articles = tmp_path / "docs" / "articles"
    articles.parent.mkdir(parents=True, exist_ok=True)
    articles.symlink_to(kept)
    (kept / "fire" / "up").symlink_to(target)
    with pytest.raises(PluginError, match="fire/up is a link to a folder above it"):
        refuse_endless_walks(str(tmp_path / "docs"), articles)


def test_a_loop_through_a_folder_outside_docs_dir_is_found(tmp_path: Path) -> None:
    """helper-172's review: a link to a folder outside that links back to docs_dir."""
    articles = _articles(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "back").symlink_to(tmp_path / "docs")
    (articles / "fire" / "archive").symlink_to(outside)
    with pytest.raises(PluginError, match="fire/archive/back is a link to a folder above it"):
        refuse_endless_walks(str(tmp_path / "docs"), articles)


def test_a_loop_behind_a_chain_of_41_links_is_found(tmp_path: Path) -> None:
    """helper-174's review: a folder reached through 41 links cannot be opened by that path,
    its links went unseen, and the folder counted as walked."""
    articles = tmp_path / "docs" / "articles"
    for number in range(41):
        (articles / f"s{number:02}").mkdir(parents=True)
    for number in range(40):
        (articles / f"s{number:02}" / "next").symlink_to(f"../s{number + 1:02}")
    (articles / "s40" / "up").symlink_to("..")
    with pytest.raises(PluginError, match="up is a link to a folder above it"):
        refuse_endless_walks(str(tmp_path / "docs"), articles)


def test_an_articles_folder_that_links_to_itself_is_a_message(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """helper-174's review: ``articles -> articles`` ended the build with a RuntimeError."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (tmp_path / "docs" / "articles").symlink_to("articles")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": ["claimdiff"]}))
    with deadline(60), caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build(load_config(str(config_file)))
    assert any("cannot be followed" in message for message in caplog.messages), caplog.messages


def test_a_tree_of_1200_folders_is_walked_without_recursion(tmp_path: Path) -> None:
    """Walked by recursion, a tree deeper than Python's limit ended the build with a
    RecursionError; its loop at the bottom is still found."""
    articles = tmp_path / "docs" / "articles"
    deepest = articles
    for _ in range(1200):
        deepest = deepest / "d"
        deepest.mkdir(parents=True)
    (deepest / "up").symlink_to(articles)
    try:
        with pytest.raises(PluginError, match="up is a link to a folder above it"):
            refuse_endless_walks(str(tmp_path / "docs"), articles)
    finally:  # removed from the bottom: shutil.rmtree recurses, and pytest's clean-up with it
        (deepest / "up").unlink()
        while deepest != articles:
            deepest.rmdir()
            deepest = deepest.parent
