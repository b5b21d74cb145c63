"""How far weapons fly: a small table for plausibility checks, not for analysis.

A launch site farther from the impact than the weapon's maximum range is a sign that a place name was
resolved to the wrong town (al-Baghdadi in Iran, 1,469 km from Ain al-Asad, for 107 mm rockets).
The ranges are the published maximum ranges of the common systems, rounded up:

| weapon words | maximum range | reference |
|---|---|---|
| 107 mm rocket (Type 63, "Katyusha" in Iraqi reporting) | 8.5 km | Type 63 multiple rocket launcher, Wikipedia |
| 122 mm rocket, Grad, BM-21 | 40 km (20 km for the common 9M22) | BM-21 Grad, Wikipedia |
| Katyusha, unspecified | 40 km (it may be 107 mm or 122 mm) | |
| mortar (60, 81/82, 120 mm) | 10 km | M120 mortar 7.2 km, 2B11 7.1 km, Wikipedia |
| rocket, unspecified | 40 km | |
| drone, UAV, missile | not checked below 2,500 km (one-way drones and ballistic missiles fly far) | |
"""

from __future__ import annotations

import re

#: (pattern over the weapon text, maximum range in metres, what the table calls it); first match wins.
#: The most specific words first: "Katyusha missiles" and "Grad missile" are rockets, whatever the reporter wrote.
RANGES: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (re.compile(r"\b107\s*-?\s*mm|\b107\b", re.I), 8_500.0, "107 mm rocket"),
    (re.compile(r"\b(122\s*-?\s*mm|grad|bm-?21)", re.I), 40_000.0, "122 mm rocket"),
    (re.compile(r"\bkatyusha", re.I), 40_000.0, "Katyusha rocket"),
    (re.compile(r"\bmortar", re.I), 10_000.0, "mortar"),
    (re.compile(r"\b(drone|uav|uas|missile|shahed|ballistic|cruise)", re.I), 2_500_000.0, "drone or missile"),
    (re.compile(r"\brocket", re.I), 40_000.0, "rocket"),
)


def max_range(weapon: str | None) -> tuple[float, str] | None:
    """(metres, name) of the longest a weapon described by `weapon` flies, or None if the text says nothing."""
    if not weapon:
        return None
    for pattern, metres, name in RANGES:
        if pattern.search(weapon):
            return metres, name
    return None


#: Weapon families, the map's facet: (pattern, family); first match wins, as in RANGES.
FAMILIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(drone|uav|uas|shahed|quadcopter)", re.I), "drone"),
    (re.compile(r"\bmortar", re.I), "mortar"),
    (re.compile(r"\b(107|122|240)\s*-?\s*mm\b.*rocket|\brocket|\bkatyusha|\bgrad\b|\bbm-?21", re.I), "rocket"),
    (re.compile(r"\b(missile|ballistic|cruise)", re.I), "missile"),
    (re.compile(r"\b(ied|bomb|explosive|vbied|car bomb|roadside)", re.I), "explosive device"),
    (re.compile(r"\b(gun|rifle|small arms|sniper|gunfire|shooting|shots?)\b", re.I), "gunfire"),
    (re.compile(r"\b(air ?strike|aircraft|jets?|helicopter)", re.I), "air strike"),
    (re.compile(r"\b(artillery|shell(s|ing)?|howitzer)", re.I), "artillery"),
)


def family(weapon: str | None) -> str:
    """The family a weapon text belongs to ("107mm Katyusha rockets" -> "rocket"); "unknown" when empty,
    "other" when no family's words are in it."""
    if not weapon or not str(weapon).strip():
        return "unknown"
    for pattern, name in FAMILIES:
        if pattern.search(str(weapon)):
            return name
    return "other"
