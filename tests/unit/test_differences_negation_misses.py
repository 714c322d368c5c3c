"""What the written stories' negation misses showed (2026-12-08): a denial told of the same
man by a pronoun, of what someone is ("is not a student"), in a passive the other claim tells
in the active, and beside a denial of something else in another report."""

from __future__ import annotations

import pytest

from .test_differences import kinds, shown


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "He will appeal against the conviction, his lawyer said.",
            "Pryce's lawyer said he would not appeal.",
            ("appeal", "not appeal", "appeal"),
        ),
        (
            "The man is a second-year student at the university, police said.",
            "The arrested man is not a student at the university, police said.",
            ("student", "not a student", "student"),
        ),
        (
            "The birth is part of a European breeding programme for the species.",
            "The birth was not part of a formal breeding programme.",
            ("part", "not part", "part"),
        ),
        (
            "The captain has not been detained, police said on Monday.",
            "Police detained Captain Reuben Acosta for questioning late on Saturday.",
            ("not been detained", "detained", "detained"),
        ),
        (
            "The climbers themselves triggered the slide, experts said.",
            "The slide was not triggered by the climbers, Police Scotland said.",
            ("triggered", "not triggered", "triggered"),
        ),
        (
            "Kessler said he had done nothing wrong but had not repaid the money.",
            "Kessler denied any wrongdoing and said he had repaid the money.",
            ("not repaid", "repaid", "repaid money"),
        ),
    ],
)
def test_a_denial_in_other_words_of_the_same_is_a_negation(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("negation", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another man's "he", another thing's passive, what someone is described otherwise
        ("She will appeal the ruling, her lawyer said.", "He said he would not appeal."),
        ("The driver was not charged.", "Prosecutors charged the driver's brother with murder."),
        ("The driver was not charged.", "Prosecutors charged the driver's brother."),
        ("The captain has not been detained.", "Police detained the first mate."),
        ("The village was not evacuated.", "About 300 residents were evacuated from the village."),
        (
            "The man is a part-time student at the university.",
            "The man is not a full-time student at the university.",
        ),
        ("He is a student.", "He is not a student of law, his tutor said."),
        # a denial in the same report stays the other claim's: it may say the same
        ("We weren't executing, the coach said.", "I didn't feel we were executing, he said."),
        (
            "Jackman has never been nominated for an Oscar.",
            "Jackman has never been an Oscar nominee, but was nominated for a Golden Globe.",
        ),
    ],
)
def test_a_denial_of_someone_or_something_else_is_no_negation(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The Skyrest captain abandoned the take-off and braked hard.",
            "The Skyrest pilot continued the take-off and climbed steeply over the Boeing.",
            ("abandoned", "continued", "take-off"),
        ),
        (
            "SNCF cancelled all trains between Rennes and Brest on Monday.",
            "Trains between Rennes and Brest continued to run on Monday, the rail operator said.",
            ("cancelled", "continued", "trains"),
        ),
        (
            "About 30 planned operations were postponed on Monday, the trust confirmed.",
            "Planned operations have continued as normal, the trust said.",
            ("postponed", "continued", "operations"),
        ),
        (
            "Trains on the East Coast Main Line, which links London and Edinburgh, ran normally.",
            "LNER cancelled 42 trains on the East Coast Main Line.",
            ("ran normally", "cancelled", "trains"),
        ),
        (
            "The search was called off at dusk.",
            "Rescuers continued the search through the night.",
            ("called off", "continued", "search"),
        ),
    ],
)
def test_a_thing_stopped_against_the_same_thing_going_on_is_a_negation(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("negation", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a denied stop says it went on, an unsure one says nothing yet, a claim of both neither
        ("The pilot did not abort the takeoff.", "The pilot continued the take-off."),
        ("The match may be postponed.", "The match went ahead as planned."),
        ("Organisers threatened to cancel the march.", "The march went ahead on Saturday."),
        (
            "The search was suspended overnight and continued on Tuesday.",
            "The search continued on Tuesday.",
        ),
        # another thing stopped than went on
        ("The captain abandoned the take-off.", "The captain continued to brake."),
        ("Schools were closed and exams postponed.", "Trains continued to run."),
    ],
)
def test_a_stop_unsure_denied_or_of_another_thing_is_no_negation(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "A 2023 state inspection did not rate the bridge in poor condition.",
            "The bridge was rated in poor condition during a 2023 state inspection.",
            ("not rate", "rated", "rate bridge"),
        ),
        (
            "Police did not arrest the driver.",
            "The driver was arrested on Tuesday.",
            ("not arrest", "arrested", "arrest driver"),
        ),
        (
            "Police said last night that no arrests had been made.",
            "A 47-year-old crane boss was arrested last night over the tragedy.",
            ("no arrests", "arrested", "arrests"),
        ),
        (
            "No officers were hurt, Eastport Police said.",
            "Two officers were injured in the clashes, police said.",
            ("No officers", "injured", "officers hurt"),
        ),
    ],
)
def test_a_denial_against_a_passive_or_a_count_of_those_it_befell_is_a_negation(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("negation", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Police did not evacuate the village.", "The village was evacuated by firefighters."),
        ("Police did not arrest the driver.", "The driver's brother was arrested on Tuesday."),
        ("No officers were hurt.", "Two protesters were injured in the clashes."),
        ("No arrests have been made.", "Police plan to arrest two men."),
    ],
)
def test_a_passive_of_another_doer_or_thing_is_no_negation(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "All five were carrying avalanche transceivers, police said.",
            "None of the group was carrying an avalanche transceiver, the rescue team said.",
            ("carrying", "None of the group was carrying", "carrying avalanche"),
        ),
        (
            "None of the hostages was injured.",
            "Two hostages were injured.",
            ("None of the hostages was injured", "injured", "injured"),
        ),
    ],
)
def test_none_of_a_group_denies_what_the_other_says_of_them(
    first: str, second: str, values: tuple[str, str, str]
) -> None:
    assert ("negation", *values) in shown(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("None of the money has been recovered.", "Police have recovered most of the money."),
        ("None of the hostages was injured.", "The hostages were injured in 2019, police said."),
        ("None of this was planned.", "The attack was planned for months."),
    ],
)
def test_none_of_denies_no_statement_of_part_or_without_a_count(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # helper-238's review: two things sharing a word, a part, a pause, a denial in a frame
        ("Ryanair cancelled 40 flights to Dublin.", "Aer Lingus flights to Dublin went ahead."),
        ("The men's final was postponed.", "The women's final went ahead."),
        ("Unite called off the strike at Heathrow.", "The strike at Gatwick continued."),
        ("Some flights were cancelled.", "Most flights operated normally."),
        ("Flights were cancelled.", "Delays to flights continued into the evening."),
        ("Play was suspended for 20 minutes.", "Play continued after the storm."),
        ("The officer continued to deny wrongdoing.", "The officer was suspended."),
        ("Officials denied that the concert had been cancelled.", "The concert went ahead."),
        ("The festival was cancelled in 2020.", "The festival went ahead this year."),
        ("The flight to Paris may be cancelled.", "The flight to Paris departed on time."),
    ],
)
def test_a_stop_and_a_going_on_of_two_things_or_times_is_no_negation(
    first: str, second: str
) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The launch was scrubbed.", "The launch went ahead."),
        ("The event was cancelled.", "The event took place as planned."),
        ("Work on the bridge was halted.", "Work on the bridge carried on."),
        ("The flight to Paris was cancelled.", "The flight to Paris went ahead."),
    ],
)
def test_more_ways_of_stopping_and_going_on_are_read(first: str, second: str) -> None:
    assert "negation" in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # helper-236's review: a condition; a description changed or bounded in time
        ("He will appeal if the sentence is upheld.", "His lawyer said he would not appeal."),
        ("The man is a former student at the university.", "The man is not a student."),
        ("She was a member until 2018.", "She is not a member."),
        # the passive's subject is not the very thing acted on, or another doer is named
        ("Police detained the deputy mayor.", "The mayor has not been detained."),
        ("Police sealed off the school car park.", "The school was not sealed off."),
        ("Snowboarders triggered the slide.", "The slide was not triggered by the climbers."),
        ("Rioters smashed the windows.", "The windows of the building were not smashed."),
        # a denial of someone else told after "and said"
        ("Kessler had repaid the money.", "Kessler denied wrongdoing and said others had repaid."),
    ],
)
def test_a_denial_of_another_or_bounded_is_no_negation(first: str, second: str) -> None:
    assert "negation" not in kinds(first, second)


def test_a_hedged_verb_is_stated_in_its_irregular_past() -> None:
    """ "is believed to have come from" hedges what "came from" states (a written story)."""
    assert ("hedge", "believed to", "stated as fact", "certainty") in shown(
        "The glass is believed to have come from a light fitting above a production line.",
        "The glass came from a light fitting above a production line, the company said.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # helper-239's review: another occasion, another of the thing, another doer, a refusal
        ("Police did not arrest the driver.", "The driver was arrested in 2019 for drink-driving."),
        ("Police did not arrest the driver.", "The other driver was arrested."),
        ("Police did not arrest the driver at the scene.", "The driver was arrested at his home."),
        ("The inspection did not rate the bridge as poor.", "The bridge was rated as critical."),
        ("Police would not name the victim.", "The victim was named by relatives as Sarah Jones."),
        ("Police did not name the victim.", "The victim was named locally as Sarah Jones."),
        # "None of" another group or some of it
        ("None of the crew was hurt.", "Two passengers were hurt."),
        ("None of the remaining passengers was hurt.", "Two passengers were hurt."),
        # no arrests at another time, or none done
        ("No arrests have been made.", "Two men were arrested last year over a similar attack."),
        ("No arrests were made at the scene.", "A man was later arrested at his home."),
        ("No arrests have been made.", "Two men were detained under the Mental Health Act."),
    ],
)
def test_a_denial_and_a_statement_of_another_occasion_or_thing_are_no_negation(
    first: str, second: str
) -> None:
    assert "negation" not in kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # helper-240's audit: "It is alleged that" and "Witnesses believe" hedge
        (
            "Police are examining claims that campaigners filled in ballot papers.",
            "It is alleged that the ballots were filled in by campaigners.",
            (),
        ),
        (
            "Witnesses believe the engine cut out as the plane climbed into a loop.",
            "The aircraft is thought to have suffered an engine failure in the loop.",
            (),
        ),
        (
            "Crooked campaigners filled in the ballots of elderly care home residents.",
            "It is alleged that the ballots of elderly residents were filled in by campaigners.",
            ("hedge",),
        ),
        (
            "The engine cut out mid-loop, horrified onlookers said.",
            "Witnesses believe the engine cut out as the plane climbed into a loop.",
            ("hedge",),
        ),
    ],
)
def test_it_is_alleged_and_witnesses_believe_are_hedges(
    first: str, second: str, expected: tuple[str, ...]
) -> None:
    assert kinds(first, second) == expected
