"""Read incident files (CSV, YAML, GeoJSON) into raw records: (row number, {column: text})."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import DataError, Problem, UsageError

FORMATS = {".csv": "csv", ".txt": "csv", ".yaml": "yaml", ".yml": "yaml", ".geojson": "geojson", ".json": "geojson"}


@dataclass
class RawRecords:
    """What a file held, before validation; `row` numbers are what a user sees in an editor."""

    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def _text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")  # Excel's "Unicode text" export
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError([Problem(str(path), None, None,
                                 f"is not UTF-8 (invalid byte at offset {exc.start}); "
                                 "save it as UTF-8 (in Excel: CSV UTF-8)")]) from None


def _cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def read_csv(path: Path) -> RawRecords:
    text = _text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        columns = [c.strip() for c in (reader.fieldnames or [])]
        reader.fieldnames = columns
        records = RawRecords(str(path), columns)
        for rec in reader:
            extra = rec.pop(None, None)  # type: ignore[call-overload]
            if extra:
                raise DataError([Problem(str(path), reader.line_num, None,
                                         f"has {len(columns) + len(extra)} cells, the header has {len(columns)}")])
            if all(v in (None, "") for v in rec.values()):
                continue  # blank line
            records.rows.append((reader.line_num, {k: _cell(v) for k, v in rec.items()}))
    except csv.Error as exc:
        raise DataError([Problem(str(path), reader.line_num, None, f"is not valid CSV ({exc})")]) from None
    return records


def read_yaml(path: Path) -> RawRecords:
    import yaml

    try:
        data = yaml.safe_load(_text(path))
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


def read_geojson(path: Path) -> RawRecords:
    try:
        data = json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise DataError([Problem(str(path), exc.lineno, None, f"is not valid JSON ({exc.msg})")]) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(features, list):
        raise DataError([Problem(str(path), None, None, "must be a GeoJSON FeatureCollection")])
    columns: list[str] = []
    records = RawRecords(str(path), columns)
    problems = []
    for number, feature in enumerate(data["features"], start=1):
        props = dict(feature.get("properties") or {}) if isinstance(feature, dict) else {}
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if geometry is not None:
            coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
            if (not isinstance(geometry, dict) or geometry.get("type") != "Point" or not isinstance(coords, list)
                    or len(coords) < 2 or not all(isinstance(c, int | float) for c in coords[:2])):
                problems.append(Problem(str(path), number, "geometry",
                                        "must be a Point with [longitude, latitude] coordinates, or null"))
                continue
            # GeoJSON order is [longitude, latitude].
            props.setdefault("longitude", coords[0])
            props.setdefault("latitude", coords[1])
        columns += [str(k) for k in props if str(k) not in columns]
        records.rows.append((number, {str(k): _cell(v) for k, v in props.items()}))
    if problems:
        raise DataError(problems)
    return records


def read_records(path: Path) -> RawRecords:
    """Read one incident file; the format comes from its extension."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, not an incident file")
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise UsageError(f"{path}: unknown format {path.suffix!r}; use .csv, .yaml or .geojson")
    return {"csv": read_csv, "yaml": read_yaml, "geojson": read_geojson}[kind](path)
