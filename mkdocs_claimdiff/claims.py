"""Turn an article into claims: one claim per sentence, with who it is attributed to and its hedges.

A sentence is the unit compared across outlets, so the splitter has to be right on news prose
("Nov. 28", "U.S.", "George W. Bush", quotes) and fast enough for whole corpora: it is a single
regular expression that finds candidate boundaries plus a few cheap rules that veto them, instead
of a statistical tokenizer. Attribution and hedges are small ordered regex lists: they only have to
catch the common newsroom formulas, and a reader can see exactly why a claim got its label.
"""

from __future__ import annotations

import re

from .abbreviations import MONTHS, LanguageRules, rules_for
from .model import Article, Claim, ClaimRole

_OPENERS = "\"'“‘([«„‚¿¡"
_CLOSERS = "\"'”’“‘)]»"  # German closes a quote with “ (opened by „)

# A candidate boundary: the token before it, the stop ("." "?" "!" "..." "…"), any closing quotes or
# brackets (they stay with the sentence they close), the whitespace, and the next character.
# The stop is always a whole run of stops (lookbehind and lookahead), so a line of a million dots
# costs linear time instead of trying every shorter run.
_BOUNDARY = re.compile(
    rf"(?<!\S)(\S*?)(?<![.?!…])([.?!…]+)(?![.?!…])([{re.escape(_CLOSERS)}]*)\s+(?=(\S))"
)
_WORD = re.compile(r"\w+")
_JOINED = re.compile(r"[-'’]")
# A list's number or letter ("1.", "a.", "2.)"): it opens the item, it is never a sentence.
_ENUMERATOR = re.compile(r"[\W_]{0,2}(?:\d{1,3}|[^\W\d_])[.)]{1,2}")
# Single letters and dotted letters ("W", "U.S", "a.m"): initials and acronyms.
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")

# Abbreviations that stand before a name or a term and so never end a sentence.
_CONTINUING = frozenset(
    "mr mrs ms messrs dr prof gen lt col maj sgt cpl pvt capt cmdr adm brig gov sen rep rev hon "
    "pres supt mt ft vs cf approx e.g i.e".split()
)
# Abbreviations that stand before a number ("No. 10"): they end a sentence unless a digit follows.
_BEFORE_NUMBER = frozenset("no nos vol n° nº".split())
# Abbreviations that often close a sentence ("... Apple Inc. The company ...") as well as sit inside
# one ("Apple Inc. CEO", "Nov. 28"); like initials and acronyms they end a sentence only when the
# next word is a typical sentence opener.
_AMBIGUOUS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec st ave blvd rd jr sr inc corp ltd co bros "
    "plc llc".split()
)
_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There Here "
    "But And Or So Yet Still However Meanwhile Moreover Instead Earlier Later Now Then Last "
    "In On At As After Before When While If Although Though Since Because During For With "
    "Some Many Most Both All One No Not What Who Why How".split()
)


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of one plain-text paragraph.

    Spans are trimmed of whitespace and together cover every non-space character exactly once, so
    nothing of the text is lost; the last sentence ends at the end of the text, punctuated or not.
    ``language`` (``de``, ``fr``, ``es``, ``it``; English by default) adds that language's
    abbreviations and ordinal dates (see ``abbreviations``).
    """
    rules = rules_for(language)
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _BOUNDARY.finditer(text, start):
        if _ends_sentence(match, rules) and not _ENUMERATOR.fullmatch(text, start, match.end(2)):
            spans.append((start, match.end(3)))
            start = match.end()
    rest = text[start:].rstrip()
    if rest:
        spans.append((start, start + len(rest)))
    return spans


def _ends_sentence(match: re.Match[str], rules: LanguageRules) -> bool:
    """Decide whether a candidate boundary really ends the sentence.

    The next sentence must open with something that can open one (a capital, a digit, a quote),
    which alone keeps ``"Is it over?" she asked`` together. A bare period is then checked against
    the abbreviation lists; "etc." is deliberately in none of them, since followed by a capital it
    nearly always closes a list and the sentence with it.
    """
    token, stop, _closing, following = match.groups()
    if not _can_open(following):
        return False
    if stop != ".":
        return True
    # "Aoraki-Mt." and "l'Avv." are the abbreviations "Mt." and "Avv." joined to a word: judge
    # the part after the hyphen or the elided article.
    word = _JOINED.split(token.lstrip(_OPENERS).rstrip(_CLOSERS).lower())[-1]
    if word in _CONTINUING or word in rules.continuing:
        return False
    if word in _BEFORE_NUMBER or word in rules.before_number:
        return not following.isdigit()
    if word.isdigit() and len(word) <= 3:  # "am 31. Oktober", "die 3. Liga"
        return not _is_ordinal(match.string, match.end(), rules)
    if word in MONTHS and following.isdigit():  # "30 Ago. 1984"
        return False
    if word in _AMBIGUOUS or word in rules.ambiguous or _INITIALS.fullmatch(word):
        return _opens_sentence(match.string, match.end(), rules)
    return True


def _is_ordinal(text: str, pos: int, rules: LanguageRules) -> bool:
    """Whether a number and a period before ``pos`` are an ordinal: before a month name in any
    language, and in German before any capitalised word that does not open sentences."""
    word = _WORD.match(text, pos)
    if word is None:
        return False
    if word.group().lower() in MONTHS:
        return True
    return rules.ordinal_before_nouns and word.group() not in rules.starters


def _can_open(char: str) -> bool:
    """A sentence opens with a letter that is not lowercase (uncased scripts count), a digit, a
    quote, a bracket or a currency sign."""
    if char.isalpha():
        return not char.islower()
    return char.isdigit() or char in _OPENERS or char in "$€£¥"


def _opens_sentence(text: str, pos: int, rules: LanguageRules) -> bool:
    """Whether the text at ``pos`` looks like the start of a sentence rather than the rest of a
    name: an opening quote, or a word from the short list of common sentence openers."""
    if text[pos] in _OPENERS:
        return True
    word = _WORD.match(text, pos)
    return word is not None and (word.group() in _STARTERS or word.group() in rules.starters)


# Python's regex engine pays for every position it tries, so each pattern below is only run on a
# sentence that contains one of its cue words (a plain substring test): most sentences skip most
# patterns, which keeps attribution and hedges cheap next to the sentence splitter.
_REPORTING_VERBS = tuple(
    "said says reported reports added adds wrote writes told tells stated".split()
)
_VERB_CUES = (*_REPORTING_VERBS, "claimed")
_CITING_CUES = ("according", "citing")
# "claimed" counts only as a reporting verb (before a comma, a stop, "that" or "to"), so "claimed
# responsibility" neither attributes nor hedges.
_CLAIMED = r"claimed(?=\s*(?:[,.;:]|that\b|to\b|$))"
# "told" before someone and "to" gives an order, it reports nothing: "a man outside the Sam's
# Club told the driver to stop". The someone is at most four words, so the check stays linear.
_NOT_AN_ORDER = r"(?!\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?\s+to\s+[a-z])"
_VERB = (
    rf"(?:{'|'.join(v for v in _REPORTING_VERBS if v not in ('told', 'tells'))}|"
    rf"(?:told|tells){_NOT_AN_ORDER}|{_CLAIMED})"
)
# A named speaker may also be "reporting" or have "confirmed": "10News in San Diego is reporting
# that ...", "CNN has confirmed Gupta has been approached".
_NEWS_VERB = r"(?:(?:is|are|was|were)\s+)?reporting|(?:(?:has|have|had)\s+)?confirmed"
_OPENING = r"(?!(?:If|When|Once|Unless|As|Although|While|After|Before|Until)\b)"
"""Words that open a clause, not a name: "If confirmed by the Senate" cites nobody."""
# A name is at most MAX_NAME_WORDS words of at most MAX_NAME_WORD_LENGTH characters (no real
# speaker is longer): unbounded, a search that fails at the end of a long run of capitalised words
# or initials would retry the whole run from each of its words, quadratic in the run's length.
MAX_NAME_WORDS = 8
MAX_NAME_WORD_LENGTH = 40
_NAME_WORD = (
    rf"(?:(?:[A-Z]\.){{2,{MAX_NAME_WORDS}}}|\d{{1,4}}[A-Z][\w’'&-]{{0,{MAX_NAME_WORD_LENGTH}}}(?![\w’'&-])|"
    rf"(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ][\w’'&-]{{0,{MAX_NAME_WORD_LENGTH}}}(?![\w’'&-]))"
)
_NOT_A_NAME = (
    r"(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There|Some|Many|Most|Both|All|One|"
    r"Others|Who)\b)"
)
_NAME = (
    rf"(?:[Tt]he\s+)?{_NOT_A_NAME}{_NAME_WORD}"
    rf"(?:\s+(?:(?:bin|ibn|de|van|von|der|da|di|of)\s+)?{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
)
_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_IN_PLACE = rf"(?:\s+in\s+(?!{_CALENDAR}){_NAME})?"
_DETERMINER = r"(?i:a|an|the|one|two|three|four|several|some|many|other|multiple)"
_SOURCE_NOUN = (
    r"(?:sources?|officials?|diplomats?|insiders?|analysts?|witness(?:es)?|people|persons?|"
    r"spokes(?:person|man|woman)|documents?|reports?|statements?|releases?|media|outlets?)"
)
# Who speaks before a reporting verb may also be an officer ("a California Highway Patrol
# officer said"); not after "according to", where "the charges, two officers" is no source.
_SPEAKER_NOUN = rf"(?:{_SOURCE_NOUN}|officers?)"
# Where an unnamed source speaks from: "a spokesperson at naval headquarters", "an official
# with the agency". At most four words, so the search stays linear.
_PLACED = r"(?:\s+(?:at|for|with|from|of|in)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?"
_DESCRIBED = r"(?:[\w’'-]+,?\s+(?:and\s+)?){0,5}?"
_ACCORDING = r"\b(?i:according\s+to)\s+"
_CITES = r"\b(?i:according\s+to|citing)\s+"
# A name that is the whole object of a citation: it must end the clause, so "according to Russian
# state media" is not cut short to "Russian".
_WHOLE_NAME = rf"({_NAME})(?=\s*(?:[,;:!?)”\"’]|\.(?!\w)|$))"
# ", citing anonymous sources," or ", according to a diplomat," between a speaker and its verb is
# the speaker's own source, so the speaker stays the source the sentence cites. The aside spans at
# most four commas ("citing Russian, regional and Western sources,"), which keeps the search
# linear however many asides a hostile line strings together.
_ASIDE = rf"(?:,\s+{_CITES}(?:[^,;]+,){{1,4}}?)?"
# A headline credits the whole line to an agency at its end: "... – Reuters", "... - Reuters",
# "... | Reuters", "... (Reuters)". The dash must stand apart, so "Coca-Cola" credits nobody.
_CREDIT_CUES = ("-", "–", "—", "|")

_CREDITS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (_CREDIT_CUES, re.compile(rf"\s[-–—|]\s+({_NAME})\s*$")),
    (("(",), re.compile(rf"\s\(({_NAME})\)\s*$")),
)
# Only a news organisation is a credit: "Chelsea appoint new manager - Jose Mourinho" names the
# manager, "Arsenal 2 - Chelsea" a score, "Talks collapse - EU" a party. An organisation is an
# acronym (AFP, BBC, TASS) other than a country's or a bloc's, or a name holding a word that news
# organisations carry.
_OUTLET = re.compile(
    r"^(?:[Tt]he\s+)?(?!(?:US|USA|UK|EU|UN|UAE|NATO|USSR|OPEC|ASEAN|G7|G20)$)[A-Z]{2,6}$|"
    r"\b(?:Reuters|Bloomberg|Interfax|Xinhua|Kyodo|Yonhap|Anadolu|"
    r"Tass|News|Press|Times|Post|Agency|Wire|Journal|Herald|Telegraph|Guardian|Tribune|Gazette|"
    r"Daily|Radio|TV|Television|Broadcasting|Independent|Observer|Express|Chronicle|Monitor)\b"
)


def names_an_outlet(source: str) -> bool:
    """Whether a cited source is a news organisation ("Reuters", "the New York Times", "AFP")."""
    return bool(_OUTLET.search(source))


_ATTRIBUTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # "according to Bloomberg", "according to the Kremlin.": the writer's own named source.
    (("according",), re.compile(rf"{_ACCORDING}{_WHOLE_NAME}")),
    # "..., Reuters reported", "Bloomberg wrote", "Hadi al-Bahra claimed", "Bloomberg, citing
    # anonymous sources, reported": a named speaker before a reporting verb, the most common
    # formula and the most specific one.
    # "a spokeswoman for Beaumont Hospital in Royal Oak said": the place belongs to the
    # speaker's name, a month does not ("the Navy in November said"), nor is a month or a
    # weekday a speaker. A possessive is no speaker: "Obama's reported choice" is a choice
    # reported.
    (
        _VERB_CUES,
        re.compile(
            rf"(?<![\w’'&-])(?!{_CALENDAR})({_NAME}{_IN_PLACE})(?<![’']s){_ASIDE}\s+{_VERB}\b"
        ),
    ),
    # "10News in San Diego is reporting that", "CNN has confirmed": news told by a named outlet.
    (
        ("reporting", "confirmed"),
        re.compile(rf"(?<![\w’'&-]){_OPENING}({_NAME}{_IN_PLACE}){_ASIDE}\s+(?:{_NEWS_VERB})\b"),
    ),
    # "a Western security source told ...", "the outlet's source said": an unnamed speaker.
    (
        _VERB_CUES,
        re.compile(
            rf"\b({_DETERMINER}\s+{_DESCRIBED}{_SPEAKER_NOUN}{_PLACED}){_ASIDE}\s+{_VERB}\b"
        ),
    ),
    # "citing the Kremlin", "according to a Russian diplomatic source", "citing anonymous
    # sources": a source cited without a speaker found above. "Citing" is what a reporting
    # subject does, so when the sentence names that subject, the subject is the source as
    # written and these come last.
    (("citing",), re.compile(rf"\b(?i:citing)\s+{_WHOLE_NAME}")),
    (_CITING_CUES, re.compile(rf"{_CITES}((?:{_DETERMINER}\s+)?{_DESCRIBED}{_SOURCE_NOUN})\b")),
)

# The most common newsroom attribution is lower-case and mid-sentence: "police said", "police
# there have said", "officials told reporters", "sources say", "according to the county fire
# service". A group noun before a reporting verb, or a lower-case phrase that closes an
# "according to" clause. They are tried after ``_ATTRIBUTIONS``, so a named source wins. The
# words of a phrase are separated by whitespace and at most six, which keeps the search linear.
_GROUP_SOURCE = (
    r"(?i:(?:local\s+|state\s+|federal\s+|military\s+|government\s+|hospital\s+)?"
    r"(?:police|officials|authorities|sources|investigators|witnesses|prosecutors|officers|"
    r"firefighters|rescuers|doctors|residents|organisers|organizers|paramedics|troops|"
    r"the\s+military|the\s+army|the\s+government|the\s+ministry|the\s+company|the\s+family|"
    r"(?:the\s+)?navy|the\s+coast\s+guard))"
)
# A second source joined to the first: "police and the woman's friend said". At most three
# words, so the search stays linear.
_JOINED_SOURCE = r"(?:\s+and\s+(?:(?:the|a|an|his|her|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
# Words of a speaker named after the verb that are not capitalised: titles and the bodies
# they serve ("said Troy police Lt. Gerry Scherlinck", "said an officer").
_AFTER_VERB_WORDS = (
    r"(?:police|spokes(?:man|woman|person)|officer|official|chief|deputy|director|head|"
    r"of|for|at|the|and|state|county|city)"
)
_LOWER_CASE_ATTRIBUTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("said", "say", "told", "tell", "report", "stated", "added", "confirmed"),
        # The verb stays lower-case: "Police Say" in a title-case headline is no citation.
        re.compile(
            rf"(?<![\w’'-])({_GROUP_SOURCE}{_JOINED_SOURCE})(?:\s+there)?(?:\s+(?:have|had|has))?\s+"
            rf"(?:said|say|says|(?:told|tell){_NOT_AN_ORDER}|reported|report|stated|added|"
            rf"confirmed)\b"
        ),
    ),
    # The speaker after the verb, which closes the sentence or the clause: '..., said Troy
    # police Lt. Gerry Scherlinck.', '"...," said an officer.'. The speaker is at most eight
    # words, capitalised or titles; "..., said he didn't hear" names no one.
    (
        ("said", "says", "added"),
        re.compile(
            rf"[,”\"’]\s*(?:said|says|added)\s+(?!{_CALENDAR})("
            rf"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'.&-]{{0,40}}|{_AFTER_VERB_WORDS})\s+){{0,7}}?"
            rf"(?:[A-Z][\w’'&-]{{0,40}}|{_SPEAKER_NOUN}|police))"
            rf"(?=\s*(?:[,;:!?]|\.?[”\"’]?\s*$))"
        ),
    ),
    (
        ("according",),
        re.compile(
            r"\b(?i:according\s+to)\s+((?:the\s+|a\s+|an\s+)?[a-z][\w’'-]*"
            r"(?:\s+[a-z][\w’'-]*){0,5}?)(?=\s*(?:[,;:!?)”\"’]|\.(?!\w)|$))"
        ),
    ),
)

_HEDGE_WORDS = tuple(
    "reportedly allegedly alleges allege likely probably possibly apparently might".split()
)
_HEDGE_CUES = (*_HEDGE_WORDS, "said", "believed", "claimed", "may", "could")
_HEDGE_CUES += ("thought", "understood", "expected", "estimated", "sources say", "appear", "seem")
# "may" only in lowercase, so the month "May" is no hedge; "could" only before "be"/"have", so
# ability ("he could not win", "whatever he could") is no hedge either. "appeared to have been
# the targets" and "it appears as if" hedge as "were believed to" does.
_HEDGE = re.compile(
    rf"\b(?:(?i:{'|'.join(_HEDGE_WORDS)}|could(?=\s+(?:be|have)\b)|"
    rf"(?:was|is|were|are)\s+said\s+to|believed\s+to|{_CLAIMED}|"
    rf"(?:is|are|was|were)\s+(?:thought|understood|expected)\s+to|an\s+estimated|"
    rf"sources\s+say|(?:appear|seem)(?:s|ed)?\s+to|it\s+(?:appear|seem)(?:s|ed)?)|may)\b"
)


def find_attribution(sentence: str, headline: bool = False) -> str | None:
    """Return the source the sentence cites, as written, or None when it cites nobody.

    A headline may end in a credit ("... – Reuters", "... (AFP)"), which covers the whole line,
    so it is looked for first. Then the patterns are tried in order and the first hit wins, so
    a named outlet or person is preferred over a generic "sources" phrase in the same sentence.
    """
    lowered = sentence.lower()
    for cues, pattern in _CREDITS if headline else ():
        found = pattern.search(sentence) if _has_cue(lowered, cues) else None
        if found and _OUTLET.search(found.group(1)):
            return found.group(1)
    for cues, pattern in (*_ATTRIBUTIONS, *_LOWER_CASE_ATTRIBUTIONS):
        found = pattern.search(sentence) if _has_cue(lowered, cues) else None
        if found:
            return _last_phrase(found.group(1))
    return None


_LAST_DESCRIBED = re.compile(rf",\s+({_DETERMINER}\s+[^,]*)$")


def _last_phrase(source: str) -> str:
    """The source without the end of the clause before it: in "... against the pirates in two
    boats, a Defence Ministry release said" the determiner "two" starts the search early, and
    the source is "a Defence Ministry release"."""
    found = _LAST_DESCRIBED.search(source)
    return found.group(1) if found else source


def find_hedges(sentence: str) -> tuple[str, ...]:
    """Return the hedging words of the sentence, lowercase, in order of appearance, once each."""
    if not _has_cue(sentence.lower(), _HEDGE_CUES):
        return ()
    found = (" ".join(match.group().lower().split()) for match in _HEDGE.finditer(sentence))
    return tuple(dict.fromkeys(found))


def _has_cue(lowered: str, cues: tuple[str, ...]) -> bool:
    return any(cue in lowered for cue in cues)


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Return the headline claim (if there is a title) and one claim per sentence of the body.

    Sentences are split block by block so none crosses a paragraph; ids count from 1 in reading
    order, the headline first. A section heading is shown on the article page but makes no
    claim: it labels the paragraphs below it ("What we know"), and matched it only pairs labels.
    """
    claims: list[Claim] = []
    title = article.title.strip()
    if title:
        start = article.title.index(title)
        claims.append(_claim(article, 1, "headline", (start, start + len(title)), None))
    for number, block in enumerate(article.blocks):
        if block.kind == "heading":
            continue
        for start, end in split_sentences(article.block_text(block), article.language):
            span = (block.start + start, block.start + end)
            claims.append(_claim(article, len(claims) + 1, "body", span, number))
    return tuple(claims)


def _claim(
    article: Article, index: int, role: ClaimRole, span: tuple[int, int], block: int | None
) -> Claim:
    """Build one claim; the span points into the title for the headline, else into the body."""
    start, end = span
    text = (article.title if role == "headline" else article.body)[start:end]
    return Claim(
        id=f"{article.id}-{index}",
        article_id=article.id,
        index=index,
        text=text,
        role=role,
        start=start,
        end=end,
        block=block,
        attribution=find_attribution(text, headline=role == "headline"),
        hedges=find_hedges(text),
    )
