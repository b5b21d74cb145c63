"""A geopy-compatible geocoder over the local gazetteer, for geopandas.tools.geocode and friends.

    >>> import geopandas
    >>> from geomap.geopy_adapter import GazetteerGeocoder
    >>> geopandas.tools.geocode(["Mansour", "Harthiya"], provider=GazetteerGeocoder)

No network, no rate limit. A name the gazetteer cannot resolve gives None (geopy's "not found"),
never a guessed point; `raw` carries the gazetteer id, the matched alias, score and precision.
"""

from __future__ import annotations

from typing import Any

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location

from .errors import AmbiguousPlace, PlaceNotFound
from .gazetteer import Gazetteer
from .geocode import Geocoder as GazetteerLookup
from .matches import Match


def _location(match: Match) -> Location:
    place = match.place
    address = ", ".join(part for part in (place.name, place.admin1, place.country) if part)
    return Location(address, (place.latitude, place.longitude), match.to_dict())


class GazetteerGeocoder(Geocoder):
    """geopy Geocoder backed by geomap's gazetteer. `country` and `within` bias every lookup."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, country: str | None = None,
                 within: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lookup = GazetteerLookup(gazetteer)
        self.country = country
        self.within = within

    def geocode(self, query: str, *, exactly_one: bool = True,
                timeout: Any = DEFAULT_SENTINEL) -> Location | list[Location] | None:
        """Location for `query`, or None. With exactly_one=False, every equally good candidate."""
        try:
            match = self.lookup.resolve(query, country=self.country, within=self.within)
        except AmbiguousPlace as exc:
            if exactly_one:
                return None
            return [_location(Match(query, c.place, c.matched, c.score, "ambiguous", decided_by="nothing: ambiguous",
                                    geo_precision=c.place.geo_precision, uncertainty_m=c.place.uncertainty_m))
                    for c in exc.candidates]
        except PlaceNotFound:
            return None
        location = _location(match)
        return location if exactly_one else [location]
