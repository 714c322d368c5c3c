"""Hostile and broken input, piece by piece: raw HTML, binary and huge files, pathological lines,
and (with hypothesis) arbitrary text and bytes. Whole sites with all of it are in test_hostile_site.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import example, given
from hypothesis import strategies as st

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.claims.sentences import split_sentences
from mkdocs_claimdiff.model import UNCLAIMED_KINDS, Article, Story, assemble_body
from mkdocs_claimdiff.options import AlignOptions
from mkdocs_claimdiff.output.render import default_environment, render_article, render_comparison
from mkdocs_claimdiff.pipeline import compare_story, stored_reader
from mkdocs_claimdiff.sources import markdown
from mkdocs_claimdiff.sources.discover import LEFT_OUT, discover, read_article
from mkdocs_claimdiff.sources.limits import NOT_TEXT, cut, is_binary
from mkdocs_claimdiff.sources.listing import ARTICLES_OUTSIDE, READER_MODULES, story_files
from mkdocs_claimdiff.sources.markup import drop_hidden_elements, html_to_text, strip_inline
from mkdocs_claimdiff.sources.meta import NOT_A_FILE
from mkdocs_claimdiff.store.comparisons import ComparisonCache

from ..conftest import Links, deadline, markdown_article


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("Before <script>alert(1)</script>after.", "Before after."),
        ('<div onclick="steal()">Kept text</div> here.', "Kept text here."),
        ('<iframe src="https://evil.example/">frame text</iframe>Rest.', "Rest."),
        ("<style>p { color: red }</style>Styled.", "Styled."),
        ("<object data=x>obj</object><template><p>t</p></template>Done.", "Done."),
        ('<a href="javascript:alert(1)">click</a> here.', "click here."),
        ("<img src=x onerror=alert(1)>Image.", "Image."),
        ("Unclosed <script>alert(1) to the end", "Unclosed"),
        ("&amp;lt;script&amp;gt; stays text", "&lt;script&gt; stays text"),
        ("&lt;b&gt; is decoded once", "<b> is decoded once"),
        ("x<y and 1 < 2 and <3", "x<y and 1 < 2 and <3"),
        ("AT&T and R&D", "AT&T and R&D"),
        ("forged \ue0000\ue001 placeholder", "forged 0 placeholder"),
    ],
)
def test_raw_html_becomes_plain_text(raw: str, plain: str) -> None:
    assert strip_inline(raw) == plain


def test_html_to_text_never_returns_a_tag_from_escaped_markup() -> None:
    text = html_to_text("&lt;script&gt;alert(1)&lt;/script&gt;<script>bad()</script>")
    assert text == "<script>alert(1)</script>"


def test_hidden_elements_spanning_blank_lines_go_with_their_content() -> None:
    text = "One.\n<script>\nvar a = 1;\n\nsteal();\n</script>\nTwo.\n<!--\n\nnote\n-->\nThree."
    assert drop_hidden_elements(text) == "One.\n\n\n\n\n\nTwo.\n\n\n\n\nThree."


def test_markdown_with_multi_line_html_blocks_reads_as_text() -> None:
    text = (
        "---\ntitle: T\n---\n"
        '<div class="box"\n     onclick="steal()">\nA quake hit the city.\n</div>\n\n'
        "<script>\nalert(1);\n\ndocument.cookie;\n</script>\n\n"
        "<STYLE>\nbody { display: none }\n</STYLE>\n\nTen people died.\n"
    )
    draft = markdown.read(text, Path("a.md"))
    assert [part for _kind, part in draft.parts] == ["A quake hit the city.", "Ten people died."]
    # nothing is dropped unseen: each hidden element is listed with its line and opening tag
    assert [(entry.line, entry.text, entry.reason) for entry in draft.removed] == [
        (9, "<script>", markdown.HIDDEN_REASON),
        (15, "<STYLE>", markdown.HIDDEN_REASON),
    ]


def test_an_embed_is_listed_with_its_address_and_a_comment_is_not() -> None:
    embed = '<iframe src="https://www.youtube.com/embed/x" width="560"></iframe>'
    text = f"# Quake\n\nTen people died.\n\n{embed}\n\n<!-- check the toll -->\n\nMore.\n"
    draft = markdown.read(text, Path("a.md"))
    assert [(entry.line, entry.text) for entry in draft.removed] == [
        (5, embed[: embed.index(">") + 1])
    ]


def test_binary_data_is_told_from_text() -> None:
    assert is_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert is_binary(bytes(range(1, 9)) * 100)
    assert not is_binary("Plain text, café – “quoted”.\n\tIndented.\f".encode())
    assert not is_binary("UTF-16 text".encode("utf-16"))


@pytest.mark.parametrize(
    ("data", "kept", "boundary"),
    [
        (b"First para.\n\nSecond para. More text here", b"First para.\n\n", "paragraph break"),
        (b"One sentence. Two sentence. Three", b"One sentence. Two sentence. ", "sentence end"),
        (b"line one\nline two\nline three", b"line one\nline two\n", "line break"),
        ("a" * 9 + "é", b"a" * 9, "character boundary"),
    ],
)
def test_cut_ends_at_a_natural_break(data: bytes | str, kept: bytes, boundary: str) -> None:
    raw = data.encode() if isinstance(data, str) else data
    limit = len(kept) + 3 if boundary != "character boundary" else 10
    assert cut(raw, limit) == (kept, boundary)


def test_a_binary_article_is_reported_and_not_read(tmp_path: Path) -> None:
    story = tmp_path / "quake"
    story.mkdir()
    (story / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (story / "a.md").write_text("---\nurl: https://a.example/\n---\nA quake hit.\n")
    (story / "b.md").write_text("---\nurl: https://b.example/\n---\nA quake struck.\n")
    stories, problems = discover(tmp_path)
    assert [article.path.name for article in stories[0].articles] == ["a.md", "b.md"]
    assert [(p.path.name, p.message) for p in problems] == [("photo.md", NOT_TEXT)]
    alone = read_article(story / "photo.md", "quake")
    assert alone.body == "" and [p.message for p in alone.problems] == [NOT_TEXT + LEFT_OUT]


def test_a_large_article_is_read_up_to_the_limit_at_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    paragraph = "A quake hit the city on Monday. Ten people died.\n\n"
    path.write_text("---\nurl: https://a.example/\n---\n" + paragraph * 100)
    article = read_article(path, "quake", max_bytes=1000)
    assert article.body.endswith("Ten people died.")
    assert len(article.blocks) < 100
    (warning,) = (p for p in article.problems if "max_article_bytes" in p.message)
    assert "paragraph break" in warning.message and str(path) in str(warning)


def test_a_utf16_article_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("---\nurl: https://a.example/\n---\nA quake hit.\n".encode("utf-16"))
    article = read_article(path, "quake")
    assert article.body == "A quake hit."
    assert any("UTF-16" in problem.message for problem in article.problems)


PATHOLOGICAL = {
    "unmatched stars": "*a " * 83_000,
    "unmatched underscores": "_a " * 83_000,
    "backtick runs": "`" * 3000 + "a" * 250_000,
    "open brackets": "[a](" * 62_500,
    "stray angle brackets": "<a " * 83_000,
    "ampersands": "&a" * 125_000,
    "open comments": "<!--" * 62_500,
    "dots": "." * 250_000,
    "spaces in a heading": "# a" + " " * 250_000 + "b",
    "capitalised words": "Aaa Bbb " * 31_250 + "said",
}
"""Lines of a quarter of a megabyte: read in well under a second in linear time, and in
minutes by anything quadratic in them (benchmarks/hostile.py times 2 MB articles)."""


@pytest.mark.parametrize("line", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_long_line_is_read_in_linear_time(line: str) -> None:
    started = time.perf_counter()
    draft = markdown.read(line, Path("a.md"))
    body, blocks = assemble_body(list(draft.parts))
    article = Article("a", Path("a.md"), "s", draft.title or "A", body, blocks)
    extract_claims(article)
    assert time.perf_counter() - started < 5


WORDS = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=30
) | st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<b>bold</b>",
        "&amp;",
        "&lt;i&gt;",
        "“quoted”",
        "'single'",
        '"double"',
        "U.S.",
        "Dr.",
        "...",
        "*",
        "_",
        "`",
        "[link](http://x)",
        "<!--",
        "-->",
        "# ",
        "> ",
        "- ",
        "<div onclick='x()'>",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(". ".join)
ARTICLE = st.lists(PARAGRAPH | st.just(""), min_size=0, max_size=6).map("\n\n".join)


@given(ARTICLE, ARTICLE)
@example("0 1 ²", "0")  # "²" is a digit to str.isdigit, not to float(): it crashed a build
def test_every_sentence_is_once_on_the_comparison_and_the_article_page(
    first: str, second: str
) -> None:
    story = Story("s", "Story", (markdown_article("a", first), markdown_article("b", second)))
    comparison = compare_story(story, AlignOptions.create())
    env = default_environment()
    page = BeautifulSoup(render_comparison(env, comparison, Links()), "html.parser")
    for entry in comparison.articles:
        own = BeautifulSoup(render_article(env, comparison, entry, Links()), "html.parser")
        for claim in entry.claims:
            (cell,) = page.find_all(id=claim.id)
            assert cell.select_one(".cd-text").get_text() == claim.text
            (anchor,) = own.find_all(id=claim.id)
            assert anchor.get_text() == claim.text
        body = [c.text for c in entry.claims if c.role == "body"]
        article = entry.article
        claimed = [article.block_text(b) for b in article.blocks if b.kind not in UNCLAIMED_KINDS]
        # Headings make no claims, nor do labels ("0 1 ²" says nothing) and references.
        assert " ".join(body).split() == " ".join(claimed).split()


@given(st.text(max_size=400))
def test_sentences_cover_every_character_of_the_text(text: str) -> None:
    spans = split_sentences(text)
    covered = " ".join(text[start:end] for start, end in spans)
    assert covered.split() == text.split()
    assert all(start < end for start, end in spans)


@given(
    data=st.binary(max_size=600) | ARTICLE.map(str.encode),
    suffix=st.sampled_from(sorted(READER_MODULES)),
)
def test_no_exception_escapes_for_any_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    article = read_article(path, "s")
    compare_story(Story("s", "S", (article,)), AlignOptions.create())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_or_device_named_like_an_article_is_reported_not_read(tmp_path: Path) -> None:
    """Opening a pipe blocks until someone writes to it; /dev/zero never ends."""
    story = tmp_path / "story"
    story.mkdir()
    os.mkfifo(story / "pipe.txt")
    (story / "zero.md").symlink_to("/dev/zero")
    (story / "fine.md").write_text("---\nurl: https://a.example/\n---\nA fine article.\n")
    with deadline(10):
        stories, problems = discover(tmp_path, read=stored_reader(ComparisonCache(tmp_path / "c")))
    assert [article.id for article in stories[0].articles] == ["fine"]
    reported = {problem.path.name: problem.message for problem in problems}
    assert reported["pipe.txt"] == NOT_A_FILE and reported["zero.md"] == NOT_A_FILE


def test_a_link_leading_out_of_the_articles_folder_is_reported_not_read(tmp_path: Path) -> None:
    """A folder of articles shared as an archive may hold links to files of the machine that
    builds it (a new user's audit published /etc/passwd): an article or a story folder that
    leads outside the articles folder is not read, and the warning says where it leads.
    A link that stays inside the folder is read as the file it leads to: here, a copy of it."""
    articles, outside = tmp_path / "articles", tmp_path / "outside"
    story = articles / "story"
    story.mkdir(parents=True)
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Secret\n\nThe key is hunter2, and no one knows it.\n")
    (story / "fine.md").write_text("---\nurl: https://a.example/\n---\nA fine article.\n")
    (story / "secret.txt").symlink_to(secret)
    (story / "same.md").symlink_to(story / "fine.md")
    (articles / "linked").symlink_to(outside)
    stories, problems = discover(articles)
    assert [(s.id, [a.id for a in s.articles]) for s in stories] == [("story", ["fine"])]
    assert all("hunter2" not in article.body for s in stories for article in s.articles)
    reported = {problem.path.name: problem.message for problem in problems}
    assert (
        reported["secret.txt"] == f"{ARTICLES_OUTSIDE} ({secret.resolve()}): not read; copy it in"
    )
    assert reported["linked"] == f"{ARTICLES_OUTSIDE} ({outside.resolve()}): not read; copy it in"
    assert reported["same.md"].startswith("the same article as fine.md: left out")
    assert story_files(articles) == [(story / "fine.md", "story"), (story / "same.md", "story")]


def test_a_sidecar_or_story_file_leading_out_of_its_folder_is_reported_not_read(
    tmp_path: Path,
) -> None:
    """A sidecar's or a ``_story.yml``'s values are published as an article's author or a
    story's note (the review of the fix above found them read through links): one leading out
    of its folder is not read either."""
    story, outside = tmp_path / "articles" / "story", tmp_path / "outside"
    story.mkdir(parents=True)
    outside.mkdir()
    (outside / "x.yml").write_text("author: SECRET-AUTHOR\n")
    (outside / "s.yml").write_text("note: SECRET-NOTE\n")
    (story / "fine.md").write_text("---\nurl: https://a.example/\n---\nA fine article.\n")
    (story / "fine.yml").symlink_to(outside / "x.yml")
    (story / "_story.yml").symlink_to(outside / "s.yml")
    stories, problems = discover(tmp_path / "articles")
    (article,) = stories[0].articles
    assert (article.author, stories[0].note) == (None, "")
    found = {
        problem.path.name: problem.message
        for article in stories[0].articles
        for problem in article.problems
    }
    found |= {problem.path.name: problem.message for problem in problems}
    for name, target in (("fine.yml", "x.yml"), ("_story.yml", "s.yml")):
        assert found[name] == (
            f"a link to a file or folder outside its folder ({(outside / target).resolve()}):"
            " not read; copy it in"
        )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_named_like_a_sidecar_does_not_block_the_cache(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.md").write_text("---\nurl: https://a.example/\n---\nA fine article.\n")
    os.mkfifo(story / "a.yml")
    with deadline(10):
        article = stored_reader(ComparisonCache(tmp_path / "c"))(story / "a.md", "story", 1000)
    assert article.url == "https://a.example/"


def test_a_file_of_many_hidden_elements_is_read_at_once_and_its_list_is_capped() -> None:
    """A review found the line of each hidden element counted from the file's start: 100,000
    ``<script>`` elements (1.8 MB) took 34 s and the article was left out. Each line is now
    counted on from the one before, and the page lists the first ``MAX_LISTED`` and a count."""
    text = "# Quake\n\nTen people died.\n" + "<script></script>\n" * 100_000
    start = time.process_time()
    draft = markdown.read(text, Path("a.md"))
    assert time.process_time() - start < 5
    assert len(draft.removed) == markdown.MAX_LISTED + 1
    assert draft.removed[1].line == 5  # the second element, on the file's fifth line
    assert draft.removed[-1].text == f"and {100_000 - markdown.MAX_LISTED:,} more hidden elements"
