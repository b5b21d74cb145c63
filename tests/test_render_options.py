"""`geomap build` options for publishing: --tiles, --cdn and --png."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest
from click.testing import CliRunner

from geomap.cli import cli
from geomap.errors import UsageError
from geomap.render.screenshot import parse_size
from geomap.render.tiles import DEFAULT_TILES, resolve_basemaps

from .helpers import require_program


def _build(tmp_path, *args):
    result = CliRunner().invoke(cli, ["build", "--out", str(tmp_path), *args])
    return result


def test_default_basemaps_need_no_key():
    assert [b.name for b in resolve_basemaps(None)] == list(DEFAULT_TILES)


@pytest.mark.parametrize(("name", "provider"), [("OpenTopoMap", "OpenTopoMap"), ("opentopomap", "OpenTopoMap"),
                                                ("OpenStreetMap", "OpenStreetMap.Mapnik"),
                                                ("Esri.WorldImagery", "Esri.WorldImagery")])
def test_basemap_by_name(name, provider):
    assert [b.name for b in resolve_basemaps([name])] == [provider]


def test_unknown_basemap_suggests_names():
    with pytest.raises(UsageError, match=r"no basemap called 'OpenTopo'.*did you mean OpenTopoMap"):
        resolve_basemaps(["OpenTopo"])


def test_basemap_needing_a_key_is_refused():
    with pytest.raises(UsageError, match="needs an API key"):
        resolve_basemaps(["Thunderforest.Landscape"])


def test_none_cannot_be_mixed():
    assert resolve_basemaps(["none"]) == []
    with pytest.raises(UsageError, match="cannot be combined"):
        resolve_basemaps(["none", "OpenTopoMap"])


def test_tiles_option_picks_the_basemap(tmp_path):
    result = _build(tmp_path, "--tiles", "OpenTopoMap")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "tile.opentopomap.org" in page and "tile.openstreetmap.org" not in page
    assert "OpenTopoMap" in page  # its attribution


def test_bad_tiles_name_is_a_usage_error_and_writes_nothing(tmp_path):
    result = _build(tmp_path, "--tiles", "NoSuchTiles")
    assert result.exit_code == 2
    assert result.output.startswith("Error: --tiles: no basemap called 'NoSuchTiles'")
    assert "Traceback" not in result.output
    assert not (tmp_path / "map.html").exists()


def test_tiles_none_has_no_tile_url_but_a_graticule(tmp_path):
    assert _build(tmp_path, "--tiles", "none").exit_code == 0
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "L.tileLayer" not in page and "https://" not in page.split("<script>", 1)[0]
    assert '"Graticule"' in page and '"Place labels"' in page


def test_cdn_variant_links_leaflet_and_is_smaller(tmp_path):
    assert _build(tmp_path / "cdn", "--cdn").exit_code == 0
    assert _build(tmp_path / "inline").exit_code == 0
    page = (tmp_path / "cdn" / "map.html").read_text(encoding="utf-8")
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>' in page
    assert '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>' in page
    assert '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"/>' in page
    assert "bootstrap" not in page.lower() and "font-awesome" not in page.lower()
    inline = (tmp_path / "inline" / "map.html").stat().st_size
    assert len(page.encode()) < inline - 200_000  # Leaflet and jQuery are not in it


def test_default_page_inlines_leaflet_and_links_nothing(tmp_path):
    assert _build(tmp_path).exit_code == 0
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "<script src=" not in page and '<link rel="stylesheet"' not in page
    assert "geomap-asset:" not in page


@pytest.mark.parametrize(("text", "size"), [("1200x800", (1200, 800)), ("640X480", (640, 480))])
def test_png_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["1200", "axb", "100x100", "9000x100"])
def test_png_size_refused(text):
    with pytest.raises(UsageError, match="--png-size"):
        parse_size(text)


def _png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_png_is_a_picture_of_the_map_at_the_size_asked(tmp_path):
    require_program("chromium", "chromium")
    # In a process of its own, as a user runs it (Playwright's sync API allows one instance per thread,
    # and the browser tests hold one).
    result = subprocess.run([sys.executable, "-m", "geomap", "build", "--out", str(tmp_path), "--tiles", "none",
                             "--png", "--png-size", "800x500"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    png = tmp_path / "map.png"
    assert _png_size(png) == (800, 500)
    # A blank 800x500 picture compresses to a few kB; points, rings, labels and legend take far more.
    assert png.stat().st_size > 20_000
    assert "map.png" in result.stdout
    # A later build without --png removes the picture of the earlier one: outputs are always one set.
    assert _build(tmp_path, "--tiles", "none").exit_code == 0
    assert not png.exists()


def test_bad_png_size_is_a_usage_error(tmp_path):
    result = _build(tmp_path, "--png", "--png-size", "big")
    assert result.exit_code == 2 and "--png-size" in result.output
    assert not (tmp_path / "map.html").exists()


@pytest.mark.parametrize("text", ["<script>var a = 1;</script>", "line\n", "two\r\nlines\r\n", "end\n\n", "cr\rx",
                                  "{not jinja}", ""])
def test_plain_element_text_renders_as_jinja_would(text):
    """folium's rendered scripts go into branca Elements uncompiled (html.literal_elements): the page's bytes are
    what Jinja would have made of the same text."""
    import branca.element
    from jinja2 import Template

    from geomap.render.html import literal_elements

    with literal_elements():
        element = branca.element.Element(text)
    assert not isinstance(element._template, Template)
    assert element.render() == Template(text).render()


def test_element_text_with_jinja_syntax_is_still_a_template():
    import branca.element
    from jinja2 import Template

    from geomap.render.html import literal_elements

    with literal_elements():
        element = branca.element.Element("{{ 1 + 1 }}")
    assert isinstance(element._template, Template) and element.render() == "2"
    assert branca.element.Template is Template  # put back on leaving
