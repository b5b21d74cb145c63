"""Read incident files (CSV, TSV, YAML, GeoJSON, Excel, GeoParquet, GeoPackage) into raw records: (row number,
{column: text}); the field's datasets (ACLED, UCDP GED, GDELT) are recognised and put in geomap's columns
(see `formats`)."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import archives
from .errors import DataError, Problem, UsageError
from .formats import GDELT_COLUMNS, convert, detect, looks_like_gdelt

FORMATS = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".yaml": "yaml", ".yml": "yaml", ".geojson": "geojson",
           ".json": "geojson", ".xlsx": "xlsx", ".parquet": "table", ".geoparquet": "table", ".gpkg": "table"}
#: The longest cell an incident file may hold; a longer one is a mistake (a whole file pasted in a cell).
MAX_CELL = 100_000
#: YAML integers longer than this stay text (Python reads at most 4,300 digits; a count needs far fewer).
MAX_INTEGER_DIGITS = 100


@dataclass
class RawRecords:
    """What a file held, before validation; `row` numbers are what a user sees in an editor."""

    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    format: str = "geomap"  # or the dataset it was converted from: "acled", "ucdp", "gdelt"
    native: tuple[str, ...] = ()  # the dataset's own columns, which travel on beside geomap's
    notes: list[str] = field(default_factory=list)  # what a reader should know (rows left out, and why)


def _text(path: Path) -> str:
    """The file's text (decompressed when it is an archive): UTF-8 (with or without BOM) or UTF-16 with a BOM;
    anything else is refused clearly."""
    try:
        data = archives.read_bytes(path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    return decoded(path, data)


def decoded(path: Path, data: bytes) -> str:
    """`data`, the bytes of the file `path`, as text (see _text)."""
    if not data.strip():
        raise DataError([Problem(str(path), None, None, "is empty (expected a header row, then one incident per row)")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")  # Excel's "Unicode text" export
        except UnicodeDecodeError as exc:
            raise DataError([Problem(str(path), None, None, f"is not valid UTF-16 (at byte offset {exc.start})")]) \
                from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DataError([Problem(str(path), _line_of(data, nul), None,
                                 f"is a binary file (a NUL byte at offset {nul}), not CSV, YAML or GeoJSON text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError([Problem(str(path), _line_of(data, exc.start), None, _not_utf8(data, exc.start, path))]) \
            from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _not_utf8(data: bytes, offset: int, path: Path) -> str:
    """Name the byte, guess the legacy encoding it came from, and say how to convert."""
    guess = _guess_legacy_encoding(data)
    what = f"byte 0x{data[offset]:02X} at offset {offset} is not UTF-8"
    if guess is None:
        return f"{what}; is it a text file? Save it as UTF-8 (in Excel: Save As > CSV UTF-8)"
    codec, name = guess
    return (f"{what}; the file looks like {name}. Save it as UTF-8 (in Excel: Save As > CSV UTF-8), or convert "
            f"it: iconv -f {codec} -t UTF-8 '{path}' > converted.csv")


def _guess_legacy_encoding(data: bytes) -> tuple[str, str] | None:
    """Windows-1256 when its reading gives mostly Arabic letters; else Windows-1252/Latin-1 if it decodes."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return None
    try:
        arabic = data.decode("cp1256")
    except UnicodeDecodeError:
        arabic = ""
    letters = sum(1 for ch in arabic if "\u0600" <= ch <= "\u06ff")
    if letters >= 0.6 * len(high):
        return "WINDOWS-1256", "Windows-1256 (Arabic)"
    try:
        data.decode("cp1252")
        return "WINDOWS-1252", "Windows-1252 or Latin-1 (Western European)"
    except UnicodeDecodeError:
        return "ISO-8859-1", "Latin-1"


def _cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def read_csv(path: Path) -> RawRecords:
    text = _text(path)
    if looks_like_gdelt(text[: text.find("\n") + 1 if "\n" in text else len(text)]):
        return _read_gdelt_text(path, text)
    # Cells up to MAX_CELL are allowed; the csv module's own limit (128 kB) is lifted so that a longer cell
    # is reported with its row and column rather than as a parser failure. The file is in memory anyway.
    previous_limit = csv.field_size_limit(2**31 - 1)
    try:
        return _read_csv_text(path, text)
    finally:
        csv.field_size_limit(previous_limit)  # the csv module's limit is global: leave it as found


def _read_csv_text(path: Path, text: str) -> RawRecords:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    start = 1  # the line where the record being read starts
    try:
        columns = [c.strip() for c in next(reader, [])]
        twice = sorted({c for c in columns if columns.count(c) > 1})
        if twice:
            raise DataError([Problem(str(path), 1, c, f"is a column name {columns.count(c)} times; each column "
                                     "needs its own name (which of them holds the data?)") for c in twice])
        records = RawRecords(str(path), columns)
        start = reader.line_num + 1
        for cells in reader:
            # A blank line is a record of no cells: it is skipped, and the next record's line counted right.
            row, start = start, reader.line_num + 1
            if len(cells) > len(columns):
                problems.append(Problem(str(path), row, None, f"has {len(cells)} cells, the header has "
                                        f"{len(columns)} (a comma inside a cell needs \"quotes\")"))
                continue
            if all(v == "" for v in cells):
                continue  # blank line
            records.rows.append((row, {k: (cells[i].strip() if i < len(cells) else None)
                                       for i, k in enumerate(columns)}))
    except csv.Error as exc:
        reason = str(exc)
        if "unexpected end of data" in reason:
            reason = 'a quoted cell starts here and never ends (a " without its closing ")'
        problems.append(Problem(str(path), start, None, f"is not valid CSV: {reason}"))
    if problems:
        raise DataError(problems)
    return records


def _read_gdelt_text(path: Path, text: str) -> RawRecords:
    """A GDELT event file: tab-separated, no header, 61 fields (58 in GDELT 1.0 daily files, 57 in its files before
    April 2013); no quoting."""
    columns = list(GDELT_COLUMNS)
    records = RawRecords(str(path), columns)
    problems: list[Problem] = []
    for row, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) == 57:  # GDELT 1.0 before April 2013 (and its back file from 1979): no SOURCEURL either
            cells = [*cells, ""]
        if len(cells) == 58:  # GDELT 1.0 daily: no ADM2 codes (the three *_ADM2Code fields)
            cells = [*cells[:39], "", *cells[39:46], "", *cells[46:53], "", *cells[53:]]
        if len(cells) != len(columns):
            problems.append(Problem(str(path), row, None, f"has {len(cells)} tab-separated fields; a GDELT 2.0 "
                                    f"event line has {len(columns)}"))
            continue
        records.rows.append((row, {c: _cell(v) for c, v in zip(columns, cells, strict=True)}))
    if problems:
        raise DataError(problems)
    return records


def read_xlsx(path: Path) -> RawRecords:
    """The first sheet of an Excel workbook, as spreadsheets export it: the first row is the header."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is no workbook
        raise DataError([Problem(str(path), None, None, f"is not an Excel workbook (.xlsx): {exc}")]) from None
    try:
        sheet = book.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        if header is None:
            raise DataError([Problem(str(path), None, None, "has an empty first sheet")])
        columns = [("" if c is None else str(c)).strip() for c in header]
        records = RawRecords(str(path), columns)
        for row, values in enumerate(lines, start=2):
            if all(v in (None, "") for v in values):
                continue
            records.rows.append((row, {c: _xlsx_cell(v) for c, v in zip(columns, values, strict=False)}))
        return records
    finally:
        book.close()


def _xlsx_cell(value: Any) -> Any:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _cell(value if value is not None else "")


def read_table(path: Path) -> RawRecords:
    """A GeoParquet or GeoPackage of points (the first layer): its columns, and latitude/longitude from each
    point when the table has none of its own."""
    import geopandas

    try:
        frame = geopandas.read_parquet(path) if path.suffix.lower() in (".parquet", ".geoparquet") \
            else geopandas.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyarrow and GDAL raise many kinds for a file that is not what it says
        raise DataError([Problem(str(path), None, None, f"cannot be read as {path.suffix}: {exc}")]) from None
    geometry = frame.geometry
    columns = [c for c in frame.columns if c != geometry.name]
    points = "latitude" not in columns and "longitude" not in columns
    if points:
        if len(frame) and not (geometry.geom_type.dropna() == "Point").all():
            raise DataError([Problem(str(path), None, None, "holds geometries other than points; geomap reads "
                                     "incidents as points")])
        if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
            frame = frame.to_crs("EPSG:4326")
            geometry = frame.geometry
        columns += ["latitude", "longitude"]
    records = RawRecords(str(path), columns)
    data = frame.drop(columns=geometry.name).to_dict("records")
    for row, (values, point) in enumerate(zip(data, geometry, strict=True), start=1):
        cells = {c: _xlsx_cell(v) if not _missing(v) else "" for c, v in values.items()}
        if points:
            cells["latitude"] = "" if point is None or point.is_empty else repr(point.y)
            cells["longitude"] = "" if point is None or point.is_empty else repr(point.x)
        records.rows.append((row, cells))
    return records


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(value != value)  # NaN, NaT, pd.NA
    except (TypeError, ValueError):
        return False


def as_geomap(records: RawRecords, fmt: str | None) -> RawRecords:
    """Records of a field dataset (recognised from the header, or named by `fmt`) in geomap's columns."""
    chosen = fmt or detect(records.columns)
    if chosen == "geomap":
        return records
    converted = convert(records.file, records.columns, records.rows, chosen)
    return RawRecords(records.file, converted.columns, converted.rows, chosen, converted.native, converted.notes)


class _AliasRefused(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _plain_loader() -> type:
    """PyYAML's SafeLoader without aliases and without timestamps.

    An alias repeats a node: a 400-byte file of nested aliases ("billion laughs") expands to gigabytes, past
    any limit on cells. A timestamp is constructed before geomap sees it, so an impossible date (2021-02-30)
    fails inside the parser with no row; as text it is checked like any other date, with its row and column.
    """
    import yaml

    class PlainLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise _AliasRefused(self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)

    def integer(loader: Any, node: Any) -> Any:
        # Python refuses to read an integer of more than 4,300 digits; such a value stays text, which the
        # row's checks then name with its row and column.
        text = loader.construct_scalar(node)
        return text if len(text) > MAX_INTEGER_DIGITS else yaml.SafeLoader.construct_yaml_int(loader, node)

    PlainLoader.add_constructor("tag:yaml.org,2002:int", integer)
    PlainLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return PlainLoader


def read_yaml(path: Path) -> RawRecords:
    import yaml

    try:
        data = yaml.load(_text(path), Loader=_plain_loader())  # a SafeLoader: builds plain data only
    except _AliasRefused as exc:
        raise DataError([Problem(str(path), exc.line, None, "uses a YAML alias (*name): incident files hold plain "
                                 "data, so write the value out")]) from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        row = mark.line + 1 if mark else None
        if "unhashable key" in (exc.problem or ""):
            raise DataError([Problem(str(path), row, None, "uses a list or mapping as a key; keys are column "
                                     "names (text)")]) from None
        tag = (exc.problem or "").rsplit(" ", 1)[-1]
        raise DataError([Problem(str(path), row, None,
                                 f"uses the YAML tag {tag}, which geomap refuses: incident files hold plain data "
                                 "only (text, numbers, lists and mappings)")]) from None
    except RecursionError:
        raise DataError([Problem(str(path), None, None, "nests lists or mappings too deep to be incident data")]) \
            from None
    except ValueError as exc:  # a number YAML cannot hold (an integer of thousands of digits)
        raise DataError([Problem(str(path), None, None, f"holds a value that cannot be read ({exc})")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        row = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or exc
        raise DataError([Problem(str(path), row, None, f"is not valid YAML ({reason})")]) from None
    if isinstance(data, dict) and "incidents" in data:
        data = data["incidents"]
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError([Problem(str(path), None, None, "must hold a list of incidents (mappings), "
                                 "or a mapping with an 'incidents' list")])
    columns: list[str] = []
    for item in data:
        columns += [str(k) for k in item if str(k) not in columns]
    records = RawRecords(str(path), columns)
    for number, item in enumerate(data, start=1):
        records.rows.append((number, {str(k): _cell(v) for k, v in item.items()}))
    return records


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


#: A coordinate a GeoJSON property repeats must equal the geometry's to this many degrees (about 1 cm).
SAME_COORDINATE_DEG = 1e-7


def read_geojson(path: Path) -> RawRecords:
    text = _text(path)
    try:
        # NaN and Infinity are not JSON (RFC 8259), though Python's parser takes them by default.
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DataError([Problem(str(path), exc.lineno, None, f"is not valid JSON ({exc.msg})")]) from None
    except ValueError as exc:
        raise DataError([Problem(str(path), None, None, f"is not valid JSON ({exc})")]) from None
    except RecursionError:
        raise DataError([Problem(str(path), None, None, "nests objects or lists too deep to be incident data")]) \
            from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(features, list):
        raise DataError([Problem(str(path), None, None, "must be a GeoJSON FeatureCollection")])
    columns: list[str] = []
    records = RawRecords(str(path), columns)
    problems = []
    for number, feature in enumerate(data["features"], start=1):
        if not isinstance(feature, dict):
            problems.append(Problem(str(path), number, None, "is not a GeoJSON Feature (an object)"))
            continue
        properties = feature.get("properties")
        if properties is not None and not isinstance(properties, dict):
            problems.append(Problem(str(path), number, "properties", "must be an object of named values, or null"))
            continue
        props = dict(properties or {})
        geometry = feature.get("geometry")
        if geometry is not None:
            coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
            if (not isinstance(geometry, dict) or geometry.get("type") != "Point" or not isinstance(coords, list)
                    or len(coords) < 2 or not all(type(c) in (int, float) and math.isfinite(c) for c in coords[:2])):
                problems.append(Problem(str(path), number, "geometry",
                                        "must be a Point with [longitude, latitude] coordinates, or null"))
                continue
            # GeoJSON order is [longitude, latitude]. Properties that repeat the point must agree with it.
            for column, value in (("longitude", coords[0]), ("latitude", coords[1])):
                given = props.get(column)
                if given not in (None, "") and not _same_number(given, value):
                    problems.append(Problem(str(path), number, column, f"property {given!r} disagrees with the "
                                            f"geometry's {column} {value} (which one is the incident's?)"))
                props[column] = value
        columns += [str(k) for k in props if str(k) not in columns]
        records.rows.append((number, {str(k): _cell(v) for k, v in props.items()}))
    if problems:
        raise DataError(problems)
    return records


#: Columns the GeoPackage keeps for itself (its feature id and its geometry, as pyogrio writes them).
RESERVED_COLUMNS = ("fid", "geom")  # a column "geometry" travels as geometry_input, as other computed names do
#: A GeoPackage table holds at most 2,000 columns (SQLite); geomap adds its own to the file's.
MAX_COLUMNS = 1_000


def _check_column_names(records: RawRecords) -> None:
    """Column names the outputs can hold: the GeoPackage (SQLite) tells names apart without case."""
    problems = []
    if len(records.columns) > MAX_COLUMNS:
        problems.append(Problem(records.file, 1, None, f"has {len(records.columns):,} columns; the GeoPackage holds "
                                f"at most {MAX_COLUMNS:,} (are rows and columns swapped?)"))
    seen: dict[str, str] = {}
    for column in records.columns:
        folded = column.casefold()
        if folded in RESERVED_COLUMNS:
            problems.append(Problem(records.file, 1, column, "is a name the GeoPackage keeps for itself; rename "
                                    "the column"))
        elif folded in seen and seen[folded] != column:
            problems.append(Problem(records.file, 1, column, f"differs from the column {seen[folded]!r} only in "
                                    "case, which the GeoPackage does not tell apart; rename one"))
        seen.setdefault(folded, column)
    if "" in records.columns:
        # A trailing comma in a spreadsheet's export makes an empty, nameless column: it is dropped. A nameless
        # column with values is a header cell left out.
        filled = [row for row, rec in records.rows if rec.get("", "") not in ("", None)]
        if filled:
            problems.append(Problem(records.file, filled[0], None, "has a value under a column without a name "
                                    "(is a header cell missing?)"))
        records.columns.remove("")
        for _, rec in records.rows:
            rec.pop("", None)
    if problems:
        raise DataError(problems[:50])


def _same_number(given: Any, value: float) -> bool:
    try:
        return abs(float(given) - value) <= SAME_COORDINATE_DEG
    except (TypeError, ValueError):
        return False


def read_records(path: Path, fmt: str | None = None) -> RawRecords:
    """Read one incident file; the file format comes from its extension, the dataset (ACLED, UCDP, GDELT or
    geomap's own) from its header unless `fmt` names it."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, not an incident file")
    if not path.is_file():
        raise UsageError(f"{path}: is not a regular file (a device or a pipe); save the incidents to a file")
    kind = FORMATS.get(archives.format_suffix(path))
    if kind is None:
        raise UsageError(f"{path}: unknown format {path.suffix!r}; use .csv, .tsv, .yaml, .geojson, .xlsx, "
                         ".parquet or .gpkg, or a .zip or .gz of a text one")
    records = {"csv": read_csv, "yaml": read_yaml, "geojson": read_geojson, "xlsx": read_xlsx,
               "table": read_table}[kind](path)
    _check_column_names(records)
    records = as_geomap(records, fmt)
    hint = "; is a quote missing its closing quote?" if kind == "csv" else ""
    # A text file of at most MAX_CELL bytes cannot hold a longer cell: the scan is skipped (not for compressed
    # files, .xlsx or an archive, nor YAML, whose anchors could grow a cell).
    long = [] if kind == "csv" and not archives.is_archive(path) and path.stat().st_size <= MAX_CELL else [
        Problem(records.file, row, column, f"is {len(value):,} characters long (at most {MAX_CELL:,}{hint})")
        for row, rec in records.rows for column, value in rec.items()
        if isinstance(value, str) and len(value) > MAX_CELL]
    if long:
        raise DataError(long)
    return records
