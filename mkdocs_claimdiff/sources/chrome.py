"""Tell a scraped article's text from the site around it: navigation, captions, forms, teasers.

A page copied from a browser carries everything the page showed. Each rule here describes a
*kind* of chrome (a photo credit, a newsletter form, a teaser cut off mid-sentence) rather than
one site's wording, so that the next scrape is cleaned too. Rules only label units with a reason;
the reader records every labelled line in ``Article.removed`` so nothing disappears unseen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from ..model import BlockKind
from .budget import check

SHORT_WORDS = 12
"""A line of at most this many words without sentence punctuation is a label, not a sentence."""

CAPTION_WORDS = 60
"""A caption above a photo credit is at most this long; a longer paragraph is kept as body."""

REPEAT_WORDS = 20
"""A repeated line this short is chrome every time; a longer one is a duplicated paragraph."""

TEASER_WORDS = 80
"""A teaser of another article is a line or two; a longer last paragraph without a full stop is
article text (a page whose whole text is one preformatted block, a list without punctuation)."""

AFTER_END = "after the end of the article"
TEASER = "teaser of another article"
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


@dataclass(frozen=True)
class _Rule:
    """A phrase that marks chrome in a unit of at most ``max_words`` words."""

    pattern: re.Pattern[str]
    reason: str
    max_words: int
    ends_article: bool = False
    rows_too: bool = True
    """False for a rule a table row would match: its cells are joined by " | "."""


def _rule(
    pattern: str, reason: str, max_words: int, ends_article: bool = False, rows_too: bool = True
) -> _Rule:
    return _Rule(re.compile(pattern, re.IGNORECASE), reason, max_words, ends_article, rows_too)


_RULES = (
    _rule(
        r"^(?:skip to (?:main )?content|skip navigation|edit post|(?:main )?menu|search|log ?in"
        r"|sign ?in|back to top|toggle navigation|close)$",
        "site navigation",
        4,
    ),
    _rule(
        r"^(?:news ?feed|more news|latest(?: news)?|editors?['’]? picks?"
        r"|most (?:read|popular|viewed)|trending(?: now)?|top stories|you may also like"
        r"|(?:what to )?read next|more from .+"
        r"|more (?:must[- ]reads?|stories|articles|news|coverage|videos?)"
        r"(?: (?:from|on|about) .+)?|(?:weitere|mehr) (?:artikel|nachrichten|meldungen)"
        r"|(?:más|otras) (?:noticias|notas)|(?:autres|plus d['’]) ?articles|altri articoli"
        r"|related (?:stories|articles|news|coverage))$",
        "site navigation",
        8,
        ends_article=True,
    ),
    _rule(
        r"^(?:(?:read|see) (?:more|also|next)|also read|related(?: \w+){0,2}"
        r"|more on this(?: story)?|(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|siehe auch"
        r"|(?:à )?lire (?:aussi|également)|voir aussi|(?:lee|leer|lea) (?:también|más)"
        r"|leggi anche|(?:vedi|guarda) anche|(?:auch|ebenfalls) lesen|weiterlesen"
        r"|(?:das )?könnte (?:sie|dich) (?:auch )?interessieren|(?:te|le) puede(?:n)? interesar"
        r"|(?:también )?(?:te|le) (?:puede|podría) interesar|lire la suite|à lire"
        r"|potrebbe interessarti|per approfondire|leia (?:também|mais)"
        r"|(?:you )?(?:may|might) also (?:like|be interested(?: in)?)|recommended(?: reading)?"
        r"|(?:watch|listen|more)(?: now)?)\s*[:»>|]",
        "link to another article",
        80,
    ),
    _rule(
        r"^(?:(?:lesen sie|lies) auch|mehr zum thema|(?:à )?lire aussi|lee también|leggi anche"
        r"|read more|related)$",
        "link to another article",
        4,
    ),
    _rule(
        r"pic\.twitter\.com/|^[—–-]\s.{1,60}\(@\w{1,15}\)|^(?:a post|ein beitrag|une publication"
        r"|una publicación) (?:shared|geteilt|partagée|compartida)|view this post on instagram",
        "embedded social media post",
        80,
    ),
    _rule(
        r"enable javascript|(?:javascript|cookies) (?:is|are) (?:disabled|required)"
        r"|(?:content|video) is not available|your privacy (?:preferences|settings)"
        r"|(?:free articles?|article limit)\b.{0,40}\b(?:left|reached|remaining)"
        r"|already (?:a )?(?:subscriber|registered|member)\b|log in to (?:continue|read)"
        r"|subscribe now\b.{0,40}\b(?:full story|read|access)|to continue reading"
        r"|(?:click|tap) here to (?:accept|consent|allow)"
        r"|refresh (?:the|this|your) (?:page|browser)\b.{0,80}\blogged in"
        r"|already have an account\?|(?:bookmark|save) (?:your )?favou?rite (?:articles|stories)"
        r"|\bgift (?:articles?|this article)\b|^share full article$|^supported by$"
        r"|^(?:join|see) (?:our|the) (?:commenting|comments?) (?:forum|section)\b"
        r"|\bfollow other \w+ readers\b",
        "pop-up or notice of the site",
        40,
    ),
    _rule(
        r"this audio is (?:created|generated)|listen to (?:this|the) (?:article|story)",
        "audio player",
        12,
    ),
    _rule(r"\b\d+\s*min(?:ute)?s?\s+read\b", "reading time", 8),
    _rule(
        r"^(?:stand|aktualisiert|updated|last updated|published|posted|publié|mis à jour"
        r"|publicado|actualizado|pubblicato|aggiornato)(?: on| am| le| el| il)?\s*:?\s*\d",
        "time stamp of the page",
        10,
    ),
    _rule(
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2}\.? )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
        r"(?:\d{1,2}(?:st|nd|rd|th)?,? )?"
        r"\d{4}(?:,? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?$"
        r"|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,? \d{1,2}[:.]\d{2}(?: ?uhr)?)?$",
        "time stamp of the page",
        8,
    ),
    _rule(r"affiliate[- ]links?|^anzeige\s*[,:|]", "advertisement", 10),
    _rule(
        r"indicates required|enter (?:your|a|correct|valid) e-?mail|e-?mail address"
        r"|successful+y subscribed|thank you for (?:signing up|subscribing)|confirmation e-?mail"
        r"|sign up (?:for|to) (?:our|the|this)|subscribe to (?:our|the)|unsubscribe"
        r"|subscribe to\b.{0,60}\bnewsletters?|newsletter (?:abonnieren|bestellen)"
        r"|abonnez-vous|suscríbete|iscriviti",
        "newsletter form",
        30,
    ),
    _rule(
        r"newsletter|^(?:subscribe|sign up)(?: now| today| here| for\b.*)?$", "newsletter form", 8
    ),
    _rule(
        r"^(?:(?:see|view|watch|play|open|launch)(?: the| more| all| our)? (?:photos?|pictures?"
        r"|images?|(?:photo |picture |image )?galler(?:y|ies)|videos?|slide ?shows?|clips?)\b"
        r"|click (?:here )?to (?:see|view|watch|play|open|enlarge|expand)\b"
        r"|(?:photo|picture|image|video) (?:gallery|galleries|slideshow)$|in pictures$"
        r"|\d+ (?:photos|images|pictures|bilder|fotos)$|(?:bilder|fotos)(?:strecke|galerie)\b"
        r"|play(?: video)?$|pause$|mute$|unmute$|full ?screen$|replay$|now playing$|up next$"
        r"|autoplay\b|video ad feedback$|close (?:video|gallery)$|enlarge (?:this )?image$"
        r"|loading\b.{0,40}(?:\.\.\.|…)$|(?:\d{1,2}:)?\d{1,2}:\d{2}$"
        r"|\d{1,3} ?(?:/|of|von|de|di|sur) ?\d{1,3}$|\[[a-z ]{3,30}\]$|video transcript$"
        r"|show all \d+$)",
        "photo gallery or video player",
        12,
    ),
    _rule(
        r"https?://(?:www\.)?(?:fb\.me|facebook\.com|twitter\.com|x\.com|instagram\.com|t\.me"
        r"|youtube\.com|tiktok\.com|line\.me|paypal\.me)/",
        "social media links",
        10,
    ),
    _rule(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\(end\))?$", "contact address", 3),
    _rule(
        r"\b(?:comments?|comentarios?|commentaires?|kommentare?|commenti)\b.{0,60}"
        r"\b(?:(?:do not|don't|does not|no) (?:reflect|represent)|(?:es|son) (?:la )?opini[oó]n"
        r"|are the (?:opinions?|views)|moderat(?:ed|ion))\b"
        r"|\breserv\w* (?:the|el|le|il|das) (?:right|derecho|droit|diritto|recht)\b.{0,40}"
        r"\b(?:delete|remove|eliminar|supprimer|eliminare|löschen)"
        r"|(?:no está permitido|not (?:allowed|permitted)|nicht erlaubt)\b.{0,40}"
        r"\b(?:comment|kommentar)"
        r"|\b(?:opinions?|views|opiniones) (?:expressed )?(?:below|in (?:the )?comments)",
        "comment section notice",
        40,
    ),
    _rule(
        r"^[^|]{1,60}(?:\|[^|]{1,60}){2,4}$",
        "line of labels (byline, breadcrumb)",
        10,
        rows_too=False,
    ),
    _rule(
        r"^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\b",
        "note on where the article first appeared",
        25,
    ),
    _rule(
        r"^(?:submit|post|leave|add|write) (?:a |your )?comments?\b|^(?:\d+ )?comments?$",
        "comment section notice",
        12,
    ),
    _rule(
        r"^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|print|copy link"
        r"|facebook|twitter|whatsapp|telegram|linkedin|reddit|email)$",
        "share buttons",
        6,
    ),
    _rule(r"\b(?:back|go|return) to (?:the )?home ?page$", "site navigation", 8),
    _rule(
        r"^(?:follow us|s[ií]guenos|folgen sie uns|folg(?:e|t) uns|suivez-nous|seguici|siga-nos)\b"
        r"|\b(?:join|únete a|unisciti al|rejoignez) (?:our|nuestro|nostro|notre) \w+"
        r" (?:channel|canal|canale)"
        r"|tenemos canal de (?:telegram|whatsapp)"
        r"|\bdownload (?:the|our) .{0,40}\bapps?\b",
        "social media links",
        30,
    ),
    _rule(r"^[\w'’ ]+(?:\s[|›»>]\s[\w'’ ]+)+$", "breadcrumb navigation", 6, rows_too=False),
    _rule(
        r"^(?:advertisement|advertising|sponsored(?: content)?|ad|continue reading below"
        r"|continue reading the main story|story continues(?: below)?(?: advertisement)?"
        r"|anzeige|werbung|publicité|publicidad|pubblicità)$",
        "advertisement",
        5,
    ),
    _rule(
        r"we use cookies|cookies? (?:policy|settings|preferences|consent)|accept (?:all )?cookies",
        "cookie notice",
        60,
    ),
    _rule(
        r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}|by\b)|all rights reserved|alle rechte vorbehalten"
        r"|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
        r"|licensed under (?:a |the )?(?:creative commons|cc[- ]by)",
        "copyright line",
        30,
        ends_article=True,
    ),
    # "© DTB" under a photo: a credit inside the article, which goes on below it
    _rule(r"©|^(?:\(c\)\s|copyright\b)", "photo credit", 12),
    _rule(
        r"^(?:become a (?:member|patron|subscriber)|donate now|support (?:us|our journalism"
        r"|independent journalism))\b|\bwe rely on (?:you,? )?(?:our )?readers\b"
        r"|\bpledge your (?:contribution|support)|\byour (?:donation|contribution) (?:will|helps)\b"
        r"|^(?:\.\.\.|…)?\s*we need your (?:help|support)"
        r"|\bnever see a paywall",
        "donation appeal",
        40,
    ),
)

_ITEM_RULES = tuple(rule for rule in _RULES if rule.rows_too)
"""The rules for list items and table rows."""

_ENDING_REASONS = {rule.reason for rule in _RULES if rule.ends_article} | {TEASER}

_BOLD_ONLY = re.compile(r"(\*\*|__)(?:(?!\1).)+\1")  # matched against stripped text
_CREDIT_LABEL = re.compile(
    r"^(?:photo|photograph|image|picture|illustration|credit|video|bild|foto|quelle|crédit"
    r"|imagen|immagine)s?(?: by| credit)?\s*[:/©]",
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
        words = unit.words  # counted once: a unit is tried against every rule
        rules = _RULES if unit.kind != "item" else _ITEM_RULES
        for rule in rules:
            if words <= rule.max_words and rule.pattern.search(unit.text):
                unit.reason = rule.reason
                break


def mark_extracted(units: Sequence[Unit]) -> None:
    """Label chrome that an extractor left in the article it found in a web page.

    The extractor has already told headings from paragraphs and dropped the teasers and photos
    around the article, so only the rules that hold for any text apply: photo credits (the line
    above one is article text here, not a caption), repeated lines and everything after a footer.
    """
    _mark_captions(units, above_credits=False)
    _mark_repeats(units)
    _mark_after_end(units)


def mark_layout(units: Sequence[Unit]) -> None:
    """Label chrome found by its place and shape rather than its words.

    The order matters: captions and repeats are certain; the end of the article is found before
    short lines are judged (a heading needs body text after it) and again after the trailing
    teaser is found.
    """
    for mark in (
        partial(_mark_captions, above_credits=True),
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
    """A photo credit: a few words, no sentence, bold-only or shaped like "Name / Agency"."""
    if unit.words > 10 or unit.is_sentence:
        return False
    return bool(
        _BOLD_ONLY.fullmatch(unit.raw.strip())
        or _CREDIT_LABEL.match(unit.text)
        or _NAME_SLASH_NAME.fullmatch(unit.text)
    )


def _mark_captions(units: Sequence[Unit], above_credits: bool) -> None:
    """Label photo credits, the caption line just above each, and captions ending in a credit."""
    for index, unit in enumerate(units):
        if unit.reason is not None:
            continue
        if _is_credit(unit):
            unit.reason = "photo credit"
            above = units[index - 1] if index else None
            if above_credits and above and above.reason is None and above.words <= CAPTION_WORDS:
                above.reason = "caption"
        elif (
            unit.words <= CAPTION_WORDS + 20
            and not unit.is_sentence
            and _TRAILING_CREDIT.search(unit.text)
        ):
            unit.reason = "caption"


def _mark_repeats(units: Sequence[Unit]) -> None:
    """Label lines that occur more than once: share bars, form labels, a duplicated paragraph.

    A short repeated line is chrome every time; of a long one the first copy is kept.
    """
    counts = Counter(unit.text.casefold() for unit in units)
    seen: set[str] = set()
    for unit in units:
        key = unit.text.casefold()
        if unit.reason is None and counts[key] > 1 and (unit.words <= REPEAT_WORDS or key in seen):
            unit.reason = "repeated line"
        seen.add(key)


def _mark_after_end(units: Sequence[Unit]) -> None:
    """Once a footer (more news, copyright, a teaser) follows article text, the rest is chrome."""
    started = False
    for index, unit in enumerate(units):
        if unit.reason is None and unit.is_sentence:
            started = True
        elif started and unit.reason in _ENDING_REASONS:
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
