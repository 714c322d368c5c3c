"""The kinds of source a news sentence cites, as pieces of patterns: the words of an unnamed
source ("a spokesman", "officials", "police", "co-workers") and the names of news organisations.
The claim readers build their patterns of them; the pages read a source's first words with them
(``shown``), and the comparison tells an outlet from a person (``names_an_outlet``), without
loading the claim readers' patterns.
"""

from __future__ import annotations

import re

DETERMINER = r"(?i:a|an|the|one|two|three|four|several|some|many|other|multiple)"

WITNESS = r"(?:eye-?)?witness(?:es)?"
"""A witness, also written "eyewitness" or "eye-witness": one kind of source however spelt."""

SOURCE_NOUN = (
    rf"(?:sources?|officials?|diplomats?|insiders?|analysts?|{WITNESS}|people|persons?|"
    r"spokes(?:person|man|woman)|documents?|reports?|statements?|releases?|media|outlets?|"
    r"watchdogs?|monitors?|regulators?|groups?|organi[sz]ations?|charit(?:y|ies))"
)

ROLE = (
    r"(?:chief|mayor|governor|minister|president|director|commander|sheriff|coroner|"
    r"prosecutor|attorney|lawyer|judge|manager|coach|captain|superintendent|secretary|senator|"
    r"lieutenant|sergeant|inspector|ambassador|doctor|surgeon|owner|chair(?:man|woman|person)?|"
    r"executive|lawmaker|neighbou?r|relative|friend|auditor|commissioner|treasurer|"
    r"council(?:l)?or|administrator|principal|(?:vice-)?chancellor|MP|MSP|MEP|head(?:master|mistress"
    r"|teacher)|dean|rector|provost|bishop|vicar|brother|sister|mother|father|son|daughter|wife|"
    r"husband|uncle|aunt|cousin|grand(?:mother|father|son|daughter)|fianc[ée]e?)"
)
"""Who a news sentence cites by their office or tie alone: "the police chief said", "a
neighbour told reporters", "said the mayor". One person each: a plural ("doctors said",
"prosecutors said") is a group, read as such below."""

# Who speaks before a reporting verb may also be an officer ("a California Highway Patrol
# officer said") or hold an office ("the fire chief said"); not after "according to", where
# "the charges, two officers" is no source.
SPEAKER_NOUN = rf"(?:{SOURCE_NOUN}|officers?|{ROLE})"

_NATIONAL = r"(?:(?-i:[A-Z])[\w’'.-]{0,30}\s+){0,2}"
"""Up to two capitalised words before the body a group source names: "the Chinese coast
guard", "the US military"."""

_MODIFIER = (
    r"(?-i:grid|rail|water|energy|power|gas|bus|ferry|shipping|mining|utility|insurance|"
    r"travel|holding|parent|airport|port|district|county|city|state|regional|national|local|"
    r"parish|health|security|auction)"
)
"""A word in lower case that says what a body works at: "the grid operator said", "the water
company said" (the written stories' sources read as none, 2026-12-07)."""

BODY_NOUN = (
    r"(?i:military|army|government|ministry|company|family|navy|coast\s*guard|league|club|team|"
    r"agency|council|union|federation|association|airline|hospital|university|commission|"
    r"committee|board|court|firm|bank|department|operator|prefecture|municipality|zoo|museum|"
    r"park|school|trust|hotel|prison|auction\s+house|(?:sheriff[’']s\s+)?office)"
)
"""What a body that speaks is: "the company", "the Smith family", "the controllers' union"."""

# Words of a speaker named after the verb that are not capitalised: titles and the bodies
# they serve ("said Troy police Lt. Gerry Scherlinck", "said an officer").
AFTER_VERB_WORDS = (
    r"(?:police|spokes(?:man|woman|person)|officer|official|chief|deputy|director|head|"
    r"of|for|at|the|and|state|county|city|union|president|executive|manager|minister|"
    r"secretary|mayor|governor|sheriff|prosecutor|attorney|lawyer|judge|coach|hospital|"
    r"elections?|company|campaign|party|agency|department|bureau|federal|press|"
    r"communications|health|fire|transportation|museum|gallery|school|university|college|"
    r"airport|airline|zoo|library|board|council|league|club|team|firm|bank|court|mine|plant|"
    r"factory|park|church|town|regional|national|local|senior|assistant|vice|interim|acting|"
    r"general|managing|operations|safety|emergency|rescue|curator|principal|superintendent|"
    r"commissioner|chairman|chairwoman|chair|founder|owner|analyst|economist|researcher|"
    r"sporting|technical|meteorologist|forecaster|editor|correspondent|warden|headteacher|"
    r"dean|physician|nurse|engineer|geologist|volcanologist|seismologist|spokesperson|"
    r"scientist|professor|surgeon|pilot|captain|commander|councillor|councilor|councilman|"
    r"councilwoman|senator|lawmaker|legislator|ambassador|envoy|inspector|detective|sergeant)"
)

FIRST_OF_TWO = r"(?-i:Sri|South|North|New|Saudi|United|Costa|El|Sierra|Burkina|Hong|East|West)"
"""First words of the names of two words that countries and places have ("Sri Lanka")."""

NAME_POSSESSIVE = rf"(?:{FIRST_OF_TWO}\s+)?(?-i:[A-Z])[\w.-]{{0,30}}(?:[’']s|s[’'])\s+"
"""A name's possessive before what it owns: "China's coast guard", "Sri Lanka's navy",
"Reuters' tally"."""

# The most common newsroom attribution is lower-case and mid-sentence: "police said", "police
# there have said", "officials told reporters", "sources say", "according to the county fire
# service". A group noun before a reporting verb, or a lower-case phrase that closes an
# "according to" clause. They are tried after ``_ATTRIBUTIONS``, so a named source wins. The
# words of a phrase are separated by whitespace and at most six, which keeps the search linear.
GROUP_SOURCE = (
    r"(?i:(?:local\s+|state\s+|federal\s+|military\s+|government\s+|hospital\s+)?"
    r"(?:police|officials|authorities|sources|investigators|(?:eye-?)?witnesses|prosecutors|officers|"
    r"firefighters|rescuers|doctors|residents|organisers|organizers|paramedics|troops|"
    r"experts|researchers|lawmakers|"
    # "the military", "the Chinese coast guard", "China's coast guard", "the Smith family"
    rf"(?:the\s+{_NATIONAL}|{NAME_POSSESSIVE})(?:{_MODIFIER}\s+){{0,2}}{BODY_NOUN}|navy|analysts|"
    # "the fire service said", "the county ambulance service said", "the health ministry said",
    # "the regional civil protection agency said"
    rf"(?:the\s+{_NATIONAL}|{NAME_POSSESSIVE})(?:(?:county|city|state|local|regional)\s+)?"
    r"(?:fire|ambulance|rescue|health|"
    r"interior|defen[cs]e|foreign|emergency|civil\s+(?:protection|defen[cs]e))\s+"
    r"(?:services?|department|brigade|ministry|"
    r"office|agency)))"
)

PEOPLE_THERE_NOUN = (
    r"(?:employees|workers|co-?workers|colleagues|staff[ ]members|neighbou?rs|relatives|friends)"
)
"""The people who were where it happened or know those it happened to, as a source:
"co-workers said", "relatives of the victim said"."""

OUTLET = re.compile(
    r"^(?:[Tt]he\s+)?(?!(?:US|USA|UK|EU|UN|UAE|NATO|USSR|OPEC|ASEAN|G7|G20)$)[A-Z]{2,6}$|"
    r"\b(?:Reuters|Bloomberg|Interfax|Xinhua|Kyodo|Yonhap|Anadolu|"
    r"Tass|News|Press|Times|Post|Agency|Wire|Journal|Herald|Telegraph|Guardian|Tribune|Gazette|"
    r"Daily|Radio|TV|Television|Broadcasting|Independent|Observer|Express|Chronicle|Monitor)\b"
)
"""A news organisation's name: an acronym that is no country or alliance ("AFP", "the BBC"), or
a name with an agency's or a paper's word in it."""


def names_an_outlet(source: str) -> bool:
    """Whether a cited source is a news organisation ("Reuters", "the New York Times", "AFP")."""
    return bool(OUTLET.search(source))
