"""Sentences and word tokens with their character offsets in the article.

A regular-expression splitter rather than a library: syntok took 7.8 ms for a 3 kB report on this
machine, most of the 10 ms an article may cost; news prose needs only line breaks, end punctuation and
a list of abbreviations ("U.S.", "Lt. Gen.", "Dec. 19").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

#: Words that end with a full stop without ending the sentence (compared lower case, without the stop).
ABBREVIATIONS = frozenset(
    [
        "u.s", "u.k", "u.n", "u.s.a", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "rep", "sen", "gov", "pres", "st", "mt", "ft", "no", "nos", "vs", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "approx", "est",
        "dept", "govt", "a.m", "p.m", "e.g", "i.e", "etc", "hon", "rt", "prof", "brig", "sr", "jr", "messrs"
    ]
)

# End of a sentence: . ! or ? (with closing quotes or brackets), then space, then something that can
# start a sentence. Line breaks always end one (titles, captions and date lines stand alone).
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_LINES = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the article's text."""

    index: int
    start: int
    end: int
    text: str
    line: int  # which non-empty line of the article it is on (0: the title)


class Token(NamedTuple):
    start: int
    end: int
    text: str


def _abbreviation_before(text: str, stop: int) -> bool:
    """Is the full stop at `stop` the end of an abbreviation or an initial ("U.S.", "Gen.", "J.")?"""
    begin = stop
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:stop].lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str) -> list[Sentence]:
    """The sentences of an article, in order, each with its span."""
    found: list[Sentence] = []
    for line_number, line in enumerate(_LINES.finditer(text)):
        line_text, offset = line.group(), line.start()
        start = 0
        for boundary in _BOUNDARY.finditer(line_text):
            if line_text[boundary.start()] == "." and _abbreviation_before(line_text, boundary.start()):
                continue
            _add(found, line_text, offset, start, boundary.end(), line_number)
            start = boundary.end()
        _add(found, line_text, offset, start, len(line_text), line_number)
    return found


def _add(found: list[Sentence], line: str, offset: int, start: int, end: int, line_number: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    found.append(Sentence(len(found), begin, begin + len(stripped), stripped, line_number))


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens ("Baghdad's" is one token, "al-Asad" two), with offsets shifted by `offset`."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


class Spans:
    """Character spans that do not overlap one another, kept in order: whether a new span overlaps one costs a
    binary search, not a scan (a report of one endless sentence holds thousands of them)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans before i start before `end`
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
