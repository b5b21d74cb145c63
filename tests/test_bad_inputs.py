"""The matrix of bad inputs: each ends with exit 1 (bad data) or 2 (bad usage), one line per problem that
names the file, row and column, no traceback, and the earlier outputs exactly as they were."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import cli

HEADER = "id,date,place,target,latitude,longitude,count,outcome"


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    content: bytes | Callable[[Path], None]
    exit_code: int
    message: str  # must appear in the output; {file} is the input's path
    column: str | None = None  # the column the message must name, as ": column:"


def _csv(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("utf-8")


def _folder(path: Path) -> None:
    path.mkdir()


CASES = [
    Case("empty file", "in.csv", b"", 1, "{file}: is empty"),
    Case("header only", "in.csv", (HEADER + "\n").encode(), 1, "{file}: has a header but no incidents"),
    Case("missing required column", "in.csv", b"id,place\na,Mansour\n", 1, "{file}:1: missing column(s): date"),
    Case("duplicate id", "in.csv", _csv("a,2021-07-08,Mansour,,,,,", "a,2021-07-09,Mansour,,,,,"), 1,
         "{file}:3: id: 'a' is already used at {file}:2", "id"),
    Case("impossible date", "in.csv", _csv("a,2021-13-45,Mansour,,,,,"), 1,
         "{file}:2: date: '2021-13-45' has no month 13", "date"),
    Case("unparseable date", "in.csv", _csv("a,last Tuesday,Mansour,,,,,"), 1,
         "{file}:2: date: 'last Tuesday' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", "date"),
    Case("latitude out of range", "in.csv", _csv("a,2021-07-08,Mansour,,95,44.3,,"), 1,
         "{file}:2: latitude: 95 is outside [-90, 90]", "latitude"),
    Case("longitude out of range", "in.csv", _csv("a,2021-07-08,Mansour,,33.3,-181,,"), 1,
         "{file}:2: longitude: -181 is outside [-180, 180]", "longitude"),
    Case("latitude without longitude", "in.csv", _csv("a,2021-07-08,Mansour,,33.3,,,"), 1,
         "{file}:2: longitude: is empty; give both latitude and longitude, or neither", "longitude"),
    Case("swapped coordinates", "in.csv", _csv("a,2021-07-08,Green Zone,,44.39,33.30,,"), 1,
         "(latitude and longitude look swapped)", "latitude/longitude"),
    Case("unknown place", "in.csv", _csv("a,2021-07-08,Atlantis,,,,,"), 1,
         "{file}:2: place: no place matches 'Atlantis'", "place"),
    Case("ambiguous place", "in.csv", _csv("a,2021-07-08,Harthya,,,,,"), 1,
         "{file}:2: place: 'Harthya' is ambiguous", "place"),
    Case("unknown target", "in.csv", _csv("a,2021-07-08,Mansour,Atlantis,,,,"), 1,
         "{file}:2: target: no place matches 'Atlantis'", "target"),
    Case("negative count", "in.csv", _csv("a,2021-07-08,Mansour,,,,-2,"), 1,
         "{file}:2: count: '-2' is not a whole number >= 0", "count"),
    Case("count not a number", "in.csv", _csv("a,2021-07-08,Mansour,,,,three,"), 1,
         "{file}:2: count: 'three' is not a number", "count"),
    Case("outcome outside the set", "in.csv", _csv("a,2021-07-08,Mansour,,,,,exploded"), 1,
         "{file}:2: outcome: 'exploded' is not one of impact, intercepted, missed, shot_down, unknown", "outcome"),
    Case("Windows-1256", "in.csv", "id,date,place\na,2021-07-08,بغداد\n".encode("cp1256"), 1,
         "{file}:2: byte 0xC8 at offset 27 is not UTF-8; the file looks like Windows-1256 (Arabic)"),
    Case("Latin-1", "in.csv", "id,date,place,notes\na,2021-07-08,Mansour,café\n".encode("latin-1"), 1,
         "iconv -f WINDOWS-1252 -t UTF-8"),
    Case("broken quoting", "in.csv", b'id,date,place\na,2021-07-08,Mansour\n"b,2021-07-09,Mansour\n', 1,
         "{file}:3: is not valid CSV: a quoted cell starts here and never ends"),
    Case("too many cells", "in.csv", b"id,date,place\na,2021-07-08,Mansour,extra\n", 1,
         "{file}:2: has 4 cells, the header has 3"),
    Case("binary garbage", "in.csv", bytes(range(256)) * 8, 1, "{file}:1: is a binary file (a NUL byte at offset 0)"),
    Case("a 10 MB field", "in.csv", b"id,date,place,notes\na,2021-07-08,Mansour," + b"x" * 10_000_000 + b"\n", 1,
         "{file}:2: notes: is 10,000,000 characters long (at most 100,000", "notes"),
    Case("YAML python tag", "in.yaml", b'- !!python/object/apply:os.system ["touch pwned"]\n', 1,
         "{file}:1: uses the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system', which geomap refuses"),
    Case("YAML not a list", "in.yaml", b"id: a\n", 1, "{file}: must hold a list of incidents"),
    Case("GeoJSON invalid geometry", "in.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "a", "date": "2021-07-08", "place": "Mansour"},
         "geometry": {"type": "Point", "coordinates": [44.3, "north"]}}]}).encode(), 1,
         "{file}:1: geometry: must be a Point with [longitude, latitude] coordinates", "geometry"),
    Case("GeoJSON empty geometry", "in.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "a", "date": "2021-07-08", "place": "Mansour"},
         "geometry": {"type": "Point", "coordinates": []}}]}).encode(), 1,
         "{file}:1: geometry: must be a Point", "geometry"),
    Case("GeoJSON not a FeatureCollection", "in.geojson", b'{"type": "Feature"}', 1,
         "{file}: must be a GeoJSON FeatureCollection"),
    # The hostile tester's cases (the solid-ground issue): each failed a promise before.
    Case("GeoJSON NaN point", "in.geojson", b'{"type": "FeatureCollection", "features": [{"type": "Feature", '
         b'"properties": {"id": "a", "date": "2021-07-08", "place": "Mansour"}, '
         b'"geometry": {"type": "Point", "coordinates": [NaN, NaN]}}]}', 1,
         "{file}: is not valid JSON (NaN is not a JSON number)"),
    Case("GeoJSON properties disagree with the geometry", "in.geojson", json.dumps({
        "type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
            "id": "a", "date": "2021-07-08", "place": "Mansour", "latitude": 36.19, "longitude": 44.01},
            "geometry": {"type": "Point", "coordinates": [44.35, 33.31]}}]}).encode(), 1,
         "{file}:1: longitude: property 44.01 disagrees with the geometry's longitude 44.35", "longitude"),
    Case("GeoJSON properties that are text", "in.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": "id=a", "geometry": None}]}).encode(), 1,
         "{file}:1: properties: must be an object of named values, or null", "properties"),
    Case("JSON nested 100,000 deep", "in.geojson", b"[" * 100_000 + b"]" * 100_000, 1,
         "{file}: nests objects or lists too deep"),
    Case("a column named twice", "in.csv", b"id,id,date,place\na,b,2021-07-08,Mansour\n", 1,
         "{file}:1: id: is a column name 2 times", "id"),
    Case("swapped coordinates with no place", "in.csv", _csv("a,2021-07-08,,,44.39,33.30,,"), 1,
         "{file}:2: latitude: 44.39, 33.30 lies in no country geomap knows, and read the other way round in IQ",
         "latitude"),
    Case("YAML billion laughs", "in.yaml", b'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
         b'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
         b'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', 1,
         "{file}:2: uses a YAML alias (*name)"),
    Case("YAML alias into a cell", "in.yaml", b"- {id: a, date: 2021-07-08, place: Mansour, notes: &n long}\n"
         b"- {id: b, date: 2021-07-09, place: Mansour, notes: *n}\n", 1, "{file}:2: uses a YAML alias"),
    Case("YAML impossible date", "in.yaml", b"- {id: a, date: 2021-02-30, place: Mansour}\n", 1,
         "{file}:1: date: '2021-02-30' has no day 30 (February 2021 has 28 days)", "date"),
    Case("YAML date of year zero", "in.yaml", b"- {id: a, date: 0000-00-00, place: Mansour}\n", 1,
         "{file}:1: date: '0000-00-00' has no month 00", "date"),
    Case("YAML leap second", "in.yaml", b"- {id: a, date: 2016-12-31T23:59:60Z, place: Mansour}\n", 1,
         "{file}:1: date: '2016-12-31T23:59:60Z' is not a date", "date"),
    Case("YAML unhashable key", "in.yaml", b"- {[a, b]: 1, id: a}\n", 1,
         "{file}:1: uses a list or mapping as a key"),
    Case("YAML nested 100,000 deep", "in.yaml", b"[" * 100_000 + b"]" * 100_000, 1,
         "{file}: nests lists or mappings too deep"),
    Case("a count of 1e30", "in.csv", _csv("a,2021-07-08,Mansour,,,,1e30,"), 1,
         "{file}:2: count: '1e30' is more than 1,000,000", "count"),
    Case("a count past int64", "in.csv", _csv("a,2021-07-08,Mansour,,,,99999999999999999999,"), 1,
         "{file}:2: count: '99999999999999999999' is more than 1,000,000", "count"),
    Case("the largest int64 as a count", "in.csv", _csv("a,2021-07-08,Mansour,,,,9223372036854775807,"), 1,
         "{file}:2: count: '9223372036854775807' is more than 1,000,000", "count"),
    Case("a 5,000-digit count", "in.csv", _csv("a,2021-07-08,Mansour,,,," + "9" * 5000 + ","), 1,
         "{file}:2: count: ", "count"),
    Case("input does not exist", "missing.csv", lambda path: None, 2, "{file}: no such file"),
    Case("input is a folder", "folder.csv", _folder, 2, "{file}: is a folder, not an incident file"),
    Case("unknown format", "in.ods", b"PK\x03\x04", 2,
         "{file}: unknown format '.ods'; use .csv, .tsv, .yaml, .geojson, .xlsx, .parquet or .gpkg"),
    Case("xlsx that is no workbook", "in.xlsx", b"PK\x03\x04", 1, "{file}: is not an Excel workbook (.xlsx)"),
]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def earlier(example_outputs, tmp_path):
    """A copy of good outputs from an earlier build, and their digests."""
    out = tmp_path / "out"
    shutil.copytree(example_outputs, out)
    return out, _digest(out)


def _check(result, out, before, code, message):
    assert result.exit_code == code, result.output
    assert message in result.output, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and all(line.startswith(("Error: ", "Warning: ")) for line in lines), result.output
    assert _digest(out) == before, "an earlier output changed"
    assert not list(out.glob(".geomap-build-*")), "a staging folder was left behind"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case, tmp_path, earlier):
    out, before = earlier
    path = tmp_path / case.filename
    if callable(case.content):
        case.content(path)
    else:
        path.write_bytes(case.content)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, case.exit_code, case.message.format(file=path))
    if case.column:
        assert f": {case.column}: " in result.output


def test_every_problem_is_listed_at_once(tmp_path, earlier):
    out, before = earlier
    path = tmp_path / "in.csv"
    path.write_bytes(_csv("a,2021-13-45,Mansour,,,,,", "b,2021-07-08,Atlantis,,,,,", "c,2021-07-08,Mansour,,,,-1,"))
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, 1, f"{path}:2: date:")
    assert f"{path}:3: place:" in result.output and f"{path}:4: count:" in result.output


def test_problems_are_capped_with_a_count_of_the_rest(tmp_path, earlier):
    out, before = earlier
    path = tmp_path / "in.csv"
    path.write_bytes(_csv(*(f"r{i},2021-07-08,Mansour,,,,,exploded" for i in range(80))))
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, 1, "... and 30 more problems")
    assert result.output.count(": outcome: 'exploded'") == 50


def test_unknown_column_is_a_warning_and_the_build_goes_on(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,date,place,colour\na,2021-07-08,Mansour,red\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"Warning: {path}: unknown column(s) colour kept as they are" in result.output
    assert (tmp_path / "out" / "map.html").exists()


def test_utf16_with_bom_as_excel_saves_it_is_read(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes("id,date,place,notes\r\na,2021-07-08,Mansour,مقهى café\r\n".encode("utf-16"))
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "incidents.geojson").read_text(encoding="utf-8"))
    assert data["features"][0]["properties"]["notes"] == "مقهى café"


@pytest.mark.parametrize("target", ["/proc/geomap-out", "a-file/sub"])
def test_output_folder_that_cannot_be_written(tmp_path, target):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    out = target if target.startswith("/") else str(tmp_path / target)
    result = CliRunner().invoke(cli, ["build", "--out", out])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: {out}: cannot create the output folder")
    assert "Traceback" not in result.output


def test_output_that_is_a_file(tmp_path):
    target = tmp_path / "map.html"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--out", str(target)])
    assert result.exit_code == 2 and f"Error: {target}: is a file; --out needs a folder" in result.output
    assert target.read_text(encoding="utf-8") == "keep me"


GAZETTEER_HEADER = "id,name,kind,country,latitude,longitude,geo_precision,uncertainty_m,source\n"


@pytest.mark.parametrize(("rows", "message"), [
    ("x,X,site,IQ,north,44.3,1,100,me\n", ":2: latitude: 'north' is not a number"),
    ("x,X,site,IQ,33.3,244.3,1,100,me\n", ":2: longitude: 244.3 is outside [-180, 180]"),
    ("x,X,site,IQ,33.3,44.3,1,100,me\nx,Y,site,IQ,33.4,44.4,1,100,me\n", ":3: id: 'x' is already used on row 2"),
    ("x,X,site,IQ,44.3,33.3,1,100,me\n", ":2: latitude/longitude:"),
    ("x,X,site,IQ,33.3,44.3,1,100,\n", ":2: source: is empty (say where the coordinates come from)"),
])
def test_bad_gazetteer_row_names_file_and_row(tmp_path, earlier, rows, message):
    out, before = earlier
    gazetteer = tmp_path / "places.csv"
    gazetteer.write_text(GAZETTEER_HEADER + rows, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--gazetteer", str(gazetteer), "--out", str(out)])
    _check(result, out, before, 1, f"{gazetteer}{message}")


def test_debug_shows_the_traceback(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["--debug", "build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Traceback" in result.output


def test_a_yaml_number_of_5000_digits_is_named_with_its_row(tmp_path, earlier):
    out, before = earlier
    path = tmp_path / "in.yaml"
    path.write_text("- {id: a, date: 2021-07-08, place: Mansour, count: " + "9" * 5000 + "}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, 1, f"{path}:1: count: ")


def test_a_header_that_is_a_formula_is_inert_in_incidents_csv(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text('id,date,place,"=HYPERLINK(""http://evil.example"",""x"")",@cmd\n'
                    "a,2021-07-08,Mansour,1,2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    header = (out / "incidents.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert '\'=HYPERLINK(""http://evil.example"",""x"")' in header and ",'@cmd" in header
    assert ",=" not in header and ",@" not in header


def test_an_empty_gazetteer_is_the_callers_not_replaced(tmp_path):
    from geomap import Gazetteer
    from geomap.build import build
    from geomap.errors import DataError

    path = tmp_path / "in.csv"
    path.write_text("id,date,place\na,2021-07-08,Mansour\n", encoding="utf-8")
    with pytest.raises(DataError, match="no place matches 'Mansour'"):
        build([path], tmp_path / "out", gazetteer=Gazetteer([], geonames=False))


def test_no_incident_file_is_a_usage_error():
    from geomap import load_incidents
    from geomap.errors import UsageError

    with pytest.raises(UsageError, match="no incident file given"):
        load_incidents([])


def test_what_extract_writes_build_reads(tmp_path):
    from geomap.extract.records import csv_text
    from geomap.incidents import check_rows
    from geomap.readers import MAX_CELL, read_records

    row = {"id": "a", "date": "2021-07-08", "place": "Mansour", "outcome": "impact", "sentence": "word " * 110_000}
    path = tmp_path / "extracted.csv"
    path.write_text(csv_text([row]), encoding="utf-8")
    records = read_records(path)  # a cell over MAX_CELL would be refused here, with its row and column
    sentence = records.rows[0][1]["sentence"]
    assert len(sentence) <= MAX_CELL and sentence.endswith("[...clipped]")
    good, bad = check_rows(records, seen_ids={}, warn=lambda message: None)
    assert not bad and len(good) == 1


# Options and environment that ended in "internal error" before (the solid-ground issue).
@pytest.mark.parametrize(("rings", "message"), [
    ("nan", "give one or more positive distances"), ("inf", "give one or more positive distances"),
    ("1e300", "is not a distance around a target"), ("-1", "give one or more positive distances"),
])
def test_rings_that_are_not_distances_are_usage_errors(tmp_path, earlier, rings, message):
    out, before = earlier
    result = CliRunner().invoke(cli, ["build", "--out", str(out), "--rings", rings])
    assert result.exit_code == 2 and message in result.output, result.output
    assert _digest(out) == before


@pytest.mark.parametrize("name", ["tab\there", "new\nline"])
def test_an_output_folder_with_control_characters_is_refused_on_one_line(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "holds a control character" in result.output
    assert len(result.output.strip().splitlines()) == 1  # the name's newline is written as \n
    assert not out.exists()


def test_an_output_folder_the_system_owns_is_a_usage_error():
    result = CliRunner().invoke(cli, ["build", "--out", "/proc"])
    assert result.exit_code == 2, result.output
    assert "/proc" in result.output and "Traceback" not in result.output


def test_a_folder_named_like_a_gazetteer_file_is_skipped(tmp_path):
    folder = tmp_path / "gazetteers"
    (folder / "x.csv").mkdir(parents=True)
    result = CliRunner().invoke(cli, ["gazetteer", "check", "--gazetteer", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_bad_source_date_epoch_is_a_usage_error(tmp_path, earlier):
    out, before = earlier
    result = CliRunner().invoke(cli, ["build", "--out", str(out)], env={"SOURCE_DATE_EPOCH": "abc"})
    assert result.exit_code == 2 and "SOURCE_DATE_EPOCH='abc' is not a number of seconds" in result.output
    assert _digest(out) == before


def test_an_input_that_is_a_device_is_refused_at_once(tmp_path, earlier):
    out, before = earlier
    result = CliRunner().invoke(cli, ["build", "/dev/zero", "--out", str(out)])
    assert result.exit_code == 2 and "/dev/zero: is not a regular file" in result.output
    assert _digest(out) == before


def test_escape_sequences_and_newlines_in_names_reach_the_terminal_as_text(tmp_path, earlier):
    out, before = earlier
    path = tmp_path / "in\nput.csv"
    path.write_text("id,date,place\na,2021-07-08,\x1b[2J\x1b]0;owned\x07Atlantis\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "in\\nput.csv:2: place: no place matches '\\x1b[2J\\x1b]0;owned\\x07Atlantis'" in result.output
    assert _digest(out) == before


@pytest.mark.parametrize(("header", "message"), [
    ("id,date,place,Foo,FOO", "FOO: differs from the column 'Foo' only in case"),
    ("id,date,place,fid", "fid: is a name the GeoPackage keeps for itself"),
    ("id,date,place,geom", "geom: is a name the GeoPackage keeps for itself"),
])
def test_column_names_a_geopackage_cannot_hold(tmp_path, earlier, header, message):
    out, before = earlier
    path = tmp_path / "in.csv"
    cells = ",".join(["a", "2021-07-08", "Mansour"] + ["1"] * (header.count(",") - 2))
    path.write_text(f"{header}\n{cells}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, 1, f"{path}:1: {message}")


def test_two_thousand_columns_are_refused(tmp_path, earlier):
    out, before = earlier
    path = tmp_path / "in.csv"
    names = ",".join(f"c{i}" for i in range(2100))
    path.write_text(f"id,date,place,{names}\na,2021-07-08,Mansour,{','.join('1' * 2100)}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out)])
    _check(result, out, before, 1, f"{path}:1: has 2,103 columns; the GeoPackage holds at most 1,000")


def test_a_trailing_comma_in_the_header_is_an_empty_column_dropped(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,date,place,\na,2021-07-08,Mansour,\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def test_a_gazetteer_polygon_longer_than_the_csv_modules_limit_is_read(tmp_path):
    import csv

    ring = ", ".join(f"{44.3 + 0.01 * (i % 10):.6f} {33.3 + 0.00001 * i:.6f}" for i in range(9000))
    path = tmp_path / "long.csv"
    path.write_text("id,name,kind,country,latitude,longitude,geo_precision,uncertainty_m,source,polygon\n"
                    f'long,Long,site,IQ,33.3,44.3,1,100,ref,"POLYGON (({ring}, 44.3 33.3))"\n', encoding="utf-8")
    limit = csv.field_size_limit()
    result = CliRunner().invoke(cli, ["gazetteer", "check", "--gazetteer", str(path)])
    assert "field larger than field limit" not in result.output
    assert csv.field_size_limit() == limit  # global state left as found


def test_unknown_names_past_the_printed_ones_skip_the_did_you_mean_search(tmp_path):
    from geomap import load_incidents
    from geomap.errors import DataError
    from geomap.incidents import DESCRIBED

    path = tmp_path / "in.csv"
    rows = [f"r{i},2021-07-08,Qwxz{i:03d}vbn" for i in range(DESCRIBED + 10)]
    path.write_text("id,date,place\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_incidents(path)
    messages = [p.message for p in info.value.problems]
    assert len(messages) == DESCRIBED + 10
    assert all("`geomap gazetteer search NAME` lists the closest" not in m for m in messages[:DESCRIBED])
    assert all("`geomap gazetteer search NAME` lists the closest" in m for m in messages[DESCRIBED:])


def test_every_problem_of_a_large_bad_file_goes_to_the_problems_csv(tmp_path):
    import csv

    rows = ["id,date,place"] + [f"r{i},2021-02-30,Mansour" if i % 2 else f"r{i},2021-01-01,Qwzxyville{i}"
                                for i in range(120)]
    source = tmp_path / "many.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    listing = tmp_path / "problems.csv"
    result = CliRunner().invoke(cli, ["build", str(source), "--out", str(tmp_path / "out"), "--problems",
                                      str(listing)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "... and 70 more problems" in result.output and "120 problem(s) written to" in result.output
    assert not (tmp_path / "out" / "map.html").exists()
    with listing.open(encoding="utf-8-sig", newline="") as handle:
        problems = list(csv.DictReader(handle))
    assert len(problems) == 120 and list(problems[0]) == ["file", "row", "column", "problem"]
    assert {p["column"] for p in problems} == {"date", "place"}
    assert {int(p["row"]) for p in problems} == set(range(2, 122))
    assert problems[0]["problem"].startswith("'2021-02-30' has no day 30")
    assert not list(tmp_path.glob(".problems.csv.*.tmp"))
