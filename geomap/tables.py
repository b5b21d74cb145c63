"""Incident files as columns: the fast path of `incidents.read_incidents`.

A million rows checked one dict at a time cost a minute and gigabytes; checked as columns, seconds. Every
check that needs no gazetteer is run here on whole columns, and says only which rows are certainly clean.
The rows it cannot vouch for (a bad cell, a duplicate id, a swapped point) go through the row-by-row checks
of `incidents`, which write the one-line problem with file, row and column: the columns decide speed, the
rows decide every message, so both paths report the same problems in the same order.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import archives
from .countries import COUNTRY_BOXES, country_code
from .formats import detect, looks_like_gdelt
from .readers import MAX_CELL, RawRecords, _check_column_names, _text, decoded, read_records

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from .bulk import SeenIds


@dataclass
class Table:
    """A file's records as text columns (stripped; "" when empty), with the row number a user sees of each."""

    file: str
    columns: list[str]
    cells: pd.DataFrame
    rows: np.ndarray
    format: str = "geomap"
    native: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.cells)

    def column(self, name: str) -> pd.Series:
        """The column's text, or a column of "" when the file has no such column."""
        import pandas as pd

        if name in self.cells.columns:
            return self.cells[name]
        return pd.Series([""] * len(self.cells), index=self.cells.index, dtype=object)

    def raw(self, position: int) -> dict[str, Any]:
        """One record as the row-by-row checks take it."""
        return {c: self.cells[c].iat[position] for c in self.columns}


def _as_text(value: Any) -> str:
    from .incidents import _text as cell_text

    return cell_text(value)


def from_records(records: RawRecords) -> Table:
    """Records read row by row (YAML, GeoJSON, Excel, a converted dataset, an irregular CSV) as columns."""
    import numpy as np
    import pandas as pd

    data = {c: [_as_text(rec.get(c)) for _, rec in records.rows] for c in records.columns}
    cells = pd.DataFrame(data, columns=records.columns)  # text columns, as pandas reads a CSV
    rows = np.array([row for row, _ in records.rows], dtype=np.int64)
    return Table(records.file, list(records.columns), cells, rows, records.format, records.native,
                 list(records.notes))


#: A double quote that neither opens nor closes a cell nor doubles another: the csv module reads such a file
#: strictly (and says where it breaks), pandas leniently; such a file is read the strict way.
_SEPARATORS = '",\n\r'


def _odd_quote(text: str) -> bool:
    """Is there a quote that neither opens nor closes a cell (nor doubles another), with a character other than a
    quote, comma or line break on both sides? Then the row reader reads the file. Quotes are few in a big file:
    each is found by str.find, far quicker than a regular expression's look-behind at every character."""
    at = text.find('"')
    while at >= 0:
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if (not before or before not in _SEPARATORS) and (not after or after not in _SEPARATORS):
            return True
        at = text.find('"', at + 1)
    return False


def _simple_csv(path: Path, fmt: str | None) -> Table | None:
    """A plain CSV of geomap's columns read by pandas' C parser: one record per line, no blank lines, regular
    quoting, unique column names. None for anything else, which the row reader reads and reports on."""
    if fmt not in (None, "geomap") or not path.is_file() or archives.format_suffix(path) != ".csv":
        return None
    # An archive's CSV is read from its decompressed bytes; a file's by Arrow from the file itself.
    data = archives.read_bytes(path) if archives.is_archive(path) else None
    if data is not None:
        start = data[:2]
    else:
        with open(path, "rb") as handle:
            start = handle.read(2)
    if start in (b"\xff\xfe", b"\xfe\xff"):
        return None  # UTF-16: the row reader decodes it
    text = _text(path) if data is None else decoded(path, data)  # a file that is not UTF-8 text is refused here
    plain = plain_csv(text)
    del text  # pandas reads the file's bytes: the text and a copy of it would double the memory of a big file
    return None if plain is None else csv_cells(str(path), path if data is None else data, *plain, first_row=2)


def plain_csv(text: str) -> tuple[list[str], int] | None:
    """The column names and the number of lines of `text` (a header and its records) when pandas' C parser
    reads it as the row reader would (see _simple_csv); None otherwise."""
    newline = text.find("\n")
    first = text[: newline + 1] if newline >= 0 else text
    if looks_like_gdelt(first) or ("\r" in text and text.count("\r") != text.count("\r\n")) \
            or _odd_quote(text):
        return None
    header = next(csv.reader([first.rstrip("\r\n")]), [])
    columns = [c.strip() for c in header]
    if not columns or "" in columns or len(set(columns)) != len(columns) or detect(columns) != "geomap":
        return None
    return columns, text.count("\n") + (0 if text.endswith("\n") else 1)


def _arrow_cells(source: Any, columns: list[str], lines: int) -> pd.DataFrame | None:
    """The records of a plain CSV file as text columns, read by Arrow's parser on every core (a million rows in
    a second, where pandas' takes four); None for any other source, or when a line is not one record of the
    header's cells (a blank line, a line break inside a cell, a row of other length), which pandas' parser and
    the row reader take in turn."""
    import pyarrow as pa
    import pyarrow.csv as arrow_csv

    if isinstance(source, io.StringIO):  # a part of a big file (parts.tables)
        source = pa.BufferReader(source.getvalue().encode("utf-8"))
    elif isinstance(source, bytes):  # an archive's file (archives)
        source = pa.BufferReader(source)
    elif not isinstance(source, Path):
        return None
    try:
        table = arrow_csv.read_csv(
            source, read_options=arrow_csv.ReadOptions(column_names=columns, skip_rows=1, block_size=1 << 24),
            parse_options=arrow_csv.ParseOptions(newlines_in_values=False, ignore_empty_lines=False),
            convert_options=arrow_csv.ConvertOptions(column_types={c: pa.string() for c in columns},
                                                     strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowException, ValueError):
        return None
    if table.num_rows + 1 != lines:
        return None
    return table.to_pandas()


def csv_cells(file: str, source: Any, columns: list[str], lines: int, *, first_row: int) -> Table | None:
    """The records of a plain CSV (`source`: its path, its bytes or a text buffer, header first) as a Table whose
    first record is row `first_row` of `file`; None when pandas reads it otherwise than line by line."""
    import numpy as np
    import pandas as pd

    cells = _arrow_cells(source, columns, lines)
    if cells is None:
        try:
            with warnings.catch_warnings():
                # pandas warns, and drops cells, when every row has more cells than the header: the row reader
                # says so.
                warnings.simplefilter("error")
                readable = io.BytesIO(source) if isinstance(source, bytes) else source
                cells = pd.read_csv(readable, encoding="utf-8-sig", dtype=str, keep_default_na=False, na_filter=False,
                                    engine="c", skip_blank_lines=False, header=0, names=columns, index_col=False)
        except (ValueError, Warning):  # ParserError is a ValueError
            return None
    if len(cells) + 1 != lines or list(cells.columns) != columns:
        return None  # a cell that holds a line break: the row reader numbers rows by lines
    for column in columns:
        values = cells[column]
        if values.str.len().max() > MAX_CELL:
            return None  # the row reader names the cell
        stripped = values.str.strip()
        if not stripped.equals(values):
            cells[column] = stripped
    rows = np.arange(first_row, len(cells) + first_row, dtype=np.int64)
    blank = np.ones(len(cells), dtype=bool)
    for column in columns:
        blank &= (cells[column] == "").to_numpy()
    if blank.any():  # a row of empty cells is a blank line, as the row reader skips it
        cells, rows = cells[~blank].reset_index(drop=True), rows[~blank]
    table = Table(file, columns, cells, rows)
    _check_column_names(RawRecords(table.file, table.columns))
    return table


def read_table(path: Path, fmt: str | None = None) -> Table:
    """One incident file as columns: a plain CSV straight into columns, any other through the row reader."""
    table = _simple_csv(path, fmt)
    if table is not None:
        return table
    return from_records(read_records(path, fmt))


# --- checks on whole columns -------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_URL = r"(?i)^https?://[^\s<>\"']+$"


@dataclass
class Checked:
    """The rows of a table whose cells are certainly valid, with what the checks computed for them."""

    clean: np.ndarray  # bool per table row
    date: pd.Series  # dt.date per row (clean rows only meaningful)
    time_precision: np.ndarray
    outcome: pd.Series
    counts: dict[str, pd.Series]  # Int64
    latitude: np.ndarray  # NaN when the row gives no point
    longitude: np.ndarray
    given: np.ndarray  # bool: the row gives its own point
    geo_precision: pd.Series  # Int64 (NA: not given)
    uncertainty_m: np.ndarray  # NaN: not given
    country: pd.Series  # the row's country as written ("" when none)


def _whole_numbers(values: pd.Series, most: float) -> tuple[np.ndarray, pd.Series]:
    """(fine, Int64 values): empty, or a whole number in [0, most]."""
    import numpy as np
    import pandas as pd

    numbers = pd.to_numeric(values.where(values != "", None), errors="coerce")
    empty = (values == "").to_numpy()
    as_float = numbers.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        fine = empty | (np.isfinite(as_float) & (as_float >= 0) & (as_float <= most) & (np.floor(as_float) == as_float))
    out = pd.array(np.where(fine & ~empty, as_float, np.nan), dtype="Float64").astype("Int64")
    return fine, pd.Series(out, index=values.index)


def _numbers(values: pd.Series) -> np.ndarray:
    import numpy as np
    import pandas as pd

    return pd.to_numeric(values.where(values != "", None), errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _in_any_box(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    import numpy as np

    inside = np.zeros(len(lon), dtype=bool)
    for box in COUNTRY_BOXES.values():
        inside |= (box.west <= lon) & (lon <= box.east) & (box.south <= lat) & (lat <= box.north)
    return inside


def outside_box(codes: pd.Series, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """True where a point is certainly outside the box of its country code (as countries.outside_country)."""
    import numpy as np

    out = np.zeros(len(lon), dtype=bool)
    code_values = codes.to_numpy()
    for code, box in COUNTRY_BOXES.items():
        mine = code_values == code
        if mine.any():
            out |= mine & ~((box.west <= lon) & (lon <= box.east) & (box.south <= lat) & (lat <= box.north))
    return out


def _dates(text: pd.Series) -> tuple[np.ndarray, pd.Series, np.ndarray]:
    """(fine, dt.date, time_precision) of date cells: YYYY-MM-DD is the day (1); YYYY-MM the 15th and YYYY
    July 1st (3), as incidents.parse_date."""
    import numpy as np
    import pandas as pd

    # A few thousand days among a million rows: each distinct text is read once.
    codes, distinct = pd.factorize(text, use_na_sentinel=False)
    if len(distinct) < len(text):
        fine, days, precision = _dates(pd.Series(distinct, dtype=text.dtype))
        return (fine[codes], pd.Series(days.to_numpy(dtype=object)[codes], index=text.index),
                precision[codes])
    parts = text.str.extract(_DATE)
    year, month, day = parts[0], parts[1], parts[2]
    shaped = year.notna().to_numpy()
    has_month, has_day = month.notna().to_numpy(), day.notna().to_numpy()
    full = year.fillna("2000") + "-" + month.fillna("07") + "-" + day.fillna("15")
    full = full.where(has_month | ~shaped, year.fillna("2000") + "-07-01")
    stamps = pd.to_datetime(full, format="%Y-%m-%d", errors="coerce")
    fine = shaped & stamps.notna().to_numpy()
    precision = np.where(has_day, 1, 3)
    return fine, stamps.dt.date, precision


def _already_used(ids: pd.Series, seen_ids: Any) -> np.ndarray:
    """Which of `ids` an earlier row used: a dict of id -> where, or an object that answers for a whole column
    (bulk.SeenIds, for inputs of tens of millions of rows)."""
    if hasattr(seen_ids, "contains_many"):
        return seen_ids.contains_many(ids)
    return ids.isin(seen_ids.keys()).to_numpy()


def check_table(table: Table, seen_ids: dict[str, str] | SeenIds) -> Checked:
    """Which rows pass every check that needs no gazetteer, computed on columns. Adds the ids of the clean
    rows to `seen_ids` (where each was first used), as the row checks do."""
    import numpy as np
    import pandas as pd

    from .incidents import MAX_COUNT, OUTCOMES

    col = table.column
    ids, place, latitude_text = col("id"), col("place"), col("latitude")
    clean = (ids != "").to_numpy() & ((place != "") | (latitude_text != "")).to_numpy()
    clean &= ~ids.duplicated(keep=False).to_numpy() & ~_already_used(ids, seen_ids)
    if {"date_text", "geo_source"} & set(table.columns):
        clean[:] = False  # geomap's own incidents.csv read back: its computed point is the row checks' to judge
    date_fine, date, precision = _dates(col("date"))
    clean &= date_fine
    stated = col("time_precision")
    clean &= stated.isin(("", "1", "2", "3")).to_numpy()
    precision = np.where(stated != "", pd.to_numeric(stated.where(stated != "", "1"), errors="coerce")
                         .fillna(1).to_numpy(dtype=np.int64), precision)
    outcome = col("outcome").str.lower().replace("", "unknown")
    clean &= outcome.isin(OUTCOMES).to_numpy()
    counts = {}
    for name in ("count", "fatalities", "injuries"):
        fine, counts[name] = _whole_numbers(col(name), MAX_COUNT)
        clean &= fine
    url = col("url")
    clean &= ((url == "") | url.str.match(_URL)).to_numpy()
    lat, lon = _numbers(latitude_text), _numbers(col("longitude"))
    lat_given, lon_given = (latitude_text != "").to_numpy(), (col("longitude") != "").to_numpy()
    clean &= lat_given == lon_given
    given = lat_given & lon_given
    with np.errstate(invalid="ignore"):
        in_range = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    clean &= ~given | in_range
    country = col("country")
    # A point in no country geomap knows that would be in one read the other way round is a swap to name.
    swapped = given & (country == "").to_numpy() & ~_in_any_box(lon, lat) & _in_any_box(lat, lon)
    clean &= ~swapped
    geo_stated = col("geo_precision")
    clean &= geo_stated.isin(("", "1", "2", "3")).to_numpy()
    geo_precision = pd.Series(pd.array(pd.to_numeric(geo_stated.where(geo_stated != "", None), errors="coerce"),
                                       dtype="Float64").astype("Int64"), index=geo_stated.index)
    radius_text = col("uncertainty_m")
    radius = _numbers(radius_text)
    with np.errstate(invalid="ignore"):
        clean &= ((radius_text == "").to_numpy() | (np.isfinite(radius) & (radius >= 0)))
    known = {c for c in country.unique() if c and country_code(c) is not None}
    clean &= ((country == "") | country.isin(known)).to_numpy()
    first = ~ids.duplicated(keep="first").to_numpy() & clean
    where = table.file + ":" + pd.Series(table.rows[first]).astype(str)
    seen_ids.update(zip(ids[first].tolist(), where.tolist(), strict=True))
    return Checked(clean, date, precision.astype(np.int64), outcome, counts, np.where(given, lat, np.nan),
                   np.where(given, lon, np.nan), given, geo_precision, np.where(radius_text != "", radius, np.nan),
                   country)

