"""Synthetic incident files for benchmarks and scale tests: N incidents over real gazetteer places.

The records look like an analyst's file of rocket and drone attacks in Iraq and Syria: places named
as users name them (curated names and aliases, GeoNames towns), targets and launch sites for some,
a quarter with surveyed coordinates near the named place, free-text notes and sources. Same N and
seed, same file.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from functools import lru_cache
from pathlib import Path

from geomap.gazetteer import Gazetteer, Place
from geomap.geocode import Geocoder
from geomap.incidents import COLUMNS

WEAPONS = ("rockets", "Katyusha rockets", "107mm rockets", "Grad rockets", "drone", "explosive-laden drones",
           "mortar shells", "rocket-propelled grenade", "roadside bomb", "")
OUTCOMES = ("impact", "impact", "impact", "intercepted", "shot_down", "missed", "unknown")
CLAIMS = ("", "", "", "", "Saraya Awliya al-Dam", "Ashab al-Kahf", "Islamic Resistance in Iraq")
SOURCES = ("news reports", "Reuters", "AP", "AFP", "Rudaw", "Kurdistan 24", "The National", "Al-Monitor")
DAMAGE = ("", "", "", "minor damage", "a vehicle burned", "damage to a building", "a crater near the gate")
LAUNCH_RANGE_M = 40_000.0
#: A target is a curated site this close to where the attack landed (an impact far from its target is flagged).
TARGET_RANGE_M = 20_000.0
START = dt.date(2019, 1, 1)
DAYS = 6 * 365


@lru_cache(maxsize=1)
def place_names(geonames_towns: int = 300, seed: int = 7) -> tuple[tuple[str, Place], ...]:
    """(name as written, place it means): curated names and aliases, and GeoNames towns in Iraq and Syria.

    Only names that resolve to exactly one place are kept, so every synthetic file builds.
    """
    gazetteer = Gazetteer.load()
    geocoder = Geocoder(gazetteer)
    names: list[tuple[str, Place]] = []
    for place in gazetteer.places:
        for label in place.names:
            if label.isascii():
                names.append((label, place))
    towns = [p for p in gazetteer.geonames.places if p.country in ("IQ", "SY")]
    rng = random.Random(seed)
    for place in rng.sample(towns, min(geonames_towns, len(towns))):
        names.append((place.name, place))
    kept = []
    for label, place in names:
        try:
            match = geocoder.resolve(label)
        except Exception:  # ambiguous or unknown: not useful in a file that must build
            continue
        if match.place.id == place.id:
            kept.append((label, place))
    return tuple(kept)


@lru_cache(maxsize=1)
def _launch_choices(within_m: float = LAUNCH_RANGE_M) -> tuple[tuple[int, ...], ...]:
    """For each name, the names of other places within `within_m` (rockets fly tens of kilometres)."""
    import numpy as np

    from geomap.geodesy import inverse

    names = place_names()
    lon = np.array([p.longitude for _, p in names])
    lat = np.array([p.latitude for _, p in names])
    n = len(names)
    dist, _ = inverse(np.repeat(lon, n), np.repeat(lat, n), np.tile(lon, n), np.tile(lat, n))
    dist = dist.reshape(n, n)
    return tuple(tuple(int(j) for j in np.flatnonzero((dist[i] <= within_m) & (dist[i] > 0))) or tuple(range(n))
                 for i in range(n))


@lru_cache(maxsize=1)
def _target_choices(within_m: float = TARGET_RANGE_M) -> tuple[tuple[int, ...], ...]:
    """For each name, the curated sites within `within_m`: what an attack there was aimed at."""
    import numpy as np

    from geomap.geodesy import inverse

    names = place_names()
    sites = [i for i, (_, p) in enumerate(names) if p.kind == "site" and p.tier == "curated"]
    lon = np.array([p.longitude for _, p in names])
    lat = np.array([p.latitude for _, p in names])
    choices = []
    for i in range(len(names)):
        dist, _ = inverse(np.full(len(sites), lon[i]), np.full(len(sites), lat[i]), lon[sites], lat[sites])
        choices.append(tuple(s for s, d in zip(sites, dist, strict=True) if d <= within_m))
    return tuple(choices)


def rows(count: int, seed: int = 1):
    """`count` incident records as dicts of the incident file's columns."""
    rng = random.Random(seed)
    names = place_names()
    nearby = _launch_choices()
    targets = _target_choices()
    for i in range(count):
        at = rng.randrange(len(names))
        label, place = names[at]
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        precise = rng.random() < 0.9
        row = dict.fromkeys(COLUMNS, "")
        row["id"] = f"syn-{i + 1:07d}"
        row["date"] = day.isoformat() if precise else day.strftime("%Y-%m")
        row["place"] = label
        if rng.random() < 0.5 and targets[at]:
            row["target"] = names[rng.choice(targets[at])][0]
        if rng.random() < 0.2:
            row["launch_site"] = names[rng.choice(nearby[at])][0]
        row["weapon"] = rng.choice(WEAPONS)
        row["count"] = str(rng.randint(1, 12)) if rng.random() < 0.6 else ""
        row["outcome"] = rng.choice(OUTCOMES)
        if rng.random() < 0.2:
            row["fatalities"] = str(rng.randint(0, 5))
        if rng.random() < 0.2:
            row["injuries"] = str(rng.randint(0, 9))
        row["damage"] = rng.choice(DAMAGE)
        row["claimed_by"] = rng.choice(CLAIMS)
        row["source"] = rng.choice(SOURCES)
        if rng.random() < 0.3:
            row["url"] = f"https://news.example.org/{day:%Y/%m/%d}/report-{i + 1}"
        if rng.random() < 0.25:
            # A surveyed point: within a few hundred metres of the place (well inside its radius).
            row["latitude"] = f"{place.latitude + rng.uniform(-0.003, 0.003):.6f}"
            row["longitude"] = f"{place.longitude + rng.uniform(-0.003, 0.003):.6f}"
        if rng.random() < 0.3:
            row["notes"] = f"Report {i + 1}: {row['weapon'] or 'an attack'} near {label}."
        yield row


def write(path: Path, count: int, seed: int = 1) -> Path:
    """Write `count` synthetic incidents to the CSV file `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows(count, seed))
    return path


def ensure(path: Path, count: int) -> Path:
    """`path` holding `count` synthetic incidents over the gazetteer as it is now: written again when missing or
    older than the curated gazetteer (a file written before a place left it names places that no longer resolve)."""
    from geomap import settings

    places = settings.default_gazetteer_dir() / "places.csv"
    if not path.exists() or (places.exists() and path.stat().st_mtime < places.stat().st_mtime):
        print(f"writing {count:,} synthetic incidents to {path} ...", file=sys.stderr)
        write(path, count)
    return path
