"""What a reader hands back before metadata from sidecars is merged: the shared reader contract.

Readers only turn one file's text into a title, body blocks and raw metadata; checking the
metadata, merging sidecars and building the ``Article`` happen once, in ``sources``.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..model import BlockKind, Problem, Removed

USED_AS_TITLE = "used as title"
"""Why the line a reader took as the headline is listed among the lines dropped from the body."""


@dataclass(frozen=True)
class Meta:
    """Unchecked metadata (YAML values or scraped text) and the line each key came from."""

    path: Path
    values: Mapping[str, object] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Draft:
    """One file as a reader understood it, before its metadata is checked and merged."""

    title: str | None
    parts: tuple[tuple[BlockKind, str], ...]
    meta: Meta
    removed: tuple[Removed, ...] = ()
    problems: tuple[Problem, ...] = ()


Reader = Callable[[str, Path], Draft]


def decode(data: bytes, path: Path, declared: str | None = None) -> tuple[str, Problem | None]:
    """Decode a file as UTF-8 or as the character set it ``declared``; else guess, with a Problem.

    A saved web page says how it is encoded (``<meta charset>``); a page from a Russian or a
    Japanese site saved as it was served is not UTF-8, and reading it as anything but what it
    declares garbles every word. Undeclared and not UTF-8, a page's encoding is detected; other
    files saved by hand on Windows are most often Windows-1252, which keeps curly quotes readable.
    """
    if declared and declared != "utf-8" and not data.isascii():
        # A browser saves a page as UTF-8 but keeps the <meta charset> it was served with:
        # bytes that are valid UTF-8 (and not plain ASCII) are almost never another encoding.
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8-sig"), None
    if declared and declared != "utf-8":
        try:
            text = data.decode(declared, errors="replace")
        except (LookupError, UnicodeError):  # a codec that cannot replace bad bytes
            text, name = _detect(data)
            message = f"cannot read the declared {declared}; read as {name} (a guess)"
            return text, Problem(path, message)
        if "\ufffd" not in text:
            return text, None
        message = f"bytes that are not {declared}, as the page declares, were replaced"
        return text, Problem(path, message)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
    if declared == "utf-8":  # a few broken bytes in a page that says it is UTF-8 (and is)
        message = "bytes that are not UTF-8, as the page declares, were replaced"
        return data.decode("utf-8-sig", errors="replace"), Problem(path, message, line)
    if declared is not None or path.suffix.lower() in PAGE_SUFFIXES:
        text, name = _detect(data)
        message = f"not valid UTF-8 and no other character set declared; read as {name} (a guess)"
        return text, Problem(path, message, line)
    text, others = _line_by_line(data)
    which = f"this line and {others} more" if others else "this line"
    message = (
        f"not valid UTF-8; {which} read as Windows-1252, the others as UTF-8"
        " (save the file as UTF-8 to silence this)"
    )
    return text, Problem(path, message, line)


def _line_by_line(data: bytes) -> tuple[str, int]:
    """A file decoded line by line: each line that is UTF-8 as UTF-8, each other as Windows-1252
    (else Latin-1, which reads any byte), and how many lines after the first were not UTF-8. A
    file pasted together from two sources holds lines of both: read whole as Windows-1252, the
    UTF-8 lines came out garbled ("cafÃ©"), and "Ã©" read as a copyright sign made a headline
    a photo credit (helper-188's review)."""
    decoded = []
    failed = 0
    for number, piece in enumerate(data.split(b"\n")):
        try:
            decoded.append(piece.decode("utf-8-sig" if number == 0 else "utf-8"))
            continue
        except UnicodeDecodeError:
            failed += 1
        try:
            decoded.append(piece.decode("cp1252"))
        except UnicodeDecodeError:
            decoded.append(piece.decode("latin-1"))
    return "\n".join(decoded), max(failed - 1, 0)


PAGE_SUFFIXES = (".html", ".htm")
"""Files that may declare their character set in a ``<meta>`` tag."""
_DECLARED_CHARSET = re.compile(rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)
_WEB_ALIASES = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}
"""As browsers read them (WHATWG Encoding): a label names the superset that pages really use."""


_NOT_PAGE_CODECS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "mbcs", "oem"}
    | {"utf-7"}
)
"""Text codecs no web page is written in: they fail on ordinary bytes or rewrite escapes. No
browser reads UTF-7 (the WHATWG Encoding standard leaves it out), whose "+ADw-" is "<": read
so, a paragraph became a script (helper-159's audit)."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec a page declares (byte order mark, ``<meta charset>``, ``http-equiv``).

    Only the head of the page is searched; an unknown name counts as no declaration.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    found = _DECLARED_CHARSET.search(data[:8192])
    if not found:
        return None
    try:
        codec = codecs.lookup(found[1].decode("ascii"))
    except LookupError:
        return None
    # Only codecs of text: "base64", "rot13" or "idna" are codecs too, and decode no page.
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_PAGE_CODECS:
        return None
    name = codec.name
    if name in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):  # saved pages are re-encoded
        return "utf-8"
    return _WEB_ALIASES.get(name, name)


def _detect(data: bytes) -> tuple[str, str]:
    """Decode bytes of an unknown encoding as charset_normalizer reads them."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    name = best.encoding if best is not None else "cp1252"
    return data.decode(name, errors="replace"), name


def split_lines(text: str) -> list[str]:
    """Split on line breaks only (not on the form feeds ``str.splitlines`` also breaks at).

    Line numbers in Problems and ``Removed`` must match what an editor shows.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
