"""Properties checked on thousands of generated examples (hypothesis): exports read back equal, geodesy
behaves like a distance, rings lie where they say, and spreadsheet cells never run."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math

import pandas as pd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.export import spreadsheet_safe, write_csv, write_geojson, write_geopackage
from geomap.geodesy import distance_m, ring
from geomap.incidents import OUTCOMES, load_incidents

# Places in Iraq, so that any generated position (inside Iraq) passes the country check.
PLACES = ["Mansour", "Harithiya", "Green Zone", "US Embassy", "Ain al-Asad", "Erbil", "Camp Taji", "Bayaa"]
# Any text a person or a scraper may put in a cell: every character but NUL (refused as binary) and
# surrogates (not encodable); the reader strips the spaces around a cell, so the generator does too.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40).map(str.strip)

incident = st.fixed_dictionaries({
    "date": st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)).map(dt.date.isoformat),
    "place": st.sampled_from(PLACES),
    "target": st.sampled_from(["", *PLACES]),
    "count": st.one_of(st.just(""), st.integers(0, 1_000_000).map(str)),  # incidents.MAX_COUNT
    "outcome": st.sampled_from(OUTCOMES),
    "notes": TEXT,
    "claimed_by": TEXT,
    "position": st.one_of(st.none(), st.tuples(st.floats(29.1, 37.3), st.floats(38.8, 48.5))),  # inside Iraq
})


def _incident_file(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "date", "place", "target", "count", "outcome", "notes", "claimed_by", "latitude",
                         "longitude"])
        for i, row in enumerate(rows):
            lat, lon = row["position"] or ("", "")
            writer.writerow([f"inc-{i}", row["date"], row["place"], row["target"], row["count"], row["outcome"],
                             row["notes"], row["claimed_by"], repr(lat) if lat != "" else "",
                             repr(lon) if lon != "" else ""])


def _plain(value):
    """A cell as plain Python for comparison: missing values as None, dates as ISO text."""
    if value is None or (not isinstance(value, str | list) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        return value.item()
    return value


COMPARED = ["id", "date", "place", "place_id", "target_id", "count", "outcome", "notes", "claimed_by", "latitude",
            "longitude", "distance_m", "bearing_deg", "direction"]


# 600 files of 1 to 8 incidents: about 2,700 incidents through both formats (about 50 s).
@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(incident, min_size=1, max_size=8))
def test_incidents_read_back_equal_from_geopackage_and_geojson(tmp_path_factory, curated_geocoder, rows):
    folder = tmp_path_factory.mktemp("roundtrip")
    source = folder / "in.csv"
    _incident_file(source, rows)
    frame = load_incidents([source], geocoder=curated_geocoder)
    write_geopackage({"incidents": frame}, folder / "out.gpkg", names=["incidents"])
    write_geojson(frame, folder / "out.geojson")

    expected = [{c: _plain(v) for c, v in zip(COMPARED, r, strict=True)}
                for r in frame[COMPARED].itertuples(index=False, name=None)]
    back = pyogrio.read_dataframe(folder / "out.gpkg", layer="incidents")
    got = [{c: _plain(v) for c, v in zip(COMPARED, r, strict=True)}
           for r in back[COMPARED].itertuples(index=False, name=None)]
    assert got == expected
    assert [(p.x, p.y) for p in back.geometry] == [(p.x, p.y) for p in frame.geometry]

    features = json.loads((folder / "out.geojson").read_text(encoding="utf-8"))["features"]
    from_json = [{c: f["properties"].get(c) for c in COMPARED} for f in features]
    assert from_json == expected
    assert [tuple(f["geometry"]["coordinates"]) for f in features] == [(p.x, p.y) for p in frame.geometry]


latitudes = st.floats(-89.9, 89.9)
longitudes = st.floats(-180, 180)
points = st.tuples(longitudes, latitudes)


@settings(max_examples=3000)
@given(points, points)
def test_geodesic_distance_is_symmetric(a, b):
    assert math.isclose(distance_m(*a, *b), distance_m(*b, *a), rel_tol=1e-9, abs_tol=1e-6)


@settings(max_examples=3000)
@given(points, points, points)
def test_geodesic_distance_obeys_the_triangle_inequality(a, b, c):
    # Millimetre slack for floating point; the ellipsoid's geodesics are shortest paths.
    assert distance_m(*a, *c) <= distance_m(*a, *b) + distance_m(*b, *c) + 1e-3


@settings(max_examples=2000)
@given(st.floats(-80, 80), longitudes, st.floats(10, 500_000))
def test_every_ring_vertex_lies_at_the_radius_within_a_metre(lat, lon, radius):
    vertices = ring(lon, lat, radius, segments=64)
    assert vertices[0] == vertices[-1]  # closed
    for vlon, vlat in vertices:
        assert abs(distance_m(lon, lat, vlon, vlat) - radius) <= 1.0


@settings(max_examples=3000)
@given(TEXT)
def test_no_exported_cell_starts_a_formula(text):
    safe = spreadsheet_safe(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe == text or (safe == "'" + text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(incident, min_size=1, max_size=4))
def test_incidents_csv_has_no_formula_and_keeps_numbers(tmp_path_factory, curated_geocoder, rows):
    folder = tmp_path_factory.mktemp("csv")
    _incident_file(folder / "in.csv", rows)
    frame = load_incidents([folder / "in.csv"], geocoder=curated_geocoder)
    write_csv(frame, folder / "out.csv")
    table = list(csv.DictReader(io.StringIO((folder / "out.csv").read_bytes().decode("utf-8-sig"), newline="")))
    for row, (_, original) in zip(table, frame.iterrows(), strict=True):
        for column in ("notes", "claimed_by"):
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r"))
            text = original[column] if isinstance(original[column], str) else ""
            # Unchanged, or neutralized by one leading ' when it would start a formula.
            assert row[column] == text or (row[column] == "'" + text and text.startswith(("=", "+", "-", "@", "\t",
                                                                                        "\r")))
        assert float(row["latitude"]) == original["latitude"]
        assert float(row["longitude"]) == original["longitude"]
