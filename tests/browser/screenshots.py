"""Photograph the first screen of the demo's comparison pages: ``make screenshots``
(``python -m tests.browser.screenshots``).

Writes into ``build/screenshots/``, for each demo story: ``<story>-desktop.png`` (1280 x 800,
the demo's ``mkdocs`` theme), ``<story>-phone.png`` (390 px wide, at twice the pixel density)
and ``<story>-dark.png`` (1280 x 800, Material's dark "slate" palette, the dark scheme most
sites built with this plugin will use). Each shows what a reader sees before scrolling.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, ViewportSize, sync_playwright

from ..conftest import ROOT
from .browser import MATERIAL_DARK, PHONE, build_demo, launch, serve

STORIES = ("assad-escape", "mount-cook-climbers")
FIRST_SCREEN: ViewportSize = {"width": 1280, "height": 800}


def shoot(browser: Browser, url: str, viewport: ViewportSize, scale: int, target: Path) -> None:
    page = browser.new_page(viewport=viewport, device_scale_factor=scale)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(target))
    page.close()


def main(out: Path = ROOT / "build" / "screenshots", stories: tuple[str, ...] = STORIES) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        light = build_demo(Path(tmp) / "light")
        dark = build_demo(Path(tmp) / "dark", theme=MATERIAL_DARK)
        browser = launch(playwright)
        with serve(light) as light_url, serve(dark) as dark_url:
            for story in stories:
                page = f"stories/{story}/"
                shoot(browser, light_url + page, FIRST_SCREEN, 1, out / f"{story}-desktop.png")
                shoot(browser, light_url + page, PHONE, 2, out / f"{story}-phone.png")
                shoot(browser, dark_url + page, FIRST_SCREEN, 1, out / f"{story}-dark.png")
        browser.close()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main(stories=tuple(sys.argv[1:]) or STORIES)
