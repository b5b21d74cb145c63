"""Reports of one event from several articles become one incident that keeps every source.

Two events fuse when they come from different articles, their dates are within a day (a week for dates
known to a week, the same month for dates known to a month; a day apart only when weapon and count
agree), they name the same place, one inside the other or sites within 12 km, their weapons can be one
weapon ("Grad" and "Katyusha" cannot) and their counts differ by a round at most.

An article that carries no date of its own cannot resolve "on Saturday night". When it tells an event
that a dated report of the same place, weapon and count also tells, and its words fit that date
("Saturday night" for an attack dated to Sunday morning), the article is dated from it and read again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .article import Article
from .dates import find_dates
from .events import ARTICLE_DAY, Event, Summary, article_events, dates_overlap, families_compatible, summarize
from .places import PlaceFinder

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")

#: Words an undated report may be dated by through another report: they name a day, not a month.
DAY_KINDS = frozenset({"weekday", "last_weekday", "weekday_rel", "day_word", "month_day", "day_month"})


@dataclass
class Incident:
    """One event, told by one or more articles."""

    events: list[tuple[Event, Summary]]

    @property
    def primary(self) -> tuple[Event, Summary]:
        """The report the incident's facts start from: dated by its own article, most precise, most detailed."""
        return min(self.events, key=lambda es: (
            es[0].article.date_source.startswith("inferred"), es[0].precision,
            -sum(r.place is not None for r in es[1].rows), -len(es[0].frames), es[0].article.path))

    @property
    def articles(self) -> list[Article]:
        return [e.article for e, _ in self.events]

    @property
    def independent_sources(self) -> int:
        return len({a.source.lower() for a in self.articles})


def _place_ids(summary: Summary) -> set[str]:
    ids = {r.place.place_id for r in summary.rows if r.place is not None}
    if summary.target is not None:
        ids.add(summary.target.place_id)
    return ids


def same_event(finder: PlaceFinder, a: tuple[Event, Summary], b: tuple[Event, Summary]) -> bool:
    (ea, sa), (eb, sb) = a, b
    if ea.article.path == eb.article.path or ea.date is None or eb.date is None:
        return False
    if not dates_overlap(ea, eb) or _after_its_report(ea, eb) or _after_its_report(eb, ea):
        return False
    mine, theirs = finder.core(_place_ids(sa)), finder.core(_place_ids(sb))
    if not any(finder.related(x, y) for x in mine for y in theirs):
        return False
    if not families_compatible({sa.family} - {None}, {sb.family} - {None}):  # type: ignore[arg-type]
        return False
    if _specific(sa.weapon) and _specific(sb.weapon) and _specific(sa.weapon) != _specific(sb.weapon):
        return False  # "Grad rockets" and "Katyusha rockets" are two salvos
    if sa.count and sb.count and abs(sa.count - sb.count) > 1:
        return False  # reports of one salvo differ by a round at most; "two" and "six" are two attacks
    # A day apart ("Saturday night", "early Sunday") only when the details agree.
    same_day = ea.date == eb.date or not ea.precision == eb.precision == 1
    return same_day or (sa.count == sb.count and sa.weapon == sb.weapon and sa.count is not None)


def _after_its_report(own: Event, other: Event) -> bool:
    """Is `other` dated after the report of `own`, an attack that report dates only by its own day? An attack
    happens before the report of it: a rocket attack a wire filed on the 12th tells is not one a piece of the 20th
    dates to the 19th, however near their places."""
    return own.date_basis == ARTICLE_DAY and own.article.date is not None and other.date is not None \
        and other.precision == 1 and other.date > own.article.date + dt.timedelta(days=1)


def _specific(weapon: str) -> str:
    """The name that tells salvos apart: 'Katyusha' of '107mm Katyusha rocket'; '' for a plain 'rocket'."""
    for name in ("Katyusha", "Grad", "107mm", "122mm", "240mm", "RPG", "mortar", "roadside bomb"):
        if name in weapon:
            return "Katyusha" if name == "107mm" else name
    return ""


def fuse(finder: PlaceFinder, told: list[tuple[Event, Summary]]) -> list[Incident]:
    """Group events into incidents; each event joins the first incident whose every report it matches."""
    incidents: list[Incident] = []
    open_: list[tuple[dt.date, Incident]] = []  # incidents a later event may still join (by their latest date)
    ordered = sorted(told, key=lambda es: (es[0].date or dt.date.max, es[0].article.path))
    for item in ordered:
        date = item[0].date or dt.date.max
        open_ = [(latest, i) for latest, i in open_ if (date - latest).days <= 31]
        # Matching every report of a big incident would cost n squared; its first and latest stand for it.
        home = next((i for _, i in open_ if same_event(finder, item, i.events[0])
                     and same_event(finder, item, i.events[-1])), None)
        if home is None:
            home = Incident([item])
            incidents.append(home)
        else:
            home.events.append(item)
            open_ = [(latest, i) for latest, i in open_ if i is not home]
        open_.append((date, home))
    return incidents


def _details_agree(a: Summary, b: Summary) -> bool:
    """A weekday and a place match one attack a week in a busy year: dating by another report also needs the
    same count, the same weapon and an outcome in common."""
    if a.count is None or a.count != b.count or not a.weapon or not b.weapon:
        return False
    if a.weapon not in b.weapon and b.weapon not in a.weapon:
        return False
    return bool({r.outcome for r in a.rows} & {r.outcome for r in b.rows})


def _year_plausible(article: Article, anchor: dt.date) -> bool:
    """No year the report writes out may be after the date it is given, nor that date long after all of them;
    and the days it names by their month ("Tue May 30") must be near that date: a live blog of May is not
    dated by a January report of a bomb in the same district."""
    years = [int(y) for y in _YEAR.findall(article.text)]
    if years and not max(years) <= anchor.year <= max(years) + 1:
        return False
    named = [m.date for m in find_dates(article.text, anchor)
             if m.kind in ("day_month", "month_day") and m.date is not None]
    return not named or any(abs((day - anchor).days) <= _NAMED_DAY_REACH for day in named)


#: How far from the date inferred for a report the days it names by their month may lie (a monthly review).
_NAMED_DAY_REACH = 45


def date_from_other_reports(article: Article, events: list[Event], dated: list[tuple[Event, Summary]],
                            finder: PlaceFinder) -> tuple[Article, list[Event]] | None:
    """An undated article dated by a dated report of the same event, with its events read again; or None."""
    for event in events:
        mention = event.date_mention
        if not event.needs_anchor or mention is None or mention.kind not in DAY_KINDS:
            continue
        summary = summarize(event, finder)
        mine = finder.core(_place_ids(summary))
        for other, other_summary in dated:
            if other.date is None or other.article.path == article.path or other.precision != 1:
                continue
            if not _details_agree(summary, other_summary) or not any(
                    finder.related(x, y) for x in mine for y in finder.core(_place_ids(other_summary))):
                continue
            # Read the words as if the report had been published the day after the other report's event.
            anchor = other.date + dt.timedelta(days=1)
            reread = article_events(article, finder, anchor)
            trial = [e for e in reread if e.date_mention is not None
                     and e.date_mention.start == mention.start and e.date_frame is not None
                     and event.date_frame is not None
                     and e.date_frame.sentence.index == event.date_frame.sentence.index]
            if not trial or trial[0].date is None:
                continue
            candidate = (trial[0], summarize(trial[0], finder))
            if same_event(finder, candidate, (other, other_summary)) and _details_agree(
                    candidate[1], other_summary) and _year_plausible(article, anchor):
                redated = article.with_date(anchor, f"inferred: '{mention.text}' read as the event of {other.date} "
                                                    f"that {other.article.path} reports")
                for e in reread:
                    e.article = redated
                return redated, reread
    return None
