"""The reader's controls in a real browser: the time window, facets, search and the state in the URL.

Expected counts come from the incidents file itself (read with csv here), not from the page.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import shapely
import shapely.ops
from click.testing import CliRunner
from pyproj import Geod

from geomap.cli import cli

from .browser import open_map

HEADER = "id,date,time_precision,place,target,weapon,outcome,claimed_by"
ROWS = [
    "a1,2021-03-01,1,Erbil,Erbil International Airport,107mm rockets,impact,",
    "a2,2021-03-20,1,Erbil,Erbil International Airport,drone,intercepted,Saraya Awliya al-Dam",
    # Known to the month only: all of September 2020, although its computed date is the 15th.
    "a3,2020-09,3,Ain al-Asad,Ain al-Asad,rockets,impact,",
    "a4,2021-07-07,1,Ain al-Asad,Ain al-Asad,drone,shot_down,",
    "a5,2021-07-08,1,Balad Air Base,Balad Air Base,107mm rockets,missed,",
]


def _pixels(opened, selector: str) -> int:
    return opened.js("""selector => { const c = document.querySelector(selector);
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i]) n++; } return n; }""", selector)


@pytest.fixture(scope="module")
def controls_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("controls")
    source = folder / "attacks.csv"
    source.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(source), "--out", str(folder / "out"), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    return folder / "out" / "map.html"


def _ready(opened):
    opened.js("() => geomap.filter.ready")
    return opened


def test_the_time_window_shows_the_incidents_it_overlaps_and_the_legend_counts_them(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    assert opened.js("() => [geomap.filter.shown, geomap.filter.total]") == [5, 5]
    assert opened.js("() => document.querySelector('.geomap-count').textContent") == "5 incidents"
    # A window inside September 2020 holds the incident known only to that month, not the others.
    opened.js("() => geomap.filter.setWindow('2020-09-20', '2020-09-25')")
    assert opened.js("() => geomap.filter.shown") == 1
    assert opened.js("() => document.querySelector('.geomap-count').textContent") == "1 of 5 incidents shown"
    assert "20 Sept 2020" in opened.js("() => document.querySelector('.geomap-window').textContent") or \
        "20 Sep 2020" in opened.js("() => document.querySelector('.geomap-window').textContent")
    opened.js("() => geomap.filter.setWindow('2021-03-01', '2021-03-31')")
    assert opened.js("() => geomap.filter.shown") == 2
    opened.js("() => geomap.filter.setWindow('2022-01-01', '2022-12-31')")
    assert opened.js("() => geomap.filter.shown") == 0
    assert _pixels(opened, ".leaflet-geomapIncidents-pane canvas") == 0, "no incident is drawn outside the window"
    opened.page.locator(".geomap-all").click()
    assert opened.js("() => geomap.filter.shown") == 5
    assert _pixels(opened, ".leaflet-geomapIncidents-pane canvas") > 100
    assert opened.page_errors == []


def test_facets_count_and_combine_with_the_window(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    facets = opened.js("() => Array.from(document.querySelectorAll('.geomap-facets legend')).map(l => l.textContent)")
    assert facets == ["Outcome", "Weapon", "Target", "Claimed by"]
    opened.js("() => geomap.filter.setHidden('weapon', ['drone'])")
    assert opened.js("() => geomap.filter.shown") == 3
    opened.js("() => geomap.filter.setWindow('2021-03-01', '2021-12-31')")
    assert opened.js("() => geomap.filter.shown") == 2  # a1 and a5: rockets in 2021
    counts = opened.js("""() => Object.fromEntries(Array.from(document.querySelectorAll('.geomap-facet'))
        .filter(l => l.querySelector('input').dataset.facet === 'weapon')
        .map(l => [l.children[1].textContent, l.querySelector('.geomap-facet-count').textContent]))""")
    # A facet counts within the window and the other facets, whatever is ticked in it.
    assert counts == {"drone": " (2)", "rocket": " (2)"}
    # Unticking a box by hand is the same as the API.
    opened.page.locator(".geomap-facets summary").click()
    box = opened.page.locator(".geomap-facet", has_text="Missed").locator("input")
    box.click()
    assert opened.js("() => geomap.filter.shown") == 1
    assert opened.js("() => geomap.filter.state().hidden.outcome") == ["Missed"]


def test_the_state_lives_in_the_url_and_a_reload_restores_it(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    opened.js("() => geomap.filter.setWindow('2021-07-01', '2021-07-31')")
    opened.js("() => geomap.filter.setHidden('outcome', ['Shot down'])")
    opened.js("() => new Promise(r => { geomap.map.once('moveend', r); "
              "geomap.map.setView([33.8, 42.4], 9, {animate: false}); })")
    url = opened.page.url
    assert "t=2021-07-01..2021-07-31" in url and "hide=outcome:Shot%20down" in url and "view=9/33.8" in url
    again = _ready(open_map(browser, controls_map))
    again.page.goto(url)  # the same page with another fragment: applied on hashchange
    again.js("() => geomap.filter.ready")
    assert again.js("() => geomap.filter.shown") == 1
    again.page.reload()  # and from the URL alone, as a link someone sent opens
    again.js("() => geomap.ready.then(() => geomap.filter.ready)")
    assert again.js("() => geomap.filter.state()")["from"] == "2021-07-01"
    assert again.js("() => geomap.filter.state().hidden.outcome") == ["Shot down"]
    assert again.js("() => geomap.filter.shown") == 1  # a5; a4 is shot down
    assert again.js("() => geomap.map.getZoom()") == 9


# Each incident's days (first, last) as the data says them: a3 is known to its month only.
DAYS = {"a1": ("2021-03-01", "2021-03-01"), "a2": ("2021-03-20", "2021-03-20"), "a3": ("2020-09-01", "2020-09-30"),
        "a4": ("2021-07-07", "2021-07-07"), "a5": ("2021-07-08", "2021-07-08")}
OUTCOMES = {"a1": "impact", "a2": "intercepted", "a3": "impact", "a4": "shot_down", "a5": "missed"}
FAMILIES = {"a1": "rocket", "a2": "drone", "a3": "rocket", "a4": "drone", "a5": "rocket"}


def _expected(start: str = "0000", end: str = "9999", outcome=None, weapon=None) -> list[str]:
    return sorted(i for i, (first, last) in DAYS.items() if first <= end and last >= start
                  and (outcome is None or OUTCOMES[i] in outcome) and (weapon is None or FAMILIES[i] in weapon))


@pytest.mark.parametrize("spec", [
    {},
    {"outcome": ["impact", "missed"]},
    {"outcome": ["shot_down"]},  # as the data writes it
    {"outcome": ["Shot down"]},  # as the filter box names it
    {"from": "2021-03-01", "to": "2021-07-07", "weapon": ["rocket"]},
    {"from": "2020-09-20", "to": "2020-09-20"},  # inside the month a3 is known to
    {"to": "2021-03-10"},
    {"weapon": []},  # nothing ticked: nothing shown
])
def test_filter_shows_the_incidents_the_dates_and_facets_say_and_a_reload_keeps_them(browser, controls_map, spec):
    opened = _ready(open_map(browser, controls_map))
    opened.js("spec => geomap.filter(spec)", spec)
    outcome = [o.lower().replace(" ", "_") for o in spec["outcome"]] if "outcome" in spec else None
    expected = _expected(spec.get("from", "0000"), spec.get("to", "9999"), outcome, spec.get("weapon"))
    assert sorted(opened.js("() => geomap.visible()")) == expected
    assert opened.js("() => geomap.filter.shown") == len(expected)
    opened.page.reload()
    opened.js("() => geomap.ready.then(() => geomap.filter.ready)")
    assert sorted(opened.js("() => geomap.visible()")) == expected, "the URL keeps the filter"
    assert opened.page_errors == []


def test_filter_refuses_a_facet_it_does_not_know_and_an_empty_filter_shows_everything(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    refusal = "spec => { try { geomap.filter(spec); return ''; } catch (e) { return e.message; } }"
    assert "no facet 'outcom'" in opened.js(refusal, {"outcom": ["impact"]})
    assert "YYYY-MM-DD" in opened.js(refusal, {"from": "May 2021"})
    opened.js("() => geomap.filter({outcome: ['missed']})")
    assert opened.js("() => geomap.visible()") == ["a5"]
    opened.js("() => geomap.filter({})")
    assert sorted(opened.js("() => geomap.visible()")) == sorted(DAYS)


def test_the_brush_shows_what_its_window_says(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    box = opened.page.locator(".geomap-histogram").bounding_box()
    y = box["y"] + box["height"] / 2
    opened.page.mouse.move(box["x"] + box["width"] * 0.55, y)
    opened.page.mouse.down()
    opened.page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    opened.page.mouse.up()
    state = opened.js("() => geomap.filter.state()")
    assert "2020-09-01" < state["from"] < state["to"] < "2021-07-08", state
    assert sorted(opened.js("() => geomap.visible()")) == _expected(state["from"], state["to"])
    assert f"t={state['from']}..{state['to']}" in opened.page.url


def test_play_moves_the_window_and_cumulative_mode_grows_it(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    opened.page.select_option(".geomap-step", "month")
    opened.page.locator(".geomap-play").click()
    first = opened.js("() => geomap.filter.state()")
    opened.page.wait_for_timeout(1000)
    second = opened.js("() => geomap.filter.state()")
    opened.page.locator(".geomap-play").click()  # pause
    assert first["from"] < second["from"], (first, second)
    opened.page.select_option(".geomap-mode", "cumulative")
    opened.page.locator(".geomap-all").click()
    opened.page.locator(".geomap-play").click()
    opened.page.wait_for_timeout(1000)
    opened.page.locator(".geomap-play").click()
    state = opened.js("() => geomap.filter.state()")
    assert state["from"] == "2020-09-01", "cumulative: the window starts at the first date"
    assert opened.page_errors == []


def test_search_flies_to_an_incident_or_a_place(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    names = opened.js("() => Array.from(document.querySelectorAll('#geomap-search-list option')).map(o => o.value)")
    assert {"a4", "Balad Air Base", "Erbil International Airport"} <= set(names)
    opened.page.fill(".geomap-search", "a5")
    opened.page.dispatch_event(".geomap-search", "change")
    opened.page.wait_for_timeout(1500)  # flyTo animates
    centre = opened.js("() => [geomap.map.getCenter().lat, geomap.map.getCenter().lng]")
    with open(controls_map.parent / "incidents.csv", encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle) if r["id"] == "a5")
    assert centre == pytest.approx([float(row["latitude"]), float(row["longitude"])], abs=0.01)


def test_a_month_only_date_says_its_interval_in_the_popup():
    from geomap.render.popups import incident_fields

    field = next(f for f in incident_fields(["date_text", "time_precision", "date"]) if f.label == "Date")
    assert "2020-09-01 to 2020-09-30" in field.cell({"date_text": "2020-09", "time_precision": 3,
                                                     "date": dt.date(2020, 9, 15)})
    assert "2020-01-01 to 2020-12-31" in field.cell({"date_text": "2020", "time_precision": 3,
                                                     "date": dt.date(2020, 7, 1)})
    assert field.cell({"date_text": "2021-07-08", "time_precision": 1, "date": dt.date(2021, 7, 8)}) == "2021-07-08"


def test_day_intervals_follow_acled_time_precision():
    import pandas as pd

    from geomap.timespan import EPOCH, day_intervals

    frame = pd.DataFrame({"date": ["2020-09-15", "2021-01-10", "2020-07-01", "2021-07-08", None],
                          "time_precision": [3, 2, 3, 1, 1], "date_text": ["2020-09", "2021-01-10", "2020", "", ""]})
    starts, ends = day_intervals(frame)
    days = [(str(EPOCH + dt.timedelta(days=int(s))), str(EPOCH + dt.timedelta(days=int(e))))
            for s, e in zip(starts[:4], ends[:4], strict=True)]
    assert days == [("2020-09-01", "2020-09-30"), ("2021-01-07", "2021-01-13"), ("2020-01-01", "2020-12-31"),
                    ("2021-07-08", "2021-07-08")]
    assert starts[4] < -10**9 and ends[4] > 10**9  # undated: in every window


def test_offline_the_default_map_shows_borders_and_names_when_tiles_fail(browser, example_outputs):
    opened = open_map(browser, example_outputs / "map.html")
    opened.page.wait_for_function("() => geomap.offline === true", timeout=10_000)
    for name in ("Country borders", "Provinces", "Rivers", "Towns"):
        group = f"geomap.overlays[{name!r}]"
        assert opened.js(f"() => geomap.map.hasLayer({group})") is True, name
        assert opened.js(f"() => {group}.getLayers().length") > 0, name
    assert opened.js("() => geomap.overlays['Provinces'].getLayers().length") > 20  # outlines and names
    names = opened.js("() => Array.from(document.querySelectorAll('.geomap-unit-label')).map(e => e.textContent)")
    assert "Anbar" in names and "Baghdad" in names


def test_the_context_is_clipped_to_the_data_region():
    from shapely.geometry import box as rectangle

    from geomap.context import context_layers
    from geomap.gazetteer import Gazetteer

    gazetteer = Gazetteer.load(geonames=False)
    area = (42.0, 32.0, 46.0, 35.0)  # west, south, east, north: central Iraq
    layers = context_layers(area, gazetteer.units.places, gazetteer.places)
    frame = rectangle(*area).buffer(1e-9)
    for name in ("context_countries", "context_governorates", "context_rivers", "context_labels"):
        assert len(layers[name]) and all(frame.covers(g) for g in layers[name].geometry), name
    assert "Baghdad" in set(layers["context_labels"]["name"])
    assert "Aleppo" not in set(layers["context_labels"]["name"])
    # The rivers are where they flow: the Tigris within a few km of Baghdad and Samarra, the Euphrates of
    # Hit and Haditha (points from the curated gazetteer); none within 20 km of Nukhaib, in the desert.
    rivers = layers["context_rivers"].geometry.union_all()
    geod = Geod(ellps="WGS84")
    for place_id, most_km in (("baghdad", 6), ("samarra", 6), ("hit", 6), ("haditha", 6), ("nukhaib", None)):
        place = gazetteer.get(place_id)
        nearest = shapely.ops.nearest_points(shapely.Point(place.longitude, place.latitude), rivers)[1]
        km = geod.inv(place.longitude, place.latitude, nearest.x, nearest.y)[2] / 1000
        assert (km <= most_km) if most_km else (km > 20), (place_id, km)
    empty = context_layers(None, gazetteer.units.places, gazetteer.places)
    assert all(len(frame) == 0 for frame in empty.values())


def test_download_shown_saves_the_rows_of_incidents_csv_that_the_filters_show(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    opened.js("() => geomap.filter.setHidden('weapon', ['drone'])")
    opened.page.locator(".geomap-legend-body").evaluate("d => d.open = true")
    with opened.page.expect_download() as info:
        opened.page.locator(".geomap-download").click()
    saved = info.value.path().read_bytes()
    written = (controls_map.parent / "incidents.csv").read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf") and written.startswith(b"\xef\xbb\xbf")
    lines = written.decode("utf-8-sig").splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    kept = [row for row in rows if "drone" not in row]
    assert len(kept) == 3
    assert sorted(line.split(",")[0] for line in kept) == sorted(opened.js("() => geomap.visible()"))
    assert saved.decode("utf-8-sig") == header + "".join(kept), "the same bytes as incidents.csv, filtered"


def test_on_a_phone_the_legend_folds_and_the_controls_fit(browser, controls_map):
    opened = _ready(open_map(browser, controls_map, viewport=(390, 800)))
    legend = opened.page.locator("#geomap-legend").bounding_box()
    assert legend["height"] < 80, legend
    assert opened.page.locator(".leaflet-control-layers").is_hidden()
    bar = opened.page.locator(".geomap-timebar").bounding_box()
    assert bar["x"] >= 0 and bar["x"] + bar["width"] <= 390
    opened.page.locator(".geomap-legend-body > summary").click()
    assert opened.page.locator("#geomap-legend").bounding_box()["height"] > legend["height"]


def test_a_datasets_event_types_become_facets(browser, tmp_path):
    source = Path(__file__).resolve().parent / "data" / "formats" / "acled.csv"
    result = CliRunner().invoke(cli, ["build", str(source), "--out", str(tmp_path / "out"), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    opened = _ready(open_map(browser, tmp_path / "out" / "map.html"))
    facets = opened.js("() => Array.from(document.querySelectorAll('.geomap-facets legend')).map(l => l.textContent)")
    assert "Event type" in facets and "Sub-event type" in facets
    opened.js("() => geomap.filter.setHidden('sub_event_type', ['Air/drone strike'])")
    assert opened.js("() => geomap.filter.shown") == 3


def test_a_hand_edited_fragment_does_not_break_the_page(browser, controls_map):
    opened = _ready(open_map(browser, controls_map))
    opened.page.goto(controls_map.as_uri() + "#t=2021-13-45..nonsense&hide=outcome:%E0%A4%A,weapon:drone&view=x/y/z")
    opened.page.reload()
    opened.js("() => geomap.ready.then(() => geomap.filter.ready)")
    assert opened.page_errors == []
    assert opened.js("() => geomap.filter.state().hidden.weapon") == ["drone"]
    assert opened.js("() => geomap.filter.shown") == 3
