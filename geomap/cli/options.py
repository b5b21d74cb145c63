"""Options shared by several commands, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import printable

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

gazetteer_option = click.option(
    "--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="A gazetteer CSV (or a folder of them) to add; its rows override the shipped ones with the same id. "
    "Repeatable.",
)
no_geonames_option = click.option(
    "--no-geonames", is_flag=True, help="Use only the curated gazetteer (and --gazetteer files), not GeoNames."
)
def _countries(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    from ..countries import country_code

    codes = []
    for raw in value:
        code = country_code(raw)
        if code is None:
            raise click.BadParameter(f"{raw!r} is not a country (an ISO code such as IQ, or an English name)")
        codes.append(code)
    return tuple(codes)


country_option = click.option(
    "--country", "countries", multiple=True, metavar="CC", callback=_countries,
    help="Look names up in this country (ISO code or English name, e.g. IQ); repeatable. A row's own `country` "
    "column wins.  [default: the countries of the other names, else IQ and SY]")
within_option = click.option("--within", metavar="PLACE",
                             help="Only places inside this place (a name or gazetteer id, e.g. Baghdad, 'Anbar "
                                  "Governorate').")
strict_option = click.option("--strict", is_flag=True,
                             help="Every flag of geocoding.csv is an error (exit 1, nothing written): for publishing.")


def context_options(func: Callable[..., Any]) -> Callable[..., Any]:
    return country_option(within_option(func))


def gazetteer_options(func: Callable[..., Any]) -> Callable[..., Any]:
    return gazetteer_option(no_geonames_option(func))


def load_geocoder(gazetteers: tuple[Path, ...], no_geonames: bool) -> Any:
    from ..gazetteer import Gazetteer
    from ..geocode import Geocoder

    return Geocoder(Gazetteer.load(gazetteers, geonames=not no_geonames))


def quiet() -> bool:
    """Did the user ask for errors only (geomap -q)?"""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("quiet"))


def note(message: str) -> None:
    """A warning or a summary for the user, on stderr, unless -q; control characters escaped."""
    if not quiet():
        click.echo(printable(message), err=True)
