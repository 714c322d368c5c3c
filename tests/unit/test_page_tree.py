"""A saved page's tree is the one trafilatura's ``load_html`` makes of the page's scrubbed text
(what a reader is given), with every element an ``HtmlElement`` whose class lxml chose in C
(``sources/page_tree.py``)."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml.html import FormElement, HtmlElement
from trafilatura.utils import load_html

from mkdocs_claimdiff.sources.page_tree import page_tree
from mkdocs_claimdiff.sources.scrub import scrub

PAGES = [
    "<html><head><title>T</title></head><body><p>One.</p><p>Two.</p></body></html>",
    "<!DOCTYPE html><html lang='de'><body><article><h1>H</h1><p>Text</p></article></body></html>",
    "<p>A fragment</p>",  # no <html>: trafilatura makes no tree of it
    "Just words, no markup at all",
    "",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared</p></body></html>',
    "<html/>\n<body><p>Self-closed html</p></body>",
    "<html><body><form><input name='q' value='x'><select><option>o</option></select>"
    "<textarea>t</textarea><label>L</label></form><!-- a comment --><p>After</p></body></html>",
    "<html><body><p>Before</p></body></html><body><p>After the end</p></body>",
    "<html><body>\x00\x01<p>Control\x0ccharacters\x7f</p>\ud800\ufffe</body></html>",
    "<html><body><p>Form\x0cfeeds\x0c</p></body></html>\x0c",
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'>\n<html><body><p>D</p></body>",
    "<!doctype html>\n<html\n lang='en'/>\n<body><p>Late self-closed html</p></body>",
    "<html>\ud800 caf\u00e9</html>",  # an empty root from the string: its bytes are parsed too
    "<HTML><BODY><P>Upper case</P></BODY></HTML>",  # "html" found whatever its case
    "<p><b>One child</b></p>",  # no <html>, fewer than two children: no tree
    "<!DOCTYPE html/>\n<p>x</p>",  # the beginning is looked at before the repair
    "<html><body><p id='a'>Ids</p><p id='b'>not collected</p></body></html>",
]


def _shape(tree: HtmlElement | None) -> tuple[bytes, list[str]] | None:
    """The tree as text, and the elements found by their id (none unless ids are collected)."""
    if tree is None:
        return None
    by_id = tree.xpath("id(//@id)")
    return etree.tostring(tree.getroottree(), encoding="utf-8"), [e.tag for e in by_id]


_REMOVED_BY_SCRUB = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
"""The characters XML cannot hold but the form feed: ``scrub`` removes them (and more) from every
file's text before a reader sees it, so ``page_tree`` leaves them to it."""


@pytest.mark.parametrize("page", PAGES)
def test_a_page_parses_into_the_tree_trafilatura_makes(page: str) -> None:
    text = _REMOVED_BY_SCRUB.sub("", page)  # lone surrogates kept: they take the bytes' path
    assert _shape(page_tree(text)) == _shape(load_html(text))


def test_what_page_tree_leaves_to_scrub_scrub_removes() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert not _REMOVED_BY_SCRUB.search(scrub(every)[0])


def test_every_element_is_an_html_element_with_its_class_chosen_in_c() -> None:
    tree = page_tree(PAGES[7])
    assert tree is not None
    elements = list(tree.iter(etree.Element))
    assert {element.tag for element in elements} >= {"form", "input", "select", "label"}
    assert all(type(element) is HtmlElement for element in elements)
    assert not any(isinstance(element, FormElement) for element in elements)
    assert tree.text_content().strip().endswith("After")  # the mixin's methods are there
