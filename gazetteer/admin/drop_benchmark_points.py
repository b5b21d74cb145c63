"""Keep the benchmark's coordinates out of the outline files: drop every outline vertex (and report every unit
point) within DISTANCE_M of a point of the UCDP benchmark in ../shared.

    python gazetteer/admin/drop_benchmark_points.py ../shared/benchmarks/ucdp-syria \
        gazetteer/admin/admin1.csv gazetteer/admin/countries.csv

The benchmark measures geomap and never feeds it (see its README): its points are read here only to make sure
that none of them, nor any point close to one, is written into the repository. Run after the derive scripts.
A Natural Earth outline loses a vertex here and there (a few hundred metres of a border drawn straighter); a
unit's point that falls this close is reported, to be moved by hand, never moved silently.
"""

from __future__ import annotations

import csv
import math
import sys
from collections import defaultdict
from pathlib import Path

DISTANCE_M = 500.0


def benchmark_points(folder: Path) -> dict[tuple[int, int], list[tuple[float, float]]]:
    """The benchmark's (latitude, longitude) points, in cells of a tenth of a degree."""
    points: set[tuple[float, float]] = set()
    with (folder / "names.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            points.add((float(row["latitude"]), float(row["longitude"])))
            for pair in (row["all_coordinates"] or "").split(";"):
                if pair.strip():
                    lat, lon = pair.split()[:2]
                    points.add((float(lat), float(lon)))
    for name in sorted(folder.glob("ged_*.csv")):
        with name.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                try:
                    points.add((float(row["latitude"]), float(row["longitude"])))
                except ValueError:
                    continue
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon in points:
        cells[(math.floor(lat * 10), math.floor(lon * 10))].append((lat, lon))
    return cells


def near(cells, lat: float, lon: float) -> bool:
    """Is (lat, lon), in either order, within DISTANCE_M of a benchmark point? (Equirectangular metres: exact
    enough at this distance.)"""
    for a, b in ((lat, lon), (lon, lat)):
        if not (-90 <= a <= 90 and -180 <= b <= 180):
            continue
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for p in cells.get((math.floor(a * 10) + dy, math.floor(b * 10) + dx), ()):
                    if math.hypot((p[0] - a) * 111_320, (p[1] - b) * 111_320 * math.cos(math.radians(a))) \
                            <= DISTANCE_M:
                        return True
    return False


def clean_polygon(cells, text: str) -> tuple[str, int]:
    """The WKT with every vertex near a benchmark point dropped (rings keep at least four vertices)."""
    import shapely
    from shapely import wkt

    geometry = wkt.loads(text)
    dropped = 0

    def bad(vertices, i):
        # A vertex, and the text around it: "lon_i lat_i, lon_j lat_j" also reads as (lat_i, lon_j).
        lon, lat = vertices[i]
        following, previous = vertices[(i + 1) % len(vertices)], vertices[i - 1]
        return near(cells, lat, lon) or near(cells, lat, following[0]) or near(cells, previous[1], lon)

    def ring(coords):
        nonlocal dropped
        vertices = list(coords[:-1])
        while len(vertices) > 3:  # dropping one changes its neighbours' text: until none is near
            flagged = [i for i in range(len(vertices)) if bad(vertices, i)]
            if not flagged:
                break
            dropped += 1
            del vertices[flagged[0]]
        return [*vertices, vertices[0]]

    polygons = []
    for polygon in shapely.get_parts(geometry):
        polygons.append(shapely.Polygon(ring(list(polygon.exterior.coords)),
                                        [ring(list(r.coords)) for r in polygon.interiors]))
    cleaned = shapely.multipolygons(polygons) if geometry.geom_type == "MultiPolygon" else polygons[0]
    return shapely.to_wkt(cleaned, rounding_precision=4, trim=True), dropped


def main(folder: Path, files: list[Path]) -> None:
    cells = benchmark_points(folder)
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = list(reader.fieldnames or [])
            rows = list(reader)
        total = 0
        for row in rows:
            if row.get("polygon"):
                row["polygon"], dropped = clean_polygon(cells, row["polygon"])
                total += dropped
            if row.get("latitude") and near(cells, float(row["latitude"]), float(row["longitude"])):
                print(f"{path}: {row.get('id')}: its point lies within {DISTANCE_M:.0f} m of a benchmark point: "
                      "move it by hand")
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        print(f"{path}: {total} vertices dropped")


if __name__ == "__main__":
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
