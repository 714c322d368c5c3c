"""The ``claimdiff`` command on the demo's seed articles, as a user runs it."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from mkdocs_claimdiff.cli import main
from mkdocs_claimdiff.model import Problem
from mkdocs_claimdiff.sources.meta import NOT_A_FILE

from ..conftest import DEMO_ARTICLES
from ..conftest import SEED_CHROME as CHROME

SEEDS = [
    str(DEMO_ARTICLES / "assad-escape" / "moscow-times.txt"),
    str(DEMO_ARTICLES / "assad-escape" / "kyiv-independent.txt"),
]


@pytest.fixture(scope="module")
def contract() -> dict:  # type: ignore[type-arg]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["compare", "--format", "json", *SEEDS]) == 0
    return json.loads(printed.getvalue())  # type: ignore[no-any-return]


def test_json_follows_the_contract(contract: dict) -> None:  # type: ignore[type-arg]
    assert set(contract) >= {"articles", "matches"}
    ids = set()
    for article in contract["articles"]:
        assert {"id", "title", "url", "outlet", "published", "claims"} <= set(article)
        for claim in article["claims"]:
            assert {"id", "text", "role", "attribution"} <= set(claim)
            assert claim["role"] in {"headline", "body"}
            assert claim["id"].startswith(article["id"] + "-")
            ids.add(claim["id"])
    for match in contract["matches"]:
        assert len(match["claims"]) == 2 and set(match["claims"]) <= ids
        assert 0 <= match["score"] <= 1
        assert match["kind"] in {"same", "differs"}
    moscow, kyiv = contract["articles"]
    assert moscow["id"] == "moscow-times" and moscow["published"] == "2024-12-13"
    assert moscow["url"].startswith("https://www.themoscowtimes.com/2024/12/13/")
    assert kyiv["url"] == "https://kyivindependent.com/russia-pushed-assad-to-flee-syria-bloomberg/"


def test_no_site_chrome_is_a_claim(contract: dict) -> None:  # type: ignore[type-arg]
    texts = [claim["text"] for article in contract["articles"] for claim in article["claims"]]
    for text in texts:
        for chrome in CHROME:
            assert chrome.lower() not in text.lower(), (chrome, text)


def test_the_flight_and_the_transponder_are_matched(contract: dict) -> None:  # type: ignore[type-arg]
    text = {c["id"]: c["text"] for a in contract["articles"] for c in a["claims"]}
    pairs = [tuple(text[i] for i in match["claims"]) for match in contract["matches"]]

    def matched(left: str, right: str) -> bool:
        return any((left in a and right in b) or (left in b and right in a) for a, b in pairs)

    assert matched("Hmeimim air base", "via a Russian airbase")
    assert matched("transponder switched off", "transponder was likely turned off")


def test_claims_carry_their_attribution(contract: dict) -> None:  # type: ignore[type-arg]
    claims = {c["text"][:30]: c for a in contract["articles"] for c in a["claims"]}
    assert claims["Assad flew to Russia's Hmeimim"]["attribution"] == "Reuters"
    assert claims["Assad was swiftly flown out of"]["attribution"] == "Bloomberg"
    assert claims["Bloomberg, citing anonymous so"]["attribution"] == "Bloomberg"
    assert claims["Russia's Foreign Minister Lavr"]["attribution"] == "Reuters"


def test_text_format_names_the_outlets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *SEEDS]) == 0
    out = capsys.readouterr().out
    assert "The Moscow Times vs The Kyiv Independent" in out
    rows = [line for line in out.splitlines() if line.startswith("Row ")]
    assert rows[0] == "Row 1 [differs: source]", "named as on the page"
    assert "Row 8 [differs: hedge, source]" in rows and "Row 3 [unique]" in rows
    # Lavrov's efforts "Reuters reported", matched to Bloomberg's headline in row 1: a source
    # credited otherwise in another row sets no rows against each other.
    assert rows[1] == "Row 2 [shared]"
    # The match with a claim of row 1 is listed there, and row 2 says so.
    row_two = out.split("Row 2 [")[1].split("\n\n")[0].splitlines()
    assert row_two[-1] == "  = moscow-times-2 ~ kyiv-independent-1: listed under row 1", row_two


def test_threshold_changes_the_matches(capsys: pytest.CaptureFixture[str]) -> None:
    main(["compare", "--format", "json", "--threshold", "0.99", *SEEDS])
    assert json.loads(capsys.readouterr().out)["matches"] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", SEEDS[0]],
        ["compare", SEEDS[0], "missing.txt"],
    ],
)
def test_bad_arguments_exit_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert "claimdiff:" in capsys.readouterr().err


def test_threshold_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["compare", "--threshold", "2", *SEEDS])
    assert "must be from 0.0 to 1.0" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["compare", "--threshold", "abc", *SEEDS])
    assert "argument --threshold: invalid threshold value: 'abc'" in capsys.readouterr().err


def test_compare_refuses_files_of_which_fewer_than_two_are_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "notes.pdf").write_text("not an article")
    (tmp_path / "a.md").write_text("A quake hit the city.\n")
    for files in (["photo.md", "notes.pdf"], ["photo.md", "a.md"]):
        assert main(["compare", *(str(tmp_path / name) for name in files)]) == 2
        err = capsys.readouterr().err
        assert "at least two readable articles" in err and "photo.md" in err


def test_score_of_a_file_not_in_utf8_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pairs = tmp_path / "pairs.tsv"
    pairs.write_bytes("Caf\u00e9 opens\tThe caf\u00e9 opened\n".encode("cp1252"))
    assert main(["score", str(pairs)]) == 2
    assert capsys.readouterr().err == f"claimdiff: {pairs}: not UTF-8 text (byte 4)\n"
    # Standard input as well, whatever the locale's encoding would make of it.
    stdin = io.TextIOWrapper(io.BytesIO(b"x\xffy\tz\n"), errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["score", "-"]) == 2
    assert capsys.readouterr() == ("", "claimdiff: -: not UTF-8 text (byte 2)\n")


def test_compare_and_group_refuse_a_file_given_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file compared with itself shares every claim, and grouped with itself is listed twice
    in one story: the same path twice, or by a link."""
    (tmp_path / "a.md").write_text("A quake hit the city.\n")
    (tmp_path / "link.md").symlink_to(tmp_path / "a.md")
    for command in ("compare", "group"):
        for second in ("a.md", "link.md"):
            assert main([command, str(tmp_path / "a.md"), str(tmp_path / second)]) == 2
            assert capsys.readouterr().err == f"claimdiff: {tmp_path / second}: given twice\n"


def test_export_of_a_folder_without_stories_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no mkdocs.yml here
    (tmp_path / "articles").mkdir()
    assert main(["export", "articles", "--out", str(tmp_path / "out")]) == 2
    assert "articles: no story with a readable article to export" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_compare_warns_of_two_articles_of_one_outlet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a site build does: two columns of one outlet count a claim both make as shared."""
    for name, text in (("report.md", "Drivers walked out."), ("update.md", "Drivers struck.")):
        (tmp_path / name).write_text(f"---\noutlet: Metro Daily\n---\n{text}\n")
    (tmp_path / "times.md").write_text("---\noutlet: The Times\n---\nDrivers walked out.\n")
    assert (
        main(["compare", *(str(tmp_path / n) for n in ("report.md", "times.md", "update.md"))]) == 0
    )
    err = capsys.readouterr().err
    assert (
        f"warning: {tmp_path / 'update.md'}: outlet `Metro Daily` is also that of report.md" in err
    )


def test_compare_names_the_story_file_as_the_articles_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files named relative to where the user stands: so is the story's broken _story.yml."""
    story = tmp_path / "strike"
    story.mkdir()
    (story / "_story.yml").write_text("title: [broken\n")
    for name, outlet in (("a.md", "Metro Daily"), ("b.md", "The Times")):
        (story / name).write_text(f"---\noutlet: {outlet}\n---\nDrivers walked out.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["compare", "strike/a.md", "strike/b.md"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "_story.yml" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning: strike/_story.yml:1: ")


def test_compare_of_a_story_folder_glob_reads_its_story_file_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`claimdiff compare strike/*`, as the guide suggests, hands the story's _story.yml over
    with the articles: it titles the story, and is no "sidecar without an article"."""
    story = tmp_path / "strike"
    story.mkdir()
    (story / "_story.yml").write_text("title: The drivers' strike\n")
    for name, outlet in (("a.md", "Metro Daily"), ("b.md", "The Times")):
        url = f"https://{outlet.split()[-1].lower()}.example/strike"
        (story / name).write_text(f"---\noutlet: {outlet}\nurl: {url}\n---\nDrivers walked out.\n")
    monkeypatch.chdir(tmp_path)
    assert main(["compare", "strike/_story.yml", "strike/a.md", "strike/b.md"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.splitlines()[0] == "The drivers' strike: Metro Daily vs The Times"


def test_compare_in_the_story_folder_titles_the_story_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`claimdiff compare a.md b.md` in the folder ``strike``: the folder given is ".", which
    has no name of its own, and the story was titled "Untitled" instead of "Strike"."""
    story = tmp_path / "strike"
    story.mkdir()
    for name, outlet in (("a.md", "Metro Daily"), ("b.md", "The Times")):
        (story / name).write_text(f"---\noutlet: {outlet}\n---\nDrivers walked out.\n")
    monkeypatch.chdir(story)
    assert main(["compare", "a.md", "b.md"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Strike: Metro Daily vs The Times"


def test_json_holds_the_digest_of_the_page(contract: dict) -> None:  # type: ignore[type-arg]
    """The digest names each disagreement with the values, who gives each, and its row: a row
    the text output marks as differing in that kind."""
    digest = contract["digest"]
    outlets = {article["outlet"] for article in contract["articles"]}
    assert set(digest["outlets"]) == outlets
    assert digest["disagreements"] and digest["agreed"]
    for line in digest["disagreements"]:
        assert len(line["values"]) >= 2 and line["row"] >= 1
        given = {outlet for value in line["values"] for outlet in value["outlets"]}
        assert given <= outlets


def test_text_prints_the_digest_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *SEEDS]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split(" [")[0]: line for line in lines if line.startswith("Row ")}
    # As the page's heading: in how many of the rows the outlets disagree.
    differing = sum(1 for line in rows.values() if line.startswith("Row ") and "[differs" in line)
    assert lines[2] == f"Where they disagree ({differing} of {len(rows)} rows):"
    digest = lines[3 : lines.index("What most agree on:")]
    assert digest
    for line in digest:  # "  row 8, hedge (certainty): likely (...) vs stated as fact (...)"
        # "row 8 and row 9, ...", "row 3, row 9 and row 12, ...": the kind after the rows
        head = line.split(":")[0].strip().split(", ")
        number, kind = head[0].removeprefix("row ").split(" ")[0], head[-1].split(" (")[0]
        assert not head[-1].startswith(f"{kind} ({kind})"), line  # "source, source" read twice
        assert kind in rows[f"Row {number}"] and " vs " in line, line


def test_what_most_agree_on_leaves_out_rows_whose_outlets_disagree(tmp_path: Path) -> None:
    """A claim every outlet makes but one says the opposite of is a disagreement, never
    something they agree on; a claim made alike by all is."""
    reports = {
        "herald": "The captain, Ivan Petrov, did not survive.",
        "post": "The captain, Ivan Petrov, survived.",
        "radio": "The captain, Ivan Petrov, survived.",
    }
    files = []
    for outlet, captain in reports.items():
        path = tmp_path / f"{outlet}.md"
        path.write_text(
            f"---\noutlet: {outlet}\n---\n# Ferry capsizes on Lake Varna\n\n{captain}\n\n"
            "The ferry was carrying 140 passengers from Port Elin to Kastra.\n"
        )
        files.append(str(path))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["compare", "--format", "json", *files]) == 0
    digest = json.loads(printed.getvalue())["digest"]
    assert [line["kind"] for line in digest["disagreements"]] == ["negation"]
    agreed = [point["text"] for point in digest["agreed"]]
    assert "The ferry was carrying 140 passengers from Port Elin to Kastra." in agreed
    assert not any("captain" in text for text in agreed), agreed


def test_a_folder_that_cannot_be_listed_is_named_as_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Looking into the folder for article files raised PermissionError, a traceback (the
    review of that change): a folder that cannot be listed is still just named as a folder."""

    def refuse(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert main(["compare", SEEDS[0], str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"claimdiff: {tmp_path}: a folder, not an article file: run `claimdiff export` on the"
        " articles folder\n"
    )


@pytest.mark.parametrize("command", ["compare", "group"])
def test_a_story_folder_given_as_a_file_is_named_as_a_folder(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`claimdiff compare docs/articles/bridge` said "no such file: docs/articles/bridge",
    of a folder that is there: it says it is a folder, and how to compare what is in it."""
    story = tmp_path / "bridge"
    story.mkdir()
    (story / "a.txt").write_text("Bridge falls\n\nSix were hurt.\n")
    assert main([command, str(story), SEEDS[0]]) == 2
    assert capsys.readouterr().err == (
        f"claimdiff: {story}: a folder, not an article file: name its files ({story}/*), "
        "or run `claimdiff export` on the articles folder\n"
    )
    # The articles folder holds story folders, not files to name (a new user's audit).
    assert main([command, str(tmp_path), SEEDS[0]]) == 2
    assert capsys.readouterr().err == (
        f"claimdiff: {tmp_path}: a folder, not an article file: run `claimdiff export` on the"
        " articles folder\n"
    )
    assert main([command, SEEDS[0], str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err == f"claimdiff: no such file: {tmp_path / 'missing.txt'}\n"
    # A link to a device is there: it is no file to read, as a build says (the audit).
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert main([command, SEEDS[0], str(tmp_path / "zero.txt")]) == 2
    assert capsys.readouterr().err == f"claimdiff: {tmp_path / 'zero.txt'}: {NOT_A_FILE}\n"


def test_file_names_with_terminal_escapes_are_written_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file named with an escape sequence and a carriage return erased its warning line in a
    terminal and hid what followed (helper-120's audit): its control characters are written
    out, in the command's messages and in the build's warnings alike."""
    hostile = tmp_path / "a\x1b[2K\r\x1b[8mx.txt"
    hostile.write_text("Quake hits city\n\nA quake hit the city on Monday.\n")
    other = tmp_path / "b.txt"
    other.write_text("City shaken\n\nA quake shook the city on Monday.\n")
    assert main(["compare", str(hostile), str(other)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\r" not in err
    assert "a\\x1b[2K\\r\\x1b[8mx.txt" in err
    assert "\x1b" not in str(Problem(hostile, "no outlet"))


def test_a_file_named_with_a_line_break_forges_no_log_line(tmp_path: Path) -> None:
    """A newline in a file name printed a line of its own, "INFO - Documentation built in 0.1
    seconds" (helper-140's audit): line breaks are written out too."""
    for name in ("evil\nINFO    -  Documentation built\n.md", "evil\u2028INFO.md"):
        shown = str(Problem(tmp_path / name, "no outlet"))
        assert len(shown.splitlines()) == 1 and "INFO" in shown


def test_group_leaves_a_story_title_file_out_as_compare_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The new-user audit: `claimdiff group story/*` warned "_story.yml: sidecar without an
    article of the same name", where `claimdiff compare story/*` takes it as the title."""
    (tmp_path / "_story.yml").write_text("title: Ferry crash\n")
    (tmp_path / "a.md").write_text("# Ferry hits barge\n\nA ferry hit a barge in Port Elara.\n")
    (tmp_path / "b.md").write_text("# Barge struck\n\nA ferry struck a barge in Port Elara.\n")
    files = [str(tmp_path / name) for name in ("_story.yml", "a.md", "b.md")]
    assert main(["group", *files]) == 0
    assert "_story.yml" not in capsys.readouterr().err
