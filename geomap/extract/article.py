"""A report as geomap reads it: plain text (HTML converted), its title, its own date and where that came from."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from ..errors import DataError, Problem
from .dates import article_date_in_text, full_date_at_start
from .text import markdown_text, unwrapped

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: A text file that is HTML all the same: a page saved as .txt, or a fragment starting with a block element.
_HTML_START = re.compile(r"\s*<(?:!doctype html|html|head|body|article|main|header|section|div|h[1-6]|p|title)\b",
                         re.IGNORECASE)
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
#: Text written as Markdown, read without its markup.
MARKDOWN_SUFFIXES = (".md", ".markdown")
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)(?!\d)")
_ISO_PREFIX = re.compile(r"^\s*((?:19|20)\d{2})-([01]\d)-([0-3]\d)")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})([01]\d)([0-3]\d)(?:\D|$)")


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    title: str
    date: dt.date | None
    date_source: str  # where the date came from: "'Updated' line", "HTML meta article:published_time", ...
    url: str = ""
    outlet: str = ""  # who published it, when known (HTML); independent sources are counted by outlet

    @property
    def source(self) -> str:
        return self.outlet or Path(self.path).stem

    def with_date(self, date: dt.date, source: str) -> Article:
        return Article(self.path, self.text, self.title, date, source, self.url, self.outlet)


_BLOCK = frozenset([
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "blockquote", "figcaption", "figure", "pre", "hr", "dd", "dt", "time", "aside", "main",
    "nav", "title"
])
#: A table's cell of at most this many words is a field of its row (a number, a time, a place); longer is prose.
_FIELD_WORDS = 12
#: Elements with no end tag.
_VOID = frozenset(["br", "hr", "img", "meta", "link", "input", "wbr", "source", "col", "area", "base", "embed"])
#: The class or id of an element that holds the report's own correction or note, kept though it is an <aside>.
_NOTE_CLASS = re.compile(r"correction|clarification|editor'?s?[-_ ]?note", re.IGNORECASE)
# Not the report: code, navigation, sidebars ("related stories" would read as attacks of their own), footers.
_SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "form", "button", "nav",
                   "aside", "footer"])


class _HtmlText(HTMLParser):
    """Visible text of an HTML page (blocks on their own lines) plus its dating and naming metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self.title = ""
        self._skip = 0
        self._article_depth = 0
        self.article_parts: list[str] = []  # the text inside <article>, when the page marks its story
        self._note = 0  # inside an <aside> that is the report's correction or editor's note (read, not skipped)
        self._articles = 0  # <article> elements not inside another: a live blog marks each entry so
        self._after_articles = 0  # where in `parts` the last of them ended
        self._in_title = False
        self._in_json_ld = False
        # A table's row, as a log writes its entry in text: its short cells on one line of fields ("04-01 | 07 APR
        # 2246Z | Al Asad AB"), then each cell of prose as a paragraph. None outside a row, else its cells' text.
        self._row: list[str] | None = None
        self._pre = 0  # inside <pre>, where the page's own line breaks are text
        self._header_row = False  # the row being read has only <th> cells so far
        self._paragraph = 0  # inside a <p>
        self._header = 0  # inside a <header> (a page's title, byline and stamps, often outside its <article>)
        self.header_parts: list[str] = []
        # A note classed as the report's correction inside a part skipped as furniture ("<footer><p
        # class="correction">"): (its tag, the skip depth to restore when it ends).
        self._unskipped: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.meta.setdefault("canonical", values["href"].strip())
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "script" and "ld+json" in values.get("type", ""):
            self._in_json_ld = True
        if tag == "title":
            self._in_title = True
        self._enter(tag, bool(_NOTE_CLASS.search(f"{values.get('class', '')} {values.get('id', '')}")))
        if tag == "pre":
            self._pre += 1
        if tag == "article":
            self._articles += self._article_depth == 0
            self._article_depth += 1
        if tag == "p":
            self._paragraph += 1
        if tag in _BLOCK and not (tag == "time" and self._paragraph):
            self._add("\n")  # (a <time> inside a paragraph is part of its line: "By X · 13 June 2021 · updated ...")
        if tag == "tr":
            self._end_row()
            self._row = []
            self._header_row = True
        elif tag in ("td", "th") and self._row is not None:
            self._row.append("")
            self._header_row = self._header_row and tag == "th"

    def _end_row(self) -> None:
        if self._row is None:
            return
        cells = [re.sub(r"\s+", " ", cell).strip() for cell in self._row]
        self._row = None
        if self._header_row and cells:
            # ("Time | Where | What happened": a table's head names its columns; as a line of fields it would
            # read as an entry whose place is "What happened")
            self._add("\n" + " · ".join(cell for cell in cells if cell) + "\n")
            return
        # (the cells up to the first of prose are fields; what follows it, an assessment, is prose too)
        first_prose = next((i for i, cell in enumerate(cells) if len(cell.split()) > _FIELD_WORDS), len(cells))
        fields = [cell for cell in cells[:first_prose] if cell]
        prose = [cell for cell in cells[first_prose:] if cell]
        self._add("\n" + " | ".join(fields) + "\n" + "".join(f"\n{cell}\n" for cell in prose))

    def _enter(self, tag: str, noted: bool) -> None:
        """Skip the page's furniture, but read a note classed as the report's correction, wherever it stands."""
        if noted and self._skip and tag not in _VOID:
            # ("<footer><p class="correction">Correction: ... It exploded in al-Bab"): read, though in a footer
            self._unskipped.append((tag, self._skip))
            self._skip = 0
            self._note += 1
        elif tag in _SKIP and not self._skip and noted:
            self._note += 1  # ("<aside class="correction">": the report's own correction, not a sidebar)
        elif tag in _SKIP:
            self._skip += 1
        if tag == "header" and not self._skip:
            self._header += 1

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self._article_depth or self._note:
            self.article_parts.append(text)
        elif self._header and not self._articles:
            self.header_parts.append(text)

    def handle_endtag(self, tag: str) -> None:
        if self._unskipped and tag == self._unskipped[-1][0]:
            self._skip = self._unskipped.pop()[1]
            self._note -= 1
            self._add("\n")
            return
        if tag == "header" and self._header:
            self._header -= 1
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _SKIP and self._note:
            self._note -= 1
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if tag in ("tr", "table"):
            self._end_row()
        if tag in _BLOCK and not (tag == "time" and self._paragraph):
            self._add("\n")
        if tag == "p" and self._paragraph:
            self._paragraph -= 1
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
            if not self._article_depth:
                self._after_articles = len(self.parts)

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)
        elif self._in_title:
            self.title += data
        elif self._skip:
            return
        elif self._row is not None:
            if self._row:  # (the page's own line breaks between a row's cells are no text)
                self._row[-1] += data
        else:
            # A browser shows the source's line breaks inside a paragraph as spaces: a sentence wrapped in the
            # page's source is one sentence (but <pre> keeps its lines).
            self._add(data if self._pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        """The story's text: the <article> element's when it holds one, else the whole page's. A page whose
        entries are each an <article> (a live blog, a tracker) is read up to the last of them, with the heading
        above them that dates them all, not the notes after them."""
        story = "".join(self.article_parts)
        if len(story.strip()) >= 200 and self._articles == 1:
            # (with the stamp of the page's header above it: "Published 6 October 2020, 17:40")
            stamps = [line for line in "".join(self.header_parts).split("\n") if re.search(r"\b(?:19|20)\d\d\b", line)]
            joined = "\n".join(stamps) + "\n" + story
        else:
            joined = "".join(self.parts[:self._after_articles] if self._articles > 1 else self.parts)
        joined = joined.replace("\xa0", " ")
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n")]
        return "\n\n".join(line for line in lines if line)


def _iso_date(value: str) -> dt.date | None:
    match = _ISO_PREFIX.match(value) or _COMPACT.match(value)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    date, _ = full_date_at_start(value.strip())
    return date


def _json_ld_date(blocks: list[str]) -> dt.date | None:
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    date = _iso_date(item["datePublished"])
                    if date:
                        return date
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date", "article:modified_time")


def _from_html(path: str, html: str) -> Article:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = parser.text()
    title = parser.meta.get("og:title") or parser.title.strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    date, source = None, ""
    for key in _DATE_META:
        if key in parser.meta:
            date = _iso_date(parser.meta[key])
            if date:
                source = f"HTML meta {key}"
                break
    if date is None:
        date = _json_ld_date(parser.json_ld)
        source = "HTML JSON-LD datePublished" if date else ""
    if date is None and parser.times:
        date = _iso_date(parser.times[0])
        source = "HTML <time datetime>" if date else ""
    url = parser.meta.get("canonical") or parser.meta.get("og:url") or ""
    if not re.match(r"^https?://[^\s<>\"']+$", url, re.I):
        url = ""
    outlet = parser.meta.get("og:site_name") or (urlparse(url).hostname or "").removeprefix("www.")
    return Article(path, text, title or _first_line(text), date, source, url, outlet)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared(data: bytes) -> str | None:
    """An HTML page decoded with the charset its <meta> declares, or None."""
    import codecs

    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        codecs.lookup(match.group(1).decode("ascii"))
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def read_article(path: Path, *, label: str | None = None) -> Article:
    """Read one report; DataError names the file when it cannot be read as text."""
    name = label or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, None, None, f"cannot be read ({exc.strerror or exc})")]) from None
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared(data)  # a web page saved in the charset it declares ("windows-1256", "iso-8859-1")
        if declared is None:
            raise DataError([Problem(name, None, None, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8")]) \
                from None
        raw = declared
    if "\x00" in raw:
        raise DataError([Problem(name, None, None, "is a binary file, not a text or HTML report")])
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    looks_html = path.suffix.lower() in HTML_SUFFIXES or _HTML_START.match(raw[:200]) is not None
    if not looks_html and path.suffix.lower() in MARKDOWN_SUFFIXES:
        raw = markdown_text(raw)
    article = _from_html(name, raw) if looks_html else Article(name, unwrapped(raw), _first_line(raw), None, "")
    if article.date is None:
        date, source = article_date_in_text(article.text)
        if date is None:
            match = _FILENAME_DATE.search(path.name)
            if match:
                try:
                    date, source = dt.date(*map(int, match.groups())), "file name"
                except ValueError:
                    date = None
        if date is None:
            date, source = _year_of_a_list(article)
        if date is not None:
            article = article.with_date(date, source)
    return article


#: A list's title that names its year: "List of attacks in Kirkuk province in 2021".
_LIST_YEAR = re.compile(r"\b(?:list|timeline|chronology) of\b.*?\b(?:in|of|during|for)\s+(?P<year>(?:19|20)\d{2})\b"
                        r"(?!.*\b(?:19|20)\d{2}\b)", re.IGNORECASE)
#: Days told relative to when the page was written, which a list's year cannot resolve.
_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last (?:night|week|month)|this (?:morning|week)|"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


def _year_of_a_list(article: Article) -> tuple[dt.date | None, str]:
    """The last day of the year an undated list's title names, to resolve its entries' days ("24 June" in a "List
    of attacks in Kirkuk province in 2021" is of 2021); (None, "") when the title names none, or the page tells
    days relative to when it was written (a weekday, "yesterday"), which the year cannot resolve."""
    match = _LIST_YEAR.search(article.title)
    if match is None or _RELATIVE_DAY.search(article.text):
        return None, ""
    return dt.date(int(match.group("year")), 12, 31), f"the year of the list's title '{match.group().strip()}'"
