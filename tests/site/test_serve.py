"""``mkdocs serve``: editing an article shows the new comparison without a restart."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from mkdocs_claimdiff.output.render import TEMPLATES
from mkdocs_claimdiff.plugin.paths import watch_articles

from ..conftest import DEMO_ARTICLES

NEW_SENTENCE = "A spokesman for the airport confirmed the landing time to local reporters."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, accept: object = None, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        html = fetch(url)
        if html is not None and (accept is None or accept(html)):  # type: ignore[operator]
            return html
        time.sleep(0.3)
    raise AssertionError(f"{url} did not show the expected page within {seconds} s")


@pytest.fixture(params=[False, True], ids=["full", "dirty"])
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, Path]]:
    """The demo site under ``mkdocs serve``, and under ``mkdocs serve --dirty``, which
    rebuilds only the pages whose sources changed."""
    docs = tmp_path / "docs"
    shutil.copytree(DEMO_ARTICLES, docs / "articles")
    (docs / "index.md").write_text("# Home\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        yaml.safe_dump({"site_name": "Serve", "docs_dir": "docs", "plugins": ["claimdiff"]})
    )
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dev-addr",
            f"127.0.0.1:{port}",
            "-f",
            str(config),
            *(["--dirty"] if request.param else []),
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        yield f"http://127.0.0.1:{port}/", docs
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def comparison_texts(html: str) -> list[str]:
    page = BeautifulSoup(html, "html.parser")
    return [p.get_text() for p in page.select(".cd-claim .cd-text")]


def test_editing_an_article_updates_the_comparison(served: tuple[str, Path]) -> None:
    base, docs = served
    url = base + "stories/assad-escape/"
    before = comparison_texts(wait_for(url))
    assert before and NEW_SENTENCE not in before

    article = docs / "articles" / "assad-escape" / "kyiv-independent.txt"
    text = article.read_text(encoding="utf-8")
    anchor = "Damascus has been supportive of the Kremlin during the ongoing invasion of Ukraine."
    article.write_text(text.replace(anchor, f"{anchor}\n\n{NEW_SENTENCE}"), encoding="utf-8")

    after = comparison_texts(wait_for(url, lambda html: NEW_SENTENCE in comparison_texts(html)))
    assert len(after) == len(before) + 1
    navigation = BeautifulSoup(fetch(url) or "", "html.parser").select_one(".navbar, nav")
    assert navigation is not None
    assert "Mount Cook" in navigation.get_text(" "), "the other story's title, not its folder"


LOADS_THE_MATCHER = """
import sys, time
from mkdocs.config import load_config
from mkdocs.structure.files import Files
LOADED_LATER = ("mkdocs_claimdiff.matching.align", "mkdocs_claimdiff.claims.extract",
                "mkdocs_claimdiff.sources.text", "mkdocs_claimdiff.sources.html")
config = load_config({config!r})
config.plugins.on_startup(command="serve", dirty=False)
config = config.plugins.on_config(config)
config.plugins.on_files(Files([]), config=config)
early = [module for module in LOADED_LATER if module in sys.modules]
assert not early, f"a cached build loaded {{early}}"
class Server:
    def watch(self, path): pass
config.plugins.on_serve(Server(), config=config, builder=None)
deadline = time.monotonic() + 30
while any(m not in sys.modules for m in LOADED_LATER) and time.monotonic() < deadline:
    time.sleep(0.05)
print("loaded" if all(m in sys.modules for m in LOADED_LATER) else "not loaded")
"""


def test_serve_loads_the_matcher_before_the_first_edit(tmp_path: Path) -> None:
    """A build from the cache never imports the readers, the claim readers or the matcher
    (numpy, scipy); under ``mkdocs serve`` they are loaded in the background, so the first save
    does not wait for them."""
    docs = tmp_path / "docs"
    shutil.copytree(DEMO_ARTICLES, docs / "articles")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": ["claimdiff"]}))
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_file)], check=True
    )
    script = LOADS_THE_MATCHER.format(config=str(config_file))
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert found.stdout.strip() == "loaded", found.stderr


class _Cycle:
    """An object that refers to itself: only the cycle collector can free it."""

    def __init__(self) -> None:
        self.itself = self


def test_nothing_stays_frozen_after_a_build_and_a_host_s_freeze_is_left_alone(
    tmp_path: Path,
) -> None:
    """A build exempts what lives after reading from the cycle collector (``gc.freeze``) while
    its pages render; when it ends (``mkdocs serve`` or a script calling ``build``), garbage in
    cycles must be freed again, the host's own data included (review: a script's 200 MB cycle
    stayed frozen until the next claimdiff build)."""
    story = tmp_path / "docs" / "articles" / "quake"
    story.mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (story / "a.txt").write_text("Quake hits city\n\nA quake of magnitude 6 hit the city.\n")
    (story / "b.txt").write_text("City shaken\n\nA magnitude 6 quake shook the city.\n")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump({"site_name": "T", "plugins": ["claimdiff"]}))
    config = load_config(str(config_file))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    left = _Cycle()
    alive = weakref.ref(left)
    try:
        config.plugins.on_files(Files([]), config=config)
        del left  # garbage now, in a cycle, frozen by the build while its pages render
        gc.collect()
        assert alive() is not None, "the build froze nothing: this test shows nothing"
        assert gc.isenabled()
        config.plugins.on_post_build(config=config)
        gc.collect()
        assert alive() is None
        assert gc.get_freeze_count() == 0
        # A host that froze its own objects keeps them frozen: the build freezes nothing more
        # and thaws nothing.
        hosts = _Cycle()
        host_alive = weakref.ref(hosts)
        gc.freeze()
        config.plugins.on_files(Files([]), config=config)
        config.plugins.on_post_build(config=config)
        del hosts
        gc.collect()
        assert host_alive() is not None
    finally:
        gc.unfreeze()


def test_a_rebuild_compiles_no_template_again_and_shows_edits_to_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``mkdocs serve`` each rebuild loads the configuration, and so a new template
    environment: the templates compiled by the build before are used again, unless edited."""
    story = tmp_path / "docs" / "articles" / "quake"
    story.mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    (story / "a.txt").write_text("Quake hits city\n\nA quake of magnitude 6 hit the city.\n")
    (story / "b.txt").write_text("City shaken\n\nA magnitude 6 quake shook the city.\n")
    overrides = tmp_path / "overrides" / "claimdiff"
    overrides.mkdir(parents=True)
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        yaml.safe_dump(
            {
                "site_name": "T",
                "theme": {"name": "mkdocs", "custom_dir": "overrides"},
                "plugins": ["claimdiff"],
            }
        )
    )
    compiled: list[str | None] = []
    compile_source = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        compiled.append(name)
        return compile_source(self, source, name, *args)

    monkeypatch.setattr("jinja2.Environment.compile", counting)

    def rebuild() -> BeautifulSoup:
        config = load_config(str(config_file))
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        index = tmp_path / "site" / "stories" / "quake" / "index.html"
        return BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")

    rebuild()  # MkDocs keeps one instance of the plugin per process: it may have compiled
    compiled.clear()  # the templates for an earlier test already
    (story / "b.txt").write_text("City shaken\n\nA magnitude 7 quake shook the city.\n")
    page = rebuild()
    assert compiled == []
    assert "magnitude 7" in page.get_text(" ")
    # A template edited between two saves is compiled again, and shows.
    original = TEMPLATES / "claimdiff" / "comparison.html"
    edited = original.read_text(encoding="utf-8").replace(
        "{% autoescape true -%}", "{% autoescape true -%}<p class='edited-mark'>edited</p>", 1
    )
    (overrides / "comparison.html").write_text(edited, encoding="utf-8")
    page = rebuild()
    assert compiled == ["claimdiff/comparison.html"]
    assert page.find("p", class_="edited-mark") is not None


class _Watched:
    """A server that notes what it is asked to watch, and refuses a folder that is not there,
    as the live-reload server's watchdog does."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def watch(self, path: str) -> None:
        if not Path(path).exists():
            raise FileNotFoundError(path)
        self.paths.append(path)


def test_serve_watches_an_articles_folder_outside_docs_only_once_it_exists(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """``mkdocs serve`` with ``articles_dir: ../news`` before the folder was made stopped with
    watchdog's FileNotFoundError (helper-120's audit): it warns and serves on."""
    docs, news = tmp_path / "docs", tmp_path / "news"
    docs.mkdir()
    server = _Watched()
    watch_articles(server, news, docs)  # type: ignore[arg-type]
    assert server.paths == []
    assert "does not exist, so it is not watched" in caplog.text
    news.mkdir()
    watch_articles(server, news, docs)  # type: ignore[arg-type]
    assert server.paths == [str(news)]
    watch_articles(server, docs / "articles", docs)  # type: ignore[arg-type]
    assert server.paths == [str(news)], "a folder inside docs_dir is watched with it"
