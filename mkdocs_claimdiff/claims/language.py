"""Which language an article is written in, as far as reading it needs to know: the
language it declares, else the one its common words tell. Figures are read by it (a decimal
comma in ``DECIMAL_COMMA``), denials of other languages too, and the comparison page names it."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_TWO_LETTERS = {
    "eng": "en",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "ita": "it",
    "por": "pt",
    "nld": "nl",
    "dut": "nl",
    "rus": "ru",
}
"""Three-letter codes of those languages, as ``language: eng`` may give them."""

_COMMON_WORDS = {
    "en": frozenset("the and of to was were is are that with for said has have from".split()),
    "de": frozenset("der die das und ist nicht mit den von zu ein eine sich auf wurde".split()),
    "fr": frozenset("le la les des et est une dans du pour que qui sur au ont été".split()),
    "es": frozenset("el la los las y que en del por una con para se fue han".split()),
    "it": frozenset("il che di per una con del non sono gli della nel ha è stato".split()),
}
"""Words each language writes in nearly every sentence and the others rarely do."""

CHARACTERS_READ = 2_000
"""Characters of an article's text whose words are counted for its language: a few paragraphs
tell it."""

FEWEST_HITS = 8
"""Common words an article must give of its language, and twice as many as of any other,
for its language to be told: a short or mixed text tells none."""

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)  # asked for each claim read, each article's page and search entry
def language_of(declared: str | None, text: str) -> str | None:
    """The article's language: the one it declares (its front matter, the page's ``lang``),
    else the one its common words tell (``_COMMON_WORDS``); None when neither does."""
    if declared:
        code = declared.split("-")[0].split("_")[0].lower()
        return _TWO_LETTERS.get(code, code)
    read = text[:CHARACTERS_READ].lower()
    cyrillic = _cyrillic(read)
    if cyrillic:
        return cyrillic
    counts = Counter(_WORD.findall(read))
    hits = sorted(
        ((sum(counts[word] for word in common), code) for code, common in _COMMON_WORDS.items()),
        reverse=True,
    )
    (best, code), (second, _other) = hits[0], hits[1]
    return code if best >= FEWEST_HITS and best >= 2 * second else None


DECIMAL_COMMA = frozenset(
    "de fr es it pt nl ru uk pl cs sk sl hr sr bg ro hu el tr sv da no nb nn fi et lv lt id".split()
)
"""Languages that write a decimal comma and group thousands with a full stop or a space:
"3,5 Millionen" is three and a half million, "1.200 Liter" and "1 200 litres" twelve hundred."""


_GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?P<gap>[. \u00a0\u202f])\d{3}(?:(?P=gap)\d{3})*)?(?:,\d+)?(?!\d|,\d)"
    r"(?!\.\d)"
)
"""A whole figure as a language that writes a decimal comma writes it: groups of thousands set
apart by one sign, a full stop or a space ("1.200", "3.500.000", "1 200"), and a decimal comma
("3,5", "1.200,50"). A date or a time of full stops ("31.10.2023", "22.30") is none: its groups
are not of three; nor is a year before a count ("2022 250 migrants"): a group opens a figure."""


def english_figures(text: str) -> str:
    """``text`` with its figures written as English writes them, one character for one, so
    that every place in it stays: "3,5 Millionen" as "3.5 Millionen", "1.200" and "1 200" as
    "1,200"."""
    return _GROUPED.sub(lambda figure: _as_english(figure.group()), text)


def _as_english(figure: str) -> str:
    return "".join(
        "." if sign == "," else "," if sign in ". \u00a0\u202f" else sign for sign in figure
    )


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def _cyrillic(text: str) -> str | None:
    """Russian or Ukrainian, told by letters only one of them writes, in a text (lower case)
    mostly of Cyrillic letters: "і", "ї", "є" and "ґ" are Ukrainian, "ы", "э" and "ё" Russian;
    Bulgarian and Serbian write neither set and are left untold. Common words told too few in
    a short article (helper-188's review: a Russian article of five sentences was read as no
    language), or both (helper-189's: "на", "в", "по" are in both)."""
    if text.isascii():
        return None  # most articles
    letters = len(_LETTER.findall(text))
    if not letters or 2 * len(_CYRILLIC.findall(text)) < letters:
        return None
    ukrainian, russian = any(c in text for c in "іїєґ"), any(c in text for c in "ыэё")
    return "uk" if ukrainian and not russian else "ru" if russian and not ukrainian else None
