"""Two bodies of different kinds are two sources, each named by its kind alone or in full
(the written stories' source misses, 2026-12-08)."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.differences.body_kinds import bodies_apart, kind_of_body

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The tank failed at about 11.40pm, the trust said.",
            "The tank failed at 11.40pm, the fire service said.",
            ("the trust", "the fire service"),
        ),
        (
            "Some 3,000 trees were felled in Finistère, the prefecture said.",
            "More than 3,000 trees were toppled, according to the fire service.",
            ("the prefecture", "the fire service"),
        ),
        (
            "The first complaint came from a mother in Doncaster, the company said.",
            "The first complaint came from a mother in Doncaster, according to the Food"
            " Standards Agency.",
            ("the company", "the Food Standards Agency"),
        ),
    ],
)
def test_two_bodies_of_different_kinds_are_two_sources(
    first: str, second: str, values: tuple[str, str]
) -> None:
    assert ("source", *values, "source") in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The tank failed, the company said.", "The tank failed, the firm said."),
        ("The tank failed, the trust said.", "The tank failed, the hospital said."),
        ("The tank failed, North Yorkshire Police said.", "The tank failed, police said."),
        ("The tank failed, officials said.", "The tank failed, the fire service said."),
        ("The tank failed, the rescue team said.", "The tank failed, the club said."),
    ],
)
def test_bodies_of_one_kind_or_sources_of_no_kind_are_not_told_apart(
    first: str, second: str
) -> None:
    assert "source" not in kinds(first, second)


def test_a_body_is_known_by_the_last_words_of_its_name_or_whom_its_speaker_speaks_for() -> None:
    assert kind_of_body("a spokeswoman for the hotel") is None  # no kind listed
    assert kind_of_body("the county fire service") == kind_of_body("the fire brigade")
    assert kind_of_body("a spokesman for the company") == kind_of_body("the operator")
    assert bodies_apart("Mercia Police", "the company")
    assert not bodies_apart("Inspector Ann Cole", "the company")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # helper-239's review: a trust that is a charity or runs a school, a surname, a citation
        ("The site will close, the National Trust said.", "The site will close, the charity said."),
        ("The school will reopen, the Brisco Academy Trust said.", "The school will reopen."),
        ("Ten were hurt, Emma Park said.", "Ten were hurt, the trust said."),
        (
            "Ten were hurt, the company said, citing the fire service.",
            "Ten were hurt, the fire service said.",
        ),
    ],
)
def test_a_trust_a_surname_or_a_source_cited_is_no_second_body(first: str, second: str) -> None:
    assert "source" not in kinds(first, second)
