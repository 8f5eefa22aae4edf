"""Regenerate the README's screenshot of ``-f html`` (docs/html-timeline.png).

    python scripts/screenshot_html.py                       # the README's picture
    python scripts/screenshot_html.py out.png range 2019    # any question, any file

The page is written by the ktimeline of this checkout, opened from disk in Debian's headless
Chromium through Playwright (as tests/test_html.py does: no download, the network off), and
photographed at 1280×800 once drawn. With the README's question an event is selected (its
card open, its related events lit) so that the picture shows what a reader can do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_PICTURE = ROOT / "docs" / "html-timeline.png"
README_QUESTION = ["range", "Nov–Dec 2019", "--by", "actor"]
README_EVENT = "2019-12-activity-at-sohae"  # has related events: they light up
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def write_page(arguments: list[str], path: Path) -> None:
    command = [sys.executable, "-m", "ktimeline", *arguments, "-f", "html"]
    page = subprocess.run(command, capture_output=True, text=True, check=False)
    if not page.stdout.startswith("<!DOCTYPE html>"):
        sys.exit(f"ktimeline wrote no page: {page.stderr.strip()}")
    path.write_text(page.stdout, encoding="utf-8")


def photograph(page_path: Path, picture: Path, fragment: str = "", dark: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(
            viewport={"width": 1280, "height": 800}, offline=True,
            color_scheme="dark" if dark else "light",
        )  # fmt: skip
        page = context.new_page()
        page.goto(page_path.as_uri() + (f"#{fragment}" if fragment else ""))
        page.wait_for_selector("html[data-ready]")
        page.evaluate("window.scrollTo(0, 0)")
        picture.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(picture))
        browser.close()


def main(argv: list[str]) -> None:
    picture = Path(argv[0]) if argv else README_PICTURE
    arguments = argv[1:] or README_QUESTION
    with tempfile.TemporaryDirectory() as directory:
        page_path = Path(directory) / "timeline.html"
        write_page(arguments, page_path)
        photograph(page_path, picture, README_EVENT if arguments == README_QUESTION else "")
    print(picture)


if __name__ == "__main__":
    main(sys.argv[1:])
