"""What befell no one, against a count of those it befell: "No one was killed" against "One
person was killed", "No injuries were reported" against "Two people were injured". Where the
other claim says the word in another form, only a count in its clause makes the opposite
statement: "No one knew what to do" denies nothing that "as more details become known" states
(helper-170's audit), nor "In 2012, more details became known" (helper-171's review)."""

from __future__ import annotations

import re

from .occasions import qualifiers_agree
from .slots import WORDS, Polarity, Slots, once_per_claim

Stated = tuple[str, tuple[int, int]]
"""A word a claim states, as written, and its span."""

SUBJECT_REACH = 80
"""Characters before a verb searched for its subject ("Results of Williams' blood-alcohol test
have not been released")."""


def content_before(text: str, end: int) -> set[str]:
    """The keys of the content words just before ``end`` (``SUBJECT_REACH``)."""
    before = text[max(0, end - SUBJECT_REACH) : end]
    return {token.key for token in WORDS.tokens(before) if token.content}


_PRONOUN_SUBJECT = re.compile(
    r"(?<![\w’'])(?i:(he|she|they|it))[ ]+"
    r"(?:(?i:had|has|have|was|were|is|are|would|will|did|does|do|could|can|should|must|may"
    r"|might|also|still|never|then|be|been|not)[ ]+){0,3}$"
)


def pronoun_subject(text: str, end: int) -> str:
    """The pronoun a verb at ``end`` is told of, lower case, when only auxiliaries stand between
    ("he would not", "He will"); ``""`` for none, and for "I" and "we", which two speakers say
    of themselves (helper-236's review)."""
    found = _PRONOUN_SUBJECT.search(text, max(0, end - SUBJECT_REACH), end)
    return found.group(1).lower() if found else ""


def same_pronoun(own: str, own_at: int, other: str, other_at: int, other_end: int) -> bool:
    """Whether two verbs (at ``own_at`` and ``other_at``) are told of one pronoun that stands
    for one person: "He will appeal against the conviction, his lawyer said" and "Pryce's
    lawyer said he would not appeal"; not when the statement holds a condition ("He will
    appeal if the sentence is upheld"), nor when the words before the verbs that report them
    name two people ("The striker's agent said he" / "The coach confirmed he"; helper-236)."""
    pronoun = pronoun_subject(own, own_at)
    if not pronoun or pronoun != pronoun_subject(other, other_at):
        return False
    if _IF_AFTER.match(other, other_end):
        return False
    mine, theirs = _antecedent(own, own_at), _antecedent(other, other_at)
    return not (mine and theirs and not mine & theirs)


_IF_AFTER = re.compile(r"[^,;.]{0,60}?\b(?i:if|unless)\b")
"""A condition in the clause after a verb: "will appeal if the sentence is upheld"."""

_SPEAKERS = frozenset(
    """lawyer lawyers attorney spokesman spokeswoman spokesperson agent office family aides aide
    relatives officials police campaign witnesses doctors mother father wife husband""".split()
)
"""Who speaks for a person, left out of whom a reported pronoun stands for ("Pryce's lawyer
said he" names Pryce)."""

_REPORTING = re.compile(r"\b(?i:said|says|told|announced|confirmed|insisted|stated|added)\b")


def _antecedent(text: str, end: int) -> set[str]:
    """The keys of who a pronoun after a reporting verb may stand for: the content words before
    the last such verb before ``end``, without the speaker's own."""
    start = max(0, end - SUBJECT_REACH)
    verbs = list(_REPORTING.finditer(text, start, end))
    if not verbs:
        return set()
    tokens = WORDS.tokens(text[start : verbs[-1].start()])
    return {token.key for token in tokens if token.content and token.word not in _SPEAKERS}


def of_no_one(polarity: Polarity) -> bool:
    """Whether the polarity says something of no one ("No one was hurt", "Nobody knew", "None
    of the hostages was injured")."""
    return polarity.text.lower().startswith(("no one", "nobody", "not one", "none of"))


def digits_before(other: Slots, found: Stated) -> bool:
    """Whether a figure comes shortly before what the other claim states (``found``): "One
    person was killed", "Results of the test of 3 players were released"."""
    return any(key.isdigit() for key in content_before(other.claim.text, found[1][0]))


def counted_in_clause(other: Slots, found: Stated) -> bool:
    """Whether a figure of the other claim counts those of whom it states ``found``, in one
    clause: "Two people were injured", "3 officers were hurt", "Three workers knew"; a year or
    a time earlier in the sentence ("In 2012, more details became known") counts no one."""
    text, start = other.claim.text, found[1][0]
    return any(
        _COUNT_OF.fullmatch(text, quantity.span[1], start)
        for quantity in other.quantities
        if quantity.span[1] <= start
    )


def another_form(polarity: Polarity, found: Stated) -> bool:
    """Whether the other claim says the denied word in another form ("knew", "known")."""
    return found[0].lower() != polarity.what.split()[0].lower()


_NONE_BEFELL = {
    "injuries": ("injured", "hurt", "wounded"),
    "deaths": ("killed", "died", "dead"),
    "fatalities": ("killed", "died", "dead"),
    "casualties": ("killed", "died", "dead", "injured", "hurt", "wounded"),
    "arrests": ("arrested", "detained"),
}
"""What a claim may say befell no one ("No injuries were reported", "no deaths"), and the words
a claim counting those it befell says it with ("Two people were injured")."""


def count_befallen(polarity: Polarity, own: Slots, other: Slots) -> Stated | None:
    """Where the other claim counts people whom what ``polarity`` says befell no one befell:
    "No injuries were reported" against "Two people were injured", as "No one was injured"
    against it. Only a figure of the other claim whose clause it is says so ("Two people were
    injured", "3 officers were hurt"): "were injured" alone may be of another event, and a
    year or a count of trucks earlier in the sentence counts no one injured. Only of the same
    occasion (``occasions.qualifiers_agree``: "No arrests were made at the scene" / "was
    arrested later at his home", "arrested in 2019"), done ("expect two men to be arrested" is
    not) and not "detained under the Mental Health Act" (helper-239's review)."""
    found = _counted_befallen(polarity, other)
    if found is None or found[1] is None:
        return found
    text, (at, end) = other.claim.text, found[1]
    if _UNDONE.search(text, max(0, at - 40), at) or _UNDER.match(text, end):
        return None
    skip = frozenset(WORDS.key(word) for word in (*polarity.what.split(), *_BEFALLEN_WORDS))
    if not qualifiers_agree(own.claim.text, polarity.span[1], text, (at, end), skip, True):
        return None
    return found


_UNDER = re.compile(r"[ ]{1,3}under\b")
"""A detention under a law: "detained under the Mental Health Act" is no arrest."""

_BEFALLEN_WORDS = ("hurt", "injured", "killed", "died", "wounded", "made")


def _counted_befallen(polarity: Polarity, other: Slots) -> Stated | None:
    """``count_befallen`` before its checks of the occasion."""
    words = polarity.text.lower().split()
    if len(words) != 2 or words[0] != "no":
        return None
    for word in _NONE_BEFELL.get(words[1], ()):
        found = other.stated_as_written.get((WORDS.key(word), word))
        if found is not None and counted_in_clause(other, found):
            return found
    return _counted_and_befallen(polarity, other)


def _counted_and_befallen(polarity: Polarity, other: Slots) -> Stated | None:
    """Where the other claim counts what ``polarity`` says befell none of ("No homes were
    evacuated") and says it befell them, in the same word, in the figure's clause: "About 200
    homes near the plant were evacuated", "Police evacuated 120 homes" (helper-197's audit);
    not what is only planned, risked or avoided ("plan to evacuate 200 homes", "would have been
    flooded"; helper-201's review). A few figures and statements are read, so a claim of
    thousands of them costs no more."""
    words = polarity.what.split()
    if len(words) != 2:
        return None
    text = other.claim.text
    counts = [
        q.span
        for q in other.quantities[:READ]
        if polarity.key in q.counted or polarity.key == q.head
    ]
    alike = _BEFELL_ALIKE.get(words[1], (words[1],))
    stated = _stated_by_key(other)
    for found in (
        found for word in alike for found in stated.get(WORDS.key(word), ())[:READ] if counts
    ):
        at, end = found[1]
        if found[0].lower() not in alike or _UNDONE.search(text, max(0, at - 40), at):
            continue
        if any(
            (start <= at <= start + BEFALLEN_REACH and not _BREAK.search(text, start, at))
            or _JUST_BEFORE.fullmatch(text, end, first)  # "Police evacuated 120 homes"
            for first, start in counts
        ):
            return found
    return None


_BEFELL_ALIKE = {
    word: group for group in (("hurt", "injured", "wounded"), ("killed", "died")) for word in group
}
"""Words that say the same befell those counted: "No officers were hurt" against "Two officers
were injured"."""

READ = 8
"""Figures and statements of one word of the other claim read for ``_counted_and_befallen``."""


@once_per_claim
def _stated_by_key(slots: Slots) -> dict[str, list[Stated]]:
    """What the claim states, by each word's key, made once however many matches ask."""
    found: dict[str, list[Stated]] = {}
    for (key, _following), stated in slots.stated.items():
        found.setdefault(key, []).append(stated)
    return found


_UNDONE = re.compile(
    r"\b(?i:to|may|might|could|would|will|should|can|plans?|planned|threaten(?:s|ed)?|ordered"
    r"|against|from|of|than|if|whether|risk|rather|instead)[ ]+(?:[a-z]+[ ]+){0,3}$"
)
"""Words right before a verb that say it did not (yet) happen: "plan to evacuate", "may
evacuate", "ordered evacuated", "prevented pirates from hijacking", "at risk of being
flooded", "would otherwise have been flooded"."""


BEFALLEN_REACH = 60
"""Characters after a count searched for what befell what it counts."""

_JUST_BEFORE = re.compile(r"[ ]+(?:(?i:about|around|some|nearly|almost|more[ ]than)[ ]+)?")
"""Between a verb and the count it acts on: "evacuated 120 homes", "evacuated about 200"."""

_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|after|before|when)\b")
"""Where the clause of a count ends before what befell them could be said of it."""


_COUNT_OF = re.compile(
    r"(?:[ ]+(?!(?:who|which|that)\b)[A-Za-z][\w’'-]{0,40}){0,3}?[ ]+(?:(?:were|was|are|is)[ ]+)?"
)
"""What may stand between a count and what befell them, in one clause: up to three words (what
it counts, "of them") and the verb "be": "Two people were injured", "3 officers were hurt",
"2 injured"; no comma nor a second clause ("2 trucks collided and the drivers were")."""


def same_subject(
    own: Slots, polarity: Polarity, other: Slots, stated: tuple[str, tuple[int, int] | None]
) -> bool:
    """Whether the content words right before a denied word and before what the other claim
    states are the same, and the stated word acts on nothing either (another verb or the
    clause's end follows it): a denied verb that another verb follows ("did not apologize and
    declined") tells nothing it acts on, so only the very same subject ("Whitcombe") and the
    act told alike ("apologized and told the court") make the two one act; not a subject alike
    ("The plane" / "A second plane") nor an act on something ("The driver did not stop and
    drove off" / "stopped for fuel an hour later"; helper-205's review)."""
    if stated[1] is None or not _ACTS_ON_NOTHING.match(other.claim.text, stated[1][1]):
        return False
    if bool(own.days) != bool(other.days):
        return False  # "did not collapse and remains open" / "collapsed and was rebuilt in 1990"
    own_before = content_before(own.claim.text, polarity.span[0])
    return bool(own_before) and own_before == content_before(other.claim.text, stated[1][0])


_ACTS_ON_NOTHING = re.compile(r"[ ]?(?:[,;:.!?]|$|[ ](?i:and|but)\b)")
"""What follows a stated word that acts on nothing told: a clause's end, or another verb."""
