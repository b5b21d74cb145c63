"""Name -> Match against the gazetteer: exact, alias and fuzzy matching, with an explicit no-match.

Order of trust: an exact name or alias in the primary tier (curated + user files), then an exact
name in the GeoNames tier, then a fuzzy match over both, accepted only when it is clearly the best
(score >= settings.FUZZY_ACCEPT and the runner-up place well behind). Anything less raises
PlaceNotFound with the closest candidates: a wrong point is worse than no point.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import settings
from .countries import COUNTRY_NAMES
from .errors import AmbiguousPlace, GeomapError, PlaceNotFound, UsageError
from .gazetteer import Gazetteer, Index, Place
from .names import normalize


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that came close to a query, with the label that came close and its score (0-100)."""

    place: Place
    matched: str
    score: float

    def __str__(self) -> str:
        return f"{self.place.name} [{self.place.id}, {self.place.country}] {self.score:.0f}"


@dataclass(frozen=True, slots=True)
class Match:
    """A resolved name: the gazetteer place, the label that matched, how, and how well (0-100)."""

    query: str
    place: Place
    matched: str
    score: float
    method: str  # "name", "alias" or "fuzzy"

    @property
    def latitude(self) -> float:
        return self.place.latitude

    @property
    def longitude(self) -> float:
        return self.place.longitude

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "query": self.query, "id": p.id, "name": p.name, "matched": self.matched, "method": self.method,
            "score": round(self.score, 1), "latitude": p.latitude, "longitude": p.longitude, "kind": p.kind,
            "parent": p.parent or None, "country": p.country, "admin1": p.admin1 or None,
            "geo_precision": p.geo_precision, "uncertainty_m": p.uncertainty_m, "source": p.source, "tier": p.tier,
        }


def _split_context(query: str) -> tuple[str, list[str]]:
    """'Green Zone, Baghdad, IQ' -> ('Green Zone', ['Baghdad', 'IQ'])."""
    parts = [p.strip() for p in query.split(",")]
    return parts[0], [p for p in parts[1:] if p]


class Geocoder:
    """Resolves place names against a Gazetteer. Cheap to call many times: lookups are memoized."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, accept: float = settings.FUZZY_ACCEPT,
                 margin: float = settings.FUZZY_MARGIN) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self.accept = accept
        self.margin = margin
        self._memo: dict[tuple[str, str | None, str | None], Match | GeomapError] = {}

    # -- bias -------------------------------------------------------------------------------------
    def _context(self, parts: list[str], country: str | None, within: str | None) -> tuple[str | None, str | None]:
        for part in parts:
            code = part.upper() if len(part) == 2 and part.isalpha() else COUNTRY_NAMES.get(normalize(part))
            if code:
                country = country or code
                continue
            hits = {p.id for p, _ in self.gazetteer.index.exact(normalize(part))}
            if len(hits) == 1:
                within = within or hits.pop()
            else:
                raise PlaceNotFound(part, self.candidates(part))
        return (country.upper() if country else None), within

    def _fits(self, place: Place, country: str | None, within: str | None) -> bool:
        if country and place.country != country:
            return False
        if not within:
            return True
        if place.id == within or within in {a.id for a in self.gazetteer.ancestors(place)}:
            return True
        area = self.gazetteer.by_id.get(within)
        if area is None or place.tier == "curated" or place.tier == "user":
            return False
        # GeoNames places carry no parent: accept them when they lie inside the area's radius.
        from .geodesy import distance_m

        return distance_m(area.longitude, area.latitude, place.longitude, place.latitude) <= area.uncertainty_m

    # -- lookups ----------------------------------------------------------------------------------
    def _indexes(self) -> Iterator[Index]:
        """The primary tier, then (loaded only if asked for) the GeoNames tier."""
        yield self.gazetteer.index
        second = self.gazetteer.geonames
        if second is not None:
            yield second

    def _fuzzy(self, key: str, country: str | None, within: str | None, limit: int,
               cutoff: float = settings.CANDIDATE_MIN) -> list[Candidate]:
        best: dict[str, Candidate] = {}
        for tier_rank, index in enumerate(self._indexes()):
            for hit_key, score in index.similar(key, cutoff):
                for place, label in index.exact(hit_key):
                    if not self._fits(place, country, within):
                        continue
                    # Curated first on equal scores: sort key (score, -tier_rank).
                    old = best.get(place.id)
                    if old is None or score > old.score:
                        best[place.id] = Candidate(place, label, score - tier_rank * 1e-6)
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.place.id))
        return [Candidate(c.place, c.matched, round(c.score, 4)) for c in ranked[:limit]]

    def candidates(self, query: str, *, limit: int = settings.CANDIDATE_COUNT, country: str | None = None,
                   within: str | None = None) -> list[Candidate]:
        """The closest places to a name, best first (for 'did you mean' and `gazetteer search`)."""
        name, _ = _split_context(query)
        key = normalize(name)
        if not key:
            return []
        exact = [Candidate(p, label, 100.0) for index in self._indexes() for p, label in index.exact(key)
                 if self._fits(p, country, within)]
        seen = {c.place.id for c in exact}
        fuzzy = [c for c in self._fuzzy(key, country, within, limit) if c.place.id not in seen]
        return (exact + fuzzy)[:limit]

    def resolve(self, query: str, *, country: str | None = None, within: str | None = None) -> Match:
        """The place a name means. Raises PlaceNotFound (with candidates) or AmbiguousPlace."""
        if not isinstance(query, str):
            raise UsageError(f"a place name must be text, not {type(query).__name__}")
        memo_key = (query, country, within)
        cached = self._memo.get(memo_key)
        if cached is None:
            try:
                cached = self._resolve(query, country, within)
            except GeomapError as exc:
                cached = exc
            self._memo[memo_key] = cached
        if isinstance(cached, GeomapError):
            raise cached
        return cached

    def _resolve(self, query: str, country: str | None, within: str | None) -> Match:
        name, parts = _split_context(query)
        if parts and self.gazetteer.index.exact(normalize(query)):
            name, parts = query, []  # a name that holds a comma: "Embassy of the United States, Baghdad"
        country, within = self._context(parts, country, within)
        key = normalize(name)
        if not key:
            raise PlaceNotFound(query)
        for index in self._indexes():
            hits: dict[str, tuple[Place, str]] = {}
            for place, label in index.exact(key):
                if self._fits(place, country, within):
                    hits.setdefault(place.id, (place, label))
            if len(hits) == 1:
                place, label = next(iter(hits.values()))
                method = "name" if label == place.name else "alias"
                return Match(query, place, label, 100.0, method)
            if len(hits) > 1:
                raise AmbiguousPlace(query, [Candidate(p, label, 100.0) for p, label in hits.values()])
        # Only places within `margin` of an accepted score can decide the answer: search no lower than that.
        found = self._fuzzy(key, country, within, settings.CANDIDATE_COUNT, cutoff=self.accept - self.margin)
        if found and found[0].score >= self.accept:
            runner_up = found[1].score if len(found) > 1 else 0.0
            if found[0].score - runner_up >= self.margin:
                top = found[0]
                return Match(query, top.place, top.matched, top.score, "fuzzy")
            raise AmbiguousPlace(query, [c for c in found if found[0].score - c.score < self.margin])
        raise PlaceNotFound(query, lambda: self._fuzzy(key, country, within, settings.CANDIDATE_COUNT))

    def resolve_many(self, names: Iterable[str], *, country: str | None = None,
                     within: str | None = None) -> dict[str, Match | GeomapError]:
        """Resolve each distinct name once; failures are returned, not raised, so all are reported."""
        results: dict[str, Match | GeomapError] = {}
        for name in dict.fromkeys(names):
            try:
                results[name] = self.resolve(name, country=country, within=within)
            except GeomapError as exc:
                results[name] = exc
        return results


    def locate(self, names: Iterable[str], *, country: str | None = None,
               within: str | None = None) -> tuple[Any, Any]:
        """(longitudes, latitudes) of many names as numpy arrays, NaN where a name does not resolve.

        Each distinct name is resolved once, so a column of a million rows that repeat a few hundred
        names costs a few hundred lookups and one array take.
        """
        import numpy as np
        import pandas as pd

        codes, uniques = pd.factorize(pd.Series(list(names), dtype=object))
        lon = np.full(len(uniques) + 1, np.nan)
        lat = np.full(len(uniques) + 1, np.nan)
        for i, name in enumerate(uniques):
            try:
                match = self.resolve(str(name), country=country, within=within)
            except GeomapError:
                continue
            lon[i], lat[i] = match.longitude, match.latitude
        return lon[codes], lat[codes]  # code -1 (a missing name) takes the last slot, which stays NaN


def geocode(name: str, *, gazetteer: Gazetteer | None = None, country: str | None = None,
            within: str | None = None) -> Match:
    """One-off lookup: `geomap.geocode("Ain al-Asad").latitude`."""
    return Geocoder(gazetteer).resolve(name, country=country, within=within)
