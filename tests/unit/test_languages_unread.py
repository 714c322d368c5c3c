"""Stories in a language whose figures, dates, names, hedges and sources claimdiff does not
read (helper-165's audit): the page says so instead of "No disagreement found", a denial is
still a negation, and the export holds the rows the digest names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mkdocs_claimdiff.claims.language import language_of
from mkdocs_claimdiff.model import Article, Comparison, Story, assemble_body
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.export import to_data, to_text
from mkdocs_claimdiff.output.render import default_environment, render_comparison
from mkdocs_claimdiff.pipeline import compare_story

from ..conftest import Links
from .test_differences import shown


def article(name: str, outlet: str, text: str, language: str | None) -> Article:
    body, blocks = assemble_body([("paragraph", text)])
    found = Article(name, Path(f"{name}.md"), "brand", name, body, blocks)
    return replace(found, outlet=outlet, language=language)


GERMAN = (
    ("a", "Zeitung A", "Die Polizei schließt Brandstiftung nicht aus. Der Schaden ist groß."),
    ("b", "Zeitung B", "Die Polizei schließt Brandstiftung aus. Der Schaden ist groß."),
)


def german_story(language: str | None = "de") -> Story:
    articles = tuple(article(name, outlet, text, language) for name, outlet, text in GERMAN)
    return Story("brand", "Brand", articles)


def test_the_page_says_what_is_not_compared_in_another_language() -> None:
    comparison = compare_story(german_story(), AlignOptions.create())
    page = BeautifulSoup(
        render_comparison(default_environment(), comparison, Links()), "html.parser"
    )
    caveat = page.select_one("p.cd-unread")
    assert caveat is not None
    assert " ".join(caveat.get_text().split()) == (
        "Dates, names, hedges, sources and figures in words are compared in English only: in"
        " the German articles (Zeitung A, Zeitung B) only figures in digits and a claim denying"
        " what another states are compared, and a row marked shared may still disagree."
    )
    # The denial is found: one outlet says the opposite of the other.
    line = page.select_one("ul.cd-disagreements li")
    assert line is not None
    assert "Brandstiftung nicht aus (Zeitung A) vs Brandstiftung aus (Zeitung B)" in " ".join(
        line.get_text().split()
    )
    text = to_text(comparison)
    assert "German articles (Zeitung A, Zeitung B): only figures in digits and denials" in text


def test_a_story_in_english_has_no_such_note() -> None:
    english = tuple(
        article(name, outlet, text, None)
        for name, outlet, text in (
            ("a", "Alpha", "Police said three people were hurt in the fire on Monday."),
            ("b", "Beta", "Police said three people were hurt in the fire on Monday."),
        )
    )
    comparison = compare_story(Story("fire", "Fire", english), AlignOptions.create())
    page = BeautifulSoup(
        render_comparison(default_environment(), comparison, Links()), "html.parser"
    )
    assert page.select_one("p.cd-unread") is None
    none = page.select_one("p.cd-digest-none")
    assert none is not None and none.get_text().startswith("No disagreement found: no other")
    assert to_data(comparison)["digest"]["not_read"] == []


def test_the_language_is_told_from_the_text_when_none_is_declared() -> None:
    """A scrape that declares no language is told German by its common words, and its figures
    are read with a decimal comma."""
    german = (
        "Die Polizei sagte, dass der Schaden bei {} Millionen Euro liegt. Das Feuer ist in der "
        "Nacht in einer Halle von der Firma ausgebrochen und wurde von den Feuerwehren mit "
        "einem großen Einsatz gelöscht, die Ursache ist noch nicht bekannt."
    )
    articles = (
        article("a", "Zeitung A", german.format("3,5"), None),
        article("b", "Zeitung B", german.format("3,8"), None),
    )
    comparison = compare_story(Story("brand", "Brand", articles), AlignOptions.create())
    data = to_data(comparison)
    assert data["digest"]["not_read"] == [
        {"language": "German", "outlets": ["Zeitung A", "Zeitung B"], "denials": True}
    ]
    assert [
        (line["kind"], [v["value"] for v in line["values"]])
        for line in data["digest"]["disagreements"]
    ] == [("number", ["3,5", "3,8"])]


def test_the_export_holds_the_rows_the_digest_names() -> None:
    """helper-164's audit: the digest's rows were numbers the JSON never defined."""
    comparison = compare_story(german_story(), AlignOptions.create())
    data = to_data(comparison)
    assert data["digest"]["not_read"] == [
        {"language": "German", "outlets": ["Zeitung A", "Zeitung B"], "denials": True}
    ]
    rows = {row["number"]: row for row in data["rows"]}
    assert sorted(rows) == list(range(1, len(comparison.rows) + 1))
    named = [line["row"] for line in data["digest"]["disagreements"]] + [
        point["row"] for point in data["digest"]["agreed"]
    ]
    assert named and all(number in rows for number in named)
    denial = rows[data["digest"]["disagreements"][0]["row"]]
    assert denial["status"] == "differs" and denial["differences"] == ["negation"]
    claims = {claim["id"] for entry in data["articles"] for claim in entry["claims"]}
    placed = [claim for row in data["rows"] for claim in row["claims"]]
    assert sorted(placed) == sorted(claims)  # every claim in exactly one row


@pytest.mark.parametrize(
    ("first", "second", "language", "values"),
    [
        (
            "Es gab keine Verletzten.",
            "Es gab Verletzte.",
            "de",
            ("gab keine Verletzten", "gab Verletzte"),
        ),
        (
            "Прокуратура не возбудила дело.",
            "Прокуратура возбудила дело.",
            "ru",
            ("Прокуратура не возбудила", "Прокуратура возбудила"),
        ),
        (
            "El juez nunca firmó la orden.",
            "El juez firmó la orden.",
            "es",
            ("juez nunca firmó", "juez firmó"),
        ),
        (
            "O juiz não assinou a ordem.",
            "O juiz assinou a ordem.",
            "pt",
            ("juiz não assinou", "juiz assinou"),
        ),
    ],
)
def test_a_denial_in_another_language_is_a_negation(
    first: str, second: str, language: str, values: tuple[str, str]
) -> None:
    assert _pair(first, second, language) == [("negation", *values)]
    assert _pair(second, first, language) == [("negation", values[1], values[0])]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        ("Das ist nicht nur ein Problem.", "Das ist ein Problem.", "de"),  # "not only"
        ("Es gab keine Verletzten.", "Es gab keine Toten.", "de"),  # both deny
        # Names in English (helper-166's review): no denial.
        (
            "Police in Pas-de-Calais found 12 migrants in a lorry on Tuesday.",
            "Police in northern France found 12 migrants in a lorry on Tuesday.",
            "en",
        ),
        (
            "The astronaut Nie Haisheng returned on Friday.",
            "The astronaut returned on Friday.",
            None,
        ),
        ("The band Nunca Mas played a concert.", "The band played a concert.", "es"),
    ],
)
def test_what_is_no_denial_abroad(first: str, second: str, language: str | None) -> None:
    assert [kind for kind, *_ in _pair(first, second, language) if kind == "negation"] == []


def test_an_english_denial_is_read_by_the_english_rules_alone() -> None:
    found = shown("Police did not find the driver.", "Police found the driver.")
    assert [kind for kind, *_ in found] == ["negation"]
    assert found[0][3] != "negation"  # named by the English rules, not told once more


def _compared(first: str, second: str, language: str | None) -> Comparison:
    """Two one-sentence articles in ``language``, compared as one story."""
    story = Story(
        "s",
        "S",
        (article("x", "X", first, language), article("y", "Y", second, language)),
    )
    return compare_story(story, AlignOptions.create())


def _pair(first: str, second: str, language: str | None) -> list[tuple[str, str, str]]:
    """The disagreements of the match of two one-sentence articles in ``language``."""
    (match,) = _compared(first, second, language).matches
    return [(d.kind, d.a, d.b) for d in match.details if d.kind != "adds"]


@pytest.mark.parametrize(
    ("first", "second", "language", "found"),
    [
        (
            "Der Schaden liegt bei 3,5 Millionen Euro.",
            "Der Schaden liegt bei 3,8 Millionen Euro.",
            "de",
            [("number", "3,5", "3,8")],
        ),
        ("Der Tank fasste 1.200 Liter Öl.", "Der Tank fasste 1200 Liter Öl.", "de", []),
        ("Le site abritait 1 200 litres.", "Le site abritait 1200 litres.", "fr", []),
        (
            "El daño: 3.500.000 euros.",
            "El daño: 3.800.000 euros.",
            "es",
            [("number", "3.500.000 euros", "3.800.000 euros")],
        ),
        # English writes a decimal point: 1.200 tonnes is not 1200.
        (
            "The tank held 1.200 tonnes of oil.",
            "The tank held 1200 tonnes of oil.",
            None,
            [("number", "1.200 tonnes", "1200 tonnes")],
        ),
    ],
)
def test_figures_are_read_as_their_language_writes_them(
    first: str, second: str, language: str | None, found: list[tuple[str, str, str]]
) -> None:
    """helper-165's audit: "3,5 Millionen" against "3,8 Millionen" was no difference, and
    "1.200 Liter" against "1200 Liter" one."""
    assert _pair(first, second, language) == found


def test_a_language_without_denials_read_is_named_and_told_so() -> None:
    """helper-166's review: a Portuguese story read "the pt articles", and the note said denials
    were compared in every language."""
    articles = (
        article("a", "Jornal A", "Το λιμάνι έκλεισε τη Δευτέρα.", "el"),
        article("b", "Jornal B", "Το λιμάνι έκλεισε τη Δευτέρα.", "el"),
    )
    comparison = compare_story(Story("s", "S", articles), AlignOptions.create())
    assert to_data(comparison)["digest"]["not_read"] == [
        {"language": "Greek", "outlets": ["Jornal A", "Jornal B"], "denials": False}
    ]
    page = BeautifulSoup(
        render_comparison(default_environment(), comparison, Links()), "html.parser"
    )
    caveat = page.select_one("p.cd-unread")
    assert caveat is not None
    assert "(Jornal A, Jornal B) only figures in digits are compared" in " ".join(
        caveat.get_text().split()
    )


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        # A denial opening the sentence (helper-167's review).
        (
            "Keine Passagiere wurden bei dem Unfall verletzt.",
            "Passagiere wurden bei dem Unfall verletzt.",
            "de",
        ),
        ("Aucun passager n'a été blessé.", "Un passager a été blessé.", "fr"),
        # A language not told (one sentence tells none) or written as three letters.
        (
            "Die Polizei schließt Brandstiftung nicht aus.",
            "Die Polizei schließt Brandstiftung aus.",
            None,
        ),
        (
            "De politie heeft het wapen niet gevonden.",
            "De politie heeft het wapen gevonden.",
            "nld",
        ),
    ],
)
def test_a_denial_is_read_where_a_reader_would_see_it(
    first: str, second: str, language: str | None
) -> None:
    assert "negation" in [kind for kind, *_ in _pair(first, second, language)]


def test_a_faux_pas_denies_nothing() -> None:
    assert (
        _pair(
            "The remark was a faux pas, aides said.", "The remark was a blunder, aides said.", None
        )
        == []
    )


def test_a_grouped_figure_before_a_comma_is_read() -> None:
    """helper-167's review: "1.200, als" was left as 1.2."""
    assert (
        _pair(
            "Es starben 1.200, als das Schiff sank.", "Es starben 1200, als das Schiff sank.", "de"
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        # A name after a hyphen or in brackets (helper-168's review).
        (
            "Dans le Nord-Pas-de-Calais, la préfecture a fermé le port mardi.",
            "Dans le Nord, la préfecture a fermé le port mardi.",
            "fr",
        ),
        ("La préfecture (Pas-de-Calais) a fermé le port.", "La préfecture a fermé le port.", "fr"),
        # An English scrape too short to tell its language.
        (
            "Nie Haisheng returned to Earth on Friday, state media said.",
            "Astronaut Nie Haisheng returned to Earth on Friday, state media said.",
            None,
        ),
        ("The dancers' pas de deux drew applause.", "The dancers' duet drew applause.", None),
        ('"Niet," the minister said of the plan.', '"No," the minister said of the plan.', None),
    ],
)
def test_a_name_or_an_english_word_is_no_denial(
    first: str, second: str, language: str | None
) -> None:
    found = _pair(first, second, language) if _matched(first, second, language) else []
    assert [kind for kind, *_ in found if kind == "negation"] == []


def _matched(first: str, second: str, language: str | None) -> bool:
    return len(_compared(first, second, language).matches) == 1


def test_russian_and_ukrainian_are_told_by_their_words() -> None:
    """helper-188's review: a Russian article without front matter was read as no language, so
    the first screen named only the other Russian article among those not read."""
    russian = (
        "В четверг вечером в порту сгорел зерновой склад, пострадали 12 человек. Пожар начался"
        " около 22:00 в восточном доке, сообщили пожарные. По словам начальника порта, на"
        " складе хранилось около 4000 тонн пшеницы. Полиция сообщила, что причина пожара пока"
        " не установлена. Он сказал, что это был не поджог."
    )
    ukrainian = (
        "Пожежа знищила склад у порту. Він сказав, що вогонь був великий, і пожежники боролися"
        " з ним шість годин, як повідомили вони. Це була ніч, та його не знайшли до ранку."
    )
    assert (language_of(None, russian), language_of(None, ukrainian)) == ("ru", "uk")


def test_a_ukrainian_denial_is_read_as_a_russian_one_is() -> None:
    """helper-189's review: once an article was told Ukrainian, its denials went unread."""
    found = _pair(
        "Поліція не встановила причину пожежі на складі у порту.",
        "Поліція встановила причину пожежі на складі у порту.",
        None,
    )
    assert [kind for kind, *_ in found] == ["negation"]
