"""geomap works installed, not only from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import REPO


@pytest.mark.slow
def test_pip_install_then_geocode_from_another_directory(tmp_path: Path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The dependencies come from the test environment (a .pth line); geomap itself is a real,
    # non-editable install of this checkout, so its gazetteer must travel inside the wheel.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(REPO)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([str(venv / "bin" / "geomap"), "geocode", "--json", "--no-geonames", "Green Zone"],
                         cwd=elsewhere, check=True, capture_output=True, text=True, env=env).stdout
    row = json.loads(out)[0]
    assert row["id"] == "green-zone"
    installed = subprocess.run([str(python), "-c", "import geomap.settings as s; print(s.default_gazetteer_dir())"],
                               cwd=elsewhere, check=True, capture_output=True, text=True).stdout.strip()
    assert installed.startswith(site), installed
