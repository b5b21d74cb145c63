"""The exception tree. A leaf module: every class inherits GeomapError and the matching builtin."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matches import Candidate  # for annotations only: this module stays a leaf at run time


class GeomapError(Exception):
    """Root of every error geomap raises on purpose; the CLI turns it into exit code 1."""


class UsageError(GeomapError, ValueError):
    """Raised when the caller asks for something that cannot be done (the CLI exits 2)."""


_CONTROL = {i: f"\\x{i:02x}" for i in (*range(0x20), 0x7F, *range(0x80, 0xA0))} | {0x0A: "\\n", 0x09: "\\t",
                                                                             0x0D: "\\r"}


def printable(text: str) -> str:
    """Text safe for one terminal line: control characters (escape sequences, newlines in a file name) written
    as escapes, so a name cannot recolour the terminal or split one message over two lines."""
    return text.translate(_CONTROL)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file: where it is and what would be right."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.column:
            where += f": {self.column}"
        return printable(f"{where}: {self.message}")


#: Problems a DataError's message lists; the rest are counted.
SHOWN_PROBLEMS = 50


class DataError(GeomapError, ValueError):
    """Raised when a data file has problems; carries every problem found, not just the first."""

    def __init__(self, problems: Sequence[Problem], *, limit: int = SHOWN_PROBLEMS) -> None:
        self.problems = list(problems)
        shown = [str(p) for p in self.problems[:limit]]
        rest = len(self.problems) - len(shown)
        if rest > 0:
            shown.append(f"... and {rest} more problem{'s' if rest != 1 else ''}")
        super().__init__("\n".join(shown))


class GazetteerError(DataError):
    """Raised when a gazetteer file is broken (bad coordinate, duplicate id, missing source...)."""


class PlaceNotFound(GeomapError, LookupError):
    """Raised when a name matches no gazetteer entry well enough; lists the closest candidates.

    `candidates` may be a function that finds them: the search for "did you mean" is slower than the
    lookup itself, so it runs only when someone reads the message or the candidates.
    """

    def __init__(self, query: str,
                 candidates: Sequence[Candidate] | Callable[[], Sequence[Candidate]] = ()) -> None:
        super().__init__(query)
        self.query = query
        self._candidates = candidates

    @property
    def candidates(self) -> list[Candidate]:
        if callable(self._candidates):
            self._candidates = list(self._candidates())
        return list(self._candidates)

    def brief(self) -> str:
        """The message without a "did you mean" search that has not run yet (about 5 ms a name): for the
        problems past those printed, which nobody reads one by one."""
        if callable(self._candidates):
            return f"no place matches {self.query!r} (`geomap gazetteer search NAME` lists the closest)"
        return str(self)

    def __str__(self) -> str:
        message = f"no place matches {self.query!r}"
        if self.candidates:
            return message + "; closest: " + "; ".join(str(c) for c in self.candidates)
        return message + " (nothing close either; add it to a gazetteer file with --gazetteer)"


class AmbiguousPlace(PlaceNotFound):
    """Raised when a name fits several places equally well; narrow it with a country or parent."""

    def __init__(self, query: str, candidates: Sequence[Candidate]) -> None:
        super().__init__(query, candidates)

    def __str__(self) -> str:
        return (f"{self.query!r} is ambiguous; it could be: " + "; ".join(str(c) for c in self.candidates)
                + " (add a country or parent, e.g. 'NAME, IQ' or 'NAME, Baghdad')")
