"""What the blind audits' stories showed missed or wrongly differing after 2026-12-07's first
pass (helper-206, -209, -212, -214), as a reader of two matched claims sees it, and what the
readings must still leave alone (helper-211's and helper-213's reviews)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution
from mkdocs_claimdiff.matching.align import FIGURES_DIFFER_SCORE
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.pipeline import compare_files

from ..conftest import ROOT
from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Daniel Forsyth said Thackeray would not appeal the verdict.",
            "Thackeray would appeal, his lawyer Daniel Forsyth said.",
            [("negation", "not appeal", "appeal", "appeal verdict")],
        ),
        (
            "Tavy Water shut its river intake at Elsmere on Wednesday.",
            "Tavy Water has not shut its intake, a spokesperson said.",
            [("negation", "shut", "not shut", "shut intake")],
        ),
        (
            "Mayor Ellen Hart did not resign her seat on Monday.",
            "Mayor Ellen Hart resigned, the council said.",
            [("negation", "not resign", "resigned", "resign seat")],
        ),
    ],
)
def test_a_denied_verb_is_set_against_the_verb_acting_on_its_object_or_on_nothing(
    first: str, second: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """The word right after the verb differs ("its river intake" / "its intake"), or the
    other claim's sentence ends on the verb but for who said it ("would appeal, ... said.")."""
    assert shown(first, second) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another object
        ("He did not attend the meeting.", "He attended the funeral on Friday."),
        # a small word after the verb ends no clause on it; whose the object is is no object
        ("The gunman did not kill the guard.", "The gunman killed himself."),
        ("Police released 3 suspects.", "Police did not release the suspects' names."),
        # someone else does it: no word before the verb shared
        ("Smith will not appeal the verdict.", "Prosecutors said they would appeal."),
        # helper-211's review: another head, another subject, no statement, a break mid-clause
        ("The missile did not hit the hospital.", "The missile hit a building near the hospital."),
        (
            "Residents said police did not evacuate the building.",
            "Residents said firefighters evacuated the whole building.",
        ),
        ("Thackeray will not appeal the verdict.", "Thackeray has 28 days to appeal."),
        ("Thackeray will not appeal the verdict.", "Will Thackeray appeal?"),
        ("Thackeray would not appeal the verdict.", "Asked if Thackeray would appeal, he said no."),
        ("Iran did not attack the tanker.", "Iran attacked, officials said, two US bases."),
        # helper-213's review: another modifier of the head, a word of when before the verbs
        (
            "The council did not approve the Republican plan.",
            "The council approved the Democratic plan.",
        ),
        ("The minister yesterday did not resign his post.", "His deputy yesterday resigned."),
        ("The airline did not cancel every flight.", "The airline cancelled the flight to Paris."),
    ],
)
def test_a_denied_verb_leaves_other_objects_and_subjects_alone(first: str, second: str) -> None:
    assert kinds(first, second) == ()


def test_counted_words_are_one_thing_in_either_spelling() -> None:
    """ "centres" are "centers" (helper-200's audit); "Labour" is a party too."""
    assert shown(
        "The city opened 12 cooling centers overnight.",
        "Fourteen cooling centres were opened overnight.",
    ) == [("number", "12", "Fourteen", "cooling centers")]
    assert kinds("Three Labour councillors resigned.", "Five labor councillors resigned.") == ()


def test_a_name_before_a_noun_still_tells_what_is_counted_apart() -> None:
    """A figure before a name counts the name, as it did: "Four Republican senators" are some
    of "Fifty senators" (helper-211's review of counting the noun), and a headline's title case
    still counts its last word."""
    assert kinds("Four Republican senators opposed the bill.", "Fifty senators opposed it.") == ()
    assert kinds("About 1.1 million Northgate customers lost power.", "200 homes lost power.") == ()
    assert shown(
        "Indian Naval Ship Interdicts Three Pirate Vessels",
        "The navy intercepted two pirate vessels.",
    ) == [("number", "Three", "two", "pirate vessels")]


def test_a_small_whole_number_of_a_unit_is_rounded_to_it() -> None:
    """ "a two-mile zone" is anything from 1.5 to 2.5 miles, 3 km among them (helper-212's
    audit); two figures in one unit, or too far apart for the rounding, still differ."""
    assert (
        kinds(
            "A 3km protection zone and a 10km surveillance zone have been set up around the farm.",
            "A two-mile protection zone and a six-mile surveillance zone were set up around it.",
        )
        == ()
    )
    assert shown("The fire was 2 miles from the town.", "The fire was 5 km from the town.") == [
        ("number", "2 miles", "5 km", "distance")
    ]
    assert kinds("The road was closed for 3 km.", "The road was closed for 2 km.") == ("number",)
    assert kinds("The crack was 3 inches long.", "The crack was 10 centimetres long.") == (
        "number",
    )


def test_an_auction_house_is_a_body_that_speaks() -> None:
    """ "the auction house said" cited no one (helper-212's audit)."""
    assert shown(
        "The buyer is a collector from Hong Kong, the auction house said.",
        "The buyer is a collector from Hong Kong, the family said.",
    ) == [("source", "the auction house", "the family", "source")]


def test_a_hedge_said_of_its_subject_covers_the_subject() -> None:
    """ "Migrating wild birds are thought to have spread the disease" hedges the birds too, so
    against "Defra officials suspect wild birds carried the virus" both hedge (helper-212's
    audit); against a plain statement it is still a hedge difference."""
    assert (
        kinds(
            "Defra officials suspect wild birds carried the virus to the farm.",
            "Migrating wild birds are thought to have spread the disease.",
        )
        == ()
    )
    assert kinds(
        "The fire started in the kitchen, firefighters said.",
        "The fire is thought to have started in the kitchen.",
    ) == ("hedge",)


def test_helper_214s_false_differences_are_gone() -> None:
    """ "more than a dozen" was read as twelve, "firefighters" and "the fire service" as two
    sources, "Geologists believe" as a plain statement (helper-214's audit)."""
    assert (
        kinds(
            "More than a dozen cameras captured the fireball.",
            "The fireball was captured by 14 cameras.",
        )
        == ()
    )
    assert shown("About a dozen cars fell into the hole.", "Twenty cars fell into the hole.") == [
        ("number", "about a dozen", "Twenty", "cars")
    ]
    assert (
        kinds("No one was injured, the fire service said.", "Nobody was hurt, firefighters said.")
        == ()
    )
    assert kinds("No one was injured, police said.", "Nobody was hurt, firefighters said.") == (
        "source",
    )
    assert (
        kinds(
            "The collapse was probably caused by water dissolving gypsum beneath the town.",
            "Geologists believe groundwater dissolving gypsum rock caused the collapse.",
        )
        == ()
    )


def test_a_headline_in_capitals_gives_its_figures() -> None:
    """A tabloid's headline in capitals counts what its words say, read in lower case and told
    as written (helper-198's audit: "THREE DEAD" was no figure against "Two dead"); one of a
    word in lower case was read before, as a title in capitals names no one."""
    assert shown(
        "Two dead as gas blast rips through English apartment block",
        "THREE DEAD IN TOWER BLOCK GAS HORROR",
    ) == [("number", "Two", "THREE", "dead")]
    assert shown("THE ARMY SENDS 3,000 TROOPS NORTH", "The army sends 2,000 troops north") == [
        ("number", "3,000", "2,000", "troops")
    ]
    assert kinds("THREE DEAD IN TOWER BLOCK GAS HORROR", "Three people died in the blast.") == ()


def test_two_headlines_that_give_the_toll_differently_stay_matched() -> None:
    """Two outlets' headlines state the story's main event, so a weak match of two headlines
    that disagree only on a figure is kept, labelled ``differs``: ``FIGURES_DIFFER_SCORE``
    drops such a match between other claims, which more often count two things (five
    headline pairs of the written stories, all true disagreements, were dropped)."""
    folder = ROOT / "benchmarks" / "gold_differences" / "written" / "glenmarrow-coach-crash"
    comparison, _ = compare_files(sorted(folder.glob("*.md")), AlignOptions.create())
    texts = {claim.id: claim.text for entry in comparison.articles for claim in entry.claims}
    [match] = [
        match
        for match in comparison.matches
        if {texts[claim_id] for claim_id in match.claims}
        == {
            "Coach crash on Westmere mountain road leaves six dead",
            "Seven killed in Glenmarrow coach crash as questions grow over road's safety",
        }
    ]
    assert match.score < FIGURES_DIFFER_SCORE
    assert {(d.kind, frozenset((d.a, d.b))) for d in match.details if d.kind != "adds"} == {
        ("number", frozenset(("six", "Seven")))
    }


def test_helper_215s_false_differences_are_gone() -> None:
    """helper-215's audit: "organisers" / "organizers" were two sources, the airport operator
    named after a comma was no name, "almost no wind" denied wind, and "cannot" denied
    nothing."""
    assert (
        kinds(
            "Kipkemboi was tested for banned substances after the finish, organisers said.",
            "Kipkemboi was drug-tested after the race, organizers said.",
        )
        == ()
    )
    assert kinds("The race was cancelled, the organisers said.", "It was, police said.") == (
        "source",
    )
    assert (
        find_attribution(
            "Flights were operating normally, according to the airport operator, Isavia."
        )
        == "Isavia"
    )
    assert (
        kinds(
            "Two flights were delayed, the airport operator Isavia said.",
            "Two flights were delayed, according to the airport operator, Isavia.",
        )
        == ()
    )
    assert (
        kinds(
            "Conditions were close to perfect, with barely a breath of wind.",
            "The temperature at the start was 12C, with almost no wind.",
        )
        == ()
    )
    assert kinds("She still cannot ride a bike.", "She still could not ride a bike.") == ()
    assert shown("He cannot walk, his doctor said.", "He can walk, his doctor said.") == [
        ("negation", "cannot walk", "walk", "walk")
    ]


def test_a_half_more_and_a_figure_of_accented_words_are_read() -> None:
    """helper-215's audit: "two and a half years" was no figure, and "krónur" was read as
    counting "kr", against "kronur"."""
    assert shown(
        "Rory Fennimore was jailed for 32 months yesterday.",
        "Rory Fennimore was caged for two and a half years yesterday.",
    ) == [("number", "32 months", "two and a half years", "duration")]
    assert kinds("The talks lasted one and a half hours.", "The talks lasted 90 minutes.") == ()
    assert shown(
        "The government has promised 2.5 billion krónur to strengthen the barriers.",
        "The government has set aside 2 billion kronur to reinforce the barriers.",
    ) == [("number", "2.5 billion", "2 billion", "kronur")]


def test_a_headline_of_another_event_is_no_weak_match_of_the_first(tmp_path: Path) -> None:
    """helper-217's review: "Second crash on Glenmarrow Pass in a week leaves two dead" was kept
    beside "Six dead as coach overturns", weakly, as two tolls of one crash."""
    articles = {
        "north-post": (
            "Six dead as coach overturns on Glenmarrow Pass",
            "Six people died when a coach overturned on the Glenmarrow Pass on Saturday. Another"
            " 20 people were injured.",
        ),
        "south-herald": (
            "Second crash on Glenmarrow Pass in a week leaves two dead",
            "Two people died when a car left the road on the Glenmarrow Pass on Friday, a week"
            " after a coach crash on the same bend killed six. Residents have called for the"
            " road to be closed.",
        ),
    }
    for name, (title, text) in articles.items():
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {title}\n---\n\n{text}\n")
    comparison, _ = compare_files(sorted(tmp_path.glob("*.md")), AlignOptions.create())
    headlines = {entry.claims[0].id for entry in comparison.articles}
    assert not [match for match in comparison.matches if set(match.claims) == headlines]


def test_helper_218s_false_differences_are_gone() -> None:
    """helper-218's audit: "the No 9 shirt" denied "the number nine shirt", "£30million" was
    £30, and "are forecast to" stated what "are expected to" hedged."""
    assert (
        kinds("Lobato will wear the No 9 shirt.", "Lobato will take the number nine shirt.") == ()
    )
    assert kinds("Reddy moved to Hartley for £30 million.", "Reddy was sold for £30million.") == ()
    assert shown("Reddy moved to Hartley for £30 million.", "Reddy was sold for £40million.") == [
        ("number", "£30 million", "£40million", "money")
    ]
    assert (
        kinds(
            "Temperatures are forecast to fall to around 28C on Wednesday.",
            "Temperatures are expected to drop to around 28C on Wednesday.",
        )
        == ()
    )
