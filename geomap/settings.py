"""Defaults for geomap. A leaf module: it imports nothing from the package."""

from __future__ import annotations

import os
from pathlib import Path

#: Every frame geomap produces is in WGS84 longitude/latitude.
CRS = "EPSG:4326"

#: The ellipsoid for every distance, bearing and ring (pyproj.Geod).
ELLIPSOID = "WGS84"

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_DIR = _PACKAGE_DIR.parent


def default_gazetteer_dir() -> Path:
    """The curated gazetteer: installed beside the package, or the checkout's gazetteer/."""
    installed = _PACKAGE_DIR / "gazetteer_data"
    if (installed / "places.csv").is_file():
        return installed
    return _REPO_DIR / "gazetteer"


#: The files of the gazetteer's admin/ folder that `make gazetteer` derives from Natural Earth (not kept in git):
#: the governorates geocoding knows, and the borders and rivers of the map's offline context.
DERIVED_ADMIN_FILES = ("admin1.csv", "countries.csv", "rivers.csv")


def missing_admin_files() -> list[Path]:
    """The derived admin files that are not there (a checkout where `make gazetteer` has not run yet)."""
    folder = default_gazetteer_dir() / "admin"
    return [folder / name for name in DERIVED_ADMIN_FILES if not (folder / name).is_file()]


def data_dir() -> Path:
    """Where `geomap gazetteer import-geonames` puts converted GeoNames dumps."""
    env = os.environ.get("GEOMAP_DATA_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "geomap"


def cache_dir() -> Path:
    """Where the GeoNames tier keeps its prepared index between runs."""
    env = os.environ.get("GEOMAP_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geomap"


#: Iraq, Syria and their neighbours: the countries whose GeoNames towns any name is looked up among. Their
#: namesakes make a name common (see COMMON_NAME_ELSEWHERE), as measured on UCDP's Syrian names.
REGION_COUNTRIES = ("IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB")
#: Countries whose GeoNames populated places form the second tier: the region, and the other countries whose
#: attacks the field's datasets and reports cover most (Israel and Palestine, Yemen and the Gulf, North Africa,
#: Afghanistan and Pakistan, Somalia, Sudan, Nigeria and the central Sahel). A town of these is looked up only
#: when a country says so (--country, a `country` column, ", YE", the file's or the report's own places): a
#: Pakistani Kamalia is no answer, nor a namesake, for an Iraqi Kamaliya.
GEONAMES_COUNTRIES = (*REGION_COUNTRIES, "IL", "PS", "YE", "AE", "QA", "BH", "OM", "EG", "LY", "SD", "SO", "AF",
                      "PK", "NG", "ML", "BF")

#: Vertices of a launch-to-impact geodesic in the GeoPackage are at most this far apart (metres).
LINE_SEGMENT_M = 2000.0

#: Where geomap answers when nothing says otherwise: a name with no country of its own (no `country` column,
#: no `--country`, no ", IQ") is looked up in these countries and in those of the file's other places.
HOME_COUNTRIES = ("IQ", "SY")

#: A fuzzy match is accepted only against the curated tier, at or above this score (rapidfuzz ratio, 0-100) ...
FUZZY_ACCEPT = 90.0
#: ... and only when the runner-up place scores at least this much less.
FUZZY_MARGIN = 4.0
#: ... and only for names at least this long (normalized), where one wrong letter is a typo, not a new name ...
FUZZY_MIN_LENGTH = 10
#: ... and its radius grows by this much (metres): the spelling is not the gazetteer's.
FUZZY_EXTRA_M = 5000.0
#: How much a qualifier widens a place's radius: "near X" / "X area" / "outskirts of X", "Eastern X" / "east of
#: X", "X countryside" (a rural belt that reaches tens of km out). A unit so qualified keeps its own radius, which
#: covers all of it.
QUALIFIER_EXTRA_M = {"near": 5000.0, "part": 10000.0, "countryside": 50000.0}
#: "Road between A and B" is placed halfway only when A and B lie at most this far apart: beyond it, half the
#: road is too long a radius for a point to mean anything.
BETWEEN_MAX_M = 150_000.0
#: A district or subdistrict the gazetteer has no outline for is placed at its seat, the town it is named after,
#: with a radius that covers a unit of its level measured from the seat: Syria's 272 subdistricts average about
#: 680 km2 and Iraq's about 1,100 km2 (a circle of 15-19 km), its 65 and about 120 districts 2,800-3,700 km2
#: (30-34 km); a seat lies off centre, hence twice that.
SEAT_RADIUS_M = {"admin2": 60_000.0, "admin3": 30_000.0}
#: Fuzzy matches this close are looked for with every lookup, to name a runner-up.
RUNNER_UP_MIN = 80.0
#: ... in the GeoNames tier, where a fuzzy match is never an answer, only this close (a near-identical spelling).
GEONAMES_RUNNER_UP_MIN = 90.0
#: A transliteration skeleton needs this many consonants to be evidence ("Midan" -> "mdn" is not), and one of
#: exactly this many is evidence only when one place has it.
SKELETON_MIN = 4
#: A GeoNames name that this many places in other countries bear too (or spell alike) is a common name: placed
#: only within a governorate or a parent (measured on UCDP's Syrian names: 2 let 1.1% of the answers without
#: context go to a namesake, 1 lets 0.6%).
COMMON_NAME_ELSEWHERE = 1
#: ... unless GeoNames counts this many people in it: a city is what its bare name means.
CITY_POPULATION = 50_000
#: A place a dataset calls a "village" is placed from GeoNames only within a governorate, and, when GeoNames counts
#: fewer people than this in the village of that name (or none, as for most villages of Iraq and Syria), only
#: within a parent town: villages share names, and cities500 holds few of them (308 places in Syria).
SMALL_PLACE = 1000
#: A transliteration also needs spellings this alike (rapidfuzz ratio of the keys).
TRANSLITERATION_MIN_RATIO = 70.0
#: The score a transliteration (same consonant skeleton, different spelling) is reported with.
TRANSLITERATION_SCORE = 95.0
#: "X, Parent" and --within: a place counts as within a GeoNames town this far from its point (or its radius).
WITHIN_MIN_M = 10_000.0
#: Candidates offered in a "not found" message score at least this much.
CANDIDATE_MIN = 60.0
#: How many candidates a "not found" or "ambiguous" message lists.
CANDIDATE_COUNT = 5

#: A row that gives its own latitude/longitude but no geo_precision / uncertainty_m is taken as a point of
#: the named place itself (ACLED geo_precision 1) known to this many metres: a town's or a site's extent.
GIVEN_GEO_PRECISION = 1
GIVEN_UNCERTAINTY_M = 1000.0

#: ACLED geo_precision: 1 the named place, 2 near it or part of a region, 3 only a larger region.
GEO_PRECISIONS = (1, 2, 3)
#: A place's `kind` (what geocode and the map show) -> its category (what matching reasons about): a site is a
#: point with an extent, a district a part of a town, a city a populated place, a region an area or a unit.
#: `district` is the old name of a neighbourhood; `admin2` is a district as an administrative unit.
PLACE_KINDS: dict[str, str] = {
    **dict.fromkeys(("site", "base", "airfield", "airport", "oilfield", "gasfield", "refinery", "dam", "crossing",
                     "camp", "port", "plant", "building", "square", "bridge"), "site"),
    **dict.fromkeys(("district", "neighbourhood"), "district"),
    **dict.fromkeys(("city", "town", "village"), "city"),
    **dict.fromkeys(("region", "governorate", "province", "admin2", "admin3", "route"), "region"),
}
#: Kinds of administrative units, by level.
UNIT_KINDS = {"governorate": "admin1", "province": "admin1", "admin2": "admin2", "admin3": "admin3"}


def chromium() -> str | None:
    """The chromium that takes `--png` screenshots: GEOMAP_CHROMIUM, else the first on PATH (Debian's first)."""
    import shutil

    env = os.environ.get("GEOMAP_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


#: Flags for headless chromium on a server: no sandbox as root, no GPU, no calls home.
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run")
