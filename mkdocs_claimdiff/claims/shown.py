"""A source as a reader would write it in the middle of a sentence: "Residents said ..." cites
residents, not someone named Residents."""

from __future__ import annotations

import re

from .attribution import DETERMINER, GROUP_SOURCE, SPEAKER_NOUN
from .further import PEOPLE_THERE_NOUN

_OPENING_MARKS = "\"“‘'([ "
"""What may come before a sentence's first word: an opening quote or bracket."""

_COMMON_OPENING = re.compile(
    rf"(?i:{GROUP_SOURCE}|{DETERMINER}|{SPEAKER_NOUN}|{PEOPLE_THERE_NOUN})"
    r"(?![\w’'-])(?![ ]+[A-Z])"
)
"""Words of a common kind of source ("residents", "police", "several witnesses", "the
military", "co-workers", "a spokesman") that are not the start of a name: a capitalised word
after them may be a name's ("Police Inspector Dave Gaskin", "The New York Times")."""

_ARTICLE = re.compile(r"(?:A|An)[ ]")
""""A" or "an" opens no name of a source ("A Defence Ministry release said")."""


def shown_source(attribution: str, sentence: str) -> str:
    """The attribution as a reader sees it named: a common noun or a determiner that opens the
    sentence is capitalised for the sentence's sake, so it is shown in lower case ("per
    residents", "per several witnesses", "per a Defence Ministry release"); a name keeps its
    capital ("per Reuters", "per Inspector Gaskin", "per The Hindu"), as does a source that
    does not open the sentence (a headline's "- Reuters")."""
    if not sentence.lstrip(_OPENING_MARKS).startswith(attribution):
        return attribution
    if _ARTICLE.match(attribution) or _COMMON_OPENING.match(attribution):
        return attribution[:1].lower() + attribution[1:]
    return attribution
