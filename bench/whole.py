"""The whole build against the raw-I/O floor, in one run: `make bench` (or `python -m bench.whole`).

    python -m bench.whole [--sizes 1000000,10000000] [--engines default,stream,stream@500000]
                          [--out bench/whole_results.json]

For each size N (synthetic incidents, bench/synthetic.py), each in its own process so that its time and peak
memory (VmHWM) are its own: the floor (pandas reads the CSV, pyogrio writes it as a GeoPackage), then
`geomap build` with every output (map.html, GeoPackage, GeoParquet, GeoJSON, CSV, geocoding.csv) on each
engine. The default engine holds the input in memory and is not run past DEFAULT_LIMIT rows (at 3 GiB a
million it would not fit this machine); the Dask engine's workers are processes of their own, whose memory
the figure does not include, so it is left to the tests (`--engines` adds it). "stream@500000" is the stream
engine with `--map-limit 500000`: past half a million incidents the map draws aggregates.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from bench.run import DATA, HERE, _child
from geomap.stream import MAP_LIMIT

DEFAULT_LIMIT = 2_000_000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000000,10000000")
    parser.add_argument("--engines", default="default,stream,stream@500000")
    parser.add_argument("--out", default=str(HERE / "whole_results.json"))
    args = parser.parse_args(argv)
    from bench import synthetic

    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        csv = DATA / f"incidents-{n}.csv"
        synthetic.ensure(csv, n)
        row = {"n": n, "csv_mib": csv.stat().st_size / 2**20, "runs": {}}
        for approach in ["raw", *(f"whole-{e}" for e in args.engines.split(","))]:
            if approach == "whole-default" and n > DEFAULT_LIMIT:
                continue
            if "@" in approach and n > MAP_LIMIT:
                continue  # past the default map limit the stream engine aggregates anyway: the same run
            print(f"{n:,}: {approach} ...", file=sys.stderr)
            # Each run into an empty folder: pyogrio writing the floor's GeoPackage over the last run's replaces
            # its layer inside the old file, which took 19 s instead of 8.
            target = DATA / f"whole-{n}" / approach
            shutil.rmtree(target, ignore_errors=True)
            row["runs"][approach] = _child(approach, str(csv), str(target))
        results.append(row)
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(report(results))


def report(results: list[dict]) -> str:
    lines = ["| N | CSV | run | wall time | x floor | peak memory | x floor |", "|---|---|---|---|---|---|---|"]
    for row in results:
        floor = row["runs"]["raw"]
        for name, run in row["runs"].items():
            engine, _, limit = name.removeprefix("whole-").partition("@")
            label = ("raw floor: pandas read + pyogrio write" if name == "raw" else f"geomap build, {engine} engine"
                     + (f", --map-limit {int(limit):,}" if limit else ""))
            lines.append(f"| {row['n']:,} | {row['csv_mib']:,.0f} MiB | {label} | {run['build_s']:,.1f} s "
                         f"| {run['build_s'] / floor['build_s']:.1f}x | {run['peak_mib'] / 1024:,.2f} GiB "
                         f"| {run['peak_mib'] / floor['peak_mib']:.1f}x |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
