"""A source as a reader would write it in the middle of a sentence: "Residents said ..." cites
residents, not someone named Residents."""

from __future__ import annotations

import re

from .source_kinds import (
    DETERMINER,
    GROUP_SOURCE,
    NAME_POSSESSIVE,
    PEOPLE_THERE_NOUN,
    SPEAKER_NOUN,
)

_OPENING_MARKS = "\"“‘'([ "
"""What may come before a sentence's first word: an opening quote or bracket."""

_COMMON_OPENING = re.compile(
    # a country's body ("Israel's army", "Sri Lanka's navy") opens with a name
    rf"(?!{NAME_POSSESSIVE})"
    rf"(?i:{GROUP_SOURCE}|{DETERMINER}|{SPEAKER_NOUN}|{PEOPLE_THERE_NOUN})"
    r"(?![\w’'-])(?![ ]+[A-Z])"
)
"""Words of a common kind of source ("residents", "police", "several witnesses", "the
military", "co-workers", "a spokesman") that are not the start of a name: a capitalised word
after them may be a name's ("Police Inspector Dave Gaskin", "The New York Times")."""

_ARTICLE = re.compile(r"(?:A|An)[ ]")
""""A" or "an" opens no name of a source ("A Defence Ministry release said")."""


def own_source(attribution: str) -> str:
    """The source without a clause that the patterns took in before it: in "... warded off
    the attack, Navy spokesperson said" the source is "Navy spokesperson", not "the attack,
    Navy spokesperson". Matching sets aside the words as found, so they are cut here, where the
    comparison and the page read them."""
    return attribution.rsplit(", ", 1)[-1] or attribution


def shown_source(attribution: str, sentence: str) -> str:
    """The attribution as a reader sees it named: its own source (``own_source``: "per
    officials" for "The fire spread to the bridge at dawn, officials said"), and a common noun
    or a determiner that opens the sentence, capitalised for the sentence's sake, in lower case
    ("per residents", "per several witnesses", "per a Defence Ministry release"); a name keeps
    its capital ("per Reuters", "per Inspector Gaskin", "per The Hindu"), as does a source that
    does not open the sentence (a headline's "- Reuters")."""
    own = own_source(attribution)
    if not sentence.lstrip(_OPENING_MARKS).startswith(own):
        return own
    if _ARTICLE.match(own) or _COMMON_OPENING.match(own):
        return own[:1].lower() + own[1:]
    return own
