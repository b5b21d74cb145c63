"""Reference layers for a map without a basemap (`--tiles none`): a graticule and place labels.

Both are drawn by the page itself, so an air-gapped reader still sees where the points are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

import folium
from branca.element import MacroElement, Template
from folium.map import Layer

from .. import settings
from ..entries import Place
from ..symbology import CONTEXT_COLOUR, PLACE_COLOUR, RIVER_COLOUR
from . import escape

if TYPE_CHECKING:
    import geopandas

_GRATICULE = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.layerGroup();
geomapPage.graticule({{ this.get_name() }}, {{ this._parent.get_name() }});
{% endmacro %}
"""


class Graticule(Layer):
    """Lines of latitude and longitude that follow the view, labelled in degrees (a layer-control overlay; drawn
    by page.js)."""

    _template = Template(_GRATICULE)

    def __init__(self, name: str = "Graticule", show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "Graticule"


_DECLUTTER = """
{% macro script(this, kwargs) %}
geomapPage.declutter({{ this._parent.get_name() }});
{% endmacro %}
"""


class Declutter(MacroElement):
    """Hides any label (class geomap-label) that would overlap one drawn before it, at every zoom (page.js)."""

    _template = Template(_DECLUTTER)

    def __init__(self) -> None:
        super().__init__()
        self._name = "Declutter"


_Path = TypeVar("_Path", folium.vector_layers.PolyLine, folium.vector_layers.Polygon, folium.CircleMarker)


def inert(path: _Path) -> _Path:
    """A vector layer that takes no clicks, so it never covers markers drawn under it.

    folium's vector layers drop an `interactive` keyword, so the Leaflet option is set directly.
    """
    path.options["interactive"] = False
    return path


def _parts(geometry) -> list[list[tuple[float, float]]]:
    """The vertices of each line of a (Multi)LineString as Leaflet wants them: (latitude, longitude)."""
    import shapely

    return [[(lat, lon) for lon, lat in part.coords] for part in shapely.get_parts(geometry)
            if part.geom_type == "LineString"]


#: The offline context's overlays, in drawing order (rivers first, so that borders draw over them), by the names
#: the layer control and `window.geomap.overlays` give them.
CONTEXT_OVERLAYS = ("Rivers", "Country borders", "Provinces", "Towns")


def context_groups(layers: Mapping[str, geopandas.GeoDataFrame], show: bool) -> dict[str, folium.FeatureGroup]:
    """Country and governorate borders, rivers, and the names of governorates and towns (layers.build_layers'
    context layers), one overlay each (CONTEXT_OVERLAYS): what shows where things are when no basemap does.
    Overlays with nothing to draw are left out."""
    groups = {name: folium.FeatureGroup(name=name, show=show) for name in CONTEXT_OVERLAYS}
    for geometry in layers["context_rivers"].geometry:
        for line in _parts(geometry):
            inert(folium.PolyLine(line, color=RIVER_COLOUR, weight=1.4, opacity=0.9)).add_to(groups["Rivers"])
    for geometry in layers["context_countries"].geometry:
        for line in _parts(geometry):
            inert(folium.PolyLine(line, color=CONTEXT_COLOUR, weight=1.6, opacity=0.9)).add_to(
                groups["Country borders"])
    for geometry in layers["context_governorates"].geometry:
        for line in _parts(geometry):
            inert(folium.PolyLine(line, color=CONTEXT_COLOUR, weight=0.8, opacity=0.8, dash_array="5 4")).add_to(
                groups["Provinces"])
    for _, label in layers["context_labels"].iterrows():
        if label["kind"] == "governorate":
            html = f'<div class="geomap-label geomap-unit-label">{escape.text(label["name"])}</div>'
            folium.Marker((label["latitude"], label["longitude"]), interactive=False, keyboard=False,
                          icon=folium.DivIcon(html=html, icon_size=(160, 14), icon_anchor=(80, 7))).add_to(
                groups["Provinces"])
            continue
        inert(folium.CircleMarker((label["latitude"], label["longitude"]), radius=2, color=CONTEXT_COLOUR, weight=1,
                                  fill=True, fill_color=CONTEXT_COLOUR, fill_opacity=1)).add_to(groups["Towns"])
        html = f'<div class="geomap-label geomap-place-label">{escape.text(label["name"])}</div>'
        folium.Marker((label["latitude"], label["longitude"]), interactive=False, keyboard=False,
                      icon=folium.DivIcon(html=html, icon_size=(160, 14), icon_anchor=(-5, 7))).add_to(groups["Towns"])
    return {name: group for name, group in groups.items() if len(group._children)}


def place_labels(places: Iterable[Place], name: str = "Place labels") -> folium.FeatureGroup:
    """A dot and a name for each place, as a basemap would show them."""
    group = folium.FeatureGroup(name=name, show=True)
    for place in places:
        inert(folium.CircleMarker((place.latitude, place.longitude), radius=2, color=PLACE_COLOUR, weight=1,
                                  fill=True, fill_color=PLACE_COLOUR, fill_opacity=1)).add_to(group)
        folium.Marker((place.latitude, place.longitude), interactive=False, keyboard=False, icon=folium.DivIcon(
            html=f'<div class="geomap-label geomap-place-label">{escape.text(place.name)}</div>',
            icon_size=(160, 14), icon_anchor=(-5, 7))).add_to(group)
    return group


def places_in_view(places: Iterable[Place], bounds: list[list[float]], margin: float = 0.25) -> list[Place]:
    """The places inside [[south, west], [north, east]], widened by `margin` of its size on each side."""
    (south, west), (north, east) = bounds
    dlat = max(north - south, 0.02) * margin
    dlon = max(east - west, 0.02) * margin
    # A district unit sits at its seat: its label there would read as a town's. The town is labelled instead.
    inside = [p for p in places if p.kind not in settings.UNIT_KINDS
              and south - dlat <= p.latitude <= north + dlat and west - dlon <= p.longitude <= east + dlon]
    # Towns before the districts and sites around them: where labels collide, the first one drawn stays.
    rank = {"region": 0, "city": 1, "district": 2, "site": 3}
    return sorted(inside, key=lambda p: (rank.get(p.category, 4), p.name, p.id))
