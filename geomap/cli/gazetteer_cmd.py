"""`geomap gazetteer check|search|import-geonames`"""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import GazetteerError
from .options import CONTEXT, country_option, gazetteer_options, load_geocoder, within_option


@click.group(context_settings=CONTEXT)
def gazetteer() -> None:
    """Inspect and extend the gazetteer.

    \b
    Example:
      geomap gazetteer search harthiya
    """


@gazetteer.command(context_settings=CONTEXT)
@gazetteer_options
def check(gazetteers: tuple[Path, ...], no_geonames: bool) -> None:
    """Validate the gazetteer: ids, coordinates, countries, sources, parents and shared aliases.

    Exits 1 and lists every problem (file, row, column) when something is wrong.

    \b
    Examples:
      geomap gazetteer check
      geomap gazetteer check --gazetteer my-places.csv
    """
    from ..gazetteer import Gazetteer

    gaz = Gazetteer.load(gazetteers, geonames=False)
    problems = gaz.check()
    if problems:
        raise GazetteerError(problems)
    counts: dict[str, int] = {}
    for place in gaz:
        counts[place.tier] = counts.get(place.tier, 0) + 1
    detail = ", ".join(f"{n} {tier}" for tier, n in sorted(counts.items()))
    click.echo(f"OK: {len(gaz)} places ({detail}); each has coordinates in range, inside its country, and a source.")


@gazetteer.command(context_settings=CONTEXT)
@click.argument("text")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100), help="How many places to list.")
@country_option
@within_option
@gazetteer_options
def search(text: str, limit: int, countries: tuple[str, ...], within: str | None, gazetteers: tuple[Path, ...],
           no_geonames: bool) -> None:
    """List the places whose names come closest to TEXT, best first, with their scores.

    \b
    Examples:
      geomap gazetteer search "al asad"
      geomap gazetteer search mansour --country IQ
    """
    geocoder = load_geocoder(gazetteers, no_geonames)
    found = geocoder.candidates(text, limit=limit, country=countries or None, within=within)
    if not found:
        click.echo(f"Nothing close to {text!r}.", err=True)
        raise click.exceptions.Exit(1)
    for c in found:
        p = c.place
        click.echo(f"{c.score:5.1f}  {c.kind:15}  "
                   f"{p.name} [{p.id}]  {p.country} {p.kind}  {p.latitude:.5f}, {p.longitude:.5f}"
                   f"  (matched {c.matched!r}; {p.tier})")


@gazetteer.command("import-geonames", context_settings=CONTEXT)
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the converted CSV (default: geomap's data folder, where lookups find it).")
def import_geonames(dump: Path, out: Path | None) -> None:
    """Convert a GeoNames country dump (e.g. IQ.txt) into a gazetteer tier that lookups consult.

    Download a dump from https://download.geonames.org/export/dump/ (IQ.zip holds IQ.txt), then
    import it. Curated entries still win over it; it replaces the bundled cities500 rows.

    \b
    Example:
      geomap gazetteer import-geonames ~/Downloads/IQ.txt
    """
    from ..geonames import convert_dump, imported_dir

    target = out or imported_dir() / f"{dump.stem}.csv"
    count = convert_dump(dump, target)
    click.echo(f"Imported {count:,} places from {dump} into {target}.")
