"""Notes a site sets apart in italics after an article's last paragraph: who the author is and
how to reach them ("Contact Kayla Jimenez at …"), how the text was made ("This interview has
been edited for length and clarity.", "This story was updated on August 25."), a pitch ("The
Hip-Hop 50 commemorative print issue is on sale …", "Sign up for my free Pixel Academy
e-course"). Their words vary from site to site; their type does not: a paragraph wholly in
italics after the article's own text. An extractor keeps them as paragraphs and drops the
italics, so the page itself is asked which of its paragraphs are set so.

Italics at the end are news too where a site sets a quote, a statement, a letter or lyrics in
them, or a recurring kind of paragraph (helper-185's and helper-186's reviews): those stay
(``_news``, ``mark_italic_notes``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from .chrome import Unit

ITALIC_NOTE = "note set apart in italics after the article"

NOTES_AT_END = 2
"""Paragraphs in italics at the end that are read as notes at most: a longer run is more likely
the article's own (a poem, an epilogue, a letter set in italics) than a site's notes. On the
1,164 development pages (news2023-dev, newspaper4k's and trafilatura's test pages) the notes
ran to one paragraph or two (an author's bio under "About the authors:")."""

NOTES_MAX_WORDS = 80
"""Words at most of the notes together: an author's bio or an editor's note runs to a few
sentences (at most 66 words on the development pages)."""

PREFIX_MIN_WORDS = 4
"""Words at least of a paragraph read as the opening of a block in italics (``_in_italic``)."""

_ITALIC = ("em", "i")
_BLOCKS = frozenset({"p", "div", "li", "blockquote", "section", "aside", "footer", "figure"})
_QUOTING = frozenset({"blockquote", "aside", "figure", "figcaption", "q"})
"""Where italics are a pull quote or a caption, not a note: a pull quote repeats a sentence of
the article, which must not read as set in italics where the article prints it."""


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def italic_texts(tree: Any) -> frozenset[str]:
    """The text, spaces squeezed, of every block of the page wholly in italics: a block with no
    block inside it whose every word stands inside an ``<em>`` or ``<i>`` (``<p><em>Contact
    …</em></p>``, ``<p><i>Reviews have been edited</i> <i>for length.</i></p>``), outside a
    quote, an aside or a figure, whatever punctuation stands outside them; less any text the
    page prints twice (in plain type beside, a sidebar's copy). Each italic looks up at most
    ``ANCESTORS_READ`` elements, each block is read once: a page of thousands of nested
    comments, each with an ``<i>`` icon, took a minute when each italic walked its block
    (helper-185's review)."""
    italics: dict[Any, list[Any]] = {}
    for element in tree.iter(*_ITALIC):
        block = _block_of(element)
        if block is not None:
            italics.setdefault(block, []).append(element)
    found = set()
    for block, inside in italics.items():
        if next(block.iterdescendants(*_BLOCKS), None) is not None:
            continue  # a block of blocks: its own blocks are read
        whole = _squeezed(block.text_content())
        words = _WORD.findall(whole)  # punctuation outside the italics counts for nothing
        if words and _WORD.findall(" ".join(i.text_content() for i in inside)) == words:
            found.add(whole)
    if not found:
        return frozenset()
    # The page's paragraphs and list items counted once, not searched once per text: a page of
    # 18,000 list items in italics took 139 s (helper-186's review). Only those with no block
    # inside, each text read once: the text of 2,000 nested list items, each read with all
    # those inside it, took 8 s of a 2 MB page.
    printed = Counter(
        _squeezed(element.text_content())
        for element in tree.iter("p", "li")
        if next(element.iterdescendants(*_BLOCKS), None) is None
    )
    return frozenset(text for text in found if printed[text] <= 1)


_WORD = re.compile(r"\w+")


ANCESTORS_READ = 60
"""Elements above an italic looked at for its block and for a quote, an aside or a figure
around it: real pages nest a paragraph a few dozen deep."""


def _block_of(italic: Any) -> Any:
    """The block an italic element stands right in, or None: when it lies inside another
    italic (that one counts), in a quote, an aside or a figure, or deeper than read."""
    block = None
    for depth, above in enumerate(italic.iterancestors()):
        if depth >= ANCESTORS_READ:
            return None
        tag = above.tag
        if tag in _QUOTING:
            return None
        if block is None and tag in _ITALIC:
            return None
        if block is None and tag in _BLOCKS:
            block = above
    return block


_MARKDOWN_ITALIC = re.compile(r"\*(?=\S)[^*]+(?<=\S)\*|_(?=\S)[^_]+(?<=\S)_")
"""A Markdown paragraph wholly in italics: one ``*`` or ``_`` around all of it, with no space
just inside either (``**`` is bold; "*text. *" is no italics in CommonMark)."""


def italic_markdown(paragraphs: Iterable[tuple[str, str]]) -> frozenset[str]:
    """``italic_texts`` of a Markdown file, from its paragraphs as written and as read (their
    text made plain): those wholly in italics, less any text it also prints in plain type."""
    italic: set[str] = set()
    plain: set[str] = set()
    for written, shown in paragraphs:
        (italic if _MARKDOWN_ITALIC.fullmatch(written.strip()) else plain).add(_squeezed(shown))
    return frozenset(italic - plain)


def mark_italic_notes(units: Sequence[Unit], italic: frozenset[str]) -> None:
    """Label the paragraphs in italics (``italic_texts``) that end the article, after its last
    paragraph in plain type, as notes set apart: at most ``NOTES_AT_END`` of them, of at most
    ``NOTES_MAX_WORDS`` words together, none of them news in italics (``_news``).
    What other rules dropped already is passed over."""
    if not italic:
        return
    kept = [unit for unit in units if unit.reason is None]
    start = len(kept)  # walked back no further than notes run: each may be an italic's opening
    while start and len(kept) - start <= NOTES_AT_END and _set_so(kept[start - 1], italic, True):
        start -= 1
    notes, above = kept[start:], kept[:start]
    if (
        notes
        and len(notes) <= NOTES_AT_END
        and sum(len(unit.text.split()) for unit in notes) <= NOTES_MAX_WORDS
        and any(unit.kind == "paragraph" and not _set_so(unit, italic) for unit in above)
        and sum(_set_so(unit, italic) for unit in above) < RECURRING
        and not above[-1].text.rstrip().endswith(":")  # "… said in a statement:"
        and not any(map(_news, (unit.text for unit in notes)))
    ):
        for unit in notes:
            unit.reason = ITALIC_NOTE


def _set_so(unit: Unit, italic: frozenset[str], opening: bool = False) -> bool:
    """Whether the unit is a paragraph in italics (or, with ``opening``, its opening:
    ``_in_italic``)."""
    if unit.kind != "paragraph":
        return False
    return _in_italic(unit.text, italic) if opening else _squeezed(unit.text) in italic


RECURRING = 2
"""Paragraphs in italics above the last ones from which italics are a kind of paragraph the
site sets so (the practical details after each item of a listing: "Through Dec. 27 at Lyric
Opera House …"), not notes set apart."""

_QUOTE_OPENING = re.compile(r"\W{0,3}[\"“”„«»‘’‚‹›–—-]")
"""A quote, or a quote opened by a dash (Polish): news, whatever it quotes."""

_ABOUT_THE_ARTICLE = re.compile(
    r"(?i:^\W{0,3}(?:editor['’]?s note|correction|clarification)\b"
    r"|\b(?:this|a previous|an earlier) (?:version of (?:this|the) )?"
    r"(?:story|article|post|piece)\b)"
)
"""A note about the article itself ("Correction: … misquoted what the mayor said", "Editor's
note: … stated …", "This story has been updated"): a note, whoever it says said what."""

_NEWS_IN_ITALICS = re.compile(
    r"(?i:\b(?:said|says|told|according to|wrote|added|announced|confirmed|stated|replied"
    r"|tweeted|sagte|sagt|erklärte|kündigte|betonte|teilte|laut|zufolge|déclaré|a promis"
    r"|affirmé|indiqué|selon|ha detto|dichiarato|affermato|secondo|dijo|afirmó|señaló|aseguró"
    r"|según|powiedział|powiedziała|zapowiedział|zapowiedziała|poinformował|poinformowała"
    r"|według)\b)"
    r"|(?i:^\W{0,3}(?:update[sd]?|aktualisierung|nachtrag|mise à jour|actualización"
    r"|aggiornamento|aktualizacja)\b[^:]{0,60}:)"
    r"|(?i:\b(?:tickets?|airs|funeral|memorial service|visitation|in lieu of flowers"
    r"|will be sentenced|trial continues)\b)"
    r"|(?i:^(?:dear|liebe[rs]?|cher|chère|chers|caro|cara|cari|querid[oa]s?|drog[aiy]e?)\b"
    r"(?!\W+(?:readers?|leser|lecteurs?|lettori|lectores|czytelni|subscribers?|abonnenten)))"
    r"|\([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)[.!?]?$"  # "… (Albert Einstein)"
    r"|\s[—–-] ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[.!?]?$"  # "… — Mark Twain"
)
"""What else makes a paragraph in italics news rather than a note: a report of someone's
words ("…, he said, according to a translation by the Associated Press"; "wrote", "selon",
"zufolge", "według" …), an update that adds a fact ("Update, 6:40 p.m.: The suspect was
arrested …"), the practical details of an event, a broadcast or a funeral, what comes next in
court, a letter's greeting ("Dear neighbours, …", not "Dear readers"), an epigraph with its
author ("… the same thinking that created it (Albert Einstein)"). Found by helper-185's and
helper-186's reviews; none of the notes of the development pages says any of it."""


def _news(text: str) -> bool:
    """Whether a paragraph in italics after the article is news: a quote, else one that is not
    about the article itself and says what ``_NEWS_IN_ITALICS`` finds."""
    if _QUOTE_OPENING.match(text):
        return True
    return not _ABOUT_THE_ARTICLE.search(text) and bool(_NEWS_IN_ITALICS.search(text))


def _in_italic(text: str, italic: frozenset[str]) -> bool:
    """Whether the paragraph is a block in italics, or its opening when the rest of it was
    dropped already ("Don't let yourself miss an ounce of Pixel magic.", the newsletter pitch
    after it in the same italics dropped as a newsletter's)."""
    text = _squeezed(text)
    if text in italic:
        return True
    opening = text + " "
    return len(text.split()) >= PREFIX_MIN_WORDS and any(
        block.startswith(opening) for block in italic
    )
