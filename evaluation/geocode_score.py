"""Score the resolver on labelled place names: right, refused, or wrong (the worst).

    python -m evaluation.geocode_score evaluation/geocode_heldout.csv

Each row of the labels (written and labelled from cited references before any run) gives a query as
reports and datasets write it, the context a row would carry (country, admin1), the real point and how
far an answer may be from it. An answer within tolerance is right; beyond it, wrong; a refusal (not
found, ambiguous) is neither. Printed per case (type_word, slash, bracket, arabic, transliteration,
trap, governorate, parent_comma, plain), with every wrong answer named.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path)
    args = parser.parse_args()

    from geomap.errors import GeomapError
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder
    from geomap.geodesy import distance_m

    geocoder = Geocoder(Gazetteer.load())
    with args.labels.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    tally: dict[str, dict[str, int]] = defaultdict(lambda: {"right": 0, "refused": 0, "wrong": 0})
    wrong = []
    for row in rows:
        try:
            match = geocoder.resolve(row["query"], country=row["country"] or None, admin1=row["admin1"] or None)
        except GeomapError:
            tally[row["case"]]["refused"] += 1
            continue
        metres = distance_m(match.longitude, match.latitude, float(row["expected_longitude"]),
                            float(row["expected_latitude"]))
        verdict = "right" if metres <= float(row["tolerance_km"]) * 1000 else "wrong"
        tally[row["case"]][verdict] += 1
        if verdict == "wrong":
            wrong.append(f"  {row['query']!r} ({row['country'] or '-'}, {row['admin1'] or '-'}) -> "
                         f"{match.place.name} [{match.place.id}] {match.method}, {metres / 1000:,.1f} km off")
    print(f"{'case':16} {'right':>5} {'refused':>7} {'wrong':>5}")
    for case, counts in sorted(tally.items()):
        print(f"{case:16} {counts['right']:>5} {counts['refused']:>7} {counts['wrong']:>5}")
    total = {k: sum(c[k] for c in tally.values()) for k in ("right", "refused", "wrong")}
    print(f"{'all':16} {total['right']:>5} {total['refused']:>7} {total['wrong']:>5}  ({len(rows)} names)")
    if wrong:
        print("wrong answers:")
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
