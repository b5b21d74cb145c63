"""Incident files a part at a time: the input of the stream and Dask engines.

A plain CSV is cut into parts of whole lines (a quoted cell that holds a line break stays in one part), each
read as a Table whose rows keep the row numbers a user sees in the file; any other file (Excel, YAML,
GeoJSON, GeoParquet, GeoPackage, a GDELT file) is one part. Parts are what bulk.PartPlacer checks and places.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError, Problem
from .formats import looks_like_gdelt
from .readers import MAX_CELL, RawRecords, _read_csv_text, as_geomap
from .tables import Table, csv_cells, from_records, plain_csv, read_table

#: Rows of a CSV read and placed at a time: a part's text, cells and frame stay within a few hundred MB.
PART_ROWS = 250_000


@dataclass(frozen=True)
class Block:
    """Whole lines of a CSV: `data` holds the lines whose first is line `first_line` of the file, at byte
    `offset`; `header` is the file's first line."""

    path: Path
    header: bytes
    data: bytes
    first_line: int
    offset: int


def splittable(path: Path) -> bool:
    """A CSV that can be read in parts: UTF-8 text with a header line (not UTF-16, not a GDELT file)."""
    if path.suffix.lower() != ".csv" or not path.is_file():
        return False
    with open(path, "rb") as handle:
        start = handle.read(4096)
    if start.startswith((b"\xff\xfe", b"\xfe\xff")) or not start.strip() or b"\x00" in start:
        return False
    first = start.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    return not looks_like_gdelt(first + "\n")


def blocks(path: Path, rows: int = PART_ROWS) -> Iterator[Block]:
    """The file's records as blocks of about `rows` lines each."""
    with open(path, "rb") as handle:
        header = handle.readline()
        line, offset = 2, len(header)
        while True:
            lines = [handle.readline() for _ in range(rows)]
            lines = [x for x in lines if x]
            if not lines:
                return
            odd = sum(x.count(b'"') for x in lines) % 2
            while odd:  # a quoted cell goes on past the block: take lines until it closes
                more = handle.readline()
                if not more:
                    break
                lines.append(more)
                odd = (odd + more.count(b'"')) % 2
            data = b"".join(lines)
            yield Block(path, header, data, line, offset)
            line, offset = line + len(lines), offset + len(data)


def block_table(block: Block, fmt: str | None) -> Table:
    """One block as a Table (as tables.read_table reads a whole file), its rows numbered as in the file."""
    try:
        text = (block.header + block.data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start - len(block.header)
        line = block.first_line + block.data.count(b"\n", 0, max(at, 0))
        raise DataError([Problem(str(block.path), line, None, f"byte at offset {block.offset + at} is not UTF-8; "
                                 "save the file as UTF-8 (in Excel: Save As > CSV UTF-8)")]) from None
    if fmt in (None, "geomap"):
        plain = plain_csv(text)
        if plain is not None:
            table = csv_cells(str(block.path), io.StringIO(text), *plain, first_row=block.first_line)
            if table is not None:
                return table
    records = _read_csv_text(block.path, text)
    shift = block.first_line - 2
    records = RawRecords(records.file, records.columns, [(row + shift, rec) for row, rec in records.rows])
    records = as_geomap(records, fmt)
    long = [Problem(records.file, row, column, f"is {len(value):,} characters long (at most {MAX_CELL:,}; is a "
                    "quote missing its closing quote?)")
            for row, rec in records.rows for column, value in rec.items()
            if isinstance(value, str) and len(value) > MAX_CELL]
    if long:
        raise DataError(long)
    return from_records(records)


def tables(paths: Sequence[Path], fmt: str | None, problems: list[Problem],
           rows: int = PART_ROWS) -> Iterator[tuple[int, Table]]:
    """Every part of every file, with the file's position in `paths`; a part that cannot be read adds its
    problems to `problems` and is skipped (the others are still read, so that every problem is reported)."""
    for order, path in enumerate(paths):
        if not splittable(path):
            try:
                yield order, read_table(path, fmt)
            except DataError as exc:
                problems += exc.problems
            continue
        for block in blocks(path, rows):
            try:
                yield order, block_table(block, fmt)
            except DataError as exc:
                problems += exc.problems
