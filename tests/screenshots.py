"""Photograph the demo's comparison page: ``make screenshots`` (``python -m tests.screenshots``).

Writes into ``build/screenshots/``: ``comparison-desktop.png`` (1280 px wide, the demo's
``mkdocs`` theme), ``comparison-phone.png`` (390 px, stacked cards) and ``comparison-dark.png``
(1280 px, Material's dark "slate" palette, the dark scheme most sites built with this plugin
will use). Each shows the top of the page, up to ``HEIGHT`` pixels, at twice the pixel density
for the phone.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from .browser import DESKTOP, MATERIAL_DARK, PHONE, build_demo, launch, serve
from .conftest import ROOT

STORY = "stories/assad-escape/"
HEIGHT = 2000


def shoot(browser: Browser, url: str, viewport: dict[str, int], scale: int, target: Path) -> None:
    page = browser.new_page(viewport=viewport, device_scale_factor=scale)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    full = page.evaluate("document.documentElement.scrollHeight")
    clip = {"x": 0, "y": 0, "width": viewport["width"], "height": min(full, HEIGHT)}
    page.screenshot(path=str(target), full_page=True, clip=clip)
    page.close()


def main(out: Path = ROOT / "build" / "screenshots", story: str = STORY) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        light = build_demo(Path(tmp) / "light")
        dark = build_demo(Path(tmp) / "dark", theme=MATERIAL_DARK)
        browser = launch(playwright)
        with serve(light) as light_url, serve(dark) as dark_url:
            shoot(browser, light_url + story, DESKTOP, 1, out / "comparison-desktop.png")
            shoot(browser, light_url + story, PHONE, 2, out / "comparison-phone.png")
            shoot(browser, dark_url + story, DESKTOP, 1, out / "comparison-dark.png")
        browser.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(story=sys.argv[1] if len(sys.argv) > 1 else STORY)
