from __future__ import annotations

from itertools import pairwise

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
