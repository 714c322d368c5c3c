"""A saved page's text parsed into the tree trafilatura reads, by the steps of its ``load_html``,
with one difference: each element's Python class is chosen in C.

lxml.html's parser asks a Python method which class each element of the tree gets, every time
Python first touches an element (a form's fields get classes of their own; every other
element is an ``HtmlElement``). trafilatura, its date search and the chrome rules touch
hundreds of thousands of elements on a few hundred pages, so that method alone cost about 2 % of
reading them (news2023-dev's 211 pages: 6.00 s against 5.86 s). Here every element is an
``HtmlElement``, as no reader of the tree (trafilatura, htmldate, jusText, this package) uses
the form classes, and the tree and all that is read from it are otherwise the same.
"""

from __future__ import annotations

from functools import cache
from typing import Any


def page_tree(text: str) -> Any:
    """The tree of the page ``text`` as trafilatura's ``load_html`` makes it from a string,
    None where it makes none (a fragment, not an HTML page)."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    parser = _parser()
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = repair_faulty_html(text, beginning)
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


def _from_bytes(text: str, parser: Any) -> Any:
    """The tree of the page's UTF-8 bytes (lone surrogates kept), None if lxml makes none."""
    from lxml.html import fromstring

    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # as trafilatura: a page lxml cannot parse has no tree
        return None


@cache
def _parser() -> Any:
    """trafilatura's own parser's settings, and the element classes chosen in C."""
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
