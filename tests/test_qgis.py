"""The GeoPackage in real clients: GDAL's GeoPackage validator and QGIS (Debian's python3-qgis), headless."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.export import GEOPACKAGE_LAYERS
from geomap.qgis_styles import STYLES, qml
from geomap.symbology import LAUNCH_COLOUR, OUTCOME_COLOURS, RING_COLOUR, TARGET_COLOUR

from .helpers import unavailable

QGIS_PYTHON = "/usr/bin/python3"  # Debian's, whose dist-packages hold python3-qgis
QGIS_OPEN = Path(__file__).parent / "clients" / "qgis_open.py"
COUNTS = {"incidents": 20, "uncertainty": 17, "targets": 8, "launch_sites": 2, "trajectories": 3,
          "distance_rings": 32, "places": 16, "areas": 1}


@pytest.fixture(scope="module")
def gpkg(example_outputs):
    return example_outputs / "incidents.gpkg"


def test_gdal_validator_finds_nothing_wrong(gpkg):
    result = subprocess.run([sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", "--warning-as-error",
                             str(gpkg)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and "Req" not in result.stderr


def test_every_layer_has_a_default_style_row(gpkg):
    with sqlite3.connect(gpkg) as db:
        rows = db.execute("SELECT f_table_schema, f_table_name, f_geometry_column, useAsDefault, styleQML "
                          "FROM layer_styles ORDER BY id").fetchall()
        contents = {r[0]: r[1] for r in db.execute("SELECT table_name, data_type FROM gpkg_contents")}
    assert [r[1] for r in rows] == list(GEOPACKAGE_LAYERS)
    assert all(r[0] == "" and r[2] == "geom" and r[3] == 1 for r in rows)
    assert all(r[4] == qml(r[1]) for r in rows)
    assert contents["layer_styles"] == "attributes"
    assert set(STYLES) == set(GEOPACKAGE_LAYERS)


def _qgis_available() -> None:
    probe = subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"], capture_output=True, text=True) \
        if Path(QGIS_PYTHON).exists() else None
    if probe is not None and probe.returncode == 0:
        return
    unavailable("QGIS's Python bindings are not installed (Debian packages python3-qgis and qgis-providers; "
                "`make test` installs them when run as root)")


@pytest.fixture(scope="module")
def qgis_report(gpkg, tmp_path_factory):
    _qgis_available()
    runtime = tmp_path_factory.mktemp("qgis-runtime")  # Qt wants a private runtime folder
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    result = subprocess.run([QGIS_PYTHON, str(QGIS_OPEN), str(gpkg), *GEOPACKAGE_LAYERS], capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("layer", GEOPACKAGE_LAYERS)
def test_qgis_opens_each_layer_valid_with_its_count_and_crs(qgis_report, gpkg, layer):
    import pyogrio

    report = qgis_report[layer]
    assert report["valid"] is True
    # The context layers' counts depend on Natural Earth's outlines: GDAL counts them, QGIS must agree.
    expected = COUNTS[layer] if layer in COUNTS else pyogrio.read_info(gpkg, layer=layer)["features"]
    assert expected > 0 and report["features"] == expected
    assert report["crs"] == "EPSG:4326"


@pytest.mark.parametrize("layer", GEOPACKAGE_LAYERS)
def test_qgis_loads_each_layers_default_style(qgis_report, layer):
    report = qgis_report[layer]
    assert report["style_loaded"] is True, report["style_message"]


def test_qgis_styles_match_the_map(qgis_report):
    incidents = qgis_report["incidents"]
    assert incidents["renderer"] == "categorizedSymbol" and incidents["attribute"] == "outcome"
    assert incidents["categories"] == OUTCOME_COLOURS
    assert qgis_report["targets"]["strokes"] == [TARGET_COLOUR]
    assert qgis_report["launch_sites"]["colours"] == [LAUNCH_COLOUR]
    assert qgis_report["trajectories"]["symbol_layers"] == ["ArrowLine"]
    assert qgis_report["trajectories"]["colours"] == [LAUNCH_COLOUR]
    rings = qgis_report["distance_rings"]
    assert rings["strokes"] == [RING_COLOUR] and rings["labels"] is True and rings["label_field"] == "label"
    assert qgis_report["places"]["label_field"] == "name"
    assert qgis_report["context_labels"]["label_field"] == "name"
    assert qgis_report["targets"]["label_field"] == "name"


# Written for this test: one incident of each kind of date (ACLED time_precision 1, 2, 3 as a month and as a
# year, a December month) and one outside September 2020.
TIMED = """id,date,time_precision,place,weapon,outcome
day,2020-09-20,1,Erbil,drone,impact
week,2020-09-23,2,Erbil,drone,impact
month,2020-09,3,Erbil,drone,impact
year,2020,3,Erbil,drone,impact
dec,2020-12,3,Erbil,drone,impact
other,2021-03-01,1,Erbil,drone,impact
"""


def test_qgis_plays_the_incidents_over_the_days_each_may_have_happened(tmp_path):
    import datetime as dt

    from click.testing import CliRunner

    from geomap.cli import cli
    from geomap.timespan import interval

    _qgis_available()
    source = tmp_path / "timed.csv"
    source.write_text(TIMED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(source), "--out", str(tmp_path / "out"), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    run = subprocess.run([QGIS_PYTHON, str(QGIS_OPEN), str(tmp_path / "out" / "incidents.gpkg"), "incidents"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    temporal = json.loads(run.stdout.strip().splitlines()[-1])["incidents"]["temporal"]
    assert temporal["active"] is True and temporal["mode"] == 4  # start and end from expressions
    written = {"day": ("2020-09-20", 1), "week": ("2020-09-23", 2), "month": ("2020-09", 3), "year": ("2020", 3),
               "dec": ("2020-12", 3), "other": ("2021-03-01", 1)}
    expected = {}
    for key, (text, precision) in written.items():
        day = dt.date.fromisoformat(text + "-15" if len(text) == 7 else text + "-07-01" if len(text) == 4 else text)
        first, last = interval(day, precision, text)
        expected[key] = [f"{first.isoformat()}T00:00:00", f"{(last + dt.timedelta(days=1)).isoformat()}T00:00:00"]
    assert temporal["days"] == expected, "QGIS's span of each incident is the map's (timespan.interval)"
    on_the_day = dt.date(2020, 9, 20)
    assert temporal["shown_on_2020_09_20"] == sorted(
        k for k, (first, end) in expected.items() if first[:10] <= on_the_day.isoformat() < end[:10])
