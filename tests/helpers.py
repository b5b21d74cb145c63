from __future__ import annotations

import os
import shutil

import pytest


def unavailable(message: str) -> None:
    """A real client is missing: skip with the reason, but never skip in CI, where every test must run."""
    if os.environ.get("CI"):
        pytest.fail(message + " - CI must run every test")
    pytest.skip(message)


def require_program(name: str, package: str) -> str:
    """The path of a real client program; skip with a reason when missing (fail in CI)."""
    path = shutil.which(name)
    if path:
        return path
    unavailable(f"{name} is not installed (Debian package {package}; `make test` installs it when run as root)")
    raise AssertionError("unreachable")


def packed_layers(page: str) -> dict[str, tuple[dict, dict]]:
    """The canvas layers' data in a map.html, unpacked: {"GeomapPoints": (header, arrays), "GeomapLines": ...}."""
    import re

    from geomap.render.packing import unpack

    return {kind: unpack(data) for kind, data in re.findall(r'new L\.(Geomap\w+)\("([A-Za-z0-9+/=]*)"', page)}


def packed_text(page: str) -> str:
    """Every string the canvas layers of a map.html carry (popup cells, tooltips, titles), joined by newlines."""
    import json

    return "\n".join(json.dumps(header, ensure_ascii=False) for header, _ in packed_layers(page).values())
