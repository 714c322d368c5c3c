"""The JSON export of each story: a file of the site the plugin writes itself, as soon as the
story's comparison comes, so that MkDocs, which copies every file of the site before it builds
the pages, need not wait for the last comparison to build the first page."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File


def written_in_place(config: MkDocsConfig, src_uri: str) -> File:
    """A file of the site whose source is its own output: MkDocs' copy of it onto itself does
    nothing ("Let plugins write directly into site_dir"), and ``write`` gives it its text."""
    output = os.path.normpath(os.path.join(config.site_dir, src_uri))
    return File.generated(config, src_uri, abs_src_path=output)


def hold_place(file: File) -> None:
    """An empty file where ``file`` will be written, unless an earlier build left one: MkDocs'
    copy of a file onto itself (``written_in_place``) needs it to exist."""
    output = Path(file.abs_dest_path)
    if not output.exists():
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(b"")


def write(file: File, text: str) -> None:
    output = Path(file.abs_dest_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
