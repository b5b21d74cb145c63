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


  // -- time, filters, search and the URL -----------------------------------------------------------------
  var DAY_MS = 86400000;
  var SEARCH_LIST_IDS = 20000;
  var ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#36;": "$", "&#96;": "`",
                  "&#92;": "\\", "&#123;": "{", "&#125;": "}"};
  /** @param {string} escaped text as render/escape.py escapes it @returns {string} the text itself */
  function unescape(escaped) {
    return escaped.indexOf("&") < 0 ? escaped : escaped.replace(/&(?:amp|lt|gt|quot|#x27|#36|#96|#92|#123|#125);/g,
                                                                function (e) { return ENTITIES[e]; });
  }
  var UNITS = {day: 1, week: 7, month: 30.4375, year: 365.25};

  /** @param {number} day days since 1970-01-01 @returns {string} YYYY-MM-DD */
  function iso(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  /** @param {string} text YYYY-MM-DD @returns {number} days since 1970-01-01, NaN if not a date */
  function dayOf(text) { return Math.floor(Date.parse(text + "T00:00:00Z") / DAY_MS); }
  /** @param {number} day @returns {string} "3 Jan 2021" */
  function words(day) {
    return new Date(day * DAY_MS).toLocaleDateString("en-GB", {day: "numeric", month: "short", year: "numeric",
                                                               timeZone: "UTC"});
  }
  /** @param {number} day @param {string} unit @param {number} n @returns {number} the day n units later */
  function advance(day, unit, n) {
    var d = new Date(day * DAY_MS);
    if (unit === "month") { d.setUTCMonth(d.getUTCMonth() + n); }
    else if (unit === "year") { d.setUTCFullYear(d.getUTCFullYear() + n); }
    else { d.setUTCDate(d.getUTCDate() + n * UNITS[unit]); }
    return Math.floor(d.getTime() / DAY_MS);
  }
  /** @param {string} tag @param {string} [className] @param {HTMLElement} [parent] @returns {any} */
  function make(tag, className, parent) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (parent) { parent.appendChild(el); }
    return el;
  }

  /**
   * The reader's controls: a histogram of incidents over time with a brush and a play button, facets with
   * counts, a search box, and the state in the URL's fragment. Every change recomputes which incidents are
   * shown and hands the canvas layers the mask; the legend counts what is shown.
   * @param {L.Map} map
   * @param {any} points the impact layer (canvas.js GeomapPoints)
   * @param {any} lines the trajectory layer (canvas.js GeomapLines)
   * @param {any} searchable the layers whose tooltips name places to search (targets, launch sites)
   */
  function controls(map, points, lines, searchable) {
    /**
     * `geomap.filter({from, to, outcome: [...], weapon: [...], ...})`: show the incidents of that window (dates
     * YYYY-MM-DD; either left out: open) whose facets hold one of the listed values (as the data writes them, or
     * as the filter box names them); a facet left out is open, and `filter({})` shows everything. A facet the
     * map carries no boxes for is an error. It also carries the controls' state: `ready`, `state()`, `shown`,
     * `total`, `setWindow`, `setHidden`.
     * @type {any}
     */
    var api = function (spec) { return api.set(spec || {}); };
    api.ready = null; api.state = null; api.shown = 0; api.total = 0; api.apply = null; api.setWindow = null;
    api.setHidden = null; api.set = null;
    window.geomap.filter = api;
    /** @returns {string[]} the ids of the incidents shown now */
    window.geomap.visible = function () { return api.visibleIds ? api.visibleIds() : []; };
    api.ready = points.ready.then(function () {
      var a = points.arrays, h = points.header, rows = h.rows;
      var starts = a.day_start, ends = a.day_end, dated = [];
      for (var i = 0; i < rows; i++) { if (starts[i] > -2147483648) { dated.push(i); } }
      var min = Infinity, max = -Infinity;
      dated.forEach(function (r) { min = Math.min(min, starts[r]); max = Math.max(max, ends[r]); });
      var state = {t0: min, t1: max, hidden: {}};
      var facets = h.facets || [];
      facets.forEach(function (f) { state.hidden[f.key] = {}; });
      var mask = new Uint8Array(rows);
      // An aggregated map's rows stand for several incidents each (their number in the "weights" array): every
      // count below adds them up. A plain map's rows are one incident each.
      /** @type {Uint32Array | null} */
      var weight = h.weights ? a[h.weights] : null;
      var total = 0;
      for (var w0 = 0; w0 < rows; w0++) { total += weight ? weight[w0] : 1; }
      api.total = total;

      // The histogram's bins: days, weeks, months or years, whichever gives at most 120 bars.
      var span = isFinite(min) ? max - min + 1 : 0;
      var unit = span <= 120 ? "day" : span <= 2 * 365 ? "week" : span <= 20 * 365 ? "month" : "year";

      var bar = make("div", "geomap-timebar", map.getContainer());
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.disableScrollPropagation(bar);
      var row = make("div", "geomap-timebar-row", bar);
      var play = make("button", "geomap-play", row);
      play.type = "button"; play.textContent = "\u25b6"; play.title = "Play: move the window through time";
      var mode = make("select", "geomap-mode", row);
      mode.title = "Window: a fixed span moves; cumulative: everything up to the date";
      ["window", "cumulative"].forEach(function (m) { var o = make("option", "", mode); o.value = m; o.textContent = m; });
      var step = make("select", "geomap-step", row);
      step.title = "How far each step of play moves";
      ["day", "week", "month", "year"].forEach(function (u) { var o = make("option", "", step); o.value = u; o.textContent = "by " + u; });
      step.value = unit === "day" ? "day" : unit === "week" ? "week" : "month";
      var label = make("span", "geomap-window", row);
      var all = make("button", "geomap-all", row);
      all.type = "button"; all.textContent = "All dates";
      var canvas = make("canvas", "geomap-histogram", bar);
      canvas.height = 48;
      if (!dated.length) { bar.style.display = "none"; }

      var legend = document.getElementById("geomap-legend");
      /** @type {HTMLElement | null} */
      var body = legend ? /** @type {HTMLElement | null} */ (legend.querySelector(".geomap-legend-body")) : null;
      // On a phone the legend starts folded to its title: the map comes first.
      if (body instanceof HTMLDetailsElement && window.matchMedia("(max-width: 700px)").matches) { body.open = false; }
      var count = legend ? legend.querySelector(".geomap-count") : null;
      // Filters, download and search fold with the legend (into its body).
      var holder = body || legend;
      var panel = holder ? make("details", "geomap-facets", holder) : null;
      var boxes = [];
      if (panel && facets.length) {
        make("summary", "", panel).textContent = "Filters";
        facets.forEach(function (f) {
          var set = make("fieldset", "", panel);
          make("legend", "", set).innerHTML = f.label;  // escaped by Python
          f.values.forEach(function (value, code) {
            var line = make("label", "geomap-facet", set);
            var box = make("input", "", line);
            box.type = "checkbox"; box.checked = true;
            box.dataset.facet = f.key; box.dataset.code = String(code);
            var text = make("span", "", line);
            text.innerHTML = value;  // escaped by Python
            var n = make("span", "geomap-facet-count", line);
            boxes.push({facet: f, code: code, box: box, n: n});
            box.addEventListener("change", function () {
              if (box.checked) { delete state.hidden[f.key][code]; } else { state.hidden[f.key][code] = true; }
              apply(true);
            });
          });
        });
      } else if (panel) { panel.remove(); panel = null; }

      // "Download shown": the rows of incidents.csv (the page carries their lines) that the filters show.
      var download = h.download || {available: false, limit: 0};
      var save = make("button", "geomap-download", holder || bar);
      save.type = "button";
      save.textContent = "Download shown (CSV)";
      if (!download.available) {
        save.disabled = true;
        save.title = (weight ? "This map draws its incidents aggregated" : "This map holds more than " + download.limit +
          " incidents") + ", too many to carry their rows: incidents.csv beside it has them all";
      }
      save.addEventListener("click", function () {
        /** @type {BlobPart[]} */
        var parts = ["\ufeff" + download.header];
        for (var r = 0; r < rows; r++) { if (mask[r]) { parts.push(a.csv_bytes.subarray(a.csv_start[r], a.csv_start[r + 1])); } }
        var link = make("a");
        link.href = URL.createObjectURL(new Blob(parts, {type: "text/csv;charset=utf-8"}));
        link.download = "incidents-shown.csv";
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      });

      // Search: the places of incidents, targets and launch sites (offered as you type), and incident ids (offered
      // too up to SEARCH_LIST_IDS incidents; beyond, an id typed in full is still found).
      var places = {};
      var search = make("input", "geomap-search", holder || bar);
      search.type = "search"; search.placeholder = "Find a place or an incident id";
      search.setAttribute("list", "geomap-search-list");
      var list = make("datalist", "", holder || bar);
      list.id = "geomap-search-list";
      var parser = new DOMParser();
      /** @param {string} html markup @returns {string} its text (parsed inert: nothing runs or loads) */
      function plain(html) { return (parser.parseFromString(html, "text/html").body.textContent || "").trim(); }
      /** @param {number} r @returns {L.LatLng} */
      function pointOf(r) { var loc = a.row_loc[r]; return L.latLng(a.lat[loc] / 1e7, a.lon[loc] / 1e7); }
      // A place name is dictionary-coded: the first incident of each code gives its point.
      var placeCodes = h.tip_place.codes ? a[h.tip_place.codes] : null, seenCode = {};
      for (var r = 0; r < rows; r++) {
        var code = placeCodes ? placeCodes[r] : r;
        if (seenCode[code]) { continue; }
        seenCode[code] = true;
        var name = unescape(h.tip_place.strings[code]);
        if (name && !places[name]) { places[name] = pointOf(r); }
      }
      if (rows <= SEARCH_LIST_IDS) {
        for (var i2 = 0; i2 < rows; i2++) { places[unescape(text(h.title, i2))] = pointOf(i2); }
      }
      (searchable || []).forEach(function (layer) {
        layer.eachLayer(function (marker) {
          var tip = marker.getTooltip && marker.getTooltip();
          if (tip) { places[plain(String(tip.getContent())).replace(/^[^:]*: /, "")] = marker.getLatLng(); }
        });
      });
      Object.keys(places).sort().forEach(function (name) { make("option", "", list).value = name; });
      search.addEventListener("change", function () {
        var target = places[search.value];
        if (!target) {
          var wanted = search.value.trim();
          for (var r = 0; r < rows && !target; r++) { if (unescape(text(h.title, r)) === wanted) { target = pointOf(r); } }
        }
        if (target) { map.flyTo(target, Math.max(map.getZoom(), 12)); }
      });
      L.DomEvent.disableClickPropagation(search);

      /** @param {any} entry a dictionary-coded text of the header @param {number} r */
      function text(entry, r) { return entry.strings[entry.codes ? a[entry.codes][r] : r]; }

      // The histogram's bars count every dated incident, whatever is shown: counted once.
      var bins = Math.max(1, Math.ceil(span / UNITS[unit])), barCounts = new Float64Array(bins), top = 1;
      for (var d = 0; d < dated.length; d++) {
        var rd = dated[d], bin = Math.min(bins - 1, Math.floor(((starts[rd] + ends[rd]) / 2 - min) / UNITS[unit]));
        barCounts[bin] += weight ? weight[rd] : 1;
        if (barCounts[bin] > top) { top = barCounts[bin]; }
      }

      function drawHistogram() {
        var width = canvas.clientWidth || 400;
        var context = canvas.getContext("2d");
        if (canvas.width !== width) { canvas.width = width; } else { context.clearRect(0, 0, width, canvas.height); }
        if (!dated.length) { return; }
        var counts = barCounts;
        var w = width / bins;
        for (var b = 0; b < bins; b++) {
          var day = min + b * UNITS[unit], inside = day + UNITS[unit] > state.t0 && day <= state.t1;
          context.fillStyle = inside ? "#555" : "#c8c8c8";
          var bh = Math.round((canvas.height - 4) * counts[b] / top);
          context.fillRect(b * w + 0.5, canvas.height - bh, Math.max(1, w - 1), bh);
        }
        context.fillStyle = "rgba(33, 102, 172, 0.15)";
        var x0 = (state.t0 - min) / span * width, x1 = (state.t1 + 1 - min) / span * width;
        context.fillRect(x0, 0, Math.max(2, x1 - x0), canvas.height);
      }

      function writeHash() {
        var parts = [];
        if (state.t0 !== min || state.t1 !== max) { parts.push("t=" + iso(state.t0) + ".." + iso(state.t1)); }
        var hidden = [];
        facets.forEach(function (f) {
          var codes = Object.keys(state.hidden[f.key]);
          if (codes.length) {
            hidden.push(f.key + ":" + codes.map(function (c) { return encodeURIComponent(plain(f.values[+c])); }).join("|"));
          }
        });
        if (hidden.length) { parts.push("hide=" + hidden.join(",")); }
        var c = map.getCenter();
        parts.push("view=" + map.getZoom() + "/" + c.lat.toFixed(5) + "/" + c.lng.toFixed(5));
        var hash = "#" + parts.join("&");
        if (location.hash !== hash) { history.replaceState(null, "", hash); }
      }

      function readHash() {
        var found = {view: null};
        location.hash.replace(/^#/, "").split("&").forEach(function (part) {
          var eq = part.indexOf("="), key = part.slice(0, eq), value = part.slice(eq + 1);
          if (key === "t") {
            var window2 = value.split("..").map(dayOf);
            if (window2.length === 2 && !isNaN(window2[0]) && !isNaN(window2[1])) {
              state.t0 = window2[0]; state.t1 = window2[1];
            }
          } else if (key === "hide") {
            facets.forEach(function (f) { state.hidden[f.key] = {}; });
            value.split(",").forEach(function (spec) {
              var colon = spec.indexOf(":"), f = facets.filter(function (x) { return x.key === spec.slice(0, colon); })[0];
              if (!f) { return; }
              spec.slice(colon + 1).split("|").forEach(function (name) {
                var text2 = name;
                try { text2 = decodeURIComponent(name); } catch (e) { /* a hand-edited %: taken as written */ }
                var code = codeOf(f, text2);
                if (code >= 0) { state.hidden[f.key][code] = true; }
              });
            });
          } else if (key === "view") {
            var v = value.split("/").map(Number);
            if (v.length === 3 && v.every(isFinite)) { found.view = v; }
          }
        });
        return found;
      }

      /**
       * Which incidents show, and each facet value's count: the incidents in the window that every other facet
       * lets through. One pass over the rows (a million incidents, a few facets: milliseconds per redraw).
       * @param {boolean} remember write the state into the URL
       */
      function apply(remember) {
        var shown = 0, shownRows = 0, counts = facets.map(function (f) { return new Uint32Array(f.values.length); });
        var codes = facets.map(function (f) { return a[f.codes]; }), nf = facets.length, t0 = state.t0, t1 = state.t1;
        // Each facet's hidden values as a flag per code: the loop below reads them a million times.
        var hidden = facets.map(function (f) {
          var flags = new Uint8Array(f.values.length);
          Object.keys(state.hidden[f.key]).forEach(function (c) { flags[+c] = 1; });
          return flags;
        });
        for (var r = 0; r < rows; r++) {
          mask[r] = 0;
          if (starts[r] > t1 || ends[r] < t0) { continue; }
          var failed = -1, failures = 0;
          for (var k = 0; k < nf; k++) {
            if (hidden[k][codes[k][r]]) { failed = k; failures++; if (failures > 1) { break; } }
          }
          var n = weight ? weight[r] : 1;
          if (failures === 0) {
            mask[r] = 1;
            shown += n;
            shownRows++;
            for (var f = 0; f < nf; f++) { counts[f][codes[f][r]] += n; }
          } else if (failures === 1) {
            counts[failed][codes[failed][r]] += n;  // what its own box would add if ticked
          }
        }
        points.setShown(shownRows === rows ? null : mask);
        lines.setShown(shownRows === rows ? null : mask);
        api.shown = shown;
        boxes.forEach(function (b) {
          // (only what changed: every text set lays the legend out again)
          setText(b.n, " (" + counts[facets.indexOf(b.facet)][b.code] + ")");
          var ticked = !state.hidden[b.facet.key][b.code];
          if (b.box.checked !== ticked) { b.box.checked = ticked; }
        });
        var days = state.t1 - state.t0 + 1;
        setText(label, isFinite(min) ? words(state.t0) + " \u2013 " + words(state.t1) + " (" + days + " day" +
          (days === 1 ? "" : "s") + ")" : "");
        if (count) { setText(count, shown === total ? total + " incidents" : shown + " of " + total + " incidents shown"); }
        drawHistogram();
        if (remember) { writeHash(); }
      }

      /** @param {Element} element @param {string} value its text, set only when it differs */
      function setText(element, value) { if (element.textContent !== value) { element.textContent = value; } }

      /** @param {number} x a pixel of the histogram @returns {number} the day there */
      function dayAt(x) { return Math.round(min + x / (canvas.clientWidth || 1) * span); }
      var dragFrom = null, pending = false;
      canvas.addEventListener("pointerdown", function (event) {
        dragFrom = dayAt(event.offsetX);
        canvas.setPointerCapture(event.pointerId);
      });
      canvas.addEventListener("pointermove", function (event) {
        if (dragFrom === null) { return; }
        var day = dayAt(event.offsetX);
        state.t0 = Math.max(min, Math.min(dragFrom, day)); state.t1 = Math.min(max, Math.max(dragFrom, day));
        // At most one redraw a frame: with a million incidents a redraw takes a fifth of a second.
        if (!pending) {
          pending = true;
          requestAnimationFrame(function () { pending = false; apply(false); });
        }
      });
      canvas.addEventListener("pointerup", function (event) {
        if (dragFrom === null) { return; }
        var day = dayAt(event.offsetX);
        if (day === dragFrom) { state.t0 = min; state.t1 = max; }  // a click without a drag: all dates
        dragFrom = null;
        apply(true);
      });
      all.addEventListener("click", function () { stop(); state.t0 = min; state.t1 = max; apply(true); });

      var timer = null;
      function stop() { if (timer) { clearInterval(timer); timer = null; } play.textContent = "\u25b6"; }
      function tick() {
        if (mode.value === "cumulative") {
          state.t0 = min;
          state.t1 = state.t1 >= max ? advance(min, step.value, 1) - 1 : Math.min(max, advance(state.t1, step.value, 1));
        } else {
          var width = state.t1 - state.t0;
          if (state.t0 === min && state.t1 === max) { width = advance(min, step.value, 1) - min - 1; state.t0 = min - 1; }
          state.t0 = advance(state.t0, step.value, 1);
          if (state.t0 > max) { state.t0 = min; }
          state.t1 = state.t0 + width;
        }
        apply(true);
      }
      play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        play.textContent = "\u275a\u275a";
        tick();
        timer = setInterval(tick, 900);
      });

      api.state = function () {
        var hidden = {};
        facets.forEach(function (f) { hidden[f.key] = Object.keys(state.hidden[f.key]).map(function (c) { return plain(f.values[+c]); }); });
        return {from: iso(state.t0), to: iso(state.t1), hidden: hidden};
      };
      api.apply = apply;
      api.setWindow = function (from, to) { state.t0 = dayOf(from); state.t1 = dayOf(to); apply(true); };
      /** @param {any} f a facet @param {string} value @returns {number} its code, -1 if it has none */
      function codeOf(f, value) {
        f.plain = f.plain || f.values.map(plain);  // the names as text, parsed once
        var code = f.plain.indexOf(value);
        return code >= 0 || !f.raw ? code : f.raw.indexOf(value);
      }
      api.set = function (spec) {
        var known = ["from", "to"].concat(h.facet_keys || []);
        Object.keys(spec).forEach(function (key) {
          if (known.indexOf(key) < 0) { throw new Error("geomap.filter: no facet '" + key + "' (" + known.join(", ") + ")"); }
          if (key !== "from" && key !== "to" && !facets.some(function (f) { return f.key === key; })) {
            throw new Error("geomap.filter: this map has no '" + key + "' filter (its data has one value, or more than the boxes can list)");
          }
        });
        var from = spec.from === undefined ? min : dayOf(spec.from), to = spec.to === undefined ? max : dayOf(spec.to);
        if (isNaN(from) || isNaN(to)) { throw new Error("geomap.filter: from and to are dates, YYYY-MM-DD"); }
        state.t0 = from; state.t1 = to;
        facets.forEach(function (f) {
          state.hidden[f.key] = {};
          var wanted = spec[f.key];
          if (wanted === undefined) { return; }
          var shown = {};
          wanted.forEach(function (/** @type {string} */ value) { var c = codeOf(f, String(value)); if (c >= 0) { shown[c] = true; } });
          f.values.forEach(function (/** @type {string} */ _, /** @type {number} */ c) { if (!shown[c]) { state.hidden[f.key][c] = true; } });
        });
        apply(true);
        return api.state();
      };
      api.visibleIds = function () {
        var ids = [];
        for (var r = 0; r < rows; r++) { if (mask[r]) { ids.push(unescape(text(h.title, r))); } }
        return ids;
      };
      api.setHidden = function (key, names) {
        var f = facets.filter(function (x) { return x.key === key; })[0];
        state.hidden[key] = {};
        names.forEach(function (name) { var c = codeOf(f, name); if (c >= 0) { state.hidden[key][c] = true; } });
        apply(true);
      };

      var restored = readHash();
      if (restored.view) { map.setView([restored.view[1], restored.view[2]], restored.view[0], {animate: false}); }
      apply(false);
      map.on("moveend", function () { writeHash(); });
      window.addEventListener("hashchange", function () {
        var v = readHash().view;
        if (v) { map.setView([v[1], v[2]], v[0], {animate: false}); }
        apply(false);
      });
      window.addEventListener("resize", drawHistogram);
      return api;
    });
  }

  /**
   * Show `groups` (borders, rivers and names) as soon as a basemap tile fails: offline, the map still says where
   * it is.
   * @param {L.Map} map
   * @param {L.LayerGroup[]} groups
   */
  function offlineContext(map, groups) {
    function failed() {
      groups.forEach(function (group) { if (!map.hasLayer(group)) { map.addLayer(group); } });
      window.geomap.offline = true;
    }
    map.eachLayer(function (layer) { if (layer instanceof L.TileLayer) { layer.once("tileerror", failed); } });
    map.on("baselayerchange", function (event) {
      if (event.layer instanceof L.TileLayer) { event.layer.once("tileerror", failed); }
    });
  }

  window.geomapPage = {offlineContext: offlineContext, graticule: graticule, declutter: declutter, fitView: fitView, publish: publish,
                       controls: controls};
})();
