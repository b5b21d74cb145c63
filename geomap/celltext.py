"""The text of a column's cells, as CSV and as JSON, a column at a time (pyarrow compute).

Writing a million incidents as CSV and GeoJSON cell by cell in Python costs more than reading them; here each
column becomes one Arrow string array in a few vectorized passes. Numbers are written as Arrow writes them: the
shortest text that reads back as the same double (`3`, `1.5e-7`). Strings are spreadsheet-safe in CSV (a
leading ' before a formula's first character, OWASP) and JSON-escaped exactly as `json.dumps(...,
ensure_ascii=False)` escapes them. A column Arrow cannot hold as one type goes through the Python converter
given, value by value.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

#: A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_PATTERN = r"^[=+\-@\t\r]"
#: Characters json.dumps escapes (ensure_ascii=False): the quote, the backslash and the control characters.
_JSON_ESCAPED = r'[\x00-\x1f"\\]'
#: Characters after which Python's csv module (QUOTE_MINIMAL) quotes a field.
_CSV_QUOTED = '[,"\r\n]'


def spreadsheet_safe(value: str) -> str:
    """Text a spreadsheet shows as text: a leading ' before =, +, -, @, tab or carriage return (OWASP)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def python_csv_cell(value: object) -> str:
    """One value's CSV text, unquoted (the fallback and the header's)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return spreadsheet_safe(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if _is_missing(value):
        return ""
    return str(value)


def python_json_value(value: object) -> str:
    """One value's JSON text (the fallback): missing and non-finite numbers as null."""
    if value is None or _is_missing(value):
        return "null"
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    if hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return "null"
    return json.dumps(value, ensure_ascii=False)


def _is_missing(value: object) -> bool:
    import pandas as pd

    try:
        return not isinstance(value, str) and bool(pd.isna(value))
    except (TypeError, ValueError):  # an array-like value
        return False


def arrow_column(column: pd.Series) -> pa.Array | None:
    """The column as one Arrow array of a type written here (string, whole number, double, date), missing
    values as nulls; None when it holds anything else (mixed objects, booleans)."""
    import pyarrow as pa
    import pyarrow.types as types

    try:
        array = pa.array(column, from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    kind = array.type
    if types.is_large_string(kind) or types.is_string_view(kind):
        return array.cast(pa.string())
    if types.is_string(kind) or types.is_integer(kind) or types.is_floating(kind) or types.is_date32(kind):
        return array
    if types.is_null(kind):
        return pa.nulls(len(array), pa.string())
    return None


def _by_distinct(array: pa.Array, convert: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """`convert` (an element-wise function of strings) applied once per distinct value when values repeat (a
    place's name and source, a weapon: a million rows, a few thousand texts), then spread to the rows."""
    import pyarrow.compute as pc

    encoded = array.dictionary_encode()
    if len(encoded.dictionary) * 2 > len(array):
        return convert(array)
    return pc.take(convert(encoded.dictionary), encoded.indices)


def _fallback(column: pd.Series, convert: Callable[[object], str]) -> pa.Array:
    import pyarrow as pa

    done: dict[object, str] = {}
    out = []
    for value in column.tolist():
        try:
            text = done[value]
        except KeyError:
            text = done[value] = convert(value)
        except TypeError:  # unhashable
            text = convert(value)
        out.append(text)
    return pa.array(out, pa.string())


def _number_texts(array: pa.Array) -> pa.Array:
    """Whole numbers and doubles as text; NaN and the infinities as nulls (what neither CSV nor JSON can say
    as a number)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.types as types

    if types.is_floating(array.type):
        array = pc.if_else(pc.is_finite(array), array, pa.scalar(None, array.type))
    return array.cast(pa.string())


def csv_texts(column: pd.Series) -> pa.Array:
    """The column's cells as CSV fields, quoted where Python's csv module (QUOTE_MINIMAL) quotes: no nulls."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.types as types

    categorical = _by_category(column, csv_texts)
    if categorical is not None:
        return pc.fill_null(categorical, "")
    array = arrow_column(column)
    if array is None:
        return pc.fill_null(_csv_quoted(_fallback(column, python_csv_cell)), "")
    if types.is_string(array.type):
        return pc.fill_null(_by_distinct(array, _csv_strings), "")
    # (a number's or a date's text holds no comma, quote or line break: nothing to quote)
    return pc.fill_null(_number_texts(array) if not types.is_date32(array.type) else array.cast(pa.string()), "")


def _by_category(column: pd.Series, texts_of: Callable[[pd.Series], pa.Array]) -> pa.Array | None:
    """A categorical column's texts (`texts_of` its categories, once each, spread to the rows by their codes;
    missing cells null); None for a column of another kind. (Arrow would not take a categorical as text, and
    a million cells converted one at a time took seconds.)"""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(column.dtype, pd.CategoricalDtype):
        return None
    texts = texts_of(pd.Series(column.cat.categories))
    codes = column.cat.codes.to_numpy()
    return pc.take(texts, pa.array(codes, mask=codes < 0))


def _csv_strings(array: pa.Array) -> pa.Array:
    """Strings as CSV fields: spreadsheet-safe, then quoted where needed."""
    import pyarrow.compute as pc

    safe = pc.if_else(pc.match_substring_regex(array, _FORMULA_PATTERN),
                      pc.binary_join_element_wise("'", array, ""), array)
    return _csv_quoted(safe)


def _csv_quoted(texts: pa.Array) -> pa.Array:
    """Fields quoted as Python's csv module quotes them (QUOTE_MINIMAL), nulls kept."""
    import pyarrow.compute as pc

    quoted = pc.binary_join_element_wise('"', pc.replace_substring(texts, '"', '""'), '"', "")
    return pc.if_else(pc.fill_null(pc.match_substring_regex(texts, _CSV_QUOTED), False), quoted, texts)


def json_texts(column: pd.Series) -> pa.Array:
    """The column's values as JSON texts: strings escaped as json.dumps escapes them, missing values null."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.types as types

    categorical = _by_category(column, json_texts)
    if categorical is not None:
        return pc.fill_null(categorical, "null")
    array = arrow_column(column)
    if array is None:
        return _fallback(column, python_json_value)
    if types.is_string(array.type):
        texts = _by_distinct(array, _json_strings)
    elif types.is_date32(array.type):
        texts = pc.binary_join_element_wise('"', array.cast(pa.string()), '"', "")
    else:
        texts = _number_texts(array)
    return pc.fill_null(texts, "null")


def _json_strings(array: pa.Array) -> pa.Array:
    """Strings as JSON strings, escaped as json.dumps escapes them (the few that need it through json.dumps)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = pc.binary_join_element_wise('"', array, '"', "")
    escaped = pc.fill_null(pc.match_substring_regex(array, _JSON_ESCAPED), False)
    if pc.any(escaped).as_py():
        rows = pc.indices_nonzero(escaped)
        values = [json.dumps(v, ensure_ascii=False) for v in array.take(rows).to_pylist()]
        texts = pc.replace_with_mask(texts, escaped, pa.array(values, pa.string()))
    return texts


def coordinate_texts(values: Sequence[float] | object) -> pa.Array:
    """Coordinates (a float array) as JSON numbers, as the GeoJSON writes them."""
    import pyarrow as pa

    return pa.array(values, pa.float64()).cast(pa.string())


#: Past this many bytes of text a chunk's rows are joined as large strings (64-bit offsets): a chunk of rows
#: whose cells are all 100,000 characters long holds more than a string array's 2 GiB.
_LARGE = 2**30


def joined(pieces: Sequence[pa.Array | str], end: str = "") -> pa.Array:
    """Row-wise concatenation of string arrays and literal texts, `end` after each row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arrays = [p for p in pieces if not isinstance(p, str)]
    rows = len(arrays[0]) if arrays else 0
    literal = len(end) + sum(len(p.encode()) for p in pieces if isinstance(p, str))
    if sum(a.nbytes for a in arrays) + rows * literal > _LARGE:
        large = pa.large_string()
        return pc.binary_join_element_wise(
            *[pa.scalar(p, large) if isinstance(p, str) else p.cast(large) for p in pieces],
            pa.scalar(end, large), pa.scalar("", large))
    return pc.binary_join_element_wise(*pieces, end, "")


def bytes_of(rows: pa.Array) -> memoryview:
    """The rows of a string array without nulls, one after another, as UTF-8 (a view of its data buffer)."""
    import numpy as np
    import pyarrow as pa

    if len(rows) == 0:
        return memoryview(b"")
    rows = rows if isinstance(rows, pa.Array) else pa.concat_arrays(rows.chunks)
    offsets = np.frombuffer(rows.buffers()[1], dtype=np.int64 if pa.types.is_large_string(rows.type) else np.int32)
    start, stop = int(offsets[rows.offset]), int(offsets[rows.offset + len(rows)])
    return memoryview(rows.buffers()[2])[start:stop]


def write_utf8(handle: TextIO, data: memoryview) -> None:
    """UTF-8 bytes into a text file opened for UTF-8, past its encoder (which would decode and encode them
    again); a handle with no byte buffer under it (io.StringIO) takes them as text."""
    buffer = getattr(handle, "buffer", None)
    if buffer is None:
        handle.write(bytes(data).decode("utf-8"))
        return
    handle.flush()
    buffer.write(data)
