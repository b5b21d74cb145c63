"""Files written atomically: a temporary file beside the target, moved into place only once it is complete,
so that a failure (a full disk, an interrupt) leaves the earlier file exactly as it was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def atomic_open(path: str | Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file to write (newline="": the writer chooses line ends) that appears at `path` only when the
    block ends without an error; the temporary file is removed either way."""
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding=encoding, newline="") as handle:
            yield handle
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as any file the user writes, not mkstemp's owner-only mode
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
