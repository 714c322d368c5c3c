"""What a denied verb acts on, found in the other claim after words the negation's object lacks
or left unsaid: "has not shut its intake" denies "shut its river intake", and "would not
appeal the verdict" denies "Thackeray would appeal, Forsyth said." (helper-206's and
helper-209's audits), though the word right after the verb differs. Only a first noun phrase
that holds the denied one's words and head counts ("hit a building near the hospital" hits no
hospital, "approved the Democratic plan" no Republican one), only a statement made as fact
(not "has 28 days to appeal", "could still appeal", "If the firm had shut", a question), and
only of the same subject, as the nearest word before each verb tells
it ("police did not evacuate" / "firefighters evacuated"; helper-211's and helper-213's
reviews)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalise import Token
from .befallen import Stated
from .occasions import another_doer, passive_of_the_thing, plain_denial, qualifiers_agree
from .slots import WORDS, Polarity, Slots, once_per_claim
from .unasserted import CLAUSE_BREAK, COORDINATORS
from .verb_forms import denies_a_verb, past_forms

_PREPOSITIONS = frozenset(
    """of to for on in into near about above below from ahead next close south north east west
    with at by over under after before outside inside behind beside around across""".split()
)
"""Words that end the first noun phrase after a verb ("a building near the hospital"): the
tokeniser reads some of them ("near", "next") as content words."""

_WORDS_READ = 8
"""Words after a verb read for the head of what it acts on, small ones included."""

_UNASSERTED_BEFORE = re.compile(
    r"\b(?i:to|could|might|may|can|should|if|whether|unless|asked)[ ](?:[\w’'-]+[ ]){0,4}$"
)
"""Words a few before a verb that make it no statement: "has 28 days to appeal", "could still
appeal", "Asked if Thackeray would appeal", "was ordered to shut"."""

UNASSERTED_REACH = 60
"""Characters before a verb searched for ``_UNASSERTED_BEFORE``."""

_SAID_TO_THE_END = re.compile(
    r"[ ]{0,3},[ ]{0,3}(?:[\w’'.-]{1,40}[ ]){1,5}(?i:said|says|added|reported)[ ]{0,3}"
    r"[.!”\"’]{0,3}[ ]{0,3}$"
)
"""A clause that ends on its verb before only who said it: "Thackeray would appeal, his
lawyer said." (not "Iran attacked, officials said, two US bases")."""

_POSSESSIVE = ("'", "’", "'s", "’s")
"""How a word ends that stands for whose the thing acted on is."""


def _noun_phrase(text: str, tokens: Sequence[Token], after: int) -> tuple[str, ...]:
    """The keys of the content words of the first noun phrase after the token at ``after``, in
    its clause, its head last: up to a preposition, a small word after a content word, a
    coordinator or a break ("river intake" of "shut its river intake at Elsmere"); none when a
    figure stands in it ("won the 2012 election" is no "win the election in 2008")."""
    words: list[str] = []
    end = tokens[after].end
    for word in tokens[after + 1 : after + 1 + _WORDS_READ]:
        if CLAUSE_BREAK.search(text, end, word.start) or word.word in COORDINATORS:
            break
        if word.word in _PREPOSITIONS or (words and not word.content):
            break
        end = word.end
        if word.content:
            if any(map(str.isdigit, word.key)):
                return ()
            words.append(word.key)
    return tuple(words)


def nearest_before(text: str, end: int) -> str:
    """The key of the content word nearest before ``end``, a word of when aside: the verb's
    subject, as near as words tell it ("police did not evacuate" / "firefighters evacuated";
    "The defence minister yesterday did not resign" / "His deputy yesterday resigned")."""
    words = [
        token
        for token in WORDS.tokens(text[max(0, end - 80) : end])
        if token.content and token.word not in _WHEN
    ]
    return words[-1].key if words else ""


_WHEN = frozenset(
    """yesterday today tonight earlier later also still monday tuesday wednesday thursday friday
    saturday sunday""".split()
)


@once_per_claim
def _acted_on(slots: Slots) -> dict[str, list[tuple[Stated, tuple[str, ...], bool]]]:
    """Each word the claim states as fact (``Slots.stated``, not after ``_UNASSERTED_BEFORE``
    nor in a question), by its key, with what it acts on (``_noun_phrase``) and whether
    its clause ends on it at the sentence's end ("would appeal.", "would appeal, Forsyth
    said."; not "killed himself", "arrested and questioned a 17-year-old")."""
    text = slots.claim.text
    if text.rstrip().endswith("?"):
        return {}
    stated = {found[1][0]: found for found in slots.stated.values()}
    tokens = _tokens(slots)[0]
    found: dict[str, list[tuple[Stated, tuple[str, ...], bool]]] = {}
    for index, token in enumerate(tokens):
        said = stated.get(token.start)
        if said is None or _UNASSERTED_BEFORE.search(
            text, max(0, token.start - UNASSERTED_REACH), token.start
        ):
            continue
        ends = index + 1 == len(tokens) or bool(_SAID_TO_THE_END.match(text, token.end))
        found.setdefault(token.key, []).append((said, _noun_phrase(text, tokens, index), ends))
    return found


@once_per_claim
def _tokens(slots: Slots) -> tuple[tuple[Token, ...], dict[int, int]]:
    """The claim's tokens, and the index of each by where it ends: a claim of many denials asks
    once per denial, and tokenising or searching it each time would grow as their product
    (helper-213's review: 64 kB of denials took 30 s)."""
    tokens = WORDS.tokens(slots.claim.text)
    return tokens, {token.end: index for index, token in enumerate(tokens)}


CANDIDATES_READ = 16
"""Statements of the denied verb in the other claim tried for one denial: a claim states a
verb a few times at most, and thousands (a scraped table) would cost their product."""

_ALL_OF = frozenset("every all each any both".split())
"""Words that make a denial of a whole ("did not cancel every flight"), which a statement of
one ("cancelled the flight to Paris") does not contradict."""


def acted_on_alike(polarity: Polarity, own: Slots, other: Slots) -> Stated | None:
    """Where the other claim states the very word a negation denies (in its own form or in the
    past: "did not resign her seat" / "resigned."), of the same subject, acting on a noun phrase
    that holds what the negation's word acts on ("shut its river intake" / "not shut its
    intake", ``_within``) or on nothing its sentence says ("would appeal." / "would not appeal
    the verdict"); None when it acts on something else ("attended the funeral" / "did not
    attend the meeting")."""
    if not polarity.following or polarity.coordinated:
        return None
    target, _, acting_on = polarity.what.partition(" ")
    if acting_on.endswith(_POSSESSIVE) or acting_on in _ALL_OF:
        return None  # "the suspects' names" acts on no suspects, "every flight" on no one
    text = own.claim.text
    tokens, ending = _tokens(own)
    at = ending.get(polarity.span[1])
    phrase = _noun_phrase(text, tokens, at) if at is not None else ()
    subject = nearest_before(text, polarity.span[0])
    if not phrase or not subject:
        return None
    forms = {target, *past_forms(target, denies_a_verb(polarity.text))}
    acted_on = _acted_on(other)
    for said, theirs, ends in (
        found
        for key in {WORDS.key(form) for form in forms}
        for found in acted_on.get(key, ())[:CANDIDATES_READ]
    ):
        # a clause that ends on the verb holds no noun phrase after it
        if (
            said[0].lower() in forms
            and (ends or _within(phrase, theirs))
            and nearest_before(other.claim.text, said[1][0]) == subject
        ):
            return said
    return None


def _within(phrase: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether the other noun phrase has the same head and every word of this one ("its
    intake" in "its river intake"; not "the Republican plan" in "the Democratic plan")."""
    return bool(theirs) and theirs[-1] == phrase[-1] and set(phrase) <= set(theirs)


_BE_BEFORE = re.compile(r"(?i:\b(?:is|was|are|were|been|be|being|get|got)[ ]+)$")
"""A form of "be" right before a participle, which makes it a passive."""


def passive_denied(polarity: Polarity, own: Slots, other: Slots, found: Stated) -> bool:
    """Whether a denied passive ("The captain has not been detained", "A cyberattack has not
    been ruled out") is what the other claim states in the active of its verb, acting on the
    passive's subject ("Police detained Captain Reuben Acosta", "Investigators have ruled out
    sabotage or a cyberattack")."""
    own_text, text = own.claim.text, other.claim.text
    start = polarity.span[0]
    if "been" not in polarity.text.lower().split() and not _BE_BEFORE.search(
        own_text, max(0, start - 12), start
    ):
        return False
    if _BE_BEFORE.search(text, max(0, found[1][0] - 12), found[1][0]):
        return False  # a passive there too ("were evacuated from the lower village")
    subject = nearest_before(own_text, start)
    tokens, ending = _tokens(other)
    at = ending.get(found[1][1])
    if not subject or at is None:
        return False
    after = at + 1 if at + 1 < len(tokens) and tokens[at + 1].word == "out" else at
    if subject not in _noun_phrase(text, tokens, after):
        return False
    at_owner = next(i for i in range(after + 1, len(tokens)) if tokens[i].key == subject)
    owner = tokens[at_owner]
    if text[owner.start : owner.end].endswith(_POSSESSIVE) or text.startswith(
        ("'", "’"), owner.end
    ):
        return False  # whose it is names no one acted on: "charged the driver's brother"
    # the very thing: right after the verb or its article ("detained the captain"), not "the
    # deputy mayor", "a second man"; its head or a name after it ("Captain Reuben Acosta"),
    # not "the school car park" (helper-236's review)
    if at_owner - after > 2 or (at_owner - after == 2 and tokens[after + 1].word not in _ARTICLES):
        return False
    phrase = _noun_phrase(text, tokens, after)
    after_it = phrase[phrase.index(subject) + 1 :]
    rest = [t for t in tokens[at_owner + 1 : at_owner + 1 + _WORDS_READ] if t.key in after_it]
    if any(not text[t.start].isupper() for t in rest):
        return False
    if _OF_BEFORE.search(own_text, max(0, start - 80), start):
        return False  # "The windows of the building were not damaged"
    agent = _BY.match(own_text, polarity.span[1])
    doers = WORDS.tokens(text[max(0, tokens[at].start - 80) : tokens[at].start])
    # "not triggered by the climbers" against "Snowboarders triggered the slide"
    return agent is None or WORDS.key(agent.group(1).lower()) in {t.key for t in doers}


_ARTICLES = frozenset("the a an his her its their our".split())

_OF_BEFORE = re.compile(
    r"\bof[ ]{1,3}(?:(?:the|a|an|its)[ ]{1,3})?[\w’'-]+[ ]{1,3}"
    r"(?:(?:has|have|had|was|were|is|are|been|be)[ ]{1,3}){0,2}$"
)
"""The subject of a passive a part of something named after "of": "The windows of the
building were not damaged" says nothing of the building."""


_BY = re.compile(r"[ ]{1,3}by[ ]{1,3}(?:(?:the|a|an|his|her|their|its)[ ]{1,3})?([\w’'-]+)")
"""Who a passive names as its doer: "was evacuated by firefighters"."""


def passive_of_denial(polarity: Polarity, own: Slots, other: Slots) -> Stated | None:
    """Where the other claim states in the passive what a denial denies in the active, of the
    thing it acts on: "A 2023 state inspection did not rate the bridge in poor condition"
    against "The bridge was rated in poor condition"; only a plain denial ("cannot name",
    "will not close" are none), of the very thing ("The other driver was arrested" is not),
    on the same occasion and saying all the denial says after it ("rated in fair condition",
    "arrested in 2019" are not; ``occasions``), by no other doer ("was evacuated by
    firefighters" against "police did not evacuate the village"; helper-239's review)."""
    if not polarity.following or polarity.coordinated or not plain_denial(polarity, own.claim.text):
        return None
    own_tokens, own_ending = _tokens(own)
    at = own_ending.get(polarity.span[1])
    phrase = _noun_phrase(own.claim.text, own_tokens, at) if at is not None else ()
    if not phrase or at is None:
        return None
    object_end = next(
        (t.end for t in own_tokens[at + 1 : at + 1 + _WORDS_READ] if t.key == polarity.following),
        polarity.span[1],
    )
    target = polarity.what.partition(" ")[0]
    forms = set(past_forms(target, denies_a_verb(polarity.text)))
    subject = nearest_before(own.claim.text, polarity.span[0])
    text = other.claim.text
    for said, _, _ in (
        found
        for key in {WORDS.key(form) for form in forms}
        for found in _acted_on(other).get(key, ())[:CANDIDATES_READ]
    ):
        start, end = said[1]
        be = _BE_BEFORE.search(text, max(0, start - 12), start)
        if (
            said[0].lower() in forms
            and be is not None
            and nearest_before(text, start) == polarity.following
            and not another_doer(text, end, subject)
            and passive_of_the_thing(text, be.start(), frozenset(phrase))
            and qualifiers_agree(own.claim.text, object_end, text, said[1])
        ):
            return said
    return None
