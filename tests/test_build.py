"""End to end: `geomap build` on real files, read back with GDAL (pyogrio) and checked."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pyogrio
import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.export import GEOPACKAGE_LAYERS

from .helpers import packed_text, require_program


@pytest.fixture
def built(example_outputs):
    return example_outputs


def test_outputs_exist(built):
    for name in ("map.html", "incidents.gpkg", "incidents.parquet", "incidents.geojson", "incidents.csv"):
        assert (built / name).stat().st_size > 0
    assert not list(built.glob(".geomap-build-*"))


def test_geopackage_layers_crs_counts_and_types(built):
    gpkg = built / "incidents.gpkg"
    layers = dict(pyogrio.list_layers(gpkg))
    assert layers == {"incidents": "Point", "uncertainty": "Polygon", "targets": "Point", "launch_sites": "Point",
                      "trajectories": "LineString", "distance_rings": "Polygon", "places": "Point",
                      "areas": "Polygon", "context_countries": "MultiLineString",
                      "context_governorates": "MultiLineString", "context_rivers": "MultiLineString",
                      "context_labels": "Point",
                      "layer_styles": None}  # layer_styles: QGIS's default styles
    counts = {name: pyogrio.read_info(gpkg, layer=name)["features"] for name in GEOPACKAGE_LAYERS}
    context = {name: counts.pop(name) for name in ("context_countries", "context_governorates", "context_rivers",
                                                   "context_labels")}
    assert counts == {"incidents": 20, "uncertainty": 17, "targets": 8, "launch_sites": 2, "trajectories": 3,
                      "distance_rings": 32, "places": 16, "areas": 1}
    assert context["context_countries"] >= 5 and context["context_governorates"] >= 20, context
    assert context["context_rivers"] >= 2, context  # the Tigris and the Euphrates at least
    labels = pyogrio.read_dataframe(gpkg, layer="context_labels")
    assert {"Baghdad", "Anbar", "Deir ez-Zor"} <= set(labels["name"]) and set(labels["kind"]) == {"governorate", "town"}
    borders = pyogrio.read_dataframe(gpkg, layer="context_countries")
    assert {"IQ", "SY", "JO"} <= set(borders["iso_a2"])
    for name in GEOPACKAGE_LAYERS:
        assert pyogrio.read_info(gpkg, layer=name)["crs"] == "EPSG:4326"
    info = pyogrio.read_info(gpkg, layer="incidents")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["date"] == "OFTDate" and types["count"] == "OFTInteger64" and types["distance_m"] == "OFTReal"
    frame = pyogrio.read_dataframe(gpkg, layer="incidents")
    row = frame.set_index("id").loc["embassy-2021-10-30-a"]
    assert row.geometry.x == pytest.approx(44.336) and row.geometry.y == pytest.approx(33.315)
    assert row["distance_m"] == pytest.approx(5876, abs=5)


def test_geopackage_version_is_1_2(built):
    import sqlite3

    with sqlite3.connect(built / "incidents.gpkg") as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200


def test_ogrinfo_reads_every_layer(built):
    ogrinfo = require_program("ogrinfo", "gdal-bin")
    out = subprocess.run([ogrinfo, "-ro", "-so", "-al", str(built / "incidents.gpkg")], capture_output=True,
                         text=True, check=True)
    for name in GEOPACKAGE_LAYERS:
        assert f"Layer name: {name}" in out.stdout
    assert "ERROR" not in out.stderr


def test_geojson_is_rfc7946(built):
    data = json.loads((built / "incidents.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data and len(data["features"]) == 20
    feature = next(f for f in data["features"] if f["properties"]["id"] == "asad-2021-07-07")
    assert feature["geometry"]["coordinates"] == pytest.approx([42.441167, 33.785667])
    assert feature["properties"]["date"] == "2021-07-07" and feature["properties"]["count"] == 14


def test_geoparquet_holds_every_incident_as_geopandas_and_gdal_read_it(built):
    import geopandas
    import pyarrow.parquet as pq
    import pyogrio

    frame = geopandas.read_parquet(built / "incidents.parquet")
    assert frame.crs.to_epsg() == 4326 and len(frame) == 20
    row = frame.set_index("id").loc["asad-2021-07-07"]
    # Point(x=longitude, y=latitude), and the typed columns stay typed.
    assert (row.geometry.x, row.geometry.y) == pytest.approx((42.441167, 33.785667))
    assert str(row["date"]) == "2021-07-07" and row["count"] == 14
    assert str(frame["count"].dtype) == "Int64"
    assert b"geo" in pq.read_metadata(built / "incidents.parquet").metadata
    if "Parquet" in pyogrio.list_drivers():  # GDAL built with Arrow reads it as a layer too
        assert len(pyogrio.read_dataframe(built / "incidents.parquet")) == 20


def test_html_holds_every_layer_and_the_popups(built):
    page = (built / "map.html").read_text(encoding="utf-8")
    for layer in ("Impact points", "Targets", "Launch sites", "Launch-to-impact lines", "Distance rings", "Areas"):
        assert f'"{layer}"' in page or f"{layer}" in page, layer
    assert "L.control.layers" in page and "L.control.scale" in page and "geomap-legend" in page
    packed = packed_text(page)  # the incidents' popups travel packed (see geomap/render/packing.py)
    assert "5.9 km WNW of US Embassy in Baghdad" in packed  # Mansour
    assert "3.8 km WNW of US Embassy in Baghdad" in packed  # Harithiya
    assert "1.4 km WNW of US Embassy in Baghdad" in packed  # Grand Festivities Square
    assert "Revenge of Al Muhandis Brigade" in packed and "14 × rockets" in packed
    assert "fitBounds" in page
    for label in ("\\u003e1 km\\u003c", "\\u003e2 km\\u003c", "\\u003e5 km\\u003c", "\\u003e10 km\\u003c"):
        assert label in page


def _digest(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest()
            for n in ("map.html", "incidents.gpkg", "incidents.parquet", "incidents.geojson", "incidents.csv")}


def test_rebuild_gives_identical_bytes(built, tmp_path):
    assert CliRunner().invoke(cli, ["build", "--out", str(tmp_path)]).exit_code == 0
    assert _digest(tmp_path) == _digest(built)


def test_bad_input_writes_nothing_and_keeps_earlier_outputs(built, tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", "--out", str(out)]).exit_code == 0
    before = _digest(out)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,date,place\nx,2021-02-30,Mansour\ny,2021-01-01,Atlantis\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert f"Error: {bad}:2: date: '2021-02-30' has no day 30 (February 2021 has 28 days)" in result.stderr
    assert f"{bad}:3: place: no place matches 'Atlantis'" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(out) == before
    assert sorted(p.name for p in out.iterdir()) == [".geomap.lock", "geocoding.csv", "incidents.csv",
                                                     "incidents.geojson",
                                                     "incidents.gpkg", "incidents.parquet", "map.html"]


def test_user_csv_builds_with_custom_rings(tmp_path):
    src = tmp_path / "mine.csv"
    src.write_text("id,date,place,target,launch_site,outcome\n"
                   "r1,2021-10-30,Mansour,US Embassy,Bayaa,missed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "o"), "--rings", "0.5,3"])
    assert result.exit_code == 0, result.output
    rings = pyogrio.read_dataframe(tmp_path / "o" / "incidents.gpkg", layer="distance_rings")
    assert sorted(rings["radius_m"]) == [500.0, 3000.0]
    page = (tmp_path / "o" / "map.html").read_text(encoding="utf-8")
    assert re.search(r"500 m", page) and "Incidents: mine" in page


@pytest.mark.parametrize(("args", "code"), [
    (["build", "/no/such.csv"], 2),
    (["build", "--rings", "abc"], 2),
    (["build", "--rings", "-1"], 2),
])
def test_bad_usage_exits_2(args, code, tmp_path):
    result = CliRunner().invoke(cli, [*args, "--out", str(tmp_path)])
    assert result.exit_code == code, result.output


def test_injected_text_is_escaped_in_the_page(tmp_path):
    src = tmp_path / "evil.csv"
    src.write_text('id,date,place,notes,source\n"<script>alert(1)</script>",2021-10-30,Mansour,'
                   '"${alert(2)} `x` <img src=x onerror=alert(3)>",src\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "o" / "map.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page and "${alert(2)}" not in page
    packed = packed_text(page)  # what the canvas layer will put into popups and tooltips
    assert "<script>alert(1)" not in packed and "<img src=x" not in packed and "${alert(2)}" not in packed
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in packed and "&#36;&#123;alert(2)&#125;" in packed


def test_map_is_one_file_with_leaflet_inlined(built):
    page = (built / "map.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link rel=\"stylesheet\" href=" not in page
    assert "cdn.jsdelivr" not in page and "code.jquery.com" not in page and "leaflet-dvf" not in page
    # The library itself, inlined: its banner opens an inline script of over 100 kB (not a link to it).
    inline = page.split("<script>/* @preserve\n * Leaflet 1.9.3, a JS library for interactive maps.", 1)
    assert len(inline) == 2 and len(inline[1].split("</script>", 1)[0]) > 100_000


def _build_in_process(out: Path, *args: str, **env: str) -> None:
    import os
    import sys

    result = subprocess.run([sys.executable, "-m", "geomap", "build", "--out", str(out), *args],
                            capture_output=True, text=True, env={**os.environ, **env}, timeout=300)
    assert result.returncode == 0, result.stderr


def test_rebuilds_in_fresh_processes_give_identical_bytes(tmp_path):
    # Different hash seeds: no output may depend on set or dict order.
    _build_in_process(tmp_path / "a", "--tiles", "none", PYTHONHASHSEED="1")
    _build_in_process(tmp_path / "b", "--tiles", "none", PYTHONHASHSEED="2")
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_source_date_epoch_sets_the_geopackage_timestamps(tmp_path):
    import sqlite3

    _build_in_process(tmp_path, SOURCE_DATE_EPOCH="1700000000")
    with sqlite3.connect(tmp_path / "incidents.gpkg") as db:
        stamps = {r[0] for r in db.execute("SELECT last_change FROM gpkg_contents")}
        styles = {r[0] for r in db.execute("SELECT update_time FROM layer_styles")}
    assert stamps == styles == {"2023-11-14T22:13:20.000Z"}


def test_progress_bar_goes_to_stderr_and_only_when_asked_or_slow(tmp_path):
    from geomap.cli.progress import ProgressBar

    runner = CliRunner()
    quiet = runner.invoke(cli, ["build", "--out", str(tmp_path / "a")])
    assert quiet.exit_code == 0, quiet.output
    assert "[#" not in quiet.stderr  # not a terminal: no bar
    import io

    stream = io.StringIO()
    bar = ProgressBar(stream, enabled=True, delay_s=0)
    from geomap.build import build

    build(out=tmp_path / "b", progress=bar)
    bar.close()
    text = stream.getvalue()
    assert "writing map.html" in text and "writing the GeoPackage" in text and "6/7 publishing" in text
    assert text.endswith("\r")  # the bar is wiped at the end, leaving the terminal clean
    stream = io.StringIO()
    slow_only = ProgressBar(stream, enabled=True, delay_s=60)
    build(out=tmp_path / "c", progress=slow_only)
    assert stream.getvalue() == ""  # a build shorter than the delay draws nothing


def test_packed_layers_round_trip_and_use_the_narrowest_codes():
    import numpy as np

    from geomap.render.packing import pack, unpack

    arrays = {"a": np.arange(5, dtype=np.uint8), "b": np.array([-7, 2**31 - 1], dtype=np.int32),
              "c": np.array([0.5, -1.25])}
    for level in (None, 1, 6):
        header, back = unpack(pack({"strings": ["<b>é</b>", ""]}, arrays, level))
        assert header == {"strings": ["<b>é</b>", ""]}
        for name, values in arrays.items():
            assert back[name].dtype == values.dtype and back[name].tolist() == values.tolist()


def test_map_and_geopackage_draw_the_same_geometry(built):
    """layers.build_layers computes every geometry once: the map's circles and lines are the GeoPackage's."""
    import geopandas
    import numpy as np
    import shapely

    from geomap.render.packing import quantize

    from .helpers import packed_layers

    page = (built / "map.html").read_text(encoding="utf-8")
    (_, points), (_, lines) = packed_layers(page)["GeomapPoints"], packed_layers(page)["GeomapLines"]
    uncertainty = geopandas.read_file(built / "incidents.gpkg", layer="uncertainty")
    assert len(uncertainty) and len(points["ring_start"]) == len(uncertainty) + 1
    starts = points["ring_start"].astype(np.int64)
    for i, ring in enumerate(uncertainty.geometry.exterior):
        # The map carries every vertex of the layer's circle but the closing one, coded as second differences:
        # decoded, they are the GeoPackage's vertices exactly.
        vertices = shapely.get_coordinates(ring)[:-1]
        for coded, column in ((points["ring_lon"], 0), (points["ring_lat"], 1)):
            part = coded[starts[i]:starts[i + 1]].astype(np.int64)
            steps = np.concatenate([[part[1]], part[1] + np.cumsum(part[2:])])
            decoded = np.concatenate([[part[0]], part[0] + np.cumsum(steps)])
            assert np.array_equal(decoded, quantize(vertices[:, column])), i
    trajectories = geopandas.read_file(built / "incidents.gpkg", layer="trajectories")
    distinct = {shapely.to_wkb(g) for g in trajectories.geometry}
    assert len(lines["start"]) == len(distinct) + 1
    assert lines["start"][-1] == sum(shapely.get_num_coordinates(shapely.from_wkb(list(distinct))))
    rings = geopandas.read_file(built / "incidents.gpkg", layer="distance_rings")
    north = shapely.get_coordinates(rings.geometry.exterior.to_numpy()[:1])[0]
    assert (rings["label_longitude"].iloc[0], rings["label_latitude"].iloc[0]) == tuple(north)


def test_the_renderer_computes_no_geometry():
    import pathlib

    render = pathlib.Path(__file__).resolve().parent.parent / "geomap" / "render"
    for path in render.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "pyproj" not in text and "geodesy" not in text, path


def test_files_written_by_the_second_process_are_the_same_files(built, tmp_path, monkeypatch):
    # A big build writes its GeoPackage and GeoJSON in a forked process (see forked); lowered here to the
    # example's size, the fork must give the very bytes the build writes itself, and leave nothing behind.
    import geomap.build

    monkeypatch.setattr(geomap.build, "SECOND_PROCESS_ROWS", 1)
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert _digest(tmp_path) == _digest(built)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".geomap.lock", "geocoding.csv", "incidents.csv",
                                                          "incidents.geojson", "incidents.gpkg",
                                                          "incidents.parquet", "map.html"]


def test_an_output_the_second_process_cannot_write_is_one_line_and_nothing_is_published(tmp_path, monkeypatch):
    import errno
    import os

    import geomap.build
    import geomap.export

    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", "--out", str(out)]).exit_code == 0
    before = _digest(out)

    def full_disk(frame, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(geomap.build, "SECOND_PROCESS_ROWS", 1)
    monkeypatch.setattr(geomap.export, "write_geojson", full_disk)  # runs in the fork, which inherits it
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {out / 'incidents.geojson'}: cannot be written (No space left on device); the earlier outputs "
        "are as they were")
    assert _digest(out) == before
    assert sorted(p.name for p in out.iterdir()) == [".geomap.lock", "geocoding.csv", "incidents.csv",
                                                     "incidents.geojson", "incidents.gpkg", "incidents.parquet",
                                                     "map.html"]
