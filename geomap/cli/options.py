"""Options shared by several commands, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

gazetteer_option = click.option(
    "--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, path_type=Path),
    help="A gazetteer CSV (or a folder of them) to add; its rows override the shipped ones with the same id. "
    "Repeatable.",
)
no_geonames_option = click.option(
    "--no-geonames", is_flag=True, help="Use only the curated gazetteer (and --gazetteer files), not GeoNames."
)
country_option = click.option("--country", metavar="CC", help="Only places in this country (ISO code, e.g. IQ).")
within_option = click.option("--within", metavar="ID", help="Only places inside this gazetteer place (e.g. baghdad).")


def gazetteer_options(func: Callable[..., Any]) -> Callable[..., Any]:
    return gazetteer_option(no_geonames_option(func))


def load_geocoder(gazetteers: tuple[Path, ...], no_geonames: bool) -> Any:
    from ..gazetteer import Gazetteer
    from ..geocode import Geocoder

    return Geocoder(Gazetteer.load(gazetteers, geonames=not no_geonames))
