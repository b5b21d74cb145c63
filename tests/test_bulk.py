"""The column-wise read (geomap.bulk) gives the frame, the geocoding report and the problems that the
row-by-row read gives, on files that mix rows of every kind: the columns decide speed, never the result."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geomap.errors import DataError
from geomap.incidents import _read_incidents_by_row, read_incidents

HEADER = "id,date,place,target,launch_site,weapon,count,outcome,fatalities,latitude,longitude,country,admin1,notes"


def _both(geocoder, paths: list[Path]):
    quiet = {"geocoder": geocoder, "warn": lambda message: None}
    return read_incidents(paths, **quiet), _read_incidents_by_row(paths, **quiet)


def _same_problems(geocoder, path: Path) -> list[str]:
    """Both ways refuse the file with the same problems, in the same order; returns them."""
    with pytest.raises(DataError) as by_columns:
        read_incidents(path, geocoder=geocoder, warn=lambda message: None)
    with pytest.raises(DataError) as by_rows:
        _read_incidents_by_row([path], geocoder=geocoder, warn=lambda message: None)
    problems = [str(p) for p in by_columns.value.problems]
    assert problems == [str(p) for p in by_rows.value.problems]
    return problems


def _same(columns, rows) -> None:
    (frame, report), (expected, expected_report) = columns, rows
    assert list(frame.columns) == list(expected.columns)
    for column in expected.columns:
        pd.testing.assert_series_equal(frame[column], expected[column], check_dtype=False, obj=column)
    assert report.rows() == expected_report.rows()
    assert report.given == expected_report.given


def test_rows_of_every_kind_read_alike(tmp_path, geocoder):
    first = tmp_path / "first.csv"
    first.write_text("\n".join([
        HEADER,
        "a1,2021-07-08,Mansour,US Embassy in Baghdad,Bayaa,107mm rockets,2,impact,,,,,,plain",
        "a2,2020-09,Green Zone,,,drone,,intercepted,,,,IQ,,month only",
        # a date before 1677 is past pandas' clock: the row reader reads it
        "a3,1500-01-01,Erbil,,,mortar,1,impact,,,,,,old",
        # a point of the user's own, with a name the gazetteer does not know: the point's label
        "a4,2021-07-09,Nowhere-in-particular,,,rocket,1,impact,,33.30,44.40,IQ,,own point",
        # a point far from the place it names: flagged, not refused
        "a5,2021-07-10,Erbil,,,rocket,1,impact,,36.60,43.00,,,far from Erbil",
        # 107 mm rockets from 300 km away: beyond their range
        "a6,2021-07-11,Mansour,,Erbil,107mm rockets,1e0,IMPACT,0,,,,,far launch",
        "",
        "a7,2021-07-12,Harithiya,US Embassy in Baghdad,,rocket,1,impact,, , ,,,blank line above",
    ]) + "\n", encoding="utf-8")
    second = tmp_path / "second.tsv.csv"
    second.write_text("id,date,place,extra_note,geometry\n"
                      "b1,2021-08-01,Mansour,\"with, a comma\",12\n"
                      "b2,2021-08-02,Ain al-Asad,\"quoted \"\"twice\"\"\",\n", encoding="utf-8")
    columns, rows = _both(geocoder, [first, second])
    _same(columns, rows)
    frame = columns[0]
    assert frame["id"].tolist() == ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "b1", "b2"]
    assert frame.loc[frame["id"] == "a4", "place"].item() == "Nowhere-in-particular"
    assert "beyond_weapon_range" in frame.loc[frame["id"] == "a6", "geo_flags"].item()
    assert "given_coordinates_far" in frame.loc[frame["id"] == "a5", "geo_flags"].item()
    assert frame["geometry_input"].iloc[-2] == "12" and frame["geometry_input"].isna().iloc[-1]


def test_the_problems_are_the_same_in_the_same_order(tmp_path, geocoder):
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([
        HEADER,
        "c1,2021-07-08,Mansour,,,rocket,2,impact,,,,,,",
        "c1,2021-13-01,Mansour,,,rocket,two,impact,,,,,,",
        "c3,2021-07-08,Qwzxyville,,,rocket,1,exploded,,,,,,",
        "c4,2021-07-08,Mansour,,,rocket,1,impact,,44.39,33.30,,,",
        "c5,2021-07-08,Erbil,,,rocket,1,impact,,33.3,44.4,SY,,",
        "c6,2021-07-08,,,,rocket,1,impact,,,,Atlantis,,",
        "c7,2021-07-08,Mansour,,,rocket,1,impact,,,,,,",
    ]) + "\n", encoding="utf-8")
    problems = _same_problems(geocoder, path)
    assert {int(p.split(":")[1]) for p in problems} == {3, 4, 5, 6, 7}


def test_the_benchmarks_synthetic_file_reads_alike(tmp_path, geocoder):
    from bench.synthetic import write

    path = write(tmp_path / "synthetic.csv", 2000, seed=5)
    _same(*_both(geocoder, [path]))


def test_a_row_read_one_by_one_for_its_country_is_flagged_like_the_others(tmp_path, geocoder):
    # "Iraq " spelt as a name the column check does not vouch for sends the row the row-by-row way; its flags
    # and counts meet those of the rows read as columns.
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join([
        HEADER,
        "d1,2021-07-08,Mansour,,Erbil,107mm rockets,1,impact,,,,Republic of Iraq,,",
        "d2,2021-07-09,Mansour,,Erbil,107mm rockets,1,impact,,,,IQ,,",
        "d3,1600-07-09,Mansour,,Erbil,107mm rockets,1,impact,,,,Republic of Iraq,,",
    ]) + "\n", encoding="utf-8")
    _same(*_both(geocoder, [path]))


def test_a_name_holding_a_control_character_reads_alike(tmp_path, geocoder):
    # A control character (the unit separator, 0x1F) inside a name or a governorate: both ways refuse it alike.
    path = tmp_path / "control.csv"
    path.write_text(HEADER + "\ne1,2021-07-08,Mans\x1four,,,rocket,1,impact,,,,,,\n"
                    "e2,2021-07-08,Mansour,,,rocket,1,impact,,,,IQ,Bagh\x1fdad,\n", encoding="utf-8")
    assert _same_problems(geocoder, path)


def test_a_citation_repeated_over_many_rows_is_held_once(tmp_path, geocoder):
    # Every row placed by the same gazetteer entry carries that entry's citation (a sentence or two): a million
    # rows held 180 MiB of copies of a few hundred citations. Each distinct citation is held once.
    path = tmp_path / "many.csv"
    rows = [f"e{i},2021-07-08,{'Erbil' if i % 2 else 'Mansour'},,,rocket,1,impact,,,,,,"
            for i in range(20_000)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    frame, _ = read_incidents(path, geocoder=geocoder, warn=lambda message: None)
    citations = frame["geo_source"]
    assert citations.nunique() == 2 and citations.str.len().min() > 40  # real citations, not blanks
    assert citations.memory_usage(deep=True, index=False) < 4 * len(frame)  # a code per row, not a copy
    few = tmp_path / "few.csv"
    few.write_text("\n".join([HEADER, *rows[:2]]) + "\n", encoding="utf-8")
    expected, _ = _read_incidents_by_row([few], geocoder=geocoder, warn=lambda message: None)
    assert citations.iloc[:2].tolist() == expected["geo_source"].tolist()  # the same text as row by row
