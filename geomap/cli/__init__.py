"""The `geomap` command line. Only this package imports click; commands stay thin over the library."""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Any

import click

from ..errors import GeomapError, UsageError, printable
from .options import CONTEXT


class GeomapGroup(click.Group):
    """Turns library errors into one-line messages: bad data exits 1, bad usage exits 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            raise click.UsageError(printable(str(exc))) from None  # no context: the message alone, exit 2
        except GeomapError as exc:
            if ctx.find_root().params.get("debug"):
                traceback.print_exc()
            # click prefixes the first line with "Error: "; give every problem its own prefix.
            raise click.ClickException(str(exc).replace("\n", "\nError: ")) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader went away (`geomap gazetteer info | head`): stop quietly, as Unix tools do.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(141) from None
        except Exception as exc:
            if ctx.find_root().params.get("debug"):
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback and report it)"
            ) from None


@click.group(cls=GeomapGroup, context_settings=CONTEXT)
@click.version_option(package_name="geomap")
@click.option("--debug", is_flag=True, help="Show the Python traceback when something fails.")
@click.option("-v", "--verbose", is_flag=True, help="Also say what each stage does and how long it takes.")
@click.option("-q", "--quiet", is_flag=True, help="Say nothing but errors (no warnings, summaries or progress).")
def cli(debug: bool, verbose: bool, quiet: bool) -> None:
    """Map rocket, drone and other attacks offline, from a local gazetteer.

    \b
    Examples:
      geomap geocode "Ain al-Asad" Harthiya "Green Zone"
      geomap extract reports/ -o incidents.csv && geomap build incidents.csv --out maps/
      geomap -q build my-incidents.csv --out maps/   # errors only, for scripts
    """
    if verbose and quiet:
        raise click.UsageError("--verbose and --quiet ask for opposite things; give one")
    # The library logs through `logging` ("geomap.*"); the command line shows it on stderr at the level asked.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("geomap: %(message)s"))
    library = logging.getLogger("geomap")
    library.handlers[:] = [handler]
    library.setLevel(logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING)
    library.propagate = False


def _register() -> None:
    from .build_cmd import build
    from .extract_cmd import extract
    from .gazetteer_cmd import gazetteer
    from .geocode_cmd import geocode

    cli.add_command(build)
    cli.add_command(geocode)
    cli.add_command(gazetteer)
    cli.add_command(extract)


_register()


def main() -> None:
    """Console-script entry point."""
    sys.exit(cli.main(prog_name="geomap"))
