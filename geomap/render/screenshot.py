"""`geomap build --png`: a picture of the finished map, taken with headless chromium through Playwright."""

from __future__ import annotations

import contextlib
from pathlib import Path

from .. import settings
from ..errors import UsageError

#: The picture's default size in CSS pixels: a 3:2 landscape that suits articles and posts.
DEFAULT_SIZE = (1200, 800)
#: How long to wait for basemap tiles before taking the picture anyway (ms).
TILE_WAIT_MS = 15_000

# In a picture the layer switcher is clutter; the legend stays.
_PICTURE_CSS = ".leaflet-control-layers{display:none !important}"


def parse_size(text: str) -> tuple[int, int]:
    """'1200x800' -> (1200, 800); sizes from 200 to 8000 pixels."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--png-size: {text!r} is not WIDTHxHEIGHT in pixels, e.g. 1200x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise UsageError(f"--png-size: {text!r} is out of range (each side from 200 to 8000 pixels)")
    return width, height


def screenshot(html: Path, png: Path, size: tuple[int, int] = DEFAULT_SIZE, *, scale: float = 1.0) -> None:
    """Open `html` in headless chromium at `size` and save what it shows to `png`."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise UsageError("--png needs Playwright: pip install 'geomap[png]' (and a chromium, e.g. Debian's "
                         "package chromium)") from None
    executable = settings.chromium()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=list(settings.CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport={"width": size[0], "height": size[1]}, device_scale_factor=scale)
                page.goto(html.resolve().as_uri(), wait_until="load")
                page.evaluate("() => window.geomap && geomap.ready")  # the canvas layers have drawn
                page.add_style_tag(content=_PICTURE_CSS)
                _wait_for_tiles(page)
                page.screenshot(path=str(png), full_page=False, animations="disabled")
            finally:
                browser.close()
    except PlaywrightError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = "" if executable else " (no chromium found: install Debian's chromium or set GEOMAP_CHROMIUM)"
        raise UsageError(f"--png: chromium could not take the picture: {first_line}{hint}") from None


def _wait_for_tiles(page) -> None:
    """Until every basemap tile has loaded or failed (bounded), then two frames so the canvas is painted."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):  # a slow tile server: the picture shows what has arrived
        page.wait_for_function(
            """() => Array.from(document.querySelectorAll('img.leaflet-tile'))
                     .every(img => img.complete)""", timeout=TILE_WAIT_MS, polling=100)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
