"""The stages in order: files -> articles -> claims -> comparison. Shared by plugin and CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .align import AlignOptions, compare
from .claims import extract_claims
from .model import Comparison, Problem, Story
from .slug import slugify
from .sources import read_article, story_title, unique_articles


def compare_story(story: Story, options: AlignOptions) -> Comparison:
    """Take each article's claims and match them across the story."""
    return compare(story, [extract_claims(article) for article in story.articles], options)


def compare_files(paths: Sequence[Path], options: AlignOptions) -> tuple[Comparison, list[Problem]]:
    """Compare loose files as one story, named like the folder of the first one (or its
    ``_story.yml``), keeping the order given."""
    folder = paths[0].resolve().parent
    problems: list[Problem] = []
    articles = unique_articles(
        (read_article(path, slugify(folder.name)) for path in paths), problems
    )
    story = Story(slugify(folder.name), story_title(folder, problems), articles, folder)
    return compare_story(story, options), problems
