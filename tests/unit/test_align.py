"""The matcher on sentences whose right answer a reader can check."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.matching import candidates
from mkdocs_claimdiff.matching.align import compare
from mkdocs_claimdiff.model import Article, Comparison, Story, assemble_body
from mkdocs_claimdiff.options import AlignOptions


def article(article_id: str, title: str, *paragraphs: str) -> Article:
    body, blocks = assemble_body([("paragraph", text) for text in paragraphs])
    return Article(article_id, Path(f"{article_id}.md"), "story", title, body, blocks)


def run(*articles: Article, **options: object) -> Comparison:
    story = Story("story", "Story", articles)
    return compare(story, [extract_claims(a) for a in articles], AlignOptions.create(**options))  # type: ignore[arg-type]


def matched(comparison: Comparison) -> set[tuple[str, str]]:
    texts = {c.id: c.text for e in comparison.articles for c in e.claims}
    return {(texts[m.claims[0]][:25], texts[m.claims[1]][:25]) for m in comparison.matches}


MOSCOW = article(
    "mt",
    "Russia's Foreign Minister Lavrov Spearheaded Efforts to Help Assad Flee Syria",
    "Russian Foreign Minister Sergei Lavrov spearheaded efforts to ensure Assad's safe escape "
    "from Syria as Damascus fell to Islamist rebels, Reuters reported Friday.",
    "Assad flew to Russia's Hmeimim air base on Sunday with his plane's transponder switched "
    "off to avoid detection, Reuters said. From there, he traveled to Moscow.",
    "Kremlin spokesman Dmitry Peskov said earlier this week that Russia's focus was now on "
    "its war in Ukraine.",
)
KYIV = article(
    "ki",
    "Russia convinced Assad to flee Syria amid rebel offensive, Bloomberg reports",
    "Assad was swiftly flown out of the country via a Russian airbase by Moscow's intelligence "
    "agents to avoid his capture by the rebels, Bloomberg wrote. The airplane’s transponder was "
    "likely turned off to avoid being tracked, the outlet's source said.",
    "Russian Deputy Foreign Minister Sergei Ryabkov confirmed on Dec. 10 that Russia is "
    "sheltering the ousted Syrian dictator.",
)


def test_same_claim_in_other_words_is_matched_many_to_many() -> None:
    pairs = matched(run(MOSCOW, KYIV))
    assert ("Assad flew to Russia's Hm", "Assad was swiftly flown o") in pairs
    assert ("Assad flew to Russia's Hm", "The airplane’s transponde") in pairs


def test_sentences_that_only_share_the_story_names_are_not_matched() -> None:
    pairs = matched(run(MOSCOW, KYIV))
    assert ("Russian Foreign Minister ", "Russian Deputy Foreign Mi") not in pairs
    assert not any(left.startswith("Kremlin spokesman") for left, _ in pairs)


def test_every_claim_is_in_exactly_one_row_in_its_own_column() -> None:
    comparison = run(MOSCOW, KYIV)
    seen = [
        (column, claim_id)
        for row in comparison.rows
        for column, cell in enumerate(row.cells)
        for claim_id in cell
    ]
    expected = [
        (column, claim.id)
        for column, entry in enumerate(comparison.articles)
        for claim in entry.claims
    ]
    assert sorted(seen) == sorted(expected)


def test_rows_keep_each_article_in_reading_order() -> None:
    comparison = run(MOSCOW, KYIV)
    for column in range(len(comparison.articles)):
        alone = [
            row.cells[column][0]
            for row in comparison.rows
            if row.shared_by == 1 and row.cells[column]
        ]
        indices = [comparison.claim(claim_id).index for claim_id in alone]
        assert indices == sorted(indices)
    first_row = comparison.rows[0]
    assert comparison.claim(first_row.cells[0][0]).role == "headline"


def test_highlights_mark_words_the_partner_does_not_say() -> None:
    comparison = run(MOSCOW, KYIV)
    flight = next(c for c in comparison.articles[0].claims if "Hmeimim" in c.text)
    marked = [flight.text[h.start : h.end] for h in comparison.highlights[flight.id]]
    assert "Hmeimim" in " ".join(marked)
    assert "transponder" not in " ".join(marked)
    assert "Assad" not in " ".join(marked)


def test_clashing_numbers_make_a_divergent_match() -> None:
    first = article(
        "a", "", "The storm killed 12 people in the coastal town of Riverton on Monday."
    )
    second = article(
        "b", "", "The storm killed 15 people in the coastal town of Riverton on Monday."
    )
    (match,) = run(first, second).matches
    assert match.kind == "differs"
    assert "number" in match.differences


def test_a_running_total_and_one_events_count_are_two_claims() -> None:
    """A running total against one operation's count ("31 magazines so far", "12 magazines
    during the operation"): the same words, two counts. No match is made, so no row says
    "differs: 31 vs 12"; the same figures with no running total are one claim told two ways,
    and differ."""
    total = article(
        "a",
        "",
        "So far, the Indian Navy has confiscated 14 AK-47 rifles, 31 magazines and 923 rounds"
        " of ammunition from pirates.",
    )
    operation = article(
        "b",
        "",
        "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of"
        " ammunition were confiscated from pirates.",
    )
    assert run(total, operation).matches == ()
    told_twice = article(
        "c",
        "",
        "The Indian Navy has confiscated 14 AK-47 rifles, 31 magazines and 923 rounds"
        " of ammunition from pirates.",
    )
    (match,) = run(told_twice, operation).matches
    assert match.kind == "differs" and match.differences == ("number",)
    # "a total of" sums up one event as often: two tolls of one stampede still differ
    one_event = article("d", "", "A total of 226 people died in the stampede at the temple.")
    toll = article("e", "", "Officials said 231 people died in the stampede at the temple.")
    (match,) = run(one_event, toll).matches
    assert match.kind == "differs" and match.differences == ("number",)


def test_a_number_with_thousands_separators_is_the_same_number() -> None:
    """Numbers "2,000" and "2000" agree, so neither is marked; a mark never cuts a number at its
    comma (the other claim's "1,000" does not make the "000" of "2,000" a shared word)."""
    first = article("a", "", "The flood forced 2,000 people from the town of Riverton on Monday.")
    second = article("b", "", "The flood forced 2000 people from the town of Riverton on Monday.")
    comparison = run(first, second)
    (match,) = comparison.matches
    assert match.kind == "same" and match.differences == ()
    assert not any(comparison.highlights.values())
    third = article("c", "", "Two climbers fell 600 metres (2,000 feet) from the ridge on Monday.")
    fourth = article("d", "", "Two climbers fell 1,000 feet from the ridge on Monday.")
    comparison = run(third, fourth)
    (claim,) = comparison.articles[0].claims
    marked = [claim.text[h.start : h.end] for h in comparison.highlights[claim.id]]
    assert marked == ["600 metres (2,000 feet)"], "the figure and its conversion, as one value"
    assert all(h.strong for h in comparison.highlights[claim.id])


def test_higher_threshold_matches_less() -> None:
    loose = run(MOSCOW, KYIV, threshold=0.1).matches
    strict = run(MOSCOW, KYIV, threshold=0.9).matches
    assert len(strict) < len(loose)


def test_user_aliases_join_names() -> None:
    first = article("a", "", "Lavrov met the envoy of the alliance in Geneva.")
    second = article("b", "", "Lavrov met the NATO envoy in Geneva.")
    plain = run(first, second).matches[0].score
    aliased = run(first, second, aliases={"nato": ["alliance"]}).matches[0].score
    assert aliased > plain


def test_the_seed_story_matches_what_both_outlets_report() -> None:
    from mkdocs_claimdiff.pipeline import compare_files

    from ..conftest import DEMO_ARTICLES

    story = DEMO_ARTICLES / "assad-escape"
    comparison, _ = compare_files(
        [story / "moscow-times.txt", story / "kyiv-independent.txt"], AlignOptions.create()
    )
    text = {c.id: c.text for e in comparison.articles for c in e.claims}
    pairs = [(text[m.claims[0]], text[m.claims[1]]) for m in comparison.matches]

    def matched(moscow: str, kyiv: str) -> bool:
        return any(moscow in a and kyiv in b for a, b in pairs)

    shared = [
        ("Hmeimim air base", "via a Russian airbase"),  # the flight
        ("transponder switched off", "transponder was likely turned off"),
        ("Russian intelligence agents reportedly organized", "by Moscow's intelligence agents"),
        ("during its 2015 military intervention", "deployed its troops to Syria in 2015"),
    ]
    for moscow, kyiv in shared:
        assert matched(moscow, kyiv), (moscow, kyiv)
    headlines = [
        ("Help Assad Flee Syria", "Russia convinced Assad to flee"),
        ("Russian intelligence agents reportedly organized", "Russia convinced Assad to flee"),
    ]
    expected = [*shared, *headlines]
    false = [p for p in pairs if not any(m in p[0] and k in p[1] for m, k in expected)]
    assert len(false) * 5 <= len(pairs), false
    assert not matched("Russian Foreign Minister Sergei Lavrov", "Deputy Foreign Minister")


def test_a_matched_claim_names_the_detail_that_differs() -> None:
    first = article(
        "a",
        "",
        "Rebels took the northern city of Aleppo on Friday after a week of fighting, "
        "according to Reuters.",
    )
    second = article(
        "b",
        "",
        "Rebels took the northern city of Aleppo on Saturday after a week of fighting, "
        "Bloomberg reported.",
    )
    (match,) = run(first, second).matches
    assert match.kind == "differs"
    assert "date" in match.differences and "source" in match.differences


def test_a_different_person_in_the_same_role_is_not_the_same_claim() -> None:
    first = article("a", "", "Foreign Minister Sergei Lavrov met the envoy in Geneva on Monday.")
    second = article("b", "", "Foreign Minister Sergei Ryabkov met the envoy in Geneva on Monday.")
    matches = run(first, second).matches
    assert all(m.kind == "differs" and "name" in m.differences for m in matches)


def test_chains_of_matches_do_not_pull_a_story_into_one_row() -> None:
    sentences = [
        "The storm hit the coastal town of Riverton on Monday night.",
        "Riverton lost power when the storm hit on Monday night.",
        "Power lines fell across Riverton and the mayor closed the schools.",
        "The mayor of Riverton closed the schools after power lines fell.",
    ]
    articles = [article(f"a{n}", "", *sentences) for n in range(4)]
    comparison = run(*articles)
    for row in comparison.rows:
        assert all(len(cell) <= 2 for cell in row.cells)
    assert len(comparison.rows) >= len(sentences) // 2


def test_a_chain_of_matches_does_not_put_two_different_claims_in_one_row() -> None:
    """The long sentence says what each short one says; the short ones say different things.
    Both matches are made, but the flood and the school closures stay in different rows, and
    each row's "shared by" counts only the outlets whose claims it shows."""
    flood = article("a", "", "The river flooded the old harbour of Riverton on Monday.")
    both = article(
        "b",
        "",
        "The river flooded the old harbour of Riverton on Monday and the mayor closed "
        "every primary school in the county.",
    )
    schools = article("c", "", "The mayor closed every primary school in the county.")
    comparison = run(flood, both, schools)
    pairs = {tuple(sorted(claim[0] for claim in m.claims)) for m in comparison.matches}
    assert pairs >= {("a", "b"), ("b", "c")} and ("a", "c") not in pairs
    for row in comparison.rows:
        filled = [index for index, cell in enumerate(row.cells) if cell]
        assert filled != [0, 1, 2]
        assert row.shared_by == len(filled)
    row_of = comparison.row_of
    assert row_of["a-1"] != row_of["c-1"]


def test_a_fragment_needs_more_than_one_shared_rare_word() -> None:
    """A two-word line (a caption, a label, a pull quote) that shares one rare word with a
    sentence about something else is not its claim (seen on ECB+ development topic 23); a
    full sentence sharing as much still matches."""
    first = article(
        "a",
        "",
        "Police spokesman Dave Gaskin said the deaths were a reminder that climbers needed to "
        "use extreme caution.",
        "The climber fell about 600 metres from the summit ridge on Saturday.",
        "A rescue helicopter found the climbers but they could not be rescued until the next "
        "morning.",
    )
    second = article(
        "b",
        "",
        "Extreme danger",
        "A climber fell 600 metres to his death from the summit ridge on Saturday.",
        "Helicopter crash",
    )
    pairs = matched(run(first, second))
    assert pairs == {("The climber fell about 60", "A climber fell 600 metres")}


OWN_CLAIMS = [
    "Divers inspected the damaged pier for cracks.",
    "Ferry operators added extra sailings for stranded commuters.",
    "The tanker's owner apologised to the city council.",
    "Traffic queues stretched for kilometres on the motorway.",
    "Engineers estimated repairs at four million dollars.",
    "Schools near the bridge opened an hour late.",
    "The port authority suspended tanker movements overnight.",
    "Insurance assessors arrived from Sydney.",
    "Cyclists were allowed across on the service lane.",
    "The mayor called an emergency meeting of the council.",
    "Police closed the approaches with barriers.",
    "Residents posted photographs of the damaged span.",
]
"""A claim of each outlet's own beside the claims the outlets share."""


def test_a_claim_every_outlet_repeats_is_one_row_though_each_keeps_few_partners(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Twelve outlets repeat one claim word for word, each with a claim of its own. Each copy
    keeps only its three strongest partners (all alike), so most pairs of copies are never
    scored; the copies still make one row of twelve, not a row of a few and lone copies."""
    monkeypatch.setattr(candidates, "CANDIDATES_PER_CLAIM", 3)
    shared = "The harbour bridge was closed on Monday after a tanker struck one of its piers."
    own = OWN_CLAIMS
    outlets = [
        article(f"o{number}", f"Outlet {number} on the bridge", shared, claim)
        for number, claim in enumerate(own)
    ]
    comparison = run(*outlets)
    texts = {c.id: c.text for e in comparison.articles for c in e.claims}
    rows = [row for row in comparison.rows if any(texts[i] == shared for c in row.cells for i in c)]
    assert [row.shared_by for row in rows] == [len(outlets)]
    copies = {m.claims for m in comparison.matches if texts[m.claims[0]] == texts[m.claims[1]]}
    assert len(copies) < len(outlets) * (len(outlets) - 1) // 2  # the caps left pairs unscored


def test_a_version_that_differs_by_one_figure_meets_a_claim_every_outlet_repeats(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review: half the outlets run one version of a wire story, half a version with another
    figure. Each copy kept only its strongest partners, all copies of its own version, so the
    two versions were never compared: two rows, and "12 vs 14" never shown. Copies of one
    text now count once against the cap, and copies of two texts that match agree."""
    monkeypatch.setattr(candidates, "CANDIDATES_PER_CLAIM", 3)
    twelve = "A tanker struck the harbour bridge on Monday, injuring 12 workers on its piers."
    fourteen = "A tanker struck the harbour bridge on Monday, injuring 14 workers on its piers."
    own = OWN_CLAIMS[:10]
    outlets = [
        article(f"o{number}", f"Outlet {number}", twelve if number % 2 else fourteen, claim)
        for number, claim in enumerate(own)
    ]
    comparison = run(*outlets)
    texts = {c.id: c.text for e in comparison.articles for c in e.claims}
    versions = {twelve, fourteen}
    rows = [r for r in comparison.rows if any(texts[i] in versions for c in r.cells for i in c)]
    assert [row.shared_by for row in rows] == [len(outlets)]
    across = [m for m in comparison.matches if {texts[c] for c in m.claims} == versions]
    assert across and all(m.kind == "differs" for m in across)
    assert {(d.kind, frozenset((d.a, d.b))) for d in across[0].details if d.kind != "adds"} == {
        ("number", frozenset(("12", "14")))
    }
