"""The comparison page in a real browser (Debian's Chromium through Playwright).

Sites are built into a temporary folder and served on a loopback port. Each test opens pages
through ``visit``, which fails the test on any console error, uncaught exception or request that
leaves the machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

from ..conftest import SiteBuilder
from .browser import DESKTOP, PHONE, build_demo, launch, serve

STORY = "stories/assad-escape/"
Visit = Callable[..., Page]

# Relative luminance and contrast ratio (WCAG 2), with each colour composited over the
# backgrounds behind it, for every element matching a selector.
CONTRASTS = """selector => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number);
    return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3]))
    .concat([1]);
  const background = el => {
    const layers = [];
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
  };
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  return [...document.querySelectorAll(selector)].filter(el => el.checkVisibility()).map(el => {
    const bg = background(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return [el.className, Math.round((a + 0.05) / (b + 0.05) * 100) / 100];
  });
}"""
TEXTS = ".claimdiff :is(.cd-text, .cd-status, .cd-meta, .cd-absent, .cd-title, .cd-shown, time, a)"
ROW_TOPS = """() => [...document.querySelectorAll('tr.cd-row')].filter(r => r.offsetParent)
  .map(r => [...r.children].filter(c => c.offsetParent).map(c => c.getBoundingClientRect().top))"""
CLAIM_TOPS = """() => [...document.querySelectorAll('tr.cd-row')].filter(r => r.offsetParent)
  .map(r => [...r.querySelectorAll('td:not(.cd-empty) > .cd-claim:first-child')]
    .filter(c => c.offsetParent).map(c => c.getBoundingClientRect().top))"""
"""Where the first claim of each cell starts: level across a row, whatever the theme aligns
table cells by."""
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo site, served; the URL of its root."""
    site = build_demo(tmp_path_factory.mktemp("demo") / "site")
    with serve(site) as url:
        yield url


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    """Open a URL in a fresh page of a given size; afterwards assert the page stayed clean."""
    problems: list[str] = []
    pages: list[Page] = []

    def open_page(url: str, viewport: ViewportSize = DESKTOP, **options: Any) -> Page:
        page = browser.new_page(viewport=viewport, **options)
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on(
            "request",
            lambda r: (
                None
                if urlsplit(r.url).hostname == "127.0.0.1"
                else problems.append(f"request off the machine: {r.url}")
            ),
        )
        page.goto(url)
        page.wait_for_load_state("networkidle")
        pages.append(page)
        return page

    yield open_page
    found = list(problems)
    for page in pages:
        page.close()
    assert found == []


def visible_statuses(page: Page) -> list[str]:
    statuses: list[str] = page.eval_on_selector_all(
        "tr.cd-row", "rows => rows.filter(r => r.offsetParent).map(r => r.dataset.status)"
    )
    return statuses


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_columns_side_by_side_on_desktop_with_rows_aligned(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    tops = page.evaluate(ROW_TOPS)
    assert len(tops) == page.locator("tr.cd-row").count() > 10  # every row shown
    for row in tops:
        assert max(row) - min(row) < 1, "the cells of a row share their top edge"
    first = page.locator("#row-1 td")
    left, right = first.nth(0).bounding_box(), first.nth(1).bounding_box()
    assert left is not None and right is not None
    assert left["x"] + left["width"] <= right["x"] + 1 and left["y"] == right["y"]
    assert page.evaluate(NO_SIDEWAYS_SCROLL)


def test_cards_stacked_on_a_phone_name_their_outlet(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY, PHONE)
    cells = page.locator("#row-1 td")
    upper, lower = cells.nth(0).bounding_box(), cells.nth(1).bounding_box()
    assert upper is not None and lower is not None
    assert abs(upper["x"] - lower["x"]) < 1 and lower["y"] >= upper["y"] + upper["height"] - 1
    label = page.eval_on_selector("#row-1 td", "td => getComputedStyle(td, '::before').content")
    assert label == '"The Kyiv Independent"'
    assert not page.locator(".cd-table thead").is_visible()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)


def test_column_headers_stay_in_view_while_scrolling(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    page.locator("#row-12").scroll_into_view_if_needed()
    page.mouse.wheel(0, 300)
    page.wait_for_timeout(100)
    header = page.locator("#col-moscow-times").bounding_box()
    navbar = page.locator(".navbar").bounding_box()
    assert header is not None and navbar is not None
    assert page.evaluate("window.scrollY") > 1000
    assert abs(header["y"] - (navbar["y"] + navbar["height"])) < 30, "header sticks under the bar"


def test_filters_are_keyboard_operable_and_kept_in_the_url(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    assert page.locator("form.cd-controls").is_visible()
    every = visible_statuses(page)
    count = {status: every.count(status) for status in ("shared", "differs", "unique")}
    assert all(count.values()), "the demo story has rows of every kind"
    total = len(every)
    assert page.locator(".cd-shown").inner_text() == f"Showing {total} of {total} rows."
    page.focus("#cd-show-all")
    page.keyboard.press("ArrowRight")
    assert page.locator("#cd-show-shared").is_checked()
    outline = page.eval_on_selector(
        "label[for=cd-show-shared]", "label => getComputedStyle(label).outlineStyle"
    )
    assert outline == "solid", "keyboard focus is visible"
    assert visible_statuses(page) == ["shared"] * count["shared"]
    assert query(page) == {"show": ["shared"]}
    page.keyboard.press("ArrowRight")
    assert visible_statuses(page) == ["differs"] * count["differs"]
    page.keyboard.press("ArrowRight")
    assert visible_statuses(page) == ["unique"] * count["unique"]
    shown = page.locator(".cd-shown").inner_text()
    assert shown == f"Showing {count['unique']} of {total} rows."

    page.focus("select[name=order]")
    page.keyboard.press("ArrowDown")
    assert query(page) == {"show": ["unique"], "order": ["shared"]}


def test_url_state_round_trips(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY + "?show=differs&order=article:moscow-times")
    assert page.locator("#cd-show-differs").is_checked()
    assert page.locator("select[name=order]").input_value() == "article:moscow-times"
    assert set(visible_statuses(page)) == {"differs"}
    firsts = page.eval_on_selector_all(
        "tr.cd-row td[data-column=moscow-times]",
        "cells => cells.map(c => Number(c.dataset.first || Infinity))",
    )
    assert firsts == sorted(firsts) and firsts[0] == 1, "in the Moscow Times' reading order"
    page.click("label[for=cd-show-all]")
    page.reload()
    assert page.locator("#cd-show-all").is_checked()
    assert len(visible_statuses(page)) == page.locator("tr.cd-row").count()
    assert query(page) == {"order": ["article:moscow-times"]}


def test_shared_first_order_puts_rows_most_outlets_share_first(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY + "?order=shared")
    shared_by = page.eval_on_selector_all(
        "tr.cd-row", "rows => rows.map(r => Number(r.dataset.sharedBy))"
    )
    assert shared_by == sorted(shared_by, reverse=True) and shared_by[0] == 2


def test_the_coverage_matrix_follows_the_rows_order_both_ways(demo: str, visit: Visit) -> None:
    """Each line of the matrix stands for a row: sorted one way and back, the lines follow."""
    page = visit(demo + "stories/mount-cook-climbers/")

    def orders() -> tuple[list[str], list[str], list[int]]:
        rows = page.eval_on_selector_all("tr.cd-row", "rows => rows.map(r => r.id)")
        lines = page.eval_on_selector_all(
            ".cd-matrix tbody tr", "lines => lines.map(l => l.dataset.row)"
        )
        numbers = page.eval_on_selector_all(
            "tr.cd-row", "rows => rows.map(r => Number(r.dataset.number))"
        )
        return rows, lines, numbers

    rows, lines, numbers = orders()
    assert len(rows) > 20 and lines == rows and numbers == sorted(numbers)
    page.select_option("select[name=order]", "shared")
    shared_rows, shared_lines, shared_numbers = orders()
    assert shared_lines == shared_rows and shared_numbers != numbers
    page.select_option("select[name=order]", "story")
    assert orders() == (rows, lines, numbers)
    page.click("label[for=cd-show-unique]")
    page.eval_on_selector("#cd-coverage", "box => { box.open = true; }")  # folded when long
    shown_rows = page.eval_on_selector_all(
        "tr.cd-row", "rows => rows.filter(r => r.offsetParent).map(r => r.id)"
    )
    shown_lines = page.eval_on_selector_all(
        ".cd-matrix tbody tr", "lines => lines.filter(l => l.offsetParent).map(l => l.dataset.row)"
    )
    assert 0 < len(shown_rows) < len(rows) and shown_lines == shown_rows


def test_claim_links_go_where_they_say(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    claim = page.locator("td[data-column=moscow-times] .cd-claim").nth(1)
    claim_id = claim.get_attribute("id")
    row = claim.locator("xpath=ancestor::tr").get_attribute("id")
    text = claim.locator(".cd-text").inner_text()
    claim.get_by_role("link", name="in article").click()
    page.wait_for_load_state("networkidle")
    target = page.locator(":target")
    assert target.get_attribute("id") == claim_id and target.is_visible()
    assert target.inner_text() == text
    page.locator(f"#{claim_id} + a.cd-tag").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).fragment == row
    assert page.locator(":target").locator(f"#{claim_id}").count() == 1
    original = page.locator(f"#{claim_id}").get_by_role("link", name="in original")
    head = page.locator("#col-moscow-times a.cd-original").get_attribute("href")
    href = original.get_attribute("href")
    assert href is not None and head is not None and href.startswith(head + "#:~:text=")


def test_a_link_to_a_row_the_filter_hides_shows_it(demo: str, visit: Visit) -> None:
    """The crampons contradiction of the demo stands in two rows, both *differs*: with only the
    shared rows shown, a link to either (a shared address, or the claim's "row N" link under
    the other) still leads to it, every row shown again."""
    story = "stories/mount-cook-climbers/"
    page = visit(demo + story)
    wearing = page.locator(".cd-claim", has_text="He was wearing crampons")
    row = wearing.locator("xpath=ancestor::tr").get_attribute("id")
    assert row is not None
    page = visit(demo + story + f"?show=shared#{row}")
    assert page.locator(f"#{row}").is_visible()
    assert page.locator("#cd-show-all").is_checked() and "show" not in query(page)
    page.click("label[for=cd-show-shared]")
    assert not page.locator(f"#{row}").is_visible()
    not_wearing = page.locator(".cd-claim", has_text="was not wearing crampons")
    page.click("label[for=cd-show-all]")
    # two disagreements with that row (the source, the negation), each with its link
    link = not_wearing.locator("ul.cd-details-elsewhere a", has_text=f"row {row[4:]}").first
    page.click("label[for=cd-show-shared]")
    assert not link.is_visible()  # its own row is hidden too: reach it through the address
    page.goto(demo + story + "?show=shared#cd-claims")
    page.evaluate(f"() => document.querySelector('a[href=\"#{row}\"]').click()")
    assert page.locator(f"#{row}").is_visible()
    assert urlsplit(page.url).fragment == row


def test_matched_words_are_named_for_screen_readers(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    mark = page.locator("#row-1 mark.cd-diff").first
    spoken = mark.evaluate("m => getComputedStyle(m, '::before').content")
    assert "not in the other report" in spoken
    box = mark.evaluate("m => getComputedStyle(m, '::before').width")
    assert box == "1px", "the words are for screen readers, not on screen"


@pytest.mark.parametrize(
    "theme",
    [
        {"name": "mkdocs", "highlightjs": False},
        {"name": "readthedocs", "highlightjs": False},
        {"name": "material", "font": False, "palette": {"scheme": "default"}},
    ],
    ids=["mkdocs", "readthedocs", "material"],
)
def test_themes_fit_the_screen_and_keep_text_readable(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any]
) -> None:
    site = make_site(theme=theme, demo_stories=None)
    # Material switches palettes with an attribute: its dark "slate" scheme is checked too.
    schemes = ["default", "slate"] if theme["name"] == "material" else [None]
    with serve(site.out) as url:
        # Seven outlets: the coverage matrix, open, made the readthedocs page scroll sideways
        # on a phone (helper-160's audit).
        for width in (320, 375):
            page = visit(url + "stories/mount-cook-climbers/", {"width": width, "height": 740})
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            assert page.evaluate(NO_SIDEWAYS_SCROLL), width
        for viewport in (DESKTOP, PHONE):
            page = visit(url + STORY, viewport)
            page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
            for scheme in schemes:
                if scheme:
                    page.evaluate(f"document.body.dataset.mdColorScheme = {scheme!r}")
                    page.wait_for_timeout(500)  # Material fades colours in
                assert page.evaluate(NO_SIDEWAYS_SCROLL), viewport
                contrasts = page.evaluate(CONTRASTS, TEXTS)
                assert len(contrasts) > 50
                assert [(name, ratio) for name, ratio in contrasts if ratio < 4.5] == [], scheme
                if viewport is DESKTOP:
                    for tops in (ROW_TOPS, CLAIM_TOPS):
                        rows = page.evaluate(tops)
                        assert all(max(row) - min(row) < 1 for row in rows if row), tops


def test_pages_print_without_controls(demo: str, visit: Visit) -> None:
    page = visit(demo + STORY)
    page.emulate_media(media="print")
    assert not page.locator("form.cd-controls").is_visible()
    assert len(visible_statuses(page)) == page.locator("tr.cd-row").count() > 10


OUTLETS = [
    "The Riverton Evening Chronicle",
    "Valley Broadcasting Corporation",
    "Northern Star",
    "The Daily Courier",
    "Metro Wire Service",
    "Coastal Herald",
    "Independent Regional Television Network",
    "Morning Post",
    "The Observer Weekly",
    "Radio Riverton",
]
UNIQUE = [
    "Volunteers handed out blankets at the school gymnasium.",
    "A bakery owner lost three decades of family recipes.",
    "Insurance assessors expect claims to exceed last winter's.",
    "The railway bridge reopened after engineers inspected its pillars.",
    "Farmers upstream reported their cattle stranded on hillsides.",
    "Schoolchildren painted sandbags with cheerful slogans.",
    "Meteorologists blamed an unusually slow-moving atmospheric river.",
    "A local choir cancelled its anniversary concert.",
    "Kayakers rescued a stranded dog from a rooftop.",
    "The cathedral's ancient crypt stayed completely dry.",
]


def pick(page: Page, wanted: set[str]) -> None:
    """Choose the outlets shown as a reader does: click the labels, adding before removing."""
    boxes = page.locator("input[name=cols]")
    values = [box.get_attribute("value") or "" for box in boxes.all()]
    for keep in (True, False):
        for value in values:
            if (value in wanted) is keep and page.is_checked(f"#cd-col-{value}") is not keep:
                page.click(f"label[for=cd-col-{value}]")


def write_ten_articles(folder: Path) -> None:
    """A story of ten short articles: one claim all share, one half share, one each alone."""
    story = folder / "riverton-flood"
    story.mkdir(parents=True)
    for number, (outlet, unique) in enumerate(zip(OUTLETS, UNIQUE, strict=True), start=1):
        half = (
            "The mayor said 200 homes in the Riverton-Heights-Community-Association area were"
            " evacuated overnight."
            if number % 2
            else ""
        )
        (story / f"outlet-{number:02d}.md").write_text(
            f"---\ntitle: Floods hit Riverton ({outlet})\nurl: https://outlet{number}.example/flood\n"
            f"outlet: {outlet}\npublished: 2025-03-{number:02d}\n---\n"
            f"Heavy rain flooded the town of Riverton on Monday. {half} {unique}\n",
            encoding="utf-8",
        )


def test_ten_articles_fit_1280_pixels_with_a_matrix_and_column_picks(
    make_site: SiteBuilder, visit: Visit, tmp_path: Path
) -> None:
    write_ten_articles(tmp_path / "input")
    site = make_site(articles=tmp_path / "input", theme={"name": "mkdocs", "highlightjs": False})
    story = "stories/riverton-flood/"
    with serve(site.out) as url:
        page = visit(url + story)
        rows = page.locator("tr.cd-row").count()
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        assert page.locator(".cd-matrix thead th.cd-matrix-outlet").count() == 10
        assert page.locator("th.cd-colhead:visible").count() == 10, "every outlet by default"
        assert page.locator(".cd-shown").inner_text() == f"Showing {rows} of {rows} rows."
        assert all(max(row) - min(row) < 1 for row in page.evaluate(ROW_TOPS))

        pick(page, {"outlet-01", "outlet-02"})
        assert page.locator("th.cd-colhead:visible").count() == 2
        assert page.locator(".cd-shown").inner_text().endswith("and 2 of 10 outlets.")
        assert "cd-wide" not in (page.locator("#cd-table-box").get_attribute("class") or "")

        pick(page, {"outlet-04", "outlet-07"})
        assert (
            page.locator("th.cd-colhead:visible")
            .all_inner_texts()[0]
            .startswith("The Daily Courier")
        )
        assert query(page)["cols"] == ["outlet-04,outlet-07"]
        shown = page.eval_on_selector_all(
            "tr.cd-row",
            """rows => rows.map(r => [!!r.offsetParent, !!r.querySelector(
              ':is([data-column=outlet-04], [data-column=outlet-07]) .cd-claim')])""",
        )
        assert all(visible == holds for visible, holds in shown), "rows without a shown claim hide"
        assert sum(visible for visible, _ in shown) < len(shown)

        page.goto(url + story + "?cols=outlet-04,outlet-07")
        assert page.locator("th.cd-colhead:visible").count() == 2
        link = page.locator(".cd-matrix a").first
        target = link.get_attribute("href")
        link.click()
        assert target is not None and urlsplit(page.url).fragment == target.lstrip("#")


def test_more_articles_than_max_columns_list_each_rows_outlets_and_filter_and_sort(
    make_site: SiteBuilder, visit: Visit, tmp_path: Path
) -> None:
    """Ten articles with ``max_columns: 5``: each row lists the outlets that report it as cards
    under their names, the page never scrolls sideways, and the row filter and the order work
    as they do side by side (the outlet picker and per-article orders are not offered)."""
    write_ten_articles(tmp_path / "input")
    site = make_site(
        articles=tmp_path / "input",
        theme={"name": "mkdocs", "highlightjs": False},
        plugin={"max_columns": 5},
    )
    with serve(site.out) as url:
        for viewport in (DESKTOP, PHONE):
            page = visit(url + "stories/riverton-flood/", viewport)
            assert page.evaluate(NO_SIDEWAYS_SCROLL)
            assert page.locator("form.cd-controls").is_visible()
            assert page.locator("input[name=cols]").count() == 0
            assert page.locator(".cd-matrix").count() == 0
            names = page.eval_on_selector_all(
                "tr.cd-row",
                "rows => rows.map(r => r.querySelectorAll('.cd-said > .cd-outlet').length)",
            )
            shared_by = page.eval_on_selector_all(
                "tr.cd-row", "rows => rows.map(r => Number(r.dataset.sharedBy))"
            )
            assert names == shared_by and max(names) == 10
            first = page.locator("tr.cd-row .cd-said > .cd-outlet").first
            assert first.is_visible() and first.inner_text() in OUTLETS

        every = visible_statuses(page)
        page.click("label[for=cd-show-unique]")
        assert visible_statuses(page) == ["unique"] * every.count("unique")
        assert query(page) == {"show": ["unique"]}
        page.click("label[for=cd-show-all]")
        page.select_option("select[name=order]", "shared")
        ordered = page.eval_on_selector_all(
            "tr.cd-row", "rows => rows.map(r => Number(r.dataset.sharedBy))"
        )
        assert ordered == sorted(ordered, reverse=True) and ordered[0] == 10
        assert page.locator("select[name=order] option").count() == 2


THREE_THEMES = pytest.mark.parametrize(
    "theme",
    [
        {"name": "mkdocs", "highlightjs": False},
        {"name": "readthedocs", "highlightjs": False},
        {"name": "material", "font": False},
    ],
    ids=["mkdocs", "readthedocs", "material"],
)
"""The three themes every page is checked in (Material's dark palette where colours matter)."""


@THREE_THEMES
def test_story_index_fits_a_phone_and_counts_rows_as_the_comparisons_do(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any]
) -> None:
    site = make_site(theme=theme, demo_stories=None)
    with serve(site.out) as url:
        page = visit(url + "stories/", PHONE)
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        cells = page.eval_on_selector_all(
            "table.cd-stories td",
            "cells => cells.map(c => [c.getBoundingClientRect().right, c.scrollWidth,"
            " c.clientWidth])",
        )
        assert cells and all(right <= 390 and scroll <= client for right, scroll, client in cells)
        for row in page.query_selector_all("table.cd-stories tbody tr"):
            link = row.query_selector("a")
            assert link is not None
            shared = row.query_selector("td[data-label='Rows shared as stated']")
            differ = row.query_selector("td[data-label='Rows that differ']")
            assert shared is not None and differ is not None
            story = visit(url + "stories/" + (link.get_attribute("href") or ""))
            statuses = story.eval_on_selector_all(
                "tr.cd-row", "rows => rows.map(r => r.dataset.status)"
            )
            # Counted as the comparison page counts them: shared as stated, and differing.
            shared_rows = statuses.count("shared")
            assert shared.inner_text().split() == [str(shared_rows), "of", str(len(statuses))]
            assert differ.inner_text().strip() == str(statuses.count("differs"))


FIRST_SCREEN = {"width": 1280, "height": 800}
DIGEST_FIRST_LINE = "ul.cd-disagreements >> nth=0 >> li >> nth=0"
"""The first disagreement of the digest; the ones past the first few are in a list of their
own, folded away."""


@pytest.mark.parametrize(
    ("theme", "scheme"),
    [
        ({"name": "mkdocs", "highlightjs": False}, None),
        ({"name": "readthedocs", "highlightjs": False}, None),
        ({"name": "material", "font": False, "palette": {"scheme": "default"}}, None),
        ({"name": "material", "font": False, "palette": {"scheme": "slate"}}, "slate"),
    ],
    ids=["mkdocs", "readthedocs", "material", "material-slate"],
)
def test_the_first_screen_says_where_the_outlets_disagree(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any], scheme: str | None
) -> None:
    site = make_site(theme=theme, demo_stories=None)
    with serve(site.out) as url:
        for story in ("assad-escape", "mount-cook-climbers"):
            page = visit(f"{url}stories/{story}/", FIRST_SCREEN)
            first = page.locator(DIGEST_FIRST_LINE)
            box = first.bounding_box()
            assert box is not None and box["y"] + box["height"] <= FIRST_SCREEN["height"], story
            assert " vs " in first.inner_text()
            # Every digest line links to a row of the table below it.
            targets = page.eval_on_selector_all(
                ".cd-digest li",
                "items => items.map(li => { const a = li.querySelector('a.cd-digest-row');"
                " return a && document.getElementById(a.hash.slice(1)) ?"
                " document.getElementById(a.hash.slice(1)).className : null; })",
            )
            assert targets and all(t and "cd-row" in t for t in targets), story
            phone = visit(f"{url}stories/{story}/", PHONE)
            after_title = phone.evaluate(
                "() => { const h = document.getElementById('claimdiff-title');"
                " let next = h.nextElementSibling; while (next && !next.offsetParent)"
                " next = next.nextElementSibling; return next && next.className; }"
            )
            assert after_title == "cd-digest", story


BROKEN_WORDS = """(selector) => {
  const broken = [];
  for (const text of document.querySelectorAll(selector)) {
    if (!text.checkVisibility()) continue;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[^\\s\\-\u2010-\u2015\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""
"""Words of the elements a selector finds that a line break cuts in two (a break after a hyphen
is no cut)."""
CLAIMS = "tr.cd-row td .cd-text"


@THREE_THEMES
def test_seven_outlets_side_by_side_break_no_word(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any]
) -> None:
    site = make_site(theme=theme, demo_stories=("mount-cook-climbers",))
    with serve(site.out) as url:
        page = visit(url + "stories/mount-cook-climbers/", FIRST_SCREEN)
        assert page.locator("th.cd-colhead:visible").count() == 7
        assert page.evaluate(NO_SIDEWAYS_SCROLL)
        widths = page.eval_on_selector_all(
            "th.cd-colhead", "cells => cells.map(c => c.getBoundingClientRect().width)"
        )
        assert min(widths) >= 180, widths
        words = page.evaluate(BROKEN_WORDS, CLAIMS)
        assert words == []
        assert all(max(row) - min(row) < 1 for row in page.evaluate(ROW_TOPS))
        # The outlet headers stay on top while the reader scrolls down inside the table.
        box = page.locator("#cd-table-box")
        box.evaluate("b => { b.scrollTop = 600; }")
        header = page.locator("th.cd-colhead").first.bounding_box()
        frame = box.bounding_box()
        assert header is not None and frame is not None
        assert abs(header["y"] - frame["y"]) < 3


@THREE_THEMES
def test_row_labels_and_index_dates_break_no_word(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any]
) -> None:
    """A row's label names what differs in small type beside the claims: at the width it had,
    "(firefighters)", "(Bloomberg)" and "spokeswoman" broke in two ("firefighter" / "s"), and
    the story index cut its dates at a hyphen ("2024-12-" / "11"), as did a digest on a phone."""
    site = make_site(theme=theme, demo_stories=None)
    with serve(site.out) as url:
        for story in ("assad-escape", "mount-cook-climbers"):
            page = visit(f"{url}stories/{story}/", FIRST_SCREEN)
            labels = page.locator("tr.cd-row th.cd-rowhead .cd-details li")
            assert labels.count() > 0, story
            assert page.evaluate(BROKEN_WORDS, "tr.cd-row th.cd-rowhead") == [], story
        for size in (FIRST_SCREEN, {"width": 360, "height": 740}):
            index = visit(url + "stories/", size)
            lines = index.eval_on_selector_all(
                ".claimdiff time", "times => times.map(t => t.getClientRects().length)"
            )
            assert lines and set(lines) == {1}, size


ROW_IN_VIEW = """id => {
  const row = document.getElementById(id);
  const cells = [...row.querySelectorAll('td.cd-cell:not(.cd-empty)')];
  const box = row.closest('.cd-table-box').getBoundingClientRect();
  const rowhead = row.querySelector('.cd-rowhead').getBoundingClientRect();
  const head = document.querySelector('.cd-table th.cd-colhead').getBoundingClientRect();
  const top = row.getBoundingClientRect().top;
  const shown = cells.filter(c => { const r = c.getBoundingClientRect();
    return r.left >= rowhead.right - 1 && r.right <= box.right + 1; });
  // Nothing (the theme's bar, the outlet headers) covers the top of the first claim shown.
  const first = shown.length ? shown[0].getBoundingClientRect() : null;
  const hit = first ? document.elementFromPoint(first.left + 8, first.top + 4) : null;
  // Nor does the theme's bar cover the outlet headers above it (Material's fixed header did).
  const corner = document.querySelector('.cd-table thead th.cd-rowhead').getBoundingClientRect();
  const above = document.elementFromPoint(corner.left + 8, corner.top + 4);
  return { cells: cells.length, shown: shown.length, below: top >= head.bottom - 1,
           onScreen: top < window.innerHeight, uncovered: !!hit && hit.closest('tr') === row,
           headSeen: !!above && !!above.closest('.cd-table thead') };
}"""
"""Of a row reached by a link: its claims, how many of them lie between the sticky row labels
and the right edge of the table's box, and whether the row starts below the sticky outlet
headers and on the screen."""


@THREE_THEMES
def test_a_digest_line_leads_to_its_row_with_its_claims_in_view(
    make_site: SiteBuilder, visit: Visit, theme: dict[str, Any]
) -> None:
    """On the demo's seven-outlet story the table scrolls sideways; "row 24" in the digest (a
    hedge of BBC News against Sky News) scrolled the page to the row with its label under the
    sticky outlet headers and both claims off to the right, out of the box."""
    site = make_site(theme=theme, demo_stories=("mount-cook-climbers",))
    with serve(site.out) as url:
        # Without the theme's smooth scrolling, so each jump has ended when it is measured.
        page = visit(url + "stories/mount-cook-climbers/", FIRST_SCREEN, reduced_motion="reduce")
        assert page.locator("#cd-table-box.cd-wide").count() == 1
        # The disagreements past the first few are folded away: opened, their links lead too.
        page.locator("details.cd-digest-more > summary").click()
        links = page.locator("ul.cd-disagreements a.cd-digest-row")
        assert links.count() >= 2
        for index in range(links.count()):
            link = links.nth(index)
            row = (link.get_attribute("href") or "").lstrip("#")
            link.click()
            page.wait_for_timeout(150)
            seen = page.evaluate(ROW_IN_VIEW, row)
            assert seen["below"] and seen["onScreen"], (row, seen)
            assert seen["shown"] >= 1 and seen["uncovered"] and seen["headSeen"], (row, seen)
        # A row whose claims sit in the last columns: the table scrolled to them.
        assert page.locator("#cd-table-box").evaluate("b => b.scrollLeft") > 0


def test_article_pages_with_long_original_urls_fit_a_phone(demo: str, visit: Visit) -> None:
    """Stuff's article page was 481 pixels wide on a 390-pixel phone: its original URL, one
    long word, did not wrap."""
    story = visit(demo + "stories/mount-cook-climbers/")
    links = story.eval_on_selector_all(
        "th.cd-colhead a.cd-outlet", "links => links.map(a => a.href)"
    )
    assert len(links) == 7
    for link in links:
        page = visit(link, PHONE)
        assert page.locator(".cd-facts a[rel~='noopener']").count() == 1
        assert page.evaluate(NO_SIDEWAYS_SCROLL), link


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_the_values_that_disagree_are_readable_in_both_of_materials_schemes(
    make_site: SiteBuilder, visit: Visit, scheme: str
) -> None:
    """The bold value that disagrees, on its mark over a cell that differs, was 3.4:1 in
    Material's dark scheme (a third audit; AA asks 4.5:1): it is written in white there. The
    scheme is set as a site sets it (``palette``), which loads Material's palette styles."""
    theme = {"name": "material", "font": False, "palette": {"scheme": scheme}}
    site = make_site(theme=theme, demo_stories=("mount-cook-climbers",))
    with serve(site.out) as url:
        page = visit(url + "stories/mount-cook-climbers/", DESKTOP)
        page.wait_for_timeout(500)  # Material fades colours in
        assert page.evaluate("document.body.dataset.mdColorScheme") == scheme
        contrasts = page.evaluate(CONTRASTS, ".claimdiff .cd-claim mark.cd-disagrees")
        assert len(contrasts) > 5
        assert [(name, ratio) for name, ratio in contrasts if ratio < 4.5] == []
