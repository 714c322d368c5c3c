"""The one figure of each of two short claims, counting what each names in words of its own
(the written stories' most common miss, 2026-12-07), volumes in their units and scales in words."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Seven of the miners were rescued on Tuesday morning.",
            "Six were rescued alive on Tuesday.",
            ("Seven", "Six", "miners"),
        ),
        (
            "Authorities evacuated roughly 1,200 people along the coast.",
            "Around 2,000 people were evacuated from campsites and homes along the coast.",
            ("roughly 1,200", "around 2,000", "people"),
        ),
        (
            "Fourteen people were taken to hospital.",
            "Seventeen others were rushed to hospital.",
            ("Fourteen", "Seventeen", "people"),
        ),
        (
            "More than 500 mourners held a candlelit vigil on Monday night.",
            "Some 200 people held a vigil at the scene on Monday.",
            ("more than 500", "some 200", "mourners"),
        ),
    ],
)
def test_the_one_count_of_each_short_claim_is_compared_however_it_is_named(
    first: str, second: str, expected: tuple[str, str, str]
) -> None:
    assert shown(first, second) == [("number", *expected)]
    assert shown(second, first) == [
        ("number", expected[1], expected[0], shown(second, first)[0][3])
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what is said of the counts differs: the verb that governs them, or what follows
        ("The flood damaged 200 homes.", "The flood destroyed 12 houses."),
        (
            "Twelve inmates were taken to hospital after the riot.",
            "Two prisoners died in the riot.",
        ),
        (
            "Thieves stole four paintings from the gallery.",
            "The gallery, home to 3,000 works, was robbed.",
        ),
        # counts of things the other claim names otherwise, or of groups kept apart
        (
            "The navy seized two rockets and a launcher.",
            "The navy seized one rocket propelled grenade launcher.",
        ),
        ("Two Republican senators voted against.", "Five Democratic senators voted against."),
        (
            "Two women were killed.",
            "Three men were killed.",
        ),
        ("Seven of the miners were rescued by helicopter.", "Twelve miners were rescued."),
        # two nouns of their own: as often two things as one (helper-220's review)
        (
            "Transit officials said about 2,000 riders were evacuated from trains stuck in"
            " tunnels.",
            "Some 3,000 passengers had to be evacuated from stalled underground trains.",
        ),
        # a group of its own, fewer than the plain count: some of them
        ("Three children were injured in the crash.", "Twelve people were injured in the crash."),
        # only the claims' setting in common, past a determiner
        (
            "Police said 12 people were arrested at the protest.",
            "Police said 40 officers were deployed at the protest.",
        ),
        (
            "Thirty people were treated at the scene.",
            "Eight people were taken from the scene to hospital.",
        ),
        # a rank; an age
        ("The university climbed 4 places.", "The university is now ranked 15."),
        ("Two were hurt in the blast.", "The driver, who is 19, was hurt in the blast."),
        # counts far apart in size
        (
            "Two officers were injured in the clashes, police said.",
            "Cops arrested 40 yobs after fans clashed outside the ground.",
        ),
        # a toll against no toll; the whole of a group; a name's number; an age
        (
            "Ferry with more than 200 aboard capsizes in Kessing Strait",
            "Seventeen dead, dozens missing after ferry capsizes in Kessing Strait",
        ),
        ("One person died in the attack.", "Two of the three victims died."),
        (
            "Crestline Airlines Flight 2281 made an emergency landing in Boise on Thursday.",
            "A Crestline Airlines plane with 170 people on board made an emergency landing.",
        ),
        ("Tributes to much-loved gran, 81, killed in gas blast", "The gas blast killed two."),
        # a long sentence: its one figure is as often of another thing
        (
            "Indian Naval Ship Sukanya, deployed on anti-piracy patrols in the Gulf of Aden under"
            " the operational control of the Western Naval Command, thwarted an attack by"
            " pirates and captured 26 of them.",
            "Five pirate boats tried to attack these vessels but were challenged by the ship.",
        ),
    ],
)
def test_counts_of_two_things_stay_apart(first: str, second: str) -> None:
    assert kinds(first, second) == ()
    assert kinds(second, first) == ()


def test_volumes_are_compared_in_their_units() -> None:
    """Litres, US gallons and cubic metres or feet convert (they were counts of "litres")."""
    assert (
        kinds(
            "Roughly 10,500 gallons of hydrochloric acid leaked from the tank.",
            "Some 40 cubic metres of hydrochloric acid leaked into the river.",
        )
        == ()
    )
    assert (
        kinds(
            "About 40,000 litres of hydrochloric acid escaped.",
            "Some 40 cubic metres of hydrochloric acid leaked into the river.",
        )
        == ()
    )
    assert (
        kinds(
            "Water was flowing over the spillway at about 700 cubic metres a second.",
            "Water was flowing over the spillway at about 25,000 cubic feet per second.",
        )
        == ()
    )
    assert shown(
        "About 40,000 litres of acid escaped.", "An estimated 60,000 litres of acid spilled."
    ) == [("number", "about 40,000 litres", "an estimated 60,000 litres", "volume")]


def test_a_hundred_thousand_in_words_is_one_figure() -> None:
    """helper-221's audit: "Three hundred thousand visitors" was read as no figure."""
    assert shown(
        "Three hundred thousand visitors a year flock to the park.",
        "The park draws around 250,000 visitors a year.",
    ) == [("number", "Three hundred thousand", "around 250,000", "visitors")]
    assert kinds("Two hundred thousand people marched.", "200,000 people marched.") == ()
