"""geomap: an offline incident mapper.

A local gazetteer and geocoder that know transliteration variants and say how precise each point is.
"""

from __future__ import annotations

from .errors import AmbiguousPlace, DataError, GazetteerError, GeomapError, PlaceNotFound, UsageError
from .gazetteer import Gazetteer, Place
from .geocode import Candidate, Geocoder, Match, geocode

__version__ = "0.1.0"

__all__ = [
    "AmbiguousPlace",
    "Candidate",
    "DataError",
    "Gazetteer",
    "GazetteerError",
    "Geocoder",
    "GeomapError",
    "Match",
    "Place",
    "PlaceNotFound",
    "UsageError",
    "__version__",
    "geocode",
]
