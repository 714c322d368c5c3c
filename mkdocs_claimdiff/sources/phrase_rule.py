"""What a phrase rule of site chrome is, and the case folding its needles are looked for in."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOTLESS = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
"""The letters that a case-insensitive pattern matches to an ASCII letter but ``str.lower``
does not lower to it: İ (lowered to two characters), dotless ı and the long s ſ; each with its
letter."""


def fold_case(text: str) -> str:
    """The text as the rules' needles are looked for in it: in lower case, and every character
    that a case-insensitive pattern matches to a needle's letter is that letter, so a phrase a
    rule matches is found in the folded text as the same words in lower case (a unit test checks
    this for every character Unicode has).

    The three letters are replaced one by one: ``str.translate`` with a table looks up every
    character of the text, 14 times as slow on the blocks of pages not in ASCII (the phrase rules
    took 215 ms on the development pages' extractions with it, 165-180 ms without).
    """
    if not text.isascii():
        for letter, ascii_letter in _DOTLESS:
            text = text.replace(letter, ascii_letter)
    return text.lower()


STATES = re.compile(r"\b(?:said|says|told|tells|added|according to)\b", re.IGNORECASE)
"""A statement in a paragraph: a caption or a note says what a photo shows or who someone is,
not what anyone said ("Mohamed El-Erian writes about markets for Bloomberg Opinion and said
the Fed …"; "The blaze broke out shortly after 10 p.m., according to the fire brigade." above
"Photo: Jane Roe/AP" is news)."""

ADVERTISEMENT = "advertisement"
"""The reason of the rules for advertisements and an advertiser's notices."""

NOT_REPORTED = (
    r"^(?![\"“„«‘].{0,400}[\"”»’][.!?]?$"
    r"|.{0,400}?\b(?:said|says|say|told|tells|according to|alleges?|alleged"
    r"|wrote|writes|lawsuit|critics?|regulators?|explained|added|noted|argued|claimed|stated"
    r"|reads|per|filing|ruling|court|found|admitted|conceded|confirmed|warned|warn|announced"
    r"|reported|insisted|acknowledged|complained|testified|posted|tweeted|sagte|sagt|sagten"
    r"|erklärte|kritisierte|laut|berichtete|schrieb|stellte|klage|gericht|dijo|según|admitió"
    r"|selon|reconnu|secondo|ammesso|przyznała|przyznał|zei|aldus)\b)"
)
"""What opens a rule for a site's notice in its own voice: a sentence that stands between quote
marks, or that reports someone saying the same words ("'We earn a fee when you use an
out-of-network ATM,' a Chase spokesperson said", "The lawsuit says the article contains
affiliate links", "…, the bank explained", "…, per the filing"), is news."""

_UNREPORTED = re.compile(NOT_REPORTED, re.IGNORECASE)

NOTICE_GOES_ON = 3
"""Sentences after the first two of an advertiser's notice that still belong to it, at most."""

NOTICE_GOES_ON_WORDS = 20
"""Words of each of them, at most: "Thanks for your support!", "Prices are accurate as of
publish time."."""


def notice_goes_on(sentences: list[str]) -> bool:
    """Whether the sentences after the first two of an advertiser's notice are its own: a few
    short ones that report no one. A paragraph that goes on to news ("… Those were the words
    the influencer posted before the FTC fined her, the agency said") is no notice."""
    return len(sentences) <= NOTICE_GOES_ON and all(
        len(sentence.split()) <= NOTICE_GOES_ON_WORDS and _UNREPORTED.match(sentence) is not None
        for sentence in sentences
    )


SENTENCE_RULE_WORDS = 20
"""Rules for lines of fewer words than this ("Menu", "Share", "newsletter" in a line of up to
eight words, "Leave a comment") judge a line standing alone, and are not tried on the sentences
of a paragraph: there they took "The newsletter now has 40,000 paying readers." for a form and
"Leave comments on the proposal by March 1." for a comment form. A rule that matches only a
whole sentence of its own words (``Rule.sentences_too``: "Materials provided by …") is tried
there all the same."""


@dataclass(frozen=True)
class Rule:
    """A phrase that marks chrome in a unit of at most ``max_words`` words."""

    pattern: re.Pattern[str]
    reason: str
    max_words: int
    ends_article: bool = False
    rows_too: bool = True
    """False for a rule a table row would match: its cells are joined by " | "."""
    sentences_too: bool = False
    """True for a rule that matches only a whole sentence of its own words ("Materials provided
    by Harvard Medical School.", "Styling: Ted Stafford."), which may judge the sentences of a
    paragraph however few words it allows: a rule for short lines that is not ("Menu",
    "newsletter" in eight words) would take sentences of news for chrome there."""
    needles: tuple[str, ...] = ()
    """Lower-case pieces one of which every match contains: a unit whose folded text
    (``fold_case``) holds none of them is not tried against the pattern, which is far slower
    than looking for a few words. Empty for a rule cheap enough without them. A unit test proves
    from the pattern's syntax that every match contains one."""

    @property
    def judges_sentences(self) -> bool:
        """Whether the rule may judge one sentence of a paragraph (``SENTENCE_RULE_WORDS``)."""
        return self.sentences_too or self.max_words >= SENTENCE_RULE_WORDS


def rule(
    pattern: str,
    reason: str,
    max_words: int,
    ends_article: bool = False,
    rows_too: bool = True,
    needles: tuple[str, ...] = (),
    sentences_too: bool = False,
) -> Rule:
    return Rule(
        re.compile(pattern, re.IGNORECASE),
        reason,
        max_words,
        ends_article=ends_article,
        rows_too=rows_too,
        sentences_too=sentences_too,
        needles=needles,
    )
