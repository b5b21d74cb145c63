"""Basemaps by name, from the xyzservices registry of tile providers.

`--tiles OpenTopoMap` or `--tiles Esri.WorldImagery` picks a provider; a group name such as
`OpenStreetMap` means its first member (OpenStreetMap.Mapnik). `--tiles none` means no basemap at
all: the map then draws a graticule and place labels of its own, so it needs no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import UsageError

NONE = "none"
#: The basemaps a map offers when the user names none; the first is shown.
DEFAULT_TILES: tuple[str, ...] = ("OpenStreetMap.Mapnik", "OpenTopoMap", "Esri.WorldImagery")
#: Shorter labels for the layer control than the providers' dotted names.
_LABELS = {
    "OpenStreetMap.Mapnik": "OpenStreetMap",
    "OpenTopoMap": "Topographic (OpenTopoMap)",
    "Esri.WorldImagery": "Satellite (Esri)",
}


@dataclass(frozen=True)
class Basemap:
    name: str  # the provider's name in xyzservices
    label: str  # as the layer control shows it
    url: str
    attribution: str  # HTML, as the provider publishes it
    max_zoom: int


def _provider(name: str):  # -> xyzservices.TileProvider
    import xyzservices
    import xyzservices.providers as registry

    try:
        found = registry.query_name(name)
    except ValueError:
        found = None
        group = next((v for k, v in registry.items() if k.lower() == name.lower()), None)
        if isinstance(group, xyzservices.Bunch):  # a family such as OpenStreetMap: take its first member
            found = next(iter(group.flatten().values()), None)
    if not isinstance(found, xyzservices.TileProvider):
        raise UsageError(f"--tiles: no basemap called {name!r}{_suggest(name)}; or give 'none' for no basemap")
    if found.requires_token():
        raise UsageError(f"--tiles: {found.name} needs an API key, which a shareable map cannot carry; "
                         f"choose one of {', '.join(DEFAULT_TILES)}, or 'none'")
    return found


def _suggest(name: str) -> str:
    import xyzservices.providers as registry
    from rapidfuzz import fuzz, process, utils

    names = [k for k, v in registry.flatten().items() if not v.requires_token()]
    close = process.extract(name, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3,
                            score_cutoff=70)
    return f" (did you mean {', '.join(c[0] for c in close)}?)" if close else ""


def resolve_basemaps(names: Sequence[str] | None) -> list[Basemap]:
    """The basemaps named, in order; an empty list for `none`; the defaults when no name is given."""
    names = list(names) if names else list(DEFAULT_TILES)
    if any(n.strip().lower() == NONE for n in names):
        if len(names) > 1:
            raise UsageError("--tiles none cannot be combined with other basemaps")
        return []
    basemaps: list[Basemap] = []
    for name in names:
        provider = _provider(name.strip())
        if any(b.name == provider.name for b in basemaps):
            continue
        basemaps.append(Basemap(provider.name, _LABELS.get(provider.name, provider.name), provider.build_url(),
                                provider.html_attribution, int(provider.get("max_zoom", 19))))
    return basemaps
