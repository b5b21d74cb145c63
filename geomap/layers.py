"""The map's layers as GeoDataFrames, computed once and shared by the HTML map and the GeoPackage.

incidents (points), targets and launch_sites (points), trajectories (geodesic lines from launch site
to impact), distance_rings (geodesic circles around each target), places (gazetteer entries used)
and areas (polygons of the places used, such as the Green Zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import settings
from .context import context_layers, region
from .gazetteer import Gazetteer, Place
from .geodesy import lines, ring, rings
from .wording import format_radius

if TYPE_CHECKING:
    import geopandas

DEFAULT_RINGS_M: tuple[float, ...] = (1000.0, 2000.0, 5000.0, 10000.0)
LAYER_NAMES = ("incidents", "uncertainty", "targets", "launch_sites", "trajectories", "distance_rings", "places",
               "areas")
#: Uncertainty circles computed at a time (their vertices are the transient memory).
CIRCLE_CHUNK = 20_000
#: Vertices of an uncertainty circle (map and GeoPackage alike). A 32-gon lies within 0.5% of its radius of the
#: true circle (7 m on a 1.5 km circle); 64 cost twice the memory for nothing the eye or the radius can tell:
#: GEOS holds a quarter of a million 65-vertex polygons in 540 MiB, 33-vertex ones in 140 MiB.
UNCERTAINTY_SEGMENTS = 32


PLACE_COLUMNS = ("id", "name", "kind", "parent", "country", "admin1", "latitude", "longitude", "geo_precision",
                 "uncertainty_m", "source", "tier")


def _place_row(place: Place) -> dict[str, object]:
    return {
        "id": place.id, "name": place.name, "kind": place.kind, "parent": place.parent or None,
        "country": place.country, "admin1": place.admin1 or None, "latitude": place.latitude,
        "longitude": place.longitude, "geo_precision": place.geo_precision, "uncertainty_m": place.uncertainty_m,
        "source": place.source, "tier": place.tier,
    }


def _points(places: Sequence[Place], counts: dict[str, int] | None = None) -> geopandas.GeoDataFrame:
    import geopandas
    import pandas as pd

    rows = [_place_row(p) | ({"incidents": counts.get(p.id, 0)} if counts is not None else {}) for p in places]
    columns = [*PLACE_COLUMNS, *(["incidents"] if counts is not None else [])]
    frame = pd.DataFrame(rows, columns=columns)
    geometry = geopandas.points_from_xy(frame["longitude"], frame["latitude"], crs=settings.CRS)
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs=settings.CRS)


def _counts(frame: geopandas.GeoDataFrame, column: str) -> dict[str, int]:
    """How many incidents name each place id in `column`."""
    return {str(k): int(v) for k, v in frame[column].dropna().value_counts().to_dict().items()}


def _used(counts: dict[str, int], gazetteer: Gazetteer) -> list[Place]:
    places = [gazetteer.get(pid) for pid in sorted(counts)]
    return [p for p in places if p is not None]


def _uncertainty(incidents: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """The geodesic circle within which each incident lies: one per distinct (point, radius, outcome), widest
    first (so that smaller ones are drawn over them)."""
    import geopandas
    import numpy as np
    import pandas as pd
    import shapely

    radius = pd.to_numeric(incidents["uncertainty_m"], errors="coerce").fillna(0).to_numpy(float)
    keep = radius > 0
    circles = pd.DataFrame({"longitude": incidents["longitude"].to_numpy(float)[keep],
                            "latitude": incidents["latitude"].to_numpy(float)[keep],
                            "radius_m": radius[keep], "outcome": incidents["outcome"].to_numpy(object)[keep]})
    circles = circles.drop_duplicates().sort_values(["radius_m", "longitude", "latitude", "outcome"],
                                                    ascending=[False, True, True, True]).reset_index(drop=True)
    parts = [shapely.polygons(np.empty((0, 4, 2)))]
    for start in range(0, len(circles), CIRCLE_CHUNK):
        # A chunk at a time: the vertices of 250,000 circles at once would cost a gigabyte before they are polygons.
        chunk = circles.iloc[start:start + CIRCLE_CHUNK]
        lons, lats = rings(chunk["longitude"], chunk["latitude"], chunk["radius_m"], segments=UNCERTAINTY_SEGMENTS)
        parts.append(shapely.polygons(np.stack([lons, lats], axis=-1)))
    return geopandas.GeoDataFrame(circles, geometry=np.concatenate(parts), crs=settings.CRS)


def _geodesics(launched: geopandas.GeoDataFrame):
    """The geodesic from launch site to impact of each row, computed once per distinct pair of points."""
    import numpy as np
    import shapely

    columns = ["launch_longitude", "launch_latitude", "longitude", "latitude"]
    if not len(launched):
        return shapely.linestrings(np.empty((0, 2, 2)))
    pairs, row_pair = np.unique(launched[columns].to_numpy(float), axis=0, return_inverse=True)
    lon1, lat1, lon2, lat2 = pairs.T
    starts, lons, lats = lines(lon1, lat1, lon2, lat2, max_segment_m=settings.LINE_SEGMENT_M)
    distinct = shapely.linestrings(np.column_stack([lons, lats]),
                                   indices=np.repeat(np.arange(len(pairs)), np.diff(starts)))
    return distinct[row_pair.reshape(-1)]


def trajectories(incidents: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """The geodesic line from launch site to impact of every incident with a launch site."""
    import geopandas
    import pandas as pd

    launched = incidents[incidents["launch_id"].notna()]
    return geopandas.GeoDataFrame(
        pd.DataFrame({"incident_id": launched["id"].to_numpy(), "launch_id": launched["launch_id"].to_numpy(),
                      "launch_name": launched["launch_name"].to_numpy(), "place": launched["place"].to_numpy(),
                      "distance_m": launched["launch_distance_m"].to_numpy(float)}),
        geometry=_geodesics(launched), crs=settings.CRS)


def no_incident_layers() -> dict[str, geopandas.GeoDataFrame]:
    """The uncertainty and trajectories layers with no feature (a map of aggregates draws neither)."""
    import geopandas
    import pandas as pd

    circles = pd.DataFrame({"longitude": [], "latitude": [], "radius_m": [], "outcome": pd.Series([], dtype=object)})
    lines = pd.DataFrame({c: pd.Series([], dtype=object) for c in ("incident_id", "launch_id", "launch_name", "place")}
                         | {"distance_m": pd.Series([], dtype=float)})
    return {"uncertainty": geopandas.GeoDataFrame(circles, geometry=geopandas.GeoSeries([], crs=settings.CRS)),
            "trajectories": geopandas.GeoDataFrame(lines, geometry=geopandas.GeoSeries([], crs=settings.CRS))}


def incident_layers(incidents: geopandas.GeoDataFrame) -> dict[str, geopandas.GeoDataFrame]:
    """The layers with a feature per incident (or per distinct circle): computed a part at a time at scale."""
    return {"incidents": incidents, "uncertainty": _uncertainty(incidents), "trajectories": trajectories(incidents)}


def build_layers(incidents: geopandas.GeoDataFrame, gazetteer: Gazetteer,
                 rings_m: Sequence[float] = DEFAULT_RINGS_M) -> dict[str, geopandas.GeoDataFrame]:
    """Every layer of the map and the GeoPackage, in a stable order."""
    per_incident = incident_layers(incidents)
    used = place_layers(gazetteer, rings_m, set(incidents["place_id"].dropna()), _counts(incidents, "target_id"),
                        _counts(incidents, "launch_id"), [incidents])
    return {
        "incidents": incidents,
        "uncertainty": per_incident["uncertainty"],
        "targets": used["targets"],
        "launch_sites": used["launch_sites"],
        "trajectories": per_incident["trajectories"],
        **{k: v for k, v in used.items() if k not in ("targets", "launch_sites")},
    }


def place_layers(gazetteer: Gazetteer, rings_m: Sequence[float], place_ids: set[str], target_counts: dict[str, int],
                 launch_counts: dict[str, int], points: Sequence[geopandas.GeoDataFrame]
                 ) -> dict[str, geopandas.GeoDataFrame]:
    """The layers of the places the incidents use (targets and launch sites with their counts, rings, places,
    areas) and the geographic context of the region of `points` (frames with longitude/latitude columns)."""
    import geopandas
    import pandas as pd
    from shapely import wkt
    from shapely.geometry import Polygon

    targets, launches = _used(target_counts, gazetteer), _used(launch_counts, gazetteer)
    ring_rows = []
    for target in targets:
        for radius in sorted(rings_m):
            vertices = ring(target.longitude, target.latitude, radius)
            # The label sits at azimuth 0, the ring's northernmost vertex (longitude, latitude).
            ring_rows.append({"target_id": target.id, "target_name": target.name, "radius_m": float(radius),
                              "label": f"{format_radius(radius)} from {target.name}",
                              "label_longitude": vertices[0][0], "label_latitude": vertices[0][1],
                              "geometry": Polygon(vertices)})
    distance_rings = geopandas.GeoDataFrame(
        pd.DataFrame(ring_rows, columns=["target_id", "target_name", "radius_m", "label", "label_longitude",
                                         "label_latitude", "geometry"]),
        geometry="geometry", crs=settings.CRS)

    used_ids = set(place_ids) | set(target_counts) | set(launch_counts)
    used = [p for p in (gazetteer.get(pid) for pid in sorted(used_ids)) if p is not None]
    # An area a used place lies in (the Green Zone around the embassy) is drawn too.
    area_places = {p.id: p for p in used if p.polygon}
    for p in used:
        for ancestor in gazetteer.ancestors(p):
            if ancestor.polygon:
                area_places.setdefault(ancestor.id, ancestor)
    area_rows = [{"id": p.id, "name": p.name, "source": p.source, "geometry": wkt.loads(p.polygon)}
                 for p in sorted(area_places.values(), key=lambda p: p.id)]
    areas = geopandas.GeoDataFrame(pd.DataFrame(area_rows, columns=["id", "name", "source", "geometry"]),
                                   geometry="geometry", crs=settings.CRS)
    target_points, launch_points = _points(targets, target_counts), _points(launches, launch_counts)
    box = region([*points, target_points, launch_points])
    return {
        "targets": target_points,
        "launch_sites": launch_points,
        "distance_rings": distance_rings,
        "places": _points(used),
        "areas": areas,
        **context_layers(box, gazetteer.units.places if box else [], gazetteer.places),
    }
