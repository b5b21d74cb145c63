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
