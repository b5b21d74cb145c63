"""How distances are written for people: labels and tooltips of the map and the outputs. No geodesy here."""

from __future__ import annotations


def format_distance(metres: float) -> str:
    """'850 m', '5.8 km', '42 km'."""
    if metres < 1000:
        return f"{metres:.0f} m"
    if metres < 100_000:
        return f"{metres / 1000:.1f} km"
    return f"{metres / 1000:.0f} km"


def format_radius(metres: float) -> str:
    """Round ring labels: '500 m', '1 km', '2.5 km'."""
    return f"{metres:g} m" if metres < 1000 else f"{metres / 1000:g} km"
