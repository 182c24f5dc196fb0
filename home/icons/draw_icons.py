"""Draw the site's PNG icons from its SVG logo (``site/static/img/favicon.svg``).

    .venv/bin/python home/icons/draw_icons.py

Writes ``home/static/home/icons/``: ``apple-touch-icon.png`` (180 x 180, linked from every
page's head) and ``icon-192.png`` / ``icon-512.png`` (the web manifest's). The squares are full
bleed (the logo's rounded corners squared off): iOS and Android round them with their own mask.
Debian's Chromium renders the SVG (the ``playwright`` package drives it, as in the browser
tests; never ``playwright install``). The PNGs are committed: the site never runs this.
"""

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
LOGO = ROOT / "site" / "static" / "img" / "favicon.svg"
OUT = ROOT / "home" / "static" / "home" / "icons"
SIZES = {"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def full_bleed(svg):
    """The logo with square corners, sized to fill its box."""
    svg = re.sub(r'\s+rx="[^"]*"', "", svg, count=1)
    return svg.replace("<svg ", '<svg width="100%" height="100%" ', 1)


def main():
    svg = full_bleed(LOGO.read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, size in SIZES.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            box = f"<div style='width:{size}px;height:{size}px'>{svg}</div>"
            page.set_content(f"<!DOCTYPE html><html><body style='margin:0'>{box}</body></html>")
            page.locator("div").screenshot(path=str(OUT / name), omit_background=True)
            page.close()
            print(f"{OUT / name}: {size} x {size}")
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
