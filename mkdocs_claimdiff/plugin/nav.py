"""The generated pages in MkDocs' navigation: titled from their stories, and a story's page
in place of a section that holds nothing else."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import PurePosixPath

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import dirname_to_title

from ..sources.markup import page_title
from .pages import GeneratedPage


def title_pages(nav: Navigation, pages: Mapping[str, GeneratedPage]) -> None:
    """Title the generated pages and each story's section of the automatic navigation
    from the stories, where the navigation does not name them itself: MkDocs would name
    a section after its folder ("assad-escape" reads "Assad escape"), and on a dirty
    rebuild it reads only the sources that changed, so other pages would have no title.
    Titles an explicit ``nav`` gives are kept."""
    for item in _pages_and_sections(nav.items):
        if isinstance(item, Page) and (generated := pages.get(item.file.src_uri)):
            if item.title is None:
                item.title = page_title(generated.title)
        elif isinstance(item, Section):
            for child in item.children:
                if not isinstance(child, Page):
                    continue
                found = pages.get(child.file.src_uri)
                folder = PurePosixPath(child.file.src_uri).parent.name
                if found and found.kind == "story" and item.title == dirname_to_title(folder):
                    item.title = page_title(found.title)


def lift_lone_story_pages(
    items: list[StructureItem], parent: Section | None, pages: Mapping[str, GeneratedPage]
) -> list[StructureItem]:
    """Put a story's page where its section was when the section holds nothing else (its
    articles are left out of the navigation): one link per story, not a menu of one."""
    lifted: list[StructureItem] = []
    for item in items:
        if isinstance(item, Section):
            item.children = lift_lone_story_pages(item.children, item, pages)
            only = item.children[0] if len(item.children) == 1 else None
            found = pages.get(only.file.src_uri) if isinstance(only, Page) else None
            if only is not None and found is not None and found.kind == "story":
                only.parent = parent
                item = only
        lifted.append(item)
    return lifted


def _pages_and_sections(items: Iterable[StructureItem]) -> Iterator[StructureItem]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from _pages_and_sections(item.children)
