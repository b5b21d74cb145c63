"""OCHA common operational datasets of populated places (COD-PP), as the CSV that HDX publishes.

The COD naming convention names each field by level and language: `ADMn_EN` / `ADMn_AR` the names of the
level-n feature in English and Arabic, `ADMn_PCODE` its place code; the populated place is either a field of its
own (`PPL_EN`, `LOC_EN`, `Name_En`... with its `_PCODE`) or the deepest ADM level (Syria's places are ADM4).
The point is in `Latitude`/`Longitude` (or `lat`/`lon`, `y`/`x`) in WGS84 decimal degrees, latitude first here
as everywhere in geomap. The country is `ADM0_PCODE` (ISO alpha-2 in CODs) or `--country`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from ..countries import country_code
from ..errors import DataError, Problem, UsageError
from . import aliases
from .sources import decode_problem, open_text

_NAME = re.compile(r"^(?P<stem>adm(?P<level>\d)|ppl|loc|location|settlement|place|name)[_ ]?(name[_ ]?)?"
                   r"(?P<lang>en|ar)$", re.IGNORECASE)
_LATITUDE = ("latitude", "lat", "y")
_LONGITUDE = ("longitude", "lon", "long", "x")
#: COD-PP lists cities, towns, villages and neighbourhoods with no hierarchy: a town's radius is the honest guess.
KIND, RADIUS_M = "town", 2_000


def _column(headers: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((headers[n] for n in names if n in headers), None)


def _layout(path: Path, fieldnames: list[str]) -> dict[str, str | None]:
    """Which header holds the place's English and Arabic name, its P-code, admin1, country and point."""
    headers = {f.strip().lower(): f for f in fieldnames}
    stems: dict[str, tuple[int, str, str]] = {}
    for field in fieldnames:
        m = _NAME.match(field.strip())
        if m:
            level = int(m.group("level")) if m.group("level") else 99  # a place field beats any admin level
            stem = m.group("stem").lower()
            stems.setdefault(stem, (level, field[: m.start("lang")].rstrip("_ "), stem))
    english = [(level, prefix, stem) for level, prefix, stem in stems.values()
               if f"{prefix}_en".lower() in headers or f"{prefix}en".lower() in headers]
    if not english:
        raise DataError([Problem(str(path), 1, None, "has no name field of the COD convention (ADMn_EN, PPL_EN, "
                                 "Name_En...); is it an OCHA populated-places CSV?")])
    _, prefix, stem = max(english)
    low = prefix.lower()
    layout = {
        "name": _column(headers, (f"{low}_en", f"{low}en", f"{low}_name_en")),
        "arabic": _column(headers, (f"{low}_ar", f"{low}ar", f"{low}_name_ar")),
        "pcode": _column(headers, (f"{low}_pcode", f"{low}pcode", f"{stem}_pcode", "pcode", "p_code")),
        "admin1": _column(headers, ("adm1_en", "adm1en", "admin1name_en", "admin1")),
        "country": _column(headers, ("adm0_pcode", "adm0pcode", "iso2", "adm0_en")),
        "latitude": _column(headers, _LATITUDE), "longitude": _column(headers, _LONGITUDE),
    }
    missing = [k for k in ("pcode", "latitude", "longitude") if layout[k] is None]
    if missing:
        raise DataError([Problem(str(path), 1, None, f"has no {' or '.join(missing)} field for the places named in "
                                 f"{layout['name']!r}")])
    return layout


def gazetteer_rows(path: Path, country: str | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """Gazetteer rows with the CSV's line numbers; `country` (ISO alpha-2) when the file has no ADM0 field."""
    try:
        with open_text(path, (".csv",)) as handle:
            reader = csv.DictReader(handle)
            layout = _layout(path, list(reader.fieldnames or []))
            if layout["country"] is None and country is None:
                raise UsageError(f"{path}: no ADM0_PCODE field says the country: give --country")
            for rec in reader:
                line = reader.line_num
                get = {k: (v or "").strip() for k, v in rec.items() if k is not None}
                raw_country = get.get(layout["country"] or "", "") or country or ""
                code = country_code(raw_country) if raw_country else None
                name = get.get(layout["name"] or "", "")
                arabic = get.get(layout["arabic"] or "", "")
                pcode = get.get(layout["pcode"] or "", "")
                yield line, {
                    "id": f"ocha:{pcode}" if pcode else "", "name": name or arabic, "kind": KIND,
                    "country": code or raw_country, "admin1": get.get(layout["admin1"] or "", ""),
                    "latitude": get.get(layout["latitude"] or "", ""),
                    "longitude": get.get(layout["longitude"] or "", ""),
                    "geo_precision": "1", "uncertainty_m": str(RADIUS_M), "aliases": aliases([arabic], name or arabic),
                    "source": f"OCHA COD populated places {path.name}, P-code {pcode}",
                }
    except UnicodeDecodeError as exc:
        raise decode_problem(path, exc) from None
    except csv.Error as exc:
        raise DataError([Problem(str(path), None, None, f"is not valid CSV: {exc}")]) from None
