"""Pages rendered beside the comparing (a cold build of many files, ``start_comparing``): what
other plugins, MkDocs and the user see must be what a build that compared first shows."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_claimdiff import comparing, pipeline

from .test_parallel import _gone, _slow_site, _start_slow_build

WORDS = "quake storm city river mayor police rescue hospital people minister border".split()
HOOK = '''
MARK = "<!-- seen by a later hook -->"

def on_page_content(html, page, config, files):
    """As a user's hook (or a plugin after claimdiff) post-processes every page's HTML."""
    return html + MARK
'''


def _many_files(root: Path, stories: int = 3, each: int = 18) -> Path:
    """A site of ``stories`` stories of ``each`` short text files: fifty or more start the
    workers for the reading, and with them the comparing beside the rendering."""
    for story in range(stories):
        for number in range(each):
            text = " ".join(random.Random(f"{story}-{number}").choices(WORDS, k=30))
            path = root / "docs" / "articles" / f"story-{story}" / f"report-{number}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Report {number}\n\nA quake hit the city on Monday. {text}.\n")
    (root / "docs" / "index.md").write_text("# Home\n")
    (root / "hook.py").write_text(HOOK)
    config = {
        "site_name": "Many",
        "docs_dir": "docs",
        "site_dir": "out",
        "hooks": ["hook.py"],
        "plugins": [{"claimdiff": {"workers": 2, "cache": False}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config))
    return root / "mkdocs.yml"


def _paths_taken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each build's path from now on: "beside" when the comparing runs beside MkDocs laying out
    the site, "before" when it was done first."""
    paths: list[str] = []
    real = pipeline.start_comparing

    def spied(*args: object, **kwargs: object) -> comparing.ComparingFolder:
        comparing = real(*args, **kwargs)  # type: ignore[arg-type]
        paths.append("beside" if comparing._thread is not None else "before")
        return comparing

    monkeypatch.setattr(pipeline, "start_comparing", spied)
    monkeypatch.setattr("mkdocs_claimdiff.plugin.start_comparing", spied)
    return paths


@pytest.mark.parametrize(("stories", "each", "path"), [(3, 18, "beside"), (2, 3, "before")])
def test_a_later_plugin_sees_the_html_of_every_generated_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stories: int, each: int, path: str
) -> None:
    """A hook's (or a later plugin's) ``on_page_content`` post-processes the claimdiff pages
    too, whether or not their story was compared by the time MkDocs read them (review 18: on
    a cold build of fifty files or more, the pages of stories still comparing were handed on
    empty and filled in ``on_env``, so what the hook added was lost and what it read was
    empty; on every build, so was the index of every story)."""
    seen = _paths_taken(monkeypatch)
    build(load_config(str(_many_files(tmp_path, stories, each))))
    assert seen == [path], "the site must take the path this case is about"
    pages = sorted((tmp_path / "out" / "stories").rglob("*.html"))
    assert len(pages) == 1 + stories * (1 + each)
    unseen = [
        str(page.relative_to(tmp_path / "out"))
        for page in pages
        if "<!-- seen by a later hook -->" not in page.read_text(encoding="utf-8")
    ]
    assert unseen == []


SLOW_PAGES = '''
import time

def on_page_markdown(markdown, page, config, files):
    """Pages that take a while to render, so Ctrl-C finds the build rendering them."""
    time.sleep(0.2)
    return markdown
'''


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("busy", ["waiting", "rendering"])
def test_an_interrupted_build_stops_without_comparing_the_stories_left(
    tmp_path: Path, busy: str
) -> None:
    """``kill -INT`` of a build that compares beside its pages (fifty files or more), while it
    waits for the comparisons or while it renders pages, stops the build and its workers at
    once (review 18: Python waited for the comparing thread, and it for the workers, until
    every story was compared)."""
    stories = 40  # 120 files (fifty or more: the comparing runs beside the pages)
    if busy == "rendering":
        (tmp_path / "slow_pages.py").write_text(SLOW_PAGES)
    site = _slow_site(tmp_path, stories)
    if busy == "rendering":
        config = yaml.safe_load(site.read_text())
        site.write_text(yaml.safe_dump({**config, "hooks": ["slow_pages.py"]}))
    process, workers = _start_slow_build(tmp_path, stories, site)
    try:
        os.kill(process.pid, signal.SIGINT)  # the build alone, as `kill -INT` or a supervisor
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    finally:
        if process.poll() is None:
            process.kill()
            pytest.fail("the interrupted build went on comparing")
    assert _gone(workers, 5) == []
    assert len(list(tmp_path.glob(".cache/claimdiff/*/stories/*.json"))) < stories


INTERRUPT_ONCE = '''
from pathlib import Path

def on_page_markdown(markdown, page, config, files):
    """Ctrl-C in a notebook while the build renders: MkDocs reports it to no plugin."""
    flag = Path(config.config_file_path).with_name("INTERRUPT")
    if flag.exists():
        flag.unlink()
        raise KeyboardInterrupt
    return markdown
'''


def test_a_build_after_an_interrupted_one_starts_once_its_comparing_has_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script or notebook that builds again after Ctrl-C stopped a build: the new build
    reads and compares only once the comparing of the stopped one has ended, as the store is
    used by one thread at a time (review 18: it ran on beside the new build)."""
    (tmp_path / "interrupt_once.py").write_text(INTERRUPT_ONCE)
    site = _slow_site(tmp_path, 20)  # 60 files: the comparing runs beside the pages
    config = yaml.safe_load(site.read_text())
    site.write_text(yaml.safe_dump({**config, "hooks": ["interrupt_once.py"]}))
    (tmp_path / "INTERRUPT").write_text("")
    comparing_then: list[list[str]] = []
    real = pipeline.start_comparing

    def spied(*args: object, **kwargs: object) -> comparing.ComparingFolder:
        comparing_then.append(
            [thread.name for thread in threading.enumerate() if thread.name == "claimdiff-compare"]
        )
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("mkdocs_claimdiff.plugin.start_comparing", spied)
    with pytest.raises(KeyboardInterrupt):
        build(load_config(str(site)))
    build(load_config(str(site)))
    assert comparing_then == [[], []]
    assert len(list((tmp_path / "out" / "stories").glob("*/index.html"))) == 20


EARLY_ENV = '''
from mkdocs.plugins import event_priority

EMPTY = []

@event_priority(50)
def on_env(env, config, files):
    """As a plugin listed before claimdiff that reads every page's HTML once all are read."""
    for file in files.documentation_pages():
        if file.src_uri.startswith("stories/") and not file.page.content:
            EMPTY.append(file.src_uri)
    (config.config_file_path and __import__("pathlib").Path(config.config_file_path)
        .with_name("empty.txt").write_text("\\n".join(EMPTY)))
    return env
'''


def test_a_plugin_before_claimdiff_finds_every_page_rendered_in_on_env(tmp_path: Path) -> None:
    """Pages still waiting for their story are rendered in claimdiff's ``on_env``, which runs
    before any other plugin's, so a plugin listed before claimdiff that reads the pages'
    HTML there finds it (review 18: it found them empty on a cold build of fifty files)."""
    site = _many_files(tmp_path)
    (tmp_path / "hook.py").write_text(EARLY_ENV)  # in place of the on_page_content hook
    build(load_config(str(site)))
    assert (tmp_path / "empty.txt").read_text() == ""


def test_pages_built_beside_the_comparing_are_those_of_a_build_that_compared_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no other plugin reading the pages' HTML, MkDocs builds the pages of each story as
    its comparison comes, while the workers compare the others, and the plugin writes each
    story's export itself: every page, export and search entry of that cold build is the one
    of a build whose stories all came from the cache before MkDocs built a page."""
    site = _many_files(tmp_path)
    config = yaml.safe_load(site.read_text())
    del config["hooks"]
    config["plugins"] = ["search", {"claimdiff": {"workers": 2}}]
    site.write_text(yaml.safe_dump(config))
    paths = _paths_taken(monkeypatch)
    # Each comparison comes a little late, so that MkDocs starts building pages before the
    # last, however fast the machine: those pages must wait for theirs as they are built.
    found, wait = comparing.ComparingFolder.found, comparing.ComparingFolder.wait
    waited: list[int | None] = []

    def late(self: comparing.ComparingFolder, index: int, comparison: object) -> None:
        time.sleep(0.2)
        found(self, index, comparison)  # type: ignore[arg-type]

    def recorded(self: comparing.ComparingFolder, index: int | None) -> None:
        waited.append(index)
        wait(self, index)

    monkeypatch.setattr(comparing.ComparingFolder, "found", late)
    monkeypatch.setattr(comparing.ComparingFolder, "wait", recorded)
    outputs = []
    for site_dir in ("cold", "warm"):
        build(load_config(str(site), site_dir=str(tmp_path / site_dir)))
        out = tmp_path / site_dir
        outputs.append(
            {
                str(path.relative_to(out)): path.read_bytes()
                for path in sorted([*out.glob("stories/**/*"), out / "search/search_index.json"])
                if path.is_file()
            }
        )
    assert paths == ["beside", "before"], "the builds must take the paths this case is about"
    assert any(place is not None for place in waited), "no page waited for its story"
    cold, warm = outputs
    exports = [json.loads(text) for name, text in cold.items() if name.endswith(".json")]
    assert [len(export["articles"]) for export in exports if "articles" in export] == [18] * 3
    assert cold == warm


FEED = (
    "{% for file in pages %}{{ file.src_uri }} {{ (file.page.content or '') | length }}\n"
    "{% endfor %}"
)


@pytest.mark.parametrize("kind", ["extra", "theme"])
def test_an_extra_template_and_an_excluded_export_see_the_site_as_published(
    tmp_path: Path, kind: str
) -> None:
    """MkDocs renders a site's extra templates and its theme's static ones (a feed, a page of
    every page) before it builds the pages: on a cold build they find every generated page
    rendered, as on a warm one. And an export the site excludes is not published (reviews of
    2026-12-04)."""
    site = _many_files(tmp_path)
    config = yaml.safe_load(site.read_text())
    del config["hooks"]
    config["exclude_docs"] = "*.json\n"
    if kind == "extra":
        config["extra_templates"] = ["feed.txt"]
        (tmp_path / "docs" / "feed.txt").write_text(FEED)
    else:
        config["theme"] = {
            "name": "mkdocs",
            "custom_dir": "overrides",
            "static_templates": ["feed.txt"],
        }
        (tmp_path / "overrides").mkdir()
        (tmp_path / "overrides" / "feed.txt").write_text(FEED)
    site.write_text(yaml.safe_dump(config))
    build(load_config(str(site)))
    lines = (tmp_path / "out" / "feed.txt").read_text().split("\n")
    sizes = {line.split()[0]: int(line.split()[1]) for line in lines if line.startswith("stories/")}
    assert len(sizes) == 1 + 3 * (1 + 18)
    assert [uri for uri, size in sizes.items() if size == 0] == []
    assert list((tmp_path / "out" / "stories").glob("*.json")) == []
