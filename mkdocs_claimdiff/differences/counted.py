"""What a bare figure counts: the word after it, read past the words that say how sure the
count is ("23 suspected pirates") and those that only describe what it counts ("two pirate
boats"), and the things a compound counts ("21 crew members" are 21 of the crew)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import RELATED_WORD_GROUPS, STOPWORDS
from .number_words import SCALE_WORDS, WORD_VALUES
from .slots import WORDS, Quantity

_QUALIFIERS = frozenset("suspected alleged apparent presumed reported confirmed".split())
"""Words that say how sure a count is, not what it counts: "23 suspected pirates" counts
pirates, as "23 pirates" does."""

_WORD_AFTER = re.compile(r"(?<![ ])[ ]+(?:[a-z]+[ ]+){0,2}?([A-Za-z][a-z]+)")


_DEGREE = re.compile(
    r",?[ ](?:of[ ](?:them|those)[ ])?(?:(critically|seriously|severely|gravely|badly|slightly)"
    r"|(?:(?:are|were|is|was)[ ])?in[ ](?:a[ ])?(critical|serious|stable)[ ]condition)"
    r"(?![\w’'-])"
)
"""How gravely some of a group fared, right after their figure: "nine of them critically",
"19 seriously", "three of them in a critical condition" count those hurt that badly,
whatever the group is called; the condition told as the adverb ("critically"), so that "two of
them critically" and "three of them in a critical condition" count one thing (the new-user
audit of 2026-12-07)."""

_DEGREE_OF_CONDITION = {"critical": "critically", "serious": "seriously", "stable": "stable"}

DEGREES = frozenset("critically seriously severely gravely badly slightly stable".split())
"""What ``counted_after`` reads of a figure of those that fared so: some of a group."""


def counted_after(
    text: str, position: int, plural: bool, measures: frozenset[str], compound: bool = True
) -> str:
    """The word a bare figure counts: the next content word ("23 pirates", "four men",
    "three other climbers"), read at most two small words on, with the plural noun after it
    when the figure is ``plural`` (more than one) and that word only describes it: "two
    pirate boats" count boats of pirates, no pirates; "" when there is none, or when the word
    is one of ``measures`` (a unit: "200 feet" counts nothing)."""
    degree = _DEGREE.match(text, position)
    if degree:  # "64 were injured, nine of them critically" / "19 critically"
        return degree.group(1).lower() if degree.group(1) else _DEGREE_OF_CONDITION[degree[2]]
    match = _WORD_AFTER.match(text, position, position + 60)
    if match and match.group(1).lower() in _QUALIFIERS:
        match = _WORD_AFTER.match(text, match.end(), match.end() + 60)
    if not match:
        return ""
    word = match.group(1).lower()
    if word == "other":
        return _others(text, match.end(), measures)
    if word in STOPWORDS or word in measures:
        return ""
    if compound and (found := _COMPOUNDING.match(text, match.end())) and not _plural(word):
        # what the compound describes, read once: "a powered b powered c ..." reads no further
        return counted_after(text, found.end(), plural, measures, compound=False)
    head = _HEAD_AFTER.match(text, match.end())
    if (
        plural
        and head
        and not word.endswith("s")
        and head.group(1).lower() not in STOPWORDS
        and head.group(1).istitle() == match.group(1).istitle()
    ):
        word = f"{word} {head.group(1).lower()}"  # "two pirate boats" counts no pirates
    joined = _JOINED_COUNT.match(text, match.end())
    other = joined.group(1) if joined else ""
    if other and other not in STOPWORDS and other not in measures and other not in _OPENS_A_COUNT:
        return f"{word} and {other}"
    return word


_PARTITIVE = re.compile(
    r"[ ]of[ ](?i:the|these|those|its|their|his|her|our)(?=[ ][A-Za-z][A-Za-z-]*(?![\w’']))"
)
"""The group a figure is a part of, right after it: "Three of the injured", "two of the
pirate vessels" count some of the injured, of the vessels; not "Four of the board's 12
members", whose count is the members'."""


def counted_in_group(text: str, position: int, measures: frozenset[str]) -> str:
    """The group a figure of more than one (ending at ``position``) counts some of, read as
    ``counted_after`` reads what a figure counts ("Three of the injured were taken to
    hospital": the injured; helper-188's review found "Three of the injured" against "Four of
    the injured" shared, as "of" ends ``counted_after``), else ""."""
    match = _PARTITIVE.match(text, position, position + 16)
    group = counted_after(text, match.end(), True, measures) if match else ""
    # Some of a group are counted apart from the group's whole ("Three of the injured" is no
    # count of the injured, "Seven people were injured" is; helper-189's review), and "two of
    # the five victims" counts the five too, read on their own.
    return f"of the {group}" if group and group.split()[0] not in WORD_VALUES else ""


_HEAD_AFTER = re.compile(r"[ ]([A-Za-z][a-z]+(?<!ss)s)\b(?![ ]of\b)")
"""The plural noun a counted word stands before in a compound ("two pirate boats", "Three
Pirate Vessels", "two police officers"): the thing counted, which the first word only
describes."""

_COMPOUNDING = re.compile(
    r"[ ](?:propelled|powered|operated|guided|fired|owned|funded|sponsored|controlled)"
    r"(?=[ ](?!(?:by|with|in|on|at|to|for|from|after|and|or|this|last|next)\b)[a-z])"
)
"""A participle that makes a compound adjective of a word before it, before a word that the
compound describes: "one rocket propelled grenade launcher", "two solar powered pumps",
"three state owned firms" count a grenade launcher, pumps and firms. Only these, and only
after a word that is not a plural (``_plural``): after most participles, and after a plural,
the participle is the verb of what is counted ("two soldiers killed near the border", "two
men fired shots"; helper-177's and helper-178's reviews of wider rules)."""

_PLURAL_NOUNS = frozenset("men women children".split())
"""Plurals without an "s" that, before a head, still count themselves: "2 women attendees" are
two women."""


_PLURALS = _PLURAL_NOUNS | frozenset("people police staff crew".split())


def _plural(word: str) -> bool:
    """Whether a word names many: "soldiers", "men", "firemen"; not "gas", "bus", "press"."""
    return (
        word in _PLURALS
        or word.endswith("men")
        or (word.endswith("s") and not word.endswith(("ss", "us", "is", "as")))
    )


_JOINED_COUNT = re.compile(r"[ ]and[ ]([a-z]+(?<!ed)(?<!ing))\b")
"""A second group counted with the first: "420 passengers and crew" counts both, so it is not
set against "246 passengers" ("246 passengers and most of its crew" counts the passengers); a
number word opens a count of its own ("One Australian and one English climber", "two Britons
and forty Americans": ``_OPENS_A_COUNT``). A word ending in "-ed" or "-ing" opens a new clause
("11 seasons and served as ...")."""

_OPENS_A_COUNT = frozenset(
    {*WORD_VALUES, *SCALE_WORDS, *(f"{scale}s" for scale in SCALE_WORDS), "dozen", "dozens"}
)
"""Words after "and" that count a group of their own: a figure in words, a scale ("hundreds of
Americans"), a dozen."""


def what_befell(text: str, start: int, end: int) -> str:
    """What a figure of people (at ``start`` to ``end`` of ``text``) says befell them, when it
    names no more than people: "Six injured", "Eight people were seriously injured", "six were
    feared dead", "two remain missing", "six were also hurt" (a participle or a word of dying
    or injury, read past "people", the verb "be" and an adverb), else what a verb before it
    says ("killed five people": ``_befell_before``), so that counts of one outcome are set
    against each other, whether or not they say "people", and counts of two ("injured",
    "arrested") never are; "" when there is none."""
    if _GROUP_BEFORE.search(text, max(0, start - 8), start):
        return ""  # "two of the three victims died": what befell is the two's
    match = _BEFELL.match(text, end, end + 80)
    word = match.group(2).lower() if match else ""
    befell = word in _BEFALLING or word in _OUTCOMES or (word.endswith("ed") and len(word) > 4)
    if befell and word not in STOPWORDS:
        how = (match.group("how") or "").lower() if match else ""
        # "Three people were seriously injured" counts those hurt that badly, as "three of
        # them seriously" does, not all those hurt (helper-233's audit)
        if how in DEGREES and thing_group(word) == HURT:
            return _SAME_DEGREE.get(how, how)  # not "badly shaken", "severely affected"
        return word
    return "" if _INCREMENT_AFTER.match(text, end) else _befell_before(text, start)


_SAME_DEGREE = {"badly": "seriously", "severely": "seriously", "gravely": "seriously"}
"""Degrees of hurt news writes for one ("badly injured", "seriously injured";
helper-235's review)."""


_GROUP_BEFORE = re.compile(r"\b(?i:of[ ]the|of[ ]its|of[ ]their)[ ]$")
"""Words right before a figure that make it a group's whole ("two of the three victims")."""

_INCREMENT_BEFORE = re.compile(r"\b(?i:another|a[ ]further|an[ ]additional)[ ]$")
"""Words right before a figure that make it an increment ("another two men")."""

INCREMENT_REACH = 16
"""Characters before a figure searched for the words that make it an increment."""


def increment_before(text: str, start: int) -> bool:
    """Whether words right before the figure at ``start`` make it an increment: "another two
    men", "a further two", "an additional 3" count those added, as "two more" does."""
    return _INCREMENT_BEFORE.search(text, max(0, start - INCREMENT_REACH), start) is not None


_INCREMENT_AFTER = re.compile(r"[ ](?i:more|further|additional)\b")
"""Words after a figure that make it an increment ("arrested two more"; ``counted_before``), not
a count of those the verb before befell ("injured three others" counts the injured)."""


PEOPLE = frozenset("people persons person others individuals residents inhabitants".split())
"""What a figure counts when it names no more than people: what befell them says more. Not
who they are: "Three firefighters were injured" is no count of the injured ("Eight people
were injured, including three firefighters"; helper-199's review of a wider list)."""


_BEFELL = re.compile(
    rf"(?<![ ])(?:[ ]+(?i:{'|'.join(sorted(PEOPLE))}))?"
    r"(?:[ ]+(?i:were|was|are|is|have|has|had|been|remain|remained)){0,2}"
    r"(?:[ ]+(?i:believed|thought|feared|reported|said|known|understood|confirmed|presumed)"
    r"(?:[ ]+(?i:to)[ ]+(?i:be|have[ ]+been))?)?"
    r"(?:[ ]+(?:(?P<how>[A-Za-z][a-z]+ly)|[Aa]lso|[Ss]till))?[ ]+([A-Za-z][a-z]+)\b"
)
"""The word after a figure's people, the verb "be", a hedge and an adverb ("seriously", "also"):
the outcome they count. Its words are read in any case, as a headline in title case writes
them ("Six People Were Seriously Injured", whose "Were" was taken for the outcome). Not past
whose people they are: "Twelve residents of the care home were killed" are some of those
killed, not a count of them all (helper-204's review)."""

_BEFELL_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:(killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds"
    r"|arrested|arresting|arrests|detained|detaining|detains|rescued|rescuing|rescues"
    r"|evacuated|evacuating|evacuates|death(?=[ ]toll))"
    r"(?:[ ]toll(?:[ ](?:has|had|now)){0,2}(?:[ ](?:rose|risen|climbed|reached|jumped|stood|stands"
    r"|is|was|of))?(?:[ ]from[ ][\d,]{1,12})?(?:[ ](?:to|at))?)?)"
    r"[ ]+(?:(?i:at[ ]+least|about|around|nearly|almost|some|more[ ]+than|over|up[ ]+to)[ ]+)?$"
)
"""A verb of killing, injuring, arresting, rescuing or evacuating right before a figure of
people, with a word that bounds the figure between ("killed five people", "injuring at least
20", "arrested five people"), or a death toll ("the death toll rose to 24": 24 killed)."""

BEFELL_REACH = 30
"""Characters before a figure searched for that verb."""


def _befell_before(text: str, position: int) -> str:
    """What befell the people a figure counts when a verb before it says ("The crash killed
    five people", "injuring 20"), as its participle, so that "killed five people" is set
    against "three people died", as "five people were killed" is, and "arrested five people"
    against "seven people were arrested"; "" when there is none."""
    match = _BEFELL_BEFORE.search(text, max(0, position - BEFELL_REACH), position)
    return _AS_BEFELL[match.group(1).lower()[:4]] if match else ""


_AS_BEFELL = {
    "kill": "killed",
    "deat": "killed",
    "inju": "injured",
    "woun": "wounded",
    "arre": "arrested",
    "deta": "detained",
    "resc": "rescued",
    "evac": "evacuated",
}
"""The verb as what befell them: "killing one" counts one killed."""


_OUTCOMES = frozenset("missing dead hurt".split())
"""Words of what befell people that are no participle in "-ed"."""


def _others(text: str, position: int, measures: frozenset[str]) -> str:
    """What a figure of "other" things counts ("two other rifles", "three other assault
    rifles": "other rifles"): things besides those the sentence counts before, set only against
    other such things, never against a total ("seven AK-47 rifles")."""
    match = _WORD_AFTER.match(text, position, position + 60)
    if not match:
        return ""
    word = match.group(1).lower()
    head = _HEAD_AFTER.match(text, match.end())
    if head and not word.endswith("s") and head.group(1).lower() not in STOPWORDS:
        word = head.group(1).lower()
    return "" if word in STOPWORDS or word in measures else f"other {word}"


_COUNTING_HEADS = frozenset("members officers personnel staff people".split())
"""Heads that count the noun before them too: "21 crew members" are 21 of the crew, "two police
officers" two of the police."""


def compound_parts(counted: str) -> tuple[str, str]:
    """For what ``counted_after`` says a figure counts, when that is a compound ("pirate
    boats", "crew members"): the word before the head when it is counted too ("crew"), or
    ``""``, and the head ("boats"), which a count of it alone ("three boats") counts; ``("",
    "")`` for a single word, "other" things (never set against a total) and joined groups."""
    words = counted.split()
    if len(words) != 2 or words[0] == "other":
        return "", ""
    modifier, head = words
    counted_too = head in _COUNTING_HEADS or modifier in _PLURAL_NOUNS
    return (modifier if counted_too else ""), head


Thing = tuple[str, str]
"""One thing a figure counts, as compared: a key ("key", "pirat"), the group of related words
a key is in ("group", "boat boats vessel ..."), or a figure's dimension when it counts nothing
("dimension", "distance")."""

_COUNTED_ALIKE = (
    "thief thieves burglar burglars robber robbers intruder intruders raider raiders",
    "painting paintings artwork artworks",
    "surgery surgeries operation operations",
    "injure injured injuries hurt wounded wounding suffered",
    "people persons individuals residents inhabitants",
)
"""Things a count names two ways, which matching does not take for one word ("Four masked
intruders" / "Three thieves", "four artworks stolen" / "Five paintings stolen", "23 surgeries"
/ "32 operations"; "Eleven passengers suffered minor injuries" / "Seventeen were hurt";
helper-193's and helper-195's audits): each word and its key. Not "treated", which is as
often "treated at the scene" or "for shock" (helper-199's review). Nor houses and homes, nor
prisoners, inmates and convicts: a count of things is set against another whatever befell
them, and two words made it happen twice as often ("The flood damaged 200 homes" / "destroyed
12 houses", "Twelve inmates were taken to hospital" / "Two prisoners died"; helper-204's and
helper-207's reviews)."""

_BEFALLING = frozenset(word for group in RELATED_WORD_GROUPS for word in group.split())
"""Words of what may befall people ("killed", "hurt", "arrested"), not of who they are."""

_RELATED = {word: group for group in RELATED_WORD_GROUPS for word in group.split()} | {
    form: group
    for group in _COUNTED_ALIKE
    for word in group.split()
    for form in (word, WORDS.key(word))
}


def thing_group(word: str) -> str:
    """What a figure counts as one thing for the words of one group ("killed", "died" and
    "dead" count the dead), else the word itself."""
    return _RELATED.get(word, word)


HURT = thing_group("injured")
"""The group of words of being hurt ("injured", "hurt", "wounded")."""


def counted_things(quantity: Quantity) -> frozenset[Thing]:
    """What the figure counts, or its dimension when it counts nothing: two figures count the
    same things when they share one ("three boats", "two vessels" share their group)."""
    if not quantity.counted:
        return _dimension(quantity.what)
    return _things(quantity.counted)


@lru_cache(maxsize=4096)  # a story's figures measure a few dimensions, in match after match
def _dimension(what: str) -> frozenset[Thing]:
    """What a figure that counts nothing counts: its dimension, one set for all its figures."""
    return frozenset({("dimension", what)})


def head_things(quantity: Quantity) -> frozenset[Thing]:
    """What a count of the compound's head alone counts ("three boats" of "two pirate boats"),
    or nothing."""
    return _things(frozenset({quantity.head})) if quantity.head else frozenset()


@lru_cache(maxsize=65536)  # asked of each figure in each match its claim is in
def _things(keys: frozenset[str]) -> frozenset[Thing]:
    groups = {("group", group) for key in keys if (group := _RELATED.get(key))}
    return frozenset({("key", key) for key in keys} | groups)


def count_the_same(left: Quantity, right: Quantity) -> bool:
    """Whether two figures count the same things (or measure one dimension): "21 crew
    members" and "23 crew", "two police officers" and "three officers", "two pirate boats"
    and "three boats"; not "two pirate boats" and "23 pirates", nor "pirate boats" and
    "fishing boats"."""
    things = counted_things(right)
    return bool(
        counted_things(left) & things
        or head_things(left) & things
        or counted_things(left) & head_things(right)
    )


_DONE_TO_PEOPLE = (
    "arrested detained rescued charged evacuated hospitali[sz]ed freed released captured"
    " jailed convicted sentenced kidnapped abducted deported treated"
).replace(" ", "|")

_COUNTED_BEFORE = re.compile(rf"(?<![\w’'-])(?i:({_DONE_TO_PEOPLE})|([a-z]{{2,20}})[ ]+of)[ ]+$")
"""What news does to people, or what a figure is a number of, right before a figure in words
("arrested three", "a group of three"), read only when nothing after the figure says what it
counts ("included two who were hurt" counts no one included)."""


def counted_before(text: str, start: int, end: int) -> str:
    """What a figure in words (at ``start`` to ``end`` of ``text``) counts by the words before
    it ("arrested", "group of"), "more" for an increment ("two more"), else ""."""
    if _MORE_AFTER.match(text, end):
        return "more"  # set only against another increment: "two more" / "three more"
    found = _COUNTED_BEFORE.search(text, max(0, start - COUNTED_REACH), start)
    if found is None:
        return ""
    return found.group(1).lower() if found.group(1) else f"{found.group(2).lower()} of"


_MORE_AFTER = re.compile(r"[ ](?i:more|others?|further|additional)\b")
"""Words after a figure that make it an increment: "arrested two more" adds to a count, and is
set against another increment only."""

COUNTED_REACH = 30
"""Characters before a figure searched for those words."""
