"""What the written stories' misses showed unread (2026-12-07, the night's round): sources
named after whose office they are ("His brother, Samuel Okafor, said"), with an age set apart,
two joined names after "according to", bodies a sentence names in lower case, "insisted",
"admitted" or "estimated" said by someone, and the phrasings that stay no source; sources
spelt like a person the other claim names; offices and times of the later audits."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('His brother, Samuel Okafor, said the family wanted "answers".', "Samuel Okafor"),
        ('"We want answers," the family\'s lawyer, Ruth Mensah, said.', "Ruth Mensah"),
        ("The controllers' union, Prospect, said staff shortages played a part.", "Prospect"),
        ("His lawyer said the rider would appeal.", "His lawyer"),
        (
            "Syndicate organiser Linda Marsh, 61, told the court he had stopped paying.",
            "Linda Marsh",
        ),
        ('"We want answers," Grace Okafor, 29, said.', "Grace Okafor"),
        ('"We are over the moon," said the park\'s director, Martin Hale.', "Martin Hale"),
        ('"It is a betrayal," said students\' union president Amara Osei.', "Amara Osei"),
        (
            "Three were hurt, according to Lancashire Fire and Rescue Service.",
            "Lancashire Fire and Rescue Service",
        ),
        ("The record was £6.4 million, according to Lyle & Dunmore.", "Lyle & Dunmore"),
        (
            "Britain's health security agency said 23 cases had been confirmed.",
            "Britain's health security agency",
        ),
        ("Cars blocked the coast road, the parish council said.", "the parish council"),
        ("About 40,000 elephants are left in the wild, the park said.", "the park"),
        ("Part of the money will fund a bursary, the auction house said.", "the auction house"),
        ("Three families have come forward, the firm admitted.", "the firm"),
        ("About 1,200 birdwatchers have visited, the RSPB estimated.", "the RSPB"),
        ("Food watchdog chief Emily Harte insisted the risk was low.", "Emily Harte"),
    ],
)
def test_a_source_written_as_news_writes_it_is_read(sentence: str, source: str) -> None:
    assert find_attribution(sentence) == source


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital admitted 20 patients overnight.",
        "Officials estimated damage at $5 million.",
        "The case was settled, said the victims' lawyer.",
        'Huxley, 51, wrote "Lantern Light" in 2009.',
        "The final bill was £2m higher than the trust estimated.",
        "Doctors were overwhelmed by the number of patients the hospital admitted.",
        "His lawyer insisted on a jury trial.",
        "His wife said goodbye to him at the station.",
        "His team added a second goal just before half-time.",
        "Her mother reported her missing on Tuesday.",
        "The hotel said to be at the centre of the outbreak has closed.",
        "Protesters outside the hotel said the protest would go on.",
        "The couple who run the hotel said they were shocked.",
        "Tom Reed, 34, said by neighbours to be a quiet man, was jailed for life.",
        "Striker Tom Reed, 24, added a second in the 70th minute.",
    ],
)
def test_a_verb_of_doing_is_no_source(sentence: str) -> None:
    """ "Admitted" and "estimated" cite only before a comma, a stop or "that"; an age set apart
    makes no "wrote" a citation; an office owned in lower case without a name is read as no
    one after the verb ("said the victims' lawyer" is one description of many)."""
    assert find_attribution(sentence) is None


def test_a_name_mid_sentence_with_its_age_is_no_speaker() -> None:
    """helper-226's review: a name a clause acts on, its age set apart, is no speaker."""
    for sentence in (
        "Police arrested his brother, Tom Reed, 34, said Inspector Ann Cole.",
        "Police arrested Tom Reed, 34, said Inspector Ann Cole.",
    ):
        assert find_attribution(sentence) == "Inspector Ann Cole"
    assert find_attribution("Prosecutors say Mark Evans, 41, told a friend he would kill her.") == (
        "Prosecutors"
    )


def test_two_sources_read_now_are_told_apart() -> None:
    assert shown(
        'His brother, Samuel Okafor, said the family wanted "answers, not excuses".',
        '"We want answers, not excuses," the family\'s lawyer, Ruth Mensah, said in a statement.',
    ) == [("source", "Samuel Okafor", "Ruth Mensah", "source")]


def test_an_office_and_its_holder_named_are_one_source() -> None:
    """helper-226's review: "His lawyer" and "His lawyer, Ruth Mensah"; "the zoo's director,
    Martin Hale" speaks for Chester Zoo, but not for a person of another office."""
    for first, second in (
        ("His lawyer said he would appeal.", "His lawyer, Ruth Mensah, said he would appeal."),
        (
            "The gate was open, said the zoo's director, Martin Hale.",
            "The gate was open, Chester Zoo said.",
        ),
        (
            "The gate was open, said the company's chief executive, Tom Reed.",
            "The gate was open, Acme Ltd said.",
        ),
    ):
        assert kinds(first, second) == (), (first, second)
    assert kinds(
        "County Commissioner Ruth Adair said the county may never get the money back.",
        "The county's auditor, Tom Pryce, said the county may never get the money back.",
    ) == ("source",)


def test_a_body_and_the_office_it_owns_are_one_source() -> None:
    """ "Vireo-Kessel's general manager, Luc Hendrickx" speaks for Vireo-Kessel; a hotel or a
    park said in lower case may be the one a claim names."""
    assert (
        kinds(
            "His team, Vireo-Kessel, said it had ended his contract.",
            "Vireo-Kessel's general manager, Luc Hendrickx, said the team had ended his contract.",
        )
        == ()
    )
    assert (
        kinds(
            "Caerwen Manor said it was cooperating fully with the investigation.",
            "The hotel said it was cooperating fully with the investigation.",
        )
        == ()
    )
    assert (
        kinds(
            "A gate had been left unlocked, park director Graham Tully said.",
            "The park said a gate had been left unlocked.",
        )
        == ()
    )


def test_a_source_and_a_person_named_in_the_other_claim_spelt_alike_are_a_name() -> None:
    """helper-225's audit: "Helen Marchbanks admitted" (no verb of saying read) against "Dr
    Helen Marchbank said"; a country cited is no person ("India said" / "the Indian navy")."""
    assert shown(
        'Chief nurse Helen Marchbanks admitted the hospital was "under real pressure".',
        'Chief nurse Dr Helen Marchbank said the hospital was "under real pressure".',
    ) == [("name", "Helen Marchbanks", "Helen Marchbank", "spelling of a name")]
    assert (
        kinds(
            "Richards said the attack was unprovoked.",
            "Paul Richardson, 31, was the victim of an unprovoked attack.",
        )
        == ()
    ), "helper-228's review: a victim named beside a source of a like surname speaks not"
    assert (
        kinds(
            "The Indian navy has captured 23 pirates.",
            "Indian naval forces captured 23 of the raiders, India said.",
        )
        == ()
    )


def test_an_mp_or_a_vice_chancellor_is_an_office_and_professor_a_title() -> None:
    """helper-227's audit: "Hefin Rowland, the local MP, said" and "Professor Alison
    Marchbank, the vice-chancellor, said" cited no one, so two spellings of each went unseen."""
    assert shown(
        'Hefin Rowland, the local MP, said the incident "could easily have been a tragedy".',
        'The area\'s MP, Hefin Rowlands, said it "could easily have been a tragedy".',
    ) == [("name", "Hefin Rowland", "Hefin Rowlands", "spelling of a name")]
    assert kinds(
        'Uni boss Alison Marchbanks said she was "deeply sorry".',
        'Professor Alison Marchbank, the vice-chancellor, said she was "deeply sorry".',
    ) == ("name",)


def test_a_time_just_before_another_is_near_it() -> None:
    """helper-227's audit: "shortly before 4 p.m." and "about 3.50pm" agree; the written
    stories: "just before 11pm" and "10.25pm" do not."""
    assert (
        kinds(
            "He was lifted off the rock by a helicopter shortly before 4 p.m.",
            "He was winched to safety by a helicopter at about 3.50pm.",
        )
        == ()
    )
    assert kinds(
        "Cops were called just before 11pm after a shopper reported seeing a gun.",
        "Officers were called at 10.25pm to reports of a man with a gun.",
    ) == ("date",)
