"""A compact, columnar encoding of many features for the page's canvas layers (see canvas.js).

Text columns are dictionary-encoded: each distinct value is formatted and escaped once, and every row
holds only a small integer code. Coordinates are integers of 1e-7 degree. The arrays and a JSON header
that names them are deflated and base64-encoded into one string, which the browser inflates natively
(DecompressionStream). Base64 has no character that could end a script, so no data can break out of it.
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import pyarrow as pa

#: Coordinates travel as integers of this many units per degree (1e-7 degree is about 1 cm).
UNITS_PER_DEGREE = 10_000_000

_TYPE_NAMES: dict[np.dtype, str] = {np.dtype("uint8"): "u8", np.dtype("uint16"): "u16", np.dtype("uint32"): "u32",
               np.dtype("int32"): "i32", np.dtype("float64"): "f64"}


def smallest_codes(codes: np.ndarray, distinct: int) -> np.ndarray:
    """Codes in the narrowest unsigned type that holds `distinct` values."""
    for dtype, top in ((np.uint8, 1 << 8), (np.uint16, 1 << 16)):
        if distinct <= top:
            return codes.astype(dtype)
    return codes.astype(np.uint32)


def quantize(degrees: Any) -> np.ndarray:
    """Degrees as int32 units of 1e-7 degree."""
    return np.rint(np.asarray(degrees, dtype=float) * UNITS_PER_DEGREE).astype(np.int32)


def combined_codes(frame: pd.DataFrame, columns: Sequence[str]) -> np.ndarray:
    """One integer per row that is equal exactly when the rows agree on every column (missing values too)."""
    key = np.zeros(len(frame), dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(frame[column], use_na_sentinel=False)
        key = key * (len(uniques) + 1) + codes
        key, _ = pd.factorize(key)  # renumber densely, so the product never overflows
        key = key.astype(np.int64)
    return key


def dictionary(frame: pd.DataFrame, columns: Sequence[str],
               format_row: Callable[[Mapping[str, Any]], str]) -> tuple[np.ndarray | None, pa.Array]:
    """(codes per row, strings as an Arrow array): `format_row` runs once per distinct combination of `columns`,
    and its strings go straight into the array (a million of them never sit in a Python list).

    When every row is distinct (an id), the strings are in row order and no codes are needed (None).
    """
    import pyarrow as pa

    key = combined_codes(frame, columns)
    uniques, first, codes = np.unique(key, return_index=True, return_inverse=True)
    if len(uniques) == len(frame):
        return None, pa.array((format_row(r) for r in _records(frame, columns)), type=pa.large_string(),
                              size=len(frame))
    return (smallest_codes(codes.reshape(-1), len(uniques)),
            pa.array((format_row(r) for r in _records(frame.iloc[first], columns)), type=pa.large_string(),
                     size=len(uniques)))


def _records(frame: pd.DataFrame, columns: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Rows as dicts of plain Python values (NaN and NA as they are), one at a time (a million dicts at once
    cost gigabytes); several times faster than to_dict."""
    values = [frame[c].tolist() for c in columns]
    return (dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True))


#: Deflate levels: quick for ordinary pages; harder for very big ones, where every megabyte saved counts
#: more than a few seconds of build (level 6 is about 10% smaller than level 3 and 2-3 times slower).
QUICK_LEVEL, SMALL_LEVEL, BIG_BUFFER = 3, 6, 32 * 2**20


def pack(header: Mapping[str, Any], arrays: dict[str, np.ndarray], level: int | None = None) -> str:
    """Arrays and a JSON header in one deflated, base64 buffer: [header offset, header length] (uint32 LE),
    each array aligned to 8 bytes, then the header, which gives each array as [type, offset, length].
    `arrays` is emptied as they are copied in, so that a million rows' arrays are not held twice."""
    specs: dict[str, list[Any]] = {}
    offset = 8
    for name, values in arrays.items():
        offset += -offset % 8
        specs[name] = [_TYPE_NAMES[values.dtype], offset, len(values)]
        offset += values.dtype.itemsize * len(values)
    text = json.dumps({**header, "arrays": specs}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # One buffer, each array copied into its place once (a list of pieces joined would hold the data twice).
    buffer = bytearray(offset + len(text))
    struct.pack_into("<II", buffer, 0, offset, len(text))
    for name in list(arrays):
        values = arrays.pop(name)
        start = specs[name][1]
        target = np.frombuffer(buffer, dtype=values.dtype.newbyteorder("<"), count=len(values), offset=start)
        target[:] = values
        del values, target
    buffer[offset:] = text
    del text
    if level is None:
        level = SMALL_LEVEL if len(buffer) > BIG_BUFFER else QUICK_LEVEL
    deflated = deflate(buffer, level)
    del buffer
    return base64.b64encode(deflated).decode("ascii")


#: Past this size a buffer is deflated in pieces of this size, on every core (see deflate).
DEFLATE_PIECE = 4 * 2**20


def deflate(buffer: bytes | bytearray, level: int) -> bytes:
    """`buffer` as one zlib stream (RFC 1950), as zlib.compress writes it, but with pieces of DEFLATE_PIECE bytes
    deflated at once on the machine's cores, as pigz does: each piece but the last ends on a byte boundary
    (a sync flush) and none looks back into the one before, so the pieces join into one stream whatever the
    number of cores; the checksum is of the whole. A million incidents' buffer is tens of MiB, which one core
    deflates at level 6 in several seconds. zlib works without the interpreter's lock."""
    if len(buffer) <= DEFLATE_PIECE:
        return zlib.compress(buffer, level)
    import os
    from concurrent.futures import ThreadPoolExecutor

    view = memoryview(buffer)
    starts = range(0, len(buffer), DEFLATE_PIECE)

    def piece(start: int) -> bytes:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate: no header of its own
        last = start + DEFLATE_PIECE >= len(buffer)
        return compressor.compress(view[start:start + DEFLATE_PIECE]) + compressor.flush(
            zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)

    with ThreadPoolExecutor(max_workers=min(len(starts), os.cpu_count() or 1)) as pool:
        pieces = list(pool.map(piece, starts))
    header = zlib.compress(b"", level)[:2]  # the zlib header this level writes
    return b"".join([header, *pieces, struct.pack(">I", zlib.adler32(buffer))])


def unpack(data: str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The inverse of `pack` (for tests and tools): (header, arrays); each text column (see text_column) is given
    back as its "strings", as the page reads it."""
    buffer = zlib.decompress(base64.b64decode(data))
    at, length = struct.unpack_from("<II", buffer)
    header = json.loads(buffer[at:at + length].decode("utf-8"))
    types = {v: k for k, v in _TYPE_NAMES.items()}
    arrays = {name: np.frombuffer(buffer, dtype=types[t].newbyteorder("<"), count=n, offset=o)
              for name, (t, o, n) in header.pop("arrays").items()}

    def strings(node: Any) -> None:
        if isinstance(node, dict):
            if "text" in node:
                data, ends = arrays[node["text"][0]].tobytes(), arrays[node["text"][1]]
                starts = [0, *ends[:-1].tolist()]
                node["strings"] = [data[a:b].decode("utf-8") for a, b in zip(starts, ends.tolist(), strict=True)]
            for key, value in node.items():
                if key != "strings":  # the strings just decoded hold no text column
                    strings(value)
        elif isinstance(node, list):
            for value in node:
                strings(value)

    strings(header)
    return header, arrays


def text_column(values: pa.Array, name: str, arrays: dict[str, np.ndarray]) -> list[str]:
    """Strings (an Arrow string array, nulls as "") as two arrays of the packed buffer rather than JSON in its
    header: their UTF-8 bytes (`<name>_utf8`) and where each ends (`<name>_ends`). A million popup cells as
    Python strings and JSON text cost gigabytes to build; as Arrow buffers they are copied once. Returns the
    two array names, the entry's "text"; the page turns them back into strings (canvas.js unpack)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    values = pc.fill_null(values, "")
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    values = values.cast(pa.large_string())
    _, offsets, data = values.buffers()
    ends = np.frombuffer(offsets, dtype=np.int64, count=len(values) + 1, offset=values.offset * 8)
    first, last = int(ends[0]), int(ends[-1])
    arrays[f"{name}_utf8"] = np.frombuffer(data, dtype=np.uint8, count=last - first, offset=first) \
        if data is not None and last > first else np.zeros(0, np.uint8)
    arrays[f"{name}_ends"] = (ends[1:] - first).astype(np.uint32)
    return [f"{name}_utf8", f"{name}_ends"]
