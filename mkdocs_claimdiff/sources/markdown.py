"""Read a Markdown article: optional YAML front matter, a ``# `` title, paragraphs as blocks.

Only what a reader sees as article text becomes body: code, HTML comments, images and rules are
left out, since they make no claims. Raw HTML, even a ``<script>`` block spanning blank lines,
becomes plain text (see ``markup``).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..markup import block_of, drop_hidden_elements, heading_level, is_rule, strip_inline
from ..model import BlockKind, Problem
from .draft import Draft, Meta, split_lines
from .meta import load_yaml

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_FRONT_MATTER_END = ("---", "...")


def read(text: str, path: Path) -> Draft:
    """Turn one Markdown file into a Draft; front matter problems never stop the body."""
    lines = split_lines(drop_hidden_elements(text))
    meta, start, problems = _front_matter(lines, path)
    title, parts = _take_title(_blocks(_without_code(lines, start)), meta.values.get("title"))
    return Draft(title, tuple((kind, text) for kind, level, text in parts), meta, (), problems)


def _front_matter(lines: list[str], path: Path) -> tuple[Meta, int, tuple[Problem, ...]]:
    """Split off ``---`` front matter: its metadata, the index of the first body line, problems."""
    if not lines or lines[0].strip() != "---":
        return Meta(path), 0, ()
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FRONT_MATTER_END:
            meta, problems = load_yaml("\n".join(lines[1:index]), path, first_line=2)
            return meta, index + 1, tuple(problems)
    return Meta(path), 0, (Problem(path, "front matter is not closed by a `---` line", 1),)


def _without_code(lines: list[str], start: int) -> list[str]:
    """Blank out fenced code blocks and rules: they split paragraphs but carry no claims."""
    kept: list[str] = []
    fence: str | None = None
    for line in lines[start:]:
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener[1][0] == fence[0] and len(opener[1]) >= len(fence):
                fence = None
            kept.append("")
        elif opener:
            fence = opener[1]
            kept.append("")
        else:
            kept.append("" if is_rule(line) else line)
    return kept


def _blocks(lines: list[str]) -> list[tuple[BlockKind, int, str]]:
    """Group lines into blocks: (kind, heading level, plain text), empty blocks dropped.

    A heading is always its own block and a list item starts one; other lines continue the
    block above them until a blank line, the way Markdown joins a wrapped paragraph.
    """
    blocks: list[tuple[BlockKind, int, list[str]]] = []
    open_block = False
    for line in lines:
        kind, text = block_of(line)
        if not line.strip():
            open_block = False
        elif open_block and (kind == "paragraph" or kind == blocks[-1][0] == "quote"):
            blocks[-1][2].append(text)
        else:
            blocks.append((kind, heading_level(line), [text]))
            open_block = kind != "heading"
    plain = ((kind, level, strip_inline(" ".join(texts))) for kind, level, texts in blocks)
    return [(kind, level, text) for kind, level, text in plain if text]


def _take_title(
    parts: list[tuple[BlockKind, int, str]], declared: object
) -> tuple[str | None, list[tuple[BlockKind, int, str]]]:
    """Take the first level-1 heading out of the body as the title.

    With a front-matter ``title`` the heading is body text, unless it merely repeats that title.
    """
    for index, (_kind, level, text) in enumerate(parts):
        if level == 1:
            if declared is not None and text != str(declared).strip():
                return None, parts
            return text, parts[:index] + parts[index + 1 :]
    return None, parts
