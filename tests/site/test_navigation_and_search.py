"""What the theme's navigation lists and what the search index holds for the generated pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag

from ..conftest import Site, SiteBuilder

STORY_TITLE = "How Russia got Assad out of Syria"
TRANSPONDER = "transponder"  # a claim of both articles, in neither headline
NAVIGATION = ".navbar, .wy-nav-side, .md-nav--primary"


def navigation(page: BeautifulSoup) -> Tag:
    found = page.select_one(NAVIGATION)
    assert found is not None
    return found


def search_entries(site: Site, location: str) -> list[dict[str, Any]]:
    index = json.loads((site.out / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [doc for doc in index["docs"] if doc["location"].split("#")[0] == location]


def story_location(site: Site) -> str:
    return "stories/assad-escape/" if site.use_directory_urls else "stories/assad-escape/index.html"


def article_location(site: Site) -> str:
    return (
        "stories/assad-escape/moscow-times/"
        if site.use_directory_urls
        else "stories/assad-escape/moscow-times.html"
    )


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_the_navigation_lists_each_story_once_and_no_articles(
    make_site: SiteBuilder, theme: str
) -> None:
    site = make_site(theme=theme)
    nav = navigation(site.html("index.md"))
    links = {
        link.get_text(" ", strip=True): str(link["href"]) for link in nav.find_all("a", href=True)
    }
    assert STORY_TITLE in links, links
    assert links[STORY_TITLE].rstrip("/").endswith("stories/assad-escape")
    assert not [href for href in links.values() if "moscow-times" in href]
    # Not a section holding only the story's page: the story is one link, named once.
    assert nav.get_text(" ").count(STORY_TITLE) == 1
    # Articles are reached from their story, and lead back to it.
    story = site.html("stories/assad-escape/index.md").select_one(".claimdiff")
    assert story is not None and story.find("a", href="moscow-times/") is not None
    article = site.html("stories/assad-escape/moscow-times.md").select_one(".claimdiff")
    assert article is not None
    back = article.find("a", string=STORY_TITLE)
    assert back is not None and back["href"] == "../"


def test_nav_articles_lists_them_under_their_story(make_site: SiteBuilder) -> None:
    site = make_site(plugin={"nav_articles": True})
    nav = navigation(site.html("index.md"))
    text = nav.get_text(" ")
    assert STORY_TITLE in text and "Assad escape" not in text
    hrefs = [str(link["href"]) for link in nav.find_all("a", href=True)]
    assert any("moscow-times" in href for href in hrefs)
    assert any("kyiv-independent" in href for href in hrefs)


def test_an_explicit_nav_is_left_as_given(make_site: SiteBuilder) -> None:
    nav = [{"Home": "index.md"}, {"Reading": [{"Assad story": "stories/assad-escape/index.md"}]}]
    site = make_site(extra={"nav": nav})
    text = navigation(site.html("index.md")).get_text(" ")
    assert "Reading" in text and "Assad story" in text


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_search_finds_a_claim_on_its_article_page_and_the_story_by_its_headlines(
    make_site: SiteBuilder, use_directory_urls: bool
) -> None:
    site = make_site(use_directory_urls=use_directory_urls)
    (story,) = search_entries(site, story_location(site))
    assert story["title"] == STORY_TITLE
    assert "Moscow Times" in story["text"] and "Kyiv Independent" in story["text"]
    assert "Reuters" in story["text"]  # the Moscow Times headline ends "– Reuters"
    assert TRANSPONDER not in story["text"]
    (article,) = search_entries(site, article_location(site))
    assert TRANSPONDER in article["text"]
    # The page itself still shows every claim: only the index got the summary.
    shown = site.html("stories/assad-escape/index.md").select_one("#cd-claims")
    assert shown is not None and TRANSPONDER in shown.get_text()


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_search_reads_the_story_index_headings_as_words(make_site: SiteBuilder, theme: str) -> None:
    """Material's search glued the index's column headings into one word,
    "StoryOutletsPublishedRows sharedRows that differ" (a new user's audit)."""
    site = make_site(theme=theme)
    texts = " ".join(entry["text"] for entry in search_entries(site, "stories/"))
    words = " ".join(texts.split())
    assert "Story Outlets Published Rows shared as stated Rows that differ" in words, texts


def test_a_storys_note_is_found_on_its_comparison_not_on_every_article(
    make_site: SiteBuilder,
) -> None:
    """The demo's credit to the ECB+ corpus opened the search entry of each of its seven
    articles: a search for "Vossen" gave eight hits, each preview the credit (a new user's
    audit)."""
    site = make_site(demo_stories=["mount-cook-climbers"])
    index = json.loads((site.out / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {doc["location"].split("#")[0] for doc in index["docs"] if "Vossen" in doc["text"]}
    assert found == {"stories/mount-cook-climbers/"}


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_search_comparisons_indexes_every_claim(make_site: SiteBuilder, theme: str) -> None:
    site = make_site(theme=theme, plugin={"search_comparisons": True})
    texts = " ".join(entry["text"] for entry in search_entries(site, story_location(site)))
    assert TRANSPONDER in texts


def test_materials_search_gets_the_summary_and_the_page_keeps_its_claims(
    make_site: SiteBuilder,
) -> None:
    site = make_site(theme="material")
    texts = " ".join(entry["text"] for entry in search_entries(site, story_location(site)))
    assert "Kyiv Independent" in texts and TRANSPONDER not in texts
    shown = site.html("stories/assad-escape/index.md").select_one("#cd-claims")
    assert shown is not None and TRANSPONDER in shown.get_text()


def test_readthedocs_shows_an_articles_contents_when_articles_are_in_the_navigation(
    make_site: SiteBuilder,
) -> None:
    """readthedocs prints a page's table of contents inside the navigation, under the page."""
    site = make_site(theme="readthedocs", plugin={"nav_articles": True})
    sidebar = navigation(site.html("stories/assad-escape/moscow-times.md"))
    contents = [link.get_text(strip=True) for link in sidebar.select('a[href^="#cd-"]')]
    assert contents == ["Text", "Left out"]


@pytest.mark.parametrize("theme", ["mkdocs", "material"])
def test_search_indexes_an_articles_text_without_the_pages_tags_and_removed_chrome(
    make_site: SiteBuilder, theme: str
) -> None:
    """A search for "shared" or for a line of site chrome must not find every article; the
    headline, the outlet and every sentence are found, and the page still shows its tags."""
    site = make_site(theme=theme)
    texts = " ".join(entry["text"] for entry in search_entries(site, article_location(site)))
    page = site.html("stories/assad-escape/moscow-times.md")
    body = page.select_one("#cd-text")
    removed = page.select_one("#cd-removed li")
    assert body is not None and removed is not None
    assert TRANSPONDER in texts and "Moscow Times" in texts
    for sentence in body.select(".cd-sentence"):
        assert " ".join(sentence.get_text().split()) in " ".join(texts.split())
    assert "only here" not in texts and "another outlet makes the same claim" not in texts
    chrome = removed.get_text(" ", strip=True).split("):", 1)[1].strip()
    assert chrome and chrome not in texts
    assert page.select(".cd-body a.cd-tag") and "another outlet" in page.get_text()


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs"])
def test_search_holds_titles_as_text_the_pages_as_html(
    make_site: SiteBuilder, theme: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """helper-169's audit: the search of the mkdocs and readthedocs themes escapes titles
    again, so "New Zealand's" showed as "New Zealand&#x27;s". Their index (MkDocs' search
    plugin) holds them as text (Material's own search shows them as HTML, and is right),
    angle brackets still the angle quotes no theme makes a tag of; the page's own <title>, as
    a browser reads it, says the same."""
    articles = tmp_path_factory.mktemp("articles")
    story = articles / "deal"
    story.mkdir()
    (story / "_story.yml").write_text('title: AT&T\'s "big" <b>deal</b>\n')
    for outlet in ("Alpha", "Beta"):
        (story / f"{outlet.lower()}.md").write_text(
            f"---\noutlet: {outlet}\nurl: https://{outlet.lower()}.example/\n"
            f"title: \"Fire & smoke: O'Hare's bad night ({outlet})\"\n---\n"
            "Six were hurt when the bridge fell on Monday.\n"
        )
    site = make_site(theme=theme, articles=articles)
    wanted = {'AT&T\'s "big" ‹b›deal‹/b›', "Fire & smoke: O'Hare's bad night (Alpha)"}
    index = json.loads((site.out / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert wanted <= {doc["title"] for doc in index["docs"]}
    for page, title in (
        ("stories/deal/index.md", 'AT&T\'s "big" ‹b›deal‹/b›'),
        ("stories/deal/alpha.md", "Fire & smoke: O'Hare's bad night (Alpha)"),
    ):
        shown = site.html(page).title
        assert shown is not None and shown.get_text().startswith(title)
