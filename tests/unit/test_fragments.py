from urllib.parse import unquote

import pytest

from mkdocs_claimdiff.output.fragments import encode_fragment_text, link_to_sentence, text_fragment
from mkdocs_claimdiff.urls import is_web_url


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        ("al-Assad", "al%2DAssad"),
        ("Turkey, Qatar", "Turkey%2C%20Qatar"),
        ("A & B", "A%20%26%20B"),
        ("50% off #1", "50%25%20off%20%231"),
        ("“quoted”", "%E2%80%9Cquoted%E2%80%9D"),
    ],
)
def test_syntax_characters_are_percent_encoded(raw: str, encoded: str) -> None:
    assert encode_fragment_text(raw) == encoded
    assert unquote(encoded) == raw


def test_short_sentence_is_quoted_whole_without_edge_punctuation() -> None:
    directive = text_fragment("Lavrov did “whatever he could” to help.")
    assert directive == ":~:text=" + encode_fragment_text("Lavrov did “whatever he could” to help")


def test_long_sentence_is_quoted_by_its_first_and_last_words() -> None:
    sentence = (
        "Assad flew to Russia's Hmeimim air base on Sunday with his plane's transponder "
        "switched off to avoid detection, Reuters said."
    )
    directive = text_fragment(sentence)
    start, end = directive.removeprefix(":~:text=").split(",")
    assert unquote(start) == "Assad flew to Russia's"
    assert unquote(end) == "avoid detection, Reuters said"
    assert "-" not in directive.removeprefix(":~:text=")


def test_link_replaces_an_existing_fragment() -> None:
    link = link_to_sentence("https://example.com/a#top", "Short claim.")
    assert link == "https://example.com/a#:~:text=Short%20claim"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://kyivindependent.com/x/", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("ftp://example.com/file", False),
        ("https://", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, ok: bool) -> None:
    assert is_web_url(url) is ok
