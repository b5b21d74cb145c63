"""The HTML map. Only this package imports folium."""

from __future__ import annotations

from .html import MapOptions, render_map
from .tiles import DEFAULT_TILES, resolve_basemaps

__all__ = ["DEFAULT_TILES", "MapOptions", "render_map", "resolve_basemaps"]
