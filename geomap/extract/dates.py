"""Dates in report prose: absolute ("December 19, 2021"), partial ("on January 3", "in September") and relative
("on Sunday night", "Monday last week", "last month"), each resolved against the article's own date.

A mention without a year means the latest matching date on or before the article's date: a report
published on a Sunday that says "on Sunday" means that day; one published on a Tuesday that says "in
September" means the last September. time_precision follows ACLED: 1 the day, 2 a week or so (the
mid-point), 3 a month (the mid-point) or a year (mid-year, as `geomap build` reads "2020").
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import Spans

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
#: The Syriac month names of the Levant and Iraq, as translations of Arabic media keep them ("13 Kanun al-Thani
#: 2020" is 13 January).
_LEVANT_MONTHS = {"kanun al-thani": 1, "shubat": 2, "adhar": 3, "nisan": 4, "ayyar": 5, "haziran": 6, "tammuz": 7,
                  "ab": 8, "aab": 8, "aylul": 9, "tishrin al-awwal": 10, "tishrin al-thani": 11, "kanun al-awwal": 12}
_MONTHS.update(_LEVANT_MONTHS)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# Month names must be capitalized: "may" and "march" are verbs too.
_M = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
      r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|"
      # a log's military style: "17 SEP 2018", "on 04 SEP"
      r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|"
      r"Kanun al-Thani|Shubat|Adhar|Nisan|Ayyar|Haziran|Tammuz|Aylul|Tishrin al-Awwal|Tishrin al-Thani|"
      r"Kanun al-Awwal|Aab\b|Ab\b)")
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d{2})"
#: The days of a month in words: "first" to "thirty-first".
_DAY_WORDS = {word: n for n, word in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
     "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
     "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"], start=1)}
#: ("on the last day of October", "the first day of May": a day of the month too)
_D_WORD = r"(?P<day>(?:first|last) day|" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_WD = r"(?P<weekday>[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_PART = r"(?P<part>early|mid|late|the (?:beginning|start|middle|end) of|(?:early|mid|late) in)"

#: A day of the month by its ordinal ("the 7th"), not a floor, an anniversary or a round ("the 3rd floor").
_ORDINAL_DAY = (r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?![\s-]+(?:of|floor|storey|story|anniversary|day|time|round|"
                r"attack|year|century|place|hour|week|month|[A-Z]\w*)\b)")

#: A day's year told after it, past a translator's bracket: "the first of May [Ayyar] last year".
_REL = r"(?:(?:\s*\[[^\]\[]{1,30}\])?(?: (?P<rel>last year|this year)))?"

#: (kind, pattern), tried in this order; a later pattern never takes text an earlier one matched.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day_year", re.compile(rf"\b{_M} {_D},? {_Y}\b")),
    # "on Friday 23/11/2007", "12-08-2023": day first, as the region's press writes it (see _numeric_date)
    ("numeric", re.compile(rf"\b(?:{_WD},?\s+)?(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second>[01]?\d)(?P=sep)"
                           r"(?P<year>(?:19|20)\d{2})\b")),
    # "on the fifteenth of January 2018": the day in words
    ("day_month_year", re.compile(rf"\bthe {_D_WORD} of {_M},? {_Y}\b")),
    ("day_month", re.compile(rf"\bthe {_D_WORD} of {_M}\b(?!,? \d){_REL}")),
    ("day_month_year", re.compile(rf"\b{_D} (?:of )?{_M},? {_Y}\b")),
    # "in July 2022 - the twenty-fifth -", "in March 2021, on the 3rd": a month and year, then its day
    ("day_month_year", re.compile(rf"\b{_M},? {_Y}\s*(?:[-–—,(]\s*)?(?:on )?the "
                                  rf"(?:{_D_WORD}|(?P<digits>[0-3]?\d)(?:st|nd|rd|th))\b(?=\s*[-–—,;)]|\s*$)")),
    ("part_month", re.compile(rf"\b{_PART}[- ](?:of )?{_M}(?:,? {_Y})?(?: (?P<rel>last year|this year))?\b")),
    # "Dec 29: two rockets..." (a list's label) is a day; "May 10:30" is a time.
    ("month_day", re.compile(rf"\b{_M} {_D}\b(?!:\d)(?:,? (?P<rel>last year|this year))?")),
    ("day_month", re.compile(rf"\b{_D} (?:of )?{_M}\b{_REL}")),
    ("month_year", re.compile(rf"\b{_M},? {_Y}\b")),
    ("month", re.compile(rf"\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Oo]f|[Ll]ast|[Tt]his|[Ee]arlier in|"
                         rf"[Ll]ater in) )"
                         rf"(?:early |late )?{_M}\b(?!\s+\d)(?: (?P<rel>last year|this year))?")),
    # "Saturday the 2nd": a weekday and the day of its month, the month left to the reader
    ("weekday_ordinal", re.compile(rf"\b{_WD},? the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b")),
    # "On the 7th the task force said ...": a day of the report's month (or the month before), the month left to
    # the reader (not "the 7th of", "the 5th anniversary", "the 3rd floor", "the 4th Division")
    # ("On the morning of the 3rd, a shell hit the house")
    ("ordinal_day", re.compile(r"\b[Oo]n the (?:(?:early |late )?(?:morning|afternoon|evening|night) of the )?"
                               + _ORDINAL_DAY)),
    # "On the last day of the month", "the first day of the month": a report's month (or the month before)
    ("month_edge", re.compile(r"\b(?:[Oo]n )?the (?P<edge>last|final|first) day of the month\b")),
    # a log's "Fri 24.03": a weekday and a day and month, day first, the year the report's (its weekday agreeing)
    ("weekday_numeric", re.compile(r"\b(?P<weekday>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|"
                                   r"nesday|rsday|urday)?)\.?,?\s+(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)\b(?![./]\d)")),
    ("weekday_rel", re.compile(rf"\b{_WD}(?: (?P<daypart>night|morning|evening|afternoon))? (?P<rel>last week)\b")),
    # a log's line opened by its weekday in capitals: "SUN, night | Khasham | ...", "TUE - ..."
    ("weekday", re.compile(r"(?m)^[ \t]*(?P<weekday>MON|TUE|WED|THU|FRI|SAT|SUN)\b\.?(?:,?[ \t]+"
                           r"(?P<daypart>night|morning|evening|afternoon))?(?=[ \t]*[,|:–—-])")),
    ("last_weekday", re.compile(rf"\b[Ll]ast {_WD}\b")),
    # ("On the same Monday": the day just told, see "follow")
    ("weekday", re.compile(rf"\b(?:(?P<mod>[Ee]arly|[Ll]ate) )?(?:(?:on|[Oo]n|since|by) )?(?:(?:early|late) )?"
                           rf"(?<![Ss]ame )(?<![Tt]hat ){_WD}"
                           r"(?: (?P<daypart>night|morning|evening|afternoon))?\b")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Oo]f|the|[Ee]arly|[Ll]ate|year) {_Y}\b")),
    # "on the second day of Eid", "Eid al-Adha": the feasts of the Islamic calendar, from their day in it
    # (only its day told: not "Eid attacks", "draws large crowds at Eid", "a week before Eid al-Adha")
    ("eid", re.compile(r"\b(?:(?:[Oo]n )?[Tt]he (?P<nth>first|second|third|fourth) day of |[Oo]n )(?:the )?"
                       r"Eid(?:[ -](?:al|ul|el)[ -](?P<which>Adha|Fitr))?\b(?! (?:holiday|week|break|season)s?\b)")),
    # "on Christmas Day": a day of the calendar that names its month and day
    ("holiday", re.compile(r"\b(?P<holiday>Christmas Eve|Christmas(?: Day|(?= (?:morning|afternoon|evening|night)\b))|"
                           r"New Year['’]s Day|New Year['’]s Eve|Boxing Day)\b")),
    # (before the day words: "Five years ago this morning" is one date, not "this morning")
    ("ago", re.compile(r"\b(?P<number>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"thirteen|fourteen|fifteen|twenty)|\d+) (?P<unit>days?|weeks?|"
                       # "Five years ago this morning": an anniversary, to the day
                       r"(?i:years?)(?= ago,? (?i:today|tonight|this (?:morning|afternoon|evening|day|week)|"
                       r"on this (?:day|date)|to the day)\b)) ago\b"
                       r"(?:,? (?i:today|tonight|this (?:morning|afternoon|evening|day)|on this (?:day|date)|"
                       r"to the day)\b)?")),
    # (not "eight days before today's": the day the report's attack was, counted from)
    ("day_word", re.compile(r"\b(?<!days before )(?<!day before )(?<!weeks before )"
                            r"(?P<word>(?:[Tt]he day before )?[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|"
                            r"[Tt]his (?:morning|evening|"
                            r"afternoon)|[Ee]arlier today|[Oo]vernight)\b")),
    ("period", re.compile(r"\b(?P<word>[Ll]ast week|[Tt]his week|[Ee]arlier this week|[Ll]ast month|[Tt]his month|"
                          r"[Ee]arlier this month|[Ll]ast year)\b")),
    # "The attack came a week after a drone killed three soldiers at X": the attack told in the sentence came
    # before the one told just before it (a negative offset).
    ("follow", re.compile(r"\b(?:(?P<came>came|comes|happened|occurred|took place) )?"
                          r"(?P<word>[Hh]ours later,? (?:just |shortly |soon )?(?:after|past) midnight|"
                          # "Less than an hour after the raid, ...", "An hour later, ...": that day (opening the
                          # sentence: "hit again roughly an hour after the first barrage" tells more of that attack)
                          r"^(?:[Ll]ess than |[Ww]ithin |[Aa]bout |[Jj]ust )?(?:[Aa]n|[Hh]alf an|[Oo]ne) hour "
                          r"(?:after|later)\b|"
                          r"[Hh]ours (?:later|earlier)|[Mm]inutes (?:later|earlier)|"
                          r"[Ll]ater that (?:day|night|evening|afternoon|morning)|"
                          r"[Tt]he same (?:day|night|evening|afternoon|morning|"
                          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
                          # "That evening several rounds landed": the day just told
                          r"[Tt]hat (?:same )?(?:day|night|evening|afternoon|morning)(?! (?:of|in|when|before)\b)|"
                          # ("the night of 26 March ... that Thursday morning": the day just told, by its weekday)
                          r"[Tt]hat (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:night|evening|afternoon|"
                          r"morning))?\b|"
                          r"[Ss]hortly (?:afterwards?|after that|later)|[Mm]oments later|[Ss]oon afterwards?|"
                          # "The attack came a few hours after three rockets were fired at X": that day
                          r"(?:[Aa] few|[Ss]everal|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix) hours "
                          r"(?:after|before|earlier)\b|"
                          # "About thirty hours after the Damascus blasts, Aleppo had its turn": a day on, or more
                          r"(?P<hours>[Tt]wenty-four|[Tt]hirty|[Tt]hirty-six|[Ff]orty|[Ff]orty-eight|[Ss]eventy-two|"
                          r"\d{2,3}) hours (?:later|after(?:wards)?)\b|"
                          r"[Tt]he (?:next|following) (?:day|night|morning|evening|afternoon)|"
                          r"[Tt]he (?:day|night) after(?:wards)?(?= *,)|[Aa] day later|"
                          r"[Tt]he previous (?:day|night|morning|evening|afternoon)|"
                          r"[Tt]he (?:day|night|evening) before(?= *[,.])|(?P<count>[Aa]|[Aa]n|[Oo]ne|"
                          r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|"
                          r"[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Tt]wenty|\d{1,2}) "
                          # ("three weeks to the day after a drone killed ...")
                          r"(?P<unit>days?|nights?|weeks?|fortnights?) (?:to the day )?"
                          r"(?:later|after(?:wards)?|earlier|"
                          # "Two days before that,": before the event told just before
                          r"before(?: that)?(?= *[,.])|"
                          # "Two days before the election, a crowd gathered": counted back from the vote's day
                          r"before(?= the (?:[\w-]+ ){0,2}(?:election|elections|vote|polls|ballot)\b)|"
                          # "eight days before the rocket came down,": before the attack the report told
                          r"before(?= the (?:[\w-]+ ){0,2}?(?:came down|hit|struck|landed|fell|exploded|attack|"
                          r"strike|blast|bombing|barrage)\b)|"
                          # "The largest came eight days before today's": before the report's own attack
                          r"before(?= (?:today|tonight|yesterday)['’]s\b)))\b")),
]

_HINT = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Kanun|Shubat|Adhar|Nisan|Ayyar|Haziran|Tammuz|"
                   r"Aylul|Tishrin|[Dd]ay|[Nn]ight|[Ww]eek|[Mm]onth|[Yy]ear|ago\b|"
                   r"[Ll]ater|[Aa]fterward|[Hh]ours?\b|[Mm]orning|[Ff]ortnight|Christmas|New Year|Boxing Day|"
                   r"[Ee]vening|[Aa]fternoon|Eid\b|^\s*(?:MON|TUE|WED|THU|FRI|SAT|SUN)\b")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "twenty": 20}
_HOURS = {"twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty": 40, "forty-eight": 48, "seventy-two": 72}
_PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 25}


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence. `date` is None when it needs an article date that is unknown."""

    start: int  # offsets within the sentence
    end: int
    text: str
    kind: str
    date: dt.date | None
    precision: int
    relative: bool  # resolved against the article's date (False: the text holds the year)
    follows: bool = False  # "hours later": the date of the event told just before
    offset_days: int = 0  # "the next day" +1, "four days later" +4: from that event's date
    # "came five days after X, and three weeks after Y": counted from what the sentence's first offset was
    same_reference: bool = False
    # "N days later, X was hit on the Saturday, and Y at dawn on Tuesday": the weekday after the event told last
    after_told: bool = False


#: A clock time with its zone next to a date: "at 5:30 p.m. EST on January 7", "January 7 at 17:30 GMT".
_ZONED_TIME = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?\s*"
                         r"\(?(?P<zone>EST|EDT|ET|CST|PST|GMT|UTC|Z|Eastern(?: Standard| Daylight)? [Tt]ime|"
                         r"Washington time|[Ll]ocal time|[Bb]aghdad time|[Dd]amascus time)\)?")
#: An event's clock time in Washington's zone, with no day beside it: "At approximately 9:30 p.m. EDT, ...".
_AT_US_CLOCK = re.compile(r"\b[Aa]t (?:approximately |about |around )?(?:[01]?\d)(?::[0-5]\d)?\s*[AaPp]\.?\s?[Mm]\.?\s*"
                          r"\(?(?:EST|EDT|ET|Eastern(?: Standard| Daylight)? [Tt]ime|Washington time)\b")
#: Hours from a zone to UTC. Eastern time: -5 in winter, -4 in summer (by month, March to October).
_ZONE_HOURS = {"est": -5, "edt": -4, "cst": -6, "pst": -8, "gmt": 0, "utc": 0, "z": 0}
#: The events geomap maps are in Iraq and Syria: UTC+3 (Arabia Standard Time; Syria since 2022, and in its
#: summers before).
LOCAL_UTC_HOURS = 3


def _local_day(text: str, start: int, end: int, date: dt.date) -> dt.date:
    """The day in Iraq and Syria of a date given with a clock time in another zone: a statement "at 5:30 p.m.
    EST on January 7" tells of a strike after midnight on January 8 local time."""
    window = text[max(0, start - 40):min(len(text), end + 40)]
    for match in _ZONED_TIME.finditer(window):
        zone = match.group("zone").lower()
        if "local" in zone or "baghdad" in zone or "damascus" in zone:
            return date
        if match.group("ampm") is None and match.group("minute") is None:
            continue  # "7 GMT" alone is no time
        local = _local_hour(int(match.group("hour")), match.group("ampm"), zone, date)
        return date + dt.timedelta(days=local // 24) if local >= 24 or local < 0 else date
    if _EVENING.search(text, start, end) and _WASHINGTON_TIME_AFTER.match(text, end):
        # "on Sunday evening, Washington time": seven or eight hours later in Iraq and Syria, past midnight
        return date + dt.timedelta(days=1)
    return date


_EVENING = re.compile(r"\b(?:evening|night)\b", re.IGNORECASE)
_WASHINGTON_TIME_AFTER = re.compile(r",?\s*(?:\(\s*)?(?:Washington|Eastern|US Eastern|New York) time\b")


def _follow_offset(match: re.Match[str]) -> int:
    """Days after the event told before: "the next day" 1, "four days later" 4, "two weeks later" 14."""
    word = match.group("word").lower()
    if match.group("hours"):
        hours = match.group("hours").lower()
        count = int(hours) if hours.isdigit() else _HOURS[hours]
        # (whole days, to the nearest: thirty hours after an early-morning blast is the next day)
        return (-1 if match.group("came") else 1) * round(count / 24)
    if match.group("count"):
        count = int(match.group("count")) if match.group("count").isdigit() else _SMALL[match.group("count").lower()]
        # "five days earlier", "a week before,": that many days before the event told before it
        sign = -1 if (match.group("came") and word.endswith(("after", "afterwards"))) \
            or word.endswith(("earlier", "before", "before that")) else 1
        unit = match.group("unit")
        return sign * count * (7 if unit.startswith("week") else 14 if unit.startswith("fortnight") else 1)
    if word.startswith("the previous") or (word.endswith("before") and "hour" not in word):
        return -1  # (but "two hours before the breaking of the fast" is that day)
    if word.endswith("midnight"):
        return 1  # "Hours later, just after midnight": the next day
    # "the next day", "the following night", "the day after,": the next day; "later that day": the same.
    return 1 if word.startswith(("the next", "the following", "a day later", "the day after", "the night after")) else 0


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_on_or_before(anchor: dt.date, month: int, day: int) -> dt.date | None:
    for year in (anchor.year, anchor.year - 1, anchor.year - 2, anchor.year - 3, anchor.year - 4):
        date = _valid(year, month, day)
        if date is not None and date <= anchor:
            return date
    return None


def _year_for(rel: str | None, anchor: dt.date) -> int:
    return anchor.year - 1 if rel == "last year" else anchor.year


Groups = dict[str, str | None]
Resolved = tuple[dt.date | None, int, bool]  # (date, precision, relative)


def _absolute_day(kind: str, g: Groups) -> Resolved:
    month = int(g["month"] or 0) if kind == "iso" else _month(g["month"] or "")
    return _valid(int(g["year"] or 0), month, int(g["day"] or 0)), 1, False


def _part_of_month(g: Groups, anchor: dt.date | None) -> Resolved:
    """"early March", "the end of May 2021": a day that stands for the part of the month (precision 2)."""
    month = _month(g["month"] or "")
    part = (g["part"] or "").split()[-2 if (g["part"] or "").endswith(" of") else 0]
    day = _PART_DAY.get(part, 15)
    if g.get("year"):
        return dt.date(int(g["year"] or 0), month, day), 2, False
    if anchor is None:
        return None, 2, True
    year = _year_for(g.get("rel"), anchor)
    if g.get("rel") is None and month > anchor.month:
        year -= 1
    return min(dt.date(year, month, day), anchor), 2, True


def _month_day(g: Groups, anchor: dt.date) -> Resolved:
    month, day = _month(g["month"] or ""), int(g["day"] or 0)
    if g.get("rel"):
        return _valid(_year_for(g["rel"], anchor), month, day), 1, True
    return _latest_on_or_before(anchor, month, day), 1, True


#: The days of the calendar that reports name instead of the date.
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26)}


def _holiday(g: Groups, anchor: dt.date) -> Resolved:
    name = (g["holiday"] or "").lower().replace("’", "'")
    month, day = _HOLIDAYS["christmas day" if name == "christmas" else name]  # "on Christmas morning"
    return _latest_on_or_before(anchor, month, day), 1, True


def _eid(g: Groups, anchor: dt.date) -> Resolved:
    """The day of the Eid named (al-Adha, 10 Dhu al-Hijjah; al-Fitr, 1 Shawwal), or of the latest of the two when
    the text says only "Eid", on or before the report's day; "the second day of Eid" is the day after. The Umm
    al-Qura calendar (hijridate) gives the day; a country that saw the moon a day apart keeps the feast a day
    apart, within the day either side a date is matched with."""
    from hijridate import Gregorian, Hijri

    which = (g.get("which") or "").lower()
    year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    feasts = [Hijri(y, month, day).to_gregorian() for y in (year - 1, year)
              for name, month, day in (("adha", 12, 10), ("fitr", 10, 1)) if which in ("", name)]
    told = max((d for d in feasts if d <= anchor + dt.timedelta(days=1)), default=None)
    if told is None:
        return None, 1, True
    nth = ("first", "second", "third", "fourth").index(g["nth"]) if g.get("nth") else 0
    return dt.date(told.year, told.month, told.day) + dt.timedelta(days=nth), 1, True


def _month_alone(g: Groups, anchor: dt.date) -> Resolved:
    month = _month(g["month"] or "")
    year = _year_for(g.get("rel"), anchor)
    if g.get("rel") is None and month > anchor.month:
        year -= 1
    return dt.date(year, month, 15), 3, True


def _weekday(kind: str, g: Groups, anchor: dt.date) -> Resolved:
    told = (g["weekday"] or "").lower()
    weekday = _WEEKDAYS[told] if told in _WEEKDAYS else _WEEKDAY_INDEX[told[:3]]  # ("SUN" in a log's line)
    if kind == "last_weekday":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7), 1, True
    if kind == "weekday_rel":  # "Monday last week": that weekday in the week (Monday to Sunday) before this one
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday - dt.timedelta(days=7 - weekday), 1, True
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7), 1, True


def _weekday_numeric(g: Groups, anchor: dt.date) -> Resolved:
    month, day = int(g["month"] or 0), int(g["day"] or 0)
    date = _latest_on_or_before(anchor, month, day) if 1 <= month <= 12 else None
    if date is None or calendar.day_abbr[date.weekday()].lower() != (g["weekday"] or "").lower()[:3]:
        return None, 1, False  # (not a date: "Fri 31.02", or one whose weekday is another day's)
    return date, 1, True


def _weekday_ordinal(g: Groups, anchor: dt.date) -> Resolved:
    """"Saturday the 2nd": the latest day on or before `anchor` that is that weekday and that day of its month
    (this month or the last two); no date when the two never meet (a misprint: neither is trusted)."""
    weekday, day = _WEEKDAYS[(g["weekday"] or "").lower()], int(g["day"] or 0)
    for back in range(92):
        date = anchor - dt.timedelta(days=back)
        if date.day == day and date.weekday() == weekday:
            return date, 1, True
    return None, 1, False


def _ordinal_day(g: Groups, anchor: dt.date) -> Resolved:
    """"on the 7th": the latest day on or before `anchor` that is that day of its month."""
    day = int(g["day"] or 0)
    for back in range(62):
        date = anchor - dt.timedelta(days=back)
        if date.day == day:
            return date, 1, True
    return None, 1, False


def _month_edge(g: Groups, anchor: dt.date) -> Resolved:
    """"on the last day of the month": the latest last (or first) day of a month on or before `anchor`."""
    first = (g["edge"] or "").lower() == "first"
    for back in range(62):
        date = anchor - dt.timedelta(days=back)
        if (date.day == 1) if first else (date + dt.timedelta(days=1)).day == 1:
            return date, 1, True
    return None, 1, False


def _period(g: Groups, anchor: dt.date) -> Resolved:
    word = (g["word"] or "").lower()
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if word == "last week":
        return monday - dt.timedelta(days=4), 2, True
    if word.endswith("this week"):
        return min(monday + dt.timedelta(days=3), anchor), 2, True
    if word == "last year":
        return dt.date(anchor.year - 1, 7, 1), 3, True
    first = anchor.replace(day=1)
    if word == "last month":
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return min(first.replace(day=15), anchor), 3, True


def _ago(g: Groups, anchor: dt.date) -> Resolved:
    number = int(g["number"] or 0) if (g["number"] or "").isdigit() else _SMALL[(g["number"] or "").lower()]
    if (g["unit"] or "").startswith("week"):
        return anchor - dt.timedelta(days=7 * number), 2, True
    if (g["unit"] or "").lower().startswith("year"):
        return same_day_of(anchor, anchor.year - number), 1, True
    return anchor - dt.timedelta(days=number), 1, True


def _day_word(g: Groups, anchor: dt.date) -> Resolved:
    word = (g["word"] or "").lower()
    back = 2 if word == "the day before yesterday" else 1 if word in ("yesterday", "last night") else 0
    return anchor - dt.timedelta(days=back), 1, True


#: Kinds that need the article's date, and how each resolves against it.
_RELATIVE: dict[str, Callable[[str, Groups, dt.date], Resolved]] = {
    "month_day": lambda kind, g, anchor: _month_day(g, anchor),
    "day_month": lambda kind, g, anchor: _month_day(g, anchor),
    "month": lambda kind, g, anchor: _month_alone(g, anchor),
    "weekday": _weekday, "last_weekday": _weekday, "weekday_rel": _weekday,
    "weekday_ordinal": lambda kind, g, anchor: _weekday_ordinal(g, anchor),
    "weekday_numeric": lambda kind, g, anchor: _weekday_numeric(g, anchor),
    "ordinal_day": lambda kind, g, anchor: _ordinal_day(g, anchor),
    "month_edge": lambda kind, g, anchor: _month_edge(g, anchor),
    "day_word": lambda kind, g, anchor: _day_word(g, anchor),
    "period": lambda kind, g, anchor: _period(g, anchor),
    "ago": lambda kind, g, anchor: _ago(g, anchor),
    "holiday": lambda kind, g, anchor: _holiday(g, anchor),
    "eid": lambda kind, g, anchor: _eid(g, anchor),
}


def _resolve(kind: str, g: Groups, anchor: dt.date | None) -> Resolved:
    """(date, precision, relative) of one match."""
    if g.get("day") in ("first day", "last day"):
        # (the last day of February is the 28th: a leap year's 29th is one day off, inside a label's day either side)
        month = _month(g["month"] or "") or 1
        g = {**g, "day": "1" if g["day"] == "first day" else str(calendar.monthrange(2001, month)[1])}
    if g.get("day") in _DAY_WORDS:
        g = {**g, "day": str(_DAY_WORDS[g["day"] or ""])}
    if g.get("digits"):
        g = {**g, "day": g["digits"]}
    if kind in ("iso", "month_day_year", "day_month_year"):
        return _absolute_day(kind, g)
    if kind == "numeric":
        return _numeric_date(g), 1, False
    if kind == "month_year":
        return dt.date(int(g["year"] or 0), _month(g["month"] or ""), 15), 3, False
    if kind == "year":
        return dt.date(int(g["year"] or 0), 7, 1), 3, False
    if kind == "part_month":
        return _part_of_month(g, anchor)
    resolve = _RELATIVE.get(kind)
    if anchor is None or resolve is None:
        return None, 1, True
    return resolve(kind, g, anchor)


_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|"
                         r"DEC|Kanun|Shubat|Adhar|Nisan|Ayyar|Haziran|"
                         r"Tammuz|Aylul|Tishrin|Aab|\bAb\b")
_KIND_WORDS = {
    "holiday": ("christmas", "new year", "boxing day"),
    "eid": ("eid",),
    "day_word": ("yesterday", "today", "tonight", "last night", "this morning", "this evening", "this afternoon",
                 "overnight"),
    "period": ("week", "month", "last year"),
    "ago": (" ago",),
    "month_edge": ("day of the month",),
    "follow": ("later", "same ", "that day", "that night", "that evening", "that afternoon", "that morning", "next ",
               "following ", "after", "previous ", "before", "earlier", "that mon", "that tue", "that wed", "that thu",
               "that fri", "that sat", "that sun"),
}


def _worth_trying(kind: str, lower: str, has_digit: bool, has_month: bool) -> bool:
    """Could the pattern of this kind match at all? Cheap tests on the sentence, before the regex."""
    if kind in ("iso", "year"):
        return has_digit
    if kind == "ordinal_day":
        return has_digit and "on the " in lower
    if kind == "numeric":
        return has_digit and ("/" in lower or "-" in lower or "." in lower)
    if kind in ("month_day_year", "day_month_year", "month_day", "day_month", "month_year"):
        return has_month and (has_digit or " of " in lower)  # ("the fifteenth of January")
    if kind in ("part_month", "month"):
        return has_month
    if kind == "weekday_numeric":
        return has_digit and ("." in lower or "/" in lower)
    if kind in ("weekday", "weekday_rel", "last_weekday", "weekday_ordinal"):
        return "day" in lower or lower.lstrip()[:3] in _WEEKDAY_INDEX  # (a log's "SUN, night | ...")
    return any(word in lower for word in _KIND_WORDS.get(kind, ("",)))


def _in_the_year_told(text: str, found: list[DateMention]) -> list[DateMention]:
    """"the day of Ashura of the year 2004, when on 2 March suicide bombers ...": a day and month told just after
    a year is in that year, not the one the report's date makes likely."""
    result = list(found)
    for index, day in enumerate(found):
        if day.kind not in ("day_month", "month_day") or day.date is None or day.relative is False:
            continue
        year = next((m for m in reversed(found[:index]) if m.kind in ("year", "month_year")), None)
        if year is None or year.date is None:
            continue
        # ("In one such attack in December 2021, militants struck ... on the evening of Tuesday Dec. 7": the
        # month told with its year holds the day told later in the sentence)
        same_month = year.kind == "month_year" and year.date.month == day.date.month
        if not same_month and not (year.kind == "year" and _YEAR_THEN_DAY.fullmatch(text, year.end, day.start)):
            continue
        try:
            moved = day.date.replace(year=year.date.year)
        except ValueError:  # 29 February
            continue
        result[index] = dataclasses.replace(day, date=moved, relative=False)
    return result


#: A day told by its ordinal alone, after its month: "in July, when a rocket ... late on the night of the 4th".
_ORDINAL_OF_MONTH = re.compile(r"\b(?:on|of) the " + _ORDINAL_DAY)


def _day_of_the_month_told(text: str, found: list[DateMention]) -> list[DateMention]:
    """"The zone was last hit in July, when ... on the night of the 4th": the month told first, its day
    later in the sentence, is that day (not the month, nor the latest 4th before the report); "on the 3rd and
    on the 9th" are two days of it."""
    months = [m for m in found if m.kind in ("month", "month_year") and m.precision == 3 and m.date is not None]
    days: list[DateMention] = []
    for ordinal in _ORDINAL_OF_MONTH.finditer(text):
        month = next((m for m in reversed(months) if m.end <= ordinal.start()), None)
        if month is None or month.date is None or ordinal.start() - month.end > 160:
            continue
        try:
            day = month.date.replace(day=int(ordinal.group("day")))
        except ValueError:
            continue
        days.append(DateMention(ordinal.start(), ordinal.end(), ordinal.group(), "day_month", day, 1, month.relative))
    if not days:
        return found
    # The month is told by its days now; an "on the 9th" read alone (the latest 9th before the report) is gone.
    told = {id(m) for d in days for m in months if m.end <= d.start}
    # (nor "on the night of the 4th" read as a day of the report's month: the same words, the month told before)
    return [m for m in found if id(m) not in told and not any(
        d.start <= m.start < d.end or m.start <= d.start < m.end for d in days)] + days


def _follow_mention(text: str, match: re.Match[str], anchor: dt.date | None) -> DateMention:
    """A day counted from another ("two days later", "the same day"): from the day told before it, left to the
    reader of the sentences; but "on Wednesday, two days before today's raids" counts from the report's own day."""
    start, end, offset = match.start(), match.end(), _follow_offset(match)
    if anchor is not None and offset < 0 and _BEFORE_TODAYS.match(text, end):
        return DateMention(start, end, match.group(), "follow", anchor + dt.timedelta(days=offset), 1, True)
    return DateMention(start, end, match.group(), "follow", None, 1, True, follows=True, offset_days=offset)


def _weekday_of_an_anniversary(text: str, found: list[DateMention]) -> list[DateMention]:
    """"A year ago this week, on a Saturday": the Saturday of the week that was a year before the report's day
    (the nearest to that day), not today's date a year back nor last Saturday."""
    for at, mention in enumerate(found):
        told = _ANNIVERSARY_WEEKDAY.match(text, mention.end) if mention.kind == "ago" and mention.date else None
        if told is None or mention.date is None:
            continue
        weekday = _WEEKDAY_INDEX[told.group("weekday").lower()[:3]]
        day = mention.date + dt.timedelta(days=(weekday - mention.date.weekday() + 3) % 7 - 3)
        merged = DateMention(mention.start, told.end(), text[mention.start:told.end()], "ago", day, 1, True)
        return [*found[:at], merged, *(m for m in found[at + 1:] if m.start >= told.end())]
    return found


_ANNIVERSARY_WEEKDAY = re.compile(r",?\s+this week,?\s+on a (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
                                  r"Saturday|Sunday)\b")
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _after_an_occasion(text: str, found: list[DateMention]) -> list[DateMention]:
    """"The latest came eight days after the January 30 election", "Two days before the April 20 vote": the day
    counted from an occasion's day (a vote, a truce), not from an attack's, is the day the sentence tells,
    whatever the sentence goes on to tell."""
    kept: list[DateMention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if before is not None and before.follows and before.offset_days and mention.date is not None \
                and mention.precision == 1 and before.text.lower().endswith(("after", "before")) \
                and _THE_ONLY.fullmatch(text, before.end, mention.start) and _OCCASION_AFTER.match(text, mention.end):
            # ("Two days before the April 20 vote, a suicide bomber ...": counted back from the vote's day)
            days = abs(before.offset_days) * (-1 if before.text.lower().endswith("before") else 1)
            kept[-1] = DateMention(before.start, mention.end, text[before.start:mention.end], mention.kind,
                                   mention.date + dt.timedelta(days=days), 1, mention.relative)
            continue
        if before is not None and before.follows and before.offset_days and mention.date is not None \
                and mention.precision == 1 and _OCCASION_THEN_DAY.fullmatch(text, before.end, mention.start):
            kept[-1] = mention  # ("A day before the vote, on Tuesday, a base was targeted": Tuesday)
            continue
        kept.append(mention)
    return kept


_THE_ONLY = re.compile(r"\s+the\s+")
_OCCASION_THEN_DAY = re.compile(r"\s+the\s+(?:[a-z]+\s+)?(?:elections?|vote|polls?|referendum|ceasefire|truce|"
                                r"inauguration|summit|handover|withdrawal|talks|debate|hearing|meeting)\s*,\s*")
#: After a day: an occasion that is no attack ("the January 30 election", "the 7 March parliamentary vote").
_OCCASION_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:elections?|vote|polls?|referendum|ceasefire|truce|inauguration|"
                             r"summit|handover|withdrawal|talks)\b")


#: After "two days before": the report's own day it counts from ("today's raids").
_BEFORE_TODAYS = re.compile(r"\s+(?:today|tonight)['’]s\b", re.IGNORECASE)
#: What may stand between a year and the day of it told next: "2004, when on 2 March".
_YEAR_THEN_DAY = re.compile(r"[,;]?\s+(?:when|as|and|that|on|then|\s)*(?:on\s+)?")


def _turned_local(text: str, start: int, end: int, date: dt.date) -> dt.date:
    """The day told at text[start:end] as a day in Iraq and Syria: shifted by a clock in another zone beside it,
    not when the words say it is local ("before dawn on Sunday in Baghdad"); the next day after a Zulu time that
    is past midnight there ("At approximately 2100Z on 6 August")."""
    if _LOCAL_AFTER.match(text, end):
        return date
    zulu = _ZULU_ON.search(text, max(0, start - 16), start)
    if zulu is not None:
        return date + dt.timedelta(days=1) if int(zulu.group("hour")) + LOCAL_UTC_HOURS >= 24 else date
    return _local_day(text, start, end, date)


#: A military time in Zulu (UTC) right before its day: "at approximately 2100Z on 6 August".
_ZULU_ON = re.compile(r"\b(?P<hour>[01]\d|2[0-3])[0-5]\dZ,?\s+on\s+$")
_KEPT_OVERNIGHT = re.compile(r"\b(?:left|parked|kept|stayed|remained|held|stored|hidden)\b[^,;.]{0,40}$", re.I)


#: Before a day told with no year, words that put it ahead: "is due to end its mission (on 31 August)".
#: (not any "will": "will also recall the attack of 19 July last year")
_FUTURE_BEFORE = re.compile(r"\b(?:(?:is|are) (?:due|scheduled|set|expected|supposed|meant|planned) to|"
                            r"deadline)\b[^.;:]{0,60}$", re.IGNORECASE)


def find_dates(text: str, anchor: dt.date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `anchor` (the article's date)."""
    if not _HINT.search(text):
        return []  # most sentences name no time at all: one search instead of fifteen
    taken = Spans()
    found: list[DateMention] = []
    lower = text.lower()
    has_digit = _DIGIT.search(text) is not None
    has_month = bool(_MONTH_HINT.search(text))
    for kind, pattern in _PATTERNS:
        if not _worth_trying(kind, lower, has_digit, has_month):
            continue  # fifteen patterns cost more than these few substring tests
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            taken.add(start, end)
            if kind == "follow":
                found.append(_follow_mention(text, match, anchor))
                continue
            date, precision, relative = _resolve(kind, match.groupdict(), anchor)
            # ("February 30, 2021": not a date; "is due to end its combat mission on 31 August": a day to come, not
            # last year's)
            if (date is None and not relative) or (
                    kind in ("month_day", "day_month") and _FUTURE_BEFORE.search(text, max(0, start - 80), start)):
                continue
            if _not_when(kind, match, text):
                continue
            if date is not None and precision == 1:
                date = _turned_local(text, start, end, date)
            if date is not None and kind == "weekday" and match.group("daypart") == "night" \
                    and _AFTER_MIDNIGHT.search(text, 0, start):
                # "Shortly after midnight on Friday night": the small hours of Saturday
                date += dt.timedelta(days=1)
            if date is not None and anchor is not None and date > anchor + dt.timedelta(days=1):
                continue  # a future date: a deadline or an anniversary, not when something happened
            found.append(DateMention(start, end, match.group(), kind, date, precision, relative))
    if anchor is not None and not any(m.precision == 1 for m in found):
        clock = _AT_US_CLOCK.search(text)
        if clock is not None:
            # "At approximately 9:30 p.m. Eastern Daylight Time, two F-16s struck ..." in a Washington release
            # of that day: the release's day in Washington, which may be the next day in Iraq and Syria.
            found.append(DateMention(clock.start(), clock.end(), clock.group(), "clock",
                                     _local_day(text, clock.start(), clock.end(), anchor), 1, True))
    found.sort(key=lambda m: m.start)
    found = _after_an_occasion(text, found)
    found = _weekday_of_an_anniversary(text, found)
    found = _local_weekday(text, found, anchor)
    found = _in_the_year_told(text, found)
    if "the " in text and any(m.kind in ("month", "month_year") for m in found):
        found = sorted(_day_of_the_month_told(text, found), key=lambda m: m.start)
    # "on Sunday, January 12": the day written out is the date; its weekday only names it (so does "on 22
    # February, a Wednesday").
    return [m for m, before, after in zip(found, [None, *found[:-1]], [*found[1:], None], strict=False)
            if not (m.kind == "weekday" and after is not None and after.kind in _DAY_KINDS and after.date is not None
                    and _WEEKDAY_GAP.fullmatch(text, m.end, after.start))
            and not (m.kind == "weekday" and before is not None and before.kind in _DAY_KINDS
                     and before.date is not None and _WEEKDAY_AFTER.fullmatch(text, before.end, m.start))]


def _not_when(kind: str, match: re.Match[str], text: str) -> bool:
    """Is the date expression no time of anything: a name ("near the 14th of July suspension bridge", "on 14
    Ramadan Street"), or how long ("lorries had been left parked in the village overnight")?"""
    start, end = match.span()
    if kind in ("month_day", "day_month") and _NAMES_A_PLACE_AFTER.match(text, end):
        return True
    return kind == "day_word" and match.group("word").lower() == "overnight" \
        and _KEPT_OVERNIGHT.search(text, max(0, start - 60), start) is not None


#: Right after a day, the thing it names: "the 14th of July suspension bridge", "14 Ramadan Street".
_NAMES_A_PLACE_AFTER = re.compile(r"\s+(?:(?!(?:a|an|the|its|their|his|her|one|two|three)\s)[A-Z]?[a-z]+\s+)?"
                                  r"(?:[Bb]ridge|[Ss]treet|[Ss]quare|[Aa]venue|[Rr]oad|[Hh]ospital|[Ss]tadium|"
                                  r"[Nn]eighbou?rhood|[Qq]uarter|[Mm]osque)\b")


#: Right after a day: the place whose local day it is ("before dawn on Sunday in Baghdad").
_LOCAL_AFTER = re.compile(r",?\s*(?:in (?:Baghdad|Damascus|Iraq|Syria|Erbil|Beirut)\b|\(?local time\b|"
                          r"\(?(?:Baghdad|Damascus|Iraq|Syria) time\b)")


def _local_weekday(text: str, found: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """"an operation that began at approximately 10 p.m. EDT Oct. 20, before dawn on Sunday in Baghdad": the
    weekday told as the local one is the day in the sentence, turned to local time, that falls on it (21 October),
    not the Sunday before the release's day in Washington. With no such day in the sentence, a weekday told as
    the local one that follows the report's day is that next day ("at about 12:30 a.m. Monday, local time" in a
    report stamped late on Sunday in New York: already Monday in Iraq), never the Monday six days before."""
    local = [m for m in found if m.kind == "weekday" and _LOCAL_AFTER.match(text, m.end)]
    if not local:
        return found
    days = {m.date for m in found if m.kind != "weekday" and m.precision == 1 and m.date is not None}
    turned = []
    for mention in found:
        if mention in local and (weekday := weekday_named(mention.text)) is not None:
            match = [day for day in days if day.weekday() == weekday]
            if not days and anchor is not None and (anchor + dt.timedelta(days=1)).weekday() == weekday:
                match = [anchor + dt.timedelta(days=1)]
            if len(match) == 1:
                mention = dataclasses.replace(mention, date=match[0])
        turned.append(mention)
    return turned


#: Between a day and its weekday told after it: "on 22 February, a Wednesday".
_WEEKDAY_AFTER = re.compile(r",\s*(?:a|which was a)\s+")
#: Right before a night: "(shortly) after midnight on Friday night" is the next day.
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past) midnight,?\s*$")
_WEEKDAY_GAP = re.compile(r",?\s*(?:the\s+|in\s+)?")
_DAY_KINDS = frozenset({"iso", "numeric", "month_day_year", "day_month_year", "month_day", "day_month"})


# Dates that say when the article itself was written.
_FULL_DATES = [pattern for kind, pattern in _PATTERNS if kind in ("iso", "month_day_year", "day_month_year")]
#: The words that stamp when a report was written: its clock, never an event's date (frames reads them too).
STAMP_LABELS = (r"Published|Updated|Last updated|Last modified|Modified|Posted|First published|Originally published|"
                r"Broadcast|Aired|Filed|Issued|Released|Dated|Approved|Summary approved|Adopted|"
                # a release's or an issue's furniture: "Release date: June 16, 2011", "Date of issue: 3 May 2006"
                r"Release date|Publication date|Issue date|Date (?:of )?(?:release|issue|publication)|"
                r"Date (?:published|issued|posted)|"
                # a situation report's: "As of 22 March 2021"
                r"As of")
_STAMP_LINE = re.compile(rf"^\W*(?P<label>{STAMP_LABELS}|Date)"
                         r"(?: on)?\s*:?\s*(?:(?:[A-Z][a-z]+day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,? )?(?P<rest>[^\n]*)",
                         re.MULTILINE)
#: (an item's number before its day: "Incident 1 - Saturday 20 June, afternoon", "Item 3: Monday 4 May")
_WEEKDAY_PREFIX = re.compile(r"^\W*(?:(?:Incident|Item|Event|Entry|Case|No\.?)\s*\d{1,3}\s*[-–—:.)]\s*)?"
                             r"(?:(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? )?")
#: A section's title before its day: "OTHER INCIDENTS YESTERDAY", "Elsewhere on Sunday", "Also today".
_SECTION_BEFORE_DAY = re.compile(r"(?i)\W*(?:other|more|further|also|elsewhere|meanwhile|in brief)\b[a-z ]{0,25}?\s*"
                                 r"(?:on\s+)?")
#: A digest's item's place before its day: "Basra, " in "Basra, last Friday evening".
_PLACE_BEFORE_DAY = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?(?:(?:al|el|ad|as|ar)-)?[A-Z][\w'’-]+"
                               r"(?:[ -](?:(?:al|el|ad|as|ar)-)?[\w'’]+){0,3},\s+")
_TOWN_PREFIX = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},\s+"
                          r"(?=(?:[A-Z][a-z]+day,? )?\d|[A-Z][a-z]{2,8}\.? \d)")


#: A line with a stamp word anywhere ("SINJAR | Published Thursday, 19 August 2021") tells when the report was
#: written: it heads no section of days.
_STAMP_WORD = re.compile(rf"\b(?:{STAMP_LABELS})\b")
#: What follows a date that heads a line of the page's furniture: a dash or a bar, then a few words.
_HEADING_REST = re.compile(r"^\s+[-–—|·•]\s+\S[^.!?]{0,60}$")
#: An update inside a report: "UPDATE (Oct 27, 09:30 GMT):", "UPDATED (March 12, 2021):". Its paragraph was
#: written that day.
#: An update's stamp: "UPDATE (March 12, 09:40 GMT)", "UPDATE, March 21:", "UPDATE - 21 March".
_UPDATE = re.compile(r"\bUPDATE[SD]?(?:\s+\d{1,2})?\s*(?:\(|[,:]|\s[-–—])\s*"
                     r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\b|"
                     r"(?P<day_first>\d{1,2})\s+(?P<month_after>[A-Z][a-z]{2,8})\b)(?:,?\s*(?P<year>\d{4}))?")
#: A page's update stamp, the date after it ("· Last updated 11 Feb 2004, 09:20 GMT"), and a heading line that
#: opens the update's text ("Update").
_LAST_UPDATED = re.compile(r"\b(?:[Ll]ast updated|LAST UPDATED|[Uu]pdated)\b[\s:·,-]*(?=\d|[A-Z][a-z]+ \d)")
_UPDATE_HEADING = re.compile(r"^[ \t]*(?:UPDATE|Update|UPDATED|Updated)[ \t]*:?[ \t]*$", re.MULTILINE)
#: A paragraph that corrects the report tells the old clock: its relative days keep the publication's.
_CORRECTION = re.compile(r"\b(?:corrected|correction|an earlier version|clarified)\b", re.IGNORECASE)


#: The day of the items a heading opens, told in brackets: "(Sunday 22 May unless stated)".
_UNLESS_STATED = re.compile(r"\((?P<day>[^()]{3,40}?),?\s+unless (?:otherwise )?(?:stated|noted|indicated|given)\)")
#: A line that is a heading: a few words with no sentence's end ("Friday, 24 March - Green Village", "What
#: comes next").
_HEADING_LINE = re.compile(r"^(?:[^.!?]|(?<=\d)\.(?=\d)){1,60}$")  # ("Fri 24.03": a day, not a sentence)
#: After the day: a part of it ("FRIDAY NIGHT"), then a place or a title ("- Rmelan").
_HEADING_AFTER_DATE = re.compile(r"^,?\s*(?:(?i:early |late )?(?i:morning|afternoon|evening|night|dawn|overnight)\b)?"
                                 r"\s*(?:[-–—|:·•/]\s*[^.!?]{0,40})?$")
_ASIDE_AT_END = re.compile(r"\s*\([^()\n]*\)\s*$")
#: A log's day and time: "23 SEP / approx 1200Z".
_LOG_STAMP = re.compile(r"^\s*\d{1,2} [A-Z]{3} / ")
#: A log's stamp after the day, its time in Zulu (UTC): "20 SEP / 2305Z", "21 SEP / approx 1600Z".
_ZULU_STAMP = re.compile(r"\s*/\s*(?:(?i:approx)\.?\s*|(?i:about|c\.)\s*)?(?P<hour>[01]\d|2[0-3]):?[0-5]\d\s*Z\b")


def weekday_named(text: str) -> int | None:
    """The weekday (Monday 0) a date mention names ("on Friday morning" -> 4), or None."""
    return next((number for name, number in _WEEKDAYS.items() if name in text.lower()), None)


#: An item's heading that names its places before its day: "2. BAGHDAD - Hamra Hotel - Fri 18 Nov, 08:12".
_PLACES_THEN_DAY = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[A-Z][A-Za-z' -]{1,60}?\s[-–—]\s"
                              r"(?P<day>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                              r"(?:\s+\d{4})?)(?:,\s*[^\n]{0,30})?\s*$")


def item_heading(line: str) -> bool:
    """Is the line an item's heading that names its places and then its day ("3. KIRKUK - Tue 22 Nov")?"""
    return _PLACES_THEN_DAY.match(line) is not None


def _day_in_a_part(line: str, anchor: dt.date | None) -> DateMention | None:
    """The day a heading tells in a part of its own: after its places ("3. KIRKUK - Tue 22 Nov, about 19:00", "1.
    DIYALA - Khanaqin - Fri 18 Nov") or in brackets ("Situation by location (Sunday 22 May unless stated):", the
    day of the items after it)."""
    placed = _PLACES_THEN_DAY.match(line)
    unless = _UNLESS_STATED.search(line) if placed is None and len(line) <= 80 else None
    part = placed or unless
    if part is None:
        return None
    _, dated = heading_date(part.group("day"), anchor)
    return None if dated is None else dataclasses.replace(dated, start=dated.start + part.start("day"),
                                                          end=dated.end + part.start("day"))


def heading_date(line: str, anchor: dt.date | None) -> tuple[bool, DateMention | None]:
    """Whether `line` (a whole line of a report) is a heading and, when it is a day's heading ("Thursday, 23
    March - Rmelan", "Friday 24 March"), that day: the sections of a roundup or a timeline are dated by them."""
    stamped = numeric_post_stamp(line)
    if stamped is not None:  # "[15.09.23 20:52]": a channel's post, that day
        return True, DateMention(0, len(line), line, "day_month_year", stamped, 1, False)
    weekday_clock = _WEEKDAY_CLOCK.fullmatch(line.strip())
    if weekday_clock is not None and anchor is not None:
        # "Friday 10:58": a live blog's entry stamped by its weekday and time, the year only in the page's header;
        # that weekday on or before the page's day, and the day of the clock-only stamps after it.
        name = next(n for n in _WEEKDAY_NAMES if n.startswith(weekday_clock.group("day")[:3].lower()))
        told = find_dates(name.title(), anchor)
        if told and told[0].date is not None:
            return True, dataclasses.replace(told[0], start=0, end=len(line), text=line)
    clock = _CLOCK_HEADING.fullmatch(line.strip())
    if clock is not None and anchor is not None:
        # A live blog's entry, stamped by its time alone ("07:30 GMT"): the blog's day, in Iraq and Syria; or
        # the day the stamp gives in its own zone ("22:52 GMT (Tue 7 Jan)"; but "(6:50 a.m. Thursday in Baghdad)"
        # is the same instant told in local time, which the hours already reckon).
        aside = clock.group("aside") or ""
        day = next((m.date for m in find_dates(aside, anchor) if m.date is not None
                    and m.kind in ("day_month", "month_day")), anchor) if not _LOCAL_ASIDE.search(aside) else anchor
        hour = _local_hour(int(clock.group("hour")), clock.group("ampm"), (clock.group("zone") or "").lower(), day)
        return True, DateMention(0, len(line), line, "clock", day + dt.timedelta(days=hour // 24), 1, True)
    told_in_part = _day_in_a_part(line, anchor)
    if told_in_part is not None:
        return True, told_in_part
    if re.fullmatch(r"(?:\(?\d{1,2}[.)]\s*)?\W*[A-Za-z]+[.:]", line.strip()):
        # "1) FRIDAY.", "Tuesday:": an entry's day, closed as a sentence
        heading, dated = heading_date(line.strip()[:-1], anchor)
        if dated is not None:
            return heading, dated
    # (a closing aside is no part of the heading: "23 SEP / approx 1200Z (entered by day officer)")
    words = len((_ASIDE_AT_END.sub("", line) if _LOG_STAMP.search(line) else line).split())
    if not _HEADING_LINE.match(line) or _STAMP_WORD.search(line) or words > 8:
        return False, None
    # "FRIDAY MORNING": a heading in capitals is read as words (the same length, so positions hold).
    shown = line.title() if line.isupper() else line
    found = [m for m in find_dates(shown, anchor) if m.date is not None]
    # "Thursday, 23 March": the weekday is a mention of its own before the day's.
    if not found or any(m.kind != "weekday" for m in found[:-1]) or found[-1].precision != 1 or found[-1].follows:
        return True, None
    mention = found[-1]
    # ("TUESDAY 17 OCTOBER": its weekday read as words too)
    before = shown[:found[0].start] if found[0].kind != "weekday" else shown[found[0].end:mention.start].lstrip(", ")
    section = mention.kind in ("day_word", "weekday") and _SECTION_BEFORE_DAY.fullmatch(before) is not None
    # ("1. Basra, last Friday evening": a digest's item headed by its place, then its day)
    # (not "ORIGINAL RELEASE, March 20:", a release's part with its date)
    place_first = mention.kind in ("weekday", "last_weekday") and _PLACE_BEFORE_DAY.fullmatch(before) is not None
    if (_WEEKDAY_PREFIX.fullmatch(before) is None and not section and not place_first) \
            or not _HEADING_AFTER_DATE.match(line[mention.end:]):
        return True, None
    zulu = _ZULU_STAMP.match(line, mention.end)
    if zulu is not None and mention.date is not None:
        # ("20 SEP / 2305Z" is 02:05 on the 21st in Iraq and Syria)
        hour = _local_hour(int(zulu.group("hour")), None, "z", mention.date)
        mention = dataclasses.replace(mention, date=mention.date + dt.timedelta(days=hour // 24))
    weekday = weekday_named(line)
    if weekday is not None and anchor is not None and mention.date is not None and mention.date.weekday() != weekday:
        # "- Wednesday 21 February -" on a page opened the day before: the next day, not last year's
        fitting = [d for d in (same_day_of(mention.date, anchor.year), same_day_of(mention.date, anchor.year + 1))
                   if d is not None and d.weekday() == weekday and abs((d - anchor).days) <= 10]
        if fitting:
            mention = dataclasses.replace(mention, date=fitting[0])
    return True, mention


def section_heading(line: str, dated: DateMention) -> bool:
    """Is `line`, a heading whose day heading_date found (`dated`), a section's title that ends with its day
    ("OTHER INCIDENTS YESTERDAY", "Elsewhere on Sunday"), whose list of items (each its own attack) that day dates?"""
    return _SECTION_BEFORE_DAY.fullmatch(line[:dated.start]) is not None


_LOCAL_ASIDE = re.compile(r"\b(?:in (?:Baghdad|Damascus|Iraq|Syria|Erbil)|local)\b", re.IGNORECASE)


def _local_hour(hour: int, ampm: str | None, zone: str, day: dt.date) -> int:
    """The hour in Iraq and Syria of a clock time on `day` in `zone` (lower case; "" for local time): 24 or more
    is the next day there, below 0 the day before."""
    if ampm:
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    if not zone:
        return hour
    # "ET", "Eastern time", "Washington time": daylight saving time from March to October.
    offset = _ZONE_HOURS.get(zone, -4 if 3 <= day.month <= 10 else -5)
    return hour - offset + LOCAL_UTC_HOURS


def same_day_of(date: dt.date, year: int) -> dt.date | None:
    """`date`'s day and month in `year` (None for 29 February of a common year)."""
    try:
        return date.replace(year=year)
    except ValueError:
        return None


#: A live blog's entry stamp on a line of its own: "16:45 GMT", "09:05 UTC", "14:20".
#: ("11:52 p.m. ET": a U.S. desk's stamp, seven or eight hours behind the events)
#: ("UPDATE 11:50 p.m. ET (6:50 a.m. Thursday in Baghdad)": an update's stamp, the local time beside it)
#: A live blog's stamp of a weekday and a time: "Friday 10:58", "Sat 09:12", "Tuesday, 23:40 GMT".
_WEEKDAY_CLOCK = re.compile(r"(?P<day>(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?),?\s+"
                            r"(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|local(?: time)?))?")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK_HEADING = re.compile(r"(?:UPDATE[SD]?:?\s+)?(?P<hour>[01]?\d|2[0-3])[:.][0-5]\d\s*"
                            r"(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?\s*(?P<zone>GMT|UTC|Z|EST|EDT|ET)?(?:\s*\((?P<aside>[^()]{1,50})\))?")
#: A log entry's stamp opening its line: "Sat 15 Jun — BALAD AIR BASE ...", "15 June 2019 - Three rockets ...",
#: "Tue 18 Jun | MOSUL": the stamp before the dash, bar or colon.
#: What a timeline's stamp may add after its day: "28 October, a Friday evening", "3 April, Monday", "2 February,
#: late", "25 June, Sunday, 7.30 a.m.".
_STAMP_ASIDE = re.compile(r"(?:,\s+(?:(?:an?\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|late|early|"
                          r"(?:at\s+)?[012]?\d(?:[.:][0-5]\d)?\s*[ap]\.?m\.?)|"
                          # an advisory's clock: "14 JUN, approx 0130 local (13 JUN 2230Z)", "10 JUN 2200 local
                          # (1900Z)" (the local day is the stamp's; the Zulu aside is the same instant)
                          r",?\s+(?:from\s+)?(?:approx\.?|approximately|about|around|at|c\.)?\s*[012]\d[0-5]\d\s*"
                          r"(?:local|hrs|L|Z)?(?:\s*\([^()]{1,24}\))?)+$")
#: A list item's letter before an entry's stamp: "a) ", "(b) ".
ITEM_MARK = r"(?:\(?[a-h]\)\s+)?"
_ENTRY_STAMP = re.compile(r"^\W*" + ITEM_MARK + r"(?P<stamp>[^\n—–|:]{4,48}?)(?:\s+[-—–]\s+|\s*[—–|:]\s*)(?=\S)")


#: A report's own period: "Covers Monday 13 to Sunday 19 November 2017", "Reporting period: 3-9 August 2020",
#: "week of Monday 10 to Sunday 16 October 2005", "Week ending 22 March".
_PERIOD = re.compile(r"\b(?:covers|covering|reporting period|period covered|period|week of|week ending|week to|"
                     r"week \d{1,2}|"  # ("Week 46: Monday 11 November - Sunday 17 November 2019")
                     r"week covered|days covered|dates covered|"
                     # ("the incidents our correspondents confirmed ... between Friday 21 and Thursday 27 January")
                     r"(?:incidents|attacks)\b[^.]{0,100}?\bbetween)"
                     r"\s*:?\s+(?P<span>[^.\n|]{6,60})",
                     re.IGNORECASE)


def period_end(text: str, anchor: dt.date | None) -> dt.date | None:
    """The last day of the period a report says it covers, when that is before its date (a weekly tracker
    published the Monday after: its "Monday" is the period's, not the day it came out); None otherwise."""
    if anchor is None:
        return None
    match = _PERIOD.search(text, 0, 2000)
    if match is None:
        return None
    # (read as of a later day: a period's last day may come after the day the report is dated by)
    # (a day and month with no year, "Thursday 27 January", is the last such day up to the report's date)
    days = [m.date for m in find_dates(match.group("span"), anchor + dt.timedelta(days=40))
            if m.date is not None and m.precision == 1 and not m.relative] or [
        m.date for m in find_dates(match.group("span"), anchor)
        if m.date is not None and m.precision == 1 and m.kind == "day_month"]
    end = max(days, default=None)
    if end is not None and anchor in days and anchor < end <= anchor + dt.timedelta(days=40):
        # ("Period: Friday 08 June 2007 to Monday 11 June 2007": the report dated by the period's first day, which
        # its heading names first; its days run to the last)
        return end
    return end if end is not None and anchor - dt.timedelta(days=40) <= end < anchor else None


def period_day(text: str, anchor: dt.date | None) -> DateMention | None:
    """The one day a report says it covers, before its own date ("Period covered: Thursday 4 June 2015, 00:00-24:00"
    in a bulletin issued the Friday): the day of every attack it tells with no day of its own; None otherwise."""
    if anchor is None:
        return None
    match = _PERIOD.search(text, 0, 2000)
    if match is None:
        return None
    days = [m for m in find_dates(match.group("span"), anchor) if m.date is not None and m.kind != "weekday"]
    if len(days) != 1 or days[0].precision != 1 or days[0].follows or not days[0].date \
            or not anchor - dt.timedelta(days=7) <= days[0].date < anchor:
        return None
    return dataclasses.replace(days[0], start=0, end=0)


#: A tracker's item that opens with its day and place, a sentence of its own: "Monday, Deir ez-Zor military
#: airport." (then what happened there).
#: ("2.3 Sunday 28 November, evening, al-Askari quarter (east Taiz city).": a numbered one, its weekday and day,
#: and the time of day apart)
DAY_PLACE = re.compile(r"\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
                       r"(?P<stamp>(?:[A-Z][a-z]+day,? )?(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})|[A-Z][a-z]+day)"
                       r"(?:,? (?:(?:early|late) )?(?:morning|afternoon|evening|night))?, "
                       r"(?P<place>[^.,;:]{3,60})\.\s*")


#: An item's place in capitals, then its day, as a sentence of its own: "MISHADA, Thursday afternoon.", "JALAWLA,
#: Friday."
PLACE_DAY = re.compile(r"\W*(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}), (?P<stamp>(?:[A-Z][a-z]+day|"
                       r"\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})(?: (?:morning|afternoon|evening|night))?)\.\s*")


def entry_date(sentence: str, anchor: dt.date | None) -> DateMention | None:
    """The day that stamps a log entry (a chronology's line that opens with its day and a dash: "Sat 15 Jun —
    BALAD AIR BASE (Salahuddin)."), or None when the sentence opens with no day stamp."""
    found = _ENTRY_STAMP.match(sentence) or DAY_PLACE.fullmatch(sentence) or PLACE_DAY.fullmatch(sentence)
    if found is None:
        # "2) WEDNESDAY. In the early hours, bombs ...": a stamp closed as a sentence of its own; "2.1 Saturday 23
        # December." a numbered section's
        heading, mention = heading_date(sentence, anchor) if len(sentence) <= 24 else (False, None)
        numbered = _SECTION_NUMBER.match(sentence) if mention is None else None
        if numbered is not None and len(sentence) <= 40:
            heading, mention = heading_date(sentence[numbered.end():].rstrip(".:"), anchor)
        return mention if heading else None
    stamp = _STAMP_ASIDE.sub("", found.group("stamp").strip())
    heading, mention = heading_date(stamp, anchor)
    if mention is None and heading and found.re is _ENTRY_STAMP:
        # "Late March - Engineers defuse ...", "The next day - A charge explodes ...": a timeline's entry stamped
        # by a part of a month, or by its day after the entry before (see events, which counts it from there)
        told = find_dates(stamp[:1].lower() + stamp[1:], anchor)  # ("Late March": as "late March" is read)
        if len(told) == 1 and told[0].start == 0 and told[0].end == len(stamp) and (
                told[0].kind in ("month", "part_month") or (told[0].follows and told[0].offset_days > 0)):
            return dataclasses.replace(told[0], start=0, end=0)
    if mention is None and sentence.count("|") >= 2:  # "04-01 | 07 APR 2246Z | Al Asad AB": a log's fields
        return next((m for field in sentence.split("|")[1:3] if (m := _field_date(field, anchor)) is not None), None)
    return mention if heading else None


#: A section's number before its stamp: "2.1 ", "3) ", "(b) ".
_SECTION_NUMBER = re.compile(r"\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-h])[.)]?\s+")
_UPPER_MONTH = re.compile(r"\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b")
#: A time in Zulu (UTC) after a day: "07 APR 2246Z", "14 APR 22:46Z".
_ZULU_TIME = re.compile(r"\s*,?\s*(?P<hour>[01]\d|2[0-3]):?[0-5]\d\s*Z\b")


def _field_date(field: str, anchor: dt.date | None) -> DateMention | None:
    """The day a log's time field opens with ("07 APR 2246Z", "14 APR, time n/k"), as a day in Iraq and Syria
    (2246Z is 01:46 the next day there); None when the field opens with no day."""
    text = _UPPER_MONTH.sub(lambda m: m.group().capitalize(), field.strip())
    found = [m for m in find_dates(text, anchor) if m.date is not None]
    if not found or found[0].start > 0 or found[0].precision != 1 or found[0].follows:
        return None
    mention = found[0]
    zulu = _ZULU_TIME.match(text, mention.end)
    if zulu is not None and mention.date is not None and int(zulu.group("hour")) + LOCAL_UTC_HOURS >= 24:
        mention = dataclasses.replace(mention, date=mention.date + dt.timedelta(days=1))
    return dataclasses.replace(mention, start=0, end=0)


#: A post's stamp on a line of its own, after the post (a thread, a channel): "[Wed 7 Jul 2021 · 11:04]".
_POST_STAMP = re.compile(r"^\[(?P<inner>[^\]\n]{6,40})\]\s*$", re.MULTILINE)


def post_paragraphs(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each post of a thread whose stamp follows it on a line of its own: relative days in
    the post ("this morning", "yesterday's drones") count from the day it was posted, not the thread's last."""
    found = []
    previous_end = 0
    for match in _POST_STAMP.finditer(text):
        day, _ = full_date_at_start(_WEEKDAY_PREFIX.sub("", match.group("inner"), count=1))
        if day is not None:
            start = text.rfind("\n\n", previous_end, match.start())
            found.append((previous_end if start < 0 else start, match.start(), day))
        previous_end = match.end()
    return found if len(found) >= 2 else []


#: A channel export's stamp above each post, on a line of its own, the day first: "[15.09.23 20:52]",
#: "[17.09.2023 15:41]".
_NUMERIC_POST_STAMP = re.compile(r"^\[(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{2}|\d{4})"
                                 r"(?:,?\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\]\s*$", re.MULTILINE)


def numeric_post_stamp(line: str) -> dt.date | None:
    """The day of a channel export's stamp line ("[15.09.23 20:52]"), or None."""
    match = _NUMERIC_POST_STAMP.match(line.strip())
    if match is None:
        return None
    year = int(match.group("year"))
    return _valid(year + 2000 if year < 100 else year, int(match.group("month")), int(match.group("day")))


def stamped_posts(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each post of a channel's export whose stamp heads it ("[15.09.23 20:52]", then the
    post): relative days in the post ("today", "last night's post") count from the day it was posted."""
    stamps = [(m, numeric_post_stamp(m.group())) for m in _NUMERIC_POST_STAMP.finditer(text)]
    ends = [m.start() for m, _ in stamps[1:]] + [len(text)]
    found = [(match.end(), end, day) for (match, day), end in zip(stamps, ends, strict=False) if day is not None]
    return found if len(found) >= 2 else []


def update_paragraphs(text: str, anchor: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each update paragraph of a report whose stamp is later than `anchor` (the
    publication): relative days in it ("early on Tuesday") count from the update's day."""
    if anchor is None:
        return []
    found = []
    for match in _UPDATE.finditer(text):
        month = _MONTHS.get((match.group("month") or match.group("month_after")).lower(), 0)
        day_of_month = int(match.group("day") or match.group("day_first"))
        year = int(match.group("year")) if match.group("year") else anchor.year
        day = _valid(year, month, day_of_month) if month else None
        if day is not None and not match.group("year") and day < anchor - dt.timedelta(days=180):
            day = _valid(year + 1, month, day_of_month)  # an update in January of a December report
        end = text.find("\n\n", match.end())
        end = len(text) if end < 0 else end
        if day is not None and anchor < day <= anchor + dt.timedelta(days=60) \
                and not _CORRECTION.search(text, match.end(), end):
            found.append((match.start(), end, day))
    # A page stamped "Last updated 11 Feb 2004" whose text has a heading line "Update": what follows the
    # heading was written on the update's day.
    stamp = _LAST_UPDATED.search(text)
    heading = _UPDATE_HEADING.search(text, stamp.end()) if stamp else None
    if stamp and heading:
        day, _ = full_date_at_start(text[stamp.end():stamp.end() + 80])
        if day is not None and anchor < day <= anchor + dt.timedelta(days=60):
            found.append((heading.start(), len(text), day))
    return found


def dateline_sections(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each section of a digest whose releases keep their own datelines ("TAMPA, Fla. -
    November 11, 2024, 4:40 p.m. EST"): relative days in one ("Today", "on Sunday evening") count from its own
    dateline, not from the digest's date. [] for a report with fewer than two such lines."""
    lines = {m.start(): _furniture_date(m.group(), stamped=True) for m in _DATELINE_LINE.finditer(text)}
    for match in _DATELINE_HEAD.finditer(text):  # ("[2] MOSUL, Iraq, March 10, 2009 - Men clear rubble ...")
        lines[match.start()] = lines.get(match.start()) or _furniture_date(match.group(), stamped=True)
    dated = [(start, day) for start, day in sorted(lines.items()) if day is not None]
    if len(dated) < 2:
        return []
    ends = [start for start, _ in dated[1:]] + [len(text)]
    return [(start, end, day) for (start, day), end in zip(dated, ends, strict=True)]


#: A dateline on a line of its own: "TAMPA, Fla. - November 11, 2024", "BAGHDAD, Iraq - Jan. 3, 2020".
#: A dateline that opens a story's line, its date before the dash: "[2] MOSUL, Iraq, March 10, 2009 - Men clear".
_DATELINE_HEAD = re.compile(r"^(?:\[\d{1,2}\] )?[A-Z][A-Z .'’-]{2,40},[^\n]{6,40}?(?=\s[-–—]\s)", re.MULTILINE)
#: (a caption sheet numbers its captions: "[3] KIRKUK, Iraq, July 28, 2008 - Kurdish demonstrators carry ...")
_DATELINE_LINE = re.compile(r"^(?:\[\d{1,2}\] )?[A-Z][A-Z .'’-]{2,40},[^\n]{0,30}?\s[-–—]\s[^\n]{6,60}$",
                            re.MULTILINE)


#: A date in figures with its year, as a page's date line writes it: "16/01/2024", "08.07.2021", "5-2-2024".
_NUMERIC_DATE = re.compile(r"(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})\b")


def _numeric_date(match: re.Match[str] | Groups) -> dt.date | None:
    """Day first, as most of the world's press writes it; month first only with slashes and only where the
    second number cannot be a month (01/16/2024, the American order). A weekday told with it ("Friday
    01/02/2008") settles the order, and a date that is not that weekday in either order is no date."""
    g = match.groupdict() if isinstance(match, re.Match) else match
    first, second, year = int(g["first"] or 0), int(g["second"] or 0), int(g["year"] or 0)
    month_first = _valid(year, first, second) if g["sep"] == "/" else None
    readings = [date for date in (_valid(year, second, first), month_first) if date is not None]
    weekday = (g.get("weekday") or "").lower()
    if weekday:
        return next((date for date in readings if date.strftime("%A").lower() == weekday), None)
    if second > 12 and g["sep"] == "/":
        return month_first
    return _valid(year, second, first)


def full_date_at_start(text: str) -> tuple[dt.date | None, int]:
    """A complete date (with its year) at the start of `text`, and where it ends."""
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        return _numeric_date(numeric), numeric.end()
    for pattern in _FULL_DATES:
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            month = int(groups["month"]) if groups["month"].isdigit() else _month(groups["month"])
            day = _DAY_WORDS.get(groups["day"]) or int(groups["day"])
            return _valid(int(groups["year"]), month, day), match.end()
    return None, 0


#: The furniture's longer labels by the one word they stand for ("Release date" is "Released").
#: The Gregorian date a stamp gives after another calendar's: "13 Dhu al-Qa'dah 1439 H, corresponding to 26 July".
_CORRESPONDING = re.compile(r"\b(?:corresponding to|i\.e\.|equivalent to)\s+(?P<date>[^\n|;]{6,40})", re.IGNORECASE)
#: A month named in another calendar with the translator's gloss: "Tammuz [July]", "Tishrin al-Awwal [October]".
_GLOSSED_MONTH = re.compile(r"\b[A-Z][\w'’]*(?:[ -]al-[A-Z][\w'’]*)?\s*\[(?P<month>January|February|March|April|May|"
                            r"June|July|August|September|October|November|December)\]")
_STAMP_SYNONYMS = {"as of": "updated", "release date": "released", "release": "released",
                   "publication date": "published",
                   "publication": "published", "issue date": "issued", "issue": "issued"}


def _stamp_date(rest: str) -> dt.date | None:
    """The day a stamp line gives after its label; in a stamp of two calendars ("13 Dhu al-Qa'dah 1439 H,
    corresponding to 26 Tammuz [July] 2018 M"), the Gregorian day, its Levantine month read by the translator's
    gloss."""
    date, _ = full_date_at_start(rest)
    other = _CORRESPONDING.search(rest) if date is None else None
    if other is not None:
        date, _ = full_date_at_start(_GLOSSED_MONTH.sub(r"\g<month>", other.group("date")))
    return date


def stamped_after_local_midnight(text: str, date: dt.date | None) -> bool:
    """Is the report stamped, on a line of its first ones that gives its date, at a clock in a zone behind Iraq's
    and Syria's late enough that the next day had begun there ("Friday, Sept. 16, 2022, 10:52 p.m. EDT": 05:52 on
    Saturday in Damascus)? Its "early Saturday" is then that next day, not the Saturday six days before."""
    if date is None:
        return False
    for line in re.findall(r"[^\n]*\S[^\n]*", text[:2000])[:10]:
        clock = _ZONED_TIME.search(line)
        if clock is None or (clock.group("ampm") is None and clock.group("minute") is None):
            continue
        zone = clock.group("zone").lower()
        if "local" in zone or "baghdad" in zone or "damascus" in zone:
            continue
        day, _ = full_date_at_start(_WEEKDAY_PREFIX.sub("", line, count=1))
        if day is None:
            day = next((m.date for m in find_dates(line, date) if m.precision == 1 and not m.relative), None)
        if day == date + dt.timedelta(days=1):
            return True  # (the line's date, already turned to the local day by its clock)
        if day == date:
            return _local_hour(int(clock.group("hour")), clock.group("ampm"), zone, date) >= 24
    return False


def article_date_in_text(text: str) -> tuple[dt.date | None, str]:
    """The date a report carries about itself, and where it was found.

    A "Published:" line wins over an "Updated:" line (relative dates are written from the day of
    publication); failing both, a line that holds nothing but a date among the first or last five lines.
    """
    held = _held_on(text)
    if held is not None:
        return held, "the day it was held"
    stamps: dict[str, dt.date] = {}
    for match in _STAMP_LINE.finditer(text):
        date = _stamp_date(match.group("rest"))
        if date is not None:
            label = match.group("label").lower()
            stamps.setdefault(_STAMP_SYNONYMS.get(label.removeprefix("date ").removeprefix("of "), label), date)
    for label in ("published", "first published", "originally published", "posted", "broadcast", "aired", "filed",
                  "issued", "released", "dated", "date", "approved", "summary approved", "adopted", "updated",
                  "last updated", "last modified", "modified"):
        if label in stamps:
            return stamps[label], f"'{label.capitalize()}' line"
    lines = [m.group().strip() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    date, where = _filed(lines[:8])
    if date is not None:
        return date, where
    # (a log under day headings, "Wed 10 Jan 2024" ... "Thu 18 Jan 2024": written by its last day)
    days = [d for d in map(_date_line, lines) if d is not None]
    if len(days) >= 3 and days == sorted(days) and days[0] != days[-1]:
        return days[-1], "the last of its day headings"
    for where, chosen in (("last lines", list(reversed(lines[-5:]))), ("first lines", lines[:5])):
        for line in chosen:
            date = _date_line(line)
            if date is not None:
                return date, f"date line in the {where}"
    # The page's furniture above the story: "SINJAR | Published Thursday, 19 August 2021", "Compiled by the
    # desk, Monday 27 March 2023", "Recorded Thursday 6 January 2022. Host: ...".
    for line in lines[:4]:
        date = _heading_line_date(line)
        if date is not None:
            return date, "the report's heading"
    date, where = _weekday_dated_heading(lines[:6])
    if date is None:
        date, where = _yearless_dateline(text, lines[:8])
    if date is None:
        date, where = _weekday_fixes_the_year(text, lines[:4])
    return (date, where) if date is not None else _month_line(lines[:4])


def _date_line(line: str) -> dt.date | None:
    """The date of a line that holds nothing but a date and perhaps a time ("December 19, 2021, 10:15 AM"), after a
    town ("Baghdad, 9 November 2023"), or a date heading a line of the page's furniture ("Saturday 14 March 2020 -
    live coverage, all times GMT"); None for any other line."""
    line = _TOWN_PREFIX.sub("", line, count=1)
    prefix = _WEEKDAY_PREFIX.match(line)  # always matches: every part of it is optional
    rest = line[prefix.end() if prefix else 0:]
    date, end = full_date_at_start(rest)
    if date is not None and ((len(rest) - end <= 30 and not re.search(r"[a-z]{4,}", rest[end:]))
                             or _HEADING_REST.match(rest[end:])):
        return date
    return None


#: A transcript's heading says when its words were spoken: "Held at the Governorate building, Kirkuk, Sunday 3
#: February 2013, 14:30", "Recorded on Tuesday, 9 May 2017".
_HELD_LINE = re.compile(r"\b(?:Held|Recorded|Delivered)\s+(?:at|in|on)\b[^\n]*")
#: Where the day may start in such a line: after a comma or "on".
_HELD_DAY = re.compile(r"(?:,|\bon\b)\s*")


def _held_on(text: str) -> dt.date | None:
    """The day a transcript's heading (its first eight lines) says it was held: its "this morning" is that day's,
    whenever the transcript was posted."""
    head = "\n".join(text.splitlines()[:8])
    for line in _HELD_LINE.finditer(head):
        for start in _HELD_DAY.finditer(line.group()):
            date, _ = full_date_at_start(_WEEKDAY_PREFIX.sub("", line.group()[start.end():], count=1))
            if date is not None:
                return date
    return None


#: A notice to airmen's issue stamp, year month day hour minute in UTC: "ISSUED 2105022140".
_NOTAM_ISSUED = re.compile(r"\b(?:ISSUED|Issued)\s+(?P<yy>\d{2})(?P<mm>0[1-9]|1[0-2])(?P<dd>[0-3]\d)(?:[01]\d|2[0-3])"
                           r"[0-5]\d\b")
#: A military message's date-time group, day hour minute zone month year: "DTG: 050645Z MAY 05", "R 121530Z
#: JAN 07", "302215ZMAY19" (the zone letter Z is UTC; the day is the message's).
_DATE_TIME_GROUP = re.compile(r"\b(?P<day>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[A-Z]\s*"
                              r"(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s*(?P<year>\d{2}|\d{4})\b")


def _filed(lines: list[str]) -> tuple[dt.date | None, str]:
    """The day a message or a wire story was filed, by the heading `lines`: a date-time group, else a dateline."""
    for line in lines:
        group = _DATE_TIME_GROUP.search(line)
        if group is not None:
            year = int(group.group("year"))
            date = _valid(year if year > 99 else 2000 + year if year < 70 else 1900 + year,
                          _MONTHS[group.group("month").lower()], int(group.group("day")))
            if date is not None:
                return date, "date-time group"
    for line in lines:
        notice = _NOTAM_ISSUED.search(line)
        date = _valid(2000 + int(notice.group("yy")), int(notice.group("mm")), int(notice.group("dd"))) \
            if notice is not None else None
        if date is not None:
            return date, "the notice's issue stamp"
    for line in lines:
        # A wire dateline: "ERBIL, Feb 16, 2021 (Wire) -", "WASHINGTON, Friday, January 3, 2020 -": the day the
        # report was filed.
        dateline = _DATELINE.match(line)
        if dateline:
            date = _furniture_date(dateline.group("head"))
            if date is not None:
                return date, "dateline"
    return None, ""


#: A weekday and a full date in the page's furniture: "Monday, August 18, 2014 - revised 6:05 p.m. EDT",
#: "Entry posted: Tue 03 JUL 2007, 1130Z", "issue no. 61, Monday 23 December 2013, page 1".
_WEEKDAY_FULL_DATE = re.compile(
    r"\b(?P<weekday>(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?)\.?,?\s+"
    r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>(?i:[a-z]{3,9}))\.?|"
    r"(?P<month_first>(?i:[a-z]{3,9}))\.?\s+(?P<day_after>[0-3]?\d)(?:st|nd|rd|th)?),?\s+(?P<year>(?:19|20)\d{2})\b")
#: A line of the story itself, not of the page's furniture above it.
_PROSE_WORDS = 45


def _weekday_dated_heading(lines: list[str]) -> tuple[dt.date | None, str]:
    """The first date told with its weekday in the lines above the story, when the weekday is that date's (a
    heading dates its page so; a story tells its events by weekday or by date, seldom both with the year)."""
    for line in lines:
        if len(line.split()) >= _PROSE_WORDS:
            break
        for match in _WEEKDAY_FULL_DATE.finditer(line):
            month = _MONTHS.get((match.group("month") or match.group("month_first")).lower(), 0)
            day = int(match.group("day") or match.group("day_after"))
            date = _valid(int(match.group("year")), month, day) if month else None
            weekday = match.group("weekday").lower()[:3]
            if date is not None and calendar.day_abbr[date.weekday()].lower() == weekday:
                return date, "the report's heading"
    return None, ""


#: A heading that dates the report by its month alone: "Magazine feature | February 2008", "March 2019".
#: ("CONVOY INCIDENT LOG, SEPTEMBER 2020 (extract for the meeting of 30 SEP)": in capitals, with an aside)
_MONTH_LINE = re.compile(r"(?:^|[|·•,–—-]\s*)(?P<month>[A-Z][a-z]{2,8}|[A-Z]{3,9})\s+(?P<year>(?:19|20)\d{2})\s*"
                         r"(?P<aside>\([^()\n]{0,80}\))?\s*$")


def _month_line(heading: list[str]) -> tuple[dt.date | None, str]:
    """A report dated by its month alone, in a short line of its heading: the month's last day, so that a day
    and month it tells ("on the evening of 14 August") fall in the year before or that month; None otherwise."""
    for line in heading:
        match = _MONTH_LINE.search(line)
        month = _MONTHS.get(match.group("month").lower(), 0) if match is not None else 0
        if match is not None and month and len(line[:match.start("aside")].split() if match.group("aside")
                                                 else line.split()) <= 8:
            year = int(match.group("year"))
            return dt.date(year, month, calendar.monthrange(year, month)[1]), MONTH_LINE_SOURCE
    return None, ""


#: Where a report's date came from when its heading gives only a month (the date is then no day of its news).
MONTH_LINE_SOURCE = "the month its heading gives (its last day)"


#: "Wednesday 14 April": a weekday with a day and month and no year.
_WEEKDAY_DAY_MONTH = re.compile(rf"\b{_WD},? {_D} (?:of )?{_M}\b(?!,? (?:19|20)\d\d)")
#: A year in the report's heading: "Issue 15/2021", "Bulletin 2021-15", "Vol. 3, 2021".
_HEADING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d(?!\d)")


def _weekday_fixes_the_year(text: str, heading: list[str]) -> tuple[dt.date | None, str]:
    """A report with no date of its own ("KRI NGO SECURITY NEWSLETTER - Issue 15/2021 (week of 12-18 April)")
    that tells a weekday with its day and month ("Late on Wednesday 14 April"), in a year its heading names
    that puts that day on that weekday: that day. Its news is of that week: "15 February" is then of that year.
    Never a year the report does not give."""
    # ("Israeli air strikes in Syria, 2017-2019": the period a paper studies, not the year it was written in)
    years = {int(y) for line in heading for y in _HEADING_YEAR.findall(_YEAR_RANGE.sub("", line))}
    if not years:
        return None, ""
    match = _WEEKDAY_DAY_MONTH.search(text)
    if match is None:
        return None, ""
    weekday = _WEEKDAYS[match.group("weekday").lower()]
    month, day = _month(match.group("month")), int(match.group("day"))
    fitting = [d for y in sorted(years) if (d := _valid(y, month, day)) is not None and d.weekday() == weekday]
    return (fitting[0], "a weekday and day the report tells, in the year its heading gives") if len(fitting) == 1 \
        else (None, "")


def _heading_line_date(line: str) -> dt.date | None:
    """The date a line of the report's heading gives the report, or None."""
    # "[Unofficial translation. Statement of the media office ..., issued on the evening of Monday 28 September
    # 2020.]": the day it was issued
    issued = _ISSUED_ON.search(line)
    if issued is not None:
        date, _ = full_date_at_start(_WEEKDAY_PREFIX.sub("", line[issued.end():], count=1))
        if date is not None:
            return date
    for part in _FURNITURE_SEPARATOR.split(line):
        stamped = _STAMP_PHRASE.match(part)
        if len(part.split()) <= _FURNITURE_MAX_WORDS or (stamped and len(part.split()) <= _STAMP_MAX_WORDS):
            date = _furniture_date(part, stamped is not None)
            if date is not None:
                return date
    return None


#: A statement's own words for the day it came out: "issued on the evening of Monday 28 September 2020"; a
#: paper's: "issue of Friday 19 January 2007".
# (a monitoring service's "Item: state news agency, domestic wire (Arabic), received 17/05/2016 10:40": when it came in)
_ISSUED_ON = re.compile(r"\b(?:(?:issued|released|published|dated|received)\s+(?:on\s+)?|"
                        r"(?:issue|edition)\s+(?:of|for|dated)\s+)"
                        r"(?:the\s+(?:evening|morning|afternoon|"
                        r"night)\s+of\s+)?(?=(?:[A-Z][a-z]+day,?\s+)?(?:\d|[A-Z][a-z]+\.? \d))")

#: A part of the report's furniture that says when it was made: "Recorded in Erbil on Friday, 16 April 2021",
#: "[Translated from Arabic. Originally posted by a local network ..., Friday 10 November 2023, 09:15 ...": its
#: first full date is the report's, whatever preposition comes before it.
_STAMP_PHRASE = re.compile(rf"^\W*(?:(?:Originally|First|Last) )?(?:{STAMP_LABELS}|Recorded|Written|Compiled|Taped|"
                           r"Filmed|Translated)\b", re.IGNORECASE)
#: A stamp names its outlet and place before the date: it may run longer than other furniture.
_STAMP_MAX_WORDS = 30


#: A dateline without its year: "BAGHDAD, 14/3 -", "ERBIL, March 14 (wire) -", "MOSUL, Sunday 14 March -".
_YEARLESS_DATELINE = re.compile(rf"^[A-Z][A-Z .'’/-]{{2,40}},\s*(?:{_WD},?\s*)?"
                                rf"(?:(?P<first>[0-3]?\d)/(?P<second>[01]?\d)|{_M} {_D}|"
                                rf"(?P<day_first>[0-3]?\d)(?:st|nd|rd|th)? (?P<month_after>[A-Z][a-z]{{2,8}}))"
                                r"\s*(?:[-–—]\s|\()")
#: How long after a yearless dateline a dated correction or update of the same report may come.
_STAMP_AFTER_DAYS = 60


def _yearless_dateline(text: str, lines: list[str]) -> tuple[dt.date | None, str]:
    """The day of a dateline that gives no year, its year taken from a full date the report also carries
    within two months after it (a correction's or an update's stamp: "CORRECTION (15 March 2020)"); a
    dateline whose year nothing tells stays undated (the user gives it with --date)."""
    for line in lines:
        match = _YEARLESS_DATELINE.match(line)
        if match is None:
            continue
        if match.group("first"):
            day, month = int(match.group("first")), int(match.group("second"))  # day first, as the world writes
        elif match.group("month"):
            day, month = int(match.group("day")), _month(match.group("month"))
        else:
            day, month = int(match.group("day_first")), _MONTHS.get(match.group("month_after").lower(), 0)
        for pattern in (_NUMERIC_DATE, *_FULL_DATES):
            for found in pattern.finditer(text):
                later, _ = full_date_at_start(text[found.start():])
                if later is None:
                    continue
                for year in (later.year, later.year - 1):
                    date = _valid(year, month, day)
                    if date is not None and 0 <= (later - date).days <= _STAMP_AFTER_DAYS:
                        return date, f"dateline, its year from '{found.group()}'"
        # ("the fourth attack on U.S. positions in Syria since the start of 2023": a report tells the years before
        # its own, and its own; it is the latest year it names)
        years = [int(m.group("year") or m.group("alone")) for m in _YEAR_TOLD.finditer(text)]
        date = _valid(max(years), month, day) if years else None
        if date is not None:
            return date, f"dateline, its year the latest the report names ({date.year})"
    return None, ""


#: The report's own year, named as the one running: "since the start of 2023", "so far in 2019", "2023 alone".
_YEAR_TOLD = re.compile(r"(?i:\b(?:since the (?:start|beginning|turn) of|so far in|earlier in|(?:so far|already) this "
                        r"year,?|in the first (?:\w+ )?(?:weeks?|months?|days?) of)) (?P<year>(?:19[89]\d|20\d\d))\b"
                        r"|\b(?P<alone>(?:19[89]\d|20\d\d)) alone\b")


#: A dateline: a town in capitals, perhaps its country and the day, up to the dash or the outlet's name.
_DATELINE = re.compile(r"^(?P<head>[A-Z][A-Z .'’/-]{2,40},[^\n]{1,60}?)\s*(?:[-–—]\s|\()")
#: The parts of a heading line: "BAGHDAD | Thursday 22 July 2021", "Published ... · 4 min read".
#: ("UPDATE 3 (Oct 21, 2016, 14:05 GMT) - Adds Dibis toll": a dash parts it too)
#: ("Baghdad, 18 February 2008: rockets meant for ...": a colon after the year parts a headline's dateline)
_FURNITURE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|(?<=[a-z0-9])\.\s+(?=[A-Z])|(?<=(?:19|20)\d\d):\s+")
#: A part of a heading is a few words: a longer one is a sentence, whose date is an event's.
_FURNITURE_MAX_WORDS = 12
#: A date after one of these words is an event's ("rockets hit Balad on 3 March 2021"), not the report's.
_EVENT_PREPOSITION = re.compile(r"\b(?:on|in|since|of|from|after|before|until|during|between|and|to)\s*,?\s*$",
                                re.IGNORECASE)


def _furniture_date(part: str, stamped: bool = False) -> dt.date | None:
    """The full date (with its year) in a part of the report's furniture, unless a preposition ties it to an
    event (a `stamped` part, "Recorded ... on Friday, 16 April 2021", tells its own making); the first such date.
    A heading in capitals ("WEDNESDAY 28 SEPTEMBER 2022") is read as if written in title case."""
    if part.isupper():
        part = part.title()
    for pattern in (_NUMERIC_DATE, *_FULL_DATES):
        for match in pattern.finditer(part):
            before = _WEEKDAY_BEFORE.sub("", part[:match.start()])
            if not stamped and _EVENT_PREPOSITION.search(before):
                continue
            date, _ = full_date_at_start(part[match.start():])
            if date is not None:
                return date
    return None


#: A weekday just before a date ("Friday, January 3, 2020") belongs to it.
_WEEKDAY_BEFORE = re.compile(r"(?:\b(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s*)$")
