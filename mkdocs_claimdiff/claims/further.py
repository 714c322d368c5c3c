"""Sources that a claim's attribution leaves out and only the comparison of two claims reads:
matching sets a claim's attribution aside, so these stay out of it and every match stays as it
was."""

from __future__ import annotations

import re

from .attribution import NOT_AN_ORDER, has_cue
from .source_kinds import AFTER_VERB_WORDS, PEOPLE_THERE_NOUN, SPEAKER_NOUN

# Sources that a claim's attribution leaves out and only the comparison of two claims reads.
# Matching sets a claim's attribution aside, so these stay out of it and every match stays as it
# was: a body named with the capitalised words before it ("the Indian military said", "The City
# Attorney's office said", "cops and family said"), a charging document ("the charges say",
# "according to charges filed Friday", "court documents show") and a person named in an earlier
# sentence ("he said", "she told the Herald"); and a headline in capitals ("... IN RICHMOND HILL,
# QUEENS DA SAYS"), whose verb ``find_attribution`` only reads in lower case (so "Police Say" in a
# title-case headline cites no one); a person who announces ("Ellen DeGeneres just tweeted") and a
# body named after "the" that does ("the Academy announced Friday"), which the comparison tells from
# the person only when the body's claim is about that person
# (``source_identity.body_and_its_subject``); an outlet or a relative ("the station also reported",
# "the victim's nephew said"); the people who were there ("Employees of the building told WJBK",
# "co-workers said"); a person who describes or testifies ("Scherlinck described", "Sgt. Whiteside
# testified"); a named speaker in the perfect ("Stephen A. Smith has reported that", "Reuters has
# said"); a speaker after the verb with where it was said ('"...," said general manager Ed Stefanski
# at a news conference.', '"...," said Ford spokesman Mark Truby in an interview.').
# Each name or description is at most a few words, so every search stays linear.
_CAPITAL_MONTH = (
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
"""A month in capitals, which a scraped page glues to the line before it ("QUEENS DA
SAYSSEPTEMBER 19, 2013")."""

_BODY_NOUN = (
    r"(?:government|military|army|navy|ministry|office|owner|owners|company|team|club|academy|"
    r"department|agency|prosecutors?|family|friends?|neighbou?rs?|cops|station|newspaper|"
    r"airline|carrier|hospital|council|school|university|union|court|regulators?|firm|bank|"
    r"auction\s+house|network|nephew|niece|son|daughter|husband|wife|brother|sister|mother|father|cousin|"
    r"relatives?)"
)
"""What speaks without a name: a body ("the Indian military"), an outlet the article named
before ("the station"), or one of the family ("the victim's nephew")."""

_NOT_OF_A_TITLE = (
    r"(?:and|or|but|nor|then|than|so|yet|also|as|the|a|an|this|that|these|those|who|whom|"
    r"whose|which|what|when|where|while|after|before|until|since|because|if|though|although|"
    r"once|later|earlier|subsequently|eventually|finally|he|she|they|it|we|him|her|them|his|"
    r"their|its|to|of|in|on|at|by|for|with|from|about|against|under|said|told|has|have|had|"
    r"was|were|is|are|be|been|not|never)\b"
)
"""Lower-case words that are no part of a title or the body it is of: a title is written in
lower case too ("state trooper John Smith", "medical examiner Dr. Jane Doe", "sheriff's
deputy John Smith", "Troy police Sgt. Barry Whiteside"), but a clause before a name ("and
then Whiteside", "the man who shot Whiteside") holds one of these."""

_DOCUMENT = (
    r"(?:(?:criminal|court|charging|police|arrest)\s+)?"
    r"(?:charges|complaint|indictment|affidavit|documents|papers|records)"
)

_FURTHER_VERB = (
    rf"(?:(?:has|have|had)\s+)?(?:said|says|say|(?:told|tells){NOT_AN_ORDER}|reported|stated|"
    r"added)\b"
)

_PERFECT_AUXILIARIES = ("has", "have", "had")
_PERFECT_VERBS = ("reported", "said", "stated", "confirmed")

_PERFECT_SPEAKER = (
    r"(?<![\w’'&.-])((?:[Tt]he[ ])?"
    r"(?!(?:The|A|An|This|That|It|He|She|They|We|I|You|There|These|Those|Some|Many|Most|All|"
    r"Who)[ ])"
    r"(?:[A-Z][\w’'.&-]{0,40}[ ]){0,3}[A-Z][\w’'&-]{0,40})"
    rf"[ ](?:{'|'.join(_PERFECT_AUXILIARIES)})[ ]"
    rf"(?:{'|'.join(_PERFECT_VERBS)}|(?:told){NOT_AN_ORDER})\b"
)
"""A name (at most four capitalised words) in the perfect of a reporting verb: "Stephen A.
Smith has reported that", "Reuters has said" ("announced" is read by the patterns of who
announces); not a pronoun or a determiner ("It has been reported", "Some have said")."""

_PERFECT_CUES = tuple(
    f"{auxiliary} {verb}"
    for auxiliary in _PERFECT_AUXILIARIES
    for verb in (*_PERFECT_VERBS, "told")
)
"""What every match of ``_PERFECT_SPEAKER`` says, in lower case: the auxiliary and the verb as
written, one space between (most sentences say "has", "have" or "had" of something else)."""

_AFTER_VERB_TITLES = (
    r"(?:general|manager|coach|president|secretary|minister|commissioner|owner|attorney|"
    r"prosecutor|captain|commander|inspector|sergeant|detective|lieutenant|superintendent)"
)
"""Lower-case titles of a speaker named after the verb, besides the police's ("said general
manager Ed Stefanski")."""

_WHERE_SAID = (
    r"(?:(?:at|in|on|during)[ ](?:(?:a|an|the|his|her|its|their)[ ])?"
    r"(?:(?:news|press|written|joint|televised)[ ])?"
    r"(?:conference|statement|release|interview|briefing|hearing|tweet)"
    r"|on[ ](?:Twitter|Facebook|Instagram))"
)
"""Where a speaker named after the verb said it: "at a news conference", "in a statement",
"in an interview", "on Twitter"."""

_SPOKEN_AFTER = (
    r"[,”\"’][ ]?(?:said|says|added)[ ]("
    rf"(?:(?:the|a|an)[ ])?(?:(?:[A-Z][\w’'.&-]{{0,40}}|{AFTER_VERB_WORDS}|"
    rf"{_AFTER_VERB_TITLES})[ ]){{0,7}}?"
    rf"(?:[A-Z][\w’'&-]{{0,40}}|{SPEAKER_NOUN}|police))[ ]{_WHERE_SAID}"
    r"(?=[ ]?(?:[,;:!?]|\.?[”\"’]?[ ]?$))"
)
"""A speaker after the verb, followed by where it was said and the end of the clause:
'"...," said general manager Ed Stefanski at a news conference.' (``find_attribution``
reads the speaker only when the clause ends right after it).
Bounded words, so the search stays linear."""

_FURTHER_SOURCES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("said", "says", "say", "told", "tells", "reported", "stated", "added"),
        re.compile(
            rf"(?<![\w’'-])((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]{{0,40}}\s+){{0,4}}?"
            rf"(?:[a-z][\w-]{{0,40}}[’']s\s+)?{_BODY_NOUN}(?:\s+and\s+{_BODY_NOUN})?)\s+"
            rf"(?:also\s+)?{_FURTHER_VERB}"
        ),
    ),
    (
        ("said", "says", "say", "told", "tells", "reported", "stated", "added"),
        re.compile(
            r"(?<![\w’'-])((?:(?i:some|several|other|two|three|four|many)\s+)?"
            rf"(?i:{PEOPLE_THERE_NOUN})"
            r"(?:\s+(?:of|at)\s+the\s+[\w-]{1,40})?)\s+"
            rf"(?:also\s+)?{_FURTHER_VERB}"
        ),
    ),
    (
        ("charges", "complaint", "indictment", "affidavit", "documents", "papers", "records"),
        re.compile(
            rf"(?<![\w’'-])((?:[Tt]he\s+)?{_DOCUMENT})\s+(?:(?:filed|released)\s+[\w ]{{0,40}}?)?"
            r"(?:(?:have|has)\s+)?(?:said|says|say|show|shows|showed|state|states|stated)\b|"
            rf"\b(?i:according\s+to)\s+((?:the\s+)?{_DOCUMENT})\b"
        ),
    ),
    (
        ("said", "says", "told", "tells", "added"),
        # After a comma or a closing quote ('..., he said'; '"...," she told the Herald'), or
        # opening the sentence with "said" ("She said the third victim died"): "He told
        # police he had drunk" is what he told, "what he said was" no source.
        re.compile(
            rf"(?:(?<=[,”\"’][ ])|(?<=[,][”\"’][ ]))((?i:he|she))\s+{_FURTHER_VERB}"
            r"|^((?:He|She))\s+(?:said|says)\b"
        ),
    ),
    (
        ("announced", "tweeted", "announcement"),
        # Opening the sentence or after a lower-case word ("The comedian Ellen DeGeneres"); not
        # after "the" or "and" ("the Academy of Motion Picture Arts and Sciences announced").
        re.compile(
            r"(?:^|(?<![\w’'-])(?!(?:and|of|the|by|for|to|with)[ ])[a-z][\w-]{0,40}[ ])"
            r"(?!(?:The|A|An|This|That|It|He|She|They|We|I)[ ])"
            r"((?:[A-Z][\w’'.-]{0,40}[ ]){0,3}[A-Z][\w’'-]{0,40})[ ]"
            r"(?:(?:just|has|had)[ ])?(?:announced|tweeted|made[ ]the[ ]announcement)\b"
        ),
    ),
    (
        ("announced",),
        # A body named after "the" that announces ("..., the Academy announced Friday"); not
        # one named with "of" or "and" ("the Academy of Motion Picture Arts and Sciences").
        re.compile(
            r"(?<![\w’'-])((?:[Tt]he)[ ](?:[A-Z][\w’'.-]{0,40}[ ]){0,3}[A-Z][\w’'-]{0,40})[ ]"
            r"(?:(?:just|has|had)[ ])?announced\b"
        ),
    ),
    (
        ("described", "testified"),
        # A person who describes what the claim tells ("Scherlinck described the shooter as"),
        # or testifies to it ("..., Troy police Sgt. Barry Whiteside testified", "..., as
        # Whiteside testified"): the source is the title and the name alone, so "..., and then
        # Whiteside testified" or "the man who shot Whiteside testified" cite no one, while a
        # title in lower case is part of it ("..., state trooper John Smith testified").
        re.compile(
            r"^((?:[A-Z][\w’'.-]{0,40}[ ]){0,3}[A-Z][\w’'-]{0,40})[ ]described\b"
            r"|(?<=[,”\"’][ ])(?:as[ ])?((?:(?:[A-Z][\w’'.-]{0,40}|"
            rf"(?!{_NOT_OF_A_TITLE})[a-z][\w’'-]{{0,40}})[ ]){{0,5}}"
            r"[A-Z][\w’'-]{0,40})[ ]testified\b"
        ),
    ),
    (_PERFECT_CUES, re.compile(_PERFECT_SPEAKER)),
    (("said", "says", "added"), re.compile(_SPOKEN_AFTER)),
    (
        ("say", "said"),
        re.compile(
            r"(?<![\w’'&.-])((?:[A-Z][A-Z’'&.-]{0,40}\s+){0,2}[A-Z][A-Z’'&.-]{1,40})\s+"
            rf"(?:SAYS?|SAID)(?![a-z])(?:\b|(?={_CAPITAL_MONTH}))"
        ),
    ),
)


def find_further_source(sentence: str) -> str | None:
    """A source the sentence cites that ``find_attribution`` leaves out: a body named with its
    capitalised words, a charging document or a pronoun, as written, or None. Read only to
    compare two claims' sources, never by matching."""
    lowered = sentence.lower()
    for cues, pattern in _FURTHER_SOURCES:
        found = pattern.search(sentence) if has_cue(lowered, cues) else None
        if found:
            return next(group for group in found.groups() if group)
    return None
