from __future__ import annotations

import json

import click
from click.testing import CliRunner

from geomap.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_table_output():
    result = run("geocode", "Ain al-Asad", "Harthiya")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:5] == ["query", "place", "kind", "latitude", "longitude"]
    assert "Ain al-Asad Air Base [ain-al-asad, IQ]" in lines[1] and "33.78567" in lines[1] and "42.44117" in lines[1]
    assert "Harithiya [harithiya, IQ]" in lines[2] and "alias 100" in lines[2]


def test_json_output_has_the_documented_keys():
    result = run("geocode", "--json", "Al Asad Airbase", "Xqzvw Heights")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [r["query"] for r in rows] == ["Al Asad Airbase", "Xqzvw Heights"]
    found, missing = rows
    for key in ("query", "id", "name", "latitude", "longitude", "geo_precision", "uncertainty_m", "score", "source"):
        assert key in found and key in missing
    assert found["id"] == "ain-al-asad" and found["latitude"] == 33.785667 and found["longitude"] == 42.441167
    assert missing["id"] is None and "candidates" in missing and "no place matches" in missing["error"]


def test_unknown_name_exits_1_with_candidates_and_no_traceback():
    result = run("geocode", "Mansouria Heights")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no place matches 'Mansouria Heights'; closest: ")
    assert "Traceback" not in result.output + result.stderr


def test_bad_usage_exits_2():
    assert run("geocode").exit_code == 2
    assert run("geocode", "--gazetteer", "/no/such/file.csv", "Mansour").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_user_gazetteer_adds_a_place(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,name,kind,parent,country,admin1,latitude,longitude,geo_precision,uncertainty_m,aliases,source\n"
        "my-checkpoint,Checkpoint Seven,site,baghdad,IQ,Baghdad,33.30,44.35,1,200,CP7,my own survey\n",
        encoding="utf-8",
    )
    result = run("geocode", "--json", "--gazetteer", str(path), "CP7")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["id"] == "my-checkpoint"


def test_broken_user_gazetteer_exits_1_naming_file_row_and_column(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text(
        "id,name,kind,parent,country,admin1,latitude,longitude,geo_precision,uncertainty_m,aliases,source\n"
        "x,X,site,,IQ,,33.3,444.0,1,10,,ref\n",
        encoding="utf-8",
    )
    result = run("geocode", "--gazetteer", str(path), "Mansour")
    assert result.exit_code == 1
    assert f"Error: {path}:2: longitude: 444.0 is outside [-180, 180]" in result.stderr


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


def test_every_command_has_help_with_an_example():
    assert "Example" in (cli.help or "")
    for name, command in _commands(cli):
        assert command.help and "Example" in command.help, name
        result = run(*name.split(), "--help")
        assert result.exit_code == 0 and "geomap " in result.output, name


def test_json_says_what_each_answer_rests_on():
    result = run("geocode", "--json", "Harthiya", "Rumeilan")
    assert result.exit_code == 0, result.output
    harthiya, rumeilan = json.loads(result.output)
    assert harthiya["method"] == "alias" and harthiya["decided_by"] and "runner_up" in harthiya
    assert rumeilan["id"] == "rmelan" and rumeilan["method"] in ("alias", "transliteration")


def test_country_admin1_and_within_narrow_the_answer():
    assert run("geocode", "Erbil", "--country", "SY").exit_code == 1
    assert run("geocode", "Erbil", "--country", "SY", "--country", "Iraq").exit_code == 0
    hit = run("geocode", "--json", "Hit", "--admin1", "Al Anbar")
    assert hit.exit_code == 0 and json.loads(hit.output)[0]["country"] == "IQ"
    assert run("geocode", "US Embassy", "--within", "Erbil").exit_code == 1
    assert run("geocode", "US Embassy", "--within", "Baghdad").exit_code == 0


def test_a_country_that_is_not_one_is_bad_usage():
    result = run("geocode", "Erbil", "--country", "Atlantis")
    assert result.exit_code == 2 and "'Atlantis' is not a country" in result.output


def test_a_within_place_that_is_not_one_is_bad_usage():
    result = run("geocode", "Mansour", "--within", "Atlantis Heights")
    assert result.exit_code == 2 and "--within 'Atlantis Heights': no place matches" in result.output


def test_quiet_says_only_errors_and_verbose_says_each_stage(tmp_path):
    quiet = CliRunner().invoke(cli, ["-q", "build", "--out", str(tmp_path / "a")])
    assert quiet.exit_code == 0 and quiet.output == ""
    verbose = CliRunner().invoke(cli, ["-v", "build", "--out", str(tmp_path / "b")])
    assert verbose.exit_code == 0
    assert "geomap: computing layers (" in verbose.output and "Built " in verbose.output
    both = CliRunner().invoke(cli, ["-q", "-v", "build", "--out", str(tmp_path / "c")])
    assert both.exit_code == 2
    failing = tmp_path / "bad.csv"
    failing.write_text("id,date,place\na,2021-07-08,Atlantis\n", encoding="utf-8")
    errors = CliRunner().invoke(cli, ["-q", "build", str(failing), "--out", str(tmp_path / "d")])
    assert errors.exit_code == 1 and "no place matches 'Atlantis'" in errors.output
