"""Saved web pages: the article and its metadata come out, the site chrome around it does not."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mkdocs_claimdiff.sources import html
from mkdocs_claimdiff.sources.crowds import LINK_RUN, MAX_IN_PARAGRAPHS
from mkdocs_claimdiff.sources.discover import discover, read_article
from mkdocs_claimdiff.sources.pagemeta import strip_site_name

PARAGRAPHS = [
    "Syrian President Bashar al-Assad has fled to Moscow with his family, Russian state media "
    "reported on Sunday, hours after rebel forces seized the capital Damascus.",
    "The Kremlin said Russia had granted the family asylum on humanitarian grounds, according "
    "to the TASS news agency, which cited an unnamed source in the Kremlin.",
    "The fall of Damascus ends more than five decades of rule by the Assad family, which began "
    "when Hafez al-Assad seized power in a coup in 1970.",
    "Rebel leader Abu Mohammed al-Golani addressed crowds at the Umayyad Mosque in the old city "
    "on Sunday afternoon, calling the victory a turning point for the region.",
]


CHROME = [
    "Accept all cookies",
    "Sign up for our newsletter",
    "delivered to your inbox",
    "Related articles",
    "Ten things to know about Syria",
    "All rights reserved",
    "Privacy policy",
    "Sport",
]


def news_page(
    *,
    headline: str = "Assad flees to Moscow after rebels take Damascus",
    outlet: str = "The Daily Example",
    author: str = "Jane Roe",
    published: str = "2024-12-08T15:18:00+02:00",
    url: str = "https://example.com/world/assad-moscow",
    json_ld: bool = True,
    paragraphs: list[str] = PARAGRAPHS,
) -> str:
    """A saved article page shaped like a real news site's, chrome and all."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "author": {"@type": "Person", "name": author},
        "datePublished": published,
        "publisher": {"@type": "Organization", "name": outlet},
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if json_ld else ""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{headline} | {outlet}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author}">
{script}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a>
<a href="/sport">Sport</a></nav></header>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<main><article>
<h1>{headline}</h1>
<p class="byline">By {author}</p>
{body}
<aside class="newsletter"><h3>Sign up for our newsletter</h3>
<p>Get the best stories delivered to your inbox every morning.</p></aside>
</article>
<section class="related"><h2>Related articles</h2><ul>
<li><a href="/a">Ten things to know about Syria</a></li>
<li><a href="/b">Who are the rebels?</a></li></ul></section>
</main>
<footer><p>© 2024 {outlet}. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def precise_extraction_keeps(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Make trafilatura's precise extraction find ``body`` (the inside of its ``<body>``) on
    any page, its other extractions what they find: the pages it gets wrong, on demand."""
    import trafilatura
    from lxml import etree

    real = trafilatura.bare_extraction

    def precise_keeps(tree: object, **options: Any) -> Any:
        found = real(tree, **options)
        if options.get("favor_precision"):
            found.body = etree.fromstring(f"<body>{body}</body>")
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", precise_keeps)


@pytest.mark.parametrize("json_ld", [True, False], ids=["json-ld", "opengraph-only"])
def test_saved_page_gives_the_article_and_its_metadata(tmp_path: Path, json_ld: bool) -> None:
    path = write(tmp_path, "daily.html", news_page(json_ld=json_ld))
    article = read_article(path, "syria")
    assert article.title == "Assad flees to Moscow after rebels take Damascus"
    assert article.outlet == "The Daily Example"
    assert article.author == "Jane Roe"
    assert article.published == "2024-12-08"
    assert article.url == "https://example.com/world/assad-moscow"
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert article.problems == ()


def test_site_chrome_and_the_repeated_headline_stay_out_of_the_body(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "daily.htm", news_page()), "syria")
    for chrome in CHROME:
        assert chrome not in article.body
    assert article.title not in article.body
    assert "By Jane Roe" not in article.body


def test_sidecar_overrides_what_was_extracted(tmp_path: Path) -> None:
    path = write(tmp_path, "daily.html", news_page())
    write(tmp_path, "daily.yml", "outlet: Daily Example (print)\npublished: 9 December 2024\n")
    article = read_article(path, "syria")
    assert article.outlet == "Daily Example (print)"
    assert article.published == "2024-12-09"
    assert article.author == "Jane Roe"


def test_a_page_with_a_non_web_canonical_url_keeps_no_url(tmp_path: Path) -> None:
    page = news_page(url="javascript:alert(1)")
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert article.url is None
    assert any("url" in problem.message for problem in article.problems)


def test_a_page_without_an_article_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>")
    article = read_article(path, "syria")
    assert article.body == ""
    assert any(problem.message == "no article text found: left out" for problem in article.problems)


def test_a_page_of_more_blocks_than_any_article_is_read_as_its_whole_text(
    tmp_path: Path,
) -> None:
    """A page of tens of thousands of paragraphs is no article page: trafilatura's time grows
    faster than such a page (250,000 paragraphs took minutes, after which the 30-second limit
    left it out: a new user's audit). Its whole text is read, with a warning naming it."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    wall = "<p>x</p>" * html.MAX_BLOCKS  # 240 kB
    body = f"<body>{paragraphs}<div>{wall}</div></body>"
    page = f"<html><head><title>Wall</title></head>{body}</html>"
    article = read_article(write(tmp_path, "wall.html", page), "syria")
    assert " ".join(PARAGRAPHS) in " ".join(article.body.split())
    assert (
        "more than 30,000 blocks (paragraphs, list items, cells...), too many to look for the"
        " article among: the page's whole text is read"
        in [problem.message for problem in article.problems]
    )


def test_a_page_of_many_inline_elements_or_a_big_drawing_is_still_extracted(
    tmp_path: Path,
) -> None:
    """Spans of a highlighted listing and the paths of an ``<svg>`` cost trafilatura little:
    counted as blocks, they took such a page's menus for its article (the fix's review)."""
    listing = "<pre>" + "<span>x</span>" * html.MAX_BLOCKS + "</pre>"
    drawing = "<svg>" + "<path d='M0 0'/>" * html.MAX_BLOCKS + "</svg>"
    page = news_page().replace("</article>", f"{listing}{drawing}</article>")
    article = read_article(write(tmp_path, "drawn.html", page), "syria")
    assert not any("blocks" in problem.message for problem in article.problems)
    assert all(chrome not in article.body for chrome in CHROME)


def test_a_removed_line_is_found_below_a_long_head(tmp_path: Path) -> None:
    """A <head> of scripts and styles longer than the window searched for a dropped block hid
    every one: each was listed as "line 1" (a third audit: line 307 and line 1,386 of two
    pages). The search starts at the <body>."""
    style = "<style>" + "a{color:red}\n" * 12_000 + "</style>"  # 156 kB of head
    paragraphs = [*PARAGRAPHS, "READ MORE: Ten things to know about the fall of Damascus"]
    page = news_page(paragraphs=paragraphs).replace("</head>", f"{style}</head>")
    article = read_article(write(tmp_path, "long-head.html", page), "syria")
    (removed,) = article.removed
    line = page.split("\n").index("<p>READ MORE: Ten things to know about the fall of Damascus</p>")
    assert removed.line == line + 1 > 12_000


def test_a_removed_line_split_by_markup_is_found_and_listed_in_page_order(
    tmp_path: Path,
) -> None:
    """The new-user audit of 2026-12-07: "<strong>Read more:</strong> <a ...>Ferry fares"
    was listed at line 1, as tags split its words, and a caption taken out first was listed
    last."""
    teaser = '<p><strong>Read more:</strong> <a href="/news/f">Ferry fares to rise</a></p>'
    paragraphs = [*PARAGRAPHS[:2], "READ MORE: Ten things to know about the fall of Damascus"]
    page = news_page(paragraphs=paragraphs).replace(
        f"<p>{PARAGRAPHS[1]}</p>", f"{teaser}\n<p>{PARAGRAPHS[1]}</p>"
    )
    article = read_article(write(tmp_path, "teaser.html", page), "syria")
    lines = page.split("\n")
    teaser_line = lines.index(teaser) + 1
    assert [(r.text, r.line) for r in article.removed if "Ferry" in r.text] == [
        ("Read more: Ferry fares to rise", teaser_line)
    ]
    assert [r.line for r in article.removed] == sorted(r.line for r in article.removed)


def test_a_web_page_that_is_plain_text_or_one_element_is_read(tmp_path: Path) -> None:
    """A scrape's plain text saved as ``.htm``, and a page of one element without ``<html>``,
    were "no article text found: left out" (trafilatura takes neither for a page)."""
    text = f"Assad flees to Moscow\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    article = read_article(write(tmp_path, "plain.htm", text), "syria")
    assert article.title == "Assad flees to Moscow"
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS[:2]
    url = "https://metro.example/bridge"
    text = f"Assad flees to Moscow\nOriginal URL: <{url}>\n\n{PARAGRAPHS[0]}\n"
    article = read_article(write(tmp_path, "linked.htm", text), "syria")
    assert (article.title, article.url) == ("Assad flees to Moscow", url)
    fragment = f"<div><p>{PARAGRAPHS[0]}</p></div>"
    article = read_article(write(tmp_path, "fragment.html", fragment), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS[:1]


def test_reading_a_page_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML reader tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = news_page().replace(
        "</head>", '<link rel="stylesheet" href="https://cdn.example/x.css"></head>'
    )
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert article.title.startswith("Assad flees")


def test_html_files_in_a_story_folder_are_articles(tmp_path: Path) -> None:
    write(tmp_path, "syria/daily.html", news_page())
    write(tmp_path, "syria/daily.yml", "language: en\n")
    write(tmp_path, "syria/other.htm", news_page())
    write(tmp_path, "syria/other.yml", "outlet: The Other Daily\n")  # one outlet, one column
    (story,), problems = discover(tmp_path)
    assert problems == ()
    assert (story.articles[0].id, story.articles[0].language) == ("daily", "en")
    assert [article.path.name for article in story.articles] == ["daily.html", "other.htm"]


def test_an_extractor_that_raises_is_a_problem_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    path = write(tmp_path, "daily.html", news_page())
    article = read_article(path, "syria")
    assert article.body == ""
    assert any("lxml.html.clean" in problem.message for problem in article.problems)
    assert all(problem.path == path for problem in article.problems)


RUSSIAN = [
    "Москва заявила, что президент Сирии Башар Асад получил убежище в России вместе с семьёй.",
    "По данным агентства, решение было принято лично президентом России по гуманитарным причинам.",
]


@pytest.mark.parametrize(
    "encoding, declaration",
    [
        ("windows-1251", '<meta charset="windows-1251">'),
        ("koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">'),
        ("utf-8", ""),
    ],
)
def test_a_page_is_read_in_the_character_set_it_declares(
    tmp_path: Path, encoding: str, declaration: str
) -> None:
    page = news_page(headline="Асад бежал в Москву", paragraphs=RUSSIAN, outlet="Газета")
    page = page.replace('<meta charset="utf-8">', declaration)
    path = tmp_path / "gazeta.html"
    path.write_bytes(page.encode(encoding))
    article = read_article(path, "syria")
    assert article.title == "Асад бежал в Москву"
    assert article.outlet == "Газета"
    assert [article.block_text(block) for block in article.blocks] == RUSSIAN
    assert article.problems == ()


def test_an_undeclared_page_that_is_not_utf8_is_guessed_with_a_warning(tmp_path: Path) -> None:
    more = (
        "Ранее повстанцы заняли Дамаск, и правление семьи Асадов, длившееся полвека, закончилось."
    )
    page = news_page(headline="Асад бежал в Москву", paragraphs=[*RUSSIAN, more])
    path = tmp_path / "gazeta.html"
    path.write_bytes(page.replace('<meta charset="utf-8">', "").encode("windows-1251"))
    article = read_article(path, "syria")
    assert article.title == "Асад бежал в Москву"
    assert RUSSIAN[0] in article.body
    (problem,) = article.problems
    assert "guess" in problem.message and problem.path == path


def test_an_article_laid_out_in_a_table_is_read_with_its_metadata(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{text}</td></tr>" for text in PARAGRAPHS)
    page = news_page().replace(
        news_page().split("<main>")[1].split("</main>")[0],
        f"<table><tbody>{rows}</tbody></table>",
    )
    article = read_article(write(tmp_path, "old.html", page), "syria")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert article.title == "Assad flees to Moscow after rebels take Damascus"
    assert (article.published, article.author) == ("2024-12-08", "Jane Roe")


def test_a_page_closed_before_its_body_is_read_as_a_browser_shows_it(tmp_path: Path) -> None:
    """A blog template closed the document after its ``<head>`` (``</head></html><body>``):
    a browser shows the body all the same, the page's parser dropped it and the article with it."""
    page = news_page().replace("</head><body>", "</head>\n</html>\n<body>")
    article = read_article(write(tmp_path, "blog.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert article.title == "Assad flees to Moscow after rebels take Damascus"


def test_paragraphs_in_a_div_stay_apart(tmp_path: Path) -> None:
    body = f"<div><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
    page = news_page(paragraphs=[body, *PARAGRAPHS[2:]])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


@pytest.mark.parametrize(
    "headline, outlet, url, title_shown, outlet_shown",
    [
        (
            "Assad flees – TechCrunch",
            "TechCrunch",
            "https://techcrunch.com/a",
            "Assad flees",
            "TechCrunch",
        ),
        ("CNN Politics | Assad flees", "CNN", "https://edition.cnn.com/a", "Assad flees", "CNN"),
        (
            "Huw Edwards - BBC sacks presenter - BBC News",
            "BBC News",
            "https://www.bbc.co.uk/news/a",
            "Huw Edwards - BBC sacks presenter",
            "BBC News",
        ),
        (  # og:title without the site's name: both parts are the headline's
            "Huw Edwards - BBC sacks presenter",
            "BBC News",
            "https://www.bbc.co.uk/news/a",
            "Huw Edwards - BBC sacks presenter",
            "BBC News",
        ),
        ("Assad flees » World » News", "Heute", "https://heute.example/a", "Assad flees", "Heute"),
        (
            "Assad flees",
            "Handelsblatt_De",
            "https://www.handelsblatt.com/a",
            "Assad flees",
            "Handelsblatt",
        ),
        ("Assad flees", "Nj", "https://www.nj.com/a", "Assad flees", "nj.com"),
        ("Assad flees", "https://www.nj.com", "https://www.nj.com/a", "Assad flees", "nj.com"),
        ("Assad flees", "Advance Local Media LLC", "https://www.nj.com/a", "Assad flees", "nj.com"),
        (
            "Assad flees",
            "https://www.facebook.com/DailyExample/",
            "https://daily.example/a",
            "Assad flees",
            "daily.example",
        ),
        ("Assad flees", "{$site_name}", "https://daily.example/a", "Assad flees", "daily.example"),
        (
            "Assad flees: what now",
            "Nine",
            "https://nine.example/a",
            "Assad flees: what now",
            "Nine",
        ),
        (
            "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA",
            "Privatkredit",
            "https://www.smava.de/privatkredit/zinsen/",
            "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten",
            "SMAVA",
        ),
        (
            "Assad flees",
            "Fandom powered by Wikia",
            "https://starwars.wikia.com/a",
            "Assad flees",
            "Fandom",
        ),
        (
            "Assad flees",
            "gazetapl",
            "https://wiadomosci.gazeta.pl/a",
            "Assad flees",
            "wiadomosci.gazeta.pl",
        ),
    ],
)
def test_titles_lose_the_site_name_and_outlets_are_names(
    tmp_path: Path, headline: str, outlet: str, url: str, title_shown: str, outlet_shown: str
) -> None:
    page = news_page(headline=headline, outlet=outlet, url=url)
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert (article.title, article.outlet) == (title_shown, outlet_shown)


def test_the_date_a_page_declares_wins_over_dates_in_its_text(tmp_path: Path) -> None:
    paragraphs = [
        "Updated on 3 January 2025, this report was first filed a month earlier.",
        *PARAGRAPHS,
    ]
    page = news_page(published="2024-12-08T23:30:00-05:00", paragraphs=paragraphs)
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.published == "2024-12-08"


def test_a_page_with_neither_outlet_nor_address_says_so(tmp_path: Path) -> None:
    page = news_page(json_ld=False).replace(
        '<meta property="og:site_name" content="The Daily Example">', ""
    )
    page = page.replace('<link rel="canonical" href="https://example.com/world/assad-moscow">', "")
    page = page.replace(
        '<meta property="og:url" content="https://example.com/world/assad-moscow">', ""
    )
    path = write(tmp_path, "page.html", page)
    article = read_article(path, "syria")
    assert article.outlet is None
    assert any(problem.message.startswith("no outlet") for problem in article.problems)


def test_the_last_paragraph_of_a_page_stays_without_final_punctuation(tmp_path: Path) -> None:
    """In a scrape such a paragraph is most often another article's teaser; the extractor has
    dropped those, so in a page it is the article's own."""
    last = "The full list of the rebels' demands is published on the group's website"
    page = news_page(paragraphs=[*PARAGRAPHS, last])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [*PARAGRAPHS, last]


@pytest.mark.parametrize("declared", ["base64", "rot13", "undefined", "idna", "unicode_escape"])
def test_a_codec_that_is_no_character_set_is_no_declaration(tmp_path: Path, declared: str) -> None:
    """``codecs`` also knows "base64", "idna", "undefined": declared by a page, they crashed the
    build (LookupError, UnicodeError) or rewrote escapes. The page is read as UTF-8."""
    page = news_page(headline="Асад бежал в Москву", paragraphs=RUSSIAN, outlet="Газета")
    path = tmp_path / "gazeta.html"
    path.write_bytes(page.replace('charset="utf-8"', f'charset="{declared}"').encode("utf-8"))
    article = read_article(path, "syria")
    assert article.title == "Асад бежал в Москву"
    assert [article.block_text(block) for block in article.blocks] == RUSSIAN


def test_a_page_declaring_utf7_is_read_as_browsers_read_it(tmp_path: Path) -> None:
    """helper-159's audit: no browser reads UTF-7, whose "+ADw-" is "<"; read so, a paragraph
    of this text became a script, taken out, and the page showed "happened here." alone."""
    written = "+ADw-script+AD4-alert(1)+ADw-/script+AD4- happened here, officials said."
    page = news_page(paragraphs=[*PARAGRAPHS, written]).replace(
        'charset="utf-8"', 'charset="utf-7"'
    )
    path = tmp_path / "assad.html"
    path.write_bytes(page.encode("ascii", "xmlcharrefreplace"))
    article = read_article(path, "syria")
    assert [article.block_text(block) for block in article.blocks][-1] == written


def test_a_broken_address_or_deep_json_ld_in_the_head_loses_nothing_else(tmp_path: Path) -> None:
    """A canonical address urlsplit refuses ("http://[oops") and JSON-LD nested deeper than
    Python recurses made the whole page unreadable ("cannot read page")."""
    page = news_page(headline="Quake hits city", paragraphs=RUSSIAN)
    head = (
        '<link rel="canonical" href="http://[oops"><script type="application/ld+json">'
        + "[" * 100_000
        + "]" * 100_000
        + "</script>"
    )
    path = tmp_path / "quake.html"
    path.write_text(page.replace("</head>", head + "</head>"), encoding="utf-8")
    article = read_article(path, "quake")
    assert article.title == "Quake hits city"
    assert [article.block_text(block) for block in article.blocks] == RUSSIAN
    assert not any("cannot read page" in problem.message for problem in article.problems)


@pytest.mark.parametrize(
    "kind", ['["NewsArticle", null]', '["NewsArticle", 3, {"a": 1}]', "7", '{"a": 1}']
)
def test_a_json_ld_type_that_is_no_text_loses_nothing_else(tmp_path: Path, kind: str) -> None:
    """helper-159's audit: ``"@type": ["NewsArticle", null]`` made the page unreadable, and the
    warning blamed trafilatura."""
    page = news_page(headline="Quake hits city", paragraphs=RUSSIAN)
    declared = f'<script type="application/ld+json">{{"@type": {kind}, "headline": "Q"}}</script>'
    path = tmp_path / "quake.html"
    path.write_text(page.replace("</head>", declared + "</head>"), encoding="utf-8")
    article = read_article(path, "quake")
    assert [article.block_text(block) for block in article.blocks] == RUSSIAN
    assert not any("cannot read page" in problem.message for problem in article.problems)


def test_a_page_saved_as_utf8_under_its_old_declaration_is_read_as_utf8(tmp_path: Path) -> None:
    """A browser saves a page as UTF-8 but keeps the ``<meta charset>`` it was served with:
    read by the declaration, every word came out garbled."""
    page = news_page(headline="Асад бежал в Москву", paragraphs=RUSSIAN)
    path = tmp_path / "gazeta.html"
    path.write_bytes(page.replace('charset="utf-8"', 'charset="gb2312"').encode("utf-8"))
    article = read_article(path, "syria")
    assert article.title == "Асад бежал в Москву"
    assert [article.block_text(block) for block in article.blocks] == RUSSIAN
    assert article.problems == ()


def test_a_few_broken_bytes_in_a_utf8_page_spoil_only_themselves(tmp_path: Path) -> None:
    """A page that declares UTF-8 and has a stray byte was guessed as another encoding whole."""
    polish = [
        "Posłowie zagłosowali w piątek za ustawą, która zmienia zasady finansowania szkół.",
        "Zdaniem ministra nowe przepisy wejdą w życie już od września przyszłego roku.",
    ]
    page = news_page(headline="Sejm przyjął ustawę", paragraphs=polish)
    path = tmp_path / "radio.html"
    path.write_bytes(page.encode("utf-8").replace(b"</body>", b"\xff</body>"))
    article = read_article(path, "sejm")
    assert [article.block_text(block) for block in article.blocks] == polish
    (problem,) = [p for p in article.problems if "UTF-8" in p.message]
    assert problem.path == path and problem.line is not None


def test_a_photo_credit_with_a_copyright_sign_does_not_end_the_article(tmp_path: Path) -> None:
    """ "© Agency" under a photo is a credit; the article goes on below it (a dated copyright
    line is the footer after which everything is chrome)."""
    body = [PARAGRAPHS[0], "© Reuters", *PARAGRAPHS[1:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(entry.text, entry.reason) for entry in article.removed] == [
        ("© Reuters", "photo credit")
    ]


def test_an_article_kept_in_divs_is_found_when_the_precise_extraction_keeps_a_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page without ``<p>``s whose article the precise extraction misses (a blog post read as
    its date alone, as trafilatura did with one) is extracted again, and the article comes out."""
    precise_extraction_keeps(monkeypatch, "<p>Monday, August 3, 2020</p>")
    divs = "".join(f"<div>{text}</div>" for text in PARAGRAPHS)
    page = (
        "<html><head><title>Notes from Damascus</title></head><body>"
        f"<div class='date-header'>Monday, August 3, 2020</div><div class='post'>{divs}</div>"
        "</body></html>"
    )
    article = read_article(write(tmp_path, "notes.html", page), "notes")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body


def test_an_article_in_divs_is_extracted_again_when_the_precise_extraction_keeps_a_quarter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A news page kept in ``<div>``s, of which the precise extraction keeps the first
    paragraph only (a quarter of the page's text; 218 words of 976 on one page of 2023, whose
    article the defaults read as 661), is extracted again with trafilatura's defaults, and the
    whole article comes out."""
    precise_extraction_keeps(monkeypatch, f"<p>{PARAGRAPHS[0]}</p>")
    divs = "".join(f"<div>{text}</div>" for text in PARAGRAPHS)
    page = (
        "<html><head><title>Assad flees</title></head><body>"
        f"<div class='story'>{divs}</div></body></html>"
    )
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


def test_a_page_is_extracted_once_when_the_quick_precise_extraction_finds_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """trafilatura's comparison with readability and jusText costs two fifths of an extraction:
    an article page is read with one extraction, without it."""
    import trafilatura

    real = trafilatura.bare_extraction
    tried: list[dict[str, Any]] = []

    def spy(tree: object, **options: Any) -> Any:
        tried.append(options)
        return real(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    article = read_article(write(tmp_path, "daily.html", news_page()), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(options["favor_precision"], options.get("fast")) for options in tried] == [
        (True, True)
    ]


def test_an_article_the_quick_extraction_misses_comes_from_the_defaults_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the comparison the precise mode now and then finds nothing: the page is
    extracted again with trafilatura's defaults, which find the article, and not first with the
    precise mode in full, which mostly finds no more than the quick one (a third extraction on
    the pages that cost most)."""
    import trafilatura
    from lxml import etree

    real = trafilatura.bare_extraction
    tried: list[tuple[bool, bool]] = []

    def quick_finds_nothing(tree: object, **options: Any) -> Any:
        tried.append((options["favor_precision"], bool(options.get("fast"))))
        found = real(tree, **options)
        if options.get("fast"):
            found.body = etree.fromstring("<body/>")
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", quick_finds_nothing)
    article = read_article(write(tmp_path, "daily.html", news_page()), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert tried == [(True, True), (False, False)]


def test_the_blocks_of_a_list_item_keep_their_words_apart(tmp_path: Path) -> None:
    items = "".join(
        f"<li><h2>Step {number}</h2><p>{text}</p>More about step {number}</li>"
        for number, text in enumerate(PARAGRAPHS, 1)
    )
    article = read_article(
        write(tmp_path, "daily.html", news_page(paragraphs=[f"<ul>{items}</ul>"])), "syria"
    )
    blocks = [article.block_text(block) for block in article.blocks]
    assert blocks == [
        f"Step {number} {text} More about step {number}"
        for number, text in enumerate(PARAGRAPHS, 1)
    ]


def test_json_ld_in_a_cdata_section_gives_the_date(tmp_path: Path) -> None:
    page = news_page(published="2015-10-15T02:19:15Z")
    page = page.replace(
        '<script type="application/ld+json">', '<script type="application/ld+json"><![CDATA['
    )
    page = page.replace("}</script>", "}]]></script>")
    page = page.replace('content="2015-10-15T02:19:15Z"', 'content="2015-12-11T14:28:34Z"')
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert article.published == "2015-10-15"


def test_a_date_declared_without_separators_is_read(tmp_path: Path) -> None:
    """ISO 8601's basic format ("20180619T055000+0900", as a Japanese daily declares it in
    its JSON-LD) is the page's date, not the date of a related article printed beside it."""
    paragraphs = [*PARAGRAPHS, "Related: talks in Singapore (2018/6/18 14:10)"]
    page = news_page(published="20180619T055000+0900", paragraphs=paragraphs)
    page = page.replace(
        '<meta property="article:published_time" content="20180619T055000+0900">', ""
    )
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert article.published == "2018-06-19"


def undated_page(paragraphs: list[str]) -> str:
    """A saved page that declares no date: no JSON-LD, no ``article:published_time``."""
    page = news_page(json_ld=False, paragraphs=paragraphs)
    declared = '<meta property="article:published_time" content="2024-12-08T15:18:00+02:00">'
    return page.replace(declared, "")


def test_an_undeclared_date_is_not_guessed_from_a_copyright_year(tmp_path: Path) -> None:
    """The footer's "© 2024" is no date of the article: a page that declares none and prints
    none in its markup has no date, rather than the first of January."""
    article = read_article(write(tmp_path, "page.html", undated_page(PARAGRAPHS)), "syria")
    assert article.published is None


def test_reading_pages_that_declare_no_date_never_builds_dateparser(tmp_path: Path) -> None:
    """dateparser builds its patterns for a language on first use, seconds in every process
    (each worker of a build): a page is read without it, even one that writes its date out in
    words only in its text."""
    paragraphs = ["Опубликовано 8 декабря 2024 года", *PARAGRAPHS]
    write(tmp_path, "page.html", undated_page(paragraphs).replace("© 2024", "©"))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mkdocs_claimdiff.sources.discover import read_article\n"
        "article = read_article(Path(sys.argv[1]), 'syria')\n"
        "print(article.published, 'dateparser' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "page.html")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split()[-1] == "False"


@pytest.mark.parametrize(
    "headline, title_shown",
    [
        ("Assad flees / World / example.com", "Assad flees"),
        ("Assad flees - ", "Assad flees"),
        ("Assad flees : 08.12.2024, 11.41 Uhr", "Assad flees"),
        ("Best films - 2024", "Best films - 2024"),
        ("Assad flees :: Blogs Daily", "Assad flees"),
        ("Analysis: why it happened at Daily", "Analysis: why it happened at Daily"),
        ("Assad flees @ Daily :: Blogs Example ::", "Assad flees"),
        ("Assad flees (Daily)", "Assad flees"),
        ("Life @ Daily", "Life @ Daily"),  # review of round 8: no site segment, a headline
        ("Context Matters | Opinion", "Context Matters"),  # the site's section
        ("My brother's estate | Ask Jane Roe", "My brother's estate"),  # the author's column
        ("Turkey | Rebels", "Turkey | Rebels"),  # a last part that is no section stays
        ("Quake kills 5 | Jane's picks", "Quake kills 5 | Jane's picks"),  # no full name
    ],
)
def test_titles_lose_separators_site_names_and_time_stamps(
    tmp_path: Path, headline: str, title_shown: str
) -> None:
    page = news_page(headline=headline, outlet="Daily", url="https://example.com/a")
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.title == title_shown


@pytest.mark.parametrize(
    "author, headline, title_shown",
    [
        ("AP", "Apple earnings beat forecasts | Apple", "Apple earnings beat forecasts | Apple"),
        ("Jane Roe", "Quake kills 5 | Jane Roe Reports", "Quake kills 5"),
        ("Jane Roe", "Quake kills 5 | Jane Rowe", "Quake kills 5 | Jane Rowe"),
    ],
    ids=["an author of one word", "the author's column", "another name"],
)
def test_a_title_loses_the_authors_column_only_when_it_holds_the_authors_full_name(
    tmp_path: Path, author: str, headline: str, title_shown: str
) -> None:
    """A last part holding the author's name as words is their column; "AP" is no column of
    "| Apple", nor is "Jane Roe" of "| Jane Rowe"."""
    page = news_page(headline=headline, author=author, outlet="Daily", url="https://example.com/a")
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.title == title_shown


def test_a_logo_in_the_only_h1_is_not_taken_for_the_headline(tmp_path: Path) -> None:
    """A template set the site's name in the page's only ``<h1>``, a link to its home page, and
    the story's headline in an ``<h2>``; the title element names the story (and the logo's site)."""
    headline = "Assad flees to Moscow after rebels take Damascus"
    page = news_page(json_ld=False).replace(f'<meta property="og:title" content="{headline}">', "")
    page = page.replace(f"<h1>{headline}</h1>", f"<h2>{headline}</h2>")
    page = page.replace(
        f"<title>{headline} | The Daily Example</title>",
        f"<title>{headline} [Example News]</title>",
    )
    logo = (
        '<h1><a href="/"><span>Example News</span> <sup>beta</sup>'
        '<img alt="Example News" src="l.png"></a></h1>'
    )
    page = page.replace("<header>", f"<header>{logo}")
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.title == headline


def test_a_blog_headline_linking_to_its_post_is_the_headline(tmp_path: Path) -> None:
    """A WordPress blog without pretty addresses links its ``<h1>`` headline to the post at
    ``/?p=123``: the path is the home page's, but the link is the post's, not a logo (review of
    round 8: the title became the blog's name)."""
    headline = "Assad flees to Moscow after rebels take Damascus"
    page = news_page(json_ld=False).replace(f'<meta property="og:title" content="{headline}">', "")
    page = page.replace(
        f"<h1>{headline}</h1>",
        f'<h1 class="entry-title"><a href="https://example.com/?p=123">{headline}</a></h1>',
    )
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.title == headline


@pytest.mark.parametrize(
    "url, h1, title",
    [
        (  # the blog's home above the post: a logo, and the classic theme's label goes too
            "https://example.com/blog/?p=4916",
            '<a href="https://example.com/blog/">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (
            "https://example.com/news/2020/frontier.html",
            '<a href="/news/">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (  # the host alone, with no path at all
            "https://example.com/2011/07/frontier.html",
            '<a href="https://example.com">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (  # the folder without its slash, or by its index page
            "https://example.com/blog/?p=4916",
            '<a href="/blog">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (
            "https://example.com/blog/?p=4916",
            '<a href="https://example.com/blog/index.html">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (  # the same folder on another site: no folder of this page
            "https://example.com/blog/?p=4916",
            '<a href="https://other.example/blog/">Busy Beaver</a>',
            "Busy Beaver",
        ),
        (  # a link to the page's own address: its headline
            "https://example.com/the-busy-beaver-frontier/",
            '<a href="https://example.com/the-busy-beaver-frontier/">Busy Beaver</a>',
            "Busy Beaver",
        ),
        (  # relative links to a folder above, read from the page's address as a browser does
            "https://example.com/blog/2020/frontier.html",
            '<a href="../">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (
            "https://example.com/blog/2020/05/frontier.html",
            '<a href="../../index.html">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (
            "https://example.com/blog/2020/frontier.html",
            '<a href="../../blog/">Shtetl-Optimized</a>',
            "The Busy Beaver Frontier",
        ),
        (  # relative links to the page itself or below it: its headline
            "https://example.com/blog/",
            '<a href="frontier/">Busy Beaver</a>',
            "Busy Beaver",
        ),
        (
            "https://example.com/blog/?p=4916",
            '<a href="?p=4916">Busy Beaver</a>',
            "Busy Beaver",
        ),
        (
            "https://example.com/blog/2020/frontier.html",
            '<a href="frontier.html">Busy Beaver</a>',
            "Busy Beaver",
        ),
    ],
)
def test_an_h1_linking_to_a_folder_above_the_page_is_a_logo(
    tmp_path: Path, url: str, h1: str, title: str
) -> None:
    """Shtetl-Optimized's posts set the blog's name in the only ``<h1>``, a link to the blog's
    home at ``/blog/`` above the post's ``/blog/?p=4916``: the title became the blog's name."""
    headline = "Assad flees to Moscow after rebels take Damascus"
    page = news_page(json_ld=False, url=url)
    page = page.replace(f'<meta property="og:title" content="{headline}">', "")
    page = page.replace(
        f"<title>{headline} | The Daily Example</title>",
        "<title>Shtetl-Optimized » Blog Archive » The Busy Beaver Frontier</title>",
    )
    page = page.replace(f"<h1>{headline}</h1>", f"<h1>{h1}</h1>")
    assert read_article(write(tmp_path, "page.html", page), "syria").title == title


@pytest.mark.parametrize(
    "base, url, h1, title",
    [
        # a page's <base href> is where its relative links are read from: "blog/" from the
        # site's root is the blog's home, above the post
        ("/", "https://example.com/blog/?p=4916", "blog/", "The Busy Beaver Frontier"),
        (
            "https://example.com/",
            "https://example.com/blog/?p=4916",
            "blog/",
            "The Busy Beaver Frontier",
        ),
        # without one, "blog/" of "/blog/?p=4916" is "/blog/blog/", no folder above the page
        ("", "https://example.com/blog/?p=4916", "blog/", "Busy Beaver"),
        # with no address at all, a link that only climbs is still above the page
        ("", "", "../", "The Busy Beaver Frontier"),
        ("", "", "frontier/", "Busy Beaver"),
    ],
)
def test_an_h1_linking_relatively_to_a_folder_above_the_page_is_a_logo(
    tmp_path: Path, base: str, url: str, h1: str, title: str
) -> None:
    headline = "Assad flees to Moscow after rebels take Damascus"
    page = news_page(json_ld=False, url=url)
    page = page.replace(f'<meta property="og:title" content="{headline}">', "")
    page = page.replace(
        f"<title>{headline} | The Daily Example</title>",
        "<title>Shtetl-Optimized » Blog Archive » The Busy Beaver Frontier</title>"
        + (f'<base href="{base}">' if base else ""),
    )
    if not url:
        page = page.replace('<link rel="canonical" href="">', "")
        page = page.replace('<meta property="og:url" content="">', "")
    label = "Shtetl-Optimized" if title != "Busy Beaver" else "Busy Beaver"
    page = page.replace(f"<h1>{headline}</h1>", f'<h1><a href="{h1}">{label}</a></h1>')
    assert read_article(write(tmp_path, "page.html", page), "syria").title == title


def test_a_page_saved_without_its_address_takes_the_host_its_feeds_are_on(tmp_path: Path) -> None:
    page = news_page(json_ld=False, outlet="").replace(
        '<meta property="og:site_name" content="">',
        '<link rel="alternate" type="application/rss+xml" href="https://daily.example.org/rss">',
    )
    page = page.replace('<link rel="canonical" href="https://example.com/world/assad-moscow">', "")
    page = page.replace(
        '<meta property="og:url" content="https://example.com/world/assad-moscow">', ""
    )
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.outlet == "daily.example.org"


def test_a_twitter_handle_is_no_outlet_name(tmp_path: Path) -> None:
    """Without a declared site name, trafilatura takes the Twitter handle ("UHmallorca"); the
    host name of the page's address reads better."""
    page = (
        news_page(json_ld=False)
        .replace(
            '<meta property="og:site_name" content="The Daily Example">',
            '<meta name="twitter:site" content="@DailyExampleNews">',
        )
        .replace(" | The Daily Example</title>", "</title>")
    )
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.outlet == "example.com"


def test_a_page_saved_from_the_wayback_machine_names_the_original_site(tmp_path: Path) -> None:
    url = "https://web.archive.org/web/20140226054445/http://www.daily.example/world/assad"
    page = news_page(json_ld=False, url=url).replace(
        '<meta property="og:site_name" content="The Daily Example">', ""
    )
    page = page.replace(" | The Daily Example</title>", "</title>")  # no name but the address's
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.outlet == "daily.example"


def test_a_short_article_is_kept_when_the_defaults_would_add_the_page_around_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paywalled article shows a few lines, in ``<p>``s; the menus around it are long. The
    precise extraction keeps the few lines, and the page is not extracted again (trafilatura's
    defaults took a Nikkei page's member notices for its article)."""
    import trafilatura
    from lxml import etree

    real = trafilatura.bare_extraction
    calls: list[bool] = []

    def defaults_add_chrome(tree: object, **options: Any) -> Any:
        calls.append(bool(options.get("favor_precision")))
        found = real(tree, **options)
        if not options.get("favor_precision"):
            chrome = "".join(
                f"<p>Members can save this article, notice {n}.</p>" for n in range(40)
            )
            found.body = etree.fromstring(f"<body>{chrome}</body>")
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", defaults_add_chrome)
    menu = "".join(
        f"<li><a href='/s{n}'>Section {n} of the site and its label</a></li>" for n in range(80)
    )
    page = (
        "<html><head><title>Assad flees</title></head><body>"
        f"<nav><ul>{menu}</ul></nav><article><p>{PARAGRAPHS[0]}</p></article>"
        "<aside><p>Register for free to read on: members read every article of the site, on "
        "every device they own, and save articles for later.</p></aside></body></html>"
    )
    article = read_article(write(tmp_path, "paywalled.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [PARAGRAPHS[0]]
    assert calls == [True]


def test_a_table_of_short_cells_is_no_line_of_labels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Table rows are read as cells joined by " | " (by the extraction with tables, which runs
    when the precise one falls short); a row of short cells is data, not a byline."""
    precise_extraction_keeps(monkeypatch, "<p>Monday, August 3, 2020</p>")
    data = [("Candidate", "Votes", "Share"), ("Jane Roe", "12,000", "45%")]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in data)
    page = news_page(paragraphs=[*PARAGRAPHS, f"<table>{table}</table>"])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks][-2:] == [
        " | ".join(row) for row in data
    ]


def test_an_articles_table_is_read_with_its_paragraphs(tmp_path: Path) -> None:
    """A table in the article (a schedule, results, a list of films) is part of what it says:
    the first, precise extraction keeps it, each row an entry of cells joined by " | ", between
    the paragraphs it stands between, not only when that extraction falls short."""
    rows = [
        ("Date", "Venue", "Result"),
        ("12 March", "Damascus", "Rebels take the airport"),
        ("14 March", "Homs", "Government forces withdraw"),
    ]
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    table = f"<table class='wikitable'><thead>{head}</thead><tbody>{body}</tbody></table>"
    paragraphs = [*PARAGRAPHS[:2], f"</p>{table}<p>{PARAGRAPHS[2]}", PARAGRAPHS[3]]
    page = news_page(paragraphs=paragraphs)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    texts = [article.block_text(block) for block in article.blocks]
    assert texts == [*PARAGRAPHS[:2], *(" | ".join(row) for row in rows), *PARAGRAPHS[2:]]


SECTIONS = [
    "What we know about the fall of Damascus so far",
    "How the rebel offensive advanced across Syria in eleven days",
]
SECTIONED = [
    ("paragraph", PARAGRAPHS[0]),
    ("heading", SECTIONS[0]),
    ("paragraph", PARAGRAPHS[1]),
    ("paragraph", PARAGRAPHS[2]),
    ("heading", SECTIONS[1]),
    ("paragraph", PARAGRAPHS[3]),
]
"""The blocks of ``_sectioned_page`` as the article page shows them."""


def _sectioned_page(heading: str, contents: bool = False) -> str:
    """A news page in sections, each heading made by ``heading`` from the section's title and
    its anchor; with ``contents``, a table of contents above the sections lists their titles."""
    toc = "".join(f"<li><a href='#s{n}'>{title}</a></li>" for n, title in enumerate(SECTIONS))
    paragraphs = [
        (f"</p><div><ul>{toc}</ul></div><p>" if contents else "") + PARAGRAPHS[0],
        f"</p>{heading.format(title=SECTIONS[0], anchor='s0')}<p>{PARAGRAPHS[1]}",
        PARAGRAPHS[2],
        f"</p>{heading.format(title=SECTIONS[1], anchor='s1')}<p>{PARAGRAPHS[3]}",
    ]
    return news_page(paragraphs=paragraphs)


@pytest.mark.parametrize(
    "heading",
    [
        "<h2 id='{anchor}'>{title}<a class='header-anchor' href='#{anchor}'>"
        "<svg width='16' height='16'><path d='M4 8h8'/></svg></a></h2>",
        "<h2 id='{anchor}'>{title}<a class='headerlink' href='#{anchor}'>¶</a></h2>",
        "<h3><a class='anchor' href='#{anchor}' aria-hidden='true'>#</a> {title}</h3>",
    ],
    ids=["icon", "pilcrow", "hash"],
)
def test_section_headings_with_a_permalink_are_shown(tmp_path: Path, heading: str) -> None:
    """A subheading with a permalink icon was read by the precise extraction as a heading made
    of links and dropped as navigation: the article page lost its section headings."""
    article = read_article(write(tmp_path, "daily.html", _sectioned_page(heading)), "syria")
    shown = [(block.kind, article.block_text(block)) for block in article.blocks]
    assert shown == SECTIONED


def test_a_table_of_contents_leaves_the_section_headings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contents at the top (kept by the extraction when their entries are long, as on a
    blog whose contents list four sections) repeat every section heading: the contents' entries
    are dropped as repeated lines, and each heading is still shown once, over its section."""
    import trafilatura
    from lxml import etree

    real = trafilatura.bare_extraction
    contents = "".join(f"<item>{title}</item>" for title in SECTIONS)
    body = "".join(
        f"<head>{text}</head>" if kind == "heading" else f"<p>{text}</p>"
        for kind, text in SECTIONED
    )

    def keeps_the_contents(tree: object, **options: Any) -> Any:
        found = real(tree, **options)
        found.body = etree.fromstring(f"<body><list>{contents}</list>{body}</body>")
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", keeps_the_contents)
    page = _sectioned_page("<h2 id='{anchor}'>{title}</h2>", contents=True)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    shown = [(block.kind, article.block_text(block)) for block in article.blocks]
    assert shown == SECTIONED
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        (title, "repeated line") for title in SECTIONS
    ]


def test_links_one_a_line_are_no_claims(tmp_path: Path) -> None:
    """A box of links set one a line by line breaks, not in a list (a blog's "Official links:"
    under the post), is kept by the extraction as short lines: they are dropped as a list of
    links with their heading, and listed; short lines that are no links stay."""
    links = ["Minecraft.net", "Minecraft Realms", "Minecraft on Facebook", "Bug tracker"]
    box = "<br/>".join(
        f"<a href='https://example.com/{n}'>{text}</a>" for n, text in enumerate(links)
    )
    verse = "<p>Mountains far away</p><p>rivers in the spring</p><p>the city still stands</p>"
    paragraphs = [*PARAGRAPHS, f"</p>{verse}<h2>Official links:</h2>{box}<p>"]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=paragraphs)), "x")
    shown = [article.block_text(block) for block in article.blocks]
    assert shown == [
        *PARAGRAPHS,
        "Mountains far away",
        "rivers in the spring",
        "the city still stands",
    ]
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        (text, "list of links") for text in ["Official links:", *links]
    ]


def test_a_sentence_said_twice_is_shown_once(tmp_path: Path) -> None:
    """A short sentence the page gives twice (a quote the article repeats at its end) is the
    article's: its first copy stays a claim, the second is listed as a repeated line."""
    quote = "“We will not leave Damascus again,” the rebel commander said."
    paragraphs = [PARAGRAPHS[0], quote, PARAGRAPHS[1], quote]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=paragraphs)), "x")
    assert [article.block_text(block) for block in article.blocks] == [
        PARAGRAPHS[0],
        quote,
        PARAGRAPHS[1],
    ]
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        (quote, "repeated line")
    ]


def test_paragraphs_set_apart_by_line_breaks_stay_apart(tmp_path: Path) -> None:
    """A page that writes its article as text and ``<br><br>`` in one ``<div>``: each stretch
    between two breaks is a paragraph of its own, so a photo credit between them is dropped
    rather than glued into a sentence ("… in 1970. Photo: Reuters Rebel leader …"); a single
    break stays inside its paragraph."""
    lead = PARAGRAPHS[0].replace("Damascus.", "Damascus")
    text = "<br><br>\n".join(
        [lead, "Photo: Reuters", PARAGRAPHS[1], f"{PARAGRAPHS[2]}<br>{PARAGRAPHS[3]}"]
    )
    page = news_page(paragraphs=[f"</p><div class='article-text'>{text}</div><p>"])
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [
        lead,
        PARAGRAPHS[1],
        f"{PARAGRAPHS[2]} {PARAGRAPHS[3]}",
    ]
    assert [(removed.text, removed.reason) for removed in article.removed] == [
        ("Photo: Reuters", "photo credit")
    ]


def test_a_line_before_a_break_that_reads_as_a_subheading_is_one(tmp_path: Path) -> None:
    """A bold subheading and a line break open a paragraph (an MLB.com page of news by date):
    run together they were one claim, "... will sign by next week The free agent market has
    been moving slowly ...". A short line that starts like a title and ends without
    punctuation or a small word is a heading of its own; a sentence broken across lines is
    not, nor a line that ends a sentence."""
    lead = "<b>Feb. 8: Montgomery 'most likely' will sign by next week</b>"
    broken = "Rebel forces reached the outskirts of<br>Damascus on Saturday, residents said."
    page = news_page(
        paragraphs=[f"{lead}<br>{PARAGRAPHS[0]}", broken, f"{PARAGRAPHS[1]}<br>{PARAGRAPHS[2]}"]
    )
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [(block.kind, article.block_text(block)) for block in article.blocks] == [
        ("heading", "Feb. 8: Montgomery 'most likely' will sign by next week"),
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", broken.replace("<br>", " ")),
        ("paragraph", f"{PARAGRAPHS[1]} {PARAGRAPHS[2]}"),
    ]


@pytest.mark.parametrize(
    ("chrome", "reason"),
    [
        ("Foto: Getty Images / Jane Roe.", "photo credit"),
        ("(Bild: Jane Roe)", "photo credit"),
        ("この記事は会員限定です。電子版に登録すると続きをお読みいただけます。", "paywall notice"),
        (
            "Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.",
            "paywall notice",
        ),
        ("Dieser Artikel ist exklusiv für SZ-Abonnenten. Jetzt weiterlesen!", "paywall notice"),
        ("Este contenido es exclusivo para suscriptores.", "paywall notice"),
        ("Lesezeit: 4 Min.", "reading time"),
        ("Temps de lecture : 3 min", "reading time"),
        ("5 minutos de lectura", "reading time"),
        ("Ten tekst przeczytasz w 2 minuty", "reading time"),
        ("Para continuar lendo, assine a Folha.", "paywall notice"),
        ("Para seguir leyendo este artículo suscríbete a El Diario", "paywall notice"),
        ("Jetzt abonnieren und weiterlesen", "paywall notice"),
        ("Exklusiv für Abonnenten – jetzt 30 Tage gratis testen", "paywall notice"),
        ("Article réservé aux abonnés", "paywall notice"),
        ("Questo articolo è riservato agli abbonati.", "paywall notice"),
        ("This article is available to subscribers only.", "paywall notice"),
        ("Photo credits: Jane Roe, Max Mustermann.", "photo credit"),
        ("Wir verwenden Cookies.", "cookie notice"),
        ("Switch zum Einwilligen bzw. Ablehnen des Dienstes Youtube", "cookie notice"),
        (
            "[All the day's news is in our free newsletter “The Briefing”. You can sign up here.]",
            "newsletter form",
        ),
        ("Zum Video", "photo gallery or video player"),
        ("Alle Bilder anzeigen", "photo gallery or video player"),
        ("Reuters' Jane Roe contributed to this report.", "byline"),
        ("(Reporting by Jane Roe; Editing by Max Mustermann)", "byline"),
        ("No está permitido verter comentarios contrarios a las leyes.", "comment section notice"),
        ("Photo courtesy of Jane Roe.", "photo credit"),
        ("Video by MEGA Media.", "photo credit"),
        ("[Image via Waupaca County Jail, Fox6 News Milwaukee/YouTube]", "photo credit"),
        ("Foto di Leeloo Thefirst", "photo credit"),
        ("Lead image: Jane Roe.", "photo credit"),
        ("Posted by Jane Roe and Max Mustermann, Middle East correspondents", "byline"),
        (
            "Follow The Daily Example on Facebook and Twitter for more news from the region.",
            "social media links",
        ),
        ("Learn more: Ten things to know about Syria", "link to another article"),
        ("-- By Jane Roe Follow @janeroe", "byline"),
        ("（编辑：严玉洁 王辉）", "byline"),
        ("E-Mail: jane.roe@example.com", "contact address"),
        ("(Symbolbild)", "photo credit"),
        ("[ad#ad-2]", "advertisement"),
        ("Vorschau auf den nächsten Artikel", "link to another article"),
        ("Next article: Who are the rebels?", "link to another article"),
        (
            "The rebels have taken the airport. — Jane Roe (@janeroe) December 8, 2024",
            "embedded social media post",
        ),
        ("Last edited by janeroe on Dec 8, 2024, 10:51:42 AM", "time stamp of the page"),
        ("Seite 1 von 14", "page numbers"),
        ("The Daily Example | Powered by Tumblr", "footer of the site"),
        (
            "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.",
            "comment section notice",
        ),
        (
            "Comments are moderated before they are published. Please keep the debate civil.",
            "comment section notice",
        ),
        ("เรื่องที่เกี่ยวข้อง ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว", "link to another article"),
        ("相关新闻：叙利亚反对派攻占大马士革", "link to another article"),
        ('โอนเงิน พร้อมเพย์ PromptPay "มูลนิธิสื่อเพื่อการศึกษาของชุมชน" 0993000060423', "donation appeal"),
        ("LINE ไอดี = @prachatai", "social media links"),
        ("Comments are checked before being published.", "comment section notice"),
        ("関連記事 アサド氏、モスクワに到着", "link to another article"),
        ("28 kwietnia 2021, 06:29", "time stamp of the page"),
        ("Kommentare lesen und schreiben, hier klicken", "comment section notice"),
        ("Artikel teilen", "share buttons"),
        (
            "...we need your help. Reporting from Syria takes time, courage and money, and we"
            " have always believed that our journalism should be open to everyone, whatever they"
            " can afford. That is why our site has no paywall and never will have one. It also"
            " means that we rely on you, our readers, for support. If you value what you read"
            " here, please make a contribution today, however small.",
            "donation appeal",
        ),
        (
            "Originally published at www.example.org on December 9, 2024. Sadly this post did not"
            " end the war. Help spread the word. Recommend this article to your friends.",
            "note on where the article first appeared",
        ),
    ],
)
def test_chrome_inside_the_article_is_dropped_with_its_reason(
    tmp_path: Path, chrome: str, reason: str
) -> None:
    """Credits, consent switches, newsletter plugs, links to a video and byline lines that the
    extractor keeps among the paragraphs make no claims; the article page lists them."""
    body = [*PARAGRAPHS[:2], chrome, *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert [(entry.text, entry.reason) for entry in article.removed] == [(chrome, reason)]


LONG_NEWS = (
    f"{PARAGRAPHS[1]} The agency added that the family had arrived in the Russian capital late"
    " on Saturday night, after a flight from the Hmeimim air base."
)
"""A paragraph of news longer than any rule for a whole paragraph, so only the sentences at its
end are judged."""


@pytest.mark.parametrize(
    ("tail", "reason"),
    [
        ("Note: Content may be edited for style and length.", "editor's note"),
        ("Get The Watchlist delivered every Thursday.", "newsletter form"),
        (
            "Email us at news@example.com. Follow her on X, formerly Twitter, at @cam_kettles.",
            "contact address",
        ),
        ("Adam Sennott can be reached at adam.sennott@globe.com.", "contact address"),
        ("Reporter Jane Doe can be reached at jdoe@example.com.", "contact address"),
    ],
)
def test_notices_ending_a_paragraph_of_news_are_dropped_with_their_reason(
    tmp_path: Path, tail: str, reason: str
) -> None:
    """A paragraph of news that ends in the site's own notices keeps its news and makes no
    claim of the notices, which the article page lists."""
    body = [PARAGRAPHS[0], f"{LONG_NEWS} {tail}", *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    texts = [article.block_text(block) for block in article.blocks]
    assert texts == [PARAGRAPHS[0], LONG_NEWS, *PARAGRAPHS[2:]]
    assert [(entry.text, entry.reason) for entry in article.removed] == [(tail, reason)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can sign up for the program at any city library.",
        "He is already a member of the party's central committee.",
        "Users were told to download the government's new contact-tracing app.",
        "Fewer households now subscribe to the local newspaper.",
        '"Your donation will help families rebuild," the charity said.',
        "A party spokesman said the senator's comments do not reflect the views of the party.",
        "First published in 1922, the novel was banned in the United States for a decade.",
        "Officials paused the briefing to continue reading the statement.",
        "The photo of the rebels was licensed under a Creative Commons license.",
        "The newsletter now has 40,000 paying readers.",
        "Reporting by ProPublica last year found that the agency had ignored repeated warnings.",
        "Already registered voters will receive their ballots by mail next week.",
        "Comments by Fed Chair Jerome Powell last week pointed to a moderation in wage growth.",
        "Confirmation emails were sent to thousands of the wrong customers.",
        "Police said the man told victims to email him at payments@proton.me.",
        "Victims should email him at payments@proton.me.",
        "The newsletter grew quickly in the pandemic as thousands of readers rushed to sign up.",
        "Trump's newsletter urged supporters to sign up.",
    ],
)
def test_news_ending_a_paragraph_in_words_a_notice_uses_stays(
    tmp_path: Path, sentence: str
) -> None:
    """Only a sentence that a rule for notices matches from its start (or from after a name of
    a few capitalised words, to its end), with no clause of its own after the match, is split
    off; a news sentence in a notice's words stays, and so does every paragraph after it."""
    ending = f"{LONG_NEWS} {sentence}"
    body = [PARAGRAPHS[0], ending, *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    assert [article.block_text(block) for block in article.blocks] == [
        PARAGRAPHS[0],
        ending,
        *PARAGRAPHS[2:],
    ]
    assert article.removed == ()


def test_a_copyright_line_ending_a_paragraph_does_not_end_the_article(tmp_path: Path) -> None:
    """A copyright line ends the article where it stands alone; split off a paragraph in the
    middle of the page it would take every paragraph after it along, so it is not split."""
    ending = f"{LONG_NEWS} All rights reserved."
    body = [PARAGRAPHS[0], ending, *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    assert [article.block_text(block) for block in article.blocks][2:] == PARAGRAPHS[2:]


@pytest.mark.parametrize(
    "sentence",
    [
        "By evening it had spread.",
        "Older entry-level workers were evacuated first.",
        "Next story hour at the library was cancelled.",
        "Follow the money on Twitter and you find the donors.",
        "Video by Reuters shows the moment the bridge fell.",
        "Photos by a neighbour show the car in flames.",
        "The union said its bulletin, which goes to subscribers only, first reported the cuts.",
        "Les places de la tribune sud sont réservées aux abonnés du club jusqu'à la fin de la"
        " saison.",
        "Die Proben sind nur für Abonnenten des Theaters geöffnet, sagte die Intendantin.",
        "Para seguir leyendo a los clásicos, la biblioteca abrirá también los domingos.",
        "Las entradas son exclusivas para socios del club hasta el viernes.",
        "Per continuare a leggere i dati del censimento, l'Istat ha aperto un nuovo portale.",
        "This content is available to subscribers of the water utility at a discount, officials"
        " said.",
        "The council newsletter, which residents can subscribe to for free, first reported the"
        " spending in March.",
        "PayPal shares rose 5% after the company said it would cut 2,500 jobs.",
        "The plant is powered by solar panels on the roof of the old Damascus depot.",
        "Page 3 of the report, seen by Reuters, lists 14 missing prisoners.",
        "Moderators said the comments are reviewed before they are shown, the company said.",
        "Edited by hand, the list named 40 officers.",
        "Kommentare lesen wir alle, sagte die Chefredakteurin am Montag in Berlin.",
        # review of round 8: sentences that open with a "related" label or hold a notice's words
        "相关报道显示，叙利亚反对派已于周日控制首都大马士革。",
        "相關報導指出，阿薩德已於週日抵達莫斯科。",
        "関連記事によると、アサド氏は家族とともにモスクワに到着した。",
        "관련 기사에 따르면 아사드 대통령은 가족과 함께 모스크바로 떠났다.",
        "เรื่องที่เกี่ยวข้องกับการลี้ภัยครั้งนี้ รัฐบาลรัสเซียยืนยันแล้วเมื่อวันอาทิตย์",
        "قالت الوزارة إنها بدأت مراجعة التعليقات الواردة من المواطنين على مشروع القانون.",
        "Comments will be reviewed before the final rule is issued next year, the agency said.",
        "The Bank of Thailand said PromptPay handled 1.5 billion transactions in March.",
        "Meta said it reserves the right to remove any content that violates its standards, and"
        " that it had taken down 1,200 accounts linked to the network in the past month, after"
        " researchers at Stanford University found that the accounts had posted more than"
        " 40,000 times since January.",
    ],
)
def test_article_sentences_that_open_like_chrome_are_kept(tmp_path: Path, sentence: str) -> None:
    """A byline is a name, a link to the next article no sentence, a follow line names no
    more than where to follow, a newsletter plug asks the reader to sign up: these sentences
    of the article were dropped as such (review)."""
    body = [*PARAGRAPHS[:2], sentence, *PARAGRAPHS[2:]]
    article = read_article(write(tmp_path, "daily.html", news_page(paragraphs=body)), "syria")
    assert [article.block_text(block) for block in article.blocks] == body
    assert article.removed == ()


def test_an_extraction_that_kept_only_a_browser_notice_is_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose only ``<p>``s are a notice that the browser is out of date, its article in
    ``<div>``s: a precise extraction that kept only the notice found no article, so the page is
    extracted again and the article comes out."""
    notice = (
        "<p>Your browser is out of date.</p>"
        "<p>Please update your browser for a better experience of this site and its pages.</p>"
    )

    precise_extraction_keeps(monkeypatch, notice)
    divs = "".join(f"<div>{text}</div>" for text in PARAGRAPHS)
    page = (
        "<html><head><title>Notes from Damascus</title></head><body>"
        f"<div class='browser-warning'>{notice}</div><div class='post'>{divs}</div>"
        "</body></html>"
    )
    article = read_article(write(tmp_path, "notes.html", page), "notes")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    assert "browser" not in article.body


def test_text_between_headings_and_paragraphs_is_read(tmp_path: Path) -> None:
    """A blog that puts a paragraph's text straight after a heading, in no ``<p>``, lost it."""
    loose = (
        "If you do not already have one, you will need to buy a development kit, which includes "
        "samples of the chip and a programmer board, before anything else."
    )
    body = f"<h2>Getting started</h2>{loose}"
    page = news_page(paragraphs=[*PARAGRAPHS[:2], body, *PARAGRAPHS[2:]])
    article = read_article(write(tmp_path, "blog.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [
        *PARAGRAPHS[:2],
        "Getting started",
        loose,
        *PARAGRAPHS[2:],
    ]


def test_tables_inside_tables_give_each_row_once(tmp_path: Path) -> None:
    """A forum lays out each post as a table inside the page's tables: every row was read again
    as part of each row around it, so a page's posts came out dozens of times, or all as one."""
    posts = "".join(
        f"<tr><td><table><tr><td>Post {number}</td><td>{text}</td></tr></table></td></tr>"
        for number, text in enumerate(PARAGRAPHS, 1)
    )
    tables = f"<table><tbody>{posts}</tbody></table>"
    for _ in range(2):
        tables = f"<table><tbody><tr><td>{tables}</td></tr></tbody></table>"
    page = news_page().replace(news_page().split("<main>")[1].split("</main>")[0], tables)
    article = read_article(write(tmp_path, "forum.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [
        f"Post {number} | {text}" for number, text in enumerate(PARAGRAPHS, 1)
    ]


def test_code_in_an_article_is_shown_not_dropped(tmp_path: Path) -> None:
    """A code block was left out of the article, and out of the dropped lines too."""
    code = "<pre><code>hg clone public test-repo\nhg push --rev tip</code></pre>"
    page = news_page(paragraphs=[*PARAGRAPHS[:2], code, *PARAGRAPHS[2:]])
    article = read_article(write(tmp_path, "howto.html", page), "syria")
    assert "hg clone public test-repo hg push --rev tip" in article.body
    assert article.body.index(PARAGRAPHS[1]) < article.body.index("hg clone")


def test_an_author_is_what_the_page_declares_not_a_link_guessed_from_its_text(
    tmp_path: Path,
) -> None:
    """trafilatura guesses an author from the page's text when its markup names none; on real
    pages half its guesses were no name ("Follow Author", "July", "Submitted")."""
    page = (
        news_page(json_ld=False)
        .replace('<meta name="author" content="Jane Roe">', "")
        .replace(
            '<p class="byline">By Jane Roe</p>',
            '<p class="byline"><a class="author" href="/follow">Follow Author</a></p>',
        )
    )
    assert read_article(write(tmp_path, "page.html", page), "syria").author is None
    declared = read_article(write(tmp_path, "declared.html", news_page(json_ld=False)), "syria")
    assert declared.author == "Jane Roe"


def test_lists_inside_list_items_give_each_item_once(tmp_path: Path) -> None:
    """An item's text held every list inside it, each of which was read again as items: a page
    of lists nested 250 deep came out as 411,000 characters for 6,600."""
    nested = "".join(f"<ul><li>{text}" for text in PARAGRAPHS) + "</li></ul>" * len(PARAGRAPHS)
    page = news_page().replace(news_page().split("<main>")[1].split("</main>")[0], nested)
    article = read_article(write(tmp_path, "outline.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


@pytest.mark.parametrize(
    "marked",
    ['<a rel="author" href="/jane">Jane Roe</a>', '<span itemprop="author">Jane Roe</span>'],
)
def test_an_author_the_markup_marks_is_kept_and_its_byline_stays_out(
    tmp_path: Path, marked: str
) -> None:
    """Review: with the guess from the page's text left out, an author named by ``rel`` or
    ``itemprop`` markup was lost too."""
    page = (
        news_page(json_ld=False)
        .replace('<meta name="author" content="Jane Roe">', "")
        .replace('<p class="byline">By Jane Roe</p>', f'<p class="byline">By {marked}</p>')
    )
    article = read_article(write(tmp_path, "page.html", page), "syria")
    assert article.author == "Jane Roe"
    assert "Jane Roe" not in article.body


def test_a_data_table_whose_cells_wrap_their_values_in_paragraphs_keeps_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A results table of a CMS puts each value in a ``<p>``: a row is still one line of the
    table ("Ajax | 3"), not one paragraph per value, as the cells of a layout table are."""
    import trafilatura

    real = trafilatura.bare_extraction

    def quick_finds_nothing(tree: object, **options: Any) -> Any:
        return None if options.get("fast") else real(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", quick_finds_nothing)
    rows = [("Team", "Goals"), ("Ajax", "3"), ("Feyenoord", "1")]
    table = "".join(
        "<tr>" + "".join(f"<td><p>{cell}</p></td>" for cell in row) + "</tr>" for row in rows
    )
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + f"<table>{table}</table>"
    page = news_page().replace(news_page().split("<main>")[1].split("</main>")[0], body)
    article = read_article(write(tmp_path, "results.html", page), "football")
    blocks = [article.block_text(block) for block in article.blocks]
    assert blocks[: len(PARAGRAPHS)] == PARAGRAPHS
    assert "Ajax | 3" in blocks and "Feyenoord | 1" in blocks
    assert "Ajax" not in blocks and "3" not in blocks


def test_paragraphs_of_a_page_laid_out_in_a_table_stay_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page laid out in a table holds its headline in one cell and its article's paragraphs
    in another: read as one table row, the whole article was one block, headline and all."""
    import trafilatura

    real = trafilatura.bare_extraction

    def quick_finds_nothing(tree: object, **options: Any) -> Any:
        # as on such real pages, the extraction with tables is the one that reads the page
        return None if options.get("fast") else real(tree, **options)

    monkeypatch.setattr(trafilatura, "bare_extraction", quick_finds_nothing)
    headline = "Assad flees to Moscow after rebels take Damascus"
    cells = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    layout = f"<table><tr><td><p>{headline}</p></td></tr><tr><td>{cells}</td></tr></table>"
    page = news_page().replace(news_page().split("<main>")[1].split("</main>")[0], layout)
    article = read_article(write(tmp_path, "old.html", page), "syria")
    assert article.title == headline
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


@pytest.mark.parametrize(
    ("title", "names", "shown"),
    [
        ("Neue CPU vorgestellt | heise online", ["www.heise.de"], "Neue CPU vorgestellt"),
        ("Sismo en Chile - Yahoo noticias", ["Yahoo"], "Sismo en Chile"),
        ("Новости дня - BBC Русская служба", ["BBC"], "Новости дня"),
        ("Sismo en Chile - CNN en español", ["CNN"], "Sismo en Chile"),
        (  # the site's name taken off, a part that starts with it is the headline's
            "Huw Edwards - BBC sacks presenter - BBC News",
            ["BBC News", "www.bbc.co.uk"],
            "Huw Edwards - BBC sacks presenter",
        ),
        (  # given alone, a part that starts with the host's name only is the headline's
            # when the site declares its own name ("BBC News")
            "Huw Edwards - BBC sacks presenter",
            ["BBC News", "BBC News", "www.bbc.co.uk"],
            "Huw Edwards - BBC sacks presenter",
        ),
        (  # the declared name itself still goes, at either end
            "Huw Edwards - BBC sacks presenter | BBC News",
            ["BBC News", "BBC News", "www.bbc.co.uk"],
            "Huw Edwards - BBC sacks presenter",
        ),
        ("BBC News | Huw Edwards", ["BBC News", "www.bbc.co.uk"], "Huw Edwards"),
        # a first part starting with the host's name is the site's brand, whatever it declares
        (
            "NWX Magazin | Vertrauen hilft",
            ["NEW WORK Experience", "nwx.new-work.se"],
            "Vertrauen hilft",
        ),
        ("Sismo en Chile - CNN en español", ["CNN", "edition.cnn.com"], "Sismo en Chile"),
    ],
)
def test_a_part_starting_with_the_site_name_is_the_site_once(
    title: str, names: list[str | None], shown: str
) -> None:
    """A brand with words in lower case ("heise online") is the site's, as "CNN Politics" is;
    a review found them kept after a rule that took lower-case words for a headline's."""
    assert strip_site_name(title, names) == shown


def defaults_keep(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Make trafilatura's extractions other than the precise one find ``body`` on any page."""
    import trafilatura
    from lxml import etree

    real = trafilatura.bare_extraction

    def defaults_keeps(tree: object, **options: Any) -> Any:
        found = real(tree, **options)
        if not options.get("favor_precision"):
            found.body = etree.fromstring(f"<body>{body}</body>")
        return found

    monkeypatch.setattr(trafilatura, "bare_extraction", defaults_keeps)


APPEAL = (
    "At The Daily Example we believe everyone needs journalism, and we keep ours free for every "
    "reader, even as other newsrooms retreat behind paywalls, which is why we ask you to give."
)


def _appeal_page(repeats: int) -> str:
    """An article page with a donation box repeated down it: its ``<p>``s hold more of the box
    than of the article, so the precise extraction looks short beside them."""
    article = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    boxes = f"<aside class='appeal'><p>{APPEAL}</p></aside>" * repeats
    return (
        "<html><head><title>Assad flees</title></head><body>"
        f"<article>{article}</article>{boxes}</body></html>"
    )


def test_an_article_stays_when_the_defaults_read_a_box_repeated_down_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The precise extraction found the article (a HuffPost page, 126 words); the defaults,
    tried because the page's ``<p>``s hold a donation box many times over, read the box, which
    is longer but holds none of the article. The article is kept."""
    box = "".join(f"<p>{APPEAL} Give {n} now.</p>" for n in range(6))  # longer than the article
    defaults_keep(monkeypatch, box)
    article = read_article(write(tmp_path, "appeal.html", _appeal_page(12)), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


def test_a_longer_extraction_holding_the_article_still_replaces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the defaults read the same article and more of it, theirs is kept: only a text
    that does not hold the article is refused."""
    more = "The rebels said the capital was calm by nightfall, and shops opened in the old city."
    defaults_keep(monkeypatch, "".join(f"<p>{text}</p>" for text in [*PARAGRAPHS, more]))
    article = read_article(write(tmp_path, "appeal.html", _appeal_page(12)), "syria")
    assert [article.block_text(block) for block in article.blocks] == [*PARAGRAPHS, more]


def _declaring_page(body: str, shown: str) -> str:
    """A page whose JSON-LD declares ``body`` as its article and whose markup shows ``shown``."""
    ld = {"@type": "NewsArticle", "headline": "Assad flees", "articleBody": body}
    return (
        "<html><head><title>Assad flees</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body>{shown}</body></html>"
    )


OTHER_STORY = [
    "On This Day: Rafael Nadal rallies from two sets down to lift the 2005 Madrid trophy, the "
    "first of his titles on a hard court, against Ivan Ljubicic in the final.",
    "The Spaniard, then nineteen, saved a match point in the fourth set and won the last two "
    "sets without dropping his serve, to the delight of a full house.",
]


def test_the_article_a_page_declares_is_read_when_the_extraction_found_another_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that lays its article out in scripts shows a related story in its markup, which
    is all trafilatura finds; the article the page declares (JSON-LD ``articleBody``, its
    paragraphs a line apart) is read instead (two tennis pages of 2023: F1 0.05 and 0.08)."""
    precise_extraction_keeps(monkeypatch, "".join(f"<p>{text}</p>" for text in OTHER_STORY))
    shown = "".join(f"<p>{text}</p>" for text in OTHER_STORY)
    page = _declaring_page("\n\n".join(PARAGRAPHS), shown)
    article = read_article(write(tmp_path, "tennis.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    assert article.title == "Assad flees"


def test_an_article_that_declares_only_its_introduction_is_read_whole(tmp_path: Path) -> None:
    """A declared body is as often the article's first paragraphs (a teaser, or a list
    article's introduction: 213 words of 1,257 on a development page): the extraction that
    holds it and the rest of the article is kept."""
    words = " ".join(OTHER_STORY).split()
    rest = [" ".join(random.Random(n).sample(words, len(words))) for n in range(8)]
    article_text = [*PARAGRAPHS, *rest]
    page = _declaring_page("\n".join(PARAGRAPHS), "".join(f"<p>{t}</p>" for t in article_text))
    article = read_article(write(tmp_path, "list.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == article_text


def _showing_another_story(title: str, declared: object) -> str:
    """A page titled ``title`` whose markup shows the tennis story and whose JSON-LD is
    ``declared``."""
    return (
        f"<html><head><title>{title}</title>"
        f'<script type="application/ld+json">{json.dumps(declared)}</script></head>'
        f"<body>{''.join(f'<p>{text}</p>' for text in OTHER_STORY)}</body></html>"
    )


@pytest.mark.parametrize("own_declared", [False, True], ids=["two related", "own and related"])
def test_the_declared_body_of_a_related_story_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_declared: bool
) -> None:
    """A page lists related stories in its JSON-LD, each with its own ``articleBody``: of
    several, one whose headline is not the page's is no declaration of this page's article."""
    precise_extraction_keeps(monkeypatch, "".join(f"<p>{text}</p>" for text in OTHER_STORY))
    related = [
        {
            "@type": "NewsArticle",
            "headline": f"Assad flees to Moscow after rebels take Damascus, part {part}",
            "articleBody": "\n".join(PARAGRAPHS),
        }
        for part in (1, 2)
    ]
    if own_declared:  # the page's own, without a body, beside one related story (a review)
        related = [{"@type": "NewsArticle", "headline": "On This Day: Nadal rallies"}, related[0]]
    page = _showing_another_story("On This Day: Nadal rallies from two sets down", related)
    article = read_article(write(tmp_path, "nadal.html", page), "tennis")
    assert [article.block_text(block) for block in article.blocks] == OTHER_STORY


def test_the_only_declared_article_is_the_pages_own_under_another_headline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's only declared article is its own even when its headline is worded apart from
    the page's title (four development pages: "Boxer Ramla Ali Enters the Ring in Style" under
    "Ramla Ali Honors Virgil Abloh …"), and is read when the extraction found another text."""
    precise_extraction_keeps(monkeypatch, "".join(f"<p>{text}</p>" for text in OTHER_STORY))
    ld = {
        "@type": "NewsArticle",
        "headline": "Rebels take the capital overnight",
        "articleBody": "\n\n".join(PARAGRAPHS),
    }
    page = _showing_another_story("Assad flees to Moscow | The Daily Example", ld)
    article = read_article(write(tmp_path, "syria.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


def test_a_declared_summary_or_a_declared_copy_leaves_the_extraction(
    tmp_path: Path,
) -> None:
    """A declared body of a few sentences is a summary (39 to 56 words on the development
    pages, beside articles of 340 to 1,300), and one that is the article again changes nothing:
    the extraction is read, with its paragraphs."""
    summary = _declaring_page(PARAGRAPHS[0], news_page().split("<body>", 1)[1])
    article = read_article(write(tmp_path, "summary.html", summary), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    copy = _declaring_page(" ".join(PARAGRAPHS), news_page().split("<body>", 1)[1])
    article = read_article(write(tmp_path, "copy.html", copy), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


@pytest.mark.parametrize(
    "declared",
    [
        "".join(f"<p>{text.replace(',', ', <b>&amp;</b>', 1)}</p>" for text in PARAGRAPHS),
        "\n".join(text.replace(",", ", &amp;", 1) for text in PARAGRAPHS),
    ],
    ids=["html", "escaped text"],
)
def test_a_declared_article_in_html_or_with_escaped_signs_is_read_as_text(
    tmp_path: Path, declared: str
) -> None:
    """A page that shows only its date declares its article, as HTML on some sites and as
    text with escaped signs on others: the text is read, a paragraph a block or a line."""
    page = _declaring_page(declared, "<div>Monday, August 3, 2020</div>")
    article = read_article(write(tmp_path, "dated.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [
        text.replace(",", ", &", 1) for text in PARAGRAPHS
    ]


DEK = "The president left the country as rebels entered the capital after a lightning advance."


def _with_standfirst(marked: str) -> str:
    """A news page whose headline and the ``marked`` subheading under it stand in a header
    above the article, as news sites lay them out."""
    headline = "<h1>Assad flees to Moscow after rebels take Damascus</h1>"
    page = news_page()
    return page.replace(headline, "").replace(
        "<main><article>", f"<div class='top'>{headline}{marked}</div><main><article>"
    )


@pytest.mark.parametrize(
    "marked",
    [
        f'<h2 class="dek">{DEK}</h2>',
        f'<h3 class="description">{DEK}</h3>',
        f'<h2 class="article__sub-headline">{DEK}</h2>',
        f'<h2 class="Page-subHeadline">{DEK}</h2>',
        f'<h2 itemprop="description">{DEK}</h2>',
    ],
)
def test_the_standfirst_under_the_headline_opens_the_article(tmp_path: Path, marked: str) -> None:
    """trafilatura leaves out the sentence under the headline that sums the article up; a
    subheading the page marks as that standfirst is the article's first paragraph."""
    page = _with_standfirst(marked)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == [DEK, *PARAGRAPHS]


@pytest.mark.parametrize(
    "marked",
    [
        '<h2 class="dek">World news</h2>',  # a label, not a sentence or two
        f'<p class="dek">{DEK}</p>',  # a paragraph so marked is as often a newsletter box
        f'<h2 class="dek">{PARAGRAPHS[0]}</h2>',  # the article holds it already
        # found by a review: a card's description beside the article, a newsletter form's
        # subtitle, a marked heading far below the headline
        f'<aside><h3 class="card__description">{DEK}</h3></aside>',
        f'<form><h2 class="newsletter-subtitle">{DEK}</h2></form>',
        '<h2 class="subtitle">Assad flees to Moscow after rebels take Damascus</h2>',  # headline
        "<h2>Live</h2><h2>Latest</h2><h2>Most read</h2>" + f'<h3 class="description">{DEK}</h3>',
    ],
)
def test_a_label_a_marked_paragraph_or_a_repeated_standfirst_adds_nothing(
    tmp_path: Path, marked: str
) -> None:
    page = _with_standfirst(marked)
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS


def test_a_declared_html_body_keeps_its_sentences_whole_and_drops_its_scripts() -> None:
    """Found by a review: a line break inside an HTML paragraph is a space, not a new
    paragraph, and a script inside the declared body is no text."""
    from mkdocs_claimdiff.sources.article_text import declared_blocks

    body = "<script>var x = 1;</script><p>The council voted to close the\nlibrary.</p><p>Next.</p>"
    assert declared_blocks(body) == [
        ("paragraph", "The council voted to close the library."),
        ("paragraph", "Next."),
    ]


def test_a_declared_text_body_with_an_inline_tag_keeps_its_paragraphs() -> None:
    """Found by a second review: a plain-text body with one link kept no paragraph break."""
    from mkdocs_claimdiff.sources.article_text import declared_blocks

    body = 'First paragraph here.\n\nSecond one with a <a href="x">link</a>.\n\nThird.'
    assert [text for _kind, text in declared_blocks(body)] == [
        "First paragraph here.",
        "Second one with a link.",
        "Third.",
    ]


NEXT_STORY = [
    "Rudy Giuliani has filed for Chapter 11 bankruptcy protection days after a jury ordered him"
    " to pay $148 million to two former election workers he defamed.",
    "The filing lists every person and company he owes money to, from tax authorities to his"
    " lawyers, and puts his debts at up to $500 million.",
    "His spokesman said the filing would give him time to appeal the verdict against him.",
]
HEADLINE = "Assad flees to Moscow after rebels take Damascus"
NEXT_HEADLINE = "Giuliani files for bankruptcy, lists every creditor"


def _with_next_story(page: str, next_headline: str = NEXT_HEADLINE) -> str:
    """The page as saved after scrolling: the site loaded its next story in an article of its
    own, headline and all, under the first, both inside an article of the whole stream."""
    body = "\n".join(f"<p>{text}</p>" for text in NEXT_STORY)
    story = f"<article><h1>{next_headline}</h1>\n{body}\n</article>"
    page = page.replace("<main><article>", '<main><article class="stream"><article>', 1)
    return page.replace("</article>", f"</article>\n{story}\n</article>", 1)


def _retitled(page: str, title: str | None, og_title: str | None) -> str:
    """The page with another ``<title>`` and ``og:title`` (None: without it)."""
    page = page.replace(
        f"<title>{HEADLINE} | The Daily Example</title>",
        "" if title is None else f"<title>{title}</title>",
    )
    return page.replace(
        f'<meta property="og:title" content="{HEADLINE}">',
        "" if og_title is None else f'<meta property="og:title" content="{og_title}">',
    )


def _texts(tmp_path: Path, page: str) -> list[str]:
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    return [article.block_text(block) for block in article.blocks]


def test_a_next_story_loaded_under_the_article_is_not_read_as_part_of_it(tmp_path: Path) -> None:
    """The page's title names its article: the other headed article is another story, whose
    claims would stand in a comparison they are not about."""
    page = _with_next_story(news_page())
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    # listed with the lines dropped, by its headline and length, at its headline's line
    (listed,) = [line for line in article.removed if line.text.startswith("Giuliani")]
    words = len(NEXT_HEADLINE.split()) + sum(len(text.split()) for text in NEXT_STORY)
    assert listed.text == f"{NEXT_HEADLINE} ({words} words)"
    assert listed.reason == "another article the page holds (the page's title names this one)"
    assert f"<h1>{NEXT_HEADLINE}</h1>" in page.splitlines()[listed.line - 1]


@pytest.mark.parametrize(
    ("title", "og_title"),
    [
        (f"{HEADLINE} | The Daily Example", None),  # the head's title, with the site's name
        ("Assad flees to Moscow after rebels take… | The Daily Example", None),  # cut short
        (None, HEADLINE),  # og:title alone
    ],
    ids=["title", "title-cut-short", "og-title"],
)
def test_the_title_names_its_article_however_it_is_given(
    tmp_path: Path, title: str | None, og_title: str | None
) -> None:
    page = _retitled(_with_next_story(news_page()), title, og_title)
    assert _texts(tmp_path, page) == PARAGRAPHS


@pytest.mark.parametrize(
    ("title", "og_title", "promotion"),
    [
        ("World news, live", None, ""),  # names neither
        (f"{HEADLINE}; {NEXT_HEADLINE}", None, ""),  # names both
        (None, None, ""),  # no title at all, an <svg> title in the body
        ("Assad flees | The Daily Example", None, "The Daily Example"),  # site-name promotion
    ],
    ids=["neither", "both", "no-title", "promotion-under-the-site-name"],
)
def test_articles_the_page_title_does_not_tell_apart_are_all_kept(
    title: str | None, og_title: str | None, promotion: str
) -> None:
    """A title naming none of the headed articles or two of them, a page without a title, and
    a title cut short of the story's headline that ends in the site's name, which heads a
    promotion of a few words: the extractor is left to find the article in the whole page."""
    from lxml.html import document_fromstring

    from mkdocs_claimdiff.sources.feed import drop_other_articles

    page = _retitled(_with_next_story(news_page(), promotion or NEXT_HEADLINE), title, og_title)
    if promotion:  # a promotion, not a story: a few words under the site's name
        page = page.replace(NEXT_STORY[0], "Subscribe today.").replace(NEXT_STORY[1], "")
    else:
        page = page.replace(
            "<body>",
            "<body><svg><title>Giuliani files for bankruptcy, lists every creditor</title></svg>",
        )
    tree = document_fromstring(page)
    assert drop_other_articles(tree) == ()
    assert len(list(tree.iter("h1"))) == 2


def test_a_caption_the_page_marks_is_no_claim_and_is_listed(tmp_path: Path) -> None:
    """A caption written in a paragraph of a caption class (not a ``<figcaption>``, which the
    extractor leaves out itself) describes a photo: it is listed with the lines dropped, at its
    line of the saved page, and never becomes a claim; a line break inside it parts words."""
    caption = "A well-wisher lays flowers at the scene in <b>Damascus</b><br>Photo: AP"
    figure = f'<img src="flowers.jpg" alt="">\n<p class="imageCaption">{caption}</p>\n'
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = news_page().replace(paragraphs, paragraphs.replace("\n", f"\n{figure}", 1))
    article = read_article(write(tmp_path, "daily.html", page), "syria")
    assert [article.block_text(block) for block in article.blocks] == PARAGRAPHS
    shown = "A well-wisher lays flowers at the scene in Damascus Photo: AP"
    (listed,) = [line for line in article.removed if line.text == shown]
    assert listed.reason == "caption"
    assert "imageCaption" in page.splitlines()[listed.line - 1]


@pytest.mark.parametrize(
    "markup",
    [
        f'<div class="wp-caption"><p>{PARAGRAPHS[0]}</p></div>',  # a box of paragraphs
        '<div class="entry no-caption"><article><h1>Short story</h1>'
        "<div>The deal was done on Sunday.</div></article></div>",
        '<div class="caption-wrap"><h2>Key points</h2><ul><li>Rebels hold the city</li></ul></div>',
        '<div class="captionless">The deal was done on Sunday.</div>',
        '<div class="has-caption">The deal was done on Sunday.</div>',
        '<div class="adaption">The deal was done on Sunday.</div>',
        f'<p class="caption">{" ".join(["word"] * 61)}</p>',  # too long for a caption
    ],
    ids=["box", "no-caption", "caption-wrap", "captionless", "has-caption", "adaption", "long"],
)
def test_what_a_caption_class_does_not_make_a_caption_is_read(markup: str) -> None:
    from lxml.html import document_fromstring

    from mkdocs_claimdiff.sources.captions import drop_captions

    tree = document_fromstring(f"<html><body>{markup}</body></html>")
    before = " ".join(tree.text_content().split())
    assert drop_captions(tree) == ()
    assert " ".join(tree.text_content().split()) == before


def test_a_caption_inside_a_caption_is_listed_once() -> None:
    from lxml.html import document_fromstring

    from mkdocs_claimdiff.sources.captions import drop_captions

    tree = document_fromstring(
        '<html><body>\n<div class="caption">Flowers at the scene'
        ' <span class="caption-credit">Photo: AP</span></div>\n<p>Text.</p></body></html>'
    )
    assert drop_captions(tree) == (("Flowers at the scene Photo: AP", 2),)
    assert tree.text_content().split() == ["Text."]


def test_a_title_too_long_to_compare_names_no_article() -> None:
    """The title is compared with every headline: one of over a thousand characters (a page
    of thousands of headed articles under it would take minutes) names none, and the page is
    left whole."""
    from lxml.html import document_fromstring

    from mkdocs_claimdiff.sources.feed import MAX_TITLE_CHARACTERS, drop_other_articles

    title = f"{HEADLINE} | " + "x" * MAX_TITLE_CHARACTERS
    page = _retitled(_with_next_story(news_page()), title, None)
    tree = document_fromstring(page)
    assert drop_other_articles(tree) == ()
    assert len(list(tree.iter("h1"))) == 2


@pytest.mark.parametrize(
    ("crowd", "listed"),
    [
        ("<p>" + '<a href="/tag">tag</a> ' * 5_000 + "</p>", True),
        ('<a href="/tag">tag</a>' * 5_000, True),
        ("<br>" * 5_000, False),
        ("<img>" * 5_000, False),
        ("<span>tag</span>" * 5_000, False),
    ],
    ids=["links in a paragraph", "links", "line breaks", "images", "spans"],
)
def test_an_element_of_thousands_of_children_is_thinned_before_extraction(
    tmp_path: Path, crowd: str, listed: bool
) -> None:
    """helper-159's audit: trafilatura's cost grows with the square or the cube of an element's
    children (one paragraph of 32,000 links took over three minutes, 500,000 ``<br>`` 15 s).
    An element of more than ``MAX_CHILDREN`` keeps its blocks and reads the rest as text; when
    most are links, those are taken out and listed. The article's paragraphs stay whole."""
    page = news_page(paragraphs=PARAGRAPHS).replace(
        f"<p>{PARAGRAPHS[-1]}</p>", f"<p>{PARAGRAPHS[-1]}</p>{crowd}"
    )
    path = tmp_path / "assad.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path, "syria")
    texts = [article.block_text(block) for block in article.blocks]
    assert texts[: len(PARAGRAPHS)] == PARAGRAPHS
    runs = [removed for removed in article.removed if removed.reason == LINK_RUN]
    assert len(runs) == listed
    if listed:
        assert runs[0].text.startswith("tag tag") and runs[0].text.endswith("(5,000 links)")


def test_a_crowded_element_keeps_its_code_and_data_and_the_sentences_around_its_links(
    tmp_path: Path,
) -> None:
    """helper-162's review of the thinning: a script and a style inside an element of
    thousands of images became a paragraph; the JSON-LD of a crowded ``<body>`` was lost with
    its author; links inside sentences ("according to <a>Reuters</a>") were taken out of them;
    and a run of links inside another crowded element was listed as dropped but kept."""
    script = '<script>window.dataLayer.push({"event": "pageview"});</script><style>.x{}</style>'
    sentences = "".join(
        f'Rescuers in district {n} dug, according to <a href="/r">Reuters</a>.<br>'
        for n in range(1_100)
    )
    nested = "<span>" + '<a href="/t">TagLink</a>' * 1_100 + "</span>" + "<i>x</i>" * 1_100
    crowds = f"{script}{'<img>' * 1_100}<div>{sentences}</div><div>{nested}</div>"
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = news_page(paragraphs=PARAGRAPHS).replace(last, last + crowds)
    page = page.replace("<body>", "<body>" + "<img>" * 1_100)  # the body crowded too
    path = tmp_path / "assad.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path, "syria")
    assert "dataLayer" not in article.body and ".x{}" not in article.body
    assert article.author == "Jane Roe"  # from the JSON-LD
    assert "district 7 dug, according to Reuters." in " ".join(article.body.split())
    runs = [removed for removed in article.removed if removed.reason == LINK_RUN]
    assert len(runs) == 1 and runs[0].text.startswith("TagLink")
    assert "TagLink" not in article.body


def test_a_json_ld_number_of_thousands_of_digits_loses_nothing_else(tmp_path: Path) -> None:
    """helper-162: Python refuses a whole number of more than 4,300 digits, and json.loads
    with it the page's whole JSON-LD: the outlet it alone names was lost without a word."""
    declared = json.dumps(
        {"@type": "NewsArticle", "headline": "Q", "publisher": {"name": "Planet Daily"}}
    ).replace('"@type"', '"wordCount": ' + "9" * 5_000 + ', "@type"')
    page = (
        news_page(paragraphs=PARAGRAPHS, json_ld=False)
        .replace('<meta property="og:site_name" content="The Daily Example">', "")
        .replace("</head>", f'<script type="application/ld+json">{declared}</script></head>')
    )
    path = tmp_path / "assad.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(path, "syria").outlet == "Planet Daily"


def test_paragraphs_of_many_inline_elements_are_read_as_their_text(tmp_path: Path) -> None:
    """helper-162: the extractor's cost grows with the square of the elements inside the
    page's paragraphs (2,000 paragraphs of 40 ``<i>`` each took 157 s); past ``MAX_IN_PARAGRAPHS``
    each paragraph is read as its text, every word kept."""
    marked = "".join(f"<p>{'<i>word</i> ' * 40}</p>" for _ in range(MAX_IN_PARAGRAPHS // 40 + 1))
    last = f"<p>{PARAGRAPHS[-1]}</p>"
    page = news_page(paragraphs=PARAGRAPHS).replace(last, last + marked)
    path = tmp_path / "assad.html"
    path.write_text(page, encoding="utf-8")
    article = read_article(path, "syria")
    texts = [article.block_text(block) for block in article.blocks]
    assert texts[: len(PARAGRAPHS)] == PARAGRAPHS
    assert " ".join(["word"] * 40) in texts
