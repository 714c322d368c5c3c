"""The shortcuts that make comparing a story fast give what the plain computations give."""

from __future__ import annotations

import difflib
import gc
import itertools
import math
import re
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from unittest.mock import patch

import numpy as np
import pytest
from cydifflib import SequenceMatcher
from hypothesis import given
from hypothesis import strategies as st

from mkdocs_claimdiff import normalise
from mkdocs_claimdiff.claims import hedges as claim_hedges
from mkdocs_claimdiff.claims.attribution import has_cue
from mkdocs_claimdiff.differences import (
    attributions,
    bearings,
    days,
    given_names,
    hedges,
    name_forms,
    names,
    negations,
    numbers,
    slots,
    source_identity,
    source_words,
)
from mkdocs_claimdiff.differences.names import CAPITALS_SHARE, in_capitals
from mkdocs_claimdiff.differences.slots import WORDS
from mkdocs_claimdiff.matching import align, sparse
from mkdocs_claimdiff.matching.bounds import _indel_ratio
from mkdocs_claimdiff.matching.prepared import _as_strings
from mkdocs_claimdiff.matching.sentences import Rarity, _capitalised, is_number, prepare_all
from mkdocs_claimdiff.matching.sparse import (
    _entries,
    _incidence,
    _letter_trigrams,
    _runs,
    _sets,
)
from mkdocs_claimdiff.normalise import Normaliser
from mkdocs_claimdiff.options import AlignOptions

from ..conftest import demo_comparison
from .test_differences import claim

SENTENCES = [
    "The navy seized the pirates.",
    "Pirates seized a tanker; the navy gave chase.",
    "The navy seized the pirates.",
    "Somali pirates seized the tanker and fled in 2009.",
    "",
]


def longest_common_subsequence(left: Sequence[str], right: Sequence[str]) -> int:
    """The textbook dynamic programme."""
    row = [0] * (len(right) + 1)
    for item in left:
        previous = row[:]
        for index, other in enumerate(right):
            row[index + 1] = (
                previous[index] + 1 if item == other else max(row[index], previous[index + 1])
            )
    return row[-1]


def test_word_weights_are_the_inverse_document_frequency_of_the_sentences() -> None:
    sentences = prepare_all(SENTENCES, Normaliser())
    rarity = Rarity(sentences)
    count = len(SENTENCES)
    # "pirat" is in four sentences, "navi" in three, "tanker" in two and "2009" in one: a key
    # one sentence uses (or none) weighs as much as one two sentences share.
    keys = ["pirat", "navi", "tanker", "2009", "never-seen", "pirat"]
    uses = [4, 3, 2, 2, 2, 4]
    assert rarity.of(keys).tolist() == [math.log((count + 1) / used) for used in uses]
    assert rarity.largest == math.log((count + 1) / 2)
    assert rarity.of([]).tolist() == []


@pytest.mark.parametrize(
    "table", [0, sparse.TRIGRAM_TABLE, 10**6], ids=["sorted", "default", "table"]
)
@pytest.mark.parametrize(
    "texts",
    [["banana", "bandana", "", "a", "café 😀😀", "\ud800x😀"], ["ab", "ba", "aba"], [""], []],
)
def test_the_letter_trigram_matrix_counts_the_runs_of_three_characters_two_sentences_share(
    monkeypatch: pytest.MonkeyPatch, texts: list[str], table: int
) -> None:
    """Each sentence with a space either side: "ab" has the runs " ab" and "ab ". The runs
    are numbered in the order of their characters, from a table or sorted."""
    monkeypatch.setattr(sparse, "TRIGRAM_TABLE", table)
    runs = [{f" {text} "[at : at + 3] for at in range(len(text))} for text in texts]
    matrix = _letter_trigrams(texts)
    shared = (matrix @ matrix.T).toarray()
    for (i, left), (j, right) in itertools.product(enumerate(runs), repeat=2):
        assert shared[i, j] == len(left & right)
    numbered = sorted(set().union(*runs), key=lambda run: [ord(letter) for letter in run])
    columns = {run: numbered.index(run) for run in numbered}
    for row, found in enumerate(runs):
        assert matrix[row].indices.tolist() == sorted(columns[run] for run in found)


@given(st.lists(st.lists(st.sampled_from("ab cd e"), max_size=12), min_size=2, max_size=6))
def test_the_subsequence_ratio_is_twice_the_longest_common_subsequence_over_both_lengths(
    sequences: list[list[str]],
) -> None:
    """The word and character ratios, from rapidfuzz on keys spelt as one character each."""
    sizes = np.array([len(keys) for keys in sequences], dtype=np.int64)
    texts = _as_strings(_entries(sequences, {})[1], sizes)
    lengths = sizes.astype(float)
    pairs = list(itertools.product(range(len(sequences)), repeat=2))
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    ratio = _indel_ratio(texts, lengths, left, right)
    for (i, j), found in zip(pairs, ratio, strict=True):
        assert len(texts[i]) == len(sequences[i])
        total = len(sequences[i]) + len(sequences[j])
        common = longest_common_subsequence(sequences[i], sequences[j])
        assert found == (2 * common / total if total else 1.0)
    assert ratio[0] == 1.0


@given(st.lists(st.lists(st.sampled_from(["a", "b", "c", "ab", ""]), max_size=9), max_size=6))
def test_the_word_pair_and_triple_matrices_count_the_runs_two_sentences_share(
    sentences: list[list[str]],
) -> None:
    """Read from the words' numbers in numpy: as many as the sets of tuples of words share."""
    rows, codes = _entries(sentences, {})
    for width in (1, 2, 3):
        runs = [set(zip(*(words[at:] for at in range(width)), strict=False)) for words in sentences]
        matrix = _sets(*_runs(rows, codes, width), len(sentences))
        shared = (matrix @ matrix.T).toarray()
        assert matrix.shape[0] == len(sentences)
        for (i, left), (j, right) in itertools.product(enumerate(runs), repeat=2):
            assert shared[i, j] == len(left & right)


@given(
    st.lists(st.lists(st.integers(0, 3), max_size=7), max_size=5),
    st.sampled_from([1, 2**20, 2**31, 2**40]),
)
def test_runs_are_numbered_in_the_order_of_their_words_however_many_words_there_are(
    sentences: list[list[int]], scale: int
) -> None:
    """A run's number is its rank among the distinct runs, by its words' numbers in turn:
    whether its words make one integer or it is renumbered on the way (more distinct words
    than three make in 62 bits)."""
    rows = np.repeat(np.arange(len(sentences)), [len(words) for words in sentences])
    codes = np.array([word * scale for words in sentences for word in words], dtype=np.int64)
    for width in (1, 2, 3):
        runs = [
            (row, tuple(words[at : at + width]))
            for row, words in enumerate(sentences)
            for at in range(len(words) - width + 1)
        ]
        ranks = {run: rank for rank, run in enumerate(sorted({run for _, run in runs}))}
        found_rows, numbers = _runs(rows.astype(np.int64), codes, width)
        assert found_rows.tolist() == [row for row, _ in runs]
        assert numbers.tolist() == [ranks[run] for _, run in runs]


def test_matrices_that_share_numbering_share_columns() -> None:
    ids: dict[str, int] = {}
    first = _incidence([["navy", "ship"], ["ship"]], ids)
    second = _incidence([["pirates", "navy"]], ids)
    assert ids == {"navy": 0, "ship": 1, "pirates": 2}
    assert first.toarray().tolist() == [[1, 1], [0, 1]]
    assert second.toarray().tolist() == [[1, 0, 1]]


def test_highlights_are_the_words_outside_difflibs_matching_blocks() -> None:
    """A claim's words marked as its partners do not say them are the content words outside
    difflib's matching blocks against its partners' words that none of those words has, as
    they were first read; the blocks are no longer computed (a word in one is a partner's)."""
    comparison = demo_comparison()
    claims = [claim for entry in comparison.articles for claim in entry.claims]
    words = {claim.id: WORDS.tokens(claim.text) for claim in claims}
    marked = 0
    for claim_id, others in comparison.partners.items():
        own = words[claim_id]
        theirs = [token.key for other in others for token in words[other]]
        blocks = difflib.SequenceMatcher(
            None, [token.key for token in own], theirs, autojunk=False
        ).get_matching_blocks()
        kept = {index for block in blocks for index in range(block.a, block.a + block.size)}
        expected = [
            (token.start, token.end)
            for index, token in enumerate(own)
            if token.content and index not in kept and token.key not in theirs
        ]
        found = align._differing_spans(own, frozenset(theirs))
        # Runs of marked words are one span: the words a reader sees marked are those inside.
        shown = [(t.start, t.end) for t in own if any(h.start <= t.start < h.end for h in found)]
        assert shown == expected
        marked += len(found)
    assert marked


def test_a_normaliser_remembers_every_sentence_while_a_story_is_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A normaliser remembers only ``TOKENISED_SENTENCES`` sentences; while a story is compared
    (``remembering``) it remembers all of them, so a story of more claims does not tokenise
    each again for its differences; after it, the story's sentences are no longer held."""
    monkeypatch.setattr(normalise, "TOKENISED_SENTENCES", 2)
    words = Normaliser()
    split = words._split
    asked: Counter[str] = Counter()

    def counted(text: str) -> tuple[normalise.Token, ...]:
        asked[text] += 1
        return split(text)

    monkeypatch.setattr(words, "_split", counted)
    texts = [f"Claim number {number} of the story." for number in range(5)]
    with words.remembering():
        first = [words.tokens(text) for text in texts]
        with words.remembering():
            assert [words.tokens(text) for text in texts] == first
    assert asked == Counter(texts)
    assert words._story is None
    assert [words.tokens(text) for text in texts] == first


def test_the_cycle_collector_runs_and_tokens_are_let_go_after_a_comparison_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(*_: object) -> None:
        raise RuntimeError("stop")

    fast = demo_comparison()
    monkeypatch.setattr(align, "_rows", fail)
    with pytest.raises(RuntimeError):
        align.compare(fast.story, tuple(e.claims for e in fast.articles), AlignOptions.create())
    assert gc.isenabled()
    assert WORDS._story is None


def test_a_build_process_ends_with_every_object_frozen_and_asks_for_it_once() -> None:
    """What a build leaves alive is frozen as the process ends, so that the cycle collector's
    last run skips it; asking on every build (``mkdocs serve``) registers one handler."""
    script = (
        "import atexit, gc\n"
        "atexit.register(lambda: print(len(calls), gc.get_freeze_count() > 0))\n"  # runs last
        "calls, freeze = [], gc.freeze\n"
        "gc.freeze = lambda: calls.append(freeze())\n"
        "from mkdocs_claimdiff import collector\n"
        "collector.skip_the_collection_at_exit()\n"
        "collector.skip_the_collection_at_exit()\n"
        "print(len(calls), gc.get_freeze_count())\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert ran.stdout.split() == ["0", "0", "1", "True"]


def test_each_thread_remembers_its_own_story() -> None:
    """Two stories compared at once in two threads: one ending does not make the other forget,
    nor leave its sentences held."""
    words = Normaliser()
    entered, leave = threading.Event(), threading.Event()
    seen: list[dict[str, tuple[normalise.Token, ...]] | None] = []

    def other_story() -> None:
        with words.remembering():
            words.tokens("A claim of the other story.")
            entered.set()
            leave.wait(5)
            seen.append(words._story)

    thread = threading.Thread(target=other_story)
    thread.start()
    entered.wait(5)
    with words.remembering():
        assert words._story == {}
        words.tokens("A claim of this story.")
    assert words._story is None
    leave.set()
    thread.join(5)
    assert seen and seen[0] is not None and list(seen[0]) == ["A claim of the other story."]
    assert words._story is None


HOSTILE_WORDS = st.lists(
    st.one_of(
        st.sampled_from(
            "not NOT No n't didn’t DIDN'T isnt well WELL Ill poorly under-equipped yet to YET "
            "wearing crampons Obama US iPhone É Élan ÉLAN İstanbul KELVIN Kelvin ſtate "
            "Russian Federation Russia's White House white house U.S air base airbase 2,000 "
            "May Friday O'Neill O’Neill Mc-Donald A.J. Smith said Reuters ⅧⅧⅧⅧ ǅǅǅ".split()
        ),
        st.text(alphabet="aAnNtTkK'’-.,\" İſéÉ0", max_size=8),
    ),
    max_size=14,
).map(" ".join)


@given(HOSTILE_WORDS)
def test_tokens_with_and_without_the_phrase_search_agree(text: str) -> None:
    """A sentence with no word that starts an alias of several words skips the phrase search:
    its tokens are those the search gives."""
    fast = Normaliser()
    searched = Normaliser()
    searched._phrase_starts = frozenset(token.word for token in fast._split(text)) | frozenset(
        searched._phrase_starts
    )
    assert fast._split(text) == searched._split(text)


@given(HOSTILE_WORDS)
def test_a_capital_is_read_in_place_as_the_pattern_reads_it(text: str) -> None:
    tokens = Normaliser()._split(text)
    expected = [
        position
        for position, token in enumerate(tokens)
        if re.match(r"^[A-Z][a-z]", text[token.start : token.end])
    ]
    assert _capitalised(text, tokens) == expected


@given(HOSTILE_WORDS)
def test_a_headline_in_capitals_is_told_as_letter_by_letter(text: str) -> None:
    letters = [character for character in text if character.isalpha()]
    capitals = sum(1 for character in letters if character.isupper())
    expected = len(letters) >= 8 and capitals >= CAPITALS_SHARE * len(letters)
    assert in_capitals(text) == expected


@given(HOSTILE_WORDS)
def test_claims_passed_over_for_polarities_have_none(text: str) -> None:
    """``read_polarities`` reads every word only where ``_POLAR_CUE`` finds one it may read."""
    found = negations.read_polarities(text, WORDS)
    if not negations._POLAR_CUE.search(text):
        assert found == ()
    everywhere = re.compile("")
    original, negations._POLAR_CUE = negations._POLAR_CUE, everywhere
    try:
        assert negations.read_polarities(text, WORDS) == found
    finally:
        negations._POLAR_CUE = original


@given(HOSTILE_WORDS)
def test_the_polarity_cue_is_searched_for_only_where_it_may_find_something(text: str) -> None:
    """``_polar_cue_finds`` gives what a search of ``_POLAR_CUE`` gives, ASCII text or not."""
    assert negations._polar_cue_finds(text) == bool(negations._POLAR_CUE.search(text))


@given(HOSTILE_WORDS)
def test_words_a_negation_leaves_unsaid_are_those_of_the_two_words_before(text: str) -> None:
    """``read_stated`` against its definition: a content word is stated unless one of the two
    words before it is a negation, or they are "yet to"; the word after it is none past an
    attribution ("0, isnt said": ``_SAID_AFTER``)."""
    tokens = WORDS.tokens(text)
    content = [index for index, token in enumerate(tokens) if token.content]
    expected: dict[tuple[str, str], tuple[str, tuple[int, int]]] = {}
    for position, index in enumerate(content):
        before = [token.word for token in tokens[max(0, index - 2) : index]]
        if before == ["yet", "to"] or any(map(slots.negates, before)):
            continue
        token = tokens[index]
        following = tokens[content[position + 1]].key if position + 1 < len(content) else ""
        if slots._SAID_AFTER.match(text, token.end):
            following = ""
        expected.setdefault(
            (token.key, following), (text[token.start : token.end], (token.start, token.end))
        )
    assert slots.read_stated(text, tokens) == expected


DAYS_AND_DATES = st.lists(
    st.one_of(
        st.sampled_from(
            "May MAY mAy may Sept. 3 3rd March march 31st DEC yeſterday TODAY Tonight tomorrow "
            "Friday FRIDAY ſunday early late in the end of November-end 2008 , . ( ) Day "
            "days 1990 1987 since from to between troops people was \u2013 20 19".split()
        ),
        st.text(alphabet="aAyYdDjJnNſK01239 .-\u2013", max_size=8),
    ),
    max_size=12,
).map(" ".join)


@given(DAYS_AND_DATES, st.sampled_from([None, "2009-05-08", "9999-12-31"]))
def test_claims_passed_over_for_days_have_none(text: str, published: str | None) -> None:
    """``read_days`` reads its patterns only where ``_DAY_CUE`` finds a part of them."""
    found = days.read_days(text, published)
    original, days._DAY_CUE = days._DAY_CUE, re.compile("")
    try:
        assert days.read_days(text, published) == found
    finally:
        days._DAY_CUE = original


FIGURES = st.lists(
    st.one_of(
        st.sampled_from(
            "one ONE someone phone Three twelve dozen $5 £ € 2:30 a.m. 1,000 2, 000ft AK-47 F-16 "
            "60 metres (200 feet) 48, 3.5 million ٣ ۵ 12th , . : -".split()
        ),
        st.text(alphabet="0123oneONE$£€.,:- ٣", max_size=8),
    ),
    max_size=12,
).map(" ".join)


@given(FIGURES)
def test_claims_passed_over_for_figures_have_none(text: str) -> None:
    """``read_quantities`` reads its pattern only where ``_QUANTITY_CUE`` finds a start."""
    found = numbers.read_quantities(text, WORDS, ())
    original, numbers._QUANTITY_CUE = numbers._QUANTITY_CUE, re.compile("")
    try:
        assert numbers.read_quantities(text, WORDS, ()) == found
    finally:
        numbers._QUANTITY_CUE = original


@given(st.one_of(DAYS_AND_DATES, FIGURES, HOSTILE_WORDS))
def test_a_text_that_lacks_the_parts_of_a_cue_has_no_match_of_it(text: str) -> None:
    """``slots.lacks`` says a text lacks the parts of a cue only where the cue finds nothing
    (every pair: ``test_fast_path_parts``)."""
    for parts, cue in (
        (days._DAY_PARTS, days._DAY_CUE),
        (days._MONTH_PARTS, days._MONTH_ONLY),
        (days._DAY_WORD_PARTS, days._DAY_WORDS),
        (days._YEAR_PARTS, days._YEAR),
        (bearings._WAYS, bearings._BEARING),
        (numbers._QUANTITY_PARTS, numbers._QUANTITY_CUE),
    ):
        if slots.lacks(slots.ascii_lower(text), parts):
            assert not cue.search(text)


def test_a_cue_is_found_in_each_of_its_words_but_not_in_a_text_without_any() -> None:
    """Every word a cue reads holds one of its parts, and a text of other words lacks them."""
    for word in ("Sept. 3", "Wednesday", "last night", "this evening", "in 1987", "May"):
        assert days._DAY_CUE.search(word) and not slots.lacks(word.lower(), days._DAY_PARTS)
    for word in ("6", "Seventeen", "ninety-one", "a dozen", "at midnight", "ELEVEN"):
        assert numbers._QUANTITY_CUE.search(word)
        assert not slots.lacks(word.lower(), numbers._QUANTITY_PARTS)
    for text in ("150 nautical miles East of Aden", "north-west of the Kremlin"):
        assert bearings._BEARING.search(text)
        assert not slots.lacks(text.lower(), bearings._WAYS)
    for parts in (days._DAY_PARTS, numbers._QUANTITY_PARTS):
        assert slots.lacks("the pirates seized a tanker off the coast.", parts)
    not_ascii = slots.ascii_lower("The pirates ſeized a tanker.")
    assert not_ascii is None and not slots.lacks(not_ascii, ("seized",))  # searched
    assert slots.word_parts(["seven", "seventeen", "six"]) == ("seven", "six")


SAYING = st.lists(
    st.one_of(
        st.sampled_from(
            "said SAID Said to To was were is are it he police reportedly may May could be "
            "thought sources say according \t \n ſaid saïd".split(" ")
        ),
        st.text(alphabet="saidtoSAIDTO \t\n", max_size=8),
    ),
    max_size=12,
).map(" ".join)


@given(SAYING)
def test_a_sentence_that_says_said_but_no_cue_has_no_hedge(text: str) -> None:
    """``find_hedges`` passes over a sentence whose only cue is "said" when it says no "said
    to": the pattern finds no hedge there either."""
    lowered = text.lower()
    if (
        "said" in lowered
        and not has_cue(lowered, claim_hedges._HEDGE_CUES)
        and not claim_hedges._SAID_TO_CUE.search(lowered)
    ):
        assert not claim_hedges._HEDGE.search(text)
        assert claim_hedges.find_hedges(text) == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said sources  say he fled.", ("sources say",)),
        ("Police said sources\nsay he fled.", ("sources say",)),
        ("Police said sources\u00a0say he fled.", ("sources say",)),
        ("The gunman was poſſibly armed, police said.", ("poſſibly",)),
        ("The gunman was lıkely armed, police said.", ("lıkely",)),
        ("The gunman was lİkely armed, police said.", ("li\u0307kely",)),
    ],
)
def test_a_hedge_is_found_whatever_its_spaces_and_case_folding(
    sentence: str, expected: tuple[str, ...]
) -> None:
    """Cues hold no space ("sources", not "sources say", which the pattern reads with any
    spaces), and a sentence that is not ASCII is searched whatever its cues: the pattern folds
    "ſ", "ı" and "İ" to ASCII letters that ``lower`` does not give."""
    assert claim_hedges.find_hedges(sentence) == expected


PLACES = st.lists(
    st.one_of(
        st.sampled_from("in from near of In OF Of, 59, Queens Raj Chohan \n , within".split(" ")),
        st.text(alphabet="inofrm \n,5A", max_size=6),
    ),
    max_size=14,
).map(" ".join)


@given(PLACES, st.integers(min_value=0, max_value=120))
def test_a_name_is_placed_where_the_pattern_reads_a_place_before_it(text: str, at: int) -> None:
    """``names._placed`` searches ``_WHERE_BEFORE`` only where a match could end: the same."""
    start = min(at, len(text))
    reach = max(0, start - names.WHERE_REACH)
    expected = names._WHERE_BEFORE.search(text, reach, start) is not None
    assert names._placed(text, start) == expected


def test_a_number_starts_with_what_a_pattern_reads_as_a_digit() -> None:
    """``is_number`` against the pattern ``^\\d`` it replaced, on every code point."""
    digit = re.compile(r"^\d")
    differ = [
        point
        for point in range(0x110000)
        if is_number(chr(point) + "x") != bool(digit.match(chr(point) + "x"))
    ]
    assert differ == []
    assert is_number("2009") and is_number("٣") and not is_number("²") and not is_number("")


@given(
    st.text(alphabet="aeinrstRTéE’'-.", max_size=12),
    st.text(alphabet="aeinrstRTéE’'-.", max_size=12),
)
def test_names_spelt_alike_are_those_of_the_standard_difflib(left: str, right: str) -> None:
    """``name_forms.alike`` reads difflib's ratio from ``cydifflib``: the same as the
    standard's."""
    compiled = name_forms.alike.__wrapped__(left, right)
    with patch.object(name_forms, "SequenceMatcher", difflib.SequenceMatcher):
        assert name_forms.alike.__wrapped__(left, right) == compiled
    for pair in ((left, right), (left + right, right + left), ("a" * 250 + left, "a" * 249)):
        assert SequenceMatcher(None, *pair).ratio() == difflib.SequenceMatcher(None, *pair).ratio()


HEDGING_WORDS = st.lists(
    st.sampled_from(
        "allegedly opened fire gunned down shot police said is thought to believed suspected of "
        "shooting accused killing likely may reportedly a man the driver was drunk Friday".split()
    ),
    min_size=1,
    max_size=14,
).map(" ".join)


@given(HEDGING_WORDS, HEDGING_WORDS)
def test_claims_that_hedge_nothing_differ_in_no_hedge(first: str, second: str) -> None:
    """``compare_slots`` reads a match for hedges only when a claim hedges anything."""
    left, right = claim(first), claim(second)
    if not hedges.hedges_anything(left) and not hedges.hedges_anything(right):
        assert hedges.hedge_differences(left, right) == []


A_CLAIM = claim("A claim.")


def people_and_places(*names: str) -> list[slots.Entity]:
    """An entity of each name (its words by spaces), as a person and as a place."""
    return [
        slots.Entity(name.title(), (0, 1), tuple(name.split()), place)
        for name in names
        for place in (False, True)
    ]


NAMED = people_and_places(
    *"zealand zealander oscar oscars johnson johnsonwas syria syrians rait raite s ians".split(),
    "new",
    "new zealand",
    "new zealanders",
    "johnson rait",
)


def slots_naming(entities: Sequence[slots.Entity]) -> slots.Slots:
    return slots.Slots(A_CLAIM, (), (), tuple(entities), (), (), ())


def test_an_entity_is_named_alike_where_a_word_by_word_comparison_says() -> None:
    """``names._named_alike`` skips the subsets when no word is shared and looks a last word up
    among the other claim's shortened ones (``name_forms``): what comparing every entity of
    the other claim, set by set and word by word, gives, for each name against none, one and
    two of them (places and people)."""

    def one_name(left: str, right: str) -> bool:
        shorter, longer = sorted((left, right), key=len)
        return longer.startswith(shorter) and longer[len(shorter) :] in {
            *name_forms.DEMONYM_ENDINGS,
            *name_forms.GLUED_WORDS,
        }

    for count in range(3):
        for others in itertools.combinations(NAMED, count):
            named = slots_naming(others)
            sets = [set(other.words) for other in others]
            surnames = {other.words[-1] for other in others if not other.place}
            for entity in NAMED:
                words, last = set(entity.words), entity.words[-1]
                expected = (
                    words in sets
                    or (not entity.place and last in surnames)
                    or any(words <= other or other <= words for other in sets)
                    or any(one_name(last, other.words[-1]) for other in others)
                )
                assert names._named_alike(entity, named) == expected, (entity, others)


_READ: list[slots.Slots] = []


@slots.once_per_claim
def _entity_texts(found: slots.Slots) -> tuple[str, ...]:
    _READ.append(found)
    return tuple(entity.text for entity in found.entities)


def test_what_is_read_once_per_claim_is_kept_in_its_slots_out_of_their_value() -> None:
    """``slots.once_per_claim`` reads each claim's slots once, keeps what it read in them
    (however often asked), and leaves the slots' fields, equality and ``repr`` as they were."""
    _READ.clear()
    first = slots_naming([slots.Entity("Rait", (0, 4), ("rait",), False)])
    second = slots_naming(first.entities)
    shown = repr(first)
    assert _entity_texts(first) is _entity_texts(first) and _entity_texts(first) == ("Rait",)
    assert _entity_texts(second) == ("Rait",) and [first, second] == _READ
    assert _READ[1] is second
    assert first == second and repr(first) == shown and hash(first) == hash(second)


def test_only_a_function_of_a_module_is_kept_once_per_claim() -> None:
    """What is kept is found by the function's name: two functions made by one factory (a
    count of "cat" and of "mat") would share one, and the second would answer the first's."""

    def count_of(word: str) -> Callable[[slots.Slots], int]:
        def count(found: slots.Slots) -> int:
            return found.claim.text.count(word)

        return slots.once_per_claim(count)

    with pytest.raises(ValueError, match="only a function of a module"):
        count_of("cat")


SPELT = people_and_places(
    "duncan rait",
    "duncan raite",
    "dunkan rait",
    "tasman glacier",
    "tasmen glacier",
    "academy award winner",
    "academy awards winner",
    "hurricane georges",
    "hurricane george",
    "rait",
    "john rait",
    "peter rait",
)


def test_a_name_is_spelt_two_ways_where_every_name_of_the_other_claim_says() -> None:
    """``names._spelt_in`` passes over the other claim when it shares no word with the name:
    what trying each of its names gives, for each name against none, one and two of them."""
    for count in range(3):
        for others in itertools.combinations(SPELT + NAMED[:6], count):
            named = slots_naming(others)
            for entity in SPELT + NAMED:
                expected = next((o for o in others if names._spelt_two_ways(entity, o)), None)
                assert names._spelt_in(entity, named) == expected, (entity, others)


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses told police the gunman fled, the chief said.",
        "The fire spread, Reuters reported, citing police and local officials.",
        "Police said the driver, Inspector Dave Gaskin told reporters, was drunk.",
        "It was arrested by the California Highway Patrol, a Highway Patrol officer says.",
        "According to police, citing witnesses, Gaskin said nothing.",
        "Nobody told anyone anything.",
    ],
)
def test_a_claim_mentions_a_source_where_its_words_in_pairs_say(text: str) -> None:
    """``attributions._mentions`` looks a source's words up in the claim's words that tell
    (before a word of saying, after one of citing), kept per claim: what reading the claim's
    words pair by pair gives."""
    said = [names.name_word(word) for word in names.NAME_WORDS.findall(text)]
    read = slots.Slots(claim(text), (), (), (), (), (), ())
    sources = "police|the chief|Reuters|witnesses|Inspector Gaskin|Dave Gaskin|local officials|Dave"
    for source in sources.split("|"):
        named = source_identity.words_of_source(source) - {"a", "an", "the", "one", "some", "local"}
        words = (named - slots.TITLES) or named
        expected = (
            bool(words)
            and any(
                (word in words and following in source_words.SAID)
                or (following in words and word in source_words.CITING)
                for word, following in itertools.pairwise(said)
            )
            and words <= set(said)
        )
        assert attributions._mentions(read, source) == expected, source


def test_a_name_the_other_claim_names_too_is_no_other_person_and_named_alike() -> None:
    """``names.name_differences`` passes over a name the other claim names with the same
    words once it is spelt no other way: ``another_person`` finds no one for it, and
    ``_named_alike`` says it is named, for each name against none, one and two others."""
    for count in range(1, 3):
        for others in itertools.combinations(SPELT + NAMED[:6], count):
            named = slots_naming(others)
            for entity in SPELT + NAMED:
                if entity.distinct in named.entity_sets:
                    own = slots_naming([entity])
                    assert given_names.another_person(entity, named, own) is None
                    assert names._named_alike(entity, named)
