"""Gazetteer entries: a Place, a row of a gazetteer CSV read and checked, and the Index that finds places by name.

The leaf under the tiers: `gazetteer` (the curated tier and the Gazetteer that joins the tiers), `geonames` (the
second tier) and `units` (administrative units) all build on it, and it imports none of them.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import settings
from .countries import misplaced
from .errors import Problem
from .names import normalize, rules_digest

if TYPE_CHECKING:
    import numpy as np

REQUIRED_COLUMNS = (
    "id", "name", "kind", "country", "latitude", "longitude", "geo_precision", "uncertainty_m", "source",
)
OPTIONAL_COLUMNS = ("parent", "admin1", "aliases", "geonames_id", "polygon", "population")
ALIAS_SEPARATOR = "|"
#: Tiers of bulk gazetteers; ids with these prefixes come from an importer and join the second tier.
BULK_TIERS = ("geonames", "imported")
#: Fuzzy lookups an Index answers by scoring every key before it builds its bigram postings: building them costs
#: about ten brute-force lookups of the GeoNames tier, and `geomap geocode NAME` makes one or two.
BRUTE_FORCE_LOOKUPS = 10
BULK_ID_PREFIXES = ("geonames:", "gns:", "ocha:")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Coordinates are WGS84 degrees; note the order: latitude, then longitude."""

    id: str
    name: str
    kind: str
    country: str
    latitude: float
    longitude: float
    geo_precision: int
    uncertainty_m: float
    source: str
    parent: str = ""
    admin1: str = ""
    aliases: tuple[str, ...] = ()
    geonames_id: int | None = None
    polygon: str = ""
    tier: str = "curated"
    origin: str = field(default="", compare=False)
    population: int = 0  # GeoNames' figure where known; 0 unknown

    @property
    def category(self) -> str:
        """What matching reasons about: "site", "district", "city" or "region" (settings.PLACE_KINDS)."""
        return settings.PLACE_KINDS.get(self.kind, "site")

    @property
    def bulk(self) -> bool:
        """Is this a row of a bulk gazetteer (GeoNames, an imported dump) rather than a curated one? Bulk tiers
        hold thousands of villages that share names: their answers need context that curated rows do not."""
        return self.tier in BULK_TIERS

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then every alias."""
        return (self.name, *self.aliases)

    def __str__(self) -> str:
        return f"{self.name} [{self.id}, {self.country}]"


def _number(raw: str, column: str, problems: list[Problem], file: str, row: int) -> float | None:
    try:
        value = float(raw)
    except ValueError:
        problems.append(Problem(file, row, column, f"{raw!r} is not a number"))
        return None
    if not math.isfinite(value):
        problems.append(Problem(file, row, column, f"{raw!r} is not a finite number"))
        return None
    return value


def parse_row(rec: dict[str, str], file: str, row: int, tier: str, problems: list[Problem], *,
              check_shapes: bool = True) -> Place | None:
    """One gazetteer row as a Place, or None with its problems (file, row, column) appended."""
    before = len(problems)
    get = {k: (v or "").strip() for k, v in rec.items() if k is not None}
    for column in ("id", "name", "kind", "country", "source"):
        if not get.get(column):
            hint = " (say where the coordinates come from)" if column == "source" else ""
            problems.append(Problem(file, row, column, f"is empty{hint}"))
    lat = _number(get.get("latitude", ""), "latitude", problems, file, row)
    lon = _number(get.get("longitude", ""), "longitude", problems, file, row)
    if lat is not None and not -90 <= lat <= 90:
        problems.append(Problem(file, row, "latitude", f"{lat} is outside [-90, 90]"))
    if lon is not None and not -180 <= lon <= 180:
        problems.append(Problem(file, row, "longitude", f"{lon} is outside [-180, 180]"))
    kind = get.get("kind", "")
    if kind and kind not in settings.PLACE_KINDS:
        problems.append(Problem(file, row, "kind", f"{kind!r} is not one of {', '.join(settings.PLACE_KINDS)}"))
    if tier in ("curated", "user") and get.get("id", "").startswith(BULK_ID_PREFIXES):
        tier = "imported"  # an importer's output passed with --gazetteer: a bulk tier, not a curated one
    precision = get.get("geo_precision", "")
    if precision not in {str(p) for p in settings.GEO_PRECISIONS}:
        problems.append(Problem(file, row, "geo_precision", f"{precision!r} is not 1, 2 or 3 (ACLED)"))
    radius = _number(get.get("uncertainty_m", ""), "uncertainty_m", problems, file, row)
    if radius is not None and radius < 0:
        problems.append(Problem(file, row, "uncertainty_m", f"{radius} is negative (metres, >= 0)"))
    country = get.get("country", "").upper()
    if country and (len(country) != 2 or not country.isalpha()):
        problems.append(Problem(file, row, "country", f"{country!r} is not an ISO 3166-1 alpha-2 code"))
    population_raw = get.get("population", "")
    if population_raw and not population_raw.isdigit():
        problems.append(Problem(file, row, "population", f"{population_raw!r} is not a count of people"))
    geonames_raw = get.get("geonames_id", "")
    if geonames_raw and not geonames_raw.isdigit():
        problems.append(Problem(file, row, "geonames_id", f"{geonames_raw!r} is not a GeoNames id"))
    polygon = get.get("polygon", "")
    problem = _polygon_problem(polygon) if polygon and check_shapes else None
    if problem:
        problems.append(Problem(file, row, "polygon", problem))
    if len(problems) > before or lat is None or lon is None or radius is None:
        return None
    wrong_country = misplaced(country, lon, lat)
    if wrong_country:
        problems.append(Problem(file, row, "latitude/longitude", wrong_country))
        return None
    aliases = tuple(a.strip() for a in get.get("aliases", "").split(ALIAS_SEPARATOR) if a.strip())
    return Place(
        id=get["id"], name=get["name"], kind=kind, country=country, latitude=lat, longitude=lon,
        geo_precision=int(precision), uncertainty_m=radius, source=get["source"], parent=get.get("parent", ""),
        admin1=get.get("admin1", ""), aliases=aliases, geonames_id=int(geonames_raw) if geonames_raw else None,
        polygon=polygon, tier=tier, origin=file, population=int(population_raw) if population_raw else 0,
    )


def _polygon_problem(polygon: str) -> str | None:
    """Why a `polygon` cell is not a valid WKT polygon, or None. (shapely loads only when a cell is checked.)"""
    from shapely import wkt
    from shapely.errors import ShapelyError

    try:
        shape = wkt.loads(polygon)
    except (ShapelyError, ValueError):
        shape = None
    if shape is None or shape.geom_type not in ("Polygon", "MultiPolygon") or not shape.is_valid:
        return "is not a valid WKT POLYGON in longitude latitude order"
    return None


def read_places(path: Path, *, tier: str = "curated",
                check_shapes: bool = True) -> tuple[list[Place], list[Problem]]:
    """Read one gazetteer CSV; returns the good places and every problem found (file, row, column)."""
    file = str(path)
    problems: list[Problem] = []
    places: list[Place] = []
    # An outline of thousands of vertices is one long cell: lift the csv module's 128 kB limit while reading,
    # and leave the (global) limit as found.
    previous_limit = csv.field_size_limit(2**31 - 1)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                return [], [Problem(file, 1, None, f"missing column(s): {', '.join(missing)}")]
            seen: dict[str, int] = {}
            for rec in reader:
                row = reader.line_num
                place = parse_row(rec, file, row, tier, problems, check_shapes=check_shapes)
                if place is None:
                    continue
                if place.id in seen:
                    problems.append(Problem(file, row, "id", f"{place.id!r} is already used on row {seen[place.id]}"))
                    continue
                seen[place.id] = row
                places.append(place)
    except UnicodeDecodeError as exc:
        problems.append(Problem(file, None, None, f"is not UTF-8 (byte {exc.start}); save it as UTF-8"))
    except csv.Error as exc:
        problems.append(Problem(file, None, None, f"is not valid CSV: {exc}"))
    finally:
        csv.field_size_limit(previous_limit)
    return places, problems


def gazetteer_files(path: Path) -> list[Path]:
    """A gazetteer path is a CSV file or a folder of them."""
    if path.is_dir():
        return sorted(p for p in path.glob("*.csv") if p.is_file())  # a folder named x.csv is not a gazetteer
    return [path]


def labelled_keys(place: Place) -> list[tuple[str, str]]:
    """(normalized key, label) for each distinct key of a place's name and aliases."""
    seen: dict[str, str] = {}
    for label in place.names:
        key = normalize(label)
        if key and key not in seen:
            seen[key] = label
    return list(seen.items())


class Index:
    """Normalized-name lookup over a sequence of places."""

    def __init__(self, places: Sequence[Place], keys: Sequence[list[tuple[str, str]]] | None = None,
                 skeletons: dict[str, str] | None = None, *, cache: bool = False) -> None:
        self.places = list(places)
        # With `cache`, the keys and skeletons of these places' names are kept in the user's cache (JSON,
        # checked), so that a one-name lookup does not normalize thousands of names again.
        self._cache_file = _names_file(self.places) if cache else None
        cached = _read_names(self._cache_file, len(self.places)) if self._cache_file else None
        if cached is not None:
            keys, skeletons = cached
        self._known_skeletons = skeletons or {}  # key -> skeleton, computed ahead (the GeoNames cache)
        if keys is None:
            keys = [labelled_keys(p) for p in self.places]
            if self._cache_file is not None:
                _write_names(self._cache_file, keys, self._known_skeletons)
        self._keys_per_place = keys
        by_key: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, pairs in enumerate(keys):
            for key, label in pairs:
                by_key[key].append((i, label))
        self.by_key = dict(by_key)
        self.keys = list(self.by_key)
        self.by_id = {p.id: p for p in self.places}
        self._bigram_postings: dict[str, np.ndarray] | None = None
        self._keys_array: np.ndarray | None = None
        self._by_skeleton: dict[str, list[tuple[int, str]]] | None = None
        self._similar_calls = 0

    def transliterations(self, skeleton_key: str) -> list[tuple[Place, str]]:
        """Places with a name whose transliteration skeleton (names.skeleton) is `skeleton_key`."""
        if self._by_skeleton is None:
            from .names import skeleton_of_key

            by_skeleton: dict[str, list[tuple[int, str]]] = defaultdict(list)
            known = self._known_skeletons
            computed: dict[str, str] = {}
            for key, owners in self.by_key.items():
                skel = known.get(key)
                if skel is None:
                    skel = computed[key] = skeleton_of_key(key)
                if skel:
                    by_skeleton[skel].extend(owners)
            self._by_skeleton = dict(by_skeleton)
            if computed and self._cache_file is not None:
                _write_names(self._cache_file, self._keys_per_place, {**known, **computed})
        return [(self.places[i], label) for i, label in self._by_skeleton.get(skeleton_key, ())]

    def exact(self, key: str) -> list[tuple[Place, str]]:
        return [(self.places[i], label) for i, label in self.by_key.get(key, ())]

    def similar(self, key: str, cutoff: float) -> list[tuple[str, float]]:
        """Every key whose rapidfuzz ratio to `key` is at least `cutoff` (0-100), with its score.

        A bigram filter goes first: a key within Indel distance d of `key` shares all but at most 2*d of
        `key`'s distinct padded bigrams, and `cutoff` bounds d. Only the keys that pass are scored, which
        makes a fuzzy lookup in the GeoNames tier (36,000 keys) about a hundred times faster than scoring
        all of them. The filter is exact: it never drops a key that reaches the cutoff.
        """
        from rapidfuzz import fuzz, process

        grams = _bigrams(key)
        ratio = cutoff / 100.0
        max_distance = math.floor(2 * len(key) * (1 - ratio) / ratio + 1e-9) if ratio > 0 else len(key) * 4
        need = len(grams) - 2 * max_distance
        self._similar_calls += 1
        if need <= 0 or self._similar_calls <= BRUTE_FORCE_LOOKUPS:
            # Too short or too loose a cutoff for the filter to exclude anything; or one of a process's first
            # lookups, which scoring every key answers sooner than building the postings would.
            choices = self.keys
        else:
            import numpy as np  # only the postings need it: a first lookup does without (45 ms of import)

            postings = self._postings()
            found = [postings[g] for g in grams if g in postings]
            if not found:
                return []
            counts = np.bincount(np.concatenate(found), minlength=len(self.keys))
            choices = self._key_array()[counts >= need].tolist()
        hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        return [(hit, score) for hit, score, _ in hits]

    def _key_array(self) -> np.ndarray:
        import numpy as np

        if self._keys_array is None:
            self._keys_array = np.array(self.keys, dtype=object)
        return self._keys_array

    def _postings(self) -> dict[str, np.ndarray]:
        """Bigram -> the indexes of the keys that hold it; built on the first fuzzy lookup."""
        import numpy as np

        if self._bigram_postings is None:
            lists: dict[str, list[int]] = defaultdict(list)
            for i, key in enumerate(self.keys):
                for gram in _bigrams(key):
                    lists[gram].append(i)
            self._bigram_postings = {g: np.asarray(v, dtype=np.int32) for g, v in lists.items()}
        return self._bigram_postings


def _names_file(places: Sequence[Place]) -> Path:
    """The cache file of exactly these places' names (a digest of every id and name) under today's rules."""
    digest = hashlib.sha256()
    for place in places:
        digest.update("\x1e".join((place.id, *place.names)).encode("utf-8") + b"\x1f")
    return settings.cache_dir() / f"names-{digest.hexdigest()[:24]}-{rules_digest()}.json"


def _read_names(path: Path, count: int) -> tuple[list[list[tuple[str, str]]], dict[str, str]] | None:
    """(keys per place, skeletons) from a names cache, or None when absent or not what _write_names writes.
    JSON runs no code; every value is checked."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys, skeletons = data["keys"], data["skeletons"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (type(keys) is list and len(keys) == count and type(skeletons) is dict
            and all(type(k) is type(v) is str for k, v in skeletons.items())):
        return None
    pairs: list[list[tuple[str, str]]] = []
    for entry in keys:
        if type(entry) is not list or not all(type(p) is list and len(p) == 2 and type(p[0]) is type(p[1]) is str
                                              for p in entry):
            return None
        pairs.append([(key, label) for key, label in entry])
    return pairs, skeletons


def _write_names(path: Path, keys: Sequence[list[tuple[str, str]]], skeletons: dict[str, str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"keys": keys, "skeletons": skeletons}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        for stale in path.parent.glob("names-*.json"):
            if not stale.name.endswith(f"-{rules_digest()}.json"):
                stale.unlink(missing_ok=True)  # keys made by earlier rules are never read again
    except OSError:
        pass  # an unwritable cache only costs time


def _bigrams(key: str) -> set[str]:
    """The distinct bigrams of a key padded at both ends, so that edits at the ends count too."""
    padded = f"\x02{key}\x03"
    return {padded[i:i + 2] for i in range(len(padded) - 1)}
