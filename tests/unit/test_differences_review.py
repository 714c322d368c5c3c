"""Round 8's rules held to their intended cases (issue 13, the review of round 8): each test
sets what a rule was written for beside what a reviewer found it also caught, as a reader of
two matched claims sees them."""

from __future__ import annotations

from mkdocs_claimdiff.claims.further import find_further_source
from mkdocs_claimdiff.claims.hedges import find_hedges
from mkdocs_claimdiff.differences.compare import compare_claims

from .test_differences import best_seconds, claim, kinds, shown


def test_reported_to_the_police_is_who_was_told_not_a_hedge() -> None:
    assert find_hedges("The shooting was reported to police shortly after 2 a.m. Sunday.") == ()
    assert find_hedges("The thefts were reported to the sheriff's office on Monday.") == ()
    assert (
        kinds(
            "The shooting was reported to police shortly after 2 a.m. Sunday.",
            "The shooting happened shortly after 2 a.m. Sunday.",
        )
        == ()
    )
    assert (
        kinds(
            "The fire was reported to authorities just after midnight.",
            "The fire broke out just after midnight.",
        )
        == ()
    )
    assert shown(
        "Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.",
        "The apprehended included 12 Somalis and 11 Yemenis.",
    ) == [("hedge", "are reported to", "stated as fact", "certainty")]


def test_reported_to_hedges_before_any_verb_and_not_before_the_party_told() -> None:
    """The verbs a report may be of are an open class; the party told is a noun phrase."""
    assert shown(
        "The company is reported to seek a buyer for the plant.",
        "The company is seeking a buyer for the plant.",
    ) == [("hedge", "is reported to", "stated as fact", "certainty")]
    assert shown(
        "The striker is reported to receive $5 million a year under the deal.",
        "The striker will receive $5 million a year under the deal.",
    ) == [("hedge", "is reported to", "stated as fact", "certainty")]
    assert shown(
        "The minister is reported to favour a deal with the union.",
        "The minister favours a deal with the union.",
    ) == [("hedge", "is reported to", "stated as fact", "certainty")]
    assert find_hedges("He is reported to have told police he was at home.") == ("is reported to",)
    assert find_hedges("He was reported to work at the plant.") == ("was reported to",)
    for told in (
        "The crash was reported to police at 2 a.m.",
        "The theft was reported to campus police on Monday.",
        "The leak was reported to plant managers on Monday.",
        "The damage was reported to work crews on Monday morning.",
        "The incident was reported to the FAA on Monday.",
        "The leak was reported to Plant Managers Inc. on Monday.",
        "The abuse was reported to child protection officials.",
        "The abuse was reported to their parents.",
        "The near miss was reported to lifeguards at noon.",
    ):
        assert find_hedges(told) == (), told
    assert (
        kinds("The theft was reported to campus police on Monday.", "The theft happened on Monday.")
        == ()
    )
    assert (
        kinds(
            "The damage was reported to work crews on Monday morning.",
            "The damage was found on Monday morning.",
        )
        == ()
    )


def test_claims_as_a_noun_before_a_pronoun_is_no_hedge() -> None:
    assert find_hedges("Smith has denied claims he was drunk at the wheel.") == ()
    assert (
        kinds(
            "Smith has denied claims he was drunk at the wheel.",
            "Smith has denied that he was drunk at the wheel.",
        )
        == ()
    )
    assert (
        kinds(
            "The company rejected claims it had ignored safety warnings.",
            "The company denied that it had ignored safety warnings.",
        )
        == ()
    )
    assert (
        kinds(
            "The claims it made were false, the court found.",
            "The statements it made were false, the court found.",
        )
        == ()
    )
    assert shown(
        "MSNBC is reporting that the Indian Navy claims they have captured 23 pirates.",
        "The Indian Navy on Saturday captured 23 pirates.",
    ) == [("hedge", "claims", "stated as fact", "certainty")]


def test_claims_after_and_is_the_verb_and_after_a_verb_or_preposition_the_noun() -> None:
    """ "and claims he" is a verb position; the noun stays no hedge before "that" or a stop too."""
    assert shown(
        "Smith was arrested Friday and claims he was at home during the shooting.",
        "Smith was arrested Friday; he was at home during the shooting.",
    ) == [("hedge", "claims", "stated as fact", "certainty")]
    assert find_hedges("The suspect denies the charge and claims he was at home.") == ("claims",)
    assert find_hedges("The Post claims that he wants the job.") == ("claims",)
    for noun in (
        "Smith responded to claims he was drunk at the wheel.",
        "The minister rubbished claims he had lied to parliament.",
        "He brushed off claims he was drunk at the wheel.",
        "He hit back at claims he was drunk at the wheel.",
        "Smith denied claims that he was drunk at the wheel.",
        "He rejected the claims.",
        "Smith faces claims he lied to investigators.",
    ):
        assert find_hedges(noun) == (), noun
    assert (
        kinds(
            "Smith denied claims that he was drunk at the wheel.",
            "Smith denied that he was drunk at the wheel.",
        )
        == ()
    )
    assert (
        kinds(
            "Smith responded to claims he was drunk at the wheel.",
            "Smith responded to reports he was drunk at the wheel.",
        )
        == ()
    )


def test_a_police_spokesman_is_not_a_spokesman_of_another_body() -> None:
    """A role matches a person only when the other claim names the role's body too; "police"
    is that body, though it is a title and a role elsewhere."""
    assert shown(
        "The wounded men were taken to hospital, hospital spokesman Tim Fanning said.",
        "The wounded men were taken to hospital, a police spokesman said.",
    ) == [("source", "Tim Fanning", "a police spokesman", "source")]
    assert shown(
        "The road was closed, a police spokesman said.",
        "The road was closed, fire department spokesman John Smith said.",
    ) == [("source", "a police spokesman", "John Smith", "source")]
    assert (
        kinds(
            "The road was closed, a police spokesman said.",
            "The road was closed, police spokesman John Smith said.",
        )
        == ()
    )


def test_a_place_and_its_people_inside_a_name_are_one_name() -> None:
    """ "Somalia" and "Somali" are one name wherever they stand in it; a plural inside a name
    still misspells it."""
    for first, second in (
        (
            "Pirates were caught by the Transitional Somali Government forces.",
            "Pirates were caught by the Transitional Somalia Government forces.",
        ),
        (
            "The ship was seized by the Federal Somali Coast Guard on Friday.",
            "The ship was seized by the Federal Somalia Coast Guard on Friday.",
        ),
        (
            "He flew with the Royal New Zealander Air Force.",
            "He flew with the Royal New Zealand Air Force.",
        ),
    ):
        assert kinds(first, second) == ()
    assert shown(
        "Jackman will host, the Academy of Motion Picture Arts and Sciences announced on Friday.",
        "The Academy of Motion Pictures Arts and Sciences said Jackman will host.",
    ) == [("name", "Motion Picture Arts", "Motion Pictures Arts", "spelling of a name")]


def test_a_homicide_of_no_grade_is_no_other_charge_than_a_graded_homicide() -> None:
    """As a murder of no degree agrees with a first-degree murder."""
    assert (
        kinds(
            "The driver was charged with homicide in the woman's death.",
            "The driver was charged with criminally negligent homicide in the woman's death.",
        )
        == ()
    )
    assert (
        kinds(
            "The driver was charged with vehicular homicide in the woman's death.",
            "The driver was charged with homicide in the woman's death.",
        )
        == ()
    )
    assert shown(
        "The driver was charged with vehicular homicide in the woman's death.",
        "The driver was charged with murder in the woman's death.",
    ) == [("name", "vehicular homicide", "murder", "charge")]


def test_a_degree_is_a_grade_so_a_graded_homicide_is_no_ungraded_one() -> None:
    """Only a homicide of no grade and no degree agrees with a graded one."""
    assert shown(
        "He was charged with first-degree homicide in the crash.",
        "He was charged with vehicular homicide in the crash.",
    ) == [("name", "first-degree homicide", "vehicular homicide", "charge")]
    assert shown(
        "He was charged with third-degree homicide in the crash.",
        "He was charged with criminally negligent homicide in the crash.",
    ) == [("name", "third-degree homicide", "criminally negligent homicide", "charge")]
    assert shown(
        "He was charged with first-degree homicide in the crash.",
        "He was charged with second-degree homicide in the crash.",
    ) == [("name", "first-degree homicide", "second-degree homicide", "charge")]
    assert (
        kinds(
            "He was charged with first-degree homicide in the crash.",
            "He was charged with homicide in the crash.",
        )
        == ()
    )
    assert (
        kinds(
            "He was charged with homicide in the crash.",
            "He was charged with criminally negligent homicide in the crash.",
        )
        == ()
    )


def test_counts_of_one_thing_written_as_a_compound_and_alone_are_set_against_each_other() -> None:
    """ "21 crew members" are 21 of the crew, "two police officers" two of the police and two
    officers, "two pirate boats" two boats; but no pirates, and no fishing boats."""
    assert shown(
        "The 21 crew members were freed on Sunday.", "The 23 crew were freed on Sunday."
    ) == [("number", "21", "23", "crew members")]
    assert shown(
        "Two police officers were injured in the crash.", "Three police were injured in the crash."
    ) == [("number", "Two", "Three", "police officers")]
    assert shown("Two police officers were shot.", "Three officers were shot.") == [
        ("number", "Two", "Three", "police officers")
    ]
    assert shown("Two pirate boats were seized.", "Three boats were seized.") == [
        ("number", "Two", "Three", "pirate boats")
    ]
    assert kinds("Two pirate boats were seized.", "Three fishing boats were seized.") == ()
    assert (
        kinds(
            "Commandos seized rifles from the pirates on board the two pirate boats.",
            "The arrest of the 23 pirates and the arms haul is the largest such seizure.",
        )
        == ()
    )


def test_a_source_who_testifies_is_the_title_and_name_alone() -> None:
    assert shown(
        "He walked into the office and shot the receptionist, as Sgt. Barry Whiteside testified.",
        "He walked into the office and shot the receptionist, witnesses told police.",
    ) == [("source", "Sgt. Barry Whiteside", "witnesses", "source")]
    assert shown(
        "He walked into the office and stopped at the reception desk, Troy police Sgt. Barry"
        " Whiteside testified.",
        "He walked into the office and stopped at the reception desk, witnesses told police.",
    ) == [("source", "Troy police Sgt. Barry Whiteside", "witnesses", "source")]
    assert find_further_source("He walked into the office, and then Whiteside testified.") is None
    assert (
        find_further_source("He walked into the office, the man who shot Whiteside testified.")
        is None
    )


def test_a_title_in_lower_case_is_part_of_a_source_who_testifies() -> None:
    """A title written in lower case is the title still; a clause before a name is not."""
    assert shown(
        "The gunman fired twice, state trooper John Smith testified.",
        "The gunman fired twice, Troy police Sgt. Barry Whiteside testified.",
    ) == [("source", "state trooper John Smith", "Troy police Sgt. Barry Whiteside", "source")]
    assert (
        find_further_source("The gunman fired twice, medical examiner Dr. Jane Doe testified.")
        == "medical examiner Dr. Jane Doe"
    )
    assert (
        find_further_source("The gunman fired twice, sheriff's deputy John Smith testified.")
        == "sheriff's deputy John Smith"
    )
    assert (
        find_further_source("The gunman fired twice, as Sgt. Barry Whiteside testified.")
        == "Sgt. Barry Whiteside"
    )
    assert find_further_source("He walked into the office, and then Whiteside testified.") is None
    assert (
        find_further_source("He walked into the office, the man who shot Whiteside testified.")
        is None
    )
    assert (
        find_further_source("He walked into the office, after which Whiteside testified.") is None
    )
    assert (
        kinds(
            "The gunman fired twice, and then Whiteside testified.",
            "The gunman fired twice, police said.",
        )
        == ()
    )


def test_a_source_named_by_a_surname_spelt_two_ways_is_one_name_difference_only() -> None:
    """One label, the name's spelling: not also two sources, which would contradict it."""
    assert shown(
        "Wolfe said the families requested privacy.", "Wolff said the families requested privacy."
    ) == [("name", "Wolfe", "Wolff", "spelling of a name")]
    assert shown(
        "Police spokesman John Smith said the road was closed.",
        "Police spokesman John Smyth said the road was closed.",
    ) == [("name", "John Smith", "John Smyth", "spelling of a name")]


def test_sources_with_surnames_spelt_alike_and_two_first_names_are_two_people() -> None:
    """Different first names make two sources, and no spelling to check; a first name given
    once is one person still."""
    assert shown(
        "The plane landed safely, Mayor John Johnson said.",
        "The plane landed safely, Police Chief Mark Johnston said.",
    ) == [("source", "Mayor John Johnson", "Police Chief Mark Johnston", "source")]
    assert shown(
        "The plane landed safely, Ilene Wolff said.",
        "The plane landed safely, Gov. John Wolfe said.",
    ) == [("source", "Ilene Wolff", "John Wolfe", "source")]
    assert shown(
        "The plane landed safely, Wolfe said.",
        "The plane landed safely, spokeswoman Ilene Wolff said.",
    ) == [("name", "Wolfe", "Ilene Wolff", "spelling of a name")]
    assert shown(
        "The plane landed safely, Mayor John Johnson said.",
        "The plane landed safely, Police Chief John Johnston said.",
    ) == [("name", "John Johnson", "John Johnston", "spelling of a name")]


def test_hundreds_of_figures_counting_one_thing_take_linear_time() -> None:
    """Each figure was set against every figure of the other claim counting the same thing, and
    each of those against every figure of its own claim: two claims of 200 "other rifles"
    (3.5 kB each) took 8 s. Four times the figures now take about four times as long (the best
    of three runs of each, as a load spike on a shared machine lands in one run)."""

    def seconds(count: int) -> float:
        first = claim(
            "Police seized " + ", ".join(f"{n} other rifles" for n in range(2, count + 2)) + "."
        )
        second = claim(
            "Police seized "
            + ", ".join(f"{n} other rifles" for n in range(count + 2, 2 * count + 2))
            + "."
        )
        assert len(first.text) > 10 * count

        return best_seconds(lambda: (compare_claims(first, second), compare_claims(second, first)))

    quarter, whole = seconds(60), seconds(240)
    assert whole < 0.1 or whole < 8 * quarter
