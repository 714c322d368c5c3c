"""End-to-end: build real sites with the plugin and read the pages a user would see."""

from __future__ import annotations

import json
import logging
import re
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from mkdocs_claimdiff.output.render import DIFFERENCE_NAMES
from mkdocs_claimdiff.output.status import ACROSS_ROWS

from ..conftest import (
    DEMO_ARTICLES,
    DEMO_STORIES,
    ROOT,
    Site,
    SiteBuilder,
    assert_every_claim_once,
    attribute,
    demo_comparison,
)

THEMES = ["mkdocs", "readthedocs", "material"]
STORY = "stories/assad-escape/index.md"


def generated_pages(site: Site) -> list[str]:
    comparison = demo_comparison()
    story = comparison.story.id
    return [
        "stories/index.md",
        f"stories/{story}/index.md",
        *(f"stories/{story}/{entry.article.id}.md" for entry in comparison.articles),
    ]


def resolve(site: Site, page: Path, href: str) -> tuple[Path, str]:
    """The file a relative link of ``page`` points to, and its fragment."""
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


@pytest.mark.parametrize("use_directory_urls", [True, False])
@pytest.mark.parametrize("theme", THEMES)
def test_every_claim_is_on_the_comparison_once_and_links_resolve(
    make_site: SiteBuilder, theme: str, use_directory_urls: bool
) -> None:
    site = make_site(theme=theme, use_directory_urls=use_directory_urls)
    comparison = demo_comparison()
    assert_every_claim_once(site.html(STORY), comparison)

    for uri in generated_pages(site):
        path = site.page_path(uri)
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select(".claimdiff a[href]"):
            href = attribute(link, "href")
            if urlsplit(href).scheme:
                continue
            target, fragment = resolve(site, path, href)
            assert target.is_file(), f"{uri}: {href} -> {target}"
            if fragment:
                html = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                assert html.find(id=fragment) is not None, f"{uri}: {href}"


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_article_page_anchors_every_claim_and_links_to_its_row(
    make_site: SiteBuilder, use_directory_urls: bool
) -> None:
    site = make_site(use_directory_urls=use_directory_urls)
    comparison = demo_comparison()
    for entry in comparison.articles:
        page = site.html(f"stories/assad-escape/{entry.article.id}.md")
        for claim in entry.claims:
            (anchor,) = page.find_all(id=claim.id)
            assert anchor.get_text() == claim.text
            tag = anchor.find_next_sibling("a") if claim.role == "body" else None
            if tag is not None:
                assert tag.get_text() in {"shared", "differs", "only here"}
                assert tag["href"].endswith(f"#row-{comparison.row_of[claim.id] + 1}")
        original = page.select_one(".cd-facts a[href^='https://']")
        assert original is not None and original["href"] == entry.article.url


def test_comparison_links_both_originals_with_text_fragments(make_site: SiteBuilder) -> None:
    site = make_site()
    page = site.html(STORY)
    heads = {a["href"] for a in page.select("thead a.cd-original")}
    assert heads == {
        "https://www.themoscowtimes.com/2024/12/13/russias-foreign-minister-lavrov-spearheaded-"
        "efforts-to-help-assad-flee-syria-reuters-a87327",
        "https://kyivindependent.com/russia-pushed-assad-to-flee-syria-bloomberg/",
    }
    hrefs = [attribute(a, "href") for a in page.select(".cd-claim a.cd-link")]
    originals = [href for href in hrefs if "#:~:text=" in href]
    assert originals, "claims link to their sentence in the original"
    for original in originals:
        assert original.split("#:~:text=")[0] in heads
    for link in page.select(".claimdiff a[href^='http']"):
        assert "noopener" in (link.get("rel") or [])


def test_shared_claims_are_one_row_and_marked_in_words(make_site: SiteBuilder) -> None:
    site = make_site()
    page = site.html(STORY)
    flight = page.find(id=lambda v: v and v.startswith("moscow-times"), string=None)
    assert flight is not None
    for row in page.select("tr.cd-row"):
        status = row.select_one(".cd-status").get_text()
        cells = row.select("td")
        filled = [cell for cell in cells if cell.select(".cd-claim")]
        if len(filled) == 1:
            assert status.startswith("Only "), status
        else:
            assert status.startswith("Shared")
    transponder = [
        row
        for row in page.select("tr.cd-row")
        if "transponder was likely turned off" in row.get_text()
    ]
    assert len(transponder) == 1
    assert "Hmeimim" in transponder[0].get_text()


def test_a_row_names_differences_inside_it_and_with_other_rows(make_site: SiteBuilder) -> None:
    """A row names the differences of the matches between the claims it shows, then those of
    its claims with claims of other rows, of the kinds the digest lists between rows:
    "Where they disagree" sends a reader to both rows. Not a source: moscow-times-2, crediting
    Reuters, matched with the Kyiv Independent headline of the first row, crediting
    Bloomberg, is the same claim in row 1."""
    site = make_site()
    page = site.html(STORY)
    comparison = demo_comparison()
    row_of = {
        claim["id"]: int(attribute(row, "data-number"))
        for row in page.select("tr.cd-row")
        for claim in row.select(".cd-claim")
    }
    alone = ""
    for row in page.select("tr.cd-row"):
        ids = {claim["id"] for claim in row.select(".cd-claim")}
        inside = {d for m in comparison.matches if ids >= set(m.claims) for d in m.differences}
        across = {
            (row_of[other], d.kind)
            for m in comparison.matches
            if ids & set(m.claims) and not ids >= set(m.claims)
            for other in set(m.claims) - ids
            for d in m.details
            if d.kind in ACROSS_ROWS
        }
        status = row.select_one(".cd-status").get_text()
        named = re.search(r"; differs in ([^;]+)", status)
        assert (named[1] if named else "") == ", ".join(
            DIFFERENCE_NAMES[name] for name in sorted(inside)
        ), status
        told = {
            (int(number), kind)
            for numbers, kinds in re.findall(r"; differs from ((?:row \d+,? )+)in ([^;]+)", status)
            for number in re.findall(r"\d+", numbers)
            for kind in kinds.split(", ")
        }
        linked = {a["href"] for a in row.select(".cd-status a.cd-link")}
        assert linked == {f"#row-{number}" for number, _ in told}
        assert told == {(number, DIFFERENCE_NAMES[kind]) for number, kind in across}, status
        assert ("cd-differs" in row["class"]) == bool(inside or across)
        if ids == {"moscow-times-2"}:
            alone = status
    assert alone == "Only The Moscow Times in this row; the same claim in row 1"


def test_story_index_lists_the_story(make_site: SiteBuilder) -> None:
    site = make_site()
    index = site.html("stories/index.md")
    (row,) = index.select("table.cd-stories tbody tr")
    assert row.select_one("a").get_text() == "How Russia got Assad out of Syria"
    assert "The Moscow Times" in row.get_text() and "The Kyiv Independent" in row.get_text()


def test_articles_are_not_published_as_raw_files(make_site: SiteBuilder) -> None:
    site = make_site()
    assert not (site.out / "articles").exists()


def test_article_without_url_says_source_unknown(
    make_site: SiteBuilder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    story = tmp_path / "input" / "quake"
    story.mkdir(parents=True)
    (story / "a.md").write_text(
        "---\ntitle: Quake hits city\nurl: https://a.example/quake\n---\n"
        "A strong earthquake hit the city on Monday. Ten people died.\n"
    )
    (story / "b.md").write_text(
        "---\ntitle: Earthquake kills ten\n---\nTen people died when an earthquake struck.\n"
    )
    with caplog.at_level(logging.WARNING):
        site = make_site(articles=tmp_path / "input")
    assert any("b.md" in message and "URL" in message for message in caplog.messages)
    page = site.html("stories/quake/b.md")
    assert "Source unknown" in page.select_one(".cd-facts").get_text()
    comparison = site.html("stories/quake/index.md")
    assert comparison.select_one("#col-b .cd-unknown") is not None


def test_strict_build_of_a_site_with_a_warning_fails(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    story = tmp_path / "input" / "quake"
    story.mkdir(parents=True)
    (story / "a.md").write_text("---\ntitle: Quake\n---\nA quake hit.\n")
    (story / "b.md").write_text("---\ntitle: Quake\nurl: https://b.example/\n---\nA quake hit.\n")
    with pytest.raises(Abort):
        make_site(articles=tmp_path / "input", strict=True)


def test_demo_site_builds_strict(tmp_path: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "build"), strict=True)
    build(config)

    def page(story: str) -> BeautifulSoup:
        html = (tmp_path / "build" / "stories" / story / "index.html").read_text()
        return BeautifulSoup(html, "html.parser")

    assert len(page("assad-escape").select("thead a.cd-original")) == 2
    for story in DEMO_STORIES:
        assert_every_claim_once(page(story), demo_comparison(story))
    assert len(page("mount-cook-climbers").select("thead a.cd-original")) == 7


def test_custom_dir_overrides_a_template(make_site: SiteBuilder, tmp_path: Path) -> None:
    overrides = tmp_path / "overrides" / "claimdiff"
    overrides.mkdir(parents=True)
    (overrides / "index.html").write_text('<p id="mine">{{ stories | length }} stories</p>')
    site = make_site(theme={"name": "mkdocs", "custom_dir": str(tmp_path / "overrides")})
    assert site.html("stories/index.md").select_one("#mine").get_text() == "1 stories"


def test_overrides_written_for_earlier_templates_still_render(
    make_site: SiteBuilder, tmp_path: Path
) -> None:
    """A custom claim.html that reads the cell's ``column``, ``row`` and ``loop``, and a custom
    comparison.html that finds each cell's column by the loop's position, keep working: each
    claim is given the column of its own article."""
    overrides = tmp_path / "overrides" / "claimdiff"
    overrides.mkdir(parents=True)
    (overrides / "claim.html").write_text(
        '<a class="mine" href="{{ claim.article_link }}" data-column="{{ column.article_link }}"'
        ' data-row="{{ row.id }}" data-position="{{ loop.index0 }}">{{ claim.text }}</a>'
    )
    theme = {"name": "mkdocs", "custom_dir": str(tmp_path / "overrides")}
    story = "stories/mount-cook-climbers/index.md"

    def claims_in_their_columns(page: BeautifulSoup) -> int:
        claims = page.select("a.mine")
        for claim in claims:
            assert attribute(claim, "href").startswith(attribute(claim, "data-column") + "#")
        return len({attribute(claim, "data-column") for claim in claims})

    page = make_site(theme=theme, demo_stories=["mount-cook-climbers"]).html(story)
    assert claims_in_their_columns(page) == 7
    headings = [attribute(th, "data-column") for th in page.select("th.cd-colhead")]
    for claim in page.select("a.mine"):
        row, cell = claim.find_parent("tr"), claim.find_parent("td")
        assert row is not None and attribute(claim, "data-row") == attribute(row, "id")
        # ``loop`` is the loop over the row's cells: its position is the claim's column.
        assert headings[int(attribute(claim, "data-position"))] == attribute(cell, "data-column")

    (overrides / "comparison.html").write_text(
        "{% for row in rows %}{% for cell in row.cells %}{% set column = columns[loop.index0] %}"
        "{% for claim in cell %}{% include claim_template %}{% endfor %}{% endfor %}{% endfor %}"
    )
    old = make_site(theme=theme, demo_stories=["mount-cook-climbers"]).html(story)
    assert claims_in_their_columns(old) == 7
    assert len(old.select("a.mine")) == len(page.select("a.mine"))


def test_output_dir_cannot_leave_the_site(make_site: SiteBuilder) -> None:
    site = make_site(plugin={"output_dir": "../../outside"})
    assert (site.out / "outside" / "index.html").is_file()
    assert not (site.root.parent / "outside").exists()


def test_story_sections_of_the_navigation_carry_the_story_title(make_site: SiteBuilder) -> None:
    site = make_site(theme="mkdocs")
    nav = site.html("index.md").select_one(".navbar")
    assert nav is not None
    assert "How Russia got Assad out of Syria" in nav.get_text()
    assert "Assad escape" not in nav.get_text()


def test_a_story_note_credits_the_articles_on_every_page_of_the_story(
    make_site: SiteBuilder,
) -> None:
    """The demo's second story cites the ECB+ corpus on its own pages, as its licence asks."""
    site = make_site(demo_stories=["mount-cook-climbers"])
    story = "stories/mount-cook-climbers"
    pages = [f"{story}/index.md"] + [
        f"{story}/{path.stem}.md"
        for path in sorted((DEMO_ARTICLES / "mount-cook-climbers").glob("*.md"))
    ]
    assert len(pages) == 8
    for uri in pages:
        note = site.html(uri).select_one(".claimdiff .cd-story-note")
        assert note is not None, uri
        assert "ECB+ corpus" in note.get_text() and "CC BY 3.0" in note.get_text()


def test_a_story_note_is_text(make_site: SiteBuilder, tmp_path: Path) -> None:
    story = tmp_path / "input" / "quake"
    story.mkdir(parents=True)
    (story / "_story.yml").write_text("note: <b onclick=x()>Credit</b> & thanks\n")
    for name in ("a", "b"):
        (story / f"{name}.md").write_text(f"---\nurl: https://{name}.example/\n---\nA quake.\n")
    note = make_site(articles=tmp_path / "input").html("stories/quake/index.md")
    found = note.select_one(".cd-story-note")
    assert found is not None and found.get_text() == "<b onclick=x()>Credit</b> & thanks"
    assert not found.find_all(True)


@pytest.mark.parametrize(
    ("aliases", "said"),
    [
        ("nato", "expected a mapping of names"),
        ({"nato": None}, "`nato` must be given a name or a list of names"),
        ({"nato": ["alliance", 3]}, "`nato` must be given a name or a list of names"),
        ({"nato": {"a": "b"}}, "`nato` must be given a name or a list of names"),
        ({"nato": []}, "`nato` must be given a name or a list of names"),  # did nothing
    ],
)
def test_malformed_aliases_are_refused_with_the_key_named(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture, aliases: object, said: str
) -> None:
    with pytest.raises(Abort):
        make_site(plugin={"aliases": aliases})
    assert said in caplog.text and "aliases" in caplog.text


def test_a_single_alias_needs_no_list(tmp_path: Path) -> None:
    """``nato: alliance`` means the same as ``nato: [alliance]``, not eight one-letter names."""
    (tmp_path / "docs").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    plugin = {"claimdiff": {"aliases": {"nato": "alliance", "eu": ["brussels", "european union"]}}}
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": [plugin]}))
    config = load_config(str(config_file))
    assert config.plugins["claimdiff"].config.aliases == {
        "nato": ["alliance"],
        "eu": ["brussels", "european union"],
    }


def test_a_dirty_build_rebuilds_only_the_story_that_changed(tmp_path: Path) -> None:
    """``mkdocs build --dirty`` (and ``serve --dirty``) skip the pages of unchanged stories,
    yet every page keeps its right titles in the navigation."""
    docs = tmp_path / "docs"
    for story, outlets in {"quake": ("alpha", "beta"), "flood": ("gamma", "delta")}.items():
        (docs / "articles" / story).mkdir(parents=True)
        (docs / "articles" / story / "_story.yml").write_text(f"title: The {story} story\n")
        for outlet in outlets:
            (docs / "articles" / story / f"{outlet}.md").write_text(
                f"---\ntitle: {outlet.title()} reports\nurl: https://{outlet}.example/\n---\n"
                f"The {story} struck on Monday. Ten people were hurt.\n"
            )
    (docs / "index.md").write_text("# Home\n")
    config_file = tmp_path / "mkdocs.yml"
    plugins = [{"claimdiff": {"nav_articles": True}}]  # article titles in the navigation too
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": plugins}))
    build(load_config(str(config_file)))
    out = tmp_path / "site"
    pages = {path: path.stat().st_mtime_ns for path in out.rglob("*.html")}
    time.sleep(0.05)
    edited = docs / "articles" / "quake" / "alpha.md"
    edited.write_text(edited.read_text() + "Rescuers searched the rubble overnight.\n")
    build(load_config(str(config_file)), dirty=True)
    rebuilt = {
        path.relative_to(out).as_posix()
        for path, before in pages.items()
        if path.stat().st_mtime_ns != before and path.name != "404.html"  # a theme template
    }
    assert rebuilt == {
        "stories/index.html",
        "stories/quake/index.html",
        "stories/quake/alpha/index.html",
        "stories/quake/beta/index.html",
    }
    quake = BeautifulSoup((out / "stories/quake/index.html").read_text(), "html.parser")
    assert "Rescuers searched the rubble overnight." in quake.select_one(".cd-table").get_text()
    navigation = quake.select_one(".navbar").get_text(" ")
    for title in ("The flood story", "Gamma reports", "The quake story", "Alpha reports"):
        assert title in navigation
    # Built again with nothing changed, in a new process as ``mkdocs build --dirty`` runs:
    # the edited story's pages were written after their change, so none is rebuilt.
    pages = {path: path.stat().st_mtime_ns for path in out.rglob("*.html")}
    time.sleep(0.05)
    build(load_config(str(config_file)), dirty=True)
    again = [p for p, before in pages.items() if p.stat().st_mtime_ns != before]
    assert [p.name for p in again] in ([], ["404.html"])


def test_titles_an_explicit_nav_gives_are_kept(make_site: SiteBuilder) -> None:
    nav = [
        {"Home": "index.md"},
        {"My comparisons": "stories/index.md"},
        {"Reading": [{"Assad story": "stories/assad-escape/index.md"}]},
    ]
    site = make_site(extra={"nav": nav})
    navigation = site.html("index.md").select_one(".navbar")
    assert navigation is not None
    text = navigation.get_text(" ")
    assert "My comparisons" in text and "Assad story" in text and "Reading" in text
    assert "How Russia got Assad out of Syria" not in text


def test_aliases_left_empty_mean_none(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: T\nplugins:\n  - claimdiff:\n      aliases:\n")
    assert load_config(str(config_file)).plugins["claimdiff"].config.aliases == {}


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs", "material"])
def test_generated_pages_have_a_table_of_contents(make_site: SiteBuilder, theme: str) -> None:
    """The theme's table of contents lists the sections of a generated page, each link
    landing on its section."""
    site = make_site(theme=theme, demo_stories=DEMO_STORIES)
    expected = {
        "stories/assad-escape/index.md": ["Claims per article", "Claims side by side"],
        "stories/mount-cook-climbers/index.md": [
            "Claims per article",
            "Coverage",
            "Claims side by side",
        ],
        "stories/assad-escape/moscow-times.md": ["Text", "Left out"],
    }
    for uri, headings in expected.items():
        page = site.html(uri)
        theme_links = [
            link
            for link in page.select('a[href^="#cd-"]')
            if not link.find_parent(class_="claimdiff")
            and "md-skip" not in (link.get("class") or [])
        ]
        found = list(dict.fromkeys(link.get_text(" ", strip=True) for link in theme_links))
        if theme == "readthedocs" and uri.endswith("moscow-times.md"):
            # readthedocs prints a page's contents inside the navigation, which lists no
            # articles unless `nav_articles` is on.
            assert found == [], uri
            continue
        assert found == headings, (theme, uri)
        for link in theme_links:
            assert page.find(id=str(link["href"])[1:]) is not None, link
    if theme == "mkdocs":  # MkDocs' own search: each generated page indexed once, as a whole
        index = json.loads((site.out / "search" / "search_index.json").read_text())
        story = [
            doc for doc in index["docs"] if doc["location"].startswith("stories/assad-escape/")
        ]
        assert len(story) == len({doc["location"].split("#")[0] for doc in story})


def test_a_row_lists_each_detail_once(make_site: SiteBuilder) -> None:
    """Several matches of one row often name the same detail ("adds: 32 (age)"): the row label
    lists it once, and one distance written in other units ("about 2,000 feet", "about
    2,000ft", "about 600 metres (2,000 feet)") is one detail (helper-160's audit)."""
    site = make_site(demo_stories=None)
    page = site.html("stories/mount-cook-climbers/index.md")
    lists = page.select("tr.cd-row ul.cd-details")
    assert lists
    for details in lists:
        items = [item.get_text(" ", strip=True) for item in details.select("li")]
        assert len(items) == len(set(items)), items
        added = [item for item in items if item.startswith("adds:")]
        assert sum(item.endswith("(distance)") for item in added) <= 1, items


def test_values_are_marked_as_disagreeing_only_in_rows_that_differ(make_site: SiteBuilder) -> None:
    """A value marked "differs" must disagree with a claim the reader sees beside it: in a
    shared or one-outlet row nothing is marked so."""
    site = make_site(demo_stories=None)
    page = site.html("stories/mount-cook-climbers/index.md")
    marked = [row for row in page.select("tr.cd-row") if row.select("mark.cd-disagrees")]
    assert marked
    assert all("cd-differs" in row["class"] for row in marked)


@pytest.mark.parametrize(
    ("story", "claim", "marked"),
    [
        ("mount-cook-climbers", "were said to have been rescued", ["were said to"]),
        ("mount-cook-climbers", "was not wearing crampons", ["Mr Campbell", "not wearing"]),
        ("mount-cook-climbers", "He was wearing crampons", ["wearing"]),
        ("assad-escape", "Flee Syria – Reuters", ["Reuters"]),
        ("assad-escape", "likely turned off", ["likely", "the outlet's source"]),
    ],
    ids=["hedge", "negation", "negation, other side", "source", "hedge and source"],
)
def test_the_values_that_disagree_are_marked_whatever_their_kind(
    make_site: SiteBuilder, story: str, claim: str, marked: list[str]
) -> None:
    """helper-160's audit: only figures and names were marked as disagreeing. A hedge ("were
    said to"), a source ("Reuters") and a negation are the values that disagree too, marked
    in the claim, also where the claim it contradicts sits in another row (the negation)."""
    site = make_site(demo_stories=None)
    page = site.html(f"stories/{story}/index.md")
    (found,) = [c for c in page.select(".cd-claim") if claim in c.select_one(".cd-text").get_text()]
    assert [mark.get_text() for mark in found.select("mark.cd-disagrees")] == marked


def test_shared_with_all_counts_the_claims_of_rows_all_outlets_share(
    make_site: SiteBuilder,
) -> None:
    """helper-160's audit: three outlets showed "Shared with all: 1" on the seven-outlet story,
    where no row is shared by all seven (a match to a claim in another row was counted). Each
    article's count is its claims in the rows every outlet shares, as the rows show them."""
    site = make_site(demo_stories=None)
    page = site.html("stories/mount-cook-climbers/index.md")
    outlets = len(page.select("table.cd-table thead th.cd-colhead"))
    complete = [row for row in page.select("tr.cd-row") if row["data-shared-by"] == str(outlets)]
    heads = [th.get_text(strip=True) for th in page.select("table.cd-stats thead th")]
    column = heads.index("Shared with all")
    for line in page.select("table.cd-stats tbody tr"):
        outlet = line.select_one("th bdi").get_text()
        in_rows = sum(
            len(cell.select(".cd-claim"))
            for row in complete
            for cell in row.select("td.cd-cell")
            if cell.get("data-outlet") == outlet
        )
        assert int(line.select("th, td")[column].get_text()) == in_rows, outlet


def test_the_debug_log_says_how_long_each_stage_took(
    make_site: SiteBuilder, caplog: pytest.LogCaptureFixture
) -> None:
    """``mkdocs build --verbose`` shows the time of reading, comparing and rendering, which
    ``benchmarks/build.py`` reads instead of patching the package."""
    caplog.set_level(logging.DEBUG, logger="mkdocs.plugins.mkdocs_claimdiff")
    make_site()
    stages = re.findall(r"(\w+) stage: [\d.]+ s", caplog.text)
    assert stages == ["read", "compare", "render"]


def test_a_claim_names_what_its_matches_in_other_rows_give_differently(
    make_site: SiteBuilder,
) -> None:
    """A row lists only the differences between the claims it shows; a contradiction between
    claims that the layout put in two rows is listed under each claim, with a link to the other
    row: on the demo, "not wearing crampons" (Otago Daily Times) against "was wearing crampons"
    (Sky News)."""
    site = make_site(demo_stories=None)
    page = site.html("stories/mount-cook-climbers/index.md")

    def claim_with(words: str) -> Tag:
        (found,) = [c for c in page.select(".cd-claim") if words in c.select_one(".cd-text").text]
        return found

    def row_number(claim: Tag) -> str:
        row = claim.find_parent("tr")
        assert row is not None
        return str(row["data-number"])

    not_wearing = claim_with("was not wearing crampons")
    wearing = claim_with("He was wearing crampons")
    assert row_number(not_wearing) != row_number(wearing)
    for claim, other, told in (
        (not_wearing, wearing, "(Sky News): negation: not wearing vs wearing (wearing crampons)"),
        (
            wearing,
            not_wearing,
            "(Otago Daily Times): negation: wearing vs not wearing (wearing crampons)",
        ),
    ):
        items = claim.select("ul.cd-details-elsewhere li.cd-disagrees")
        texts = [item.get_text() for item in items]
        assert f"row {row_number(other)} {told}" in texts, texts
        link = next(i.a for i in items if told in i.get_text())
        assert link is not None and link["href"] == f"#row-{row_number(other)}"


def test_a_comparison_page_too_large_for_a_browser_is_named_in_a_warning(
    make_site: SiteBuilder,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """helper-188's review: one scrape of 5 MB made a comparison page of 70 MB, with no word
    of it. The limit is lowered here so that a small story crosses it."""
    from mkdocs_claimdiff.plugin import rendering

    monkeypatch.setattr(rendering, "LARGE_PAGE_BYTES", 1_000)
    story = tmp_path / "input" / "quake"
    story.mkdir(parents=True)
    for name in ("a", "b"):
        (story / f"{name}.md").write_text(
            f"---\ntitle: Quake {name}\noutlet: Outlet {name}\nurl: https://{name}.example/q\n"
            "---\nA strong earthquake hit the city on Monday. Ten people died.\n"
        )
    with caplog.at_level(logging.WARNING):
        make_site(articles=tmp_path / "input")
    (warning,) = [m for m in caplog.messages if "comparison page is" in m]
    assert warning.startswith("mkdocs_claimdiff: story quake: its comparison page is ")
    assert "max_article_bytes" in warning and "a.md" in warning
