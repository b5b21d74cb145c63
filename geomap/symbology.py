"""How each layer looks, shared by the HTML map and the GeoPackage's QGIS styles, so the two agree.

A leaf module: colours as hex strings, labels as plain text.
"""

from __future__ import annotations

#: Impact points are coloured by outcome (ColorBrewer hues that stay apart for colour-blind readers).
OUTCOME_COLOURS = {
    "impact": "#d7301f",
    "intercepted": "#2b8cbe",
    "shot_down": "#6a51a3",
    "missed": "#fe9929",
    "unknown": "#737373",
}
OUTCOME_LABELS = {"impact": "Impact", "intercepted": "Intercepted", "shot_down": "Shot down", "missed": "Missed",
                  "unknown": "Unknown"}
TARGET_COLOUR = "#111111"
LAUNCH_COLOUR = "#238b45"
RING_COLOUR = "#444444"
AREA_COLOUR = "#41ab5d"
PLACE_COLOUR = "#555555"
OUTLINE_COLOUR = "#222222"
#: Borders and names of the offline context (countries, governorates, towns); its rivers are RIVER_COLOUR.
CONTEXT_COLOUR = "#6b6b6b"
#: Rivers of the offline context.
RIVER_COLOUR = "#6a9ec5"
