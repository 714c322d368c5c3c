"""Figures that count one thing named two ways, set against each other only where both claims
say the same was done to it or by it: "Two inmates escaped" / "Three convicts escaped", "The
mud buried 12 houses" / "At least 15 homes were buried", "four works stolen" / "Five paintings
stolen" (helper-206's, -209's and -212's audits). Two words for one thing are not enough on
their own: "The flood damaged 200 homes" and "destroyed 12 houses", "Twelve inmates were taken
to hospital" and "Two prisoners died" count two things (helper-204's and helper-207's
reviews), which is why ``counted`` does not take these words for one thing."""

from __future__ import annotations

import re
from collections import Counter

from .agreement import things_of
from .counted import counted_things, head_things, thing_group
from .slots import WORDS, Quantity, Slots, once_per_claim

_NAMED_TWO_WAYS = (
    "prisoner prisoners inmate inmates convict convicts detainee detainees",
    "home homes house houses",
    "worker workers employee employees",
    "passenger passengers rider riders commuter commuters",
    "flight flights departure departures",
    "container containers box boxes",
    "painting paintings work works artwork artworks",
    "chicken chickens hen hens",
    "student students pupil pupils",
    "soldier soldiers troop troops",
)
"""Words news uses for one kind of thing counted, each group one kind: general words, none of
them a wider kind of another ("animals" of "whales", "people" of "mourners": a count of a
wider kind often holds the other, "Eight people were injured, including three firefighters")."""

_KIND = {word: group for group in _NAMED_TWO_WAYS for word in group.split()}

_AFTER_NOUN = re.compile(
    r"(?:[ ](?i:were|was|are|is|be|been|being|have|has|had|will|would|to|also|still|all|"
    r"later|then|now|[a-z]{2,20}ly)\b){0,4}[ ]([a-z][a-z’'-]{1,30})\b"
)
"""The verb after what a figure counts, past the verb "be", "have", "to" and adverbs ("were
later recaptured", "had to be evacuated", "escape"), each word once (no two alternatives read
one word, and at most four: the search stays linear)."""

_WORD_BEFORE = re.compile(r"([a-z][a-z’'-]{1,30})[ ]+$")
"""The word right before a figure (and the words that qualify it): "buried 12", "delaying 23"."""

DONE_REACH = 40
"""Characters searched after what a figure counts, and before the figure, for what was done."""


_MANY = -1
"""Two figures or more of the other claim of one kind and deed: none of them is paired."""


def recounted(first: Slots, second: Slots) -> dict[int, int]:
    """The figures of ``first`` (by index) that count what one figure of ``second`` counts in
    other words (``_NAMED_TWO_WAYS``), where both claims say the same was done: each figure
    counts nothing else the other claim counts, and is the only one of its kind on its side
    with that deed. Looked up by kind, so the work grows with the figures, not their pairs."""
    theirs: dict[tuple[str, str], int] = {}
    for index, (kind, deeds) in _lone_kinds(second, things_of(first)).items():
        for deed in deeds:
            theirs[kind, deed] = _MANY if (kind, deed) in theirs else index
    if not theirs:
        return {}  # most matches: no figure of such a kind on the other side
    paired: dict[int, int] = {}
    for at, (kind, deeds) in _lone_kinds(first, things_of(second)).items():
        partners = {theirs[kind, deed] for deed in deeds if (kind, deed) in theirs}
        if len(partners) == 1 and _MANY not in partners:
            paired[at] = partners.pop()
    uses = Counter(paired.values())
    return {at: index for at, index in paired.items() if uses[index] == 1}


def _lone_kinds(
    slots: Slots, other_things: tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]
) -> dict[int, tuple[str, frozenset[str]]]:
    """The claim's figures of a kind ``_NAMED_TWO_WAYS`` groups, that count nothing the other
    claim's figures count (``other_things``), with their kind and what was done."""
    counted, heads = other_things
    either = counted | heads
    return {
        index: (kind, deeds)
        for index, (kind, deeds) in _kinds(slots).items()
        if not (counted_things(slots.quantities[index]) & either)
        and not (head_things(slots.quantities[index]) & counted)
    }


@once_per_claim
def _kinds(slots: Slots) -> dict[int, tuple[str, frozenset[str]]]:
    """Each figure of a kind ``_NAMED_TWO_WAYS`` groups that says what was done, by index."""
    found: dict[int, tuple[str, frozenset[str]]] = {}
    text = slots.claim.text
    lowered = text.lower()  # once a claim, not once a figure
    lowered = lowered if len(lowered) == len(text) else text  # "İ" is two letters in lower case
    for index, quantity in enumerate(slots.quantities):
        kind = _KIND.get(quantity.what.rpartition(" ")[2].lower()) if quantity.counted else None
        if kind is not None and (deeds := _done(text, lowered, quantity)):
            found[index] = (kind, deeds)
    return found


def _done(text: str, lowered: str, quantity: Quantity) -> frozenset[str]:
    """What the claim says was done to (or by) what the figure counts, as keys and groups of
    related words: the verb after what it counts, and the verb right before the figure."""
    start, end = quantity.span
    words: list[str] = []
    noun = quantity.what.rpartition(" ")[2]
    at = lowered.find(noun.lower(), end, end + DONE_REACH + len(noun))
    if at >= 0 and (after := _AFTER_NOUN.match(text, at + len(noun), at + len(noun) + DONE_REACH)):
        words.append(after.group(1))
    before = text[max(0, start - DONE_REACH) : start]
    if quantity.qualifier and before.lower().rstrip().endswith(quantity.qualifier):
        before = before.rstrip()[: -len(quantity.qualifier)]
    if found := _WORD_BEFORE.search(before):
        words.append(found.group(1))
    return frozenset(
        done
        for word in words
        for token in WORDS.tokens(word)
        if token.content
        for done in (token.key, thing_group(token.word))
    )
