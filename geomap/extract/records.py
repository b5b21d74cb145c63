"""Incidents as rows of the `geomap build` schema, plus the columns that show where each came from."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..celltext import spreadsheet_safe
from ..files import atomic_open
from ..incidents import COLUMNS, PROVENANCE_COLUMNS
from ..readers import MAX_CELL
from . import lexicon as lx
from .events import Event, Row, Summary
from .frames import Frame
from .fusion import Incident
from .places import PlaceFinder, villages_named_first

#: The build schema, then the provenance: which incident, how many outlets, which articles, where, the sentences.
HEADER = COLUMNS + PROVENANCE_COLUMNS
SEPARATOR = " | "


def _date_text(event: Event) -> str:
    assert event.date is not None
    if event.precision == 3 and event.date.day == 15:
        return event.date.strftime("%Y-%m")
    return event.date.isoformat()


def _evidence(event: Event, summary: Summary, row: Row | None) -> Frame:
    """The sentence of one report that best supports a row: the one that told that outcome, else the dating one."""
    if row is not None:
        same = [c for c in summary.rows if c.outcome == row.outcome]
        placed = [c for c in same if c.place is not None and row.place is not None
                  and c.place.place_id == row.place.place_id]
        if placed or same:
            return (placed or same)[0].frame
    return event.date_frame or event.frames[0]


def _apart(row: Row, rows: list[Row]) -> bool:
    """Is the row's place its own, not shared with the report's other outcomes?"""
    return all(o is row or o.place is None or row.place is None or o.place.place_id != row.place.place_id
               for o in rows)


def _best_told(row: Row, rows: list[Row], incident: Incident) -> Row:
    """A row of the primary report, completed by the others: where an outcome fell, a missing count.

    The place wins that a report names with the outcome ("the other round came down by the Grand
    Festivities Square") and keeps apart from its other outcomes, unless another row of this incident already holds it.
    """
    def score(candidate: Row, siblings: list[Row]) -> int:
        return -1 if candidate.place is None else 2 * candidate.explicit + _apart(candidate, siblings)

    taken = {r.place.place_id for r in rows if r.place is not None and r is not row and _apart(r, rows)}
    best, best_score = row, score(row, rows)
    count = row.count
    for _, summary in incident.events:
        for other in summary.rows:
            if other.outcome != row.outcome or other.place is None:
                continue
            if row.place is not None and other.place.place_id == row.place.place_id and count is None:
                count = other.count
            if other.place.place_id not in taken and score(other, summary.rows) > best_score:
                best, best_score = other, score(other, summary.rows)
    if best is row and count == row.count:
        return row
    return Row(best.place, row.outcome, count if count is not None else best.count, row.frame, best.explicit)


def _notes(incident: Incident, event: Event, summary: Summary) -> str:
    notes: list[str] = []
    if summary.count_note:
        notes.append(f"count: {summary.count_note}")
    if event.date_basis:
        notes.append(f"date from {event.date_basis}")
    if event.article.date_source:
        notes.append(f"article dated by {event.article.date_source}")
    if summary.unclaimed and not summary.claimed_by:
        notes.append("no claim of responsibility reported")
    if len(incident.events) > 1:
        notes.append(f"{len(incident.events)} reports fused")
    return "; ".join(notes)


def incident_rows(incidents: list[Incident]) -> list[dict[str, str]]:
    """One row per outcome of each incident, ids like 20211219-green-zone-1, sorted by date and id."""
    rows: list[dict[str, str]] = []
    used: set[str] = set()
    ordered = sorted(incidents, key=lambda i: (i.primary[0].date, i.primary[0].article.path))
    for incident in ordered:
        event, summary = incident.primary
        others = [es for es in incident.events if es[0] is not event]
        told = [_best_told(row, summary.rows, incident) for row in summary.rows]
        anchor_place = summary.target or next((r.place for r in told if r.place is not None), None)
        place_key = (anchor_place.place_id if anchor_place else "unplaced").replace(":", "-")
        assert event.date is not None
        base = f"{event.date:%Y%m%d}-{place_key}"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{chr(ord('a') + n - 1)}" if n < 27 else f"{base}-{n}"
        used.add(name)
        # Details a richer report adds: launch site, damage, casualties, a claim, a more specific weapon.
        launch = summary.launch or next((s.launch for _, s in others if s.launch), None)
        target = summary.target or next((s.target for _, s in others if s.target), None)
        damage = summary.damage or next((s.damage for _, s in others if s.damage), "")
        fatalities = min((s.fatalities for _, s in incident.events if s.fatalities is not None), default=None)
        injuries = min((s.injuries for _, s in incident.events if s.injuries is not None), default=None)
        claimed = summary.claimed_by or next((s.claimed_by for _, s in others if s.claimed_by), "")
        weapon = max((s.weapon for _, s in incident.events if s.family == summary.family and s.weapon),
                     key=len, default=summary.weapon)
        for k, row in enumerate(told, start=1):
            if row.place is None:
                continue
            evidence = [_evidence(e, s, row) for e, s in incident.events]
            rows.append({
                "id": f"{name}-{k}" if len(summary.rows) > 1 else name,
                "date": _date_text(event),
                "place": row.place.mention.query,
                "target": target.mention.query if target and target.place_id != row.place.place_id else "",
                "launch_site": launch.mention.query if launch else "",
                "weapon": weapon,
                "count": "" if row.count is None else str(row.count),
                "outcome": row.outcome,
                "fatalities": "" if fatalities is None else str(fatalities),
                "injuries": "" if injuries is None else str(injuries),
                "damage": damage,
                "claimed_by": claimed,
                "notes": _notes(incident, event, summary),
                "latitude": "",
                "longitude": "",
                **_provenance(incident, event, name, evidence),
                **({"place_text": row.finer,
                    "review": f"placed at {row.place.mention.place.name}, which holds {row.finer!r}: the gazetteer "
                              "knows no such place; add it for a finer point"} if row.finer else {}),
            })
    return rows


def _provenance(incident: Incident, event: Event, name: str, frames: list[Frame]) -> dict[str, str]:
    """The columns every row of an incident shares: its sources, its date's precision and the evidence (each
    report's sentence and where it lies)."""
    articles = incident.articles
    return {
        "source": "; ".join(dict.fromkeys(a.source for a in articles)),
        "url": next((a.url for a in articles if a.url), ""),
        "time_precision": str(event.precision),
        "incident": name,
        "source_count": str(incident.independent_sources),
        "article": "; ".join(a.path for a in articles),
        "char_span": "; ".join(f"{f.sentence.start}-{f.sentence.end}" for f in frames),
        "sentence": SEPARATOR.join(" ".join(f.sentence.text.split()) for f in frames),
    }


#: Why a name a bulk tier knows is proposed: no place the report names lies near the one of that name.
_NOT_VOUCHED = "geomap knows this name only far from every place the report names, so it places nothing there"


def proposed_place(incident: Incident, finder: PlaceFinder) -> tuple[str, str]:
    """The place an incident's sentences name after an attack word when no gazetteer place could be read there:
    a phrase for the analyst to place (never a point), and why (PlaceFinder.why_unplaced). Places that can be
    read are passed over: a town the unknown place is reckoned from ("Bir Hamad, 10 km south of Makhmour"), or
    one outside the countries looked in. ("", "") when nothing is left: the incident is left out, with a
    warning."""
    frames = [frame for event, _ in incident.events for frame in event.frames]
    for frame in frames:
        if frame.proposed:  # one of several places a sentence named (events._unknown_places_listed)
            return frame.proposed, finder.why_unplaced(frame.proposed) or _NOT_VOUCHED
    # The body before the title: a headline shortens ("Rockets hit Kurdistan gas field"), the body names.
    sentences = [frame.sentence for frame in sorted(frames, key=lambda f: f.sentence.line == 0)]
    sentences += [frame.antecedent for frame in frames if frame.antecedent is not None]  # "It was hit again"
    # A place told with what it is ("in Sikeniye, a Yazidi village") before any other phrase.
    # ("the village of al-Islah, north of Jalawla, was attacked": a place that says it is one, reckoned from a town)
    told = [(s, m.group("name")) for s in sentences
            for m in [*lx.NAMED_WITH_APPOSITIVE.finditer(s.text), *lx.VILLAGE_NAMED.finditer(s.text),
                      *villages_named_first(s.text)]]
    # ("a school in the Shahba neighbourhood on the western edge of Aleppo": the quarter, not the town of that name
    # elsewhere, when no site is named in it)
    quarters = [(s, f"{m.group('name')} {m.group('kind')}") for s in sentences
                for m in lx.QUARTER_NAMED.finditer(s.text)]
    for sentence, name in [*told, *((s, name) for s in sentences for name in finder.place_phrases(s.text)), *quarters]:
        why = finder.why_unplaced_in(sentence.text, name)  # ("the village of al-Safia": not Jordan's)
        if why:
            return name, why
    for event, _ in incident.events:
        for frame in event.frames:
            bearing = lx.DISTANCE_BEARING.search(frame.sentence.text)
            if bearing:
                return bearing.group().strip(), "the report places it only by a distance and bearing from a town"
            stretch = lx.BETWEEN_PLACES.search(frame.sentence.text)
            # (not "the stretches between Peshmerga and Iraqi army positions": forces, not towns)
            if stretch and not {stretch.group("a").split()[0], stretch.group("b").split()[0]} & lx.NOT_PLACE_WORDS:
                return stretch.group().strip(), "the report places it only on a stretch between two towns"
    return "", ""


def proposed_rows(incidents: list[Incident], used_ids: set[str],
                  finder: PlaceFinder) -> tuple[list[dict[str, str]], list[Incident]]:
    """A row for each incident that names no gazetteer place but a place-like phrase: an empty point, the phrase in
    `place_text` and why in `review`, so that the analyst can add the place; `geomap build` names these rows.
    Returns the rows and the incidents that name nothing to propose."""
    rows: list[dict[str, str]] = []
    left: list[Incident] = []
    for incident in sorted(incidents, key=lambda i: (i.primary[0].date, i.primary[0].article.path)):
        event, summary = incident.primary
        phrase, why = proposed_place(incident, finder)
        if not phrase or event.date is None:
            left.append(incident)
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", phrase.lower()).strip("-") or "place"
        base = name = f"{event.date:%Y%m%d}-{slug}"
        n = 1
        while name in used_ids:
            n += 1
            name = f"{base}-{n}"
        used_ids.add(name)
        row = dict.fromkeys(HEADER, "")
        # (the rows' own count when there is one row: "two rockets hit the wall and a third a police car" is three)
        count = summary.rows[0].count if len(summary.rows) == 1 and summary.rows[0].count is not None \
            else summary.count
        row.update({
            "id": name, "date": _date_text(event), "weapon": summary.weapon,
            "count": "" if count is None else str(count),
            "outcome": next((r.outcome for r in summary.rows), "unknown"),
            "fatalities": "" if summary.fatalities is None else str(summary.fatalities),
            "injuries": "" if summary.injuries is None else str(summary.injuries),
            "claimed_by": summary.claimed_by,
            **_provenance(incident, event, name, [e.date_frame or e.frames[0] for e, _ in incident.events]),
            "place_text": phrase,
            "review": f"needs a place: {why}; add it (a gazetteer file with --gazetteer), name it with its "
                      "governorate ('NAME, Governorate'), or give this row latitude/longitude",
        })
        rows.append(row)
    return rows, left


#: The end of a clipped cell.
CLIPPED = " [...clipped]"


def _cell(text: str) -> str:
    """A cell `geomap build` reads back: spreadsheet-safe, and clipped to the longest cell an incident file may
    hold (a report without sentence breaks makes one 'sentence' of half a megabyte)."""
    text = spreadsheet_safe(text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - len(CLIPPED)] + CLIPPED


def csv_text(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([_cell(row.get(column, "")) for column in HEADER])
    return buffer.getvalue()


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    """Write atomically: a failure leaves the previous file as it was."""
    text = csv_text(rows)
    with atomic_open(path, encoding="utf-8-sig") as out:
        out.write(text)
