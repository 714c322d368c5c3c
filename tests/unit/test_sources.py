"""The input stage: what ends up as an article's text, metadata and problems, and as stories."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.model import Article
from mkdocs_claimdiff.sources.discover import discover, read_article
from mkdocs_claimdiff.sources.markup import strip_inline
from mkdocs_claimdiff.sources.meta import NOT_A_FILE
from mkdocs_claimdiff.urls import url_problem

from ..conftest import SEED_CHROME as CHROME

SEEDS = Path(__file__).resolve().parents[2] / "site" / "articles"
STORY = SEEDS / "assad-escape"


def paragraphs(article: Article) -> list[str]:
    return [article.block_text(block) for block in article.blocks]


def messages(article: Article) -> list[str]:
    return [problem.message for problem in article.problems]


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return path


def assert_nothing_silently_dropped(article: Article) -> None:
    """Every non-blank line of the file is either article text or listed as removed."""
    removed = {entry.line for entry in article.removed}
    lines = article.path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        if line.strip() and number not in removed:
            assert strip_inline(line).lstrip("*#>- ") in article.body, (number, line)


# The two real scrapes


@pytest.fixture(scope="module")
def moscow() -> Article:
    return read_article(STORY / "moscow-times.txt", "assad-escape")


@pytest.fixture(scope="module")
def kyiv() -> Article:
    return read_article(STORY / "kyiv-independent.txt", "assad-escape")


def test_moscow_times_metadata(moscow: Article) -> None:
    assert moscow.id == "moscow-times"
    assert moscow.story == "assad-escape"
    assert moscow.title == (
        "Russia's Foreign Minister Lavrov Spearheaded Efforts to Help Assad Flee Syria – Reuters"
    )
    assert moscow.url == (
        "https://www.themoscowtimes.com/2024/12/13/"
        "russias-foreign-minister-lavrov-spearheaded-efforts-to-help-assad-flee-syria-reuters-a87327"
    )
    assert moscow.published == "2024-12-13"
    assert moscow.outlet == "The Moscow Times"
    assert moscow.author is None
    assert moscow.problems == ()


def test_moscow_times_body(moscow: Article) -> None:
    body = paragraphs(moscow)
    assert body[0].startswith("Russian Foreign Minister Sergei Lavrov spearheaded efforts")
    assert body[0].endswith(
        "Reuters reported Friday, citing anonymous Russian, regional and Western security sources."
    )
    assert body[-1] == (
        "Bloomberg, citing anonymous sources, reported Thursday that Moscow offered Assad safe "
        'passage "if he left immediately."'
    )
    assert len(body) == 11
    assert all(block.kind == "paragraph" for block in moscow.blocks)


def test_kyiv_independent_metadata(kyiv: Article) -> None:
    assert (
        kyiv.title == "Russia convinced Assad to flee Syria amid rebel offensive, Bloomberg reports"
    )
    assert kyiv.url == "https://kyivindependent.com/russia-pushed-assad-to-flee-syria-bloomberg/"
    assert kyiv.author == "Boldizsar Gyori and The Kyiv Independent news desk"
    assert kyiv.published == "2024-12-11"
    assert kyiv.outlet == "The Kyiv Independent"
    assert kyiv.problems == ()


def test_kyiv_independent_body(kyiv: Article) -> None:
    body = paragraphs(kyiv)
    assert body[0].startswith("Moscow persuaded Syrian dictator Bashar al-Assad to flee to Russia")
    assert body[-1].endswith("a tactic Russia has repeated in Ukraine.")
    assert len(body) == 7
    assert body[2] == (
        "Assad was swiftly flown out of the country via a Russian airbase by Moscow's intelligence "
        "agents to avoid his capture by the rebels, Bloomberg wrote. The airplane’s transponder "
        "was likely turned off to avoid being tracked, the outlet's source said."
    )


@pytest.mark.parametrize("chrome", CHROME)
def test_seed_bodies_hold_no_chrome(moscow: Article, kyiv: Article, chrome: str) -> None:
    assert chrome not in moscow.body
    assert chrome not in kyiv.body


def test_seed_removed_lines_say_why(moscow: Article, kyiv: Article) -> None:
    moscow_reasons = {entry.text: entry.reason for entry in moscow.removed}
    assert moscow_reasons["**Mohammed Al-Rifai / AFP**"] == "photo credit"
    caption = "An anti-government fighter tears down a portrait of Syria's ex-president"
    assert moscow_reasons[f"{caption} Bashar al-Assad in Aleppo."] == "caption"
    kyiv_reasons = {entry.line: entry.reason for entry in kyiv.removed}
    assert kyiv_reasons[24] == kyiv_reasons[25] == "teaser of another article"
    assert kyiv_reasons[7] == "caption"
    assert kyiv_reasons[55] == "after the end of the article"
    assert_nothing_silently_dropped(moscow)
    assert_nothing_silently_dropped(kyiv)


def test_seed_stories_are_discovered_without_problems() -> None:
    stories, problems = discover(SEEDS)
    assert problems == ()
    assert [story.id for story in stories] == ["assad-escape", "mount-cook-climbers"]
    assad, climbers = stories
    assert assad.title == "How Russia got Assad out of Syria"
    assert [article.id for article in assad.articles] == ["kyiv-independent", "moscow-times"]
    assert climbers.title == "Two climbers die at Aoraki Mount Cook"
    assert len(climbers.articles) == 7
    assert all(article.published and article.url for article in climbers.articles)
    assert all(article.problems == () for story in stories for article in story.articles)


# Synthetic scrapes: each chrome rule on wording the seeds do not have

SCRAPE = """
    Menu
    Search
    Go to homepage
    World | Europe
    Opinion

    Kharkiv strikes leave city without power, officials say
    Analysis

    By Jane Roe and Max Mustermann | Reuters
    Updated: 3 January 2025 14:05 GMT
    Listen to this article
    Share

    Rescue workers search the rubble of a school in Kharkiv. (Photo by Olena Ivanova/AP)

    Russian missiles hit energy infrastructure in Kharkiv overnight, leaving most of the city
    without power, regional governor Oleh Syniehubov said on Friday.

    Engineers expected to restore supplies within two days.

    Firefighters at the site of the strike on Thursday.
    Photo: Petro Petrenko / EPA

    A substation after the strike. Photograph: Ivan Petrov/Reuters

    Advertisement

    Read more: How Ukraine rebuilds its grid under fire

    Listen to our podcast every Friday.

    ## Grid under strain

    The national grid operator said the strike was the fifth on the region this month.

    The ministry's weekly newsletter, which is sent to thousands of officials across the
    region every Monday, said repairs would take weeks.

    By the end of the day, power had returned to two hospitals.

    Sign up for our morning briefing
    Email address
    Sign up
    You can unsubscribe at any time.

    We use cookies to improve your experience. Accept all cookies

    Share

    Listen to our podcast every Friday.

    ## What the strikes mean for winter
    Ukraine enters the coldest months with a third of its generating capacity lost, and the

    Most read

    Kyiv hosts talks on grain corridor
    © 2025 Example News. All rights reserved.
    Original url: <https://news.example.org/kharkiv-strikes>Next story
"""


@pytest.fixture()
def scrape(tmp_path: Path) -> Article:
    return read_article(write(tmp_path, "example-news.txt", SCRAPE), "kharkiv")


def removed_reason(article: Article, text: str) -> str:
    (reason,) = {entry.reason for entry in article.removed if text in entry.text}
    return reason


def test_scrape_metadata_comes_from_the_page(scrape: Article) -> None:
    assert scrape.title == "Kharkiv strikes leave city without power, officials say"
    assert scrape.author == "Jane Roe and Max Mustermann"
    assert scrape.published == "2025-01-03"
    assert scrape.url == "https://news.example.org/kharkiv-strikes"
    assert removed_reason(scrape, "Original url") == "used as original URL"


def test_scrape_body_is_the_article_text_only(scrape: Article) -> None:
    assert paragraphs(scrape) == [
        "Russian missiles hit energy infrastructure in Kharkiv overnight, leaving most of the "
        "city without power, regional governor Oleh Syniehubov said on Friday.",
        "Engineers expected to restore supplies within two days.",
        "Grid under strain",
        "The national grid operator said the strike was the fifth on the region this month.",
        "The ministry's weekly newsletter, which is sent to thousands of officials across the "
        "region every Monday, said repairs would take weeks.",
        "By the end of the day, power had returned to two hospitals.",
    ]
    assert [block.kind for block in scrape.blocks][2] == "heading"
    assert_nothing_silently_dropped(scrape)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Menu", "site navigation"),
        ("Go to homepage", "site navigation"),
        ("Opinion", "short line, not a sentence"),
        ("World | Europe", "breadcrumb navigation"),
        ("Analysis", "short line, not a sentence"),
        ("Listen to this article", "audio player"),
        ("(Photo by Olena Ivanova/AP)", "caption"),
        ("Firefighters at the site", "caption"),
        ("Photo: Petro Petrenko / EPA", "photo credit"),
        ("A substation after the strike.", "caption"),
        ("Advertisement", "advertisement"),
        ("Read more:", "link to another article"),
        ("Listen to our podcast", "repeated line"),
        ("Share", "share buttons"),
        ("Sign up for our morning briefing", "newsletter form"),
        ("Email address", "newsletter form"),
        ("You can unsubscribe", "newsletter form"),
        ("We use cookies", "cookie notice"),
        ("What the strikes mean", "teaser of another article"),
        ("coldest months", "teaser of another article"),
        ("Most read", "site navigation"),
        ("Kyiv hosts talks", "after the end of the article"),
        ("All rights reserved", "copyright line"),
    ],
)
def test_scrape_chrome_is_removed_with_its_reason(scrape: Article, text: str, reason: str) -> None:
    assert text not in scrape.body
    assert removed_reason(scrape, text) == reason


def test_a_bold_credit_takes_the_caption_above_it(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        """
        # Title of the piece

        Protesters gather outside parliament in Tbilisi.

        __Irakli Gedenidze / Reuters__

        Thousands of people protested in Tbilisi on Sunday against the government's decision.
        """,
    )
    article = read_article(path, "s")
    assert paragraphs(article) == [
        "Thousands of people protested in Tbilisi on Sunday against the government's decision."
    ]
    assert removed_reason(article, "Protesters gather") == "caption"
    assert removed_reason(article, "Gedenidze") == "photo credit"


def test_a_reported_sentence_above_a_credit_is_no_caption(tmp_path: Path) -> None:
    """helper-188's review: an attributed sentence of the article, just above a photo credit,
    was left out as the photo's caption."""
    path = write(
        tmp_path,
        "a.txt",
        """
        # Harbour fire

        The blaze broke out after 10 p.m. in the eastern dock, according to the fire brigade.

        Photo: Jane Roe/AP

        Around 80 firefighters fought the blaze for six hours.
        """,
    )
    article = read_article(path, "s")
    assert paragraphs(article) == [
        "The blaze broke out after 10 p.m. in the eastern dock, according to the fire brigade.",
        "Around 80 firefighters fought the blaze for six hours.",
    ]
    assert removed_reason(article, "Jane Roe") == "photo credit"


def test_hard_wrapped_paragraphs_are_joined_and_lists_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        """
        A title

        The talks in Geneva lasted for
        three days and ended without a deal.

        Negotiators named three sticking points:
        - prisoner exchanges
        - grain exports
        """,
    )
    article = read_article(path, "s")
    assert article.title == "A title"
    assert paragraphs(article) == [
        "The talks in Geneva lasted for three days and ended without a deal.",
        "Negotiators named three sticking points:",
        "prisoner exchanges",
        "grain exports",
    ]


def test_a_scrape_with_no_url_asks_for_one(tmp_path: Path) -> None:
    path = write(tmp_path, "bare.txt", "A headline\n\nOne sentence of text.\n")
    article = read_article(path, "s")
    assert article.url is None
    assert messages(article) == [
        "no original URL: add `url:` to a sidecar bare.yml",
        "no outlet: the comparison heads its column with the file name; add `outlet:` "
        "(or `url:`) to a sidecar bare.yml",
    ]
    # A text scrape has no front matter: only Markdown is told of it.
    markdown = read_article(write(tmp_path, "bare.md", "# A headline\n\nOne sentence.\n"), "s")
    assert messages(markdown)[0] == (
        "no original URL: add `url:` to the front matter or a sidecar bare.yml"
    )


def test_without_an_outlet_the_address_names_one(tmp_path: Path) -> None:
    path = write(tmp_path, "nj.txt", "A headline\n\nOne sentence of text.\n")
    write(tmp_path, "nj.yml", "url: https://www.nj.com/news/2024/12/a-story.html\n")
    article = read_article(path, "s")
    assert article.outlet == "nj.com"
    assert article.problems == ()


def test_a_scrape_of_only_chrome_reports_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.txt", "Skip to content\nSubscribe\n")
    article = read_article(path, "s")
    assert article.body == ""
    assert "no article text found: left out" in messages(article)


# Markdown articles


def test_markdown_front_matter_and_body(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bbc.md",
        """
        ---
        title: Assad flees to Moscow
        url: https://www.bbc.com/news/assad
        outlet: BBC News
        author: Jane Roe
        published: 2024-12-09
        language: en
        ---

        # Assad flees to Moscow

        Syria's ousted president is in Moscow,
        Russian media *say*.

        ```
        not = "article text"
        ```

        <!-- an editor's
        note -->

        ![Assad](assad.jpg)

        ---

        > "He has left," a source said.

        - Rebels took Damascus.
        - The army withdrew north of the city.
        """,
    )
    article = read_article(path, "assad")
    assert (article.title, article.url, article.outlet, article.author) == (
        "Assad flees to Moscow",
        "https://www.bbc.com/news/assad",
        "BBC News",
        "Jane Roe",
    )
    assert (article.published, article.language, article.story) == ("2024-12-09", "en", "assad")
    assert paragraphs(article) == [
        "Syria's ousted president is in Moscow, Russian media say.",
        '"He has left," a source said.',
        "Rebels took Damascus.",
        "The army withdrew north of the city.",
    ]
    assert [block.kind for block in article.blocks] == ["paragraph", "quote", "item", "item"]
    assert article.problems == ()


def test_markdown_title_from_heading_else_file_name(tmp_path: Path) -> None:
    headed = read_article(write(tmp_path, "a.md", "Intro line.\n\n# The Heading\n\nText.\n"), "s")
    assert headed.title == "The Heading"
    assert paragraphs(headed) == ["Intro line.", "Text."]
    unheaded = read_article(write(tmp_path, "le-monde_story.md", "Text.\n"), "s")
    assert unheaded.title == "Le monde story"


def test_markdown_heading_stays_body_when_front_matter_names_another_title(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: Chosen\n---\n# Section one\n\nText.\n")
    article = read_article(path, "s")
    assert article.title == "Chosen"
    assert paragraphs(article) == ["Section one", "Text."]


def test_invalid_front_matter_reports_its_line_and_the_body_is_still_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        """
        ---
        title: Fine
        url: https://example.com/a
          outlet: indented by mistake
        ---
        # Heading title

        Body text.
        """,
    )
    article = read_article(path, "s")
    (problem, *_) = article.problems
    assert problem.line == 4
    assert problem.message == "invalid YAML (mapping values are not allowed here); metadata ignored"
    assert article.title == "Heading title"
    assert article.url is None
    assert paragraphs(article) == ["Body text."]


def test_unclosed_front_matter_is_reported(tmp_path: Path) -> None:
    """Front matter left open is a warning. When its lines up to a blank line all set keys,
    they are its metadata (a new user's audit: "title: x outlet: X" was the article's first
    claim); otherwise the file is read whole as its body."""
    article = read_article(write(tmp_path, "a.md", "---\ntitle: x\noutlet: X\n\nText.\n"), "s")
    assert (article.title, article.outlet, article.body) == ("x", "X", "Text.")
    assert messages(article)[0] == (
        "front matter is not closed by a `---` line; read up to the first blank line"
    )
    article = read_article(write(tmp_path, "b.md", "---\ntitle: x\nText.\n\nMore.\n"), "s")
    assert paragraphs(article) == ["title: x Text.", "More."]
    assert messages(article) == ["front matter is not closed by a `---` line; metadata ignored"]
    update = "---\nUpdate: police said six were hurt.\n\nMore.\n"  # a rule, then news
    article = read_article(write(tmp_path, "c.md", update), "s")
    assert paragraphs(article) == ["Update: police said six were hurt.", "More."]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (  # a headline with a colon, unquoted: the commonest slip
            {
                "a.md": "---\ntitle: Bridge collapse: what we know\nurl: https://r.example/a\n"
                "outlet: Valley Radio\n---\nSix people were hurt.\n"
            },
            (
                "a.md",
                2,
                'invalid YAML (mapping values are not allowed here; a value holding ": " needs '
                'quotes: title: "Bridge collapse: what we know"); metadata ignored',
            ),
        ),
        (
            {"a.md": "---\nurl: https://r.example/a\noutlet: Valley Radio\nSix were hurt.\n"},
            ("a.md", 1, "front matter is not closed by a `---` line; metadata ignored"),
        ),
        (
            {
                "a.txt": "Bridge collapse\n\nSix people were hurt.\n",
                "a.yml": "url: https://r.example/a\noutlet: [Valley Radio\n",
            },
            (
                "a.yml",
                2,
                "invalid YAML (expected ',' or ']', but got '<stream end>' while parsing a flow"
                " sequence); metadata ignored",
            ),
        ),
    ],
)
def test_unreadable_metadata_is_one_warning(
    tmp_path: Path, files: dict[str, str], expected: tuple[str, int, str]
) -> None:
    """Front matter or a sidecar that cannot be parsed is one warning, naming its line: it was
    followed by "no original URL: add `url:` to the front matter" and "no outlet: … add
    `outlet:`", telling a user whose file has both to add them."""
    for name, content in files.items():
        write(tmp_path, name, content)
    article = read_article(tmp_path / next(iter(files)), "s")
    found = [(problem.path.name, problem.line, problem.message) for problem in article.problems]
    assert found == [expected]
    assert (article.url, article.outlet) == (None, None)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"a.md": "---\ntitle: Bridge\noutlet: Alpha\npublished: 2024-13-45\n---\nSix hurt.\n"},
            ("a.md", 4, "`published` is not a date: '2024-13-45'; use YYYY-MM-DD"),
        ),
        (
            {"a.txt": "Bridge\n\nSix hurt.\n", "a.yml": "outlet: Alpha\npublished: 2024-02-30\n"},
            ("a.yml", 2, "`published` is not a date: '2024-02-30'; use YYYY-MM-DD"),
        ),
        (
            {"a.md": "---\ntitle: Bridge\noutlet: Alpha\nauthor: 0000-01-01\n---\nSix hurt.\n"},
            None,
        ),
        *(  # helper-169's audit: an hour of 25 or an offset of 99 hours were read as dates
            (
                {
                    "a.md": f"---\ntitle: Bridge\noutlet: Alpha\npublished: '{when}'\n---\n"
                    "Six hurt.\n"
                },
                ("a.md", 4, f"`published` is not a date: '{when}'; use YYYY-MM-DD"),
            )
            for when in ("2024-01-02T25:00:00", "2024-01-02 25:00:00", "2024-01-02T10:00:00+99:00")
        ),
        (
            {"a.md": "---\ntitle: " + "[" * 5000 + "\n---\nSix hurt.\n"},
            ("a.md", None, "invalid YAML (nested too deeply); metadata ignored"),
        ),
    ],
)
def test_metadata_shaped_as_an_impossible_date_or_nested_deeply_is_a_warning(
    tmp_path: Path, files: dict[str, str], expected: tuple[str, int | None, str] | None
) -> None:
    """A value PyYAML reads as a date that is none ("2024-13-45", "2024-02-30", under any key)
    or thousands of nested brackets stopped the build with a traceback naming no file (a new
    user's audit): the article is read, and the value is a warning naming its file and line,
    or, under a key that is text anyway (``author``), the text as written."""
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    article = read_article(tmp_path / next(iter(files)), "s")
    assert paragraphs(article) == ["Six hurt."]
    found = [
        (problem.path.name, problem.line, problem.message)
        for problem in article.problems
        if not problem.message.startswith(("no original URL", "no outlet"))
    ]
    assert found == ([expected] if expected else [])
    if expected is None:
        assert article.author == "0000-01-01"


def test_a_key_given_twice_is_a_warning_at_the_one_used(tmp_path: Path) -> None:
    """PyYAML keeps the last of two ``title:`` lines and says nothing (a new user's audit): a
    file edited by hand often gains a second one."""
    path = write(tmp_path, "a.md", "---\ntitle: First\noutlet: A\ntitle: Second\n---\nSix hurt.\n")
    article = read_article(path, "s")
    assert article.title == "Second"
    assert (article.problems[0].line, article.problems[0].message) == (
        4,
        "`title` is given twice (also line 2): this one is used",
    )
    # Keys are those PyYAML reads, not lines that look like one (the review of the first
    # version, which read lines): a quoted key, a flow mapping, a value running on.
    for front, twice in (
        ('"title": First\n"title": Second', True),
        ("{title: First, title: Second}", True),
        ("title: 'First\n  title: Second'", False),
    ):
        article = read_article(write(tmp_path, "b.md", f"---\n{front}\n---\nSix hurt.\n"), "s")
        found = [p.message for p in article.problems if "twice" in p.message]
        assert bool(found) == twice, front


def test_front_matter_is_data_not_markup(tmp_path: Path) -> None:
    """Hidden elements were cut from the whole file before its front matter was split off, so
    a URL holding "<script>1</script>" was published as another address, without a word (a
    second audit): the values are kept as written; the body still loses such elements."""
    url = "https://x.example/a?q=<script>1</script>&b=2"
    front = (
        f'title: "Council <!-- check --> vote"\noutlet: "The <style> Times </style>"\nurl: "{url}"'
    )
    path = write(
        tmp_path, "a.md", f"---\n{front}\n---\nSix hurt. <script>alert(1)</script> More.\n"
    )
    article = read_article(path, "s")
    assert (article.title, article.outlet, article.url) == (
        "Council <!-- check --> vote",
        "The <style> Times </style>",
        url,
    )
    assert paragraphs(article) == ["Six hurt. More."]


def test_a_list_of_stories_is_told_apart_from_a_value_to_quote(tmp_path: Path) -> None:
    """``story: [pirates, quake]`` was told to "put the value in quotes", which made a story
    named "[pirates, quake]" of one article (a second audit)."""
    path = write(tmp_path, "a.md", "---\nstory: [pirates, quake]\n---\nSix hurt.\n")
    article = read_article(path, "s")
    assert article.story == "s"
    assert messages(article)[0] == (
        "`story` names one story: an article is compared in one; to compare it in another too,"
        " copy the file into that story's folder"
    )


def test_a_name_of_invisible_characters_is_no_name(tmp_path: Path) -> None:
    """A title, outlet or author of zero-width characters was shown as nothing: a story link
    with no text to click, an empty column header (a second audit). Such a value is ignored
    with a warning, and the name falls back as when it is missing."""
    story = tmp_path / "other"
    blank = '"\\u200b\\u200b \\u200d"'
    write(story, "_story.yml", f"title: {blank}\n")
    front = f"title: {blank}\noutlet: {blank}\nauthor: {blank}\nurl: https://news.example/b"
    write(story, "b.md", f"---\n{front}\n---\nSix people were hurt.\n")
    site_name = '<meta property="og:site_name" content="\u200b \u200b">'
    body = f"<body><p>{'A quake hit. ' * 9}</p></body>"
    page = f"<html><head><title>Quake</title>{site_name}</head>{body}</html>"
    write(story, "c.html", page)
    (found,), problems = discover(tmp_path)
    assert found.title == "Other"
    assert [(a.title, a.outlet, a.author) for a in found.articles] == [
        ("B", "news.example", None),
        ("Quake", None, None),  # no address either: the column is headed by the file's name
    ]
    said = [p.message for p in problems] + [p.message for a in found.articles for p in a.problems]
    for key in ("title", "outlet", "author"):
        assert f"`{key}` shows nothing (only invisible characters): ignored" in said


def test_titles_and_names_longer_than_any_real_one_are_cut(tmp_path: Path) -> None:
    """A title of 10,000 characters made an article page whose heading filled 250 lines and a
    headline claim as long; an outlet of 5,000 ran off every page it headed (a second audit).
    They are cut at a word, with a warning; a saved page's headline too."""
    title, outlet = "Verylongstorytitle " * 526, "Supercalifragilistic" * 250
    path = write(tmp_path, "a.md", f"---\ntitle: {title}\noutlet: {outlet}\n---\nSix hurt.\n")
    article = read_article(path, "s")
    assert len(article.title) <= 300 and article.title.endswith("storytitle…")
    assert len(article.outlet or "") == 120 and (article.outlet or "").endswith("…")
    assert [p.message for p in article.problems if "longer" in p.message] == [
        "`title` is longer than 300 characters: cut",
        "`outlet` is longer than 120 characters: cut",
    ]
    head = f"<head><title>{'Longtitle ' * 1000}</title></head>"
    page = f"<html>{head}<body><p>{'Six hurt. ' * 9}</p></body></html>"
    article = read_article(write(tmp_path, "b.html", page), "s")
    assert len(article.title) <= 300
    assert "`title` is longer than 300 characters: cut" in messages(article)


def test_sidecar_overrides_the_file(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nurl: https://old.example/a\noutlet: Old\n---\nText.\n")
    write(tmp_path, "a.yml", "url: https://new.example/a\npublished: Dec. 9, 2024\n")
    article = read_article(tmp_path / "a.md", "s")
    assert (article.url, article.outlet, article.published) == (
        "https://new.example/a",
        "Old",
        "2024-12-09",
    )


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("de", "de"),
        ("pt_BR", "pt-BR"),
        ("EN-gb", "en-gb"),
        ("German", "de"),
        ("5", None),
        ("klingon", None),
    ],
)
def test_a_language_is_a_language_tag_or_left_out_with_a_warning(
    tmp_path: Path, value: str, language: str | None
) -> None:
    """ "5" or "klingon" became the page's ``lang`` silently; a language's name becomes its code."""
    write(tmp_path, "a.md", f"---\nlanguage: {value}\n---\nText.\n")
    article = read_article(tmp_path / "a.md", "s")
    assert article.language == language
    warned = [p.message for p in article.problems if p.message.startswith("`language`")]
    assert warned == (
        []
        if language
        else [f"`language` {value!r} is not a language code such as en, de or pt-BR: ignored"]
    )


def test_a_date_given_as_a_list_is_told_to_be_written_as_one(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\npublished: [2025, 3, 2]\n---\nText.\n")
    article = read_article(tmp_path / "a.md", "s")
    assert article.published is None
    assert "`published` is not a date: [2025, 3, 2]; use YYYY-MM-DD" in messages(article)


def test_a_sidecar_title_keeps_a_scrapes_first_sentence_in_its_body(tmp_path: Path) -> None:
    """With the title given, a first line written as a sentence is the article's first
    sentence, a claim; a first line written as a headline is still taken as one."""
    sentence = "Workers at the plant went on strike on Monday over pay."
    write(tmp_path, "s.txt", f"{sentence}\n\nThe union said 400 workers joined.\n")
    write(tmp_path, "s.yml", 'title: "Strike at the plant"\n')
    article = read_article(tmp_path / "s.txt", "s")
    assert article.title == "Strike at the plant"
    assert [claim.text for claim in extract_claims(article)][1:] == [
        sentence,
        "The union said 400 workers joined.",
    ]
    assert not article.removed
    write(tmp_path, "h.txt", f"Strike at the plant - Daily Courier\n\n{sentence}\n")
    write(tmp_path, "h.yml", 'title: "Strike at the plant"\n')
    headed = read_article(tmp_path / "h.txt", "s")
    assert [claim.text for claim in extract_claims(headed)][1:] == [sentence]
    assert [entry.reason for entry in headed.removed] == ["used as title"]
    # Without a sidecar title the first line is the headline, as a scrape's is.
    write(tmp_path, "n.txt", f"{sentence}\n\nThe union said 400 workers joined.\n")
    assert read_article(tmp_path / "n.txt", "s").title == sentence


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.com/a",
        "https://",
        "example.com/a",
        "http://a b",
        # helper-169's audit: read as evil.example by a browser; a dead link; no host
        "https://evil.example\\.bank.example/",
        "https://evil.example:99999/",
        "https://evil.example%00.bank.example/",
        "https://b\u0430nk.example/",  # a Cyrillic "а" among Latin letters
        "https://\u0440aypal.example/login",  # a Cyrillic "р"
        "https://bank.ex\u03b1mple/",  # a Greek "α"
        "https://中国\u0440\u0444.example/",  # Chinese beside Cyrillic, as browsers refuse
    ],
)
def test_urls_other_than_web_addresses_are_rejected(tmp_path: Path, url: str) -> None:
    """One warning tells it: a second one saying "no original URL: add `url:` …" told the user
    to add what the file has."""
    article = read_article(write(tmp_path, "a.md", f"---\nurl: '{url}'\n---\nText.\n"), "s")
    assert article.url is None
    assert [(problem.message, problem.line) for problem in article.problems] == [
        (f"`url` {url!r} {url_problem(url)}, so no link is made to it; ignored", 2),
        (
            "no outlet: the comparison heads its column with the file name; add `outlet:` (or"
            " `url:`) to the front matter or a sidecar a.yml",
            None,
        ),
    ]


def test_a_look_alike_host_names_no_outlet_and_makes_no_link(tmp_path: Path) -> None:
    """A saved page whose address writes a Cyrillic "а" among Latin letters would head its
    column "bаnk.example", which reads as bank.example: its host names no outlet, and the
    warnings say why and what to add."""
    page = (
        '<html><head><title>Rates up</title><link rel="canonical" href="https://b\u0430nk.example/a">'
        "</head><body><article><h1>Rates up</h1><p>The bank raised its rates by half a point on"
        " Monday, the first rise in two years.</p></article></body></html>"
    )
    article = read_article(write(tmp_path, "a.html", page), "s")
    assert (article.url, article.outlet) == (None, None)
    messages = [problem.message for problem in article.problems]
    assert any("mixes alphabets in its host" in message for message in messages), messages
    assert any(message.startswith("no outlet:") for message in messages), messages


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a%20b",
        "https://example.com:8080/x",
        "https://ελλάδα.gr/",
        "http://a.b",
        "https://bücher.example/",
        "https://пример.рф/",
        "https://пример.com/",
        "https://東京ガス.example/",
        # helper-177's review: marks of Japanese with names of their own, and half-width kana
        "https://yahooオークション.jp/",
        "https://佐々木abc.jp/",
        "https://ｱｲｳabc.jp/",
        "https://\u3031abc.jp/",  # a vertical kana repeat mark (helper-178)
        "https://ｅｘａｍｐｌｅ.com/",
    ],
)
def test_web_addresses_become_links(url: str) -> None:
    assert url_problem(url) is None


def test_unknown_keys_and_bad_values_are_problems(tmp_path: Path) -> None:
    content = "---\ntitle: T\nauthr: Typo\npublished: last week\noutlet: [a, b]\n---\nText.\n"
    article = read_article(write(tmp_path, "a.md", content), "s")
    found = {(problem.line, problem.message.split(";")[0]) for problem in article.problems}
    assert (3, "unknown key `authr` ignored") in found
    assert (4, "`published` is not a date: 'last week'") in found
    assert (5, "`outlet` must be text") in found
    assert (article.author, article.published, article.outlet) == (None, None, None)


def test_date_is_read_as_published_as_blogs_write_it(tmp_path: Path) -> None:
    """helper-187's audit dated its articles with ``date:``, as MkDocs' blog plugins, Jekyll
    and Hugo do, and got a warning and no date."""
    write(tmp_path, "a.md", "---\ntitle: Fire\ndate: 2024-11-04\n---\n\nText.\n")
    article = read_article(tmp_path / "a.md", "s")
    assert article.published == "2024-11-04"
    assert not [m for m in messages(article) if "date" in m]
    write(
        tmp_path,
        "b.md",
        "---\ntitle: Fire\ndate: 2024-11-04\npublished: 2024-11-05\n---\n\nText.\n",
    )
    both = read_article(tmp_path / "b.md", "s")
    assert both.published == "2024-11-05"
    (problem,) = [p for p in both.problems if "date" in p.message]
    assert (problem.message, problem.line) == ("`date` ignored: `published` is given too", 3)


def test_a_date_stands_in_for_a_published_that_is_no_date(tmp_path: Path) -> None:
    """The new-user audit of 2026-12-07: ``published: 2025-13-45`` beside ``date: 2025-03-04``
    left the article undated, the valid date ignored for the invalid one; and the message for
    an unknown key did not name ``date`` among the keys."""
    content = "---\ntitle: Fire\npublished: 2025-13-45\ndate: 2025-03-04\noutlt: X\n---\n\nText.\n"
    article = read_article(write(tmp_path, "a.md", content), "s")
    assert article.published == "2025-03-04"
    found = {(problem.line, problem.message) for problem in article.problems}
    assert (3, "`published` is not a date: '2025-13-45'; use YYYY-MM-DD") in found
    assert not [message for _, message in found if "`date` ignored" in message]
    (unknown,) = [message for _, message in found if "outlt" in message]
    assert "published (or date)" in unknown, unknown


def test_invalid_sidecar_is_reported_at_its_own_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "A headline\n\nText.\n")
    write(tmp_path, "a.yml", "outlet: Fine\nurl: [broken\n")
    article = read_article(tmp_path / "a.txt", "s")
    problem = next(p for p in article.problems if p.message.startswith("invalid YAML"))
    # The line the bracket opens on, not the end of the file where PyYAML notices it
    # (helper-188's review); so for a quote never closed.
    assert (problem.path.name, problem.line) == ("a.yml", 2)
    assert "while parsing a flow sequence" in problem.message
    write(tmp_path, "a.yml", 'title: fine\noutlet: "unclosed\nurl: x\n')
    article = read_article(tmp_path / "a.txt", "s")
    problem = next(p for p in article.problems if p.message.startswith("invalid YAML"))
    assert problem.line == 2


def test_windows_1252_file_is_decoded_with_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("# Café\n\nHe said “no” – twice.\n".encode("cp1252"))
    article = read_article(path, "s")
    assert article.title == "Café"
    assert paragraphs(article) == ["He said “no” – twice."]
    assert "read as Windows-1252" in messages(article)[0]


def test_a_file_of_utf8_and_windows_1252_lines_reads_each_line_as_written(tmp_path: Path) -> None:
    """helper-188's review: one Windows-1252 line made the whole file Windows-1252, so the UTF-8
    lines were garbled ("cafÃ©") and the headline, its "Ã©" read as a copyright sign, was left
    out as a photo credit."""
    path = tmp_path / "a.txt"
    path.write_bytes(
        "Port Ellery fire: café owner speaks\n\n".encode()
        + "The café owner said the fire began at 10 p.m.\n\n".encode()
        + "He said “no” twice.\n".encode("cp1252")
        + "It burned for six hours — officials said.\n".encode()
    )
    article = read_article(path, "s")
    assert article.title == "Port Ellery fire: café owner speaks"
    assert paragraphs(article) == [
        "The café owner said the fire began at 10 p.m.",
        "He said “no” twice.",
        "It burned for six hours — officials said.",
    ]
    problem = article.problems[0]
    assert problem.line == 5
    assert "this line read as Windows-1252, the others as UTF-8" in problem.message


def test_unreadable_file_gives_an_empty_article_with_a_problem(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    article = read_article(tmp_path / "folder.md", "s")
    assert article.body == ""
    assert messages(article)[0].startswith("cannot read")


# Discovering stories


def test_discover_stories_in_order_with_titles(tmp_path: Path) -> None:
    write(tmp_path, "Zebra crossing/b.md", "# B\n\nText.\n")
    write(tmp_path, "Zebra crossing/a.txt", "A\n\nText.\n")
    write(tmp_path, "alpha/c.md", "# C\n\nText.\n")
    write(tmp_path, "alpha/d.md", "# D\n\nText.\n")
    write(tmp_path, "alpha/_story.yml", "title: The Alpha Story\n")
    stories, problems = discover(tmp_path)
    assert problems == ()
    assert [(story.id, story.title) for story in stories] == [
        ("alpha", "The Alpha Story"),
        ("zebra-crossing", "Zebra crossing"),
    ]
    assert [article.id for article in stories[1].articles] == ["a", "b"]
    assert stories[1].path == tmp_path / "Zebra crossing"


def test_discover_reports_files_that_are_not_articles(tmp_path: Path) -> None:
    write(tmp_path, "s/a.md", "Text.\n")
    write(tmp_path, "s/b.md", "Text.\n")
    write(tmp_path, "s/a.yml", "outlet: X\n")
    write(tmp_path, "s/page.pdf", "%PDF-1.7")
    write(tmp_path, "s/notes.docx", "x")
    write(tmp_path, "s/orphan.yaml", "outlet: X\n")
    write(tmp_path, "s/.DS_Store", "x")
    _stories, problems = discover(tmp_path)
    assert {(problem.path.name, problem.message) for problem in problems} == {
        ("page.pdf", "not an article: unknown suffix"),
        ("notes.docx", "not an article: unknown suffix"),
        ("orphan.yaml", "sidecar without an article of the same name"),
    }


def test_discover_makes_clashing_ids_unique(tmp_path: Path) -> None:
    write(tmp_path, "s/Moscow Times.md", "Text.\n")
    write(tmp_path, "s/moscow-times.txt", "A headline\n\nText.\n")
    write(tmp_path, "Story A/a.md", "Text.\n")
    write(tmp_path, "Story A/b.md", "Text.\n")
    write(tmp_path, "story-a/a.md", "Text.\n")
    write(tmp_path, "story-a/b.md", "Text.\n")
    stories, problems = discover(tmp_path)
    assert [story.id for story in stories] == ["s", "story-a", "story-a-2"]
    assert [article.id for article in stories[0].articles] == ["moscow-times", "moscow-times-2"]
    assert [problem.path.name for problem in problems] == ["story-a", "moscow-times.txt"]


def test_a_story_of_one_article_and_a_folder_without_any_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "lonely/only.md", "---\nurl: https://o.example/\n---\nText.\n")
    write(tmp_path, "empty/.gitkeep", "")
    write(tmp_path, "pair/a.md", "Text.\n")
    write(tmp_path, "pair/b.md", "Text.\n")
    stories, problems = discover(tmp_path)
    assert [story.id for story in stories] == ["lonely", "pair"]
    assert [(problem.path.name, problem.message) for problem in problems] == [
        ("only.md", "the only article of story `lonely`: there is nothing to compare it with"),
        ("empty", "story folder without articles: no pages made"),
    ]


def test_a_folder_whose_articles_story_keys_move_away_is_no_empty_story(tmp_path: Path) -> None:
    """Every article of `misc` belongs to another story by its ``story:`` key: the folder makes
    no pages, as none are wanted, and no warning says it holds no article (a new user's audit:
    it failed ``--strict``)."""
    write(
        tmp_path,
        "misc/three.md",
        "---\nstory: summit\noutlet: C\nurl: https://c.example/\n---\nLeaders met.\n",
    )
    for name in ("a", "b"):
        write(
            tmp_path,
            f"summit/{name}.md",
            f"---\noutlet: {name}\nurl: https://{name}.example/\n---\nLeaders met.\n",
        )
    stories, problems = discover(tmp_path)
    assert [(story.id, len(story.articles)) for story in stories] == [("summit", 3)]
    assert list(problems) == []


def test_two_articles_of_one_outlet_in_a_story_are_reported(tmp_path: Path) -> None:
    """A report and its update from one outlet make two columns, and a claim both make counts
    as shared by two: the second file is named, with the first, and the way to count it once.
    The same outlet in another story is no clash."""
    for name in ("strike/metro-daily.md", "strike/metro-daily-update.md", "other/metro.md"):
        write(tmp_path, name, f"---\noutlet: Metro Daily\n---\nDrivers walked out ({name}).\n")
    write(tmp_path, "strike/times.md", "---\noutlet: Novograd Times\n---\nDrivers walked out.\n")
    write(tmp_path, "other/times.md", "---\noutlet: Novograd Times\n---\nDrivers walked out.\n")
    _stories, problems = discover(tmp_path)
    assert [(problem.path.name, problem.message) for problem in problems] == [
        (
            "metro-daily.md",
            "outlet `Metro Daily` is also that of metro-daily-update.md: each article has a column"
            " of its own, so a claim both make counts as shared by two; give one of them an"
            " `outlet:` of its own or move it to another story",
        )
    ]


def test_articles_are_ordered_earliest_first_and_undated_last(tmp_path: Path) -> None:
    write(tmp_path, "s/a.md", "---\npublished: 2024-12-13\n---\nText.\n")
    write(tmp_path, "s/b.md", "Text.\n")
    write(tmp_path, "s/c.md", "---\npublished: December 11, 2024\n---\nText.\n")
    (story,), _problems = discover(tmp_path)
    assert [article.id for article in story.articles] == ["c", "a", "b"]


def test_an_article_named_index_does_not_take_the_story_page(tmp_path: Path) -> None:
    write(tmp_path, "s/index.md", "Text.\n")
    write(tmp_path, "s/other.md", "Text.\n")
    (story,), problems = discover(tmp_path)
    assert [article.id for article in story.articles] == ["index-2", "other"]
    assert [problem.path.name for problem in problems] == ["index.md"]


def test_an_article_named_row_or_col_leaves_the_ids_of_rows_and_columns(tmp_path: Path) -> None:
    """helper-169's audit: claims of row.md were "row-1", "row-2", the ids of the comparison's
    rows, and of col.md "col-1", that of the column of 1.md."""
    for name in ("row", "col", "1"):
        write(tmp_path, f"s/{name}.md", "Text.\n")
    (story,), problems = discover(tmp_path)
    assert sorted(article.id for article in story.articles) == ["1", "col-2", "row-2"]
    assert sorted(problem.path.name for problem in problems) == ["col.md", "row.md"]


def test_story_key_moves_an_article_and_stays_a_safe_slug(tmp_path: Path) -> None:
    write(tmp_path, "first/a.md", "---\nstory: Second\n---\nText.\n")
    write(tmp_path, "second/b.md", "Text.\n")
    write(tmp_path, "second/c.md", "---\nstory: ../../etc\n---\nText.\n")
    stories, _problems = discover(tmp_path)
    assert [(story.id, [a.id for a in story.articles]) for story in stories] == [
        ("etc", ["c"]),
        ("second", ["a", "b"]),
    ]
    assert stories[0].path is None


def test_loose_articles_need_a_story(tmp_path: Path) -> None:
    write(tmp_path, "lost-piece.md", "Text.\n")
    write(tmp_path, "placed.md", "---\nstory: main\n---\nText.\n")
    write(tmp_path, "main/x.md", "Text.\n")
    stories, _problems = discover(tmp_path)
    assert [(story.id, [a.id for a in story.articles]) for story in stories] == [
        ("lost-piece", ["lost-piece"]),
        ("main", ["placed", "x"]),
    ]
    lost = stories[0].articles[0]
    assert any(message.startswith("not in a story folder") for message in messages(lost))
    assert not any("story folder" in message for message in messages(stories[1].articles[0]))


def test_missing_articles_folder_is_a_problem(tmp_path: Path) -> None:
    stories, problems = discover(tmp_path / "nowhere")
    assert stories == ()
    assert [problem.message for problem in problems] == ["articles folder not found"]


def test_markdown_is_read_as_a_markdown_renderer_reads_it(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "wire.md",
        """
        Assad reaches Moscow
        ====================

        Syrian President Bashar al-Assad has arrived in Moscow.

        What we know
        ------------

            print("indented code makes no claim")

        | Date | Event |
        |------|-------|
        | Dec. 8 | Rebels entered Damascus and the government fell. |
        | Dec. 9 | 2,000 |

        - Rebels took Aleppo.
        - Then Homs fell.

        > The Kremlin granted asylum.
        """,
    )
    article = read_article(path, "s")
    assert article.title == "Assad reaches Moscow"
    assert [(block.kind, article.block_text(block)) for block in article.blocks] == [
        ("paragraph", "Syrian President Bashar al-Assad has arrived in Moscow."),
        ("heading", "What we know"),
        # A header and a row of data state nothing: shown, as labels, and no claim.
        ("label", "Date | Event"),
        ("item", "Dec. 8 | Rebels entered Damascus and the government fell."),
        ("label", "Dec. 9 | 2,000"),
        ("item", "Rebels took Aleppo."),
        ("item", "Then Homs fell."),
        ("quote", "The Kremlin granted asylum."),
    ]


def test_markdown_drops_the_chrome_a_scrape_pasted_into_it_and_lists_it(tmp_path: Path) -> None:
    """One chrome policy for every format: a scrape pasted into a Markdown file kept its "READ
    MORE" link and newsletter plug as claims (a new user's audit)."""
    path = write(
        tmp_path,
        "mill.md",
        """
        ---
        title: Fire at the mill
        ---
        More than 150 firefighters fought the blaze at the old mill on Monday.

        READ MORE: Mill owner plans to rebuild after last year's flood

        Subscribe to our daily newsletter for the latest news.

        Photo: John Smith/Daily Courier

        The fire covered 5,000 square metres, officials said.
        """,
    )
    article = read_article(path, "s")
    assert paragraphs(article) == [
        "More than 150 firefighters fought the blaze at the old mill on Monday.",
        "The fire covered 5,000 square metres, officials said.",
    ]
    assert [(entry.line, entry.text[:9], entry.reason) for entry in article.removed] == [
        (6, "READ MORE", "link to another article"),
        (8, "Subscribe", "newsletter form"),
        (10, "Photo: Jo", "photo credit"),
    ]


def test_markdown_nested_past_the_parsers_limit_is_read_on_as_text(tmp_path: Path) -> None:
    """The parser stops following lists 100 levels deep; everything after was dropped unseen."""
    path = tmp_path / "deep.md"
    items = "".join("  " * depth + f"- item {depth}\n" for depth in range(130))
    path.write_text(f"# Deep\n\n{items}\nThe dam broke on Monday.\n", encoding="utf-8")
    article = read_article(path, "flood")
    assert article.body.endswith("The dam broke on Monday.")
    (problem,) = [p for p in article.problems if "nested" in p.message]
    assert problem.path == path and problem.line is not None


@pytest.mark.parametrize("last", ["-", ">", "1.", "* ", "> -"])
def test_an_empty_last_list_item_or_quote_ends_a_markdown_file_quietly(
    tmp_path: Path, last: str
) -> None:
    """A last "-" or ">" holds no text, so the parser makes none of it: the file was said to be
    "nested more than 100 levels deep", which failed ``--strict`` (helper-120's audit)."""
    path = tmp_path / "b.md"
    path.write_text(f"---\ntitle: T\n---\nThe council passed the budget.\n\n{last}\n")
    article = read_article(path, "s")
    assert article.body == "The council passed the budget."
    assert not [p for p in article.problems if "nested" in p.message]


def test_a_table_of_a_header_alone_ends_a_markdown_file_quietly(tmp_path: Path) -> None:
    """Its delimiter row ("|---|---|") was read on as text, with a warning that the file was
    "nested more than 100 levels deep" (a review of the Markdown reader)."""
    path = tmp_path / "budget.md"
    path.write_text("The council passed the budget.\n\n| Item | Detail |\n|---|---|\n")
    article = read_article(path, "s")
    assert [(block.kind, article.block_text(block)) for block in article.blocks] == [
        ("paragraph", "The council passed the budget."),
        ("label", "Item | Detail"),
    ]
    assert not [p for p in article.problems if "nested" in p.message]


def test_a_long_last_paragraph_without_a_full_stop_is_no_teaser(tmp_path: Path) -> None:
    """A teaser of another article is a line or two; a page whose whole text is one long
    paragraph (a preformatted draft) ends without a full stop too, and is the article."""
    sentence = (
        "the protocol lets a web application store its data with a provider of the user's choice"
    )
    long_line = ", ".join([sentence] * 6)
    path = tmp_path / "draft.txt"
    path.write_text(
        f"Draft of the protocol\n\nFirst paragraph of the draft ends here.\n\n{long_line}\n",
        encoding="utf-8",
    )
    article = read_article(path, "drafts")
    assert long_line in article.body
    assert [entry.reason for entry in article.removed] == ["used as title"]


def test_a_labelled_caption_sentence_leaves_the_paragraph_above_it(tmp_path: Path) -> None:
    """A sentence under a "Video:" label is a caption of its own; unlike a bare credit it does
    not take the line above it, which is article text."""
    path = write(
        tmp_path,
        "a.txt",
        """
        # Title of the piece

        Thousands of people protested in Tbilisi on Sunday against the government's decision.

        Video: Police detain protesters.

        The interior ministry said 40 people had been detained overnight.
        """,
    )
    article = read_article(path, "s")
    assert paragraphs(article) == [
        "Thousands of people protested in Tbilisi on Sunday against the government's decision.",
        "The interior ministry said 40 people had been detained overnight.",
    ]
    assert removed_reason(article, "Video: Police") == "photo credit"


def test_an_empty_article_is_warned_of_once(tmp_path: Path) -> None:
    """A file with no text, left out, gets one warning, not also one for the URL and the
    outlet it lacks; an article with text and neither gets both, and so does a headline alone,
    which keeps its column (headed with the file name when it names no outlet)."""
    empty = read_article(write(tmp_path, "empty.md", ""), "s")
    assert [problem.message for problem in empty.problems] == ["no article text found: left out"]
    headline = read_article(write(tmp_path, "headline.md", "---\ntitle: Quake hits\n---\n"), "s")
    assert [problem.message.split(":")[0] for problem in headline.problems] == [
        "no article text found",
        "no original URL",
        "no outlet",
    ]
    bare = read_article(write(tmp_path, "bare.md", "A quake hit the city.\n"), "s")
    messages = [problem.message for problem in bare.problems]
    assert [m.split(":")[0] for m in messages] == ["no original URL", "no outlet"]


def test_a_file_with_nothing_of_its_own_gets_no_column(tmp_path: Path) -> None:
    """An empty file (or a scrape of only chrome) would be a column headed by its file name
    whose one claim is that name, counted as an outlet reporting nothing ("2 of 3"): it is left
    out, with a warning naming it. A file with a title of its own but no text keeps its column:
    the headline is its claim."""
    story = tmp_path / "quake"
    story.mkdir()
    write(story, "a.md", "---\noutlet: Alpha\n---\nA quake hit the city.\n")
    write(story, "b.md", "---\noutlet: Beta\n---\nA quake struck the city.\n")
    write(story, "empty.txt", "")
    write(story, "junk.txt", "Skip to content\nSubscribe\n")
    write(story, "headline.md", "---\ntitle: Quake hits city\noutlet: Gamma\n---\n")
    stories, problems = discover(tmp_path)
    assert [article.path.name for article in stories[0].articles] == ["a.md", "b.md", "headline.md"]
    left_out = [(p.path.name, p.message) for p in problems if p.message.endswith(": left out")]
    assert left_out == [
        ("empty.txt", "no article text found: left out"),
        ("junk.txt", "no article text found: left out"),
    ]


def test_a_first_line_longer_than_any_headline_is_body_text(tmp_path: Path) -> None:
    """A scrape saved as one long line made one headline claim of all its text (2 MB of it):
    a line longer than any headline is the body, and the file is titled after its name, as
    a scrape without a title is."""
    sentence = "The council voted to close the bridge after engineers found cracks in its piers. "
    for text in (sentence * 4, sentence * (2_000_000 // len(sentence))):
        path = write(tmp_path, "bridge-scrape.txt", text)
        article = read_article(path, "bridge")
        assert article.title == "Bridge scrape"
        assert not article.titled
        assert article.body.startswith("The council voted")
        claims = extract_claims(article)
        assert claims[0].role == "body"
        assert claims[0].text == sentence.strip()
        assert "used as title" not in [entry.reason for entry in article.removed]


def test_a_long_first_line_within_a_headline_s_length_stays_the_title(tmp_path: Path) -> None:
    """An ECB+ file's first line, up to 283 characters (a lede), is still its title."""
    headline = (
        "In another successful anti-piracy operation, Navy warship on Saturday repulsed an attack"
        " on a merchant vessel in the Gulf of Aden and nabbed 23 Somali and Yemeni sea brigands,"
        " in a show of resolve to weed out the menace that affected maritime trade in the region."
    )
    assert 250 < len(headline) <= 300
    path = write(tmp_path, "navy.txt", f"{headline}\nThe pirates had surrounded the ship.\n")
    article = read_article(path, "navy")
    assert article.title == headline
    assert article.titled
    assert article.body == "The pirates had surrounded the ship."


def test_a_page_saved_complete_brings_its_folder_without_a_warning(tmp_path: Path) -> None:
    """ "Save Page As… complete" writes ``Page.html`` and ``Page_files/``: the folder was
    reported as a folder inside a story folder, which failed ``--strict`` (helper-120's
    audit). A folder of another name is still reported."""
    story = tmp_path / "fire"
    (story / "Page_files").mkdir(parents=True)
    (story / "Page_files" / "photo.png").write_bytes(b"\x89PNG\r\n")
    (story / "Page.html").write_text(
        "<html><head><title>Fire at plant</title></head>"
        "<body><h1>Fire at plant</h1><p>The plant burned on Monday.</p></body></html>"
    )
    (story / "Notes").mkdir()
    (found,), problems = discover(tmp_path)
    assert [article.title for article in found.articles] == ["Fire at plant"]
    assert [p.path.name for p in problems if "folders inside" in p.message] == ["Notes"]


def test_a_value_a_sidecar_gives_is_not_warned_about_in_the_file(tmp_path: Path) -> None:
    """A saved page's relative canonical link fixed by the sidecar's ``url`` still warned that
    it was no http(s) address, so ``--strict`` could not pass without editing the saved page
    (helper-120's audit)."""
    story = tmp_path / "fire"
    story.mkdir()
    (story / "b.html").write_text(
        '<html><head><title>Blaze</title><link rel="canonical" href="/news/blaze"></head>'
        "<body><h1>Blaze</h1><p>The plant burned on Monday, the mayor said.</p></body></html>"
    )
    (story / "b.yml").write_text("outlet: Bee\nurl: https://b.example/news/blaze\n")
    article = read_article(story / "b.html", "fire")
    assert article.url == "https://b.example/news/blaze"
    assert not [p for p in article.problems if p.message.startswith("`url`")]
    (story / "c.md").write_text("---\npublished: 11/12/2024\n---\nThe plant burned.\n")
    (story / "c.yml").write_text("published: 2024-11-12\n")
    article = read_article(story / "c.md", "fire")
    assert article.published == "2024-11-12"
    assert not [p for p in article.problems if "published" in p.message]


def test_a_sidecar_of_two_articles_or_of_no_regular_file_is_named(tmp_path: Path) -> None:
    """One ``a.yml`` beside ``a.txt`` and ``a.html`` gave both its outlet without a word; a
    sidecar that is a pipe was passed over silently, while the article's warning asked for a
    sidecar that was there (helper-120's audit)."""
    story = tmp_path / "fire"
    story.mkdir()
    for name, day in (("a.txt", "Monday"), ("a.html", "Tuesday"), ("b.txt", "Monday")):
        (story / name).write_text(f"Blaze\n\nThe plant burned on {day}.\n")
    (story / "a.yml").write_text("outlet: Only For Txt\n")
    os.mkfifo(story / "b.yml")
    os.mkfifo(story / "_story.yml")
    (found,), story_problems = discover(tmp_path)
    problems = [*story_problems, *(p for article in found.articles for p in article.problems)]
    shared = [p for p in problems if "alike" in p.message]
    assert [(p.path.name, p.message) for p in shared] == [
        ("a.yml", "the sidecar of a.html and a.txt alike; rename one of them to tell them apart")
    ]
    assert sorted(p.path.name for p in problems if p.message == NOT_A_FILE) == [
        "_story.yml",
        "b.yml",
    ]


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        (
            "b.txt",
            "---\ntitle: Blaze at plant\noutlet: Bee News\n---\nThe plant burned on Monday.\n",
            "a .txt file takes its metadata from a sidecar b.yml",
        ),
        (
            "b.md",
            "\n---\ntitle: Blaze at plant\noutlet: Bee News\n---\nThe plant burned on Monday.\n",
            "front matter is read only when its `---` is the file's first line",
        ),
        (
            "b.md",
            '+++\ntitle = "Blaze at plant"\n+++\nThe plant burned on Monday.\n',
            "front matter in TOML (`+++`) is not read; write it in YAML between `---` lines",
        ),
    ],
)
def test_front_matter_where_it_is_not_read_is_named(
    tmp_path: Path, name: str, content: str, why: str
) -> None:
    """Front matter atop a text scrape, after a blank line, or in TOML was read as a headline
    claim ("title: Blaze at plant outlet: Bee News") without a word, and the file was then said
    to lack the outlet it names (helper-120's audit)."""
    path = tmp_path / name
    path.write_text(content)
    article = read_article(path, "fire")
    assert [p.message for p in article.problems if "read as text" in p.message] == [
        f"this block is read as text: {why}"
    ]
    # A rule between a headline and the text is no front matter.
    path.write_text("Blaze\n\n---\n\nThe plant burned. Update: none.\n")
    assert not [p for p in read_article(path, "fire").problems if "read as text" in p.message]


def test_an_article_without_an_outlet_is_headed_by_its_file_name_as_written(
    tmp_path: Path,
) -> None:
    """helper-188's review: the warning said the column is headed by the file name, and the
    column said "novosti", the slug of "новости.md"."""
    write(tmp_path, "новости.md", "# Пожар в порту\n\nПожар начался около 22:00.\n")
    article = read_article(tmp_path / "новости.md", "s")
    assert (article.id, article.outlet_name) == ("novosti", "новости")
    assert any("heads its column with the file name" in m for m in messages(article))


@pytest.mark.parametrize(
    "front", ["date:\n  created: 2024-11-04\n", "published:\ndate: 2024-11-04\n"]
)
def test_date_as_mkdocs_blog_writes_it_or_beside_an_empty_published(
    tmp_path: Path, front: str
) -> None:
    """helper-189's review."""
    write(tmp_path, "a.md", f"---\ntitle: Fire\n{front}---\n\nText.\n")
    article = read_article(tmp_path / "a.md", "s")
    assert article.published == "2024-11-04"
    assert not [m for m in messages(article) if "date" in m or "published" in m]
