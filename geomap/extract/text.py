"""Sentences and word tokens with their character offsets in the article.

A regular-expression splitter rather than a library: syntok took 7.8 ms for a 3 kB report on this
machine, most of the 10 ms an article may cost; news prose needs only line breaks, end punctuation and
a list of abbreviations ("U.S.", "Lt. Gen.", "Dec. 19").
"""

from __future__ import annotations

import bisect
import itertools
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
# ("... before their descent.12 The IRGC said": a footnote's mark after the stop, in text taken from a PDF)
# (or a name with its article in lower case: "... No casualties confirmed. al-Atarib (western countryside) - ...")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?(?:[A-Z0-9]|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]))|"
                       r"(?<=[a-z][.!?])\d{1,2}(?=\s+[A-Z])")
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


#: What opens a line of its own even in hard-wrapped text: a list's mark, a clock, a numbered item, a stamp
#: in capitals ("UPDATE", "MONDAY -"), a field line.
_OWN_LINE = re.compile(r"\s*(?:[-•*–—>|]|\d{1,2}[:.]\d{2}\b|\d{1,3}[.)/]\s|[A-Z]{3,}\b(?![a-z])|$|"
                       # ("As of 22 March 2021", "Issued: 3 May": a stamp under a title)
                       r"(?:As of|Issued|Published|Updated|Dated?|Posted)\b)")
#: How a line that a hard wrap ended may not end: a sentence's or a heading's close.
_CLOSED = (".", "!", "?", ":", ";", '"', "”", "’", ")", "]", "|")


#: Markdown's markup, which a report written as Markdown (a newsletter, notes) carries around its words.
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)([^\n]+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)


def _md_tables(text: str) -> str:
    """A Markdown table as geomap reads an HTML one: its head's line "Date · Location · Type", its rows' lines
    "Sun 09 Aug | al-Batha district | IED" (the outer pipes and the rule under the head dropped)."""
    lines = text.split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not _MD_TABLE_ROW.match(line) or _MD_TABLE_RULE.match(line):
            if not (_MD_TABLE_RULE.match(line) and i and _MD_TABLE_ROW.match(lines[i - 1])):
                kept.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        head = i + 1 < len(lines) and bool(_MD_TABLE_RULE.match(lines[i + 1]))
        kept.append((" · " if head else " | ").join(cells))
    return "\n".join(kept)


_MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_text(text: str) -> str:
    """The words of a Markdown report: headings, rules, emphasis, links and bullets without their markup
    ("**Who was hit.** SANA said" is read as "Who was hit. SANA said"), and its tables as an HTML page's."""
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _md_tables(text)  # (after the headings: a table's "# | Date" column is no heading)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_BULLET.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def unwrapped(text: str) -> str:
    """Plain text hard-wrapped at a fixed width (wire copy, mail, text taken from a PDF) with each wrap's
    newline made a space, so that a sentence broken over lines is read whole (offsets stay those of `text`,
    but for words hyphenated over a wrap).
    Text whose paragraphs are lines of their own, or a log of short lines that each close, is left as it is.
    In a paragraph that wraps, a full line that happens to close a sentence is a wrap too, and a word
    hyphenated over a wrap ("Mon-" / "day") is made whole again (the hyphen and the wrap are taken out)."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return text
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 140:
        return text  # (paragraphs of a line each run longer; a log's lines are short)
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))  # offset after each line's newline

    def full(i: int) -> bool:
        return len(lines[i].rstrip()) >= 0.7 * width and bool(lines[i].strip()) and bool(lines[i + 1].strip()) \
            and not _OWN_LINE.match(lines[i + 1])

    open_wraps = {i for i in range(len(lines) - 1) if full(i) and not lines[i].rstrip().endswith(_CLOSED)}
    if len(open_wraps) < 3:
        return text
    # (a paragraph's lines, between blank lines: one that wraps open somewhere wraps where a line closes too)
    paragraph = [0] * len(lines)
    for i in range(1, len(lines)):
        paragraph[i] = paragraph[i - 1] + (not lines[i - 1].strip())
    wrapping = {paragraph[i] for i in open_wraps}
    wraps = sorted(open_wraps | {i for i in range(len(lines) - 1) if full(i) and paragraph[i] in wrapping})
    chars = list(text)
    for i in reversed(wraps):  # (from the end: a word made whole shortens the text after it)
        at = ends[i] - 1
        chars[at] = " "
        if _HYPHENATED.search(lines[i]) is not None and lines[i + 1][:1].islower():
            # "Mon-" + "day, 1 October" -> "Monday, 1 October": the hyphen and the wrap go (the offsets after it
            # are those of the text read, two less than the file's)
            del chars[at - 1:at + 1]
    return "".join(chars)


#: A word broken by a hyphen at a line's end ("Mon-"), not a compound's dash ("cylinder-" may be one; the
#: check on the next line's case keeps "Deir ez-" + "Zor" apart).
_HYPHENATED = re.compile(r"(?<=[a-z]{2})-$")


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
    if _LONG_SENTENCE < end - start <= _BULLETIN_MAX and ";" in line[start:end]:
        # A bulletin's paragraph of one sentence, its items parted by semicolons ("...; in the northern Hama
        # countryside, ... rockets ... came down in the evening on the town of Karnaz, ...; the network also recalls
        # that on Wednesday ..."): each item a sentence of its own.
        for part in _ITEM_SEMICOLON.finditer(line, start, end):
            _add_piece(found, line, offset, part.start(), part.end(), line_number)
        return
    _add_piece(found, line, offset, start, end, line_number)


#: A sentence longer than this, its parts joined by semicolons, is read as several (up to a bulletin's paragraph:
#: a page of megabytes with no full stop is read as the one sentence it is, its clauses split where they tell
#: events, see events._event_clauses).
_LONG_SENTENCE = 400
_BULLETIN_MAX = 20_000
_ITEM_SEMICOLON = re.compile(r"[^;]+(?:;|$)")


def _add_piece(found: list[Sentence], line: str, offset: int, start: int, end: int, line_number: int) -> None:
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
