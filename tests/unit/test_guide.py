"""The user's guide: the demo site's Guide section, its generated option reference, and the
README that links to it."""

from __future__ import annotations

import logging

import pytest
from markdown_it import MarkdownIt
from mkdocs.config import base
from mkdocs.config import config_options as c

from docs_hooks import options_reference

from ..conftest import ROOT

README = ROOT / "README.md"


def test_readme_is_under_12_kb_and_opens_with_the_quick_start() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 12_000
    tokens = MarkdownIt("commonmark").parse(text)
    first_code = next(token for token in tokens if token.type == "fence")
    commands = [line.split("#")[0].strip() for line in first_code.content.splitlines()]
    assert commands == ["make serve", "make test"]


class _Base(base.Config):
    enabled = c.Type(bool, default=True)
    """Whether the plugin runs at all."""


class _Options(_Base):
    size = c.Type(int, default=3)
    """How many, at most; ``0`` means none."""
    name: c.Type[str] = c.Type(str, default="x")
    """Its name."""
    undocumented = c.Optional(c.Type(int))


def test_reference_follows_whatever_options_the_class_declares(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Inherited options, annotated ones, code marks and a missing docstring, which is listed
    and warned about so that ``--strict`` fails."""
    with caplog.at_level(logging.WARNING):
        options = options_reference.options(_Options)
    assert [(o.name, o.default, o.doc) for o in options] == [
        ("enabled", "`true`", "Whether the plugin runs at all."),
        ("size", "`3`", "How many, at most; `0` means none."),
        ("name", "`x`", "Its name."),
        ("undocumented", "unset", "Not documented yet."),
    ]
    assert [r.getMessage() for r in caplog.records] == [
        "_Options.undocumented has no docstring to document it"
    ]
