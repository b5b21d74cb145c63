"""A build killed with SIGTERM leaves no staging folder; a later build sweeps those of dead builds; the lock is
never followed through a symbolic link."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.build import LOCK_NAME, STAGING_PREFIX
from geomap.cli import cli


def _big_input(path: Path, rows: int = 30_000) -> Path:
    lines = ["id,date,place,target,launch_site,weapon,count,outcome"]
    lines += [f"r{i},2021-0{1 + i % 9}-1{i % 9},Mansour,US Embassy in Baghdad,Bayaa,107mm rockets,2,impact"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_sigterm_during_a_build_leaves_no_staging_folder(tmp_path):
    source = _big_input(tmp_path / "in.csv")
    for attempt in range(3):
        out = tmp_path / f"out{attempt}"
        out.mkdir()
        process = subprocess.Popen([sys.executable, "-m", "geomap", "build", str(source), "--out", str(out)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(out.glob(STAGING_PREFIX + "*")):
            if process.poll() is not None:
                break
            time.sleep(0.02)
        assert list(out.glob(STAGING_PREFIX + "*")), "the build never started writing"
        # Held still, the build cannot finish between the look and the signal (CI once saw it publish there, on
        # a loaded machine); a staging folder still there after the stop means the build is mid-way.
        process.send_signal(signal.SIGSTOP)
        mid_way = bool(list(out.glob(STAGING_PREFIX + "*")))
        if mid_way:
            process.send_signal(signal.SIGTERM)
        process.send_signal(signal.SIGCONT)
        returncode = process.wait(timeout=60)
        if not mid_way:
            continue  # it had finished: try again
        assert returncode == 128 + signal.SIGTERM
        assert not list(out.glob(STAGING_PREFIX + "*"))
        assert not (out / "map.html").exists()
        return
    raise AssertionError("three builds finished before they could be stopped")


def test_a_sigterm_whose_exception_was_swallowed_still_ends_the_build(tmp_path):
    from geomap.build import _staging

    out = tmp_path / "out"
    out.mkdir()
    handler_before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as ended, _staging(out):
        try:  # code that swallows what is raised in it, as finalizers and some library callbacks do
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
        except BaseException:
            pass
    assert ended.value.code == 128 + signal.SIGTERM
    assert not list(out.glob(STAGING_PREFIX + "*"))
    assert signal.getsignal(signal.SIGTERM) == handler_before


def test_a_later_build_sweeps_the_staging_folders_of_dead_builds(tmp_path):
    out = tmp_path / "out"
    dead = out / f"{STAGING_PREFIX}999999999-abc"  # no process has this id
    (dead / "partial").mkdir(parents=True)
    (dead / "partial" / "map.html").write_text("half", encoding="utf-8")
    alive = out / f"{STAGING_PREFIX}{os.getpid()}-xyz"  # this process is alive: its folder stays
    alive.mkdir()
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not dead.exists() and alive.exists()


def test_a_lock_that_is_a_symbolic_link_is_not_followed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "elsewhere" / "created-by-geomap"
    target.parent.mkdir()
    (out / LOCK_NAME).symlink_to(target)
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 2
    assert "is a symbolic link; geomap does not follow it" in result.output
    assert not target.exists()
    assert not list(out.glob(STAGING_PREFIX + "*")) and not (out / "map.html").exists()


def test_a_build_leaves_global_state_as_it_found_it(tmp_path):
    import csv

    import branca.element
    import pyogrio

    from geomap.build import build

    csv.field_size_limit(54321)
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "1999-01-01T00:00:00Z"})
    generate_id = branca.element.Element.__dict__["_generate_id"]
    handler = signal.getsignal(signal.SIGTERM)
    try:
        build(None, tmp_path / "out")
        assert csv.field_size_limit() == 54321
        assert pyogrio.get_gdal_config_option("OGR_CURRENT_DATE") == "1999-01-01T00:00:00Z"
        assert branca.element.Element.__dict__["_generate_id"] is generate_id
        assert signal.getsignal(signal.SIGTERM) is handler
    finally:
        csv.field_size_limit(131072)
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": None})


def test_a_disk_that_fills_names_the_output_and_keeps_the_earlier_ones(tmp_path):
    import resource

    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def small_files() -> None:  # as a full disk would: writing past 64 kB fails with "File too large"
        resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))

    result = subprocess.run([sys.executable, "-m", "geomap", "build", "--out", str(out)], capture_output=True,
                            text=True, preexec_fn=small_files, timeout=300)
    assert result.returncode == 1, result.stderr
    assert f"{out / 'map.html'}: cannot be written (File too large)" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(STAGING_PREFIX + "*"))
