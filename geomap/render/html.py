"""Render the layers as a Leaflet map with folium: one switchable layer per kind of feature."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import branca.element
import folium
import pandas as pd
from branca.element import MacroElement, Template

from ..geodesy import format_distance, format_radius, ring
from . import escape
from .assets import inline_assets, use_local_assets

if TYPE_CHECKING:
    import geopandas

OUTCOME_COLOURS = {
    "impact": "#d7301f",
    "intercepted": "#2b8cbe",
    "shot_down": "#6a51a3",
    "missed": "#fe9929",
    "unknown": "#737373",
}
OUTCOME_LABELS = {"impact": "Impact", "intercepted": "Intercepted", "shot_down": "Shot down", "missed": "Missed",
                  "unknown": "Unknown"}
TARGET_COLOUR = "#111111"
LAUNCH_COLOUR = "#238b45"
RING_COLOUR = "#444444"
AREA_COLOUR = "#41ab5d"

BASEMAPS = {
    "OpenStreetMap": ("OpenStreetMap", "OpenStreetMap"),
    "OpenTopoMap": ("OpenTopoMap", "Topographic (OpenTopoMap)"),
    "Esri.WorldImagery": ("Esri.WorldImagery", "Satellite (Esri)"),
}


@contextmanager
def deterministic_ids() -> Iterator[None]:
    """branca names every element from os.urandom; count instead, so the same map gives the same bytes."""
    counter = itertools.count(1)
    original = branca.element.Element.__dict__["_generate_id"]
    branca.element.Element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")  # type: ignore[method-assign]
    try:
        yield
    finally:
        branca.element.Element._generate_id = original  # type: ignore[method-assign]


def _present(value: Any) -> bool:
    """A cell worth showing: not None, NaN, NA or empty text."""
    return not pd.isna(value) and str(value) != ""


def _row(label: str, value: str) -> str:
    return f"<tr><th>{escape.text(label)}</th><td>{value}</td></tr>"


def incident_popup(inc: Mapping[str, Any]) -> str:
    """The popup of one incident: what, where, when, how far from the target, and from which source."""
    rows = []
    date = escape.text(inc["date_text"])
    if int(inc["time_precision"]) > 1:
        date += " (approximate)"
    rows.append(_row("Date", date))
    place = escape.text(inc["place"])
    if _present(inc.get("uncertainty_m")) and float(inc["uncertainty_m"]) > 0:
        place += f" <small>(±{escape.text(format_distance(float(inc['uncertainty_m'])))}, precision " \
                 f"{escape.text(inc['geo_precision'])})</small>"
    rows.append(_row("Place", place))
    if _present(inc.get("direction")):
        rows.append(_row("From target", escape.text(inc["direction"])))
    if _present(inc.get("launch_name")):
        launched = escape.text(inc["launch_name"])
        if _present(inc.get("launch_distance_m")):
            launched += f" ({escape.text(format_distance(float(inc['launch_distance_m'])))} away)"
        rows.append(_row("Launched from", launched))
    weapon = escape.text(inc["weapon"])
    if _present(inc.get("count")):
        weapon = f"{escape.text(inc['count'])} × {weapon}"
    if weapon:
        rows.append(_row("Weapon", weapon))
    rows.append(_row("Outcome", escape.text(OUTCOME_LABELS.get(str(inc["outcome"]), inc["outcome"]))))
    if _present(inc.get("damage")):
        rows.append(_row("Damage", escape.text(inc["damage"])))
    casualties = [f"{escape.text(inc[c])} {c}" for c in ("fatalities", "injuries") if _present(inc.get(c))]
    if casualties:
        rows.append(_row("Casualties", ", ".join(casualties)))
    if _present(inc.get("claimed_by")):
        rows.append(_row("Claimed by", escape.text(inc["claimed_by"])))
    if _present(inc.get("source")) or _present(inc.get("url")):
        label = inc["source"] if _present(inc.get("source")) else inc["url"]
        rows.append(_row("Source", escape.link(inc.get("url"), label)))
    if _present(inc.get("notes")):
        rows.append(_row("Notes", escape.text(inc["notes"])))
    title = escape.text(inc["id"])
    return (f'<div class="geomap-popup"><b>{title}</b><table>{"".join(rows)}</table></div>')


def _place_popup(place: Mapping[str, Any], role: str) -> str:
    rows = [_row("Role", escape.text(role)), _row("Kind", escape.text(place["kind"])),
            _row("Position", f"{float(place['latitude']):.5f}, {float(place['longitude']):.5f} "
                             f"(±{escape.text(format_distance(float(place['uncertainty_m'])))})"),
            _row("Incidents", escape.text(place.get("incidents", ""))),
            _row("Source of point", escape.text(place["source"]))]
    return f'<div class="geomap-popup"><b>{escape.text(place["name"])}</b><table>{"".join(rows)}</table></div>'


_LEGEND = """
{% macro html(this, kwargs) %}
<div id="geomap-legend" class="geomap-legend">
  <div class="geomap-title">{{ this.title }}</div>
  {% for colour, label in this.outcomes %}
  <div><span class="geomap-dot" style="background:{{ colour }}"></span>{{ label }}</div>
  {% endfor %}
  <div><span class="geomap-dot geomap-target"></span>Target</div>
  <div><span class="geomap-launch geomap-inline"></span>Launch site</div>
  <div><span class="geomap-line"></span>Launch to impact</div>
  <div><span class="geomap-ring"></span>Distance from target ({{ this.rings }})</div>
  <div class="geomap-note">Shaded circles: how far off each point may be.</div>
</div>
<style>
.geomap-legend{position:absolute;bottom:28px;right:10px;z-index:1000;background:rgba(255,255,255,.92);
 padding:8px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.5 sans-serif;max-width:230px}
.geomap-title{font-weight:bold;margin-bottom:4px}
.geomap-dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:6px;vertical-align:middle;
 border:1px solid #333}
.geomap-target{background:#fff;border:3px solid #111;width:7px;height:7px}
.geomap-line{display:inline-block;width:18px;border-top:2px dashed #238b45;margin-right:6px;vertical-align:middle}
.geomap-ring{display:inline-block;width:11px;height:11px;border-radius:50%;border:1px dashed #444;margin-right:6px;
 vertical-align:middle}
.geomap-note{color:#555;font-size:11px;margin-top:3px}
.geomap-popup table{border-collapse:collapse;font:12px/1.4 sans-serif}
.geomap-popup th{text-align:left;padding-right:8px;vertical-align:top;color:#555;font-weight:normal}
.geomap-launch{width:0;height:0;border-left:8px solid transparent;border-right:8px solid transparent;
 border-bottom:14px solid #238b45;filter:drop-shadow(0 0 1px #222)}
.geomap-inline{display:inline-block;margin-right:4px;vertical-align:middle}
.geomap-ring-label{font:11px sans-serif;color:#333;white-space:nowrap;text-shadow:0 0 3px #fff,0 0 3px #fff}
</style>
{% endmacro %}
"""


class Legend(MacroElement):
    """A fixed legend box: outcome colours and the other layers' symbols."""

    _template = Template(_LEGEND)

    def __init__(self, title: str, rings: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.title = escape.text(title)
        self.outcomes = [(c, OUTCOME_LABELS[o]) for o, c in OUTCOME_COLOURS.items()]
        self.launch = LAUNCH_COLOUR
        self.rings = escape.text(rings)


def _latlon(coords: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Leaflet wants [latitude, longitude]; our geometry is (longitude, latitude)."""
    return [(lat, lon) for lon, lat in coords]


def build_map(layers: Mapping[str, geopandas.GeoDataFrame], *, title: str = "Incidents",
              basemaps: Sequence[str] = tuple(BASEMAPS)) -> folium.Map:
    """A folium Map with a layer per kind of feature, a legend, a scale bar and a layer control."""
    incidents = layers["incidents"]
    fmap = folium.Map(tiles=None, control_scale=True, prefer_canvas=False)
    use_local_assets(fmap)
    for i, key in enumerate(basemaps):
        tiles, label = BASEMAPS.get(key, (key, key))
        folium.TileLayer(tiles, name=label, show=(i == 0)).add_to(fmap)

    areas = folium.FeatureGroup(name="Areas", show=True).add_to(fmap)
    for _, area in layers["areas"].iterrows():
        geom = area.geometry
        polygons = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        for poly in polygons:
            folium.Polygon(_latlon(list(poly.exterior.coords)), color=AREA_COLOUR, weight=2, fill=True,
                           fill_opacity=0.08, tooltip=escape.text(f"{area['name']} (approximate outline)")
                           ).add_to(areas)

    rings = folium.FeatureGroup(name="Distance rings", show=True).add_to(fmap)
    for _, r in layers["distance_rings"].iterrows():
        coords = list(r.geometry.exterior.coords)
        folium.PolyLine(_latlon(coords), color=RING_COLOUR, weight=1, dash_array="4 4", opacity=0.8,
                        tooltip=escape.text(r["label"])).add_to(rings)
        top_lon, top_lat = coords[0]  # azimuth 0: the ring's northernmost vertex
        folium.Marker((top_lat, top_lon), icon=folium.DivIcon(
            html=f'<div class="geomap-ring-label">{escape.text(format_radius(r["radius_m"]))}</div>',
            icon_size=(60, 14), icon_anchor=(-2, 7))).add_to(rings)

    lines = folium.FeatureGroup(name="Launch-to-impact lines", show=True).add_to(fmap)
    for _, t in layers["trajectories"].iterrows():
        folium.PolyLine(_latlon(list(t.geometry.coords)), color=LAUNCH_COLOUR, weight=2, dash_array="6 4",
                        tooltip=escape.text(f"{t['launch_name']} to {t['place']}: "
                                            f"{format_distance(float(t['distance_m']))}")).add_to(lines)

    targets = folium.FeatureGroup(name="Targets", show=True).add_to(fmap)
    for _, t in layers["targets"].iterrows():
        # A hollow ring, drawn under the impacts, so an impact at the target stays visible inside it.
        folium.CircleMarker((t["latitude"], t["longitude"]), radius=12, color=TARGET_COLOUR, weight=3, fill=True,
                            fill_color="#ffffff", fill_opacity=0.4,
                            tooltip=escape.text(f"Target: {t['name']}"),
                            popup=folium.Popup(_place_popup(t, "target"), max_width=360)).add_to(targets)

    launches = folium.FeatureGroup(name="Launch sites", show=True).add_to(fmap)
    for _, s in layers["launch_sites"].iterrows():
        # A triangle drawn in CSS: folium's RegularPolygonMarker needs a plugin from a CDN.
        folium.Marker((s["latitude"], s["longitude"]),
                      icon=folium.DivIcon(html='<div class="geomap-launch"></div>', icon_size=(16, 14),
                                          icon_anchor=(8, 9)),
                      tooltip=escape.text(f"Launch site: {s['name']}"),
                      popup=folium.Popup(_place_popup(s, "launch site"), max_width=360)).add_to(launches)

    impacts = folium.FeatureGroup(name="Impact points", show=True).add_to(fmap)
    for _, inc in incidents.iterrows():
        colour = OUTCOME_COLOURS.get(str(inc["outcome"]), OUTCOME_COLOURS["unknown"])
        radius = float(inc["uncertainty_m"]) if _present(inc["uncertainty_m"]) else 0.0
        if radius > 0:
            folium.Polygon(_latlon(ring(inc["longitude"], inc["latitude"], radius, segments=64)), color=colour,
                           weight=1, opacity=0.5, fill=True, fill_opacity=0.08).add_to(impacts)
        folium.CircleMarker((inc["latitude"], inc["longitude"]), radius=7, color="#222222", weight=1, fill=True,
                            fill_color=colour, fill_opacity=0.9,
                            tooltip=escape.text(f"{inc['date_text']} {inc['place']}: {inc['outcome']}"),
                            popup=folium.Popup(incident_popup(inc), max_width=360)).add_to(impacts)

    ring_text = ", ".join(format_radius(r) for r in sorted(set(layers["distance_rings"]["radius_m"]))) or "none"
    fmap.add_child(Legend(title, ring_text))
    folium.LayerControl(collapsed=False).add_to(fmap)
    bounds = _bounds(layers)
    if bounds:
        fmap.fit_bounds(bounds, padding=(20, 20), max_zoom=15)
    return fmap


def _bounds(layers: Mapping[str, geopandas.GeoDataFrame]) -> list[list[float]] | None:
    frames = [layers[n] for n in ("incidents", "targets", "launch_sites") if len(layers[n])]
    if not frames:
        return None
    lats = [v for f in frames for v in f["latitude"]]
    lons = [v for f in frames for v in f["longitude"]]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def render_map(layers: Mapping[str, geopandas.GeoDataFrame], path: Path, *, title: str = "Incidents",
               basemaps: Sequence[str] = tuple(BASEMAPS)) -> None:
    """Write the map to `path` as a single HTML page; the same layers give the same bytes."""
    with deterministic_ids():
        fmap = build_map(layers, title=title, basemaps=basemaps)
        page = fmap.get_root().render()
    path.write_text(inline_assets(page), encoding="utf-8")
