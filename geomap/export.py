"""Write the layers to GIS files: a multi-layer GeoPackage and a GeoJSON of the incidents.

Only this module writes GIS formats. Writers put their bytes in the path they are given; the build
writes into a temporary folder and moves finished files into place (see `build`).
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import celltext
from .celltext import spreadsheet_safe
from .errors import Problem, UsageError
from .memory import release_arrow_freed, release_freed

if TYPE_CHECKING:
    import geopandas
    import pyarrow as pa

GEOPACKAGE_LAYERS = ("incidents", "uncertainty", "targets", "launch_sites", "trajectories", "distance_rings",
                     "places", "areas", "context_countries", "context_governorates", "context_rivers",
                     "context_labels")
GEOMETRY_TYPES = {"incidents": "Point", "targets": "Point", "launch_sites": "Point", "places": "Point",
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

    out = frame.copy(deep=False)  # the date column is replaced, never written into: no column need be copied
    if "date" in out.columns:
        out["date"] = pd.array(list(out["date"]), dtype=pd.ArrowDtype(pa.date32()))
    return out


def write_geopackage(layers: Mapping[str, geopandas.GeoDataFrame], path: Path,
                     names: Sequence[str] = GEOPACKAGE_LAYERS, *, styles: bool = True) -> None:
    """The layers `names` (all by default) into one GeoPackage (EPSG:4326, spatial index on each), with the
    QGIS default style of each layer (unless `styles` is False: the caller adds layers, then the styles)."""
    timestamp = build_timestamp()
    with _gdal_current_date(timestamp):
        for name in names:
            frame, geometry_type = _gdal_layer(layers[name], name)
            _write_layer(_layer_batches(frame), path, name, geometry_type, _crs_of(frame))
    if styles:
        from .qgis_styles import write_styles

        write_styles(path, list(names), timestamp)


_GPKG_OPTIONS: dict = {"dataset_options": {"VERSION": GPKG_VERSION}, "layer_options": {"SPATIAL_INDEX": "YES"}}


def _write_layer(batches: pa.RecordBatchReader, path: Path, name: str, geometry_type: str, crs: str) -> None:
    import pyogrio

    pyogrio.write_arrow(batches, path, layer=name, driver="GPKG", geometry_name="geometry",
                        geometry_type=geometry_type, crs=crs, **_GPKG_OPTIONS)


def _crs_of(frame: geopandas.GeoDataFrame) -> str:
    return f"EPSG:{frame.crs.to_epsg() if frame.crs is not None else 4326}"


@contextmanager
def _gdal_current_date(timestamp: str) -> Iterator[None]:
    """GDAL stamps this date into the GeoPackage (so rebuilds give the same bytes); its options are global, so
    the previous value is restored."""
    import pyogrio

    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": timestamp})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def _gdal_layer(layer: geopandas.GeoDataFrame, name: str) -> tuple[geopandas.GeoDataFrame, str]:
    """The layer as GDAL takes it (see _for_gdal) and its geometry type."""
    frame = _for_gdal(layer)
    geometry_type = GEOMETRY_TYPES[name]
    if geometry_type == "Polygon" and len(frame) and (frame.geom_type == "MultiPolygon").any():
        # One type per layer, as the GeoPackage asks: an area in several parts (a governorate with
        # islands) makes the whole layer MultiPolygon.
        import shapely

        frame = frame.set_geometry(
            [shapely.multipolygons([g]) if g is not None and g.geom_type == "Polygon" else g
             for g in frame.geometry], crs=frame.crs)
        geometry_type = "MultiPolygon"
    return frame, geometry_type


def _layer_batches(frame: geopandas.GeoDataFrame) -> pa.RecordBatchReader:
    """A layer as Arrow batches of WRITE_CHUNK rows, its geometry as WKB: GDAL writes one batch while the next is
    made, so a million incidents' columns and circles are never all in Arrow form at once (they were the build's
    peak memory). The schema is the whole layer's; a column with no value at all is text."""
    import pandas as pd
    import pyarrow as pa
    import shapely

    geometry = frame.geometry.to_numpy()
    # The columns without the geometry, none copied (drop, then DataFrame, copied every block).
    data = pd.DataFrame({c: frame[c] for c in frame.columns if c != frame.geometry.name}, copy=False)
    fields = []
    for column in data.columns:
        # A column at a time: typing the whole frame at once converted every text column to Arrow together.
        try:
            field = pa.Schema.from_pandas(data[[column]], preserve_index=False).field(0)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            data[column] = data[column].astype("string")  # mixed values: written as text, as pyogrio does
            field = pa.field(column, pa.string())
        fields.append(field.with_type(pa.string()) if pa.types.is_null(field.type) else field)
    schema = pa.schema([*fields, pa.field("geometry", pa.binary())])

    def batches():
        for start in range(0, len(frame), WRITE_CHUNK):
            part = pa.Table.from_pandas(data.iloc[start:start + WRITE_CHUNK], preserve_index=False)
            wkb = pa.array(shapely.to_wkb(geometry[start:start + WRITE_CHUNK]), type=pa.binary())
            yield from part.append_column("geometry", wkb).replace_schema_metadata(None).cast(schema).to_batches()

    return pa.RecordBatchReader.from_batches(schema, batches())


def _feature_pieces(keys: Sequence[str]) -> list[str]:
    """The literal texts of one feature around its values: before each property's value, before the longitude,
    between longitude and latitude, and after the latitude."""
    pieces = [f'{{"type": "Feature", "properties": {{{keys[0]}: ' if keys else
              '{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [']
    pieces += [f", {k}: " for k in keys[1:]]
    if keys:
        pieces.append('}, "geometry": {"type": "Point", "coordinates": [')
    return [*pieces, ", ", "]}}"]


#: Rows converted and written at a time (GeoJSON and CSV): the text of a million rows is never all in memory.
WRITE_CHUNK = 50_000


def write_geojson(frame: geopandas.GeoDataFrame, path: Path) -> None:
    """The incidents as RFC 7946 GeoJSON: [longitude, latitude] exactly as computed (shortest round-trip
    text), properties in the frame's column order, missing values as null, one feature per line."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(GEOJSON_HEAD)
        write_geojson_features(f, frame, first=True)
        f.write(GEOJSON_TAIL)


GEOJSON_HEAD = '{"type": "FeatureCollection", "features": [\n'
GEOJSON_TAIL = "\n]}\n"


def write_geojson_features(handle: TextIO, frame: geopandas.GeoDataFrame, *, first: bool) -> None:
    """The frame's features, separated as write_geojson separates them (`first`: no separator before the first):
    a file is written a part at a time this way. Each chunk of rows is turned into text a column at a time
    (celltext), never a cell at a time."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    pieces = _feature_pieces([json.dumps(str(c), ensure_ascii=False) for c in columns])
    for start in range(0, len(frame), WRITE_CHUNK):
        part = frame.iloc[start:start + WRITE_CHUNK]
        values = [celltext.json_texts(part[c]) for c in columns]
        values += [celltext.coordinate_texts(part.geometry.x.to_numpy()),
                   celltext.coordinate_texts(part.geometry.y.to_numpy())]
        row = [p for pair in zip(pieces[:-1], values, strict=True) for p in pair] + [pieces[-1]]
        text = celltext.bytes_of(celltext.joined(row, ",\n"))
        if start or not first:
            handle.write(",\n")
        celltext.write_utf8(handle, text[:-2])
        del values, row, text
        release_arrow_freed()  # else each chunk's Arrow buffers pile up (+250 MiB at a million rows)
    release_freed()


def _csv_rows(frame: geopandas.GeoDataFrame, columns: Sequence[str]) -> pa.Array:
    """The frame's rows as CSV lines, each ending in CRLF (an Arrow string array)."""
    import pyarrow as pa

    cells = [celltext.csv_texts(frame[c]) for c in columns]
    if not cells:
        return pa.array(["\r\n"] * len(frame), pa.string())
    separated = [p for cell in cells for p in (cell, ",")][:-1]
    return celltext.joined(separated, "\r\n")


def csv_lines(frame: geopandas.GeoDataFrame) -> tuple[str, list[str]]:
    """The header line and one line per row (each ending in CRLF) of the incidents as CSV: every column but
    the geometry, no cell a spreadsheet would run. The map's "Download shown" joins the same lines."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    return csv_header(columns), _csv_rows(frame, columns).to_pylist()


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
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        write_csv_rows(f, frame, header=True)


def write_csv_rows(handle: TextIO, frame: geopandas.GeoDataFrame, *, header: bool) -> None:
    """The frame's rows as write_csv writes them (and its header line first when `header`): a file is written a
    part at a time this way."""
    columns = [c for c in frame.columns if c != frame.geometry.name]
    if header:
        handle.write(csv_header(columns))  # a header can be a formula too
    for start in range(0, len(frame), WRITE_CHUNK):  # a chunk of rows at a time, as for the GeoJSON
        celltext.write_utf8(handle, celltext.bytes_of(_csv_rows(frame.iloc[start:start + WRITE_CHUNK], columns)))
        release_arrow_freed()
    release_freed()


def csv_header(columns: Sequence[str]) -> str:
    """The header line write_csv writes for these columns (a header can be a formula too)."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([celltext.python_csv_cell(c) for c in columns])
    return buffer.getvalue()


def _unified(parts: Sequence[Path]):
    """The schema of GeoParquet files of the same columns (parts of one frame): a column with no value in one part
    takes the type the others give it; the geo metadata's bounding box covers every part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in parts]
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    geo = json.loads(schemas[0].metadata[b"geo"])
    boxes = [json.loads(s.metadata[b"geo"])["columns"]["geometry"].get("bbox") for s in schemas]
    boxes = [b for b in boxes if b and all(math.isfinite(v) for v in b)]
    column = geo["columns"]["geometry"]
    if boxes:
        column["bbox"] = [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                          max(b[3] for b in boxes)]
    column["geometry_types"] = sorted({t for s in schemas for t in json.loads(s.metadata[b"geo"])["columns"]
                                       ["geometry"]["geometry_types"]})
    # The pandas metadata of the first part, so that geopandas reads the columns back with their types.
    return schema.with_metadata({b"geo": json.dumps(geo).encode(),
                                 b"pandas": schemas[0].metadata.get(b"pandas", b"{}")})


def merge_parquet(parts: Sequence[Path], path: Path) -> int:
    """GeoParquet files of the same columns (parts of one frame, in order) as one GeoParquet file, a part at a
    time (see _unified). Returns the number of rows."""
    import pyarrow.parquet as pq

    schema = _unified(parts)
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for part in parts:
            table = pq.read_table(part)
            rows += table.num_rows
            writer.write_table(table.select(schema.names).cast(schema))
    return rows


def partitioned_parquet(parts: Sequence[Path], folder: Path) -> None:
    """GeoParquet files of the same columns as a partitioned dataset: `folder`/part.00000.parquet... (as Dask
    writes one), every file of the one schema (see _unified), so that any reader takes the folder as one table."""
    import pyarrow.parquet as pq

    schema = _unified(parts)
    folder.mkdir()
    for index, part in enumerate(parts):
        table = pq.read_table(part)
        pq.write_table(table.select(schema.names).cast(schema), folder / f"part.{index:05d}.parquet",
                       compression="zstd")


def parquet_into_geopackage(source: Path, path: Path, layer: str, geometry_type: str) -> None:
    """A GeoParquet file as a layer of the GeoPackage `path` (EPSG:4326, spatial index), a batch at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    import pyogrio

    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")  # GDAL's options are global: restore them
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": build_timestamp()})
    try:
        reader = pq.ParquetFile(source)
        # A column with no value at all is text in the GeoPackage (GDAL has no null type), as the default engine
        # writes it.
        schema = pa.schema([f.with_type(pa.string()) if pa.types.is_null(f.type) else f
                            for f in reader.schema_arrow.remove_metadata()])
        batches = pa.RecordBatchReader.from_batches(
            schema, (b.cast(schema) for b in reader.iter_batches(batch_size=WRITE_CHUNK)))
        pyogrio.write_arrow(batches, path, layer=layer, driver="GPKG", geometry_name="geometry",
                            geometry_type=geometry_type, crs="EPSG:4326", append=path.exists(),
                            dataset_options=None if path.exists() else {"VERSION": GPKG_VERSION},
                            layer_options={"SPATIAL_INDEX": "YES"})
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})

