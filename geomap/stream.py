"""The stream engine: inputs larger than memory, checked, placed and written a part at a time.

Pass 1 reads the name columns of every part (place, target, launch_site with country and admin1) and
resolves each distinct name once, in the context of the whole input, as the default engine does. Pass 2
places each part (bulk.PartPlacer), computes its per-incident layers (uncertainty circles, trajectories)
and appends them to staged files; the places' layers (targets, rings, context) are computed once at the end
from the counts. A part with problems stops the writing, not the checking: every problem of every part is
reported and nothing is published (the build's staging folder is removed).

Memory is what one part costs, plus the map: up to `map_limit` incidents the map is the default engine's
(read back from the GeoParquet); beyond, it draws the incidents aggregated (see `aggregate`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import parts
from .aggregate import Aggregates
from .bulk import NAME_COLUMNS, PartPlacer
from .errors import DataError, Problem
from .gazetteer import Gazetteer
from .geocode import Geocoder
from .incidents import COLUMNS, COMPUTED_COLUMNS, _carried
from .memory import release_freed
from .review import GeocodingReport, NameUse, Result, resolve_uses
from .tables import Table

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

_LOG = logging.getLogger(__name__)

#: Incidents a map draws one by one; beyond, it draws them aggregated (the page's size and the browser's memory).
MAP_LIMIT = 1_000_000


def scan_names(paths: Sequence[Path], fmt: str | None, problems: list[Problem],
               rows: int = parts.PART_ROWS) -> tuple[list[NameUse], list[str]]:
    """Pass 1: every distinct name use of the input in the order rows first use them (place before target before
    launch site within a row), and the extra columns of every file, in the order they travel."""
    return merge_uses(names_of_table(table) for _, table in parts.tables(paths, fmt, problems, rows))


def merge_uses(found: Iterable[tuple[list[NameUse], list[str]]]) -> tuple[list[NameUse], list[str]]:
    """The name uses and extra columns of the parts (in the input's order) as those of the whole input."""
    uses: dict[tuple[str, str, str], NameUse] = {}
    extra: list[str] = []
    for part_uses, part_extra in found:
        for use in part_uses:
            uses.setdefault(use.key, use)
        extra += part_extra
    return list(uses.values()), _carried(extra)


def names_of_table(table: Table) -> tuple[list[NameUse], list[str]]:
    """One part's distinct name uses, in the order its rows first use them, and its extra columns. A row whose
    country is not one is also listed without it, as the row checks read it (its problem is the country's)."""
    import pandas as pd

    from .countries import country_code

    extra = [c for c in table.columns if c not in COLUMNS and c not in COMPUTED_COLUMNS]
    country, admin1 = table.column("country"), table.column("admin1")
    found = []
    for index, column in enumerate(NAME_COLUMNS):
        keys = pd.DataFrame({"name": table.column(column).to_numpy(dtype=object),
                             "country": country.to_numpy(dtype=object), "admin1": admin1.to_numpy(dtype=object)})
        keys = keys[keys["name"] != ""].drop_duplicates()
        found.append(pd.DataFrame({"position": keys.index.to_numpy(), "column": index, "name": keys["name"],
                                   "country": keys["country"], "admin1": keys["admin1"]}))
    firsts = pd.concat(found, ignore_index=True).sort_values(["position", "column"], kind="stable")
    known: dict[str, bool] = {}
    uses: dict[tuple[str, str, str], NameUse] = {}
    for name, column, country_text, admin1_text in zip(firsts["name"].tolist(), firsts["column"].tolist(),
                                                       firsts["country"].tolist(), firsts["admin1"].tolist(),
                                                       strict=True):
        uses.setdefault((name, country_text, admin1_text),
                        NameUse(name, NAME_COLUMNS[int(column)], country_text, admin1_text))
        if country_text and not known.setdefault(country_text, country_code(country_text) is not None):
            uses.setdefault((name, "", admin1_text), NameUse(name, NAME_COLUMNS[int(column)], "", admin1_text))
    return list(uses.values()), extra


@dataclass
class StreamResult:
    incidents: int
    layers: dict[str, int]
    report: GeocodingReport
    aggregated: bool


@dataclass
class Prepared:
    """Pass 1's answers, which every part is placed with."""

    results: dict[tuple[str, str, str], Result]
    report: GeocodingReport
    carried: list[str]


def prepare(uses: Sequence[NameUse], carried: list[str], geocoder: Geocoder, *, countries: Sequence[str],
            within: str | None) -> Prepared:
    """Every distinct name resolved in the context of the whole input, registered in a report whose name flags
    (those that follow from the answers alone) are set."""
    results = resolve_uses(geocoder, uses, countries=countries, within=within)
    report = GeocodingReport()
    for use in uses:
        report.register(use, results[use.key])
    report.finish()
    return Prepared(results, report, carried)


@dataclass
class PartSummary:
    """What one part wrote (files in the parts folder, named by its index) and what the end needs of it."""

    index: int
    incidents: int = 0
    place_ids: set[str] = field(default_factory=set)
    targets: Counter[str] = field(default_factory=Counter)
    launches: Counter[str] = field(default_factory=Counter)
    box: tuple[float, float, float, float] | None = None
    cells: pd.DataFrame | None = None

    def take_cells(self) -> pd.DataFrame:
        """The part's aggregates, handed over once (the summary does not keep them)."""
        cells, self.cells = self.cells, None
        assert cells is not None
        return cells


PART_LAYERS = ("incidents", "uncertainty", "trajectories")


def part_file(folder: Path, kind: str, index: int) -> Path:
    """The file of one part: a layer as GeoParquet, or the part's lines of incidents.csv / incidents.geojson."""
    suffix = {"csv": "csv.txt", "geojson": "geojson.txt"}.get(kind, "parquet")
    return folder / f"{kind}-{index:06d}.{suffix}"


def stage_part(frame: geopandas.GeoDataFrame, folder: Path, index: int) -> PartSummary:
    """One part's incidents written into `folder` (its layers, its CSV lines and GeoJSON features) and summed up."""
    import numpy as np

    from . import export
    from .aggregate import cells
    from .layers import incident_layers

    summary = PartSummary(index, len(frame))
    with open(part_file(folder, "csv", index), "w", encoding="utf-8", newline="") as handle:
        export.write_csv_rows(handle, frame, header=False)
    with open(part_file(folder, "geojson", index), "w", encoding="utf-8") as handle:
        export.write_geojson_features(handle, frame, first=True)
    for name, layer in incident_layers(frame).items():
        export.write_geoparquet(layer, part_file(folder, name, index))
    summary.place_ids.update(frame["place_id"].dropna().tolist())
    summary.targets.update(frame["target_id"].dropna().tolist())
    summary.launches.update(frame["launch_id"].dropna().tolist())
    lon, lat = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
    known = np.isfinite(lon) & np.isfinite(lat)
    if known.any():
        summary.box = (float(lon[known].min()), float(lat[known].min()), float(lon[known].max()),
                       float(lat[known].max()))
    summary.cells = cells(frame)
    return summary


def build_streamed(paths: Sequence[Path], staging: Path, gazetteer: Gazetteer, *, rings_m: Sequence[float],
                   countries: Sequence[str], within: str | None, warn, fmt: str | None, strict: bool,
                   render: Callable[[dict[str, geopandas.GeoDataFrame], Path, str], None],
                   rows: int = parts.PART_ROWS, map_limit: int = MAP_LIMIT) -> StreamResult:
    """Write map.html, incidents.gpkg, incidents.parquet, incidents.geojson, incidents.csv and geocoding.csv of
    `paths` into `staging`, a part at a time. `render(layers, path, aggregated)` draws the map (`aggregated`: ""
    or what one dot of a map of aggregates stands for, "cell of 0.05° and month")."""
    problems: list[Problem] = []
    geocoder = Geocoder(gazetteer)
    uses, carried = scan_names(paths, fmt, problems, rows)
    if problems:
        raise DataError(problems)
    prepared = prepare(uses, carried, geocoder, countries=countries, within=within)
    report = prepared.report
    placer = PartPlacer(geocoder, prepared.results, report, countries=countries, within=within, warn=warn,
                        carried=carried)
    folder = staging / ".parts"
    folder.mkdir()
    summaries: list[PartSummary] = []
    aggregates = Aggregates()
    warned: set[int] = set()
    for order, table in parts.tables(paths, fmt, problems, rows):
        if order in warned and not len(table):
            continue  # a part of blank lines
        placer.warn = None if order in warned else warn  # a file's header is told of once
        warned.add(order)
        frame = placer.place([(order, table)], problems)
        if frame is None or problems:
            continue  # the other parts are still checked, so that every problem is reported; none is written
        summaries.append(stage_part(frame, folder, len(summaries)))
        aggregates.add(summaries[-1].take_cells())
        del frame
        release_freed()  # each part starts from the build's own size, not the last part's peak
    if problems:
        raise DataError(problems)
    if strict:
        report.strict(", ".join(str(p) for p in paths))
    report.finish()
    layer_counts, count = finish(summaries, aggregates, folder, staging, gazetteer, rings_m, render, map_limit)
    report.write_csv(staging / "geocoding.csv")
    return StreamResult(count, layer_counts, report, count > map_limit)


def _joined(sources: Sequence[Path], target: Path, *, head: bytes = b"", separator: bytes = b"",
            tail: bytes = b"") -> None:
    """The parts' text files one after the other (`separator` between non-empty ones), each removed once copied."""
    import shutil

    with open(target, "wb") as out:
        out.write(head)
        wrote = False
        for source in sources:
            if source.stat().st_size:
                if wrote:
                    out.write(separator)
                with open(source, "rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
                wrote = True
            source.unlink()
        out.write(tail)


def _distinct_circles(files: Sequence[Path]) -> None:
    """Each uncertainty circle once over all parts (a circle of an earlier part is not drawn twice)."""
    import geopandas

    from . import export

    seen: set[tuple[float, float, float, str]] = set()
    for path in files:
        circles = geopandas.read_parquet(path)
        keys = list(zip(circles["longitude"].tolist(), circles["latitude"].tolist(), circles["radius_m"].tolist(),
                        circles["outcome"].tolist(), strict=True))
        new = [k not in seen for k in keys]
        if not all(new):
            export.write_geoparquet(circles[new], path)
        seen.update(keys)


def finish(summaries: Sequence[PartSummary], aggregates: Aggregates, folder: Path, staging: Path, gazetteer: Gazetteer,
           rings_m: Sequence[float], render: Callable[[dict[str, geopandas.GeoDataFrame], Path, str], None],
           map_limit: int, *, partitioned: bool = False) -> tuple[dict[str, int], int]:
    """The outputs from the parts' files (in the parts' order): incidents.csv and incidents.geojson joined, the
    GeoParquet (one file, or with `partitioned` a folder of the parts), the GeoPackage with the places' layers,
    and the map. Returns the layers' counts and the number of incidents."""
    import geopandas
    import pandas as pd
    import pyarrow.parquet as pq

    from . import export
    from .layers import no_incident_layers, place_layers
    from .qgis_styles import write_styles

    summaries = sorted(summaries, key=lambda s: s.index)
    count = sum(s.incidents for s in summaries)
    indexes = [s.index for s in summaries]
    columns = pq.read_schema(part_file(folder, "incidents", indexes[0])).names if indexes else []
    _joined([part_file(folder, "csv", i) for i in indexes], staging / "incidents.csv",
            head=("\ufeff" + export.csv_header([c for c in columns if c != "geometry"])).encode())
    _joined([part_file(folder, "geojson", i) for i in indexes], staging / "incidents.geojson",
            head=export.GEOJSON_HEAD.encode(), separator=b",\n", tail=export.GEOJSON_TAIL.encode())
    _distinct_circles([part_file(folder, "uncertainty", i) for i in indexes])
    boxes = [s.box for s in summaries if s.box is not None]
    corners = pd.DataFrame({"longitude": [b[0] for b in boxes] + [b[2] for b in boxes],
                            "latitude": [b[1] for b in boxes] + [b[3] for b in boxes]})
    targets: Counter[str] = Counter()
    launches: Counter[str] = Counter()
    for s in summaries:
        targets.update(s.targets)
        launches.update(s.launches)
    places = place_layers(gazetteer, rings_m, set().union(*(s.place_ids for s in summaries)), dict(targets),
                          dict(launches), [corners])
    merged = {name: folder / f"{name}.parquet" for name in PART_LAYERS}
    for name, path in merged.items():
        files = [part_file(folder, name, i) for i in indexes]
        export.merge_parquet(files, path)
        if partitioned and name == "incidents":
            export.partitioned_parquet(files, staging / "incidents.parquet")
        for file in files:
            file.unlink(missing_ok=True)
    if not partitioned:
        merged["incidents"].rename(staging / "incidents.parquet")
        merged["incidents"] = staging / "incidents.parquet"
    gpkg = staging / "incidents.gpkg"
    counts: dict[str, int] = {}
    for name in export.GEOPACKAGE_LAYERS:
        if name in merged:
            export.parquet_into_geopackage(merged[name], gpkg, name, export.GEOMETRY_TYPES[name])
            counts[name] = _rows(merged[name])
        else:
            export.write_geopackage(places, gpkg, [name], styles=False)
            counts[name] = len(places[name])
    write_styles(gpkg, list(export.GEOPACKAGE_LAYERS), export.build_timestamp())
    aggregated = count > map_limit
    if aggregated:
        drawn = {"incidents": aggregates.frame(), **no_incident_layers()}
        _LOG.debug("%d incidents drawn as %d aggregates", count, len(drawn["incidents"]))
    else:
        from .render.canvas import DOWNLOAD_MAX_ROWS, map_columns

        # Past the rows a map carries for download, only the columns it draws are read back: a million incidents'
        # other columns would double the memory of the build.
        wanted = None if count <= DOWNLOAD_MAX_ROWS else map_columns(pq.read_schema(merged["incidents"]).names)
        drawn = {name: geopandas.read_parquet(path, columns=wanted if name == "incidents" else None)
                 for name, path in merged.items()}
        # Widest first over the whole input, as layers._uncertainty orders them (each part was ordered alone).
        drawn["uncertainty"] = drawn["uncertainty"].sort_values(
            ["radius_m", "longitude", "latitude", "outcome"], ascending=[False, True, True, True]
        ).reset_index(drop=True)
    layers = {"incidents": drawn["incidents"], "uncertainty": drawn["uncertainty"], "targets": places["targets"],
              "launch_sites": places["launch_sites"], "trajectories": drawn["trajectories"],
              **{k: v for k, v in places.items() if k not in ("targets", "launch_sites")}}
    del drawn
    release_freed()
    render(layers, staging / "map.html",
           f"cell of {aggregates.cell_deg:g}° and {aggregates.period}" if aggregated else "")
    for path in merged.values():
        if path.parent == folder:
            path.unlink()
    return counts, count


def _rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)
