"""Incident files -> GeoDataFrame: schema, validation and the example's distances."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geomap import DataError, load_incidents, settings
from geomap.build import example_incidents

HEADER = "id,date,place,target,launch_site,weapon,count,outcome,fatalities,injuries,damage,claimed_by,source,url,notes"


@pytest.fixture(scope="module")
def example(geocoder):
    return load_incidents(example_incidents(), geocoder=geocoder)


def test_example_frame(example):
    assert len(example) == 20
    assert example.crs.to_epsg() == 4326
    assert example["id"].is_unique
    row = example.set_index("id").loc["asad-2021-07-07"]
    assert row["count"] == 14 and row["injuries"] == 2 and row["outcome"] == "impact"
    # geometry x is longitude, y latitude
    assert row.geometry.x == pytest.approx(42.441167) and row.geometry.y == pytest.approx(33.785667)


@pytest.mark.parametrize(("incident", "km", "direction"), [
    ("embassy-2021-10-30-a", 5.8, "WNW"),  # Mansour
    ("embassy-2021-10-30-b", 3.8, "WNW"),  # Harithiya
    ("gz-2021-12-19-b", 1.4, "WNW"),  # Grand Festivities Square
])
def test_example_distances_from_the_embassy(example, incident, km, direction):
    row = example.set_index("id").loc[incident]
    assert row["target_id"] == "us-embassy-baghdad"
    assert row["distance_m"] / 1000 == pytest.approx(km, abs=0.15)
    assert f"km {direction} of US Embassy in Baghdad" in row["direction"]


def test_launch_distance(example):
    row = example.set_index("id").loc["embassy-2021-10-30-a"]
    assert row["launch_id"] == "bayaa" and row["launch_distance_m"] == pytest.approx(5548, abs=5)


def test_partial_dates_are_month_midpoints_with_precision_3(example):
    row = example.set_index("id").loc["erbil-2020-09"]
    assert row["date"] == dt.date(2020, 9, 15) and row["time_precision"] == 3 and row["date_text"] == "2020-09"
    assert example.set_index("id").loc["tanf-2021-12"]["time_precision"] == 2


def test_precision_and_uncertainty_come_from_the_gazetteer(example):
    row = example.set_index("id").loc["embassy-2021-07-08-a"]
    assert row["geo_precision"] == 2 and row["uncertainty_m"] == 2000 and "STAND-IN" in row["geo_source"]


def _csv(tmp_path: Path, rows: list[str], name: str = "in.csv", header: str = HEADER, newline: str = "\n",
         bom: bool = False) -> Path:
    path = tmp_path / name
    text = newline.join([header, *rows]) + newline
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_bom_and_crlf_are_read(tmp_path, geocoder):
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,US Embassy,Bayaa,Katyusha,2,missed,0,0,,,src,,"],
                newline="\r\n", bom=True)
    frame = load_incidents(path, geocoder=geocoder)
    assert list(frame["id"]) == ["a"] and frame["distance_m"].iloc[0] == pytest.approx(5876, abs=5)


def test_every_bad_row_is_named(tmp_path, geocoder):
    path = _csv(tmp_path, [
        "a,2021-13-45,Mansour,,,,,,,,,,,,",
        "a,2021-10-30,Atlantis,,,,-2,exploded,,,,,,javascript:alert(1),",
        "c,2021-10-30,Mansour,,,,x,,,,,,,,",
    ])
    with pytest.raises(DataError) as info:
        load_incidents(path, geocoder=geocoder)
    text = str(info.value)
    assert f"{path}:2: date: '2021-13-45' has no month 13" in text
    assert f"{path}:3: id: 'a' is already used at {path}:2" in text
    assert f"{path}:3: place: no place matches 'Atlantis'" in text
    assert f"{path}:3: count: '-2' is not a whole number >= 0" in text
    assert f"{path}:3: outcome: 'exploded' is not one of impact, intercepted, missed, shot_down, unknown" in text
    assert f"{path}:3: url: 'javascript:alert(1)' is not an http(s) address" in text
    assert f"{path}:4: count: 'x' is not a number" in text
    assert len(info.value.problems) == 7


def test_coordinates_override_the_gazetteer(tmp_path, geocoder):
    header = HEADER + ",latitude,longitude"
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,US Embassy,,,,,,,,,,,,33.3200,44.3300"], header=header)
    row = load_incidents(path, geocoder=geocoder).iloc[0]
    assert (row.geometry.y, row.geometry.x) == (33.32, 44.33)
    assert row["uncertainty_m"] == settings.GIVEN_UNCERTAINTY_M and row["geo_precision"] == 1
    assert row["geo_source"] == "coordinates given in the incident file" and row["geo_match"] == "given"


def test_half_a_coordinate_and_a_swap_are_refused(tmp_path, geocoder):
    header = HEADER + ",latitude,longitude"
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,,,,,,,,,,,,,33.32,", "b,2021-10-30,Mansour,,,,,,,,,,,,,44.33,33.32"],
                header=header)
    with pytest.raises(DataError) as info:
        load_incidents(path, geocoder=geocoder)
    assert f"{path}:2: longitude: is empty; give both latitude and longitude, or neither" in str(info.value)
    assert "latitude and longitude look swapped" in str(info.value)


def test_yaml_and_geojson_give_the_same_frame(tmp_path, geocoder):
    yaml_path = tmp_path / "in.yaml"
    yaml_path.write_text(
        "incidents:\n"
        "  - id: a\n    date: 2021-10-30\n    place: Mansour\n    target: US Embassy\n    launch_site: Bayaa\n"
        "    count: 2\n    outcome: missed\n", encoding="utf-8")
    geojson_path = tmp_path / "in.geojson"
    geojson_path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": None,
        "properties": {"id": "a", "date": "2021-10-30", "place": "Mansour", "target": "US Embassy",
                       "launch_site": "Bayaa", "count": 2, "outcome": "missed"}}]}), encoding="utf-8")
    a = load_incidents(yaml_path, geocoder=geocoder).iloc[0]
    b = load_incidents(geojson_path, geocoder=geocoder).iloc[0]
    for column in ("id", "date", "place_id", "target_id", "launch_id", "count", "distance_m", "launch_distance_m"):
        assert a[column] == b[column], column


def test_geojson_point_geometry_is_longitude_first(tmp_path, geocoder):
    path = tmp_path / "in.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [44.33, 33.32]},
        "properties": {"id": "a", "date": "2021-10-30", "place": "Mansour"}}]}), encoding="utf-8")
    row = load_incidents(path, geocoder=geocoder).iloc[0]
    assert (row["latitude"], row["longitude"]) == (33.32, 44.33)


def test_unknown_column_is_a_warning(tmp_path, geocoder):
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,,,,,,,,,,,,,x"], header=HEADER + ",colour")
    warnings: list[str] = []
    frame = load_incidents(path, geocoder=geocoder, warn=warnings.append)
    assert len(frame) == 1 and warnings and "unknown column(s) colour" in warnings[0]
    assert frame["colour"].tolist() == ["x"]  # kept, as the warning says


def test_a_column_geomap_computes_is_recomputed_not_carried(tmp_path, geocoder):
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,,,,,,,,,,,,,12"], header=HEADER + ",distance_m")
    frame = load_incidents(path, geocoder=geocoder, warn=lambda message: None)
    assert "distance_m_input" not in frame.columns and frame["distance_m"].isna().all()


def test_a_carried_column_never_replaces_a_computed_one(tmp_path, geocoder):
    path = _csv(tmp_path, ["a,2021-10-30,Mansour,,,,,,,,,,,,,12"], header=HEADER + ",geometry")
    frame = load_incidents(path, geocoder=geocoder, warn=lambda message: None)
    assert frame["geometry_input"].tolist() == ["12"] and frame.geometry.iloc[0].x == pytest.approx(44.336)
