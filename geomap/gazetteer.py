"""The gazetteer: places read from diffable CSV files, validated and indexed by normalized name.

Two tiers answer a lookup. The primary tier is the curated gazetteer shipped in gazetteer/
plus any files the user adds (a user's row replaces a shipped row with the same id). The second
tier is GeoNames populated places (see `geonames`), consulted only when the primary tier has no
exact answer; curated entries always win. Entries, rows and the name index are `entries`'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import settings
from .entries import (  # noqa: F401 - re-exported: `from geomap.gazetteer import Place` keeps working
    ALIAS_SEPARATOR,
    BULK_ID_PREFIXES,
    BULK_TIERS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    Index,
    Place,
    _polygon_problem,
    gazetteer_files,
    labelled_keys,
    parse_row,
    read_places,
)
from .errors import GazetteerError, Problem
from .geonames import load_tier, tier_skeletons
from .units import Units, load_units

#: `gazetteer check`: a point this far outside the outline of its admin1 is misfiled. The 1:10m outlines are
#: generalized, and Natural Earth's Baghdad leaves out towns of the governorate 20 km south (Latifiya).
ADMIN1_TOLERANCE_DEG = 0.25


class Gazetteer:
    """Curated places (plus user files) and, lazily, the GeoNames tier."""

    def __init__(self, places: Sequence[Place], *, geonames: bool = True) -> None:
        # Rows of an importer's output passed with --gazetteer join the second tier, where bulk rows belong.
        self.places = [p for p in places if not p.bulk]
        self.imported = [p for p in places if p.bulk]
        self.by_id = {p.id: p for p in self.places}
        self.index = Index(self.places, cache=True)
        self._use_geonames = geonames
        self._geonames: Index | None = None
        self._units: Units | None = None
        self.files: dict[str, int] = {}  # each file read, with how many places it gave
        self.derived: dict[str, Place] = {}  # points the geocoder made ("between A and B"), by id

    @classmethod
    def load(cls, extra: Iterable[Path] = (), *, defaults: bool = True, geonames: bool = True) -> Gazetteer:
        """Load the shipped gazetteer and the user's files; raise GazetteerError listing every problem."""
        problems: list[Problem] = []
        merged: dict[str, Place] = {}
        sources: list[tuple[Path, str]] = []
        if defaults:
            sources += [(f, "curated") for f in gazetteer_files(settings.default_gazetteer_dir())]
        for path in extra:
            path = Path(path)
            if not path.exists():
                problems.append(Problem(str(path), None, None, "does not exist"))
                continue
            sources += [(f, "user") for f in gazetteer_files(path)]
        for path, tier in sources:
            # The shipped files' outlines are checked by `gazetteer check` (CI runs it), not at every start.
            places, found = read_places(path, tier=tier, check_shapes=tier != "curated")
            problems += found
            for place in places:
                merged[place.id] = place  # later files override earlier ones
        for place in merged.values():
            if place.parent and place.parent not in merged:
                problems.append(Problem(place.origin, None, "parent", f"{place.id}: unknown parent {place.parent!r}"))
        if problems:
            raise GazetteerError(problems)
        gazetteer = cls(list(merged.values()), geonames=geonames)
        for path, _ in sources:
            count = sum(1 for p in gazetteer.places if p.origin == str(path))
            if count:
                gazetteer.files[str(path)] = count
        return gazetteer

    def __len__(self) -> int:
        return len(self.places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places)

    def get(self, place_id: str) -> Place | None:
        place = self.by_id.get(place_id)
        if place is None and place_id.startswith(BULK_ID_PREFIXES) and self.geonames is not None:
            place = self.geonames.by_id.get(place_id)  # loads the tier: an id given by hand must be found
        if place is None and place_id.startswith("admin1:"):
            place = self.units.by_id.get(place_id)
        return place if place is not None else self.derived.get(place_id)

    def remember(self, place: Place) -> None:
        """Keep a point the geocoder derived, so that layers and outputs find it by id like any place."""
        self.derived.setdefault(place.id, place)

    def ancestors(self, place: Place) -> list[Place]:
        """Parent, grandparent... of a place (stops on a cycle)."""
        chain: list[Place] = []
        seen = {place.id}
        current = place
        while current.parent and current.parent not in seen:
            parent = self.by_id.get(current.parent)
            if parent is None:
                break
            chain.append(parent)
            seen.add(parent.id)
            current = parent
        return chain

    @property
    def geonames(self) -> Index | None:
        """The second tier (GeoNames' cities500, dumps imported into geomap's data folder, and bulk files given
        with --gazetteer), loaded on first use; None when switched off and nothing was imported by hand."""
        if not self._use_geonames and not self.imported:
            return None
        if self._geonames is None:
            curated_ids = {p.geonames_id for p in self.places if p.geonames_id is not None}
            tier = load_tier() if self._use_geonames else []
            by_id = {p.id: (p, k) for p, k in tier}
            by_id.update((p.id, (p, labelled_keys(p))) for p in self.imported)
            kept = [(p, k) for p, k in by_id.values() if p.geonames_id not in curated_ids or p.geonames_id is None]
            self._geonames = Index([p for p, _ in kept], [k for _, k in kept], tier_skeletons())
        return self._geonames

    @property
    def units(self) -> Units:
        """Administrative units (governorates, provinces) with outlines, loaded on first use."""
        if self._units is None:
            self._units = load_units()
        return self._units

    def check(self) -> list[Problem]:
        """Problems a hand edit can introduce that loading tolerates: an alias two places of one country claim,
        a point outside its country's outline or its governorate's, a child beyond its parent's radius, a parent
        chain that loops."""
        from .geodesy import distance_m

        problems: list[Problem] = []
        for key, owners in self.index.by_key.items():
            by_country: dict[str, set[str]] = defaultdict(set)
            for i, _ in owners:
                by_country[self.index.places[i].country].add(self.index.places[i].id)
            for country, owner_ids in sorted(by_country.items()):
                if len(owner_ids) > 1:
                    ids = sorted(owner_ids)
                    labels = sorted({label for i, label in owners if self.index.places[i].id in owner_ids})
                    problems.append(Problem(self.by_id[ids[0]].origin, None, "aliases",
                                            f"{' / '.join(labels)} (key {key!r}) is claimed by {', '.join(ids)} "
                                            f"in {country}"))
        units = self.units
        for place in [*self.places, *units.places]:
            if place.polygon and (problem := _polygon_problem(place.polygon)):
                problems.append(Problem(place.origin, None, "polygon", f"{place.id}: {problem}"))
        for place in self.places:
            where = f"{place.id}: {place.latitude}, {place.longitude}"
            inside = units.in_country(place.country, place.longitude, place.latitude)
            if inside is False:
                problems.append(Problem(place.origin, None, "latitude/longitude",
                                        f"{where} lies outside {place.country}'s outline"))
            known = units.named(place.admin1, frozenset({place.country})) if place.admin1 else []
            if place.admin1 and units.places and len(known) != 1:
                problems.append(Problem(place.origin, None, "admin1", f"{place.id}: {place.admin1!r} names no "
                                        f"governorate or province of {place.country} (gazetteer/admin/admin1.csv)"))
            elif known and units.distance_deg(known[0], place.longitude, place.latitude) > ADMIN1_TOLERANCE_DEG:
                problems.append(Problem(place.origin, None, "admin1", f"{where} lies outside {place.admin1}"))
            chain = self.ancestors(place)
            if chain and chain[-1].parent and chain[-1].parent in {place.id, *[c.id for c in chain]}:
                problems.append(Problem(place.origin, None, "parent", f"{place.id}: parent chain loops"))
            if place.parent and place.parent == place.id:
                problems.append(Problem(place.origin, None, "parent", f"{place.id} is its own parent"))
            parent = self.by_id.get(place.parent) if place.parent else None
            if parent is not None and parent.id != place.id:
                apart = distance_m(parent.longitude, parent.latitude, place.longitude, place.latitude)
                if apart > parent.uncertainty_m + place.uncertainty_m:
                    problems.append(Problem(place.origin, None, "parent",
                                            f"{place.id} lies {apart / 1000:.1f} km from {parent.id}, beyond its "
                                            f"radius of {parent.uncertainty_m / 1000:.1f} km and its own"))
        return problems
