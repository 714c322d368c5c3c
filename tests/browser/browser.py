"""Helpers to look at built sites in a real browser: Debian's Chromium driven by Playwright.

Playwright's own browser download is not used (it needs the network); the test setup installs
Chromium with apt instead (see the Makefile). The browser tests and
``tests/browser/screenshots.py`` share these helpers.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Browser, Playwright, ViewportSize

from ..conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
# Material without web fonts, so the themed pages make no request off the machine either.
MATERIAL_DARK = {"name": "material", "font": False, "palette": {"scheme": "slate"}}


def launch(playwright: Playwright) -> Browser:
    """Start Chromium headless, or fail saying how to install it (``make test`` does)."""
    if not CHROMIUM.is_file():
        raise RuntimeError(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium. "
            "Run `make test` (it installs it) or `apt-get install -y chromium`."
        )
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean: requests are not logged."""


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a built site on a free loopback port; yields its base URL (ending in a slash)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def build_demo(site_dir: Path, **overrides: Any) -> Path:
    """Build the demo site (``mkdocs.yml``) into ``site_dir``, e.g. with another ``theme``."""
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), **overrides))
    return site_dir
