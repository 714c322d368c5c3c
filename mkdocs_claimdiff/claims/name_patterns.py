"""How a name is written in a news sentence, as pieces of patterns: capitalised words, initials,
particles ("bin", "van", "of the"), never a pronoun or a count that opens a sentence. The
attribution patterns build on them."""

from __future__ import annotations

from ..normalise import NUMBER_WORDS

# A name is at most MAX_NAME_WORDS words of at most MAX_NAME_WORD_LENGTH characters (no real
# speaker is longer): unbounded, a search that fails at the end of a long run of capitalised words
# or initials would retry the whole run from each of its words, quadratic in the run's length.
MAX_NAME_WORDS = 8

MAX_NAME_WORD_LENGTH = 40

NAME_WORD = (
    rf"(?:(?:[A-Z]\.){{2,{MAX_NAME_WORDS}}}|\d{{1,4}}[A-Z][\w’'&-]{{0,{MAX_NAME_WORD_LENGTH}}}(?![\w’'&-])|"
    rf"(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ][\w’'&-]{{0,{MAX_NAME_WORD_LENGTH}}}(?![\w’'&-]))"
)

_COUNT_WORDS = sorted(
    {word.capitalize() for word in NUMBER_WORDS if word.isalpha()}
    | set("Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Dozens".split())
    | set("Hundreds Thousands Several Few".split()),
    key=len,
    reverse=True,
)

NOT_A_NAME = (
    r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|Some|Many|Most|Both|All|One|"
    rf"Others|Who)\b|(?:{'|'.join(_COUNT_WORDS)})\b(?![ ]+[A-Z]))"
)
"""Words that open a sentence but name no speaker: pronouns, and counts before a word in lower
case ("Seventeen confirmed dead as ferry capsizes" cites no "Seventeen"; helper-197's audit),
not a name's first word ("Nine News reported"; helper-199's review)."""

NAME = (
    rf"(?:[Tt]he\s+)?{NOT_A_NAME}{NAME_WORD}"
    # "the Committee for the Protection of Journalists", "the Ministry of the Interior"
    rf"(?:\s+(?:(?:bin|ibn|de|van|von|der|da|di|of|for)\s+(?:the\s+)?)?{NAME_WORD})"
    rf"{{0,{MAX_NAME_WORDS - 1}}}"
)

CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

IN_PLACE = rf"(?:\s+in\s+(?!{CALENDAR}){NAME})?"

_FIGURE_WORDS = (
    *NUMBER_WORDS,
    *"""thirteen fourteen fifteen sixteen seventeen eighteen nineteen forty fifty sixty seventy
    eighty ninety dozens hundreds thousands millions scores several about around nearly almost
    some more at""".split(),
)
"""Words that open a count ("fifty people", "a dozen", "at least ten"), "a" left out: "a
dozen" and "a spokesman" open alike."""

FIGURE_OPENS = rf"(?:\d|(?i:{'|'.join(sorted(_FIGURE_WORDS, key=len, reverse=True))})\b)"
