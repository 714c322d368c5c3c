"""A saved page's tree is the one trafilatura's ``load_html`` makes, with every element an
``HtmlElement`` whose class lxml chose in C (``sources/page_tree.py``)."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import FormElement, HtmlElement
from trafilatura.utils import load_html

from mkdocs_claimdiff.sources.page_tree import page_tree

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
    "<html><body>\x00\x01<p>Control characters</p>\ud800</body></html>",
]


def _shape(tree: HtmlElement | None) -> bytes | None:
    return None if tree is None else etree.tostring(tree.getroottree(), encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_a_page_parses_into_the_tree_trafilatura_makes(page: str) -> None:
    assert _shape(page_tree(page)) == _shape(load_html(page))


def test_every_element_is_an_html_element_with_its_class_chosen_in_c() -> None:
    tree = page_tree(PAGES[7])
    assert tree is not None
    elements = list(tree.iter(etree.Element))
    assert {element.tag for element in elements} >= {"form", "input", "select", "label"}
    assert all(type(element) is HtmlElement for element in elements)
    assert not any(isinstance(element, FormElement) for element in elements)
    assert tree.text_content().strip().endswith("After")  # the mixin's methods are there
