"""Hostile text in every field of an incident file and a gazetteer runs no script in a real browser."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner

from geomap.cli import cli

from .browser import open_map

# Each payload, if it ever ran, would set window.__pwned (or open a dialog).
PAYLOADS = [
    '<script>window.__pwned="script"</script>',
    '"><img src=x onerror="window.__pwned=\'img\'">',
    "'><svg onload=window.__pwned='svg'>",
    '${window.__pwned="template"}',
    '`;window.__pwned="backtick";`',
    '</script><script>window.__pwned="close"</script>',
    'javascript:window.__pwned="js"',
    '\\`${alert("escaped backtick")}',
    "{{ 7*7 }} {% raw %}",
    "</div></td></table><b onmouseover=alert(1)>",
]
HOSTILE = " ".join(PAYLOADS)
GAZETTEER_COLUMNS = ["id", "name", "kind", "country", "latitude", "longitude", "geo_precision", "uncertainty_m",
                     "aliases", "source", "polygon"]


def _write_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    square = "POLYGON ((44.385 33.295, 44.395 33.295, 44.395 33.305, 44.385 33.305, 44.385 33.295))"
    _write_csv(folder / "places.csv", GAZETTEER_COLUMNS, [
        {"id": "hostile-target", "name": f"{HOSTILE} target", "kind": "site", "country": "IQ", "latitude": "33.30",
         "longitude": "44.39", "geo_precision": "1", "uncertainty_m": "100", "aliases": "Hostile Target",
         "source": HOSTILE, "polygon": square},
        {"id": "hostile-launch", "name": f"{HOSTILE} launch", "kind": "site", "country": "IQ", "latitude": "33.26",
         "longitude": "44.35", "geo_precision": "1", "uncertainty_m": "200", "aliases": "Hostile Launch",
         "source": HOSTILE, "polygon": ""},
        {"id": "hostile-place", "name": f"{HOSTILE} place", "kind": "district", "country": "IQ",
         "latitude": "33.31", "longitude": "44.34", "geo_precision": "2", "uncertainty_m": "800",
         "aliases": "Hostile Place", "source": HOSTILE, "polygon": ""},
    ])
    columns = ["id", "date", "place", "target", "launch_site", "weapon", "count", "outcome", "damage", "claimed_by",
               "source", "url", "notes"]
    rows = [{"id": f"{HOSTILE} #{i}", "date": "2021-07-08", "place": "Hostile Place", "target": "Hostile Target",
             "launch_site": "Hostile Launch", "weapon": HOSTILE, "count": "2", "outcome": outcome, "damage": HOSTILE,
             "claimed_by": HOSTILE, "source": HOSTILE, "url": "https://example.org/report?a=1&b=2", "notes": HOSTILE}
            for i, outcome in enumerate(["impact", "intercepted"])]
    _write_csv(folder / "incidents.csv", columns, rows)
    out = folder / "out"
    result = CliRunner().invoke(cli, ["build", str(folder / "incidents.csv"), "--gazetteer", str(folder / "places.csv"),
                                      "--out", str(out), "--title", HOSTILE, "--tiles", "none"])
    assert result.exit_code == 0, result.output
    return out / "map.html"


def test_hostile_strings_run_no_script(browser, hostile_map):
    opened = open_map(browser, hostile_map)
    # Open every popup and tooltip the page has: their HTML is only parsed when shown.
    opened.js("""() => Object.values(geomap.overlays).forEach(group => group.eachLayer && group.eachLayer(layer => {
        if (layer.getPopup && layer.getPopup()) { layer.openPopup(); }
        if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); }
    }))""")
    # And every incident's popup and tooltip, and every line's tooltip, from the canvas layers.
    opened.js("""() => { const inc = geomap.incidents, lines = geomap.trajectories;
        for (let row = 0; row < inc.count; row++) {
            inc.openIncident(row); inc._tip(geomap.map.getCenter(), inc.tooltipHtml(row)); }
        inc.openRows([...Array(inc.count).keys()]);
        for (let l = 0; l < lines.count; l++) { lines._tip(geomap.map.getCenter(), lines.header.tips[l]); } }""")
    opened.page.evaluate("() => new Promise(r => setTimeout(r, 300))")  # let any injected onerror fire
    assert opened.js("() => window.__pwned") is None
    assert opened.dialogs == []
    assert opened.page_errors == []
    assert opened.js("() => document.querySelectorAll('[onerror], [onload], [onmouseover], img[src=x]').length") == 0
    assert opened.blocked == []


def test_hostile_strings_show_as_literal_text(browser, hostile_map):
    opened = open_map(browser, hostile_map)
    opened.js("() => geomap.incidents.openIncident(1)")
    text = opened.page.locator(".leaflet-popup-content").last.inner_text()
    for payload in PAYLOADS[:6]:
        assert payload in text, payload
    assert "49" not in text  # {{ 7*7 }} was never evaluated as a template
    link = opened.page.locator(".leaflet-popup-content a").last
    assert link.get_attribute("href") == "https://example.org/report?a=1&b=2"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert opened.page.title() == HOSTILE
    assert PAYLOADS[0] in opened.page.locator("#geomap-legend").inner_text()
    opened.js("() => geomap.incidents._tip(geomap.map.getCenter(), geomap.incidents.tooltipHtml(0))")
    tip = opened.page.locator(".geomap-canvas-tip").inner_text()
    assert tip == "2021-07-08 Hostile Place: impact"
    opened.js("() => geomap.trajectories._tip(geomap.map.getCenter(), geomap.trajectories.header.tips[0])")
    assert PAYLOADS[1] in opened.page.locator(".geomap-canvas-tip").last.inner_text()


def test_javascript_url_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    _write_csv(path, ["id", "date", "place", "url"],
               [{"id": "a", "date": "2021-07-08", "place": "Green Zone", "url": "javascript:alert(1)"}])
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{path}:2: url: 'javascript:alert(1)' is not an http(s) address" in result.output
    assert not (tmp_path / "out" / "map.html").exists()
