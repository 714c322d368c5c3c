"""A rank two claims give one thing in words alike: "Ingrid is the seventh named storm of the
season" / "Ingrid is the ninth named storm of the season", "It is the company's second recall
in three years" / "It's the firm's THIRD recall in three years" (helper-203's and helper-209's
audits). Only a rank said of the claim's subject ("is the seventh"), before the same words to
the end of its clause: "the second victim died" and "the third victim died" are two victims,
not two ranks of one, and "the 4th head coach since King took over" / "the 21st head coach"
rank in two scopes (helper-196's review of ordinals in general). Of one subject and one owner,
as far as the words tell, and a rank the claim gives, not one it asks about, denies or
supposes (helper-211's review: "Ingrid is the seventh" / "Jorge is the eighth", "isn't the
first", "would be her eighth")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Difference
from .calendar_words import MONTH_NAMES
from .ordinals import PLACES
from .slots import WORDS, Slots, once_per_claim

_ORDINAL_WORDS = {
    word: rank
    for rank, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        start=1,
    )
}

_RANK = re.compile(
    r"(?<![\w’'-])(?i:(?P<word>" + "|".join(_ORDINAL_WORDS) + r")|(?P<digits>\d{1,3})"
    r"(?:st|nd|rd|th))(?![\w’'-])"
)
"""An ordinal in words or in digits."""

_SAID_OF_SUBJECT = re.compile(
    r"(?<![\w’'-])(?i:is|was|are|were|be|been|became|becomes|marks|marked|[\w]+['’]s)"
    r"[ ](?:(?i:the|a|its|his|her|their|[\w-]+['’]s?)[ ]){0,2}$"
)
"""What makes a rank one said of the subject, right before it: "is the seventh", "It's the
firm's third", "marked the club's second"."""

_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|$")

RANKED_REACH = 120
"""Characters after a rank read as what it ranks, when its clause ends no sooner."""

SUBJECT_REACH = 40
"""Characters before a rank searched for ``_SAID_OF_SUBJECT``, and before that for the words of
whose rank it is."""


_UNASSERTED = re.compile(
    r"(?i:\b(?:not|never|would|could|might|if|whether|asked|there)\b|n['’]t\b|\ba[ ]$)"
)
"""Words before a rank, in its clause, that make it no rank the claim gives: "isn't the
first", "would make it Smith's 46th", "There's a second suspect", "a second blow"."""

_NO_RANK_AFTER = re.compile(rf"[ ](?:of[ ](?:{MONTH_NAMES})\b|centur)")
"""Words after an ordinal that make it a date or a century ("the 14th of July")."""

_NAME_AFTER = re.compile(r"[ ][A-Z]")
"""A capitalised word after an ordinal in digits: a name ("the 14th Street station")."""

_SCOPES = frozenset(
    "world country nation region state continent county league division city".split()
)
"""Owners that are scopes: "the world's third largest" and "Europe's second largest" rank in
two."""

_LINKS = frozenset("is was are were be been became becomes marks marked".split())

_PERSONS = frozenset("i he she we they".split())
"""Small words that still tell whose rank it is: "He is the party's third candidate" / "She is
the party's fourth"."""

_DAYS_OF_A_RUN = frozenset("day days week weeks month months night nights".split())

_CLAUSE_OPENERS = ',;:("“”'


@dataclass(frozen=True)
class _Rank:
    text: str
    span: tuple[int, int]
    value: int
    ranked: tuple[str, ...]
    """The keys of the content words after the rank to the end of its clause."""
    what: str
    """What is ranked, as written (``_named``)."""
    subject: frozenset[str]
    """The keys of the content words of its clause before the verb: whose rank it is."""
    owner: str
    """The last possessive before the rank, as written ("firm" of "the firm's third")."""


@once_per_claim
def _ranks(slots: Slots) -> tuple[_Rank, ...]:
    text = slots.claim.text
    found: list[_Rank] = []
    if "?" in text:
        return ()  # "Was this the firm's third recall?"
    for match in _RANK.finditer(text):
        said = _SAID_OF_SUBJECT.search(text, max(0, match.start() - SUBJECT_REACH), match.start())
        if said is None:
            continue
        before = _clause_before(text, said.start())
        if not before.strip(" ,"):  # "A woman, 61, was the third": whose is set apart before
            before = _clause_before(text, said.start() - len(before) - 1)
        if (
            _UNASSERTED.search(f"{before} {said.group()}")
            or _quoted(text, match.start())
            or _NO_RANK_AFTER.match(text, match.end())
            or (match.group("digits") and _NAME_AFTER.match(text, match.end()))
        ):
            continue
        end = _CLAUSE_END.search(text, match.end(), match.end() + RANKED_REACH)
        rest = text[match.end() : end.start() if end else match.end() + RANKED_REACH]
        words = [token for token in WORDS.tokens(rest) if token.content]
        if not words or words[0].word in PLACES or words[0].word in _DAYS_OF_A_RUN:
            # "the 87th minute" is a figure of its own (``ordinals``); "the third day of the
            # trial" is one of a run, told on each day of it (helper-211's review)
            continue
        word = match.group("word")
        value = _ORDINAL_WORDS[word.lower()] if word else int(match.group("digits"))
        owners = [w[:-2] for w in said.group().replace("’", "'").split() if w.endswith("'s")]
        subject = frozenset(
            token.key
            for token in WORDS.tokens(before)
            if (token.content or token.word in _PERSONS) and token.word not in _LINKS
        )
        ranked = tuple(token.key for token in words)
        owner = owners[-1] if owners else ""
        found.append(
            _Rank(match.group(), match.span(), value, ranked, _named(rest), subject, owner)
        )
    return tuple(found)


def _clause_before(text: str, end: int) -> str:
    """The text of the clause that ends at ``end``, back to a clause's mark or
    ``SUBJECT_REACH`` characters."""
    if end <= 0:
        return ""
    reach = max(0, end - SUBJECT_REACH)
    opened = max(reach - 1, *(text.rfind(mark, reach, end) for mark in _CLAUSE_OPENERS))
    return text[opened + 1 : end]


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation: a speaker's rank ("“It's the third time,” she
    said") is set against no other speaker's."""
    start = max(0, at - QUOTE_REACH)
    opened = text.count("“", start, at) > text.count("”", start, at)
    return opened or text.count('"', start, at) % 2 == 1


QUOTE_REACH = 200
"""Characters before a rank searched for an open quotation."""


def _named(rest: str) -> str:
    """What is ranked as the clause names it: its first run of content words ("named storm" of
    "named storm of the season", "arrest" of "such arrest in less than a month")."""
    run: list[str] = []
    for token in WORDS.tokens(rest):
        if token.content:
            run.append(rest[token.start : token.end])
        elif run:
            break
    return " ".join(run)


def rank_differences(first: Slots, second: Slots) -> list[Difference]:
    """Two ranks the claims say of their subject, of the same words to their clauses' end."""
    ranks = _ranks_by_words(second) if _RANK.search(second.claim.text) else {}
    if not ranks:
        return []
    for rank in _ranks(first):
        for other in ranks.get(rank.ranked, ()):
            if rank.value != other.value and _of_one_subject(rank, other):
                told = rank.text, other.text
                return [Difference("number", *told, rank.what, rank.span, other.span)]
    return []


@once_per_claim
def _ranks_by_words(slots: Slots) -> dict[tuple[str, ...], list[_Rank]]:
    """The claim's ranks by what they rank, looked up rather than each tried against each: of
    each, the first of two values at most, which is all a rank of the other claim is told
    apart from (a text of thousands of ranks alike would cost their square)."""
    found: dict[tuple[str, ...], list[_Rank]] = {}
    for rank in _ranks(slots):
        alike = found.setdefault(rank.ranked, [])
        if len(alike) < 2 and all(other.value != rank.value for other in alike):
            alike.append(rank)
    return found


def _of_one_subject(one: _Rank, other: _Rank) -> bool:
    """Whether two ranks are said of one subject in one scope, as far as the words tell:
    "Ingrid is" and "Jorge is" are two storms, "Apple's" and "Samsung's" two firms, "the
    world's" and "Europe's" two scopes; "the company's" and "the firm's" one."""
    if one.subject and other.subject and one.subject != other.subject:
        return False
    a, b = one.owner, other.owner
    if a and b and a.lower() != b.lower():
        return not (
            a.lower() in _SCOPES or b.lower() in _SCOPES or a[:1].isupper() or b[:1].isupper()
        )
    return True
