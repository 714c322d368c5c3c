"""Read a saved web page: trafilatura finds the article in the page, the page says what it is.

Saved pages are mostly chrome (menus, cookie banners, related links, newsletter boxes) around a
few paragraphs, and some hold the next stories the site loaded under the article, which the
page's title tells apart from it, or captions marked by their class: both are taken out first
and listed (``set_aside``). trafilatura keeps the paragraphs; its precise mode drops most
chrome but now and then keeps only a reprint notice, a date or nothing at all (a page laid out
in tables or ``<div>``s), so an extraction far shorter than the page's text is redone
(``EXTRACTIONS``) and, if that finds nothing either, the page's plain text is taken, keeping
the page's metadata; a later extraction wins only when it holds the earlier one, and the
article a page declares in its JSON-LD is read where the extraction found another text
(``article_text``). What is left goes through the chrome rules of a ``.txt`` scrape
(``chrome``): the phrase rules, and the layout rules that hold for an extractor's output (the
page's plain text gets them all).
Every line they drop is listed on the article page. Only the saved file is read, never fetched.
The blocks of trafilatura's output tree are read by ``extracted``.
"""

from __future__ import annotations

import re
from contextlib import suppress
from pathlib import Path
from typing import Any

from ..model import BlockKind, Problem, Removed
from . import text as text_reader
from .article_text import declared_blocks, declared_wins, joined, replaces
from .author_notes import NAME_CHARACTERS, mark_author_notes
from .chrome import (
    Unit,
    mark_extracted,
    mark_layout,
    mark_link_runs,
    mark_phrases,
    phrase_reason,
    word_count,
)
from .chrome_notes import mark_notes
from .draft import Draft, Meta
from .embedded import embedded_article
from .extracted import Extraction, blocks, clean
from .home_links import base_of, is_home, place_of
from .italic_notes import italic_texts, mark_italic_notes
from .limits import cut_long_tags
from .outlets import is_slug
from .page_lines import LineFinder
from .page_tree import page_tree
from .pagemeta import declared_meta, page_meta, strip_site_name
from .set_aside import set_aside
from .shown_names import shown_names
from .standfirst import standfirst
from .trailing import split_trailing_chrome

EXTRACTIONS = ((True, True), (False, False))
"""The extractions tried in turn, as (precise, quick), until one is not far shorter than the
page's text (``_short``): trafilatura's precise mode without its comparison with readability's
and jusText's picks (``fast``: the comparison costs two fifths of an extraction and changed the
article of 4 development pages in 244), then its defaults. The precise mode with the
comparison is not tried in between: of 47 development and tuning pages whose quick extraction
was far too short, it found fewer words than the defaults on 30 and more on one (by 12 words).
Both keep tables: an article's table (a list of films, a schedule, figures) is part of what it
says, and the precise mode without them lost it (half of one development page's text)."""

SHORT_SHARE = 0.4
"""A precise extraction with fewer words than this share of the page's paragraph text missed
most of the article (a reprint notice, a table layout): the page is extracted again."""

SHORT_PAGE_SHARE = 0.3
"""Some pages hold their article in ``<div>``s, not ``<p>``s, so their paragraph text says
nothing; a precise extraction with fewer words than this share of all the text of such a page
(menus and all) missed the article too (a blog post read as its date alone, a news page of
976 words read as 218 of them, where the defaults read its article's 661). Chosen on the
development pages (2023 news, newspaper4k's, Readability's non-news, leogao2's: 295): body F1
0.919 at 0.1, 0.921 at 0.2 and 0.923 from 0.3 to 0.5, where it stays; the smallest of those,
so that the fewest pages are extracted twice (5 of the 295 changed, 4 for the better)."""

FEW_PARAGRAPH_WORDS = 100
"""A page with fewer words than this in its ``<p>``s keeps its article elsewhere: its whole
text is counted instead (a few milliseconds that most pages are spared)."""

_CODE_TEXT = "//script//text() | //style//text() | //noscript//text() | //template//text()"
"""The text of a page that no reader sees."""

MAX_BLOCKS = 30_000
"""Blocks of a page (``BLOCK_TAGS``: paragraphs, divisions, list items, cells...) beyond which
no extraction is tried and the page's whole text is read: a page of 250,000 ``<p>`` (2 MB)
took trafilatura over two minutes, and its time grows faster than such a page (12,500
paragraphs 1.8 s, 50,000 6.4 s). The largest of the 343 development pages has 2,420. Inline
elements (a syntax-highlighted listing's 30,000 ``<span>``) and drawings (an ``<svg>`` of
30,000 paths) cost trafilatura far less and are not counted: such pages are extracted."""

BLOCK_TAGS = tuple(
    """p div li td th tr table section article blockquote pre ul ol dl dt dd h1 h2 h3 h4 h5 h6
    header footer nav aside main figure form""".split()
)

_MARKUP = re.compile(r"<(?!(?:https?|ftp|mailto):|[^\s<>@]{1,64}@)[A-Za-z!/?]", re.IGNORECASE)
"""A tag, a comment or a declaration: a file named as a web page without one is plain text. An
address in angle brackets (``<https://...>``, ``<news@example.com>``) is no tag: a scrape's
text gives its original's address that way."""


def read(text: str, path: Path) -> Draft:
    """Turn one saved page into a Draft; a page (or an extractor) that fails gives a Problem.

    trafilatura is imported here, not with the module: it takes a quarter of a second to
    import, which a site without saved pages should not pay on every build. A broken install
    (a missing ``lxml_html_clean``, say) fails that import; it is reported against the file like
    any other page the extractor cannot read, and the build goes on.
    """
    if not _MARKUP.search(text):  # a scrape's text saved under a web page's name
        return text_reader.read(text, path)
    try:
        tree, title, parts, values, whole_page, crowded, taken, italic = _extract(text)
    except Exception as error:  # an ImportError from a broken install, parser errors on bad pages
        reason = clean(f"{type(error).__name__}: {error}")
        message = f"cannot read page ({reason})"  # the extractor or a reader of its own
        return Draft(None, (), Meta(path), problems=(Problem(path, message),))
    parts = split_trailing_chrome(parts)
    units = [Unit(0, [part], index, kind, part) for index, (kind, part) in enumerate(parts)]
    mark_phrases(units)
    if whole_page:  # the text of the whole page is a scrape, menus and all
        mark_layout(units)
    else:
        mark_extracted(units)
        mark_link_runs(units, lambda: _link_texts(tree))
        mark_italic_notes(units, italic)
    mark_author_notes(units, values.get("author"), values.get("outlet"), title)
    mark_notes(units, extracted=True)
    kept = tuple((unit.kind, unit.text) for unit in units if unit.reason is None)
    lines = LineFinder(text)
    found = [Removed(lines.line_of(u.text), u.text, u.reason) for u in units if u.reason]
    removed = tuple(sorted((*found, *taken), key=lambda line: line.line))  # in page order
    problems = (Problem(path, _CROWDED),) if crowded else ()
    return Draft(title, kept, Meta(path, values), removed, problems)


def _extract(text: str) -> Extraction:
    """The article trafilatura finds in the page, with what the page says about it."""
    from trafilatura import bare_extraction
    from trafilatura.baseline import html2txt

    text = cut_long_tags(text)
    tree = page_tree(_without_early_end(text))
    if tree is None:  # one element and no <html> (a fragment): no page to trafilatura
        tree = page_tree(f"<html><body>{text}</body></html>")
    if tree is None:
        return Extraction(None, None, [], {}, False, False, (), frozenset())
    _drop_heading_anchors(tree)
    taken = set_aside(tree)
    parts: list[tuple[BlockKind, str]] = []
    words = 0  # of ``parts``, counted once: the phrase rules are tried on their first blocks
    crowded = text.count("<") > MAX_BLOCKS and _blocks(tree) > MAX_BLOCKS
    paragraphs = 0 if crowded else _paragraph_words(tree)
    for precise, quick in () if crowded else EXTRACTIONS:
        found: Any = bare_extraction(  # works on a copy of the tree
            tree,
            favor_precision=precise,
            include_tables=True,
            fast=quick,
            include_comments=False,
            output_format="xml",  # the tree alone; "python" also renders it as unread text
        )
        if found is not None and found.body is not None:
            candidate = list(blocks(found.body))
            found_words = _words(candidate)
            if found_words > words and replaces(candidate, parts, words):
                parts, words = candidate, found_words
        if not _short(words, paragraphs, tree):
            break
    declared = declared_meta(tree)
    body = declared.pop("article_body", "")
    if (
        body
        and not crowded
        and declared_wins(read := declared_blocks(body), parts if words else [])
    ):
        parts = read
    elif parts and not crowded:  # a declared teaser did not win: the data may hold the rest
        embedded = embedded_article(tree, parts)
        if embedded and replaces(embedded, parts, words):  # it holds what was found
            parts = embedded
    whole_page = not parts
    if whole_page:
        parts = [("paragraph", line) for line in _lines(html2txt(tree))]
    # the page's names and its standfirst before trafilatura's metadata search, which may change
    # the tree
    shown, italic = shown_names(tree), italic_texts(tree)
    dek = standfirst(tree, joined(parts)) if parts and not whole_page else None
    values = page_meta(declared, _found_meta(tree, dated="published" in declared), shown)
    title = values.pop("title", None)
    if parts and title and parts[0][1] == title:  # a heading, or a layout table's first cell
        parts = parts[1:]
    if dek and dek.casefold() != str(title or "").casefold():  # not the headline again
        parts = [("paragraph", dek), *parts]
    title_text = str(title) if title else None
    return Extraction(tree, title_text, parts, values, whole_page, crowded, taken, italic)


_HTML_END = re.compile(r"</html\s*>", re.IGNORECASE)


def _without_early_end(text: str) -> str:
    """The page without the ``</html>`` end tags that stand before more of it.

    A browser reads on past such a tag (a template that closes the document after its
    ``<head>`` and writes the ``<body>`` after it); libxml2 drops all that follows, so the
    article was lost, by trafilatura's own extraction too (a blog read as 0 words of 1,800).
    """
    end = _HTML_END.search(text)  # 0.2 ms on an average page, less than 1 % of its reading
    if end is None or not text[end.end() :].strip():
        return text
    return text[: end.start()] + _HTML_END.sub("", text[end.start() :])


_HEADING_ANCHORS = (
    "//a[string-length(normalize-space()) < 2]"
    "[ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5 or ancestor::h6]"
)
"""Links inside a heading with no text or a single sign (a permalink's icon, "¶", "#"). The
links are found first, then their headings: asking every element of the page whether it is a
heading (``//*[self::h1 or …]//a``) took 2.6 times as long (165 against 63 ms of CPU on 197
development pages)."""


def _drop_heading_anchors(tree: Any) -> None:
    """Take the permalink anchors out of the page's headings, their text kept.

    Blogs and news sites put an icon link to the section in every subheading; trafilatura's
    precise mode reads a heading holding a link without text as a heading made of links, which
    it drops as navigation, so the article lost all its section headings.
    """
    for anchor in tree.xpath(_HEADING_ANCHORS):
        anchor.drop_tree()  # its tail, the text after it, stays


def _found_meta(tree: Any, dated: bool) -> Any:
    """What trafilatura finds the page says about itself, by the steps of its
    ``extract_metadata`` that an article shows: title, author, address, site name and date.

    Left out: categories, tags and licence (a fifth of its time); the author guessed from the
    page's text when neither its meta tags nor an element marked as the author (``rel`` or
    ``itemprop``, ``_marked_author``) names one, which copies the whole page to prune it (a sixth of
    a page's reading) and, on the development pages, gave "Follow Author", "July", "Submitted"
    or "Last Updated January 7" as often as a name; and the date of a page that declares one
    (``declared_meta``), which wins anyway. A page that declares none has its markup searched
    (htmldate's fast mode: its date elements, ``<time>``, time stamps, the address) but not its
    prose: the extensive search hands dates written out in words to dateparser, whose patterns
    for a language take seconds to build the first time in every process (each worker of a
    build), and on the development pages it gave a copyright year or the date of a linked
    article ("2013-01-01", "1998-01-01") more often than the article's. Called last, as it may
    change the tree.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_url,
    )
    from trafilatura.settings import set_date_params

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # as trafilatura drops it: a handle or a label, not a name
    # guarded as trafilatura guards it (bugs of its JSON-LD reader): the meta tags still count
    with suppress(Exception):
        found = extract_meta_json(tree, found)
    found.author = found.author or _marked_author(tree)
    found.url = found.url or extract_url(tree)
    found.title = found.title or _headline(tree, found.url)
    site = (found.sitename or extract_sitename(tree) or "").lstrip("@")
    if site and "." not in site and not site[0].isupper() and not is_slug(site):
        site = site.title()  # as trafilatura gives it ("Nj"), which ``outlet_name`` expects
    found.sitename = site or None
    if not dated:
        found.date = find_date(tree, **{**set_date_params(extensive=False), "url": found.url})
    found.clean_and_trim()  # entities, soft hyphens and control characters out
    return found


def _headline(tree: Any, url: str | None) -> str | None:
    """The page's headline when its meta tags name none: trafilatura's pick (a page's only
    ``<h1>``, else its title element), unless that ``<h1>`` is the site's logo.

    Many templates set the site's name in an ``<h1>`` linking to the home page (or to the
    blog's, above the page's own address: "/blog/" of "/blog/?p=4916"), so trafilatura took
    "Archive of Our Own beta" and "Shtetl-Optimized" for headlines; the title element names
    the page, less the logo's name.
    """
    from trafilatura.metadata import extract_title

    headings = tree.findall(".//h1")
    page, base = place_of(url), base_of(tree, url)
    if len(headings) == 1 and any(is_home(link, page, base) for link in headings[0].iter("a")):
        title = tree.find(".//head//title")
        text = clean(title.text_content()) if title is not None else ""
        if text:  # the logo's text and its image's are the site's names
            logo: list[str | None] = [clean(headings[0].text_content())]
            logo += [clean(image.get("alt") or "") for image in headings[0].iter("img")]
            return strip_site_name(text, [*logo, *_TEMPLATE_LABELS])
    return extract_title(tree)


_TEMPLATE_LABELS = ("Blog Archive",)
"""Labels a template puts in every page's title beside the site's name: WordPress' classic
theme titles a post "Site » Blog Archive » Post"."""


_AUTHOR_MARKUP = '//@rel[.="author"]/.. | //@itemprop[.="author"]/..'
"""Elements whose markup says they name the author (``<a rel="author">``, schema.org's
``itemprop="author"``): read at once, with no copy of the page. Found by their attributes: asking
every element for both (``//*[@rel="author" or @itemprop="author"]``) took 1.7 times as long."""


def _marked_author(tree: Any) -> str | None:
    """The first name the page's markup marks as its author's: two words or more, no
    digits ("Jane Doe", not "admin" or "Posted 12 May")."""
    for element in tree.xpath(_AUTHOR_MARKUP)[:10]:
        name = clean(" ".join(element.itertext()))
        if " " in name and len(name) <= NAME_CHARACTERS and not _DIGIT.search(name):
            return name
    return None


_DIGIT = re.compile(r"\d")


def _link_texts(tree: Any) -> frozenset[str]:
    """The texts of the page's links, each on one line as a block's text is."""
    if tree is None:
        return frozenset()
    return frozenset(clean("".join(link.itertext())) for link in tree.iter("a"))


def _words(parts: list[tuple[BlockKind, str]]) -> int:
    """The words of an extraction; none if the phrase rules find all of it chrome (it kept only
    a cookie banner or a notice that the browser is out of date: it found no article).

    Chrome among article text is counted: the page's paragraphs it is weighed against hold it
    too. The rules are tried block by block until one is article text, most often the first.
    """
    if all(phrase_reason(text, kind) for kind, text in parts):
        return 0
    return sum(word_count(text) for _kind, text in parts)


_CROWDED = (
    f"more than {MAX_BLOCKS:,} blocks (paragraphs, list items, cells...), too many to look for"
    " the article among: the page's whole text is read"
)


def _blocks(tree: Any) -> int:
    """The blocks of the page: 20 ms for 50,000, so counted only for a page of more than
    ``MAX_BLOCKS`` tags (each element opens with one)."""
    return sum(1 for _ in tree.iter(*BLOCK_TAGS))


def _paragraph_words(tree: Any) -> int:
    """The words of the page's ``<p>`` elements, counted once for all the extractions (walked
    in Python: libxml2's ``//p//text()`` took 12 s for 80,000 pieces of text, helper-162)."""
    return word_count(" ".join(" ".join(p.itertext()) for p in tree.iter("p")))


def _short(words: int, paragraphs: int, tree: Any) -> bool:
    """True if an extraction of ``words`` words is far shorter than the page's text, whose
    ``<p>`` elements hold ``paragraphs`` words.

    The whole page is counted only when its paragraphs are few and hold no more words than the
    extraction: then the article is elsewhere. A page whose paragraphs hold more (a paywalled
    article's few lines) keeps its short extraction rather than take its menus for the article.
    """
    if words < SHORT_SHARE * paragraphs:
        return True
    if paragraphs >= FEW_PARAGRAPH_WORDS or paragraphs > words:
        return False
    return words < SHORT_PAGE_SHARE * _page_words(tree)


def _page_words(tree: Any) -> int:
    """The words of all the text of the page, scripts and styles left out: all of its text
    counted at once, less that of its scripts (two XPath queries, no walk in Python)."""
    everything = word_count(" ".join(tree.xpath("//text()", smart_strings=False)))
    return max(0, everything - word_count(" ".join(tree.xpath(_CODE_TEXT, smart_strings=False))))


def _lines(text: str) -> list[str]:
    return [line for line in (clean(line) for line in text.split("\n")) if line]
