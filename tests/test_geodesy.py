from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from geomap.geodesy import compass, describe, distance_m, inverse, line, ring


def test_known_geodesic_values():
    # One degree along the equator and along a meridian on WGS84 (Karney's GeographicLib values).
    assert distance_m(0, 0, 1, 0) == pytest.approx(111319.491, abs=0.01)
    assert distance_m(0, 0, 0, 1) == pytest.approx(110574.389, abs=0.01)


def test_degrees_are_not_metres_away_from_the_equator():
    # At Baghdad's latitude a degree of longitude is about 93 km, not 111 km.
    assert distance_m(44.0, 33.3, 45.0, 33.3) == pytest.approx(93_250, rel=0.002)


def test_inverse_gives_bearing_in_0_360():
    dist, bearing = inverse([44.39611], [33.29889], [44.336], [33.315])
    assert dist[0] == pytest.approx(5876, abs=5)
    assert bearing[0] == pytest.approx(288, abs=1) and compass(bearing[0]) == "WNW"


@pytest.mark.parametrize(("bearing", "point"), [(0, "N"), (11.2, "N"), (11.3, "NNE"), (90, "E"), (292.5, "WNW"),
                                                (348.8, "N"), (359.9, "N"), (-90, "W")])
def test_compass(bearing, point):
    assert compass(bearing) == point


def test_describe():
    assert describe(5876.2, 288.0, "the US Embassy") == "5.9 km WNW of the US Embassy"
    assert describe(850, 90, "X") == "850 m E of X"
    assert describe(0.2, 0, "X") == "at X"


def test_ring_vertices_lie_at_the_radius():
    for lon, lat, radius in ((44.39611, 33.29889, 1000), (40.57583, 35.15167, 10_000)):
        coords = ring(lon, lat, radius)
        assert coords[0] == coords[-1]
        for x, y in coords[:-1]:
            assert distance_m(lon, lat, x, y) == pytest.approx(radius, abs=0.05)


def test_line_is_densified_and_keeps_its_ends():
    coords = line(44.348, 33.266, 44.336, 33.315, max_segment_m=1000)
    assert coords[0] == (44.348, 33.266) and coords[-1] == (44.336, 33.315)
    assert len(coords) >= 6
    for (x1, y1), (x2, y2) in pairwise(coords):
        assert distance_m(x1, y1, x2, y2) <= 1000.01


def test_many_lines_at_once_match_line_one_by_one() -> None:
    from geomap.geodesy import lines

    ends = [(44.3400, 33.3100, 44.3600, 33.3150), (43.2, 33.8, 44.39, 33.31), (44.0, 36.19, 44.0, 36.19),
            (40.14, 35.33, 43.13, 36.34)]
    lon1, lat1, lon2, lat2 = (np.array(v) for v in zip(*ends, strict=True))
    starts, lons, lats = lines(lon1, lat1, lon2, lat2, 2000.0)
    for i, e in enumerate(ends):
        one = line(*e)
        many = list(zip(lons[starts[i]:starts[i + 1]], lats[starts[i]:starts[i + 1]], strict=True))
        assert len(many) == len(one)
        for (x1, y1), (x2, y2) in zip(one, many, strict=True):
            assert abs(x1 - x2) < 2e-7 and abs(y1 - y2) < 2e-7


def test_many_rings_at_once_match_ring_one_by_one() -> None:
    from geomap.geodesy import rings

    lons, lats = rings(np.array([44.39, 43.2]), np.array([33.31, 33.8]), np.array([1800.0, 500.0]), segments=64)
    for i, (lon, lat, r) in enumerate([(44.39, 33.31, 1800.0), (43.2, 33.8, 500.0)]):
        assert list(zip(lons[i], lats[i], strict=True)) == ring(lon, lat, r, segments=64)


def test_no_lines_is_an_empty_answer() -> None:
    from geomap.geodesy import lines

    starts, lons, lats = lines([], [], [], [])
    assert starts.tolist() == [0] and len(lons) == len(lats) == 0
