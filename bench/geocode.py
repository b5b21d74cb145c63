"""`make bench-geocode`: geomap's resolver on UCDP's own place names, beside a naive exact lookup.

    python -m bench.geocode [--names ../shared/benchmarks/ucdp-syria/names.csv]

The names and UCDP's coordinates for them are read from ../shared (see its README: UCDP GED, CC BY 4.0);
they measure and never feed the gazetteer. Only names UCDP coded at precision 1-2 are scored (a point
a geocoder should hit within a few km). Three runs over the same names, in one process:

- naive: strip UCDP's trailing type word, then the first GeoNames place (same data as geomap's tier,
  lowest id) whose name or alternate name equals it, ignoring case and diacritics;
- geomap with context: each name with its row's country and governorate (`country`, `adm_1`);
- geomap without context: all names as one file, no country given (geomap assumes its home countries
  and those of the file's other places).

"right/all" is the share of all names answered within 25 km: what a user gets placed correctly.
An answer is "confidently wrong" when it is more than 25 km from UCDP's point and farther than its own
stated uncertainty. Results go to stdout and bench/geocode_results.json.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import time
import unicodedata
from collections import Counter
from pathlib import Path

NAMES = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "ucdp-syria" / "names.csv"
RESULTS = Path(__file__).resolve().parent / "geocode_results.json"
FAR_M = 25_000.0


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().split())


def naive_lookup(rows: list[dict[str, str]]) -> list[tuple[float, float, float] | None]:
    """(lon, lat, radius) per row by exact name in GeoNames cities500 (geomap's tier countries), or None."""
    from geomap.geonames import load_tier
    from geomap.query import _alternatives, _strip_type_word

    def key(name: str) -> str:
        # The naive reading stays what it was: the trailing type word off, the first slash or bracket alternative;
        # no qualifier ("Eastern ..."), road or " in " parsing, which are geomap's.
        core = _strip_type_word(name.split(",")[0])[0]
        return _plain((_alternatives(core) or [core])[0])

    by_name: dict[str, tuple[float, float, float]] = {}
    for place, _ in sorted(load_tier(), key=lambda pk: pk[0].geonames_id or 0):
        for label in place.names:
            by_name.setdefault(_plain(label), (place.longitude, place.latitude, place.uncertainty_m))
    return [by_name.get(key(r["name"])) for r in rows]


def _score(rows, answers, seconds: float, label: str) -> dict[str, object]:
    from geomap.geodesy import distance_m

    answered = within5 = within25 = wrong = 0
    for row, answer in zip(rows, answers, strict=True):
        if answer is None:
            continue
        lon, lat, radius = answer
        d = distance_m(lon, lat, float(row["longitude"]), float(row["latitude"]))
        answered += 1
        within5 += d <= 5000
        within25 += d <= FAR_M
        wrong += d > FAR_M and d > radius
    n = len(rows)
    return {"run": label, "names": n, "answered": answered, "coverage": round(answered / n, 4),
            "right_of_all": round(within25 / n, 4),
            "within_5km": round(within5 / max(answered, 1), 4), "within_25km": round(within25 / max(answered, 1), 4),
            "confidently_wrong": wrong, "confidently_wrong_share": round(wrong / max(answered, 1), 4),
            "names_per_second": round(n / seconds) if seconds else None}


def geomap_run(rows, *, with_context: bool) -> tuple[list, Counter, int, float]:
    from geomap.errors import AmbiguousPlace, GeomapError
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder
    from geomap.review import NameUse, resolve_uses

    geocoder = Geocoder(Gazetteer.load())
    with contextlib.suppress(GeomapError):
        geocoder.resolve("no such place x", admin1="Homs")  # loading the tiers and indexes is not lookup time
    uses = [NameUse(r["name"], "place", r["country"] if with_context else "",
                    r["adm_1"] if with_context else "") for r in rows]
    start = time.perf_counter()
    resolved = resolve_uses(geocoder, uses)
    seconds = time.perf_counter() - start
    answers, kinds, ambiguous = [], Counter(), 0
    outside = 0
    for use, row in zip(uses, rows, strict=True):
        result = resolved[use.key]
        if isinstance(result, GeomapError):
            answers.append(None)
            ambiguous += isinstance(result, AmbiguousPlace)
            continue
        kinds[result.method] += 1
        outside += result.place.country != row["country"]
        answers.append((result.longitude, result.latitude, result.uncertainty_m))
    kinds["outside_row_country"] = outside
    return answers, kinds, ambiguous, seconds


def fuzzy_throughput(rows) -> float:
    """Distinct misspelt names resolved a second (each name goes through the fuzzy search)."""
    from geomap.errors import GeomapError
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder

    geocoder = Geocoder(Gazetteer.load())
    with contextlib.suppress(GeomapError):
        geocoder.resolve("no such place x")  # the indexes are built once, not per name
    names = list(dict.fromkeys(r["name"][:-1] + "x" + r["name"][-1:] for r in rows))
    start = time.perf_counter()
    for name in names:
        with contextlib.suppress(GeomapError):
            geocoder.resolve(name)
    return len(names) / (time.perf_counter() - start)


def repeated_throughput(rows, total: int = 1_000_000) -> float:
    """Rows a second through Geocoder.locate for a column that repeats a few hundred names."""
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder

    geocoder = Geocoder(Gazetteer.load())
    # Imports and indexes are built once, not per column (the GeoNames tier's fuzzy index after a few lookups
    # that reach it: misspellings of curated names do).
    geocoder.locate(["Erbil", *(p.name + "x" for p in list(geocoder.gazetteer)[:20])])
    names = [r["name"] for r in rows[:300]]
    column = (names * (total // len(names) + 1))[:total]
    start = time.perf_counter()
    geocoder.locate(column)
    return total / (time.perf_counter() - start)


def unknown_names_seconds(count: int = 100_000) -> float:
    """Seconds to read, check and refuse a file of `count` rows, each a distinct name no gazetteer holds (every
    row reported; the first ones with their closest candidates)."""
    import random
    import string
    import tempfile

    from geomap.errors import DataError
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder
    from geomap.incidents import read_incidents

    generator = random.Random(13)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "unknown.csv"
        names = ("".join(generator.choice(string.ascii_lowercase) for _ in range(10)).capitalize()
                 for _ in range(count))
        path.write_text("id,date,place\n" + "".join(f"r{i},2021-07-08,{name}\n" for i, name in enumerate(names)),
                        encoding="utf-8")
        geocoder = Geocoder(Gazetteer.load())
        with contextlib.suppress(DataError):
            geocoder.resolve("Erbil")  # the tiers load once, as in any build
        start = time.perf_counter()
        try:
            read_incidents([path], geocoder=geocoder)
        except DataError as exc:
            assert len(exc.problems) == count
        return time.perf_counter() - start


def _show_wrong(rows, answers, label: str) -> None:
    """Print each confidently wrong answer: the benchmark's name and governorate, the answer, how far off."""
    from geomap.geodesy import distance_m

    for row, answer in zip(rows, answers, strict=True):
        if answer is None:
            continue
        lon, lat, radius = answer
        d = distance_m(lon, lat, float(row["longitude"]), float(row["latitude"]))
        if d > FAR_M and d > radius:
            print(f"  wrong ({label}): {row['name']!r} ({row['adm_1']}) -> {lat:.4f}, {lon:.4f} "
                  f"±{radius / 1000:.0f} km, {d / 1000:,.0f} km off")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, default=NAMES)
    parser.add_argument("--show-wrong", action="store_true",
                        help="list the confidently wrong answers (name, answer, distance) for diagnosis")
    args = parser.parse_args()
    with args.names.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["precision"] in ("1", "2")]
    start = time.perf_counter()
    naive = naive_lookup(rows)
    results = [_score(rows, naive, time.perf_counter() - start, "naive exact lookup (GeoNames cities500)")]
    for with_context in (True, False):
        answers, kinds, ambiguous, seconds = geomap_run(rows, with_context=with_context)
        label = "geomap, row country and governorate" if with_context else "geomap, no context given"
        result = _score(rows, answers, seconds, label)
        result.update({"ambiguous": ambiguous, "kinds": dict(kinds)})
        results.append(result)
        if args.show_wrong:
            _show_wrong(rows, answers, label)
    speed = {"fuzzy_names_per_second": round(fuzzy_throughput(rows)),
             "repeated_rows_per_second": round(repeated_throughput(rows)),
             "unknown_names_100k_seconds": round(unknown_names_seconds(), 1)}
    header = (f"{'run':42} {'coverage':>8} {'<=5km':>6} {'<=25km':>7} {'right/all':>9} {'conf.wrong':>10} "
              f"{'ambig.':>6} {'names/s':>8}")
    print(f"{len(rows)} UCDP names coded at precision 1-2 ({args.names})")
    print(header)
    for r in results:
        print(f"{r['run']:42} {r['coverage']:>8.1%} {r['within_5km']:>6.1%} {r['within_25km']:>7.1%} "
              f"{r['right_of_all']:>9.1%} "
              f"{r['confidently_wrong']:>4} ({r['confidently_wrong_share']:>4.1%}) {r.get('ambiguous', ''):>6} "
              f"{r['names_per_second']:>8}")
    for r in results[1:]:
        print(f"  {r['run']}: answers by kind {r['kinds']}")
    print(f"fuzzy resolution: {speed['fuzzy_names_per_second']:,} distinct names/s; "
          f"repeated names: {speed['repeated_rows_per_second']:,} rows/s; "
          f"100,000 distinct unknown names reported in {speed['unknown_names_100k_seconds']} s")
    RESULTS.write_text(json.dumps({"runs": results, "speed": speed}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
