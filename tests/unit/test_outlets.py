"""The outlet a saved page is from: the name a reader knows it by, else its host name.

Each column of a comparison is headed by its outlet: "Wikipedia" rather than
"Wikimedia Foundation, Inc." or ``en.wikipedia.org``, and ``nj.com`` rather than "Nj".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mkdocs_claimdiff.sources.discover import read_article
from mkdocs_claimdiff.sources.outlets import brand_in_title, outlet_name, site_after_headline
from mkdocs_claimdiff.sources.shown_names import names_site, title_gives

TEXT = (
    "Syrian President Bashar al-Assad has fled to Moscow with his family, Russian state media "
    "reported on Sunday, hours after rebel forces seized the capital Damascus. The Kremlin said "
    "Russia had granted the family asylum on humanitarian grounds, according to the TASS news "
    "agency, which cited an unnamed source in the Kremlin."
)


def saved_page(
    tmp_path: Path, url: str, head: str, title: str = "Assad flees", chrome: str = ""
) -> Path:
    """A saved article whose ``<head>`` names its site only as ``head`` does, and its page's
    ``chrome`` (logo, menus) as ``chrome`` does; saved without its address when ``url`` is
    empty."""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
{canonical}
<meta property="og:title" content="Assad flees">
{head}
</head><body><header>{chrome}</header><main><article><h1>Assad flees</h1>
<p>{TEXT}</p><p>{TEXT}</p></article></main></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return path


def ld(item: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(item)}</script>'


@pytest.mark.parametrize(
    "url, head, title, outlet",
    [
        (  # a declared name as short as "Nj" but a word, not letters spelled out
            "https://www.vox.com/a",
            '<meta property="og:site_name" content="Vox">',
            "Assad flees",
            "Vox",
        ),
        (  # a site whose name is its domain keeps its own capitals
            "https://www.index.hr/a",
            '<meta property="og:site_name" content="Index.hr">',
            "Assad flees",
            "Index.hr",
        ),
        (  # ... and its accents, which the host name cannot spell
            "https://www.vecernji.hr/a",
            ld({"@type": "NewsArticle", "publisher": {"name": "Večernji.hr"}}),
            "Assad flees",
            "Večernji.hr",
        ),
        (  # the publisher is a company; the title's end names the host
            "https://en.wikipedia.org/wiki/New_Zealand",
            ld({"@type": "Article", "publisher": {"name": "Wikimedia Foundation, Inc."}}),
            "New Zealand - Wikipedia",
            "Wikipedia",
        ),
        (  # the title's end is the registered domain as the site writes it
            "https://www.bogleheads.org/forum/viewtopic.php?t=1",
            "",
            "Refinance Mega Thread - Bogleheads.org",
            "Bogleheads.org",
        ),
        (  # the site's own JSON-LD entry, without og:site_name
            "https://www.poslovni.hr/a",
            ld({"@type": "WebSite", "name": "Poslovni dnevnik", "url": "https://poslovni.hr"}),
            "Assad flees",
            "Poslovni dnevnik",
        ),
        (  # the name the site gives itself as a web app
            "https://www.bbc.co.uk/zhongwen/a",
            '<meta name="application-name" content="BBC">',
            "Assad flees",
            "BBC",
        ),
    ],
)
def test_the_outlet_is_the_name_the_site_gives_itself(
    tmp_path: Path, url: str, head: str, title: str, outlet: str
) -> None:
    article = read_article(saved_page(tmp_path, url, head, title), "syria")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "url, head, title, outlet",
    [
        (  # a host name capitalised by a template: letters spelled out, written small
            "https://www.nj.com/a",
            '<meta property="og:site_name" content="Nj">',
            "Assad flees | Nj",
            "nj.com",
        ),
        (
            "https://www.cnn.com/a",
            '<meta property="og:site_name" content="Cnn">',
            "Assad flees",
            "cnn.com",
        ),
        (  # an app's key
            "https://topicseed.com/blog/a",
            '<meta name="application-name" content="topicseed-website">',
            "Assad flees",
            "topicseed.com",
        ),
        (  # the site's JSON-LD entry in its company form
            "https://daily.example/a",
            ld({"@type": "WebSite", "name": "Daily Example Media Group"}),
            "Assad flees",
            "daily.example",
        ),
        (  # a title's part that does not name the host is the headline's, or a source's
            "https://daily.example/a",
            "",
            "Assad flees - Reuters",
            "daily.example",
        ),
        (  # a bare domain of another site is no name of this one
            "https://daily.example/a",
            '<meta property="og:site_name" content="Facebook.com">',
            "Assad flees",
            "daily.example",
        ),
    ],
)
def test_what_is_no_name_gives_way_to_the_host_name(
    tmp_path: Path, url: str, head: str, title: str, outlet: str
) -> None:
    article = read_article(saved_page(tmp_path, url, head, title), "syria")
    assert article.outlet == outlet


def test_a_name_in_a_script_without_case_is_no_identifier() -> None:
    """Chinese has no small letters: "史蒂文的家_藍天" is a blog's name, its underscore a space."""
    assert outlet_name(["史蒂文的家_藍天"], None, "stevenhgm.pixnet.net") == "史蒂文的家 藍天"
    assert outlet_name(["the-daily_example"], None, "daily.example") == "daily.example"


@pytest.mark.parametrize(
    "declared, host, outlet",
    [
        (["ESPN.com", "ESPN"], "www.espn.com", "ESPN"),
        (["MLB.com", "MLB"], "mlb.com", "MLB"),
        (["EW.com", "Entertainment Weekly"], "ew.com", "Entertainment Weekly"),
        (["SBNation.com", "SBNation.com", "SB Nation"], "sbnation.com", "SB Nation"),
        # named no other way, or otherwise only by its owner: the site's own spelling stays
        (["Index.hr"], "index.hr", "Index.hr"),
        (["cleveland.com"], "cleveland.com", "cleveland.com"),
        (["EW.com", "Dotdash Meredith"], "ew.com", "EW.com"),
        # the host's name as written is preferred to a name of which it is the initials
        (["CNN.com", "Cable News Network", "CNN"], "cnn.com", "CNN"),
        (["Bogleheads.org", "Early Retirement"], "bogleheads.org", "Bogleheads.org"),
    ],
)
def test_a_name_written_as_a_domain_gives_way_to_the_name_without_it(
    declared: list[str | None], host: str, outlet: str
) -> None:
    """A reader knows the outlet as "ESPN", not "ESPN.com", when the page names it so too."""
    assert outlet_name(declared, None, host) == outlet


def test_an_address_without_a_host_passes_on_to_the_next_name() -> None:
    """A relative address ("showthread.php") names no site; the next name still may."""
    assert outlet_name(["showthread.php", "Daily Example"], None, None) == "Daily Example"


@pytest.mark.parametrize(
    "title, host, brand",
    [
        (
            "Anticorrupción decidirá » Local » Noticias » Ultima Hora Mallorca",
            "ultimahora.es",
            "Ultima Hora Mallorca",
        ),
        ("ผล DNA ยืนยัน | ประชาไท Prachatai.com", "prachatai.com", "ประชาไท Prachatai.com"),
        ("動画：自爆攻撃　国際ニュース：AFPBB News", "www.afpbb.com", "AFPBB News"),  # full width
        ("動画：自爆攻撃", "www.afpbb.com", None),
        ("Bankari prijavljeni - Jutarnji List Plus", "www.jutarnji.hr", "Jutarnji List Plus"),
        ("Time to act - Climate warning", "time.com", None),  # the first part is the headline's
        ("Why we voted - Time machines", "time.com", None),  # a short name begins phrases
        ("Why we voted - Wired differently", "wired.com", None),  # a name's words are capitalised
        ("新竹尖石 @ 史蒂文的家 :: 痞客邦 PIXNET", "stevenhgm.pixnet.net", None),  # the platform's
        ("Senate votes - Vox populi", "vox.com", None),  # too short a name to begin a phrase
        ("Assad flees - Reuters reports", "daily.example", None),
        ("Assad flees - Daily Example Tonight And More", "daily.example", None),
    ],
)
def test_a_title_ends_in_the_site_name_with_an_edition(
    title: str, host: str, brand: str | None
) -> None:
    assert brand_in_title(title, host) == brand


def test_the_site_name_with_its_edition_heads_the_column(tmp_path: Path) -> None:
    title = "Anticorrupción decidirá en Madrid » Local » Noticias » Ultima Hora Mallorca"
    path = saved_page(tmp_path, "https://ultimahora.es/a", "", title)
    assert read_article(path, "syria").outlet == "Ultima Hora Mallorca"


@pytest.mark.parametrize(
    "title, headline, host, site",
    [
        (
            "外国专家：合作共赢 - 中国日报网",
            "外国专家：合作共赢",
            "china.chinadaily.com.cn",
            "中国日报网",
        ),
        ("最新！亮了！_新闻频道_央视网(cctv.com)", "最新！亮了！", "news.cctv.com", "央视网"),
        # a part naming the host, accents aside
        ("Un bloque | Juventud Rebelde", "Un bloque", "juventudrebelde.cu", "Juventud Rebelde"),
        ("Die Tagung | Večernji list", "Die Tagung", "vecernji.hr", "Večernji list"),
        (
            "Assad flees | The Daily Example",
            "Assad flees",
            "daily.example.org",
            "The Daily Example",
        ),
        # an address is handed on whole (``outlet_name`` tells another site's from the page's)
        (
            "Assad flees | https://facebook.com/Daily/",
            "Assad flees",
            "daily.example",
            "https://facebook.com/Daily/",
        ),
        # a part naming the host, of several
        ("Picard » gizmeo.eu | inside the machine", "Picard", "gizmeo.eu", "gizmeo.eu"),
        # which of several parts is the site's is not clear
        ("Über uns – Kabarett | Satire", "Über uns", "2gewinnt.wordpress.com", None),
        # one part in Latin letters not naming the host: an agency or an author credited
        ("Assad flees - Reuters", "Assad flees", "daily.example", None),
        ("How To Scrape Google - By linksc", "How To Scrape Google", "hackernoon.com", None),
        ("Picard – 1337@kultur:~$", "Picard", None, None),  # no name among the marks
        ("Floods - the aftermath", "Floods - the", "bbc.co.uk", None),  # no separator after it
        ("Floods", "Floods", "bbc.co.uk", None),
        ("A headline – BBC News", None, "bbc.co.uk", None),  # no og:title declared
    ],
)
def test_the_title_names_the_site_after_the_declared_headline(
    title: str, headline: str | None, host: str | None, site: str | None
) -> None:
    assert site_after_headline(title, headline, host) == site


def test_a_site_named_only_after_the_headline_heads_the_column(tmp_path: Path) -> None:
    """No og:site_name, no name spelling the host: the title after the og:title names it."""
    path = saved_page(
        tmp_path, "https://china.chinadaily.com.cn/a/1.html", "", "Assad flees - 中国日报网"
    )
    assert read_article(path, "syria").outlet == "中国日报网"


def feed(title: str, href: str = "/feed/") -> str:
    return f'<link rel="alternate" type="application/rss+xml" title="{title}" href="{href}">'


@pytest.mark.parametrize(
    "url, head, title, chrome, outlet",
    [
        (  # the logo, linking to the home page, names the host
            "https://www.jutarnji.hr/vijesti/a",
            "",
            "Assad flees",
            '<a href="/"><img src="/img/JL.svg" alt="Jutarnji list"></a>',
            "Jutarnji list",
        ),
        (  # a feed's title that the title's end gives too
            "https://blogs.nvidia.com/blog/a",
            feed("The Official NVIDIA Blog » Feed", "https://blogs.nvidia.com/feed/"),
            "Assad flees – The Official NVIDIA Blog",
            "",
            "The Official NVIDIA Blog",
        ),
        (  # ... a blog's, under its platform's domain
            "http://siliconexposed.blogspot.com/2016/05/a.html",
            feed("Silicon Exposed - Atom"),
            "Assad flees",
            "",
            "Silicon Exposed",
        ),
        (  # a feed's name unlike the host's, which the title gives too
            "https://www.scottaaronson.com/blog/?p=4916",
            feed("Shtetl-Optimized RSS Feed"),
            "Shtetl-Optimized » Blog Archive » Assad flees",
            '<a href="http://www.scottaaronson.com">Scott</a> commented',
            "Shtetl-Optimized",
        ),
        (  # a page saved without its address: the logo, and the title's start
            "",
            "",
            "Daring Fireball: Assad flees",
            '<img src="/graphics/logos/" alt="Daring Fireball">',
            "Daring Fireball",
        ),
        (  # ... the title's end, in brackets
            "",
            "",
            "Assad flees - Chapter 1 [Archive of Our Own]",
            '<a href="/"><img src="data:," alt="Archive of Our Own"> beta</a>',
            "Archive of Our Own",
        ),
        (  # ... a home link's text, set apart without spaces as Chinese titles are
            "",
            "",
            "短缺药品保供稳价-新华网",
            '<a href="https://www.xinhuanet.com/">新华网</a>',
            "新华网",
        ),
        (  # the logo wins over the name written as the domain
            "https://www.vecernji.hr/premium/a",
            "",
            "Assad flees - Večernji.hr",
            '<a href="/" title="Večernji list"><img src="/logo_full.svg" alt="Večernji list"></a>',
            "Večernji list",
        ),
        (  # an inline SVG logo's label, or its title
            "https://www.nytimes.com/2020/a.html",
            "",
            "Assad flees",
            '<a href="https://www.nytimes.com/" aria-label="The New York Times"><svg></svg></a>',
            "The New York Times",
        ),
        (
            "https://www.handelsblatt.com/a.html",
            "",
            "Assad flees",
            '<a href="/"><svg><title>Handelsblatt</title><path d=""/></svg></a>',
            "Handelsblatt",
        ),
        (  # a feed and the home link agree, though neither the host nor the title says it
            "https://bitcointalk.org/index.php?topic=5253096.0",
            feed("Bitcoin Forum - RSS"),
            "Assad flees",
            '<a href="https://bitcointalk.org/">Bitcoin Forum</a> &gt; <a href="/">Bitcoin</a>',
            "Bitcoin Forum",
        ),
        (  # a logo's text less where the link leads
            "https://www.bbc.com/news/a",
            "",
            "Assad flees",
            '<a href="/"><img src="/bbc.svg" alt="Go to BBC homepage"></a>',
            "BBC",
        ),
        (
            "https://www.ndr.de/nachrichten/a",
            "",
            "Assad flees",
            '<a href="/" aria-label="zur NDR Startseite"><svg></svg></a>',
            "NDR",
        ),
        (  # a logo's alt text saying whose logo it is
            "https://washingtonindependent.com/a",
            '<meta property="og:site_name" content="washingtonindependent.com">',
            "Assad flees",
            '<a href="/"><img src="/logo.svg" alt="Logo for washingtonindependent.com"></a>',
            "washingtonindependent.com",
        ),
        (  # a blog's link to its own home, a folder of the site
            "https://marginalrevolution.com/marginalrevolution/2020/08/a.html",
            "",
            "Assad flees",
            '<h1 class="site-title"><a href="https://marginalrevolution.com/marginalrevolution/"'
            ' rel="home">Marginal Revolution</a></h1>',
            "Marginal Revolution",
        ),
        (  # the name of its icon on a phone
            "https://www.bbc.co.uk/news/a",
            '<meta name="apple-mobile-web-app-title" content="BBC News">',
            "Assad flees",
            "",
            "BBC News",
        ),
        (  # a logo's word for itself is no part of the name; the domain stays the name
            "https://www.tagesschau.de/a",
            '<meta property="og:site_name" content="tagesschau.de">',
            "Assad flees",
            '<img src="/logo.png" alt="Logo tagesschau.de">',
            "tagesschau.de",
        ),
    ],
)
def test_the_outlet_is_the_name_the_page_shows(
    tmp_path: Path, url: str, head: str, title: str, chrome: str, outlet: str
) -> None:
    """A page that declares no name of its own shows one: its logo, its feeds, its home link."""
    article = read_article(saved_page(tmp_path, url, head, title, chrome), "syria")
    assert article.outlet == outlet


def test_a_logo_linking_to_another_site_is_not_the_outlets(tmp_path: Path) -> None:
    """An agency credited in the title, whose logo links to its own site."""
    chrome = (
        '<a href="https://www.reuters.com/"><img src="/img/reuters-logo.png" alt="Reuters"></a>'
    )
    path = saved_page(tmp_path, "https://daily.example/a", "", "Assad flees - Reuters", chrome)
    assert read_article(path, "syria").outlet == "daily.example"


def test_a_menus_link_home_is_no_name_at_the_titles_start(tmp_path: Path) -> None:
    """A title's first part may be a section, which a menu links home."""
    title = "News - Site Update - Love Hina"
    path = saved_page(tmp_path, "", "", title, '<a href="/">News</a> <a href="/forum/">Forum</a>')
    assert read_article(path, "syria").outlet is None


@pytest.mark.parametrize(
    "url, head, chrome, outlet",
    [
        ("https://daily.example/a", feed("Food and Dining"), "", "daily.example"),  # a section
        (  # a section's feed, though it holds the host's short name
            "https://hosted.ap.org/a",
            feed("AP Top headlines", "https://hosted.ap.org/lineups/TOPHEADS.rss"),
            "",
            "hosted.ap.org",
        ),
        (  # a link's tooltip tells what it does
            "https://www.ndr.de/nachrichten/a",
            "",
            '<a href="/" title="zur NDR Homepage"><svg></svg></a>',
            "ndr.de",
        ),
        (  # a name that does not say the host's, nor does the title
            "https://www.sueddeutsche.de/sport/a",
            '<meta name="apple-mobile-web-app-title" content="SZ.de">',
            "",
            "sueddeutsche.de",
        ),
        ("https://daily.example/a", "", '<a href="/" title="Home">Home</a>', "daily.example"),
        (  # a sister site's home link names the company, on another host
            "https://blogs.example.com/a",
            "",
            '<a href="https://developer.example.com/">EXAMPLE DEVELOPER</a>',
            "blogs.example.com",
        ),
        (  # a feed served by another host
            "https://daily.example/a",
            feed("Daily Example", "https://other.example/feed/"),
            "",
            "daily.example",
        ),
        (  # a commenter's link: a part of the host's name only
            "https://www.scottaaronson.com/blog/?p=4916",
            "",
            '<a href="http://www.scottaaronson.com">Scott</a> commented',
            "scottaaronson.com",
        ),
        (  # a partner's logo on a page saved without its address, which the title does not give
            "",
            "",
            '<a href="https://www.ard.de/"><img class="logo" alt="ARD"></a>',
            None,
        ),
    ],
)
def test_a_shown_name_not_the_sites_gives_way(
    tmp_path: Path, url: str, head: str, chrome: str, outlet: str | None
) -> None:
    article = read_article(saved_page(tmp_path, url, head, "Assad flees", chrome), "syria")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "title, name, gives",
    [
        ("Google - Site Reliability Engineering", "Google", True),
        ("Evolve — evolve extension for Mercurial", "evolve extension for Mercurial", True),
        (
            "欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞",
            "福娘童話集 きょうのイソップ童話",
            True,
        ),
        ("Googled it - Site Reliability Engineering", "Google", False),  # a word's start
        ("Google", "Google", False),  # the whole title is the headline
        ("Why Google won", "Google", False),
        ("Assad flees [Archive of Our Own]", "Archive of Our Own", True),
        ("Assad flees [Archive of Our Own", "Archive of Our Own", False),
        ("Assad flees (Reuters)", "Reuters", False),  # a source credited
    ],
)
def test_a_title_gives_a_name_set_apart(title: str, name: str, gives: bool) -> None:
    assert title_gives(title, name) is gives


@pytest.mark.parametrize(
    "name, host, named",
    [
        ("The Wall Street Journal", "www.wsj.com", True),
        ("Los Angeles Times", "latimes.com", True),
        ("Večernji list", "vecernji.hr", True),
        ("Silicon Exposed", "siliconexposed.blogspot.com", True),
        ("Scott", "scottaaronson.com", False),  # a part of the host's name
        ("New Times", "nytimes.com", False),
        ("Bitcoin Forum", "bitcointalk.org", False),
        ("Times", "nytimes.com", False),
    ],
)
def test_a_shown_name_names_the_host(name: str, host: str, named: bool) -> None:
    assert names_site(name, host) is named
