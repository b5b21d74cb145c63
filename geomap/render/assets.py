"""Inline Leaflet and jQuery into the page, so map.html is one file that works with no network.

With `--cdn` the same releases are linked from public CDNs instead (a smaller page that needs the network).

folium links Leaflet, jQuery, Bootstrap and Font Awesome from CDNs. The map uses only Leaflet and
jQuery (folium's popups call `$`); both are read from registry packages that ship the files
(XStatic-Leaflet, XStatic-jQuery). Leaflet's CSS refers to images by relative URL; they become
data: URIs. Only basemap tiles still need the network.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path

import folium

_SCHEME = "geomap-asset:"


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet

    return Path(xstatic.pkg.leaflet.BASE_DIR)


def _jquery_dir() -> Path:
    import xstatic.pkg.jquery

    return Path(xstatic.pkg.jquery.BASE_DIR)


@cache
def _asset(name: str) -> str:
    if name == "leaflet.js":
        return (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    if name == "jquery.js":
        return (_jquery_dir() / "jquery.min.js").read_text(encoding="utf-8")
    if name == "leaflet.css":
        css = (_leaflet_dir() / "leaflet.css").read_text(encoding="utf-8")

        def inline(match: re.Match[str]) -> str:
            data = (_leaflet_dir() / match.group(1)).read_bytes()
            return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

        return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)
    raise KeyError(name)


def use_local_assets(fmap: folium.Map) -> None:
    """Point the map at placeholders instead of CDNs (on this instance only: folium's lists are class-wide)."""
    fmap.default_js = [("leaflet", _SCHEME + "leaflet.js"), ("jquery", _SCHEME + "jquery.js")]
    fmap.default_css = [("leaflet_css", _SCHEME + "leaflet.css")]


def use_cdn_assets(fmap: folium.Map) -> None:
    """Link the same Leaflet and jQuery releases from public CDNs: a small page that needs the network."""
    import xstatic.pkg.jquery
    import xstatic.pkg.leaflet

    leaflet = f"https://cdn.jsdelivr.net/npm/leaflet@{_release(xstatic.pkg.leaflet.VERSION)}/dist"
    jquery = f"https://code.jquery.com/jquery-{_release(xstatic.pkg.jquery.VERSION)}.min.js"
    fmap.default_js = [("leaflet", f"{leaflet}/leaflet.js"), ("jquery", jquery)]
    fmap.default_css = [("leaflet_css", f"{leaflet}/leaflet.css")]


def _release(xstatic_version: str) -> str:
    """XStatic appends a packaging number to the upstream release: 1.9.3.0 is Leaflet 1.9.3."""
    return ".".join(xstatic_version.split(".")[:3])


def inline_assets(page: str) -> str:
    """Replace the placeholder <script src>/<link> tags with the files' contents."""

    def script(match: re.Match[str]) -> str:
        code = _asset(match.group(1))
        if "</script" in code.lower():  # would end the inline script early
            raise ValueError(f"{match.group(1)} cannot be inlined safely")
        return f"<script>{code}</script>"

    def style(match: re.Match[str]) -> str:
        return f"<style>{_asset(match.group(1))}</style>"

    page = re.sub(r'<script src="' + _SCHEME + r'([\w.-]+)"></script>', lambda m: script(m), page)
    page = re.sub(r'<link rel="stylesheet" href="' + _SCHEME + r'([\w.-]+)"/>', lambda m: style(m), page)
    if _SCHEME in page:
        raise ValueError("an asset placeholder was left in the page")
    return page
