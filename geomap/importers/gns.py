"""NGA GEOnet Names Server (GNS) country files: the most complete public gazetteer of Iraq and Syria.

Published format ("Pre-Positioned Country files format", earth-info.nga.mil / geonames.nga.mil): UTF-8,
tab-separated, a header row of field names. One row per NAME of a feature: rows that share a `UFI` (unique
feature identifier) are one place. Fields read here: `UFI`, `LAT`/`LONG` (decimal degrees; later files call them
`LAT_DD`/`LONG_DD`), `FC` feature class and `DSG` designation code (the codes GeoNames took over), `PC` populated
place class (1 most important .. 5), `CC1` the FIPS 10-4 country code (IZ Iraq, SY Syria, TU Turkey...), `ADM1`
the FIPS first-order division code, `POP`, `NT` name type (C conventional English, N approved, V variant,
D unverified, H historic...) and `FULL_NAME_RO` the name in Roman script (`FULL_NAME_RG` too, when present).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..errors import DataError, Problem
from ..units import FIPS_PREFIXES
from . import aliases, feature
from .sources import decode_problem, open_text

#: FIPS 10-4 country codes of the GNS files -> ISO alpha-2 (Iran's FIPS code is IR too).
FIPS_COUNTRIES = {fips: iso for iso, fips in FIPS_PREFIXES.items()} | {"IR": "IR"}
#: Which name a place is called by: the conventional English name, else the approved one, else the first.
_NAME_ORDER = {"C": 0, "N": 1}
#: GNS's populated place class (1 most important) -> a radius, when POP gives no population.
_PC_RADIUS = {"1": 10_000, "2": 7_000, "3": 4_000, "4": 2_500, "5": 1_500}
_FIELDS = {
    "ufi": ("ufi",), "latitude": ("lat", "lat_dd", "dd_lat"), "longitude": ("long", "long_dd", "dd_long"),
    "fc": ("fc", "feature_class"), "dsg": ("dsg", "desig_cd"), "pc": ("pc", "pop_class"), "cc": ("cc1", "cc_ft"),
    "adm1": ("adm1",), "pop": ("pop",), "nt": ("nt", "name_type"), "name": ("full_name_ro", "full_name"),
    "name_rg": ("full_name_rg",), "modified": ("modify_date", "nm_modify_date"),
}
_REQUIRED = ("ufi", "latitude", "longitude", "fc", "dsg", "cc", "name")


def _read(path: Path) -> tuple[list[tuple[int, dict[str, str]]], dict[str, str]]:
    """(line, record) of every name row, and which header holds each field."""
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        with open_text(path, (".txt", ".tsv", ".csv")) as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            headers = {f.strip().lower(): f for f in reader.fieldnames or []}
            layout = {key: next((headers[n] for n in names if n in headers), "") for key, names in _FIELDS.items()}
            missing = [_FIELDS[k][0].upper() for k in _REQUIRED if not layout[k]]
            if missing:
                raise DataError([Problem(str(path), 1, None, f"has no {', '.join(missing)} field: a GNS country "
                                         "file starts with a header row of tab-separated field names")])
            for rec in reader:
                rows.append((reader.line_num, {k: (rec.get(h) or "").strip() if h else "" for k, h in layout.items()}))
    except UnicodeDecodeError as exc:
        raise decode_problem(path, exc) from None
    return rows, layout


def gazetteer_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """One gazetteer row per feature (UFI), named by its conventional or approved name, the others its aliases."""
    rows, _ = _read(path)
    features: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for line, rec in rows:
        features.setdefault(rec["ufi"] or f"line {line}", []).append((line, rec))
    for ufi, names in features.items():
        names.sort(key=lambda item: (_NAME_ORDER.get(item[1]["nt"], 9), item[0]))
        line, first = names[0]
        population = int(first["pop"]) if first["pop"].isdigit() else 0
        kept = feature(first["fc"], first["dsg"], population, radius_unknown=_PC_RADIUS.get(first["pc"]),
                       major=first["pc"] in ("1", "2"))
        if kept is None:
            continue
        kind, radius, precision = kept
        country = FIPS_COUNTRIES.get(first["cc"].split(",")[0], first["cc"])
        others = [r[n] for _, r in names for n in ("name", "name_rg") if r[n]]
        yield line, {
            "id": f"gns:{ufi}" if first["ufi"] else "", "name": first["name"], "kind": kind, "country": country,
            # GNS numbers first-order divisions as FIPS 10-4 does, as GeoNames does for these countries.
            "admin1": first["adm1"], "latitude": first["latitude"], "longitude": first["longitude"],
            "geo_precision": str(precision), "uncertainty_m": str(radius), "aliases": aliases(others, first["name"]),
            "population": first["pop"] if first["pop"] and not first["pop"].isdigit() else str(population or ""),
            "source": f"NGA GNS UFI {ufi} ({path.name}, {first['dsg']}"
                      + (f", modified {first['modified']})" if first["modified"] else ")"),
        }
