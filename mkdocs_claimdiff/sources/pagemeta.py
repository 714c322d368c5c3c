"""What a saved page says about itself: its headline, outlet, author, date, address and language.

trafilatura guesses these from everything on the page; the page's own declarations (JSON-LD,
OpenGraph and ``article:`` tags, ``<html lang>``) are more often right, so they win when present.
Titles lose the site name many pages append ("... – TechCrunch"), and outlet names are cleaned of
what is not a name: an address, a handle such as ``Handelsblatt_De``, a capitalised host name
(``Nj``) or the publisher's company form (``... Media LLC``), as ``outlets`` tells. When the
page names no outlet, the host name of its address stands in for one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from .dates import normalise_date
from .limits import LONGEST_NUMBER
from .outlets import (
    MAX_BRAND_WORDS,
    MAX_SITE_WORDS,
    TITLE_SEPARATORS,
    brand_in_title,
    domain_label,
    host_name,
    is_address,
    names_host,
    outlet_name,
    site_after_headline,
    site_in_title,
    squash,
)
from .shown_dates import shown_date
from .shown_names import Shown, logo_name, own_names

_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|WebPage|NewsArticle", re.I)
_SEPARATOR_CHARACTERS = "|–—·:»/-"
_DIGITS = re.compile(r"\d+")
MAX_STAMP_LETTERS = 3
"""A last title segment of two or more numbers and at most this many letters is a date or time
("06.11.2023, 11.41 Uhr"), which a headline does not end in ("Top films - 2023" keeps its year)."""
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_]\w+)?")
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_BASIC_ISO = re.compile(r"((?:19|20)\d\d)([01]\d)([0-3]\d)T\d{4}(?:\d\d)?(?:Z|[+-]\d{4})?")
"""ISO 8601's basic format, without separators ("20180619T055000+0900"), as some pages declare
their date in JSON-LD; the time is required, so a bare eight-digit number is never a date."""
_OWN_LINKS = frozenset({"alternate", "search", "index", "home", "start", "shortlink"})
"""``<link rel>`` kinds that point into the page's own site: its feeds, search, home page."""
_FEED_SERVICE = re.compile(r"feedburner|feedproxy|feedblitz")
"""Hosts that serve the feeds of many sites: their name is no outlet's."""


def page_meta(
    declared: dict[str, str], document: Any, shown: list[Shown] | None = None
) -> dict[str, object]:
    """The front matter values of a page: what it ``declared``, then what trafilatura found;
    the names it ``shown`` for its site (``shown_names``) stand in for a name it declares not."""
    url = _text(document.url) or declared.get("url")
    host = host_name(url) or host_name(_text(document.hostname)) or declared.get("link_host")
    title = _text(document.title) or declared.get("headline")
    guessed = _text(document.sitename)
    if guessed and squash(guessed) == squash(declared.get("handle") or ""):
        guessed = None  # trafilatura's guess from the Twitter handle: "UHmallorca", not a name
    site_name = declared.get("site_name")
    in_title = site_in_title(title, host) or site_in_title(declared.get("page_title"), host)
    if in_title and site_name and not names_host(site_name, host):
        site_name = in_title  # "… | SMAVA" on smava.de, whose og:site_name is "Privatkredit"
    names = ("publisher", "website", "app_name")
    page_title = declared.get("page_title")
    branded = brand_in_title(title, host) or brand_in_title(page_title, host)
    sites = own_names(shown or [], host, [text for text in (page_title, title) if text])
    after_headline = site_after_headline(page_title, declared.get("og_title"), host)
    outlet = outlet_name(
        [site_name, *(declared.get(name) for name in names), in_title, branded]
        + [item.name for item in sites]
        + [after_headline],
        guessed,
        host,
        title,
    )
    logo = logo_name(sites, host)
    if logo and outlet and is_address(outlet):  # "Večernji list", its logo, over "Večernji.hr"
        outlet = outlet_name([logo], None, host, title)
    site_names = [declared.get("site_name"), outlet, host]
    author = _text(document.author)
    values: dict[str, object] = {
        "title": _without_section(strip_site_name(title, site_names), author) if title else None,
        "author": author,
        "published": declared.get("published") or normalise_date(_text(document.date) or ""),
        "url": url,
        "outlet": outlet,
        "language": declared.get("language"),
    }
    return {key: value for key, value in values.items() if value}


def _text(value: object) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def declared_meta(tree: Any) -> dict[str, str]:
    """The values the page declares in its ``<head>`` and JSON-LD, by a name of our own."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = _text(meta.get("content"))
        if not content:
            continue
        if name == "og:site_name":
            found.setdefault("site_name", content)
        elif name == "og:title":
            found.setdefault("og_title", content)
        elif name == "og:url":
            found.setdefault("url", content)
        elif name == "twitter:site":
            found.setdefault("handle", content.removeprefix("@"))
        elif name == "application-name":
            found.setdefault("app_name", content)
        elif name in _DATE_METAS and declared_date(content):
            found.setdefault("meta_date", declared_date(content) or "")
            found.setdefault("meta_time", content)
    page_title = tree.find(".//head/title")
    if page_title is not None and _text(page_title.text_content()):
        found["page_title"] = _text(page_title.text_content()) or ""
    for link in tree.iter("link"):
        rel, href = (link.get("rel") or "").lower(), (link.get("href") or "").strip()
        if rel == "canonical" and href:
            found["url"] = href
        elif rel in _OWN_LINKS and href.startswith(("http://", "https://")):
            # a page saved without its address still links its feeds on its own host
            linked = host_name(href)
            if linked and not _FEED_SERVICE.search(linked):
                found.setdefault("link_host", linked)
    items = list(_json_ld(tree))
    articles = sum(1 for item in items if _is_article(_kinds(item)))
    for item in items:
        _take_json_ld(item, found, several_articles=articles > 1)
    times = {key: found.pop(key, None) for key in ("ld_time", "meta_time")}
    published = found.pop("ld_date", None) or found.pop("meta_date", None)
    declared_time = times["ld_time"] or times["meta_time"]  # the value of ``published``
    if published and declared_time:  # the date the page shows its readers for that time
        published = shown_date(declared_time, tree) or published
    if published:
        found["published"] = published
    language = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    if _LANGUAGE.fullmatch(language):
        found["language"] = language[:3].rstrip("-_")
    return found


def declared_date(value: str) -> str | None:
    """The ISO date of a date a page declares: the shapes ``normalise_date`` reads, or ISO
    8601's basic format."""
    compact = _BASIC_ISO.fullmatch(value.strip())
    if compact is None:
        return normalise_date(value)
    return normalise_date("-".join(compact.groups()))


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD blocks, nested ``@graph`` lists opened."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(_without_cdata(script.text), parse_int=_whole_number)
        except (ValueError, RecursionError):  # broken, or nested deeper than Python recurses
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _whole_number(written: str) -> int | str:
    """A JSON number as Python reads one, but one past ``LONGEST_NUMBER`` as written."""
    return int(written) if len(written) <= LONGEST_NUMBER else written


def _without_cdata(text: str) -> str:
    """The JSON of a script some pages (and the saved copies of XHTML pages) wrap in a
    ``<![CDATA[ … ]]>`` section, maybe behind ``//`` comments; json.loads rejects the wrapper."""
    text = text.strip()
    for opening in ("//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["):
        if text.startswith(opening):
            text = text[len(opening) :]
            break
    text = text.rstrip()
    for closing in ("//]]>", "/*]]>*/", "]]>"):
        if text.endswith(closing):
            return text[: -len(closing)]
    return text


def _kinds(item: dict[str, Any]) -> str:
    """The JSON-LD types of an item, space-separated ("NewsArticle", "Article BlogPosting"); a
    list's entries that are no text are no type (``["NewsArticle", null]`` dropped the page:
    helper-159's audit)."""
    kind = item.get("@type")
    if isinstance(kind, list):
        return " ".join(entry for entry in kind if isinstance(entry, str))
    return kind if isinstance(kind, str) else ""


def _is_article(kinds: str) -> bool:
    return "Article" in kinds or "Posting" in kinds or "Report" in kinds


def _declared_body(item: dict[str, Any]) -> str | None:
    """The text of an article a JSON-LD item declares, if it is an article and declares one."""
    body = item.get("articleBody")
    return body if _is_article(_kinds(item)) and isinstance(body, str) and body.strip() else None


def _take_json_ld(item: dict[str, Any], found: dict[str, str], several_articles: bool) -> None:
    """Take what one JSON-LD item declares. Of several declared articles, only the body of one
    under the page's own headline is the page's (the others are related stories, with or
    without a body of their own); a page's only declared article is its own, however its
    headline is worded."""
    kinds = _kinds(item)
    website = _text(item.get("name")) if kinds == "WebSite" else None
    if website:  # the site's own entry: its name, as a page without og:site_name may give it
        found.setdefault("website", website)
    if not _ARTICLE_TYPES.search(kinds):
        return
    article = _is_article(kinds)
    date = declared_date(str(item.get("datePublished") or ""))
    if date and (article or "ld_date" not in found):
        found["ld_date"] = date
        found["ld_time"] = str(item.get("datePublished"))
    body = _declared_body(item)
    if body and (not several_articles or _of_this_page(item, found)):
        found.setdefault("article_body", body)  # the first: the page's own, before related ones
    headline = _text(item.get("headline"))
    if headline and article:
        found.setdefault("headline", headline)
    publisher = item.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    name = _text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher)
    if name and article:
        found.setdefault("publisher", name)


_WORD = re.compile(r"\w+")

_SECTIONS = frozenset(
    """opinion opinions news sport sports business politics world culture tech technology
    science health entertainment lifestyle life travel arts books music film tv media money
    markets analysis comment editorial video podcast local national""".split()
)
"""Sections of a news site that pages append to their title ("… | Opinion", "… | News")."""


def _without_section(title: str, author: str | None) -> str:
    """The title without a last ``" | "`` part that names the site's section ("Context
    Matters | Opinion") or holds the author's full name, a column ("… | Ask Annalisa
    Barbieri"); an author of one word ("AP", "Staff") names no column."""
    head, separator, last = title.rpartition(" | ")
    if not separator or not head.strip():
        return title
    named = f" {' '.join(_WORD.findall(last.casefold()))} "
    person = " ".join(_WORD.findall((author or "").casefold()))
    if named.strip() in _SECTIONS or (" " in person and f" {person} " in named):
        return head.rstrip()
    return title


def _of_this_page(item: dict[str, Any], found: dict[str, str]) -> bool:
    """Whether a JSON-LD article is the page's own: its headline shares most of its words with
    the page's title or ``og:title``, when both are given (a page lists related stories, each
    with its own ``articleBody``)."""
    headline = _text(item.get("headline"))
    titles = [title for title in (found.get("og_title"), found.get("page_title")) if title]
    if not headline or not titles:
        return True
    words = set(_WORD.findall(headline.casefold()))
    return any(
        len(words & set(_WORD.findall(title.casefold()))) * 2 >= len(words) for title in titles
    )


def strip_site_name(title: str, names: list[str | None]) -> str:
    """The title without the site name at its end or start ("Headline – TechCrunch").

    A segment is dropped when it is one of ``names`` (the outlet, the declared site name, the
    host), compared without case, spaces and punctuation, or starts with one ("CNN Politics");
    a title of three or more segments ("Headline » Local » News") is its longest one. The
    headline itself is never dropped.
    """
    whole = _without_dangling_separator(title)
    title = _without_affixes(whole, names)
    named_once = title != whole  # the site's name is gone: a part starting with it is news
    declared = {squash(name) for name in names if name and "." not in name}
    hosts = {squash(name) for name in names if name and "." in name}
    hosts |= {squash(name.split(".")[0]) for name in names if name and "." in name}
    hosts |= {squash(domain_label(name)) for name in names if name and "." in name}
    known = (declared | hosts) - {""}
    # A part starting with the site's name is a brand of the site ("CNN Politics", "heise
    # online", "NWX Magazin" on nwx.new-work.se), once: not after the name was taken off. A
    # last part, after the headline's first, is the site's only when it starts with the name the
    # site declares, if it declares one, not the host's ("BBC sacks presenter" on bbc.co.uk,
    # whose name is "BBC News").
    leading = set() if named_once else known
    trailing = set() if named_once else (declared or hosts) - {""}
    segments = TITLE_SEPARATORS.split(title)
    if len(segments) < 2:
        return title
    if len(segments) > 2:
        return max(segments, key=len).strip()
    first, last = segments
    spans = [match.span() for match in TITLE_SEPARATORS.finditer(title)]
    if _is_site(last, known, trailing) or _is_stamp(last):  # it may end in a name too
        return _without_affixes(title[: spans[-1][0]].strip(), names, "@")
    if _is_site(first, known, leading):
        return title[spans[0][1] :].strip()
    return title


def _without_affixes(title: str, names: list[str | None], at: str = "") -> str:
    for name in names:
        if name and len(name) > 2:
            title = _without_affix(title, name, at)
    return title


def _without_dangling_separator(title: str) -> str:
    """The title without a separator left at its end ("Headline - "), as when a page's template
    appends an empty site name."""
    stripped = title.rstrip()
    kept = stripped.rstrip(_SEPARATOR_CHARACTERS)
    if kept != stripped and kept.endswith((" ", "\t")) and kept.strip():
        return kept.rstrip()
    return title


def _is_stamp(segment: str) -> bool:
    letters = sum(character.isalpha() for character in segment)
    return letters <= MAX_STAMP_LETTERS and len(_DIGITS.findall(segment)) >= 2


def _without_affix(title: str, name: str, at: str = "") -> str:
    """The title without ``name`` and a separator at its start or end, compared without case;
    at its end the name may stand in brackets ("Headline | Fandom [Archive of Our Own]"), and
    ``at`` is "@" once the site's segment is gone: "Headline @ Blog :: PIXNET" names the blog,
    "Life @ CNN" alone is a headline."""
    folded, name_folded = title.casefold(), name.casefold()
    for ending in (name_folded, f"[{name_folded}]", f"({name_folded})"):
        if folded.endswith(ending):
            rest = title[: len(title) - len(ending)]
            stripped = rest.rstrip(f" |–—·:»{at}-_")
            bracketed = ending != name_folded and rest.endswith(" ")
            if stripped and (bracketed or len(stripped) < len(rest.rstrip())):
                return stripped
    if folded.startswith(name_folded):
        rest = title[len(name) :]
        stripped = rest.lstrip(" |–—·:»-_")
        apart = rest[:1].isspace() or rest[1:2].isspace()  # "Privatkredit-Zinsen" is one word
        if stripped and apart and len(stripped) < len(rest.lstrip()):
            return stripped
    return title


def _is_site(segment: str, known: set[str], brands: set[str]) -> bool:
    """True if a title segment names the site: one of the ``known`` names, a segment starting
    with one of the ``brands`` ("CNN Politics", "heise online", "BBC Русская служба"), or a
    segment of two words ending in a known name ("痞客邦 PIXNET")."""
    squashed = squash(segment)
    words = segment.split()
    if not squashed or len(words) > MAX_SITE_WORDS:
        return False
    names = [name for name in known if len(name) > 2]
    short = len(words) <= MAX_BRAND_WORDS
    return (
        squashed in known
        or any(squashed.startswith(name) for name in brands if len(name) > 2)
        or (short and any(squashed.endswith(name) for name in names))
    )
