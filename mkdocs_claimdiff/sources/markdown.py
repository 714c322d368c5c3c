"""Read a Markdown article: optional YAML front matter, a ``# `` title, paragraphs as blocks.

The body is parsed by a CommonMark parser (markdown-it-py), so what a reader sees as a heading,
a list, a quote or a table is one here too: setext headings (a line underlined with ``===``),
indented and fenced code, and table rows are recognised as Markdown renders them. Only what a
reader sees as article text becomes body: code, HTML comments, images and rules are left out,
since they make no claims. Raw HTML, even a ``<script>`` block spanning blank lines, becomes
plain text (see ``markup``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import BlockKind, Problem, Removed
from .chrome import Unit, mark_credits, mark_phrases
from .chrome_lists import CELL_SEPARATOR
from .chrome_notes import mark_notes
from .draft import Draft, Meta, split_lines
from .italic_notes import italic_markdown, mark_italic_notes
from .markup import split_hidden, strip_inline, unclosed
from .meta import ARTICLE_KEYS, METADATA_IGNORED, load_yaml, unread_front_matter

_FRONT_MATTER_END = ("---", "...")
MAX_LISTED = 100
"""Hidden elements of one file listed one by one; the rest are counted in one entry (a file
of 100,000 ``<script>`` elements would otherwise list them all on its page)."""
HIDDEN_REASON = "code or embedded content, not shown"
"""Why a ``<script>``, ``<iframe>`` or other hidden element of the file is listed as removed."""
MAX_NESTING = 100
"""Levels of nested lists and quotes the parser follows (CommonMark's preset: 20); a file
nested deeper is read on as plain text, with a Problem."""


_EMPTY_ITEM = re.compile(r"[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]*)?")
"""A line of list or quote markers and nothing else (a last "-" or ">"): the parser makes no
text of it, which is no sign it stopped."""


def read(text: str, path: Path) -> Draft:
    """Turn one Markdown file into a Draft; front matter problems never stop the body."""
    lines = split_lines(text)
    meta, start, problems = _front_matter(lines, path)
    if not start and (unread := unread_front_matter(lines, path, _FIRST_LINE_ONLY)):
        problems = (*problems, unread)
    # Front matter is data, not HTML: a URL holding "<script>" is refused there, not cut.
    shown, hidden = split_hidden("\n".join(lines[start:]))
    body = split_lines(shown)
    removed = tuple(
        Removed(start + line + 1, tag, HIDDEN_REASON) for line, tag in hidden[:MAX_LISTED]
    )
    if len(hidden) > MAX_LISTED:
        line, _tag = hidden[MAX_LISTED]
        more = f"and {len(hidden) - MAX_LISTED:,} more hidden elements"
        removed = (*removed, Removed(start + line + 1, more, HIDDEN_REASON))
    tokens = _parser().parse("\n".join(body))
    blocks = list(_blocks(tokens))
    code = sorted(t.map for t in tokens if t.type in ("fence", "code_block") and t.map)
    if found := _outside(unclosed(shown), code):  # "<script>" never closed: the rest is its content
        message = f"`{found[1]}` is never closed and hides the text after it: close or remove it"
        problems = (*problems, Problem(path, message, start + found[0] + 1))
    # Where the parser stopped: the last line a block of text covers (an open list or quote
    # covers lines the parser may have left unread), or a table's, whose delimiter row under
    # its header no text block covers.
    parsed = max(
        (
            t.map[1]
            for t in tokens
            if t.map and (t.type == "table_open" or not t.type.endswith(("_open", "_close")))
        ),
        default=0,
    )
    rest = "\n".join(body[parsed:]).strip()
    if rest and not all(map(_EMPTY_ITEM.fullmatch, body[parsed:])):
        # the parser stops at MAX_NESTING levels of lists or quotes: nothing is dropped
        message = f"nested more than {MAX_NESTING} levels deep; read on from here as plain text"
        problems = (*problems, Problem(path, message, start + parsed + 1))
        blocks.append(("paragraph", 0, strip_inline(" ".join(rest.split())), parsed))
    title, parts = _take_title(blocks, meta.values.get("title"))
    # The chrome a scrape pasted into Markdown brings ("READ MORE: ...", "Photo: Jane Roe/AP", a
    # newsletter's plug) and the lines that state nothing (a table's header, a references
    # list) are read by the rules every format's reader applies.
    units = [
        Unit(start + line + 1, [text], index, kind, text)
        for index, (kind, _level, text, line) in enumerate(parts)
    ]
    mark_phrases(units)
    mark_credits(units)
    mark_notes(units)
    written = (token.content for token in tokens if token.type == "inline")
    mark_italic_notes(units, italic_markdown((text, strip_inline(text)) for text in written))
    kept = tuple((unit.kind, unit.text) for unit in units if unit.reason is None)
    dropped = tuple(Removed(u.number, u.text, u.reason) for u in units if u.reason is not None)
    return Draft(title, kept, meta, (*removed, *dropped), problems)


@cache
def _parser() -> MarkdownIt:
    """CommonMark's block structure with GitHub's tables; nothing that fetches or runs anything.

    Only blocks are parsed: the text of each is made plain by ``strip_inline``, which is linear
    in its input, where the parser's own emphasis rules take seconds on a line of unmatched
    ``*``.
    """
    parser = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING})
    return parser.enable("table").disable("inline")


def _front_matter(lines: list[str], path: Path) -> tuple[Meta, int, tuple[Problem, ...]]:
    """Split off ``---`` front matter: its metadata, the index of the first body line, problems."""
    if not lines or lines[0].strip() != "---":
        return Meta(path), 0, ()
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _FRONT_MATTER_END:
            meta, problems = load_yaml("\n".join(lines[1:index]), path, first_line=2)
            return meta, index + 1, tuple(problems)
    end = next((index for index in range(1, len(lines)) if not lines[index].strip()), 0)
    keys = [_KEY_LINE.match(line) for line in lines[1:end]]
    # "---", keys (one of them an article's, not "Update: ..." after a rule), a blank line
    if end > 1 and all(keys) and any(key and key.group(1) in ARTICLE_KEYS for key in keys):
        meta, problems = load_yaml("\n".join(lines[1:end]), path, first_line=2)
        message = f"front matter is not closed by a `---` line; {UNCLOSED_READ}"
        return meta, end + 1, (Problem(path, message, 1), *problems)
    unclosed = f"front matter is not closed by a `---` line; {METADATA_IGNORED}"
    return Meta(path), 0, (Problem(path, unclosed, 1),)


_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
"""A line of front matter that sets a key ("title: Bridge collapse")."""

_FIRST_LINE_ONLY = "front matter is read only when its `---` is the file's first line"

UNCLOSED_READ = "read up to the first blank line"
"""Ends the warning about front matter left open whose lines up to a blank line all set keys,
one of them an article's (``title``, ``outlet``, ...): they are read as its metadata, not as the
article's first paragraph."""


Block = tuple[BlockKind, int, str, int]
"""A block of the body: its kind, heading level (0 for none), plain text and first line (from
0, counted in the body)."""


def _blocks(tokens: list[Token]) -> Iterator[Block]:
    """The blocks of the parsed body, empty blocks dropped.

    A paragraph inside a list item is an item, inside a quote a quote; a table row is an item
    whose cells are joined by " | ", as a reader runs along it. Code blocks and rules are no
    inline text, so they give no block.
    """
    inside: list[str] = []
    row: list[str] = []
    level = line = 0
    for token in tokens:
        line = token.map[0] if token.map else line
        if token.type.endswith("_open"):
            inside.append(token.type)
            if token.type == "heading_open":
                level = int(token.tag[1:])
            elif token.type == "tr_open":
                row, row_line = [], line
        elif token.type.endswith("_close"):
            if inside:
                inside.pop()
            if token.type == "tr_close" and any(row):
                yield "item", 0, CELL_SEPARATOR.join(cell for cell in row if cell), row_line
        elif token.type == "inline" and inside and inside[-1] in ("th_open", "td_open"):
            row.append(strip_inline(token.content))
        elif token.type == "inline":
            kind, heading = _kind(inside), level if inside[-1:] == ["heading_open"] else 0
            text = strip_inline(token.content)
            if text:
                yield ("heading" if heading else kind), heading, text, line
        elif token.type == "html_block":
            text = strip_inline(token.content)
            if text:
                yield _kind(inside), 0, text, line


def _outside(found: Iterable[tuple[int, str]], code: list[list[int]]) -> tuple[int, str] | None:
    """The first of ``found`` (in order of lines) on no line of a code block (``code``: sorted
    ranges of lines), where "<!--" or "<script>" is shown as code (helper-143's review); both
    walked once."""
    ranges = iter(code)
    current = next(ranges, None)
    for line, tag in found:
        while current is not None and current[1] <= line:
            current = next(ranges, None)
        if current is None or line < current[0]:
            return line, tag
    return None


def _kind(inside: list[str]) -> BlockKind:
    """The kind of a paragraph by what holds it: a list item, else a quote, else none."""
    if "list_item_open" in inside:
        return "item"
    if "blockquote_open" in inside:
        return "quote"
    return "paragraph"


def _take_title(parts: list[Block], declared: object) -> tuple[str | None, list[Block]]:
    """Take the first level-1 heading out of the body as the title.

    With a front-matter ``title`` the heading is body text, unless it merely repeats that title.
    """
    for index, (_kind, level, text, _line) in enumerate(parts):
        if level == 1:
            if declared is not None and text != str(declared).strip():
                return None, parts
            return text, parts[:index] + parts[index + 1 :]
    return None, parts
