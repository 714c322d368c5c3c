"""Lines of a page that are no statement of the article's: its references and notes, and lines
without words.

An encyclopaedia's article, a blog post with sources or a report with footnotes ends in a list
of citations ("^ Lawler, Kelley (6 June 2014). … Retrieved 6 July 2017."). Each is a line of
the page, and read as sentences its pieces ("Retrieved 6 July 2017.", "A. (2009).") matched the
citations of every other such page of a story: one story of five unrelated pages had 7,223
matches, nearly all between reference lists. A citation says where a statement comes from; it
states nothing itself. So the entries of a references section, and lines shaped like a citation
wherever they stand, are shown where the page has them but make no claim (the block kind
``reference``: an extractor's truth text keeps them, and a reader of the article page sees
them as the page had them). A line without a word ("[3]", "4,699,755", "27 (11/12): 123."),
a table row of names and figures and a line of a word or two that is no sentence ("Wellington")
state nothing either: they are labels, shown in place, no claim. Shown rather than dropped:
such a line is often a figure the page gives in its place (an infobox's population, a
coordinate), which a reader of the page expects to find there.

The rules go by shape, not by site: the names a references section is headed by, the caret a
wiki puts before each back-linked note, the "Retrieved <date>" and "Archived from the original"
of citation templates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BlockKind
from .chrome import _TERMINAL, CHARS_PER_WORD, SHORT_WORDS, Unit, word_count
from .chrome_lists import CELL_SEPARATOR

_SECTION_NAME = (
    r"(?:(?:foot|end)?notes?|citations?|references?|sources?|bibliography|further reading"
    r"|external links|see also|works cited|einzelnachweise|anmerkungen"
    r"|weblinks|quellen|siehe auch|références|bibliographie|liens externes|voir aussi"
    r"|referencias|notas|bibliografía|enlaces externos|véase también|bibliografia"
    r"|collegamenti esterni|voci correlate)"
)

_SECTION = re.compile(
    rf"{_SECTION_NAME}(?:\s*(?:,|&|and|und|et|y|e)\s*{_SECTION_NAME})*", re.IGNORECASE
)
"""A heading that opens the references of a page: "References", "Notes and references",
"Further reading", "Einzelnachweise" (matched against the whole heading, cleaned first).
"Literature" is no such name: a country's article has a section on its literature."""

_NUMBER = re.compile(r"^[\d.]+\s+")
"""A section's number before its heading ("11 References")."""

EDIT_LINK = 20
"""The longest bracketed link a heading ends in ("[edit]"). A longer one ("[Bearbeiten |
Quelltext bearbeiten]") stays, and the heading names no references section then: its entries
stay claims, as before, and no text is lost."""

_CITATION = re.compile(
    r"^\^|(?-i:\bRetrieved) (?:on )?(?:\d{1,2} [^\W\d_]{3,9}\.? \d{4}|[^\W\d_]{3,9}\.? \d{1,2},? "
    r"\d{4}|\d{4}-\d{2}-\d{2})|\barchived from the original\b",
    re.IGNORECASE,
)
"""A citation, wherever it stands: a wiki's note, opened by the caret of its back link
("^ a b Wilson, John (2009)."); or the access date or archive note of a citation template
("Retrieved 25 July 2015.", "Archived from the original on 13 May 2011."), in any list of
sources whatever its heading."""

_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word: two letters or more in a row, of any script ("A." and "[n 4]" hold none)."""

REFERENCE: BlockKind = "reference"
"""The block kind of a line of the article's references: shown, no claim."""

LABEL: BlockKind = "label"
"""The block kind of a line that names or tabulates rather than states: shown, no claim."""

LABEL_WORDS = 2
"""A line of at most this many words without sentence punctuation is a label ("Wellington",
"HDI (2017)", "15 islands", "Building dashboards"): the fields of an infobox, the names of a
list of links. A bullet point that states something takes more words ("Five people died")."""

PARAGRAPH_LABEL_WORDS = SHORT_WORDS
"""A paragraph of a saved page (not a list's item) of at most this many words that is no
sentence is a label too, as such a line of a scrape is (``chrome.SHORT_WORDS``): a subheading
set in bold ("An overlooked brain region"), a field ("Size: 6-foot-8, 216 lbs"), a caption
("Florence Pugh wearing a pink coat"). Read as a claim, such a line matched the subheadings of
other outlets (one was in 19 matches of a story). A Markdown article is the user's own and its
paragraphs are claims, as written."""

CELL_STATEMENT_WORDS = 5
"""A cell of a table row that ends as a sentence does and has this many words states
something ("Two brothers return to a cult that is stuck in a time loop."); a row without such
a cell is data ("3 | Christchurch | Canterbury | 404,500"), whose numbers and years matched
those of every other table and list."""


def mark_notes(units: Sequence[Unit], extracted: bool = False) -> None:
    """Make the entries of references sections, and units shaped like citations, references;
    make units that state nothing labels (``_is_label``). Both are shown, and make no claim.
    In a saved page's extraction (``extracted``), a short paragraph that is no sentence is a
    label too (``_is_heading_like``).

    A references section runs from its heading to the next heading that names no such section
    (a wiki puts "Notes", "Citations" and "External links" one after another at its end).
    """
    in_section = False
    for unit in units:
        if unit.reason is not None:
            continue
        if unit.kind == "heading":
            in_section = bool(_SECTION.fullmatch(_section_name(unit.text)))
        elif in_section or _CITATION.search(unit.text):
            unit.kind = REFERENCE
        elif _is_label(unit) or (extracted and _is_heading_like(unit)):
            unit.kind = LABEL


def _is_label(unit: Unit) -> bool:
    """A line without a word, a table row none of whose cells states anything, or a line of a
    word or two that is no sentence (``LABEL_WORDS``) nor holds one ("外務省は声明を発表した。
    （共同）")."""
    if not _WORD.search(unit.text):
        return True
    if unit.kind == "item" and CELL_SEPARATOR in unit.text:
        return not any(map(_states, unit.text.split(CELL_SEPARATOR)))
    return (
        unit.kind in ("item", "paragraph")
        and not unit.is_sentence
        and _label_words(unit.text) <= LABEL_WORDS
        and not _SENTENCE_INSIDE.search(unit.text)
    )


def _is_heading_like(unit: Unit) -> bool:
    """A paragraph of a saved page of at most ``PARAGRAPH_LABEL_WORDS`` words, or a headline
    of any length (``_in_title_case``), that ends in a Latin letter or a figure and holds no
    sentence's stop of any script: a subheading set in bold, a field, a caption, the headline
    of another article. A paragraph ending in a quote, a bracket, a footnote mark, an emoji or
    a stop of another script ("… der Ukraine.“", "هل ستنجح المفاوضات؟", "…。（共同）") is
    left a sentence, as is one with a sentence ending inside it."""
    return (
        unit.kind == "paragraph"
        and _LATIN_END.search(unit.text) is not None
        and (_label_words(unit.text) <= PARAGRAPH_LABEL_WORDS or _in_title_case(unit.text))
        and not _SENTENCE_INSIDE.search(unit.text)
    )


_TITLE_CASE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on onto or over the to via vs with".split()
)
"""The words English headlines leave in lower case ("Weigh in on Harvard Decision to Not
Report"); every other word of a headline opens with a capital."""


def _in_title_case(text: str) -> bool:
    """Whether every word that opens with a letter opens with a capital, but for
    ``_TITLE_CASE_SMALL_WORDS``: the headline of another article, which a site lists above or
    below its article ("Congress Widens Investigation into Harvard to Include Plagiarism
    Allegations Against President Claudine Gay") and which, read as a claim, matched the
    headlines of other outlets. A sentence of news has a lower-case verb or noun. A line in
    capitals is a warning ("TORNADO WARNING FOR DALLAS COUNTY UNTIL 9 PM"), and one with
    commas or semicolons a list of names ("Nominees for Best Picture: Oppenheimer, Barbie, Poor
    Things"): both state something."""
    if text.count(",") > 1 or ";" in text or not any(character.islower() for character in text):
        return False
    words = [word.strip("‘’“”\"'(") for word in text.split()]
    opening = [word for word in words if word[:1].isalpha()]
    return bool(opening) and all(
        word[0].isupper() or word in _TITLE_CASE_SMALL_WORDS for word in opening
    )


_LATIN_END = re.compile(r"[A-Za-z0-9]$")
"""How a heading-like paragraph ends: in a Latin letter or a figure."""

_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?]\s|[。！？؟۔։።]")
"""A sentence that ends inside a line, after two letters ("… north of Detroit. (CNN News
Article)", "Sept. 23", "No. 4"), or a stop of a script that writes its own: the line states
it. An initial ("Regina M. Benjamin") ends none."""


def _label_words(text: str) -> int:
    """The words of a line, a long run of letters counted as a word per ``CHARS_PER_WORD`` of
    its characters: in Chinese or Japanese a run is a phrase or a sentence, not a word
    ("きょうの記念日 元旦" is two, a line of a post of forty characters is six)."""
    return sum(max(1, len(word) // CHARS_PER_WORD) for word in _WORD.findall(text))


def _states(cell: str) -> bool:
    """A cell that ends as a sentence does, its footnote marks aside ("… in 1946.[1]"), and is
    long enough to say something."""
    return bool(_TERMINAL.search(_without_marks(cell))) and word_count(cell) >= CELL_STATEMENT_WORDS


MARK_CHARACTERS = 12
"""The longest footnote mark a sentence ends in ("[1]", "[n 4]", "[citation needed]" is longer
and stays: the cell then reads as no sentence, and the row as a label, shown)."""


def _without_marks(text: str) -> str:
    """The text without the footnote marks it ends in ("[1][23]"); string methods, as a
    pattern anchored at the end would be tried from every "[" of a long run of them."""
    text = text.rstrip()
    while text.endswith("]"):
        opening = text.rfind("[", max(0, len(text) - MARK_CHARACTERS))
        if opening < 0:
            break
        text = text[:opening].rstrip()
    return text


def _section_name(heading: str) -> str:
    """A heading without its "[edit]" link, number and colon ("11 References[edit]:").

    String methods and an anchored pattern: a heading is any text an extractor calls one.
    """
    name = heading.strip()
    opening = name.rfind("[", max(0, len(name) - EDIT_LINK))
    if name.endswith("]") and opening >= 0:
        name = name[:opening]
    name = name.strip().rstrip(":.").strip()
    number = _NUMBER.match(name)
    return name[number.end() :] if number else name
