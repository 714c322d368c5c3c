"""Check article metadata from front matter, sidecar files and scrapes, one rule per key.

Metadata ends up in links and page headers, so values are checked once here: a wrong value
becomes a Problem and is dropped instead of breaking the page (or, for ``url``, becoming a
``javascript:`` link).
"""

from __future__ import annotations

import itertools
import re
import reprlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ..model import Problem
from ..options import MAX_ARTICLE_BYTES
from ..slug import FALLBACK_SLUG, humanise, slugify
from ..urls import URL_IGNORED, shows_nothing, url_problem
from .dates import ambiguity, normalise_date
from .draft import Meta, decode
from .field_limits import within_limit
from .limits import LINK_NOT_READ, LINK_OUTSIDE, LONGEST_NUMBER, link_outside
from .scrub import scrub, scrub_text, scrub_values

ARTICLE_KEYS = ("title", "url", "outlet", "author", "published", "language", "story")
KEY_ALIASES = {"date": "published"}  # as blogs (MkDocs', Hugo) write it, or its ``created:``
STORY_FILES = ("_story.yml", "_story.yaml")
STORY_KEYS = ("title", "note")

_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


_COLON_IN_VALUE = "mapping values are not allowed here"
_QUOTE_IT = 'a value holding ": " needs quotes: title: "Bridge collapse: what we know"'
"""What PyYAML's error means when its line is ``key: value: more``: a headline with a colon,
left unquoted, the usual slip."""
METADATA_IGNORED = "metadata ignored"
"""Ends the warning about front matter or a sidecar that cannot be parsed: the one warning its
file needs about its keys. Its ``url:`` and ``outlet:`` were there all the same, unread, so a
second warning telling the user to add them would send them after the wrong fault."""


class _TextDatesLoader(yaml.SafeLoader):
    """PyYAML's safe loader, with dates and times left as the text they are written as, that
    notes the line of each top-level key.

    PyYAML makes ``2024-12-11`` a date object, and a value shaped as a date that is none
    (``published: 2024-13-45``, ``author: 2024-02-30``, a time of 25:00) a ``ValueError`` that
    stopped the whole build, naming no file. As text, ``published`` is read by ``normalise_date``
    like any other date, and a date that is none becomes a warning naming the file and line.
    A key given twice PyYAML takes the last of, saying nothing: ``twice`` lists them."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.key_lines: dict[str, int] = {}
        """Each top-level key's line (from 0), of the value that is used."""
        self.twice: list[tuple[str, int, int]] = []
        """Top-level keys given twice: the key, an earlier line and the line used."""
        self._top: yaml.Node | None = None

    def construct_document(self, node: yaml.Node) -> Any:
        self._top = node
        return super().construct_document(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if node is self._top:
            for key, _value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in self.key_lines:
                        self.twice.append(
                            (key.value, self.key_lines[key.value], key.start_mark.line)
                        )
                    self.key_lines[key.value] = key.start_mark.line
        return super().construct_mapping(node, deep)


def _as_written(loader: _TextDatesLoader, node: yaml.Node) -> str:
    """A date or time as the text it is written as."""
    assert isinstance(node, yaml.ScalarNode)  # a timestamp is a scalar
    return str(loader.construct_scalar(node))


_TextDatesLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_written)


def _whole_number(loader: _TextDatesLoader, node: yaml.Node) -> int | str:
    assert isinstance(node, yaml.ScalarNode)  # an integer is a scalar
    if len(node.value) > LONGEST_NUMBER:
        return _as_written(loader, node)
    return loader.construct_yaml_int(node)


_TextDatesLoader.add_constructor("tag:yaml.org,2002:int", _whole_number)

_TOO_DEEP = "nested too deeply"
"""Why metadata of thousands of nested ``[`` is ignored: PyYAML builds it by recursion."""


def load_yaml(text: str, path: Path, first_line: int = 1) -> tuple[Meta, list[Problem]]:
    """Parse a YAML mapping; ``first_line`` is the file line the YAML text starts on.

    Invalid YAML gives an empty ``Meta`` and a Problem at the line the parser stopped on, so the
    article is still read.
    """
    # A form feed is white space to a reader, a character YAML refuses to PyYAML.
    try:
        loader = _TextDatesLoader(text.replace("\f", " "))  # a safe loader: builds no objects
    except yaml.YAMLError as error:  # another character PyYAML refuses
        return Meta(path), [Problem(path, f"invalid YAML ({error}); {METADATA_IGNORED}")]
    try:
        values = loader.get_single_data()
    except RecursionError:
        return Meta(path), [Problem(path, f"invalid YAML ({_TOO_DEEP}); {METADATA_IGNORED}")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or "cannot be parsed"
        opened, context = getattr(error, "context_mark", None), getattr(error, "context", None)
        if (
            opened is not None
            and context
            and ("end of stream" in reason or "<stream end>" in reason)
        ):
            # A bracket or quote never closed: where it opens, not the file's end (helper-188).
            mark, reason = opened, f"{reason} {context}"
        line = mark.line + first_line if mark is not None else None
        if reason == _COLON_IN_VALUE and mark is not None and _colon_in_value(text, mark.line):
            reason += f"; {_QUOTE_IT}"
        return Meta(path), [Problem(path, f"invalid YAML ({reason}); {METADATA_IGNORED}", line)]
    finally:
        loader.dispose()
    if values is None:
        return Meta(path), []
    if not isinstance(values, dict):
        return Meta(path), [Problem(path, "metadata must be `key: value` lines", first_line)]
    lines = {key: first_line + line for key, line in loader.key_lines.items()}
    problems = []
    for key, earlier, used in loader.twice[:KEYS_LISTED]:
        message = f"`{named(key)}` is given twice (also line {first_line + earlier}): {_LAST}"
        problems.append(Problem(path, message, first_line + used))
    if len(loader.twice) > KEYS_LISTED:
        more = f"and {len(loader.twice) - KEYS_LISTED:,} more keys given twice: {_LAST}"
        problems.append(Problem(path, more, first_line + loader.twice[KEYS_LISTED][2]))
    return Meta(path, {str(key): value for key, value in values.items()}, lines), problems


KEYS_LISTED = 20
"""Keys given twice, or unknown, that a file's warnings name one by one; the rest are counted
in one more: front matter of 100,000 unknown keys wrote 100,000 warnings (helper-140's audit)."""


_LAST = "this one is used"
"""Ends the warning about a key given twice: PyYAML keeps the last."""


def _colon_in_value(text: str, line: int) -> bool:
    """Whether the line PyYAML stopped on is a top-level ``key: value`` whose value holds ": "
    (not a key indented by mistake, which gives the same error)."""
    lines = text.split("\n")
    key = _TOP_LEVEL_KEY.match(lines[line]) if line < len(lines) else None
    return key is not None and ": " in lines[line][key.end() :]


NOT_A_FILE = "not a regular file (a pipe, a device or a broken link): not read"


def load_yaml_file(path: Path, max_bytes: int) -> tuple[Meta, list[Problem]]:
    """Read and parse a sidecar or ``_story.yml`` file; an unreadable file is a Problem, and so
    is one larger than ``max_bytes`` (``max_article_bytes``): it is not read at all, as half a
    YAML file means nothing. Nor is a link leading out of the folder it sits in (its values
    would be published: ``link_outside``)."""
    target = link_outside(path, path.parent.resolve())
    if target is not None:
        message = f"{LINK_OUTSIDE} its folder ({target}): {LINK_NOT_READ}"
        return Meta(path), [Problem(path, message)]
    try:
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        return Meta(path), [Problem(path, f"cannot read: {error.strerror or error}")]
    if len(data) > max_bytes:
        return Meta(path), [
            Problem(path, f"larger than max_article_bytes ({max_bytes:,}): ignored")
        ]
    text, problem = decode(data, path)
    text, scrubbed = scrub_text(text, path)  # as an article's text: PyYAML refuses them
    meta, problems = load_yaml(text, path)
    return meta, [found for found in (problem, scrubbed) if found] + problems


def clean_meta(
    meta: Meta, keys: tuple[str, ...] = ARTICLE_KEYS
) -> tuple[dict[str, str], list[Problem]]:
    """Return the usable values of ``meta`` as text, and a Problem for each one dropped."""
    cleaned: dict[str, str] = {}
    problems: list[Problem] = []
    unknown = 0
    for written, value in meta.values.items():
        line = meta.lines.get(written)
        aliased = KEY_ALIASES.get(written, written)
        key = aliased if written not in keys and aliased in keys else written
        value = value.get("created") if key != written and isinstance(value, dict) else value
        given = meta.values.get(key)
        if key != written and given not in (None, "") and _check(key, given)[0]:
            # an alias of a key given and usable; of one not usable, the alias is used
            # ("published: 2025-13-45" and "date: 2025-03-04": dated 4 March)
            message = f"`{written}` ignored: `{key}` is given too"
            problems.append(Problem(meta.path, message, line))
            continue
        if key not in keys:
            unknown += 1
            if unknown <= KEYS_LISTED:
                message = f"unknown key `{named(key)}` ignored; known keys: {_known(keys)}"
                problems.append(Problem(meta.path, message, line))
            elif unknown == KEYS_LISTED + 1:
                more = sum(key not in keys for key in meta.values) - KEYS_LISTED
                problems.append(Problem(meta.path, f"and {more:,} more unknown keys ignored", line))
            continue
        if value is None:
            continue
        text, error = _check(key, value)
        if error:
            problems.append(Problem(meta.path, error, line))
        if text:
            cleaned[key] = text
    return cleaned, problems


def _known(keys: tuple[str, ...]) -> str:
    """The keys a file may give, each with the other name it may be given by ("published (or
    date)"), as the message for an unknown key lists them."""
    other = {key: alias for alias, key in KEY_ALIASES.items()}
    return ", ".join(f"{key} (or {other[key]})" if key in other else key for key in keys)


_ONE_STORY = (
    "`story` names one story: an article is compared in one; to compare it in another too,"
    " copy the file into that story's folder"
)


_NO_STORY_NAME = (
    "makes no name a web address can hold (no letter or digit spelt in ASCII): ignored, the "
    "article stays in its folder's story"
)


_QUOTED = reprlib.Repr()
_QUOTED.maxlevel, _QUOTED.maxstring, _QUOTED.maxother = 2, 80, 80


def quoted(value: object) -> str:
    """A value as a warning quotes it, bounded: a YAML alias bomb of 440 bytes is a list of
    lists whose full ``repr`` ran to 2 GB (helper-140's audit); a long text is cut."""
    return _QUOTED.repr(value)


def named(key: object) -> str:
    """A key as a warning names it, cut at 80 characters: a key of 1.9 MB wrote as long a line."""
    text = str(key) if isinstance(key, str) else quoted(key)
    return text if len(text) <= 80 else f"{text[:77]}..."


def _check(key: str, value: object) -> tuple[str | None, str | None]:
    """Return (value as text, None), (None, why it was dropped) or (value cut, why) for one
    metadata key."""
    if key == "story" and isinstance(value, list):  # quoted as the next warning asks, a story
        return None, _ONE_STORY  # named "[pirates, quake]" of one article would come of it
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        if key == "published":  # quoted, as the message for other keys asks, it is no date
            return None, f"`published` is not a date: {quoted(value)}; use YYYY-MM-DD"
        return None, f"`{key}` must be text; put the value in quotes"
    if key == "published":
        iso = normalise_date(value)
        if iso:
            return iso, None
        readings = ambiguity(value)
        why = f"could be {readings}" if readings else "is not a date"
        return None, f"`published` {why}: {quoted(value)}; use YYYY-MM-DD"
    text = str(value).strip()
    if text and shows_nothing(text):
        return None, f"`{key}` shows nothing (only invisible characters): ignored"
    if key == "url" and (flaw := url_problem(text)):
        return None, f"`url` {quoted(text)} {flaw}, {URL_IGNORED}"
    if key == "story":  # "", " ", "🔥", "🌊" and "ø" were all "untitled"
        story = slugify(text)
        has_name = story != FALLBACK_SLUG or any(char.isascii() and char.isalnum() for char in text)
        return (story, None) if has_name else (None, f"`story` {quoted(text)} {_NO_STORY_NAME}")
    if key == "language":
        return _language(text)
    return within_limit(key, text)


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{1,8}){0,3})")
"""A language tag: a two- or three-letter code and up to three subtags ("en", "pt-BR",
"zh-Hant-TW"); it becomes the ``lang`` of the article's page and chooses its sentence rules."""

LANGUAGE_NAMES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "spanish": "es",
    "español": "es",
    "italian": "it",
    "italiano": "it",
}
"""Names of the languages whose sentence rules claimdiff has, as a user may write them."""


def _language(text: str) -> tuple[str | None, str | None]:
    """A ``language`` as a tag ("en", "pt-BR"), from a tag or a name of ``LANGUAGE_NAMES``; else
    None and why: "5" or "klingon" made the page's ``lang`` "5" and chose no rules."""
    found = _LANGUAGE_TAG.fullmatch(text)
    if found:
        return found[1].lower() + found[2].replace("_", "-"), None
    if code := LANGUAGE_NAMES.get(text.casefold()):
        return code, None
    return (
        None,
        f"`language` {quoted(text)} is not a language code such as en, de or pt-BR: ignored",
    )


def name_title(name: str) -> str:
    """A title made of a file or folder name, for want of a better one. A name that is not
    valid UTF-8 reaches Python with a lone surrogate for each bad byte, which no page can hold:
    those are removed."""
    return scrub(humanise(name))[0]


def story_header(
    folder: Path, problems: list[Problem], max_bytes: int = MAX_ARTICLE_BYTES, name: str = ""
) -> tuple[str, str]:
    """The ``title`` and ``note`` of the folder's ``_story.yml``; without a title, the folder's
    ``name`` (by default its own) made readable. The note is plain text shown atop the story's
    pages: a credit for the articles' source, say, where a licence asks for one.

    A folder named as the user gave it may have no name of its own: "." of ``a.md`` in the
    current folder, whose story was titled "Untitled"; ``name`` is then the one it resolves to.
    """
    title = name_title(name or folder.name)
    for story_file in STORY_FILES:
        if not (folder / story_file).is_file() and (folder / story_file).exists():
            problems.append(Problem(folder / story_file, NOT_A_FILE))  # a pipe would block
        elif (folder / story_file).is_file():
            meta, found = load_yaml_file(folder / story_file, max_bytes)
            cleaned, more = clean_meta(meta, STORY_KEYS)
            more.extend(scrub_values(cleaned, folder / story_file))
            problems.extend([*found, *more])
            return cleaned.get("title") or title, cleaned.get("note", "")
    return title, ""


_FENCES = ("---", "+++")

_METADATA_LINE = re.compile(rf"(?:{'|'.join(ARTICLE_KEYS)})[ \t]{{0,40}}[:=]")


def unread_front_matter(lines: Sequence[str], path: Path, why: str) -> Problem | None:
    """A Problem when a block of front matter (``---`` or ``+++`` lines around article keys)
    opens the file's text where it is not read, saying ``why``: its keys were read as a
    headline claim ("title: Blaze outlet: Bee News url: …") and the file was said to have no
    URL nor outlet. TOML (``+++``) is never read."""
    first = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    fence = lines[first].strip() if first < len(lines) else ""
    if fence not in _FENCES:
        return None
    block = list(itertools.takewhile(lambda line: line.strip() != fence, lines[first + 1 :]))
    if first + 1 + len(block) >= len(lines) or not any(
        _METADATA_LINE.match(line.lstrip()) for line in block
    ):
        return None  # never closed, or no article key: a rule and text, not metadata
    if fence == "+++":
        why = "front matter in TOML (`+++`) is not read; write it in YAML between `---` lines"
    return Problem(path, f"this block is read as text: {why}", first + 1)
