"""From news reports to candidate incident records: `geomap extract` and its Python API.

    from geomap.extract import extract
    result = extract(["reports/"])
    result.write_csv("incidents.csv")      # the `geomap build` schema, plus provenance columns

Everything runs offline against the gazetteer; nothing is downloaded and no model is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError, Problem, UsageError
from ..geocode import Geocoder
from .article import HTML_SUFFIXES, TEXT_SUFFIXES, Article, read_article
from .events import Event, article_events, per_site, per_weapon, summarize
from .fusion import Incident, date_from_other_reports, fuse
from .places import PlaceFinder
from .records import HEADER, incident_rows, proposed_rows, write_csv

if TYPE_CHECKING:
    from ..review import GeocodingReport

__all__ = ["HEADER", "Extraction", "article_paths", "extract", "read_article"]

ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


@dataclass
class Extraction:
    articles: list[Article]
    incidents: list[Incident]
    rows: list[dict[str, str]]
    #: Events left out because their date needs the article's date, which is unknown.
    undated: list[Event] = field(default_factory=list)
    #: Incidents left out because no report names a gazetteer place where they happened or were aimed.
    unplaced: list[Incident] = field(default_factory=list)

    def write_csv(self, path: Path | str) -> None:
        write_csv(self.rows, Path(path))

    def geocoding(self, geocoder: Geocoder, *, countries: Sequence[str] = (),
                  within: str | None = None) -> GeocodingReport:
        """How `geomap build` will resolve the names of these rows, and what looks implausible."""
        from ..incidents import review_records
        from ..readers import RawRecords

        columns = list(dict.fromkeys(c for row in self.rows for c in row))
        records = RawRecords("extracted incidents", columns, [(n, dict(r)) for n, r in enumerate(self.rows, 2)])
        return review_records(records, geocoder, countries=countries, within=within)


#: Files of a folder that describe it rather than report anything.
_FOLDER_NOTES = frozenset({"README", "CHANGELOG", "LICENSE", "NOTES", "CONTRIBUTING"})


def article_paths(inputs: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the reports (ARTICLE_SUFFIXES) in each folder given, sorted by name; a folder's README,
    CHANGELOG or LICENSE is about the folder, not a report."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                            and p.stem.upper() not in _FOLDER_NOTES)
            if not inside:
                raise UsageError(f"{path}: no reports in this folder (looked for {', '.join(ARTICLE_SUFFIXES)})")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def extract(inputs: Iterable[Path | str], *, geocoder: Geocoder | None = None, default_date: dt.date | None = None,
            fuse_reports: bool = True, finder: PlaceFinder | None = None,
            progress: Callable[[int, int], None] | None = None) -> Extraction:
    """Read reports and propose incidents: one per event, with every report that tells it."""
    paths = article_paths(inputs)
    finder = finder or PlaceFinder(geocoder or Geocoder())
    articles: list[Article] = []
    told: dict[str, list[Event]] = {}
    problems: list[Problem] = []
    for n, path in enumerate(paths, start=1):
        try:
            article = read_article(path)
        except DataError as exc:  # every unreadable report is named at once, then nothing is written
            problems += exc.problems
            continue
        if article.date is None and default_date is not None:
            article = article.with_date(default_date, "--date")
        articles.append(article)
        told[article.path] = article_events(article, finder)
        if progress is not None:
            progress(n, len(paths))
    if problems:
        raise DataError(problems)
    # Each dated event is summed up once, for dating undated reports and for fusion alike.
    dated = [pair for events in told.values() for e in per_weapon([e for e in events if e.date is not None])
             for pair in per_site(e, summarize(e, finder), finder)]
    for i, article in enumerate(articles):
        if article.date is None and any(e.needs_anchor for e in told[article.path]):
            found = date_from_other_reports(article, told[article.path], dated, finder)
            if found is not None:
                articles[i], told[article.path] = found
                # Its events read again replace those read before (some had dates of their own: "January 3, 2020").
                dated = [es for es in dated if es[0].article.path != article.path]
                dated += [pair for e in per_weapon([e for e in told[article.path] if e.date is not None])
                          for pair in per_site(e, summarize(e, finder), finder)]
    incidents = fuse(finder, dated) if fuse_reports else [Incident([es]) for es in dated]
    undated = [e for events in told.values() for e in events if e.date is None]
    unplaced = [i for i in incidents if all(r.place is None for _, s in i.events for r in s.rows)]
    placed = [i for i in incidents if i not in unplaced]
    rows = incident_rows(placed)
    # An attack at a place the gazetteer does not know is proposed, with the phrase, not dropped.
    proposed, unplaced = proposed_rows(unplaced, {r["id"] for r in rows}, finder)
    return Extraction(articles, placed, rows + proposed, undated, unplaced)
