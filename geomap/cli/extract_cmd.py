"""`geomap extract ARTICLE... -o incidents.csv`"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .options import CONTEXT, context_options, gazetteer_options, load_geocoder, note, quiet, strict_option
from .progress import ProgressBar


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command(context_settings=CONTEXT)
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True), required=True,
              help="The CSV to write ('-': standard output). Written whole or not at all.")
@click.option("--date", "default_date", callback=_date, metavar="YYYY-MM-DD",
              help="The date of reports that carry none (no 'Published:' line, date line or HTML date).")
@click.option("--no-fuse", is_flag=True, help="One incident per report: do not merge reports of the same event.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr for runs longer than a second.  [default: when stderr is a terminal]")
@context_options
@strict_option
@gazetteer_options
def extract(articles: tuple[Path, ...], out: Path, default_date: dt.date | None, no_fuse: bool,
            progress: bool | None, countries: tuple[str, ...], within: str | None, strict: bool,
            gazetteers: tuple[Path, ...], no_geonames: bool) -> None:
    """Propose incident records from news reports (plain text or HTML), offline.

    ARTICLE is a report (any text or HTML file) or a folder of them (its .txt, .text, .html, .htm
    and .xhtml files). The CSV has the columns
    `geomap build` reads, then where each incident comes from: incident, source_count, article,
    char_span and sentence (one per report, in the order of the article column). Reports of one
    event (same place, dates within a day, compatible weapon and count) become one incident.
    Relative dates ("on Sunday night", "last month") are resolved against each report's date;
    an incident whose date cannot be resolved is left out, with a warning. geocoding.csv, beside
    the CSV, says how each place name will be resolved and flags what looks implausible.

    \b
    Examples:
      geomap extract reports/ -o incidents.csv
      geomap extract report.html wire.txt -o - | column -s, -t | less -S
      geomap extract reports/ --date 2021-12-19 -o incidents.csv && geomap build incidents.csv
      geomap extract syria-reports/ --country SY --strict -o incidents.csv
    """
    from ..extract import extract as run_extract
    from ..extract.places import PlaceFinder
    from ..extract.records import csv_text

    geocoder = load_geocoder(gazetteers, no_geonames)
    context = geocoder.context(countries or None, within=within) if countries or within else None
    bar = ProgressBar(sys.stderr, enabled=False if quiet() else progress)
    try:
        result = run_extract(articles, geocoder=geocoder, default_date=default_date, fuse_reports=not no_fuse,
                             finder=PlaceFinder(geocoder, context),
                             progress=lambda done, total: bar("reading reports", done, total))
    finally:
        bar.close()
    for event in result.undated:
        mention = event.date_mention.text if event.date_mention else "no date"
        if event.article.date is None:
            note(f"Warning: {event.article.path}: an incident dated '{mention}' is left out: the report carries "
                 f"no date to resolve it against; give one with --date YYYY-MM-DD")
        else:  # ("That same evening" with no attack dated before it: the day it counts from is not told)
            note(f"Warning: {event.article.path}: an incident dated '{mention}' is left out: no day told before "
                 f"it says which day that is")
    for incident in result.unplaced:
        event = incident.primary[0]
        sentence = (event.date_frame or event.frames[0]).sentence
        note(f"Warning: {event.article.path}: an incident of {event.date} is left out: it names no gazetteer "
             f"place where it happened (characters {sentence.start}-{sentence.end}: {sentence.text[:80]!r})")
    for row in result.rows:
        if row.get("review") and not row.get("place"):
            note(f"Warning: {row['article']}: row {row['id']} needs a place: the report names "
                 f"{row['place_text']!r}, which geomap cannot place (its point is left empty; see its review "
                 "column)")
    report = result.geocoding(geocoder, countries=countries, within=within)
    if strict:
        report.strict(", ".join(str(a) for a in articles))
    if str(out) == "-":
        sys.stdout.write(csv_text(result.rows))
        note(report.summary("geocoding.csv (not written: the CSV went to standard output)"))
    else:
        if not out.parent.is_dir():
            raise click.UsageError(f"{out.parent}: no such folder for --out")
        result.write_csv(out)
        review = out.parent / "geocoding.csv"
        tmp = review.with_name(".geocoding.csv.tmp")
        report.write_csv(tmp)
        tmp.replace(review)
        note(report.summary(str(review)))
    incidents = len({row["incident"] for row in result.rows})
    fused = sum(1 for i in result.incidents if len(i.events) > 1)
    where = "standard output" if str(out) == "-" else str(out)
    note(f"Read {len(result.articles)} report(s); wrote {incidents} incident(s) in {len(result.rows)} row(s) "
         f"to {where} ({fused} told by more than one report).")
