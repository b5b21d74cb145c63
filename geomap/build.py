"""`geomap.build`: incident files -> map.html, incidents.gpkg, incidents.parquet, incidents.geojson and incidents.csv,
atomically.

Every output is first written into a temporary folder beside the outputs; only when all of them are
complete are they moved into place (os.replace is atomic on one file system). A failed build leaves
the previous outputs exactly as they were.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import archives, forked
from .errors import DataError, Problem, UsageError
from .gazetteer import Gazetteer
from .geocode import Geocoder
from .layers import DEFAULT_RINGS_M, build_layers
from .memory import release_freed
from .review import GeocodingReport

_LOG = logging.getLogger(__name__)
OUTPUT_NAMES = ("map.html", "incidents.gpkg", "incidents.parquet", "incidents.geojson", "incidents.csv",
                "geocoding.csv")
LOCK_NAME = ".geomap.lock"
#: Staging folders are named for the build's process, so that a later build can remove those of dead ones.
STAGING_PREFIX = ".geomap-build-"
_STAGING = re.compile(re.escape(STAGING_PREFIX) + r"(\d+)-")


def example_incidents() -> Path:
    """The bundled example: installed beside the package, or the checkout's examples/."""
    here = Path(__file__).resolve().parent
    installed = here / "examples" / "incidents.csv"
    return installed if installed.is_file() else here.parent / "examples" / "incidents.csv"


@dataclass(frozen=True)
class BuildResult:
    outputs: dict[str, Path]
    incidents: int
    layers: dict[str, int]
    geocoding: GeocodingReport


def _writable_dir(out: Path) -> None:
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in str(out)):
        # GDAL cannot open a GeoPackage whose path holds a tab or a newline, and such a name is rarely meant.
        raise UsageError(f"{out}: the output folder's name holds a control character (a tab or a newline); "
                         "choose another")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file; --out needs a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"{out}: the output folder is not writable")


#: Engines of `build`: "default" holds the input in memory; "stream" reads and writes it a part at a time;
#: "dask" runs the parts on a Dask cluster (see dask_engine). "auto" streams inputs above STREAM_ABOVE_BYTES.
ENGINES = ("auto", "default", "stream", "dask")
#: Input bytes above which "auto" streams: about two million rows of CSV, whose default build would take ~6 GiB.
STREAM_ABOVE_BYTES = 300_000_000


def build(inputs: Sequence[str | Path] | None = None, out: str | Path = "outputs", *,
          gazetteer: Gazetteer | None = None, gazetteers: Iterable[Path] = (),
          rings_m: Sequence[float] = DEFAULT_RINGS_M, title: str | None = None, tiles: Sequence[str] | None = None,
          cdn: bool = False, png_size: tuple[int, int] | None = None, warn=None,
          progress: Callable[[str, int, int], None] | None = None, countries: Sequence[str] = (),
          within: str | None = None, strict: bool = False, fmt: str | None = None, engine: str = "auto",
          scheduler: str | None = None, part_rows: int | None = None, map_limit: int | None = None) -> BuildResult:
    """Build the map, the GeoPackage, the GeoParquet, the GeoJSON and the CSV for `inputs` (the bundled example
    when empty).

    `tiles` names basemaps from xyzservices (["none"]: no basemap, a graticule and place labels instead);
    `cdn` links Leaflet from CDNs instead of inlining it; `png_size` (width, height) also writes map.png.
    `progress(stage, done, total)` is told when each stage starts (the CLI draws a bar from it).
    `countries` and `within` are the context of every name (see geocode); `strict` makes every flag of
    geocoding.csv an error, so nothing implausible is published. `fmt` names the dataset of the inputs
    ("acled", "ucdp", "gdelt", "geomap"); by default each file's header says. `engine` (see ENGINES) chooses how
    the rows are processed, `scheduler` the Dask scheduler's address (a local cluster by default); `part_rows`
    the rows of a part and `map_limit` the incidents a map draws one by one (beyond, aggregated) when streaming.
    """
    from .export import build_timestamp
    from .render import MapOptions, resolve_basemaps

    paths = [Path(p) for p in inputs] if inputs else [example_incidents()]
    out = Path(out)
    build_timestamp()  # a bad SOURCE_DATE_EPOCH is a usage error: say so before any work
    if any(r <= 0 for r in rings_m):
        raise UsageError("ring distances must be positive (metres)")
    if engine not in ENGINES:
        raise UsageError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}")
    basemaps = resolve_basemaps(tiles)  # a bad basemap name is a usage error: say so before any work
    gaz = gazetteer if gazetteer is not None else Gazetteer.load(gazetteers)  # an empty one is still the caller's
    options = MapOptions(title=title or _default_title(paths), basemaps=basemaps, cdn=cdn,
                         reference_places=gaz.places)
    chosen = _engine(engine, paths)
    if chosen != "default":
        return _build_in_parts(chosen, paths, out, gaz, options, rings_m=rings_m, png_size=png_size, warn=warn,
                               progress=progress, countries=countries, within=within, strict=strict, fmt=fmt,
                               scheduler=scheduler, part_rows=part_rows, map_limit=map_limit)
    return _build_in_memory(paths, out, gaz, options, rings_m=rings_m, png_size=png_size, warn=warn,
                            progress=progress, countries=countries, within=within, strict=strict, fmt=fmt)


def _engine(engine: str, paths: Sequence[Path]) -> str:
    if engine != "auto":
        return engine
    size = sum(archives.data_size(p) for p in paths if p.is_file())  # an archive by what it holds
    return "stream" if size > STREAM_ABOVE_BYTES else "default"


def _stages(started: float, names: list[str], progress: Callable[[str, int, int], None] | None
            ) -> Callable[[str], None]:
    def stage(name: str) -> None:
        _LOG.debug("%s (%.2f s in)", name, time.perf_counter() - started)
        if progress is not None:
            progress(name, names.index(name), len(names))
    return stage


def _build_in_memory(paths: list[Path], out: Path, gaz: Gazetteer, options, *, rings_m: Sequence[float],
                     png_size: tuple[int, int] | None, warn, progress: Callable[[str, int, int], None] | None,
                     countries: Sequence[str], within: str | None, strict: bool, fmt: str | None) -> BuildResult:
    """The default engine: the whole input as one frame."""
    from .export import write_csv, write_geojson, write_geopackage, write_geoparquet
    from .incidents import read_incidents
    from .render import render_map

    started = time.perf_counter()
    stage = _stages(started,
                    ["reading and geocoding", "computing layers", "writing map.html", "writing the GeoParquet",
                     "writing the CSV", "writing the GeoPackage and the GeoJSON",
                     *(["taking map.png"] if png_size else []), "publishing"], progress)
    stage("reading and geocoding")
    frame, report = read_incidents(paths, geocoder=Geocoder(gaz), countries=countries, within=within, warn=warn,
                                   fmt=fmt)
    if strict:
        report.strict(", ".join(str(p) for p in paths))
    release_freed()  # reading's temporaries: the layers and the map start from the frame's own size
    stage("computing layers")
    layers = build_layers(frame, gaz, rings_m)
    with _staging(out) as staging:

        def geopackage_and_geojson() -> None:
            with _writing(out / "incidents.gpkg"):
                write_geopackage(layers, staging / "incidents.gpkg")
            with _writing(out / "incidents.geojson"):
                write_geojson(frame, staging / "incidents.geojson")
            _LOG.debug("the GeoPackage and the GeoJSON written (%.2f s in)", time.perf_counter() - started)

        # A big build's GeoPackage and GeoJSON are written by a forked copy of this process on the second core
        # while this one writes the rest (at a million incidents, 18 s of writing on each side); a small one's
        # are written after the rest, here.
        with forked.alongside(geopackage_and_geojson, f"{out / 'incidents.gpkg'}, {out / 'incidents.geojson'}",
                              fork=len(frame) >= SECOND_PROCESS_ROWS):
            with _writing(out / "map.html"):
                stage("writing map.html")
                render_map(layers, staging / "map.html", options)
            release_freed()  # the map's packed arrays
            with _writing(out / "incidents.parquet"):
                stage("writing the GeoParquet")
                write_geoparquet(frame, staging / "incidents.parquet")
            with _writing(out / "incidents.csv"):
                stage("writing the CSV")
                write_csv(frame, staging / "incidents.csv")
            with _writing(out / "geocoding.csv"):
                report.write_csv(staging / "geocoding.csv")
            stage("writing the GeoPackage and the GeoJSON")  # or waiting for the second process to finish them
        names = _finish_outputs(staging, out, png_size, stage)
    return BuildResult({n: out / n for n in names}, len(frame), {k: len(v) for k, v in layers.items()}, report)


#: From this many incidents on, the GeoPackage and the GeoJSON are written by a second process (see forked);
#: below it, the fork costs more than it saves.
SECOND_PROCESS_ROWS = 20_000


def _build_in_parts(engine: str, paths: list[Path], out: Path, gaz: Gazetteer, options, *, rings_m: Sequence[float],
                    png_size: tuple[int, int] | None, warn, progress: Callable[[str, int, int], None] | None,
                    countries: Sequence[str], within: str | None, strict: bool, fmt: str | None,
                    scheduler: str | None, part_rows: int | None, map_limit: int | None) -> BuildResult:
    """The stream and Dask engines: the input a part at a time (see stream, dask_engine)."""
    from dataclasses import replace

    from . import parts
    from .render import render_map
    from .stream import MAP_LIMIT, build_streamed

    stage = _stages(time.perf_counter(), ["reading, geocoding and writing in parts", "writing map.html",
                                          *(["taking map.png"] if png_size else []), "publishing"], progress)

    def render(layers, path: Path, aggregated: str) -> None:
        stage("writing map.html")
        render_map(layers, path, replace(options, aggregated=aggregated))

    with _staging(out) as staging:
        stage("reading, geocoding and writing in parts")
        with _writing(out):
            kwargs = dict(rings_m=rings_m, countries=countries, within=within, warn=warn, fmt=fmt, strict=strict,
                          render=render, rows=part_rows or parts.PART_ROWS,
                          map_limit=MAP_LIMIT if map_limit is None else map_limit)
            if engine == "dask":
                from .dask_engine import build_on_dask

                result = build_on_dask(paths, staging, gaz, scheduler=scheduler, **kwargs)  # type: ignore[arg-type]
            else:
                result = build_streamed(paths, staging, gaz, **kwargs)  # type: ignore[arg-type]
        names = _finish_outputs(staging, out, png_size, stage)
    return BuildResult({n: out / n for n in names}, result.incidents, result.layers, result.report)


def _finish_outputs(staging: Path, out: Path, png_size: tuple[int, int] | None, stage: Callable[[str], None]
                    ) -> tuple[str, ...]:
    """The picture when asked, then every staged output moved into `out` at once; the names published."""
    names = OUTPUT_NAMES + (("map.png",) if png_size else ())
    if png_size:
        from .render.screenshot import screenshot

        stage("taking map.png")
        screenshot(staging / "map.html", staging / "map.png", png_size)
    stage("publishing")
    _end_if_terminated()
    with _writing(out), _publish_lock(out):
        for name in names:
            staged, target = staging / name, out / name
            if (staged.is_dir() or target.is_dir()) and target.exists() and not target.is_symlink():
                # A folder (the Dask engine's partitioned GeoParquet) and a file do not replace each other, nor
                # two folders: the old one goes into the staging folder, which is removed.
                os.replace(target, staging / f".replaced-{name}")
            os.replace(staged, target)
        if not png_size:  # a picture of an earlier build would not show this one
            (out / "map.png").unlink(missing_ok=True)
    return names


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A staging folder in `out`, removed however the build ends (SIGTERM included)."""
    _writable_dir(out)
    _sweep_stale_staging(out)
    # The handler first: a SIGTERM that came between the folder's creation and the handler would end the process
    # with the folder left behind (seen on a loaded machine).
    _SIGNALS_RECEIVED.clear()
    previous_handler = _terminate_cleanly()
    staging: Path | None = None
    try:
        try:
            staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out))
        except OSError as exc:
            raise UsageError(f"{out}: cannot write in the output folder ({exc.strerror})") from None
        yield staging
        _end_if_terminated()
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if previous_handler is not None:
            signal.signal(signal.SIGTERM, previous_handler)


@contextmanager
def _publish_lock(out: Path) -> Iterator[None]:
    """Only one build at a time moves its files into `out`, so concurrent builds never mix their outputs.

    Each file is replaced atomically; the lock makes the set atomic too: the last build to publish
    leaves all of its files, none of the other's.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: each file is still replaced atomically
        yield
        return
    try:
        # O_NOFOLLOW: a lock that is a symbolic link would create or truncate its target outside the folder.
        descriptor = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                             0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(f"{out / LOCK_NAME}: is a symbolic link; geomap does not follow it (remove it)") \
                from None
        raise UsageError(f"{out / LOCK_NAME}: cannot be opened ({exc.strerror})") from None
    with os.fdopen(descriptor, "r+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An output that cannot be written (disk full, file too large, permissions) is named, not a traceback."""
    try:
        yield
    except OSError as exc:
        raise DataError([Problem(str(path), None, None, f"cannot be written ({exc.strerror or exc}); the earlier "
                                 "outputs are as they were")]) from None
    except RuntimeError as exc:  # GDAL's errors, as pyogrio raises them (DataSourceError...)
        if type(exc).__module__.split(".")[0] != "pyogrio":
            raise
        raise DataError([Problem(str(path), None, None, f"cannot be written (GDAL: {exc}); the earlier "
                                 "outputs are as they were")]) from None


def _sweep_stale_staging(out: Path) -> None:
    """Remove the staging folders of builds whose process is gone (killed before its `finally` ran)."""
    for folder in out.glob(STAGING_PREFIX + "*"):
        match = _STAGING.match(folder.name)
        if match is None or folder.is_symlink() or not folder.is_dir():
            continue
        try:
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (PermissionError, OverflowError, ValueError):
            continue  # another user's live process, or not a process id: leave it


class _Terminated(SystemExit):
    """SIGTERM during a build: unwinds through the build's `finally`, which removes the staging folder, and
    ends the process with the status a terminated one has (128 + 15)."""


# The signals the build's handler received. Its exception can be swallowed when the signal lands in code that
# ignores exceptions (a finalizer, a library's callback: CI saw a terminated build publish and exit 0), so the
# build also looks here before it publishes and when it ends.
_SIGNALS_RECEIVED: list[int] = []


def _end_if_terminated() -> None:
    if _SIGNALS_RECEIVED:
        raise _Terminated(128 + _SIGNALS_RECEIVED[0])


def _terminate_cleanly() -> signal.Handlers | Callable | int | None:
    """Turn SIGTERM into an exception while the build writes (so its staging folder is removed); returns the
    handler to restore, or None when signals cannot be handled here (not the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminated(signum: int, frame: object) -> None:
        _SIGNALS_RECEIVED.append(signum)
        raise _Terminated(128 + signum)

    return signal.signal(signal.SIGTERM, terminated)


def _default_title(paths: Sequence[Path]) -> str:
    if len(paths) == 1 and paths[0].resolve() == example_incidents().resolve():
        return "Attacks on US sites in Iraq and Syria, 2019-2021 (example)"
    return "Incidents: " + ", ".join(p.stem for p in paths)
