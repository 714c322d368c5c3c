"""Guards on where a report is read: pieces of patterns for the verbs of saying where
"insisted", "added", "said" and "reported" tell no report ("insisted on a recount", "added a
second goal", "said to be", "reported the incident to police"), and whether a body that
speaks opens its clause (helper-226's review); and where in what a pattern found the source
begins (``last_phrase``)."""

from __future__ import annotations

import re

from .source_kinds import DETERMINER, GROUP_SOURCE, SPEAKER_NOUN

INSISTED = r"insisted(?!\s+(?:on|upon)\b(?!\s+(?-i:[A-Z])))"
""""Insisted" reports, but not "insisted on a recount" (helper-226's review); "insisted on
Tuesday that" does."""

NOT_SAID_OF = (
    r"(?!\s+(?:by|goodbye|hello|sorry)\b)"
    r"(?!\s+to\s+(?!(?:reporters|journalists|the|a|an|police)\b)[a-z]+\b)"
)
"""No report after the verb: "said by friends to be", "said to be", "said to have glued",
"said goodbye" describe someone (helper-226's review); "told to reporters" does not."""

ADDED = r"added(?=\s*(?:[,.;:]|that\b|$))"
""""Added" reports before a comma, a stop or "that"; "added a second goal" does not."""

REPORTED = r"reported(?!\s+(?:the|a|an|him|her|them|it)\b[^,.;]{0,40}\bto\b)"
""""Reported" cites, but not "reported the incident to police" (helper-226's review)."""

_CLAUSE_OPENERS = frozenset(
    """and but or that which who while said says because although though when whereas after
    before since so then however as also meanwhile yet""".split()
)


WORD_BEFORE_REACH = 40
"""Characters before a body searched for the word before it."""


def opens_clause(sentence: str, found: re.Match[str]) -> bool:
    """Whether a body that opens the match ("the hotel said") opens its clause too: not "the
    hotel" some people were outside, near or ran ("Protesters outside the hotel said", "The
    couple who run the hotel said"; helper-226's review)."""
    if not found.group(1).startswith(("the ", "The ")) or found.group(1)[4:5].isupper():
        return True  # "Workers at the Royal Mail said": a name, read as before
    # the word before, from a window: a long line of rejected matches costs each a window,
    # not the whole line before it
    before = sentence[max(0, found.start() - WORD_BEFORE_REACH) : found.start()].split()
    last = before[-1] if before else ""
    return not last or not last[-1].isalpha() or last[0].isupper() or last in _CLAUSE_OPENERS


_LAST_DESCRIBED = re.compile(
    rf",\s+((?:{DETERMINER}|{GROUP_SOURCE}\s+and)\s+[^,]*"
    rf"|(?:[\w’'-]+\s+){{0,2}}(?:{SPEAKER_NOUN}|{GROUP_SOURCE}))$"
)


def last_phrase(source: str) -> str:
    """The source without the end of the clause before it: in "... against the pirates in two
    boats, a Defence Ministry release said" the determiner "two" starts the search early, and
    the source is "a Defence Ministry release"; in "The man was charged, police and the mayor
    said" the sentence's "The" does, and the source is "police and the mayor"; in "... and the
    Arabian Peninsula, Indian officials said" it is "Indian officials", and in "... at the
    hospital, doctors said" "doctors": up to two words and a speaker after the last comma."""
    found = _LAST_DESCRIBED.search(source)
    return found.group(1) if found else source
