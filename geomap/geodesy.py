"""Distances, bearings and rings on the WGS84 ellipsoid (pyproj.Geod). Arguments are (lon, lat)."""

from __future__ import annotations

from functools import lru_cache

from pyproj import Geod

from . import settings


@lru_cache(maxsize=1)
def geod() -> Geod:
    return Geod(ellps=settings.ELLIPSOID)


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in metres between two points given as longitude, latitude."""
    _, _, dist = geod().inv(lon1, lat1, lon2, lat2)
    return float(dist)
