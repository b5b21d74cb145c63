"""Incident records -> a validated GeoDataFrame (EPSG:4326) with geodesic distances to the target.

The schema is documented in the README. Validation collects every problem in every file (file, row,
column, what is wrong) and raises once, so a user fixes a file in one pass.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import settings
from .countries import country_code, country_of, misplaced
from .errors import SHOWN_PROBLEMS, DataError, GeomapError, PlaceNotFound, Problem, UsageError
from .gazetteer import Place
from .geocode import Geocoder
from .matches import Match, UnknownUnit
from .readers import RawRecords, read_records
from .review import NameUse

if TYPE_CHECKING:
    import geopandas

    from .bulk import SeenIds
    from .review import GeocodingReport

_LOG = logging.getLogger(__name__)

COLUMNS = ("id", "date", "place", "target", "launch_site", "weapon", "count", "outcome", "fatalities", "injuries",
           "damage", "claimed_by", "source", "url", "notes", "latitude", "longitude", "time_precision", "country",
           "admin1", "geo_precision", "uncertainty_m")
#: Columns geomap computes into its own incidents.csv: recognised when that file is read back, never doubled.
COMPUTED_COLUMNS = frozenset({
    "date_text", "place_id", "geo_source", "geo_match", "geo_score", "geo_flags", "target_id", "target_name",
    "target_latitude", "target_longitude", "launch_id", "launch_name", "launch_latitude", "launch_longitude",
    "input_file", "input_row", "distance_m", "bearing_deg", "direction", "launch_distance_m"})
#: geo_source of a row placed by its own coordinates.
GIVEN_SOURCE = "coordinates given in the incident file"
#: Columns `geomap extract` adds to say where each record came from; kept as they are, without a warning.
PROVENANCE_COLUMNS = ("incident", "source_count", "article", "char_span", "sentence", "place_text", "review")
REQUIRED = ("id", "date", "place")
#: Columns geomap reads when present, beyond COLUMNS: the last day of an event known as an interval (UCDP's
#: date_end), and the facets that the field's datasets bring (see formats).
FIELD_COLUMNS = frozenset({"date_end", "event_type", "sub_event_type", "type_of_violence", "event_root"})
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
    geo_precision: int | None = None
    uncertainty_m: float = math.nan
    keys: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # column -> its name's key in the report
    flags: set[str] = field(default_factory=set)  # what looks implausible about this row (see review.FLAGS)


def parse_date(text: str) -> tuple[dt.date, int]:
    """'2021-07-08' -> exact day (time_precision 1); '2020-09' or '2020' -> mid-point (precision 3)."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year = int(match.group(1))  # the pattern requires the year; month and day are optional
    month, day = (int(g) if g else None for g in match.groups()[1:])
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
    if type(value) is str:  # nearly every cell
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return str(value).strip()
    except ValueError:  # an integer past Python's 4,300-digit limit for text (YAML reads 5,000-digit numbers)
        return "a number of more than 4,300 digits"


#: The largest count, fatalities or injuries an incident can hold (an int64 holds it, and no attack comes near).
MAX_COUNT = 1_000_000


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
    if number > MAX_COUNT:
        add(column, f"{value!r} is more than {MAX_COUNT:,}: is a digit repeated?")
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


@dataclass
class _Row:
    """A row whose own cells are valid, waiting for its names to be resolved with the rest of the file."""

    file: str
    row: int
    values: dict[str, Any]
    date: dt.date
    time_precision: int
    counts: dict[str, int | None]
    lat: float | None
    lon: float | None
    geo_precision: int | None
    uncertainty_m: float | None
    extra: dict[str, Any]
    uses: dict[str, NameUse]
    valid: bool = True  # False: a cell is bad; its names are still resolved, so every problem is reported
    # geomap's own incidents.csv: the point it wrote and the place it was written for (a hand edit moves it).
    own_point: tuple[float, float, str] | None = None


def _own_output_point_is_computed(raw: dict[str, Any], columns: list[str]) -> bool:
    """In geomap's own incidents.csv, latitude/longitude are the gazetteer's unless geo_source says given."""
    return "geo_source" in columns and _text(raw.get("geo_source")) not in ("", GIVEN_SOURCE)


def _row_date(values: dict[str, str], add) -> tuple[dt.date, int]:
    """(date, time_precision) of a row; a bad cell adds its problem."""
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
    return date, precision


def _row_point(values: dict[str, str], add) -> tuple[float | None, float | None]:
    """(latitude, longitude) a row gives, both or neither; swapped ones are named."""
    lat_text, lon_text = values["latitude"], values["longitude"]
    if bool(lat_text) != bool(lon_text):
        add("latitude" if not lat_text else "longitude", "is empty; give both latitude and longitude, or neither")
        return None, None
    if not lat_text:
        return None, None
    lat = _coordinate(lat_text, "latitude", -90, 90, add)
    lon = _coordinate(lon_text, "longitude", -180, 180, add)
    if lat is not None and lon is not None and not values["country"] and not country_of(lon, lat) \
            and country_of(lat, lon):
        # 44.39, 33.30 is Crimea; 33.30, 44.39 is Baghdad. A point of another region needs its country said.
        add("latitude", f"{lat_text}, {lon_text} lies in no country geomap knows, and read the other way round "
                        f"in {'/'.join(country_of(lat, lon))}: are latitude and longitude swapped? (if the "
                        "point is right, give the row's country)")
    return lat, lon


def _row_precision(values: dict[str, str], add) -> tuple[int | None, float | None]:
    """(geo_precision, uncertainty_m) a row gives for its own point."""
    geo_precision = None
    if values["geo_precision"]:
        if values["geo_precision"] in ("1", "2", "3"):
            geo_precision = int(values["geo_precision"])
        else:
            add("geo_precision", f"{values['geo_precision']!r} is not 1, 2 or 3 (ACLED)")
    radius = None
    if values["uncertainty_m"]:
        try:
            radius = float(values["uncertainty_m"])
            if not math.isfinite(radius) or radius < 0:
                raise ValueError
        except ValueError:
            add("uncertainty_m", f"{values['uncertainty_m']!r} is not a distance in metres (a number >= 0)")
    return geo_precision, radius


class _Source(Protocol):
    """Where rows come from: a file, its columns and the dataset it was read as (RawRecords, or tables.Table)."""

    file: str
    columns: list[str]
    format: str
    native: tuple[str, ...]
    notes: list[str]


def _check_row(records: _Source, row: int, raw: dict[str, Any], seen_ids: dict[str, str] | SeenIds,
               add: _RowAdder) -> _Row:
    """Every check of a row that needs no gazetteer; a bad cell adds a problem and marks the row invalid."""
    problems_before = add.count
    values = {c: _text(raw.get(c)) for c in COLUMNS}
    own_point = None
    if "date_text" in records.columns and _text(raw.get("date_text")):
        values["date"] = _text(raw.get("date_text"))  # "2020-09" as written, not the mid-point geomap computed
    if _own_output_point_is_computed(raw, records.columns):
        # A corrected place must not keep the stale point: the point is looked up again, unless the point itself
        # was edited (see place_rows).
        try:
            own_point = (float(values["latitude"]), float(values["longitude"]), _text(raw.get("place_id")))
        except ValueError:
            own_point = None
        for column in ("latitude", "longitude", "geo_precision", "uncertainty_m"):
            values[column] = ""
    for column in REQUIRED:
        if not values[column] and not (column == "place" and values["latitude"]):
            named = _text(raw.get("place_text")) if column == "place" else ""
            # A row `geomap extract` proposed at a place it could not place (unknown, or borne by several) says so.
            add(column, f"is empty: the report names {named!r}, which geomap cannot place; add it (a gazetteer "
                        "file with --gazetteer), write 'NAME, Governorate', or give the row latitude/longitude"
                if named else "is empty")
    incident_id = values["id"]
    if incident_id:
        where = f"{records.file}:{row}"
        if incident_id in seen_ids:
            add("id", f"{incident_id!r} is already used at {seen_ids[incident_id]} (ids must be unique)")
        else:
            seen_ids[incident_id] = where
    date, precision = _row_date(values, add)
    outcome = values["outcome"].lower() or "unknown"
    if outcome not in OUTCOMES:
        add("outcome", f"{values['outcome']!r} is not one of {', '.join(OUTCOMES)}")
    values["outcome"] = outcome
    counts = {c: _count(values[c], c, add) for c in ("count", "fatalities", "injuries")}
    url = values["url"]
    if url and not re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE):
        add("url", f"{url!r} is not an http(s) address")
    lat, lon = _row_point(values, add)
    geo_precision, radius = _row_precision(values, add)
    country = values["country"]
    if country and country_code(country) is None:
        add("country", f"{country!r} is not a country (an ISO code such as IQ, or an English name)")
        country = ""
    uses = {column: NameUse(values[column], column, country, values["admin1"])
            for column in ("place", "target", "launch_site") if values[column]}
    extra = {c: raw.get(c) for c in records.columns if c not in COLUMNS and c not in COMPUTED_COLUMNS}
    return _Row(records.file, row, values, date, precision, counts, lat, lon, geo_precision, radius, extra, uses,
                valid=add.count == problems_before, own_point=own_point)


class _RowAdder:
    """Adds a problem of one row to the file's list; `count` tells a check whether it added any."""

    def __init__(self, problems: list[Problem], file: str, row: int) -> None:
        self._problems, self._file, self._row = problems, file, row

    @property
    def count(self) -> int:
        return len(self._problems)

    def __call__(self, column: str | None, message: str) -> None:
        self._problems.append(Problem(self._file, self._row, column, message))


def check_header(source: _Source, rows: int, warn) -> Problem | None:
    """The checks of a file's header, row by row and column-wise alike: the problem that stops the file (a
    required column missing, no rows), or None after warning of what a reader should know (the dataset it was
    read as, columns geomap does not know)."""
    missing = [c for c in REQUIRED if c not in source.columns]
    if missing:
        return Problem(source.file, 1, None, f"missing column(s): {', '.join(missing)} "
                       f"(the columns are: {', '.join(COLUMNS)})")
    if not rows:
        return Problem(source.file, None, None, "has a header but no incidents")
    unknown = [c for c in source.columns if c not in COLUMNS and c not in PROVENANCE_COLUMNS
               and c not in COMPUTED_COLUMNS and c not in source.native and c not in FIELD_COLUMNS]
    if source.format != "geomap" and warn is not None:
        warn(f"{source.file}: read as {source.format.upper()} ({rows:,} events; its "
             f"{len(source.native)} columns kept beside geomap's)" + "".join(f"; {n}" for n in source.notes))
    if unknown and warn is not None:
        warn(f"Warning: {source.file}: unknown column(s) {', '.join(unknown)} kept as they are "
             f"(known: {', '.join(COLUMNS)})")
    return None


def check_rows(records: RawRecords, *, seen_ids: dict[str, str] | None = None,
               warn=None) -> tuple[list[_Row], list[Problem]]:
    """The checks of one file that need no gazetteer; returns the rows to resolve and every problem found."""
    seen_ids = {} if seen_ids is None else seen_ids
    stop = check_header(records, len(records.rows), warn)
    if stop is not None:
        return [], [stop]
    problems: list[Problem] = []
    rows = [_check_row(records, row, raw, seen_ids, _RowAdder(problems, records.file, row))
            for row, raw in records.rows]
    return rows, problems


def _far_given(match: Match, lon: float, lat: float, distance: float | None = None) -> float | None:
    """Metres between given coordinates and the place the row names, when beyond its radius and GIVEN_FAR_M
    (`distance`: that distance, when the caller measured it already)."""
    from .geodesy import distance_m
    from .review import GIVEN_FAR_M

    d = distance_m(match.longitude, match.latitude, lon, lat) if distance is None else distance
    return d if d > max(match.uncertainty_m, GIVEN_FAR_M) else None


#: Names that did not resolve whose problems carry the closest candidates: as many as an error prints.
DESCRIBED = SHOWN_PROBLEMS


def _check_given_point(r: _Row, place: Match | None, add, row_flags: set[str], report: GeocodingReport,
                       distance: float | None = None) -> None:
    """A row's own point must lie in its row's country and its place's; far from its named place is a flag."""
    assert r.lat is not None and r.lon is not None
    row_country = country_code(r.values["country"]) if r.values["country"] else None
    for country, whose in ((row_country, "its row"), (place.place.country if place else None, None)):
        wrong = misplaced(country, r.lon, r.lat) if country else None
        if wrong:
            name = f"; {place.place.name} is in {country}" if whose is None and place else ""
            add("latitude/longitude", f"{wrong}{name}")
            break
    if place is not None:
        far = _far_given(place, r.lon, r.lat, distance)
        if far is not None:
            row_flags.add("given_coordinates_far")
            report.flag(r.uses["place"].key, "given_coordinates_far",
                        f"row {r.file}:{r.row}: {far / 1000:,.1f} km from {place.place.name}")


def _locate(incident: Incident, r: _Row, place: Match | None, given: bool) -> None:
    """The incident's point: the row's own (with its precision, or the documented default), else its place's."""
    if given:
        assert r.lat is not None and r.lon is not None
        incident.latitude, incident.longitude, incident.coordinates_given = r.lat, r.lon, True
        incident.geo_precision = r.geo_precision or settings.GIVEN_GEO_PRECISION
        incident.uncertainty_m = r.uncertainty_m if r.uncertainty_m is not None else settings.GIVEN_UNCERTAINTY_M
        return
    assert place is not None
    incident.latitude, incident.longitude = place.latitude, place.longitude
    incident.geo_precision = max(place.geo_precision, r.geo_precision or 0)
    incident.uncertainty_m = max(place.uncertainty_m, r.uncertainty_m or 0.0)


def _given_distances(rows: Sequence[_Row], results: Mapping[tuple[str, str, str], Match | GeomapError]
                     ) -> dict[int, float]:
    """Metres from each row's own point to the place its `place` names, for every such row at once (one
    vectorized geodesic call instead of one per row: a file of a million surveyed points)."""
    import numpy as np

    from .geodesy import inverse

    index, lon1, lat1, lon2, lat2 = [], [], [], [], []
    for i, r in enumerate(rows):
        use = r.uses.get("place")
        match = results.get(use.key) if use is not None else None
        if r.lat is not None and r.lon is not None and isinstance(match, Match):
            index.append(i)
            lon1.append(r.lon)
            lat1.append(r.lat)
            lon2.append(match.longitude)
            lat2.append(match.latitude)
    if not index:
        return {}
    distance, _ = inverse(np.array(lon2), np.array(lat2), np.array(lon1), np.array(lat1))
    return dict(zip(index, distance.tolist(), strict=True))


def place_rows(rows: Sequence[_Row], results: dict[tuple[str, str, str], Match | GeomapError],
               report: GeocodingReport) -> tuple[list[Incident], list[Problem]]:
    """Rows with their names resolved -> incidents; a name that did not resolve is a problem of its row."""
    incidents: list[Incident] = []
    problems: list[Problem] = []
    described = 0
    given_distances = _given_distances(rows, results)
    for index, r in enumerate(rows):
        before = len(problems)

        def add(column: str | None, message: str, r: _Row = r) -> None:
            problems.append(Problem(r.file, r.row, column, message))

        given = r.lat is not None and r.lon is not None
        matches: dict[str, Match | None] = {}
        for column, use in r.uses.items():
            result = results[use.key]
            report.use(use, result, (r.file, r.row))
            if isinstance(result, Match):
                matches[column] = result
            elif isinstance(result, UnknownUnit):
                if not any(p.column == "admin1" for p in problems[before:]):
                    add("admin1", str(result).removeprefix("admin1 "))
            elif column == "place" and given:
                matches[column] = None  # the user's point, labelled with the user's name
            else:
                described += 1
                # Only the first problems are printed (DataError's limit): the others skip "did you mean".
                add(column, str(result) if described <= DESCRIBED or not isinstance(result, PlaceNotFound)
                    else result.brief())
        place = matches.get("place")
        row_flags: set[str] = set()
        if r.own_point is not None and place is not None and place.place.id == r.own_point[2] and not given:
            lat, lon, _ = r.own_point
            if abs(lat - place.latitude) > 1e-6 or abs(lon - place.longitude) > 1e-6:
                # The place is the one geomap wrote but the point is not its point: someone moved it by hand.
                r.lat, r.lon, given = lat, lon, True
        if given:
            _check_given_point(r, place, add, row_flags, report, given_distances.get(index))
        if len(problems) > before or not r.valid:
            continue
        incident = Incident(r.file, r.row, r.values, r.date, r.time_precision, place, matches.get("target"),
                            matches.get("launch_site"), extra=r.extra,
                            keys={c: u.key for c, u in r.uses.items()}, flags=row_flags)
        incident.values.update(r.counts)
        _locate(incident, r, place, given)
        report.given += given
        incidents.append(incident)
    return incidents, problems


def validate(records: RawRecords, geocoder: Geocoder, *, seen_ids: dict[str, str] | None = None,
             warn=None) -> tuple[list[Incident], list[Problem]]:
    """Check every row of one file and resolve its names in the file's context."""
    rows, problems = check_rows(records, seen_ids=seen_ids, warn=warn)
    incidents, _, _, more = _geocode_rows(rows, geocoder, countries=(), within=None)
    return incidents, problems + more


def _place_columns(prefix: str, matches: Sequence[Match | None]) -> dict[str, list[Any]]:
    """The `prefix`_id, _name, _latitude and _longitude columns of the places matched (None: no place)."""
    places: list[Place | None] = [m.place if m else None for m in matches]
    return {
        f"{prefix}_id": [p.id if p else None for p in places],
        f"{prefix}_name": [p.name if p else None for p in places],
        f"{prefix}_latitude": [p.latitude if p else math.nan for p in places],
        f"{prefix}_longitude": [p.longitude if p else math.nan for p in places],
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


def _carried(extra_columns: Iterable[str]) -> list[str]:
    """Columns geomap does not know, in the order they travel into the outputs: provenance first."""
    carried = list(dict.fromkeys(extra_columns))
    return [c for c in PROVENANCE_COLUMNS if c in carried] + [c for c in carried if c not in PROVENANCE_COLUMNS]


def _incident_columns(incidents: Sequence[Incident]) -> dict[str, list[Any]]:
    """The columns of incidents checked and placed row by row (see _table_columns for the column-wise path)."""
    # Column by column (a million incidents as a million dicts would cost gigabytes).
    values = [inc.values for inc in incidents]
    places = [inc.place.place if inc.place else None for inc in incidents]

    def text(column: str, empty: Any) -> list[Any]:
        return [v[column] or empty for v in values]

    columns: dict[str, list[Any]] = {
        "id": [v["id"] for v in values], "date": [inc.date for inc in incidents],
        "date_text": [v["date"] for v in values], "time_precision": [inc.time_precision for inc in incidents],
        "place": [v["place"] or (p.name if p else "") for v, p in zip(values, places, strict=True)],
        "place_id": [p.id if p else None for p in places],
        "target": text("target", None), "launch_site": text("launch_site", None),
        **{c: [v[c] for v in values] for c in ("weapon", "count", "outcome", "fatalities", "injuries", "damage",
                                                "claimed_by", "source", "url", "notes")},
        "latitude": [inc.latitude for inc in incidents], "longitude": [inc.longitude for inc in incidents],
        "geo_precision": [inc.geo_precision for inc in incidents],
        "uncertainty_m": [inc.uncertainty_m for inc in incidents],
        "geo_source": [GIVEN_SOURCE if inc.coordinates_given or p is None else p.source
                       for inc, p in zip(incidents, places, strict=True)],
        "geo_match": ["given" if inc.coordinates_given else inc.place.method if inc.place else None
                      for inc in incidents],
        "geo_score": [None if inc.coordinates_given or inc.place is None else round(inc.place.score, 1)
                      for inc in incidents],
        "country": text("country", None), "admin1": text("admin1", None),
        **_place_columns("target", [inc.target for inc in incidents]),
        **_place_columns("launch", [inc.launch for inc in incidents]),
        "input_file": [inc.file for inc in incidents], "input_row": [inc.row for inc in incidents],
    }
    for column in _carried(c for inc in incidents for c in inc.extra):
        columns[_carried_name(column, columns)] = [_text(inc.extra.get(column)) or None for inc in incidents]
    return columns


def _carried_name(column: str, columns: Collection[str]) -> str:
    """A carried column named like one geomap computes ("distance_m") keeps its values under another name."""
    return column if column not in columns and column not in _COMPUTED_AFTER else f"{column}_input"


def to_frame(incidents: Sequence[Incident]) -> geopandas.GeoDataFrame:
    """The incidents as a GeoDataFrame: geometry at the impact point, distances from the target."""
    import pandas as pd

    return _finish_frame(pd.DataFrame(_incident_columns(incidents)))


def _finish_frame(frame) -> geopandas.GeoDataFrame:
    """Distances and bearings from target and launch site, typed columns, and the geometry."""
    import geopandas
    import pandas as pd

    from .geodesy import describe

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
    # A few hundred distinct citations repeated over every row: held once each (a million rows' copies are 180 MiB).
    frame["geo_source"] = frame["geo_source"].astype("category")
    # Point(x=longitude, y=latitude): the classic swap is guarded by tests.
    geometry = geopandas.points_from_xy(frame["longitude"], frame["latitude"], crs=settings.CRS)
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs=settings.CRS)


def read_incidents(paths: str | Path | Iterable[str | Path], *, geocoder: Geocoder | None = None,
                   countries: Sequence[str] = (), within: str | None = None,
                   warn=None, fmt: str | None = None) -> tuple[geopandas.GeoDataFrame, GeocodingReport]:
    """Read, validate and geocode incident files into one GeoDataFrame (EPSG:4326), with the report of how
    every name was resolved and what looks implausible (see `review`).

    The names of all files are resolved together, in the context of each other (the build's area), of
    their row's `country` and `admin1`, and of `countries` and `within` when given. `fmt` names the dataset
    (acled, ucdp, gdelt, geomap) of every file; by default each file's header says.
    Raises DataError listing every problem in every file when any row is invalid.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise UsageError("no incident file given (a path, or a list of paths)")
    geocoder = geocoder if geocoder is not None else Geocoder()
    warn = warn or _LOG.warning
    from .bulk import read_incidents_columns

    return read_incidents_columns([Path(p) for p in paths], geocoder, countries=countries, within=within, warn=warn,
                                  fmt=fmt)


def _read_incidents_by_row(paths: Sequence[Path], geocoder: Geocoder, *, countries: Sequence[str] = (),
                           within: str | None = None, warn=None,
                           fmt: str | None = None) -> tuple[geopandas.GeoDataFrame, GeocodingReport]:
    """read_incidents row by row: the reference the column-wise path is tested against."""
    warn = warn or _LOG.warning
    problems: list[Problem] = []
    rows: list[_Row] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            records = read_records(Path(path), fmt)
        except DataError as exc:
            problems += exc.problems
            continue
        good, bad = check_rows(records, seen_ids=seen, warn=warn)
        del records  # the rows hold what they need: the raw cells go before the next file is read
        rows += good
        problems += bad
    incidents, frame, report, bad = _geocode_rows(rows, geocoder, countries=countries, within=within)
    problems += bad
    if problems:
        raise DataError(problems)
    assert frame is not None
    # A row's flags: its own, and those of the names it uses that belong to the name whatever the row.
    frame["geo_flags"] = [
        "|".join(sorted(inc.flags | {f for key in inc.keys.values() for f in report.names[key].flags
                                     if f in NAME_FLAGS})) or None
        for inc in incidents]
    return frame, report


def _geocode_rows(rows: Sequence[_Row], geocoder: Geocoder, *, countries: Sequence[str],
                  within: str | None) -> tuple[list[Incident], geopandas.GeoDataFrame | None, GeocodingReport,
                                               list[Problem]]:
    """Resolve the names of checked rows together, place the rows, and report: the one pipeline of build,
    extract's review and validate. The frame is None when no row became an incident."""
    from .review import GeocodingReport, resolve_uses

    results = resolve_uses(geocoder, [u for r in rows for u in r.uses.values()], countries=countries, within=within)
    report = GeocodingReport()
    incidents, problems = place_rows(rows, results, report)
    frame = to_frame(incidents) if incidents else None
    if frame is not None:
        _plausibility(frame, incidents, report)
    report.finish()
    return incidents, frame, report, problems


#: Flags that belong to a name whatever row uses it (the others belong to the rows that earn them).
NAME_FLAGS = frozenset({"fuzzy", "far_from_file", "decided_by_file_area"})


def _plausibility(frame, incidents: Sequence[Incident], report: GeocodingReport) -> None:
    """Flags that need a row: a launch site beyond its weapon's range, an impact far from its target, a point
    given in the row far from every place of the file (swapped latitude and longitude, a wrong sign)."""
    from .review import FAR_FROM_FILE_M, IMPACT_FAR_M, anchors_of, nearest_distances
    from .weapons import max_range

    anchors = anchors_of(r.result for r in report.names.values())
    given = [inc for inc in incidents if inc.coordinates_given] if len(anchors) >= 3 else []
    distances = nearest_distances([inc.longitude for inc in given], [inc.latitude for inc in given], anchors)
    for inc, nearest in zip(given, distances, strict=True):
        if nearest > FAR_FROM_FILE_M and "place" in inc.keys:
            inc.flags.add("far_from_file")
            report.flag(inc.keys["place"], "far_from_file",
                        f"row {inc.file}:{inc.row}: its coordinates ({inc.latitude}, {inc.longitude}) lie "
                        f"{nearest / 1000:,.0f} km from every place of the file")
    for inc, launch_m, target_m in zip(incidents, frame["launch_distance_m"], frame["distance_m"], strict=True):
        slack = inc.uncertainty_m if math.isfinite(inc.uncertainty_m) else 0.0
        weapon_range = max_range(inc.values["weapon"])
        if inc.launch is not None and weapon_range is not None and not math.isnan(launch_m):
            metres, weapon = weapon_range
            if launch_m - inc.launch.uncertainty_m - slack > metres:
                inc.flags.add("beyond_weapon_range")
                report.flag(inc.keys["launch_site"], "beyond_weapon_range",
                            f"row {inc.file}:{inc.row}: {launch_m / 1000:,.1f} km from the impact; a {weapon} "
                            f"flies at most {metres / 1000:g} km")
        if inc.target is not None and not math.isnan(target_m) \
                and target_m - inc.target.uncertainty_m - slack > IMPACT_FAR_M:
            inc.flags.add("impact_far_from_target")
            report.flag(inc.keys["place"] if "place" in inc.keys else inc.keys["target"], "impact_far_from_target",
                        f"row {inc.file}:{inc.row}: {target_m / 1000:,.1f} km from {inc.target.place.name}")


def review_records(records: RawRecords, geocoder: Geocoder, *, countries: Sequence[str] = (),
                   within: str | None = None) -> GeocodingReport:
    """The geocoding report of records, as a build would make it, without raising on bad rows."""
    rows, _ = check_rows(records)
    return _geocode_rows(rows, geocoder, countries=countries, within=within)[2]


def load_incidents(paths: str | Path | Iterable[str | Path], *, geocoder: Geocoder | None = None,
                   warn=None) -> geopandas.GeoDataFrame:
    """Read, validate and geocode incident files into one GeoDataFrame (EPSG:4326); see read_incidents."""
    return read_incidents(paths, geocoder=geocoder, warn=warn)[0]
