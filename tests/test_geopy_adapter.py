from __future__ import annotations

import geopandas
import pytest
from geopy.location import Location

from geomap.geopy_adapter import GazetteerGeocoder


def test_plugs_into_geopandas_geocode():
    frame = geopandas.tools.geocode(["Mansour", "Harthiya", "Xqzvw"], provider=GazetteerGeocoder)
    assert frame.crs.to_epsg() == 4326
    mansour, harithiya, missing = frame.geometry
    # x is longitude, y latitude: the classic swap would put Baghdad in the Caucasus.
    assert mansour.x == pytest.approx(44.336) and mansour.y == pytest.approx(33.315)
    assert harithiya.x == pytest.approx(44.360) and harithiya.y == pytest.approx(33.315)
    assert missing is None or missing.is_empty
    assert frame.address.iloc[0].startswith("Mansour")


def test_location_raw_carries_gazetteer_details():
    location = GazetteerGeocoder().geocode("Al Asad Airbase")
    assert isinstance(location, Location)
    assert (location.latitude, location.longitude) == pytest.approx((33.785667, 42.441167))
    assert location.raw["id"] == "ain-al-asad"
    assert location.raw["matched"] == "Al Asad Airbase"
    assert location.raw["score"] == 100 and location.raw["geo_precision"] == 1
    assert location.raw["uncertainty_m"] == 3000


def test_not_found_is_none_and_exactly_one_false_gives_a_list():
    geocoder = GazetteerGeocoder(country="IQ")
    assert geocoder.geocode("Xqzvw") is None
    assert [loc.raw["id"] for loc in geocoder.geocode("Erbil", exactly_one=False)] == ["erbil"]
