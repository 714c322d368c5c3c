"""Notes about the article's author under it: "Alexandra Canal is a Senior Reporter at Yahoo
Finance.", "Adam Sennott covers courts for the Globe."

A news page ends with a line on who wrote it. Read as a claim it is matched against the author
notes of other outlets, and it says nothing of the event. Its shape alone does not give it
away: "Evan Gershkovich is a reporter for The Wall Street Journal" is a claim of a story about
him. What does is the byline and the place: one of the last paragraphs of the article that
opens with the full name of the page's own author and goes on to say something of them ("is
a", "covers", "makes frequent appearances"), is a note about the author, dropped and listed as
chrome. A first name alone is no sign ("Hope is fading for the miners" under Hope Yen's
byline) unless the author's trade at an outlet follows it, nor is a paragraph higher up ("Jane
Roe is a name the court gave her, the documents show."). Under a byline that names no one (an
organisation's, or none), a note is told by more: a journalist's trade or beat, the page's own
outlet named in it, no statement in it, and someone the article has not named before
(``_note_under_an_outlet``); "The Associated Press is the only news agency …" under its own
byline, "Yellowstone National Park covers nearly 3,500 square miles" and "Evan Gershkovich is
a reporter for The Wall Street Journal" in a brief about him stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chrome import Unit
from .chrome_credits import JOURNALIST_TRADES
from .phrase_rule import STATES

AUTHOR_NOTE = "note about the author"

NOTE_WORDS = 80
"""An author's note is a few sentences (up to 73 words on the development pages); a longer
paragraph is article text."""

LAST_PARAGRAPHS = 3
"""The paragraphs of article text at its end among which an author's note stands."""

NAME_CHARACTERS = 60
"""The longest text taken for an author's name: a longer one is a block of text (or a page's
whole first line)."""

_NOT_A_PERSON = frozenset(
    "the news press staff team desk editors editorial agency reuters wire".split()
)
"""Words of bylines that name an organisation ("The Associated Press", "BBC News", "Staff
Reports"), which its own articles report as ("The Associated Press has reported …")."""

_NOTE = re.compile(r" [a-z]")
"""What a note says right after the author's full name: a word of what they are or do ("is a
senior reporter", "covers courts", "makes frequent appearances on …"), not a possessive or a
comma. A story does not name its own author at its end but to say who they are (the text has
single spaces by then)."""

_TRADE_AT = rf"is (?:an?|the) (?:[\w’'-]+ ){{0,3}}?{JOURNALIST_TRADES} (?:at|for|of|with) "
"""A journalist's trade at an outlet: "is a senior reporter for …", "is the editor of …"."""

_FIRST_NAME_NOTE = re.compile(rf" {_TRADE_AT}(?:the )?(?-i:[A-Z])", re.IGNORECASE)
"""What a note by the first name alone says: the author's trade at an outlet ("Rose is a
Senior Editor at ELLE"). "Hope is a virtue" under Hope Yen's byline, and "Michael is a
photographer whose studio burned down" under Michael Smith's, are article text."""

_GOES_ON = re.compile(
    rf"(?:He|She|They)(?:'s|’s| is| was| has| have)? (?:also )?(?:(?:an?|the) (?:[\w’'-]+ ){{0,3}}?"
    rf"{JOURNALIST_TRADES}\b|(?:covered|written|reported|worked|writes|covers|joined|lives in"
    r"|can be reached)\b)|When (?:(?:he|she|they)(?:'s|’s| is| are|'re|’re) )?not\b"
)
"""How the paragraphs after a note at an article's end go on about its author ("He has
covered pop culture …", "She lives in Brooklyn", "When not reviewing gear, he can usually be
found …"); "He has denied the charges" is article text."""


def mark_author_notes(
    units: Sequence[Unit], author: object, outlet: object = None, title: object = None
) -> None:
    """Label the last paragraphs that open with an author's full name and say who they are,
    or with the first name and the author's trade at an outlet ("Rose is a Senior Editor at
    ELLE"), and the paragraphs after such a note up to the article's end when each goes on
    about them ("He has covered pop culture for a decade.", "When she's not writing, ...").
    Under a byline that names no one, the page's ``outlet`` and byline name the site a note
    would name (``_note_under_an_outlet``). Under any byline, a person the ``title`` or a
    paragraph before names is the article's subject, not its author ("Throughout her career,
    Taylor has written about her exes" under Taylor Henderson's byline)."""
    names = _people(author)
    body = [unit for unit in units if unit.reason is None and unit.kind == "paragraph"]
    last = body[-LAST_PARAGRAPHS:]
    sites = [] if names else _sites(outlet, author)
    if not names and not sites:
        return
    for index, unit in enumerate(last):
        before = [
            str(title or ""),
            *(other.text for other in body[: len(body) - len(last) + index]),
        ]
        if unit.words <= NOTE_WORDS and (
            (opener := _note_opener(unit.text, names)) is not None
            and not _named_before(opener, before)
            and not STATES.search(unit.text)
            if names
            else _note_under_an_outlet(unit.text, sites, before)
        ):
            unit.reason = AUTHOR_NOTE
            after = last[index + 1 :]
            if all(
                other.words <= NOTE_WORDS
                and (_opens_a_note(other.text, names) or _goes_on(_compared(other.text)))
                for other in after
            ):
                for other in after:
                    other.reason = AUTHOR_NOTE


_SHAPED_NOTE = re.compile(
    rf"(?P<name>(?-i:[A-Z])[\w’'-]{{1,40}}(?: (?-i:[A-Z])[\w’'-]{{1,40}}){{1,3}})"
    rf" (?:{_TRADE_AT}|(?:covers|writes (?:about|on)) [^.!?]{{1,120}} for )",
    re.IGNORECASE,
)
"""What a note about a journalist says after their full name, when no byline names them:
their trade at an outlet ("Jim Walsh is a senior reporter for the Courier-Post"), or their beat
for one ("Kaitlyn McCormick writes about trending issues … for the Courier Post")."""


def _sites(outlet: object, author: object) -> list[str]:
    """The page's outlet and the byline that names no one, as looked for in a paragraph
    (``_as_looked_for``): "The Daily Journal" is "daily journal"."""
    return [
        looked_for
        for name in (outlet, author)
        if isinstance(name, str) and len(looked_for := _as_looked_for(name)) >= 3
    ]


def _as_looked_for(text: str) -> str:
    """Lower case, words only (hyphens and stops as spaces), without a leading "the"."""
    words = _NOT_A_WORD.sub(" ", text.casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_NOT_A_WORD = re.compile(r"[\W_]+")


def _note_under_an_outlet(paragraph: str, sites: list[str], before: list[str]) -> bool:
    """Whether the paragraph is a note about a journalist (``_SHAPED_NOTE``) of the page's own
    site (one of ``sites`` named in it) that states nothing (``STATES``), about someone whom
    neither the title nor a paragraph before it names, by surname or first name, in any case:
    "Evan Gershkovich is a reporter for The Wall Street Journal" is a claim of a story about
    him, which names him before its end."""
    found = _SHAPED_NOTE.match(_compared(paragraph))
    if found is None or _person(found.group("name")) is None or STATES.search(paragraph):
        return False
    looked_for = f" {_as_looked_for(paragraph)} "
    if not any(f" {site} " in looked_for for site in sites):  # whole words: not "the Hillsboro"
        return False
    return not _named_before(found.group("name"), before)


def _named_before(name: str, before: list[str]) -> bool:
    """Whether the title or a paragraph before names the person, by surname or first name, in
    any case: the article is about them, and what looks like a note is a claim of it."""
    words = [word for word in name.split() if len(word) > 1]  # not an initial: "L Daniela"
    if not words:
        return False
    named = re.compile(rf"\b(?:{re.escape(words[0])}|{re.escape(words[-1])})\b", re.IGNORECASE)
    return any(named.search(text) for text in before)


def _compared(text: str) -> str:
    """A paragraph as it is compared with a name: "L. Daniela" as "L Daniela", single spaces."""
    return " ".join(text.replace(".", " ").split())


def _opens_a_note(paragraph: str, names: list[str]) -> bool:
    """Whether a paragraph opens with a note about one of the authors."""
    return _note_opener(paragraph, names) is not None


def _note_opener(paragraph: str, names: list[str]) -> str | None:
    """The author a paragraph opens a note about, of ``names``, or None: whether the article
    is about them is asked of that one alone ("Jonathan Wasserman; Bleacher Report" is a
    byline of a person and a site, whose name any article about a report holds)."""
    text = _compared(paragraph)
    return next((name for name in names if _opens_note(text, name)), None)


def _opens_note(text: str, name: str) -> bool:
    """Whether ``text`` opens with the full ``name`` and what a note says, with the first
    name, what a note says and a trade, or with a description of the author before the first
    name and their work ("A 35-year industry veteran and award-winning journalist, Lance has
    covered technology since …")."""
    if text.startswith(name) and _NOTE.match(text, len(name)):
        return True
    first = name.split()[0]
    if text.startswith(first) and _FIRST_NAME_NOTE.match(text, len(first)) is not None:
        return True
    described = _DESCRIBED_NOTE.match(text)
    return described is not None and described.group("name") == first


_DESCRIBED_NOTE = re.compile(
    r"(?-i:[A-Z])[^.!?,]{0,120}, (?P<name>[\w’'-]{1,40}) (?:has|had) (?:long )?"
    r"(?:covered|written (?:for|about|on)|reported (?:on|from|for))\b"
)
"""An author described before their first name, and their work ("A 35-year industry veteran
and award-winning journalist, Lance has covered technology …"); "After the vote, Hope has
written to the council" says no work of a journalist's."""


def _goes_on(text: str) -> bool:
    """Whether a paragraph after a note goes on about the author: a pronoun and what a note
    says, or where they can be found when not at work."""
    return _GOES_ON.match(text) is not None


def _people(author: object) -> list[str]:
    """The people among the authors ("Jonathan Wasserman; Bleacher Report": one)."""
    if not isinstance(author, str):
        return []
    return [name for part in author.split(";") if (name := _person(part.strip()))]


def _person(author: object) -> str | None:
    """The author's name without dots and with single spaces ("L Daniela Alvarez"), as the
    paragraphs are compared, if it names a person: two to four capitalised words, none of an
    organisation's."""
    if not isinstance(author, str) or len(author) > NAME_CHARACTERS:
        return None
    words = author.replace(".", " ").split()
    if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return None
    if any(word.casefold() in _NOT_A_PERSON for word in words):
        return None
    return " ".join(words)
