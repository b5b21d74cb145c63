"""Opening an importer's input: a text file, or the one data file inside a zip as the publishers ship them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import DataError, Problem

#: Files a publisher's zip carries beside the data (GeoNames puts readme.txt in every country zip).
_NOT_DATA = ("readme", "license", "licence", "metadata")


@contextmanager
def open_text(path: Path, suffixes: tuple[str, ...]) -> Iterator[io.TextIOBase]:
    """The file as UTF-8 text; for a zip, its one member ending in one of `suffixes` that is not a readme."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(suffixes)
                       and not Path(m).name.lower().startswith(_NOT_DATA)]
            if len(members) != 1:
                raise DataError([Problem(str(path), None, None, f"holds {len(members)} {'/'.join(suffixes)} data "
                                         f"files ({', '.join(members) or 'none'}); expected one")])
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield handle


def decode_problem(path: Path, exc: UnicodeDecodeError) -> DataError:
    return DataError([Problem(str(path), None, None, f"is not UTF-8 (byte {exc.start}); the published files are")])
