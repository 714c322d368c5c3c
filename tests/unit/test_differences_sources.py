"""Sources that the claim's attribution leaves out, as a reader of two matched claims sees them
told apart or not: a body named with its capitalised words, charging papers, "he said"."""

from __future__ import annotations

from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.attribution import find_attribution
from mkdocs_claimdiff.claims.further import find_further_source
from mkdocs_claimdiff.claims.shown import own_source
from mkdocs_claimdiff.model import Story
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.pipeline import compare_story

from ..conftest import markdown_article
from .test_differences import _matched_pair, differences, kinds, shown


def test_charging_papers_are_a_source_of_their_own() -> None:
    assert kinds(
        "Police say he fled because he had drunk a half-liter of vodka.",
        "The charges say he fled because he had drunk a half-liter of vodka.",
    ) == ("source",)
    assert kinds(
        "He had a blood-alcohol level five times the limit, police said.",
        "He had a blood-alcohol level five times the limit, according to charges filed Friday.",
    ) == ("source",)


def test_charging_papers_written_two_ways_or_quoting_the_accused_are_one_source() -> None:
    assert (
        kinds(
            "He was taken to Fairview Southdale Hospital to treat a cut, the charges said.",
            "According to the criminal complaint, he was taken to Fairview Southdale Hospital.",
        )
        == ()
    )
    assert (
        kinds(
            "The charges say that he admitted to drinking a half-liter of vodka.",
            "Lasalle told police he had drank a half-liter of vodka.",
        )
        == ()
    )


def test_a_body_named_with_its_capitalised_words_is_a_source() -> None:
    assert find_further_source("The pirates fled, the Indian military said.") == (
        "the Indian military"
    )
    assert find_further_source("The case was not submitted, the City Attorney's office said.") == (
        "the City Attorney's office"
    )
    assert kinds(
        "The pirate skiffs fled the area, the Indian military said.",
        "The pirate skiffs fled the area, Reuters said.",
    ) == ("source",)


def test_a_source_named_by_two_names_of_the_alias_table_is_one_source() -> None:
    """ "The EU" and "The European Union" were a source difference (a new user's audit), as
    were "the Kremlin" and "Moscow", which the alias table makes one. A demonym in a longer
    source is not the government: "Russian President Vladimir Putin" is not the Kremlin."""
    said = "said it would fund 40 percent of the package."
    for first, second in (
        ("The EU", "The European Union"),
        ("The Kremlin", "Moscow"),
        ("Brussels", "The EU"),
    ):
        assert kinds(f"{first} {said}", f"{second} {said}") == (), (first, second)
    assert kinds(f"Russian President Vladimir Putin {said}", f"The Kremlin {said}") == ("source",)
    assert kinds(f"Moscow {said}", f"Kyiv {said}") == ("source",)


def test_a_source_named_by_two_names_of_the_sites_aliases_is_one_source() -> None:
    """The site's own aliases (``aliases: {german army: [bundeswehr]}``) make a source
    written either way one source, as the built-in ones do (a new user's audit: they did
    not); without them the two are told apart."""
    said = "said it would send 40 more soldiers to the border on Monday."
    articles = tuple(
        markdown_article(name, f"# Soldiers sent\n\n{source} {said}\n")
        for name, source in (("wire", "The Bundeswehr"), ("paper", "The German army"))
    )
    story = Story("s", "Soldiers", articles)
    aliased = {"german army": ["bundeswehr"]}
    for aliases, expected in ((aliased, ()), (None, ("source",))):
        comparison = compare_story(story, AlignOptions.create(aliases=aliases))
        (match,) = [m for m in comparison.matches if m.claims == ("wire-2", "paper-2")]
        assert match.differences == expected, aliases


def test_an_office_and_its_spokeswoman_are_one_source() -> None:
    assert (
        kinds(
            "The City Attorney's office said the case remains under review.",
            "City Attorney spokeswoman Gina Coburn said the case remains under review.",
        )
        == ()
    )


def test_he_said_is_the_person_the_sentences_before_name(tmp_path: Path) -> None:
    wire = "Marine commandos caught 12 Somalis and 11 Yemenis, Reuters reported.\n"
    navy = (
        "Indian commandos stopped the pirates in the Gulf of Aden, Commodore Nirad Sinha said.\n"
        "He said the commandos caught 12 Somalis and 11 Yemenis.\n"
    )
    assert _matched_pair(tmp_path, navy, wire, "He said") == (
        "source: He [Commodore Nirad Sinha] vs Reuters",
    )
    # Nobody named before, or a newspaper: "he" is no one to tell apart.
    for before in ("Indian commandos stopped the pirates.", "The Hindu said the pirates fled."):
        alone = f"{before}\nHe said the commandos caught 12 Somalis and 11 Yemenis.\n"
        assert _matched_pair(tmp_path, alone, wire, "He said") == ()


def test_he_said_after_a_sentence_about_another_person_is_no_one_named(tmp_path: Path) -> None:
    """ "Obama said ... Dr. Benjamin lamented ... '...,' she said": "she" is Benjamin, and the
    page set "she [Obama]" against another source (helper-176's audit). A sentence in between
    that opens with another person's title and name leaves who "he" or "she" is unsaid; one
    about something else, or about the same person, does not (helper-177's review of a rule
    that stopped at any capitalised word)."""
    wire = "The commandos caught 12 Somalis and 11 Yemenis, Reuters reported.\n"
    named = ("source: He [Commodore Nirad Sinha] vs Reuters",)
    for between, expected in (
        ("Dr. Kumar lamented the cost of the patrols.", ()),
        ("Mr Kumar praised the crew.", ()),
        ("Mr Sinha praised the crew.", named),
        # helper-178's review: a possessive, and a name that is part of another
        ("Mr Sinha's ship was 150 miles east of Aden.", named),
        ("Mr Nir, the ship's owner, thanked the crew.", ()),
        ("The ship was 150 miles east of Aden.", named),
        ("Officers boarded the ship at dawn.", named),
        ("New Delhi has sent two more ships.", named),
        ("He has commanded the fleet since 2009.", named),
    ):
        navy = (
            "Indian commandos stopped the pirates in the Gulf of Aden, Commodore Nirad Sinha"
            f" said.\n{between}\nHe said the commandos caught 12 Somalis and 11 Yemenis.\n"
        )
        assert _matched_pair(tmp_path, navy, wire, "He said") == expected, between


def test_a_headline_in_capitals_cites_the_source_before_says() -> None:
    headline = "GRANDMOTHER KILLED BY DRUNK HIT-AND-RUN DRIVER IN QUEENS, QUEENS DA SAYS"
    assert find_further_source(headline) == "QUEENS DA"
    # A scraped page glues the date line to the headline: the source is read all the same.
    assert find_further_source(headline + "SEPTEMBER 19, 2013") == "QUEENS DA"
    assert kinds(
        headline,
        "A grandmother was killed by a drunk hit-and-run driver in Queens, police said.",
    ) == ("source",)


def test_a_person_who_announces_the_news_is_a_source_a_body_speaks_for_its_officers() -> None:
    tweeted = "Ellen DeGeneres just tweeted she will be hosting the Oscars next year."
    organizers = "Ellen DeGeneres will be hosting the Oscars next year, organizers said on Friday."
    assert find_further_source(tweeted) == "Ellen DeGeneres"
    assert [(d.kind, d.a, d.b) for d in differences(tweeted, organizers) if d.kind != "adds"] == [
        ("source", "Ellen DeGeneres", "organizers")
    ]
    assert kinds(
        "The comedian Ellen DeGeneres announced on Friday that she will host the Oscars.",
        "Ellen DeGeneres will host the Oscars, organizers said on Friday.",
    ) == ("source",)
    # The Academy and the people who speak for it are one source: read, it is told apart only
    # from the person its news is about (test_differences_announcers.py).
    academy = "Ellen DeGeneres will host the Oscars, the Academy announced Friday."
    assert find_further_source(academy) == "the Academy"
    assert (
        kinds(academy, "Ellen DeGeneres will host the Oscars, Academy president Sid Ganis said.")
        == ()
    )
    assert (
        find_further_source(
            "The Academy of Motion Picture Arts and Sciences announced that DeGeneres will host."
        )
        is None
    )


def test_two_officers_of_one_force_are_two_sources_and_he_is_the_officer_named_before(
    tmp_path: Path,
) -> None:
    chp = "CHP Officer Brad Baehr said Jackson was on probation for a previous DUI arrest.\n"
    wire = (
        "Jackson failed sobriety tests on Route 52, California Highway Patrol Officer Ray"
        " Scheidnes said.\n"
        "Jackson was on probation for a previous DUI arrest, he said.\n"
    )
    assert _matched_pair(tmp_path, wire, chp, "he said") == (
        "source: he [California Highway Patrol Officer Ray Scheidnes] vs CHP Officer Brad Baehr",
    )
    # "he said" in both claims is no sign that both tell one chain: each is its officer.
    local = (
        "Jackson was stopped on Route 52, Highway Patrol Officer Brad Baehr said.\n"
        "Jackson was on probation for a previous similar arrest, he said.\n"
    )
    assert _matched_pair(tmp_path, wire, local, "he said") == (
        "source: he [California Highway Patrol Officer Ray Scheidnes] vs he [Highway Patrol"
        " Officer Brad Baehr]",
    )
    # The police and one of its officers are one source.
    police = "Jackson was on probation for a previous DUI arrest, police said.\n"
    assert _matched_pair(tmp_path, wire, police, "he said") == ()


def test_two_people_of_one_body_telling_one_statement_are_two_sources() -> None:
    chase = "Deputies chased him at speeds of more than 100 mph before he finally pulled over"
    assert [
        (d.kind, d.a, d.b)
        for d in differences(
            f"{chase}, Genesee County Sheriff Robert J Pickell said.",
            f"{chase}, Genesee County Undersheriff James Gage said.",
        )
        if d.kind != "adds"
    ] == [
        (
            "source",
            "Genesee County Sheriff Robert J Pickell",
            "Genesee County Undersheriff James Gage",
        )
    ]
    # A first name given as initials run together is a name: one title held by two people
    # is two sources ("A.J. Smith" / "AJ Butler", the eleventh batch).
    assert [
        (d.kind, d.a, d.b)
        for d in differences(
            "Chargers General Manager A.J. Smith said he was aware of Jackson's"
            ' "off-the-field issue."',
            '"We\'re aware of the off-the-field issue involving Vincent," Chargers general'
            " manager AJ Butler said in a statement.",
        )
        if d.kind != "adds"
    ] == [("source", "Chargers General Manager A.J. Smith", "AJ Butler")]
    # A first name of two letters is a name still ("Ed Johnson" / "Mark Johnston": two people,
    # not one surname spelt two ways; a second review).
    fired = "The coach was fired on Monday"
    assert kinds(f"{fired}, Coach Ed Johnson said.", f"{fired}, Coach Mark Johnston said.") == (
        "source",
    )
    # Two people named after their titles, each on a detail of their own, are two people
    # quoted, not one statement told by two.
    assert (
        kinds(
            "U.S. Navy Vice Adm. Bill Gortney said there would be many difficulties in attacking"
            " land bases in an effort to curtail piracy.",
            "US Defence Secretary Robert Gates said better intelligence was needed for a land"
            " attack on pirate bases to be considered.",
        )
        == ()
    )


def test_witnesses_and_a_body_that_speaks_unnamed_are_two_sources() -> None:
    # "authorities" names no one, but whoever they are, they are not the witnesses.
    assert shown(
        "Witnesses told Detroit broadcast stations that the shooter was a former employee of"
        " an accounting firm inside the building.",
        "The shooter was a former employee of an accounting firm inside the building, the"
        " authorities said.",
    ) == [("source", "witnesses", "authorities", "source")]
    assert kinds(
        "The gunman fired at least ten shots before fleeing, witnesses said.",
        "The gunman fired at least ten shots before fleeing, a police spokesman said.",
    ) == ("source",)


def test_witnesses_against_an_unnamed_source_that_is_no_body_are_one_source() -> None:
    # "sources" may be the witnesses themselves: no body is said to speak.
    assert (
        kinds(
            "The gunman fired at least ten shots before fleeing, witnesses said.",
            "The gunman fired at least ten shots before fleeing, sources said.",
        )
        == ()
    )


def test_the_people_who_were_there_are_a_source_of_their_own() -> None:
    assert (
        find_further_source(
            "Employees of the building told WJBK that the shooter was a former employee."
        )
        == "Employees of the building"
    )
    assert find_further_source("He had been quiet for weeks, co-workers said.") == "co-workers"
    assert shown(
        "Scherlinck described the shooter as a former employee of one of the offices.",
        "Employees of the building told WJBK that the shooter was a former employee of one of"
        " the offices.",
    ) == [("source", "Scherlinck", "employees of the building", "source")]


def test_the_people_who_were_there_may_be_the_witnesses() -> None:
    assert (
        kinds(
            "Witnesses said the shooter used a shotgun or a rifle.",
            "Employees of the building told WJBK that the shooter used a shotgun or a rifle.",
        )
        == ()
    )
    # Workers told what to do report nothing.
    assert find_further_source("Workers told the driver to stop.") is None


def test_eyewitnesses_are_witnesses_however_written() -> None:
    fled = "The gunman fired at least ten shots before fleeing"
    for eyewitnesses in ("eyewitnesses said", "eye-witnesses said", "an eyewitness said"):
        # told from a body that speaks without naming anyone, as witnesses are
        assert shown(f"{fled}, {eyewitnesses}.", f"{fled}, officials said.")[0][2] == "officials"
        assert kinds(f"{fled}, {eyewitnesses}.", f"{fled}, a police spokesman said.") == ("source",)
        # one kind of source with witnesses, and maybe the people who were there
        assert kinds(f"{fled}, {eyewitnesses}.", f"{fled}, witnesses said.") == ()
        assert kinds(f"{fled}, {eyewitnesses}.", f"{fled}, co-workers said.") == ()
    assert find_attribution("Eyewitnesses said the gunman fled.") == "Eyewitnesses"
    # the clause before the comma is no part of the source (it was, until a review of round 15)
    assert find_attribution("The gunman fled, eyewitnesses told police.") == "eyewitnesses"
    assert find_attribution("The gunman fled, an eye-witness said.") == "an eye-witness"


def test_the_people_who_were_there_are_told_from_a_body_speaking_unnamed() -> None:
    """Co-workers, colleagues, neighbours, relatives and friends are, like witnesses, no
    body that speaks without naming anyone; against "sources" or witnesses they may be one."""
    quiet = "He had been quiet and withdrawn for weeks before the shooting"
    for people in ("co-workers", "colleagues", "neighbours", "neighbors", "relatives", "friends"):
        assert shown(f"{quiet}, {people} said.", f"{quiet}, officials said.") == [
            ("source", people, "officials", "source")
        ]
        assert kinds(f"{quiet}, {people} said.", f"{quiet}, authorities said.") == ("source",)
        assert kinds(f"{quiet}, {people} said.", f"{quiet}, sources said.") == ()
        assert kinds(f"{quiet}, {people} said.", f"{quiet}, witnesses said.") == ()
    # a sentence's capital is no name: the source is shown as written mid-sentence
    assert shown(f"Neighbours said {quiet[0].lower()}{quiet[1:]}.", f"{quiet}, officials said.")[0][
        1:3
    ] == ("neighbours", "officials")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The strike killed 12 militants, Israeli military spokesman Daniel Hagari said.",
            "The strike killed 12 militants, the Israeli military said.",
        ),
        (
            "The ship was hit by two missiles, a Houthi spokesman said.",
            "The ship was hit by two missiles, the Houthis said.",
        ),
        (
            "The plane lost contact at 1:30 a.m., Malaysia Airlines said.",
            "The plane lost contact at 1:30 a.m., the airline said.",
        ),
        (
            "Two drones were shot down, the Pentagon said.",
            "Two drones were shot down, the Defense Department said.",
        ),
        (
            "Rates will stay at 5%, the Fed said.",
            "Rates will stay at 5%, the Federal Reserve said.",
        ),
        (
            "The man was arrested on Friday, the Met said.",
            "The man was arrested on Friday, the Metropolitan Police said.",
        ),
        (
            "The attack killed 20, Russia's Defence Ministry said.",
            "The attack killed 20, the Russian Defense Ministry said.",
        ),
        # helper-141's review: a country and its people's name, a person of the body
        (
            "The strike killed 12, the Israeli military said.",
            "The strike killed 12, Israel's military said.",
        ),
        (
            "The strike killed 12, the British government said.",
            "The strike killed 12, the UK government said.",
        ),
        ("The ship sank, Navy spokesman Tim Hawkins said.", "The ship sank, the US Navy said."),
        (
            "The drones were shot down, the Russian Defence Ministry said.",
            "The drones were shot down, Russia's Ministry of Defence said.",
        ),
        # helper-142's review: a place and who speaks for it, a short name with a role
        (
            "The strike killed 12, the Americans said.",
            "The strike killed 12, American officials said.",
        ),
        (
            "The strike killed 12, the Kremlin said.",
            "The strike killed 12, Kremlin spokesman Dmitry Peskov said.",
        ),
        (
            "Two drones were shot down, the Pentagon said.",
            "Two drones were shot down, Pentagon officials said.",
        ),
        ("Rates will rise, the Fed said.", "Rates will rise, Fed Chair Jerome Powell said."),
        (
            "The ship was hit, the Houthis said.",
            "The ship was hit, Houthi military spokesman Yahya Saree said.",
        ),
    ],
)
def test_one_body_named_two_ways_is_one_source(first: str, second: str) -> None:
    """Cases of helper-139's probe, each called a source difference: a body's spokesman and
    the body, its plural and its singular, a short name and the full one."""
    assert shown(first, second) == []
    assert shown(second, first) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the Interior Ministry", "the Foreign Ministry"),
        ("the Russian Interior Ministry", "the Russian Foreign Ministry"),
        ("the Ministry of Defence", "the Ministry of Health"),
        ("the Russian Defence Ministry", "Ukraine's Defence Ministry"),
        ("the US Defense Department", "the Russian Defence Ministry"),
        ("the Pentagon", "Russia's Defence Ministry"),
        ("the Met Office", "the Metropolitan Police"),
        ("Sky News", "the New York Times"),
        ("the United States", "Islamic State"),
        ("a doctor", "Doctors Without Borders"),
        ("Russian Foreign Ministry spokeswoman Maria Zakharova", "the Russian Defence Ministry"),
        ("Interior Ministry spokesman Ahmed Ali", "the Foreign Ministry"),
        ("Russian President Vladimir Putin", "the Kremlin"),
    ],
)
def test_two_bodies_alike_in_a_word_are_two_sources(first: str, second: str) -> None:
    """Bodies that share a word saying what kind of body they are, or a word folded to its
    singular only in a one-word name (helper-141's review found each of these called one)."""
    said = "The drones were shot down, {} said."
    assert kinds(said.format(first), said.format(second)) == ("source",)


def test_two_ministries_are_two_sources() -> None:
    assert shown(
        "The attack killed 20, the Interior Ministry said.",
        "The attack killed 20, the Foreign Ministry said.",
    ) == [("source", "the Interior Ministry", "the Foreign Ministry", "source")]
    assert (
        shown(
            "The attack killed 20, the Interior Ministry said.",
            "The attack killed 20, the ministry said.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (
            "The vessel was rammed, the Chinese coast guard said.",
            "The vessel was rammed, the Philippine military said.",
            ("the Chinese coast guard", "the Philippine military"),
        ),
        (
            "The vessel was rammed, the Chinese coast guard said.",
            "The vessel was rammed, according to the Philippine coast guard.",
            ("the Chinese coast guard", "the Philippine coast guard"),
        ),
        (
            "Two soldiers were killed, the US military said.",
            "Two soldiers were killed, Iran's army said.",
            ("the US military", "Iran's army"),
        ),
    ],
)
def test_a_nations_body_in_lower_case_is_a_source(
    first: str, second: str, values: tuple[str, str]
) -> None:
    """ "the Chinese coast guard said" was read as no source (a known gap of the last closing
    note): a capitalised people's or country's name before the body now belongs to it."""
    assert shown(first, second) == [("source", *values, "source")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The vessel was rammed, the Chinese coast guard said.",
            "The vessel was rammed, China's coast guard said.",
        ),
        (
            "Last month, the Indian navy said it had sunk a pirate vessel.",
            "Last month, India's navy said it had sunk a pirate vessel.",
        ),
        (
            "The Indian navy said it arrested 23 pirates.",
            "The navy arrested 23 pirates, a spokesperson at naval headquarters said.",
        ),
        (
            "The vessel was rammed, the coast guard said.",
            "The vessel was rammed, the Chinese coast guard said.",
        ),
    ],
)
def test_a_nations_body_named_two_ways_is_one_source(first: str, second: str) -> None:
    assert kinds(first, second) == ()


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The vessel was rammed, the Chinese coast guard said.", "the Chinese coast guard"),
        ("The vessel was rammed, China's coast guard said.", "China's coast guard"),
        (
            "The vessel was rammed, according to the Philippine coast guard.",
            "the Philippine coast guard",
        ),
        ("The vessel was a Thai ship, an anti-piracy watchdog said.", "an anti-piracy watchdog"),
        ("Ten people died, the war monitor said.", "the war monitor"),
    ],
)
def test_a_nations_body_or_a_watchdog_in_lower_case_is_read_as_the_source(
    sentence: str, source: str
) -> None:
    assert find_attribution(sentence) == source


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ship sank, the Sri Lankan Navy said.", "The ship sank, the Indian Navy said."),
        (
            "The boat capsized, the Nigerian Army said.",
            "The boat capsized, the Cameroonian Army said.",
        ),
    ],
)
def test_two_nations_bodies_are_two_sources_whichever_nation_the_tables_know(
    first: str, second: str
) -> None:
    """A place one source adds tells no body apart only when the other names nothing
    capitalised of its own (helper-147's review: "the Sri Lankan Navy" was "the Indian Navy")."""
    assert kinds(first, second) == ("source",)


def test_a_country_speaks_through_its_bodies() -> None:
    """ "India said" / "the military said" was a source difference (eleventh batch)."""
    assert (
        kinds(
            "Pirates were captured on Saturday, India said.",
            "Pirates were captured on Saturday, the military said.",
        )
        == ()
    )
    assert kinds(
        "Pirates were captured on Saturday, India said.",
        "Pirates were captured on Saturday, the Pakistani military said.",
    ) == ("source",)


def test_a_possessive_nation_keeps_its_capital_when_shown() -> None:
    assert shown("Israel's army said the drone fell.", "Hamas said the drone fell.") == [
        ("source", "Israel's army", "Hamas", "source")
    ]


@pytest.mark.parametrize(
    ("country", "body"),
    [
        (
            "Twelve drones were shot down, Ukraine said.",
            "Twelve drones were shot down, the Russian defence ministry said.",
        ),
        (
            "The strike killed 27 people, Israel said.",
            "The strike killed 27 people, the Gaza health ministry said.",
        ),
        (
            "Talks resume on Sunday, Egypt said.",
            "Talks resume on Sunday, Qatar's foreign ministry said.",
        ),
    ],
)
def test_a_country_is_not_another_countrys_body(country: str, body: str) -> None:
    """A body named with its country in lower case was read as "ministry" alone, which any
    country spoke through (helper-148's review)."""
    assert kinds(country, body) == ("source",)


@pytest.mark.parametrize(
    ("described", "named"),
    [
        (
            "Hezbollah fired 40 rockets, the group said.",
            "Hezbollah fired 40 rockets, Hezbollah said.",
        ),
        (
            "Inspectors found uranium, the nuclear watchdog said.",
            "Inspectors found uranium, the IAEA said.",
        ),
        ("Ten people died, the war monitor said.", "Ten people died, the Syrian Observatory said."),
    ],
)
def test_a_body_described_by_its_kind_is_the_body_named(described: str, named: str) -> None:
    assert kinds(described, named) == ()


def test_a_two_word_country_keeps_its_name_in_a_possessive() -> None:
    assert (
        find_attribution("Sri Lanka's navy said 14 fishermen were detained.") == "Sri Lanka's navy"
    )
    assert (
        kinds(
            "The Sri Lankan navy said 14 fishermen were detained.",
            "Sri Lanka's navy said 14 fishermen were detained.",
        )
        == ()
    )


def test_according_to_a_name_without_a_comma_cites_no_clause() -> None:
    assert find_attribution("According to Smith the fire started in the kitchen.") != (
        "Smith the fire started in the kitchen"
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to Israel's military, 14 people died in the strike.", "Israel's military"),
        (
            "Drones were shot down, according to Russia's defence ministry.",
            "Russia's defence ministry",
        ),
        ("But Israel's army said the drone fell near the border.", "Israel's army"),
    ],
)
def test_a_possessive_body_is_cited_whole_and_alone(sentence: str, source: str) -> None:
    """helper-151's review: "according to" took no possessive, and the possessive took the word
    before it ("But Israel's army")."""
    assert find_attribution(sentence) == source


def test_a_country_named_like_a_person_keeps_its_people_but_speaks_alone() -> None:
    assert (
        kinds(
            "Three sailors died, the Jordanian military said.",
            "Three sailors died, Jordan's military said.",
        )
        == ()
    )
    assert kinds(
        "Pirates were captured, Jordan said.", "Pirates were captured, the government said."
    ) == ("source",)


@pytest.mark.parametrize(
    ("described", "named"),
    [
        (
            "Ten people died, the Britain-based war monitor said.",
            "Ten people died, the Syrian Observatory said.",
        ),
        ("Rockets were fired, the Iran-backed group said.", "Rockets were fired, Hezbollah said."),
    ],
)
def test_a_body_described_with_its_base_or_backer_names_no_one(described: str, named: str) -> None:
    assert kinds(described, named) == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ten died, the Al-Qaeda group said.", "Ten died, the Islamic State group said."),
        ("Ten died, the UK regulator said.", "Ten died, the US regulator said."),
    ],
)
def test_a_body_named_inside_its_description_is_named(first: str, second: str) -> None:
    """helper-152's review: any hyphenated or short capitalised word had been read as a
    description."""
    assert kinds(first, second) == ("source",)


def test_a_days_figures_are_no_source() -> None:
    assert find_attribution("Inflation rose 3%, according to Tuesday's figures.") is None


@pytest.mark.parametrize(
    "sentence",
    ["Costa Rica's government said crime fell.", "Hong Kong's government said 20 were arrested."],
)
def test_a_two_word_country_keeps_its_capital_when_shown(sentence: str) -> None:
    assert own_source(find_attribution(sentence) or "")[:1].isupper()
