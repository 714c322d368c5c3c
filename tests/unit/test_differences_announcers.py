"""Sources a reader sees told apart when one claim credits a body that announces and the other
the person the news is about, and sources written in the perfect ("has reported") or named
after the verb with where they spoke ("said ... at a news conference")."""

from __future__ import annotations

from mkdocs_claimdiff.claims.further import find_further_source

from .test_differences import shown

ACADEMY = "Ellen DeGeneres will host the Oscars next year, the Academy announced Friday."


def test_a_body_that_announces_and_the_person_it_announces_are_two_sources() -> None:
    assert shown(
        ACADEMY, "Ellen DeGeneres announced on Friday that she will host the Oscars next year."
    ) == [("source", "the Academy", "Ellen DeGeneres", "source")]
    assert shown("DeGeneres tweeted Friday that she will host the Oscars next year.", ACADEMY) == [
        ("source", "DeGeneres", "the Academy", "source")
    ]


def test_a_body_and_a_person_are_one_source_when_the_person_speaks_in_the_body_s_words() -> None:
    # her quoted reaction, her words in the body's announcement, the body's own president
    for other in (
        '"I am so excited to be hosting the Oscars next year," DeGeneres said in a statement.',
        "DeGeneres said in the Academy's announcement that she will host the Oscars next year.",
        "Ellen DeGeneres will host the Oscars next year, Academy president Sid Ganis said.",
    ):
        assert shown(ACADEMY, other) == [], other


def test_a_body_is_not_told_from_a_person_its_claim_does_not_name() -> None:
    person = "Ellen DeGeneres announced on Friday that she will host the Oscars next year."
    assert (
        shown("Jackman will host the Oscars next year, the Academy announced Friday.", person) == []
    )
    # "the statement" may be her own
    assert (
        shown("Ellen DeGeneres will host the Oscars next year, the statement said.", person) == []
    )


def test_a_body_that_announces_is_read_only_when_named_after_the() -> None:
    assert find_further_source("Jackman will host, the Academy announced Friday.") == "the Academy"
    assert (
        find_further_source(
            "The Academy of Motion Picture Arts and Sciences announced that Jackman will host."
        )
        is None
    )


def test_a_source_in_the_perfect_is_read_and_told_apart() -> None:
    assert (
        find_further_source("Stephen A. Smith has reported that the 76ers fired Maurice Cheeks.")
        == "Stephen A. Smith"
    )
    assert find_further_source("The plant will close, Reuters has said.") == "Reuters"
    assert shown(
        "Stephen A. Smith has reported that the 76ers have parted ways with coach Maurice Cheeks.",
        "The 76ers have parted ways with coach Maurice Cheeks, ESPN reported.",
    ) == [("source", "Stephen A. Smith", "ESPN", "source")]


def test_a_pronoun_or_a_determiner_in_the_perfect_is_no_source() -> None:
    for sentence in (
        "It has been reported that the plant will close.",
        "Some have said the plant will close.",
        "He has told police he was at home.",
        "The coach has told the players to run.",
    ):
        assert find_further_source(sentence) is None, sentence


def test_a_speaker_after_the_verb_with_where_it_was_said_is_a_source() -> None:
    assert shown(
        '"We were not progressing the way we wanted," said general manager Ed Stefanski at a '
        "news conference.",
        '"We were not progressing the way we wanted," Reuters reported.',
    ) == [("source", "general manager Ed Stefanski", "Reuters", "source")]
    assert (
        find_further_source('"We will close it," said Ford spokesman Mark Truby in an interview.')
        == "Ford spokesman Mark Truby"
    )
    # the speaker must close the clause: "said he was tired at a news conference" names no one
    assert find_further_source("The coach said he was tired at a news conference.") is None
