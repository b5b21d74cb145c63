"""The field's datasets read as they come: ACLED exports, UCDP GED, GDELT 2.0 events; Excel, GeoParquet and
GeoPackage inputs. The fixtures in tests/data/formats are written from each codebook (see geomap/formats.py),
with coordinates of the curated gazetteer's places."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pyogrio
import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.incidents import read_incidents
from geomap.timespan import EPOCH, day_intervals

DATA = Path(__file__).resolve().parent / "data" / "formats"
UCDP_SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ucdp-syria" / "ged_syria_2016_2019.csv"


def _rows(folder: Path) -> dict[str, dict[str, str]]:
    with open(folder / "incidents.csv", encoding="utf-8-sig") as handle:
        return {r["id"]: r for r in csv.DictReader(handle)}


def _build(tmp_path: Path, *args: str):
    result = CliRunner().invoke(cli, ["build", *args, "--out", str(tmp_path / "out"), "--tiles", "none"])
    return result, tmp_path / "out"


def test_acled_export_builds_with_both_date_styles_and_its_columns_kept(tmp_path):
    result, out = _build(tmp_path, str(DATA / "acled.csv"))
    assert result.exit_code == 0, result.output
    assert "read as ACLED (4 events" in result.output
    rows = _rows(out)
    assert rows["IRQ9002"]["date"] == "2021-02-15"  # "15 February 2021", ACLED's older style
    assert rows["IRQ9001"]["date"] == "2021-03-03"
    assert rows["IRQ9001"]["place"] == "Ain al-Asad Air Base" and rows["IRQ9001"]["country"] == "IQ"
    assert (rows["IRQ9003"]["time_precision"], rows["IRQ9003"]["geo_precision"]) == ("2", "2")
    assert float(rows["IRQ9003"]["uncertainty_m"]) == 25_000 and float(rows["SYR9004"]["uncertainty_m"]) == 100_000
    # The coordinates are ACLED's, and every original column travels on (a renamed original when geomap's
    # column of that name holds something else).
    assert float(rows["IRQ9001"]["latitude"]) == pytest.approx(33.785667)
    assert rows["IRQ9001"]["event_type"] == "Explosions/Remote violence"
    assert rows["IRQ9001"]["acled_country"] == "Iraq" and rows["IRQ9001"]["acled_admin1"] == "Al Anbar"
    assert rows["IRQ9001"]["actor2"].startswith("Military Forces of the United States")
    frame = pyogrio.read_dataframe(out / "incidents.gpkg", layer="incidents")
    assert {"event_type", "sub_event_type", "actor1", "event_id_cnty"} <= set(frame.columns)


def test_ucdp_ged_builds_with_its_precisions_and_date_ranges(tmp_path):
    result, out = _build(tmp_path, str(DATA / "ucdp_ged.csv"))
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert set(rows) == {"900001", "900002", "900003"}
    exact, near, governorate = rows["900001"], rows["900002"], rows["900003"]
    assert (exact["geo_precision"], float(exact["uncertainty_m"])) == ("1", 1000.0)
    assert (near["geo_precision"], float(near["uncertainty_m"])) == ("2", 25_000.0)
    assert governorate["geo_precision"] == "3" and float(governorate["uncertainty_m"]) >= 100_000
    assert (exact["fatalities"], exact["type_of_violence"]) == ("5", "state-based conflict")
    assert near["type_of_violence"] == "one-sided violence" and near["date_end"] == "2018-11-22"
    frame, _ = read_incidents(DATA / "ucdp_ged.csv")
    starts, ends = day_intervals(frame)
    spans = {i: (str(EPOCH + dt.timedelta(days=int(s))), str(EPOCH + dt.timedelta(days=int(e))))
             for i, s, e in zip(frame["id"], starts, ends, strict=True)}
    assert spans["900002"] == ("2018-11-15", "2018-11-22")  # within a week of the 18th, and to date_end
    assert spans["900003"] == ("2019-03-01", "2019-03-31")


def test_gdelt_events_build_from_the_action_point_and_unplaced_events_are_counted(tmp_path):
    source = DATA / "20210303.export.CSV"
    result, out = _build(tmp_path, str(source))
    assert result.exit_code == 0, result.output
    assert "1 GDELT event(s) with no ActionGeo point left out" in result.output
    rows = _rows(out)
    assert set(rows) == {"1100000001", "1100000002", "1100000003"}
    base = rows["1100000001"]
    assert (base["date"], base["country"], base["geo_precision"]) == ("2021-03-03", "IQ", "1")
    assert base["url"] == "https://example.org/news/ain-al-asad" and base["source"] == "example.org"
    assert base["event_root"] == "fight" and base["EventCode"] == "190"
    country = rows["1100000003"]  # placed only at the country's centroid
    assert country["geo_precision"] == "3" and float(country["uncertainty_m"]) >= 500_000
    # --format names it, as for a file whose name says nothing.
    named = tmp_path / "events.tsv"
    named.write_bytes(source.read_bytes())
    again, _ = _build(tmp_path / "named", str(named), "--format", "gdelt")
    assert again.exit_code == 0, again.output


def test_a_gdelt_line_with_missing_fields_is_named(tmp_path):
    lines = (DATA / "20210303.export.CSV").read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.export.CSV"
    broken.write_text("\n".join([lines[0], "\t".join(lines[1].split("\t")[:40]), *lines[2:]]) + "\n",
                      encoding="utf-8")
    result, out = _build(tmp_path, str(broken))
    assert result.exit_code == 1
    assert f"{broken}:2: has 40 tab-separated fields" in result.output
    assert not out.exists()


def test_a_format_named_that_the_file_is_not_is_refused_with_its_columns(tmp_path):
    result, _ = _build(tmp_path, str(DATA / "acled.csv"), "--format", "ucdp")
    assert result.exit_code == 1
    assert "is not a UCDP file: missing column(s) id, where_coordinates, date_start" in result.output


def test_excel_workbooks_read_as_spreadsheets_export_them(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "date", "place", "target", "weapon", "count", "outcome"])
    sheet.append(["x1", dt.datetime(2021, 3, 3), "Ain al-Asad Air Base", "Ain al-Asad Air Base", "rockets", 10,
                  "impact"])
    sheet.append([None, None, None, None, None, None, None])  # a blank row, as spreadsheets leave them
    sheet.append(["x2", "2021-07-07", "Balad Air Base", "", "drone", 1.0, "intercepted"])
    path = tmp_path / "attacks.xlsx"
    book.save(path)
    result, out = _build(tmp_path, str(path))
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert rows["x1"]["date"] == "2021-03-03" and rows["x1"]["count"] == "10" and rows["x2"]["count"] == "1"


def test_an_excel_file_that_is_not_one_is_a_clear_error(tmp_path):
    path = tmp_path / "attacks.xlsx"
    path.write_text("id,date,place\n", encoding="utf-8")
    result, _ = _build(tmp_path, str(path))
    assert result.exit_code == 1 and "is not an Excel workbook (.xlsx)" in result.output


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_geoparquet_and_geopackage_points_are_read_with_their_columns(tmp_path, suffix):
    import geopandas
    from shapely.geometry import Point

    frame = geopandas.GeoDataFrame(
        {"id": ["p1", "p2"], "date": ["2021-03-03", "2021-07-08"], "place": ["Near the base", "Balad Air Base"],
         "weapon": ["rockets", "drone"], "event_type": ["Explosions/Remote violence"] * 2},
        geometry=[Point(42.44, 33.79), Point(44.36667, 33.93333)], crs="EPSG:4326")
    path = tmp_path / f"points{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver="GPKG", engine="pyogrio")
    result, out = _build(tmp_path, str(path))
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert float(rows["p1"]["latitude"]) == pytest.approx(33.79)
    assert float(rows["p1"]["longitude"]) == pytest.approx(42.44)
    assert rows["p2"]["event_type"] == "Explosions/Remote violence"


def test_lines_in_a_geopackage_are_refused(tmp_path):
    import geopandas
    from shapely.geometry import LineString

    frame = geopandas.GeoDataFrame({"id": ["l1"], "date": ["2021-03-03"], "place": ["Hit"]},
                                   geometry=[LineString([(42, 33), (43, 34)])], crs="EPSG:4326")
    path = tmp_path / "lines.gpkg"
    frame.to_file(path, driver="GPKG", engine="pyogrio")
    result, _ = _build(tmp_path, str(path))
    assert result.exit_code == 1 and "holds geometries other than points" in result.output


@pytest.mark.slow
@pytest.mark.skipif(not UCDP_SHARED.is_file(), reason="UCDP's Syria file is in ../shared (not in a bare clone)")
def test_the_shared_ucdp_file_builds_as_it_is(tmp_path):
    result, out = _build(tmp_path, str(UCDP_SHARED))
    assert result.exit_code == 0, result.output
    assert "Built 16566 incident(s)" in result.output
    assert pyogrio.read_info(out / "incidents.gpkg", layer="incidents")["features"] == 16_566
    # Streamed in parts of 4,000 rows (the UCDP columns read row by row in each part), it is the same build.
    from geomap.build import build

    streamed = tmp_path / "streamed"
    build([UCDP_SHARED], streamed, engine="stream", part_rows=4000, tiles=["none"])
    for name in ("incidents.csv", "geocoding.csv"):
        assert (streamed / name).read_bytes() == (out / name).read_bytes(), name


# --- archives: the datasets as they are downloaded (geomap.archives) ------------------------------------------

def _rows_but_file(folder: Path) -> dict[str, dict[str, str]]:
    """incidents.csv's rows without input_file, which names the file as given (the archive or the plain file)."""
    return {i: {k: v for k, v in row.items() if k != "input_file"} for i, row in _rows(folder).items()}


def test_a_zipped_gdelt_file_builds_as_gdelt_publishes_it(tmp_path):
    import zipfile

    source = DATA / "20210303.export.CSV"
    archive = tmp_path / "20210303.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.write(source, source.name)
    result, out = _build(tmp_path, str(archive))
    assert result.exit_code == 0, result.output
    assert f"{archive}: read as GDELT (3 events" in result.output
    plain, plain_out = _build(tmp_path / "plain", str(source))
    assert plain.exit_code == 0, plain.output
    assert _rows_but_file(out) == _rows_but_file(plain_out)
    assert {r["input_file"] for r in _rows(out).values()} == {str(archive)}


def test_a_gzipped_csv_and_a_zip_with_its_readme_build_as_the_files_they_hold(tmp_path):
    import gzip
    import zipfile

    from geomap.build import build, example_incidents

    example = example_incidents()
    gzipped = tmp_path / "incidents.csv.gz"
    gzipped.write_bytes(gzip.compress(example.read_bytes(), mtime=0))
    zipped = tmp_path / "download.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("README.txt", "Attacks on US sites, 2019-2021: see incidents.csv\n")
        packed.writestr("data/incidents.csv", example.read_bytes())
        packed.writestr("__MACOSX/data/._incidents.csv", b"\x00\x05\x16\x07")
    plain, plain_out = _build(tmp_path / "plain", str(example))
    assert plain.exit_code == 0, plain.output
    expected = _rows_but_file(plain_out)
    assert len(expected) == 20
    for archive in (gzipped, zipped):
        result, out = _build(tmp_path / f"built-{archive.name}", str(archive))
        assert result.exit_code == 0, result.output
        assert _rows_but_file(out) == expected, archive.name
    # The stream engine reads an archive whole (it cannot be split by lines): the same incidents.
    build([zipped], tmp_path / "streamed", engine="stream", tiles=["none"])
    assert _rows_but_file(tmp_path / "streamed") == expected


def test_a_bad_row_inside_an_archive_is_named_by_the_archive_and_its_row(tmp_path):
    import zipfile

    from geomap.build import example_incidents

    lines = example_incidents().read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if ",2021-07-05," in line)
    lines[at] = lines[at].replace(",2021-07-05,", ",2021-13-05,", 1)
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("bad.csv", "\n".join(lines) + "\n")
    result, out = _build(tmp_path, str(archive))
    assert result.exit_code == 1
    assert f"{archive}:{at + 1}: date: '2021-13-05' has no month 13" in result.output
    assert "Traceback" not in result.output and not out.exists()


def _zip_of(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as packed:
        for name, data in members.items():
            packed.writestr(name, data)
    return path


@pytest.mark.parametrize("name, make, code, message", [
    ("two.zip", lambda p: _zip_of(p, {"a.csv": b"id,date,place\n", "b.csv": b"id,date,place\n"}), 1,
     "holds 2 incident files (a.csv, b.csv); unzip it and give the one to map, or each of them"),
    ("codebook.zip", lambda p: _zip_of(p, {"codebook.pdf": b"%PDF-1.4"}), 1,
     "holds no incident file (.csv, .tsv, .txt, .yaml, .yml, .geojson, .json); it holds codebook.pdf"),
    ("cut.zip", lambda p: p.write_bytes(_zip_of(p, {"a.csv": b"id,date,place\n" * 50}).read_bytes()[:60]), 1,
     "is not a zip archive (or a damaged one)"),
    ("cut.csv.gz", lambda p: p.write_bytes(__import__("gzip").compress(b"id,date,place\n" * 50)[:30]), 1,
     "is not complete gzip data"),
    ("book.xlsx.gz", lambda p: p.write_bytes(__import__("gzip").compress(b"PK")), 2,
     "geomap reads a .gz of a text file"),
])
def test_an_archive_that_holds_no_one_incident_file_is_one_clear_line(tmp_path, name, make, code, message):
    path = tmp_path / name
    make(path)
    result, out = _build(tmp_path, str(path))
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: ") and message in lines[0], result.output
    assert not out.exists()


def test_gdelt_1_lines_of_57_fields_before_april_2013_are_read(tmp_path):
    # GDELT 1.0's files before April 2013 have neither the three *_ADM2Code fields nor SOURCEURL.
    drop = {39, 47, 55, 60}  # Actor1Geo_ADM2Code, Actor2Geo_ADM2Code, ActionGeo_ADM2Code, SOURCEURL
    lines = (DATA / "20210303.export.CSV").read_text(encoding="utf-8").splitlines()
    old = tmp_path / "20130301.export.CSV"
    old.write_text("".join("\t".join(f for i, f in enumerate(line.split("\t")) if i not in drop) + "\n"
                           for line in lines), encoding="utf-8")
    assert {len(line.split("\t")) for line in old.read_text(encoding="utf-8").splitlines()} == {57}
    result, out = _build(tmp_path, str(old))
    assert result.exit_code == 0, result.output
    base = _rows(out)["1100000001"]
    assert (base["date"], base["country"], base["url"]) == ("2021-03-03", "IQ", "")
    assert float(base["latitude"]) == pytest.approx(33.785667)
