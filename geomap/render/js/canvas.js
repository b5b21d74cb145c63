/* geomap's canvas layers: any number of incidents, trajectories and uncertainty circles on one <canvas>
 * per layer, with popups, tooltips and a grid for hit-testing.
 *
 * The data of a layer is one deflated, base64-encoded buffer written by geomap/render/packing.py:
 * typed arrays, then a JSON header that names them. Every string in the header is HTML that Python
 * already escaped; this code only joins such strings with its own constant markup.
 *
 * Points that share a position and an outcome are one dot (bigger when it stands for several); when more
 * dots than DETAIL_LIMIT are in view they are aggregated into cells of CELL pixels, and a click zooms in.
 */
(function () {
  "use strict";
  // (past 10,000 dots a view is a density more than a set of dots, and a redraw of each costs a tenth of a second)
  var DETAIL_LIMIT = 10000;
  // Past this many dots in view, dots are drawn without their outline and without their uncertainty circles:
  // at that density both are a blur, and drawing them doubles what the browser paints on each redraw.
  var OUTLINE_LIMIT = 5000;
  var CELL = 12;
  var GRID = 32;
  var LINE_HIT_LIMIT = 20000;
  var DASHED_LIMIT = 2000;
  var SKIP = 6;
  var TYPES = {u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array};
  var DEG = 1e7;  // coordinates are integers of 1e-7 degree (about 1 cm)

  function inflate(base64) {
    var text = atob(base64), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).arrayBuffer();
  }

  function unpack(buffer) {
    var view = new DataView(buffer);
    var at = view.getUint32(0, true), length = view.getUint32(4, true);
    var header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, length)));
    var arrays = {};
    Object.keys(header.arrays).forEach(function (name) {
      var spec = header.arrays[name];
      arrays[name] = new TYPES[spec[0]](buffer, spec[1], spec[2]);
    });
    withStrings(header, arrays);
    return {header: header, arrays: arrays};
  }

  /**
   * Each text column of the header ({text: [bytes, ends]}, render/packing.py text_column) as its `strings`: the
   * UTF-8 bytes of all its strings and where each ends, decoded once.
   * @param {any} node
   * @param {Object<string, any>} arrays
   */
  function withStrings(node, arrays) {
    if (Array.isArray(node)) {
      node.forEach(function (child) { withStrings(child, arrays); });
      return;
    }
    if (!node || typeof node !== "object") { return; }
    if (node.text) {
      var bytes = arrays[node.text[0]], ends = arrays[node.text[1]], decoder = new TextDecoder();
      var whole = decoder.decode(bytes), strings = new Array(ends.length), start = 0;
      var ascii = whole.length === bytes.length;  // one character a byte: slice the decoded text
      for (var i = 0; i < ends.length; i++) {
        strings[i] = ascii ? whole.slice(start, ends[i]) : decoder.decode(bytes.subarray(start, ends[i]));
        start = ends[i];
      }
      node.strings = strings;
    }
    Object.keys(node).forEach(function (key) {
      if (key !== "arrays" && key !== "strings") { withStrings(node[key], arrays); }
    });
  }

  /**
   * Polylines' integer coordinates from their packing (render/canvas.py second_differences): per line, the
   * first value, the first step, then each change of step.
   * @param {Int32Array} coded
   * @param {Uint32Array} starts where each line begins in `coded`, and the end
   * @returns {Int32Array}
   */
  function undifference(coded, starts) {
    var out = new Int32Array(coded.length);
    for (var l = 0; l < starts.length - 1; l++) {
      var s = starts[l], e = starts[l + 1], step = coded[s + 1];
      if (e <= s) { continue; }
      out[s] = coded[s];
      if (e - s === 1) { continue; }
      out[s + 1] = out[s] + step;
      for (var v = s + 2; v < e; v++) { step += coded[v]; out[v] = out[v - 1] + step; }
    }
    return out;
  }

  // Web Mercator in units of the world's width (0..1): Leaflet's pixel = unit * 256 * 2^zoom.
  function mercator(lonArray, latArray) {
    var n = lonArray.length, x = new Float64Array(n), y = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var lat = Math.max(Math.min(latArray[i] / DEG, 85.0511287798), -85.0511287798) * Math.PI / 180;
      x[i] = (lonArray[i] / DEG + 180) / 360;
      y[i] = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI);
    }
    return {x: x, y: y};
  }

  function Grid(width, height) {
    this.columns = Math.ceil(width / GRID) + 1;
    this.cells = new Array(this.columns * (Math.ceil(height / GRID) + 1));
  }
  Grid.prototype.add = function (item, x0, y0, x1, y1) {
    var rows = this.cells.length / this.columns;
    var c0 = Math.max(0, Math.floor(x0 / GRID)), c1 = Math.min(this.columns - 1, Math.floor(x1 / GRID));
    var r0 = Math.max(0, Math.floor(y0 / GRID)), r1 = Math.min(rows - 1, Math.floor(y1 / GRID));
    for (var r = r0; r <= r1; r++) {
      for (var c = c0; c <= c1; c++) {
        var k = r * this.columns + c;
        (this.cells[k] || (this.cells[k] = [])).push(item);
      }
    }
  };
  Grid.prototype.at = function (x, y) {
    var c = Math.floor(x / GRID), r = Math.floor(y / GRID);
    if (c < 0 || r < 0 || c >= this.columns) { return []; }
    return this.cells[r * this.columns + c] || [];
  };

  /** @type {typeof L.Layer} a Layer subclass: the prototype's onAdd/onRemove are called by the layers below */
  var CanvasLayer = L.Layer.extend({
    options: {pane: "overlayPane"},

    initialize: function (data, options) {
      L.setOptions(this, options);
      var self = this;
      this._grid = null;
      this.ready = inflate(data).then(function (buffer) {
        var unpacked = unpack(buffer);
        self.header = unpacked.header;
        self.arrays = unpacked.arrays;
        self._prepare();
        if (self._map) { self._redraw(); }
        return self;
      });
    },

    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "geomap-canvas leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      this.getPane().appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("click", this._onClick, this);
      map.on("mousemove", this._onMove, this);
      map.on("mouseout", this._hideTip, this);
      if (this.header) { this._redraw(); }
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("click", this._onClick, this);
      map.off("mousemove", this._onMove, this);
      map.off("mouseout", this._hideTip, this);
      this._hideTip();
      L.DomUtil.remove(this._canvas);
      this._canvas = null;
      this._grid = null;
    },

    _prepare: function () {},

    _redraw: function () {
      if (!this._map || !this._canvas || !this.header) { return; }
      var map = this._map, size = map.getSize(), ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      var width = Math.round(size.x * ratio), height = Math.round(size.y * ratio);
      var context = canvas.getContext("2d");
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
        canvas.style.width = size.x + "px";
        canvas.style.height = size.y + "px";
      } else {
        // The same size: cleared, not reallocated (a new backing store each redraw costs the browser a frame).
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, width, height);
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      var scale = 256 * Math.pow(2, map.getZoom());
      var origin = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
      this._view = {scale: scale, ox: origin.x, oy: origin.y, width: size.x, height: size.y};
      this._grid = new Grid(size.x, size.y);
      this._draw(context, this._view);
    },

    _tip: function (latlng, html) {
      if (!this._tooltip) {
        this._tooltip = L.tooltip({direction: "top", offset: [0, -8], className: "geomap-canvas-tip"});
      }
      this._tooltip.setLatLng(latlng).setContent(html);
      if (!this._map.hasLayer(this._tooltip)) { this._tooltip.addTo(this._map); }
      this._map.getContainer().style.cursor = "pointer";
      this._pointing = true;
    },

    _hideTip: function () {
      if (this._tooltip && this._map && this._map.hasLayer(this._tooltip)) { this._map.removeLayer(this._tooltip); }
      if (this._map && this._pointing) { this._map.getContainer().style.cursor = ""; }
      this._pointing = false;
    },

    _latlng: function (px, py) {
      return this._map.containerPointToLatLng([px, py]);
    }
  });

  // Whether an incident layer on `map` has a dot or cell at container point `p` (it then owns hover and click).
  function pointsAt(map, p) {
    var layers = map._geomapPointLayers || [];
    for (var i = 0; i < layers.length; i++) {
      var hits = layers[i]._hits(p);
      if (hits.groups.length || hits.cell) { return true; }
    }
    return false;
  }

  // -- incidents --------------------------------------------------------------------------------------
  var PointLayer = CanvasLayer.extend({
    detailLimit: DETAIL_LIMIT,

    onAdd: function (map) {
      (map._geomapPointLayers = map._geomapPointLayers || []).push(this);
      CanvasLayer.prototype.onAdd.call(this, map);
      map.off("click", this._onClick, this);
      // Clicks are taken in the capture phase: a dot is drawn over the target rings and areas (SVG), so a
      // click on it is the dot's, although Leaflet would hand it to the SVG shape under it first.
      this._capture = L.Util.bind(this._onCapturedClick, this);
      map.getContainer().addEventListener("click", this._capture, true);
    },

    onRemove: function (map) {
      map._geomapPointLayers = (map._geomapPointLayers || []).filter(function (l) { return l !== this; }, this);
      map.getContainer().removeEventListener("click", this._capture, true);
      CanvasLayer.prototype.onRemove.call(this, map);
    },

    _onCapturedClick: function (event) {
      var map = this._map;
      // What is drawn above the dots (markers, popups, controls) keeps its clicks; so does the end of a drag.
      if (!map || (event.target.closest && event.target.closest(
        ".leaflet-marker-pane, .leaflet-popup-pane, .leaflet-tooltip-pane, .leaflet-control"))) { return; }
      if (map.dragging && map.dragging.moved()) { return; }
      if (this._onClick({containerPoint: map.mouseEventToContainerPoint(event)})) { L.DomEvent.stop(event); }
    },

    _prepare: function () {
      var a = this.arrays;
      var projected = mercator(a.lon, a.lat);
      this._x = projected.x;
      this._y = projected.y;
      var rings = a.ring_start ? mercator(undifference(a.ring_lon, a.ring_start),
                                          undifference(a.ring_lat, a.ring_start)) : null;
      this._ringX = rings && rings.x;
      this._ringY = rings && rings.y;
      this.count = this.header.rows;
    },

    /**
     * Show only the incidents whose `mask[row]` is 1 (null: all of them); a dot counts only what it shows, and
     * an uncertainty circle hides with the last incident in it.
     * @param {Uint8Array | null} mask
     */
    setShown: function (mask) {
      var a = this.arrays, groups = a.group_loc.length;
      this._mask = mask;
      this._shown = null;
      this._ringShown = null;
      if (mask) {
        var shown = new Uint32Array(groups);
        for (var g = 0; g < groups; g++) {
          var n = 0;
          for (var i = a.group_start[g]; i < a.group_start[g + 1]; i++) { n += mask[a.order[i]]; }
          shown[g] = n;
        }
        var ringShown = new Uint8Array(a.ring_outcome.length + 1);
        for (var row = 0; row < mask.length; row++) { if (mask[row]) { ringShown[a.row_ring[row]] = 1; } }
        this._shown = shown;
        this._ringShown = ringShown;
      }
      if (this._map) { this._redraw(); }
    },

    // How many incidents group `g`'s dot stands for, of those shown.
    _size: function (g) {
      return this._shown ? this._shown[g] : this.arrays.group_start[g + 1] - this.arrays.group_start[g];
    },

    _radius: function (members) {
      return members > 1 ? Math.min(7 + 2 * Math.log2(members), 15) : 7;
    },

    _draw: function (context, view) {
      var a = this.arrays, h = this.header, groups = a.group_loc.length;
      var visible = [], px = new Float64Array(groups), py = new Float64Array(groups), margin = 20;
      for (var g = 0; g < groups; g++) {
        var loc = a.group_loc[g];
        var x = this._x[loc] * view.scale - view.ox, y = this._y[loc] * view.scale - view.oy;
        px[g] = x; py[g] = y;
        if (x > -margin && y > -margin && x < view.width + margin && y < view.height + margin && this._size(g)) {
          visible.push(g);
        }
      }
      this._px = px; this._py = py;
      if (visible.length > this.detailLimit) {
        this.mode = "aggregate";
        this._drawCells(context, view, visible);
        return;
      }
      this.mode = "detail";
      var outlined = visible.length <= OUTLINE_LIMIT;
      if (this._ringX && outlined) { this._drawRings(context, view); }
      var colours = h.colours;
      var byColour = colours.map(function () { return []; });
      visible.forEach(function (g) { byColour[a.group_outcome[g]].push(g); });
      context.lineWidth = 1;
      context.strokeStyle = h.outline;
      context.globalAlpha = 0.9;
      for (var c = 0; c < colours.length; c++) {
        if (!byColour[c].length) { continue; }
        context.beginPath();
        for (var i = 0; i < byColour[c].length; i++) {
          var k = byColour[c][i], r = this._radius(this._size(k));
          context.moveTo(px[k] + r, py[k]);
          context.arc(px[k], py[k], r, 0, 2 * Math.PI);
          this._grid.add(k, px[k] - r, py[k] - r, px[k] + r, py[k] + r);
        }
        context.fillStyle = colours[c];
        context.fill();
        if (outlined) {
          context.globalAlpha = 1;
          context.stroke();
          context.globalAlpha = 0.9;
        }
      }
      context.globalAlpha = 1;
    },

    // The uncertainty circles: one path per outcome colour, filled and outlined once (a redraw of tens of
    // thousands of circles is a handful of canvas calls, not two per circle).
    _drawRings: function (context, view) {
      var a = this.arrays, h = this.header, rings = a.ring_outcome.length;
      var paths = h.colours.map(function () { return null; });
      for (var r = 0; r < rings; r++) {
        if (this._ringShown && !this._ringShown[r]) { continue; }
        var start = a.ring_start[r], end = a.ring_start[r + 1];
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (var v = start; v < end; v++) {
          var x = this._ringX[v] * view.scale - view.ox, y = this._ringY[v] * view.scale - view.oy;
          if (x < x0) { x0 = x; } if (x > x1) { x1 = x; } if (y < y0) { y0 = y; } if (y > y1) { y1 = y; }
        }
        if (x1 < 0 || y1 < 0 || x0 > view.width || y0 > view.height || x1 - x0 < 6) { continue; }
        var path = paths[a.ring_outcome[r]] || (paths[a.ring_outcome[r]] = new Path2D());
        path.moveTo(this._ringX[start] * view.scale - view.ox, this._ringY[start] * view.scale - view.oy);
        for (var p = start + 1; p < end; p++) {
          path.lineTo(this._ringX[p] * view.scale - view.ox, this._ringY[p] * view.scale - view.oy);
        }
        path.closePath();
      }
      context.lineWidth = 1;
      for (var c = 0; c < paths.length; c++) {
        if (!paths[c]) { continue; }
        context.fillStyle = h.colours[c];
        context.strokeStyle = h.colours[c];
        context.globalAlpha = 0.08;
        context.fill(paths[c]);
        context.globalAlpha = 0.5;
        context.stroke(paths[c]);
      }
      context.globalAlpha = 1;
    },

    _drawCells: function (context, view, visible) {
      var a = this.arrays, h = this.header, outcomes = h.colours.length;
      // Sums per cell of the screen in flat typed arrays (a Map of objects cost a quarter of a second a redraw
      // at 100,000 incidents); the cells that hold any become objects, in the order they were first met.
      var columns = Math.ceil(view.width / CELL) + 8, count = columns * (Math.ceil(view.height / CELL) + 8);
      var sumN = new Float64Array(count), sumX = new Float64Array(count), sumY = new Float64Array(count);
      var by = new Float64Array(count * outcomes), met = [];
      for (var i = 0; i < visible.length; i++) {
        var g = visible[i], x = this._px[g], y = this._py[g];
        var key = Math.floor(y / CELL + 4) * columns + Math.floor(x / CELL + 4);
        var n = this._size(g);
        if (!sumN[key]) { met.push(key); }
        sumN[key] += n; sumX[key] += x * n; sumY[key] += y * n; by[key * outcomes + a.group_outcome[g]] += n;
      }
      var list = met.map(function (key) {
        return {n: sumN[key], x: sumX[key], y: sumY[key], top: 0,
                by: Array.prototype.slice.call(by.subarray(key * outcomes, (key + 1) * outcomes))};
      });
      this._cells = list;
      // One path per colour (a cell takes its most frequent outcome's), filled once, over a rim: a disc half a
      // pixel wider in the outline colour, one path for all cells (a fill costs the browser far less to paint
      // than the stroke of thousands of circles).
      var paths = h.colours.map(function () { return null; }), rim = new Path2D();
      for (var c = 0; c < list.length; c++) {
        var cell = list[c], top = 0;
        for (var o = 1; o < outcomes; o++) { if (cell.by[o] > cell.by[top]) { top = o; } }
        cell.x /= cell.n; cell.y /= cell.n; cell.top = top;
        var r = Math.min(2.5 + 1.5 * Math.log10(cell.n), 6);
        var path = paths[top] || (paths[top] = new Path2D());
        path.moveTo(cell.x + r, cell.y);
        path.arc(cell.x, cell.y, r, 0, 2 * Math.PI);
        rim.moveTo(cell.x + r + 0.5, cell.y);
        rim.arc(cell.x, cell.y, r + 0.5, 0, 2 * Math.PI);
        this._grid.add(-1 - c, cell.x - r, cell.y - r, cell.x + r, cell.y + r);
      }
      context.fillStyle = h.outline;
      context.fill(rim);
      for (var k = 0; k < paths.length; k++) {
        if (!paths[k]) { continue; }
        context.fillStyle = h.colours[k];
        context.fill(paths[k]);
      }
    },

    // The drawn items under a container point: [group, ...] nearest first, or an aggregated cell.
    _hits: function (point) {
      if (!this._grid) { return {groups: [], cell: null}; }
      var items = this._grid.at(point.x, point.y), groups = [], best = null, bestDistance = Infinity;
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        if (item < 0) {
          var cell = this._cells[-1 - item], d = Math.hypot(cell.x - point.x, cell.y - point.y);
          if (d <= 8 && d < bestDistance) { best = cell; bestDistance = d; }
          continue;
        }
        var r = this._radius(this._size(item));
        var distance = Math.hypot(this._px[item] - point.x, this._py[item] - point.y);
        if (distance <= r + 1) { groups.push([distance, item]); }
      }
      groups.sort(function (p, q) { return p[0] - q[0] || p[1] - q[1]; });
      return {groups: groups.map(function (p) { return p[1]; }), cell: best};
    },

    members: function (groups) {
      var a = this.arrays, rows = [], mask = this._mask;
      groups.forEach(function (g) {
        for (var i = a.group_start[g]; i < a.group_start[g + 1]; i++) {
          if (!mask || mask[a.order[i]]) { rows.push(a.order[i]); }
        }
      });
      return rows;
    },

    _text: function (field, row) {
      var codes = field.codes ? this.arrays[field.codes] : null;
      return field.strings[codes ? codes[row] : row];
    },

    popupHtml: function (row) {
      var h = this.header, html = "";
      for (var f = 0; f < h.fields.length; f++) {
        var value = this._text(h.fields[f], row);
        if (value) { html += "<tr><th>" + h.fields[f].label + "</th><td>" + value + "</td></tr>"; }
      }
      return '<div class="geomap-popup"><b>' + this._text(h.title, row) + "</b><table>" + html + "</table></div>";
    },

    tooltipHtml: function (row) {
      var h = this.header;
      return this._text(h.tip_date, row) + " " + this._text(h.tip_place, row) + ": " +
        h.outcomes[this.arrays.outcome[row]];
    },

    _location: function (row) {
      var loc = this.arrays.row_loc[row];
      return L.latLng(this.arrays.lat[loc] / DEG, this.arrays.lon[loc] / DEG);
    },

    // Opens the popup of `rows` (incident indexes) at the first one's point, with a pager when several.
    openRows: function (rows, latlng) {
      var self = this, index = 0, box = L.DomUtil.create("div", "geomap-popup-pages");
      var body = L.DomUtil.create("div", "", box);
      function show() {
        body.innerHTML = self.popupHtml(rows[index]);
        if (rows.length > 1) {
          var nav = L.DomUtil.create("div", "geomap-pager", body);
          var back = L.DomUtil.create("button", "", nav), next;
          back.type = "button"; back.textContent = "\u2039"; back.title = "previous incident here";
          var where = L.DomUtil.create("span", "", nav);
          where.textContent = (index + 1) + " of " + rows.length + " incidents here";
          next = L.DomUtil.create("button", "", nav);
          next.type = "button"; next.textContent = "\u203a"; next.title = "next incident here";
          L.DomEvent.on(back, "click", function (e) {
            L.DomEvent.stop(e); index = (index + rows.length - 1) % rows.length; show(); });
          L.DomEvent.on(next, "click", function (e) { L.DomEvent.stop(e); index = (index + 1) % rows.length; show(); });
        }
      }
      show();
      this._popup = L.popup({maxWidth: 360}).setLatLng(latlng || this._location(rows[0])).setContent(box);
      this._popup.openOn(this._map);
      return this._popup;
    },

    // The row of incident `id` (its title), or -1.
    find: function (id) {
      var title = this.header.title, strings = title.strings, codes = title.codes ? this.arrays[title.codes] : null;
      for (var row = 0; row < this.count; row++) {
        if (strings[codes ? codes[row] : row] === id) { return row; }
      }
      return -1;
    },

    openIncident: function (id) {
      var row = typeof id === "number" ? id : this.find(id);
      return row < 0 ? null : this.openRows([row]);
    },

    // Opens the popup of the dots under the point, or zooms in on a cell; false when nothing is there.
    _onClick: function (event) {
      var hits = this._hits(event.containerPoint);
      if (hits.groups.length) {
        var first = hits.groups[0], loc = this.arrays.group_loc[first];
        this._hideTip();
        this.openRows(this.members(hits.groups), L.latLng(this.arrays.lat[loc] / DEG, this.arrays.lon[loc] / DEG));
        return true;
      }
      if (hits.cell) {
        var map = this._map;
        this._hideTip();
        map.setView(this._latlng(hits.cell.x, hits.cell.y), Math.min(map.getZoom() + 2, map.getMaxZoom()));
        return true;
      }
      return false;
    },

    _onMove: function (event) {
      var hits = this._hits(event.containerPoint), h = this.header;
      if (hits.groups.length) {
        var rows = this.members(hits.groups);
        var more = rows.length > 1 ? " <i>(+" + (rows.length - 1) + " more here)</i>" : "";
        var loc = this.arrays.group_loc[hits.groups[0]];
        this._tip(L.latLng(this.arrays.lat[loc] / DEG, this.arrays.lon[loc] / DEG), this.tooltipHtml(rows[0]) + more);
      } else if (hits.cell) {
        var parts = [];
        for (var o = 0; o < h.colours.length; o++) {
          if (hits.cell.by[o]) { parts.push(hits.cell.by[o] + " " + h.outcome_labels[o].toLowerCase()); }
        }
        this._tip(this._latlng(hits.cell.x, hits.cell.y),
                  hits.cell.n + " incident" + (hits.cell.n > 1 ? "s" : "") + " (" + parts.join(", ") +
                  ")<br><i>click to zoom in</i>");
      } else {
        this._hideTip();
      }
    }
  });

  // -- trajectories -----------------------------------------------------------------------------------
  var LineLayer = CanvasLayer.extend({
    _prepare: function () {
      var a = this.arrays, lines = a.start.length - 1;
      var projected = mercator(undifference(a.lon, a.start), undifference(a.lat, a.start));
      this._x = projected.x; this._y = projected.y;
      var box = new Float64Array(lines * 4);
      for (var l = 0; l < lines; l++) {
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (var v = a.start[l]; v < a.start[l + 1]; v++) {
          x0 = Math.min(x0, this._x[v]); x1 = Math.max(x1, this._x[v]);
          y0 = Math.min(y0, this._y[v]); y1 = Math.max(y1, this._y[v]);
        }
        box[4 * l] = x0; box[4 * l + 1] = y0; box[4 * l + 2] = x1; box[4 * l + 3] = y1;
      }
      this._box = box;
      this.count = lines;
    },

    /**
     * Show only the lines of which at least one incident has `mask[row]` 1 (null: every line).
     * @param {Uint8Array | null} mask
     */
    setShown: function (mask) {
      var a = this.arrays;
      this._lineShown = null;
      if (mask && a.rows_start) {
        var shown = new Uint8Array(this.count);
        for (var l = 0; l < this.count; l++) {
          for (var i = a.rows_start[l]; i < a.rows_start[l + 1]; i++) { if (mask[a.rows[i]]) { shown[l] = 1; break; } }
        }
        this._lineShown = shown;
      }
      if (this._map) { this._redraw(); }
    },

    _draw: function (context, view) {
      var a = this.arrays, h = this.header, box = this._box, drawn = [];
      for (var l = 0; l < this.count; l++) {
        if (this._lineShown && !this._lineShown[l]) { continue; }
        var x0 = box[4 * l] * view.scale - view.ox, y0 = box[4 * l + 1] * view.scale - view.oy;
        var x1 = box[4 * l + 2] * view.scale - view.ox, y1 = box[4 * l + 3] * view.scale - view.oy;
        if (!(x1 < 0 || y1 < 0 || x0 > view.width || y0 > view.height)) { drawn.push(l); }
      }
      context.strokeStyle = h.colour;
      // Dashes, as on a small map, while they stay legible and cheap; a mass of lines is drawn plain, faint and
      // one pixel wide (the browser paints one-pixel lines three to four times faster than its wider ones).
      context.lineWidth = drawn.length <= DASHED_LIMIT ? h.weight : 1;
      context.setLineDash(drawn.length <= DASHED_LIMIT ? h.dash : []);
      context.globalAlpha = drawn.length <= DASHED_LIMIT ? 0.9 : 0.5;
      context.beginPath();
      for (var i = 0; i < drawn.length; i++) {
        var line = drawn[i], start = a.start[line], end = a.start[line + 1];
        var lx = this._x[start] * view.scale - view.ox, ly = this._y[start] * view.scale - view.oy;
        context.moveTo(lx, ly);
        for (var v = start + 1; v < end; v++) {
          var vx = this._x[v] * view.scale - view.ox, vy = this._y[v] * view.scale - view.oy;
          // Vertices closer than SKIP px to the last one drawn add nothing visible: the geodesic bends too
          // little over a few pixels. The last vertex is always drawn.
          if (v === end - 1 || Math.abs(vx - lx) + Math.abs(vy - ly) >= SKIP) { context.lineTo(vx, vy); lx = vx; ly = vy; }
        }
        // Many short strokes rasterize far faster than one path with hundreds of thousands of vertices.
        if (i % 50 === 49) { context.stroke(); context.beginPath(); }
      }
      context.stroke();
      context.globalAlpha = 1;
      context.setLineDash([]);
      this._drawnLines = drawn;
      if (drawn.length > LINE_HIT_LIMIT) { return; }
      for (var i = 0; i < drawn.length; i++) {
        var line = drawn[i];
        for (var s = a.start[line]; s < a.start[line + 1] - 1; s++) {
          var ax = this._x[s] * view.scale - view.ox, ay = this._y[s] * view.scale - view.oy;
          var bx = this._x[s + 1] * view.scale - view.ox, by = this._y[s + 1] * view.scale - view.oy;
          this._grid.add(s, Math.min(ax, bx) - 4, Math.min(ay, by) - 4, Math.max(ax, bx) + 4, Math.max(ay, by) + 4);
        }
      }
    },

    _segmentLine: function (segment) {
      var start = this.arrays.start, low = 0, high = start.length - 2;
      while (low < high) {
        var mid = (low + high + 1) >> 1;
        if (start[mid] <= segment) { low = mid; } else { high = mid - 1; }
      }
      return low;
    },

    _onMove: function (event) {
      if (!this._grid) { return; }
      var p = event.containerPoint, view = this._view, items = this._grid.at(p.x, p.y), best = -1, bestD = 5;
      if (pointsAt(this._map, p)) { this._hideTip(); return; }  // an incident under the mouse has the say
      for (var i = 0; i < items.length; i++) {
        var s = items[i];
        var ax = this._x[s] * view.scale - view.ox, ay = this._y[s] * view.scale - view.oy;
        var bx = this._x[s + 1] * view.scale - view.ox, by = this._y[s + 1] * view.scale - view.oy;
        var dx = bx - ax, dy = by - ay, t = dx || dy ? ((p.x - ax) * dx + (p.y - ay) * dy) / (dx * dx + dy * dy) : 0;
        t = Math.max(0, Math.min(1, t));
        var d = Math.hypot(ax + t * dx - p.x, ay + t * dy - p.y);
        if (d < bestD) { bestD = d; best = s; }
      }
      if (best < 0) { this._hideTip(); return; }
      var line = this._segmentLine(best);
      this._tip(event.latlng, this.header.tips[line]);
    },

    _onClick: function () {}
  });

  L.GeomapPoints = PointLayer;
  L.GeomapLines = LineLayer;
})();
