"""The stages in order: files -> articles -> claims -> comparison. Shared by plugin and CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .align import AlignOptions, compare
from .claims import extract_claims
from .model import Comparison, Story
from .slug import slugify
from .sources import read_article


def compare_story(story: Story, options: AlignOptions) -> Comparison:
    """Take each article's claims and match them across the story."""
    return compare(story, [extract_claims(article) for article in story.articles], options)


def compare_files(paths: Sequence[Path], options: AlignOptions) -> Comparison:
    """Compare loose files as one story, named after the folder of the first one."""
    story_id = slugify(paths[0].resolve().parent.name) if paths else "story"
    articles = tuple(read_article(path, story_id) for path in paths)
    story = Story(story_id, story_id.replace("-", " ").capitalize(), articles)
    return compare_story(story, options)
