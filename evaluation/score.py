"""Precision and recall of `geomap extract` against hand labels.

    python -m evaluation.score ../shared/corpus                # labels: evaluation/corpus_labels.csv
    python -m evaluation.score reports/ --labels my_labels.csv

A label is one incident as one article tells it (article, date, gazetteer place id, and for the record
weapon, count, outcomes). An extracted incident counts for an article when that article is among its
sources, its date interval (a day either side; a week; the month) holds the labelled date or month, and
one of its places (where it landed, or the target) is the labelled place or lies inside or around it in
the gazetteer. Precision: matched extracted (incident, article) pairs over all of them. Recall: matched
labels over all labels. Headline incidents are also checked for weapon, count and outcome.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Label:
    article: str
    first: dt.date
    last: dt.date
    place: str
    weapon: str
    count: str
    outcomes: frozenset[str]
    headline: bool


def _interval(text: str, precision: int = 1) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    day = dt.date(*parts)
    spread = {1: 1, 2: 7}.get(precision, 0)  # precision 0: the day alone
    if precision == 3:
        first = day.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=spread), day + dt.timedelta(days=spread)


def read_labels(path: Path) -> list[Label]:
    with open(path, encoding="utf-8", newline="") as handle:
        labels = []
        for row in csv.DictReader(handle):
            # A labelled day is that day; a labelled month ("2021-12") is the whole month.
            first, last = _interval(row["date"], 0)
            labels.append(Label(row["article"], first, last, row["place"], row["weapon"], row["count"],
                                frozenset(o for o in row["outcomes"].split(";") if o), row["headline"] == "yes"))
        return labels


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return not (a[1] < b[0] or b[1] < a[0])


def _same_text(proposed: str, labelled: str) -> bool:
    """A proposed phrase and a labelled one name the same place when one holds the other ("Yengija village")."""
    if not (proposed.startswith("text:") and labelled.startswith("text:")):
        return False
    from geomap.names import normalize

    # Spelt as the report spells it, the possessive or an accent aside ("Latakia's port" is "Latakia port").
    a, b = normalize(proposed[5:]), normalize(labelled[5:])
    return bool(a and b) and (a in b or b in a)


def _named(place, text: str) -> bool:
    """A label's place the curated gazetteer lacks ("text:Deir ez-Zor") is found when the extractor resolved the
    phrase to a place of another tier (GeoNames) that bears that name."""
    from geomap.names import normalize

    if place is None:
        return False
    wanted = normalize(text)
    return bool(wanted) and any(normalize(n) == wanted for n in (place.name, *place.aliases))


def _same_weapon(told: str, labelled: str) -> bool:
    """The labels name a weapon's family ("ied", "airstrike"); the extractor says what the report says ("car
    bomb", "suicide bomb", "air strike"): the same weapon when both are of one family (weapons.family)."""
    from geomap.weapons import family

    return told == labelled or family(told) == family(labelled) != "other"


def _same_place(finder, proposed: str, labelled: str) -> bool:
    if labelled.startswith("text:") and not proposed.startswith("text:"):
        return _named(finder.gazetteer.get(proposed), labelled[5:])
    if "text:" in (proposed[:5], labelled[:5]):
        return _same_text(proposed, labelled)
    return finder.related(proposed, labelled)


def score(corpus: Path, labels: Sequence[Label]) -> dict[str, object]:
    from geomap.extract import extract
    from geomap.extract.places import PlaceFinder
    from geomap.geocode import Geocoder

    finder = PlaceFinder(Geocoder())
    started = time.perf_counter()
    result = extract([corpus], finder=finder)
    seconds = time.perf_counter() - started
    pairs = []  # (article name, interval, place ids, rows)
    for incident in result.incidents:
        event, summary = incident.primary
        if event.date is None:
            continue
        interval = _interval(event.date.isoformat(), event.precision)
        places = {r.place.place_id for r in summary.rows if r.place} | (
            {summary.target.place_id} if summary.target else set())
        # A row placed at a known place that holds the one the report names there, which the gazetteer lacks ("the
        # Babylon Hotel in Jadriya": at Jadriya, with "Babylon Hotel" in `place_text`), names that one too.
        places |= {"text:" + r.finer for r in summary.rows if r.place and r.finer}
        for other_event, _ in incident.events:
            pairs.append((Path(other_event.article.path).name, interval, places, incident))
    # An attack at a place the gazetteer does not know is a proposed row with the phrase (`place_text`): it
    # stands for a label whose place is "text:" and that phrase.
    for row in result.rows:
        if row.get("place_text") and not row.get("place"):
            interval = _interval(row["date"], int(row["time_precision"] or 1))
            for article in row["article"].split("; "):
                pairs.append((Path(article).name, interval, {"text:" + row["place_text"]}, row))
    wanted = [label for label in labels if (corpus / label.article).exists()]

    def matches(pair, label: Label) -> bool:
        name, interval, places, _ = pair
        return name == label.article and _overlap(interval, (label.first, label.last)) and any(
            _same_place(finder, p, label.place) for p in places)

    # One to one: each extracted pair stands for at most one label and each label is found at most once,
    # so a report's headline cannot also count as the retold attack of the same month.
    matched_pairs, found_labels = [], []
    for label in sorted(wanted, key=lambda lb: (lb.last - lb.first).days):  # the most precise labels first
        pair = next((p for p in pairs if p not in matched_pairs and matches(p, label)), None)
        if pair is not None:
            matched_pairs.append(pair)
            found_labels.append(label)
    details = []
    for label in (lb for lb in wanted if lb.headline):
        pair = next((p for p, lb in zip(matched_pairs, found_labels, strict=True) if lb == label), None)
        if pair is None:
            details.append((label.article, "missed", "", "", ""))
            continue
        if isinstance(pair[3], dict):  # a proposed row: what it says, as the row says it
            row = pair[3]
            details.append((label.article, "found", _same_weapon(row["weapon"], label.weapon),
                            (row["count"], label.count),
                            {row["outcome"]} == set(label.outcomes)))
            continue
        summary = next(s for e, s in pair[3].events if Path(e.article.path).name == label.article)
        outcomes = {r.outcome for r in summary.rows}
        details.append((label.article, "found", _same_weapon(summary.weapon, label.weapon),
                        (str(summary.count or ""), label.count), outcomes == set(label.outcomes)))
    return {
        "articles": len(result.articles), "seconds": seconds, "extracted_pairs": len(pairs),
        "matched_pairs": len(matched_pairs), "labels": len(wanted), "found_labels": len(found_labels),
        "precision": len(matched_pairs) / len(pairs) if pairs else 0.0,
        "recall": len(found_labels) / len(wanted) if wanted else 0.0,
        "missed": [(lb.article, lb.first.isoformat(), lb.place) for lb in wanted if lb not in found_labels],
        "wrong": [(p[0], p[1][0].isoformat(), sorted(p[2])) for p in pairs if p not in matched_pairs],
        "headlines": details,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of reports")
    parser.add_argument("--labels", type=Path, default=HERE / "corpus_labels.csv")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder of reports; nothing to evaluate", file=sys.stderr)
        return 2
    report = score(args.corpus, read_labels(args.labels))
    print(f"{report['articles']} reports in {report['seconds']:.2f} s")
    print(f"precision {report['precision']:.2f} ({report['matched_pairs']}/{report['extracted_pairs']} "
          f"incident-report pairs right), recall {report['recall']:.2f} "
          f"({report['found_labels']}/{report['labels']} labelled incidents found)")
    for article, first, place in report["missed"]:  # type: ignore[union-attr]
        print(f"  missed: {article} {first} {place}")
    for article, first, places in report["wrong"]:  # type: ignore[union-attr]
        print(f"  not labelled: {article} {first} {', '.join(places)}")
    for article, status, weapon, count, outcome in report["headlines"]:  # type: ignore[union-attr]
        print(f"  headline {article}: {status}" + (
            f"; weapon {'right' if weapon else 'wrong'}, count "
            f"{'right' if count[0] == count[1] else f'wrong ({count[0] or 0} for {count[1] or 0})'}, "
            f"outcomes {'right' if outcome else 'wrong'}" if status == "found" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
