"""The plugin's options, each checked by an option class as ``load_config`` reads
``mkdocs.yml``: a wrong value is refused there, with the option named, before anything is read."""

from __future__ import annotations

import math
from pathlib import PurePosixPath
from typing import TypeVar

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from ..options import (
    DEFAULT_THRESHOLD,
    MAX_ARTICLE_BYTES,
    MAX_COLUMNS,
    MAX_COLUMNS_LIMIT,
    THRESHOLD_RANGE,
    out_of_range,
)
from ..slug import slugify


class _Aliases(base.BaseConfigOption[dict[str, list[str]]]):
    """``canonical: [variant, ...]`` pairs of names; a single variant may be given without a
    list. Anything else is refused with the offending key named, rather than split into letters
    (a string is iterable) or failing later with a TypeError."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, list[str]] = {}

    def run_validation(self, value: object) -> dict[str, list[str]]:
        if value is None:  # `aliases:` with every entry commented out
            return {}
        if not isinstance(value, dict):
            raise ValidationError(f"expected a mapping of names, got {type(value).__name__}")
        checked = {}
        for canonical, variants in value.items():
            listed = [variants] if isinstance(variants, str) else variants
            if not isinstance(canonical, str) or not canonical.strip():
                raise ValidationError(f"{canonical!r} is not a name")
            if (
                not isinstance(listed, list)
                or not listed
                or not all(isinstance(variant, str) and variant.strip() for variant in listed)
            ):
                raise ValidationError(
                    f"`{canonical}` must be given a name or a list of names, not {variants!r}"
                )
            checked[canonical] = listed
        return checked


Number = TypeVar("Number", int, float)


class _Number(base.BaseConfigOption[Number]):
    """A number of type ``kind`` from ``minimum`` to ``maximum`` (a whole number for ``int``;
    for ``float``, whole numbers are fine too). ``true`` is refused: YAML reads it as a
    boolean, which Python would take for 1, so a misplaced ``true`` would quietly mean one
    byte or one worker."""

    def __init__(
        self, kind: type[Number], default: Number | None, minimum: Number, maximum: Number
    ) -> None:
        super().__init__()
        self.kind: type[Number] = kind
        self.default = default
        self.minimum: Number = minimum
        self.maximum: Number = maximum

    def run_validation(self, value: object) -> Number:
        whole = self.kind is int
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            raise ValidationError(
                f"expected {'a whole number' if whole else 'a number'}, not {value!r}"
                + _read_as_text(value, whole)
            )
        if refused := out_of_range(value, self.minimum, self.maximum):
            raise ValidationError(refused)
        number: Number = self.kind(value)
        return number


def _read_as_text(value: object, whole: bool) -> str:
    """Why a number came as text, when it looks like one: YAML 1.1, which MkDocs reads
    ``mkdocs.yml`` by, takes ``5e-1`` or ``1e3`` (no dot in the mantissa) for a string, and
    "expected a number, not '5e-1'" alone leaves the writer puzzled. Quoted numbers ("0.5") are
    text in every YAML: the hint shows them as a number too. It is written as YAML 1.1 reads
    a number: a whole number where one is expected ("1e3" as 1000, not 1000.0), else with a
    dot in the mantissa ("1e-05" as 1.0e-05)."""
    if not isinstance(value, str):
        return ""
    try:
        number = float(value)
    except ValueError:
        return ""
    if not math.isfinite(number) or (whole and not number.is_integer()):
        return ""
    written = str(int(number)) if whole else repr(number)
    if "." not in written and "e" in written:
        written = written.replace("e", ".0e")
    return f" (YAML reads it as text: write it as {written})"


def safe_prefix(output_dir: str) -> str:
    """The URL prefix as slugs, so no option value can point outside the site; "" when it
    names no folder ("", ".", "/") or a part has no letter or digit (" ", "-": "untitled")."""
    parts = [
        part for part in PurePosixPath(output_dir.replace("\\", "/")).parts if part.strip("/.")
    ]
    if not all(any(map(str.isalnum, part)) for part in parts):
        return ""
    return "/".join(map(slugify, parts))


class _Prefix(c.Type[str]):
    """A folder of the site, as text: a YAML number ("2024") must be quoted to be a name."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError(f'expected a folder name, not {value!r} (quote a number: "2024")')
        if not safe_prefix(value):
            raise ValidationError(f"must name a folder, not {value!r}")
        return value


class _Text(c.Type[str]):
    """Text that may not be empty: an empty folder name would mean the folder of
    ``mkdocs.yml`` or of the docs."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if not text.strip():
            raise ValidationError("must not be empty")
        return text


MAX_WORKERS = 64
"""More worker processes than this only fight over the CPUs and the memory (each holds about
100 MB)."""
MAX_ARTICLE_BYTES_LIMIT = 100_000_000
"""The largest ``max_article_bytes``: matching costs about a minute per 2 MB of text."""


class ClaimDiffConfig(base.Config):
    """Options of the ``claimdiff`` plugin. Each option's docstring is its documentation: the
    demo site's guide generates its option reference from them."""

    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing its options (for a quick build of the other pages,
    say: ``enabled: !ENV [CLAIMDIFF, true]``): no article, story or index pages are made, as if
    it were not listed, but the files of ``articles_dir`` still stay out of the site, never
    published as they are."""
    articles_dir = _Text("articles")
    """Folder of the stories, one sub-folder per story; relative to ``docs_dir`` unless absolute.
    It may sit inside or beside ``docs_dir``, not hold it; its files are read, never published."""
    output_dir = _Prefix("stories")
    """URL prefix of the generated pages (made of slugs, so it cannot lead outside the site)."""
    threshold = _Number(float, DEFAULT_THRESHOLD, *THRESHOLD_RANGE)
    """Match score (0 to 1) from which two claims count as the same claim. Higher: fewer,
    surer matches; lower: more matches, more of them wrong."""
    aliases = _Aliases()
    """Extra names that mean the same, ``canonical: [variant, ...]`` (one variant may be given
    without a list), e.g. ``{"nato": ["north atlantic alliance"]}``; added to the built-in ones.
    They make claims match, and a source named wholly by one of them is one source however
    written ("the EU" and "Brussels"); other differences (names, figures) use the built-in
    ones only."""
    index_title = _Text("Stories")
    """Title of the story index page."""
    max_article_bytes = _Number(int, MAX_ARTICLE_BYTES, 1, MAX_ARTICLE_BYTES_LIMIT)
    """Larger article files are read only up to this size (in bytes, from 1 to 100,000,000),
    cut at a paragraph break, with a warning."""
    cache = c.Type(bool, default=True)
    """Keep comparisons on disk between builds; ``false`` writes nothing (a running
    ``mkdocs serve`` still keeps them in memory, so an edit recompares only its own story)."""
    cache_dir = _Text(".cache/claimdiff")
    """Folder of the cache, relative to the folder of ``mkdocs.yml`` unless absolute. It may not
    be inside ``docs_dir`` (a write there would make ``mkdocs serve`` rebuild again) nor inside
    ``site_dir`` (the cache, with the local paths it holds, would be published)."""
    nav_articles = c.Type(bool, default=False)
    """List each article under its story in the automatic navigation. Off by default: the
    story's page links every article and each article page links back, and a navigation of
    hundreds of articles is hard to use and rendered into every page of the site."""
    max_columns = _Number(int, MAX_COLUMNS, 1, MAX_COLUMNS_LIMIT)
    """Stories of up to this many articles are shown side by side, one column per article; a
    story of more is shown as a list of rows, each with the claims of the outlets that report
    it under their names (no coverage matrix, no outlet picker): with hundreds of outlets,
    most cells of a column per article would be empty."""
    search_comparisons = c.Type(bool, default=False)
    """Index every claim of the comparison pages for search. Off by default: each claim is a
    sentence of an article, indexed on the article's page, so the index would hold it twice;
    a comparison page is found by its title, its articles' outlets and headlines."""
    workers = c.Optional(_Number(int, None, 1, MAX_WORKERS))
    """Processes (1 to 64) that read saved web pages and compare stories in parallel on a build
    with much uncached work; unset, the number of CPUs this process may use. ``1`` reads and
    compares everything in the MkDocs process."""
