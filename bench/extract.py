"""`geomap extract` speed and accuracy on synthetic reports, side by side with geotext, in one run.

    python -m bench.extract [--reports 2000] [--out bench/extract_results.json]

Writes N synthetic reports (bench/reports.py), then in this one process (one core):
- geomap: start-up (gazetteer and the GeoNames tier), then `extract` over the folder (reading, sentences,
  places, dates, details, fusion, rows); reports per second; share of reports whose event comes out with
  the right date and impact place.
- geotext (regular expressions over GeoNames city names, the usual offline place finder): time to find
  the places of the same texts, and the share of reports where it finds the impact place or its city.
  It dates nothing and reads no roles, so only place finding is compared.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int) -> dict:
    from bench.reports import write
    from geomap.extract import extract
    from geomap.extract.places import PlaceFinder
    from geomap.geocode import Geocoder

    folder = HERE / "data" / f"reports-{count}"
    truth = write(folder, count)
    by_name = {r.name: r for r in truth}

    started = time.perf_counter()
    finder = PlaceFinder(Geocoder())
    startup = time.perf_counter() - started
    started = time.perf_counter()
    result = extract([folder], finder=finder)
    seconds = time.perf_counter() - started

    right = 0
    for report in truth:
        place = finder.geocoder.resolve(report.impact.removeprefix("the ")).place.id
        for incident in result.incidents:
            event, summary = incident.primary
            names = {Path(e.article.path).name for e, _ in incident.events}
            if report.name in names and event.date == report.event_date and any(
                    r.place is not None and r.place.place_id == place for r in summary.rows):
                right += 1
                break
    geomap = {"reports": count, "startup_s": round(startup, 3), "seconds": round(seconds, 3),
              "reports_per_s": round(count / seconds, 1), "right_date_and_place": round(right / count, 4),
              "incidents": len(result.incidents), "rows": len(result.rows), "peak_rss_mib": round(_peak_mib(), 1)}

    peer: dict[str, object] = {"name": "geotext"}
    try:
        from geotext import GeoText
    except ImportError:
        peer["skipped"] = "geotext is not installed (make bench installs it)"
    else:
        texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
        started = time.perf_counter()
        GeoText("warm up")
        found = {name: set(GeoText(text).cities) for name, text in texts.items()}
        peer_seconds = time.perf_counter() - started
        hits = 0
        for name, cities in found.items():
            impact = finder.geocoder.resolve(by_name[name].impact.removeprefix("the ")).place
            chain = [impact.name] + [a.name for a in finder.gazetteer.ancestors(impact)]
            hits += any(c in cities for c in chain)
        peer.update({"seconds": round(peer_seconds, 3), "reports_per_s": round(count / peer_seconds, 1),
                     "impact_place_or_its_city_found": round(hits / count, 4)})
    return {"geomap": geomap, "peer": peer, "python": sys.version.split()[0]}


def long_reports(sizes_mb: tuple[float, ...] = (1.0, 4.0)) -> dict[str, float]:
    """Seconds to extract one report of each size: the synthetic reports (bench/reports.py) run together into
    one text, and one endless sentence of clauses (a page with no full stops). Linear growth is the aim."""
    import tempfile

    from bench.reports import write
    from geomap.extract import extract
    from geomap.extract.places import PlaceFinder
    from geomap.geocode import Geocoder

    finder = PlaceFinder(Geocoder())
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        write(Path(folder) / "src", 400)
        pieces = [p.read_text(encoding="utf-8") for p in sorted((Path(folder) / "src").glob("*.txt"))]
        prose = "\n\n".join(pieces)
        clause = "rockets hit Mansour and the base was struck again near the airport while Bayaa residents fled; "
        for size in sizes_mb:
            for kind, unit in (("reports", prose), ("one sentence", clause)):
                text = (unit * (int(size * 1_000_000 / len(unit)) + 1))[: int(size * 1_000_000)]
                path = Path(folder) / f"{kind.replace(' ', '-')}-{size}.txt"
                path.write_text(text, encoding="utf-8")
                started = time.perf_counter()
                extract([path], finder=finder)
                timings[f"{kind}, {size:g} MB"] = round(time.perf_counter() - started, 2)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=HERE / "extract_results.json")
    args = parser.parse_args()
    results = run(args.reports)
    results["long_reports_seconds"] = long_reports()
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    g, p = results["geomap"], results["peer"]
    print(f"geomap extract: {g['reports']} reports in {g['seconds']} s = {g['reports_per_s']} reports/s on one "
          f"core (start-up {g['startup_s']} s); right date and impact place: {g['right_date_and_place']:.1%}; "
          f"peak RSS {g['peak_rss_mib']} MiB")
    print("one long report: " + "; ".join(f"{k} {v} s" for k, v in results["long_reports_seconds"].items()))
    if "skipped" in p:
        print(f"geotext: skipped ({p['skipped']})")
    else:
        print(f"geotext: {p['reports_per_s']} reports/s ({p['reports_per_s'] / g['reports_per_s']:.2f}x geomap's "
              f"rate, places only); impact place or its city found in {p['impact_place_or_its_city_found']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
