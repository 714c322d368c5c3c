"""What the last blind audits' stories (helper-200: a coach crash, a blackout, a launch
failure; helper-202: a bank siege, a landslide, an admissions scandal; helper-203: a prison
escape, a storm, a cup final) showed missed, as a reader of two matched claims sees it, and
what helper-204's review of the first readings found they must still leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution
from mkdocs_claimdiff.differences.name_forms import alike

from .test_differences import _matched_pair, kinds, shown


def test_a_denied_verb_before_another_verb_is_set_against_its_statement() -> None:
    """What follows "and" is another verb's, not what the denied one acts on."""
    assert shown(
        "Whitcombe apologized and told the court he had a gambling addiction.",
        "Whitcombe did not apologize and declined to address the court.",
    ) == [("negation", "apologized", "not apologize", "apologize")]
    assert shown(
        "The climber was not wearing crampons and an ice axe.",
        "The climber was wearing crampons and an ice axe.",
    ) == [("negation", "not wearing", "wearing", "wearing crampons")]
    # still not against the same verb of another thing, nor of a subject alike, nor when the
    # "and" joins two verbs of one object or the statement is of another time
    assert kinds("He did not pay the fine and left.", "He paid the rent and left.") == ()
    assert kinds("The plane did not crash and landed safely.", "A second plane crashed.") == ()
    assert (
        kinds(
            "Police have not arrested and charged anyone over the killing.",
            "Police arrested and questioned a 17-year-old, who was later released.",
        )
        == ()
    )
    assert (
        kinds(
            "The bridge did not collapse and remains open.",
            "The bridge collapsed and was rebuilt in 1990.",
        )
        == ()
    )


@pytest.mark.parametrize(
    ("first", "second", "shown_pair"),
    [
        (
            "Crimestoppers has offered a £5,000 reward for information.",
            "Crimestoppers is offering a reward of 10,000 pounds for information.",
            ("number", "£5,000", "10,000 pounds", "money"),
        ),
        (
            "Eastport Albion edged Milford Rangers 3-2 in a thrilling final.",
            "Eastport Albion defeated Milford Rangers 2-1 in overtime to win the Northern Cup.",
            ("number", "3-2", "2-1", "vote or score"),
        ),
        (
            "A girl aged nine, Sophia Bellandi, was pulled out alive after 16 hours.",
            "A girl aged nine, Sofia Bellandi, was pulled out alive after 16 hours.",
            ("name", "Sophia Bellandi", "Sofia Bellandi", "spelling of a name"),
        ),
        (
            '"This is a day none of us will forget," said Mayor Jens Hartwig.',
            '"This is a day none of us will forget," said local councillor Petra Vogt.',
            ("source", "Mayor Jens Hartwig", "local councillor Petra Vogt", "source"),
        ),
        (
            "City and Spurs played out a 2-2 draw.",
            "City and Spurs played out a 3-3 draw.",
            ("number", "2-2", "3-3", "vote or score"),
        ),
        (
            "Erosion beneath the concrete caused the damage, engineers said.",
            "Engineers suspect erosion underneath the concrete slab caused the damage.",
            ("hedge", "stated as fact", "engineers suspect", "certainty"),
        ),
        (
            "The drug cut deaths by a third, researchers said.",
            "The drug cut deaths by a third, Cancer Research UK said.",
            ("source", "researchers", "Cancer Research UK", "source"),
        ),
        (
            "The man was hit while walking, investigators say.",
            "The man was hit while walking, Queens District Attorney Richard Brown said.",
            ("source", "investigators", "Queens District Attorney Richard Brown", "source"),
        ),
        (
            '"At no point was the public in any danger," Senior Sergeant Mark Dunleavy, of'
            " Bellhaven police, said.",
            '"At no point was the public in any danger," Mr Tully said.',
            ("source", "Senior Sergeant Mark Dunleavy", "Mr Tully", "source"),
        ),
        (
            'Councillor Fiona Macrae said the failure was "a setback, not the end of the road".',
            'The space minister, Lord Harcourt, called the failure "a setback, not the end of'
            ' the road".',
            ("source", "Councillor Fiona Macrae", "Lord Harcourt", "source"),
        ),
    ],
)
def test_what_the_audits_planted_is_named(
    first: str, second: str, shown_pair: tuple[str, str, str, str]
) -> None:
    assert shown(first, second) == [shown_pair]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"It is a betrayal," said local councillor Petra Vogt.', "local councillor Petra Vogt"),
        (
            "Four people were killed, the regional civil protection agency said.",
            "the regional civil protection agency",
        ),
        ("Four people have died, the prefecture said.", "the prefecture"),
        (
            '"The public was never in danger," Senior Sergeant Mark Dunleavy, of Bellhaven'
            " police, said.",
            "Senior Sergeant Mark Dunleavy",
        ),
        (
            'The space minister, Lord Harcourt, called the failure "a setback".',
            "Lord Harcourt",
        ),
        (
            'Students\' union president Amara Osei called the findings "a betrayal".',
            "Amara Osei",
        ),
        # "confirmed" names no speaker after a figure or a death (helper-205's and
        # helper-207's reviews)
        ("The FBI is investigating, a bureau spokesperson confirmed.", None),
        ("At least 40 people died, a figure officials confirmed.", "officials"),
        ("The case was settled, said the mayor, John Reed.", "John Reed"),
        # speakers of a body are not the body (helper-204's review); no day or party tag is a
        # name, nor one a clause acts on, nor a death confirmed (helper-205's review)
        ("Residents of the municipality said the water was brown.", None),
        ("Dozens of witnesses said the gunman fired first.", "witnesses"),
        # a word that joins the sentence to the one before names no one; a surname alike does
        # (helper-210's review)
        ("But Tom Reed said the plan had failed.", "Tom Reed"),
        ("Still said doctors had told her the boy would recover.", "Still"),
        ("The vote was delayed, said the senator, R-Texas.", "the senator"),
        ("The vote was delayed, said the mayor, Tuesday.", "the mayor"),
        ("A neighbour of Mark Dunleavy, of Bellhaven Road, said he was kind.", None),
        ("Police arrested Tom Reed, of Bellhaven, said Inspector Ann Cole.", "Inspector Ann Cole"),
        ('Assad, called by critics "the butcher of Damascus", denied the charges.', None),
        ("Four died, with the death of a second police officer confirmed.", None),
        # a confirmation of a thing names no speaker, nor does a call
        ("A spokesperson confirmed the closure of the plant.", None),
        ('Smith called police "immediately".', None),
    ],
)
def test_speakers_in_lower_case_words_are_read(sentence: str, source: str | None) -> None:
    assert find_attribution(sentence) == source


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # some of the people are no count of them all
        ("Twelve residents of the care home were killed.", "Thirty people were killed."),
        ("Eight people were injured.", "Twelve people were killed."),
        # groups a name tells apart are two counts
        ("Two Republican senators voted against.", "Five Democratic senators voted against."),
        ("The navy captured 23 Somali pirates.", "The navy captured 23 pirates."),
        # ranks in two tables, and a year of something else than the claim's event
        (
            "The university is ranked 3rd in the world for engineering.",
            "The university is ranked 1st in Europe for engineering.",
        ),
        ("The stadium was built for the 2012 Olympics.", "The stadium was built in 2010."),
        ("The 2000 troops left in May.", "The troops left in May."),
        # pounds that weigh are no sum of money
        ("The bomb weighed 500 pounds.", "The bomb cost £500."),
        ("Residents donated 300 pounds of clothing.", "Residents donated clothing worth £1,000."),
        # a denial of one person is no opposite of a statement of another, nor one verb's of
        # another's object (helper-205's review)
        ("His wife was not charged.", "He was charged and remanded in custody."),
        ("The gunman did not kill or injure anyone else.", "The gunman killed himself."),
        ("The driver did not stop and drove off.", "The driver stopped for fuel an hour later."),
        # no tally of another game or of half-time (helper-207's review)
        ("City drew 1-1 with Spurs after beating Chelsea 2-0.", "City beat Chelsea 2-0."),
        ("City beat United after the first half ended 1-1.", "City beat United 2-1."),
        (
            "Spain, who thrashed Costa Rica 7-0 in their opener, lost to Japan.",
            "Japan beat Spain 2-1.",
        ),
        # counts of things under two words are not one count whatever befell them
        ("The flood damaged 200 homes.", "The flood destroyed 12 houses."),
        (
            "Twelve inmates were taken to hospital after the riot.",
            "Two prisoners died in the riot.",
        ),
        # passive callers and speakers "said to be" are no speakers (helper-207's review)
        (
            'The escaped prisoner, Tom Reed, described as "highly dangerous", remains at large.',
            "Tom Reed remains at large, Inspector Ann Cole said.",
        ),
        (
            "Tom Reed, of Bellhaven, said to be the gunman's brother, was arrested on Monday.",
            "Tom Reed, the gunman's brother, was arrested on Monday, Inspector Ann Cole said.",
        ),
        # a body a mayor heads, and a lawyer named two ways
        ("The water was cut, the municipality said.", "The water was cut, Mayor Ana Ruiz said."),
        (
            "The case was settled, said the victims' lawyer.",
            "The case was settled, an attorney for the families said.",
        ),
        # a name two people share is not one name spelt two ways
        ("Stephen Smith scored twice.", "Stephen Smith scored twice for the team."),
        # the same lawyer named two ways
        (
            "The case was settled, said the victims' lawyer, John Reed.",
            "The case was settled, lawyer John Reed said.",
        ),
        # a body named by its adjective is the body
        (
            "The water was cut, the municipality said.",
            "The water was cut, municipal officials said.",
        ),
        # a body named for the group's work is the group (helper-206's audit)
        (
            "Two jets in near-miss on Bramwell Airport runway, investigators say",
            "Two jets came close on a runway at Bramwell Airport, Britain's Air Accidents"
            " Investigation Branch said.",
        ),
        # both hedge (helper-209's audit)
        (
            "The damage is thought to have been caused by erosion beneath the concrete.",
            "Engineers suspect erosion underneath the concrete slab caused the damage.",
        ),
        # a body and a source of no kind of body are one account (bodies of two kinds are
        # two: test_differences_body_kinds.py, as the gold of this story has it)
        (
            "Four people have died, the prefecture said.",
            "Four people were killed, regional authorities said.",
        ),
    ],
)
def test_the_new_readings_leave_agreement_alone(first: str, second: str) -> None:
    assert kinds(first, second) == ()


@pytest.mark.parametrize(
    ("left", "right", "spelt_alike"),
    [
        ("sophia", "sofia", True),
        ("shepherd", "shepard", True),  # as before "ph" was read as "f"
        ("shepherd", "schaefer", False),  # "sheferd" is not alike enough
        ("topham", "tolam", False),
        ("stephen", "steven", False),
    ],
)
def test_ph_reads_as_f_only_against_an_f(left: str, right: str, spelt_alike: bool) -> None:
    assert alike.__wrapped__(left, right) is spelt_alike


def test_a_body_stands_for_no_body_of_another_kind_named_before_it(tmp_path: Path) -> None:
    """ "the company said" after "..., the Food Standards Agency said" was read as the agency's
    word and set against "Brackwater said" (helper-209's audit)."""
    first = (
        "Brackwater Foods recalled 180,000 jars of puree, the Food Standards Agency said.\n"
        "A mother in Doncaster found a piece of glass in a jar, the company said.\n"
    )
    second = "A Doncaster mother found a shard of glass in a jar, Brackwater said.\n"
    assert _matched_pair(tmp_path, first, second, "A mother in Doncaster") == ()
