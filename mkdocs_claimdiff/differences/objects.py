"""What a denied verb acts on, found in the other claim a few words on or left unsaid: "has not
shut its intake" denies "shut its river intake", and "would not appeal the verdict" denies
"would appeal." (helper-206's and helper-209's audits), though the word right after the verb
differs."""

from __future__ import annotations

from .befallen import Stated, content_before
from .slots import WORDS, Polarity, Slots, once_per_claim
from .unasserted import CLAUSE_BREAK, COORDINATORS
from .verb_forms import denies_a_verb, past_forms

OBJECT_REACH = 3
"""Content words after a verb read as what it acts on, in its clause: "shut its river intake"
acts on "intake" as "shut its intake" does."""


@once_per_claim
def _acted_on(slots: Slots) -> dict[str, list[tuple[Stated, frozenset[str], bool]]]:
    """Each word the claim states (``Slots.stated``), by its key, with the keys of the content
    words after it in its clause (``OBJECT_REACH``) and whether its clause ends on it (no word
    follows before a break: "would appeal.", not "killed himself" nor "arrested and
    questioned a 17-year-old")."""
    text = slots.claim.text
    stated = {found[1][0]: found for found in slots.stated.values()}
    tokens = WORDS.tokens(text)
    found: dict[str, list[tuple[Stated, frozenset[str], bool]]] = {}
    for index, token in enumerate(tokens):
        said = stated.get(token.start)
        if said is None:
            continue
        later = tokens[index + 1 : index + 1 + _WORDS_READ]
        ahead: list[str] = []
        end = token.end
        for word in later:
            if CLAUSE_BREAK.search(text, end, word.start) or word.word in COORDINATORS:
                break
            end = word.end
            if word.content and len(ahead) < OBJECT_REACH:
                ahead.append(word.key)
                if any(map(str.isdigit, word.key)):
                    break  # "won the 2012 election" is no "win the election in 2008"
        ends = not later or bool(CLAUSE_BREAK.search(text, token.end, later[0].start))
        found.setdefault(token.key, []).append((said, frozenset(ahead), ends))
    return found


_POSSESSIVE = ("'", "’", "'s", "’s")
"""How a word ends that stands for whose the thing acted on is."""

_WORDS_READ = 8
"""Words after a stated word read for what it acts on, small ones included."""


def acted_on_alike(polarity: Polarity, own: Slots, other: Slots) -> Stated | None:
    """Where the other claim states the very word a negation denies, acting on what the
    negation's word acts on a few words on ("shut its river intake" / "not shut its intake")
    or on nothing its clause says ("would appeal." / "would not appeal the verdict"), in its
    own form or in the past ("did not resign her seat" / "resigned."), with a word before it
    that the negation has before it too (who does it); None when it acts on
    something else there ("attended the funeral" / "did not attend the meeting")."""
    if not polarity.following or polarity.coordinated:
        return None
    target, _, acting_on = polarity.what.partition(" ")
    if acting_on.endswith(_POSSESSIVE):
        return None  # "did not release the suspects' names" acts on no suspects
    forms = {target, *past_forms(target, denies_a_verb(polarity.text))}
    acted_on = _acted_on(other)
    for said, ahead, ends in (
        found for form in forms for found in acted_on.get(WORDS.key(form), ())
    ):
        if (
            said[0].lower() in forms
            and (polarity.following in ahead or ends)
            and content_before(own.claim.text, polarity.span[0])
            & content_before(other.claim.text, said[1][0])
        ):
            return said
    return None
