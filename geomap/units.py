"""Administrative units (governorates, provinces) with their outlines, for names and for context.

`gazetteer/admin/admin1.csv` is derived from Natural Earth's admin-1 layer (public domain) by
`gazetteer/admin/derive_admin1.py`; it has the gazetteer's columns, so every unit is a `Place` of kind
"region" with a polygon. Units answer names that say they are units ("Homs Governorate") and tell
whether a point lies in the governorate a data row names (its `admin1` column).
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any

from . import settings
from .entries import Index, Place, read_places
from .errors import GazetteerError
from .names import normalize

_FIPS = re.compile(r"\bFIPS (\w\w\d\d)\b")
#: FIPS 10-4 country prefixes of the countries whose GeoNames admin1 codes are FIPS numbers (Iran's are not).
FIPS_PREFIXES = {"IQ": "IZ", "SY": "SY", "TR": "TU", "JO": "JO", "SA": "SA", "KW": "KU", "LB": "LE"}
#: A point this close to a unit's outline counts as inside it: the outlines are generalized (1:10m), but a small
#: governorate (Baghdad's is 30 km across) must not take in its neighbour's districts.
BORDER_TOLERANCE_DEG = 0.03


class Units:
    """Administrative units by name, with point-in-unit tests."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.index = Index(places, cache=True)
        self.by_id = {p.id: p for p in places}
        # derive_admin1.py writes each unit's FIPS 10-4 code into its source ("..., FIPS IZ07; ...").
        self.by_fips = {m.group(1): p for p in places if (m := _FIPS.search(p.source))}

    def of_code(self, country: str, code: str) -> Place | None:
        """The unit of a GeoNames admin1 code ("07" in IQ is Baghdad): GeoNames numbers the governorates of
        these countries as FIPS 10-4 does (checked: 155 of 158 Iraqi and 293 of 300 Syrian places of cities500
        lie in the outline of their code's unit; the others sit on a border)."""
        prefix = FIPS_PREFIXES.get(country)
        return self.by_fips.get(prefix + code) if prefix and code.isdigit() else None

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


    @cached_property
    def _countries(self) -> dict[str, Any]:
        import shapely

        by_country: dict[str, list[Any]] = {}
        for place in self.places:
            shape = self._shapes.get(place.id)
            if shape is not None:
                by_country.setdefault(place.country, []).append(shape)
        outlines = {code: shapely.union_all(shapes) for code, shapes in by_country.items()}
        for outline in outlines.values():
            shapely.prepare(outline)
        return outlines

    def in_country(self, country: str, lon: float, lat: float,
                   tolerance_deg: float = BORDER_TOLERANCE_DEG) -> bool | None:
        """Is the point inside the country's outline (the union of its units, within `tolerance_deg`)? None when
        no unit of that country is known. Longitude first."""
        import shapely

        outline = self._countries.get(country)
        if outline is None:
            return None
        point = shapely.Point(lon, lat)
        return bool(outline.contains(point) or outline.distance(point) <= tolerance_deg)

    def distance_deg(self, unit: Place, lon: float, lat: float) -> float:
        """Degrees from the point to the unit's outline (0 inside); infinity for a unit without one."""
        import shapely

        shape = self._shapes.get(unit.id)
        return float("inf") if shape is None else float(shape.distance(shapely.Point(lon, lat)))


def units_file() -> Path:
    return settings.default_gazetteer_dir() / "admin" / "admin1.csv"


def load_units(path: Path | None = None) -> Units:
    """The shipped admin-1 units; an empty set when the file is absent (a trimmed install)."""
    path = path or units_file()
    if not path.is_file():
        return Units([])
    places, problems = read_places(path, tier="admin", check_shapes=False)  # `gazetteer check` checks them
    if problems:
        raise GazetteerError(problems)
    return Units(places)
