"""Incident files as the field's datasets are downloaded: zipped (GDELT's event files, "20210303.export.CSV.zip";
UCDP's GED, "ged241-csv.zip") or gzipped ("events.csv.gz").

An archive is read as the one incident file it holds, decompressed in memory: its format is the member's
("x.csv.gz" is CSV; a zip's is its member's suffix), and every message, and the input_file column, names the
archive as the user gave it, with rows counted in the member. A zip holding several incident files, or none, is
refused with the names of what it holds, since geomap cannot tell which one is meant.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from pathlib import Path

from .errors import DataError, Problem, UsageError

ARCHIVE_SUFFIXES = (".zip", ".gz")
#: What an archive's member may be: the text formats geomap reads (binary ones, .xlsx, .parquet, .gpkg, are
#: compressed already and are not looked for inside an archive).
MEMBER_SUFFIXES = (".csv", ".tsv", ".txt", ".yaml", ".yml", ".geojson", ".json")
#: Decompressed bytes an archive may hold: far beyond any incident file held in memory, and a guard against a
#: small file that inflates without end.
MAX_MEMBER_BYTES = 16 * 2**30


def is_archive(path: Path) -> bool:
    return path.suffix.lower() in ARCHIVE_SUFFIXES


def format_suffix(path: Path) -> str:
    """The suffix that tells the file's format (lower case): its own, or that of the file an archive holds."""
    if not is_archive(path):
        return path.suffix.lower()
    inner = Path(member_name(path)).suffix.lower()
    if inner not in MEMBER_SUFFIXES:  # a zip's member is one already
        raise UsageError(f"{path}: geomap reads a .gz of a text file ({', '.join(MEMBER_SUFFIXES)}); decompress "
                         "it and give the file itself")
    return inner


def member_name(path: Path) -> str:
    """The name of the incident file an archive holds: a gzip's name without ".gz", a zip's one text member."""
    if path.suffix.lower() == ".gz":
        return path.name[: -len(path.suffix)]
    return _zip_member(path).filename


def data_size(path: Path) -> int:
    """The bytes of incident data: the file's size, or what its archive holds decompressed (a gzip's own record
    of it, which is modulo 4 GiB, is not trusted: the compressed size times a typical ratio stands in)."""
    if path.suffix.lower() == ".zip":
        return _zip_member(path).file_size
    if path.suffix.lower() == ".gz":
        return path.stat().st_size * 8
    return path.stat().st_size


def read_bytes(path: Path) -> bytes:
    """The file's bytes, decompressed when it is an archive; a damaged archive is a DataError naming it."""
    if path.suffix.lower() == ".zip":
        member = _zip_member(path)
        _check_size(path, member.file_size)
        try:
            with zipfile.ZipFile(path) as archive:
                return archive.read(member)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise DataError([Problem(str(path), None, None, f"is a damaged zip archive ({exc})")]) from None
        except RuntimeError as exc:  # an encrypted member
            raise DataError([Problem(str(path), None, None, f"cannot be unzipped ({exc}); unzip it first")]) \
                from None
    if path.suffix.lower() == ".gz":
        try:
            with gzip.open(path, "rb") as handle:
                data = handle.read(MAX_MEMBER_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError([Problem(str(path), None, None, f"is not complete gzip data ({exc})")]) from None
        _check_size(path, len(data))
        return data
    return path.read_bytes()


def _check_size(path: Path, size: int) -> None:
    if size > MAX_MEMBER_BYTES:
        raise DataError([Problem(str(path), None, None, f"holds more than {MAX_MEMBER_BYTES / 2**30:.0f} GiB once "
                                 "decompressed; decompress it and give the file itself")])


def _zip_member(path: Path) -> zipfile.ZipInfo:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        raise DataError([Problem(str(path), None, None, "is not a zip archive (or a damaged one)")]) from None
    # Folders, and the resource forks and hidden files that archivers add, are no incident files.
    files = [i for i in infos if not i.is_dir() and not any(part.startswith(("__MACOSX", "."))
                                                            for part in i.filename.split("/"))]
    data = [i for i in files if Path(i.filename).suffix.lower() in MEMBER_SUFFIXES]
    tables = [i for i in data if Path(i.filename).suffix.lower() in (".csv", ".tsv")]
    if len(data) > 1 and len(tables) == 1:
        data = tables  # a table beside its readme.txt or codebook.json
    if len(data) == 1:
        return data[0]
    held = ", ".join(i.filename for i in (data or files)[:5]) + (", ..." if len(data or files) > 5 else "")
    if not data:
        what = f"holds no incident file ({', '.join(MEMBER_SUFFIXES)})" + (f"; it holds {held}" if files else "")
        raise DataError([Problem(str(path), None, None, what)])
    raise DataError([Problem(str(path), None, None, f"holds {len(data)} incident files ({held}); unzip it and "
                                                    "give the one to map, or each of them")])
