"""The HTML map. Only this package imports folium."""

from __future__ import annotations

from .html import OUTCOME_COLOURS, render_map

__all__ = ["OUTCOME_COLOURS", "render_map"]
