"""What a negation asserts: a failure denies the verb after "to" ("failed to stop"), and a
negation in a condition asserts nothing ("if no deal is reached" says no opposite of "a deal was
reached"), nor one before "until" ("was not found until Tuesday" says it was found)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalise import STOPWORDS
from .slots import WORDS
from .verb_forms import PARTICIPLES

CLAUSE_BREAK = re.compile(r"[,;:]")
"""Where a clause ends, between a denied word and the one after it."""

COORDINATORS = frozenset({"and", "but"})
"""Words after which another verb may follow a denied word ("did not apologize and declined to
address the court"), so that what follows them is not what the word acts on (``negations``);
not "or", whose verbs share what follows ("did not kill or injure anyone else";
helper-205's review)."""

_CONDITIONS = frozenset({"if", "unless", "whether"})
_LATER = frozenset({"until", "till"})
_LASTING = frozenset(
    """last lasted stay stayed wait waited survive survived remain remained continue continued
    live lived""".split()
)
"""Verbs of lasting, which "until" says how long of: "did not last until midnight" denies that
it lasted so long."""

_NEW_ACT = frozenset("was were is are has had have he she they it then later".split())
"""Words after "and" that open another act ("was not charged and was held until Monday"), where
a participle goes on with the denied one ("not recovered and identified until Sunday")."""

CLAUSE_REACH = 4
"""Words searched after what a negation denies for "until", in its clause."""

CONDITION_REACH = 12
"""Words searched back for a condition, to the start of the clause: "If the government and the
unions do not reach a deal" asserts no opposite of "a deal was reached"."""


Words = Sequence[tuple[int, int, str]]
"""A claim's words: where each starts and ends, and the word in lower case."""


def _in_clause(text: str, words: Words, first: int, last: int) -> bool:
    """Whether two words (``first`` before ``last``) are in one clause: no break between."""
    return not CLAUSE_BREAK.search(text, words[first][1], words[last][0])


def conditional(text: str, words: Words, index: int) -> bool:
    """Whether the word at ``index`` is said in a condition: after "if", "unless", "whether" or
    "in case" in its clause, or in a clause opened by "should" ("Should talks not succeed")."""
    at = index
    while at > max(0, index - CONDITION_REACH) and _in_clause(text, words, at - 1, index):
        at -= 1
        word = words[at][2]
        if word in _REPORTED:
            return False  # "looking into whether the crash ... said the plane had not been"
        if word in _CONDITIONS or (word == "case" and at and words[at - 1][2] == "in"):
            return True
    return words[at][2] == "should" and at < index


_ADVISED = frozenset({"should", "ought", "shouldn't", "shouldn’t", "shouldnt"})
_UNLESS_OTHERWISE = frozenset({"would", "wouldn't", "wouldn’t", "wouldnt"})


def counterfactual(words: Words, index: int) -> bool:
    """Whether the negation at ``index`` tells what ought to be or would have been, not what
    was: "should not have been driving" says he was driving, "ought not to fly" is advice,
    "would not have died" (if ...) says he died; "would not comment" is still a refusal, and
    "would not have a lawyer" a denial."""
    word, previous = words[index][2], words[index - 1][2] if index else ""
    if word in _ADVISED or previous in _ADVISED:
        return True
    following = [word for _, _, word in words[index + 1 : index + 3]] + ["", ""]
    return (
        (word in _UNLESS_OTHERWISE or previous in _UNLESS_OTHERWISE)
        and following[0] == "have"
        and (following[1] == "been" or following[1] in PARTICIPLES or _regular_past(following[1]))
    )  # not "would not have a lawyer"


_EED_PARTICIPLES = frozenset("agreed freed decreed guaranteed refereed".split())


def _regular_past(word: str) -> bool:
    """Whether ``word`` may be a regular past participle ("survived", "stopped"); a noun in
    "-eed" is none ("speed cameras", "seed funding"), but for a few verbs ("agreed")."""
    if word.endswith("eed"):
        return word in _EED_PARTICIPLES
    return word.endswith("ed") and len(word) > 3


_REPORTED = frozenset("said says told found concluded showed revealed added confirmed".split())
"""Verbs between a condition and a negation that report what follows as found or said: the
negation is asserted ("asked voters if they trusted the government and found most did not")."""


def until(text: str, words: Words, target: int) -> bool:
    """Whether "until" follows the word at ``target`` shortly, in its clause and before an
    "and" that opens another act, and the word is no verb of lasting ("was not found until
    Tuesday" says it was found; "did not last until midnight" says it did not last)."""
    if words[target][2] in _LASTING:
        return False
    for at in range(target + 1, min(len(words), target + 1 + CLAUSE_REACH)):
        if not _in_clause(text, words, target, at) or (
            words[at][2] == "and" and words[at + 1 : at + 2] and words[at + 1][2] in _NEW_ACT
        ):
            return False
        if words[at][2] in _LATER:
            return True
    return False


FILLERS = frozenset(
    "be been being was were is are has had have yet still also even a an any".split()
)
"""Words between a negation and what it denies: "has not had a functioning government" denies
"functioning" as "has had no functioning government" does."""


_BE = frozenset("be been being was were is are".split())
"""Forms of "be" before a failure that make it a passive ("was declined to protect"; "were
unable to" is no passive)."""


def failed_to(words: Words, index: int) -> int:
    """Words from a failure (``FAILURES``) to the verb it denies, when "to" and a verb follow
    it, an adverb between ("failed to properly report"): 0 for none ("declined to 5 million",
    "fell to a record low", a passive: "the request was declined to protect the witness")."""
    after = [word for _, _, word in words[index + 1 : index + 4]] + ["", "", ""]
    passive = index and words[index - 1][2] in _BE and words[index][2] != "unable"
    if after[0] != "to" or passive:
        return 0
    verb = 2 if after[1].endswith("ly") else 1
    word = after[verb]
    return verb if word not in FILLERS and WORDS.key(word).isalpha() else 0


def word_after(
    text: str, denied: str, ahead: Sequence[tuple[int, int, str]], end: int
) -> tuple[str, bool]:
    """The content word after a ``denied`` word (ending at ``end``) in its clause, of the
    ``ahead`` words, and whether it follows "and" or "but" as another verb does ("did not
    apologize and declined to address the court"): then none, nor past a clause's break. A word
    of the denied word's form after "and" is a second verb of one object ("have not arrested
    and charged anyone"; helper-207's review), read as the word after; where no content word
    follows ("was not charged and was held"), none, as before any coordinator."""
    coordinated = False
    for at, _, word in ahead:
        if CLAUSE_BREAK.search(text, end, at):
            return "", False  # "was not breached, but water spilled over": the clause ended
        if word in COORDINATORS:
            coordinated = True
        elif word not in STOPWORDS:
            if coordinated and _form(word) != _form(denied):
                return "", True
            return word, False
    return "", False


def _form(word: str) -> str:
    """A verb's form by its ending: "arrested" and "charged", "hear" and "decide" are alike."""
    return next((ending for ending in ("ed", "en", "ing", "s") if word.endswith(ending)), "")


_ALMOST = frozenset("almost nearly virtually practically hardly barely scarcely".split())
"""Words before "no" that make it a little, not none: "almost no wind" (helper-215's audit)."""

_NUMBERED = re.compile(r"\.?[ ]?\d")
"""What makes "No" before it a number's sign: "the No 9 shirt", "No. 10" (helper-218's audit)."""


def no_denial(text: str, words: Sequence[tuple[int, int, str]], index: int) -> bool:
    """Whether the word "no" at ``index`` of ``words`` (start, end, lower case) denies nothing:
    "almost no wind" is a little wind, "the No 9 shirt" a number."""
    return bool(index and words[index - 1][2] in _ALMOST) or bool(
        _NUMBERED.match(text, words[index][1])
    )
