"""Words of a claim reduced to comparable keys: the vocabulary that matching works on.

Outlets say the same thing in different words ("flew" / "was flown", "Moscow" / "Russia",
"airbase" / "air base", "organised" / "organized"). Matching compares keys, not surface words, so
each word is lower-cased, stripped of its possessive, mapped through aliases and irregular forms and
stemmed. The surface offsets are kept so that a difference can be shown on the original words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import snowballstemmer

WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)
"""A word: letters and digits, with inner apostrophes and points ("didn't", "U.S", "3.5"), or a
number written with thousands separators ("2,000" or "1,234.5", the same as "2000" and
"1234.5")."""
POSSESSIVE = re.compile(r"['’]s?$")
BRITISH_ISE = re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t via upon amid""".split()
)

# Reporting verbs and attribution words say who tells, not what is told: "Reuters reported" and
# "Bloomberg wrote" must not make two different claims look alike, nor hide a shared one.
REPORTING = frozenset(
    """say said says saying tell told tells telling report reported reports reporting reportedly
    add added adds write wrote written writes claim claimed claims according accordance cite cited
    citing cites source sources outlet agency news state stated states announce announced""".split()
)

IRREGULAR = {
    "flew": "fly",
    "flown": "fly",
    "flies": "fly",
    "fled": "flee",
    "left": "leave",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "held": "hold",
    "sought": "seek",
    "fought": "fight",
    "fell": "fall",
    "fallen": "fall",
    "won": "win",
    "lost": "lose",
    "met": "meet",
    "kept": "keep",
    "brought": "bring",
    "thought": "think",
    "began": "begin",
    "begun": "begin",
    "ran": "run",
    "spoke": "speak",
    "spoken": "speak",
    "knew": "know",
    "known": "know",
    "killed": "kill",
    "dead": "die",
    "died": "die",
    "death": "die",
    "deaths": "die",
    "struck": "strike",
    "shot": "shoot",
    "hit": "strike",
    "airplane": "plane",
    "aeroplane": "plane",
    "aircraft": "plane",
    "jet": "plane",
}

# Places stand for their governments in news prose, and demonyms for their countries.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "russia": ("russian", "russians", "moscow", "kremlin", "russian federation"),
    "ukraine": ("ukrainian", "ukrainians", "kyiv", "kiev"),
    "syria": ("syrian", "syrians", "damascus"),
    "united states": ("u.s", "us", "usa", "american", "americans", "washington", "white house"),
    "united kingdom": ("u.k", "uk", "britain", "british", "london", "downing street"),
    "china": ("chinese", "beijing"),
    "united nations": ("u.n", "un"),
    "european union": ("e.u", "eu", "brussels"),
    "turkey": ("turkish", "ankara", "turkiye", "türkiye"),
    "qatar": ("qatari", "doha"),
    "israel": ("israeli", "israelis"),
    "iran": ("iranian", "iranians", "tehran"),
}

NEGATION_WORDS = frozenset(
    {"not", "no", "never", "n't", "nor", "none", "nobody", "nothing", "neither"}
)
"""English words that deny what a sentence says."""

DENIALS_ABROAD = frozenset(
    """nicht kein keine keinen keinem keiner keines nichts nie niemals pas jamais aucun aucune
    rien nunca ningún ninguno ninguna nessun nessuno nessuna не нет никогда não nenhum nenhuma
    niet geen nooit ні ніколи немає""".split()
)
"""Words that deny in German, French, Spanish, Italian, Russian, Ukrainian, Portuguese and
Dutch, none of them an English word (helper-165's audit: "Die Polizei schließt
Brandstiftung nicht aus" and "... schließt Brandstiftung aus" were one claim, and the page
listed the denial as what all outlets agree on). Italian "non" is left out: "non-profit" is
read as the word "non"; Spanish "no" is English. Read only in lower case, and by the
differences only in an article of those languages: "Pas-de-Calais" and "Nie Haisheng" are names."""


def denies(text: str, tokens: Sequence[Token], place: int, capital: bool = True) -> bool:
    """Whether the word at ``place`` (one of ``DENIALS_ABROAD``) denies: written in lower case,
    or, with ``capital``, capitalised as the first word of the text, a quotation or a clause
    after a colon or a dash ("Keine Passagiere wurden verletzt"); not the "pas" of "faux pas". A
    capital elsewhere is a name: "Pas-de-Calais", "(Pas-de-Calais)", "Nie Haisheng"."""
    token = tokens[place]
    if place and tokens[place - 1].word == "faux":
        return False
    if text[token.start : token.start + 1].islower():
        return True
    before = text[: token.start].rstrip()
    return capital and (not before or before[-1] in OPENINGS)


OPENINGS = '"“„«‘:—–'
"""What may stand right before a sentence's or a clause's first word inside a text: a quotation
mark, a colon, a dash set apart (a hyphen or a bracket joins a name: "Nord-Pas-de-Calais")."""


NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
    "twenty": "20",
    "thirty": "30",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
}


class Token(NamedTuple):
    """A word of a claim: where it is in the text and the key it is compared by. A named tuple,
    not a dataclass: a story's claims make a hundred thousand of them, and a frozen dataclass
    takes ten times as long to make."""

    start: int
    end: int
    word: str
    key: str
    content: bool


TOKENISED_SENTENCES = 2048
"""Sentences a normaliser remembers the tokens of, the least recently asked for forgotten
first: a story's claims are tokenised for matching and again for their differences, and about
4 kB a sentence must not pile up over a long ``mkdocs serve``."""
TOKENISED_CHARACTERS = 1000
"""Longer sentences are not remembered: 2,048 sentences of 2,000 words kept about 1 GB alive
after a build; a sentence of this length or less keeps some 50 kB at most."""


class Normaliser:
    """Turns sentences into tokens with keys, under one alias table."""

    def __init__(self, aliases: Mapping[str, Iterable[str]] | None = None) -> None:
        table = {canonical: tuple(variants) for canonical, variants in DEFAULT_ALIASES.items()}
        for canonical, variants in (aliases or {}).items():
            table[canonical.lower()] = tuple(variants)
        self._single: dict[str, str] = {}
        self._phrases: dict[tuple[str, ...], str] = {}
        for canonical, variants in table.items():
            key = canonical.replace(" ", "_")
            for variant in (canonical, *variants):
                words = tuple(variant.lower().replace("-", " ").split())
                if len(words) == 1:
                    self._single[words[0]] = key
                elif words:
                    self._phrases[words] = key
        self._names = frozenset(canonical.replace(" ", "_") for canonical in table)
        self._longest_phrase = max((len(p) for p in self._phrases), default=1)
        self._phrase_starts = frozenset(phrase[0] for phrase in self._phrases)
        self._stemmer = snowballstemmer.stemmer("english")
        self._tokenised = lru_cache(maxsize=TOKENISED_SENTENCES)(self._split)
        # Bounded like ``_key``: the words of a build are far fewer, gibberish is not.
        self._word = lru_cache(maxsize=65536)(self._read_word)
        self._comparing = threading.local()  # each thread's ``remembering`` block, if any

    @property
    def _story(self) -> dict[str, tuple[Token, ...]] | None:
        story: dict[str, tuple[Token, ...]] | None = getattr(self._comparing, "story", None)
        return story

    def tokens(self, text: str) -> tuple[Token, ...]:
        """Split a sentence into tokens; multi-word aliases become one token."""
        story = self._story
        if story is not None:
            found = story.get(text)
            if found is None:
                found = story[text] = self._split(text)
            return found
        if len(text) > TOKENISED_CHARACTERS:
            return self._split(text)
        return self._tokenised(text)

    @contextmanager
    def remembering(self) -> Iterator[None]:
        """Remember the tokens of every sentence until the block ends, however many: a story
        of more claims than ``TOKENISED_SENTENCES`` (a long article, hundreds of outlets) had
        each claim tokenised again for its differences, and a claim's tokens live as long as
        the story's comparison anyway. Nested blocks share the outer block's memory; each
        thread has its own."""
        outer = self._story
        self._comparing.story = {} if outer is None else outer
        try:
            yield
        finally:
            self._comparing.story = outer

    def _split(self, text: str) -> tuple[Token, ...]:
        read = self._word
        words = [m.span() + read(m.group()) for m in WORD.finditer(text)]  # joined in C
        if self._phrase_starts.isdisjoint([word[2] for word in words]):
            return tuple(map(Token._make, words))  # no alias of several words (most sentences)
        result: list[Token] = []
        index = 0
        while index < len(words):
            taken = self._phrase_at(words, index)
            if taken:
                start, end = words[index][0], words[index + taken - 1][1]
                phrase = tuple(w[2] for w in words[index : index + taken])
                result.append(Token(start, end, " ".join(phrase), self._phrases[phrase], True))
                index += taken
                continue
            result.append(Token._make(words[index]))
            index += 1
        return tuple(result)

    def _read_word(self, found: str) -> tuple[str, str, bool]:
        """A word as found in a text -> the word folded, its key, whether it is a content word:
        each distinct word of a story is read once, not once each time it is used."""
        word = _fold(found)
        return word, self._key(word), _is_content(word)

    def _phrase_at(self, words: list[tuple[int, int, str, str, bool]], index: int) -> int:
        if words[index][2] not in self._phrase_starts:
            return 0
        for length in range(min(self._longest_phrase, len(words) - index), 1, -1):
            if tuple(w[2] for w in words[index : index + length]) in self._phrases:
                return length
        return 0

    def key(self, word: str) -> str:
        """The key of one lower-case word, as ``tokens`` would give it."""
        return self._key(word)

    def one_name(self, text: str) -> str:
        """The name of the alias table that all of ``text`` but "the" is ("The EU", "the
        European Union" and "Brussels" are ``european_union``), else ``""``: a demonym in a
        longer text ("a Russian journalist") is no government ("the Kremlin")."""
        tokens = [token for token in self.tokens(text) if token.word not in ("the", "a")]
        return tokens[0].key if len(tokens) == 1 and tokens[0].key in self._names else ""

    @lru_cache(maxsize=65536)  # noqa: B019 - one normaliser lives for a whole build
    def _key(self, word: str) -> str:
        if word in self._single:
            return self._single[word]
        if word in IRREGULAR:  # stemmed like the regular forms: "flew" as "flying", not "fly"
            return str(self._stemmer.stemWord(IRREGULAR[word]))
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
        if word[0].isdigit():
            return word.replace(",", "")
        return str(self._stemmer.stemWord(BRITISH_ISE.sub(r"iz\1", word)))

    def join_compounds(self, sentences: list[tuple[Token, ...]]) -> list[tuple[Token, ...]]:
        """Join adjacent words that the same story also writes as one word ("air base"/"airbase").

        The rule is story-local: a pair is joined only when its concatenation occurs as a single
        word somewhere in the story, so no dictionary of compounds is needed.
        """
        vocabulary = {token.word for tokens in sentences for token in tokens}
        return [self._join(tokens, vocabulary) for tokens in sentences]

    def _join(self, tokens: tuple[Token, ...], vocabulary: set[str]) -> tuple[Token, ...]:
        if not any(
            first.content and second.content and first.word + second.word in vocabulary
            for first, second in pairwise(tokens)
        ):
            return tokens  # most sentences join no words: looked over once, not rebuilt
        out: list[Token] = []
        index = 0
        while index < len(tokens):
            if index + 1 < len(tokens):
                first, second = tokens[index], tokens[index + 1]
                compound = first.word + second.word
                if first.content and second.content and compound in vocabulary:
                    out.append(Token(first.start, second.end, compound, self._key(compound), True))
                    index += 2
                    continue
            out.append(tokens[index])
            index += 1
        return tuple(out)


@lru_cache(maxsize=8)
def normaliser(aliases: tuple[tuple[str, tuple[str, ...]], ...]) -> Normaliser:
    """The normaliser of an alias table (``AlignOptions.aliases``), one per table, so that a
    sentence it has tokenised once is not tokenised again."""
    return Normaliser(dict(aliases))


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lower-case a word and drop its possessive, so "Russia's" compares as "russia". Words
    recur across a story's sentences: each is folded once."""
    word = word.lower()
    if len(word) > 2:
        word = POSSESSIVE.sub("", word)
    return word


@lru_cache(maxsize=65536)
def _is_content(word: str) -> bool:
    return (word not in STOPWORDS and word not in REPORTING and len(word) > 1) or word.isdigit()


# Words news reports use for the same thing. They are related, not equal: a pair earns part of
# a word's weight in the story overlap (matching.overlap._soft_overlap), never a paraphrase
# feature. The list is general news vocabulary, not taken from any evaluation story.
RELATED_WORD_GROUPS = (
    "kill killed killing dead death died dies die fatal fatally slain perish perished",
    "shoot shot shooting shooter gunman gunmen gunfire gunshot",
    "arrest arrested detained detain custody apprehended nabbed",
    "injure injured injuries hurt wounded wounding",
    "attack attacked assault raid",
    "sacked dismissed terminated ousted",
    "crash collision accident wreck",
    "nominate nominated nomination pick picked chose chosen choose select selected tapped "
    "appoint appointed",
    "police officers officer cops cop deputies",
    "boat boats vessel vessels ship ships",
    "drunk drunken dui dwi intoxicated",
    "buy bought acquire acquired acquisition purchase purchased takeover",
    "quake earthquake tremor temblor",
    "flee fled escape escaped",
    "announce announced unveil unveiled reveal revealed",
    "rise rose increase increased jump jumped surge surged climb climbed",
    "fall fell drop dropped decline declined plunge plunged",
    "jail jailed prison imprisoned",
    "explosion blast bomb exploded",
    "protest protests demonstration demonstrators protesters rally",
    "rescue rescued saved",
    "storm hurricane cyclone typhoon",
)
