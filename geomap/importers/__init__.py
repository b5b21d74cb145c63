"""Importers: the gazetteers analysts already hold, turned into gazetteer CSVs of geomap's schema.

Each importer reads one published format (a GeoNames country dump, an OCHA common operational dataset of
populated places, an NGA GEOnet Names Server country file) and yields gazetteer rows; `write_gazetteer`
validates every row with the reader that `--gazetteer` uses before anything is written, so what an importer
writes is what a lookup reads. Imported rows carry ids with their format's prefix ("geonames:", "ocha:",
"gns:"): they join the second tier, whose answers need context (see geocode's policy).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from .. import settings
from ..entries import ALIAS_SEPARATOR, parse_row
from ..errors import DataError, Problem
from ..files import atomic_open

COLUMNS = (
    "id", "name", "kind", "parent", "country", "admin1", "latitude", "longitude", "geo_precision",
    "uncertainty_m", "geonames_id", "aliases", "source", "polygon", "population",
)
#: Problems listed before the rest are only counted.
MAX_LISTED = 20

#: Feature designation codes -> (kind, radius in metres, geo_precision). GeoNames took its codes from the NGA's
#: designations, so one table serves both; codes not listed fall back on their feature class (_CLASS_DEFAULT).
FEATURES: dict[str, tuple[str, int, int]] = {
    "PPLC": ("city", 10_000, 1), "PPLA": ("city", 5_000, 1), "PPLA2": ("town", 3_000, 1),
    "PPLA3": ("town", 2_500, 1), "PPL": ("town", 2_500, 1), "PPLL": ("village", 1_500, 1),
    "PPLF": ("village", 1_000, 1), "PPLS": ("village", 1_500, 1), "PPLQ": ("village", 1_500, 1),
    "PPLX": ("neighbourhood", 1_500, 1), "STLMT": ("village", 1_500, 1),
    "ADM1": ("governorate", 100_000, 3), "ADM2": ("admin2", 30_000, 3), "ADM3": ("admin3", 10_000, 3),
    "ADMD": ("region", 30_000, 3),
    "AIRB": ("airfield", 2_500, 1), "AIRF": ("airfield", 2_000, 1), "AIRP": ("airport", 2_500, 1),
    "AIRH": ("site", 300, 1), "MILB": ("base", 2_000, 1), "INSM": ("base", 1_500, 1), "CMP": ("camp", 1_000, 1),
    "CMPRF": ("camp", 1_500, 1), "CMPQ": ("camp", 1_000, 1), "OILF": ("oilfield", 10_000, 2),
    "GASF": ("gasfield", 10_000, 2), "OILR": ("refinery", 2_000, 1), "DAM": ("dam", 1_500, 1),
    "PSTB": ("crossing", 1_000, 1), "PSTC": ("crossing", 1_000, 1), "PRT": ("port", 2_000, 1),
    "PS": ("plant", 1_500, 1), "PSH": ("plant", 1_500, 1), "PSN": ("plant", 1_500, 1), "BDG": ("bridge", 500, 1),
    "SQR": ("square", 300, 1), "BLDG": ("building", 200, 1), "PAL": ("building", 500, 1),
    "PRN": ("building", 800, 1), "HSP": ("building", 300, 1), "MSQE": ("building", 200, 1),
    "RSTN": ("building", 500, 1), "GOVL": ("building", 300, 1), "UNIV": ("building", 800, 1),
}
#: Feature classes kept, with the defaults of their unlisted codes: populated places, administrative units,
#: spots (a building, a post) and areas (a field, a zone). Streams, hills, roads, vegetation and the seabed are not
#: what attack reports locate incidents by; they are left out.
_CLASS_DEFAULT: dict[str, tuple[str, int, int]] = {
    "P": ("town", 2_500, 1), "A": ("region", 30_000, 3), "S": ("site", 1_000, 1), "L": ("site", 5_000, 2),
}
#: Country-level units (PCLI...) are countries, not places to put an incident on.
_SKIPPED_CODES = ("PCL", "PPLH", "PPLW")


def feature(feature_class: str, code: str, population: int = 0, *, radius_unknown: int | None = None,
            major: bool = False) -> tuple[str, int, int] | None:
    """(kind, radius_m, geo_precision) of a feature class and designation code, or None when left out.

    A populated place's radius grows with its `population` when it is counted (else `radius_unknown`, when the
    source ranks the place some other way), and a place of 100,000 people, or one the source ranks `major`,
    is a city.
    """
    if feature_class not in _CLASS_DEFAULT or code.startswith(_SKIPPED_CODES):
        return None
    kind, radius, precision = FEATURES.get(code, _CLASS_DEFAULT[feature_class])
    if feature_class == "P" and kind != "neighbourhood":
        radius = radius_for_population(population) if population else (radius_unknown or radius)
        if major or population >= 100_000:
            kind = "city"
    return kind, radius, precision


def radius_for_population(population: int) -> int:
    """A town's extent grows with its population; the radius says how far its point can be off."""
    if population >= 1_000_000:
        return 10_000
    if population >= 100_000:
        return 5_000
    if population >= 10_000:
        return 2_500
    return 1_500


def aliases(names: Iterable[str], name: str) -> str:
    """Distinct other names, sorted, joined by the alias separator (which no name may hold)."""
    kept = sorted({n.replace(ALIAS_SEPARATOR, " ").strip() for n in names} - {name, ""})
    return ALIAS_SEPARATOR.join(kept)


def write_gazetteer(rows: Iterable[tuple[int, dict[str, str]]], source: Path, out: Path) -> int:
    """Validate each (line number in `source`, gazetteer row) and write them all to `out` atomically.

    Raises DataError naming the source's lines (and the column) of every bad row: nothing is written then,
    and an earlier `out` stays as it was. Returns the number of rows written.
    """
    problems: list[Problem] = []
    good: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    bad = 0
    for line, row in rows:
        found: list[Problem] = []
        place = parse_row(row, str(source), line, "imported", found)
        if place is not None and place.id in seen:
            found.append(Problem(str(source), line, "id", f"{place.id} is also on line {seen[place.id]}"))
        if found:
            bad += 1
            if len(problems) < MAX_LISTED:
                problems += found
            continue
        seen[row["id"]] = line
        good.append(row)
    if bad:
        if bad > MAX_LISTED:
            problems.append(Problem(str(source), None, None, f"{bad:,} bad rows in all; nothing was written"))
        raise DataError(problems)
    if not good:
        raise DataError([Problem(str(source), None, None, "holds no place of a kind geomap keeps")])
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in good:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return len(good)


def imported_dir() -> Path:
    """Where importers write by default: lookups consult every gazetteer CSV found there."""
    return settings.data_dir() / "imported"
