"""map.html in a real browser (Debian's chromium through Playwright), opened from disk with the network cut."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from geomap.cli import cli

from .browser import open_map

TILE_HOSTS = ("https://tile.openstreetmap.org/", "https://a.tile.opentopomap.org/", "https://server.arcgisonline.com/")
OVERLAYS = ["Areas", "Distance rings", "Launch-to-impact lines", "Targets", "Launch sites", "Impact points"]


def _build(out, *args):
    result = CliRunner().invoke(cli, ["build", "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return out / "map.html"


@pytest.fixture(scope="module")
def example_map(example_outputs):
    return example_outputs / "map.html"


@pytest.fixture(scope="module")
def blank_map(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("blank"), "--tiles", "none")


def test_offline_map_loads_without_errors_and_asks_only_for_tiles(browser, example_map):
    opened = open_map(browser, example_map)
    assert opened.page_errors == []
    assert opened.errors_besides(TILE_HOSTS) == []
    assert opened.blocked, "the default map shows a basemap, whose tiles the cut network refuses"
    assert all(url.startswith(TILE_HOSTS) for url in opened.blocked), "no CDN, only basemap tiles"
    assert opened.js("() => typeof L.version") == "string"


def test_every_layer_is_there_and_switches_off_and_on(browser, example_map):
    opened = open_map(browser, example_map)
    counts = opened.js("() => Object.fromEntries(Object.entries(geomap.overlays).map("
                       "([name, layer]) => [name, layer.getLayers().length]))")
    assert list(counts) == OVERLAYS
    assert all(n > 0 for n in counts.values()), counts
    labels = opened.page.locator(".leaflet-control-layers-overlays label")
    assert [t.strip() for t in labels.all_inner_texts()] == OVERLAYS
    for name in OVERLAYS:
        box = labels.filter(has_text=name).locator("input")
        before = opened.js("() => document.querySelectorAll('.leaflet-overlay-pane path, .leaflet-marker-icon').length")
        box.click()
        assert opened.js("name => geomap.map.hasLayer(geomap.overlays[name])", name) is False
        after = opened.js("() => document.querySelectorAll('.leaflet-overlay-pane path, .leaflet-marker-icon').length")
        assert after < before, f"switching off {name} removed nothing from the page"
        box.click()
        assert opened.js("name => geomap.map.hasLayer(geomap.overlays[name])", name) is True
    assert opened.page_errors == []


def test_legend_scale_bar_and_basemap_switcher(browser, example_map):
    opened = open_map(browser, example_map)
    legend = opened.page.locator("#geomap-legend")
    assert legend.is_visible()
    assert "Intercepted" in legend.inner_text() and "Launch site" in legend.inner_text()
    assert opened.page.locator(".leaflet-control-scale-line").count() == 2
    bases = opened.page.locator(".leaflet-control-layers-base label").all_inner_texts()
    assert [b.strip() for b in bases] == ["OpenStreetMap", "Topographic (OpenTopoMap)", "Satellite (Esri)"]


def _click_at(opened, lat, lon, zoom=15):
    """Centre the map on a point and click there, as a reader would."""
    opened.js("([lat, lon, zoom]) => geomap.map.setView([lat, lon], zoom, {animate: false})", [lat, lon, zoom])
    opened.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    x, y = opened.js("([lat, lon]) => { const p = geomap.map.latLngToContainerPoint([lat, lon]);"
                     " const b = geomap.map.getContainer().getBoundingClientRect();"
                     " return [b.left + p.x, b.top + p.y]; }", [lat, lon])
    opened.page.mouse.click(x, y)


def test_clicking_an_incident_opens_its_popup_with_the_distance(browser, example_map):
    opened = open_map(browser, example_map)
    _click_at(opened, 33.3150, 44.3600)  # Harithiya, where one incident of 30 October 2021 landed
    popup = opened.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible", timeout=5000)
    text = popup.inner_text()
    assert "embassy-2021-10-30-b" in text
    assert "Harithiya" in text and "2021-10-30" in text
    assert re.search(r"3\.8 km WNW of US Embassy in Baghdad", text), text
    assert "Bayaa" in text


def test_map_without_basemap_makes_no_request_and_draws_graticule_and_labels(browser, blank_map):
    opened = open_map(browser, blank_map)
    assert opened.blocked == [] and opened.console_errors == [] and opened.page_errors == []
    assert opened.js("() => Object.keys(geomap.basemaps).length") == 0
    lines = opened.js("() => geomap.overlays['Graticule'].getLayers().filter(l => l instanceof L.Polyline).length")
    assert lines >= 4
    graticule = opened.page.locator(".geomap-graticule-label").all_inner_texts()
    assert any(t.endswith("°N") for t in graticule) and any(t.endswith("°E") for t in graticule)
    labels = opened.page.locator(".geomap-place-label")
    assert "Erbil" in " ".join(labels.all_inner_texts())
    visible = opened.js("() => Array.from(document.querySelectorAll('.geomap-label'))"
                        ".filter(e => e.style.visibility !== 'hidden').map(e => e.getBoundingClientRect())")
    for i, a in enumerate(visible):  # decluttered: no two visible labels overlap
        for b in visible[i + 1:]:
            assert (a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"]
                    or b["bottom"] <= a["top"]), (a, b)
    background = opened.js("() => getComputedStyle(geomap.map.getContainer()).backgroundColor")
    assert background == "rgb(242, 239, 233)"
