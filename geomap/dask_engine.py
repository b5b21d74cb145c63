"""The Dask engine: the stream engine's parts run as tasks on a Dask cluster (a local one by default).

The client cuts the input into parts (parts.blocks: whole lines of a CSV, shipped to the workers with the
task, so workers need no shared file system for CSV input; any other file is read by the worker from its
path). Pass 1 runs a task per part that lists its names; the client resolves them once for the whole input
(stream.prepare) and sends the answers to every worker. Pass 2 runs a task per part that checks, places and
stages it (stream.stage_part: its layers as GeoParquet, its CSV lines, its GeoJSON features) into the build's
staging folder, and returns its problems, its summary and what it added to the geocoding report. The client
checks ids across parts, joins the reports, and finishes as the stream engine does, but for the GeoParquet,
which stays partitioned (incidents.parquet/part.00000.parquet...), as Dask and dask-geopandas read it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import parts
from .aggregate import Aggregates
from .errors import DataError, Problem, UsageError
from .gazetteer import Gazetteer
from .geocode import Geocoder
from .review import GeocodingReport
from .stream import (
    MAP_LIMIT,
    PartSummary,
    Prepared,
    StreamResult,
    finish,
    merge_uses,
    names_of_table,
    prepare,
    scan_names,
    stage_part,
)

if TYPE_CHECKING:
    import geopandas

_LOG = logging.getLogger(__name__)

#: Workers of the local cluster started when no scheduler is given (one process each, one thread each).
LOCAL_WORKERS = 2


def _part_sources(paths: Sequence[Path], rows: int) -> Iterator[tuple[int, parts.Block | Path]]:
    """Each part as a task takes it: a block of a CSV, or the path of a file read whole."""
    for order, path in enumerate(paths):
        if parts.splittable(path):
            for block in parts.blocks(path, rows):
                yield order, block
        else:
            yield order, path


def _table(source: parts.Block | Path, fmt: str | None):
    from .tables import read_table

    return parts.block_table(source, fmt) if isinstance(source, parts.Block) else read_table(source, fmt)


def _names_task(order: int, source: parts.Block | Path, fmt: str | None, rows: int) -> tuple[list, list[str],
                                                                                              list[Problem]]:
    """Pass 1 on a worker: the part's name uses in order and its extra columns."""
    problems: list[Problem] = []
    if isinstance(source, Path):
        uses, carried = scan_names([source], fmt, problems, rows)
        return uses, carried, problems
    try:
        table = parts.block_table(source, fmt)
    except DataError as exc:
        return [], [], exc.problems
    uses, extra = names_of_table(table)
    return uses, extra, problems


def _place_task(index: int, order: int, source: parts.Block | Path, first_of_file: bool, *, fmt: str | None,
                prepared: Prepared, countries: Sequence[str], within: str | None, folder: str
                ) -> tuple[PartSummary | None, list[Problem], GeocodingReport, Any]:
    """Pass 2 on a worker: one part checked, placed and staged. Returns its summary (None when it has problems),
    its problems, its report (the prepared one with this part's rows counted) and its ids (for the check across
    parts)."""
    import copy

    from .bulk import PartPlacer

    # The worker holds one copy of the scattered answers for all its tasks: each task counts into its own.
    prepared = copy.deepcopy(prepared)
    problems: list[Problem] = []
    try:
        table = _table(source, fmt)
    except DataError as exc:
        return None, exc.problems, prepared.report, None
    ids = (table.file, table.column("id").to_numpy(dtype=object), table.rows)
    placer = PartPlacer(None, prepared.results, prepared.report, countries=countries, within=within,
                        warn=None, carried=prepared.carried)
    if not len(table) and not first_of_file:
        return None, [], prepared.report, ids
    frame = placer.place([(order, table)], problems)
    if frame is None or problems:
        return None, problems, prepared.report, ids
    return stage_part(frame, Path(folder), index), [], prepared.report, ids


def _duplicate_ids(ids: Sequence[Any]) -> list[Problem]:
    """Ids used twice across parts (each part checked its own): the later use is the problem, as in one read."""
    import numpy as np
    import pandas as pd

    from .bulk import SeenIds

    seen = SeenIds()
    problems = []
    for part in ids:
        if part is None:
            continue
        file, values, rows = part
        column = pd.Series(values, dtype=object)
        for position in np.flatnonzero(seen.contains_many(column)).tolist():
            problems.append(Problem(file, int(rows[position]), "id", f"{values[position]!r} is already used at "
                                    f"{seen[values[position]]} (ids must be unique)"))
        first = ~column.duplicated().to_numpy() & (column != "").to_numpy()
        seen.update(zip(column[first].tolist(), [f"{file}:{r}" for r in rows[first].tolist()], strict=True))
    return problems


def _client(scheduler: str | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'geomap[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="10s"), None
        except OSError as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    cluster = LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def build_on_dask(paths: Sequence[Path], staging: Path, gazetteer: Gazetteer, *, scheduler: str | None,
                  rings_m: Sequence[float], countries: Sequence[str], within: str | None, warn, fmt: str | None,
                  strict: bool, render: Callable[[dict[str, geopandas.GeoDataFrame], Path, str], None],
                  rows: int = parts.PART_ROWS, map_limit: int = MAP_LIMIT) -> StreamResult:
    """stream.build_streamed, the parts run as Dask tasks (see the module docstring)."""
    client, cluster = _client(scheduler)
    try:
        return _build(client, paths, staging, gazetteer, rings_m=rings_m, countries=countries, within=within,
                      warn=warn, fmt=fmt, strict=strict, render=render, rows=rows, map_limit=map_limit)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _build(client, paths: Sequence[Path], staging: Path, gazetteer: Gazetteer, *, rings_m: Sequence[float],
           countries: Sequence[str], within: str | None, warn, fmt: str | None, strict: bool,
           render: Callable[[dict[str, geopandas.GeoDataFrame], Path, str], None], rows: int,
           map_limit: int) -> StreamResult:
    from dask.distributed import as_completed

    problems: list[Problem] = []
    sources = list(_part_sources(paths, rows))
    listed = client.gather(client.map(_names_task, [o for o, _ in sources], [s for _, s in sources],
                                      fmt=fmt, rows=rows, pure=False))
    for _, _, found in listed:
        problems += found
    if problems:
        raise DataError(problems)
    uses, carried = merge_uses([(u, c) for u, c, _ in listed])
    prepared = prepare(uses, carried, Geocoder(gazetteer), countries=countries, within=within)
    for _, source in sources:  # what a file was read as, once per file (as the other engines tell it)
        if warn is not None and (isinstance(source, Path) or source.first_line == 2):
            from .incidents import check_header

            table = _table(source, fmt)
            check_header(table, len(table), warn)
    folder = staging / ".parts"
    folder.mkdir()
    shared = client.scatter(prepared, broadcast=True)
    firsts = [i == 0 or sources[i - 1][0] != order for i, (order, _) in enumerate(sources)]
    futures = client.map(_place_task, list(range(len(sources))), [o for o, _ in sources], [s for _, s in sources],
                         firsts, fmt=fmt, prepared=shared, countries=countries, within=within,
                         folder=str(folder), pure=False)
    summaries: list[PartSummary] = []
    ids: list[Any] = [None] * len(futures)
    reports: list[GeocodingReport | None] = [None] * len(futures)
    aggregates = Aggregates()
    # Each part's summary as it comes (its aggregates merged at once); the reports in the parts' order.
    position = {future.key: i for i, future in enumerate(futures)}
    for future in as_completed(futures):
        summary, found, part_report, part_ids = future.result()
        index = position[future.key]
        problems += found
        ids[index], reports[index] = part_ids, part_report
        if summary is not None:
            aggregates.add(summary.take_cells())
            summaries.append(summary)
        future.release()
    report = prepared.report
    for part_report in reports:
        if part_report is not None:
            report.merge(part_report)
    problems += _duplicate_ids(ids)
    if problems:
        raise DataError(sorted(problems, key=lambda p: (p.file, p.row or 0)))
    if strict:
        report.strict(", ".join(str(p) for p in paths))
    report.finish()
    layer_counts, count = finish(summaries, aggregates, folder, staging, gazetteer, rings_m, render, map_limit,
                                 partitioned=True)
    report.write_csv(staging / "geocoding.csv")
    return StreamResult(count, layer_counts, report, count > map_limit)

