"""Administrative units (governorates, provinces) with their outlines, for names and for context.

`gazetteer/admin/admin1.csv` is derived from Natural Earth's admin-1 layer (public domain) by
`gazetteer/admin/derive_admin1.py`; it has the gazetteer's columns, so every unit is a `Place` of kind
"region" with a polygon. Units answer names that say they are units ("Homs Governorate") and tell
whether a point lies in the governorate a data row names (its `admin1` column).
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from . import settings
from .errors import GazetteerError
from .gazetteer import Index, Place, read_places
from .names import normalize

#: A point this close to a unit's outline counts as inside it: the outlines are generalized (1:10m), but a small
#: governorate (Baghdad's is 30 km across) must not take in its neighbour's districts.
BORDER_TOLERANCE_DEG = 0.03


class Units:
    """Administrative units by name, with point-in-unit tests."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.index = Index(places)
        self.by_id = {p.id: p for p in places}

    @cached_property
    def _shapes(self) -> dict[str, Any]:
        import shapely
        from shapely import wkt

        shapes = {p.id: wkt.loads(p.polygon) for p in self.places if p.polygon}
        for shape in shapes.values():
            shapely.prepare(shape)
        return shapes

    def named(self, name: str, countries: frozenset[str] = frozenset()) -> list[Place]:
        """The units a name (exactly, after normalization) denotes, within `countries` when given."""
        hits = {p.id: p for p, _ in self.index.exact(normalize(name))}
        return [p for p in hits.values() if not countries or p.country in countries]

    def contains(self, unit: Place, lon: float, lat: float) -> bool:
        """Is the point inside the unit (or within BORDER_TOLERANCE_DEG of its outline)? Longitude first."""
        import shapely

        shape = self._shapes.get(unit.id)
        if shape is None:
            return False
        point = shapely.Point(lon, lat)
        return bool(shape.contains(point) or shape.distance(point) <= BORDER_TOLERANCE_DEG)


def units_file() -> Path:
    return settings.default_gazetteer_dir() / "admin" / "admin1.csv"


def load_units(path: Path | None = None) -> Units:
    """The shipped admin-1 units; an empty set when the file is absent (a trimmed install)."""
    path = path or units_file()
    if not path.is_file():
        return Units([])
    places, problems = read_places(path, tier="admin")
    if problems:
        raise GazetteerError(problems)
    return Units(places)
