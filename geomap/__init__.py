"""geomap: an offline incident mapper.

A local gazetteer and geocoder that know transliteration variants and say how precise each point is.
"""

from __future__ import annotations

from .errors import AmbiguousPlace, DataError, GazetteerError, GeomapError, PlaceNotFound, UsageError
from .gazetteer import Gazetteer, Place
from .geocode import Geocoder, geocode
from .matches import Candidate, CommonName, Context, Match

__version__ = "0.1.0"


def __getattr__(name: str):
    # The heavy half of the API (geopandas, pyproj, folium) loads on first use, so `geomap --help`
    # and plain geocoding stay fast.
    if name == "load_incidents":
        from .incidents import load_incidents

        return load_incidents
    if name == "read_incidents":
        from .incidents import read_incidents

        return read_incidents
    if name == "build":
        from .build import build

        return build
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


__all__ = [
    "AmbiguousPlace",
    "Candidate",
    "CommonName",
    "Context",
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
    "build",
    "geocode",
    "load_incidents",
    "read_incidents",
]
