"""The GeoPackage written in a process of its own, on the second core, while the build writes the other files.

pyogrio holds the interpreter's lock while GDAL writes, so a GeoPackage written on a thread stopped the build's
other work for as long (measured at a million incidents: 11 s alone, 6.5 s for the GeoJSON alone, 16.5 s for
both on two threads). The build stages the layers as Arrow IPC files (export.stage_geopackage) and starts
`python -m geomap.geopackage_worker MANIFEST GPKG`, which writes them with GDAL (export.write_staged_geopackage)
a batch at a time; its one-line error, if any, is the build's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataError, Problem

if TYPE_CHECKING:
    import geopandas


class GeoPackageProcess:
    """A GeoPackage being written by a worker process: `wait()` returns when it is complete, or raises the
    worker's error as a DataError naming `target` (the output as the user knows it)."""

    def __init__(self, manifest: Path, path: Path, target: Path) -> None:
        import geomap

        package_root = str(Path(geomap.__file__).resolve().parent.parent)
        search_path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)
        self._target = target
        self._process = subprocess.Popen(
            [sys.executable, "-m", "geomap.geopackage_worker", str(manifest), str(path)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": search_path})

    def wait(self) -> None:
        _, errors = self._process.communicate()
        if self._process.returncode != 0:
            lines = errors.decode("utf-8", "replace").strip().splitlines()
            reason = lines[-1] if lines else f"the GeoPackage writer stopped (exit {self._process.returncode})"
            raise DataError([Problem(str(self._target), None, None,
                                     f"{reason}; the earlier outputs are as they were")])

    def stop(self) -> None:
        """End the worker (the build failed or was stopped): nothing more is written into the staging folder."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


def start_geopackage(layers: Mapping[str, geopandas.GeoDataFrame], path: Path, target: Path,
                     folder: Path) -> GeoPackageProcess:
    """Stage `layers` in the new folder `folder` and start writing them into `path` in a worker."""
    from .export import stage_geopackage

    folder.mkdir()
    return GeoPackageProcess(stage_geopackage(layers, folder), path, target)


def main(argv: list[str] | None = None) -> int:
    """Write the staged GeoPackage; a failure is one line on stderr and exit status 1."""
    from .export import write_staged_geopackage

    manifest, path = argv if argv is not None else sys.argv[1:]
    try:
        write_staged_geopackage(Path(manifest), Path(path))
    except OSError as exc:
        print(f"cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    except RuntimeError as exc:  # GDAL's errors, as pyogrio raises them
        print(f"cannot be written (GDAL: {exc})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
