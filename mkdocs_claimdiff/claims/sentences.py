"""Sentences: where a text's sentences begin and end, in the languages whose abbreviations and
ordinal dates it knows (``abbreviations``)."""

from __future__ import annotations

import re

from .abbreviations import MONTHS, LanguageRules, rules_for

_OPENERS = "\"'“‘([«„‚¿¡"

_CLOSERS = "\"'”’“‘)]»"  # German closes a quote with “ (opened by „)

# A candidate boundary: the token before it, the stop ("." "?" "!" "..." "…"), any closing quotes or
# brackets (they stay with the sentence they close), the whitespace, and the next character.
# The stop is always a whole run of stops (lookbehind and lookahead), so a line of a million dots
# costs linear time instead of trying every shorter run.
_BOUNDARY = re.compile(
    rf"(?<!\S)(\S*?)(?<![.?!…])([.?!…]+)(?![.?!…])([{re.escape(_CLOSERS)}]*)\s+(?=(\S))"
)

_WORD = re.compile(r"\w+")

_JOINED = re.compile(r"[-'’]")

# A footnote mark set apart after a sentence's stop ("… in a time loop. [3]", "[n 4]", "[a]"):
# it belongs to the sentence it follows. Alone it was a claim "[3]" that matched every other.
_NOTE_MARK = re.compile(r"(\[(?:\d{1,3}|[a-z]|n \d{1,3})\])(?:\s+|$)")

# A list's number or letter ("1.", "a.", "2.)"): it opens the item, it is never a sentence.
_ENUMERATOR = re.compile(r"[\W_]{0,2}(?:\d{1,3}|[^\W\d_])[.)]{1,2}")

# Single letters and dotted letters ("W", "U.S", "a.m"): initials and acronyms.
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")

# Abbreviations that stand before a name or a term and so never end a sentence.
_CONTINUING = frozenset(
    "mr mrs ms messrs dr prof gen lt col maj sgt cpl pvt capt cmdr adm brig gov sen rep rev hon "
    "pres supt mt ft vs cf approx e.g i.e".split()
)

# Ranks and titles that also end sentences as other words ("the dep.", "20 fr."): before a name
# only when capitalised and not followed by a typical sentence opener ("Det. Insp. Mark Rowley",
# "Cllr. Bob Jones"; not "the man was a Det. He had").
_RANKS = frozenset("det insp const cllr atty amb asst dep lieut cdr rt fr ch".split())

# Abbreviations that stand before a number ("No. 10"): they end a sentence unless a digit follows.
_BEFORE_NUMBER = frozenset("no nos vol n° nº".split())

# Abbreviations that often close a sentence ("... Apple Inc. The company ...") as well as sit inside
# one ("Apple Inc. CEO", "Nov. 28"); like initials and acronyms they end a sentence only when the
# next word is a typical sentence opener.
_AMBIGUOUS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec st ave blvd rd jr sr inc corp ltd co bros "
    "plc llc".split()
)

_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There Here "
    "But And Or So Yet Still However Meanwhile Moreover Instead Earlier Later Now Then Last "
    "In On At As After Before When While If Although Though Since Because During For With "
    "Some Many Most Both All One No Not What Who Why How".split()
)


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of one plain-text paragraph.

    Spans are trimmed of whitespace and together cover every non-space character exactly once, so
    nothing of the text is lost; the last sentence ends at the end of the text, punctuated or not.
    ``language`` (``de``, ``fr``, ``es``, ``it``; English by default) adds that language's
    abbreviations and ordinal dates (see ``abbreviations``).
    """
    rules = rules_for(language)
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _BOUNDARY.finditer(text, start):
        if _ends_sentence(match, rules) and not _ENUMERATOR.fullmatch(text, start, match.end(2)):
            mark = _NOTE_MARK.match(text, match.end())
            spans.append((start, mark.end(1) if mark else match.end(3)))
            start = mark.end() if mark else match.end()
    rest = text[start:].rstrip()
    if rest:
        spans.append((start, start + len(rest)))
    return spans


def _ends_sentence(match: re.Match[str], rules: LanguageRules) -> bool:
    """Decide whether a candidate boundary really ends the sentence.

    The next sentence must open with something that can open one (a capital, a digit, a quote),
    which alone keeps ``"Is it over?" she asked`` together. A bare period is then checked against
    the abbreviation lists; "etc." is deliberately in none of them, since followed by a capital it
    nearly always closes a list and the sentence with it.
    """
    token, stop, _closing, following = match.groups()
    if not _can_open(following):
        return False
    if stop != ".":
        return True
    # "Aoraki-Mt." and "l'Avv." are the abbreviations "Mt." and "Avv." joined to a word: judge
    # the part after the hyphen or the elided article.
    word = _JOINED.split(token.lstrip(_OPENERS).rstrip(_CLOSERS).lower())[-1]
    if word in _CONTINUING or word in rules.continuing:
        return False
    if word in _RANKS:  # a rank before a name, "ch." before a number ("ch. 7")
        titled = token.lstrip(_OPENERS)[:1].isupper()
        if following.isdigit():
            return False
        return not titled or _opens_sentence(match.string, match.end(), rules)
    if word in _BEFORE_NUMBER or word in rules.before_number:
        return not following.isdigit()
    if following.isdigit() and word.endswith(rules.endings_before_number):  # "Hauptstr. 5"
        return False
    if word.isdigit() and len(word) <= 3:  # "am 31. Oktober", "die 3. Liga"
        return not _is_ordinal(match.string, match.end(), rules)
    if word in MONTHS and following.isdigit():  # "30 Ago. 1984"
        return False
    if word in _AMBIGUOUS or word in rules.ambiguous or _INITIALS.fullmatch(word):
        return _opens_sentence(match.string, match.end(), rules)
    return True


def _is_ordinal(text: str, pos: int, rules: LanguageRules) -> bool:
    """Whether a number and a period before ``pos`` are an ordinal: before a month name in any
    language, and in German before any capitalised word that does not open sentences."""
    word = _WORD.match(text, pos)
    if word is None:
        return False
    if word.group().lower() in MONTHS:
        return True
    return rules.ordinal_before_nouns and word.group() not in rules.starters


def _can_open(char: str) -> bool:
    """A sentence opens with a letter that is not lowercase (uncased scripts count), a digit, a
    quote, a bracket or a currency sign."""
    if char.isalpha():
        return not char.islower()
    return char.isdigit() or char in _OPENERS or char in "$€£¥"


def _opens_sentence(text: str, pos: int, rules: LanguageRules) -> bool:
    """Whether the text at ``pos`` looks like the start of a sentence rather than the rest of a
    name: an opening quote, or a word from the short list of common sentence openers."""
    if text[pos] in _OPENERS:
        return True
    word = _WORD.match(text, pos)
    return word is not None and (word.group() in _STARTERS or word.group() in rules.starters)
