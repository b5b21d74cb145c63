"""Resolving the names of a whole file in context, and the plausibility report (`geocoding.csv`).

A name alone can be anywhere; the names of one file are usually in one area. Resolution of a file:

1. names whose row gives a country (or with `--country`) are resolved in it, and in the row's
   governorate (`admin1`) when given;
2. for the others, the file's countries are inferred: the countries where the file's names are exactly
   some place's name, when a country holds at least FILE_COUNTRY_SHARE of them; the others are
   resolved in those countries (in settings.HOME_COUNTRIES when the names tell none);
3. an answer that rests on weaker evidence than a name (a GeoNames alias, a transliteration, a fuzzy
   match) and lies more than FAR_FROM_FILE_M from every other place of the file is refused; a name
   answer that far is flagged. A name that fits places in several areas is decided by the file's area
   when exactly one of them lies within NEAR_FILE_M of the file's other places (a name that several
   villages bear is not: only a governorate or a parent tells those apart).

Every distinct name then gets one row in geocoding.csv: what it resolved to, how, the runner-up, how
many rows use it, and its flags (see FLAGS).
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import settings
from .errors import AmbiguousPlace, DataError, GeomapError, PlaceNotFound, Problem, UsageError
from .geocode import Geocoder
from .matches import Candidate, CommonName, Context, Match

#: A country counts as the file's when it holds this share of the names that are exact somewhere.
FILE_COUNTRY_SHARE = 0.1
#: An alias, transliteration or fuzzy answer this far from every other place of the file is refused.
FAR_FROM_FILE_M = 300_000.0
#: An ambiguous name is decided by the candidate that lies this close to the file's other places.
NEAR_FILE_M = 100_000.0
#: Given coordinates this far from the named place (beyond its radius) are flagged.
GIVEN_FAR_M = 25_000.0
#: An impact this far from its target (beyond both radii) is flagged.
IMPACT_FAR_M = 25_000.0

FLAGS = {
    "fuzzy": "a fuzzy match: the spelling is not one the gazetteer knows",
    "far_from_file": "more than 300 km from every other place of the file",
    "decided_by_file_area": "several places have this name; the file's other places chose one",
    "beyond_weapon_range": "a launch site farther from the impact than the weapon flies",
    "impact_far_from_target": "an impact more than 25 km from its target",
    "given_coordinates_far": "coordinates given in the row lie far from the place it names",
}


@dataclass(frozen=True)
class NameUse:
    """A name as one row uses it, with the context the row gives."""

    name: str
    column: str
    country: str = ""
    admin1: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.name, self.country, self.admin1)


Result = Match | GeomapError


class FarFromFile(PlaceNotFound):
    """An answer on weak evidence, far from every other place of the file: refused, with itself as candidate."""

    def __init__(self, query: str, match: Match, nearest_m: float) -> None:
        super().__init__(query, [Candidate(match.place, match.matched, match.score, match.method)])
        self.nearest_m = nearest_m

    def __str__(self) -> str:
        c = self.candidates[0]
        return (f"{self.query!r} matches only {c} ({c.kind}), {self.nearest_m / 1000:,.0f} km from every other "
                f"place of the file; not used (give the row a country, or add the place with --gazetteer)")


def _row_context(use: NameUse, countries: Sequence[str]) -> tuple[str | tuple[str, ...] | None, str | None]:
    if use.country:
        return use.country, use.admin1 or None
    return (tuple(countries) or None), use.admin1 or None


def resolve_uses(geocoder: Geocoder, uses: Iterable[NameUse], *, countries: Sequence[str] = (),
                 within: str | None = None) -> dict[tuple[str, str, str], Result]:
    """Resolve every distinct name of a file in its context (see the module docstring).

    Raises UsageError when `within` names no single place: the context itself must be clear.
    """
    if within:
        try:
            geocoder.context(tuple(countries) or None, within=within)
        except GeomapError as exc:
            raise UsageError(f"--within {within!r}: {exc}") from None
    distinct = list({u.key: u for u in uses}.values())
    results: dict[tuple[str, str, str], Result] = {}
    open_names = [u for u in distinct if not u.country and not countries]
    # The file's own countries when its names tell them; geomap's home countries when they do not.
    assumed = infer_countries(geocoder, [u.name for u in open_names]) or set(settings.HOME_COUNTRIES)
    contexts: dict[tuple[str, str, str], Context] = {}
    for use in distinct:
        country, admin1 = _row_context(use, countries)
        try:
            results[use.key] = geocoder.resolve(use.name, country=country, admin1=admin1, within=within,
                                                assume=assumed)
            context = geocoder.context(country, admin1=admin1, within=within)
            contexts[use.key] = context if context.countries else Context(
                frozenset(assumed), False, context.admin1, context.within)
        except GeomapError as exc:
            results[use.key] = exc
    _check_area(geocoder, results, contexts)
    return results


def infer_countries(geocoder: Geocoder, names: Sequence[str]) -> set[str]:
    """The countries that hold at least FILE_COUNTRY_SHARE of the names that are exact in one country."""
    votes: Counter[str] = Counter()
    for name in dict.fromkeys(names):
        found = geocoder.exact_countries(name, also=settings.GEONAMES_COUNTRIES)
        if len(found) == 1:
            votes[next(iter(found))] += 1
    total = sum(votes.values())
    return {c for c, n in votes.items() if n >= 2 and n >= FILE_COUNTRY_SHARE * total}


def nearest_other(point: tuple[float, float], own_id: str, anchors: dict[str, tuple[float, float]]) -> float:
    """Metres from a point (longitude, latitude) to the nearest anchor other than `own_id`; inf when none."""
    others = {pid: xy for pid, xy in anchors.items() if pid != own_id}
    return float(nearest_distances([point[0]], [point[1]], others)[0])


def nearest_distances(lons, lats, anchors: dict[str, tuple[float, float]]):
    """Metres from each point (arrays of longitude, latitude) to its nearest anchor, for many points at once.

    The nearest anchor is found on the sphere (the largest dot product of unit vectors, in chunks), then its
    distance is measured on the WGS84 ellipsoid; the sphere can pick a neighbour whose distance is within half a
    percent of the true nearest one's, which does not matter for the FAR_FROM_FILE_M test this serves."""
    import numpy as np

    from .geodesy import inverse

    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    if not anchors or not len(lons):
        return np.full(len(lons), math.inf)
    points = np.array(list(anchors.values()), dtype=float)

    def unit(lon, lat):
        lon, lat = np.radians(lon), np.radians(lat)
        return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=-1)

    toward = unit(points[:, 0], points[:, 1])
    given = unit(lons, lats)
    best = np.empty(len(lons), dtype=np.int64)
    chunk = max(1, 4_000_000 // len(points))
    for start in range(0, len(lons), chunk):
        best[start:start + chunk] = (given[start:start + chunk] @ toward.T).argmax(axis=1)
    distance, _ = inverse(lons, lats, points[best, 0], points[best, 1])
    return distance


#: A place this large (a governorate) says nothing about where the file's other places are.
ANCHOR_MAX_RADIUS_M = 50_000.0


def anchors_of(results: Iterable[Result]) -> dict[str, tuple[float, float]]:
    """The points (longitude, latitude) of the answers that can stand for the file's area: not governorates."""
    return {r.place.id: (r.longitude, r.latitude) for r in results
            if isinstance(r, Match) and r.uncertainty_m < ANCHOR_MAX_RADIUS_M}


def _weak(match: Match) -> bool:
    """Evidence weaker than a name: a GeoNames alias, any transliteration or fuzzy match."""
    return match.method in ("transliteration", "fuzzy") or (match.method == "alias" and match.place.bulk)


def _check_area(geocoder: Geocoder, results: dict[tuple[str, str, str], Result],
                contexts: dict[tuple[str, str, str], Context]) -> None:
    """Refuse weak answers far from the file's other places; decide ambiguous names by the file's area, among
    the candidates the row's own context allows (a place named elsewhere in the file is near by itself)."""
    anchors = anchors_of(results.values())
    if len(anchors) < 3:
        return  # two places say nothing about an area
    for key, result in list(results.items()):
        if isinstance(result, Match) and _weak(result):
            nearest = nearest_other((result.longitude, result.latitude), result.place.id, anchors)
            if nearest > FAR_FROM_FILE_M:
                results[key] = FarFromFile(key[0], result, nearest)
        elif isinstance(result, AmbiguousPlace) and not isinstance(result, CommonName):
            # Only names and aliases of places that could be answers at all: never a village by its name alone.
            context = contexts.get(key)
            allowed = [c for c in result.candidates if isinstance(c, Candidate) and c.kind in ("name", "alias")
                       and (not c.place.bulk or c.place.population >= settings.SMALL_PLACE)
                       and context is not None and geocoder.inside(c.place, context)]
            near = [c for c in allowed if c.place.id in anchors or nearest_other(
                (c.place.longitude, c.place.latitude), c.place.id, anchors) <= NEAR_FILE_M]
            if len(near) == 1:
                chosen = near[0]
                others = [c for c in allowed if c.place.id != chosen.place.id]
                results[key] = geocoder.match(key[0], chosen, "file area", others[0] if others else None)


@dataclass
class NameRow:
    """One distinct name of a build or extract, for geocoding.csv."""

    use: NameUse
    result: Result
    columns: set[str] = field(default_factory=set)
    where: set[tuple[str, int]] = field(default_factory=set)  # (file, row) of every row that uses it
    counted: int = 0  # rows counted as a column, beside `where` (read_incidents' column-wise path)

    @property
    def rows(self) -> int:
        return len(self.where) + self.counted
    flags: dict[str, str] = field(default_factory=dict)


class GeocodingReport:
    """What every distinct name resolved to, how, and what looks wrong: geocoding.csv and a summary line."""

    COLUMNS = ("name", "row_country", "row_admin1", "status", "id", "place", "latitude", "longitude", "country",
               "tier", "match", "score", "matched", "geo_precision", "uncertainty_m", "decided_by", "runner_up",
               "runner_up_match", "runner_up_km", "rows", "columns", "flags", "details")

    def __init__(self) -> None:
        self.names: dict[tuple[str, str, str], NameRow] = {}
        self.given = 0  # rows placed by their own coordinates

    def use(self, use: NameUse, result: Result, where: tuple[str, int] | None = None) -> None:
        """`use` in the row `where` (file, row): a row that names a place twice counts once."""
        row = self.names.setdefault(use.key, NameRow(use, result))
        row.where.add(where if where is not None else (use.column, len(row.where)))
        row.columns.add(use.column)

    def register(self, use: NameUse, result: Result) -> None:
        """A distinct name, before any row is counted (so that names keep the order the rows first use them)."""
        self.names.setdefault(use.key, NameRow(use, result))

    def count_rows(self, key: tuple[str, str, str], columns: Iterable[str], rows: int) -> None:
        """`rows` distinct rows, which no other call counts, use the registered name `key` in `columns`."""
        row = self.names[key]
        row.counted += rows
        row.columns.update(columns)

    def flag(self, key: tuple[str, str, str], flag: str, detail: str) -> None:
        row = self.names.get(key)
        if row is not None and flag not in row.flags:
            row.flags[flag] = detail

    def finish(self) -> None:
        """Flags that follow from the answers alone."""
        anchors = anchors_of(r.result for r in self.names.values())
        for key, row in self.names.items():
            result = row.result
            if not isinstance(result, Match):
                continue
            if result.method == "fuzzy":
                self.flag(key, "fuzzy", f"matched {result.matched!r} at {result.score:.0f}")
            if result.decided_by == "file area":
                self.flag(key, "decided_by_file_area", FLAGS["decided_by_file_area"])
            if len(anchors) >= 3:
                nearest = nearest_other((result.longitude, result.latitude), result.place.id, anchors)
                if nearest > FAR_FROM_FILE_M:
                    self.flag(key, "far_from_file", f"{nearest / 1000:,.0f} km from the nearest other place")

    @property
    def flagged(self) -> list[NameRow]:
        return [r for r in self.names.values() if r.flags]

    def summary(self, where: str) -> str:
        kinds = Counter(r.result.method for r in self.names.values() if isinstance(r.result, Match))
        parts = [f"{kinds[k]} {k}" for k in ("name", "alias", "transliteration", "fuzzy") if kinds[k]]
        refused = sum(1 for r in self.names.values() if not isinstance(r.result, Match))
        if refused:
            parts.append(f"{refused} not in the gazetteer")
        if self.given:
            parts.append(f"{self.given} row(s) by their own coordinates")
        head = f"{len(self.names)} name(s): " + (", ".join(parts) or "none")
        return f"{head}; {len(self.flagged)} flagged; review {where}"

    def problems(self, file: str) -> list[Problem]:
        """Every flag as a problem, for --strict."""
        return [Problem(file, None, None, f"{r.use.name!r} ({', '.join(sorted(r.columns))}, {r.rows} row(s)): "
                        f"{flag}: {detail}") for r in self.flagged for flag, detail in r.flags.items()]

    def merge(self, other: GeocodingReport) -> None:
        """Add what `other` counted (a part's report, begun as a copy of this one before any row was counted)."""
        for key, theirs in other.names.items():
            mine = self.names.setdefault(key, NameRow(theirs.use, theirs.result))
            mine.columns |= theirs.columns
            mine.where |= theirs.where
            mine.counted += theirs.counted
            for flag, detail in theirs.flags.items():
                mine.flags.setdefault(flag, detail)
        self.given += other.given

    def strict(self, file: str) -> None:
        problems = self.problems(file)
        if problems:
            raise DataError(problems)

    def rows(self) -> list[dict[str, object]]:
        out = []
        for row in sorted(self.names.values(), key=lambda r: (r.use.name.casefold(), r.use.country, r.use.admin1)):
            record: dict[str, object] = dict.fromkeys(self.COLUMNS, "")
            record.update(name=row.use.name, row_country=row.use.country, row_admin1=row.use.admin1, rows=row.rows,
                          columns="|".join(sorted(row.columns)), flags="|".join(sorted(row.flags)))
            result = row.result
            if isinstance(result, Match):
                p = result.place
                runner = result.runner_up
                record.update(
                    status="resolved", id=p.id, place=p.name, latitude=p.latitude, longitude=p.longitude,
                    country=p.country, tier=p.tier, match=result.method, score=round(result.score, 1),
                    matched=result.matched, geo_precision=result.geo_precision, uncertainty_m=result.uncertainty_m,
                    decided_by=result.decided_by,
                    runner_up="" if runner is None else f"{runner.place.name} [{runner.place.id}, "
                                                        f"{runner.place.country}]",
                    runner_up_match="" if runner is None else f"{runner.kind} {runner.score:.0f}",
                    runner_up_km="" if result.runner_up_m is None else round(result.runner_up_m / 1000, 1),
                    details="; ".join([*result.notes, *row.flags.values()]))
            else:
                record.update(status="ambiguous" if isinstance(result, AmbiguousPlace) else "unresolved",
                              details=str(result))
            out.append(record)
        return out

    def write_csv(self, path: Path) -> None:
        """geocoding.csv: UTF-8 with a BOM (Excel), no cell a spreadsheet would run; written atomically."""
        from .celltext import spreadsheet_safe
        from .files import atomic_open

        with atomic_open(path, encoding="utf-8-sig") as handle:
            writer = csv.DictWriter(handle, fieldnames=self.COLUMNS, lineterminator="\r\n")
            writer.writeheader()
            for record in self.rows():
                writer.writerow({k: spreadsheet_safe(v) if isinstance(v, str) else v for k, v in record.items()})
