"""Reduce Markdown (and the Markdown-ish markup scrapes carry) to the plain text claims are made of.

Claims are compared word by word, so link targets, emphasis markers and HTML tags would only add
noise. A few regular expressions cover what articles use; a full Markdown parser would also
render structure this plugin throws away.
"""

from __future__ import annotations

import html
import re

from .model import BlockKind

_PLACEHOLDER = "\x00{}\x00"
_PLACEHOLDER_RE = re.compile("\x00(\\d+)\x00")

_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]+)>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)"),
    re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(\*)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<!\w)(_)(?=\S)(.+?)(?<=\S)\1(?!\w)"),
)
_SPACE = re.compile(r"\s+")

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")


def strip_inline(text: str) -> str:
    """Return the plain text of one paragraph of inline Markdown, whitespace collapsed."""
    kept: list[str] = []

    def keep(literal: str) -> str:
        kept.append(literal)
        return _PLACEHOLDER.format(len(kept) - 1)

    text = _CODE.sub(lambda match: keep(match[2].strip()), text)
    text = _ESCAPE.sub(lambda match: keep(match[1]), text)
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda match: keep(match[1]), text)
    text = _TAG.sub("", text)
    for emphasis in _EMPHASIS:
        text = _repeat_sub(emphasis, text)
    text = _PLACEHOLDER_RE.sub(lambda match: kept[int(match[1])], text)
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _repeat_sub(pattern: re.Pattern[str], text: str) -> str:
    """Unwrap emphasis until nothing changes, so nested ``***both***`` loses every marker."""
    while True:
        unwrapped = pattern.sub(r"\2", text)
        if unwrapped == text:
            return text
        text = unwrapped


def heading_level(line: str) -> int:
    """Return 1-6 for an ATX heading line (``# Title``), 0 for any other line."""
    match = _HEADING.match(line)
    return len(match[1]) if match else 0


def is_rule(line: str) -> bool:
    """True for a separator line (``---``, ``***``, ``===``): layout, never text."""
    return bool(_RULE.match(line))


def block_of(line: str) -> tuple[BlockKind, str]:
    """Recognise a line's block marker (heading, quote, list item) and return it stripped off.

    The rest of the line keeps its inline markup; pass it to ``strip_inline`` for plain text.
    """
    heading = _HEADING.match(line)
    if heading:
        return "heading", heading[2] or ""
    quote = _QUOTE.match(line)
    if quote:
        return "quote", quote[1]
    item = _ITEM.match(line)
    if item:
        return "item", item[1]
    return "paragraph", line.strip()
