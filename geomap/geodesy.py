"""Distances, bearings, lines and rings on the WGS84 ellipsoid (pyproj.Geod).

Every function takes longitude before latitude, as pyproj and shapely do. Nothing here treats
degrees as metres.

One distance between two points (`distance_m`, which geocoding calls to compare candidates) goes through
GeographicLib, the library PROJ's geodesic code is built on (Karney's algorithm; the same metres to the
nanometre): it imports in 5 ms where pyproj takes about 170, and `geomap geocode NAME` needs no array.
Geocoding compares the same candidates again and again, so the last 65,536 distances are remembered.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from geographiclib.geodesic import Geodesic

from . import settings
from .wording import format_distance, format_radius  # noqa: F401 - re-exported for callers of geodesy

if TYPE_CHECKING:
    from pyproj import Geod

#: GeographicLib's ellipsoid, WGS84 as settings.ELLIPSOID names it.
_ELLIPSOID = {"WGS84": Geodesic.WGS84}[settings.ELLIPSOID]

COMPASS_POINTS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")


@lru_cache(maxsize=1)
def geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps=settings.ELLIPSOID)


@lru_cache(maxsize=65536)
def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in metres between two points given as longitude, latitude."""
    return float(_ELLIPSOID.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"])


def midpoint(lon1: float, lat1: float, lon2: float, lat2: float) -> tuple[float, float]:
    """(longitude, latitude) of the point halfway along the geodesic between two points given as lon, lat."""
    line = _ELLIPSOID.InverseLine(lat1, lon1, lat2, lon2)
    position = line.Position(line.s13 / 2)
    return float(position["lon2"]), float(position["lat2"])


def inverse(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vectorized (distance in metres, initial bearing in degrees 0-360) from point 1 to point 2."""
    azimuth, _, dist = geod().inv(lon1, lat1, lon2, lat2)
    return np.asarray(dist, dtype=float), np.mod(np.asarray(azimuth, dtype=float), 360.0)


def compass(bearing_deg: float) -> str:
    """16-point compass direction of a bearing: 292.5 -> 'WNW'."""
    return COMPASS_POINTS[int((bearing_deg % 360) / 22.5 + 0.5) % 16]


def describe(metres: float, bearing_deg: float, reference: str) -> str:
    """'5.8 km WNW of the US Embassy in Baghdad' (bearing measured from the reference to the point)."""
    if metres < 1:
        return f"at {reference}"
    return f"{format_distance(metres)} {compass(bearing_deg)} of {reference}"


def ring(lon: float, lat: float, radius_m: float, segments: int = 128) -> list[tuple[float, float]]:
    """A closed ring of (lon, lat) at exactly `radius_m` geodesic metres from the centre."""
    azimuths = np.linspace(0.0, 360.0, segments, endpoint=False)
    lons, lats, _ = geod().fwd(np.full(segments, lon), np.full(segments, lat), azimuths, np.full(segments, radius_m))
    points = list(zip(np.round(lons, 7).tolist(), np.round(lats, 7).tolist(), strict=True))
    return [*points, points[0]]


def line(lon1: float, lat1: float, lon2: float, lat2: float,
         max_segment_m: float = 2000.0) -> list[tuple[float, float]]:
    """The geodesic from point 1 to point 2 as (lon, lat) vertices no more than `max_segment_m` apart."""
    dist = distance_m(lon1, lat1, lon2, lat2)
    between = int(dist // max_segment_m)
    middle = geod().npts(lon1, lat1, lon2, lat2, between) if between else []
    return [(lon1, lat1), *[(round(x, 7), round(y, 7)) for x, y in middle], (lon2, lat2)]


def lines(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray,
          max_segment_m: float = 2000.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Many geodesics at once, as `line` draws each: (starts, lons, lats), line i being vertices
    starts[i]:starts[i + 1]. Each vertex is a point at an equal step along the geodesic (Geod.fwd along
    the initial azimuth), the ends are the given points exactly."""
    lon1, lat1, lon2, lat2 = (np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2))
    if not len(lon1):
        return np.zeros(1, dtype=np.int64), np.empty(0), np.empty(0)
    azimuth, _, dist = geod().inv(lon1, lat1, lon2, lat2)
    segments = (np.asarray(dist) // max_segment_m).astype(np.int64) + 1
    counts = segments + 1
    starts = np.concatenate([[0], np.cumsum(counts)])
    line_of_vertex = np.repeat(np.arange(len(counts)), counts)
    step = np.arange(starts[-1]) - starts[line_of_vertex]
    fraction = step / segments[line_of_vertex]
    lons, lats = forward(lon1[line_of_vertex], lat1[line_of_vertex], np.asarray(azimuth)[line_of_vertex],
                         np.asarray(dist)[line_of_vertex] * fraction)
    lons, lats = np.round(lons, 7), np.round(lats, 7)
    lons[starts[:-1]], lats[starts[:-1]] = lon1, lat1
    lons[starts[1:] - 1], lats[starts[1:] - 1] = lon2, lat2
    return starts, lons, lats


#: Points solved at a time per core by `forward` (below it, one call: threads cost more than they save).
FORWARD_PIECE = 500_000


def forward(lon: np.ndarray, lat: np.ndarray, azimuth: np.ndarray, distance_m: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray]:
    """Geod.fwd on many points (longitude, latitude order in and out): pieces solved on every core at once,
    pyproj working without the interpreter's lock. A million incidents' circles are tens of millions of
    points; each point's answer is the same whatever the pieces."""
    n = len(lon)
    if n <= FORWARD_PIECE:
        lons, lats, _ = geod().fwd(lon, lat, azimuth, distance_m)
        return np.asarray(lons), np.asarray(lats)
    import os
    from concurrent.futures import ThreadPoolExecutor

    lons, lats = np.empty(n), np.empty(n)

    def solve(start: int) -> None:
        piece = slice(start, start + FORWARD_PIECE)
        lons[piece], lats[piece], _ = geod().fwd(lon[piece], lat[piece], azimuth[piece], distance_m[piece])

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(solve, range(0, n, FORWARD_PIECE)))
    return lons, lats


def rings(lon: np.ndarray, lat: np.ndarray, radius_m: np.ndarray, segments: int = 128) -> tuple[np.ndarray, np.ndarray]:
    """Many rings at once, as `ring` draws each: (lons, lats) of shape (n, segments + 1), each row closed."""
    lon, lat, radius_m = (np.asarray(v, dtype=float) for v in (lon, lat, radius_m))
    azimuths = np.linspace(0.0, 360.0, segments, endpoint=False)
    n = len(lon)
    lons, lats = forward(np.repeat(lon, segments), np.repeat(lat, segments), np.tile(azimuths, n),
                         np.repeat(radius_m, segments))
    lons = np.round(np.asarray(lons), 7).reshape(n, segments)
    lats = np.round(np.asarray(lats), 7).reshape(n, segments)
    return np.hstack([lons, lons[:, :1]]), np.hstack([lats, lats[:, :1]])
