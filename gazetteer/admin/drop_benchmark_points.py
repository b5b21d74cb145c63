"""Keep the benchmark's coordinates out of the gazetteer files: no vertex of an outline, and no two neighbouring
numbers of a point file, may lie within DISTANCE_M of a point of the UCDP benchmark in ../shared, and no edge of
an outline may pass within EDGE_DISTANCE_M of one.

    python gazetteer/admin/drop_benchmark_points.py ../shared/benchmarks/ucdp-syria \
        gazetteer/admin/admin1.csv gazetteer/admin/countries.csv gazetteer/admin/rivers.csv \
        --rows gazetteer/places.csv evaluation/gazetteer_heldout.csv

The benchmark measures geomap and never feeds it (see its README): its points are read here only to make sure
that none of them, nor any point close to one, is written into the repository. Run after the derive scripts.

Nothing is added: no vertex is made from a benchmark point (an arc drawn around one would hold its coordinates
as surely as a vertex on it), only source vertices are taken away. The file is read as text is read, number
after number: a vertex whose own two numbers, read either way round, lie within DISTANCE_M of a point is
dropped (a ring that would keep fewer than three vertices goes whole), as are two neighbouring vertices whose
latitude and longitude read together lie within CROSS_DISTANCE_M, and a pair of numbers of any other field,
read either way round, is reported. A unit's own point (the centre of the widest circle inside it) that is near
is moved, by the least distance in whole half-kilometres along one of eight bearings that keeps it inside the
outline and clear, its radius widened to still reach the farthest vertex, and its `source` says so. An outline
that lost vertices keeps its source's other vertices: near a benchmark point its edge is a straight line
between them.

Files after `--rows` hold sourced points (the curated gazetteer, labelled names): a point is never moved, since
its source gives it; a row with a pair of its own numbers within POINT_DISTANCE_M of a benchmark point (or a pair
across its edge with the next row within CROSS_DISTANCE_M) is taken out whole, and a row whose `parent` it was
loses the parent, not its point. An outline such a row carries (the Green Zone's) loses vertices as above.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

DISTANCE_M = 3000.0
POINT_DISTANCE_M = 3000.0
#: A latitude beside the next vertex's longitude is no point of the file, but a reader of the text could take it
#: for one: no such pair comes this close to a benchmark point either (at DISTANCE_M it would empty Idlib's
#: outline).
CROSS_DISTANCE_M = 1000.0
#: No edge of an outline (the straight line between two kept vertices) passes this close to a benchmark point
#: either: a border or a river drawn through one holds its position as a vertex on it would.
EDGE_DISTANCE_M = 600.0
#: Every decimal number, as a reader of the text would take it.
NUMBER = re.compile(r"-?\d+\.\d+")

Vertex = tuple[int, int, int, int]  # (row, polygon, ring, vertex); for a line: (row, part, 0, vertex)
#: The fields that hold a row's geometry as WKT.
SHAPES = ("polygon", "line")


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


def near(cells, a: float, b: float, distance: float = DISTANCE_M, *, either: bool = True) -> bool:
    """Is the pair (latitude a, longitude b; with `either`, read either way round) within DISTANCE_M of a
    benchmark point? (Equirectangular metres: exact enough at this distance; the neighbouring cells of a tenth of
    a degree reach more than 8 km around.)"""
    for lat, lon in ((a, b), (b, a)) if either else ((a, b),):
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for p in cells.get((math.floor(lat * 10) + dy, math.floor(lon * 10) + dx), ()):
                    if math.hypot((p[0] - lat) * 111_320, (p[1] - lon) * 111_320 * math.cos(math.radians(lat))) \
                            <= distance:
                        return True
    return False


def _text(value: float) -> str:
    """A coordinate as the WKT is written (4 decimals, trailing zeros trimmed)."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _polygons(geometry) -> list[list[list[tuple[float, float]]]]:
    """A (Multi)Polygon as polygons of rings of open vertex lists (the closing vertex left out)."""
    import shapely

    return [[list(ring.coords)[:-1] for ring in (part.exterior, *part.interiors)]
            for part in shapely.get_parts(geometry) if part.geom_type == "Polygon"]


def _valid(polygons: list[list[list[tuple[float, float]]]]):
    """The polygons as one valid geometry on the file's grid of 1e-4 degree: a vertex dropped can make a ring
    cross itself or its neighbour, which make_valid splits where it crosses."""
    import shapely

    geometry = _geometry(polygons)
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    geometry = shapely.set_precision(geometry, 0.0001)
    # make_valid may give a collection that holds a MultiPolygon: its parts' parts are the polygons.
    polygonal = [p for p in shapely.get_parts(shapely.get_parts(geometry))
                 if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.multipolygons(polygonal)


def _geometry(polygons: list[list[list[tuple[float, float]]]]):
    import shapely

    return shapely.multipolygons([shapely.Polygon([*rings[0], rings[0][0]], [[*r, r[0]] for r in rings[1:]])
                                  for rings in polygons])


def _wkt(geometry, multi: bool) -> str:
    import shapely

    if not multi and len(shapely.get_parts(geometry)) == 1:
        geometry = shapely.get_parts(geometry)[0]
    return shapely.to_wkt(geometry, rounding_precision=4, trim=True)


def _lines(geometry) -> list[list[list[tuple[float, float]]]]:
    """A (Multi)LineString as parts of one vertex list each (the shape _polygons gives, without closing)."""
    import shapely

    return [[list(part.coords)] for part in shapely.get_parts(geometry) if part.geom_type == "LineString"]


def _tokens(rows: list[dict[str, str]], fields: list[str],
            outlines: dict[int, list]) -> list[tuple[float, Vertex | None, int | None]]:
    """Every decimal number of the file in reading order, with the vertex it belongs to (None: another field) and
    which of the vertex's numbers it is (0: longitude, 1: latitude)."""
    tokens: list[tuple[float, Vertex | None, int | None]] = []
    for r, row in enumerate(rows):
        for field in fields:
            if field in SHAPES and r in outlines:
                closing = (0,) if field == "polygon" else ()  # a ring closes on its first vertex; a line does not
                for p, rings in enumerate(outlines[r]):
                    for g, ring in enumerate(rings):
                        for v in (*range(len(ring)), *closing):
                            for axis, value in enumerate(ring[v]):
                                if "." in _text(value):
                                    tokens.append((value, (r, p, g, v), axis))
            else:
                tokens += [(float(m.group()), None, None) for m in NUMBER.finditer(row.get(field) or "")]
    return tokens


def move_point(cells, row: dict[str, str]) -> bool:
    """Move a unit's point that is near a benchmark point (see the module docstring); False when none fits."""
    import shapely
    from pyproj import Geod

    lat, lon = float(row["latitude"]), float(row["longitude"])
    if not near(cells, lat, lon):
        return True
    geod = Geod(ellps="WGS84")
    outline = shapely.from_wkt(row["polygon"]) if row.get("polygon") else None
    for step in range(1, 41):
        for azimuth in range(0, 360, 45):
            x, y, _ = geod.fwd(lon, lat, azimuth, step * 500.0)
            x, y = round(x, 5), round(y, 5)
            if near(cells, y, x) or (outline is not None and not outline.contains(shapely.Point(x, y))):
                continue
            if outline is not None:
                ring = shapely.get_coordinates(outline.boundary)
                _, _, dist = geod.inv([x] * len(ring), [y] * len(ring), ring[:, 0], ring[:, 1])
                row["uncertainty_m"] = str(max(int(row["uncertainty_m"]), int(max(dist) // 1000 + 1) * 1000))
            else:  # no outline to reach: the radius grows by the move, so it still covers what it covered
                row["uncertainty_m"] = str(int(row["uncertainty_m"]) + int(step * 500))
            row["latitude"], row["longitude"] = _text5(y), _text5(x)
            row["source"] += (f"; point moved {step * 0.5:g} km at azimuth {azimuth} from that centre, to keep clear "
                              "of the UCDP benchmark's points (drop_benchmark_points.py)")
            return True
    return False


def _text5(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _line_wkt(parts: list[list[list[tuple[float, float]]]]) -> str:
    import shapely

    return shapely.to_wkt(shapely.multilinestrings([shapely.LineString(rings[0]) for rings in parts]),
                          rounding_precision=4, trim=True)


def _rebuild(rows: list[dict[str, str]], outlines: dict[int, list], r: int, line: bool, file: str) -> list[str]:
    """Row r's shape after vertices went: a part too small to keep goes whole (a ring of fewer than three
    vertices, a line of fewer than two); a row whose parts all went keeps no shape, which is reported."""
    if line:
        outlines[r] = [rings for rings in outlines[r] if rings[0]]
    else:
        # An outline whose outer rings all went keeps no polygon.
        polygons = [[ring for ring in rings if ring] for rings in outlines[r] if rings[0]]
        outlines[r] = _polygons(_valid(polygons)) if polygons else []
    if outlines[r]:
        return []
    del outlines[r]
    rows[r]["line" if line else "polygon"] = ""
    if line:
        return [f"{file}: {rows[r]['id']}: every part of the line lay near a benchmark point"]
    return [f"{file}: {rows[r].get('id') or rows[r].get('iso_a2')}: every part of its outline lay "
            "near a benchmark point; it keeps its point and radius, no outline"]


def _doomed(cells, tokens, by_hand: list[str], file: str) -> dict[tuple[int, int, int], set[int]]:
    """The vertices to drop, by ring, for the neighbouring pairs of numbers near a benchmark point; a pair of
    no outline is added to `by_hand`."""
    doomed: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    for (a, owner_a, axis_a), (b, owner_b, axis_b) in itertools.pairwise(tokens):
        # Two numbers of an outline: one vertex's longitude and latitude, or a latitude and the next vertex's
        # longitude (CROSS_DISTANCE_M, both vertices go); any pair is read either way round.
        if axis_a is not None and axis_b is not None and owner_a != owner_b:
            if near(cells, a, b, CROSS_DISTANCE_M):
                doomed[owner_a[:3]].add(owner_a[3])
                doomed[owner_b[:3]].add(owner_b[3])
            continue
        if not near(cells, a, b):
            continue
        owner = owner_a or owner_b
        if owner is None:
            by_hand.append(f"{file}: the numbers {a}, {b} lie within {DISTANCE_M:.0f} m of a benchmark point")
            continue
        doomed[owner[:3]].add(owner[3])
    return doomed


def _segment_m(lat: float, lon: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """Metres from (lat, lon) to the segment a-b of (longitude, latitude) vertices: the least of two readings,
    equirectangular about the point and with each vertex scaled at its own latitude (they part on edges of a
    hundred kilometres, and a reader may take either)."""
    def reach(ax: float, ay: float, bx: float, by: float) -> float:
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        return math.hypot(ax + t * dx, ay + t * dy)

    kx, ky = 111_320 * math.cos(math.radians(lat)), 111_320
    about_point = reach((a[0] - lon) * kx, (a[1] - lat) * ky, (b[0] - lon) * kx, (b[1] - lat) * ky)

    def x(p: tuple[float, float]) -> float:
        return (p[0] - lon) * 111_320 * math.cos(math.radians(p[1]))

    about_vertices = reach(x(a), (a[1] - lat) * ky, x(b), (b[1] - lat) * ky)
    return min(about_point, about_vertices)


def _doomed_edges(cells, outlines: dict[int, list], lines: set[int]) -> dict[tuple[int, int, int], set[int]]:
    """For each edge that passes within EDGE_DISTANCE_M of a benchmark point, its end nearer that point."""
    doomed: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    for r, parts in outlines.items():
        for p, rings in enumerate(parts):
            for g, ring in enumerate(rings):
                ends = range(len(ring) - 1) if r in lines else range(len(ring))
                for i in ends:
                    j = (i + 1) % len(ring)
                    a, b = ring[i], ring[j]
                    lats = range(math.floor(min(a[1], b[1]) * 10) - 1, math.floor(max(a[1], b[1]) * 10) + 2)
                    lons = range(math.floor(min(a[0], b[0]) * 10) - 1, math.floor(max(a[0], b[0]) * 10) + 2)
                    for point in (q for y in lats for x in lons for q in cells.get((y, x), ())):
                        if _segment_m(*point, a, b) <= EDGE_DISTANCE_M:
                            nearer = i if math.hypot(a[0] - point[1], a[1] - point[0]) <= math.hypot(
                                b[0] - point[1], b[1] - point[0]) else j
                            doomed[(r, p, g)].add(nearer)
                            break
    return doomed


def clean(cells, rows: list[dict[str, str]], fields: list[str], file: str, *,
          move_points: bool = True) -> tuple[int, list[str]]:
    """Drop vertices until no neighbouring pair of the file's numbers is near a benchmark point; returns the
    number of vertices dropped and what could not be cleaned (to be moved by hand). With `move_points` False (a
    file of sourced points) only the outlines are read."""
    by_hand = [f"{file}: {row['id']}: no point near its own lies inside its outline and clear: move it by hand"
               for row in rows if move_points and row.get("latitude") and not move_point(cells, row)]
    if not move_points:
        fields = [f for f in fields if f in SHAPES]
    from shapely import wkt

    outlines = {}
    lines: set[int] = set()
    for r, row in enumerate(rows):
        if row.get("polygon"):
            # Read as written (a valid outline's text is left as it is), made valid only where it is not.
            geometry = wkt.loads(row["polygon"])
            outlines[r] = _polygons(geometry if geometry.is_valid else _valid(_polygons(geometry)))
        elif row.get("line"):
            outlines[r] = _lines(wkt.loads(row["line"]))
            lines.add(r)
    multi = {r: rows[r]["polygon"].startswith("MULTIPOLYGON") for r in outlines if r not in lines}
    dropped = 0
    while True:
        doomed = _doomed(cells, _tokens(rows, fields, outlines), by_hand, file)
        for ring, ends in _doomed_edges(cells, outlines, lines).items():
            doomed[ring] |= ends
        if not doomed:
            break
        for (r, p, g), vertices in doomed.items():
            ring = outlines[r][p][g]
            kept = [x for i, x in enumerate(ring) if i not in vertices]
            dropped += len(ring) - len(kept)
            outlines[r][p][g] = kept if len(kept) >= (2 if r in lines else 3) else []
        for r in {r for r, _, _ in doomed}:
            by_hand += _rebuild(rows, outlines, r, r in lines, file)
    for r, polygons in outlines.items():
        if r in lines:
            rows[r]["line"] = _line_wkt(polygons)
        else:
            rows[r]["polygon"] = _wkt(_geometry(polygons), multi[r])
    return dropped, sorted(set(by_hand))


#: Degrees, minutes and seconds as sources print them: "35°53′07″N".
DMS = re.compile(r"(\d{1,3})°\s*(?:(\d{1,2}(?:\.\d+)?)[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)[″\"]\s*)?([NSEW])")


def _dms_points(text: str) -> list[tuple[float, float]]:
    """(latitude, longitude) of each "N ... E" pair of degrees a text cites."""
    values = [(int(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600, m.group(4))
              for m in DMS.finditer(text)]
    return [(-a if ha == "S" else a, -b if hb == "W" else b)
            for (a, ha), (b, hb) in itertools.pairwise(values) if ha in "NS" and hb in "EW"]


def drop_rows(cells, rows: list[dict[str, str]], fields: list[str]) -> list[str]:
    """Take out the rows that hold a pair of numbers within POINT_DISTANCE_M of a benchmark point (or share one
    across their edge with the next row within CROSS_DISTANCE_M), or cite degrees that lie that close (a
    source's "35°53′07″N 38°44′50″E"); returns what went (an id, else the first field). Outlines are not read
    here: `clean` takes their vertices away."""
    fields = [f for f in fields if f not in SHAPES]
    tokens = [(float(m.group()), r) for r, row in enumerate(rows) for field in fields
              for m in NUMBER.finditer(row.get(field) or "")]
    doomed = {r for (a, ra), (b, rb) in itertools.pairwise(tokens)
              if near(cells, a, b, POINT_DISTANCE_M if ra == rb else CROSS_DISTANCE_M) for r in (ra, rb)}
    doomed |= {r for r, row in enumerate(rows) for field in fields
               if any(near(cells, lat, lon, POINT_DISTANCE_M) for lat, lon in _dms_points(row.get(field) or ""))}
    gone = [rows[r].get("id") or rows[r][fields[0]] for r in sorted(doomed)]
    rows[:] = [row for r, row in enumerate(rows) if r not in doomed]
    for row in rows:
        if row.get("parent") in gone:
            row["parent"] = ""
    return gone


def _rewrite(path: Path, change) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    report = change(rows, fields)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{path}: {report}")


def main(folder: Path, outline_files: list[Path], row_files: list[Path]) -> None:
    cells = benchmark_points(folder)
    csv.field_size_limit(2**31 - 1)
    for path in outline_files:
        def outlines(rows, fields, path=path):
            dropped, by_hand = clean(cells, rows, fields, str(path))
            return "\n".join([f"{dropped} vertices dropped", *by_hand])
        _rewrite(path, outlines)
    for path in row_files:
        def points(rows, fields, path=path):
            dropped, by_hand = clean(cells, rows, fields, str(path), move_points=False)
            gone = drop_rows(cells, rows, fields)
            return "\n".join([f"{dropped} outline vertices dropped; rows taken out: {', '.join(gone) or 'none'}",
                              *by_hand])
        _rewrite(path, points)


if __name__ == "__main__":
    arguments = sys.argv[2:]
    split = arguments.index("--rows") if "--rows" in arguments else len(arguments)
    main(Path(sys.argv[1]), [Path(p) for p in arguments[:split]], [Path(p) for p in arguments[split + 1:]])
