"""Read a saved web page: trafilatura finds the article in the page and its metadata.

Saved pages are mostly chrome (menus, cookie banners, related links, newsletter boxes) around a
few paragraphs; a real extractor keeps the paragraphs and reads the title, author, date,
canonical URL and site name from JSON-LD, OpenGraph and ``<link rel=canonical>``. It works on the
text it is given only: nothing is fetched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..model import BlockKind, Problem
from .draft import Draft, Meta

_KINDS: dict[str, BlockKind] = {"head": "heading", "p": "paragraph", "quote": "quote"}
_SKIPPED = frozenset({"code", "graphic", "table"})
"""Blocks that make no claims (code, images); tables are not extracted at all."""
_META_KEYS = {"author": "author", "date": "published", "url": "url", "sitename": "outlet"}
"""trafilatura's metadata attributes and the front matter keys they fill."""
_SPACE = re.compile(r"\s+")


def read(text: str, path: Path) -> Draft:
    """Turn one saved page into a Draft; a page trafilatura cannot read gives a Problem.

    trafilatura is imported here, not with the module: it takes a quarter of a second to
    import, which a site without saved pages should not pay on every build.
    """
    import trafilatura

    try:
        extracted = trafilatura.extract(
            text,
            output_format="xml",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as error:  # the extractor raises assorted parser errors on broken pages
        return Draft(None, (), Meta(path), problems=(Problem(path, f"cannot read page: {error}"),))
    if not extracted:
        return Draft(None, (), Meta(path))
    doc = ET.fromstring(extracted)
    title = _clean(doc.get("title", ""))
    values = {key: _clean(doc.get(attribute, "")) for attribute, key in _META_KEYS.items()}
    meta = Meta(path, {key: value for key, value in values.items() if value})
    main = doc.find("main")
    parts = _parts(main) if main is not None else []
    if parts and parts[0][0] == "heading" and parts[0][1] == title:
        parts = parts[1:]
    return Draft(title or None, tuple(parts), meta)


def _parts(main: ET.Element) -> list[tuple[BlockKind, str]]:
    """The blocks of trafilatura's ``<main>``: headings, paragraphs, quotes, list items."""
    parts: list[tuple[BlockKind, str]] = []
    for element in main:
        if element.tag == "list":
            parts.extend(("item", _text(item)) for item in element.findall("item"))
        elif element.tag not in _SKIPPED:
            parts.append((_KINDS.get(element.tag, "paragraph"), _text(element)))
    return [(kind, text) for kind, text in parts if text]


def _text(element: ET.Element) -> str:
    """The plain text of a block; a line break (``<lb/>``) reads as a space."""
    for line_break in element.iter("lb"):
        line_break.text = " "
    return _clean("".join(element.itertext()))


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
