from __future__ import annotations

import os
import shutil

import pytest


def require_program(name: str, package: str) -> str:
    """The path of a real client program; skip with a reason when missing, but never skip in CI."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package {package}; `make test` installs it when run as root)"
    if os.environ.get("CI"):
        pytest.fail(message + " - CI must run every test")
    pytest.skip(message)
