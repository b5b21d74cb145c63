"""`geomap geocode NAME...`"""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import AmbiguousPlace, GeomapError, PlaceNotFound
from .options import CONTEXT, context_options, gazetteer_options, load_geocoder


def _failure(query: str, exc: GeomapError) -> dict[str, object]:
    candidates = exc.candidates if isinstance(exc, PlaceNotFound) else []
    return {
        "query": query, "id": None, "name": None, "latitude": None, "longitude": None, "geo_precision": None,
        "uncertainty_m": None, "score": None, "source": None, "error": str(exc),
        "status": "ambiguous" if isinstance(exc, AmbiguousPlace) else "unresolved",
        "candidates": [
            {"id": c.place.id, "name": c.place.name, "country": c.place.country, "matched": c.matched,
             "method": c.kind, "score": round(c.score, 1), "latitude": c.place.latitude,
             "longitude": c.place.longitude}
            for c in candidates
        ],
    }


@click.command(context_settings=CONTEXT)
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per name.")
@click.option("--admin1", metavar="NAME", help="Only places in this governorate or province (e.g. 'Al Anbar').")
@context_options
@gazetteer_options
def geocode(names: tuple[str, ...], as_json: bool, admin1: str | None, countries: tuple[str, ...],
            within: str | None, gazetteers: tuple[Path, ...], no_geonames: bool) -> None:
    """Look up place names in the gazetteer and print their coordinates.

    Each name resolves to one gazetteer entry, or fails with the closest candidates (exit 1):
    geomap never guesses a point. Add context after a comma ("Mansour, Baghdad", "Hit, IQ") or with
    --country, --admin1 and --within. Several names are resolved together, each in the area of the
    others. `match` says what the answer rests on: name, alias, transliteration or fuzzy.

    \b
    Examples:
      geomap geocode "Ain al-Asad" Harthiya "Green Zone"
      geomap geocode --json "Al Asad Airbase" | jq '.[0].latitude'
      geomap geocode "Al-Baghdadi" --country IQ --admin1 "Al Anbar"
      geomap geocode "Homs Governorate" "Tadmur/Palmyra" "Teir Maaleh village"
    """
    from ..review import NameUse, resolve_uses

    geocoder = load_geocoder(gazetteers, no_geonames)
    if admin1:
        try:
            geocoder.context(countries or None, admin1=admin1)
        except GeomapError as exc:
            raise click.BadParameter(str(exc), param_hint="--admin1") from None
    uses = [NameUse(n, "query", "", admin1 or "") for n in names]
    resolved = resolve_uses(geocoder, uses, countries=countries, within=within)
    results = {u.name: resolved[u.key] for u in uses}
    failed = {q: r for q, r in results.items() if isinstance(r, GeomapError)}
    if as_json:
        rows = [r.to_dict() if not isinstance(r, GeomapError) else _failure(q, r) for q, r in results.items()]
        click.echo(json.dumps([rows[list(results).index(n)] for n in names], ensure_ascii=False, indent=2))
    else:
        header = ("query", "place", "kind", "latitude", "longitude", "prec", "±m", "match", "runner-up", "source")
        lines = [header]
        for query, result in results.items():
            if isinstance(result, GeomapError):
                continue
            p = result.place
            runner = result.runner_up
            runner_text = "-" if runner is None else (
                f"{runner.place.name} ({runner.kind} {runner.score:.0f}, "
                f"{(result.runner_up_m or 0) / 1000:,.0f} km)")
            decided = "" if result.decided_by in ("only match", "administrative unit") else \
                f" ({result.decided_by})"
            lines.append((query, f"{p.name} [{p.id}, {p.country}]", p.kind, f"{p.latitude:.5f}", f"{p.longitude:.5f}",
                          str(result.geo_precision), f"{result.uncertainty_m:,.0f}",
                          f"{result.method} {result.score:.0f}{decided}", runner_text, p.source))
        if len(lines) > 1:
            widths = [max(len(row[i]) for row in lines) for i in range(len(header) - 1)]
            for row in lines:
                click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1])
    for problem in failed.values():
        click.echo(f"Error: {problem}", err=True)
    if failed:
        raise click.exceptions.Exit(1)
