"""Freed memory given back to the system between the stages of a build."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None  # glibc has it; musl does not
    except OSError:
        return None


def release_freed() -> None:
    """Give the pages of freed memory back to the system: glibc's heap (malloc_trim) and Arrow's memory pool keep
    what a stage freed (a million rows' temporary strings and buffers), so the next stage would start from the
    last one's peak. At a million incidents this returns about 250 MiB after reading (bench/whole.py)."""
    import pyarrow

    pyarrow.default_memory_pool().release_unused()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def release_arrow_freed() -> None:
    """Give back only what Arrow's memory pool keeps: cheap enough to call after every chunk of a writer, where
    glibc's malloc_trim, which walks the whole heap, cost 90 ms a call (2.4 s of a million-row build)."""
    import pyarrow

    pyarrow.default_memory_pool().release_unused()
