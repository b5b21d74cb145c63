/* The page's own behaviour beside the canvas layers: the graticule, label decluttering, the first view and
 * `window.geomap`, the page's API for scripts and tests. The Python side (geomap/render) writes one call per
 * element, with the names folium gave the map and its layers; everything else lives here.
 */
(function () {
  "use strict";

  var GRATICULE_STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30];

  /**
   * Lines of latitude and longitude that follow the view, labelled in degrees, drawn into `group`.
   * @param {L.LayerGroup} group the layer-control overlay that holds them
   * @param {L.Map} map
   */
  function graticule(group, map) {
    /** @param {number} span degrees the view spans @returns {number} a step that draws at most 8 lines */
    function pick(span) {
      for (var i = 0; i < GRATICULE_STEPS.length; i++) {
        if (span / GRATICULE_STEPS[i] <= 8) { return GRATICULE_STEPS[i]; }
      }
      return 30;
    }
    /** @param {number} step @returns {number} */
    function digits(step) { return step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9); }
    /** @param {number} value @param {number} step @param {string} pos @param {string} neg @returns {string} */
    function label(value, step, pos, neg) {
      return Math.abs(value).toFixed(digits(step)) + "\u00b0" + (value >= 0 ? pos : neg);
    }
    /** @param {L.LatLngExpression} latlng @param {string} text @param {L.PointExpression} anchor */
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
  }

  /**
   * Hide any label (class geomap-label) that would overlap one drawn before it, at every zoom; zooming in
   * brings it back.
   * @param {L.Map} map
   */
  function declutter(map) {
    /** @param {DOMRect} a @param {DOMRect} b */
    function overlaps(a, b) {
      return !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);
    }
    function run() {
      /** @type {NodeListOf<HTMLElement>} */
      var labels = map.getContainer().querySelectorAll(".geomap-label");
      /** @type {DOMRect[]} */
      var kept = [];
      labels.forEach(function (el) { el.style.visibility = ""; });
      labels.forEach(function (el) {
        var box = el.getBoundingClientRect();
        if (box.width === 0) { return; }
        if (kept.some(function (k) { return overlaps(box, k); })) { el.style.visibility = "hidden"; }
        else { kept.push(box); }
      });
    }
    map.on("zoomend moveend overlayadd overlayremove", run);
    map.whenReady(function () { setTimeout(run, 0); });
  }

  /**
   * Open the map on the data: all of it visible, none of it under the legend (which takes at most half the
   * width).
   * @param {L.Map} map
   * @param {L.LatLngBoundsExpression} bounds [[south, west], [north, east]]
   * @param {number} maxZoom
   */
  function fitView(map, bounds, maxZoom) {
    var legend = document.getElementById("geomap-legend");
    var right = legend ? Math.min(legend.offsetWidth + 30, map.getSize().x / 2) : 20;
    map.fitBounds(bounds, {paddingTopLeft: [20, 20], paddingBottomRight: [right, 20], maxZoom: maxZoom});
  }

  /**
   * `window.geomap`: the map, its layers by name, the incident and trajectory layers, and `ready`, a promise
   * that settles when the canvas layers have their data (they draw as soon as it does).
   * @param {L.Map} map
   * @param {{overlays: Object<string, L.Layer>, base_layers: Object<string, L.Layer>}} layers folium's
   *   layer control's record of its layers
   * @param {{ready: Promise<unknown>}} incidents
   * @param {{ready: Promise<unknown>}} trajectories
   */
  function publish(map, layers, incidents, trajectories) {
    window.geomap = {map: map, overlays: layers.overlays, basemaps: layers.base_layers, incidents: incidents,
                     trajectories: trajectories,
                     ready: Promise.all([incidents.ready, trajectories.ready]).then(function () {})};
  }

  window.geomapPage = {graticule: graticule, declutter: declutter, fitView: fitView, publish: publish};
})();
