"""Screenshots of the server for the docs: the demo store (``api.demo``) served on
loopback, pictured by Debian's Chromium through Playwright at 1280 px wide.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Writes ``dashboard.png`` (Azerbaijan-Pakistan, an event opened at its sentence) and
``brief.png`` (the brief's first two screens). ``DYADSCOPE_CHROMIUM`` names another
Chromium binary.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from dyadscope import api
from dyadscope.report.chromium import FLAGS, chromium_path
from dyadscope.serve import create_app, served_in_thread

REPO = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 900


def shoot(base: str, out: Path, chromium: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=list(FLAGS))
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.goto(f"{base}/pair/AZE-PAK")
        page.wait_for_selector("#events button.event")
        page.wait_for_function("() => [...document.querySelectorAll('#charts img')]"
                               ".every(img => img.complete && img.naturalWidth > 0)")  # fmt: skip
        # the Super Mushshak sale: a sentence with a footnote, mid-document
        event = page.locator("#events button.event", has_text="Super Mushshak").first
        if event.count() == 0:
            event = page.locator("#events button.event").nth(3)
        event.click()
        page.wait_for_selector("#doc-text mark")
        page.evaluate("() => window.scrollTo(0, 0)")
        page.locator("#doc-text mark").evaluate("m => m.scrollIntoView({block: 'center'})")
        page.evaluate("() => window.scrollTo(0, 0)")
        written.append(out / "dashboard.png")
        page.screenshot(path=str(written[-1]), full_page=True)
        page.goto(f"{base}/pair/AZE-PAK/brief", wait_until="load")
        written.append(out / "brief.png")
        height = min(2 * HEIGHT, page.evaluate("() => document.body.scrollHeight"))
        page.screenshot(path=str(written[-1]), full_page=True,
                        clip={"x": 0, "y": 0, "width": WIDTH, "height": height})  # fmt: skip
        browser.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    chromium = chromium_path()
    if chromium is None:
        sys.stderr.write("no Chromium: apt-get install chromium, or set DYADSCOPE_CHROMIUM\n")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dyadscope-shots-") as folder:
        report = api.demo(folder)
        with served_in_thread(create_app(report.ingest.db)) as base:
            written = shoot(base, args.out, chromium)
    for path in written:
        sys.stdout.write(f"{path} ({path.stat().st_size / 1024:.0f} KiB)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
