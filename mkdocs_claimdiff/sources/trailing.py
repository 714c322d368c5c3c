"""Chrome sentences printed at the end of a paragraph of article text, split off it, in saved
pages and text scrapes (Markdown paragraphs keep no line of their own, so they stay whole).

A page often ends a paragraph of news with its own call to action or credit: "Materials provided
by Harvard Medical School. Note: Content may be edited for style and length.", "Find out what to
watch next. Get The Watchlist delivered every Thursday." The paragraph as a whole is article
text, so the phrase rules, which judge whole units, kept the notice too, and it became a claim.

Many rules for notices are loose phrases that news uses too ("sign up for", "already a member",
"download the ... app"), so a sentence is a notice here only when a rule's match begins it and
leaves at most two words of it (``WORDS_AFTER_A_NOTICE``), or (a contact address) ends it after
a name of at most three capitalised words ("Adam Sennott can be reached at a@globe.com."): "Sign up
for our newsletter." is one, "Residents can sign up for the program at any city library." and
"First published in 1922, the novel was banned for a decade." are not. Such sentences at the end
of a paragraph become a paragraph of their own, which the phrase rules then take out and list.
A rule that ends the article (a copyright line) is not used here: a sentence split off mid-page
must not take the paragraphs after it along.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import BlockKind
from .budget import check
from .chrome import Unit, phrase_reason, word_count
from .chrome_rules import ENDING_REASONS, RULES
from .phrase_rule import fold_case
from .sentence_breaks import sentence_starts, split_at

_NOTICE_RULES = tuple(
    rule for rule in RULES if rule.judges_sentences and rule.reason not in ENDING_REASONS
)
"""The rules a sentence ending a paragraph is tried against."""


def split_trailing_chrome(
    parts: Sequence[tuple[BlockKind, str]],
) -> list[tuple[BlockKind, str]]:
    """The parts of a saved page, each paragraph that ends in notices (``_is_notice``) as two:
    its article text, then those sentences."""
    split: list[tuple[BlockKind, str]] = []
    for kind, text in parts:
        check()
        at = notices_at(kind, text)
        split.extend(
            [(kind, text)] if at is None else [(kind, text[:at].rstrip()), (kind, text[at:])]
        )
    return split


def split_units(units: Sequence[Unit]) -> list[Unit]:
    """The units of a text scrape, each paragraph of one line that ends in notices as
    two units of that line: its article text, then those sentences (a paragraph hard-wrapped
    over several lines is left whole: its lines are what the article page lists)."""
    split: list[Unit] = []
    for unit in units:
        check()
        at = None if unit.reason or len(unit.lines) > 1 else notices_at(unit.kind, unit.text)
        if at is None:
            split.append(unit)
            continue
        head, tail = unit.text[:at].rstrip(), unit.text[at:]
        split.append(replace(unit, lines=[head], text=head))
        split.append(replace(unit, lines=[tail], text=tail))
    return split


def notices_at(kind: BlockKind, text: str) -> int | None:
    """Where the notices that end a paragraph begin, or None when it ends in none or stays
    whole."""
    if kind != "paragraph":
        return None
    starts = sentence_starts(text)
    sentences = split_at(text, starts)
    tail = len(sentences)
    while tail > 1 and _is_notice(sentences[tail - 1]):
        tail -= 1
    if tail == len(sentences):
        return None
    head = sentences[:tail]
    # A paragraph that a phrase rule takes out whole stays whole when its article text is
    # chrome too, or a question leading to the notice ("Want to keep up with breaking news?
    # Subscribe to our email newsletter."); news before a notice is split from it.
    if phrase_reason(text, kind) is not None and (
        phrase_reason(" ".join(head), kind) is not None
        or (len(head) == 1 and head[0].endswith("?"))
    ):
        return None
    return starts[tail]


def _is_notice(sentence: str) -> bool:
    """Whether a rule for notices matches the sentence from its start and leaves at most
    ``WORDS_AFTER_A_NOTICE`` words of it."""
    words, folded = word_count(sentence), fold_case(sentence)
    for rule in _NOTICE_RULES:
        if words > rule.max_words or (
            rule.needles and not any(map(folded.__contains__, rule.needles))
        ):
            continue
        found = rule.pattern.match(sentence)
        if found is not None and len(sentence[found.end() :].split()) <= WORDS_AFTER_A_NOTICE:
            return True
        if rule.reason in NAMED_NOTICES and _after_a_name(rule.pattern.search(sentence), sentence):
            return True
    return False


def _after_a_name(found: re.Match[str] | None, sentence: str) -> bool:
    """Whether a rule's match runs to the end of the sentence after a name of at most
    ``WORDS_BEFORE_A_NOTICE`` capitalised words: "Adam Sennott can be reached at
    adam.sennott@globe.com." A sentence of news has a clause of its own before the notice's
    words ("Police told victims to email him at …")."""
    if found is None or found.start() == 0 or sentence[found.end() :].strip():
        return False
    before = sentence[: found.start()].split()
    return len(before) <= WORDS_BEFORE_A_NOTICE and all(word[:1].isupper() for word in before)


NAMED_NOTICES = frozenset({"contact address"})
"""The notices a name may open (``_after_a_name``): a review found news that opens with a name
and ends in other notices' words ("The newsletter grew quickly as readers rushed to sign up.")."""

WORDS_BEFORE_A_NOTICE = 3
"""Capitalised words a name may take before a notice that ends its sentence (``_after_a_name``):
a reporter's name, maybe after a title ("Reporter Jane Doe")."""


WORDS_AFTER_A_NOTICE = 2
"""Words a sentence may say after a notice rule's match ("Sign up for our newsletter" and
"here."): more, and the rule matched only the first words of a sentence of news ("Reporting
by ProPublica last year found that the agency had ignored repeated warnings.")."""
