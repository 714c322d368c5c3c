"""Which language an article is written in, as far as a comparison needs to know: claims are
matched by their words, so a story of articles in two languages matches few claims across
them and finds no disagreement between them, which its page must say rather than let "no
disagreement found" stand for agreement."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..claims.language import language_of
from ..differences.denials_abroad import DENYING_LANGUAGES
from ..model import Article
from ..sources.meta import LANGUAGE_NAMES as WRITTEN_NAMES

NAMES: dict[str, str] = {}
for _name, _code in WRITTEN_NAMES.items():  # the English name of each comes first
    NAMES.setdefault(_code, _name.capitalize())
"""The languages whose sentence rules claimdiff has, by code: "fr" is "French"."""


@lru_cache(maxsize=4096)  # the page and its search entry ask for every article of a story
def language_name(declared: str | None, text: str) -> str | None:
    """The name of the article's language (``language_of``), its code for one without a name
    here ("pt"), None when it is not told."""
    code = language_of(declared, text)
    return NAMES.get(code, code) if code else None


DIFFERENCES_READ = frozenset({"en"})
"""Languages in which a figure, a date, a name, a negation, a hedge and a source are read to
find what matched claims disagree on (the patterns of ``differences`` and ``claims`` are
English): in another, matched claims are shown side by side, but a disagreement goes unseen,
and the page must say so rather than "No disagreement found"."""


def unread_languages(
    articles: Iterable[Article],
) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Each language told (``language_of``) in which disagreements are not read, by its name,
    with the outlets of the articles in it, in the order of the articles, and whether a claim
    denying another is found in it (``DENYING_LANGUAGES``)."""
    unread: dict[str, tuple[list[str], bool]] = {}
    for article in articles:
        code = language_of(article.language, article.body)
        if code is not None and code not in DIFFERENCES_READ:
            name = NAMES.get(code) or OTHER_NAMES.get(code, code)
            outlets, _ = unread.setdefault(name, ([], code in DENYING_LANGUAGES))
            outlets.extend([article.outlet_name] * (article.outlet_name not in outlets))
    return tuple((name, tuple(outlets), denials) for name, (outlets, denials) in unread.items())


OTHER_NAMES = {
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "uk": "Ukrainian",
    "pl": "Polish",
    "el": "Greek",
    "tr": "Turkish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "cs": "Czech",
    "ro": "Romanian",
    "hu": "Hungarian",
    "ar": "Arabic",
    "he": "Hebrew",
    "fa": "Persian",
    "hi": "Hindi",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "sk": "Slovak",
    "sl": "Slovenian",
    "hr": "Croatian",
    "sr": "Serbian",
    "bg": "Bulgarian",
    "et": "Estonian",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "id": "Indonesian",
    "nb": "Norwegian",
    "nn": "Norwegian",
}
"""Names of languages claimdiff has no sentence rules for (``NAMES`` has those), as the page
names an article's language: "the Portuguese articles", not "the pt articles"."""
