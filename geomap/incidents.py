"""Incident records -> a validated GeoDataFrame (EPSG:4326) with geodesic distances to the target.

The schema is documented in the README. Validation collects every problem in every file (file, row,
column, what is wrong) and raises once, so a user fixes a file in one pass.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import settings
from .countries import misplaced
from .errors import DataError, GeomapError, Problem
from .gazetteer import Place
from .geocode import Geocoder, Match
from .readers import RawRecords, read_records

if TYPE_CHECKING:
    import geopandas

COLUMNS = ("id", "date", "place", "target", "launch_site", "weapon", "count", "outcome", "fatalities", "injuries",
           "damage", "claimed_by", "source", "url", "notes", "latitude", "longitude", "time_precision")
#: Columns `geomap extract` adds to say where each record came from; kept as they are, without a warning.
PROVENANCE_COLUMNS = ("incident", "source_count", "article", "char_span", "sentence")
REQUIRED = ("id", "date", "place")
OUTCOMES = ("impact", "intercepted", "missed", "shot_down", "unknown")
TEXT_COLUMNS = ("weapon", "damage", "claimed_by", "source", "url", "notes")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass
class Incident:
    """One validated record with its resolved places."""

    file: str
    row: int
    values: dict[str, Any]
    date: dt.date
    time_precision: int
    place: Match | None
    target: Match | None = None
    launch: Match | None = None
    latitude: float = math.nan
    longitude: float = math.nan
    coordinates_given: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def parse_date(text: str) -> tuple[dt.date, int]:
    """'2021-07-08' -> exact day (time_precision 1); '2020-09' or '2020' -> mid-point (precision 3)."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return dt.date(year, 7, 1), 3
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month:02d} (YYYY-MM-DD)")
    if day is None:
        return dt.date(year, month, 15), 3
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(f"{text!r} has no day {day:02d} ({calendar.month_name[month]} {year} has {last} days)")
    return dt.date(year, month, day), 1


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _count(value: str, column: str, add) -> int | None:
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        add(column, f"{value!r} is not a number (a whole number >= 0, or empty)")
        return None
    if not number.is_integer() or number < 0:
        add(column, f"{value!r} is not a whole number >= 0")
        return None
    return int(number)


def _coordinate(value: str, column: str, low: float, high: float, add) -> float | None:
    try:
        number = float(value)
    except ValueError:
        add(column, f"{value!r} is not a number (decimal degrees)")
        return None
    if not math.isfinite(number) or not low <= number <= high:
        add(column, f"{value} is outside [{low:g}, {high:g}]")
        return None
    return number


def _resolve(geocoder: Geocoder, name: str, column: str, add) -> Match | None:
    try:
        return geocoder.resolve(name)
    except GeomapError as exc:
        add(column, str(exc))
        return None


def validate(records: RawRecords, geocoder: Geocoder, *, seen_ids: dict[str, str] | None = None,
             warn=None) -> tuple[list[Incident], list[Problem]]:
    """Check every row of one file; returns the good incidents and every problem found."""
    problems: list[Problem] = []
    incidents: list[Incident] = []
    seen_ids = {} if seen_ids is None else seen_ids
    missing = [c for c in REQUIRED if c not in records.columns]
    if missing:
        return [], [Problem(records.file, 1, None, f"missing column(s): {', '.join(missing)} "
                            f"(the columns are: {', '.join(COLUMNS)})")]
    if not records.rows:
        return [], [Problem(records.file, None, None, "has a header but no incidents")]
    unknown = [c for c in records.columns if c not in COLUMNS and c not in PROVENANCE_COLUMNS]
    if unknown and warn is not None:
        warn(f"Warning: {records.file}: unknown column(s) {', '.join(unknown)} kept as they are "
             f"(known: {', '.join(COLUMNS)})")
    for row, raw in records.rows:
        before = len(problems)

        def add(column: str | None, message: str, row: int = row) -> None:
            problems.append(Problem(records.file, row, column, message))

        values = {c: _text(raw.get(c)) for c in COLUMNS}
        for column in REQUIRED:
            if not values[column] and not (column == "place" and values["latitude"]):
                add(column, "is empty")
        incident_id = values["id"]
        if incident_id:
            where = f"{records.file}:{row}"
            if incident_id in seen_ids:
                add("id", f"{incident_id!r} is already used at {seen_ids[incident_id]} (ids must be unique)")
            else:
                seen_ids[incident_id] = where
        date, precision = dt.date(1, 1, 1), 1
        if values["date"]:
            try:
                date, precision = parse_date(values["date"])
            except ValueError as exc:
                add("date", str(exc))
        if values["time_precision"]:
            if values["time_precision"] in ("1", "2", "3"):
                precision = int(values["time_precision"])
            else:
                add("time_precision", f"{values['time_precision']!r} is not 1, 2 or 3 (ACLED)")
        outcome = values["outcome"].lower() or "unknown"
        if outcome not in OUTCOMES:
            add("outcome", f"{values['outcome']!r} is not one of {', '.join(OUTCOMES)}")
        values["outcome"] = outcome
        counts = {c: _count(values[c], c, add) for c in ("count", "fatalities", "injuries")}
        url = values["url"]
        if url and not re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE):
            add("url", f"{url!r} is not an http(s) address")
        lat_text, lon_text = values["latitude"], values["longitude"]
        lat = lon = None
        if bool(lat_text) != bool(lon_text):
            add("latitude" if not lat_text else "longitude", "is empty; give both latitude and longitude, or neither")
        elif lat_text:
            lat = _coordinate(lat_text, "latitude", -90, 90, add)
            lon = _coordinate(lon_text, "longitude", -180, 180, add)
        place = _resolve(geocoder, values["place"], "place", add) if values["place"] else None
        target = _resolve(geocoder, values["target"], "target", add) if values["target"] else None
        launch = _resolve(geocoder, values["launch_site"], "launch_site", add) if values["launch_site"] else None
        if lat is not None and lon is not None and place is not None:
            wrong_country = misplaced(place.place.country, lon, lat)
            if wrong_country:
                add("latitude/longitude", f"{wrong_country}; {place.place.name} is in {place.place.country}")
        if len(problems) > before:
            continue
        incident = Incident(records.file, row, values, date, precision, place, target, launch,
                            extra={c: raw.get(c) for c in records.columns if c not in COLUMNS})
        incident.values.update({k: v for k, v in counts.items()})
        if lat is not None and lon is not None:
            incident.latitude, incident.longitude, incident.coordinates_given = lat, lon, True
        else:
            assert place is not None
            incident.latitude, incident.longitude = place.latitude, place.longitude
        incidents.append(incident)
    return incidents, problems


def _place_columns(prefix: str, match: Match | None) -> dict[str, Any]:
    p: Place | None = match.place if match else None
    return {
        f"{prefix}_id": p.id if p else None,
        f"{prefix}_name": p.name if p else None,
        f"{prefix}_latitude": p.latitude if p else math.nan,
        f"{prefix}_longitude": p.longitude if p else math.nan,
    }


def _from(frame, prefix: str):
    """Geodesic metres and bearing from the `prefix` place (target or launch site) to each impact; NaN if none."""
    import numpy as np

    from .geodesy import inverse

    has = frame[f"{prefix}_id"].notna().to_numpy()
    dist = np.full(len(frame), np.nan)
    bearing = np.full(len(frame), np.nan)
    if has.any():
        dist[has], bearing[has] = inverse(frame.loc[has, f"{prefix}_longitude"].to_numpy(float),
                                          frame.loc[has, f"{prefix}_latitude"].to_numpy(float),
                                          frame.loc[has, "longitude"].to_numpy(float),
                                          frame.loc[has, "latitude"].to_numpy(float))
    return np.round(dist, 1), np.round(bearing, 1)


#: Columns to_frame adds after the rows are made.
_COMPUTED_AFTER = frozenset({"distance_m", "bearing_deg", "direction", "launch_distance_m", "geometry"})


def to_frame(incidents: Sequence[Incident]) -> geopandas.GeoDataFrame:
    """The incidents as a GeoDataFrame: geometry at the impact point, distances from the target."""
    import geopandas
    import pandas as pd

    from .geodesy import describe

    # Columns geomap does not know travel into the outputs as text: provenance first, then the user's own.
    carried = list(dict.fromkeys(c for inc in incidents for c in inc.extra))
    carried = [c for c in PROVENANCE_COLUMNS if c in carried] + [c for c in carried if c not in PROVENANCE_COLUMNS]
    rows: list[dict[str, Any]] = []
    for inc in incidents:
        v = inc.values
        place = inc.place.place if inc.place else None
        rows.append({
            "id": v["id"], "date": inc.date, "date_text": v["date"], "time_precision": inc.time_precision,
            "place": v["place"] or (place.name if place else ""), "place_id": place.id if place else None,
            "target": v["target"] or None, "launch_site": v["launch_site"] or None,
            "weapon": v["weapon"], "count": v["count"], "outcome": v["outcome"],
            "fatalities": v["fatalities"], "injuries": v["injuries"], "damage": v["damage"],
            "claimed_by": v["claimed_by"], "source": v["source"], "url": v["url"], "notes": v["notes"],
            "latitude": inc.latitude, "longitude": inc.longitude,
            "geo_precision": 1 if inc.coordinates_given else (place.geo_precision if place else None),
            "uncertainty_m": 0.0 if inc.coordinates_given else (place.uncertainty_m if place else math.nan),
            "geo_source": "coordinates given in the incident file" if inc.coordinates_given else place.source,
            **_place_columns("target", inc.target),
            **_place_columns("launch", inc.launch),
            "input_file": inc.file, "input_row": inc.row,
        })
        row = rows[-1]
        for column in carried:
            # A column named like one geomap computes ("distance_m") keeps its values under another name.
            name = column if column not in row and column not in _COMPUTED_AFTER else f"{column}_input"
            row[name] = _text(inc.extra.get(column)) or None
    frame = pd.DataFrame(rows)
    frame["distance_m"], frame["bearing_deg"] = _from(frame, "target")
    frame["direction"] = [
        describe(d, b, n) if isinstance(n, str) and not math.isnan(d) else None
        for d, b, n in zip(frame["distance_m"], frame["bearing_deg"], frame["target_name"], strict=True)
    ]
    frame["launch_distance_m"], _ = _from(frame, "launch")
    for column in ("count", "fatalities", "injuries", "time_precision", "geo_precision", "input_row"):
        frame[column] = pd.array(frame[column], dtype="Int64")
    if "source_count" in frame.columns:
        frame["source_count"] = pd.array(pd.to_numeric(frame["source_count"], errors="coerce"), dtype="Int64")
    # Point(x=longitude, y=latitude): the classic swap is guarded by tests.
    geometry = geopandas.points_from_xy(frame["longitude"], frame["latitude"], crs=settings.CRS)
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs=settings.CRS)


def load_incidents(paths: str | Path | Iterable[str | Path], *, geocoder: Geocoder | None = None,
                   warn=None) -> geopandas.GeoDataFrame:
    """Read, validate and geocode incident files into one GeoDataFrame (EPSG:4326).

    Raises DataError listing every problem in every file when any row is invalid.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    geocoder = geocoder or Geocoder()
    warn = warn or (lambda message: print(message, file=sys.stderr))
    problems: list[Problem] = []
    incidents: list[Incident] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            records = read_records(Path(path))
        except DataError as exc:
            problems += exc.problems
            continue
        good, bad = validate(records, geocoder, seen_ids=seen, warn=warn)
        incidents += good
        problems += bad
    if problems:
        raise DataError(problems)
    return to_frame(incidents)
