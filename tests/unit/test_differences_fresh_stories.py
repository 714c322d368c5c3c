"""What two blind audits on stories written for them found (helper-187: a factory fire, a
sentencing and a flood, each told by four outlets; helper-188: a harbour fire), as a reader of
two matched claims sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution
from mkdocs_claimdiff.differences.stances import STANCES_READ, stances

from .test_differences import _matched_pair, kinds, shown


def test_a_figure_in_words_counting_some_of_a_group_is_compared() -> None:
    """ "Three of the injured" and "Four of the injured" were shown as one claim: "of" ended
    what the figure counts, and a figure in words that counts nothing is no figure."""
    assert shown(
        "Three of the injured were taken to St Mary's Hospital in a serious condition.",
        "Four of the injured were taken to St Mary's Hospital in a serious condition.",
    ) == [("number", "Three", "Four", "of the injured")]
    # Some of a group is no count of the group's whole (helper-189's review).
    assert kinds("Three of the injured were taken to hospital.", "Seven people were injured.") == ()
    assert kinds("Two of the five victims were children.", "Two of the six victims were.") == (
        "number",
    )
    # One of a group is a person, not a count ("one of the climbers said").
    assert kinds("One of the climbers said the ridge was icy.", "A climber said it was icy.") == ()


def test_a_denial_against_an_admission_of_the_same_thing_is_a_negation() -> None:
    assert shown(
        "The mayor denied the allegations on Monday.",
        "The mayor confirmed the allegations on Monday.",
    ) == [("negation", "denied the allegations", "confirmed the allegations", "allegations")]
    assert (
        kinds("The mayor did not deny the allegations.", "The mayor confirmed the allegations.")
        == ()
    )
    assert kinds("The club confirmed the report.", "The club confirmed the report on Monday.") == ()


def test_the_day_of_a_date_opens_no_range() -> None:
    """ "sentenced on March 7 to nine years" was read as "7 to nine years"."""
    assert shown(
        "Gerald Whitcombe was sentenced on March 7 to nine years in prison.",
        "Gerald Whitcombe, 58, was sentenced to 11 years in prison on Friday.",
    ) == [("number", "nine years", "11 years", "duration")]


def test_a_sum_with_a_thousands_comma_stays_in_the_clause_its_year_dates() -> None:
    assert shown(
        "The company had been fined $48,000 in 2021 for blocking fire exits.",
        "The company was fined $48,000 in 2019 over blocked fire exits.",
    ) == [("date", "2021", "2019", "year")]


def test_an_abbreviated_rank_is_a_title() -> None:
    assert (
        kinds(
            "Superintendent Claire Dunmore of Ardenshire Police urged people not to drive.",
            "Supt Dunmore urged people not to drive through flood water.",
        )
        == ()
    )


def test_the_judge_does_not_stand_for_prosecutors_named_before(tmp_path: Path) -> None:
    """ "the judge said" was shown as "the judge [prosecutors]" against the judge's name."""
    first = (
        "Whitcombe stole money.\n\nProsecutors said Whitcombe moved the money through a shell"
        ' company.\n\n"You betrayed the people who trusted you with their money," the judge'
        " said.\n"
    )
    second = (
        'Whitcombe was sentenced.\n\n"You betrayed the people who trusted you with their'
        ' money," Lowell told Whitcombe.\n'
    )
    assert _matched_pair(tmp_path, first, second, "betrayed") == ()


def test_a_name_after_a_title_is_read_without_who_the_title_is_of() -> None:
    """ "U.S. District Judge Patricia Lowell" was one name of four words, "District Judge
    Patricia Lowe" another, so the spelling was never set against the other."""
    assert shown(
        "U.S. District Judge Patricia Lowell also ordered Whitcombe to repay the full amount.",
        "District Judge Patricia Lowe also ordered him to repay the money.",
    ) == [("name", "Patricia Lowell", "Patricia Lowe", "spelling of a name")]
    assert kinds("Los Angeles County Sheriff Lee Baca said so.", "Sheriff Lee Baca said so.") == ()


def test_last_and_next_date_a_month() -> None:
    assert shown(
        "He pleaded guilty last October to wire fraud.",
        "Whitcombe pleaded guilty in November to wire fraud.",
    ) == [("date", "last October", "in November", "month")]


def test_a_weekday_is_set_against_the_weekday_of_a_date_in_its_articles_year(
    tmp_path: Path,
) -> None:
    """helper-187's audit: "on Monday" against "on Nov. 3" of articles published on Tuesday 5
    November 2024 was no difference (Nov. 3 was a Sunday)."""
    dated = "---\npublished: 2024-11-05\n---\n\n"
    first = f"{dated}The fire broke out at the plant on Monday, officials said.\n"
    for date, expected in (("Nov. 3", ("date: Monday vs Nov. 3 (Sunday)",)), ("Nov. 4", ())):
        second = (
            "---\npublished: 2024-11-05\n---\n\n"
            f"The fire broke out at the plant on {date}, officials said.\n"
        )
        assert _matched_pair(tmp_path, first, second, "Monday") == expected
    # Without its article's date a date falls on no known weekday.
    undated = "The fire broke out at the plant on Nov. 3, officials said.\n"
    assert _matched_pair(tmp_path, first, undated, "Monday") == ()


def test_a_road_or_a_model_written_as_a_code_is_a_name() -> None:
    """ "The A569 was closed" against "The A59 was closed" was one claim, and the digest quoted
    the outlier as what most outlets agree on."""
    assert shown(
        "The A569 was closed between Kelsall and Ashby Green.",
        "The A59 between Kelsall and Ashby Green was closed.",
    ) == [("name", "A569", "A59", "code")]
    assert kinds("The plane, an A380, landed safely.", "The A380 landed safely.") == ()
    # Of two codes of a kind, which goes with which is not told.
    assert kinds("Traffic moved along the M6 and the M62.", "Traffic moved along the M61.") == ()
    assert kinds("COVID-19 cases rose.", "COVID-20 cases rose.") == ()


def test_an_age_told_by_its_decade_is_the_range_of_its_years() -> None:
    assert shown(
        "A man in his seventies died when his car was swept off a flooded road.",
        "A 67-year-old man died after his car was swept away.",
    ) == [("number", "in his seventies", "67-year-old", "age")]
    assert kinds("A man in his seventies died.", "A 74-year-old man died.") == ()
    assert kinds("A man in his late 60s died.", "A 67-year-old man died.") == ()
    # Of another person: a detail only one claim gives.
    assert (
        kinds("A woman in her thirties was hurt.", "A 67-year-old man died, a woman was hurt.")
        == ()
    )


def test_two_offices_are_two_sources_though_one_names_no_one() -> None:
    assert shown(
        '"You betrayed the people who trusted you with their money," the judge said.',
        '"You betrayed the people who trusted you with their money," prosecutor Dana Hewitt'
        " told the court.",
    ) == [("source", "the judge", "Dana Hewitt", "source")]
    assert (
        kinds("The money is gone, the prosecutor said.", "The money is gone, prosecutors said.")
        == ()
    )
    assert (
        kinds("The money is gone, Judge Lowell said.", "The money is gone, the judge said.") == ()
    )


def test_a_time_given_again_in_another_zone_is_one_time() -> None:
    """helper-190's audit: "4:52 a.m. local time (0952 GMT)" against "4.52am local time (09.52
    GMT)" was a number difference, 0952 against 09.52."""
    assert (
        kinds(
            "The quake hit at 4:52 a.m. local time (0952 GMT), jolting residents awake.",
            "It struck at 4.52am local time (09.52 GMT), when most residents were asleep.",
        )
        == ()
    )
    assert shown("The quake hit at 0952 GMT.", "The quake hit at 1052 GMT.") == [
        ("date", "0952", "1052", "time (GMT)")
    ]
    # A time in GMT is set against no local time (helper-192's review).
    assert (
        kinds("The quake struck at 4:52 a.m. local time (0952 GMT).", "It struck at 0952 GMT.")
        == ()
    )
    assert (
        kinds("The vote closes at 2200 GMT on Friday.", "The vote closes at 11pm BST on Friday.")
        == ()
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Israel denied the strike on the depot.", "Hezbollah confirmed the strike on the depot."),
        (
            "Reuters could not independently confirm the report of the strike.",
            "The army denied the report of the strike.",
        ),
        (
            "Officials confirmed the fire started in the kitchen.",
            "Officials denied the fire was arson.",
        ),
        ("He initially denied the charges but later admitted them.", "He admitted the charges."),
        ("The board rejected the offer.", "The board confirmed the offer."),
        ("Police neither confirmed nor denied the report.", "Police confirmed the report."),
    ],
)
def test_stances_that_do_not_oppose_each_other(first: str, second: str) -> None:
    """helper-189's review of the rule of denials against admissions."""
    assert "negation" not in kinds(first, second)


def test_a_denial_of_reports_that_something_happened_opposes_its_confirmation() -> None:
    assert kinds(
        "The Foreign Office confirmed that a British tourist was among the injured.",
        "The Foreign Office denied reports that a British tourist was among the injured.",
    ) == ("negation",)


def test_a_huge_claim_gives_a_bounded_number_of_stances() -> None:
    """helper-189's review: each stance of one claim is set against each of the other's, and a
    claim of 1 MB took 85 s; only the first ``STANCES_READ`` are read."""
    sentence = "The mayor denied the claims and confirmed the report, " * 20_000
    assert len(stances(sentence)) == STANCES_READ


def test_what_the_review_of_the_new_name_day_and_source_rules_found() -> None:
    """helper-189's review."""
    # A title inside a name with a suffix keeps the name whole.
    assert kinds(
        "Martin Luther King III spoke at the rally.", "Martin Luther King Jr. spoke at the rally."
    ) == ("name",)
    # A month before a capitalised word is part of a name.
    assert kinds("He played at the last May Ball in Cambridge.", "He played a ball in June.") == ()
    # A councillor named earlier is the councillor of "the councillor said".
    assert kinds("The money is gone, the prosecutor said.", "The money is gone, the DA said.") == ()


def test_the_councillor_stands_for_the_councilman_named_before(tmp_path: Path) -> None:
    first = (
        "The council met.\n\nCouncilman Bob Jones said the vote was close.\n\n"
        '"We will fix the road this year," the councillor said.\n'
    )
    second = 'The council met.\n\n"We will fix the road this year," Jones said.\n'
    assert _matched_pair(tmp_path, first, second, "fix the road") == ()


def test_what_the_second_review_of_the_new_rules_found() -> None:
    """helper-192's review."""
    for first, second in (
        ("On Monday, Israel denied the strike.", "On Monday, Hezbollah confirmed the strike."),
        (
            "A spokesman for Israel denied the report.",
            "A spokesman for Hamas confirmed the report.",
        ),
        (
            "Russia's defence ministry denied the attack.",
            "Ukraine's defence ministry confirmed it.",
        ),
        ("The army confirmed the strike.", "The army denied the strike hit a hospital."),
        ("The club denied the reports.", "The club confirmed the reports were untrue."),
        ("The driver of a BMW M3 died in the crash.", "The driver died in the crash on the M6."),
        ("The Airbus A380 landed safely.", "The plane landed safely off the A4."),
    ):
        assert kinds(first, second) == (), (first, second)
    assert kinds("In January Smith was charged with fraud.", "In February Smith was charged.") == (
        "date",
    )
    assert kinds(
        "The money is gone, the defense attorney said.", "It is gone, the prosecutor said."
    ) == ("source",)
    # One disagreement is told once: a code that is also a name spelt two ways.
    assert shown("The COP28 talks in Dubai ended.", "The COP29 talks in Dubai ended.") == [
        ("name", "COP28", "COP29", "spelling of a name")
    ]


def test_a_weekday_is_set_against_no_date_when_its_claim_gives_a_date_too(tmp_path: Path) -> None:
    dated = "---\npublished: 2024-11-05\n---\n\n"
    first = f"{dated}The man who died on Monday had been missing since Oct. 20, police said.\n"
    second = f"{dated}The man had been missing since Oct. 20, police said.\n"
    assert _matched_pair(tmp_path, first, second, "Monday") == ()


def test_what_the_third_review_of_the_new_rules_found() -> None:
    """helper-194's review."""
    # Counts of times are counts, not clock times.
    assert kinds("He was stabbed 12 times, police said.", "He was stabbed 36 times.") == ("number",)
    # A time written with a.m. and a zone is a time of that zone.
    assert kinds("The quake hit at 9:52 a.m. GMT.", "The quake hit at 4:52 a.m. local time.") == ()
    assert kinds("The blast came at about 2200 GMT.", "The blast came at 2330 GMT.") == ("date",)
    # One subject named two ways, and a stance that goes on only with where or when.
    for first, second in (
        ("Mayor Eric Adams denied the allegations.", "Adams confirmed the allegations."),
        (
            "The company denied the allegations.",
            "The company confirmed the allegations to Reuters.",
        ),
        ("Israel denied the report late Tuesday.", "Israel confirmed the report."),
    ):
        assert kinds(first, second) == ("negation",), (first, second)
    # A U.S. attorney prosecutes; a defence attorney does not.
    assert (
        kinds(
            "It was fraud, U.S. Attorney Damian Williams said.",
            "It was fraud, the prosecutor said.",
        )
        == ()
    )
    assert kinds("Protesters marched in May Day rallies.", "Protesters marched in rallies.") == ()


def test_ordinals_in_digits_rank_what_follows_them() -> None:
    """ "the 87th minute" / "the 78th minute" were the same claim: an ordinal was read as a
    name ("76ers"), no figure (the written stories' misses, read 2026-12-07)."""
    assert shown(
        "The match was halted in the 87th minute after home fans invaded the pitch.",
        "The match was halted in the 78th minute when home fans invaded the pitch.",
    ) == [("number", "87th minute", "78th minute", "minute")]
    assert kinds("The fire started on the 3rd floor.", "The fire started on the third floor.") == ()
    assert kinds("He served in the 101st Airborne.", "He served in the 82nd Airborne.") == ()
    # an ordinal in words ranks in a scope of its own as often as not
    assert (
        kinds(
            "Cheeks is the fourth head coach since King took over as president.",
            "King announced that Cheeks has been hired as the 21st head coach of the 76ers.",
        )
        == ()
    )


def test_some_of_the_hurt_counted_by_how_gravely_are_compared() -> None:
    assert shown(
        "More than 60 others were injured, nine of them critically, police said.",
        "Sixty-four people were injured, 19 of them critically, police said.",
    ) == [("number", "nine", "19", "critically")]
    assert shown(
        "Sixty-four were hurt, nine critically, police said.",
        "Sixty-four people were injured, 19 of them critically, police said.",
    ) == [("number", "nine", "19", "critically")]
    assert (
        kinds("Sixty-four were hurt, nine critically.", "Sixty-four were hurt, nine seriously.")
        == ()
    )


def test_a_statement_ends_before_an_attribution_that_opens_with_said() -> None:
    """ "treated for minor injuries, said Lena Ortiz, a spokeswoman" was read as injuries
    followed by "said", no statement of them, so "No injuries have been reported" was no
    opposite (a written story's miss, read 2026-12-07)."""
    assert shown(
        "Two firefighters were treated for minor injuries, said Lena Ortiz, a spokeswoman.",
        "No injuries have been reported.",
    ) == [("negation", "injuries", "No injuries", "injuries")]


def test_a_body_stands_for_no_person_named_before_it(tmp_path: Path) -> None:
    """ "The company said" after "Lieutenant Governor Mark Ruiz said" was shown as "the
    company [Lieutenant Governor Mark Ruiz]", a source other than the company itself
    (helper-195's audit)."""
    first = (
        "The state will open an inquiry into the collapse, Lieutenant Governor Mark Ruiz said.\n"
        "The company said it was cooperating fully with regulators.\n"
    )
    second = "Tessaly said it was cooperating fully with investigators.\n"
    assert _matched_pair(tmp_path, first, second, "The company said") == ()


def test_we_believe_hedges_as_police_believe_does() -> None:
    """ "We believe this was a carefully planned operation," said the inspector was read as
    stated against "Police believe the raid was carefully planned" (helper-195's audit)."""
    assert (
        kinds(
            '"We believe this was a carefully planned operation," said Chief Inspector Ekdahl.',
            "Police believe the raid was a carefully planned operation, Ekdahl said.",
        )
        == ()
    )
    assert kinds(
        '"We believe this was a carefully planned operation," said Chief Inspector Ekdahl.',
        "The raid was a carefully planned operation, Chief Inspector Ekdahl said.",
    ) == ("hedge",)


def test_a_time_told_about_in_five_minutes_is_the_exact_time_near_it() -> None:
    assert kinds("The jet landed safely at 4:52 p.m.", "The plane landed at about 4:50 p.m.") == ()
    assert shown("The jet landed safely at 4:25 p.m.", "The plane landed at about 4:50 p.m.") == [
        ("date", "4:25 p.m.", "about 4:50 p.m.", "time")
    ]
    # exact times are told to the minute
    assert kinds("The jet landed at 4:52 p.m.", "The plane landed at 4:50 p.m.") == ("date",)


def test_witnesses_and_a_body_are_two_sources() -> None:
    assert shown(
        "The game was stopped in the 78th minute, according to witnesses.",
        "The league said the game was halted in the 78th minute.",
    ) == [("source", "witnesses", "the league", "source")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("It was the 5th time police were called.", "Police were called at 5 p.m."),
        ("It was the 5th time this year.", "It was the 3rd time this month."),
        (
            "Cheeks is the 4th head coach since King took over as president.",
            "King announced that Cheeks has been hired as the 21st head coach of the 76ers.",
        ),
        ("It was his 5th goal of the season.", "It was his 3rd goal in the game."),
        (
            "Lagos is the 2nd largest city in Africa.",
            "Lagos has the 5th largest economy in Africa.",
        ),
        ("The worst attack of the 21st century.", "The worst attack since the 20th century."),
    ],
)
def test_ordinals_of_their_own_scopes_are_no_difference(first: str, second: str) -> None:
    """Found by helper-196's review of the first reading of ordinals, which ranked any word."""
    assert kinds(first, second) == ()


def test_a_possessive_ends_a_name_and_a_company_s_legal_form_is_no_word_of_it() -> None:
    """ "Anders Lindqvist's Winter Harbour" was one name of four words, and "Tessaly Coal
    Company" one of three: neither was compared with "Anders Lindquist" or "Tesally Coal"
    (helper-195's audit)."""
    assert shown(
        "They took Anders Lindqvist's Winter Harbour.",
        "They took Winter Harbour, by Anders Lindquist.",
    ) == [("name", "Anders Lindqvist's", "Anders Lindquist", "spelling of a name")]
    assert shown(
        "Tessaly Coal Company employs 240 people.", "Tesally Coal employs 240 people."
    ) == [("name", "Tessaly Coal Company", "Tesally Coal", "spelling of a name")]
    assert (
        kinds("Tessaly Coal Company employs 240 people.", "Tessaly Coal employs 240 people.") == ()
    )
    # a difference of punctuation alone is none, found once a possessive ended the name before
    assert (
        kinds(
            "He joins Oklahoma City's P.J.Carlesimo among coaches fired this season.",
            "He joins P.J. Carlesimo of Oklahoma City among coaches fired this season.",
        )
        == ()
    )


def test_a_named_curator_and_the_police_are_two_sources() -> None:
    assert shown(
        "The alarm sounded at 3:42 a.m., according to museum curator Johan Berglund.",
        "The alarm was triggered at 3:42 a.m., police said.",
    ) == [("source", "Johan Berglund", "police", "source")]
    # a director may be the police's own (helper-201's review)
    assert (
        kinds(
            "Two men were arrested, police said.",
            "Two men were arrested, police operations director Jane Doe said.",
        )
        == ()
    )


@pytest.mark.parametrize(
    ("first", "second", "shown_pair"),
    [
        (
            "Four masked intruders climbed a ladder.",
            "Three thieves climbed a ladder.",
            ("number", "Four", "Three", "masked intruders"),
        ),
        (
            "Four artworks were stolen in the raid.",
            "Five paintings were stolen in the raid.",
            ("number", "Four", "Five", "artworks"),
        ),
        (
            "The hospital postponed 23 surgeries.",
            "The hospital postponed 32 operations.",
            ("number", "23", "32", "surgeries"),
        ),
        (
            "Eleven passengers suffered minor injuries.",
            "Seventeen passengers were hurt.",
            ("number", "Eleven", "Seventeen", "passengers"),
        ),
    ],
)
def test_one_count_named_two_ways_is_compared(
    first: str, second: str, shown_pair: tuple[str, str, str, str]
) -> None:
    """Counts of one group under two nouns (helper-195's audit)."""
    assert shown(first, second) == [shown_pair]


def test_counts_of_some_of_the_people_or_a_group_are_not_compared() -> None:
    """Who they are is a part of the people something befell (helper-199's review of a first
    reading of miners, men and the like as people)."""
    assert (
        kinds(
            "Three firefighters were injured.",
            "Eight people were injured, including three firefighters.",
        )
        == ()
    )
    assert kinds("Two women were killed.", "Three men were killed.") == ()
    assert (
        kinds("Seven of the miners were rescued by helicopter.", "Twelve miners were rescued.")
        == ()
    )
    assert kinds("Eleven people were treated at the scene.", "Four people were hurt.") == ()
    # the group of a part: what befell is the part's
    assert kinds("One person died in the attack.", "Two of the three victims died.") == ()
    assert kinds("Three of the injured were taken to hospital.", "Seven people were injured.") == ()


def test_two_named_people_of_one_body_are_two_sources() -> None:
    """A spokeswoman and the chief executive of one airline were taken for a role and the
    person who may hold it (helper-195's audit)."""
    assert shown(
        "The crew did well, said Crestline spokeswoman Alicia Marsh.",
        "The crew did well, Crestline chief executive Robert Hale said.",
    ) == [("source", "Crestline spokeswoman Alicia Marsh", "Robert Hale", "source")]
    # a role of the body against a person who may hold it stays one source
    assert (
        kinds(
            "The crew did well, a Crestline spokeswoman said.",
            "The crew did well, Alicia Marsh said.",
        )
        == ()
    )


def test_a_named_speaker_who_calls_something_in_a_quotation_is_its_source() -> None:
    assert shown(
        'Culture Minister Lena Sjöberg called the theft "an attack on our shared heritage."',
        'The theft was "an attack on our shared heritage", Prime Minister Henrik Dahl said.',
    ) == [("source", "Culture Minister Lena Sjöberg", "Prime Minister Henrik Dahl", "source")]
    assert kinds("Police called the fire department.", "Police called the fire brigade.") == ()


def test_thought_to_set_apart_by_commas_hedges() -> None:
    assert shown(
        "The thieves, thought to be three men, entered through an upper window.",
        "Three masked men entered through an upper window.",
    ) == [("hedge", "thought to", "stated as fact", "certainty")]


def test_an_estimated_figure_against_one_told_about_is_no_hedge_difference() -> None:
    assert (
        kinds(
            "The stolen works are worth an estimated 95 million kronor.",
            "Together the works are worth around 95 million kronor.",
        )
        == ()
    )
    assert kinds(
        "The stolen works are worth an estimated 95 million kronor.",
        "Together the works are worth 95 million kronor.",
    ) == ("hedge",)


def test_a_sum_named_by_its_currency_is_money_and_residents_are_people() -> None:
    """ "€48,000" / "84,000 euros" and "30,000 residents" / "25,000 people" were never
    compared (helper-197's audit)."""
    assert shown(
        "He billed the ministry for €48,000 worth of private flights.",
        "He billed the ministry for 84,000 euros in private air travel.",
    ) == [("number", "€48,000", "84,000 euros", "money")]
    assert shown("He earns $4 million a year.", "He earns 5 million dollars a year.") == [
        ("number", "$4 million", "5 million dollars", "money a year")
    ]
    # a sum in another currency is no other figure: most often a conversion
    assert (
        kinds("The works are worth 95 million kronor.", "The works are worth €8.6 million.") == ()
    )
    assert kinds(
        "The works are worth 95 million kronor.", "The works are worth 59 million kronor."
    ) == ("number",)
    assert shown(
        "Around 30,000 residents have been told not to drink tap water.",
        "About 25,000 people have been told not to drink tap water.",
    ) == [("number", "around 30,000", "about 25,000", "residents")]


def test_few_says_what_many_not_says() -> None:
    """ "few of the passengers were wearing life jackets" was read as the opposite of "many
    were not wearing" (helper-197's audit)."""
    assert (
        kinds(
            "Many passengers were not wearing life jackets, survivors said.",
            "Survivors said few of the passengers were wearing life jackets.",
        )
        == ()
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Corrosion is thought to have caused the tank to fail.",
            "Investigators suspect corrosion caused the tank to fail.",
        ),
    ],
)
def test_investigators_who_suspect_hedge(first: str, second: str) -> None:
    assert kinds(first, second) == ()


def test_a_police_suspect_is_no_hedge() -> None:
    assert (
        kinds("Police suspect arrested after chase.", "Suspect arrested after chase, police said.")
        == ()
    )


def test_a_count_that_opens_a_headline_is_no_speaker() -> None:
    """ "Seventeen confirmed dead as ferry capsizes" was read as "Seventeen" confirming, and
    "according to the governor's office" after it shown as "the governor's office
    [Seventeen]" (helper-197's audit)."""
    assert find_attribution("Seventeen confirmed dead as ferry capsizes", headline=True) is None
    assert find_attribution("Three reported missing after flood") is None
    assert find_attribution("CNN has confirmed the news.") == "CNN"


def test_a_denial_of_another_s_meeting_is_no_opposite() -> None:
    assert kinds("Cheeks did not meet them.", "Stefanski said he met with Cheeks.") == ()
    assert (
        kinds("DiLeo has never been an NBA coach.", "Never have NBA coaches fallen so early.") == ()
    )


@pytest.mark.parametrize(
    "counted",
    [
        "About 200 homes near the plant were evacuated as a precaution.",
        "Police evacuated 120 homes closest to the plant overnight.",
    ],
)
def test_no_things_befallen_against_a_count_of_them_is_a_negation(counted: str) -> None:
    """ "No homes were evacuated" against a count of homes evacuated (helper-197's audit)."""
    assert kinds(counted, "No homes were evacuated, police said.") == ("negation",)
    assert kinds(counted, "No homes were damaged, police said.") == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The hostages were not harmed.",
            "The gunmen harmed two guards before freeing the hostages.",
        ),
        ("The driver was not charged.", "Prosecutors charged the driver's brother with murder."),
        ("Police released 3 suspects.", "Police did not release the suspects' names."),
        ("Smith won the 2012 election.", "Smith did not win the election in 2008."),
        (
            "Ellen DeGeneres will host this year's Oscars.",
            "He said he would not host the Oscars again.",
        ),
    ],
)
def test_a_denial_of_another_object_is_no_opposite(first: str, second: str) -> None:
    """Readings of a passive's object and of the word after a figure or a describing word
    were tried and taken out (helper-199's review found these pairs labelled negations)."""
    assert "negation" not in kinds(first, second)


def test_a_sentence_s_subject_alone_dates_no_event() -> None:
    """A reading of a sentence's capitalised first word as a word of its day's clause was
    tried and taken out: the subject is what the story is about (helper-199's review)."""
    assert kinds("Police arrested him on Monday.", "He was released by police on Wednesday.") == ()
    assert (
        kinds("Thieves broke into the museum on Sunday.", "The thieves were caught on Wednesday.")
        == ()
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Smith scored in the 23rd minute.", "Jones equalised in the 87th minute."),
        (
            "The fire broke out on the 3rd floor.",
            "Firefighters rescued a woman from the 10th floor.",
        ),
        ("The company was fined $2 million.", "The company was fined 1.5 million euros."),
        (
            "He must also repay 24,000 euros in prize money.",
            "He must forfeit about $28,000 in prize money.",
        ),
        ("Police suspect dies in custody.", "Man arrested by police dies in custody."),
        (
            "Nobody believes the official account of the crash.",
            "The official account of the crash was disputed.",
        ),
    ],
)
def test_what_the_review_found_labelled_differs_is_not(first: str, second: str) -> None:
    """Pairs helper-199's review (and helper-198's audit: the prize money) found labelled
    `differs` by the first versions of the day's rules."""
    assert kinds(first, second) == ()


def test_every_few_and_the_few_deny_nothing() -> None:
    assert kinds("Every few minutes the alarm sounded.", "The alarm did not sound.") == (
        "negation",
    )


def test_a_count_that_opens_a_name_stays_in_it() -> None:
    assert find_attribution("Nine News reported that two men were arrested.") == "Nine News"


def test_a_tabloid_s_gran_is_a_title() -> None:
    """ "Gran Margaret Okafur" was a name of three words, never set against "Margaret Okafor"
    (helper-198's audit)."""
    assert shown(
        "Margaret Okafor, 81, died in her fourth-floor flat.",
        "Gran Margaret Okafur, 81, was killed in her fourth-floor flat.",
    ) == [("name", "Margaret Okafor", "Margaret Okafur", "spelling of a name")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Crews battled the blaze on Friday morning.",
            "Crews were still battling the blaze on Friday afternoon.",
        ),
        (
            "Power was cut to 20,000 homes in the city on Tuesday morning.",
            "Power was restored to 20,000 homes in the city on Tuesday evening.",
        ),
    ],
)
def test_two_parts_of_one_day_in_a_rolling_story_are_no_difference(first: str, second: str) -> None:
    """A reading of two parts of one weekday as a date difference was tried and taken out:
    most stories tell one day in phases (helper-201's review)."""
    assert kinds(first, second) == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Officials plan to evacuate 200 homes.", "No homes were evacuated."),
        ("About 200 homes near the plant were ordered evacuated.", "No homes were evacuated."),
        (
            "Sandbags protected 300 homes that would otherwise have been flooded.",
            "No homes were flooded.",
        ),
        ("Nadal beat Smith in the 2nd round.", "Nadal beat Smith to reach the 3rd round."),
        (
            "He scored the winner in the 90th minute.",
            "He scored the winner in the 3rd minute of stoppage time.",
        ),
        (
            "The fire broke out on the 3rd floor of the hotel.",
            "Guests on the 10th floor of the hotel were evacuated after the fire broke out.",
        ),
        (
            "Witnesses told the newspaper the driver fled.",
            "The driver fled, the newspaper reported.",
        ),
        (
            "The judge said she believes the victim and sentenced Smith to 10 years.",
            "The judge sentenced Smith to 10 years.",
        ),
        (
            "Thieves stole four paintings from the gallery.",
            "The gallery, home to 3,000 works, was robbed.",
        ),
        ("Hudson's Bay Company closed stores.", "Hudson's Bay Co closed stores."),
        (
            'The reporter, whose work President Trump called "the enemy", died on Monday.',
            "The reporter died on Monday, his family said.",
        ),
    ],
)
def test_what_the_second_review_found_labelled_differs_is_not(first: str, second: str) -> None:
    """Pairs helper-201's review found labelled `differs` by the day's rules."""
    assert kinds(first, second) == ()


def test_the_judge_does_not_stand_for_a_witness_named_before(tmp_path: Path) -> None:
    """helper-233's audit: "the judge said" was shown as "the judge [Bellini]", the
    photographer who testified two sentences before, against "Judge Marsh said"."""
    first = (
        "Pryce was convicted.\n\nPryce had been drinking at the hotel bar for hours, Bellini"
        " testified.\n\nThe judge said Pryce had lost his temper and used unreasonable force.\n"
    )
    second = (
        "Pryce was convicted.\n\nJudge Marsh said Pryce had lost his temper and that the force"
        " he used was not reasonable.\n"
    )
    assert _matched_pair(tmp_path, first, second, "temper") == ()
