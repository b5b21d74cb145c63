"""Two builds into one folder at the same time: each file is replaced atomically and the set as a whole too,
so the folder always ends with the outputs of one build, never a mix."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyogrio

from geomap.build import OUTPUT_NAMES


def _start(out: Path, title: str, *inputs: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geomap", "build", *inputs, "--out", str(out), "--title", title,
                             "--tiles", "none"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _which_build(out: Path) -> dict[str, object]:
    page = (out / "map.html").read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    geojson = len(json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"])
    gpkg = pyogrio.read_info(out / "incidents.gpkg", layer="incidents")["features"]
    csv_rows = len((out / "incidents.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
    return {"title": title, "geojson": geojson, "gpkg": gpkg, "csv": csv_rows}


def test_concurrent_builds_leave_a_consistent_set(tmp_path):
    small = tmp_path / "small.csv"
    small.write_text("id,date,place\na,2021-07-08,Mansour\nb,2021-07-09,Harithiya\n", encoding="utf-8")
    out = tmp_path / "out"
    expected = {"Big": 20, "Small": 2}
    for _ in range(3):
        builds = [_start(out, "Big"), _start(out, "Small", str(small))]
        for build in builds:
            _, stderr = build.communicate(timeout=300)
            assert build.returncode == 0, stderr
        seen = _which_build(out)
        count = expected[seen["title"]]
        assert (seen["geojson"], seen["gpkg"], seen["csv"]) == (count, count, count), seen
        assert not list(out.glob(".geomap-build-*"))


def test_a_build_waits_for_the_publish_lock(tmp_path):
    import fcntl
    import time

    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".geomap.lock", "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as another build publishing its files would
        build = _start(out, "Waiting")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until the build has staged every file and waits to publish
            staged = {p.name for d in out.glob(".geomap-build-*") for p in d.iterdir()}
            if set(OUTPUT_NAMES) <= staged or build.poll() is not None:
                break
            time.sleep(0.05)
        time.sleep(0.5)
        assert build.poll() is None, "the build published without the lock"
        assert not (out / "map.html").exists()
        fcntl.flock(lock, fcntl.LOCK_UN)
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr
    assert _which_build(out)["title"] == "Waiting"
