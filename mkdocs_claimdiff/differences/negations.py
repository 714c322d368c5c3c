"""One claim saying the opposite of the other: a negation or a degree against a plain statement."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Difference
from ..normalise import STOPWORDS, Normaliser
from .befallen import (
    another_form,
    content_before,
    count_befallen,
    counted_in_clause,
    digits_before,
    of_no_one,
    same_pronoun,
    same_subject,
)
from .denied_words import denied_from, none_of
from .descriptions import same_description
from .objects import acted_on_alike, passive_denied, passive_of_denial
from .occasions import none_of_agrees
from .said_alike import few_before, lost_before, moved_to
from .slots import (
    _NEGATORS,
    DENIALS,
    FAILURES,
    NEGATING_ENDINGS,
    WORDS,
    Polarity,
    Slots,
    negates,
)
from .unasserted import (
    FILLERS,
    conditional,
    counterfactual,
    failed_to,
    no_denial,
    until,
    word_after,
)
from .verb_forms import DESCRIBED, denies_a_verb, past_forms, stated_in_past, verb_before

_POSITIVE_DEGREE = frozenset("well sufficiently adequately properly fully".split())

_NEGATIVE_DEGREE = frozenset(
    "insufficiently inadequately poorly badly ill under-equipped improperly".split()
)

_POLAR_WORD = re.compile(r"[\w’']+")


_REJECTIONS = frozenset("reject rejects rejected rejecting dismissed disputed disputes".split())
_REJECTED = frozenset("claims allegations accusations reports suggestions charges".split())
"""A rejection of claims is a denial of what they say: "rejected claims it had ignored safety
warnings" denies "ignored" as "denied that it had ignored" does (and "rejected calls to resign"
denies nothing)."""

_POLAR_WORDS = _NEGATORS | _POSITIVE_DEGREE | _NEGATIVE_DEGREE | _REJECTIONS | FAILURES
"""The words ``read_polarities`` reads, lower case."""

_POLAR_CUE = re.compile(
    rf"(?i:{'|'.join(NEGATING_ENDINGS)}|(?<![\w’'])(?:"
    + "|".join(map(re.escape, sorted(_POLAR_WORDS)))
    + r"))(?![\w’'])"
)
"""Where a word ``read_polarities`` reads may stand: its words are ASCII once lower-cased, and
no other character lower-cases to an ASCII letter they use (the Kelvin sign is "k"), so a text
this finds nothing in has none, and most claims are passed over without reading every word."""


_POLAR_PARTS = (
    *NEGATING_ENDINGS,
    *sorted(word for word in _POLAR_WORDS if not _POLAR_WORD.fullmatch(word)),
)
"""What ``_polar_cue_finds`` looks for as a string: the contractions, and the words that are
more than one run of ``_POLAR_WORD`` ("under-equipped"), which no run equals."""


def _polar_cue_finds(text: str) -> bool:
    """Whether ``_POLAR_CUE`` finds anything in ``text``, not searched for in an ASCII text
    (most claims) without one of its words: where the pattern finds a word, that word is a
    whole run of ``_POLAR_WORD`` (the pattern's look-arounds end it there), or one of
    ``_POLAR_PARTS``. Case folding reads more than ``lower`` in other texts."""
    if text.isascii():
        lowered = text.lower()
        if not any(map(lowered.__contains__, _POLAR_PARTS)) and _POLAR_WORDS.isdisjoint(
            _POLAR_WORD.findall(lowered)
        ):
            return False
    return _POLAR_CUE.search(text) is not None


_DENY_ONE = frozenset({"no", "not"})
"""Words that, before "one", deny what follows of anyone: "No one was hurt", "not one person"."""

_OPENING_QUOTES = frozenset('"“‘')
_QUOTES = frozenset('"”’')


def read_polarities(text: str, normaliser: Normaliser) -> tuple[Polarity, ...]:
    """Words said under a negation ("was not wearing") or with a degree that says yes or no
    ("well equipped", "insufficiently equipped")."""
    if not _polar_cue_finds(text):
        return ()
    words = [(m.start(), m.end(), m.group().lower()) for m in _POLAR_WORD.finditer(text)]
    found: list[Polarity] = []
    for index, (start, _end, word) in enumerate(words):
        following = index + 1
        rejected = (
            word in _REJECTIONS and following < len(words) and words[following][2] in _REJECTED
        )
        failed = failed_to(words, index) if word in FAILURES else 0
        negative = negates(word) or word in _NEGATIVE_DEGREE or rejected or bool(failed)
        if not (negative or word in _POSITIVE_DEGREE) or conditional(text, words, index):
            continue
        if word == "no" and no_denial(text, words, index):
            continue  # "almost no wind", "the No 9 shirt"
        if counterfactual(words, index):
            continue  # "should not have been driving" says he was
        following += failed  # "failed to stop" denies "stop"
        if rejected:
            following = denied_from(text, words, following + 1)
        if word in _DENY_ONE and following < len(words) and words[following][2] == "one":
            following += 1  # "No one was killed" denies "killed", as "nobody was killed" does
            if following < len(words) and words[following][2] == "person":
                following += 1  # "not one person was hurt"
        if word == "none":
            following = none_of(words, following)  # "None of the hostages was injured"
        if word in DENIALS:
            following = denied_from(text, words, following)
        while following < len(words) and words[following][2] in FILLERS:
            following += 1
        if following >= len(words) or words[following][2] in STOPWORDS:
            continue
        if until(text, words, following):
            continue  # "was not found until Tuesday" says it was found
        _, end, target = words[following]
        # The word after, in the same clause: "had never been inspected, the council said"
        # says nothing of the council.
        after, coordinated = word_after(
            text, words[following][2], words[following + 1 : following + 3], end
        )
        what = f"{target} {after}".strip()
        key, next_key = normaliser.key(target), normaliser.key(after) if after else ""
        if start and text[start - 1] in _OPENING_QUOTES and _QUOTES & set(text[start:end]):
            start -= 1  # 'be "insufficiently" equipped' shows its quotation marks in pairs
        found.append(
            Polarity(text[start:end], (start, end), key, next_key, negative, what, coordinated)
        )
    return tuple(found)


_SAID_NEXT = re.compile(
    r"\b(?:and|but)[ ]+(?:said|says|told|added|insisted|confirmed)"
    r"(?:[ ]+(?!(?:that|he|she|it|they)\b)[\w’'-]+){0,2}[ ]+(?:that[ ]+)?(?:he|she|it|they)[ ]+"
    r"(?:(?:had|has|have|already)[ ]+){0,2}$"
)
"""A clause of its own told after a denial, of a pronoun, as done: "denied any wrongdoing and
said he had repaid" (not "said others had repaid", "said it would recall"; helper-236)."""

SAID_REACH = 90
"""Characters before a stated word searched once for ``_SAID_NEXT``."""


def _denied_near(other: _Said, span: tuple[int, int] | None) -> bool:
    """Whether the other claim denies something where it states the word at ``span``: after
    it, or before it in the same report ("I didn't feel we were executing" says what "we
    weren't executing" says); not a denial told before "and said he had" (a written story:
    "denied any wrongdoing and said he had repaid the money"). One search a call, whatever
    the number of denials (helper-236's review: one a denial grew as their square)."""
    if not other.negates:
        return False
    if span is None:
        return True
    said = _SAID_NEXT.search(other.slots.claim.text, max(0, span[0] - SAID_REACH), span[0])
    cleared_before = said.start() if said else -1
    return any(
        polarity.negative and (polarity.span[0] >= span[1] or polarity.span[1] > cleared_before)
        for polarity in other.slots.polarities
    )


def _negated(previous: Iterable[str]) -> bool:
    words = list(previous)
    if words[-2:] == ["yet", "to"]:
        return True  # "had yet to regain consciousness" says it was not regained
    return any(map(negates, words))


def negation_differences(first: Slots, second: Slots) -> list[Difference]:
    """One claim says the opposite of the other: "was not wearing crampons" against "was
    wearing crampons", "insufficiently equipped" against "well equipped"."""
    found: list[Difference] = []
    if not first.polarities and not second.polarities:
        return found  # most pairs: nothing is denied, nothing to look up
    said_first, said_second = _said(first), _said(second)
    for polarity in first.polarities:
        opposite = _opposite(polarity, first, said_second)
        if opposite is not None:
            found.append(
                Difference(
                    "negation", polarity.text, opposite[0], opposite[2], polarity.span, opposite[1]
                )
            )
            return found
    for polarity in second.polarities:
        opposite = _opposite(polarity, second, said_first)
        if opposite is not None:
            found.append(
                Difference(
                    "negation", opposite[0], polarity.text, opposite[2], opposite[1], polarity.span
                )
            )
            return found
    return found


@dataclass(frozen=True)
class _Said:
    """What a claim says, looked up by word: each of its polarities by the word and whether it
    is denied, each word it states plainly by its key and as written, and whether it denies
    anything. Looked up once per word of the other claim, not searched for each."""

    slots: Slots
    polarities: dict[tuple[str, bool], Polarity]
    words: dict[tuple[str, str], tuple[str, tuple[int, int]]]
    negates: bool


def _said(slots: Slots) -> _Said:
    polarities: dict[tuple[str, bool], Polarity] = {}
    for polarity in slots.polarities:
        polarities.setdefault((polarity.key, polarity.negative), polarity)
    negates = any(polarity.negative for polarity in slots.polarities)
    return _Said(slots, polarities, slots.stated_as_written, negates)


_PARTICIPLE_ENDINGS = ("ed", "en")


def _stated_last(
    polarity: Polarity, own: Slots, other: _Said
) -> tuple[str, tuple[int, int]] | None:
    """What a negated verb that ends its claim ("have not been released") denies, as the
    other claim states it in the same word of the same subject, whatever follows there
    ("results ... were released Wednesday"): a word alike in its stem only ("could not be
    rescued", "a rescue helicopter") is no statement of it, nor is it said of someone else
    ("his wife was not charged", "he was charged")."""
    target = polarity.what.split()[0]
    if polarity.following:
        return None
    no_one = of_no_one(polarity)
    if target.endswith(_PARTICIPLE_ENDINGS) or no_one:  # "nobody was hurt": "three were hurt"
        found = other.words.get((polarity.key, target))
    else:  # "did not survive" against the past "survived the sinking"; never a noun of the stem
        pasts = past_forms(target, denies_a_verb(polarity.text))
        found = next(filter(None, (other.words.get((WORDS.key(f), f)) for f in pasts)), None)
        very = other.words.get((polarity.key, target))
        if found is None and very is not None and _same_verb(own, polarity, other, very):
            found = very  # "pleaded not guilty to all counts" / "pleaded guilty to all counts"
    if found is None:
        return None  # "taken into custody without incident" denies no "witnessed the incident"
    if no_one:  # "No one was killed" against "One person was killed": a count of someone
        return found if digits_before(other.slots, found) else None  # "one" keys as "1"
    before = content_before(other.slots.claim.text, found[1][0])
    if content_before(own.claim.text, polarity.span[0]) & before:
        return found
    if passive_denied(polarity, own, other.slots, found):
        return found
    text = other.slots.claim.text  # "He will appeal" / "he would not appeal"
    return found if same_pronoun(own.claim.text, polarity.span[0], text, *found[1]) else None


def _same_verb(
    own: Slots, polarity: Polarity, other: _Said, found: tuple[str, tuple[int, int]]
) -> bool:
    """Whether the other claim says the very word the polarity denies after the verb the
    denial follows ("pleaded not guilty" / "pleaded guilty", "was not working" / "was
    working"): the word alone may be another part of speech ("didn't even last" / "are instead
    last in the division")."""
    verb = verb_before(own.claim.text, polarity.span[0], being=True)
    described = DESCRIBED.match(polarity.text) is not None  # "is not a student"
    other_verb = verb_before(other.slots.claim.text, found[1][0], being=True, described=described)
    if not verb or verb != other_verb:
        return False
    if verb != "be" and not described:
        return True
    return same_description(polarity, own.claim.text, other.slots.claim.text, found[1], described)


def _opposite(
    polarity: Polarity, own: Slots, other: _Said
) -> tuple[str, tuple[int, int] | None, str] | None:
    """The other claim's wording that says the opposite of ``polarity``, its span and what."""
    candidate = other.polarities.get((polarity.key, not polarity.negative))
    if candidate is not None:
        return candidate.text, candidate.span, polarity.what
    opener = polarity.text.lower().split()[:1]
    negation = polarity.negative and (
        _negated(opener) or (_REJECTIONS | FAILURES).issuperset(opener)
    )
    stated = (
        other.slots.stated.get((polarity.key, polarity.following))
        or stated_in_past(polarity, other.slots.stated)
        or _stated_last(polarity, own, other)
        or count_befallen(polarity, own, other.slots)
        or acted_on_alike(polarity, own, other.slots)
        or passive_of_denial(polarity, own, other.slots)
    )
    if stated and not none_of_agrees(polarity, other.slots.claim.text, stated[1]):
        stated = None  # "None of the crew was hurt" / "Two passengers were hurt"
    if stated and polarity.coordinated and not same_subject(own, polarity, other.slots, stated):
        stated = None  # "The plane did not crash and landed" / "A second plane crashed"
    if stated and of_no_one(polarity) and another_form(polarity, stated):
        # "No one knew what to do" denies no "details become known" (helper-170's audit)
        stated = stated if counted_in_clause(other.slots, stated) else None
    # A claim that negates a word of its own may say the same with the negation elsewhere:
    # "we weren't executing" and "I didn't feel we were executing".
    if (
        negation
        and stated
        and not _denied_near(other, stated[1])
        and not lost_before(other.slots.claim.text, stated[1])
        and not few_before(other.slots.claim.text, stated[1])
    ):
        if opener[0] in DENIALS | _REJECTIONS and _denial_agrees(polarity, own, other, stated):
            return None
        if opener[0] in FAILURES and moved_to(other.slots.claim.text, stated[1]):
            return None  # "declined to record lows" / "fell to record lows": no verb denied
        return stated[0], stated[1], polarity.what
    return None


_ACCUSED_BEFORE = re.compile(
    r"(?i:charged[ ]with|accused[ ]of|suspected[ ]of|charges?[ ]of|trial[ ]for|convicted[ ]of|"
    r"counts?[ ]of)[ ](?:[\w’'-]{1,30}[ ]){0,3}$"
)
"""An accusation right before a word: "charged with murdering his wife" says what a denial
("denies murdering his wife") denies is alleged, which the denial agrees with."""

ACCUSED_REACH = 80
"""Characters before a word searched for an accusation."""


def _denial_agrees(
    polarity: Polarity, own: Slots, other: _Said, stated: tuple[str, tuple[int, int] | None]
) -> bool:
    """Whether a denial is no opposite of what the other claim states: that claim states it
    as an accusation ("is charged with murdering his wife"), or the denying claim states it
    too ("denied causing death by dangerous driving but admitted causing death by careless
    driving")."""
    span = stated[1]
    text = other.slots.claim.text
    if span is not None and _ACCUSED_BEFORE.search(text, max(0, span[0] - ACCUSED_REACH), span[0]):
        return True
    said = own.stated.get((polarity.key, polarity.following))
    return said is not None and said[1][0] >= polarity.span[1]
