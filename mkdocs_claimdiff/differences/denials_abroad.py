"""One claim denying what the other states, in German, French, Spanish, Italian, Russian,
Ukrainian, Portuguese or Dutch:
"Die Polizei schließt Brandstiftung nicht aus" against "Die Polizei schließt Brandstiftung
aus". The English rules (``negations``) read what a denial applies to by English word order;
in these languages a matched claim that holds a word that denies (``DENIALS_ABROAD``) where
the other holds none says the opposite, which a reader must see rather than a shared row."""

from __future__ import annotations

from ..model import Difference
from ..normalise import DENIALS_ABROAD, NEGATION_WORDS, Token, denies
from .slots import WORDS, Slots, once_per_claim

NOT_ONLY = frozenset({"nur", "seulement", "solo", "sólo", "soltanto", "solamente", "только"})
"""Words after a denial that make it "not only", which denies nothing ("nicht nur", "pas
seulement", "не только")."""

DENYING_LANGUAGES = frozenset({"de", "fr", "es", "it", "ru", "uk", "pt", "nl"})
"""The languages whose words that deny are ``DENIALS_ABROAD``. An article of another language
told (English above all) is not read for them; one whose language is not told is, since a
short scrape tells none (helper-167's review: a German pair of one sentence lost its
negation)."""

STATED = "stated without a denial"
"""The other claim's value where it lacks the word before the denial ("n'a pas ouvert")."""


@once_per_claim
def _denial(slots: Slots) -> tuple[tuple[Token, ...], int] | None:
    """The claim's words and the place of its first word that denies, or None when it denies
    nothing; ``()`` and ``-1`` when it holds an English denial, which ``negations`` reads."""
    text = slots.claim.text
    if slots.language not in DENYING_LANGUAGES and slots.language is not None:
        return None  # an English article's "Nie Haisheng" denies nothing (nor a Greek one's)
    lowered = text.lower()
    if not any(map(lowered.__contains__, DENIALS_ABROAD)):
        return None  # most claims: none of the words anywhere, looked for in C
    tokens = tuple(WORDS.tokens(text))
    words = [token.word for token in tokens]
    if not NEGATION_WORDS.isdisjoint(words):
        return (), -1
    # An article whose language is not told may be English ("pas de deux", "Nie Haisheng"
    # opening a sentence): there only a denial in lower case, and no "pas" (helper-168).
    told = slots.language is not None
    for place, token in enumerate(tokens):
        following = words[place + 1] if place + 1 < len(words) else ""
        if (
            token.word in DENIALS_ABROAD
            and (told or token.word != "pas")
            and denies(text, tokens, place, capital=told)
            and following not in NOT_ONLY
        ):
            return tokens, place
    return None


def denial_abroad_differences(first: Slots, second: Slots) -> list[Difference]:
    """A denial in one claim and none in the other, with the words around it ("Brandstiftung
    nicht aus") and the same words in the other claim ("Brandstiftung aus") where it has the
    word before the denial; else the other claim's value says it states it."""
    one, other = _denial(first), _denial(second)
    if (one is None) == (other is None):
        return []  # both deny, or neither does
    denying, plain, found = (first, second, one) if one is not None else (second, first, other)
    tokens, place = found or ((), -1)
    if place < 0 or _denies_in_english(plain):
        return []  # an English denial: ``negations`` reads it
    text = denying.claim.text
    before = tokens[place - 1] if place else tokens[place]
    after = tokens[place + 1] if place + 1 < len(tokens) else tokens[place]
    denied = (before.start, after.end)
    stated: tuple[int, int] | None = None
    if place:
        plain_tokens = tuple(WORDS.tokens(plain.claim.text))
        at = next((i for i, t in enumerate(plain_tokens) if t.word == before.word), None)
        if at is not None:
            end = plain_tokens[min(at + 1, len(plain_tokens) - 1)].end
            stated = (plain_tokens[at].start, end)
    plain_value = plain.claim.text[stated[0] : stated[1]] if stated else STATED
    values = (text[denied[0] : denied[1]], plain_value)
    # What is denied is told by the values: a word next to the denial ("aus") names nothing.
    if denying is first:
        return [Difference("negation", values[0], values[1], "negation", denied, stated)]
    return [Difference("negation", values[1], values[0], "negation", stated, denied)]


def _denies_in_english(slots: Slots) -> bool:
    """Whether the claim holds an English word that denies (``NEGATION_WORDS``): read only for
    the other claim of a denial abroad, which is rare."""
    return not NEGATION_WORDS.isdisjoint(token.word for token in WORDS.tokens(slots.claim.text))
