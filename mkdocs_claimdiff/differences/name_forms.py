"""The forms one word of a name takes: a place and its people ("Zealand", "Zealander"), a
plural ("Oscar", "Oscars"), a word a scrape glued to it ("Johnsonwas")."""

from __future__ import annotations

import re
from functools import lru_cache

from cydifflib import SequenceMatcher

from .slots import Slots, once_per_claim

DEMONYM_ENDINGS = (
    "a",  # "Somalia", "Somali"
    "s",
    "es",
    "er",
    "ers",
    "n",
    "ns",
    "an",
    "ans",
    "ian",
    "ians",
    "ese",
    "i",
    "ish",
    "ic",  # "Democrat", "Democratic"; "Islam", "Islamic"
)

GLUED_WORDS = frozenset("was is has had and said says of in to at on for who".split())
"""Short words a scraped page glues to the name before them when it drops a space
("Johnsonwas in the crosswalk"): the name, not another one."""

ONE_NAME_ENDINGS = (*DEMONYM_ENDINGS, *GLUED_WORDS)
"""What a word of a name may end in more than another word and still be that name: its people
("Zealander") or a word glued to it."""


def one_word(left: str, right: str) -> bool:
    """A place and its people ("Zealand", "Zealander"; "Syria", "Syrian"; "Texas", "Texan"),
    not one name spelt two ways ("Rait", "Raite")."""
    shorter, longer = sorted((left, right), key=len)
    if len(left) == len(right) > 4 and left[:-1] == right[:-1]:
        return {left[-1], right[-1]} == {"s", "n"}  # "Texas", "Texan" (helper-234's audit)
    return longer.startswith(shorter) and longer[len(shorter) :] in DEMONYM_ENDINGS


def plural(left: str, right: str) -> bool:
    """One word and its plural ("Picture", "Pictures"), not a place and its people."""
    shorter, longer = sorted((left, right), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in ("s", "es")


@lru_cache(maxsize=65536)  # bounded as ``names.alike``: a story's names recur
def shortened(word: str) -> frozenset[str]:
    """The words that ``word`` is with one of ``ONE_NAME_ENDINGS`` added ("zealand" of
    "zealander"), each one name with it: a word is one name with another when either is among
    the other's, found by a look-up, not a comparison of the two."""
    return frozenset(
        word[: len(word) - len(ending)] for ending in ONE_NAME_ENDINGS if word.endswith(ending)
    )


@once_per_claim
def shortened_lasts(slots: Slots) -> frozenset[str]:
    """``shortened`` of every last word of the claim's entities (``Slots.entity_lasts``), made
    once however many matches ask: a word among them is one name with one of those."""
    return frozenset().union(*map(shortened, slots.entity_lasts))


OPENING_HEADS = frozenset("hurricane typhoon cyclone storm mount lake".split())
"""Kinds that open a name ("Hurricane George", "Mount Sefton", "Lake Tekapo"): what follows
is a proper name, which a final "s" misspells, not a plural ("Golden Globes", "San Diego
Chargers" are plurals). Not every place head: before a common noun they open no name, and
its plural is grammar ("Park Rangers", "County Commissioners", "City Councils", "Range
Rovers", "St Johns")."""

AGENT_ENDINGS = ("er", "or")
"""Endings of a noun of people or things that do something: after a kind it is a common noun
("Hurricane Hunters", "Storm Chasers"), whose plural is grammar."""


def letters_of(name: str) -> str:
    """A name's words in lower case, punctuation and a possessive left out, initials run
    together: "P.J.Carlesimo", "PJ Carlesimo" and "P.J. Carlesimo's" are one spelling (a
    difference of punctuation alone is none), "Trail Blazers" and "Trailblazers" two."""
    words = _WORD.findall(name.removesuffix("'s").removesuffix("’s").lower())
    return _INITIALS.sub(lambda run: run.group().replace(" ", ""), " ".join(words))


_WORD = re.compile(r"[^\W_]+")
_INITIALS = re.compile(r"\b\w(?:[ ]\w\b)+")
"""A run of single letters: initials written apart ("p j" of "P.J.")."""


_ORGANISATION_SUFFIXES = frozenset("company co inc ltd corp corporation llc plc".split())


def without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words (``name_word``) without the legal form a company's name may end in:
        "Tessaly Coal Company" and "Tesally Coal" are one name spelt two ways (helper-195's audit),
        "Tessaly Coal Company" and "Tessaly Coal" one name, "Bay Company" and "Bay Co" (of "Hudson's
    Bay Company") one name (helper-201's review)."""
    if len(words) > 1 and words[-1] in _ORGANISATION_SUFFIXES:
        return words[:-1]
    return words


SPELLING_LIKENESS = 0.8
"""Two different surnames this alike (difflib ratio) are one name spelt two ways ("Rait",
"Raite"), which a reader should check, not two people."""


@lru_cache(maxsize=65536)
def alike(left: str, right: str) -> bool:
    """Spelt alike but not the same name: "Recognised" and "Recognized", "Theatre" and
    "Theater" are one word in two spelling conventions, which no reader needs to check.
    Remembered: a story of many outlets compares the same few names in thousands of matches.
    difflib's ratio from ``cydifflib`` (difflib compiled: the same matches, several times as
    fast), as the word highlights take theirs."""
    return (
        min(len(left), len(right)) >= 4
        and _convention(left) != _convention(right)
        and not _inflected(left, right)
        and _WORD_OF.sub("", left) != _WORD_OF.sub("", right)
        and (
            SequenceMatcher(None, left, right).ratio() >= SPELLING_LIKENESS
            or SequenceMatcher(None, *_sounded(left, right)).ratio() >= SOUNDED_LIKENESS
        )
    )


SOUNDED_LIKENESS = 0.9
"""Two words alike once "ph" is written "f" (``_sounded``) are one name spelt two ways only
this alike: "Sophia" and "Sofia" are the same then, "Shepherd" ("Sheferd") and "Schaefer" two
names (helper-207's review)."""


def _sounded(left: str, right: str) -> tuple[str, str]:
    """The words with "ph" written "f" where the other word writes "f", so that a name spelt
    both ways is as alike as it reads: "Sophia" and "Sofia" (helper-202's audit). Not where
    the other has no "f": "Topham" is no "Tofam" beside "Tolam" (helper-204's review)."""
    if "f" in right and "ph" in left:
        return left.replace("ph", "f"), right
    if "f" in left and "ph" in right:
        return left, right.replace("ph", "f")
    return left, right


_VERB_ENDINGS = ("d", "ed", "ing")

_WORD_OF = re.compile(r"(?:ic|ist|ism)s?$")
"""Endings that make another word of one stem, not another spelling: "Islamic" and "Islamist"
(helper-170's audit), "Zionist" and "Zionism"."""


def _inflected(left: str, right: str) -> bool:
    """A name made a verb ("Tasered", "Googling") is that name, capitalised as it is, not
    another name spelt alike. "Raite" against "Rait" adds no ending a verb takes."""
    shorter, longer = sorted((left, right), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in _VERB_ENDINGS


_CONVENTIONS = re.compile(r"(?<=[a-z])(?:is(?=e|ing|ation)|ys(?=e|ing)|our\b|tre\b|ll(?=ed|ing))")
_CONVENTIONAL = {"is": "iz", "ys": "yz", "our": "or", "tre": "ter", "ll": "l"}


def _convention(word: str) -> str:
    """The word in American spelling, which British spelling differs from in a few endings."""
    return _CONVENTIONS.sub(lambda match: _CONVENTIONAL[match.group()], word)
