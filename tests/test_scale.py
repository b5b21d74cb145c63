"""A map of tens of thousands of incidents stays the map: every layer, the legend, popups with full details,
offline, in a real browser (the benchmarks, `make bench`, measure up to a million)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bench import synthetic
from geomap.cli import cli

from .browser import open_map
from .helpers import packed_layers

N = 30_000


#: Builds a map of many thousand incidents once (about 35 s).
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scale")
    source = synthetic.write(folder / "incidents.csv", N)
    result = CliRunner().invoke(cli, ["build", str(source), "--out", str(folder / "out"), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    return folder / "out" / "map.html"


def test_every_incident_is_in_the_page_once(big_map):
    header, arrays = packed_layers(big_map.read_text(encoding="utf-8"))["GeomapPoints"]
    assert header["rows"] == N
    assert sorted(arrays["order"].tolist()) == list(range(N))  # each incident in exactly one dot
    assert header["title"]["strings"][:2] == ["syn-0000001", "syn-0000002"]


def test_big_map_opens_offline_with_its_layers_and_full_popups(browser, big_map):
    opened = open_map(browser, big_map)
    assert opened.blocked == [] and opened.page_errors == [] and opened.console_errors == []
    assert opened.js("() => geomap.incidents.count") == N
    labels = opened.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert "Impact points" in [t.strip() for t in labels] and "Launch-to-impact lines" in [t.strip() for t in labels]
    assert opened.page.locator("#geomap-legend").is_visible()
    # Click the first incident where it is drawn, as a reader would (launch-site triangles, drawn above the
    # dots, are switched off: the first incident's place is also a launch site).
    opened.js("() => { geomap.map.removeLayer(geomap.overlays['Launch sites']); }")
    lat, lon = opened.js("() => { const l = geomap.incidents._location(0); return [l.lat, l.lng]; }")
    opened.js("([lat, lon]) => { geomap.map.setView([lat, lon], 16, {animate: false}); }", [lat, lon])
    opened.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    x, y = opened.js("([lat, lon]) => { const p = geomap.map.latLngToContainerPoint([lat, lon]);"
                     " const b = geomap.map.getContainer().getBoundingClientRect();"
                     " return [b.left + p.x, b.top + p.y]; }", [lat, lon])
    opened.page.mouse.click(x, y)
    popup = opened.page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible", timeout=10000)
    text = popup.inner_text()
    for label in ("Date", "Place", "Outcome", "Source"):
        assert label in text, text
    assert "syn-" in text
