"""Incidents aggregated for a map beyond the size a page can carry one by one.

Each incident falls in a cell of CELL_DEG degrees (longitude and latitude) and a calendar month; incidents
of the same cell and month that share every facet value (outcome, weapon family, target, claimed by,
location precision, and the datasets' event types) are one aggregate, drawn at the cell's centre with their
number. The page's time window and facets then filter aggregates as they filter incidents, and every count it
shows (legend, facets, histogram) adds up their numbers, so the map still answers "how many, where, when".
When the aggregates would still be too many for a page (MAX_AGGREGATES), cells double in size, then months
become years (see Aggregates): the map stays small whatever the input.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from . import settings
from .weapons import family

if TYPE_CHECKING:
    import geopandas
    import pandas as pd

#: The side of a cell, in degrees: about 5.5 km north-south, a town and its outskirts.
CELL_DEG = 0.05
#: The columns an aggregate keeps as they are (each is a facet of the page where the data has it).
KEPT = ("outcome", "target_name", "claimed_by", "geo_precision", "event_type", "sub_event_type", "type_of_violence",
        "event_root")
#: Columns of an incident's popup that an aggregate leaves empty.
POPUP_BLANKS = ("direction", "launch_name", "launch_distance_m", "count", "damage", "injuries", "claimed_by",
                "source", "url", "notes", "target_name")
KEYS = ("cell_x", "cell_y", "month", "weapon", *KEPT)


def cells(frame: geopandas.GeoDataFrame) -> pd.DataFrame:
    """One row per aggregate of `frame`'s incidents: its keys, its number of incidents and their fatalities."""
    import numpy as np
    import pandas as pd

    lon, lat = frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float)
    dates = pd.to_datetime(frame["date"], errors="coerce")
    keys = pd.DataFrame({
        "cell_x": np.floor(lon / CELL_DEG).astype(np.int64), "cell_y": np.floor(lat / CELL_DEG).astype(np.int64),
        "month": dates.dt.strftime("%Y-%m").fillna(""),
        "weapon": frame["weapon"].astype("string").fillna("").map(lambda w: family(w) if w else ""),
    })
    for column in KEPT:
        keys[column] = (frame[column].astype("string").fillna("") if column in frame.columns
                        else pd.Series("", index=frame.index, dtype="string"))
    keys["incidents"] = 1
    keys["fatalities"] = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0).to_numpy(np.int64)
    return keys.groupby(list(KEYS), sort=False, dropna=False)[["incidents", "fatalities"]].sum().reset_index()


#: The aggregates a map carries at most (a canvas draws a quarter of a million dots at ease).
MAX_AGGREGATES = 250_000
#: Coarser and coarser aggregates: (cells of this many CELL_DEG, month or year).
LEVELS = ((1, "month"), (2, "month"), (4, "month"), (8, "month"), (16, "month"), (16, "year"), (32, "year"),
          (64, "year"), (128, "year"))


class Aggregates:
    """The aggregates of the parts added so far, at the finest level (of LEVELS) that keeps them within `limit`:
    memory stays that of `limit` aggregates and one part, whatever the input's size."""

    def __init__(self, limit: int = MAX_AGGREGATES) -> None:
        self.limit = limit
        self.level = 0
        self.table = cells_empty()

    def add(self, part: pd.DataFrame) -> None:
        """A part's aggregates (as `cells` makes them, at the finest level)."""
        for level in range(1, self.level + 1):
            part = _coarser(part, level)
        self.table = merge_cells([self.table, part])
        while len(self.table) > self.limit and self.level + 1 < len(LEVELS):
            self.level += 1
            self.table = merge_cells([_coarser(self.table, self.level)])

    @property
    def cell_deg(self) -> float:
        return CELL_DEG * LEVELS[self.level][0]

    @property
    def period(self) -> str:
        return LEVELS[self.level][1]

    def frame(self) -> geopandas.GeoDataFrame:
        return cell_frame(self.table, self.cell_deg)


def _coarser(table: pd.DataFrame, level: int) -> pd.DataFrame:
    """Aggregates of level - 1 as those of `level`: cells twice as wide, or years instead of months."""
    import numpy as np

    out = table.copy()
    if LEVELS[level][0] != LEVELS[level - 1][0]:
        out["cell_x"] = out["cell_x"].to_numpy(np.int64) // 2
        out["cell_y"] = out["cell_y"].to_numpy(np.int64) // 2
    if LEVELS[level][1] != LEVELS[level - 1][1]:
        out["month"] = out["month"].astype(str).str[:4]
    return out


def merge_cells(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The aggregates of several parts as one, in a stable order (cell, month, then the facet values)."""
    import pandas as pd

    if not parts:
        return cells_empty()
    merged = pd.concat(parts, ignore_index=True).groupby(list(KEYS), sort=True, dropna=False)[
        ["incidents", "fatalities"]].sum().reset_index()
    return merged


def cells_empty() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({k: pd.Series(dtype="int64" if k in ("cell_x", "cell_y") else "string") for k in KEYS} | {
        "incidents": pd.Series(dtype="int64"), "fatalities": pd.Series(dtype="int64")})


def cell_frame(aggregates: pd.DataFrame, cell_deg: float = CELL_DEG) -> geopandas.GeoDataFrame:
    """The aggregates as rows the map draws like incidents (see render.canvas): at the cell's centre (cells of
    `cell_deg`), dated by month or year, with an `incidents` column that the page's counts add up."""
    import geopandas
    import numpy as np
    import pandas as pd

    x = aggregates["cell_x"].to_numpy(np.int64)
    y = aggregates["cell_y"].to_numpy(np.int64)
    lon = np.round((x + 0.5) * cell_deg, 6)
    lat = np.round((y + 0.5) * cell_deg, 6)
    month = aggregates["month"].astype(str).to_numpy(dtype=object)  # "2021-03", or "2021" for a year
    dated = month != ""
    date = np.array([dt_month(m) if d else None for m, d in zip(month, dated, strict=True)], dtype=object)
    half_diagonal = cell_deg / 2 * 111_320 * math.sqrt(2)
    where = [f"cell {abs(b):.3f}°{'N' if b >= 0 else 'S'} {abs(a):.3f}°{'E' if a >= 0 else 'W'}"
             for a, b in zip(lon.tolist(), lat.tolist(), strict=True)]
    frame = pd.DataFrame({
        "id": [f"{w}, {m or 'undated'}, {i + 1}" for i, (w, m) in enumerate(zip(where, month, strict=True))],
        "date": date, "date_text": month, "time_precision": np.where(dated, 3, 1),
        "place": where, "weapon": aggregates["weapon"].astype(str).to_numpy(dtype=object),
        "outcome": aggregates["outcome"].astype(str).replace("", "unknown").to_numpy(dtype=object),
        "incidents": aggregates["incidents"].to_numpy(np.int64),
        "fatalities": aggregates["fatalities"].to_numpy(np.int64),
        "longitude": lon, "latitude": lat, "uncertainty_m": half_diagonal,
    })
    for column in KEPT[1:]:
        values = aggregates[column].astype(str)
        if (values != "").any():
            frame[column] = values.where(values != "", None).to_numpy(dtype=object)
    for column in POPUP_BLANKS:  # what an incident's popup tells that an aggregate does not
        if column not in frame.columns:
            frame[column] = None
    frame["geo_precision"] = pd.to_numeric(aggregates["geo_precision"], errors="coerce").astype("Int64").to_numpy()
    geometry = geopandas.points_from_xy(frame["longitude"], frame["latitude"], crs=settings.CRS)
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs=settings.CRS)


def dt_month(month: str):
    """The first day of "YYYY-MM" (or of the year "YYYY")."""
    import datetime as dt

    return dt.date(int(month[:4]), int(month[5:7]) if len(month) > 4 else 1, 1)
