"""The stream and Dask engines give what the default engine gives, a part at a time.

Each engine is run on the same real files, cut into parts of a few rows so that every part boundary, the
names shared across parts and the problems of several parts are exercised; the outputs are compared with the
default engine's (the same bytes where the format allows, the same incidents read back otherwise).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas
import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner

from geomap.build import build
from geomap.cli import cli
from geomap.errors import DataError

from .browser import open_map

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "incidents.csv"
TEXT_OUTPUTS = ("incidents.csv", "incidents.geojson", "geocoding.csv")

EXTRA_HEADER = "id,date,place,target,weapon,outcome,notes,analyst"
# A second file with a column of its own, a cell holding a line break (one record over two lines), a row by its
# own coordinates and a name the first file does not use.
EXTRA_ROWS = [
    'x1,2021-05-02,Erbil,Erbil International Airport,drone,intercepted,"two lines:\nthe second",kb',
    "x2,2021-05-03,Ain al-Asad,Ain al-Asad,rockets,impact,,kb",
    "x3,2021-05-04,Sinjar,,mortar,unknown,,",
    "x4,2021-05-05,Ain al-Asad,Ain al-Asad,107mm rockets,missed,,jd",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("engines")
    extra = folder / "extra.csv"
    extra.write_text("\n".join([EXTRA_HEADER, *EXTRA_ROWS]) + "\n", encoding="utf-8")
    return [EXAMPLE, extra]


@pytest.fixture(scope="module")
def default_build(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("default") / "out"
    build(inputs, out, engine="default", tiles=["none"])
    return out


def _same_incidents(expected: Path, got: Path) -> None:
    a, b = geopandas.read_parquet(expected), geopandas.read_parquet(got)
    assert list(a.columns) == list(b.columns)
    assert len(a) == len(b)
    pd.testing.assert_frame_equal(pd.DataFrame(a).astype(str), pd.DataFrame(b).astype(str))


def _layer_counts(path: Path) -> dict[str, int]:
    return {name: pyogrio.read_info(path, layer=name)["features"] for name, _ in pyogrio.list_layers(path)}


def test_the_stream_engine_writes_what_the_default_engine_writes(inputs, default_build, tmp_path):
    out = tmp_path / "out"
    result = build(inputs, out, engine="stream", tiles=["none"], part_rows=3)
    assert result.incidents == 24
    for name in (*TEXT_OUTPUTS, "map.html"):
        assert (out / name).read_bytes() == (default_build / name).read_bytes(), name
    _same_incidents(default_build / "incidents.parquet", out / "incidents.parquet")
    assert _layer_counts(out / "incidents.gpkg") == _layer_counts(default_build / "incidents.gpkg")
    incidents = pyogrio.read_dataframe(out / "incidents.gpkg", layer="incidents")
    expected = pyogrio.read_dataframe(default_build / "incidents.gpkg", layer="incidents")
    assert list(incidents["id"]) == list(expected["id"])
    assert list(incidents.columns) == list(expected.columns)
    assert incidents.loc[incidents["id"] == "x1", "notes"].item() == "two lines:\nthe second"
    assert incidents.loc[incidents["id"] == "x2", "analyst"].item() == "kb"
    assert not list(out.glob(".geomap-build-*")), "the staging folder is gone"


def test_every_problem_of_every_part_is_named_and_nothing_is_written(inputs, default_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(default_build, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([
        "id,date,place,weapon,outcome",
        "b1,2021-01-01,Erbil,rockets,impact",
        "b2,2021-02-30,Erbil,rockets,impact",     # part 1: no such day
        "b3,2021-01-03,Erbil,rockets,impact",
        "b4,2021-01-04,Erbil,rockets,impact",
        "b5,2021-01-05,Erbil,rockets,sideways",   # part 2: no such outcome
        "b1,2021-01-06,Erbil,rockets,impact",     # part 2: the id of part 1
        "b7,2021-01-07,Nowhere-on-earth,rockets,impact",  # part 3: no such place
    ]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        build([bad], out, engine="stream", tiles=["none"], part_rows=2)
    found = {(Path(p.file).name, p.row, p.column) for p in caught.value.problems}
    assert found == {("bad.csv", 3, "date"), ("bad.csv", 6, "outcome"), ("bad.csv", 7, "id"),
                     ("bad.csv", 8, "place")}
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".geomap-build-*"))


def test_beyond_the_map_limit_the_map_draws_aggregates_that_follow_the_filters(inputs, browser, tmp_path):
    out = tmp_path / "out"
    result = build(inputs, out, engine="stream", tiles=["none"], part_rows=5, map_limit=10)
    assert result.incidents == 24
    assert len(geopandas.read_parquet(out / "incidents.parquet")) == 24  # every incident, not the aggregates
    page = (out / "map.html").read_text(encoding="utf-8")
    assert "Aggregated: the 24 incidents are drawn as" in page
    frame = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False) for p in inputs], ignore_index=True)
    opened = open_map(browser, out / "map.html")
    opened.js("() => geomap.filter.ready")
    assert opened.js("() => [geomap.filter.shown, geomap.filter.total]") == [24, 24]
    assert opened.js("() => document.querySelector('.geomap-count').textContent") == "24 incidents"
    # A month's window counts that month's incidents, however many aggregates hold them.
    in_may = int(frame["date"].str.startswith("2021-05").sum())
    opened.js("() => geomap.filter.setWindow('2021-05-01', '2021-05-31')")
    assert opened.js("() => geomap.filter.shown") == in_may == 4
    opened.page.locator(".geomap-all").click()
    impacts = int((frame["outcome"] == "impact").sum())
    opened.js("() => geomap.filter.setHidden('outcome', ['Intercepted', 'Missed', 'Shot down', 'Unknown'])")
    assert opened.js("() => geomap.filter.shown") == impacts
    assert opened.js("() => document.querySelector('.geomap-download').disabled") is True
    assert opened.page_errors == []


@pytest.mark.slow
# dask-geopandas 0.5 calls reset_index(inplace=True), which pandas 3.1 deprecates: its warning, not ours.
@pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning")
def test_the_dask_engine_on_two_local_workers_gives_the_default_engines_incidents(inputs, default_build, tmp_path):
    import dask_geopandas

    out = tmp_path / "out"
    result = build(inputs, out, engine="dask", tiles=["none"], part_rows=3)
    assert result.incidents == 24
    partitions = sorted((out / "incidents.parquet").glob("part.*.parquet"))
    assert len(partitions) == 9  # 20 + 4 rows in parts of 3: 7 + 2
    for name in (*TEXT_OUTPUTS, "map.html"):
        assert (out / name).read_bytes() == (default_build / name).read_bytes(), name
    read = dask_geopandas.read_parquet(out / "incidents.parquet").compute().reset_index(drop=True)
    expected = geopandas.read_parquet(default_build / "incidents.parquet")
    pd.testing.assert_frame_equal(pd.DataFrame(expected).astype(str), pd.DataFrame(read).astype(str))
    assert _layer_counts(out / "incidents.gpkg") == _layer_counts(default_build / "incidents.gpkg")
    # A default build over it replaces the folder with a file, and the other way round.
    build(inputs, out, engine="default", tiles=["none"])
    assert (out / "incidents.parquet").is_file()


@pytest.mark.slow
def test_the_dask_engine_names_an_id_used_in_two_parts(tmp_path):
    source = tmp_path / "twice.csv"
    source.write_text("id,date,place,weapon,outcome\n" + "".join(
        f"{'dup' if i in (0, 4) else f'd{i}'},2021-01-0{i + 1},Erbil,rockets,impact\n" for i in range(6)),
        encoding="utf-8")
    with pytest.raises(DataError) as caught:
        build([source], tmp_path / "out", engine="dask", tiles=["none"], part_rows=2)
    assert [(p.row, p.column) for p in caught.value.problems] == [(6, "id")]
    assert "already used at" in caught.value.problems[0].message


def test_the_cli_takes_an_engine_and_says_when_a_scheduler_cannot_be_reached(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--out", str(out), "--engine", "stream",
                                      "--tiles", "none"])
    assert result.exit_code == 0, result.output
    assert (out / "incidents.gpkg").is_file()
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--out", str(out), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9", "--tiles", "none"])
    assert result.exit_code == 2, result.output
    assert "cannot reach the Dask scheduler" in result.output


def test_aggregates_grow_coarser_to_stay_within_their_limit_and_keep_every_incident():
    from geomap.aggregate import CELL_DEG, Aggregates, cells
    from geomap.incidents import load_incidents

    frame = load_incidents(EXAMPLE)
    fine = Aggregates()
    coarse = Aggregates(limit=6)
    for start in range(0, len(frame), 7):  # parts of seven incidents, as a stream adds them
        fine.add(cells(frame.iloc[start:start + 7]))
        coarse.add(cells(frame.iloc[start:start + 7]))
    assert (fine.level, fine.cell_deg, fine.period) == (0, CELL_DEG, "month")
    assert coarse.level > 0 and coarse.cell_deg > fine.cell_deg
    assert len(coarse.table) < len(fine.table)
    for aggregates in (fine, coarse):
        drawn = aggregates.frame()
        assert int(drawn["incidents"].sum()) == len(frame)  # no incident lost or counted twice
        # Each dot lies at its cell's centre: within half a cell of an incident it stands for.
        assert ((drawn["longitude"] / aggregates.cell_deg) % 1).round(6).eq(0.5).all()
