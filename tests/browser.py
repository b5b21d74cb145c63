"""A real browser for the tests: Playwright driving Debian's chromium, with every request outside the file cut."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from geomap import settings

from .helpers import require_program


def launch(playwright):
    """Debian's chromium (Playwright cannot download its own here); skip, or fail in CI, when it is missing."""
    executable = settings.chromium() or require_program("chromium", "chromium")  # the one --png uses
    return playwright.chromium.launch(executable_path=executable, args=list(settings.CHROMIUM_ARGS))


@dataclass
class MapPage:
    """A map.html opened from disk with the network cut, and everything the page did that a test may check."""

    page: object
    blocked: list[str] = field(default_factory=list)  # requests for anything but file: and data: URLs
    console_errors: list[tuple[str, str]] = field(default_factory=list)  # (text, url of the resource)
    page_errors: list[str] = field(default_factory=list)  # uncaught exceptions
    dialogs: list[str] = field(default_factory=list)  # alert(), confirm(), prompt()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def errors_besides(self, blocked_prefixes: tuple[str, ...]) -> list[tuple[str, str]]:
        """Console errors not caused by a blocked request to one of `blocked_prefixes` (basemap tiles)."""
        return [(text, url) for text, url in self.console_errors if not url.startswith(blocked_prefixes)]


def open_map(browser, path: Path, *, viewport=(1200, 800)) -> MapPage:
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    opened = MapPage(page)

    def route(route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            opened.blocked.append(url)
            route.abort("internetdisconnected")

    page.route("**/*", route)
    def console(message):
        if message.type == "error":
            opened.console_errors.append((message.text, message.location.get("url", "")))

    page.on("console", console)
    page.on("pageerror", lambda e: opened.page_errors.append(str(e)))

    def dialog(d):
        opened.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri(), wait_until="load")
    # The canvas layers inflate their data after the load event; then they draw within a frame.
    page.evaluate("() => geomap.ready.then(() => new Promise(r => requestAnimationFrame("
                  "() => requestAnimationFrame(r))))")
    return opened


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright  # in the test extras: a missing one is an error, not a skip

    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()
