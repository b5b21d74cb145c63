"""Write the layers to GIS files: a multi-layer GeoPackage and a GeoJSON of the incidents.

Only this module writes GIS formats. Writers put their bytes in the path they are given; the build
writes into a temporary folder and moves finished files into place (see `build`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem, UsageError

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

GEOPACKAGE_LAYERS = ("incidents", "uncertainty", "targets", "launch_sites", "trajectories", "distance_rings",
                     "places", "areas", "context_countries", "context_governorates", "context_rivers",
                     "context_labels")
_GEOMETRY_TYPES = {"incidents": "Point", "targets": "Point", "launch_sites": "Point", "places": "Point",
                   "uncertainty": "Polygon", "trajectories": "LineString", "distance_rings": "Polygon",
                   "areas": "Polygon", "context_countries": "MultiLineString",
                   "context_governorates": "MultiLineString", "context_rivers": "MultiLineString",
                   "context_labels": "Point"}
#: GeoPackage 1.2: read without warnings by the GDAL (3.6) and QGIS (3.22) of Debian stable.
GPKG_VERSION = "1.2"


def build_timestamp() -> str:
    """The time stamped into files: SOURCE_DATE_EPOCH when set, so rebuilds give identical bytes."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "946684800")  # default 2000-01-01T00:00:00Z
    try:
        epoch = int(raw)
        if not 0 <= epoch < 253402300800:  # up to 9999-12-31, what a timestamp can write
            raise ValueError
    except ValueError:
        raise UsageError(f"SOURCE_DATE_EPOCH={raw!r} is not a number of seconds since 1970 "
                         "(reproducible-builds.org)") from None
    # The GeoPackage standard's form, with milliseconds (its validator rejects a time without them).
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch))


def _for_gdal(frame: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Dates as Arrow date32 (a GeoPackage DATE column); everything else as it is."""
    import pandas as pd
    import pyarrow as pa

    out = frame.copy()
    if "date" in out.columns:
        out["date"] = pd.array(list(out["date"]), dtype=pd.ArrowDtype(pa.date32()))
    return out


def write_geopackage(layers: Mapping[str, geopandas.GeoDataFrame], path: Path,
                     names: Sequence[str] = GEOPACKAGE_LAYERS) -> None:
    """The layers `names` (all by default) into one GeoPackage (EPSG:4326, spatial index on each), with the
    QGIS default style of each layer."""
    import pyogrio

    from .qgis_styles import write_styles

    timestamp = build_timestamp()
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")  # GDAL's options are global: restore them
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": timestamp})
    try:
        for name in names:
            frame = _for_gdal(layers[name])
            geometry_type = _GEOMETRY_TYPES[name]
            if geometry_type == "Polygon" and len(frame) and (frame.geom_type == "MultiPolygon").any():
                # One type per layer, as the GeoPackage asks: an area in several parts (a governorate with
                # islands) makes the whole layer MultiPolygon.
                import shapely

                frame = frame.set_geometry(
                    [shapely.multipolygons([g]) if g is not None and g.geom_type == "Polygon" else g
                     for g in frame.geometry], crs=frame.crs)
                geometry_type = "MultiPolygon"
            pyogrio.write_dataframe(
                frame, path, layer=name, driver="GPKG", use_arrow=True, geometry_type=geometry_type,
                dataset_options={"VERSION": GPKG_VERSION}, layer_options={"SPATIAL_INDEX": "YES"},
            )
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
    write_styles(path, list(names), timestamp)


def _json_value(value: object) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "null"
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    if hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    return json.dumps(value, ensure_ascii=False)


def _converted(values: list[object], convert: Callable[[object], str]) -> list[str]:
    """`convert` applied to each value of a column, each distinct value converted once."""
    done: dict[object, str] = {}
    out = []
    for value in values:
        try:
            out.append(done[value])
        except KeyError:
            done[value] = text = convert(value)
            out.append(text)
        except TypeError:  # unhashable: convert directly
            out.append(convert(value))
    return out


def _column_texts(column: pd.Series, convert: Callable[[object], str]) -> list[str]:
    """`convert` applied to each value of a column, with the same text: floats (a million distinct ones) by
    float's own shortest round-trip repr, as `convert` writes them, and whole numbers, a column at a time; the
    rest through _converted."""
    import numpy as np

    if column.dtype == np.float64:
        values = column.to_numpy()
        texts = np.array(list(map(float.__repr__, values.tolist())), dtype=object)
        texts[np.isnan(values)] = convert(math.nan)
        for i in np.flatnonzero(np.isinf(values)).tolist():
            texts[i] = convert(float(values[i]))
        return texts.tolist()
    if str(column.dtype) == "Int64":
        missing = convert(None)
        return [missing if v is None else str(v) for v in column.to_numpy(dtype=object, na_value=None).tolist()]
    return _converted(column.tolist(), convert)


def _feature_template(keys: Sequence[str]) -> str:
    """A str.format template of one feature: the properties' values, then longitude and latitude."""
    def braces(text: str) -> str:
        return text.replace("{", "{{").replace("}", "}}")

    properties = ", ".join(f"{braces(k)}: {{}}" for k in keys)
    return ('{{"type": "Feature", "properties": {{' + properties
            + '}}, "geometry": {{"type": "Point", "coordinates": [{}, {}]}}}}')


#: Rows converted and written at a time (GeoJSON and CSV): the text of a million rows is never all in memory.
WRITE_CHUNK = 50_000


def write_geojson(frame: geopandas.GeoDataFrame, path: Path) -> None:
    """The incidents as RFC 7946 GeoJSON: [longitude, latitude] exactly as computed (shortest round-trip
    text), properties in the frame's column order, missing values as null, one feature per line."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    feature = _feature_template([json.dumps(str(c), ensure_ascii=False) for c in columns]).format
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n')
        for start in range(0, len(frame), WRITE_CHUNK):
            part = frame.iloc[start:start + WRITE_CHUNK]
            cells = [_column_texts(part[c], _json_value) for c in columns]
            cells.append(list(map(float.__repr__, part.geometry.x.tolist())))
            cells.append(list(map(float.__repr__, part.geometry.y.tolist())))
            if start:
                f.write(",\n")
            f.write(",\n".join(feature(*values) for values in zip(*cells, strict=True)))
        f.write("\n]}\n")


#: A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """Text a spreadsheet shows as text: a leading ' before =, +, -, @, tab or carriage return (OWASP)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: object) -> str:
    import pandas as pd  # already imported by the frame being written; kept off geomap's start-up path

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # shortest text that reads back as the same float; numbers are never neutralized
    return str(value)


def csv_lines(frame: geopandas.GeoDataFrame) -> tuple[str, list[str]]:
    """The header line and one line per row (each ending in CRLF) of the incidents as CSV: every column but
    the geometry, no cell a spreadsheet would run. The map's "Download shown" joins the same lines."""
    import csv
    import io

    columns = [c for c in frame.columns if c != frame.geometry.name]
    cells = [_converted(frame[c].tolist(), _csv_cell) for c in columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def line(values: Sequence[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    return line([_csv_cell(c) for c in columns]), [line(row) for row in zip(*cells, strict=True)]


def write_geoparquet(frame: geopandas.GeoDataFrame, path: Path) -> None:
    """The incidents as GeoParquet (1.0, EPSG:4326, WKB points; zstd): what DuckDB, QGIS and geopandas read at
    a million rows in a second, with dates as dates and whole numbers as numbers. No timestamp is written, so
    the same frame gives the same bytes."""
    frame.to_parquet(path, index=False, compression="zstd", schema_version="1.0.0")


def write_problems(problems: Sequence[Problem], path: Path) -> None:
    """Every problem of a refused build as CSV (file, row, column, problem; UTF-8 with a BOM, spreadsheet-safe
    cells), for fixing a large file in a spreadsheet; written atomically (a temporary file, then os.replace)."""
    import csv

    from .files import atomic_open

    with atomic_open(path, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(["file", "row", "column", "problem"])
        writer.writerows([spreadsheet_safe(p.file), "" if p.row is None else str(p.row),
                          spreadsheet_safe(p.column or ""), spreadsheet_safe(p.message)] for p in problems)


def write_csv(frame: geopandas.GeoDataFrame, path: Path) -> None:
    """The incidents as CSV for spreadsheets: the cells of csv_lines, written in one pass (a million rows),
    UTF-8 with a BOM so Excel reads it as UTF-8."""
    import csv

    columns = [c for c in frame.columns if c != frame.geometry.name]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([_csv_cell(c) for c in columns])  # a header can be a formula too
        for start in range(0, len(frame), WRITE_CHUNK):  # a chunk of rows at a time, as for the GeoJSON
            part = frame.iloc[start:start + WRITE_CHUNK]
            writer.writerows(zip(*[_column_texts(part[c], _csv_cell) for c in columns], strict=True))
