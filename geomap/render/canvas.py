"""The map's big layers, impacts and launch-to-impact lines, drawn on a canvas by the page (canvas.js).

A folium object per incident costs about a millisecond to build and tens of kilobytes of page; at
100,000 incidents that is minutes and a page no browser opens quickly. These layers carry their
features as one packed buffer (see packing) and are ordinary folium layers, so they sit in the
layer control beside the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

import numpy as np
import pandas as pd
from branca.element import Element, Figure, MacroElement, Template
from folium.map import Layer

from ..celltext import arrow_column
from ..export import csv_lines
from ..memory import release_freed
from ..symbology import LAUNCH_COLOUR, OUTCOME_COLOURS, OUTCOME_LABELS, OUTLINE_COLOUR
from ..timespan import day_intervals
from ..weapons import family
from ..wording import format_distance
from . import escape
from .packing import dictionary, pack, quantize, smallest_codes, text_column
from .popups import incident_fields

if TYPE_CHECKING:
    import geopandas
    import pyarrow as pa

#: Vertices of a trajectory on the map are at most this far apart: a straight screen segment then
#: strays from the geodesic by under half a metre (the GeoPackage keeps 2 km).
#: Vertices of an uncertainty circle on the map.


#: The page's scripts (geomap/render/js, type-checked by `make lint`), in the order the page runs them.
SCRIPTS = ("canvas.js", "page.js")


@cache
def _library() -> str:
    folder = resources.files(__package__).joinpath("js")
    return "\n".join(folder.joinpath(name).read_text(encoding="utf-8") for name in SCRIPTS)


class _Script(Element):
    """A <script> whose code is data: a MacroElement's header would be compiled again as a template, and
    JSDoc's `{{...}}` read as Jinja."""

    _template = Template("<script>{{ this.code }}</script>")

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


class CanvasLibrary(MacroElement):
    """The page's scripts (canvas.js, page.js), once per page, in the page's head (after Leaflet)."""

    def __init__(self) -> None:
        super().__init__()
        self._name = "CanvasLibrary"
        self.code = _library()

    def render(self, **kwargs: Any) -> str:
        root = self.get_root()
        assert isinstance(root, Figure)  # added to a folium Map, whose root is the page
        root.header.add_child(_Script(self.code), name=self.get_name())
        return ""


_LAYER = """
{% macro script(this, kwargs) %}
(function (map) {
  if (!map.getPane({{ this.pane|tojson }})) {
    var pane = map.createPane({{ this.pane|tojson }});
    pane.style.zIndex = {{ this.z_index }};
    pane.style.pointerEvents = "none";
  }
})({{ this._parent.get_name() }});
var {{ this.get_name() }} = new L.{{ this.kind }}("{{ this.placeholder }}", {pane: {{ this.pane|tojson }}});
{% endmacro %}
"""


class CanvasLayer(Layer):
    """A layer-control overlay whose features the page draws on its own canvas."""

    _template = Template(_LAYER)

    def __init__(self, kind: str, data: str, name: str, pane: str, z_index: int, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = kind
        self.kind = kind
        self.data = data
        self.pane = pane
        self.z_index = z_index
        # The page holds a mark where the data goes, and with_data puts the data there once the page is rendered:
        # branca compiles each rendered script as a template of its own, and lexing tens of MiB of base64 as
        # Jinja costs seconds. Base64 has no '@' or ':', so no data can hold a mark.
        self.placeholder = f"@geomap-data:{self.get_name()}@"


def write_with_data(page: str, root: Element, handle: TextIO) -> None:
    """The rendered page written to `handle` with each canvas layer's data where its mark is (see CanvasLayer):
    the page a piece at a time, so that the page with tens of MiB of data in it is never one more string."""
    def layers(element: Element) -> Iterator[CanvasLayer]:
        for child in element._children.values():
            if isinstance(child, CanvasLayer):
                yield child
            yield from layers(child)

    marks = {layer.placeholder: layer.data for layer in layers(root)}
    rest = page
    while marks:
        at, mark = min((rest.find(m), m) for m in marks)
        if at < 0:
            break
        handle.write(rest[:at])
        data = marks.pop(mark)
        for start in range(0, len(data), DATA_PIECE):
            handle.write(data[start:start + DATA_PIECE])
        rest = rest[at + len(mark):]
    handle.write(rest)


#: Characters of a layer's data written at a time (write_with_data).
DATA_PIECE = 4 * 2**20


def _escaped_column(values: pd.Series) -> tuple[np.ndarray | None, pa.Array] | None:
    """packing.dictionary of one text column formatted by escape.text, a column at a time (a million ids would
    be a million Python calls): the same codes and strings. None when the column holds anything but text."""
    import pyarrow as pa

    array = arrow_column(values)
    if array is None or not pa.types.is_string(array.type):
        return None
    codes, distinct = pd.factorize(values, use_na_sentinel=False)  # in order of first appearance, as dictionary
    texts = escape.texts(pa.array(distinct, type=array.type, from_pandas=True))
    if len(distinct) == len(values):
        return None, texts
    return smallest_codes(codes, len(distinct)), texts


def _dictionary_encoded(cells: pa.Array) -> tuple[np.ndarray | None, pa.Array]:
    """Cells of every row as packing.dictionary gives them: codes and distinct strings (no codes when every
    row is distinct)."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(cells)
    if len(encoded.dictionary) == len(cells):
        return None, cells
    return smallest_codes(encoded.indices.to_numpy(zero_copy_only=False), len(encoded.dictionary)), encoded.dictionary


def _outcome_codes(outcomes: pd.Series) -> np.ndarray:
    order = list(OUTCOME_COLOURS)
    codes = pd.Categorical(outcomes.astype(str), categories=order).codes
    return np.where(codes < 0, order.index("unknown"), codes).astype(np.uint8)


def incident_points(incidents: geopandas.GeoDataFrame, uncertainty: geopandas.GeoDataFrame,
                    name: str = "Impact points") -> CanvasLayer:
    """Every incident as a dot coloured by outcome, popup and tooltip; the circles of the `uncertainty` layer."""
    # The columns without the geometry, none copied (drop made a GeoDataFrame and copied its blocks).
    frame = pd.DataFrame({c: incidents[c] for c in incidents.columns if c != incidents.geometry.name}, copy=False)
    n = len(frame)
    outcome = _outcome_codes(frame["outcome"])
    lon, lat = quantize(frame["longitude"]), quantize(frame["latitude"])
    loc_key = lon.astype(np.int64) * (1 << 32) + (lat.astype(np.int64) & 0xFFFFFFFF)
    locations, first_at, row_loc = np.unique(loc_key, return_index=True, return_inverse=True)
    row_loc = row_loc.reshape(-1)
    # One dot per (position, outcome); the biggest groups first, so smaller ones are drawn over them.
    group_key = row_loc.astype(np.int64) * 8 + outcome
    groups, group_of_row, sizes = np.unique(group_key, return_inverse=True, return_counts=True)
    group_of_row = group_of_row.reshape(-1)
    ranked = np.lexsort((groups, -sizes))
    rank = np.empty(len(groups), dtype=np.int64)
    rank[ranked] = np.arange(len(groups))
    order = np.argsort(rank[group_of_row], kind="stable")
    group_start = np.concatenate([[0], np.cumsum(sizes[ranked])]).astype(np.uint32)

    arrays: dict[str, np.ndarray] = {
        "lon": lon[first_at], "lat": lat[first_at],
        "group_loc": (groups[ranked] // 8).astype(np.uint32), "group_outcome": (groups[ranked] % 8).astype(np.uint8),
        "group_start": group_start, "order": order.astype(np.uint32),
        "row_loc": smallest_codes(row_loc, len(locations)), "outcome": outcome,
    }
    header: dict[str, object] = {
        "rows": n, "colours": list(OUTCOME_COLOURS.values()), "outline": OUTLINE_COLOUR,
        "outcomes": [escape.text(o) for o in OUTCOME_COLOURS],
        "outcome_labels": [escape.text(OUTCOME_LABELS[o]) for o in OUTCOME_COLOURS],
    }

    def add_text(key: str, columns: tuple[str, ...], cell, label: str | None = None,
                 column_cells: Callable[[pd.DataFrame], pa.Array | None] | None = None) -> None:
        if cell is None:  # the column's text, escaped (escape.text)
            encoded = _escaped_column(frame[columns[0]])
        else:
            cells = column_cells(frame) if column_cells is not None else None
            encoded = None if cells is None else _dictionary_encoded(cells)
        codes, strings = encoded if encoded is not None else dictionary(
            frame, columns, cell or (lambda r: escape.text(r[columns[0]])))
        entry: dict[str, object] = {"text": text_column(strings, key, arrays), "codes": None}
        if codes is not None:
            entry["codes"] = f"{key}_codes"
            arrays[f"{key}_codes"] = codes
        if label is not None:
            entry["label"] = escape.text(label)
        header[key] = entry

    add_text("title", ("id",), None)
    add_text("tip_date", ("date_text",), None)
    add_text("tip_place", ("place",), None)
    fields = []
    for i, field in enumerate(incident_fields(frame.columns)):
        add_text(f"field{i}", field.columns, field.cell, field.label, field.column_cells)
        fields.append(header.pop(f"field{i}"))
    header["fields"] = fields
    arrays["day_start"], arrays["day_end"] = day_intervals(frame)
    header["facets"] = _facets(frame, outcome, arrays)
    header["facet_keys"] = [key for key, _, _ in FACETS]  # what `geomap.filter` accepts, carried or not
    drawn = uncertainty[uncertainty["radius_m"] <= MAP_CIRCLE_MAX_M]
    arrays.update(_uncertainty_rings(drawn))
    arrays["row_ring"] = _ring_of_rows(frame, drawn)
    if "incidents" in frame.columns:  # aggregates (geomap.aggregate): the page's counts add up their numbers
        arrays["weight"] = frame["incidents"].to_numpy(dtype=np.uint32)
        header["weights"] = "weight"
        header["download"] = {"available": False, "limit": DOWNLOAD_MAX_ROWS}
    else:
        header["download"] = _rows_as_csv(incidents, arrays)
    release_freed()  # the temporaries of a million rows' texts and codes, before the buffer that packs them
    return CanvasLayer("GeomapPoints", pack(header, arrays), name, pane="geomapIncidents", z_index=450)


#: The facets a reader filters by, in the order the page lists them: (key, label, column); "outcome" comes from
#: the outcome codes and "weapon" is the weapon's family. A facet shows where its column has two values or more.
FACETS = (("outcome", "Outcome", "outcome"), ("weapon", "Weapon", "weapon"), ("target", "Target", "target_name"),
          ("claimed_by", "Claimed by", "claimed_by"), ("geo_precision", "Location precision", "geo_precision"),
          ("source_count", "Sources", "source_count"),
          # The field's datasets' own event types (see formats): ACLED, UCDP GED, GDELT (CAMEO root).
          ("event_type", "Event type", "event_type"), ("sub_event_type", "Sub-event type", "sub_event_type"),
          ("type_of_violence", "Type of violence", "type_of_violence"), ("event_root", "Event (CAMEO)", "event_root"))
#: A facet with more values than this is a search, not a list of boxes: it is left out.
FACET_MAX_VALUES = 40


def _facets(frame: pd.DataFrame, outcome: np.ndarray, arrays: dict[str, np.ndarray]) -> list[dict[str, object]]:
    """Per facet: its key, label, the escaped value names and the per-row codes (array `facet_<key>`)."""
    facets: list[dict[str, object]] = []
    for key, label, column in FACETS:
        if key == "outcome":
            values = [escape.text(OUTCOME_LABELS[o]) for o in OUTCOME_COLOURS]
            codes = outcome
        else:
            if column not in frame.columns:
                continue
            # Each distinct cell is named once (a million rows repeat a few dozen values).
            inverse, raw = pd.factorize(frame[column].astype("string").fillna("").str.strip(), use_na_sentinel=False)
            named = np.array([_facet_value(key, str(v)) for v in raw], dtype=object)
            names, codes_of_raw = np.unique(named.astype(str), return_inverse=True)
            inverse = codes_of_raw.reshape(-1)[inverse.reshape(-1)]
            if len(names) < 2 or len(names) > FACET_MAX_VALUES:
                continue
            values = [escape.text(v) for v in names]
            codes = smallest_codes(inverse, len(names))
        arrays[f"facet_{key}"] = codes
        facet: dict[str, object] = {"key": key, "label": escape.text(label), "values": values, "codes": f"facet_{key}"}
        if key == "outcome":
            facet["raw"] = list(OUTCOME_COLOURS)  # as the data writes them ("shot_down"), for `geomap.filter`
        facets.append(facet)
    return facets


#: Uncertainty circles wider than this are left off the map (they stay in the GeoPackage's uncertainty layer): a
#: point known only to its governorate or country would shade half the map and hide every other circle.
MAP_CIRCLE_MAX_M = 100_000.0
#: "Download shown" carries every row as CSV in the page up to this many incidents; a bigger map would double in
#: size, and its reader has incidents.csv (the same lines) beside it.
DOWNLOAD_MAX_ROWS = 50_000


def map_columns(columns: Sequence[str]) -> list[str]:
    """The incident columns a map reads when it carries no rows for "Download shown" (past DOWNLOAD_MAX_ROWS):
    a build that reads its incidents back for the map reads only these."""
    fields = {c for f in incident_fields(columns) for c in f.columns}
    wanted = fields | {c for _, _, c in FACETS} | {"id", "date", "date_text", "date_end", "time_precision", "place",
                                                   "outcome", "longitude", "latitude", "uncertainty_m", "weapon",
                                                   "target_name", "geometry"}
    return [c for c in columns if c in wanted]


def _rows_as_csv(incidents: geopandas.GeoDataFrame, arrays: dict[str, np.ndarray]) -> dict[str, object]:
    """incidents.csv's lines (export.csv_lines: the same columns and spreadsheet-safe cells) as UTF-8 bytes
    with each row's offset, for "Download shown"; {"rows": false} past DOWNLOAD_MAX_ROWS."""
    if len(incidents) > DOWNLOAD_MAX_ROWS:
        return {"available": False, "limit": DOWNLOAD_MAX_ROWS}
    header, lines = csv_lines(incidents)
    encoded = [line.encode("utf-8") for line in lines]
    arrays["csv_bytes"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    arrays["csv_start"] = np.concatenate([[0], np.cumsum([len(b) for b in encoded])]).astype(np.uint32)
    return {"available": True, "header": header}


_PRECISIONS = {"1": "1: the place itself", "2": "2: near it, or part of a region", "3": "3: only a larger region"}


def _facet_value(key: str, cell: str) -> str:
    """What the facet `key` calls a cell: the weapon's family, geo_precision in words, "(not given)"."""
    if key == "weapon":
        return family(cell) if cell else "(not given)"
    if not cell or cell.lower() in ("nan", "<na>", "none"):
        return "(not given)"
    if key == "geo_precision":
        return _PRECISIONS.get(cell.split(".")[0], cell)
    return cell


def _ring_of_rows(frame: pd.DataFrame, uncertainty: geopandas.GeoDataFrame) -> np.ndarray:
    """Each incident's circle in the uncertainty layer (its index there; the number of circles when it has
    none), so that the page hides a circle when every incident in it is filtered out."""
    keys = ["longitude", "latitude", "radius_m", "outcome"]
    circles = pd.DataFrame(uncertainty[keys]).reset_index(drop=True)
    circles["ring"] = np.arange(len(circles))
    rows = pd.DataFrame({"longitude": frame["longitude"].to_numpy(float), "latitude": frame["latitude"].to_numpy(float),
                         "radius_m": pd.to_numeric(frame["uncertainty_m"], errors="coerce").to_numpy(float),
                         "outcome": frame["outcome"].astype(str).to_numpy()})
    joined = rows.merge(circles, on=keys, how="left")["ring"].fillna(len(circles)).to_numpy(np.int64)
    return smallest_codes(joined, len(circles) + 1)


#: Uncertainty circles packed at a time (their vertices are the transient memory).
RING_CHUNK = 20_000


def _uncertainty_rings(uncertainty: geopandas.GeoDataFrame) -> dict[str, np.ndarray]:
    """The uncertainty layer's circles (computed by layers.build_layers, widest first) as packed arrays: every
    vertex but the closing one (the canvas closes the path), coded as second differences (a million incidents'
    circles deflate to a few MiB)."""
    import shapely

    polygons = uncertainty.geometry.to_numpy()
    lons, lats, kept_counts = [np.empty(0, np.int32)], [np.empty(0, np.int32)], [np.empty(0, np.int64)]
    for start in range(0, len(polygons), RING_CHUNK):
        # A chunk of circles at a time: all vertices of a million incidents' circles at once cost a gigabyte.
        chunk = shapely.get_exterior_ring(polygons[start:start + RING_CHUNK])
        coords = shapely.get_coordinates(chunk)
        counts = shapely.get_num_coordinates(chunk).astype(np.int64)
        closing = np.cumsum(counts) - 1
        keep = np.ones(len(coords), dtype=bool)
        keep[closing] = False
        kept_counts.append(counts - 1)
        lons.append(quantize(coords[keep, 0]))
        lats.append(quantize(coords[keep, 1]))
    starts = np.concatenate([[0], np.cumsum(np.concatenate(kept_counts))]).astype(np.int64)
    return {"ring_start": starts.astype(np.uint32),
            "ring_lon": second_differences(np.concatenate(lons), starts),
            "ring_lat": second_differences(np.concatenate(lats), starts),
            "ring_outcome": _outcome_codes(uncertainty["outcome"])}


#: Polylines coded at a time by second_differences (its 64-bit temporaries are the transient memory).
DIFFERENCE_LINES = 20_000


def second_differences(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each polyline's integer coordinates as [first, first step, then the change of step]: steps along a
    geodesic are nearly equal, so most numbers are 0 or 1 and deflate shrinks them to almost nothing. `starts`:
    where each line begins in `values`, and their total at the end."""
    starts = np.asarray(starts, dtype=np.int64)
    out = np.empty(len(values), dtype=np.int32)
    for first in range(0, len(starts) - 1, DIFFERENCE_LINES):
        last = min(first + DIFFERENCE_LINES, len(starts) - 1)
        begin, end = starts[first], starts[last]
        out[begin:end] = _second_differences(values[begin:end], starts[first:last + 1] - begin)
    return out


def _second_differences(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """second_differences of a few lines, in 64 bits (a step across the antimeridian overflows 32)."""
    values = values.astype(np.int64)
    if not len(values):
        return values.astype(np.int32)
    steps = np.empty_like(values)
    steps[0] = values[0]
    steps[1:] = values[1:] - values[:-1]
    steps[starts[:-1]] = values[starts[:-1]]
    out = np.empty_like(values)
    out[0] = steps[0]
    out[1:] = steps[1:] - steps[:-1]
    heads = np.concatenate([starts[:-1], starts[:-1] + 1])
    out[heads] = steps[heads]
    return out.astype(np.int32)


def trajectory_lines(trajectories: geopandas.GeoDataFrame, incident_ids: pd.Series | None = None,
                     name: str = "Launch-to-impact lines") -> CanvasLayer:
    """The trajectories layer's geodesic lines (computed by layers.build_layers), once per distinct line, with a
    tooltip that counts the incidents along it and (`rows_start`, `rows`) the positions of those incidents in
    `incident_ids` (the impact layer's order), so that a line hides when the filters hide all its incidents."""
    import shapely

    frame = pd.DataFrame(trajectories.drop(columns=trajectories.geometry.name))
    frame["line"] = shapely.to_wkb(trajectories.geometry.to_numpy())
    ids = pd.Series([] if incident_ids is None else incident_ids, dtype=object)
    position = pd.Series(np.arange(len(ids)), index=ids.to_numpy()).groupby(level=0).first()
    pairs = (frame.groupby("line", sort=True)
             .agg(launch_name=("launch_name", "first"), place=("place", "first"),
                  distance_m=("distance_m", "first"), incidents=("incident_id", "size")).reset_index())
    lines = shapely.from_wkb(pairs["line"].to_numpy())
    coords = shapely.get_coordinates(lines)
    starts = np.concatenate([[0], np.cumsum(shapely.get_num_coordinates(lines))]).astype(np.int64)
    lons, lats = coords[:, 0], coords[:, 1]
    tips = [escape.text(f"{launch} to {place}: {format_distance(float(d))}" + (f" ({n} incidents)" if n > 1 else ""))
            for launch, place, d, n in zip(pairs["launch_name"], pairs["place"], pairs["distance_m"],
                                           pairs["incidents"], strict=True)]
    header = {"tips": tips, "colour": LAUNCH_COLOUR, "weight": 2, "dash": [6, 4]}
    arrays = {"start": starts.astype(np.uint32), "lon": second_differences(quantize(lons), starts),
              "lat": second_differences(quantize(lats), starts)}
    if incident_ids is not None:
        line_of = pd.Series(np.arange(len(pairs)), index=pairs["line"].to_numpy())
        members = pd.DataFrame({"line": line_of.reindex(frame["line"].to_numpy()).to_numpy(),
                                "row": position.reindex(frame["incident_id"].to_numpy()).to_numpy()}).dropna()
        members = members.astype(np.int64).sort_values(["line", "row"])
        counts = np.bincount(members["line"].to_numpy(), minlength=len(pairs))
        arrays["rows_start"] = np.concatenate([[0], np.cumsum(counts)]).astype(np.uint32)
        arrays["rows"] = members["row"].to_numpy().astype(np.uint32)
    return CanvasLayer("GeomapLines", pack(header, arrays), name, pane="geomapLines", z_index=440)
