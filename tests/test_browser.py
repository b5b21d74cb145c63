"""map.html in a real browser (Debian's chromium through Playwright), opened from disk with the network cut."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from geomap.cli import cli

from .browser import open_map

TILE_HOSTS = ("https://tile.openstreetmap.org/", "https://a.tile.opentopomap.org/", "https://server.arcgisonline.com/")
OVERLAYS = ["Rivers", "Country borders", "Provinces", "Towns", "Areas", "Distance rings", "Launch-to-impact lines",
            "Targets", "Launch sites", "Impact points"]


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


_DRAWN = ("() => document.querySelectorAll('.leaflet-pane path, .leaflet-marker-icon, canvas.geomap-canvas')"
          ".length")


def test_every_layer_is_there_and_switches_off_and_on(browser, example_map):
    opened = open_map(browser, example_map)
    # Feature groups count their layers; the canvas layers (impacts, lines) count their features.
    counts = opened.js("() => Object.fromEntries(Object.entries(geomap.overlays).map("
                       "([name, layer]) => [name, layer.getLayers ? layer.getLayers().length : layer.count]))")
    assert list(counts) == OVERLAYS
    assert all(n > 0 for n in counts.values()), counts
    assert counts["Impact points"] == 20
    labels = opened.page.locator(".leaflet-control-layers-overlays label")
    assert [t.strip() for t in labels.all_inner_texts()] == OVERLAYS
    for name in OVERLAYS:
        box = labels.filter(has_text=name).locator("input")
        before = opened.js(_DRAWN)
        box.click()
        assert opened.js("name => geomap.map.hasLayer(geomap.overlays[name])", name) is False
        after = opened.js(_DRAWN)
        assert after < before, f"switching off {name} removed nothing from the page"
        box.click()
        assert opened.js("name => geomap.map.hasLayer(geomap.overlays[name])", name) is True
    assert opened.page_errors == []


def _pixels(opened, selector: str) -> int:
    """How many pixels of the canvas `selector` are painted."""
    return opened.js("""selector => { const c = document.querySelector(selector);
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i]) n++; } return n; }""", selector)


def test_canvas_layers_draw_and_are_cleared_when_switched_off(browser, example_map):
    opened = open_map(browser, example_map)
    assert _pixels(opened, ".leaflet-geomapIncidents-pane canvas") > 100
    assert _pixels(opened, ".leaflet-geomapLines-pane canvas") > 20
    opened.js("() => geomap.map.removeLayer(geomap.incidents)")
    assert opened.js("() => document.querySelectorAll('.leaflet-geomapIncidents-pane canvas').length") == 0
    opened.js("() => geomap.map.addLayer(geomap.incidents)")
    assert _pixels(opened, ".leaflet-geomapIncidents-pane canvas") > 100


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


def test_hovering_an_incident_shows_its_tooltip(browser, example_map):
    opened = open_map(browser, example_map)
    _click_at(opened, 33.3150, 44.3600)
    x, y = opened.js("() => { const p = geomap.map.latLngToContainerPoint([33.3150, 44.3600]);"
                     " const b = geomap.map.getContainer().getBoundingClientRect();"
                     " return [b.left + p.x, b.top + p.y]; }")
    opened.page.mouse.move(x + 1, y + 1)
    tip = opened.page.locator(".geomap-canvas-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert "2021-10-30 Harithiya: missed" in tip.inner_text()


def test_several_incidents_at_one_point_page_through_one_popup(browser, tmp_path):
    incidents = tmp_path / "same.csv"
    incidents.write_text("id,date,place,outcome,notes\n"
                         "first,2021-10-30,Mansour,impact,one\nsecond,2021-10-31,Mansour,impact,two\n"
                         "third,2021-11-01,Mansour,impact,three\n", encoding="utf-8")
    opened = open_map(browser, _build(tmp_path / "out", str(incidents), "--tiles", "none"))
    assert opened.js("() => geomap.incidents.arrays.group_loc.length") == 1  # one dot for three incidents
    _click_at(opened, 33.3150, 44.3360)  # Mansour, as the gazetteer places it
    popup = opened.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible", timeout=5000)
    assert "1 of 3 incidents here" in popup.inner_text() and "first" in popup.inner_text()
    popup.locator("button[title='next incident here']").click()
    assert "2 of 3 incidents here" in popup.inner_text() and "second" in popup.inner_text()
    popup.locator("button[title='previous incident here']").click()
    popup.locator("button[title='previous incident here']").click()
    assert "3 of 3 incidents here" in popup.inner_text() and "third" in popup.inner_text()
    assert opened.page_errors == []


def test_zoomed_out_points_are_aggregated_and_a_click_zooms_in(browser, example_map):
    opened = open_map(browser, example_map)
    # Launch-site triangles take clicks (they have popups); off, so nothing covers the cells.
    opened.js("() => { geomap.map.removeLayer(geomap.overlays['Launch sites']); geomap.incidents.detailLimit = 3;"
              " geomap.map.setView([33.3, 44.4], 7, {animate: false}); }")
    opened.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert opened.js("() => geomap.incidents.mode") == "aggregate"
    cells = opened.js("() => geomap.incidents._cells.map(c => [c.n, c.x, c.y])")
    assert sum(n for n, _, _ in cells) == opened.js("() => geomap.incidents.members("
                                                   "[...geomap.incidents.arrays.group_loc.keys()]).length")
    n, x, y = max(cells)
    box = opened.js("() => { const b = geomap.map.getContainer().getBoundingClientRect(); return [b.left, b.top]; }")
    opened.page.mouse.move(box[0] + x, box[1] + y)
    tip = opened.page.locator(".geomap-canvas-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert f"{n} incidents" in tip.inner_text() and "click to zoom in" in tip.inner_text()
    opened.page.mouse.click(box[0] + x, box[1] + y)
    opened.page.wait_for_function("() => geomap.map.getZoom() === 9", timeout=5000)  # after the zoom animation


def test_hovering_a_launch_line_names_its_ends(browser, example_map):
    opened = open_map(browser, example_map)
    opened.js("() => geomap.map.setView([33.305, 44.37], 13, {animate: false})")
    opened.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    # The middle of the middle segment of a line in view.
    x, y = opened.js("""() => { const t = geomap.trajectories, a = t.arrays, m = geomap.map;
        const l = t._drawnLines[0], v = Math.floor((a.start[l] + a.start[l + 1] - 1) / 2), s = t._view;
        const b = m.getContainer().getBoundingClientRect();
        const x = (t._x[v] + t._x[v + 1]) / 2, y = (t._y[v] + t._y[v + 1]) / 2;
        return [b.left + x * s.scale - s.ox, b.top + y * s.scale - s.oy]; }""")
    opened.page.mouse.move(x, y)
    tip = opened.page.locator(".geomap-canvas-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert " to " in tip.inner_text() and " km" in tip.inner_text()


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


def test_data_deflated_in_pieces_inflates_in_the_browser(browser, tmp_path, monkeypatch):
    # A million incidents' buffer is deflated a piece at a time on every core (packing.deflate); pieces of 4 KiB
    # make the example's buffer many pieces, which must read back as one stream in the page as in Python.
    import zlib

    from geomap.render import packing

    monkeypatch.setattr(packing, "DEFLATE_PIECE", 4096)
    data = bytes(range(256)) * 100 + b"geomap" * 5000
    stream = packing.deflate(data, 6)
    assert zlib.decompress(stream) == data and stream != zlib.compress(data, 6)  # pieces, one stream
    page = _build(tmp_path / "pieces", "--tiles", "none")
    from .helpers import packed_layers

    header, _ = packed_layers(page.read_text(encoding="utf-8"))["GeomapPoints"]
    opened = open_map(browser, page)
    assert opened.page_errors == [] and opened.console_errors == []
    assert opened.js("() => geomap.incidents.count") == header["rows"] > 0
