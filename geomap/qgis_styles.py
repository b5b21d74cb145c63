"""QGIS default styles for the GeoPackage's layers, stored in its `layer_styles` table.

QGIS applies, when a layer loads, the `layer_styles` row whose f_table_name and f_geometry_column
match it (useAsDefault first). Each style is a QML document written here from the same symbology
as the HTML map: incidents coloured by outcome, hollow target rings, green launch triangles,
trajectories as arrows, distance rings as labelled dashed outlines, places labelled by name.

QML is QGIS's own XML; QGIS fills in any property left out with its default, so only what differs
from the defaults is written. Bytes are stable: attributes and options are written in a fixed order.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.etree import ElementTree as ET

from .symbology import (
    AREA_COLOUR,
    CONTEXT_COLOUR,
    LAUNCH_COLOUR,
    OUTCOME_COLOURS,
    OUTCOME_LABELS,
    OUTLINE_COLOUR,
    PLACE_COLOUR,
    RING_COLOUR,
    RIVER_COLOUR,
    TARGET_COLOUR,
)

#: The version of QGIS whose QML these documents follow (Debian stable's); newer QGIS reads them too.
QML_VERSION = "3.22.16-Białowieża"
GEOMETRY_COLUMN = "geom"  # the geometry column of every layer GDAL writes to a GeoPackage
STYLE_NAME = "geomap"

_GEOMETRY_TYPES = {"point": "0", "line": "1", "polygon": "2"}


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    """'#d7301f' -> '215,48,31,255', the colour form QML uses."""
    value = hex_colour.lstrip("#")
    return ",".join(str(int(value[i:i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _options(parent: ET.Element, values: Mapping[str, str]) -> None:
    holder = ET.SubElement(parent, "Option", type="Map")
    for name, value in values.items():
        ET.SubElement(holder, "Option", type="QString", name=name, value=value)


def _symbol(kind: str, name: str, layers: list[tuple[str, dict[str, str]]], alpha: str = "1") -> ET.Element:
    """A <symbol> of symbol layers [(class, properties)]; an ArrowLine takes a fill sub-symbol after it."""
    symbol = ET.Element("symbol", type=kind, name=name, alpha=alpha, clip_to_extent="1", force_rhr="0")
    for index, (cls, props) in enumerate(layers):
        sub = props.pop("@fill", None)
        layer = ET.SubElement(symbol, "layer", attrib={"class": cls, "enabled": "1", "locked": "0", "pass": "0"})
        _options(layer, props)
        if sub is not None:
            layer.append(_symbol("fill", f"@{name}@{index}", [("SimpleFill", {"color": sub, "outline_style": "no"})]))
    return symbol


def _marker(shape: str, fill: str, outline: str, size: float, outline_width: float = 0.3) -> tuple[str, dict]:
    return ("SimpleMarker", {"name": shape, "color": fill, "outline_color": outline, "size": f"{size:g}",
                             "outline_width": f"{outline_width:g}", "outline_style": "solid"})


def _single(symbol: ET.Element) -> ET.Element:
    renderer = ET.Element("renderer-v2", type="singleSymbol", symbollevels="0", forceraster="0",
                          enableorderby="0")
    symbols = ET.SubElement(renderer, "symbols")
    symbol.set("name", "0")
    symbols.append(symbol)
    return renderer


def _labels(field: str, placement: str, size: float = 9, colour: str = "#333333", dist: float = 1.0,
            bold: bool = False) -> ET.Element:
    """Simple labelling from one field, with a white halo so labels read over any background."""
    labeling = ET.Element("labeling", type="simple")
    settings = ET.SubElement(labeling, "settings", calloutType="simple")
    style = ET.SubElement(settings, "text-style", fieldName=field, isExpression="0", fontSize=f"{size:g}",
                          fontSizeUnit="Point", textColor=_rgba(colour), fontWeight="75" if bold else "50",
                          fontFamily="Sans Serif", namedStyle="Bold" if bold else "Regular")
    ET.SubElement(style, "text-buffer", bufferDraw="1", bufferSize="0.8", bufferSizeUnits="MM",
                  bufferColor="255,255,255,255", bufferOpacity="0.9", bufferNoFill="1", bufferJoinStyle="128")
    ET.SubElement(settings, "placement", placement=placement, dist=f"{dist:g}", distUnits="MM",
                  placementFlags="10", priority="5")
    ET.SubElement(settings, "rendering", obstacle="1", drawLabels="1", displayAll="0", upsidedownLabels="0",
                  labelPerPart="0", mergeLines="0")
    return labeling


# Label placements (QgsPalLayerSettings::Placement): 2 is along the line (a polygon's outline);
# 6 is the cartographic placement around a point.
_ALONG_OUTLINE = "2"
_AROUND_POINT = "6"


def _by_outcome(symbol: Callable[[str, str], ET.Element]) -> ET.Element:
    """A renderer with one category per outcome; `symbol(index, colour)` draws each."""
    renderer = ET.Element("renderer-v2", type="categorizedSymbol", attr="outcome", symbollevels="0",
                          forceraster="0", enableorderby="0")
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for index, (outcome, colour) in enumerate(OUTCOME_COLOURS.items()):
        ET.SubElement(categories, "category", value=outcome, symbol=str(index), label=OUTCOME_LABELS[outcome],
                      render="true")
        symbols.append(symbol(str(index), colour))
    return renderer


def _incidents() -> tuple[ET.Element, ET.Element | None]:
    return _by_outcome(lambda index, colour: _symbol(
        "marker", index, [_marker("circle", _rgba(colour), _rgba(OUTLINE_COLOUR), 3.2)])), None


def _uncertainty() -> tuple[ET.Element, ET.Element | None]:
    """Each circle a faint fill and outline in its incident's outcome colour, as the map draws them."""
    def faint(index: str, colour: str) -> ET.Element:
        fill = {"color": _rgba(colour, 25), "style": "solid", "outline_color": _rgba(colour, 160),
                "outline_style": "solid", "outline_width": "0.2", "outline_width_unit": "MM"}
        return _symbol("fill", index, [("SimpleFill", fill)])

    return _by_outcome(faint), None


def _targets() -> tuple[ET.Element, ET.Element | None]:
    hollow = _marker("circle", _rgba("#ffffff", 100), _rgba(TARGET_COLOUR), 5.5, outline_width=0.9)
    return _single(_symbol("marker", "0", [hollow])), _labels("name", _AROUND_POINT, bold=True, dist=2)


def _launch_sites() -> tuple[ET.Element, ET.Element | None]:
    triangle = _marker("triangle", _rgba(LAUNCH_COLOUR), _rgba(OUTLINE_COLOUR), 4.2)
    return _single(_symbol("marker", "0", [triangle])), _labels("name", _AROUND_POINT, colour=LAUNCH_COLOUR, dist=2)


def _trajectories() -> tuple[ET.Element, ET.Element | None]:
    arrow = {"arrow_type": "0", "head_type": "0", "is_curved": "0", "is_repeated": "0", "arrow_width": "0.4",
             "arrow_start_width": "0.4", "head_length": "2.5", "head_thickness": "1.5",
             "@fill": _rgba(LAUNCH_COLOUR)}
    return _single(_symbol("line", "0", [("ArrowLine", arrow)])), None


def _distance_rings() -> tuple[ET.Element, ET.Element | None]:
    outline = {"color": "0,0,0,0", "style": "no", "outline_color": _rgba(RING_COLOUR), "outline_style": "dash",
               "outline_width": "0.3", "outline_width_unit": "MM"}
    return (_single(_symbol("fill", "0", [("SimpleFill", outline)])),
            _labels("label", _ALONG_OUTLINE, size=8, colour=RING_COLOUR, dist=0.5))


def _places() -> tuple[ET.Element, ET.Element | None]:
    dot = _marker("circle", _rgba(PLACE_COLOUR), _rgba(PLACE_COLOUR), 1.4, outline_width=0)
    return _single(_symbol("marker", "0", [dot])), _labels("name", _AROUND_POINT, size=8, colour=PLACE_COLOUR)


def _areas() -> tuple[ET.Element, ET.Element | None]:
    fill = {"color": _rgba(AREA_COLOUR, 30), "style": "solid", "outline_color": _rgba(AREA_COLOUR),
            "outline_style": "solid", "outline_width": "0.5", "outline_width_unit": "MM"}
    return _single(_symbol("fill", "0", [("SimpleFill", fill)])), _labels("name", "1", colour=AREA_COLOUR)


def _context_countries() -> tuple[ET.Element, ET.Element | None]:
    line = {"line_color": _rgba(CONTEXT_COLOUR), "line_width": "0.5", "line_width_unit": "MM",
            "line_style": "solid"}
    return _single(_symbol("line", "0", [("SimpleLine", line)])), None


def _context_governorates() -> tuple[ET.Element, ET.Element | None]:
    line = {"line_color": _rgba(CONTEXT_COLOUR, 160), "line_width": "0.25", "line_width_unit": "MM",
            "line_style": "dash"}
    return _single(_symbol("line", "0", [("SimpleLine", line)])), None


def _context_rivers() -> tuple[ET.Element, ET.Element | None]:
    line = {"line_color": _rgba(RIVER_COLOUR), "line_width": "0.35", "line_width_unit": "MM",
            "line_style": "solid"}
    return _single(_symbol("line", "0", [("SimpleLine", line)])), None


def _context_labels() -> tuple[ET.Element, ET.Element | None]:
    dot = _marker("circle", _rgba(CONTEXT_COLOUR), _rgba(CONTEXT_COLOUR), 1.0, outline_width=0)
    return _single(_symbol("marker", "0", [dot])), _labels("name", _AROUND_POINT, size=8, colour=CONTEXT_COLOUR)


def _day(year: str, month: str, day: str) -> str:
    return f"make_datetime({year}, {month}, {day}, 0, 0, 0)"


#: When each incident may have happened, as QGIS expressions over the incidents layer's `date`, `time_precision`
#: and `date_text`: from the midnight that starts its first day to the midnight that ends its last (QGIS shows
#: a feature while that span overlaps the Temporal Controller's frame, the end excluded). timespan.interval in
#: QGIS's words (a test holds the two together in real QGIS); whole days only, never QGIS's 30-day months:
#: precision 2 is the date and three days either side; 3 is the month, or the year when only a year was written.
_YEAR_ONLY = "regexp_match(trim(coalesce(\"date_text\", '')), '^[0-9]{4}$')"
_YEAR = 'year("date")'
_DATE = _day(_YEAR, 'month("date")', 'day("date")')
_MONTH_START = _day(_YEAR, 'month("date")', "1")
_NEXT_MONTH = _day(f'{_YEAR} + if(month("date") = 12, 1, 0)', 'if(month("date") = 12, 1, month("date") + 1)', "1")
START_EXPRESSION = (f"CASE WHEN \"time_precision\" = 2 THEN {_DATE} - to_interval('3 days') "
                    f"WHEN \"time_precision\" = 3 AND {_YEAR_ONLY} THEN {_day(_YEAR, '1', '1')} "
                    f"WHEN \"time_precision\" = 3 THEN {_MONTH_START} "
                    f"ELSE {_DATE} END")
END_EXPRESSION = (f"CASE WHEN \"time_precision\" = 2 THEN {_DATE} + to_interval('4 days') "
                  f"WHEN \"time_precision\" = 3 AND {_YEAR_ONLY} THEN {_day(_YEAR + ' + 1', '1', '1')} "
                  f"WHEN \"time_precision\" = 3 THEN {_NEXT_MONTH} "
                  f"ELSE {_DATE} + to_interval('1 day') END")
#: QgsVectorLayerTemporalProperties' mode "start and end from expressions".
_TEMPORAL_FROM_EXPRESSIONS = "4"


def _incidents_temporal() -> ET.Element:
    """The incidents layer's temporal properties: QGIS's Temporal Controller shows each incident while the days
    it may have happened on overlap the controller's frame."""
    temporal = ET.Element("temporal", enabled="1", mode=_TEMPORAL_FROM_EXPRESSIONS, startField="", endField="",
                          startExpression=START_EXPRESSION, endExpression=END_EXPRESSION,
                          durationField="", durationUnit="d", fixedDuration="0", accumulate="0", limitMode="0")
    fixed = ET.SubElement(temporal, "fixedRange")
    ET.SubElement(fixed, "start")
    ET.SubElement(fixed, "end")
    return temporal


#: layer name -> its temporal properties, for the layers that are events in time.
TEMPORAL = {"incidents": _incidents_temporal}

#: layer name -> (what QGIS shows in its style list, the geometry kind, the style).
STYLES = {
    "incidents": ("Impact points by outcome", "point", _incidents),
    "uncertainty": ("Where each incident may lie (its uncertainty circle)", "polygon", _uncertainty),
    "targets": ("Targets", "point", _targets),
    "launch_sites": ("Launch sites", "point", _launch_sites),
    "trajectories": ("Launch-to-impact arrows", "line", _trajectories),
    "distance_rings": ("Distance from target, labelled", "polygon", _distance_rings),
    "places": ("Gazetteer places used, labelled", "point", _places),
    "areas": ("Areas (outlines)", "polygon", _areas),
    "context_countries": ("Country borders (Natural Earth)", "line", _context_countries),
    "context_governorates": ("Governorate borders (Natural Earth)", "line", _context_governorates),
    "context_rivers": ("Main rivers (Natural Earth 1:50m)", "line", _context_rivers),
    "context_labels": ("Governorate and town names", "point", _context_labels),
}


def qml(layer: str) -> str:
    """The QML document of one layer's default style."""
    _, geometry, make = STYLES[layer]
    renderer, labeling = make()
    temporal = TEMPORAL[layer]() if layer in TEMPORAL else None
    root = ET.Element("qgis", version=QML_VERSION,
                      styleCategories="Symbology|Labeling" + ("|Temporal" if temporal is not None else ""),
                      labelsEnabled="1" if labeling is not None else "0")
    if temporal is not None:
        root.append(temporal)
    root.append(renderer)
    if labeling is not None:
        root.append(labeling)
    ET.SubElement(root, "layerGeometryType").text = _GEOMETRY_TYPES[geometry]
    ET.indent(root, space=" ")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(root, encoding="unicode")


_CREATE = """
CREATE TABLE IF NOT EXISTS layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  f_table_catalog TEXT(256),
  f_table_schema TEXT(256),
  f_table_name TEXT(256),
  f_geometry_column TEXT(256),
  styleName TEXT(30),
  styleQML TEXT,
  styleSLD TEXT,
  useAsDefault BOOLEAN,
  description TEXT,
  owner TEXT(30),
  ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)
"""


def write_styles(path: Path, layers: list[str], timestamp: str) -> None:
    """Store a default style for each of `layers` in the GeoPackage at `path` (a table QGIS reads).

    The table is registered in gpkg_contents as attributes ('attributes' data type), as the
    GeoPackage standard asks of every user table, so validators accept it.
    """
    with contextlib.closing(sqlite3.connect(path)) as db, db:  # close, and commit on success
        db.execute(_CREATE)
        db.execute("DELETE FROM layer_styles")
        for layer in layers:
            description, _, _ = STYLES[layer]
            db.execute(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
                "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL, ?)",
                (layer, GEOMETRY_COLUMN, f"{STYLE_NAME}: {layer}", qml(layer), description, timestamp),
            )
        db.execute(
            "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS default styles', ?)", (timestamp,),
        )
