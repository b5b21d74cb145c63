"""read_incidents on columns: check, geocode and place a file's rows as whole columns.

The rows that `tables.check_table` vouches for and whose names all resolve are placed here, as arrays; every
other row (a bad cell, a name that does not resolve, a point outside its country) goes through the row-by-row
path of `incidents` (check_rows' `_check_row`, `place_rows`), which writes its problems. Both kinds of rows
meet in one frame, in the files' order, and the plausibility flags are computed on the whole of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import settings
from .countries import country_code
from .errors import DataError, GeomapError, Problem
from .geocode import Geocoder
from .incidents import (
    COLUMNS,
    COMPUTED_COLUMNS,
    GIVEN_SOURCE,
    NAME_FLAGS,
    Incident,
    _carried,
    _carried_name,
    _check_row,
    _finish_frame,
    _incident_columns,
    _Row,
    _RowAdder,
    check_header,
    place_rows,
)
from .matches import Match, UnknownUnit
from .memory import release_freed
from .review import GeocodingReport, NameUse, Result, resolve_uses
from .tables import Checked, Table, check_table, outside_box, read_table

if TYPE_CHECKING:
    import geopandas
    import numpy as np
    import pandas as pd

NAME_COLUMNS = ("place", "target", "launch_site")
Key = tuple[str, str, str]


@dataclass
class _File:
    """One file's table, its checks, and which of its rows go the row-by-row way."""

    order: int
    table: Table
    checked: Checked
    slow: dict[int, _Row]  # table position -> the row, checked row by row
    ids: dict[str, np.ndarray]  # name column -> each row's name id in _Names (-1 when the row names none)
    fast: np.ndarray | None = None  # table positions placed as columns

    def release(self) -> None:
        """Drop the table's cells and what the checks computed, once the file's rows are in the frame."""
        import pandas as pd

        self.table.cells = pd.DataFrame(columns=self.table.cells.columns)
        self.checked = None  # type: ignore[assignment]


class _Names:
    """Every distinct name use (name, country, admin1) of the files as a small integer: rows carry ids, not a
    million copies of the text, and each id's answer is looked up once."""

    def __init__(self) -> None:
        self.ids: dict[Key, int] = {}
        self.keys: list[Key] = []
        self.results: list[Result] = []

    def of_columns(self, names: Sequence[pd.Series], country: pd.Series, admin1: pd.Series) -> list[np.ndarray]:
        """The id of each row's name in each of `names` (columns of one file) with the row's country and admin1;
        -1 where the row names none."""
        import numpy as np
        import pandas as pd

        if not len(country):
            return [np.empty(0, dtype=np.int64) for _ in names]
        # Each column factorized on its own and the three codes combined into one integer: a MultiIndex of three
        # million tuples took seven times as long. Keys come in order of first use, as a MultiIndex gives them.
        name_codes, name_values = pd.factorize(pd.concat(names, ignore_index=True), use_na_sentinel=False)
        country_codes, country_values = pd.factorize(country, use_na_sentinel=False)
        admin1_codes, admin1_values = pd.factorize(admin1, use_na_sentinel=False)
        combined = ((name_codes.astype(np.int64) * len(country_values) + np.tile(country_codes, len(names)))
                    * len(admin1_values) + np.tile(admin1_codes, len(names)))
        codes, uniques = pd.factorize(combined)
        name_of, rest = np.divmod(uniques, len(country_values) * len(admin1_values))
        country_of, admin1_of = np.divmod(rest, len(admin1_values))
        to_id = np.array([self.ids.setdefault((name, country_values[c], admin1_values[a]), len(self.ids))
                          if name else -1
                          for name, c, a in zip(name_values.take(name_of), country_of.tolist(), admin1_of.tolist(),
                                                strict=True)] + [-1], dtype=np.int64)
        ids = to_id[codes]
        size = len(country)
        return [ids[i * size:(i + 1) * size] for i in range(len(names))]

    def of_key(self, key: Key | None) -> int:
        return -1 if key is None else self.ids.setdefault(key, len(self.ids))

    def key(self, name_id: int) -> Key:
        if name_id >= len(self.keys):  # an id given since (a key only rows checked one by one use)
            self.keys = list(self.ids)
        return self.keys[name_id]

    def resolve(self, results: dict[Key, Result]) -> None:
        """Each id's answer; a key no row placed as columns uses (a bad country) stays unanswered."""
        self.keys = list(self.ids)
        self.results = [results.get(k, _UNRESOLVED) for k in self.keys]

    def answers(self) -> list[Result | None]:
        """Each id's answer, then None for -1 (no name): index with a row's id."""
        return [*self.results, None]


#: The answer of a key that only rows checked one by one use: never consulted for a row placed as columns.
_UNRESOLVED = GeomapError("not resolved")


def read_incidents_columns(paths: Sequence[Path], geocoder: Geocoder, *, countries: Sequence[str],
                           within: str | None, warn, fmt: str | None
                           ) -> tuple[geopandas.GeoDataFrame, GeocodingReport]:
    """incidents.read_incidents, column-wise (see the module docstring)."""
    problems: list[Problem] = []
    files: list[_File] = []
    seen: dict[str, str] = {}
    names = _Names()
    for order, path in enumerate(paths):
        try:
            table = read_table(Path(path), fmt)
        except DataError as exc:
            problems += exc.problems
            continue
        checked = _check_file(order, table, seen, warn, problems, names)
        if checked is not None:
            files.append(checked)
    uses = _uses_in_order(files, names)
    results = resolve_uses(geocoder, uses, countries=countries, within=within)
    report = GeocodingReport()
    for use in uses:
        report.register(use, results[use.key])
    frame = _placed(files, names, results, report, problems)
    if frame is None:
        raise DataError(problems)
    report.finish()
    return _flagged(frame, report, names), report


def _placed(files: Sequence[_File], names: _Names, results: dict[Key, Result], report: GeocodingReport,
            problems: list[Problem], carried: Sequence[str] | None = None) -> geopandas.GeoDataFrame | None:
    """The checked files' rows placed, in one frame with the plausibility flags of its rows; None (and the
    problems added to `problems`) when any row has one."""
    names.resolve(results)
    for file in files:
        _choose_fast_rows(file, names)
    slow_rows = [r for f in files for _, r in sorted(f.slow.items())]
    incidents, bad = place_rows(slow_rows, results, report)
    problems += bad
    if problems:
        return None
    frame = _frame(files, incidents, names, report, carried)
    release_freed()  # the files' cells and the columns' temporaries: the checks below start from the frame's size
    _plausibility(frame, report, names)
    return frame


def _flagged(frame: geopandas.GeoDataFrame, report: GeocodingReport, names: _Names) -> geopandas.GeoDataFrame:
    """The frame with each row's flags (its own and its names'), without the columns only the placing needs."""
    frame["geo_flags"] = _geo_flags(frame, report, names)
    return frame.drop(columns=[c for c in frame.columns if c.startswith("_bulk_")])


class SeenIds:
    """The ids already used, with where each was first used, for an input read a part at a time: a 64-bit hash
    of each id and its (file, row) in numpy arrays (ten million ids: 200 MB, where a dict of their text takes
    gigabytes). It answers as the dict of id -> "file:row" that the checks otherwise keep."""

    def __init__(self) -> None:
        import numpy as np

        self.hashes = np.empty(0, dtype=np.uint64)  # sorted
        self.files: list[str] = []
        self.file_of = np.empty(0, dtype=np.int32)
        self.row_of = np.empty(0, dtype=np.int64)

    @staticmethod
    def _hash(ids: Sequence[str]) -> np.ndarray:
        import numpy as np
        import pandas as pd

        return pd.util.hash_array(np.asarray(ids, dtype=object))

    def contains_many(self, ids: pd.Series) -> np.ndarray:
        import numpy as np

        hashes = self._hash(ids.to_numpy(dtype=object))
        return np.isin(hashes, self.hashes) & (ids != "").to_numpy()

    def _find(self, incident_id: str) -> int:
        import numpy as np

        value = self._hash([incident_id])[0]
        at = int(np.searchsorted(self.hashes, value))
        return at if at < len(self.hashes) and self.hashes[at] == value else -1

    def __contains__(self, incident_id: object) -> bool:
        return isinstance(incident_id, str) and self._find(incident_id) >= 0

    def __getitem__(self, incident_id: str) -> str:
        at = self._find(incident_id)
        if at < 0:
            raise KeyError(incident_id)
        return f"{self.files[int(self.file_of[at])]}:{int(self.row_of[at])}"

    def __setitem__(self, incident_id: str, where: str) -> None:
        self.update([(incident_id, where)])

    def update(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Add ids with where each is used ("file:row"); an id already known keeps its first place."""
        import numpy as np

        pairs = [(i, w) for i, w in pairs if i]
        if not pairs:
            return
        ids, wheres = zip(*pairs, strict=True)
        hashes = self._hash(ids)
        files, rows = [], []
        for where in wheres:
            file, _, row = where.rpartition(":")
            if file not in self.files:
                self.files.append(file)
            files.append(self.files.index(file))
            rows.append(int(row))
        hashes, first = np.unique(hashes, return_index=True)
        new = ~np.isin(hashes, self.hashes)
        merged = np.concatenate([self.hashes, hashes[new]])
        order = np.argsort(merged, kind="stable")
        self.hashes = merged[order]
        self.file_of = np.concatenate([self.file_of, np.asarray(files, dtype=np.int32)[first][new]])[order]
        self.row_of = np.concatenate([self.row_of, np.asarray(rows, dtype=np.int64)[first][new]])[order]


class PartPlacer:
    """read_incidents_columns a part of the input at a time, for inputs larger than memory (see `stream`).

    The names are resolved beforehand, once, over the whole input (`results`, registered in `report`, whose
    name flags are already set by report.finish()), so that every part places them as one read would; ids
    are checked for uniqueness across parts. `carried` lists the extra columns of every file, so that every
    part's frame has the same columns.
    """

    def __init__(self, geocoder: Geocoder | None, results: dict[Key, Result], report: GeocodingReport, *,
                 countries: Sequence[str], within: str | None, warn, carried: Sequence[str]) -> None:
        self.geocoder, self.results, self.report = geocoder, results, report
        self.countries, self.within, self.warn, self.carried = countries, within, warn, list(carried)
        self.names = _Names()
        self.seen = SeenIds()

    def place(self, tables: Sequence[tuple[int, Table]], problems: list[Problem]) -> geopandas.GeoDataFrame | None:
        """The rows of `tables` (each with its file's position in the input) as incidents; None when a row has a
        problem (added to `problems`, as every later part's are)."""
        files = []
        for order, table in tables:
            checked = _check_file(order, table, self.seen, self.warn, problems, self.names)
            if checked is not None:
                files.append(checked)
        missing = [u for u in _uses_in_order(files, self.names) if u.key not in self.results]
        if missing:  # a key pass 1 did not list: resolved in the part's context
            found = (resolve_uses(self.geocoder, missing, countries=self.countries, within=self.within)
                     if self.geocoder is not None else {u.key: GeomapError(f"{u.name!r}: not resolved in pass 1")
                                                        for u in missing})
            self.results.update(found)
            for use in missing:
                self.report.register(use, found[use.key])
        before = len(problems)
        frame = _placed(files, self.names, self.results, self.report, problems, self.carried)
        for file in files:
            file.release()
        if frame is None or len(problems) > before:
            return None
        return _flagged(frame, self.report, self.names)


def _check_file(order: int, table: Table, seen: dict[str, str] | SeenIds, warn, problems: list[Problem],
                names: _Names) -> _File | None:
    """check_rows on columns: the header's problems, then each row's (row by row for the rows the column checks
    do not vouch for)."""
    import numpy as np

    stop = check_header(table, len(table), warn)
    if stop is not None:
        problems.append(stop)
        return None
    checked = check_table(table, seen)
    slow = {}
    for position in np.flatnonzero(~checked.clean).tolist():
        row = int(table.rows[position])
        slow[position] = _check_row(table, row, table.raw(position), seen, _RowAdder(problems, table.file, row))
    country, admin1 = table.column("country"), table.column("admin1")
    ids = names.of_columns([table.column(c) for c in NAME_COLUMNS], country, admin1)
    return _File(order, table, checked, slow, dict(zip(NAME_COLUMNS, ids, strict=True)))


def _uses_in_order(files: Sequence[_File], names: _Names) -> list[NameUse]:
    """Every distinct name use, in the order the rows first use them (row by row, place before target before
    launch site), as the row-by-row path lists them."""

    import numpy as np

    keys = list(names.ids)
    firsts: list[tuple[int, int, int, NameUse]] = []
    for file in files:
        clean = file.checked.clean
        for index, column in enumerate(NAME_COLUMNS):
            ids = file.ids[column]
            positions = np.flatnonzero(clean & (ids >= 0))
            unique_ids, first = np.unique(ids[positions], return_index=True)
            for name_id, position in zip(unique_ids.tolist(), positions[first].tolist(), strict=True):
                name, country, admin1 = keys[name_id]
                firsts.append((file.order, position, index, NameUse(name, column, country, admin1)))
        for position, row in file.slow.items():
            for column, use in row.uses.items():
                firsts.append((file.order, position, NAME_COLUMNS.index(column), use))
    firsts.sort(key=lambda item: item[:3])
    distinct: dict[Key, NameUse] = {}
    for *_, use in firsts:
        distinct.setdefault(use.key, use)
    return list(distinct.values())


def _choose_fast_rows(file: _File, names: _Names) -> None:
    """The clean rows whose names all resolve, and whose own point lies in its country and its place's, are
    placed as columns; the others are checked row by row too (their problems come from place_rows)."""
    import numpy as np
    import pandas as pd

    table, checked = file.table, file.checked
    fast = checked.clean.copy()
    found = names.answers()
    for column in NAME_COLUMNS:
        codes = file.ids[column]
        if column != "place":
            fast &= np.array([r is None or isinstance(r, Match) for r in found], dtype=bool)[codes]
            continue
        # A place that does not resolve is fine only beside the row's own point (it becomes the point's label).
        matched = np.array([r is None or isinstance(r, Match) for r in found], dtype=bool)
        labels = np.array([not isinstance(r, UnknownUnit) for r in found], dtype=bool)
        fast &= matched[codes] | (checked.given & labels[codes])
        place_country = np.array([r.place.country if isinstance(r, Match) else "" for r in found], dtype=object)
        codes_of = _country_codes(checked.country)
        row_country = pd.Series([codes_of.get(c, "") for c in checked.country.tolist()], dtype=object)
        lon, lat = checked.longitude, checked.latitude
        wrong = outside_box(row_country, lon, lat) | outside_box(pd.Series(place_country[codes]), lon, lat)
        fast &= ~(checked.given & wrong)
    for position in np.flatnonzero(checked.clean & ~fast).tolist():
        row = int(table.rows[position])
        # Its cells passed; checked again row by row only to be placed (and reported) by place_rows.
        file.slow[position] = _check_row(table, row, table.raw(position), {}, _RowAdder([], table.file, row))
    file.fast = np.flatnonzero(fast)


def _country_codes(country: pd.Series) -> dict[str, str]:
    return {c: country_code(c) or "" for c in country.unique() if c}


def _frame(files: Sequence[_File], incidents: Sequence[Incident], names: _Names,
           report: GeocodingReport, carried: Sequence[str] | None = None) -> geopandas.GeoDataFrame:
    """One frame of the rows placed as columns and those placed row by row, in the files' order; `carried`, the
    extra columns it has (by default those of the files that give rows)."""
    import pandas as pd

    if carried is None:
        carried = _carried(c for f in files for c in f.table.columns
                           if c not in COLUMNS and c not in COMPUTED_COLUMNS and ((f.fast is not None and len(f.fast))
                                                                                 or any(i.file == f.table.file
                                                                                        for i in incidents)))
    parts = []
    for file in files:
        if file.fast is not None and len(file.fast):
            parts.append(pd.DataFrame(_table_columns(file, names, carried, report)))
        file.release()  # its cells are in the part now: a million rows' text is not held twice
    if incidents:
        columns = _incident_columns(incidents)
        order = {f.table.file: f.order for f in files}
        columns["_bulk_order"] = [order[i.file] for i in incidents]
        for column, hidden in (("place", "_bulk_key_place"), ("target", "_bulk_key_target"),
                               ("launch_site", "_bulk_key_launch")):
            columns[hidden] = [names.of_key(i.keys.get(column)) for i in incidents]
        columns["_bulk_target_unc"] = [i.target.uncertainty_m if i.target else math.nan for i in incidents]
        columns["_bulk_launch_unc"] = [i.launch.uncertainty_m if i.launch else math.nan for i in incidents]
        columns["_bulk_given"] = [i.coordinates_given for i in incidents]
        columns["_bulk_flags"] = ["|".join(sorted(i.flags)) for i in incidents]
        parts.append(pd.DataFrame(columns))
    frame = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    if len(parts) > 1:
        frame = frame.sort_values(["_bulk_order", "input_row"], kind="stable").reset_index(drop=True)
        for column in frame.columns:
            # A text column that one part holds as text and another as None throughout is text, as pandas infers
            # it from the row-by-row path's one list.
            if frame[column].dtype == object and any(str(p[column].dtype) == "str" for p in parts
                                                     if column in p.columns):
                frame[column] = frame[column].astype("str")
    carried_names = [_carried_name(c, _BASE) for c in carried]
    base = [c for c in frame.columns if c in _BASE]
    for name in carried_names:
        if name not in frame.columns:
            frame[name] = None
    frame = frame[base + carried_names + [c for c in frame.columns if c.startswith("_bulk_")]]
    return _finish_frame(frame)


#: The columns every incident frame has before the carried ones, in their order.
_BASE = tuple(_incident_columns([]))


def _table_columns(file: _File, names: _Names, carried: Sequence[str],
                   report: GeocodingReport) -> dict[str, Any]:
    """The frame columns of a file's fast rows, as _incident_columns makes them for incidents."""
    import numpy as np
    import pandas as pd

    from .geodesy import inverse
    from .review import GIVEN_FAR_M

    table, checked, idx = file.table, file.checked, file.fast
    assert idx is not None

    def text(column: str) -> pd.Series:
        # Taken as pandas' text (Arrow-backed), never as a million Python strings per column.
        return table.column(column).take(idx).reset_index(drop=True)

    def or_none(values: pd.Series) -> pd.Series | list[None]:
        empty = values == ""
        # None throughout is a column of None (object), as pandas infers it from the row-by-row path's list.
        return [None] * len(values) if empty.all() else values.where(~empty, None)

    given = checked.given[idx]
    matched: dict[str, list[Match | None]] = {}
    codes: dict[str, np.ndarray] = {}
    answers = [r if isinstance(r, Match) else None for r in names.answers()]
    for column in NAME_COLUMNS:
        codes[column], matched[column] = file.ids[column][idx], answers
    _count_uses(report, file, names)

    def per_name(column: str, get, empty) -> np.ndarray:
        return np.array([empty if m is None else get(m) for m in matched[column]] + [empty], dtype=object)

    def attr(column: str, get, empty) -> np.ndarray:
        return per_name(column, get, empty)[codes[column]]

    def text_attr(column: str, get, empty, *, instead: tuple[np.ndarray, str] | None = None) -> Any:
        """attr for a text attribute, or `instead`'s text where its mask is set: taken from one small array."""
        values, row_codes = per_name(column, get, empty), codes[column]
        if instead is not None:
            values, row_codes = np.append(values, instead[1]), np.where(instead[0], len(values), row_codes)
        return _taken(values, row_codes)

    place_text = text("place")
    has_place = attr("place", lambda m: True, False).astype(bool)
    row_geo = checked.geo_precision.iloc[idx].to_numpy(dtype=float, na_value=np.nan)
    row_radius = checked.uncertainty_m[idx]
    place_geo = attr("place", lambda m: m.geo_precision, 0).astype(float)
    place_radius = attr("place", lambda m: m.uncertainty_m, 0.0).astype(float)
    geo_precision = np.where(given, np.where(np.isnan(row_geo), settings.GIVEN_GEO_PRECISION, row_geo),
                             np.maximum(place_geo, np.nan_to_num(row_geo)))
    radius = np.where(given, np.where(np.isnan(row_radius), settings.GIVEN_UNCERTAINTY_M, row_radius),
                      np.maximum(place_radius, np.nan_to_num(row_radius)))
    latitude = np.where(given, checked.latitude[idx], attr("place", lambda m: m.latitude, math.nan).astype(float))
    longitude = np.where(given, checked.longitude[idx], attr("place", lambda m: m.longitude, math.nan).astype(float))
    flags = np.full(len(idx), "", dtype=object)
    far = given & has_place
    if far.any():
        # A point of its own far from the place the row names is flagged (incidents._check_given_point).
        distance, _ = inverse(longitude[far], latitude[far], attr("place", lambda m: m.longitude, 0.0)[far]
                              .astype(float), attr("place", lambda m: m.latitude, 0.0)[far].astype(float))
        limit = np.maximum(place_radius[far], GIVEN_FAR_M)
        for position, metres in zip(np.flatnonzero(far)[distance > limit].tolist(), distance[distance > limit]
                                    .tolist(), strict=True):
            flags[position] = "given_coordinates_far"
            key = names.key(int(codes["place"][position]))
            report.flag(key, "given_coordinates_far", f"row {table.file}:{int(table.rows[idx[position]])}: "
                        f"{metres / 1000:,.1f} km from {matched['place'][codes['place'][position]].place.name}")
    report.given += int(given.sum())
    columns: dict[str, Any] = {
        "id": text("id"), "date": checked.date.to_numpy(dtype=object)[idx], "date_text": text("date"),
        "time_precision": checked.time_precision[idx],
        "place": place_text.where(place_text != "", pd.Series(text_attr("place", lambda m: m.place.name, ""))).array,
        "place_id": text_attr("place", lambda m: m.place.id, None),
        "target": or_none(text("target")), "launch_site": or_none(text("launch_site")),
        "weapon": text("weapon"), "count": checked.counts["count"].iloc[idx].to_numpy(dtype=object, na_value=None),
        "outcome": checked.outcome.to_numpy(dtype=object)[idx],
        "fatalities": checked.counts["fatalities"].iloc[idx].to_numpy(dtype=object, na_value=None),
        "injuries": checked.counts["injuries"].iloc[idx].to_numpy(dtype=object, na_value=None),
        **{c: text(c) for c in ("damage", "claimed_by", "source", "url", "notes")},
        "latitude": latitude, "longitude": longitude,
        "geo_precision": pd.array(geo_precision, dtype="Float64").astype("Int64"), "uncertainty_m": radius,
        "geo_source": text_attr("place", lambda m: m.place.source, "", instead=(given | ~has_place, GIVEN_SOURCE)),
        "geo_match": text_attr("place", lambda m: m.method, None, instead=(given, "given")),
        "geo_score": _scores(np.where(given, math.nan, attr("place", lambda m: round(m.score, 1), math.nan)
                                      .astype(float))),
        "country": or_none(text("country")), "admin1": or_none(text("admin1")),
    }
    for prefix, column in (("target", "target"), ("launch", "launch_site")):
        columns[f"{prefix}_id"] = text_attr(column, lambda m: m.place.id, None)
        columns[f"{prefix}_name"] = text_attr(column, lambda m: m.place.name, None)
        columns[f"{prefix}_latitude"] = attr(column, lambda m: m.place.latitude, math.nan).astype(float)
        columns[f"{prefix}_longitude"] = attr(column, lambda m: m.place.longitude, math.nan).astype(float)
    columns["input_file"] = _taken(np.array([table.file], dtype=object), np.zeros(len(idx), dtype=np.int64))
    columns["input_row"] = table.rows[idx]
    for column in carried:
        columns[_carried_name(column, _BASE)] = (or_none(text(column)) if column in table.cells.columns
                                                  else [None] * len(idx))
    columns["_bulk_order"] = np.full(len(idx), file.order)
    columns["_bulk_key_place"] = codes["place"]
    columns["_bulk_key_target"] = codes["target"]
    columns["_bulk_key_launch"] = codes["launch_site"]
    columns["_bulk_target_unc"] = attr("target", lambda m: m.uncertainty_m, math.nan).astype(float)
    columns["_bulk_launch_unc"] = attr("launch_site", lambda m: m.uncertainty_m, math.nan).astype(float)
    columns["_bulk_given"] = given
    columns["_bulk_flags"] = flags
    # The column types pandas infers from the row-by-row path's lists: text as pandas' text arrays, converted a
    # column at a time and each object array let go at once (a million rows' lists of every column, held beside
    # their arrays, were the peak of the whole read); other objects as lists (numbers with None become floats).
    for name in list(columns):
        values = columns.pop(name)
        if isinstance(values, np.ndarray) and values.dtype == object:
            values = (pd.array(values, dtype="str") if pd.api.types.infer_dtype(values, skipna=True) == "string"
                      else values.tolist())
        columns[name] = values
    return columns


def _taken(values: np.ndarray, codes: np.ndarray) -> Any:
    """values[codes] as the frame's column: pandas' text (Arrow-backed) made from the few distinct values and then
    taken, when every value used is text or None (converting a million Python strings took 0.2 s a column);
    else the object array, which the caller turns into a list as for any other column."""
    import numpy as np
    import pandas as pd

    used = np.unique(codes)
    if pd.api.types.infer_dtype(values[used], skipna=True) != "string":
        return values[codes]
    only_used = np.full(len(values), None, dtype=object)
    only_used[used] = values[used]
    return pd.array(only_used, dtype="str").take(codes)


def _count_uses(report: GeocodingReport, file: _File, names: _Names) -> None:
    """Count the fast rows that use each name; a row that names a place twice counts once (as report.use)."""
    import numpy as np

    idx = file.fast
    assert idx is not None
    place, target, launch = (file.ids[c][idx] for c in NAME_COLUMNS)
    size = len(names.ids) + 1
    rows = (np.bincount(place[place >= 0], minlength=size)
            + np.bincount(target[(target >= 0) & (target != place)], minlength=size)
            + np.bincount(launch[(launch >= 0) & (launch != place) & (launch != target)], minlength=size))
    columns: dict[int, list[str]] = {}
    for column, ids in zip(NAME_COLUMNS, (place, target, launch), strict=True):
        for name_id in np.unique(ids[ids >= 0]).tolist():
            columns.setdefault(name_id, []).append(column)
    for name_id, used_in in columns.items():
        report.count_rows(names.key(name_id), used_in, int(rows[name_id]))


def _plausibility(frame: geopandas.GeoDataFrame, report: GeocodingReport, names: _Names) -> None:
    """incidents._plausibility on columns: a launch site beyond its weapon's range, an impact far from its
    target, a point given in the row far from every place of the file. Flags go into `_bulk_flags` and the
    report (the first row's detail for each name)."""
    import numpy as np
    import pandas as pd

    from .review import FAR_FROM_FILE_M, IMPACT_FAR_M, anchors_of, nearest_distances
    from .weapons import max_range

    flagged: dict[int, list[str]] = {}

    def flag(positions: np.ndarray, name: str, keys: np.ndarray, detail) -> None:
        for position in positions.tolist():
            flagged.setdefault(position, []).append(name)
            report.flag(names.key(int(keys[position])), name, detail(position))

    place_keys = frame["_bulk_key_place"].to_numpy(dtype=np.int64)
    target_keys = frame["_bulk_key_target"].to_numpy(dtype=np.int64)
    launch_keys = frame["_bulk_key_launch"].to_numpy(dtype=np.int64)
    # Read only for the flagged rows: a million file names as Python strings would cost more than the checks.
    files, rows = frame["input_file"].array, frame["input_row"].array
    lat, lon = frame["latitude"].to_numpy(dtype=float), frame["longitude"].to_numpy(dtype=float)
    anchors = anchors_of(r.result for r in report.names.values())
    given = np.flatnonzero(frame["_bulk_given"].to_numpy(dtype=bool)) if len(anchors) >= 3 else np.array([], int)
    nearest = np.asarray(nearest_distances(lon[given].tolist(), lat[given].tolist(), anchors), dtype=float)
    far = given[(nearest > FAR_FROM_FILE_M) & (place_keys[given] >= 0)]
    distance_of = dict(zip(given.tolist(), nearest.tolist(), strict=True))
    flag(far, "far_from_file", place_keys, lambda i: f"row {files[i]}:{rows[i]}: its coordinates ({lat[i]}, {lon[i]}) "
         f"lie {distance_of[i] / 1000:,.0f} km from every place of the file")
    radius = frame["uncertainty_m"].to_numpy(dtype=float)
    slack = np.where(np.isfinite(radius), radius, 0.0)
    weapon_codes, weapon_names = pd.factorize(frame["weapon"].astype(str))
    ranges = [max_range(w) or (math.nan, "") for w in weapon_names]
    metres = np.array([m for m, _ in ranges] + [math.nan], dtype=float)[weapon_codes]
    launch_m = frame["launch_distance_m"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        beyond = (launch_keys >= 0) & (launch_m - frame["_bulk_launch_unc"].to_numpy(dtype=float) - slack > metres)
    flag(np.flatnonzero(beyond), "beyond_weapon_range", launch_keys,
         lambda i: f"row {files[i]}:{rows[i]}: {launch_m[i] / 1000:,.1f} km from the impact; a "
                   f"{ranges[weapon_codes[i]][1]} flies at most {metres[i] / 1000:g} km")
    target_m = frame["distance_m"].to_numpy(dtype=float)
    target_names = frame["target_name"].to_numpy(dtype=object)
    with np.errstate(invalid="ignore"):
        far_target = (target_keys >= 0) & (target_m - frame["_bulk_target_unc"].to_numpy(dtype=float) - slack
                                             > IMPACT_FAR_M)
    flag(np.flatnonzero(far_target), "impact_far_from_target", np.where(place_keys >= 0, place_keys, target_keys),
         lambda i: f"row {files[i]}:{rows[i]}: {target_m[i] / 1000:,.1f} km from {target_names[i]}")
    if flagged:
        row_flags = frame["_bulk_flags"].to_numpy(dtype=object).copy()
        for position, earned in flagged.items():
            row_flags[position] = "|".join(filter(None, [row_flags[position], *earned]))
        frame["_bulk_flags"] = row_flags


def _geo_flags(frame: geopandas.GeoDataFrame, report: GeocodingReport, names: _Names) -> np.ndarray:
    """Each row's flags: its own, and those of the names it uses that belong to the name whatever the row."""
    import numpy as np

    of_name: dict[int, frozenset[str]] = {}
    for key, row in report.names.items():
        kinds = frozenset(f for f in row.flags if f in NAME_FLAGS)
        if kinds and key in names.ids:
            of_name[names.ids[key]] = kinds
    own = frame["_bulk_flags"].to_numpy(dtype=object)
    keys = [frame[c].to_numpy(dtype=np.int64) for c in ("_bulk_key_place", "_bulk_key_target", "_bulk_key_launch")]
    flags = np.full(len(frame), None, dtype=object)
    candidates = own != ""
    for column in keys:
        candidates |= np.isin(column, list(of_name)) if of_name else False
    for i in np.flatnonzero(candidates).tolist():
        found = set(own[i].split("|")) - {""}
        for column in keys:
            found |= of_name.get(int(column[i]), frozenset())
        flags[i] = "|".join(sorted(found)) or None
    return flags


def _scores(scores: np.ndarray) -> np.ndarray | list[None]:
    """Match scores; None throughout when no row has one (as a column of None, which the row-by-row path makes)."""
    import numpy as np

    return [None] * len(scores) if np.isnan(scores).all() else scores
