"""`geomap geocode NAME...`"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import GeomapError, PlaceNotFound
from .options import CONTEXT, country_option, gazetteer_options, load_geocoder, within_option


def _failure(query: str, exc: GeomapError) -> dict[str, object]:
    candidates = exc.candidates if isinstance(exc, PlaceNotFound) else []
    return {
        "query": query, "id": None, "name": None, "latitude": None, "longitude": None, "geo_precision": None,
        "uncertainty_m": None, "score": None, "source": None, "error": str(exc),
        "candidates": [
            {"id": c.place.id, "name": c.place.name, "country": c.place.country, "matched": c.matched,
             "score": round(c.score, 1), "latitude": c.place.latitude, "longitude": c.place.longitude}
            for c in candidates
        ],
    }


@click.command(context_settings=CONTEXT)
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per name.")
@country_option
@within_option
@gazetteer_options
def geocode(names: tuple[str, ...], as_json: bool, country: str | None, within: str | None,
            gazetteers: tuple[Path, ...], no_geonames: bool) -> None:
    """Look up place names in the gazetteer and print their coordinates.

    Each name resolves to one gazetteer entry, or fails with the closest candidates (exit 1):
    geomap never guesses a point. Add context after a comma: "Mansour, Baghdad" or "Hit, IQ".

    \b
    Examples:
      geomap geocode "Ain al-Asad" Harthiya "Green Zone"
      geomap geocode --json "Al Asad Airbase" | jq '.[0].latitude'
    """
    geocoder = load_geocoder(gazetteers, no_geonames)
    results = geocoder.resolve_many(names, country=country, within=within)
    failed = {q: r for q, r in results.items() if isinstance(r, GeomapError)}
    if as_json:
        rows = [r.to_dict() if not isinstance(r, GeomapError) else _failure(q, r) for q, r in results.items()]
        click.echo(json.dumps([rows[list(results).index(n)] for n in names], ensure_ascii=False, indent=2))
    else:
        header = ("query", "place", "latitude", "longitude", "prec", "±m", "match", "source")
        lines = [header]
        for query, result in results.items():
            if isinstance(result, GeomapError):
                continue
            p = result.place
            lines.append((query, f"{p.name} [{p.id}]", f"{p.latitude:.5f}", f"{p.longitude:.5f}", str(p.geo_precision),
                          f"{p.uncertainty_m:,.0f}", f"{result.method} {result.score:.0f}", p.source))
        if len(lines) > 1:
            widths = [max(len(row[i]) for row in lines) for i in range(len(header) - 1)]
            for row in lines:
                click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1])
    for exc in failed.values():
        click.echo(f"Error: {exc}", err=True)
    if failed:
        raise click.exceptions.Exit(1)
