"""What a popup says about an incident or a place, as escaped HTML.

An incident's popup is a title and a table of fields. Each field is a function of a few columns, so
the canvas layer formats it once per distinct combination of those columns (see packing.dictionary), or a
column at a time when the field can (Field.column_cells), and the page joins the pieces; `incident_popup`
joins them here, for one row, in the same markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..celltext import arrow_column
from ..symbology import OUTCOME_LABELS
from ..timespan import interval
from ..wording import format_distance
from . import escape

if TYPE_CHECKING:
    import pyarrow as pa


def present(value: Any) -> bool:
    """A cell worth showing: not None, NaN, NA or empty text."""
    return not pd.isna(value) and str(value) != ""


@dataclass(frozen=True)
class Field:
    """One row of an incident's popup: its label, the columns it reads, and the cell's HTML ("" hides the row).
    `column_cells`, when given, makes the same cells for every row of a frame at once (an Arrow string array),
    or None when the columns are not text; a million rows' notes or links would be a million Python calls."""

    label: str
    columns: tuple[str, ...]
    cell: Callable[[Mapping[str, Any]], str]
    column_cells: Callable[[pd.DataFrame], pa.Array | None] | None = None


def _text_column(frame: pd.DataFrame, column: str) -> pa.Array | None:
    """The column as an Arrow string array, "" as a missing value; None when it is not text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = arrow_column(frame[column])
    if array is None or not pa.types.is_string(array.type):
        return None
    return pc.if_else(pc.equal(array, ""), pa.scalar(None, pa.string()), array)


def _date(inc: Mapping[str, Any]) -> str:
    """The date as written and, when it is not a day, the interval it stands for (what the time filter uses)."""
    text = escape.text(inc["date_text"])
    precision = int(inc["time_precision"])
    if precision <= 1:
        return text
    try:
        day = dt.date.fromisoformat(str(inc["date"])[:10])
    except ValueError:
        return text + " (approximate)"
    first, last = interval(day, precision, str(inc["date_text"]))
    return f"{text} <small>(some day from {first.isoformat()} to {last.isoformat()})</small>"


def _place(inc: Mapping[str, Any]) -> str:
    text = escape.text(inc["place"])
    if present(inc.get("uncertainty_m")) and float(inc["uncertainty_m"]) > 0:
        text += (f" <small>(±{escape.text(format_distance(float(inc['uncertainty_m'])))}, precision "
                 f"{escape.text(inc['geo_precision'])})</small>")
    return text


def _plain(column: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda inc: escape.text(inc[column]) if present(inc.get(column)) else ""


def _plain_field(label: str, column: str) -> Field:
    """A field that shows one column's text as it is."""

    def cells(frame: pd.DataFrame) -> pa.Array | None:
        array = _text_column(frame, column)
        return None if array is None else escape.texts(array)

    return Field(label, (column,), _plain(column), cells)


def _launched(inc: Mapping[str, Any]) -> str:
    if not present(inc.get("launch_name")):
        return ""
    text = escape.text(inc["launch_name"])
    if present(inc.get("launch_distance_m")):
        text += f" ({escape.text(format_distance(float(inc['launch_distance_m'])))} away)"
    return text


def _weapon(inc: Mapping[str, Any]) -> str:
    text = escape.text(inc["weapon"])
    if present(inc.get("count")):
        text = f"{escape.text(inc['count'])} × {text}"
    return text


def _outcome(inc: Mapping[str, Any]) -> str:
    return escape.text(OUTCOME_LABELS.get(str(inc["outcome"]), inc["outcome"]))


def _casualties(inc: Mapping[str, Any]) -> str:
    return ", ".join(f"{escape.text(inc[c])} {c}" for c in ("fatalities", "injuries") if present(inc.get(c)))


def _source(inc: Mapping[str, Any]) -> str:
    if not (present(inc.get("source")) or present(inc.get("url"))):
        return ""
    label = inc["source"] if present(inc.get("source")) else inc["url"]
    return escape.link(inc.get("url"), label)


def _source_cells(frame: pd.DataFrame) -> pa.Array | None:
    """_source of every row at once."""
    import pyarrow.compute as pc

    source, url = _text_column(frame, "source"), _text_column(frame, "url")
    if source is None or url is None:
        return None
    return escape.links(url, pc.coalesce(source, url))


INCIDENT_FIELDS: tuple[Field, ...] = (
    Field("Date", ("date_text", "time_precision", "date"), _date),
    Field("Place", ("place", "uncertainty_m", "geo_precision"), _place),
    _plain_field("From target", "direction"),
    Field("Launched from", ("launch_name", "launch_distance_m"), _launched),
    Field("Weapon", ("weapon", "count"), _weapon),
    Field("Outcome", ("outcome",), _outcome),
    _plain_field("Damage", "damage"),
    Field("Casualties", ("fatalities", "injuries"), _casualties),
    _plain_field("Claimed by", "claimed_by"),
    Field("Source", ("source", "url"), _source, _source_cells),
    _plain_field("Notes", "notes"),
)


def _evidence(inc: Mapping[str, Any]) -> str:
    """The sentences `geomap extract` cited, one per report, and how many independent outlets told it."""
    if not present(inc.get("sentence")):
        return ""
    quotes = "<br>".join(f"\u201c{escape.text(s.strip())}\u201d" for s in str(inc["sentence"]).split(" | "))
    if present(inc.get("source_count")) and int(inc["source_count"]) > 1:
        quotes = f"{int(inc['source_count'])} independent sources:<br>{quotes}"
    return quotes


#: Shown when the map draws aggregates: the number of incidents of the cell and month.
AGGREGATE_FIELD = _plain_field("Incidents", "incidents")
#: Shown when the incidents come from `geomap extract` (their columns exist only then).
EVIDENCE_FIELD = Field("Evidence", ("sentence", "source_count"), _evidence)


def incident_fields(columns: Collection[str]) -> tuple[Field, ...]:
    """The popup's fields for a frame with these columns."""
    if "sentence" in columns and "source_count" in columns:
        return (*INCIDENT_FIELDS, EVIDENCE_FIELD)
    if "incidents" in columns:  # an aggregate (geomap.aggregate): how many incidents it stands for, first
        return (AGGREGATE_FIELD, *INCIDENT_FIELDS)
    return INCIDENT_FIELDS


def row(label: str, cell: str) -> str:
    return f"<tr><th>{escape.text(label)}</th><td>{cell}</td></tr>"


def incident_popup(inc: Mapping[str, Any]) -> str:
    """The popup of one incident: what, where, when, how far from the target, and from which source."""
    rows = "".join(row(f.label, cell) for f in incident_fields(inc.keys()) if (cell := f.cell(inc)))
    return f'<div class="geomap-popup"><b>{escape.text(inc["id"])}</b><table>{rows}</table></div>'


def place_popup(place: Mapping[str, Any], role: str) -> str:
    rows = [row("Role", escape.text(role)), row("Kind", escape.text(place["kind"])),
            row("Position", f"{float(place['latitude']):.5f}, {float(place['longitude']):.5f} "
                            f"(±{escape.text(format_distance(float(place['uncertainty_m'])))})"),
            row("Incidents", escape.text(place.get("incidents", ""))),
            row("Source of point", escape.text(place["source"]))]
    return f'<div class="geomap-popup"><b>{escape.text(place["name"])}</b><table>{"".join(rows)}</table></div>'
