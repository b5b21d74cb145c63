"""Reference layers for a map without a basemap (`--tiles none`): a graticule and place labels.

Both are drawn by the page itself, so an air-gapped reader still sees where the points are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

import folium
from branca.element import MacroElement, Template
from folium.map import Layer

from .. import settings
from ..entries import Place
from ..symbology import PLACE_COLOUR
from . import escape

_GRATICULE = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.layerGroup();
(function (group, map) {
  var STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30];
  function pick(span) {
    for (var i = 0; i < STEPS.length; i++) { if (span / STEPS[i] <= 8) { return STEPS[i]; } }
    return 30;
  }
  function digits(step) { return step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9); }
  function label(value, step, pos, neg) {
    return Math.abs(value).toFixed(digits(step)) + "\\u00b0" + (value >= 0 ? pos : neg);
  }
  function tag(latlng, text, anchor) {
    return L.marker(latlng, {interactive: false, keyboard: false, icon: L.divIcon({
      className: "", html: '<span class="geomap-graticule-label">' + text + "</span>",
      iconSize: [64, 14], iconAnchor: anchor})});
  }
  function draw() {
    group.clearLayers();
    var b = map.getBounds();
    var south = Math.max(b.getSouth(), -85), north = Math.min(b.getNorth(), 85);
    var west = Math.max(b.getWest(), -180), east = Math.min(b.getEast(), 180);
    var step = pick(Math.max(north - south, (east - west) / 2));
    var style = {color: "#8c8c8c", weight: 0.7, opacity: 0.8, interactive: false};
    for (var lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      group.addLayer(L.polyline([[lat, west], [lat, east]], style));
      group.addLayer(tag([lat, west], label(lat, step, "N", "S"), [-3, 13]));
    }
    for (var lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      group.addLayer(L.polyline([[south, lon], [north, lon]], style));
      group.addLayer(tag([south, lon], label(lon, step, "E", "W"), [-3, 16]));
    }
  }
  group.on("add", function () { map.on("moveend", draw); draw(); });
  group.on("remove", function () { map.off("moveend", draw); });
})({{ this.get_name() }}, {{ this._parent.get_name() }});
{% endmacro %}
"""


class Graticule(Layer):
    """Lines of latitude and longitude that follow the view, labelled in degrees (a layer-control overlay)."""

    _template = Template(_GRATICULE)

    def __init__(self, name: str = "Graticule", show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "Graticule"


_DECLUTTER = """
{% macro script(this, kwargs) %}
(function (map) {
  // Labels that would overlap an earlier one are hidden; zooming in brings them back.
  function overlaps(a, b) {
    return !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);
  }
  function declutter() {
    var labels = map.getContainer().querySelectorAll(".geomap-label");
    var kept = [];
    labels.forEach(function (el) { el.style.visibility = ""; });
    labels.forEach(function (el) {
      var box = el.getBoundingClientRect();
      if (box.width === 0) { return; }
      if (kept.some(function (k) { return overlaps(box, k); })) { el.style.visibility = "hidden"; }
      else { kept.push(box); }
    });
  }
  map.on("zoomend moveend overlayadd overlayremove", declutter);
  map.whenReady(function () { setTimeout(declutter, 0); });
})({{ this._parent.get_name() }});
{% endmacro %}
"""


class Declutter(MacroElement):
    """Hides any label (class geomap-label) that would overlap one drawn before it, at every zoom."""

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
