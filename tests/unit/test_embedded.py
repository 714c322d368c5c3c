"""A saved page that shows the start of its article and keeps the rest in its own data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mkdocs_claimdiff.sources import embedded
from mkdocs_claimdiff.sources.discover import read_article

from .test_html import PARAGRAPHS, write

MORE = [
    "Residents of the capital queued for bread on Monday morning as shops reopened, and "
    "traffic returned to the main avenues for the first time in a week of fighting.",
    "Foreign ministers of the neighbouring states are to meet in Amman on Thursday to discuss "
    "the transition, a spokesman for the Jordanian government told reporters.",
    "The United Nations envoy called for calm and for the protection of state institutions, "
    "warning that a vacuum would serve none of the parties on the ground.",
]
ARTICLE = [*PARAGRAPHS, *MORE]
SHOWN = PARAGRAPHS[:2]


def page(data: object, shown: list[str] = SHOWN, script_type: str = "application/json") -> str:
    """A page whose HTML shows ``shown`` and paywall placeholders, and whose framework data
    (a ``__NEXT_DATA__`` script) is ``data``."""
    paragraphs = "".join(f"<p>{text}</p>" for text in shown)
    placeholders = '<div class="placeholder"><div class="line"></div></div>' * 3
    source = data if isinstance(data, str) else json.dumps(data)
    return (
        "<html><head><title>Assad flees to Moscow</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f"<main><article><h1>Assad flees to Moscow</h1>{paragraphs}{placeholders}</article></main>"
        f'<script id="__NEXT_DATA__" type="{script_type}">{source}</script>'
        "</body></html>"
    )


def runs(text: str) -> list[dict[str, Any]]:
    """A paragraph's text as a framework stores it: runs of text, one of them a link's."""
    head, _, tail = text.partition(" ")
    link = {
        "type": "link",
        "data": {"href": "https://example.com/x"},
        "content": [{"type": "text", "value": head}],
    }
    return [link, {"type": "text", "value": f" {tail}"}]


def document(paragraphs: list[str]) -> dict[str, Any]:
    """A story as a news site's Next.js data holds it: a summary repeating the first
    paragraph before the body, and in the body pictures, advertisements, a pull quote and a
    heading among the paragraphs."""
    content: list[dict[str, Any]] = [
        {"type": "paragraph", "data": {}, "content": runs(text)} for text in paragraphs
    ]
    content.insert(2, {"type": "heading", "data": {"level": 2}, "content": runs("After the fall")})
    content.insert(1, {"type": "ad", "data": {"class": "ad"}, "content": [{"value": " "}]})
    media = {"caption": "Crowds in Damascus. Photo: Agency", "credit": "Agency"}
    content.insert(4, {"type": "media", "data": {"photo": media}, "content": []})
    quote = {"type": "paragraph", "content": [{"type": "text", "value": "A pull quote here."}]}
    content.insert(5, {"type": "aside", "data": {"class": "pullquote"}, "content": [quote]})
    story = {
        "abstract": [paragraphs[0]],
        "headline": "Assad flees to Moscow",
        "body": {"type": "document", "content": content},
    }
    return {"props": {"pageProps": {"story": story}}, "buildId": "abc"}


def texts(path: Path) -> list[tuple[str, str]]:
    article = read_article(path, "syria")
    return [(block.kind, article.block_text(block)) for block in article.blocks]


def test_an_article_behind_placeholders_is_read_from_the_pages_data(tmp_path: Path) -> None:
    """The HTML shows two paragraphs; the page's Next.js data holds the whole story: all of it
    is read, its heading as a heading, without its pictures' captions, advertisements and
    pull quote, and not from the summary that repeats the first paragraph."""
    found = texts(write(tmp_path, "story.html", page(document(ARTICLE))))
    assert found == [
        ("paragraph", ARTICLE[0]),
        ("paragraph", ARTICLE[1]),
        ("heading", "After the fall"),
        *(("paragraph", text) for text in ARTICLE[2:]),
    ]


def test_portable_text_and_html_strings_are_read(tmp_path: Path) -> None:
    """Other stores' shapes: Sanity's Portable Text (blocks of spans, a style for headings,
    images with captions) and blocks that hold their paragraph as HTML."""
    portable: list[dict[str, Any]] = [
        {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": text}]}
        for text in ARTICLE
    ]
    portable.insert(2, {"_type": "block", "style": "h2", "children": [{"text": "After the fall"}]})
    portable.insert(3, {"_type": "image", "caption": "Crowds in Damascus", "alt": "crowds"})
    found = texts(write(tmp_path, "sanity.html", page({"post": {"body": portable}})))
    assert found == [
        ("paragraph", ARTICLE[0]),
        ("paragraph", ARTICLE[1]),
        ("heading", "After the fall"),
        *(("paragraph", text) for text in ARTICLE[2:]),
    ]
    as_html = [
        {"type": "p", "html": f"<p>{text.replace('Kremlin', '<b>Kremlin</b>')}</p>"}
        for text in ARTICLE
    ]
    found = texts(write(tmp_path, "html.html", page({"blocks": as_html})))
    assert found == [("paragraph", text) for text in ARTICLE]


def test_a_list_in_the_data_is_read_item_by_item(tmp_path: Path) -> None:
    """Each item of a list is a paragraph, whatever runs of text (links) it is made of."""
    items = [{"type": "list-item", "content": runs(text)} for text in MORE]
    content = [
        *({"type": "paragraph", "content": [{"type": "text", "value": t}]} for t in PARAGRAPHS),
        {"type": "list", "items": items},
    ]
    found = texts(write(tmp_path, "list.html", page({"body": content})))
    assert found == [("paragraph", text) for text in ARTICLE]


def test_related_stories_that_repeat_the_first_paragraph_are_not_read(tmp_path: Path) -> None:
    """A box of related stories in the data, the first of them this story's summary (its
    first paragraph), the others other stories: it holds no second paragraph of the page, so
    the page reads as it shows."""
    others = [f"{text} More in our live coverage of the region." for text in MORE * 3]
    related = [{"text": SHOWN[0]}] + [{"text": t} for t in others]
    found = texts(write(tmp_path, "related.html", page({"related": related})))
    assert found == [("paragraph", text) for text in SHOWN]


def test_data_that_holds_no_more_than_the_page_shows_changes_nothing(tmp_path: Path) -> None:
    found = texts(write(tmp_path, "whole.html", page(document(ARTICLE), shown=ARTICLE)))
    assert found == [("paragraph", text) for text in ARTICLE]


@pytest.mark.parametrize(
    ("data", "script_type"),
    [
        ('{"body": [' + '"' * 3, "application/json"),  # broken
        ("[" * 100_000 + "]" * 100_000, "application/json"),  # nested past Python's recursion
        (json.dumps(document(ARTICLE)), "text/plain"),  # not data
    ],
    ids=["broken", "nested", "not json"],
)
def test_data_that_cannot_be_read_leaves_the_page_as_it_shows(
    tmp_path: Path, data: str, script_type: str
) -> None:
    found = texts(write(tmp_path, "odd.html", page(data, script_type=script_type)))
    assert found == [("paragraph", text) for text in SHOWN]


def test_data_too_long_to_be_worth_reading_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedded, "DATA_SCRIPT_CHARACTERS", 1_000)
    found = texts(write(tmp_path, "long.html", page(document(ARTICLE))))
    assert found == [("paragraph", text) for text in SHOWN]


def test_a_box_of_related_stories_inside_the_body_is_left_out(tmp_path: Path) -> None:
    data = document(ARTICLE)
    related = {"type": "related-list", "items": [{"type": "list-item", "text": "Read more: X"}]}
    data["props"]["pageProps"]["story"]["body"]["content"].insert(3, related)
    found = texts(write(tmp_path, "boxed.html", page(data)))
    assert ("paragraph", "Read more: X") not in found and len(found) == len(ARTICLE) + 1


def test_data_nested_deep_inside_the_article_neither_stalls_nor_crashes(tmp_path: Path) -> None:
    """An item holding lists hundreds deep (600 levels of data) is read without recursion, as
    any other item."""
    data = document(ARTICLE)
    deep: Any = {"type": "list", "items": ["The end."]}
    for _ in range(300):
        deep = {"type": "list", "items": [deep]}
    data["props"]["pageProps"]["story"]["body"]["content"].append(deep)
    found = texts(write(tmp_path, "deep.html", page(data)))
    assert found[-1] == ("paragraph", "The end.") and len(found) == len(ARTICLE) + 2


def test_the_standfirst_the_page_shows_over_the_article_stays(tmp_path: Path) -> None:
    """The data keeps the standfirst apart from the paragraphs (in a summary field): shown
    over the first paragraph, it still opens the article."""
    standfirst = (
        "The president's flight ends five decades of his family's rule, as crowds gather in the "
        "squares of the capital."
    )
    data = document(ARTICLE)
    data["props"]["pageProps"]["story"]["summary"] = standfirst
    found = texts(write(tmp_path, "dek.html", page(data, shown=[standfirst, *SHOWN])))
    assert found[:3] == [
        ("paragraph", standfirst),
        ("paragraph", ARTICLE[0]),
        ("paragraph", ARTICLE[1]),
    ]
    assert len(found) == len(ARTICLE) + 2


def test_the_next_stories_a_page_loads_are_no_part_of_its_article(tmp_path: Path) -> None:
    """A page that loads the next story under this one keeps each as one HTML document in a
    list: a list of documents, not of paragraphs."""
    stories = ["".join(f"<p>{text}</p>" for text in ARTICLE), "<p>Brent crude rose.</p>" * 2]
    found = texts(write(tmp_path, "scroll.html", page({"props": {"articles": stories}})))
    assert found == [("paragraph", text) for text in SHOWN]


def test_a_flat_payload_of_every_value_is_no_article(tmp_path: Path) -> None:
    """Nuxt 3 keeps the page's data as one array of strings, numbers and objects."""
    payload = ["Assad flees", {"title": 0}, 3, True, None, *ARTICLE, "https://example.com/x.jpg"]
    found = texts(write(tmp_path, "nuxt.html", page(payload)))
    assert found == [("paragraph", text) for text in SHOWN]


def test_teasers_and_comments_that_name_no_type_are_no_paragraphs(tmp_path: Path) -> None:
    """A list of other stories' teasers, this one's first, under a page that shows one
    paragraph; readers' comments after the article's typed paragraphs."""
    teasers = [{"headline": "Assad flees", "text": PARAGRAPHS[0]}]
    teasers += [{"headline": "Other", "text": text} for text in MORE * 3]
    found = texts(write(tmp_path, "latest.html", page({"latest": teasers}, shown=SHOWN[:1])))
    assert found == [("paragraph", SHOWN[0])]
    data = document(ARTICLE)
    comments = [{"author": "reader", "text": f"{text} Great piece!"} for text in MORE * 3]
    data["props"]["pageProps"]["story"]["body"]["content"] += comments
    found = texts(write(tmp_path, "comments.html", page(data)))
    assert not any("Great piece" in text for _kind, text in found)
    assert len(found) == len(ARTICLE) + 1


def test_an_item_is_read_once_without_what_it_embeds(tmp_path: Path) -> None:
    """A block that gives its text twice ("text" and "html") is read once; a Contentful entry
    embedded in a paragraph adds none of its fields to it."""
    embed = {"nodeType": "embedded-entry-inline", "data": {"target": {"fields": {"content": "X"}}}}
    items = [
        {
            "nodeType": "paragraph",
            "text": text,
            "html": f"<p>{text}</p>",
            "content": [embed],
        }
        for text in ARTICLE
    ]
    found = texts(write(tmp_path, "twice.html", page({"document": {"content": items}})))
    assert found == [("paragraph", text) for text in ARTICLE]


def test_a_short_first_paragraph_the_data_holds_too_is_kept_once(tmp_path: Path) -> None:
    lede = "Bashar al-Assad is gone."
    items = [{"type": "paragraph", "text": text} for text in [lede, *ARTICLE]]
    found = texts(write(tmp_path, "lede.html", page({"body": items}, shown=[lede, *SHOWN])))
    assert found == [("paragraph", text) for text in [lede, *ARTICLE]]


def test_a_declared_teaser_does_not_stop_the_data_being_read(tmp_path: Path) -> None:
    """The page's JSON-LD declares its first paragraphs as the article's body (a teaser)."""
    ld = {"@type": "NewsArticle", "headline": "Assad flees", "articleBody": "\n".join(SHOWN)}
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    source = page(document(ARTICLE)).replace("</head>", f"{script}</head>")
    found = texts(write(tmp_path, "teaser.html", source))
    assert [text for kind, text in found if kind == "paragraph"] == ARTICLE


def test_html_paragraphs_that_open_with_a_link_and_editor_js_blocks_are_read(
    tmp_path: Path,
) -> None:
    linked = [
        {"type": "p", "html": f'<p><a href="/q">{text[:6]}</a>{text[6:]}</p>'} for text in ARTICLE
    ]
    found = texts(write(tmp_path, "linked.html", page({"blocks": linked})))
    assert found == [("paragraph", text) for text in ARTICLE]
    blocks: list[dict[str, Any]] = [
        {"type": "paragraph", "data": {"text": text}} for text in PARAGRAPHS
    ]
    blocks.insert(2, {"type": "header", "data": {"text": "After the fall", "level": 2}})
    blocks.append({"type": "list", "data": {"style": "unordered", "items": MORE}})
    found = texts(write(tmp_path, "editorjs.html", page({"blocks": blocks})))
    assert found == [
        ("paragraph", ARTICLE[0]),
        ("paragraph", ARTICLE[1]),
        ("heading", "After the fall"),
        *(("paragraph", text) for text in ARTICLE[2:]),
    ]


def test_data_that_escapes_every_letter_of_another_script_is_read(tmp_path: Path) -> None:
    """JSON may write "Москва" as "\\u041c\\u043e…": a page in Russian is still found in it."""
    russian = [
        f"Москва сообщила в воскресенье о новых переговорах по Сирии, пункт {number}, "
        "и министры встретятся в Аммане на следующей неделе для обсуждения"
        for number in ("один", "два", "три", "четыре", "пять", "шесть")
    ]
    items = [{"type": "paragraph", "text": text} for text in russian]
    found = texts(write(tmp_path, "ru.html", page({"body": items}, shown=russian[:2])))
    assert found == [("paragraph", text) for text in russian]
