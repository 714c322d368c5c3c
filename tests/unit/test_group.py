"""Loose articles are sorted into stories by what they report, the same way every time."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mkdocs_claimdiff.cli import main
from mkdocs_claimdiff.model import Article, assemble_body
from mkdocs_claimdiff.sources.discover import discover
from mkdocs_claimdiff.sources.group import cluster, group_articles

from ..conftest import DEMO_ARTICLES

EVENTS = {
    "quake": [
        (
            "Magnitude 7.1 earthquake strikes off Hokkaido",
            "A magnitude 7.1 earthquake struck off Hokkaido on Tuesday, Japan's Meteorological "
            "Agency said. Residents of Kushiro were told to move to higher ground as a tsunami "
            "warning was issued. Hokkaido Electric reported power cuts to 30,000 homes.",
        ),
        (
            "Tsunami warning after Hokkaido quake",
            "Japan issued a tsunami warning for Hokkaido after a 7.1 magnitude quake on Tuesday. "
            "The Meteorological Agency said waves of one metre could reach Kushiro. About 30,000 "
            "homes lost power, Hokkaido Electric said.",
        ),
        (
            "Hokkaido earthquake: what we know",
            "The earthquake of magnitude 7.1 hit the sea off Hokkaido. Kushiro residents fled to "
            "higher ground. Hokkaido Electric is restoring power to 30,000 homes, and the "
            "Meteorological Agency lifted the tsunami warning in the evening.",
        ),
    ],
    "strike": [
        (
            "Lufthansa pilots strike over pensions",
            "Lufthansa cancelled 800 flights on Friday as pilots of the Vereinigung Cockpit union "
            "walked out in a dispute over pensions. Frankfurt and Munich were worst hit, the "
            "airline said.",
        ),
        (
            "Vereinigung Cockpit strike grounds Lufthansa",
            "Pilots of Vereinigung Cockpit went on strike at Lufthansa on Friday, grounding 800 "
            "flights at Frankfurt and Munich. The union wants the airline to keep its pension "
            "scheme.",
        ),
    ],
    "election": [
        (
            "Mariana Ortiz wins Valparaiso mayoral race",
            "Mariana Ortiz won the Valparaiso mayoral election with 54 percent of the vote, the "
            "electoral service Servel said on Sunday. Ortiz promised to rebuild the port's "
            "funiculars.",
        ),
        (
            "Ortiz elected mayor of Valparaiso",
            "Servel results gave Mariana Ortiz 54 percent in Valparaiso on Sunday. The new mayor "
            "said restoring the funiculars of the port city would come first.",
        ),
    ],
}


def article(name: str, title: str, text: str) -> Article:
    body, blocks = assemble_body([("paragraph", text)])
    return Article(name, Path(f"{name}.md"), "", title, body, blocks)


def synthetic() -> tuple[list[Article], dict[str, str]]:
    """Articles of three events, interleaved as a folder listing would mix them."""
    articles, truth = [], {}
    for number in range(3):
        for event, reports in EVENTS.items():
            if number < len(reports):
                name = f"{event}-{number}"
                articles.append(article(name, *reports[number]))
                truth[name] = event
    return articles, truth


def partition(stories: object) -> set[frozenset[str]]:
    return {frozenset(a.id for a in story.articles) for story in stories}  # type: ignore[attr-defined]


def test_articles_about_distinct_events_form_one_story_each() -> None:
    articles, truth = synthetic()
    stories = group_articles(articles)
    expected = {
        frozenset(name for name, event in truth.items() if event == wanted) for wanted in EVENTS
    }
    assert partition(stories) == expected


def test_each_story_is_named_after_its_most_central_article() -> None:
    articles, _truth = synthetic()
    stories = group_articles(articles)
    titles = {title for reports in EVENTS.values() for title, _text in reports}
    for story in stories:
        assert story.title in titles
        assert story.title in [a.title for a in story.articles]


def test_the_article_sharing_most_with_the_others_names_the_story() -> None:
    tsunami = (
        "Tsunami warning for Kushiro after the Hokkaido earthquake, the Meteorological Agency said."
    )
    power = "Hokkaido Electric cut power to 30,000 homes after the Hokkaido earthquake."
    others = [a for a in synthetic()[0] if not a.id.startswith("quake")]
    quake = [
        article("a-tsunami", "Tsunami warning in Kushiro", tsunami),
        article("b-power", "Power cuts in Hokkaido", power),
        article("c-both", "Hokkaido earthquake: what we know", f"{tsunami} {power}"),
    ]
    stories = group_articles([*quake, *others])
    (story,) = [story for story in stories if story.articles[0].id == "a-tsunami"]
    assert [a.id for a in story.articles] == ["a-tsunami", "b-power", "c-both"]
    assert (story.id, story.title) == (
        "hokkaido-earthquake-what-we-know",
        "Hokkaido earthquake: what we know",
    )


def test_grouping_is_deterministic_and_ids_are_stable() -> None:
    articles, _truth = synthetic()
    first = group_articles(articles)
    assert group_articles(articles) == first
    reordered = group_articles(list(reversed(articles)))
    assert {(s.id, frozenset(a.id for a in s.articles)) for s in reordered} == {
        (s.id, frozenset(a.id for a in s.articles)) for s in first
    }


def test_ids_never_clash_with_taken_ones_or_each_other() -> None:
    # Two reports of different events under the same stock headline.
    twins = [
        article("a", "What we know", EVENTS["quake"][0][1]),
        article("b", "What we know", EVENTS["strike"][0][1]),
    ]
    stories = group_articles(twins, taken={"what-we-know"})
    assert [story.id for story in stories] == ["what-we-know-2", "what-we-know-3"]


def test_two_reports_of_one_event_form_one_story() -> None:
    stories = group_articles([article(f"quake-{n}", *EVENTS["quake"][n]) for n in range(2)])
    assert partition(stories) == {frozenset({"quake-0", "quake-1"})}


@pytest.mark.parametrize(("first", "second"), [("quake", "strike"), ("strike", "election")])
def test_two_reports_of_different_events_stay_apart(first: str, second: str) -> None:
    stories = group_articles(
        [article(first, *EVENTS[first][0]), article(second, *EVENTS[second][0])]
    )
    assert partition(stories) == {frozenset({first}), frozenset({second})}


def test_two_events_of_two_reports_each_form_two_stories() -> None:
    articles = [
        article(f"{event}-{n}", *EVENTS[event][n])
        for n in range(2)
        for event in EVENTS
        if event != "quake"
    ]
    assert partition(group_articles(articles)) == {
        frozenset({"strike-0", "strike-1"}),
        frozenset({"election-0", "election-1"}),
    }


def test_clustering_stops_at_the_threshold() -> None:
    matrix = [
        [1.0, 0.9, 0.1, 0.0],
        [0.9, 1.0, 0.2, 0.1],
        [0.1, 0.2, 1.0, 0.5],
        [0.0, 0.1, 0.5, 1.0],
    ]
    assert cluster(matrix, 0.4) == [[0, 1], [2, 3]]
    assert cluster(matrix, 0.6) == [[0, 1], [2], [3]]
    assert cluster(matrix, 0.05) == [[0, 1, 2, 3]]
    assert cluster([], 0.5) == []


def write_events(folder: Path) -> dict[str, str]:
    """Write the synthetic articles as loose Markdown files; return file name -> event."""
    articles, truth = synthetic()
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles:
        text = f"---\nurl: https://example.com/{item.id}\n---\n# {item.title}\n\n{item.body}\n"
        (folder / f"{item.id}.md").write_text(text, encoding="utf-8")
    return {f"{name}.md": event for name, event in truth.items()}


def test_discover_groups_loose_articles_and_says_how_to_pin_them(tmp_path: Path) -> None:
    truth = write_events(tmp_path)
    (tmp_path / "pinned").mkdir()
    (tmp_path / "pinned" / "x.md").write_text("# Pinned\n\nText.\n", encoding="utf-8")
    stories, _problems = discover(tmp_path)
    auto = [story for story in stories if story.id != "pinned"]
    assert {frozenset(a.path.name for a in s.articles) for s in auto} == {
        frozenset(name for name, event in truth.items() if event == wanted) for wanted in EVENTS
    }
    for story in auto:
        names = {a.path.name for a in story.articles}
        for item in story.articles:
            (warning,) = [p.message for p in item.problems if "story folder" in p.message]
            assert f"story `{story.id}`" in warning
            assert all(name in warning for name in names)
            assert f"add `story: {story.id}`" in warning
    (pinned,) = [story for story in stories if story.id == "pinned"]
    assert not any(p.message.startswith("not in") for a in pinned.articles for p in a.problems)


SEED_EVENTS = {
    "assad": ("assad-escape", ["kyiv-independent.txt", "moscow-times.txt"]),
    "climbers": (
        "mount-cook-climbers",
        ["bbc-news.md", "global-news.md", "guardian.md", "otago-daily-times.md"],
    ),
}


def drop_loose(folder: Path, event: str, count: int) -> set[str]:
    """Copy ``count`` seed articles of an event, with their sidecars, loose into ``folder``."""
    story, names = SEED_EVENTS[event]
    for name in names[:count]:
        for source in (DEMO_ARTICLES / story).glob(f"{Path(name).stem}.*"):
            shutil.copy(source, folder / source.name)
    return set(names[:count])


def loose_stories(folder: Path) -> set[frozenset[str]]:
    stories, _problems = discover(folder)
    return {frozenset(a.path.name for a in story.articles) for story in stories}


@pytest.mark.parametrize(("event", "count"), [("assad", 2), ("climbers", 3), ("climbers", 4)])
def test_loose_reports_of_one_event_become_one_story(
    tmp_path: Path, event: str, count: int
) -> None:
    names = drop_loose(tmp_path, event, count)
    assert loose_stories(tmp_path) == {frozenset(names)}


def test_the_loose_seed_pair_is_one_story_named_after_its_first_file(tmp_path: Path) -> None:
    drop_loose(tmp_path, "assad", 2)
    (story,) = discover(tmp_path)[0]
    assert (story.id, story.title) == (
        "russia-convinced-assad-to-flee-syria-amid-rebel",
        "Russia convinced Assad to flee Syria amid rebel offensive, Bloomberg reports",
    )
    assert {a.outlet for a in story.articles} == {"The Kyiv Independent", "The Moscow Times"}


@pytest.mark.parametrize(("assad", "climbers"), [(1, 1), (2, 1), (2, 2), (2, 4)])
def test_loose_reports_of_two_events_become_two_stories(
    tmp_path: Path, assad: int, climbers: int
) -> None:
    expected = {
        frozenset(drop_loose(tmp_path, "assad", assad)),
        frozenset(drop_loose(tmp_path, "climbers", climbers)),
    }
    assert loose_stories(tmp_path) == expected


@pytest.mark.parametrize("form", ["json", "text"])
def test_cli_group_prints_the_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    truth = write_events(tmp_path)
    files = sorted(str(tmp_path / name) for name in truth)
    assert main(["group", *files, "--format", form]) == 0
    out = capsys.readouterr().out
    if form == "json":
        stories = json.loads(out)["stories"]
        found = {frozenset(Path(path).name for path in s["articles"]) for s in stories}
        assert all(isinstance(s["id"], str) and s["id"] for s in stories)
    else:
        blocks = out.strip().split("\n")
        found, current = set(), []  # type: ignore[var-annotated]
        for line in blocks:
            if not line.startswith("  ") and current:
                found.add(frozenset(current))
                current = []
            if line.startswith("  "):
                current.append(Path(line.strip()).name)
        found.add(frozenset(current))
    assert found == {
        frozenset(name for name, event in truth.items() if event == wanted) for wanted in EVENTS
    }


def test_cli_group_refuses_missing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["group", str(tmp_path / "none.md")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_group_of_no_readable_article_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A photo and an empty file gave two warnings, no story and exit status 0 (a new user's
    audit): grouping nothing is an error, as comparing nothing is."""
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "empty.txt").write_text("")
    assert main(["group", str(tmp_path / "photo.txt"), str(tmp_path / "empty.txt")]) == 2
    assert capsys.readouterr().err.endswith("claimdiff: group found no readable article\n")


def test_cli_group_reports_files_that_are_not_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truth = write_events(tmp_path)
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "notes.pdf").write_text("not an article", encoding="utf-8")
    files = [*sorted(str(tmp_path / name) for name in truth), str(tmp_path / "photo.txt")]
    assert main(["group", *files, str(tmp_path / "notes.pdf"), "--format", "json"]) == 0
    captured = capsys.readouterr()
    grouped = {
        Path(path).name for s in json.loads(captured.out)["stories"] for path in s["articles"]
    }
    assert grouped == set(truth)
    warnings = captured.err.splitlines()
    assert any("photo.txt" in line and "warning" in line for line in warnings)
    assert any("notes.pdf" in line and "not an article" in line for line in warnings)
