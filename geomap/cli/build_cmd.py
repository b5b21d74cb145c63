"""`geomap build [INCIDENTS...] [--out DIR]`"""

from __future__ import annotations

from pathlib import Path

import click

from .options import CONTEXT, gazetteer_option


def _rings(ctx: click.Context, param: click.Parameter, value: str) -> tuple[float, ...]:
    try:
        rings = tuple(float(v) * 1000 for v in value.split(",") if v.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a comma-separated list of kilometres, e.g. 1,2,5,10") from None
    if not rings or any(r <= 0 for r in rings):
        raise click.BadParameter("give one or more positive distances in kilometres, e.g. 1,2,5,10")
    return rings


@click.command(context_settings=CONTEXT)
@click.argument("incidents", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=Path("outputs"), show_default=True,
              help="Folder for map.html, incidents.gpkg and incidents.geojson.")
@click.option("--rings", default="1,2,5,10", show_default=True, callback=_rings,
              help="Distance rings around each target, in kilometres.")
@click.option("--title", help="The map's title (shown in the legend).")
@gazetteer_option
def build(incidents: tuple[Path, ...], out: Path, rings: tuple[float, ...], title: str | None,
          gazetteers: tuple[Path, ...]) -> None:
    """Build a map, a GeoPackage and a GeoJSON from incident files (CSV, YAML or GeoJSON).

    With no INCIDENTS, builds the bundled example. Every bad row in every file is reported
    (file:row: column: problem) and nothing is written; earlier outputs stay as they were.

    \b
    Examples:
      geomap build                                   # the bundled example into outputs/
      geomap build my-incidents.csv --out maps/ --rings 0.5,1,3
    """
    from ..build import build as run_build

    result = run_build(list(incidents), out, gazetteers=gazetteers, rings_m=rings, title=title,
                       warn=lambda message: click.echo(message, err=True))
    click.echo(f"Built {result.incidents} incident(s) into {out}/: " + ", ".join(result.outputs))
