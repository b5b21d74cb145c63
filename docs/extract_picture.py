"""The README's picture of `geomap extract`: a map built from extracted incidents, one popup open.

    python docs/extract_picture.py build/extract/map.html docs/extract-popup.png

The map must have been built from `geomap extract tests/data/reports` (see `make pictures`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from geomap import settings


def main(html: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=settings.chromium(), args=list(settings.CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1200, "height": 760})
        page.goto(html.resolve().as_uri(), wait_until="load")
        page.evaluate("() => geomap.ready")
        page.evaluate("() => geomap.map.setView([33.302, 44.352], 13, {animate: false})")
        page.evaluate("() => geomap.incidents.openIncident('20210707-us-embassy-baghdad-1')")
        page.wait_for_selector(".leaflet-popup-content", state="visible")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        page.screenshot(path=str(png), animations="disabled")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
