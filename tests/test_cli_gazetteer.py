from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from geomap.cli import cli


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_check_passes_on_the_shipped_gazetteer():
    result = run("gazetteer", "check")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK: ")
    assert "is missing" not in result.output  # make derived the admin files


def test_check_says_when_the_derived_admin_files_are_missing(tmp_path, monkeypatch):
    import shutil

    from geomap import settings

    shutil.copy(settings.default_gazetteer_dir() / "places.csv", tmp_path / "places.csv")
    (tmp_path / "admin").mkdir()
    shutil.copy(settings.default_gazetteer_dir() / "admin" / "rivers.csv", tmp_path / "admin" / "rivers.csv")
    monkeypatch.setattr(settings, "default_gazetteer_dir", lambda: tmp_path)
    result = run("gazetteer", "check")
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert [n.split()[1] for n in notes] == [str(tmp_path / "admin" / "admin1.csv"),
                                            str(tmp_path / "admin" / "countries.csv")]
    assert "make gazetteer" in notes[0]


def test_check_fails_on_a_shared_alias(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "id,name,kind,parent,country,admin1,latitude,longitude,geo_precision,uncertainty_m,aliases,source\n"
        "x,Elsewhere,site,,IQ,,33.3,44.4,1,100,Harthiya,ref\n",
        encoding="utf-8",
    )
    result = run("gazetteer", "check", "--gazetteer", str(path))
    assert result.exit_code == 1
    assert "claimed by harithiya, x" in result.stderr


def test_search_lists_scored_candidates():
    result = run("gazetteer", "search", "harthiya", "--limit", "3")
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert "Harithiya [harithiya]" in first and first.strip().startswith("100.0")


# Three rows in GeoNames' dump format (19 tab-separated fields), written for this test.
DUMP_ROWS = [
    ["9990001", "Qaryat at Tajriba", "Qaryat at Tajriba", "Tajriba Village,Tajribah", "33.9", "44.1", "P", "PPL",
     "IQ", "", "07", "", "", "", "1200", "", "40", "Asia/Baghdad", "2024-01-01"],
    ["9990002", "Tajriba Airstrip", "Tajriba Airstrip", "", "33.91", "44.12", "S", "AIRF", "IQ", "", "07", "",
     "", "", "0", "", "41", "Asia/Baghdad", "2024-01-01"],
    ["9990003", "Nahr Tajriba", "Nahr Tajriba", "", "33.92", "44.13", "H", "STM", "IQ", "", "07", "", "", "",
     "0", "", "39", "Asia/Baghdad", "2024-01-01"],
]


def test_import_geonames_then_geocode(tmp_path: Path):
    dump = tmp_path / "IQ.txt"
    dump.write_text("\n".join("\t".join(r) for r in DUMP_ROWS) + "\n", encoding="utf-8")
    env = {"GEOMAP_DATA_DIR": str(tmp_path / "data")}
    result = run("gazetteer", "import-geonames", str(dump), env=env)
    assert result.exit_code == 0, result.output
    assert "Imported 2 places" in result.output  # the stream (class H) is left out
    found = run("geocode", "--json", "Tajribah", "Tajriba Airstrip", env=env)
    assert found.exit_code == 0, found.output
    rows = json.loads(found.stdout)
    assert [r["id"] for r in rows] == ["geonames:9990001", "geonames:9990002"]
    assert rows[0]["source"].startswith("GeoNames 9990001 (IQ.txt, PPL")


def test_import_geonames_rejects_a_file_that_is_not_a_dump(tmp_path: Path):
    bad = tmp_path / "IQ.txt"
    bad.write_text("id,name\n1,x\n", encoding="utf-8")
    result = run("gazetteer", "import-geonames", str(bad), env={"GEOMAP_DATA_DIR": str(tmp_path / "d")})
    assert result.exit_code == 1
    assert f"{bad}:1: has 1 tab-separated fields, a GeoNames dump has 19" in result.stderr
    assert not (tmp_path / "d" / "geonames" / "IQ.csv").exists()


HEADER = "id,name,kind,parent,country,admin1,latitude,longitude,geo_precision,uncertainty_m,aliases,source\n"


def test_check_lets_two_countries_share_a_name_but_not_one(tmp_path: Path):
    path = tmp_path / "names.csv"
    path.write_text(HEADER + "sy-harithiya,Harithiya,town,,SY,Raqqa,35.83,38.76,1,2000,,ref\n", encoding="utf-8")
    assert run("gazetteer", "check", "--gazetteer", str(path)).exit_code == 0  # Baghdad's Harithiya is in IQ
    path.write_text(HEADER + "other-mansour,Other,town,,IQ,Baghdad,33.32,44.35,1,2000,Mansour,ref\n",
                    encoding="utf-8")
    result = run("gazetteer", "check", "--gazetteer", str(path))
    assert result.exit_code == 1 and "is claimed by mansour, other-mansour in IQ" in result.stderr


def test_check_finds_a_child_beyond_its_parent_and_a_point_outside_its_governorate(tmp_path: Path):
    path = tmp_path / "far.csv"
    path.write_text(HEADER
                    + "far-quarter,Far Quarter,neighbourhood,baghdad,IQ,Baghdad,33.6,44.9,1,1000,,ref\n"
                    + "misfiled,Misfiled Town,town,,IQ,Basra,36.19,44.01,1,2000,,ref\n", encoding="utf-8")
    result = run("gazetteer", "check", "--gazetteer", str(path))
    assert result.exit_code == 1
    assert "parent: far-quarter lies 52.5 km from baghdad" in result.stderr
    assert "admin1: misfiled: 36.19, 44.01 lies outside Basra" in result.stderr
