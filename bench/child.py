"""One build in its own process, so its time and peak memory are its own: `python -m bench.child APPROACH N CSV OUT`.

Prints one JSON line: seconds per stage, the HTML's size and the process's peak resident memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mib() -> float:
    """This process's peak resident memory: VmHWM, which a new program starts afresh. (ru_maxrss carries over
    from the parent through fork and exec, so a child of a big parent would report the parent's peak.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TreePeak:
    """The peak of this process's memory plus its children's (the build's second process), sampled every 20 ms
    from /proc while a build runs: a child's memory is the build's too (see _pss_kib). Never below this
    process's own VmHWM."""

    def __init__(self) -> None:
        import threading

        self.peak_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def mib(self) -> float:
        return max(self.peak_kib / 1024, _peak_mib())

    def _sample(self) -> None:
        import os

        me = os.getpid()
        while not self._done.wait(0.02):
            total = 0
            for pid in [me, *_children(me)]:
                total += _pss_kib(pid)
            self.peak_kib = max(self.peak_kib, total)


def _children(pid: int) -> list[int]:
    """Every descendant of `pid`."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
            direct = [int(p) for p in listing.read().split()]
    except OSError:
        return []
    return [*direct, *(d for c in direct for d in _children(c))]


def _pss_kib(pid: int) -> int:
    """The memory `pid` holds, its shared pages divided among the processes that share them (Pss): a forked
    second process shares the build's pages until either writes to them, and counting them in both (VmRSS)
    would count memory that exists once twice."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def geomap_build(csv: Path, out: Path) -> dict[str, float]:
    import pyogrio

    from geomap.export import write_geopackage
    from geomap.gazetteer import Gazetteer
    from geomap.geocode import Geocoder
    from geomap.incidents import load_incidents
    from geomap.layers import build_layers
    from geomap.render import MapOptions, render_map

    times: dict[str, float] = {}
    start = time.perf_counter()
    gazetteer = Gazetteer.load()
    frame = load_incidents(csv, geocoder=Geocoder(gazetteer))
    times["read_validate_geocode_s"] = time.perf_counter() - start
    start = time.perf_counter()
    layers = build_layers(frame, gazetteer)
    times["layers_s"] = time.perf_counter() - start
    start = time.perf_counter()
    render_map(layers, out / "map.html", MapOptions(title=f"{len(frame)} synthetic incidents",
                                                    reference_places=gazetteer.places))
    times["html_s"] = time.perf_counter() - start
    start = time.perf_counter()
    write_geopackage(layers, out / "incidents.gpkg", names=["incidents"])
    times["gpkg_s"] = time.perf_counter() - start
    start = time.perf_counter()
    pyogrio.write_dataframe(frame, out / "raw.gpkg", layer="incidents", driver="GPKG", use_arrow=True)
    times["gpkg_raw_pyogrio_s"] = time.perf_counter() - start
    frame.to_parquet(out / "frame.parquet")  # the peers draw the same geocoded incidents
    times["first_point"] = [float(frame["latitude"].iloc[0]), float(frame["longitude"].iloc[0])]
    return times


NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"


def _timeline(frame) -> dict:
    """The incidents as GeoJSON features with the interval of days each may have happened on (timespan, the
    map's own intervals) as Leaflet.timeline's `start` and `end`, in milliseconds."""
    from geomap.timespan import day_intervals

    starts, ends = day_intervals(frame)
    day_ms = 86_400_000
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"id": str(i), "outcome": str(o), "start": int(s) * day_ms,
                                "end": (int(e) + 1) * day_ms}}
                for i, lon, lat, o, s, e in zip(frame["id"], frame["longitude"], frame["latitude"], frame["outcome"],
                                                starts, ends, strict=True)]
    return {"type": "FeatureCollection", "features": features}


def _folium_page(fmap, out: Path) -> None:
    """Save a folium map with Leaflet, jQuery and MarkerCluster inlined (the peers must work offline too)."""
    import re

    import xstatic.pkg.jquery
    import xstatic.pkg.leaflet
    import xstatic.pkg.leaflet_markercluster

    local = {"leaflet.js": Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js",
             "leaflet.css": Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.css",
             "jquery": Path(xstatic.pkg.jquery.BASE_DIR) / "jquery.min.js",
             "leaflet.markercluster.js": Path(xstatic.pkg.leaflet_markercluster.BASE_DIR) / "leaflet.markercluster.js",
             "MarkerCluster.css": Path(xstatic.pkg.leaflet_markercluster.BASE_DIR) / "MarkerCluster.css",
             "MarkerCluster.Default.css":
                 Path(xstatic.pkg.leaflet_markercluster.BASE_DIR) / "MarkerCluster.Default.css",
             # folium's Timeline: the versions it names, from npm (package.json; `make bench` installs them)
             "leaflet.timeline": NODE_MODULES / "leaflet.timeline" / "dist" / "leaflet.timeline.js",
             "moment": NODE_MODULES / "moment" / "min" / "moment.min.js"}
    page = fmap.get_root().render()

    def script(match: re.Match[str]) -> str:
        url = match.group(1)
        for name, path in local.items():
            if name in url and url.endswith(".js"):
                return "<script>" + path.read_text(encoding="utf-8") + "</script>"
        return ""  # Bootstrap, Font Awesome, awesome-markers: not needed by these maps

    def style(match: re.Match[str]) -> str:
        url = match.group(1)
        for name, path in local.items():
            if url.endswith(name) and name.endswith(".css"):
                return "<style>" + path.read_text(encoding="utf-8") + "</style>"
        return ""

    page = re.sub(r'<script src="([^"]+)"></script>', script, page)
    page = re.sub(r'<link rel="stylesheet" href="([^"]+)"/>', style, page)
    (out / "map.html").write_text(page, encoding="utf-8")


def peer_build(approach: str, out: Path, frame_path: Path) -> dict[str, float]:
    import folium
    import geopandas
    from folium.plugins import FastMarkerCluster

    from geomap.render.popups import incident_popup

    frame = geopandas.read_parquet(frame_path)
    start = time.perf_counter()
    bounds = [[frame["latitude"].min(), frame["longitude"].min()], [frame["latitude"].max(), frame["longitude"].max()]]
    if approach == "folium-circlemarker":
        fmap = folium.Map(tiles=None)
        for row in frame.to_dict("records"):
            folium.CircleMarker((row["latitude"], row["longitude"]), radius=7, fill=True,
                                popup=folium.Popup(incident_popup(row), max_width=360)).add_to(fmap)
    elif approach == "folium-geojson-canvas":
        fmap = folium.Map(tiles=None, prefer_canvas=True)
        fields = ["id", "date_text", "place", "direction", "weapon", "count", "outcome", "damage", "source", "notes"]
        data = frame[[*fields, "geometry"]].copy()
        data["count"] = data["count"].astype("float")
        folium.GeoJson(data, marker=folium.CircleMarker(radius=7, fill=True),
                       popup=folium.GeoJsonPopup(fields=fields)).add_to(fmap)
    elif approach == "folium-timeline":
        from folium.plugins import Timeline, TimelineSlider
        from folium.utilities import JsCode

        fmap = folium.Map(tiles=None, prefer_canvas=True)
        timeline = Timeline(_timeline(frame), point_to_layer=JsCode(
            "function (feature, latlng) { return L.circleMarker(latlng, {radius: 7}); }")).add_to(fmap)
        TimelineSlider(auto_play=False).add_timelines(timeline).add_to(fmap)
    elif approach == "folium-fastmarkercluster":
        fmap = folium.Map(tiles=None)
        FastMarkerCluster(frame[["latitude", "longitude"]].to_numpy().tolist()).add_to(fmap)
    else:
        raise SystemExit(f"unknown approach {approach}")
    fmap.fit_bounds(bounds)
    _folium_page(fmap, out)
    return {"html_s": time.perf_counter() - start}


def whole_build(csv: Path, out: Path, engine: str) -> dict[str, float]:
    """`geomap build` with every output (--tiles none), as a user runs it, on one engine ("stream@500000": with
    --map-limit 500000)."""
    from geomap.build import build

    engine, _, limit = engine.partition("@")
    start = time.perf_counter()
    result = build([csv], out, engine=engine, tiles=["none"], map_limit=int(limit) if limit else None)
    return {"build_s": time.perf_counter() - start, "incidents": result.incidents}


def raw_floor(csv: Path, out: Path) -> dict[str, float]:
    """The floor of the issue: the same CSV read by pandas and written as a GeoPackage by pyogrio, points where the
    rows give coordinates."""
    import geopandas
    import pandas as pd
    import pyogrio

    start = time.perf_counter()
    frame = pd.read_csv(csv, dtype=str, keep_default_na=False)
    points = geopandas.points_from_xy(pd.to_numeric(frame["longitude"], errors="coerce"),
                                      pd.to_numeric(frame["latitude"], errors="coerce"), crs="EPSG:4326")
    pyogrio.write_dataframe(geopandas.GeoDataFrame(frame, geometry=points), out / "raw.gpkg", layer="incidents",
                            driver="GPKG", use_arrow=True)
    return {"build_s": time.perf_counter() - start, "incidents": len(frame)}


def main() -> None:
    approach, csv, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    if approach == "raw" or approach.startswith("whole-"):
        with TreePeak() as peak:
            result = raw_floor(csv, out) if approach == "raw" else whole_build(csv, out,
                                                                               approach.removeprefix("whole-"))
        result["peak_mib"] = peak.mib()
        print(json.dumps(result))
        return
    result = geomap_build(csv, out) if approach == "geomap" else peer_build(approach, out, Path(sys.argv[4]))
    result["html_mib"] = (out / "map.html").stat().st_size / 2**20
    result["peak_mib"] = _peak_mib()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
