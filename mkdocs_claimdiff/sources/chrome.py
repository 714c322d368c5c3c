"""Tell a scraped article's text from the site around it: navigation, captions, forms, teasers.

A page copied from a browser carries everything the page showed. Each rule here describes a
*kind* of chrome (a photo credit, a newsletter form, a teaser cut off mid-sentence) rather than
one site's wording, so that the next scrape is cleaned too. Rules only label units with a reason;
the reader records every labelled line in ``Article.removed`` so nothing disappears unseen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache, partial

from ..model import BlockKind
from .budget import check
from .chrome_lists import mark_link_lists
from .chrome_rules import AFTER_END, ENDING_REASONS, ITEM_RULES, RULES, TEASER
from .phrase_rule import ADVERTISEMENT, STATES, Rule, fold_case, notice_goes_on
from .sentence_breaks import sentences_of

SHORT_WORDS = 12
"""A line of at most this many words without sentence punctuation is a label, not a sentence."""

CAPTION_WORDS = 60
"""A caption above a photo credit is at most this long; a longer paragraph is kept as body."""

REPEAT_WORDS = 20
"""A repeated line this short is chrome every time; a longer one is a duplicated paragraph."""

TEASER_WORDS = 80
"""A teaser of another article is a line or two; a longer last paragraph without a full stop is
article text (a page whose whole text is one preformatted block, a list without punctuation)."""

STATEMENT_WORDS = 5
"""A sentence of this many words or more that an extractor kept twice is the article's own."""

SHORT_LINE = "short line, not a sentence"

_TERMINAL = re.compile(r"[.!?…:;。！？।။][\"'”’»」』)\]*_]*$")

CHARS_PER_WORD = 6
"""Scripts written without spaces (Chinese, Japanese, Thai) count a word per this many characters,
about what a word and its space take in languages that use spaces."""


def word_count(text: str) -> int:
    """The words of a text, counted by length too for scripts written without spaces."""
    return max(len(text.split()), len(text) // CHARS_PER_WORD)


@dataclass(eq=False)
class Unit:
    """A line of a scrape (or a hard-wrapped paragraph of several lines) and its verdict.

    ``reason`` is None while the unit counts as article text.
    """

    number: int
    lines: list[str]
    group: int
    kind: BlockKind
    text: str
    reason: str | None = None

    @property
    def raw(self) -> str:
        return " ".join(line.strip() for line in self.lines)

    @property
    def words(self) -> int:
        return word_count(self.text)

    @property
    def is_sentence(self) -> bool:
        return bool(_TERMINAL.search(self.text))


_BOLD_ONLY = re.compile(r"(\*\*|__)(?:(?!\1).)+\1")  # matched against stripped text

_CREDIT_LABEL = re.compile(
    r"^[(\[]?(?:(?:lead|main|top|header|hero|featured|cover) )?"
    r"(?:photo|photograph|image|picture|illustration|credit|video|bild|foto|quelle"
    r"|crédit|imagen|immagine)s?(?:(?: by| credits?)?\s*[:/©]| courtesy(?: of)?\s"
    # "Video by MEGA Media.", "[Image via MEGA/WENN]", "Foto di Leeloo Thefirst": by a name
    # alone, in capitals ("Video by police shows the car" is a sentence). "And" is a name
    # word and "and" not (read as both, each doubled the ways to fail); a name word takes its
    # full stop, so the closing brackets after it may not (or a run of them is split every way)
    r"| (?:by|via|di|de|von) (?-i:[A-Z0-9])[\w&'’./-]*"
    r"(?:,? (?:(?-i:[A-Z0-9])[\w&'’./-]*|&|(?-i:and)))*[\])]*$)",
    re.I,
)

# Anchored: it is matched only against a whole line, and a search would retry from every word.
_NAME_SLASH_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+)*\s*/\s*[A-Z][\w.'’ -]*")

_TRAILING_CREDIT = re.compile(
    r"(?:\((?:(?:photo|image|credit|illustration)s?\b[^()]*|[^()]*\S\s*/\s*[A-Z][^()]*)\)"
    r"|\b(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by|:)\s*[A-Z][^.!?]{0,60}"
    r"|\b(?:getty images|afp|reuters|ap photo|pa wire|pa media|epa|shutterstock|alamy|dpa"
    r"|imago|anadolu agency)\)?)\s*$",
    re.IGNORECASE,
)


def mark_phrases(units: Sequence[Unit]) -> None:
    """Label units that say what chrome says: navigation, forms, share bars, notices."""
    for unit in _body(units):
        check()
        unit.reason = phrase_reason(unit.text, unit.kind)


def phrase_reason(text: str, kind: BlockKind) -> str | None:
    """The reason of the first phrase rule a block of text matches, None for article text.

    A block of sentences that each say what chrome says is chrome, with the first one's reason
    ("This newsletter may contain advertising. … You may unsubscribe at any time."); so is one
    opening with two of an advertiser's notice that goes on in a few words (``notice_goes_on``).
    Only the rules for a sentence or more judge a block's sentences (``judges_sentences``)."""
    found = _phrase_reason(text, kind)
    if found is not None:
        return found
    sentences = sentences_of(text)
    if len(sentences) < 2:
        return None
    first = _phrase_reason(sentences[0], kind, in_paragraph=True)
    if first is None or _phrase_reason(sentences[1], kind, in_paragraph=True) is None:
        return None
    rest = sentences[2:]
    if first == ADVERTISEMENT:
        return first if notice_goes_on(rest) else None
    chrome = all(_phrase_reason(sentence, kind, in_paragraph=True) for sentence in rest)
    return first if chrome else None


def _phrase_reason(text: str, kind: BlockKind, in_paragraph: bool = False) -> str | None:
    """The reason of the first rule that the text matches, as a unit of its own or, when
    ``in_paragraph``, as one of a paragraph's sentences (``Rule.judges_sentences``)."""
    holds = fold_case(text).__contains__  # folded once: the text is tried against every rule
    words = min(word_count(text), _LONGEST_RULE + 1)
    for rule in _rules_for(kind == "item", words, in_paragraph):
        if (not rule.needles or any(map(holds, rule.needles))) and rule.pattern.search(text):
            return rule.reason
    return None


_LONGEST_RULE = max(rule.max_words for rule in RULES)


@cache
def _rules_for(item: bool, words: int, in_paragraph: bool) -> tuple[Rule, ...]:
    """The rules, in order, for a unit of ``words`` words (a list item or table row when
    ``item``; a sentence of a paragraph when ``in_paragraph``), chosen once per length up to
    ``_LONGEST_RULE`` + 1: most rules are for short lines, and a long unit skipped each in turn
    (saved pages read ~4 % faster so)."""
    rules = ITEM_RULES if item else RULES
    return tuple(
        rule
        for rule in rules
        if words <= rule.max_words and (not in_paragraph or rule.judges_sentences)
    )


def mark_extracted(units: Sequence[Unit]) -> None:
    """Label chrome that an extractor left in the article it found in a web page.

    The extractor has already told headings from paragraphs and dropped the teasers and photos
    around the article, so only the rules that hold for any text apply: photo credits (the line
    above one is article text here, not a caption), links (``chrome_lists``), repeated lines
    and everything after a footer."""
    mark_credits(units)
    mark_link_lists(units)
    _mark_repeats(units, extracted=True)
    _mark_after_end(units)


def mark_credits(units: Sequence[Unit]) -> None:
    """Label photo credits and captions ending in one, in text whose blocks are already told
    apart (an extractor's output, Markdown): the line above a credit is article text there."""
    _mark_captions(units, above_credits=False)


def mark_layout(units: Sequence[Unit]) -> None:
    """Label chrome found by its place and shape rather than its words.

    The order matters: captions and repeats are certain; the end of the article is found before
    short lines are judged (a heading needs body text after it) and again after the trailing
    teaser is found.
    """
    for mark in (
        partial(_mark_captions, above_credits=True),
        mark_link_lists,
        _mark_repeats,
        _mark_after_end,
        _mark_short_lines,
        _mark_trailing_teaser,
        _mark_after_end,
    ):
        check()
        mark(units)


def _body(units: Sequence[Unit]) -> list[Unit]:
    return [unit for unit in units if unit.reason is None]


def _is_credit(unit: Unit) -> bool:
    """A photo credit: a few words, labelled as one ("Foto: Getty Images.", "(Bild: Jane Roe)",
    "Photo courtesy of Jane Roe.", full stop or not), or no sentence and bold-only or shaped
    like "Name / Agency"."""
    if unit.words > 10:
        return False
    if _CREDIT_LABEL.match(unit.text):
        return True
    return not unit.is_sentence and bool(
        _BOLD_ONLY.fullmatch(unit.raw.strip()) or _NAME_SLASH_NAME.fullmatch(unit.text)
    )


def _mark_captions(units: Sequence[Unit], above_credits: bool) -> None:
    """Label photo credits, the caption line just above each, and captions ending in a credit."""
    for index, unit in enumerate(units):
        if unit.reason is not None:
            continue
        if _is_credit(unit):
            unit.reason = "photo credit"
            above = units[index - 1] if index else None
            # a labelled sentence ("Photo: the mayor on Monday.") is its own caption
            if (
                above_credits
                and not unit.is_sentence
                and (above and above.reason is None)
                and above.words <= CAPTION_WORDS
                and not STATES.search(above.text)
            ):
                above.reason = "caption"
        elif (
            unit.words <= CAPTION_WORDS + 20
            and not unit.is_sentence
            and _TRAILING_CREDIT.search(unit.text)
        ):
            unit.reason = "caption"


def _mark_repeats(units: Sequence[Unit], extracted: bool = False) -> None:
    """Label lines that occur more than once: share bars, form labels, a duplicated paragraph.

    A short repeated line is chrome every time; of a long one the first copy is kept, and so
    of a sentence of a few words in an extractor's output (an article quoting its own list
    again): the extractor has dropped the boxes around the article, whereas in a scrape the
    same sentence is a promotion repeated ("Listen to our podcast every Friday."). A section
    heading repeated by the table of contents above it (list items or links) keeps its first
    copy marked as a heading: the contents are the copies, the heading heads its section.
    """
    counts = Counter(unit.text.casefold() for unit in units)
    headings = {unit.text.casefold(): unit for unit in reversed(units) if unit.kind == "heading"}
    seen: set[str] = set()
    for unit in units:
        key = unit.text.casefold()
        if (
            unit.reason is None
            and counts[key] > 1
            and (
                key in seen
                or (unit.words <= REPEAT_WORDS and not (extracted and _is_statement(unit)))
            )
            and headings.get(key) is not unit
        ):
            unit.reason = "repeated line"
        seen.add(key)


def _is_statement(unit: Unit) -> bool:
    """A sentence of a few words at least, which chrome seldom is ("Level 1: There's a lion
    across the river.", not "Advertisement" or "Share this article")."""
    return unit.is_sentence and unit.words >= STATEMENT_WORDS


LINK_RUN = 3
"""This many short lines in a row, each the whole text of a link, are a list of links."""

LINKS = "list of links"


def mark_link_runs(units: Sequence[Unit], links: Callable[[], Collection[str]]) -> None:
    """Label runs of short paragraphs, no sentences, each the whole text of one of the page's
    links (a sidebar's "Minecraft.net", "Bug tracker", "Mojang on Twitter"), and the heading
    right above such a run ("Official links:").

    An extractor keeps such a run when the links stand between line breaks rather than in a
    list. Short lines that are no links are left alone: in Chinese or Japanese a line of verse
    or of a post is as short, and the items of a real list are list items, not paragraphs.
    ``links`` gives the texts of the page's links; it is called only when a run of short lines
    is found, as collecting them walks every link of the page.
    """
    body = _body(units)
    if not _runs(body, _is_label):
        return
    texts = links()
    for start, run in _runs(body, lambda unit: _is_label(unit) and unit.text in texts):
        above = body[start - 1] if start else None
        for unit in [above, *run] if above and above.kind == "heading" else run:
            unit.reason = LINKS


def _is_label(unit: Unit) -> bool:
    return unit.kind == "paragraph" and unit.words <= SHORT_WORDS and not unit.is_sentence


def _runs(body: list[Unit], belongs: Callable[[Unit], bool]) -> list[tuple[int, list[Unit]]]:
    """The runs of at least ``LINK_RUN`` units in a row of ``body`` that ``belongs``, each with
    the position of its first unit."""
    runs: list[tuple[int, list[Unit]]] = []
    run: list[Unit] = []
    for position, unit in enumerate([*body, None]):
        if unit is not None and belongs(unit):
            run.append(unit)
            continue
        if len(run) >= LINK_RUN:
            runs.append((position - len(run), run))
        run = []
    return runs


def _mark_after_end(units: Sequence[Unit]) -> None:
    """Once a footer (more news, copyright, a teaser) follows article text, the rest is chrome."""
    started = False
    for index, unit in enumerate(units):
        if unit.reason is None and unit.is_sentence:
            started = True
        elif started and unit.reason in ENDING_REASONS:
            for later in _body(units[index + 1 :]):
                later.reason = AFTER_END
            return


def _mark_short_lines(units: Sequence[Unit]) -> None:
    """Label short lines that are not sentences, unless they head body text between paragraphs.

    Section labels, kickers and the names of forms or other articles look like this; a
    sub-heading does too, but it sits between sentences of the article with a sentence right
    below it, so it is kept as a heading.
    """
    body = _body(units)
    below = _below(units)
    after_text = False
    for index, unit in enumerate(body):
        sentence_above, after_text = after_text, after_text or unit.is_sentence
        if unit.words > SHORT_WORDS or unit.is_sentence or _in_list(body, index):
            continue
        following = below[id(unit)]
        if sentence_above and following is not None and following.is_sentence:
            unit.kind = "heading"
        else:
            unit.reason = SHORT_LINE


def _below(units: Sequence[Unit]) -> dict[int, Unit | None]:
    """For each unit (by ``id``), the unit right after it if that one is article text, else
    None; worked out in one pass, as looking each unit up again would be quadratic."""
    after = [*units[1:], None]  # None stands after the last unit
    return {
        id(unit): following if following is not None and following.reason is None else None
        for unit, following in zip(units, after, strict=False)
    }


def _in_list(body: list[Unit], index: int) -> bool:
    """True for a list item next to another item: short items of a real list stay."""
    neighbours = body[max(index - 1, 0) : index] + body[index + 1 : index + 2]
    return body[index].kind == "item" and any(other.kind == "item" for other in neighbours)


def _mark_trailing_teaser(units: Sequence[Unit]) -> None:
    """Label a last paragraph cut off mid-sentence: the start of another article's teaser.

    The heading right above it goes too (a question or a title in the same block, or a marked
    heading). The items of a list end without punctuation, so a list is never a teaser.
    """
    body = _body(units)
    if len(body) < 2 or body[-1].is_sentence or _in_list(body, len(body) - 1):
        return
    if body[-1].words > TEASER_WORDS:
        return
    last = body[-1]
    last.reason = TEASER
    position = next(index for index, unit in enumerate(units) if unit is last)
    above = units[position - 1] if position else None
    if above and above.reason in (None, SHORT_LINE) and _heads(above, last):
        above.reason = TEASER


def _heads(above: Unit, unit: Unit) -> bool:
    """True if ``above`` heads ``unit``: a marked heading, or a short line or question above it."""
    if above.kind == "heading":
        return True
    short = above.words <= SHORT_WORDS and (not above.is_sentence or above.text.endswith("?"))
    return short and above.group == unit.group
