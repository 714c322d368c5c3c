"""The names a saved page shows its reader for its site: its logo's, its home link's, its feeds'.

A page that declares no name (no ``og:site_name``, no JSON-LD publisher, a title without the
site's name at an end) still shows one: the text of its logo ("Jutarnji list", "Wikipedia"),
the link to its home page ("V8"), the title of its feed ("The Official NVIDIA Blog » Feed").
Pages show other sites' names the same ways (a partner's logo, a platform's home link, a
section's feed: "Food and Dining"), and words that name nothing ("Home", "Startseite"), so a
shown name is taken only when it names the page's host ("Silicon Exposed" on
siliconexposed.blogspot.com) or another place of the page gives it too: the title, set apart at
its start or end ("Daring Fireball: Colophon", "… [Archive of Our Own]"), or a feed and a link
alike ("Bitcoin Forum"). One shown on another site (a logo linking to another host, a feed
served by another) is passed over on a page whose host is known. No list of outlets is kept.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .home_links import is_home
from .outlets import (
    MAX_SITE_WORDS,
    TITLE_SEPARATORS,
    domain_label,
    folded,
    host_name,
    is_address,
    squash,
)

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
_FEED_WORDS = frozenset({"rss", "rss2", "atom", "feed", "feeds", "xml", "kanal"})
"""Words a feed's title adds to the site's name ("V8 Atom feed", "tagesschau.de RSS2-Feed",
WordPress's "Net.hr » Kanal" in Croatian)."""
_LOGO = "logo"
_LEADING = frozenset({_LOGO, "go", "back", "return", "to", "zur", "zum"})
_TRAILING = frozenset({_LOGO, "homepage", "home", "startseite"})
"""Words a logo's text or a link home says of itself, around the site's name: "Go to BBC
homepage", "zur NDR Startseite", "CNN logo"."""
_LOGO_OF = frozenset({"for", "of", "de", "von", "du"})
"""Words between "logo" and the name it is the logo of ("Logo for …", "Logo von …")."""
_APP_TITLE = "apple-mobile-web-app-title"
"""The name of the site's icon on a phone's home screen ("BBC News", "Vox")."""
_SEPARATORS = frozenset("|–—·:»/-_~•：｜")
"""Characters that set a site's name apart from the rest of a title, with or without spaces
("Daring Fireball: Colophon", "…需求-新华网")."""
_BRACKETS = {"]": "[", ">": "<", "＞": "＜", "》": "《", "】": "【", "」": "「"}
"""A title's closing bracket and its opening one, around a site's name at the title's end; not
round brackets, which credit a source ("Assad flees (Reuters)")."""
LOGO_DEPTH = 3
"""Ancestors of an image looked at for a class or id naming a logo (``<a class="logo"><span>
<img>``): further up, a header's class names every image in it a logo."""


class Shown(NamedTuple):
    """A name the page shows: ``kind`` is "logo", "home" (a home link's text), "feed" or "app"
    (its icon's on a phone); ``host`` the host it links to, None for the page's own site."""

    kind: str
    name: str
    host: str | None


def shown_names(tree: Any) -> list[Shown]:
    """Every name the page shows for a site in the page's order: its logos' images first, then
    the labels of links home drawn without one (an inline SVG's), its feeds, the name of its
    icon on a phone, then the text of home links, which are often a menu's ("NVIDIA BLOG",
    "Home"). A link's ``title`` is left out: it tells what the link does ("zur NDR
    Homepage", "Daring Fireball: Home"). One walk through the page: it has hundreds of links
    and images."""
    found: dict[str, list[Shown]] = {kind: [] for kind in ("logo", "label", "feed", "app", "home")}
    for element in tree.iter("a", "img", "link", "meta"):
        if element.tag == "a":
            _take_home_link(element, found)
        elif element.tag == "img" and _is_logo(element):
            name = _clean(element.get("alt") or element.get("title"))
            if name:
                found["logo"].append(Shown("logo", name, _linked_host(element)))
        elif element.tag == "link" and (element.get("type") or "").lower() in _FEED_TYPES:
            name, href = _feed_name(element.get("title") or ""), element.get("href") or ""
            if name:
                found["feed"].append(Shown("feed", name, _host(href)))
        elif element.tag == "meta" and (element.get("name") or "").lower() == _APP_TITLE:
            name = _clean(element.get("content"))
            if name:
                found["app"].append(Shown("app", name, None))
    return [item for items in found.values() for item in items]


def _take_home_link(link: Any, found: dict[str, list[Shown]]) -> None:
    """The names a link to the home page shows: its images', its label's (an inline SVG's, in
    ``aria-label`` or ``<title>``), its text; nothing for any other link."""
    href = (link.get("href") or "").strip()
    home = "home" in (link.get("rel") or "").lower().split()  # a blog's "/blog/" too
    if not (home or _may_lead_home(href)) or not (home or is_home(link, ("", ""), "")):
        return
    host = _host(href)
    for image in link.iter("img"):
        name = _clean(image.get("alt"))
        if name:
            found["logo"].append(Shown("logo", name, host))
    drawn = [link.get("aria-label"), *(title.text_content() for title in link.iter("title"))]
    found["label"] += [Shown("logo", name, host) for name in map(_clean, drawn) if name]
    text = _clean(link.text_content())
    if text:
        found["home"].append(Shown("home", text, host))


def _may_lead_home(href: str) -> bool:
    """A quick look at a link's address before ``is_home`` reads it: most of a page's links
    lead to articles, deeper than a site's root."""
    if "//" not in href:  # "/", "./", "index.html", "/index.php", "../../"
        return href.startswith("..") or (href.count("/") <= 1 and "?" not in href)
    path = href.partition("//")[2].partition("/")[2]
    return "?" not in path and "/" not in path


def _linked_host(image: Any) -> str | None:
    """The host a logo's image links to, when the link names one: a partner's logo links to
    its site ("Logo ARD" on tagesschau.de)."""
    link = next(image.iterancestors("a"), None)
    return _host((link.get("href") or "").strip()) if link is not None else None


def _host(href: str) -> str | None:
    """The host an address names, None for one relative to the page's site."""
    return host_name(href.strip()) if "//" in href else None


def own_names(shown: list[Shown], host: str | None, titles: list[str]) -> list[Shown]:
    """The ``shown`` names that are the page's site's: each names ``host``, is set apart at the
    start or end of one of the page's ``titles``, or is both a feed's and a logo's or home
    link's ("Bitcoin Forum" on bitcointalk.org); none shown on another host, be it of the same
    company ("NVIDIA DEVELOPER" on blogs.nvidia.com)."""
    own = [item for item in shown if not (host and item.host and item.host != host)]
    feeds = {item.name.casefold() for item in own if item.kind == "feed"}
    links = {item.name.casefold() for item in own if item.kind != "feed"}
    return [
        item
        for item in own
        if (host and names_site(item.name, host, item.kind == "feed"))
        or any(title_gives(title, item.name, item.kind != "home") for title in titles)
        or (item.name.casefold() in feeds and item.name.casefold() in links)
    ]


def logo_name(sites: list[Shown], host: str | None) -> str | None:
    """The name the page's logo gives its site, when it names the host and is no address: it
    wins over a name the page writes as an address ("Večernji list" over "Večernji.hr"), as
    the logo is what a reader sees of the site."""
    return next(
        (
            item.name
            for item in sites
            if item.kind == "logo"
            and host
            and names_site(item.name, host)
            and not is_address(item.name)
        ),
        None,
    )


def names_site(name: str, host: str, whole: bool = False) -> bool:
    """True if ``name`` holds the name ``host`` is registered under ("Jutarnji list" on
    jutarnji.hr, "The Official NVIDIA Blog" on blogs.nvidia.com), accents aside ("Večernji
    list" on vecernji.hr), is one of its labels ("Silicon Exposed" on
    siliconexposed.blogspot.com) or is what the host abbreviates ("The New York Times" on
    nytimes.com); not a part of one ("Scott", a commenter's link to scottaaronson.com). With
    ``whole``, holding the name is not enough: a feed is often a section's ("AP Top headlines"
    on hosted.ap.org)."""
    squashed = squash(folded(name))
    labels = {squash(label) for label in host.split(".")}
    label = squash(domain_label(host))
    held = not whole and label in squashed
    return squashed in labels or held or _abbreviates(label, folded(name))


def _abbreviates(label: str, name: str) -> bool:
    """True if ``label`` is the initials of the name's first words and the rest of it ("ny" and
    "times" of "The New York Times", "wsj" of "The Wall Street Journal"), of two words or more
    and "the" aside."""
    words = [squash(word) for word in name.split()]
    words = [word for word in words if word]
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) > 1 and any(
        label == "".join(word[0] for word in words[:cut]) + "".join(words[cut:])
        for cut in range(2, len(words) + 1)
    )


def title_gives(title: str, name: str, start: bool = True) -> bool:
    """True if ``title`` gives ``name`` set apart at its end, or at its ``start``: by a
    separator ("Google - Site Reliability Engineering", "…需求-新华网") or in brackets at its
    end ("… [Archive of Our Own]"). Compared without case; the whole title is no site's name.
    A home link's text is looked for at the end only: a title's first part may be a section
    that a menu links home ("News - Site Update - … - Love Hina")."""
    title, name = " ".join(title.split()).casefold(), " ".join(name.split()).casefold()
    if not name or len(name) >= len(title):
        return False
    if start and title.startswith(name) and title[len(name) :].lstrip()[:1] in _SEPARATORS:
        return True
    if title.endswith(name) and title[: -len(name)].rstrip()[-1:] in _SEPARATORS:
        return True
    opening = _BRACKETS.get(title[-1], "")
    inside = title[:-1].rstrip()
    return bool(opening) and inside.endswith(name) and inside[: -len(name)].endswith(opening)


def _is_logo(image: Any) -> bool:
    """True for an image its page calls a logo: in its address, class or id, or in a class or
    id of an element just above it."""
    marks = [image.get("src"), image.get("class"), image.get("id")]
    for depth, element in enumerate(image.iterancestors()):
        if depth == LOGO_DEPTH:
            break
        marks += [element.get("class"), element.get("id")]
    return any(_LOGO in mark.casefold() for mark in marks if mark)


def _clean(text: str | None) -> str:
    """A shown name without what a logo or a link home says of itself: "logo" ("Logo
    tagesschau.de", "Logo for washingtonindependent.com", "cleveland.com logo",
    "tagesschau.de-Logo") and where it leads ("Go to BBC homepage", "zur NDR Startseite",
    "China Daily Homepage"); "" for no name or a sentence."""
    words = (text or "").split()
    while words and words[0].casefold() in _LEADING:
        if words.pop(0).casefold() == _LOGO and words and words[0].casefold() in _LOGO_OF:
            words.pop(0)  # "Logo for washingtonindependent.com"
    while words and words[-1].casefold() in _TRAILING:
        words.pop()
    if len(words) > 1 and [word.casefold() for word in words[-2:]] == ["home", "page"]:
        words = words[:-2]
    if words and words[-1].casefold().endswith(f"-{_LOGO}"):
        words[-1] = words[-1][: -len(_LOGO) - 1]
    return " ".join(words) if 0 < len(words) <= MAX_SITE_WORDS else ""


def _feed_name(title: str) -> str:
    """The site's name in a feed's title: its first part that is not the feed's kind
    ("Shtetl-Optimized RSS Feed", "Silicon Exposed - Atom", "Feed - Bogleheads.org")."""
    for part in TITLE_SEPARATORS.split(title):
        words = part.split()
        while words and _is_feed_word(words[-1]):
            words.pop()
        while words and _is_feed_word(words[0]):
            words.pop(0)
        if words:
            return _clean(" ".join(words))
    return ""


def _is_feed_word(word: str) -> bool:
    """True for a word naming a feed's kind, hyphenated too ("RSS-Feed", "RSS2-Feed")."""
    parts = word.casefold().strip("()").split("-")
    return all(part in _FEED_WORDS for part in parts)
