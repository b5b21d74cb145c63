"""release_freed gives freed heap pages back to the system (the build calls it between its stages)."""

from __future__ import annotations

import sys

import pytest

from geomap.memory import release_freed


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim and /proc are Linux's")
def test_freed_small_objects_go_back_to_the_system():
    import pyarrow  # noqa: F401  (imported by release_freed: loaded before the measure)

    # 200,000 strings of a kilobyte (past Python's own small-object arenas, so from glibc's heap), then all but
    # every 500th freed: glibc keeps the pages that held them (below a string still in use, the heap's top
    # cannot shrink) until malloc_trim returns them.
    held = [("x" * 1000) + str(i) for i in range(200_000)]
    kept = held[::500]
    del held
    before = _rss_kib()
    release_freed()
    after = _rss_kib()
    assert len(kept) == 400
    assert before - after > 50_000, (before, after)  # more than 50 MiB of the ~200 MiB freed
