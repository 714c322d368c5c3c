"""Which outlet a saved page is from, by the names it gives itself and the host it was saved from.

A page names its site in several places (``og:site_name``, its JSON-LD publisher and WebSite
entry, ``application-name``, the end of its title) and not all of them are a name a reader knows
the outlet by: an address, a handle such as ``Handelsblatt_De``, a host name capitalised by a
template (``Nj``), the publisher's company form (``... Media LLC``) or an app's key
(``topicseed-website``). The first that is a name wins; when none is, the host name of the
page's address stands in for one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..urls import mixes_alphabets

TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|–—·:»/-]{1,2}|::)\s+")
_WIDE = re.compile("[：｜]")
"""Full-width colon and bar, which separate a title's parts in Chinese and Japanese."""
_COMPANY = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|ag|se|plc|corp|corporation|s\.?a|s\.?l|s\.?p\.?a|sas|kg"
    r"|co|company|holdings?|group|media group|publishing|verlag)\.?$",
    re.I,
)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
_POWERED_BY = re.compile(r"(?<!\s)\s+powered by\s.*", re.I | re.S)
"""The platform a site name credits ("Fandom powered by Wikia"): not the outlet's name."""
_HANDLE_TLD = re.compile(r"_(?:[a-z]{2}|com|net|org|info)$", re.I)
_SQUASH = re.compile(r"[\W_]+")
_FILE_TYPES = frozenset({"php", "html", "htm", "shtml", "asp", "aspx", "jsp", "cgi", "xml", "pl"})
"""Endings of a relative address's file name, which a host name never ends in."""
_ARCHIVE = "web.archive.org"
MIN_LABEL_LETTERS = 2
"""A title segment that is the host's name counts from this length on ("Vox" of vox.com; "Nj"
then gives way as an acronym written in small letters)."""
MIN_BRAND_LETTERS = 5
"""A host's name shorter than this may begin a phrase by chance ("Vox populi", "Time
machines")."""
MAX_BRAND_WORDS = 2
"""A title segment ending in a site's name is that site's only when this short ("痞客邦 PIXNET");
"Why it happened at CNN" is a headline."""
MAX_SITE_WORDS = 6
"""A title segment of more words than this is part of the headline, never a site name."""
_SECOND_LEVELS = frozenset({"co", "com", "net", "org", "gov", "ac", "ne", "or", "go"})
"""Second-level labels under which countries register names: ``bbc.co.uk``, ``abc.net.au``."""


def registered_domain(host: str) -> str:
    """The domain a host is registered as: ``pixnet.net`` of ``stevenhgm.pixnet.net``,
    ``bbc.co.uk`` of ``news.bbc.co.uk``."""
    labels = host.lower().split(".")
    kept = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVELS else 2
    return ".".join(labels[-kept:])


def domain_label(host: str) -> str:
    """The name a host is registered under: ``pixnet`` of ``stevenhgm.pixnet.net``, ``bbc``
    of ``news.bbc.co.uk``; a blog's title ends in its platform's name ("… :: 痞客邦 PIXNET")."""
    return registered_domain(host).split(".")[0]


def site_in_title(title: str | None, host: str | None) -> str | None:
    """The segment at the end or start of a title that is its host's name as the site writes
    it ("UKBDNEWS" of "… | UKBDNEWS" on ukbdnews.com, "Vox" on vox.com), or its registered
    domain so written ("Bogleheads.org" on bogleheads.org)."""
    label = squash(domain_label(host)) if host else ""
    if not title or len(label) < MIN_LABEL_LETTERS:
        return None
    names = {label, squash(registered_domain(host or ""))}
    segments = _title_parts(title)
    if len(segments) < 2:
        return None
    return next(
        (part.strip() for part in (segments[-1], segments[0]) if squash(part) in names), None
    )


def brand_in_title(title: str | None, host: str | None) -> str | None:
    """The last segment of a title that is the site's name with a word added: its host's name
    and an edition ("Ultima Hora Mallorca" on ultimahora.es), or a word and its domain
    ("ประชาไท Prachatai.com" on prachatai.com).

    Whole words only, none of them in small letters, a name of ``MIN_BRAND_LETTERS`` or more,
    and only on the host the domain is registered as: a blog on ``stevenhgm.pixnet.net`` ends
    its titles in the platform's name ("痞客邦 PIXNET"), which is not the blog's. The first
    segment is left alone: "Time to act - …" on time.com is a headline.
    """
    if not title or not host:
        return None
    registered = registered_domain(host.removeprefix("www."))
    label, domain = squash(domain_label(host)), squash(registered)
    if host.removeprefix("www.") != registered or len(label) < MIN_BRAND_LETTERS:
        return None
    segments = _title_parts(title)
    words = segments[-1].split()
    if len(segments) < 2 or not 1 < len(words) <= MAX_BRAND_WORDS + 1:
        return None
    if any(word[0].islower() for word in words):
        return None  # a name's words are capitalised; "Wired differently" goes on a headline
    for cut in range(1, len(words)):  # a word at least is added after the name
        if squash("".join(words[:cut])) in (label, domain):
            return segments[-1].strip()
    if len(words) <= MAX_BRAND_WORDS and squash(words[-1]) in (label, domain):
        return segments[-1].strip()
    return None


def site_after_headline(
    page_title: str | None, headline: str | None, host: str | None
) -> str | None:
    """The site's name in what a page's ``<title>`` adds after the headline it declares
    (``og:title``): "中国日报网" of "外国专家：… - 中国日报网", "央视网" of
    "…亮了！_新闻频道_央视网(cctv.com)".
    A site whose name does not spell its host ("中国日报网" on chinadaily.com.cn) is told only so.
    Of several parts added, the one followed by an address in round brackets, else the one
    holding the name the host is registered under ("Juventud Rebelde" on juventudrebelde.cu);
    else a single part in a script without capitals, as Chinese and Japanese
    sites name themselves. A single part in Latin letters that does not name the host is left:
    it may credit an agency ("Assad flees - Reuters") or an author ("… - By linksc")."""
    if not page_title or not headline or not page_title.startswith(headline):
        return None
    rest = page_title[len(headline) :].strip()
    if not rest or rest[0] not in _TITLE_MARKS:
        return None  # "Floods - the aftermath" whose og:title is "Floods": a longer headline
    parts: list[str] = [part.strip() for part in _ANY_SEPARATOR.split(rest) if _letters(part) > 1]
    for part in reversed(parts):
        opened = part.rfind("(")
        if opened > 0 and part.endswith(")") and is_address(part[opened + 1 : -1]):
            return part[:opened].strip()
    label = squash(domain_label(host)) if host else ""
    named = [
        part for part in parts if len(label) >= MIN_LABEL_LETTERS and label in squash(folded(part))
    ]
    if named:
        return named[-1]
    if len(parts) != 1 or any(character.isupper() or character.islower() for character in parts[0]):
        return None  # "Assad flees - Reuters": a title may credit the agency, not the site
    return parts[0] if len(parts[0].split()) <= MAX_SITE_WORDS else None


def _letters(text: str) -> int:
    return sum(character.isalpha() for character in text)


_TITLE_MARKS = frozenset("|–—·:»/-_~•：｜－")
"""Characters that begin what a title adds after its headline (" - Site", "_Site", "｜Site")."""
_ANY_SEPARATOR = re.compile("[|–—·»_~•：｜－]+|\\s[-:/]+\\s|^[-:/]+")
"""Where the parts after a headline divide: the marks above, a hyphen, colon or slash only
between spaces or at the start (a hyphen joins "Jutarnji-list", a slash an address's parts)."""


def _title_parts(title: str) -> list[str]:
    """A title's parts between separators, also the full-width ones Chinese and Japanese titles
    set without spaces ("…国際ニュース：AFPBB News"). For finding the site's name only: a
    headline keeps its "：" ("動画：…")."""
    return [part for segment in TITLE_SEPARATORS.split(title) for part in _WIDE.split(segment)]


def names_host(name: str, host: str | None) -> bool:
    """True if a site name says the host's name or the host says it ("Yle Uutiset" on yle.fi,
    "CNN International" on cnn.com); a slogan or a section's name ("Privatkredit") does not."""
    label, squashed = squash(domain_label(host or "")), squash(name)
    return bool(label) and (label in squashed or squashed in squash(host or ""))


def host_name(url: str | None) -> str | None:
    """The outlet an address names when nothing else does: ``nj.com`` of
    ``https://www.nj.com/news/...``; None for no address."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[oops": no host a reader could take for an outlet
        return None
    host = host.removeprefix("www.")
    archived = url.find("/http", url.find(_ARCHIVE) + len(_ARCHIVE)) if _ARCHIVE in url else -1
    if host == _ARCHIVE and archived > 0:  # a copy in the Wayback Machine names its original
        return host_name(url[archived + 1 :])
    if "//" not in url and host.rpartition(".")[2].lower() in _FILE_TYPES:
        return None  # a relative address ("showthread.php?t=1"), not a host
    if any(map(mixes_alphabets, host.split("."))):
        return None  # "bаnk.example" with a Cyrillic "а" would head a column as bank.example
    return host if "." in host else None


def outlet_name(
    declared: list[str | None], guessed: str | None, host: str | None, title: str | None = None
) -> str | None:
    """The first clean outlet name the page ``declared``, else trafilatura's ``guessed`` one,
    else the host name of the address.

    A name that is an address becomes its host name, unless it is on another site (the page's
    profile on a social network); a handle loses its ``_de``; a company form (``... LLC``), an
    unfilled template placeholder or the page's ``title`` is passed over, and so is a name that
    is only the host name in lower case or capitalised (``Nj`` for ``nj.com``, ``Afpbbcom``).
    A name the site writes as its domain ("ESPN.com", "EW.com") gives way to a later one (a
    later declared name or trafilatura's guess) that is the host's name without it ("ESPN"),
    else to one whose initials it is ("Entertainment Weekly" on ew.com): a reader knows the
    outlet by that; "Index.hr", "cleveland.com", named no other way, stay.
    """
    names = _clean_names([*declared, guessed], guessed, host, title)
    first = next(names, None)
    if first is None:
        return host
    if is_address(first) and host:
        label = squash(domain_label(host))
        plain = [name for name in names if not is_address(name)]
        spelt = [name for name in plain if squash(name) == label]
        return next(iter(spelt or [name for name in plain if _initials(name) == label]), first)
    return first


def _initials(name: str) -> str:
    """The first letters of a name's words, when it has several ("ew" of "Entertainment
    Weekly"): a host may be a name's initials."""
    words = [word for word in _SQUASH.split(name.casefold()) if word]
    return "".join(word[0] for word in words) if len(words) > 1 else ""


def _clean_names(
    candidates: list[str | None], guessed: str | None, host: str | None, title: str | None
) -> Iterator[str]:
    """Each candidate that is a name a reader may know the outlet by, cleaned, in order: an
    address as the host name it names (the site's own spelling when it writes it so)."""
    host_forms = {squash(host), squash(host.split(".")[0])} if host else set()
    host_forms |= {squash(registered_domain(host))} if host else set()  # "gazetapl" of gazeta.pl
    for candidate in candidates:
        if not candidate:
            continue
        if "{" in candidate or "}" in candidate:
            continue  # a template's placeholder left unfilled: "{$plugin.site_name}"
        if is_address(candidate):
            named = host_name(candidate)
            if named and host and not _same_site(folded(named), folded(host)):
                continue  # the page's profile on a social network, not its outlet
            if named and "/" not in candidate and not candidate.islower():
                yield candidate  # the site writes its name so: "Index.hr", "Sott.net"
            elif found := named or host:
                yield found
            continue
        name = _HANDLE_TLD.sub("", candidate).replace("_", " ").strip()
        name = TITLE_SEPARATORS.split(name)[0]  # "LinkNaija | Nigeria's popular news platform"
        name = _POWERED_BY.sub("", name)  # "Fandom powered by Wikia"
        if not name or _COMPANY.search(name) or len(name.split()) > MAX_SITE_WORDS:
            continue
        if is_slug(candidate):
            continue  # an identifier, not a name: "topicseed-website" as application-name
        if title and squash(name) == squash(title):
            continue  # a page that gives its headline as its site name
        capitalised = name in (name.capitalize(), name.title()) and (
            candidate is guessed or _acronym(name)
        )
        if squash(name) in host_forms and (capitalised or name.islower()):
            continue
        yield name


def is_address(name: str) -> bool:
    """True if a name is written as an address or a domain ("Index.hr", "cleveland.com")."""
    return bool(_DOMAIN.match(name)) and " " not in name


def is_slug(text: str) -> bool:
    """True if ``text`` is an identifier in lower case joined by hyphens or underscores
    ("topicseed-website" as an application-name): a template's or an app's key, which no reader
    knows a site by."""
    parts = text.replace("_", "-").split("-")  # "史蒂文的家_藍天" is a name: no letter has a case
    return len(parts) > 1 and all(
        part.isascii() and part.isalnum() and part == part.lower() for part in parts
    )


def _acronym(name: str) -> bool:
    """True if a name reads as letters spelled out, which a site writes in capitals ("NJ",
    "CNN"): at most two letters, or no vowel. "Nj" or "Cnn" is then a host name capitalised by a
    template, while "Vox" on vox.com is the site's name as it writes it."""
    letters = [character for character in name.casefold() if character.isalpha()]
    return len(letters) <= 2 or not any(character in "aeiouy" for character in letters)


def folded(text: str) -> str:
    """``text`` without accents, as a host name is spelled ("Večernji.hr" on vecernji.hr)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _same_site(one: str, other: str) -> bool:
    """True if two host names are one site: equal, or one a subdomain of the other."""
    return one == other or one.endswith(f".{other}") or other.endswith(f".{one}")


def squash(text: str) -> str:
    return _SQUASH.sub("", text.casefold())
