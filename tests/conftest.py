from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never read or write the user's imported gazetteers, nor the user's cache.
os.environ["GEOMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="geomap-test-data-")
os.environ["GEOMAP_CACHE_DIR"] = tempfile.mkdtemp(prefix="geomap-test-cache-")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def gazetteer():
    from geomap import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def geocoder(gazetteer):
    from geomap import Geocoder

    return Geocoder(gazetteer)


@pytest.fixture(scope="session")
def curated_geocoder():
    from geomap import Gazetteer, Geocoder

    return Geocoder(Gazetteer.load(geonames=False))


@pytest.fixture(scope="session")
def example_outputs(tmp_path_factory):
    """The bundled example built once by the CLI, shared read-only by every test that inspects outputs."""
    from click.testing import CliRunner

    from geomap.cli import cli

    out = tmp_path_factory.mktemp("example-outputs")
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


from .browser import browser  # noqa: E402,F401  (the session's chromium, shared by the browser tests)
