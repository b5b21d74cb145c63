"""Take the UCDP benchmark's coordinates out of the tracked gazetteer and evaluation files.

    python gazetteer/admin/clear_benchmark_points.py ../shared/benchmarks/ucdp-syria

The benchmark in ../shared measures geomap; it must not live in the repository. The outline files
(`admin1.csv`, `countries.csv`, `rivers.csv`) are not in it: make derives them from Natural Earth on each
machine. In the point files (`places.csv`, `evaluation/gazetteer_heldout.csv`) a row goes when its own pair
of numbers, or a pair of numbers or degrees printed in its source, lies within POINT_M of a benchmark point,
read either way round (latitude/longitude or longitude/latitude). Rows are taken out, never moved; a child keeps its
point and loses the parent that went.

It prints what it took out. Run again, it takes out nothing.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

POINT_M = 250.0
ROOT = Path(__file__).resolve().parents[2]
_CELL = 20  # grid cells per degree (about 5 km)
_NUMBER_PAIR = re.compile(r"(-?\d{1,3}\.\d+)[,;\s/]+(-?\d{1,3}\.\d+)")
_DMS = re.compile(r"(\d{1,3})°\s*(\d{1,2})?[′']?\s*(\d{1,2}(?:[.,]\d+)?)?[″\"]?\s*([NSEW])")


def benchmark_points(folder: Path) -> list[tuple[float, float]]:
    """Every (latitude, longitude) the benchmark holds: its names' points and all their coordinates, and the
    events' points."""
    csv.field_size_limit(10**9)
    points: set[tuple[float, float]] = set()
    with (folder / "names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            points.add((float(row["latitude"]), float(row["longitude"])))
            for pair in row["all_coordinates"].split(";"):
                numbers = pair.split()
                if len(numbers) == 2:
                    points.add((float(numbers[0]), float(numbers[1])))
    for events in folder.glob("ged_*.csv"):
        with events.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                points.add((float(row["latitude"]), float(row["longitude"])))
    return sorted(points)


class Near:
    """Is a (latitude, longitude) within some metres of a benchmark point? A grid of cells keeps it linear."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
        for lat, lon in points:
            self.cells[(math.floor(lat * _CELL), math.floor(lon * _CELL))].append((lat, lon))

    def __call__(self, lat: float, lon: float, metres: float) -> bool:
        i, j = math.floor(lat * _CELL), math.floor(lon * _CELL)
        k = math.cos(math.radians(lat)) * 111_195.0
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for p_lat, p_lon in self.cells.get((i + di, j + dj), ()):
                    if ((p_lat - lat) * 111_195.0) ** 2 + ((p_lon - lon) * k) ** 2 <= metres * metres:
                        return True
        return False

    def either_way(self, a: float, b: float, metres: float) -> bool:
        return self(a, b, metres) or self(b, a, metres)


def _degrees(text: str) -> list[float]:
    values = []
    for d, m, s, hemisphere in _DMS.findall(text):
        value = int(d) + int(m or 0) / 60 + float((s or "0").replace(",", ".")) / 3600
        values.append(-value if hemisphere in "SW" else value)
    return values


def _row_pairs(row: dict[str, str], lat_key: str, lon_key: str) -> list[tuple[float, float]]:
    pairs = [(float(row[lat_key]), float(row[lon_key]))]
    text = " ".join(v for k, v in row.items() if k not in (lat_key, lon_key) and v)
    pairs += [(float(a), float(b)) for a, b in _NUMBER_PAIR.findall(text)]
    degrees = _degrees(text)
    pairs += list(itertools.pairwise(degrees))
    return pairs


def clear_points(path: Path, near: Near, lat_key: str, lon_key: str, id_key: str) -> list[str]:
    """Take out the rows near a benchmark point; their `id_key` values."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    gone = [row for row in rows
            if any(near.either_way(a, b, POINT_M) for a, b in _row_pairs(row, lat_key, lon_key))]
    kept = [row for row in rows if row not in gone]
    gone_ids = {row[id_key] for row in gone}
    for row in kept:
        if row.get("parent") in gone_ids:
            row["parent"] = ""  # the child keeps its own point
    _write(path, fields, kept)
    return [row[id_key] for row in gone]


def _write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(folder: Path) -> None:
    near = Near(benchmark_points(folder))
    gone = clear_points(ROOT / "gazetteer" / "places.csv", near, "latitude", "longitude", "id")
    print(f"places.csv: {len(gone)} rows out: {', '.join(gone)}")
    gone = clear_points(ROOT / "evaluation" / "gazetteer_heldout.csv", near, "expected_latitude",
                        "expected_longitude", "query")
    print(f"gazetteer_heldout.csv: {len(gone)} rows out: {', '.join(gone)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
