"""How a sentence hedges what it says ("reportedly", "is thought to", "sources say"), found by
one pattern that runs only on sentences holding one of its cue words, linear in the sentence."""

from __future__ import annotations

import re

from .attribution import CLAIMED, CLAIMS, has_cue

# "suspected" and "apparent" soften the noun after them as "allegedly" softens a verb:
# "23 suspected pirates", "an apparent suicide". "The alleged DUI" names the charge an arrest
# is for, which "arrested for DUI" states no more surely, so "alleged" stays out, as does
# "suspected of", the accusation a man is arrested on ("a man suspected of shooting three
# people was arrested"), as "accused of" is.
_HEDGE_WORDS = tuple(
    """reportedly allegedly alleges allege likely probably possibly apparently apparent might
    purportedly supposedly presumably seemingly perhaps""".split()
)

_TOLD_BODIES = (
    r"police|cops|authorities|officials|officers|managers|management|supervisors|crews|staff|"
    r"employees|workers|parents|teachers|administrators|investigators|detectives|deputies|"
    r"troopers|regulators|prosecutors|dispatchers|firefighters|lifeguards|doctors|nurses|"
    r"security|school|hospital|headquarters|office|department|agency|company|employer|"
    r"family|relatives|friends|neighbou?rs"
)
_NO_MODIFIER = (
    r"be|been|being|have|has|had|having|do|get|make|tell|help|face|join|contact|call|alert|"
    r"inform|warn|pay|owe|meet|lead|brief|hire|give|ask|urge|send|blame|accuse|attack|shoot|"
    r"kill|sue|fight|flee|evade|avoid|want|need|seek|include|employ|number|total|"
    r"for|at|in|on|with|to|of|as|by|from|against|among|under|and|or|not|never|also|still"
)
_TO_A_PARTY = (
    rf"\s+(?:(?-i:[A-Z0-9])|[\w-]{{1,40}}(?:['’]s|s['’])(?!\w)|"
    r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|him|them|us|me|"
    r"someone|somebody|anyone|each|every|several)\b|"
    rf"(?:(?!(?:{_NO_MODIFIER})\b)[a-z-]{{1,40}}\s+){{0,2}}(?:{_TOLD_BODIES})\b|"
    r"[a-z-]{0,40}[^\Wsiu]s\b)"
)
_BEFORE_A_VERB = rf"(?=\s+[a-z])(?!{_TO_A_PARTY})"
""""12 are reported to be Somali" and "is reported to seek a buyer" hedge; "the shooting was
reported to police" says who was told. What follows "reported to" is told apart as the party
told rather than listed as verbs, since the verbs a report may be of are an open class (a short
list of them missed "is reported to receive", "to seek", "to favour"), while the party told is
a noun phrase with marks of its own: a determiner or pronoun ("to the FAA", "to their
parents", "to him"), a possessive, a capitalised word or a figure ("to Plant Managers Inc.",
"to 911"), a plural noun ("to lifeguards"), or a word for a body or people who are told, after
at most two other words ("to campus police", "to plant managers", "to work crews", "to child
protection officials"), neither of them a verb that takes such people as its object nor a
preposition ("is reported to have told police", "to face police questioning", "to work for
police" hedge)."""

_SAID_TO = r"said\s+to"
"""The one hedge with "said" ("was said to"), whose cue is this pattern, searched for apart:
a sentence of news says "said" more often than not, and held as a cue it sent twice as many
sentences to ``_HEDGE``."""

_Piece = tuple[str, tuple[str, ...], str]
"""A part of ``_HEDGE``: what stands before its words, the words (lower case, each a cue:
every match of the piece holds one, whatever the spaces and case), what stands after."""

_IGNORING_CASE: tuple[_Piece, ...] = (
    ("", _HEDGE_WORDS, ""),
    ("", ("suspected",), r"(?!\s+of\b)"),
    ("", ("could",), r"(?=\s+(?:be(?!\s+(?:seen|heard|spotted|watched|observed)\b)|have)\b)"),
    (rf"(?:was|is|were|are)\s+{_SAID_TO}", (), ""),
    (r"(?:was|is|were|are)\s+", ("reported",), rf"\s+to{_BEFORE_A_VERB}"),
    ("", ("believed",), r"\s+to"),
    ("", ("claimed",), CLAIMED.removeprefix("claimed")),
    ("", ("claims",), CLAIMS.removeprefix("claims")),
    ("", ("presumed",), ""),
    ("", ("feared",), r"(?=\s+(?:dead|killed|drowned|lost|missing|trapped)\b)"),
    (
        r"(?:is|are|was|were|[a-z]{1,40}['’](?:s|re))\s+(?:widely\s+)?",
        ("thought", "understood", "expected", "rumored", "rumoured", "forecast", "predicted"),
        r"\s+to",
    ),
    (r"it\s+is\s+(?:widely\s+)?", ("believed", "thought", "understood", "alleged"), ""),
    # set apart: "The thieves, thought to be three men, entered" (helper-195's audit)
    (r"(?<=,[ ])(?:widely\s+)?", ("thought", "understood"), r"\s+to"),
    (
        r"(?:police|officials|investigators|authorities|detectives|we|engineers|experts"
        r"|scientists|geologists|doctors|witnesses)\s+",
        ("believe",),
        r"(?!\s+in\b)",
    ),
    (
        r"(?:police|officials|investigators|authorities|detectives)\s+",
        ("suspect",),
        r"(?=\s+(?:that|the|a|an|he|she|they|it|his|her|him|this)\b)",
    ),
    # a thing suspected, after those who are no noun phrase with "suspect" ("Investigators
    # suspect corrosion caused", "Engineers suspect erosion caused": helper-209's audit;
    # "Police suspect dies in custody" is a suspect: helper-199)
    (
        r"(?:officials|investigators|authorities|detectives|engineers|experts|scientists"
        r"|doctors)\s+",
        ("suspect",),
        r"(?=\s+(?!(?:is|was|has|had|in|on|at|who|remains)\b)[a-z]+(?<!ed)\b)",
    ),
    (r"an\s+", ("estimated",), ""),
    ("", ("sources",), r"\s+say"),
    ("", ("appear", "seem"), r"(?:s|ed)?\s+to"),
    (r"it\s+", ("appear", "seem"), r"(?:s|ed)?"),
)
"""The pieces of ``_HEDGE`` that ignore case."""

# Unnamed sources or reports hedge as "sources say" does: "according to sources", "according
# to media reports", "reports say", "reports that Obama had approached", "Obama's reported
# choice". Lower-case (but for a sentence's first letter), so "according to CNN reports" names
# its source.
_MINDING_CASE: tuple[_Piece, ...] = (
    ("", ("may",), ""),
    (
        "[Aa]",
        ("ccording",),
        r"\s+to\s+(?:(?:unnamed|anonymous|media|news|press|local|several|multiple)\s+)?"
        r"(?:sources|reports)",
    ),
    ("[Rr]", ("eports",), r"\s+(?:say|that)"),
    (r"(?:(?<=['’]s\s)|(?<=\bthe\s))", ("reported",), r"(?=\s+[a-z])"),
)
"""The pieces of ``_HEDGE`` that mind case."""


def _joined(pieces: tuple[_Piece, ...]) -> str:
    return "|".join(
        f"{before}(?:{'|'.join(words)}){after}" if words else before + after
        for before, words, after in pieces
    )


# "may" only in lowercase, so the month "May" is no hedge; "could" only before "be"/"have", so
# ability ("he could not win", "whatever he could", "police could be seen going in") is no hedge
# either. "appeared to have been the targets", "it appears as if" and "12 are reported to be
# Somali" hedge as "were believed to" does. "Police suspect" hedges what follows ("police
# suspect that he", "the man"), not a noun ("Police suspect arrested"), nor does "officials
# believe in the plan". "He's expected to" is "he is expected to", and "are forecast to" hedges
# as it does (helper-218's audit: "are forecast to fall" / "are expected to drop" were a hedge
# difference); "presumed dead" and "feared dead" say a death no one has seen; "the Post claims
# that" hedges as "claimed" does.
_HEDGE = re.compile(rf"\b(?:(?i:{_joined(_IGNORING_CASE)})|{_joined(_MINDING_CASE)})\b")

_HEDGE_CUES = tuple(
    dict.fromkeys(word for _, words, _ in (*_IGNORING_CASE, *_MINDING_CASE) for word in words)
)
"""A part of every match of ``_HEDGE`` but "was said to", in lower case, whatever the spaces:
the words of its pieces. A sentence without one (most of news) is not searched."""

_SAID_TO_CUE = re.compile(_SAID_TO)


def find_hedges(sentence: str) -> tuple[str, ...]:
    """Return the hedging words of the sentence, lowercase, in order of appearance, once each.

    An ASCII sentence without a cue is passed over. One that is not ASCII is always searched:
    the pattern ignores case, which matches "ſ" to "s" and "ı", "İ" to "i" where ``lower``
    gives no ASCII letter ("poſſibly" is "possibly" to it)."""
    if sentence.isascii():
        lowered = sentence.lower()
        if not has_cue(lowered, _HEDGE_CUES) and not _SAID_TO_CUE.search(lowered):
            return ()
    found = (" ".join(match.group().lower().split()) for match in _HEDGE.finditer(sentence))
    return tuple(dict.fromkeys(found))
