"""Who a claim says people are by nationality: "a British climber", "12 Somali and 11 Yemeni
nationals", "two Australians". Two matched claims that give people of one kind two
nationalities that cannot be the same ("a New Zealand climber" against "a British climber")
disagree, or are about different people: either way a reader should check the row before
taking it as shared."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Difference
from .slots import Slots

_DEMONYMS = """
GB: British / Briton, Britons | GB-ENG: English / Englishman, Englishmen, Englishwoman |
GB-SCT: Scottish / Scot, Scots, Scotsman, Scotswoman | GB-WLS: Welsh / Welshman, Welshwoman |
GB-NIR: Northern Irish / | IE: Irish / Irishman, Irishwoman | US: American / Americans |
CA: Canadian / Canadians | AU: Australian / Australians | NZ: New Zealand / New Zealander,
New Zealanders | ZA: South African / South Africans | IN: Indian / Indians | PK: Pakistani /
Pakistanis | BD: Bangladeshi / Bangladeshis | LK: Sri Lankan / Sri Lankans | NP: Nepali,
Nepalese / Nepalis | AF: Afghan / Afghans | IR: Iranian / Iranians | IQ: Iraqi / Iraqis |
SY: Syrian / Syrians | LB: Lebanese / | JO: Jordanian / Jordanians | IL: Israeli / Israelis |
PS: Palestinian / Palestinians | SA: Saudi / Saudis | YE: Yemeni / Yemenis | OM: Omani / Omanis
| AE: Emirati / Emiratis | QA: Qatari / Qataris | KW: Kuwaiti / Kuwaitis | EG: Egyptian /
Egyptians | LY: Libyan / Libyans | TN: Tunisian / Tunisians | DZ: Algerian / Algerians |
MA: Moroccan / Moroccans | SD: Sudanese / | SS: South Sudanese / | ET: Ethiopian / Ethiopians
| ER: Eritrean / Eritreans | SO: Somali, Somalian / Somalis, Somalians | KE: Kenyan / Kenyans
| UG: Ugandan / Ugandans | TZ: Tanzanian / Tanzanians | RW: Rwandan / Rwandans | CD:
Congolese / | NG: Nigerian / Nigerians | GH: Ghanaian / Ghanaians | SN: Senegalese / | ML:
Malian / Malians | ZW: Zimbabwean / Zimbabweans | TR: Turkish / Turks | GR: Greek / Greeks |
CY: Cypriot / Cypriots | IT: Italian / Italians | ES: Spanish / Spaniard, Spaniards | PT:
Portuguese / | FR: French / Frenchman, Frenchwoman | DE: German / Germans | AT: Austrian /
Austrians | CH: Swiss / | NL: Dutch / Dutchman, Dutchwoman | BE: Belgian / Belgians | DK: Danish
/ Dane, Danes | SE: Swedish / Swede, Swedes | NO: Norwegian / Norwegians | FI: Finnish / Finns |
IS: Icelandic / Icelander, Icelanders | PL: Polish / Poles | CZ: Czech / Czechs | SK: Slovak /
Slovaks | HU: Hungarian / Hungarians | RO: Romanian / Romanians | BG: Bulgarian / Bulgarians |
RS: Serbian / Serbs | HR: Croatian / Croats | BA: Bosnian / Bosnians | AL: Albanian / Albanians
| UA: Ukrainian / Ukrainians | BY: Belarusian / Belarusians | RU: Russian / Russians | GE:
Georgian / Georgians | AM: Armenian / Armenians | AZ: Azerbaijani / Azerbaijanis | KZ: Kazakh /
Kazakhs | UZ: Uzbek / Uzbeks | CN: Chinese / | TW: Taiwanese / | JP: Japanese / | KR: South
Korean / South Koreans | KP: North Korean / North Koreans | MN: Mongolian / Mongolians | VN:
Vietnamese / | TH: Thai / Thais | KH: Cambodian / Cambodians | MM: Burmese / | MY: Malaysian /
Malaysians | SG: Singaporean / Singaporeans | ID: Indonesian / Indonesians | PH: Filipino /
Filipinos | MX: Mexican / Mexicans | GT: Guatemalan / Guatemalans | HN: Honduran / Hondurans |
SV: Salvadoran / Salvadorans | CU: Cuban / Cubans | HT: Haitian / Haitians | JM: Jamaican /
Jamaicans | CO: Colombian / Colombians | VE: Venezuelan / Venezuelans | EC: Ecuadorian /
Ecuadorians | PE: Peruvian / Peruvians | BO: Bolivian / Bolivians | CL: Chilean / Chileans |
AR: Argentine, Argentinian / Argentines, Argentinians | UY: Uruguayan / Uruguayans | BR:
Brazilian / Brazilians
"""
"""Nationalities by country (its ISO code; the nations of the United Kingdom under ``GB-``, so
"English" agrees with "British"): the words that describe people ("Somali pirates"), then
those that name them by themselves ("Britons", "a New Zealander")."""


def _read_table() -> tuple[dict[str, str], frozenset[str]]:
    countries: dict[str, str] = {}
    nouns: set[str] = set()
    for entry in _DEMONYMS.split("|"):
        code, _, forms = entry.partition(":")
        describing, _, naming = forms.partition("/")
        for form in describing.split(","):
            countries[" ".join(form.split()).lower()] = code.strip()
        for form in filter(str.strip, naming.split(",")):
            noun = " ".join(form.split()).lower()
            countries[noun] = code.strip()
            nouns.add(noun)
    return countries, frozenset(nouns)


COUNTRY_OF, _NAMING = _read_table()
"""Each nationality word or phrase (lower case) with its country; those that name people."""

_LONGEST = max(len(form.split()) for form in COUNTRY_OF)

NATIONALITY_STARTS = frozenset(form.split()[0] for form in COUNTRY_OF)
"""The first word of each nationality (lower case): a text none of whose capitalised words is
one names no nationality."""

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]{1,20}\b")
"""Capitalised words, among which a nationality's first word is looked for first."""

PEOPLE = {
    "people": """man men woman women person people boy boys girl girls child children climber
    climbers mountaineer mountaineers hiker hikers skier skiers tourist tourists traveller
    travellers traveler travelers backpacker backpackers national nationals citizen citizens
    resident residents worker workers student students teenager teenagers couple family
    victim victims passenger passengers hostage hostages crewman crewmen crewmember
    crewmembers crew expat expats expatriate expatriates migrant migrants refugee refugees
    journalist journalists reporter reporters photographer photographers doctor doctors nurse
    nurses player players driver drivers""",
    "attackers": """pirate pirates brigand brigands gunman gunmen militant militants rebel
    rebels fighter fighters terrorist terrorists insurgent insurgents hijacker hijackers
    suspect suspects attacker attackers raider raiders smuggler smugglers bandit bandits""",
    "forces": """soldier soldiers troops sailor sailors seaman seamen commando commandos
    marine marines officer officers policeman policemen guard guards""",
}
"""Words for people, by kind: nationalities are set against each other only for people of one
kind ("Indian sailors" and "Somali pirates" are two groups, not one group told two ways). A
word that names people by their nationality alone ("Britons") names people of the first kind."""

_KIND_OF = {word: kind for kind, words in PEOPLE.items() for word in words.split()}

_WORD = re.compile(r"[A-Za-z][A-Za-z’']{0,40}|\d[\d,.]{0,12}|[^\w\s]")
"""Words, figures and each other sign, with their places."""

_DASHES = frozenset({"-", "–"})
"""What joins two nationalities of one person: "British-Iranian", "British–Iranian"."""

_JOINING = frozenset(
    {"and", "or", ",", *_DASHES, "one", "two", "three", "four", "five", "some", "all"}
)
"""What may stand between two nationalities of one group ("One Australian and one English
climber", "Australian, English climbers", "a British-Iranian aid worker", of two nationalities
both); a figure may too ("12 Somali and 11 Yemeni")."""

_OF_A_REGION = frozenset({"central", "latin", "south", "north", "native", "anglo", "afro", "pan"})
"""Words before a nationality that make it a region's or a people's: "Central American
migrants" are no Americans."""

HEAD_REACH = 2
"""Words at most between the last nationality of a group and the word for the people it
describes ("Australian ski mountaineer", "Somali sea brigands")."""


@dataclass(frozen=True)
class Nationality:
    """People of one kind named by nationality: the text from the first nationality to the
    word for the people, its place in the claim, the countries, the kind of people."""

    text: str
    span: tuple[int, int]
    countries: frozenset[str]
    kind: str


@lru_cache(maxsize=16_384)  # read for matching (``prepare``), then again for the slots
def read_nationalities(text: str) -> tuple[Nationality, ...]:
    """The groups of people a claim names by nationality, each nationality written with a
    capital. One right before a hyphen is part of a word ("New Zealand-born", "Somali-flagged"),
    and one that describes no word for people (within ``HEAD_REACH``) is the name of something
    else ("Indian Navy", "the British government"): neither is read."""
    if NATIONALITY_STARTS.isdisjoint(word.lower() for word in _CAPITALISED.findall(text)):
        return ()  # most claims: no capitalised word opens a nationality
    words = list(_WORD.finditer(text))
    titled = _in_title_case(words)
    found: list[Nationality] = []
    at = 0
    while at < len(words):
        country, end = _nationality_at(words, at, text)
        if country is None:
            at += 1
            continue
        countries, last_form = {country}, (at, end)
        while (following := _joined(words, end)) is not None:
            more, more_end = _nationality_at(words, following, text)
            if more is None:
                break
            countries.add(more)
            last_form, end = (following, more_end), more_end
        start = words[at].start()
        if _form(words, *last_form) in _NAMING:  # "Britons", "a New Zealander": no word after
            stop = words[end - 1].end()
            found.append(
                Nationality(text[start:stop], (start, stop), frozenset(countries), "people")
            )
        elif _named_after(words, end, titled):
            pass  # "the Australian Open", "British Airways"
        elif (described := _people_after(words, end)) is not None:
            kind, stop = described
            found.append(Nationality(text[start:stop], (start, stop), frozenset(countries), kind))
        at = end
    return tuple(found)


def _named_after(words: list[re.Match[str]], at: int, titled: bool) -> bool:
    """Whether the word after a nationality is capitalised and names no people, so that the
    two are part of a name ("Australian Open players", "British Airways passengers"); not in a
    text in title case, where every word is ("Australian Ski Mountaineer Dies")."""
    if titled or at >= len(words):
        return False
    word = words[at].group()
    return word[0].isupper() and word.lower() not in _KIND_OF


def _in_title_case(words: list[re.Match[str]]) -> bool:
    """Whether most words of four letters or more are capitalised, as in a headline."""
    long = [word.group() for word in words if len(word.group()) >= 4 and word.group()[0].isalpha()]
    return len(long) >= 2 and 2 * sum(word[0].isupper() for word in long) > len(long)


def _form(words: list[re.Match[str]], start: int, end: int) -> str:
    return " ".join(word.group().lower() for word in words[start:end])


def _nationality_at(words: list[re.Match[str]], at: int, text: str) -> tuple[str | None, int]:
    """The country of the nationality that starts at word ``at``, longest form first, and the
    word after it; ``(None, at)`` when there is none."""
    if not words[at].group()[0].isupper():
        return None, at
    before = at - 1 - (at > 1 and words[at - 1].group() in _DASHES)  # "Anglo-Irish"
    if at and words[before].group().lower() in _OF_A_REGION:
        return None, at
    for width in range(min(_LONGEST, len(words) - at), 0, -1):
        country = COUNTRY_OF.get(_form(words, at, at + width))
        if country is not None:
            end = at + width
            hyphened = text[words[end - 1].end() : words[end - 1].end() + 1] in _DASHES
            if hyphened and (
                end + 1 >= len(words) or _nationality_at(words, end + 1, text)[0] is None
            ):
                return None, at  # part of a word: "New Zealand-born", "Somali-flagged"
            return country, end
    return None, at


def _joined(words: list[re.Match[str]], at: int) -> int | None:
    """Where a nationality joined to the group would start: after the joining words from
    ``at`` ("and one"), or None when none stand there."""
    step = at
    while step < len(words) and (
        words[step].group().lower() in _JOINING or words[step].group()[0].isdigit()
    ):
        step += 1
    return step if at < step < len(words) else None


def _people_after(words: list[re.Match[str]], at: int) -> tuple[str, int] | None:
    """The kind of the word for people within ``HEAD_REACH`` words from ``at`` and where it
    ends, or None; a sign ends the search ("British, said")."""
    for step in range(at, min(at + HEAD_REACH + 1, len(words))):
        word = words[step].group()
        if not word[0].isalpha():
            return None
        kind = _KIND_OF.get(word.lower())
        if kind is not None:
            return kind, words[step].end()
    return None


def _compatible(one: str, other: str) -> bool:
    """One country, or one the other is part of ("GB-ENG" and "GB")."""
    return one == other or one.startswith(f"{other}-") or other.startswith(f"{one}-")


def nationality_clash(
    left: Sequence[Nationality], right: Sequence[Nationality]
) -> tuple[Nationality, Nationality] | None:
    """Two groups of people of one kind, one in each claim, each given one nationality that
    agrees with no nationality the other claim gives people of that kind ("a New Zealand
    climber", "a British climber"), or None. On the development gold, such a pair of matched
    claims is most often two claims about different people (16 of 17 matches): matching takes it
    as a clash of names. A group of several nationalities is set against nothing ("One
    Australian and one English climber" may hold "a New Zealander" born there and living in
    Australia), and a nationality the other claim also gives is no clash ("two Britons and four
    Americans", "three Britons")."""
    for one in left:
        other = next(
            (
                other
                for other in right
                if other.kind == one.kind
                and len(one.countries) == len(other.countries) == 1
                and _unmatched(one, right)
                and _unmatched(other, left)
            ),
            None,
        )
        if other is not None:
            return one, other
    return None


def _unmatched(group: Nationality, others: Sequence[Nationality]) -> bool:
    """Whether no nationality of the people of ``group``'s kind in ``others`` agrees with it."""
    return not any(
        _compatible(country, their)
        for country in group.countries
        for other in others
        if other.kind == group.kind
        for their in other.countries
    )


def nationality_differences(first: Slots, second: Slots) -> list[Difference]:
    """``nationality_clash`` of two matched claims, as a name difference a reader should check
    (two people told apart, or one given two nationalities)."""
    # Read once per text (``read_nationalities`` keeps them), however many matches ask.
    clash = nationality_clash(
        read_nationalities(first.claim.text), read_nationalities(second.claim.text)
    )
    if clash is None:
        return []
    a, b = clash
    return [Difference("name", a.text, b.text, "nationality", a.span, b.span)]
