"""GeoNames country dumps (https://download.geonames.org/export/dump/, e.g. IQ.zip holding IQ.txt).

Published format (the dump's readme): UTF-8, tab-separated, no header, 19 fields: geonameid, name, asciiname,
alternatenames (comma-separated), latitude, longitude (WGS84 decimal degrees), feature class, feature code,
country code (ISO alpha-2), cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem,
timezone, modification date. Every feature class is read; the feature code gives the kind and radius.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import DataError, Problem
from . import aliases, feature
from .sources import decode_problem, open_text

FIELDS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
          "feature_code", "country", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
          "elevation", "dem", "timezone", "modified")


def read_dump(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, record) for each line of a dump; DataError naming every malformed line (up to 20)."""
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        with open_text(path, (".txt", ".tsv")) as handle:
            for line_no, line in enumerate(handle, start=1):
                fields = line.rstrip("\r\n").split("\t")
                if len(fields) != len(FIELDS):
                    problems.append(Problem(str(path), line_no, None, f"has {len(fields)} tab-separated fields, "
                                            f"a GeoNames dump has {len(FIELDS)}"))
                    if len(problems) >= 20:
                        break
                    continue
                rows.append((line_no, dict(zip(FIELDS, fields, strict=True))))
    except UnicodeDecodeError as exc:
        raise decode_problem(path, exc) from None
    if problems:
        raise DataError(problems)
    yield from rows


def gazetteer_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Gazetteer rows of the features worth locating incidents by, with the dump's line numbers."""
    for line, rec in read_dump(path):
        population = int(rec["population"]) if rec["population"].isdigit() else 0
        kept = feature(rec["feature_class"], rec["feature_code"], population)
        if kept is None:
            continue
        kind, radius, precision = kept
        names = [*rec["alternatenames"].split(","), rec["asciiname"]]
        yield line, {
            "id": f"geonames:{rec['geonameid']}", "name": rec["name"], "kind": kind, "country": rec["country"],
            "admin1": rec["admin1"], "latitude": rec["latitude"], "longitude": rec["longitude"],
            "geo_precision": str(precision), "uncertainty_m": str(radius), "geonames_id": rec["geonameid"],
            # A population that is not a count ("lots") goes into the row as it is: the check names its line.
            "aliases": aliases(names, rec["name"]),
            "population": rec["population"] if not rec["population"].isdigit() else str(population or ""),
            "source": f"GeoNames {rec['geonameid']} ({path.name}, {rec['feature_code']}, modified {rec['modified']})",
        }
