"""Two matched claims compared: each read into its slots once, the slots set side by side."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from ..claims.language import DECIMAL_COMMA, english_figures
from ..claims.shown import own_source
from ..model import Claim, Difference
from ..normalise import Normaliser
from .ages import decade_ages
from .attributions import (
    cited_source,
    named_earlier,
    source_differences,
    source_spellings,
)
from .bearings import bearing_differences, read_bearings
from .charges import charge_differences, read_charges
from .codes import code_differences
from .days import day_differences, read_days
from .denials_abroad import denial_abroad_differences
from .hedges import hedge_differences, hedges_anything
from .names import in_capitals, name_differences, read_entities
from .nationalities import nationality_differences
from .negations import negation_differences, read_polarities
from .number_words import zoned_times
from .numbers import number_differences, read_quantities
from .occurrences import occurrence_differences
from .slots import WORDS, Day, Quantity, Slots
from .stances import stance_differences
from .tallies import read_tallies, tally_differences
from .totals import more_hurt_badly_than_hurt
from .went_on import went_on_differences


def compare_claims(left: Claim, right: Claim) -> tuple[Difference, ...]:
    """Every difference between two matched claims, disagreements first, then ``adds``."""
    return compare_slots(read_slots(left, WORDS), read_slots(right, WORDS))


def compare_slots(first: Slots, second: Slots) -> tuple[Difference, ...]:
    """``compare_claims`` from slots read once per claim (``read_slots`` with ``WORDS``): a
    claim of a story takes part in many matches."""
    left, right = first.claim, second.claim
    names = name_differences(first, second)
    found = [
        *number_differences(first, second),
        *tally_differences(first, second),
        *occurrence_differences(first, second),
        *day_differences(first, second),
        *(names or source_spellings(first, second)),
        *(() if names else code_differences(first, second)),
        *nationality_differences(first, second),
        *charge_differences(first, second),
        *bearing_differences(first, second),
        *source_differences(first, second),
        *(hedge_differences(left, right) if first.hedged or second.hedged else ()),
        *(
            negation_differences(first, second)
            or stance_differences(first, second)
            or went_on_differences(first, second)
        ),
        *denial_abroad_differences(first, second),
    ]
    badly = more_hurt_badly_than_hurt(first, second)
    if badly:  # the two figures it sets against each other add nothing more
        spans = {(d.a_span, d.b_span) for d in badly}
        found = [*badly, *(d for d in found if not _added_of(d, spans))]
    if len(found) > 1:  # most matches differ in nothing or in one detail
        found.sort(key=lambda difference: difference.kind == "adds")
    return tuple(found)


Span = tuple[int, int]


def _added_of(difference: Difference, spans: set[tuple[Span | None, Span | None]]) -> bool:
    """Whether an ``adds`` is of a figure a disagreement sets against another."""
    at, other_at = difference.a_span, difference.b_span
    return difference.kind == "adds" and any(
        (at is not None and at == a) or (other_at is not None and other_at == b) for a, b in spans
    )


def disagreements(details: Iterable[Difference]) -> tuple[str, ...]:
    """The kinds of the differences that are disagreements (not ``adds``), once each, in order."""
    return tuple(dict.fromkeys(d.kind for d in details if d.kind != "adds"))


def read_slots(
    claim: Claim,
    normaliser: Normaliser,
    earlier: Sequence[Claim] = (),
    published: str | None = None,
    aliases: Normaliser = WORDS,
    language: str | None = None,
) -> Slots:
    """The slots of a claim; ``earlier`` are the claims just before it in its article, in
    order (the last ``EARLIER_REACH`` are read), which a source such as "the statement" stands
    for; ``published`` is the article's date (ISO), which makes "yesterday" a weekday;
    ``aliases`` holds the site's alias table, by which a source may be one name ("Brussels");
    ``language``, the article's (``language_of``), how its figures are written ("3,5" in a
    language of ``DECIMAL_COMMA``) and whether its denials are read (``denials_abroad``).
    The words it states are read (with ``WORDS``) when a match first needs them
    (``Slots.stated``)."""
    text = claim.text
    days = read_days(text, published)
    source = cited_source(claim)
    return Slots(
        claim=claim,
        quantities=_quantities(text, normaliser, days, language in DECIMAL_COMMA),
        days=days,
        entities=read_entities(text),
        bearings=read_bearings(text),
        polarities=read_polarities(text, normaliser),
        charges=read_charges(text),
        source=source,
        named_earlier=named_earlier(claim, source, earlier),
        source_name=aliases.one_name(own_source(source)) if source else "",
        hedged=hedges_anything(claim),
        language=language,
    )


@lru_cache(maxsize=4096)
def _plain_letter(character: str) -> str:
    """A letter without its accent ("ó" as "o"), one character for one, so that the places of
    what is read stay those of the text; any other character as it is (helper-215's audit:
    "krónur" was read as counting "kr", against "kronur")."""
    parts = unicodedata.normalize("NFKD", character)
    plain = "".join(part for part in parts if not unicodedata.combining(part))
    return plain if len(plain) == 1 else character


def _quantities(
    text: str, normaliser: Normaliser, days: tuple[Day, ...], decimal_comma: bool
) -> tuple[Quantity, ...]:
    """The claim's figures (``read_quantities``); of a language that writes a decimal comma,
    read as English writes them and told as the claim writes them (helper-165's audit: "3,5
    Millionen" against "3,8 Millionen" was no difference, "1.200 Liter" against "1200 Liter"
    one)."""
    read = english_figures(text) if decimal_comma else text
    # A headline in capitals ("THREE DEAD IN TOWER BLOCK GAS HORROR") is read in lower case,
    # as what its figures count is read in words in lower case (helper-198's audit: its
    # "THREE DEAD" was no figure against "Two dead"); where lower case changes the length (a
    # letter such as "İ"), as written.
    lowered = read.lower() if in_capitals(text) else read
    if len(lowered) == len(read):
        read = lowered
    if not read.isascii():  # "2.5 billion krónur" counts the "kronur" of "2 billion kronur"
        read = "".join(map(_plain_letter, read))
    found = read_quantities(read, normaliser, days)
    if read != text:  # read otherwise, told as written (of the same length)
        found = tuple(replace(figure, text=text[slice(*figure.span)]) for figure in found)
    # The two figures of a vote or a score are one value (``tallies``), not two counts.
    votes = [tally.span for tally in read_tallies(text)] if found else []
    counted = tuple(
        figure
        for figure in found
        if not any(start <= figure.span[0] and figure.span[1] <= end for start, end in votes)
    )
    return zoned_times(text, counted) + decade_ages(text)
