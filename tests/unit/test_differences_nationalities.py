"""People given two nationalities: a disagreement a reader should check, and in matching a
clash of names (two claims about different people, most often)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.nationalities import read_nationalities
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.digest import digest
from mkdocs_claimdiff.pipeline import compare_files

from .test_differences import DEMO, shown


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("A British climber has fallen to his death.", [("British climber", {"GB"}, "people")]),
        (
            "One Australian and one English climber have fallen to their deaths.",
            [("Australian and one English climber", {"AU", "GB-ENG"}, "people")],
        ),
        (
            "Commandos seized 12 Somali and 11 Yemeni nationals.",
            [("Somali and 11 Yemeni nationals", {"SO", "YE"}, "people")],
        ),
        (
            "Australian Ski Mountaineer Dies in Fall",
            [("Australian Ski Mountaineer", {"AU"}, "people")],
        ),
        (
            "The man, a New Zealander living in Melbourne, fell.",
            [("New Zealander", {"NZ"}, "people")],
        ),
        # A noun names people by itself: the pirates are not "the Indians".
        ("The Indians say the pirates were from Somalia.", [("Indians", {"IN"}, "people")]),
        # Part of a name, part of a word, or no word for people: no nationality of people.
        ("The Indian Navy captured the ship.", []),
        ("The New Zealand-born skier fell.", []),
        ("The British government said nothing.", []),
    ],
)
def test_people_are_read_with_their_nationalities(
    text: str, groups: list[tuple[str, set[str], str]]
) -> None:
    assert [
        (group.text, set(group.countries), group.kind) for group in read_nationalities(text)
    ] == groups


def test_people_of_one_kind_given_two_nationalities_differ_by_name() -> None:
    assert shown(
        "The navy captured 23 Somali pirates on Saturday.",
        "The navy captured 23 Yemeni pirates on Saturday.",
    ) == [("name", "Somali pirates", "Yemeni pirates", "nationality")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One of the United Kingdom's nations is British.
        ("An English climber died on the mountain.", "A British climber died on the mountain."),
        # The other claim names one more; a nationality both give is no clash.
        (
            "One Australian and one English climber have fallen to their deaths.",
            "A British climber has fallen to his death.",
        ),
        (
            "Rescuers took two Britons and hundreds of Americans from the ship.",
            "Rescuers took three Britons from the ship.",
        ),
        # Two nationalities of one person, a region's, a name's (helper-166's review).
        (
            "British-Iranian aid worker Nazanin Zaghari-Ratcliffe was freed.",
            "British aid worker Nazanin Zaghari-Ratcliffe was freed.",
        ),
        ("The Iranian-American journalist was held.", "The Iranian journalist was held."),
        ("The British–Iranian aid worker was freed.", "The British aid worker was freed."),
        ("An Anglo-Irish climber died.", "A British climber died."),
        ("Central American migrants crossed the river.", "Honduran migrants crossed the river."),
        ("Two Australian Open players withdrew.", "Two Spanish players withdrew."),
        (
            "British Airways passengers were stuck for hours.",
            "American passengers on the British Airways flight were stuck for hours.",
        ),
        # Two groups of people: the navy's sailors and the pirates.
        (
            "Indian sailors boarded the ship and seized the pirates.",
            "Sailors boarded the ship and seized the Somali pirates.",
        ),
    ],
)
def test_nationalities_that_can_be_the_same_people_do_not_differ(first: str, second: str) -> None:
    assert "nationality" not in [what for *_, what in shown(first, second)]


def test_a_claim_about_another_nationality_is_not_what_the_outlets_agree_on() -> None:
    """The Otago Daily Times' "a New Zealand climber who fell on Friday" (the first man to
    die) was matched with "A British climber has fallen to his death" (the second) and listed
    as the seventh outlet sharing it: matching takes people given two nationalities as a clash
    of names."""
    comparison, _ = compare_files(sorted(DEMO.glob("*.md")), AlignOptions.create())
    british = next(point for point in digest(comparison).agreed if "British climber" in point.text)
    assert "Otago Daily Times" not in british.outlets
    assert len(british.outlets) == 5
    claims = {claim.id: claim.text for entry in comparison.articles for claim in entry.claims}
    new_zealander = next(cid for cid, text in claims.items() if "New Zealand climber" in text)
    assert not any(
        new_zealander in match.claims and "British" in claims[other]
        for match in comparison.matches
        for other in match.claims
    )


def test_a_long_run_of_nationalities_is_one_group() -> None:
    """Each word is looked at once: a run of 20,000 nationalities is one group."""
    (group,) = read_nationalities("Somali and " * 20_000 + "Yemeni pirates.")
    assert group.countries == {"SO", "YE"}
