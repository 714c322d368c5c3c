"""Reduce Markdown (and the Markdown-ish markup scrapes carry) to the plain text claims are made of.

Claims are compared word by word, so link targets, emphasis markers and HTML tags would only add
noise. A few regular expressions cover what articles use; a full Markdown parser would also
render structure this plugin throws away.

Raw HTML is untrusted (articles are scraped), so it goes through nh3, a maintained sanitiser, with
an empty allow-list: no tag and no attribute survives, elements that hold code or hidden content
(``<script>``, ``<style>``, ``<iframe>``...) go with their content, other tags keep their text.
Nothing of an article reaches a page as markup; the templates then escape that text once more.
Every pattern here is linear in practice (no nested quantifiers over the same characters), since
one scraped line can be megabytes long.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import nh3

from ..model import BlockKind

# Private-use characters mark kept literals, and stand in for "&" and a stray "<" while nh3 runs:
# they survive nh3 (NUL does not) and are removed from the input first, so an article cannot forge
# one.
_PLACEHOLDER = "\ue000{}\ue001"
_PLACEHOLDER_RE = re.compile("\ue000(\\d+)\ue001")
_AMPERSAND = "\ue002"
_LESS_THAN = "\ue003"
_PLACEHOLDER_CHARS = re.compile("[\ue000-\ue003]")

# A backtick run opens a code span only as a whole run, and a span is at most MAX_CODE_SPAN long:
# without both, a long line of unmatched backticks would take quadratic time.
MAX_CODE_SPAN = 2000
_CODE = re.compile(rf"(?<!`)(`+)(?!`)(.{{1,{MAX_CODE_SPAN}}}?)(?<!`)\1(?!`)", re.DOTALL)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Link text and targets stop at the next bracket, so each "[" or "(" is scanned past once only.
_TARGET = r"(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])"
_IMAGE = re.compile(rf"!\[[^\[\]]*\]{_TARGET}")
_LINK = re.compile(rf"\[([^\[\]]*)\]{_TARGET}")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[a-z]+)>", re.I)
# A "<" that does not open a complete tag, comment or declaration is text ("x<y", "<3"): hidden
# from nh3, or the HTML parser would swallow the rest of the paragraph as a tag.
_STRAY_LT = re.compile(r"<(?!/?[a-z][^<>]*>|!)", re.IGNORECASE)
HIDDEN_ELEMENTS = frozenset(
    "script style iframe frame frameset object embed applet template noscript noembed noframes "
    "textarea title xmp plaintext select svg math head".split()
)
"""Elements whose content is code, styling or not article text: dropped with their content."""
_HIDDEN_START = re.compile(rf"<!--|<({'|'.join(sorted(HIDDEN_ELEMENTS))})(?![\w-])", re.IGNORECASE)
_HIDDEN_END = {
    "--": re.compile("-->"),
    **{name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in HIDDEN_ELEMENTS},
}
"""What closes a comment and each hidden element, compiled once (and seen by the pattern test)."""
# Emphasised text never holds its own marker, so a scan for the closing marker ends at the next
# marker: linear however many unmatched markers a line has.
_EMPHASIS = (
    re.compile(r"(\*\*)(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*(?!\w)"),
    re.compile(r"(__)(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__(?!\w)"),
    re.compile(r"(~~)(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~"),
    re.compile(r"(\*)(?=\S)([^*]+?)(?<=\S)\*"),
    re.compile(r"(?<!\w)(_)(?=\S)([^_]+?)(?<=\S)_(?!\w)"),
)
_SPACE = re.compile(r"\s+")
_MARKUP_CHARS = re.compile("[`\\\\<\\[*_~&\ue000-\ue003]")
"""Characters without which a text holds no markup (every pattern above needs one)."""

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?!\S)(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")


def strip_inline(text: str) -> str:
    """Return the plain text of one paragraph of inline Markdown, whitespace collapsed."""
    if not _MARKUP_CHARS.search(text):  # most lines of a scrape: nothing to unwrap
        return _SPACE.sub(" ", text).strip()
    kept: list[str] = []

    def keep(literal: str) -> str:
        kept.append(literal)
        return _PLACEHOLDER.format(len(kept) - 1)

    text = _PLACEHOLDER_CHARS.sub("", text)
    text = _CODE.sub(lambda match: keep(match[2].strip()), text)
    text = _ESCAPE.sub(lambda match: keep(match[1]), text)
    text = drop_hidden_elements(text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda match: keep(match[1]), text)
    text = html_to_text(text)
    for emphasis in _EMPHASIS:
        text = _repeat_sub(emphasis, text)
    text = _PLACEHOLDER_RE.sub(lambda match: kept[int(match[1])], text)
    return _SPACE.sub(" ", text).strip()


MAX_TAGS_PARSED = 4096
"""Tags of one fragment read by an HTML parser; a fragment of more has its tags dropped by a
pattern instead. The parser's time grows with the square of how deep unclosed tags nest:
20,000 nested ``<div>`` took 0.7 s, 300,000 five minutes, in one call no budget can stop."""

_ANY_TAG = re.compile(r"""<[A-Za-z/!?](?:[^<>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,10000}>""")
"""A tag, its quoted attribute values whole ("<img alt="1 > 0">")."""


def html_to_text(text: str) -> str:
    """The text a reader sees of a fragment with raw HTML: tags dropped, entities decoded once.
    ``text`` holds none of the private-use characters of the placeholders but those
    ``strip_inline`` made.

    nh3 parses the fragment as a browser would and, with nothing allowed, returns escaped text.
    It never sees an entity of the article ("&" is hidden from it: its entity decoder is slow on
    long lines full of "&"), so unescaping its output undoes only its own escaping; the article's
    entities are then decoded once, so ``&amp;lt;`` ends as the text ``&lt;``, never a tag.
    """
    if "<" not in text and "&" not in text:
        return text
    if text.count("<") > MAX_TAGS_PARSED:
        shown = drop_hidden_elements(text)
        unclosed = _HIDDEN_START.search(shown)  # as the parser does: the rest is its content
        shown = shown[: unclosed.start()] if unclosed else shown
        return html.unescape(_ANY_TAG.sub("", shown))
    # The placeholders of ``strip_inline`` pass through (it removed those of the article): they
    # were removed here too, and "`42`" beside any tag read "0" (helper-140's audit).
    hidden = text.replace("&", _AMPERSAND)
    clean = nh3.clean(
        _STRAY_LT.sub(_LESS_THAN, hidden),
        tags=set(),
        clean_content_tags=set(HIDDEN_ELEMENTS),
        attributes={},
        strip_comments=True,
    )
    plain = html.unescape(clean).replace(_LESS_THAN, "<").replace(_AMPERSAND, "&")
    return html.unescape(plain)


_TICK_MARKS = re.compile(r"\\[\s\S]|`|\n")
"""What opens or closes a code span, or ends a line: a backtick, and a character escaped by a
backslash (a backslash escapes nothing inside a code span)."""


def unclosed(shown: str) -> Iterator[tuple[int, str]]:
    """The line (from 0) and the opening of each comment or hidden element that is never closed
    in ``shown`` (a text ``split_hidden`` left), outside a code span: a browser, and the reader,
    hide the text after it, up to the end of its paragraph or of the file. Linear: the text is
    read once, from one element found to the next, for its lines and code spans."""
    at = line = 0
    code = False  # inside a code span, which a line's end closes here
    for found in _HIDDEN_START.finditer(shown):
        for mark in _TICK_MARKS.finditer(shown, at, found.start()):
            token = mark.group()
            if token[-1] == "\n":
                line, code = line + 1, False
            elif token == "`" or (code and token == "\\`"):
                code = not code  # "\\`" in a span is a backslash, then its closing backtick
        at = found.start()
        if not code:
            yield line, found.group()


def drop_hidden_elements(text: str) -> str:
    """``text`` without its comments and hidden elements (``split_hidden``)."""
    return split_hidden(text)[0]


def split_hidden(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove comments and closed ``<script>...</script>`` (and other ``HIDDEN_ELEMENTS``), and
    say where each element stood: its line in ``text`` (from 0) and its opening tag (comments
    are the writer's own notes, hidden in any rendering of the file, and are not listed).

    Paragraphs are cleaned one at a time, so a script block with blank lines in it would leave its
    code behind as text; this runs on the whole file first and keeps the line breaks, so line
    numbers stay right. An element that is never closed is left to ``html_to_text``, which drops
    the rest of its paragraph only. Linear: once a closing tag is missing, that name is not
    searched for again.
    """
    parts: list[str] = []
    dropped: list[tuple[int, str]] = []
    cursor = line = 0  # the line of ``cursor``, counted on as the text is passed
    unclosed: set[str] = set()
    for start in _HIDDEN_START.finditer(text):
        name = (start[1] or "--").lower()
        if start.start() < cursor or name in unclosed:
            continue
        end = _HIDDEN_END[name].search(text, start.end())
        if end is None:
            unclosed.add(name)
            continue
        line += text.count("\n", cursor, start.start())
        inside = text.count("\n", start.start(), end.end())
        parts.extend((text[cursor : start.start()], "\n" * inside))
        if name != "--":
            tag_end = text.find(">", start.end(), start.end() + SHOWN_TAG_CHARACTERS)
            shown = text[start.start() : tag_end + 1 if tag_end >= 0 else start.end()]
            dropped.append((line, " ".join(shown.split())))
        line += inside
        cursor = end.end()
    parts.append(text[cursor:])
    return "".join(parts), dropped


SHOWN_TAG_CHARACTERS = 200
"""Characters of a hidden element's opening tag listed on the article page (an embed's
address); a longer tag is listed up to its name."""


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


def _without_closing_hashes(text: str) -> str:
    """Drop a heading's optional closing ``#`` run (``## Title ##``); string methods, not a regex,
    so a megabyte-long heading line costs linear time."""
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1].isspace()):
        return bare.rstrip()
    return text


def is_rule(line: str) -> bool:
    """True for a separator line (``---``, ``***``, ``===``): layout, never text."""
    return bool(_RULE.match(line))


def block_of(line: str) -> tuple[BlockKind, str]:
    """Recognise a line's block marker (heading, quote, list item) and return it stripped off.

    The rest of the line keeps its inline markup; pass it to ``strip_inline`` for plain text.
    """
    heading = _HEADING.match(line)
    if heading:
        return "heading", _without_closing_hashes(heading[2].strip())
    quote = _QUOTE.match(line)
    if quote:
        return "quote", quote[1]
    item = _ITEM.match(line)
    if item:
        return "item", item[1]
    return "paragraph", line.strip()


_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Characters that change the direction of the text around them."""
_ANGLE_QUOTES = str.maketrans({"<": "\u2039", ">": "\u203a"})


def page_title(text: str) -> str:
    """A plain-text title made safe for the places a theme prints ``page.title`` or a section's
    title: the navigation, ``<title>``, breadcrumbs, search results.

    Themes print titles as they are, assuming Markdown made them HTML, so the text is escaped.
    Escaping is not enough on its own: Material writes ``page.title | striptags`` into
    ``<title>``, and ``striptags`` unescapes its input, which would turn ``&lt;script&gt;`` back
    into a tag. So ``<`` and ``>`` become the look-alike angle quotes ‹ and › first: no filter a
    theme applies can make a tag of a title.

    A title holding bidirectional controls (a U+202E that reverses what follows it) is
    wrapped in an isolate (U+2068 ... U+2069), so it cannot turn the text around it in a
    navigation or a ``<title>``, where no ``<bdi>`` can be put.
    """
    if _BIDI_CONTROLS.intersection(text):
        text = f"\u2068{text}\u2069"
    return html.escape(text.translate(_ANGLE_QUOTES))
