"""What the last two blind audits' stories (helper-200: a coach crash, a blackout, a launch
failure; helper-202: a bank siege, a landslide, an admissions scandal) showed missed, as a
reader of two matched claims sees it, and what the same readings must still leave alone."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution

from .test_differences import kinds, shown


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
    # still not against the same verb of another thing
    assert kinds("He did not pay the fine and left.", "He paid the rent and left.") == ()


@pytest.mark.parametrize(
    ("first", "second", "shown_pair"),
    [
        (
            "Some 400 residents of the lower village were evacuated.",
            "About 300 residents were evacuated from the lower village.",
            ("number", "some 400", "about 300", "evacuated"),
        ),
        (
            "The mud buried 12 houses in the upper part of the village.",
            "At least 15 homes were buried under mud and rock.",
            ("number", "12", "at least 15", "houses"),
        ),
        (
            "In all, 1.1 million Northgate customers lost electricity.",
            "Around 1.4 million customers lost power, the grid operator said.",
            ("number", "1.1 million", "around 1.4 million", "customers"),
        ),
        (
            "In all, 1.1 million Northgate customers lost electricity.",
            "Some 1.38 million Northgate Power customers were left without electricity.",
            ("number", "1.1 million", "some 1.38 million", "customers"),
        ),
        (
            "Wexcombe is ranked 14th among UK universities in the Complete University Guide.",
            "The university is ranked 41st in the Complete University Guide.",
            ("number", "14th", "41st", "rank"),
        ),
        (
            "A geological survey had classified the slope as unstable in 2017.",
            "The slope had been flagged as unstable in a 2019 geological survey.",
            ("date", "2017", "2019", "year"),
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
            "Four people have died, including a child, the prefecture said.",
            "At least four people died, according to civil protection officials.",
            ("source", "the prefecture", "civil protection officials", "source"),
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
        (
            '"It is a betrayal," said students\' union president Amara Osei.',
            "students' union president Amara Osei",
        ),
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
        ("The FBI is investigating, a bureau spokesperson confirmed.", "a bureau spokesperson"),
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
        # who the people are is read past "of" only up to the verb "be"
        ("Some 400 residents of the village were evacuated.", "400 residents were evacuated."),
        ("Eight people were injured.", "Twelve people were killed."),
        # a capitalised word before lower-case things describes them
        ("The navy captured 23 Somali pirates.", "The navy captured 23 pirates."),
        # two ranks of one thing in two clauses of different events
        (
            "The university is ranked 14th in the league table.",
            "The university, which was founded in 1890, ranked 41st for research in 2010.",
        ),
        # a year before a plural noun stays a count ("the 2000 troops")
        ("The 2000 troops left in May.", "The troops left in May."),
        # a name two people share is not one name spelt two ways
        ("Stephen Smith scored twice.", "Stephen Smith scored twice for the team."),
        # "the prefecture" is no office, and bodies told apart by nothing else are one account
        (
            "Four people have died, the prefecture said.",
            "Four people were killed, the regional civil protection agency said.",
        ),
    ],
)
def test_the_new_readings_leave_agreement_alone(first: str, second: str) -> None:
    assert kinds(first, second) == ()
