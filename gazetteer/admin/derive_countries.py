"""Derive countries.csv (country outlines for the map's offline context) from Natural Earth, as Debian's
qgis-common ships it.

    make gazetteer   (or by hand:)
    gazetteer/admin/fetch_world_map.sh build/sources/world_map.gpkg
    python gazetteer/admin/derive_countries.py \
        build/sources/world_map.gpkg gazetteer/admin/countries.csv

Natural Earth 1:10m admin-0 (v4.1.0, public domain), generalized as QGIS 3.22 ships it: layer `countries`.
Kept: the countries that reach into REGION (the Middle East, from the Balkans to Pakistan and the Horn of
Africa), each clipped to REGION and simplified to TOLERANCE degrees (about 1 km: borders for context at the
scale of a governorate, not for analysis). Coordinates are rounded to 4 decimals (about 10 m).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

#: (west, south, east, north) in degrees: what the map's offline context can show.
REGION = (20.0, 10.0, 65.0, 45.0)
TOLERANCE = 0.01
#: The package version comes from fetch_world_map.sh (through make); 3.22 is Debian 12's.
SOURCE = ("Natural Earth 1:10m admin-0 v4.1.0 (public domain), countries in Debian qgis-common "
          f"{os.environ.get('QGIS_COMMON_VERSION', '3.22')} world_map.gpkg")


def main(gpkg: Path, out: Path) -> None:
    import pyogrio
    import shapely

    frame = pyogrio.read_dataframe(gpkg, layer="countries")
    box = shapely.box(*REGION)
    rows = []
    for _, country in frame.iterrows():
        if not country.geometry.intersects(box):
            continue
        clipped = shapely.clip_by_rect(country.geometry, *REGION)
        simple = shapely.set_precision(shapely.simplify(clipped, TOLERANCE, preserve_topology=True), 0.0001)
        if simple.is_empty:
            continue
        # One unit has neither name nor code in this layer (iso_a2 -1): its borders are kept, with no label.
        name = country["NAME"] if isinstance(country["NAME"], str) else ""
        code = country["iso_a2"] if isinstance(country["iso_a2"], str) and country["iso_a2"] != "-1" else ""
        rows.append({"iso_a2": code, "name": name,
                     "source": SOURCE, "polygon": shapely.to_wkt(simple, rounding_precision=4, trim=True)})
    rows.sort(key=lambda r: (r["iso_a2"], r["name"]))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["iso_a2", "name", "source", "polygon"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} countries -> {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
