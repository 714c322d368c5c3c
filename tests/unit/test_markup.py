"""Markdown markup must vanish from the text claims are made of; slugs must stay safe names."""

from __future__ import annotations

import pytest

from mkdocs_claimdiff.slug import humanise, slugify
from mkdocs_claimdiff.sources.markup import block_of, heading_level, is_rule, strip_inline


@pytest.mark.parametrize(
    ("markup", "plain"),
    [
        ("Reuters [reported](#) Friday", "Reuters reported Friday"),
        ("a [reference][1] link", "a reference link"),
        ("![a photo](img.png) Text", "Text"),
        ("source: <https://example.com/a_b_c>", "source: https://example.com/a_b_c"),
        ("**bold** __bold__ *it* _it_", "bold bold it it"),
        ("***both*** and ~~struck~~", "both and struck"),
        # a tag beside a code span, an escape or an autolink turned them into the numbers of
        # their placeholders: "0 people 1sic2" (helper-140's audit)
        (
            "The <o:p> officials said `42` people \\[sic\\] died.",
            "The officials said 42 people [sic] died.",
        ),
        (
            "The <b>mayor</b> said `42` died, <https://a.example/>",
            "The mayor said 42 died, https://a.example/",
        ),
        ("snake_case_name and my_var_", "snake_case_name and my_var_"),
        ("run `a *b* c` now", "run a *b* c now"),
        (r"not \*emphasis\* or \[link\](x)", "not *emphasis* or [link](x)"),
        ("a <b>bold</b><br/> word", "a bold word"),
        ("AT&amp;T &lt;b&gt; &#8217;", "AT&T <b> \u2019"),
        ("x < y and y > z", "x < y and y > z"),
        ("  spread \n over\tlines  ", "spread over lines"),
        ("a <!-- note --> b", "a b"),
        ("2 * 3 * 4", "2 * 3 * 4"),
    ],
)
def test_strip_inline_keeps_only_the_words(markup: str, plain: str) -> None:
    assert strip_inline(markup) == plain


@pytest.mark.parametrize(
    ("line", "kind", "rest"),
    [
        ("# Title", "heading", "Title"),
        ("### Closed heading ###", "heading", "Closed heading"),
        ("> quoted", "quote", "quoted"),
        ("- dash item", "item", "dash item"),
        ("* star item", "item", "star item"),
        ("12. numbered", "item", "numbered"),
        ("**bold line**", "paragraph", "**bold line**"),
        ("#hashtag", "paragraph", "#hashtag"),
        ("  plain text ", "paragraph", "plain text"),
    ],
)
def test_block_of_recognises_and_strips_block_markers(line: str, kind: str, rest: str) -> None:
    assert block_of(line) == (kind, rest)


def test_heading_level_and_rules() -> None:
    assert [heading_level(line) for line in ("# a", "## b", "###### c", "####### d", "a")] == [
        1,
        2,
        6,
        0,
        0,
    ]
    assert is_rule("---") and is_rule("* * *") and is_rule("=====")
    assert not is_rule("* item") and not is_rule("--")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Assad escape", "assad-escape"),
        ("Kyiv Independent.txt", "kyiv-independent-txt"),
        ("Crème brûlée — Ünïcode", "creme-brulee-unicode"),
        ("  --Already--Slugged--  ", "already-slugged"),
        ("日本語", "ribenyu"),
        ("Москва", "moskva"),
        ("北京", "beijing"),
        ("Ελλάδα", "ellada"),
        ("Отчёт о мосте 2", "otchet-o-moste-2"),  # not "2": its words are kept
        ("北京 2", "beijing-2"),
        ("Москва 2024", "moskva-2024"),
        ("2024 ★", "2024"),
        ("ＮＨＫニュース", "nhk"),  # full-width Latin letters are Latin: the URL it always had
        ("ｉＰｈｏｎｅ 発売", "iphone"),
        ("ﬁ 北京", "fi"),
        ("Ⅻ Москва", "xii"),
        ("Straße, Łódź, Ørsted", "strae-odz-rsted"),  # Latin slugs stay as they always were
        ("★ news 😀", "news"),
        ("Ünïcødé 日本", "unicde"),  # a name with Latin letters keeps the URL it always had
        ("", "untitled"),
        ("..", "untitled"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("hostile", ["../../etc/passwd", "..\\..\\x", "/abs/path", "a/./b", "."])
def test_slugify_never_yields_a_path(hostile: str) -> None:
    slug = slugify(hostile)
    assert slug not in ("", ".", "..")
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")


def test_slugify_is_at_most_80_characters_and_does_not_end_in_a_dash() -> None:
    slug = slugify("word " * 40)
    assert len(slug) <= 80
    assert not slug.endswith("-")


def test_humanise_makes_a_title_of_a_file_name() -> None:
    assert humanise("assad-escape") == "Assad escape"
    assert humanise("kyiv_independent") == "Kyiv independent"
    assert humanise("BBC-News") == "BBC News"
