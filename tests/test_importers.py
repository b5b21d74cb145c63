"""The importers, on fixtures written to each format's published layout (tests/data/gazetteers/, invented places)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from geomap.cli import cli

from .conftest import DATA

FIXTURES = DATA / "gazetteers"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def rows_of(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["id"]: r for r in csv.DictReader(handle)}


def test_geonames_zip_keeps_every_feature_class_that_locates_incidents(tmp_path: Path):
    out = tmp_path / "iq.csv"
    result = run("gazetteer", "import-geonames", str(FIXTURES / "IQ.zip"), "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    kinds = {r["name"]: (r["kind"], r["uncertainty_m"], r["geo_precision"]) for r in rows.values()}
    assert kinds == {
        "Qaryat Mukhtabar": ("town", "1500", "1"),  # PPL with 1,800 people
        "Hayy Mukhtabar": ("neighbourhood", "1500", "1"),  # PPLX: a section of a populated place
        "Mukhtabar Air Base": ("airfield", "2500", "1"),
        "Mukhtabar Military Camp": ("base", "2000", "1"),  # MILB is class L in GeoNames
        "Mukhtabar Oil Field": ("oilfield", "10000", "2"),
        "Sadd Mukhtabar": ("dam", "1500", "1"),
        "Qada' Mukhtabar": ("admin2", "30000", "3"),
        "Mukhtabar Border Post": ("crossing", "1000", "1"),
    }  # the stream (class H) is left out
    assert rows["geonames:9990101"]["aliases"] == "Mukhtabar Village|قرية مختبر"
    assert rows["geonames:9990101"]["population"] == "1800"


def test_an_imported_dump_answers_lookups_with_its_kind(tmp_path: Path):
    env = {"GEOMAP_DATA_DIR": str(tmp_path / "data")}
    assert run("gazetteer", "import-geonames", str(FIXTURES / "IQ.txt"), env=env).exit_code == 0
    found = run("geocode", "--json", "Mukhtabar Air Base", "Sadd Mukhtabar", env=env)
    assert found.exit_code == 0, found.output
    answers = json.loads(found.stdout)
    assert [(a["id"], a["kind"]) for a in answers] == [("geonames:9990103", "airfield"), ("geonames:9990106", "dam")]
    info = run("gazetteer", "info", env=env)
    assert "geonames-IQ.csv (imported)" in info.output and "cities500" in info.output


def test_a_bad_coordinate_is_refused_before_anything_is_written(tmp_path: Path):
    lines = (FIXTURES / "IQ.txt").read_text(encoding="utf-8").splitlines()
    fields = lines[2].split("\t")
    fields[4] = "north"
    lines[2] = "\t".join(fields)
    bad = tmp_path / "IQ.txt"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "iq.csv"
    out.write_text("the last good import\n", encoding="utf-8")
    result = run("gazetteer", "import-geonames", str(bad), "--out", str(out))
    assert result.exit_code == 1
    assert f"{bad}:3: latitude: 'north' is not a number" in result.stderr
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "the last good import\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["IQ.txt", "iq.csv"]  # no temporary file left


def test_swapped_coordinates_in_a_dump_are_refused(tmp_path: Path):
    fields = (FIXTURES / "IQ.txt").read_text(encoding="utf-8").splitlines()[0].split("\t")
    fields[4], fields[5] = fields[5], fields[4]
    bad = tmp_path / "IQ.txt"
    bad.write_text("\t".join(fields) + "\n", encoding="utf-8")
    result = run("gazetteer", "import-geonames", str(bad), "--out", str(tmp_path / "o.csv"))
    assert result.exit_code == 1
    assert "latitude and longitude look swapped" in result.stderr


def test_ocha_adm4_places_keep_pcodes_arabic_names_and_governorates(tmp_path: Path):
    out = tmp_path / "sy.csv"
    result = run("gazetteer", "import-ocha", str(FIXTURES / "syr_pplp_adm4_fixture.csv"), "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert sorted(rows) == ["ocha:C9990201", "ocha:C9990202", "ocha:C9990203"]
    first = rows["ocha:C9990201"]
    assert (first["name"], first["aliases"], first["country"], first["admin1"]) == \
        ("Tall Mukhtabar", "تل مختبر", "SY", "Deir-ez-Zor")
    assert (first["latitude"], first["longitude"]) == ("35.012", "40.201")  # Latitude/Longitude, not x/y swapped
    # Two places share the name: the governorate tells them apart, and without it there is no answer.
    one = run("geocode", "--json", "Tall Mukhtabar, Deir ez-Zor", "--gazetteer", str(out))
    assert one.exit_code == 0, one.output
    assert json.loads(one.stdout)[0]["id"] == "ocha:C9990201"
    both = run("geocode", "Tall Mukhtabar", "--gazetteer", str(out))
    assert both.exit_code == 1
    assert "ocha:C9990203" in both.stderr


def test_ocha_without_a_country_field_needs_country(tmp_path: Path):
    source = FIXTURES / "irq_ppl_fixture.csv"
    refused = run("gazetteer", "import-ocha", str(source), "--out", str(tmp_path / "a.csv"))
    assert refused.exit_code == 2
    assert "give --country" in refused.stderr
    result = run("gazetteer", "import-ocha", str(source), "--country", "Iraq", "--out", str(tmp_path / "a.csv"))
    assert result.exit_code == 0, result.output
    rows = rows_of(tmp_path / "a.csv")
    assert rows["ocha:IQ-P99901"]["country"] == "IQ" and rows["ocha:IQ-P99901"]["aliases"] == "خراب مختبر"


def test_gns_names_of_one_feature_make_one_place(tmp_path: Path):
    out = tmp_path / "iz.csv"
    result = run("gazetteer", "import-gns", str(FIXTURES / "iz_fixture.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = rows_of(out)
    assert sorted(rows) == ["gns:-9990301", "gns:-9990302"]  # the hill (class T) is left out
    town, field = rows["gns:-9990301"], rows["gns:-9990302"]
    assert (town["name"], town["aliases"], town["country"], town["admin1"]) == \
        ("Al Mukhtabar", "Mukhtabar|المختبر", "IQ", "11")  # FIPS IZ -> ISO IQ
    assert (field["name"], field["kind"]) == ("Mukhtabar Airfield", "airfield")  # the conventional name leads
    found = run("geocode", "--json", "Mukhtabar Airfield", "--country", "IQ", "--gazetteer", str(out))
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)[0]["id"] == "gns:-9990302"
    # A variant that is not a spelling of the name is another name: in a bulk tier it needs a governorate.
    other = run("geocode", "Matar Mukhtabar al Askari", "--country", "IQ", "--gazetteer", str(out))
    assert other.exit_code == 1 and "needs a governorate" in other.stderr


def test_gns_file_without_its_header_is_refused(tmp_path: Path):
    bad = tmp_path / "iz.txt"
    bad.write_text("\n".join((FIXTURES / "iz_fixture.txt").read_text(encoding="utf-8").splitlines()[1:]) + "\n",
                   encoding="utf-8")
    result = run("gazetteer", "import-gns", str(bad), "--out", str(tmp_path / "o.csv"))
    assert result.exit_code == 1
    assert "header row" in result.stderr
    assert not (tmp_path / "o.csv").exists()


def test_a_population_that_is_not_a_count_is_named_with_its_line(tmp_path: Path):
    lines = (FIXTURES / "IQ.txt").read_text(encoding="utf-8").splitlines()
    fields = lines[0].split("\t")
    fields[14] = "lots"
    lines[0] = "\t".join(fields)
    bad = tmp_path / "IQ.txt"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("gazetteer", "import-geonames", str(bad), "--out", str(tmp_path / "o.csv"))
    assert result.exit_code == 1
    assert f"{bad}:1: population: 'lots' is not a count of people" in result.stderr
