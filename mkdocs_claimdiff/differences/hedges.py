"""Hedges compared by whether both claims soften the same words: one claim hedging what the
other states as fact is a difference, both hedging it is none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from ..model import STATED_AS_FACT, Claim, Difference
from ..normalise import RELATED_WORD_GROUPS, Token
from .acts import (
    ACCUSATIONS,
    ACT_HEDGES,
    ALLEGING,
    BE,
    CLAUSE_END,
    DETERMINERS,
    PAST_ACTS,
    PREPOSITIONS,
    accused,
    accuses,
    acts,
    acts_as_one_word,
    charge_of,
)
from .days import read_days
from .hedge_credits import same_caution
from .slots import WORDS, negates
from .spans import first_located
from .verb_forms import BASE_FORMS

_APPROXIMATE_FIGURE = re.compile(
    r"\b(?i:about|around|some|roughly|approximately|nearly|almost|more[ ]than|over|up[ ]to"
    r"|at[ ]least|close[ ]to)[ ](?:[$€£][ ]?)?\d"
)
"""A figure told as an estimate in its own words, which "an estimated" figure is no less sure
than."""


_LEGAL_HEDGES = frozenset(
    {"allegedly", "alleges", "allege", "suspected", "suspected of", "accused of"}
)
"""The caution news puts on a crime not yet tried."""

_ACCUSING = ("suspected", "accused")
"""The words of ``_ACCUSATION``, each also looked for as a string before it is searched."""

_ACCUSATION = re.compile(
    rf"\b(?:{'|'.join(_ACCUSING)})\s+of(?=\s+(?:[a-z]{{1,40}}ly\s+)?[a-z]{{1,40}}ing\b)"
)
"""An act a person is said to be suspected or accused of ("a man suspected of shooting three
people", "is accused of fatally shooting"): it softens the act as "allegedly" does, so against
"shot three people, killing one" it is a hedge. The claims do not show it as a hedge of their
own, since "suspected of" is what a man is arrested on: which it is depends on what the other
claim states."""

_MODIFIERS = frozenset("last first next other only same such final latest".split())
"""Words that pick out what the next word names ("the last straw"): what a hedge softens is
that next word, so sharing "last" ("last place") says nothing."""

HEDGE_REACH = 2
"""Content words after a hedge that it softens ("likely turned off", "said to have been
rescued"): a hedge counts only when the other claim states one of them, so a "might" in a
clause the other claim does not make is no difference."""


HEDGES_READ = 8
"""Distinct hedges of a claim that are placed in it: a sentence hedges a few times at most,
and placing each costs a pass over the sentence, so thousands of them (a generated text, a
scrape gone wrong: "he's expected to" over 87 kB took minutes) would cost their square."""


def _read_hedges(claim: Claim) -> tuple[str, ...]:
    """The hedges of the claim and the acts it says someone is suspected or accused of."""
    return _hedges_in(claim.text, claim.hedges)


@lru_cache(maxsize=4096)  # asked of both claims of every match, up to four times each
def _hedges_in(text: str, hedges: tuple[str, ...]) -> tuple[str, ...]:
    """``_read_hedges`` of a claim's text and hedges, searched once however many matches the
    claim is in (a claim of a story of 400 outlets is in dozens)."""
    # Searched only where one of its words is (in most claims no one is accused or suspected).
    searched = any(map(text.__contains__, _ACCUSING))
    matches: Iterable[re.Match[str]] = _ACCUSATION.finditer(text) if searched else ()
    accusations = (" ".join(found.group().lower().split()) for found in matches)
    return tuple(dict.fromkeys((*hedges, *accusations)))[:HEDGES_READ]


_MODALS = frozenset("might may could would".split())
"""Hedges that in a sentence with "if" say what would follow from a condition ("she might be
alive if the driver had listened"), not that what the other claim states is in doubt."""

_TELLING = frozenset(
    WORDS.key(word) for word in "said say says according sources source reports reported".split()
)
"""Words of a hedge that say who tells it, not how sure it is."""


def _conditional(words: list[str], tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Whether the modal at word ``start`` is said under a condition: an "if" in its clause
    ("might be alive if the driver had stopped") or opening the sentence ("If he had
    stopped, she might be alive"); an "if" of another clause ("may have fled, and police do
    not know if he is armed") leaves it a hedge."""
    if words[:1] == ["if"]:
        return True
    return any(
        word == "if" and token.start < stop
        for word, token in zip(words[start:], tokens[start:], strict=True)
    )


def _hedge_keys(hedge: str) -> frozenset[str]:
    """Keys of the words of a hedge that say how sure it is ("expect" of "is expected to")."""
    return frozenset(
        token.key for token in WORDS.tokens(hedge) if token.content and token.key not in _TELLING
    )


_ARTICLES = DETERMINERS - {"that", "this"}
"""Words before a hedge that make it one adjective's ("an allegedly intoxicated driver"); not
"that" ("a plan that may cost 500 jobs" hedges the verb; helper-230's review)."""

_RELATED_KEYS = {
    WORDS.key(word): frozenset(WORDS.key(other) for other in group.split())
    for group in RELATED_WORD_GROUPS
    for word in group.split()
}
"""Each key with the keys of the words news uses for the same thing ("intoxicated", "drunk"):
what a hedge before one adjective doubts, however the other claim words it."""


def _softened(claim: Claim) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each hedge of the claim with the keys of the words it softens: the first
    ``HEDGE_REACH`` content words after it in its clause, less those the claim states plainly
    before it ("DiLeo will coach ... and is expected to remain coach" softens "remain"). An
    "according to" hedge credits the whole claim before it, so it softens all its words."""
    return _softened_in(claim.text, _read_hedges(claim))


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _softened_in(text: str, hedges: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """``_softened`` of a claim's text and hedges, worked out once however many matches the
    claim is in."""
    tokens = WORDS.tokens(text)
    words = [token.word for token in tokens]
    found: list[tuple[str, frozenset[str]]] = []
    for hedge in hedges:
        if hedge.startswith("according to"):
            found.append((hedge, frozenset(t.key for t in tokens if t.content)))
            continue
        # The hedge as a run of whole words: its last word alone ("to" of "is expected to")
        # is found inside other words ("Tony") and would soften the wrong clause. Its words
        # are read as the claim's are ("he's expected to" is "he", "expected", "to").
        wanted = [token.word for token in WORDS.tokens(hedge)]
        starts = [
            at
            for at in range(len(words) - len(wanted) + 1)
            if words[at : at + len(wanted)] == wanted
        ]
        if not starts:
            continue
        end = tokens[starts[0] + len(wanted) - 1].end
        stated_before = {token.key for token in tokens[: starts[0]] if token.content}
        clause = CLAUSE_END.search(text, end)
        stop = clause.start() if clause else len(text)
        if hedge.lower() in _MODALS and _conditional(words, tokens, starts[0], stop):
            continue  # "might be alive if the driver had stopped": what would be, not a doubt
        if hedge.lower() in ALLEGING and (
            verb := alleged_act(text, tokens, starts[0] + len(wanted))
        ):
            found.append((hedge, verb - stated_before))
            continue
        after: list[str] = []
        for token in tokens:
            if not end <= token.start < stop or token.word in _MODIFIERS:
                continue
            if after and token.word in PREPOSITIONS:
                break  # "appeared to have been the targets in the shootings": the targets
            if token.content:
                after.append(token.key)
        joined = _joined_acts(hedge, tokens, end, stop) if hedge in ACT_HEDGES else set()
        if after and starts[0] and words[starts[0] - 1] in _ARTICLES:
            # "an allegedly intoxicated driver" doubts that the driver was drunk, no more
            found.append((hedge, _RELATED_KEYS.get(after[0], frozenset(after[:1]))))
            continue
        found.append((hedge, (frozenset(after[:HEDGE_REACH]) | joined) - stated_before))
    return tuple(found)


def _joined_acts(hedge: str, tokens: Sequence[Token], end: int, stop: int) -> set[str]:
    """Keys of the acts a legal hedge on an act also covers, joined to the first by "and" in
    its clause: "accused of wounding two former bosses in a shotgun attack and killing a
    receptionist" accuses of the killing too, "allegedly shot a man and fled" of the flight.
    The act is in the form of the first: "-ing" after "accused of" or "suspected of", a past
    after "allegedly" ("and then fled" or "and police said" join no act)."""
    ing = hedge in ACCUSATIONS
    found: set[str] = set()
    for previous, token in pairwise(tokens):
        if not end <= previous.start or token.start >= stop or previous.word != "and":
            continue
        word = token.word
        if token.content and (
            word.endswith("ing") if ing else (word.endswith("ed") or word in PAST_ACTS)
        ):
            found.add(token.key)
    return found


ALLEGED_REACH = 16
"""Words after "allege" searched for the act of the clause it opens: a subject with a name
and an age in commas is ten words at most."""

_NOT_A_MAIN_VERB = frozenset(
    "who whom which that be been being is are was were has have had".split()
)
"""Words before a verb that make it no verb of what is alleged: a relative clause ("the man,
who had been fired, shot") or a passive of the subject's ("was fired"); a determiner before it
too ("the fired man": an adjective)."""


def alleged_act(text: str, tokens: Sequence[Token], start: int) -> frozenset[str]:
    """The key of the act "allege" (the word before ``start``) softens: the first verb in the
    past after it that is not in a relative clause, a passive nor an adjective ("shot" of
    "allege Smith, who was fired, shot the manager"), alone, as "allegedly" softens the act
    it stands before; empty when none is found within ``ALLEGED_REACH`` words. A capitalised
    word is a name ("Tom Reed"), unless "allege" is capitalised too (a title-case headline)."""
    title_case = text[tokens[start - 1].start].isupper()
    for at in range(start, min(len(tokens), start + ALLEGED_REACH)):
        token = tokens[at]
        word = token.word
        if not token.content or not (word.endswith("ed") or word in PAST_ACTS):
            continue
        if text[token.start].isupper() and not title_case:
            continue  # "allege Tom Reed stole": a name
        before = at - 1
        while before >= start and tokens[before].word.endswith("ly"):
            before -= 1  # "the recently fired man", "allege Smith deliberately shot"
        if before >= start and tokens[before].word in _NOT_A_MAIN_VERB | DETERMINERS:
            continue  # "the recently-fired man": an adjective, no verb
        return frozenset({token.key})
    return frozenset()


def _hedged_in_common(hedged: Claim, plain: Claim) -> tuple[list[str], set[str]]:
    """The hedges of one claim that soften words the other claim states, and those words (not
    a day or a negation both say: ``_days_said``). A hedge whose word the other claim says of
    something too, in another form ("is expected to face charges", "charges that are expected
    Friday"), leaves both as sure."""
    others, predicated = _stated(plain.text)
    hedges: list[str] = []
    words: set[str] = set()
    for hedge, softened in _softened(hedged):
        shared = {key for key in softened & others if not negates(key)} - _days_said(plain.text)
        if shared and not _hedge_keys(hedge) & predicated:
            hedges.append(hedge)
            words |= shared
    return hedges, words


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _days_said(text: str) -> frozenset[str]:
    """Keys of the words of the days a claim names (``days.read_days``: "Tuesday", "Dec. 5",
    "this morning"): a day both claims say is not what one of them hedges ("was expected to
    be charged Tuesday" hedges nothing of "a jury on Tuesday convicted"); "march" the verb is
    no day."""
    within = {at for day in read_days(text) for at in range(*day.span)}  # days do not overlap
    return frozenset(token.key for token in WORDS.tokens(text) if token.start in within)


@lru_cache(maxsize=4096)  # a claim takes part in many matches; its text is alive anyway
def _stated(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of a claim's content words, and of those said after a form of "be" ("charges
    that are expected Friday" hedges; "earlier than expected" does not)."""
    tokens = WORDS.tokens(text)
    # a verb in its past is stated in its base form too: "came from" states what "is believed
    # to have come from" hedges
    bases = {WORDS.key(BASE_FORMS[t.word]) for t in tokens if t.content and t.word in BASE_FORMS}
    return (
        frozenset(token.key for token in tokens if token.content) | bases,
        frozenset(
            token.key
            for previous, token in pairwise(tokens)
            if previous.word in BE and token.content
        ),
    )


def _agentless(claim: Claim, words: set[str]) -> bool:
    """Whether the claim states the words in the passive without saying who did it ("one man
    was shot and killed", "she was struck and killed by a motorist"): the caution of
    "allegedly" is on who did it, which such a claim leaves open; "by a motorist" names no
    one."""
    tokens = WORDS.tokens(claim.text)
    said = [token.word for token in tokens]
    for at, token in enumerate(tokens):
        if token.key in words and at and said[at - 1] in BE:
            agent = next((by for by in range(at, len(said)) if said[by] == "by"), None)
            return agent is None or said[agent + 1 : agent + 2] in (["a"], ["an"])
    return False


def hedges_anything(claim: Claim) -> bool:
    """Whether the claim has a hedge ``hedge_differences`` could set against the other claim:
    read once per claim (``Slots.hedged``), so that a match of two claims that hedge nothing
    (most matches) is not read for hedges at all."""
    return bool(_read_hedges(acts_as_one_word(claim)))


def _asks(text: str) -> bool:
    """Whether the claim is a question: it ends in a question mark of its own, not in one
    inside quotes or brackets ('neighbours asked "why?"', "(or was it four?)", a film called
    "Why Me?"), which a statement may end in (helper-171's review). A question asks; it
    states nothing as fact, nor hedges anything, that another claim could state otherwise
    ("... Onion headline or actual news?", helper-170's audit). A rhetorical question is read
    as one too."""
    return text.rstrip().rstrip("!").endswith("?")


def hedge_differences(left: Claim, right: Claim) -> list[Difference]:
    """One claim hedges ("is thought to", "likely") what the other states as fact. Both
    hedging the same words, however differently ("believed to have about 10,000", "an
    estimated 10,000"), is no difference; a hedge of the other claim on another clause ("also
    may have intended to shoot another") does not make what this one hedges less stated. An
    act is compared as one word however it is written ("allegedly opened fire" against "shot
    one man")."""
    acted_left, acted_right = acts_as_one_word(left), acts_as_one_word(right)
    a, b = _hedged_only_in(acted_left, acted_right), _hedged_only_in(acted_right, acted_left)
    if (not a and not b) or _asks(left.text) or _asks(right.text):
        return []
    # Each may hedge a clause the other states: both hedges are shown, and marked.
    shown = (", ".join(a) or STATED_AS_FACT, ", ".join(b) or STATED_AS_FACT)
    places = first_located(left.text, a), first_located(right.text, b)
    return [Difference("hedge", *shown, "certainty", *places)]


def _hedged_only_in(hedged: Claim, plain: Claim) -> tuple[str, ...]:
    """The hedges of ``hedged`` on words ``plain`` states without a hedge of its own on them
    ("likely"), or none."""
    found = _read_hedges(hedged)
    if not found:
        return ()
    if same_caution(hedged, found, plain, _read_hedges(plain)):
        return ()  # both say someone else tells it: "according to sources", "reportedly"
    hedges, words = _hedged_in_common(hedged, plain)
    if not hedges or any(words & softened for _, softened in _softened(plain)):
        return ()
    if set(hedges) == {"an estimated"} and _APPROXIMATE_FIGURE.search(plain.text):
        return ()  # "an estimated 95 million" / "worth around 8.6 million" (helper-195's audit)
    acted = words & acts(hedged) if ACT_HEDGES.issuperset(hedges) else set()
    if acted and not acted & acts(plain, charge=charge_of(hedged)):
        return ()  # "allegedly shot" against "after the shooting": no one is said to shoot
    if not acted and (ACCUSATIONS | ALLEGING).issuperset(hedges):
        return ()  # "accused of wounding two" against "2 hurt": what both say is no act
    if _LEGAL_HEDGES.issuperset(hedges) and (words & accused(plain) if acted else accuses(plain)):
        return ()  # "allegedly shot" and "charged in the shooting": both accuse
    if _LEGAL_HEDGES.issuperset(hedges) and _agentless(plain, words):
        return ()  # "allegedly shot and killed a man": who shot, which "was shot" does not say
    # The other claim hedges too: what it states before its first hedge is what it states
    # plainly ("Police said LaCalamita targeted the two managers and also may have ..."); after
    # it, a hedge may cover it ("Reports that Obama had approached").
    if _read_hedges(plain) and not words & _before_first_hedge(plain):
        return ()
    return tuple(hedges)


_RAISING = frozenset("is are was were".split())
"""The first word of a hedge said of its clause's subject: "are thought to", "is believed to"."""


def _before_first_hedge(claim: Claim) -> set[str]:
    """Keys of the lower-case content words of the claim before its first hedge: the names
    both claims share ("Obama") say nothing of what either states plainly."""
    tokens = WORDS.tokens(claim.text)
    words = [token.word for token in tokens]
    first = len(tokens)
    for hedge in _read_hedges(claim):
        wanted = [token.word for token in WORDS.tokens(hedge)]
        first = min(
            (
                at
                for at in range(len(words) - len(wanted) + 1)
                if words[at : at + len(wanted)] == wanted
            ),
            default=first,
        )
    if first < len(tokens) and words[first] in _RAISING:
        # "Migrating wild birds are thought to have spread the disease": the hedge covers its
        # subject too, the words of its clause before it (helper-212's audit)
        hedged_at = tokens[first].start
        opened = max((m.end() for m in CLAUSE_END.finditer(claim.text, 0, hedged_at)), default=0)
        first = sum(1 for token in tokens[:first] if token.end <= opened)
    return {
        token.key
        for token in tokens[:first]
        if token.content and claim.text[token.start : token.start + 1].islower()
    }
