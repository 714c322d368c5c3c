"""A saved page's text parsed into the tree trafilatura reads, by the steps of its ``load_html``,
with one difference: each element's Python class is chosen in C.

lxml.html's parser asks a Python method which class each element of the tree gets, every time
Python first touches an element (a form's fields get classes of their own; every other
element is an ``HtmlElement``). trafilatura, its date search and the chrome rules touch
hundreds of thousands of elements on a few hundred pages, so that method alone cost about 2 % of
reading them (news2023-dev's 211 pages: 6.00 s against 5.86 s). Here every element is an
``HtmlElement``, as no reader of the tree (trafilatura, htmldate, jusText, this package) uses
the form classes, and the tree and all that is read from it are otherwise the same. (lxml.html's
form API, ``tree.forms[0].fields``, an input's ``value``, ``fill_form``, does not work on it.)

Its repair of the text before parsing (``repair_faulty_html``) begins by removing the characters
XML cannot hold, a search of the whole page; every file's text has been through
``scrub.scrub_text`` before a reader sees it, which removes all of them but the form feed, so
only the form feed is removed here (the search cost about 3 % of reading a page).
"""

from __future__ import annotations

from functools import cache
from typing import Any


def page_tree(text: str) -> Any:
    """The tree of the page ``text`` as trafilatura's ``load_html`` makes it from a string,
    None where it makes none (a fragment, not an HTML page)."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html

    parser = _parser()
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = _repaired(text, beginning)
    tree, as_bytes = None, False
    try:
        tree = fromstring(text, parser=parser)
    except ValueError:  # a string that declares its encoding: parsed as bytes
        tree, as_bytes = _from_bytes(text, parser), True
    except Exception:  # as trafilatura: no tree from the string, so the bytes are tried
        tree = None
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _from_bytes(text, parser)
    if tree is not None and dubious and len(tree) < 2:
        return None  # no <html> near the start and next to nothing parsed: not a page
    return tree


def _repaired(text: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html`` of a text without the characters XML cannot hold
    but the form feed (scrubbed, see above): its form feeds removed, a doctype that libxml2
    misreads dropped from the first line, and an ``<html/>`` closed at once in the first four
    lines opened instead."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML

    text = text.replace("\x0c", "")
    if "doctype" in beginning:
        first_line, _, rest = text.partition("\n")
        text = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", text, count=1)
    return text


def _from_bytes(text: str, parser: Any) -> Any:
    """The tree of the page's UTF-8 bytes (lone surrogates kept), None if lxml makes none."""
    from lxml.html import fromstring

    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # as trafilatura: a page lxml cannot parse has no tree
        return None


@cache
def _parser() -> Any:
    """trafilatura's own parser's settings, and the element classes chosen in C; with no limit
    on nesting (the file's size is bounded before: ``limits``)."""
    from lxml.etree import ElementDefaultClassLookup
    from lxml.html import (
        HtmlComment,
        HtmlElement,
        HtmlEntity,
        HTMLParser,
        HtmlProcessingInstruction,
    )

    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,  # past 256 nested tags libxml2 silently dropped the rest of the page
    )
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser
