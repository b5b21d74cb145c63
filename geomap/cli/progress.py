"""A progress bar on stderr for builds that take more than a second.

It stays silent for quick work and when stderr is not a terminal (logs and CI), unless asked for with
--progress; stdout keeps only the result.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

#: Nothing is drawn before this many seconds have passed: a quick build shows no bar at all.
DELAY_S = 1.0
WIDTH = 28


class ProgressBar:
    """Called with (stage, done, total): draws `[#####.....]  3/8 writing the GeoPackage` on one line."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, delay_s: float = DELAY_S) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.delay_s = delay_s
        self.started = time.monotonic()
        self.drawn = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.started < self.delay_s:
            return
        filled = int(WIDTH * done / max(total, 1))
        self.stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total} {stage:<32}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * (WIDTH + 42) + "\r")
            self.stream.flush()
