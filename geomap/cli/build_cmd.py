"""`geomap build [INCIDENTS...] [--out DIR]`"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import click

from ..errors import DataError, UsageError, printable
from .options import CONTEXT, context_options, gazetteer_option, note, quiet, strict_option
from .progress import ProgressBar

#: The widest ring: a quarter of the Earth's circumference is past what a circle on the map can draw.
MAX_RING_M = 5_000_000.0


def _rings(ctx: click.Context, param: click.Parameter, value: str) -> tuple[float, ...]:
    try:
        rings = tuple(float(v) * 1000 for v in value.split(",") if v.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a comma-separated list of kilometres, e.g. 1,2,5,10") from None
    if not rings or any(not math.isfinite(r) or r <= 0 for r in rings):
        raise click.BadParameter("give one or more positive distances in kilometres, e.g. 1,2,5,10")
    if any(r > MAX_RING_M for r in rings):
        raise click.BadParameter(f"a ring of more than {MAX_RING_M / 1000:,.0f} km is not a distance around a target "
                                 "(the geodesic circle would cross itself)")
    return rings


@click.command(context_settings=CONTEXT)
@click.argument("incidents", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("outputs"), show_default=True,
              help="Folder for map.html, incidents.gpkg, incidents.parquet, incidents.geojson and incidents.csv.")
@click.option("--rings", default="1,2,5,10", show_default=True, callback=_rings,
              help="Distance rings around each target, in kilometres.")
@click.option("--title", help="The map's title (shown in the legend and the page title).")
@click.option("--tiles", "tiles", multiple=True, metavar="NAME|none",
              help="Basemap by xyzservices name (OpenStreetMap, OpenTopoMap, Esri.WorldImagery, ...). Repeat for "
              "several; the first is shown. 'none': no basemap, a graticule and place labels instead, for "
              "air-gapped use.  [default: OpenStreetMap, OpenTopoMap, Esri.WorldImagery]")
@click.option("--cdn", is_flag=True,
              help="Link Leaflet from CDNs instead of inlining it: a smaller map.html that needs the network.")
@click.option("--png", is_flag=True, help="Also write map.png, a picture of the map (needs chromium).")
@click.option("--png-size", default="1200x800", show_default=True, metavar="WxH",
              help="Size of map.png in pixels.")
@click.option("--format", "fmt", type=click.Choice(["auto", "geomap", "acled", "ucdp", "gdelt"]), default="auto",
              show_default=True, help="The dataset the files are: geomap's columns, an ACLED export, UCDP GED, or a "
              "GDELT 2.0 event file. 'auto' tells them by their header (GDELT's by its 61 tab-separated fields).")
@click.option("--problems", "problems_csv", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="When the files have problems, also write every one of them (file, row, column, problem) to "
              "this CSV: the terminal shows the first 50, the CSV all, for fixing a large file in a spreadsheet.")
@click.option("--engine", type=click.Choice(["auto", "default", "stream", "dask"]), default="auto", show_default=True,
              help="How the rows are processed: 'default' holds the input in memory (fastest up to a few million "
              "rows); 'stream' reads, checks and writes it a part at a time, in little memory at any size; 'dask' "
              "runs the parts on a Dask cluster (needs geomap[dask]). 'auto' streams inputs over 300 MB.")
@click.option("--map-limit", type=click.IntRange(min=1), default=1_000_000, show_default=True, metavar="N",
              help="With --engine stream or dask: the incidents map.html draws one by one; beyond, it draws them "
              "aggregated by cell and month (every incident stays in the GeoPackage and the GeoParquet).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the Dask scheduler to use (tcp://host:8786); a local cluster by default.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr for builds longer than a second.  [default: when stderr is a terminal]")
@context_options
@strict_option
@gazetteer_option
def build(incidents: tuple[Path, ...], out: Path, rings: tuple[float, ...], title: str | None,
          tiles: tuple[str, ...], cdn: bool, png: bool, png_size: str, fmt: str, problems_csv: Path | None,
          engine: str, map_limit: int, scheduler: str | None, progress: bool | None, countries: tuple[str, ...],
          within: str | None, strict: bool,
          gazetteers: tuple[Path, ...]) -> None:
    """Build a map, a GeoPackage, a GeoParquet, a GeoJSON and a CSV from incident files (CSV, TSV, YAML,
    GeoJSON, Excel .xlsx, GeoParquet or GeoPackage): geomap's columns, or an ACLED export, UCDP GED or GDELT 2.0
    events as they come, zipped or gzipped too (a .zip or .gz holding one text file is read as that file).

    With no INCIDENTS, builds the bundled example. Every bad row in every file is reported
    (file:row: column: problem) and nothing is written; earlier outputs stay as they were.
    map.html is one self-contained file: it works offline but for the basemap tiles.

    Names are resolved in context: a row's `country` and `admin1` columns, --country and --within,
    and the area of the file's other places. geocoding.csv lists every distinct name, how it was
    resolved and what looks implausible; --strict makes any such flag an error.

    \b
    Examples:
      geomap build                                   # the bundled example into outputs/
      geomap build my-incidents.csv --out maps/ --rings 0.5,1,3
      geomap build my-incidents.csv --tiles none     # no basemap: graticule and place labels
      geomap build my-incidents.csv --tiles Esri.WorldImagery --png --png-size 1600x900
      geomap build acled-iraq.csv --country IQ --strict   # stop on anything implausible
      geomap build ged_syria.csv --tiles none        # UCDP GED as published, recognised by its header
      geomap build 20240107.export.CSV --format gdelt
      geomap build 20240107120000.export.CSV.zip      # GDELT 2.0 as downloaded
      geomap build ged241-csv.zip                    # UCDP GED as downloaded
      geomap build acled-all.csv --problems problems.csv  # every bad row in a spreadsheet
      geomap build gdelt-2015-2024.csv --engine stream    # ten million rows in little memory
      geomap build big.csv --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from ..build import build as run_build
    from ..render.screenshot import parse_size

    size = parse_size(png_size) if png else None
    bar = ProgressBar(sys.stderr, enabled=False if quiet() else progress)
    try:
        result = run_build(list(incidents), out, gazetteers=gazetteers, rings_m=rings, title=title, tiles=tiles,
                           cdn=cdn, png_size=size, warn=note, progress=bar, countries=countries, within=within,
                           strict=strict, fmt=None if fmt == "auto" else fmt, engine=engine, scheduler=scheduler,
                           map_limit=map_limit)
    except DataError as exc:
        if problems_csv is not None:
            from ..export import write_problems

            try:
                write_problems(exc.problems, problems_csv)
            except OSError as err:
                raise UsageError(f"{problems_csv}: cannot be written ({err.strerror or err})") from None
            note(f"{len(exc.problems):,} problem(s) written to {problems_csv}")
        raise
    finally:
        bar.close()
    note(result.geocoding.summary(str(out / "geocoding.csv")))
    if not quiet():
        click.echo(printable(f"Built {result.incidents} incident(s) into {out}/: " + ", ".join(result.outputs)))
