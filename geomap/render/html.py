"""Render the layers as a Leaflet map with folium: one switchable layer per kind of feature."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import branca.element
import folium
import pandas as pd
from branca.element import MacroElement, Template

from ..entries import Place
from ..symbology import (
    AREA_COLOUR,
    LAUNCH_COLOUR,
    OUTCOME_COLOURS,
    OUTCOME_LABELS,
    RING_COLOUR,
    TARGET_COLOUR,
)
from ..wording import format_radius
from . import escape
from .assets import inline_assets, use_cdn_assets, use_local_assets
from .canvas import MAP_CIRCLE_MAX_M, CanvasLayer, CanvasLibrary, incident_points, trajectory_lines, write_with_data
from .popups import place_popup
from .reference import Declutter, Graticule, context_groups, place_labels, places_in_view
from .tiles import Basemap, resolve_basemaps

if TYPE_CHECKING:
    import geopandas


@dataclass(frozen=True)
class MapOptions:
    """How the page is made: its title, basemaps (none: a graticule and place labels instead) and assets."""

    title: str = "Incidents"
    basemaps: Sequence[Basemap] | None = None  # None: the defaults of `tiles`
    cdn: bool = False  # link Leaflet and jQuery from CDNs instead of inlining them
    reference_places: Sequence[Place] = ()  # labelled on a map without basemap, where in view
    aggregated: str = ""  # the incidents layer holds aggregates (geomap.aggregate): what one stands for ("cell of
    # 0.05° and month")


@contextmanager
def deterministic_ids() -> Iterator[None]:
    """branca names every element from os.urandom; count instead, so the same map gives the same bytes."""
    counter = itertools.count(1)
    original = branca.element.Element.__dict__["_generate_id"]
    branca.element.Element._generate_id = classmethod(lambda cls: f"{next(counter):08x}")  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        branca.element.Element._generate_id = original  # type: ignore[method-assign]


_LEGEND = """
{% macro html(this, kwargs) %}
<div class="geomap-heading"><div class="geomap-heading-title">{{ this.title }}</div>
  <div class="geomap-subtitle">{{ this.subtitle }}</div></div>
<div id="geomap-legend" class="geomap-legend">
  <details class="geomap-legend-body" open><summary class="geomap-title">{{ this.title }}</summary>
  <div class="geomap-count">{{ this.count }}</div>
  {% for colour, label in this.outcomes %}
  <div><span class="geomap-dot" style="background:{{ colour }}"></span>{{ label }}</div>
  {% endfor %}
  <div><span class="geomap-dot geomap-target"></span>Target</div>
  <div><span class="geomap-launch geomap-inline"></span>Launch site</div>
  <div><span class="geomap-line"></span>Launch to impact</div>
  <div><span class="geomap-ring"></span>Distance from target ({{ this.rings }})</div>
  <div class="geomap-note">Shaded circles: how far off each point may be{{ this.wide }}. A bigger dot stands for
    several incidents at one point; zoomed out, dots stand for all the incidents nearby.</div>
  {% if this.aggregated %}<div class="geomap-note geomap-aggregated">{{ this.aggregated }}</div>{% endif %}
  </details>
</div>
{% endmacro %}
"""


_PAGE_STYLE = """
{% macro header(this, kwargs) %}
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
.geomap-pager{display:flex;align-items:center;gap:6px;margin-top:6px;font:12px sans-serif;color:#444}
.geomap-pager button{font:14px/1 sans-serif;padding:1px 7px;cursor:pointer}
.geomap-label{display:inline-block}
.geomap-ring-label{font:11px sans-serif;color:#333;white-space:nowrap;text-shadow:0 0 3px #fff,0 0 3px #fff}
.geomap-place-label{font:600 11px sans-serif;color:#333;white-space:nowrap;
 text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff}
.geomap-unit-label{font:italic 12px sans-serif;color:#555;white-space:nowrap;text-align:center;
 text-shadow:0 0 3px #fff,0 0 3px #fff}
.geomap-graticule-label{font:10px sans-serif;color:#666;white-space:nowrap;text-shadow:0 0 2px #fff}
.geomap-heading{position:absolute;top:10px;left:50%;transform:translateX(-50%);z-index:1000;text-align:center;
 background:rgba(255,255,255,.9);padding:4px 12px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);
 font:12px/1.4 sans-serif;max-width:60%;pointer-events:none}
.geomap-heading-title{font-weight:bold;font-size:15px}
.geomap-subtitle{color:#444}
.geomap-count{font-weight:600;margin-bottom:3px}
.geomap-legend summary{cursor:pointer}
.geomap-facets{margin-top:6px;max-height:40vh;overflow:auto}
.geomap-facets fieldset{border:0;border-top:1px solid #ddd;margin:4px 0 0;padding:2px 0 0}
.geomap-facets legend{font-weight:600;padding:0}
.geomap-facet{display:block;white-space:nowrap}
.geomap-facet-count{color:#666}
.geomap-download{margin-top:6px;font:12px sans-serif;width:100%}
.geomap-search{width:100%;box-sizing:border-box;margin-top:6px;font:12px sans-serif}
.geomap-timebar{position:absolute;left:10px;bottom:44px;z-index:1000;width:calc(100% - 280px);min-width:260px;
 background:rgba(255,255,255,.92);padding:4px 8px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);
 font:12px sans-serif;box-sizing:border-box}
.geomap-timebar-row{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.geomap-timebar button,.geomap-timebar select{font:12px sans-serif}
.geomap-histogram{display:block;width:100%;height:48px;cursor:crosshair;touch-action:none}
@media (max-width:700px){
 .geomap-legend{max-width:60%;bottom:auto;top:70px}
 .geomap-legend-body:not([open]){padding:0}
 .geomap-timebar{width:calc(100% - 20px)}
 .geomap-heading{max-width:90%;top:4px}
 .leaflet-control-layers{display:none}
}
{% if this.blank %}.leaflet-container{background:#f2efe9}{% endif %}
</style>
{% endmacro %}
"""


class PageStyle(MacroElement):
    """The page's own CSS: legend, popups, symbols and labels; a paper background when there is no basemap."""

    _template = Template(_PAGE_STYLE)

    def __init__(self, blank: bool) -> None:
        super().__init__()
        self._name = "PageStyle"
        self.blank = blank


class Legend(MacroElement):
    """A fixed legend box: outcome colours and the other layers' symbols."""

    _template = Template(_LEGEND)

    def __init__(self, title: str, rings: str, subtitle: str = "", count: str = "", wide: int = 0,
                 aggregated: str = "") -> None:
        super().__init__()
        self.aggregated = escape.text(aggregated)
        self.wide = escape.text(f" ({wide:,} known only to more than {MAP_CIRCLE_MAX_M / 1000:,.0f} km are not "
                                "circled: see incidents.gpkg)") if wide else ""
        self.subtitle = escape.text(subtitle)
        self.count = escape.text(count)
        self._name = "Legend"
        self.title = escape.text(title)
        self.outcomes = [(c, OUTCOME_LABELS[o]) for o, c in OUTCOME_COLOURS.items()]
        self.launch = LAUNCH_COLOUR
        self.rings = escape.text(rings)


_FIT_VIEW = """
{% macro script(this, kwargs) %}
geomapPage.fitView({{ this._parent.get_name() }}, {{ this.bounds|tojson }}, {{ this.max_zoom|tojson }});
{% endmacro %}
"""


_CONTROLS = """
{% macro script(this, kwargs) %}
geomapPage.controls({{ this._parent.get_name() }}, {{ this.incidents.get_name() }},
                    {{ this.trajectories.get_name() }},
                    [{% for layer in this.searchable %}{{ layer.get_name() }}{{ ", " if not loop.last }}{% endfor %}]);
{% endmacro %}
"""


class Controls(MacroElement):
    """The reader's controls (page.js): time histogram with brush and play, facets, search, URL state."""

    _template = Template(_CONTROLS)

    def __init__(self, incidents: CanvasLayer, trajectories: CanvasLayer,
                 searchable: Sequence[branca.element.Element]) -> None:
        super().__init__()
        self._name = "Controls"
        self.incidents = incidents
        self.trajectories = trajectories
        self.searchable = searchable


_OFFLINE_CONTEXT = """
{% macro script(this, kwargs) %}
geomapPage.offlineContext({{ this._parent.get_name() }},
  [{% for group in this.groups %}{{ group.get_name() }}{{ ", " if not loop.last }}{% endfor %}]);
{% endmacro %}
"""


class OfflineContext(MacroElement):
    """Turns the borders, rivers and names on when a basemap tile fails to load (offline, or a server down)."""

    _template = Template(_OFFLINE_CONTEXT)

    def __init__(self, groups: Sequence[folium.FeatureGroup]) -> None:
        super().__init__()
        self._name = "OfflineContext"
        self.groups = list(groups)


class FitView(MacroElement):
    """Opens the map on the data: all of it visible, none of it under the legend."""

    _template = Template(_FIT_VIEW)

    def __init__(self, bounds: list[list[float]], max_zoom: int = 15) -> None:
        super().__init__()
        self._name = "FitView"
        self.bounds = bounds
        self.max_zoom = max_zoom


_PAGE_API = """
{% macro script(this, kwargs) %}
geomapPage.publish({{ this._parent.get_name() }}, {{ this.control.get_name() }}_layers,
                   {{ this.incidents.get_name() }}, {{ this.trajectories.get_name() }});
{% endmacro %}
"""


class PageApi(MacroElement):
    """`window.geomap`: the Leaflet map, its layers by name, the incident and trajectory layers, and
    `ready`, a promise that settles when the canvas layers have their data (they draw as soon as it does)."""

    _template = Template(_PAGE_API)

    def __init__(self, control: folium.LayerControl, incidents: CanvasLayer, trajectories: CanvasLayer) -> None:
        super().__init__()
        self._name = "PageApi"
        self.control = control
        self.incidents = incidents
        self.trajectories = trajectories


def _latlon(coords: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Leaflet wants [latitude, longitude]; our geometry is (longitude, latitude)."""
    return [(lat, lon) for lon, lat in coords]


def build_map(layers: Mapping[str, geopandas.GeoDataFrame], options: MapOptions = MapOptions()) -> folium.Map:
    """A folium Map with a layer per kind of feature, a legend, a scale bar and a layer control."""
    incidents = layers["incidents"]
    basemaps = resolve_basemaps(None) if options.basemaps is None else list(options.basemaps)
    fmap = folium.Map(tiles=None, control_scale=True, prefer_canvas=False)
    if options.cdn:
        use_cdn_assets(fmap)
    else:
        use_local_assets(fmap)
    root = fmap.get_root()
    assert isinstance(root, branca.element.Figure)  # a folium Map's root is the page
    root.title = escape.text(options.title)
    fmap.add_child(PageStyle(blank=not basemaps))
    fmap.add_child(CanvasLibrary())
    for i, basemap in enumerate(basemaps):
        folium.TileLayer(basemap.url, name=basemap.label, attr=basemap.attribution, max_zoom=basemap.max_zoom,
                         show=(i == 0)).add_to(fmap)
    bounds = _bounds(layers)
    context = context_groups(layers, show=not basemaps)
    for group in context.values():
        group.add_to(fmap)
    if not basemaps:
        Graticule().add_to(fmap)
        if bounds and options.reference_places:
            place_labels(places_in_view(options.reference_places, bounds)).add_to(fmap)

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
        label = f'<div class="geomap-label geomap-ring-label">{escape.text(format_radius(r["radius_m"]))}</div>'
        folium.Marker((r["label_latitude"], r["label_longitude"]), interactive=False, keyboard=False,
                      icon=folium.DivIcon(html=label, icon_size=(60, 14), icon_anchor=(-2, 7))).add_to(rings)

    trajectories = trajectory_lines(layers["trajectories"], incidents["id"])
    trajectories.add_to(fmap)

    targets = folium.FeatureGroup(name="Targets", show=True).add_to(fmap)
    for _, t in layers["targets"].iterrows():
        # A hollow ring, drawn under the impacts, so an impact at the target stays visible inside it.
        folium.CircleMarker((t["latitude"], t["longitude"]), radius=12, color=TARGET_COLOUR, weight=3, fill=True,
                            fill_color="#ffffff", fill_opacity=0.4,
                            tooltip=escape.text(f"Target: {t['name']}"),
                            popup=folium.Popup(place_popup(t, "target"), max_width=360)).add_to(targets)

    launches = folium.FeatureGroup(name="Launch sites", show=True).add_to(fmap)
    for _, s in layers["launch_sites"].iterrows():
        # A triangle drawn in CSS: folium's RegularPolygonMarker needs a plugin from a CDN.
        folium.Marker((s["latitude"], s["longitude"]),
                      icon=folium.DivIcon(html='<div class="geomap-launch"></div>', icon_size=(16, 14),
                                          icon_anchor=(8, 9)),
                      tooltip=escape.text(f"Launch site: {s['name']}"),
                      popup=folium.Popup(place_popup(s, "launch site"), max_width=360)).add_to(launches)

    impacts = incident_points(incidents, layers["uncertainty"])
    impacts.add_to(fmap)

    ring_text = ", ".join(format_radius(r) for r in sorted(set(layers["distance_rings"]["radius_m"]))) or "none"
    radius = pd.to_numeric(incidents["uncertainty_m"], errors="coerce")
    note = ""
    if options.aggregated:
        note = (f"Aggregated: the {_incident_count(incidents):,} incidents are drawn as {len(incidents):,} dots, "
                f"one per {options.aggregated} that share outcome, weapon and target; a dot's popup gives "
                "their number. Every incident is in incidents.gpkg and incidents.parquet.")
    fmap.add_child(Legend(options.title, ring_text, _subtitle(incidents), f"{_incident_count(incidents)} incidents",
                          0 if options.aggregated else int((radius > MAP_CIRCLE_MAX_M).sum()), note))
    fmap.add_child(Declutter())
    control = folium.LayerControl(collapsed=False)
    control.add_to(fmap)
    fmap.add_child(PageApi(control, impacts, trajectories))
    if bounds:
        fmap.add_child(FitView(bounds))
    fmap.add_child(Controls(impacts, trajectories, [targets, launches]))
    if basemaps and context:
        fmap.add_child(OfflineContext(list(context.values())))
    return fmap


def _subtitle(incidents: geopandas.GeoDataFrame) -> str:
    """'20 incidents, 27 Dec 2019 to 8 Jan 2020': the count and the range of the dates."""
    total = _incident_count(incidents)
    count = f"{total:,} incident{'s' if total != 1 else ''}" if aggregated_layer(incidents) else \
        f"{total} incident{'s' if total != 1 else ''}"
    if not len(incidents) or "date" not in incidents.columns:
        return count
    dates = pd.to_datetime(incidents["date"], errors="coerce").dropna()
    if dates.empty:
        return count
    first, last = dates.min(), dates.max()
    return f"{count}, {first.day} {first:%b %Y}" + ("" if first == last else f" to {last.day} {last:%b %Y}")


def aggregated_layer(incidents: geopandas.GeoDataFrame) -> bool:
    """Whether the incidents layer holds aggregates (geomap.aggregate), each with its number of incidents."""
    return "incidents" in incidents.columns


def _incident_count(incidents: geopandas.GeoDataFrame) -> int:
    return int(incidents["incidents"].sum()) if aggregated_layer(incidents) else len(incidents)


def _bounds(layers: Mapping[str, geopandas.GeoDataFrame]) -> list[list[float]] | None:
    frames = [layers[n] for n in ("incidents", "targets", "launch_sites") if len(layers[n])]
    if not frames:
        return None
    lats = [f["latitude"].to_numpy(float) for f in frames]
    lons = [f["longitude"].to_numpy(float) for f in frames]
    return [[min(float(v.min()) for v in lats), min(float(v.min()) for v in lons)],
            [max(float(v.max()) for v in lats), max(float(v.max()) for v in lons)]]


class _Literal:
    """A template without Jinja syntax: renders as its own text, as Jinja would render it (newlines made "\\n",
    one trailing newline dropped)."""

    def __init__(self, text: str) -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.text = text[:-1] if text.endswith("\n") else text

    def render(self, *args: object, **kwargs: object) -> str:
        return self.text


def _template_or_literal(text: str) -> Template | _Literal:
    return Template(text) if any(mark in text for mark in ("{{", "{%", "{#")) else _Literal(text)


@contextmanager
def literal_elements() -> Iterator[None]:
    """Plain text handed to branca's Element is not compiled as a Jinja template.

    folium wraps every marker's rendered script and popup in an Element(text), and branca compiles that text as a
    template each time: thousands of compilations, seconds of a large map's build, for text that renders as itself.
    """
    original = branca.element.Template
    branca.element.Template = _template_or_literal  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        branca.element.Template = original  # type: ignore[misc]


def render_map(layers: Mapping[str, geopandas.GeoDataFrame], path: Path, options: MapOptions = MapOptions()) -> None:
    """Write the map to `path` as a single HTML page; the same layers give the same bytes."""
    with deterministic_ids(), literal_elements():
        fmap = build_map(layers, options)
        page = fmap.get_root().render()
    if not options.cdn:
        page = inline_assets(page)
    with open(path, "w", encoding="utf-8") as handle:
        write_with_data(page, fmap, handle)
