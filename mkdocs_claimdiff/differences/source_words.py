"""The words sources are told apart by: what kind of source speaks, which body, which office.

Kept apart from the comparison of sources (``attributions``) so that module reads as rules."""

from __future__ import annotations

POLICE = frozenset(
    """police cops nypd investigators detectives inspector constable sergeant detective
    superintendent sheriff officer officers authorities""".split()
)


GENERIC_SOURCE_WORDS = frozenset(
    """a an the one two some several many other multiple local his her their its outlet's
    outlet source sources official officials spokesman spokeswoman spokesperson statement release
    people person persons witness witnesses insider insiders analyst analysts document documents
    report reports media outlets said says told he she club team company agency department office
    owner owners academy station newspaper network group groups organisation organization
    organisations organizations charity charities watchdog watchdogs operator league union
    council federation association firm board commission committee municipality prefecture
    """.split()
)
"""Words that say what kind of source speaks but not which: "the club said" refers back to the
club the article named ("Arsenal"), "the agency said" to "the FAA", "the station reported" to
"WCCO-TV", "the operator said" to "Meridian Rail"."""


BODIES = frozenset(
    """club team company agency department academy station newspaper network group
    organisation organization charity watchdog operator league union council federation
    association firm board commission committee airline ministry municipality prefecture
    """.split()
)
"""Words that name a body, never a person: "the company said" stands for no "Lieutenant
Governor Mark Ruiz said" before it (helper-195's audit)."""


ONE_SOURCE_WORD = {
    "naval": "navy",
    "presidential": "president",
    "ministerial": "ministry",
    "military": "army",
    "witness": "witnesses",
    "eyewitness": "witnesses",
    "eyewitnesses": "witnesses",
    "defence": "defense",
    "municipal": "municipality",
    "prefectural": "prefecture",
}
"""A source's words as compared. A body named by its adjective is the body: "a spokesperson at
naval headquarters" speaks for the navy; "the Indian military" and "an army spokesman" speak
for one army. A witness is one of the witnesses, and an eyewitness a witness ("eye-witness"
counts by its parts too): "an eyewitness said", "a witness said" and "witnesses said" cite one
kind of source, told from "officials said" as witnesses are. The Defence Ministry is the Defense
Ministry."""


BODY_WORDS = frozenset("military army navy naval government ministry presidential".split())
"""Words in lower case that name the body a title is of, as a capitalised word does: "Israeli
military spokesman Daniel Hagari" speaks for the Israeli military."""


CHARGING_PAPERS = frozenset(
    "charges complaint indictment affidavit documents papers records".split()
)
"""What a court case is told in: "the charges said" and "according to the criminal complaint"
cite one source, the prosecution's papers, written two ways."""


ROLES = frozenset(
    """spokesman spokeswoman spokesperson spokesmen official officials officer officers police
    cops authorities statement release office""".split()
)
"""Words that describe who speaks for a body without naming anyone ("a police spokesperson",
"a Defence Ministry release", "the City Attorney's office")."""


OFFICES = frozenset(
    """attorney prosecutor prosecutors da coroner mayor governor minister president senator
    judge councillor councilman curator principal chairman chairwoman executive ceo founder
    owner""".split()
)
"""Offices outside the police: "police said" and "District Attorney Richard Brown said" are
two sources, though the police's words do not name anyone, and so are "police said" and
"according to the museum's curator, Johan Berglund" (helper-195's audit). Not a director or a
manager, who may be the police's ("police operations director Jane Doe", "Public Safety
Director Brian O'Hara"; helper-201's review)."""


BODIES_AS_TITLES = frozenset("police sheriff cops".split())
"""Words that are a title or a role in other places ("Police Inspector Dave Gaskin", "police
said") but name the body a spokesman of "a police spokesman" speaks for."""


LOWER_CASE_BODIES = frozenset("zoo museum park school trust hotel prison".split())
"""Bodies that name no one written in lower case ("the park said", "the hotel said"), as "the
club" names no one; capitalised they name ("Chester Zoo", "Mr Park"; helper-226's review)."""

KINDS_OF_SOURCE = frozenset("witness witnesses police cops".split())
"""Words that say which kind of source speaks even unnamed: the police are not witnesses."""


WITNESSES = frozenset("witness witnesses".split())
"""Who saw it: against a body that speaks without naming anyone ("authorities said", "a
spokesman said") they are told apart, since no body speaking is a witness."""


PEOPLE_THERE = frozenset(
    """employees workers co-workers coworkers colleagues staff neighbours neighbors relatives
    friends""".split()
)
"""People who were where it happened or know those it happened to ("employees of the building
told WJBK", "co-workers said", "neighbours said", "relatives said"): a source of their own
against the police, or a body that speaks without naming anyone ("officials said"), as
witnesses are, but not against witnesses, who may be those very people."""


THOSE_THERE = WITNESSES | PEOPLE_THERE
"""Sources who saw it or were there: none of them is a body that speaks without naming anyone
("officials said", "a police spokesman said")."""


SAID = frozenset(
    "said say says saying told tell according report reported reports wrote claims claimed".split()
)
"""Words that say someone tells it: after a source the other claim cites ("a distress call
from MV Gibe saying two boats were firing" against "The Gibe reported"), the claim names that
source as telling it."""


CITING = frozenset("citing to told quoting cited quoted".split())
"""Words before a source that tells the claim: "Reuters reported, citing police", "according
to cops", "Bill Adgate told CNN" (CNN tells it on), "quoting council engineers"."""

NATIONS: dict[str, tuple[str, ...]] = {
    nation: tuple(variants.split(","))
    for nation, variants in (
        entry.split(":")
        for entry in """india:indian,indians pakistan:pakistani,pakistanis afghanistan:afghan
        iraq:iraqi,iraqis lebanon:lebanese jordan:jordanian egypt:egyptian,egyptians
        saudi:saudis yemen:yemeni,yemenis somalia:somali,somalis ethiopia:ethiopian
        kenya:kenyan nigeria:nigerian sudan:sudanese libya:libyan algeria:algerian
        morocco:moroccan tunisia:tunisian japan:japanese korea:korean,koreans taiwan:taiwanese
        philippines:philippine,filipino,filipinos vietnam:vietnamese indonesia:indonesian
        malaysia:malaysian thailand:thai myanmar:burmese australia:australian,australians
        zealand:zealander canada:canadian,canadians mexico:mexican,mexicans brazil:brazilian
        argentina:argentine,argentinian venezuela:venezuelan colombia:colombian chile:chilean
        peru:peruvian cuba:cuban france:french germany:german,germans italy:italian
        spain:spanish portugal:portuguese netherlands:dutch belgium:belgian switzerland:swiss
        austria:austrian poland:polish sweden:swedish norway:norwegian denmark:danish
        finland:finnish ireland:irish greece:greek hungary:hungarian romania:romanian
        serbia:serbian belarus:belarusian georgia:georgian armenia:armenian
        azerbaijan:azerbaijani""".split()
    )
}
"""Countries the default alias table (``normalise.DEFAULT_ALIASES``, which the matcher reads)
leaves out, with their people's adjective, for telling sources apart only: "the Indian navy" and
"India's navy" are one body, "the Philippine coast guard" and "China's coast guard" two.

A country named like a person or a US state (``NAMELIKE_COUNTRIES``) speaks through no body
alone: "Jordan said" may be a man's."""

NAMELIKE_COUNTRIES = frozenset({"jordan", "georgia", "chile"})
"""Countries whose name alone is also a person's or a US state's."""

DESCRIBED_BODY_KINDS = frozenset(
    """group organisation organization charity watchdog monitor regulator
    company agency operator utility""".split()
)
"""Kinds of body a source may be described by in lower case ("the militant group", "the rail
operator"), which the article named before ("Hamas", "SNCF")."""
