"""Whole sites built from hostile and broken input: every bad case next to good articles.

Acceptance of issue 6: the site builds without ``--strict`` with every good article on it and a
warning naming each bad file; nothing an article says becomes markup; nothing is written outside
``site_dir``; output does not depend on the file system's order; ``--strict`` fails.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from mkdocs_claimdiff.claims.extract import extract_claims
from mkdocs_claimdiff.sources.discover import discover
from mkdocs_claimdiff.sources.listing import ARTICLES_OUTSIDE
from mkdocs_claimdiff.sources.meta import NOT_A_FILE

from ..conftest import Site, SiteBuilder, deadline

GOOD = {
    "quake/alpha.md": ("Alpha", "An earthquake struck the city on Monday. Ten people died."),
    "quake/beta.md": ("Beta", "A strong earthquake hit the city. Ten people were killed."),
    "flood/gamma.md": ("Gamma", "The river burst its banks on Friday. Hundreds fled."),
    "flood/delta.md": ("Delta", "Floods forced hundreds from their homes. The river rose."),
}
HOSTILE_MD = (
    "---\ntitle: <script>alert('title')</script>Hostile\nurl: javascript:alert(1)\n"
    "outlet: <img src=x onerror=alert(1)>\n---\n"
    "The mayor spoke on Tuesday.\n\n"
    "<script>\nalert('block');\n\ndocument.cookie;\n</script>\n\n"
    '<div class="x"\n     onclick="alert(2)">Rescuers arrived at dawn.</div>\n\n'
    '<iframe src="https://evil.example/"></iframe>\n\n'
    '<a href="javascript:alert(3)" onmouseover="alert(4)">Click here</a> for more.\n\n'
    '<img src="data:text/html,x" onerror="alert(5)"> <svg onload="alert(6)"></svg>\n'
)
BAD: dict[str, bytes] = {
    "quake/hostile.md": HOSTILE_MD.encode(),
    "quake/bad-yaml.md": b"---\ntitle: [unclosed\nurl: https://x.example/\n---\nText.\n",
    "quake/empty.md": b"",
    "quake/photo.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300),
    "quake/latin.md": "---\nurl: https://l.example/\n---\nCaf\u00e9 \u201cquake\u201d.\n".encode(
        "cp1252"
    ),
    "quake/no-sentences.md": b"---\nurl: https://n.example/\n---\n![photo](x.png)\n\n---\n",
    "quake/huge.md": b"---\nurl: https://h.example/\n---\n"
    + b"".join(b"Aftershock %d shook the town.\n\n" % number for number in range(400)),
}
ODD_NAMES: dict[str, bytes] = {
    "quake/a..b.md": b"---\nurl: https://d.example/\n---\nDots in the name.\n",
    "quake/Quake report.md": b"---\nurl: https://s.example/\n---\nSpaces in the name.\n",
    "quake/quake-report.md": b"---\nurl: https://t.example/\n---\nThe same id once slugified.\n",
    "quake/\u00dcn\u00efc\u00f8d\u00e9 \u65e5\u672c.md": b"---\nurl: https://u.example/\n---\nUnicode.\n",
    f"quake/{'long-' * 45}name.md": b"---\nurl: https://v.example/\n---\nA very long name.\n",
    "quake/escape.md": b"---\nstory: ../../escaped\nurl: https://e.example/\n---\nEscaping.\n",
    "flood_/zeta.md": b"---\nurl: https://z.example/\n---\nA story id clash.\n",
    "lonely/only.md": b"---\nurl: https://o.example/\n---\nThe only article here.\n",
}
"""Valid names that are awkward as paths: no warning (but for the clash), safe ids."""
BAD_NAMES = [Path(name).name for name in BAD]
PLUGIN = {"max_article_bytes": 2_000, "output_dir": "../../outside"}


def write_input(root: Path) -> Path:
    for name, (outlet, text) in GOOD.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\noutlet: {outlet}\nurl: https://{outlet.lower()}.example/\n---\n{text}\n"
        )
    for name, data in {**BAD, **ODD_NAMES}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def listing(root: Path) -> set[Path]:
    return {path for path in root.rglob("*")}


def pages(site: Site) -> list[Path]:
    return sorted(site.out.rglob("*.html"))


@pytest.fixture
def hostile_site(
    make_site: SiteBuilder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> tuple[Site, list[str], set[Path]]:
    articles = write_input(tmp_path / "input")
    before = listing(tmp_path)
    with caplog.at_level(logging.WARNING):
        site = make_site(articles=articles, plugin=PLUGIN)
    return site, list(caplog.messages), before


def test_every_good_article_is_on_the_site(hostile_site: tuple[Site, list[str], set[Path]]) -> None:
    site, _warnings, _before = hostile_site
    for name, (outlet, text) in GOOD.items():
        story, stem = name.removesuffix(".md").split("/")
        page = site.html(f"outside/{story}/{stem}.md")
        assert page.select_one(".cd-facts dd").get_text() == outlet
        sentences = [span.get_text() for span in page.select(".cd-body .cd-sentence")]
        assert " ".join(sentences) == text and len(sentences) == 2
        comparison = site.html(f"outside/{story}/index.md").select_one(".claimdiff")
        assert outlet in comparison.select_one(".cd-table thead").get_text()


def test_warnings_name_each_bad_file(hostile_site: tuple[Site, list[str], set[Path]]) -> None:
    _site, warnings, _before = hostile_site
    for name in BAD_NAMES:
        assert any(name in message for message in warnings), name
    expected = {
        "bad-yaml.md:3": "invalid YAML",
        "empty.md": "no article text found",
        "photo.md": "binary file, not read",
        "latin.md:4": "Windows-1252",
        "no-sentences.md": "no article text found",
        "huge.md": "max_article_bytes",
        "hostile.md:3": "is not an http(s) address, so no link is made to it",
        "quake-report.md": "id `quake-report` is already used by",
        "only.md": "the only article of story `lonely`",
    }
    for where, what in expected.items():
        assert any(f"{where}: " in m and what in m for m in warnings), (where, what)
    assert not any("alpha.md" in m or "gamma.md" in m for m in warnings)


def test_the_comparison_page_names_the_files_it_leaves_out(
    hostile_site: tuple[Site, list[str], set[Path]],
) -> None:
    """A reader of the page is told which files of the folder were not compared, and why, as
    the build log tells the writer (a new user's audit, 2026-12-07)."""
    site, _warnings, _before = hostile_site
    note = site.html("outside/quake/index.md").select_one(".claimdiff .cd-left-out")
    assert note is not None
    named = [bdi.get_text() for bdi in note.select("bdi")]
    assert {"photo.md", "empty.md", "no-sentences.md"} <= set(named)
    assert "binary file, not read" in note.get_text()
    assert not {"alpha.md", "beta.md", "hostile.md", "bad-yaml.md"} & set(named)
    assert site.html("outside/flood/index.md").select_one(".cd-left-out") is None
    exported = json.loads((site.out / "outside" / "quake.json").read_text(encoding="utf-8"))
    assert {"file": "photo.md", "reason": "binary file, not read"} in exported["story"]["left_out"]


def test_no_page_carries_markup_from_an_article(
    hostile_site: tuple[Site, list[str], set[Path]],
) -> None:
    site, _warnings, _before = hostile_site
    hostile = site.html("outside/quake/hostile.md")
    body = hostile.select_one(".cd-body").get_text(" ")
    for sentence in ("The mayor spoke on Tuesday.", "Rescuers arrived at dawn."):
        assert sentence in body
    assert "alert" not in body and "cookie" not in body
    # The link's words, its markup gone, are a plug of the site: listed as dropped, as text.
    dropped = [" ".join(item.get_text().split()) for item in hostile.select("#cd-removed li")]
    assert any(line.endswith("Click here for more.") for line in dropped), dropped
    assert not hostile.select("#cd-removed li a, #cd-removed li script")
    # Its ``javascript:`` address is refused, and its page says so rather than that it has none.
    original = " ".join(hostile.select_one("dd:has(> .cd-unknown)").get_text().split())
    assert original == (
        "Source not linked: the address this article gives cannot be linked safely (the build's"
        " warning says why)."
    )
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for content in soup.select(".claimdiff"):
            assert not content.find_all(["script", "iframe", "object", "embed", "svg", "img"])
            for tag in content.find_all(True):
                assert not [name for name in tag.attrs if name.lower().startswith("on")], tag
                for name in ("href", "src", "action"):
                    value = str(tag.get(name, "")).strip().lower()
                    assert not value.startswith(("javascript:", "data:", "vbscript:")), tag
                if tag.name == "a" and str(tag.get("href", "")).startswith("http"):
                    assert tag.get("rel") == ["noopener", "noreferrer"], tag


def test_names_and_ids_stay_inside_the_site(
    hostile_site: tuple[Site, list[str], set[Path]], tmp_path: Path
) -> None:
    site, warnings, before = hostile_site
    created = listing(tmp_path) - before
    inside = (site.out, site.docs, site.root / ".cache")  # the comparison cache, hash-named
    elsewhere = {path for path in created if not any(path.is_relative_to(f) for f in inside)}
    assert elsewhere == {site.root, site.root / "mkdocs.yml"}
    story = site.out / "outside" / "quake"
    assert (story / "a-b" / "index.html").is_file()
    assert (story / "unicde" / "index.html").is_file()
    long_pages = [path.name for path in story.iterdir() if path.name.startswith("long-")]
    assert len(long_pages) == 1 and len(long_pages[0]) <= 80
    assert (story / "quake-report" / "index.html").is_file()
    assert (story / "quake-report-2" / "index.html").is_file()
    assert (site.out / "outside" / "escaped" / "escape" / "index.html").is_file()
    assert (site.out / "outside" / "flood-2" / "zeta" / "index.html").is_file()
    assert not (tmp_path / "escaped").exists() and not (tmp_path / "outside").exists()
    (clash,) = (m for m in warnings if "id `quake-report` is already used" in m)
    assert "/quake/Quake report.md" in clash and clash.endswith("this one is `quake-report-2`")
    (clash,) = (m for m in warnings if "id `flood` is already used" in m)
    assert "/flood_:" in clash and clash.endswith("this one is `flood-2`")


@pytest.mark.parametrize("output_dir", ["../..", "/", "./."])
def test_an_output_dir_that_names_no_folder_is_refused(
    make_site: SiteBuilder, tmp_path: Path, output_dir: str, caplog: pytest.LogCaptureFixture
) -> None:
    before = listing(tmp_path)
    with pytest.raises(Abort):
        make_site(plugin={"output_dir": output_dir})
    assert f"option 'output_dir': must name a folder, not {output_dir!r}" in caplog.text
    assert not [path for path in listing(tmp_path) - before if path.suffix == ".html"]


def test_a_story_with_one_article_is_built_with_a_note(
    hostile_site: tuple[Site, list[str], set[Path]],
) -> None:
    site, _warnings, _before = hostile_site
    page = site.html("outside/lonely/index.md")
    digest = page.select_one(".cd-digest")
    # The first screen says so, where the disagreements of a comparison would be, and claims
    # no agreement nor disagreement for lack of anything to set the article against.
    assert "only one article" in digest.select_one(".cd-note").get_text()
    assert digest.find(string=lambda text: "disagree" in text.lower()) is None
    assert page.find(id="only-1").select_one(".cd-text").get_text() == "The only article here."
    counts = page.select_one("#cd-counts")
    assert counts.caption.get_text() == (
        "Claims of the story's one article: none is shared until another joins it"
    )
    assert "Shared with another article" in [th.get_text() for th in counts.select("thead th")]


def test_the_same_site_fails_strict(make_site: SiteBuilder, tmp_path: Path) -> None:
    with pytest.raises(Abort):
        make_site(articles=write_input(tmp_path / "input"), plugin=PLUGIN, strict=True)


@pytest.mark.parametrize("name", ["quake/photo.md", "quake/empty.md", "quake/huge.md"])
def test_each_bad_file_alone_fails_strict(
    make_site: SiteBuilder, tmp_path: Path, name: str
) -> None:
    root = tmp_path / "input"
    for good in ("quake/alpha.md", "quake/beta.md"):
        outlet, text = GOOD[good]
        (root / "quake").mkdir(parents=True, exist_ok=True)
        (root / good).write_text(f"---\nurl: https://{outlet}.example/\n---\n{text}\n")
    (root / name).write_bytes(BAD[name])
    with pytest.raises(Abort):
        make_site(articles=root, plugin={"max_article_bytes": 2_000}, strict=True)


def test_output_is_the_same_whatever_the_file_system_order(
    make_site: SiteBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs stamps the build time in pages and the gzip header: SOURCE_DATE_EPOCH pins it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    articles = write_input(tmp_path / "input")
    first = make_site(articles=articles, plugin=PLUGIN)
    saved = first.out.rename(tmp_path / "first")
    iterdir, listdir = Path.iterdir, os.listdir
    monkeypatch.setattr(Path, "iterdir", lambda self: iter(reversed(list(iterdir(self)))))
    monkeypatch.setattr(os, "listdir", lambda path=".": list(reversed(listdir(path))))
    second = make_site(articles=articles, plugin=PLUGIN)
    files = sorted(p.relative_to(saved) for p in saved.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.out) for p in second.out.rglob("*") if p.is_file())
    for relative in files:
        assert (saved / relative).read_bytes() == (second.out / relative).read_bytes(), relative


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("huge.md", "The minister said prices rose by 5%. Critics disagreed.\n\n" * 90_000),
        ("line.md", "Officials said the dam held on Monday. " * 26_000),
    ],
    ids=["5 MB file", "1 MB line"],
)
def test_a_huge_article_is_read_in_seconds(tmp_path: Path, name: str, content: str) -> None:
    """Reading and splitting are what must never hang; matching then costs time in proportion
    to the text kept, which ``max_article_bytes`` bounds."""
    path = tmp_path / "big" / name
    path.parent.mkdir()
    path.write_text("---\nurl: https://h.example/\n---\n" + content)
    started = time.perf_counter()
    (story,), _problems = discover(tmp_path)
    (article,) = story.articles
    claims = extract_claims(article)
    assert time.perf_counter() - started < 20  # about 5 s on an idle 2-core machine
    assert len(claims) > 20_000
    assert article.body.endswith(("disagreed.", "Monday."))
    limited = any("max_article_bytes" in problem.message for problem in article.problems)
    assert limited == (name == "huge.md")


JS_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
"""A double-quoted string literal in a script: themes put the page title in one, as data."""
TITLE_ATTACK = (
    "<img src=x onerror=alert('title')>&lt;script&gt;alert('entity')&lt;/script&gt; \"Quake\""
)
STORY_ATTACK = "<script>alert('story')</script>Floods & \"rain\""


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_titles_reach_head_and_navigation_as_text(
    make_site: SiteBuilder, tmp_path: Path, theme: str
) -> None:
    """Article and story titles are printed by the theme (``<title>``, navigation,
    breadcrumbs), outside the plugin's templates: there too they must stay text."""
    articles = tmp_path / "input"
    story = articles / "floods"
    story.mkdir(parents=True)
    (story / "_story.yml").write_text(yaml.safe_dump({"title": STORY_ATTACK}))
    (story / "a.md").write_text(
        yaml.safe_dump({"title": TITLE_ATTACK, "url": "https://a.example/"}, explicit_start=True)
        + "---\nThe river rose on Monday. Hundreds fled.\n"
    )
    (story / "b.md").write_text("---\nurl: https://b.example/\n---\nThe river rose. Many fled.\n")
    site = make_site(theme=theme, articles=articles)
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert not [
            tag for tag in soup.find_all(True) if any(a.startswith("on") for a in tag.attrs)
        ]
        assert not soup.find_all("img", src="x")
        code = [JS_STRING.sub('""', script.get_text()) for script in soup.find_all("script")]
        assert not any("alert" in text for text in code)
    article = site.html("stories/floods/a.md")
    title = article.title.get_text()
    assert "img src=x" in title and "Quake" in title and "&lt;script&gt;" in title
    comparison = site.html("stories/floods/index.md")
    assert 'Floods & "rain"' in comparison.title.get_text()
    navigation = " ".join(
        element.get_text(" ")
        for element in comparison.select("nav, .navbar, .md-nav, .wy-nav-side")
    )
    assert 'Floods & "rain"' in navigation


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_links_and_pipes_in_the_articles_folder_are_never_opened_or_published(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """MkDocs finds these files too: the plugin must take them all out of MkDocs' hands (a
    link is judged by where it sits, not where it leads) and report the ones it does not read:
    one leading out of the articles folder is never opened (a folder of articles shared as an
    archive may link to any file of the machine that builds it)."""
    docs = tmp_path / "docs"
    story = docs / "articles" / "quake"
    story.mkdir(parents=True)
    for name in ("quake/alpha.md", "quake/beta.md"):
        outlet, text = GOOD[name]
        (docs / "articles" / name).write_text(f"---\nurl: https://{outlet}.example/\n---\n{text}\n")
    outside = tmp_path / "elsewhere.md"
    outside.write_text("---\nurl: https://elsewhere.example/\n---\nAftershocks followed.\n")
    (story / "linked.md").symlink_to(outside)
    (story / "zero.md").symlink_to("/dev/zero")
    (story / "zero.txt").symlink_to("/dev/zero")
    (story / "gone.md").symlink_to(tmp_path / "missing.md")
    (story / "loop.md").symlink_to(story / "loop.md")
    os.mkfifo(story / "pipe.txt")
    (docs / "index.md").write_text("# Home\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": ["claimdiff"]}))
    with deadline(60), caplog.at_level(logging.WARNING):
        build(load_config(str(config_file)))
    site = tmp_path / "site"
    assert not (site / "articles").exists(), "nothing of the articles folder is published"
    comparison = BeautifulSoup((site / "stories/quake/index.html").read_text(), "html.parser")
    assert "Aftershocks followed." not in comparison.get_text()
    assert not any("Aftershocks" in path.read_text() for path in site.rglob("*.html"))
    assert any(
        "linked.md" in message and ARTICLES_OUTSIDE in message and str(outside) in message
        for message in caplog.messages
    )
    for name in ("zero.md", "zero.txt", "gone.md", "loop.md", "pipe.txt"):
        assert any(name in message and NOT_A_FILE in message for message in caplog.messages), name
    with deadline(60), pytest.raises(Abort):
        build(load_config(str(config_file), strict=True))
