"""Derive admin1.csv (governorates and provinces) from Natural Earth, as Debian's qgis-common ships it.

    make gazetteer   (or by hand:)
    gazetteer/admin/fetch_world_map.sh build/sources/world_map.gpkg
    python gazetteer/admin/derive_admin1.py \
        build/sources/world_map.gpkg gazetteer/admin/admin1.csv

Natural Earth 1:10m admin-1 (v4.1.0, public domain), generalized as QGIS 3.22 ships it: layer
`states_provinces`. Each unit keeps its outline (WKT, longitude latitude), the centre of the widest circle
inside it (its pole of inaccessibility) as the point a report naming only the unit gets and, as its radius,
the distance from that point to the farthest vertex of the outline. Natural Earth's names are completed
with the English and Arabic names reports use for the governorates of Iraq and Syria (ALIASES below,
from the governorates' Wikipedia articles), keyed by FIPS code.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

COUNTRIES = ("IQ", "SY", "TR", "IR", "JO", "SA", "KW", "LB", "IL", "PS")
#: The package version comes from fetch_world_map.sh (through make); 3.22 is Debian 12's.
SOURCE = ("Natural Earth 1:10m admin-1 v4.1.0 (public domain), states_provinces in Debian qgis-common "
          f"{os.environ.get('QGIS_COMMON_VERSION', '3.22')} world_map.gpkg")
ALIASES = {
    # Iraq
    "IZ01": "Anbar|Al Anbar|Anbar Governorate|الأنبار", "IZ02": "Basra|Basrah|Al Basrah|Al-Basra|البصرة",
    "IZ03": "Muthanna|Al Muthanna|المثنى", "IZ04": "Qadisiyah|Al-Qadisiyyah|Diwaniyah|Al Diwaniyah|القادسية",
    "IZ05": "Sulaymaniyah|Sulaimaniya|Sulaimaniyah|Suleimaniyah|Sulaimani|Slemani|Silêmanî|السليمانية", "IZ06": "Babylon|Babil|Babel|بابل",
    "IZ07": "Baghdad|بغداد", "IZ08": "Duhok|Dohuk|Dahuk|Dihok|دهوك", "IZ09": "Dhi Qar|Thi Qar|ذي قار",
    "IZ10": "Diyala|ديالى", "IZ11": "Erbil|Arbil|Irbil|Hawler|أربيل", "IZ12": "Karbala|Kerbala|Karbalaa|كربلاء",
    "IZ13": "Kirkuk|Tamim|At Ta'mim|كركوك", "IZ14": "Maysan|Missan|ميسان", "IZ15": "Nineveh|Ninawa|Ninewa|Ninevah|Mosul governorate|نينوى",
    "IZ16": "Wasit|Wassit|واسط", "IZ17": "Najaf|An Najaf|النجف", "IZ18": "Salah ad Din|Salahuddin|Salahaddin|Salah al-Deen|Saladin|Salah al-Din|صلاح الدين",
    # Syria
    "SY01": "Al-Hasakah|Hasakah|Hasaka|Al Hasakah|Hassakeh|الحسكة", "SY02": "Latakia|Lattakia|Al Ladhiqiyah|اللاذقية",
    "SY03": "Quneitra|Al Qunaytirah|القنيطرة", "SY04": "Raqqa|Raqqah|Ar Raqqah|Al-Raqqa|Rakka|الرقة",
    "SY05": "As-Suwayda|Suwayda|Sweida|As Suwayda|السويداء", "SY06": "Daraa|Dara'a|Deraa|Dar'a|درعا",
    "SY07": "Deir ez-Zor|Deir ez Zor|Deir al-Zor|Deir Ez-Zour|Deir al-Zour|Dayr az Zawr|Deir Ezzor|Deir Ezzour|دير الزور",
    "SY08": "Rif Dimashq|Rural Damascus|Damascus Countryside|Rif Damascus|Reef Damascus|Rif Dimashk|ريف دمشق",
    "SY09": "Aleppo|Halab|حلب", "SY10": "Hama|Hamah|Hamaa|حماة", "SY11": "Homs|Hims|حمص", "SY12": "Idlib|Idleb|إدلب",
    "SY13": "Damascus|Dimashq|دمشق", "SY14": "Tartus|Tartous|طرطوس",
}
_BRACKETED = re.compile(r"\s*\(([^)]*)\)")


def _names(row) -> list[str]:
    """The English name reports use first (ALIASES), then Natural Earth's names and the rest of ALIASES."""
    names = [*ALIASES.get(row["fips"] or "", "").split("|")[:1], _BRACKETED.sub("", row["name"]).strip(),
             *_BRACKETED.findall(row["name"])]
    label = row["woe_label"] if isinstance(row["woe_label"], str) else ""
    for raw in (row["woe_name"], row["gn_name"], label.split(",")[0]):
        if isinstance(raw, str) and raw:
            raw = raw.replace("Muhafazat ", "").replace("H'", "H").replace("S-", "S")
            names += [_BRACKETED.sub("", raw).strip(), *_BRACKETED.findall(raw)]
    names += ALIASES.get(row["fips"] or "", "").split("|")
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


#: What each country calls its first-level units (the kind geocode and the map show).
_KIND = {"IQ": "governorate", "SY": "governorate", "JO": "governorate", "LB": "governorate", "KW": "governorate"}


def _slug(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def main(gpkg: str, out: str) -> None:
    import pyogrio
    import shapely
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    frame = pyogrio.read_dataframe(gpkg, layer="states_provinces")
    frame = frame[frame["iso_a2"].isin(COUNTRIES) & frame["fips"].notna()].sort_values(["iso_a2", "fips"])
    rows = []
    taken: dict[str, str] = {}  # a name that is another unit's own name is not an alias ("Damascus")
    for _, row in frame.iterrows():
        taken.setdefault(_names(row)[0].casefold(), row["fips"])
    for _, row in frame.iterrows():
        shape = shapely.set_precision(row.geometry, 0.0001)  # about 10 m: the source is 1:10m anyway
        # The centre of the widest circle inside the outline (its pole of inaccessibility, where a map puts a
        # label): always inside, even in a crescent-shaped unit, and not the centroid that UCDP codes units at.
        point = shapely.get_point(shapely.maximum_inscribed_circle(shape, 0.001), 0)
        ring = shapely.get_coordinates(shape.boundary)
        _, _, dist = geod.inv([point.x] * len(ring), [point.y] * len(ring), ring[:, 0], ring[:, 1])
        names = [n for n in _names(row) if taken.get(n.casefold(), row["fips"]) == row["fips"]]
        rows.append({
            "id": f"admin1:{row['iso_a2']}-{_slug(names[0])}", "name": names[0], "kind": _KIND.get(row["iso_a2"], "province"), "parent": "",
            "country": row["iso_a2"], "admin1": names[0], "latitude": round(point.y, 5),
            "longitude": round(point.x, 5), "geo_precision": 3, "uncertainty_m": int(max(dist) // 1000 + 1) * 1000,
            "geonames_id": "", "aliases": "|".join(names[1:]),
            "source": f"{SOURCE}, FIPS {row['fips']}; point: the centre of the widest circle inside the outline; "
                      "radius: its farthest vertex",
            "polygon": shapely.to_wkt(shape, rounding_precision=4),
        })
    with Path(out).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} units written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
