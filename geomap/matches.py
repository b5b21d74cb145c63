"""What a lookup gives back: candidates, matches and the context they were found in, and why a name was refused.

Small immutable values (as geopy's Location), kept apart from the Geocoder that makes them so that the
CLI, the review and the geopy adapter can use them without the lookup machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .entries import Place
from .errors import AmbiguousPlace, GeomapError, PlaceNotFound


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that came close to a query: the label that came close, the evidence kind and its score."""

    place: Place
    matched: str
    score: float
    kind: str = "fuzzy"

    def __str__(self) -> str:
        evidence = self.kind if self.kind == "fuzzy" else f"{self.kind} match"
        return f"{self.place.name} [{self.place.id}, {self.place.country}] {evidence} {self.score:.0f}"


@dataclass(frozen=True, slots=True)
class Match:
    """A resolved name: the place, the label that matched, how (`method`: name, alias, transliteration or
    fuzzy) and how well (0-100), the runner-up and how far it lies, and what decided between them.

    `geo_precision` and `uncertainty_m` are the answer's, not only the place's: a fuzzy answer or one
    for "the area of X" is less precise than the place itself.
    """

    query: str
    place: Place
    matched: str
    score: float
    method: str
    runner_up: Candidate | None = None
    runner_up_m: float | None = None
    decided_by: str = "only match"
    geo_precision: int = 0
    uncertainty_m: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        return self.method

    @property
    def latitude(self) -> float:
        return self.place.latitude

    @property
    def longitude(self) -> float:
        return self.place.longitude

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        runner = self.runner_up
        return {
            "query": self.query, "id": p.id, "name": p.name, "matched": self.matched, "method": self.method,
            "score": round(self.score, 1), "latitude": p.latitude, "longitude": p.longitude, "kind": p.kind,
            "parent": p.parent or None, "country": p.country, "admin1": p.admin1 or None,
            "geo_precision": self.geo_precision, "uncertainty_m": self.uncertainty_m, "source": p.source,
            "tier": p.tier, "decided_by": self.decided_by,
            "runner_up": None if runner is None else {
                "id": runner.place.id, "name": runner.place.name, "country": runner.place.country,
                "kind": runner.kind, "score": round(runner.score, 1),
                "distance_km": None if self.runner_up_m is None else round(self.runner_up_m / 1000, 1)},
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Context:
    """Where an answer may lie. Empty fields do not restrict. `countries_given` tells a country the
    caller named from one assumed (home countries, the file's countries): only an assumed one may be
    widened by a place the caller names explicitly."""

    countries: frozenset[str] = frozenset()
    countries_given: bool = False
    admin1: Place | None = None
    within: Place | None = None

    def describe(self) -> str:
        parts = []
        if self.countries:
            parts.append(("in " if self.countries_given else "assumed in ") + "/".join(sorted(self.countries)))
        if self.admin1 is not None:
            parts.append(f"in {self.admin1.name}")
        if self.within is not None:
            parts.append(f"within {self.within.name}")
        return ", ".join(parts)


class UnknownUnit(GeomapError, LookupError):
    """Raised when an admin1 value names no governorate or province geomap knows."""


class CommonName(AmbiguousPlace):
    """A GeoNames name that several places bear, given without a governorate or parent to choose."""

    def __str__(self) -> str:
        return (f"{self.query!r} is the name of several places: " + "; ".join(str(c) for c in self.candidates)
                + " (give the row's admin1, or a parent: 'NAME, Governorate')")


class OutOfContext(PlaceNotFound):
    """Places match the name, but none in the context: say so, with them as candidates."""

    def __init__(self, query: str, candidates: list[Candidate], why: str) -> None:
        super().__init__(query, candidates)
        self.why = why

    def __str__(self) -> str:
        listed = "; ".join(str(c) for c in self.candidates)
        reason = f" ({self.why})" if self.why else ""
        return f"no place matches {self.query!r} in its context{reason}; outside it: {listed}"
