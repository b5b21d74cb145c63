"""From the frames of one article to its incidents.

The headline event is what the title and lead report; sentences without a date of their own that name a
compatible place add to it. A sentence that dates an attack somewhere else, or on another day, starts an
incident of its own; so a report that retells September's drone attack on Erbil airport yields that
incident too. Background (habits, history, attacks without a date or without a place) yields none.
"""

from __future__ import annotations

import calendar
import copy
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import settings
from ..countries import COUNTRY_NAME_WORDS
from ..entries import Index, Place
from ..names import normalize
from . import lexicon as lx
from .article import Article
from .dates import (
    DAY_PLACE,
    ITEM_MARK,
    MONTH_LINE_SOURCE,
    PLACE_DAY,
    DateMention,
    dateline_sections,
    entry_date,
    find_dates,
    heading_date,
    item_heading,
    period_day,
    period_end,
    post_paragraphs,
    same_day_of,
    section_heading,
    stamped_after_local_midnight,
    stamped_posts,
    update_paragraphs,
    weekday_named,
)
from .frames import THE_CITY, Frame, RolePlace, RoundGroup, read_frame, unknown_list
from .places import (
    ADJECTIVE_OF_PLACE,
    BROAD_KINDS,
    PlaceFinder,
    PlaceMention,
    a_peoples_noun,
    named_after,
    villages_named_first,
)
from .text import Sentence, sentences

#: A headline event is dated by a mention within this many days of the article's date.
HEADLINE_WINDOW_DAYS = 10
#: Sentences this close to the top of a report (after the title) belong to its lead.
LEAD_LINES = 4


@dataclass
class Event:
    """An incident as one article tells it."""

    article: Article
    frames: list[Frame] = field(default_factory=list)
    date: dt.date | None = None
    precision: int = 1
    date_mention: DateMention | None = None
    date_frame: Frame | None = None
    date_basis: str = ""
    headline: bool = False
    # Told at a place-like phrase that no gazetteer place could be read in (unknown, or borne by several places):
    # kept, so that it is proposed as a row to complete (records.proposed_rows).
    unplaced: bool = False
    # A sentence just after it says its rounds were found or defused ("Bomb disposal teams defused the rockets
    # before any could be fired"): unless another tells them landing or harming, it did not happen.
    thwarted: bool = False
    # A sentence after it says it did not happen at all ("we found nothing ... that didn't happen"): left out.
    denied: bool = False
    # Told among the report's own attack's sentences before its day was read: it takes that day at the end.
    on_headline_day: bool = False
    # A place the gazetteer lacks that a later sentence says the attack's own munitions hit, inside the coarser
    # place the event is at ("Air strike in Idlib kills 33" ... "the bombs hit a building in the village of
    # Balyun"): the analyst's finer point (Row.finer).
    struck_site: str = ""
    # What the frames read so far name, kept up to date as frames are appended (a long report's event gathers
    # thousands; recounting them for every new sentence made extraction quadratic).
    _seen: int = field(default=0, init=False, repr=False, compare=False)
    _place_ids: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _families: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _sited: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def _catch_up(self) -> None:
        if self._seen > len(self.frames):  # frames were replaced, not appended: count again
            self._seen, self._place_ids, self._families, self._sited = 0, set(), set(), set()
        for frame in self.frames[self._seen:]:
            self._place_ids.update(p.place_id for p in frame.places if p.role != lx.LAUNCHED)
            self._sited.update(p.place_id for p in frame.places if p.role != lx.LAUNCHED
                               and not _bearing_from(frame, p))
            self._families.update(w[2] for w in frame.weapons)
        self._seen = len(self.frames)

    def sited_ids(self) -> set[str]:
        """The places that say where the event was, less those only told as what another is reckoned from ("a
        suburb a few kilometres east of the Old City and Bab Touma")."""
        self._catch_up()
        return set(self._sited)

    @property
    def dated(self) -> bool:
        return self.date is not None

    @property
    def needs_anchor(self) -> bool:
        """Dated by words ("on Saturday night") that need the article's date, which is unknown."""
        return self.date is None and self.date_mention is not None

    def place_ids(self) -> set[str]:
        """The places that say where the event was: launch sites are not among them."""
        self._catch_up()
        return set(self._place_ids)

    def families(self) -> set[str]:
        self._catch_up()
        return set(self._families)

    def replace_frame(self, index: int, frame: Frame) -> None:
        self.frames[index] = frame
        self._seen, self._place_ids, self._families, self._sited = 0, set(), set(), set()  # counted again when asked

    def set_date(self, mention: DateMention | None, frame: Frame | None, date: dt.date | None, precision: int,
                 basis: str) -> None:
        self.date, self.precision, self.date_mention, self.date_frame, self.date_basis = (
            date, precision, mention, frame, basis)


def date_interval(event: Event) -> tuple[dt.date, dt.date]:
    """The days an event's date allows: a day either side, a week either side, or its whole month."""
    assert event.date is not None
    if event.precision == 1:
        return event.date - dt.timedelta(days=1), event.date + dt.timedelta(days=1)
    if event.precision == 2:
        return event.date - dt.timedelta(days=7), event.date + dt.timedelta(days=7)
    first = event.date.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def dates_overlap(a: Event, b: Event) -> bool:
    """Can two dated events be one: do the days their dates allow meet?"""
    (a_first, a_last), (b_first, b_last) = date_interval(a), date_interval(b)
    return not (a_last < b_first or b_last < a_first)


def families_compatible(a: set[str], b: set[str]) -> bool:
    if not a or not b or a & b:
        return True
    return any(frozenset({x, y}) in lx.COMPATIBLE_FAMILIES for x in a for y in b)


def _places_compatible(finder: PlaceFinder, event: Event, frame: Frame) -> bool:
    """Does any place the frame names lie with (in, around or near) a place the event names?"""
    ids = event.sited_ids() or event.place_ids()
    # (the event's governorate, "in the Hasakah countryside", only says where its town lies, as for the sentence's)
    specific = {i for i in ids if (p := finder.gazetteer.get(i)) is None or p.tier != "admin"}
    mine = finder.core(specific or ids)
    # A sentence that names only where rounds came from ("some were fired from al-Mayadin"), or an authority
    # ("Kirkuk police said"), fits any event.
    text = frame.sentence.text

    def told_as_site(place: RolePlace) -> bool:
        if place.role == lx.LAUNCHED:
            return False
        return place.role is not None or not lx.AUTHORITY_AFTER.match(
            lx.fold(text[place.mention.end:place.mention.end + 40]))

    told = [p for p in frame.places if told_as_site(p)]
    # "a Turkish attack on Tal Rifaat, in the northern Aleppo countryside": the governorate only says where the
    # town lies; the town is the place to compare.
    sites = [p for p in told if p.mention.place.tier != "admin"]
    theirs = finder.core({p.place_id for p in (sites or told)})
    if event.unplaced and not mine and theirs:
        return False  # an attack at a place the gazetteer does not know is never put at one it knows
    if _another_towns_countryside(frame, mine, finder):
        return False
    if not mine and not theirs and not frame.places:
        # "Late the same day a tanker blew up in a street in Ur" after an attack proposed at Bab al-Muadham: two
        # places the gazetteer cannot read, two attacks
        named = _unknown_names(frame, finder)
        own = set().union(*(_unknown_names(f, finder) for f in event.frames))
        if named and own and not named & own:
            return False
    if not mine or not theirs:
        return True
    if any(finder.related(a, b) for a in mine for b in theirs):
        return True
    # "fired missiles at military sites in the hills west of Hama" and "They hit ... Masyaf": a town told only as
    # a bearing is no site of the event, so any place fits it.
    return not any(not _bearing_from(f, p) for f in event.frames for p in f.places if p.place_id in mine)


def _names_the_unit(place: RolePlace) -> bool:
    """Do the words that named a governorate name it ("Hasakah"), not a town of it whose countryside was meant?"""
    unit = place.mention.place
    return normalize(place.mention.text) in {normalize(n) for n in (unit.name, *unit.aliases)}


def _another_towns_countryside(frame: Frame, mine: set[str], finder: PlaceFinder) -> bool:
    """Does the frame tell an attack in the countryside of a town ("a site in the countryside of Amûdê", read as
    its governorate) other than the towns and sites the event is at (Tell Tamer, 70 km away in the same
    governorate)? Then it is another attack, never one at the event's town."""
    told = [p for p in frame.places if p.mention.place.tier == "admin" and not _names_the_unit(p)]
    if not told:
        return False
    theirs = [finder.gazetteer.get(i) for i in mine]
    return any(t is not None and t.category in ("city", "site", "district")
               and all(normalize(p.mention.text) != normalize(t.name) for p in told) for t in theirs)


def compatible(finder: PlaceFinder, event: Event, frame: Frame) -> bool:
    return _places_compatible(finder, event, frame) and (families_compatible(
        event.families(), {w[2] for w in frame.weapons}) or _goes_on_with_another_weapon(event, frame, finder)) \
        and not _another_bomb(finder, event, frame)


def _goes_on_with_another_weapon(event: Event, frame: Frame, finder: PlaceFinder) -> bool:
    """Is the frame a clause of the event's last sentence that tells the attack going on with another weapon, at
    no place of its own ("A roadside bomb struck a patrol in Tarmiyah, and gunmen then opened fire on the
    wounded")? It is part of the event, and per_weapon makes it a row of its own at the event's place."""
    return bool(event.frames) and frame.attack and not frame.not_an_attack and not frame.places \
        and not frame.proposed and event.frames[-1].sentence.index == frame.sentence.index \
        and _GOES_ON.search(lx.fold(event.article.text[event.frames[-1].sentence.end:frame.sentence.end])) is not None \
        and not _SERIES_OR_DENIED.search(lx.fold(frame.sentence.text)) \
        and next(iter(finder.place_phrases(frame.sentence.text)), None) is None  # (not "in the Mahdiya area of Dora")


#: A clause that tells the attack going on: "and gunmen then opened fire", "after which a second bomb ..." (not "and
#: both drones were shot down", which may tell of drones aimed at another place told before).
_GOES_ON = lx.folded(r"\b(?:then|afterwards|after that|after which|moments later|minutes later|followed|while)\b")


def _another_bomb(finder: PlaceFinder, event: Event, frame: Frame) -> bool:
    """Is the frame a bomb at another neighbourhood than the event's bomb ("a truck blew up in a market of Sadr
    City ... a suicide bomber drove his car into a checkpoint at Kadhimiya")? Rounds fired at a city fall across
    neighbours; bombs are set off where each was taken, each an attack of its own."""
    if event.families() != {"ied"} or {w[2] for w in frame.weapons} != {"ied"}:
        return False
    mine = finder.core(event.place_ids())
    theirs = finder.core({p.place_id for p in frame.places if p.role != lx.LAUNCHED})
    places = {i: finder.gazetteer.get(i) for i in mine | theirs}
    known = {i: p for i, p in places.items() if p is not None and p.kind == "neighbourhood"}
    if not mine or not theirs or len(known) < len(places):
        return False
    return not any(a == b or finder.is_within(known[a], known[b]) or finder.is_within(known[b], known[a])
                   for a in mine for b in theirs)


def _of_another_year(frame: Frame, anchor: dt.date | None) -> bool:
    """Does an attack sentence with no day of its own say it happened in another year than the report's ("Last year
    a car bomb exploded beside al-Kabir market", "In 2019 a car bomb ...")? Then it is none of the report's attacks,
    and its place, year or casualties join none of them (never "since 2017": the yardstick of a record)."""
    text = frame.sentence.text
    for mention in frame.dates:
        if _SINCE_BEFORE.search(text, 0, mention.start) or mention.text.lower().startswith("since"):
            continue
        if mention.kind == "period" and mention.text.lower() == "last year":
            return True
        if mention.kind == "year" and mention.date is not None and anchor is not None \
                and mention.date.year != anchor.year:
            return True
    return False


def _yardstick(frame: Frame, mention: DateMention) -> bool:
    """Is the day only the yardstick of an earlier attack the sentence tells ("Thursday's attacks were the deadliest
    since February 9, when three car bombs struck": February 9's)?"""
    text = frame.sentence.text
    return text[mention.end:mention.end + 2] in ("'s", "’s") and any(
        m.start > mention.end and text[m.end:m.end + 7].startswith(", when")
        and (m.text.lower().startswith("since") or _SINCE_BEFORE.search(text, 0, m.start) is not None)
        for m in frame.dates)


#: The day a feast or an anniversary falls on, not an attack's: "which Syrians mark on 21 March".
_HOLIDAY_BEFORE = re.compile(r"\b(?:mark|marks|marked|celebrate|celebrates|celebrated|observe|observes|observed|"
                             r"falls|fell)\s+(?:it\s+)?(?:on\s+)?$", re.IGNORECASE)


def _point_date(frame: Frame) -> DateMention | None:
    """The date a sentence gives its attack: the first mention that names a day, week or month."""
    stated: DateMention | None = None  # the day of a statement the sentence tells ("said late on Monday that")
    for mention in frame.dates:
        if mention.kind == "year" or (mention.kind == "period" and mention.text.lower() == "last year"):
            continue
        if stated is not None and stated.date is not None and mention.follows and mention.offset_days == 0 \
                and _THAT_DAY.search(mention.text):
            # "said late on Monday that 36 of its fighters had been killed when its positions were struck earlier
            # that day": the day the statement named
            return dataclasses.replace(mention, date=stated.date, follows=False, relative=stated.relative)
        # (a setting's days are all at 0, in the order told: "The first of this month's came on Thursday 9 June")
        if mention.kind == "period" and any(m is not mention and m.start >= mention.start and m.precision == 1
                                            and not m.follows for m in frame.dates):
            continue  # "this month alone three rockets fell ... on the evening of 6 September": the day
        if mention.kind in ("month", "month_year") and mention.date is not None and any(
                m.start > mention.start and m.precision == 1 and not m.follows and m.date is not None
                and (m.date.year, m.date.month) == (mention.date.year, mention.date.month) for m in frame.dates):
            continue  # "In one such attack in December 2021, militants struck ... on Tuesday Dec. 7": the day
        text = frame.sentence.text
        after = next((m for m in frame.dates if m.start > mention.end and m.follows and m.offset_days > 0
                      and m.text.lower().endswith("after")), None)
        if after is not None and mention.date is not None and mention.precision == 1 and (
                _THIS_ATTACK_COMES.fullmatch(text, mention.end, after.start) or (
                    _JUST_A_COMMA.fullmatch(text, mention.end, after.start) and frame.weapons
                    and all(at > after.end for at, _, _ in frame.weapons)
                    and all(p.mention.start > after.end for p in frame.places))):
            # "Tonight's bombing comes exactly five weeks after a car bomb went off in al-Mayadin", "The US launched
            # strikes in Syria on Friday, a week after a gunman killed two soldiers near Palmyra" (the strikes with
            # no weapon or place read): the attack the sentence tells is the earlier one, that many days before
            return dataclasses.replace(after, date=mention.date - dt.timedelta(days=after.offset_days), follows=False,
                                       offset_days=0, relative=mention.relative)
        if (mention.text.lower().startswith("since") or _SINCE_BEFORE.search(text, 0, mention.start)) \
                and not text[mention.end:mention.end + 7].startswith(", when"):
            # "since September", "what attacks there have been ... since 1 January 2008": when a period began;
            # but "since April, when a drone hit..." dates one
            continue
        if mention.follows and (_CAME_AFTER.match(mention.text) or _CAME_BEFORE.search(text, 0, mention.start)) \
                and any(m.start > mention.start and m.precision == 1 and not m.follows and m.date is not None
                        for m in frame.dates):
            # "It comes a little over five weeks after the same airport was targeted on 7 December": the attack
            # the sentence tells is the earlier one, on the day it names (but "Two days after the March 5 attack,
            # militants fired rockets" tells the later one)
            continue
        if _HOLIDAY_BEFORE.search(text, max(0, mention.start - 30), mention.start) \
                or _BEGAN_BEFORE.search(text, max(0, mention.start - 60), mention.start) \
                or _names_an_occasion(text, mention) or _yardstick(frame, mention) \
                or _SPAN_UP_TO.search(lx.fold(text[max(0, mention.start - 50):mention.start])):
            # ("in the two weeks up to 5 September three drone strikes killed ...": the end of a span)
            # ("kept dropping barrel bombs through the day, after a night of bombardment that began on Tuesday": the
            # day something before it began)
            continue  # ("shoppers buying presents for Mother's Day, which Syrians mark on 21 March": a feast's day)
        if _UNTIL_BEFORE.search(text, max(0, mention.start - 10), mention.start) \
                and any(m.start > mention.start and m.precision == 1 for m in frame.dates):
            continue  # "Until yesterday, the deadliest had been the bombing ... on the nineteenth of August"
        # (or, closing the sentence, the day of a statement after the attack it tells: "... when a drone hit their
        # car on the edge of Qamislo, the force's media centre said in a written statement on Friday.")
        if _SAID_BEFORE.search(lx.fold(text[max(0, mention.start - 60):mention.start])) \
                and (text[mention.end:mention.end + 6].lower().startswith(" that ")
                     or (_CLOSES.match(text, mention.end) and mention.start > 40
                         and lx.fold(text[max(0, mention.start - 12):mention.start]).rstrip().endswith("statement"))):
            stated = mention
            continue  # "the command said on Thursday that three rockets were fired": the day of the statement
        if _AFTERMATH_BEFORE.search(lx.fold(text[max(0, mention.start - 30):mention.start])) and any(
                m.start > mention.end and m.precision == 1 and m.date is not None for m in frame.dates):
            continue  # "Families spent Tuesday at hospital gates after bombs on Monday killed eighty": the day after
        if _STATEMENT_AFTER.match(lx.fold(text[mention.end:mention.end + 40])) and any(
                m.start > mention.start and m.precision == 1 and m.date is not None for m in frame.dates):
            continue  # "Officials on Friday were still counting the dead from Thursday's attacks": the day told after
        earlier = next((m for m in frame.dates if m.start > mention.start and m.follows and m.offset_days < 0), None)
        if earlier is not None and mention.date is not None and mention.precision == 1 and not mention.follows:
            # "As polling opened on Sunday, officials gave details of the rocket that struck the night before": the
            # day before the day told, not the day the details came out
            return dataclasses.replace(earlier, date=mention.date + dt.timedelta(days=earlier.offset_days),
                                       follows=False, offset_days=0, relative=mention.relative)
        return mention
    return None


def _names_an_occasion(text: str, mention: DateMention) -> bool:
    """Does the day name an occasion, not the attack ("five months after the 7 March election", "crowds are
    gathering for Thursday's rites")?"""
    if mention.kind == "weekday" and _WEEKDAYS_OCCASION.match(text, mention.end) \
            and _AHEAD_OF.search(text, max(0, mention.start - 15), mention.start):
        return True  # (but "Wednesday's funeral bombing", "a bomber struck Friday's prayers": the attack's day)
    return mention.kind in ("day_month", "month_day", "day_month_year", "month_day_year") \
        and _NAMES_ANOTHER_OCCASION.match(text, mention.end) is not None and text[:mention.start].endswith("the ")


#: What a day to come is told for: "gathering for Thursday's rites", "ahead of Sunday's vote".
_AHEAD_OF = re.compile(r"\b(?:for|before|ahead of|until)\s+$", re.IGNORECASE)
#: A weekday's occasion: "Thursday's rites", "Friday's prayers", "Sunday's vote".
_WEEKDAYS_OCCASION = lx.folded(r"['’]s\s+(?:[\w-]+\s+)?(?:rites|ceremon(?:y|ies)|prayers|procession|commemorations?|"
                               r"festival|holiday|celebrations?|vote|elections?|polls|talks|summit|meeting|match|"
                               r"funerals?|march|rally|deadline)\b")


#: After "the" and a day, the occasion the day names: "the 7 March election", "the 30 June deadline".
_NAMES_ANOTHER_OCCASION = lx.folded(r"\s+(?:(?:parliamentary|general|provincial|presidential|national) )?(?:elections?|"
                                    r"vote|polls|referendum|ballot|deadline|agreement|accord|ceasefire|truce|summit|"
                                    r"talks|conference|handover|withdrawal)\b")
#: A day told back to within its sentence: "(earlier) that day", "the same day", "that morning".
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
#: A place told as lying off the scene, after its name: "units in Tal Rifaat to the east".
_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|motorway|route|way)\s+(?:(?:north|south|east|west)\w*\s+)?"
                             r"(?:to|towards?|from)\s+(?:the\s+)?$", re.IGNORECASE)
_TO_THE_BEARING = re.compile(r"\s+(?:to the|further|farther) (?:north|south|east|west)(?:-?(?:east|west))?\b",
                             re.IGNORECASE)


def _an_earlier_wave(frame: Frame) -> bool:
    """Does the sentence tell an earlier wave the report's attack follows, at no place ("The latest strikes follow
    the wave of air and drone attacks in the last week of October, which hit bakeries ... across the region")?
    Neither the report's attack nor its day."""
    mention = _point_date(frame) if not frame.places else None
    return mention is not None and _FOLLOWS_A_WAVE.search(lx.fold(frame.sentence.text[:mention.start])) is not None


#: The report's attack told as coming after an earlier one: "The latest strikes follow the wave of ...".
_FOLLOWS_A_WAVE = lx.folded(r"\b(?:the latest|these|the new|today's|tonight's|this week's|[a-z]+day's) (?:[\w-]+ )?"
                            r"(?:strikes?|attacks?|raids?|bombings?|shelling) (?:follows?|followed|comes?|came) "
                            r"(?:after |on the heels of )?")
#: Between a day and an offset after another attack, nothing but a comma: "on Friday, a week after a gunman ...".
_JUST_A_COMMA = re.compile(r",\s*")
#: Between a day that names the report's attack and an offset after another: "(Tonight)'s bombing comes exactly
#: (five weeks after)", "(Sunday)'s attack came (two days after)".
_THIS_ATTACK_COMES = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:bombing|attack|strike|blast|explosion|shelling|raid)s?"
                                r"\s+(?:comes|came)\s+(?:[\w-]+\s+){0,2}?", re.IGNORECASE)
#: After a day, what people did that day about an attack told with a day of its own: "(officials on Friday) were
#: still counting the dead from Thursday's wave", "(police on Sunday) said".
_STATEMENT_AFTER = lx.folded(r"^,?\s+(?:(?:were|was|are|is)\s+)?(?:still\s+)?(?:counting|said|says|announced|"
                             r"reported|confirmed|searching|investigating|tallying|assessing|blamed|denied)\b")


#: Before a day of mourning or clearing up: "Families spent (Tuesday) at hospital gates", "the city buried its dead on".
_AFTERMATH_BEFORE = lx.folded(r"\b(?:spent|passed|mourned (?:[\w-]+ ){0,3}?on|buried (?:[\w-]+ ){0,3}?on)\s+$")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_CAME_BEFORE = re.compile(r"\b(?:came|comes|happened|occurred|took place)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A span of days that ends on the day told: "in the two weeks up to", "over the past three days before".
_SPAN_UP_TO = lx.folded(lx.SPAN_OF_DAYS + r"\s+$")
#: ("Rescue crews worked through the night and into Sunday morning at the market, where a truck blew up ... on
#: Saturday": the day the work went on into)
_UNTIL_BEFORE = re.compile(r"\b(?:[Uu]ntil|[Uu]p to|[Tt]ill|and into)\s+$")
#: The end of a sentence, just after a day.
_CLOSES = re.compile(r"\s*[.;]?\s*$")
#: A day told right after a verb of saying is the statement's ("officials said on Thursday that ...").
#: So is one told in the words of the statement ("said in a statement issued in Tampa late on Wednesday that").
_SAID_BEFORE = lx.folded(r"\b(?:said|says|announced|stated|confirmed|reported|told [\w ]{1,30}?)\s+$|"
                         r"\b(?:said|says|announced|stated|confirmed|reported) in (?:a|an|its|their) (?:written )?"
                         r"(?:statement|briefing|post|release|interview)\b[^.;:\d]{0,40}$")
#: A later sentence tells another attack on a place already named: "hit again", "another attack".
_AGAIN = lx.folded(r"\bagain\b|\banother (?:attack|strike|salvo|barrage)\b|\ba (?:second|third|new|fresh) "
                   r"(?:attack|strike|salvo|barrage)\b")
#: A second wave of the same attack: "hit again roughly an hour after the first barrage".
_WAVE = lx.folded(r"\b(?:minutes|an hour|one hour|half an hour) (?:after|later)\b|\bsecond wave\b")
#: Words that point back to the place of the attack told just before.
_SAME = (r"the same (?:[a-z]+ )?(?:base|airport|airfield|camp|site|facility|compound|complex|garrison|outpost|"
         r"position|post|town|city)")
_SAME_PLACE = lx.folded(rf"\b{_SAME}\b")
_BACK_REFERENCE = lx.folded(rf"\b(?:{_SAME}|the (?!(?:other|second|third|new|next|nearby|neighbou?ring|another|first|"
                            r"last) )(?:[a-z-]+ )?(?:base|airport|airfield|camp|facility|compound|garrison|market|"
                            r"district|neighbou?rhood|town|city)|"
                            # ("shot dead in the zone on Monday": the Green Zone told before; never "the buffer zone")
                            r"the zone|"
                            # (not the attacker: "Kataib Hezbollah, which it hit with air strikes")
                            r"it(?! (?:hit|struck|bombed|targeted|attacked|launched|fired|carried|blamed|accused|"
                            r"said|says))"
                            # (not the "it" of the clock: "in Washington, where it was just after 1.30pm")
                            r"(?! (?:was|is) (?:still |just |shortly |already |now )*(?:after|before|about|around|"
                            r"nearly|almost|past|early|late|midnight|noon|dawn|dusk|dark|light|\d))"
                            # (nor a verdict: "It would be the first such killing in the capital since ...", "said it
                            # was an act of vengeance")
                            r"(?! (?:(?:would|will|could|may|might) be|(?:was|is) the (?:first|second|third|last|"
                            r"latest|worst|deadliest|biggest|largest)|(?:was|is) an?)\b)|"
                            r"there|the (?:earlier|previous|first|last|other) (?:attack|strike|barrage|salvo))\b")


#: A site told by its kind alone: "around the field", "the plant's gate".
#: What a site is, as a report names it alone.
_SITE_NOUNS = frozenset({"field", "plant", "refinery", "dam", "base", "airport", "airfield", "camp", "compound",
                         "station", "depot", "factory", "port", "prison", "bridge", "terminal"})
_SITE_NOUN = lx.folded(r"\bthe (?:same )?(?P<noun>" + "|".join(sorted(_SITE_NOUNS)) + r")\b")
#: "the al-Ghazl market": a place's own name between the article and its kind.
_ARABIC_NAMED = re.compile(r"[Tt]he (?:al|el|ad|as|ash|ar|az)-[A-Z]")
#: A newsroom named after its town: "Damascus Bureau", "Baghdad desk".
_NEWSROOM_AFTER = re.compile(r"\s+(?:[Bb]ureau|[Dd]esk|[Nn]ewsroom|[Cc]orrespondent)\b")
_BEARING_OF = lx.folded(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern outskirts)? of $")


#: "the Hurriyah neighbourhood": a name and its kind, not "the neighbourhood" told before.
_NAMED_KIND = re.compile(r"the [A-Z][\w'’-]+ (?:base|airport|airfield|camp|facility|compound|garrison|market|district|"
                         r"neighbou?rhood|town|city)\b")


def _in_another_country(frame: Frame, last: Event, finder: PlaceFinder) -> bool:
    """Does the sentence name a country that none of the last event's places is in?"""
    from ..countries import country_code

    told = {country_code(p) for p in finder.place_phrases(frame.sentence.text)} - {None}
    there = {p.mention.place.country for f in last.frames for p in f.places}
    return bool(told) and bool(there) and not told & there


def _back_reference(frame: Frame, last: Event, finder: PlaceFinder, recent: Frame | None = None) -> Frame | None:
    """A dated attack sentence that names no place but points back to one ("The same base was hit again on
    Thursday", "It was struck again", "rockets hit the airport again"), with the place of the event told just
    before as a place of its own (at the words that point to it); None when it points to nothing. When that
    event has no place, "the town" is the one place a sentence just before named (`recent`: "Farmers in Jisr
    al-Shughur had loaded their pickups ..." + "the warplane that hit the town's market")."""
    low = lx.fold(frame.sentence.text)
    if _NOT_NAMED.search(low):
        return None  # ("Neither the storage site nor the base attacked on Monday has been named": no place)
    if _in_another_country(frame, last, finder):
        return None  # ("an RAF Nimrod came down near Kandahar in Afghanistan, a crash the MoD says it ...": not there)
    ids = finder.core(last.place_ids())
    named = [(f, p) for f in last.frames for p in f.places if p.place_id in ids and p.role != lx.LAUNCHED]
    # (not where a place lies: "a hamlet some 30 km west of the city")
    # (nor a place named with what it is: "The al-Ghazl market had been hit before")
    # (nor a place named with its kind: "in the Hurriyah neighbourhood", a place of its own, known or not)
    found = next((m for m in _BACK_REFERENCE.finditer(low) if not _BEARING_OF.search(low, 0, m.start())
                  and not _ARABIC_NAMED.match(frame.sentence.text, m.start())
                  and not _NAMED_KIND.match(frame.sentence.text, m.start())), None)
    if found is not None and found.group() == "there" and _names_a_country(frame.sentence.text[:found.start()]):
        return None  # ("two strikes ... in Syria, answering attacks on its forces there": Syria, not the base)
    # ("Bombs went off in Najaf too. For Kut it was the second blow ... in the al-Amil quarter of the city": the
    # city named since the last attack, not the last attack's)
    newer = recent is not None and found is not None and found.group().split()[-1] in _TOWN_NOUNS and all(
        f.sentence.index < recent.sentence.index for f in last.frames)
    noun = found.group().split()[-1] if found is not None else ""
    # ("fought ... in the Sadr City district of Baghdad" ... five sentences on, "On the way out of the district":
    # the one district told, however far back, when no attack had a place)
    reach = 6 if noun in _DISTRICT_NOUNS else 3
    if (not named or newer) and recent is not None and found is not None \
            and 0 < frame.sentence.index - recent.sentence.index <= reach:
        # ("the town" is a town the sentence before named, "the base" a base: never a town for a base)
        wanted = "city" if noun in _TOWN_NOUNS else "district" if noun in _DISTRICT_NOUNS else "site"
        # (not a town told as lying off the scene: "YPG units in Tal Rifaat to the east" ... "The city has been hit
        # before ... in the city centre" is the report's city, not Tal Rifaat)
        named = [(recent, p) for p in recent.places if p.place_id in finder.core({q.place_id for q in recent.places})
                 and p.mention.place.category == wanted
                 and not _TO_THE_BEARING.match(recent.sentence.text, p.mention.end)
                 # (nor where a road leads: "came at Altun Kupri, on the road north to Erbil")
                 and not _ROAD_TO_BEFORE.search(recent.sentence.text, max(0, p.mention.start - 40), p.mention.start)
                 # (nor a newsroom's, "Damascus Bureau | Saturday 11 June 2016")
                 and not _NEWSROOM_AFTER.match(recent.sentence.text, p.mention.end)]
    # (nor where the wounded were taken: "taken to hospitals in Kirkuk" ... "fell on the southern side of the town")
    told = [p for f, p in named if not _is_reference(f, p, finder) and not _care_at(f, p)]
    proposed = next((f for f in last.frames if f.proposed), None) if last.unplaced else None
    if proposed is not None and found is not None and frame.attack and frame.dates \
            and (found.group() == "it" or found.group().startswith("the same ")) and noun not in _TOWN_NOUNS \
            and noun not in _DISTRICT_NOUNS and not _unknown_name_in(frame, finder):
        # ("rockets hit Turkish camp near Mosul" ... "On Feb. 15 it was shelled": another day's attack on the site the
        # gazetteer lacks, which is proposed again, never at the town that only says where it lies)
        return dataclasses.replace(frame, places=[], antecedent=proposed.sentence)
    if not named and not last.place_ids() and _SAME_PLACE.search(low):
        # "the same airport was targeted on 7 December" after an attack at a site the gazetteer cannot read: that
        # site, proposed again
        site = next((f for f in reversed(last.frames) if _unknown_names(f, finder)), None)
        return None if site is None else dataclasses.replace(frame, places=[], antecedent=site.sentence)
    kind = _SITE_NOUN.search(low)
    if kind is not None:
        # "three rockets came down around the field" after an attack on "the Khor Mor gas field", a site the
        # gazetteer cannot read: the site its kind names, proposed again
        sites = ((f, f.proposed or _unknown_site_struck(f, finder)) for f in reversed(last.frames))
        site = next((f for f, name in sites if kind.group("noun") in lx.fold(name).split()), None)
        if site is not None:
            return dataclasses.replace(frame, places=[], antecedent=site.sentence)
    if found is None or lx.QUALIFIED.match(frame.sentence.text, found.end()):
        return None  # (not "the clothes market in Tayaran Square": a place of its own, known or not)
    if not told:
        # Its places only say where an unknown site lies ("the Khor Mor gas field in Chamchamal district"): it
        # points back to that site, which is proposed again, never put at the district.
        site = next((f for f, p in named), None)
        return None if site is None else dataclasses.replace(frame, places=[], antecedent=site.sentence)
    # ("fell inside the airport": of the places told, the airport, not the district beside it)
    noun = found.group().split()[-1]
    # ("North Aleppo: car bombs made safe a day after Akhtarin blast" ... "the bombing in Akhtarin, some 40 km north
    # of Aleppo. ... in front of the town's local council": of two towns, the one the report named last)
    source = next((p for p in told if noun in (p.mention.place.kind, *p.mention.place.name.lower().split())), None) \
        or max(told, key=lambda p: _last_told_at(last.article.text, p.mention.text, frame.sentence.start))
    if noun in _TOWN_NOUNS and _unknown_town_told_since(last.article.text, source.mention.text, noun,
                                                          frame.sentence.start, finder):
        return None  # ("a car bomb exploded in the town of Qabasin" ... "the town's main mosque": not Aleppo)
    if noun == "market" and not any(noun in lx.fold(f.sentence.text) for f in last.frames):
        return None  # ("before the market bomb", after a bomb told in another town with no market: not that town)
    if noun in _MILITARY_SITE_NOUNS and source.mention.place.category != "site" and not _SAME_PLACE.search(low):
        return None  # ("drones flown from rebel-held Idlib towards the base": a base, not a town told before)
    mention = dataclasses.replace(source.mention, start=found.start(), end=found.end(),
                                  text=frame.sentence.text[found.start():found.end()])
    return dataclasses.replace(frame, places=[RolePlace(mention, source.role or lx.LANDED)])


#: Rounds of the weapon told before, with no weapon word: "four more rounds landed inside its perimeter".
_MORE_ROUNDS = lx.folded(r"\b(?:[\w-]+ )?more (?:rounds|shells|projectiles)\b")
#: A sentence that opens with more of the rounds just told, sent at a place: "Twelve more were sent toward X".
_COUNTED_MORE_AT = lx.folded(rf"\W*(?:(?P<number>{lx.NUMBER_PATTERN})|a few|several) more (?:were|was) (?:[\w-]+ )?"
                             r"(?:fired|sent|launched|aimed|directed|lobbed) (?:at|toward|towards|on|into)\b")


#: A strike told by its order in a series: "A second strike came down ...", "The third raid hit ...".
_ORDINAL_STRIKE = re.compile(r"\W*(?:A|The) (?:second|third|fourth|fifth|further) (?:strike|raid|attack)s? "
                             r"(?:came down|hit|struck|landed|fell|targeted|was aimed)\b")


def _with_the_weapon_told(frame: Frame, last: Event) -> Frame:
    """A sentence that tells more rounds at a place without a weapon word ("The camp was hit again on Wednesday
    morning, when four more rounds landed inside its perimeter") with the weapon of the attack told there before
    (not "It was hit again": the next sentence may name the weapon)."""
    if not frame.weapons and not frame.not_an_attack and last.frames and _ORDINAL_STRIKE.match(frame.sentence.text):
        # ("Turkish drones struck ... A second strike came down on the outskirts of the village of Tebke": the
        # drones' second strike, an attack of its own wherever it came down)
        told = next((f.weapons[0] for f in reversed(last.frames) if f.weapons), None)
        if told is not None:
            return dataclasses.replace(frame, weapons=[(0, told[1], told[2])], attack=True)
    more = _COUNTED_MORE_AT.match(lx.fold(frame.sentence.text)) if not frame.weapons and frame.places else None
    if more is not None and last.frames:
        # ("fourteen rockets was fired at Green Village. Twelve more were sent toward the Conoco gas plant": more
        # of the weapon just told, at a place of their own)
        told = next((f.weapons[-1] for f in reversed(last.frames) if f.weapons), None)
        if told is not None:
            return dataclasses.replace(frame, weapons=[(0, told[1], told[2])], attack=True,
                                       count=frame.count or (lx.number_value(more.group("number"))
                                                             if more.group("number") else None),
                                       places=[RolePlace(p.mention, p.role or lx.TARGETED) for p in frame.places])
    if frame.weapons or not frame.places or not _MORE_ROUNDS.search(lx.fold(frame.sentence.text)):
        return frame
    here = {p.place_id for p in frame.places}
    told = next((f.weapons[0] for f in reversed(last.frames) if f.weapons and here & {p.place_id for p in f.places}),
                None)
    return frame if told is None else dataclasses.replace(frame, weapons=[(0, told[1], told[2])])


def _unknown_town_told_since(text: str, name: str, noun: str, before: int, finder: PlaceFinder) -> bool:
    """Has the report told a `noun` the gazetteer does not know ("the town of Qabasin") since it last named `name`
    as a place of its own? Then "the town" is that one, which cannot be placed, not `name`."""
    # (within the few paragraphs before: a long report is not read again from its start for every sentence)
    since = max(0, before - _TOLD_SINCE_REACH, _last_told_at(text, name, before))
    told = [*_NOUN_OF_NAME.finditer(text, since, before), *_NAME_THEN_NOUN.finditer(text, since, before)]
    return any(finder.why_unplaced(m.group("name")).startswith("the gazetteer knows no")
               for m in told if m.group("noun").lower() == noun)


#: How far back (characters) _unknown_town_told_since looks for a town told since.
_TOLD_SINCE_REACH = 3000
#: "the town of Qabasin", "the village of al-Hbit".
_NOUN_OF_NAME = re.compile(r"\b(?P<noun>[Tt]own|[Vv]illage|[Cc]ity) of (?P<name>(?:(?:al|el|ar|as|ad)-)?[A-Z][\w'’-]+"
                           r"(?: (?:(?:al|el|ar|as|ad)-)?[A-Z][\w'’-]+)?)")
#: The same told name first: "Dubiz town itself has been hit before" (not "The town", "This city").
_NAME_THEN_NOUN = re.compile(r"\b(?!(?:The|This|That|These|Those|A|An|Our|Their|His|Her|Its|Each|Every|One|Another|"
                             r"Old|New|Small|Border|Home|Market|Main)\b)(?P<name>(?:(?:al|el)-)?[A-Z][\w'’-]+) "
                             r"(?P<noun>town|village|city)\b")


def _last_told_at(text: str, name: str, before: int) -> int:
    """Where `text` last names `name` before `before` as a place of its own, not as the town another is reckoned
    from ("40 kilometres north of Aleppo"); -1 when it does not."""
    if not name:
        return -1
    at = text.rfind(name, 0, before)
    for _ in range(_RECKONED_TRIES):
        if at < 0 or not _reckoned_from(text, at):
            return at
        at = text.rfind(name, 0, at)  # (strictly before: the name is not empty)
    return -1


#: How many earlier mentions of a name _last_told_at looks back through.
_RECKONED_TRIES = 20


def _reckoned_from(text: str, at: int) -> bool:
    """Is the place named at `at` one another is reckoned from ("40 kilometres north of Aleppo", "between X and",
    "a few kilometres east of the Old City and Bab Touma")?"""
    before = lx.fold(text[max(0, at - 60):at])
    # (or where a road leads: "a bomb planted beside the main road south toward Hillah")
    return bool(lx.BEARING_OF.search(before, max(0, len(before) - 40)) or _OF_ONE_AND.search(before)
                or _ROAD_TO_BEFORE.search(before))


#: The second place a bearing is told from: "east of the Old City and ".
_OF_ONE_AND = lx.folded(r"\b(?:north|south|east|west)(?:-?(?:east|west))? of (?:the )?[\w'’ -]{2,30}? and (?:the )?$")


def _site_told_before(frame: Frame, last: Event, finder: PlaceFinder) -> Frame:
    """"The airport was last targeted on Sept. 30, when six rockets launched from near X landed short of the
    runway": a sentence whose only places are where its weapons came from has its site in the place it points
    back to, when it points to one; otherwise the frame as it is."""
    if not frame.places or any(p.role != lx.LAUNCHED for p in frame.places):
        return frame
    borrowed = _back_reference(frame, last, finder)
    return frame if borrowed is None else dataclasses.replace(frame, places=[*borrowed.places, *frame.places])


def _attack_on_the_place_before(frame: Frame, last: Event, finder: PlaceFinder, before: Frame | None) -> Frame:
    """"The same base was hit again on Thursday": a dated attack sentence with no weapon and no place of its own
    is an attack on the place told just before, when it points back to it; otherwise the frame as it is. An
    attack sentence with no place after others that placed nothing may point back to the one place a sentence
    just `before` named ("the warplane that hit the town's market", see _back_reference)."""
    if frame.attack and not frame.places and not last.place_ids() and before is not None \
            and before.sentence.line > 0 and not _names_an_unknown_place(frame, finder):
        # (not a heading's "SINJAR DISTRICT", nor over "a hospital in Sikeniye, a Yazidi village": a place to
        # propose)
        return _back_reference(frame, last, finder, before) or frame
    if frame.attack and not frame.places and last.place_ids() and _AGAIN.search(lx.fold(frame.sentence.text)) \
            and not _names_an_unknown_place(frame, finder):
        # "It was targeted again on Friday afternoon": the place of the attack just told, on a day of its own
        return _back_reference(frame, last, finder) or frame
    if frame.attack and frame.places and last.frames and not any(p.role for p in frame.places) \
            and _SAME_PLACE.search(lx.fold(frame.sentence.text)):
        # "In February, a rocket barrage aimed at the same complex killed a contractor, prompting condemnation
        # from Baghdad": the place is the one told before; Baghdad here is the government.
        return _back_reference(frame, last, finder) or frame
    told = _point_date(frame)
    if frame.attack or frame.not_an_attack or frame.places or not last.frames or told is None \
            or not lx.ATTACK.search(lx.fold(frame.sentence.text)) or lx.NO_CLAIM.match(lx.fold(frame.sentence.text)):
        return frame  # (nor "No group had said it was behind any of the blasts by Monday": who, not another)
    if not frame.weapons and _THE_DAYS_ATTACK.search(lx.fold(frame.sentence.text)):
        return frame  # ("still gathering details of Sunday's attack": an attack told before, named, not told again)
    # (the town a sentence just before named: "For Kut it was the second blow" + "bombs ... in the al-Amil quarter
    # of the city"; never for an "it" that may be anything)
    if _named_by_an_unknown_place(frame, finder):
        return frame  # ("the Dokri strike was one of at least two in the district": the attack named by its place)
    town = before if _THE_TOWN_WORD.search(lx.fold(frame.sentence.text)) else None
    borrowed = _back_reference(frame, last, finder, town)
    return frame if borrowed is None else dataclasses.replace(borrowed, attack=True)


#: An attack named by its place: "the Dokri strike", "the Karrada bombing" (not "the Tuesday strike").
_ATTACK_NAMED_BY_PLACE = re.compile(
    r"\bthe (?P<name>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)(?:al-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
    r"(?:strike|attack|bombing|raid|blast|explosion|shelling)\b")


def _the_event_named(frame: Frame, events: list[Event], finder: PlaceFinder) -> Event | None:
    """The event a sentence names by the place the gazetteer cannot read that its own sentences told ("Drones hit a
    house in the Dokri complex" ... "the Dokri strike was one of two that day"), or None."""
    names = [m["name"] for m in _ATTACK_NAMED_BY_PLACE.finditer(frame.sentence.text)]
    if not names or not _named_by_an_unknown_place(frame, finder):
        return None
    return next((event for event in reversed(events)
                 if any(name in told.sentence.text for told in event.frames for name in names)), None)


def _named_by_an_unknown_place(frame: Frame, finder: PlaceFinder) -> bool:
    """Does the sentence name an attack by a place the gazetteer cannot read ("the Dokri strike")?"""
    from ..countries import country_words

    return any(not country_words(m["name"]) and bool(finder.why_unplaced(m["name"]))
               for m in _ATTACK_NAMED_BY_PLACE.finditer(frame.sentence.text))


_THE_TOWN_WORD = lx.folded(r"\bthe (?:city|town|village)\b")
#: An attack named by its day: "details of Sunday's attack", "after Monday's bombing".
_THE_DAYS_ATTACK = lx.folded(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s (?:[\w-]+ )?(?:attacks?|bombings?|"
                             r"strikes?|blasts?|explosions?|shelling|raids?|barrage)\b")


#: A sentence that goes on from the one before, its subject told there: "They bombed ...", "The jets struck ...".
_CARRIES_ON = re.compile(r"\W*(?:They|It|The (?:aircraft|jets|planes|warplanes|helicopters|gunmen|attackers|"
                         r"militants|men|drones?))\b")
#: A sentence that is a name alone, an item's heading: "Abu al-Hassan.", "Al-Sousa."
_NAME_ALONE = re.compile(r"^\W*(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})\.$")
#: "there" for a place told before (not "there was", "there were no casualties").
_THERE = re.compile(r"\b(?:gathered|killed|died|struck|hit|fell|landed|exploded|attacked|wounded|fired|"
                    r"stationed|based|living|praying)\s+there\b")
#: A town pointed back to by what it is: "fell on the town", "in the village" (not "the town of X").
_THE_TOWN = lx.folded(r"\b(?:on|in|into|at|near|across|around|outside) (?:the|this|that) (?:small |border |frontier )?"
                      r"(?:town|village|hamlet)\b(?! of\b)")


def _at_the_town_told_before(frame: Frame, before: Frame | None, finder: PlaceFinder) -> Frame:
    """"... in Akçakale, a cotton town facing the Syrian town of Tal Abyad. Five mortar bombs fell on the town":
    an attack sentence that names no place but "the town" happened at the town the sentence before told as one,
    which the gazetteer cannot place here: proposed there (never at the town it faces). The frame as it is
    otherwise."""
    if not frame.attack or frame.places or frame.proposed or frame.not_an_attack or before is None \
            or frame.sentence.index - before.sentence.index > 1:
        return frame
    # ("On Wednesday aircraft came over Hass, a village in the south of the province. They bombed its schools":
    # the sentence before, no attack of its own, set the scene the next one tells of)
    # (or "The mosque stands in Imam Wais, a village in Diyala province. About 150 men had gathered there ...
    # when a suicide bomber set off his explosives": "there" is the place just told)
    scene = not before.attack and before.sentence.line == frame.sentence.line and bool(
        _CARRIES_ON.match(frame.sentence.text) or _THERE.search(frame.sentence.text))
    if not scene and not _THE_TOWN.search(lx.fold(frame.sentence.text)):
        return frame
    text = before.sentence.text
    # (or an item's heading that is the name alone: "5. Abu al-Hassan." then "Air strikes were also reported on
    # this village")
    for match in itertools.chain(lx.NAMED_WITH_APPOSITIVE.finditer(text), lx.KIND_OF_NAMED.finditer(text),
                                 _NAME_ALONE.finditer(text)):
        name = match.group("name")
        if finder.why_unplaced_in(text, name, match.start("name")):
            # (and on the day the scene was set, when the attack's sentence tells none)
            dates = frame.dates or [dataclasses.replace(d, start=0, end=0) for d in before.dates] if scene \
                else frame.dates
            return dataclasses.replace(frame, proposed=name, dates=dates)
    return frame


def _at_the_site_named_before(frame: Frame, sites_told: dict[str, RolePlace], finder: PlaceFinder) -> Frame:
    """"the sit-in at the dam was hit again": an attack sentence that names no place but a site by what it is
    happened at the site of that kind the report named last (the Tishreen dam of its overview), however far
    back; the frame as it is when it names a place, or no such site."""
    if not frame.attack or frame.places or frame.not_an_attack or not sites_told:
        return frame
    low = lx.fold(frame.sentence.text)
    kind = _SITE_NOUN.search(low)
    if kind is None or kind.group("noun") not in sites_told or _names_an_unknown_place(frame, finder) \
            or _NOT_NAMED.search(low) or (" same " in kind.group() and not frame.dates):
        return frame  # ("A second drone came down ... on the same base": more of the attack just told)
    told = sites_told[kind.group("noun")]
    mention = dataclasses.replace(told.mention, start=kind.start(), end=kind.end(),
                                  text=frame.sentence.text[kind.start():kind.end()])
    return dataclasses.replace(frame, places=[RolePlace(mention, lx.LANDED)])


def _at_the_towns_own_site(frame: Frame, finder: PlaceFinder) -> Frame:
    """"In Kirkuk, three rounds fell inside the airport": an attack sentence whose only place is a town and that
    tells a site by what it is happened at the town's site of that kind, when the gazetteer knows exactly one
    (Kirkuk International Airport, whose parent is Kirkuk); the frame as it is otherwise."""
    if not frame.attack or frame.not_an_attack or len({p.place_id for p in frame.places}) != 1:
        return frame
    town = frame.places[0]
    found = _THE_TOWNS_SITE.search(lx.fold(frame.sentence.text))
    if found is None or town.role == lx.LAUNCHED or town.mention.place.category != "city":
        return frame
    kinds = _SITE_KINDS_OF[found.group("noun")]
    sites = [p for p in _places_within(finder.gazetteer.index).get(town.place_id, []) if p.kind in kinds]
    if len(sites) != 1:
        return frame
    start, end = found.span("noun")
    mention = dataclasses.replace(town.mention, place=sites[0], query=sites[0].name, start=start, end=end,
                                  text=frame.sentence.text[start:end])
    return dataclasses.replace(frame, places=[RolePlace(mention, lx.LANDED)])


#: A town's own site told by what it is, where rounds fell: "inside the airport", "struck the refinery".
_THE_TOWNS_SITE = lx.folded(r"\b(?:in|inside|into|at|on|onto|hit|hitting|struck|striking|targeted|targeting) the "
                            r"(?P<noun>airport|air base|airbase|refinery|oil refinery|dam)\b")
_SITE_KINDS_OF = {"airport": {"airport"}, "air base": {"base", "airfield"}, "airbase": {"base", "airfield"},
                  "refinery": {"refinery"}, "oil refinery": {"refinery"}, "dam": {"dam"}}


@functools.lru_cache(maxsize=4)
def _places_within(gazetteer: Index) -> dict[str, list[Place]]:
    """The gazetteer's places by the place they lie in (their parent's id)."""
    children: dict[str, list[Place]] = {}
    for place in gazetteer.places:
        if place.parent:
            children.setdefault(place.parent, []).append(place)
    return children


@dataclass(frozen=True)
class Section:
    """A paragraph (or a block of bulleted lines) headed by a place alone."""

    place: RolePlace | None  # None when the gazetteer cannot read the heading's name
    name: str  # the name to propose then
    heading: int  # the heading's sentence
    end: int  # where the section's text ends: its paragraph's line, or its block of bullets


def _under_a_heading(frame: Frame, section: Section | None, text: str, finder: PlaceFinder
                     ) -> tuple[Frame, Section | None]:
    """"AL-HILLAH. The worst of the bloodshed ... A car packed with explosives blew up beside a market", "1. Saida
    (eastern countryside). Shortly after midnight, aircraft struck the town": a paragraph opened by a place alone
    (in capitals, or with its area in brackets) is that place's section, and an attack in it that names no place is
    there (never at the next section's place), proposed where the gazetteer cannot read the name. The frame, placed
    so, and the section it opens or goes on in."""
    heading = frame.sentence.text.strip()
    opens_line = frame.sentence.start == 0 or text[frame.sentence.start - 1] == "\n" \
        or _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, frame.sentence.start) + 1, frame.sentence.start)
    capitals = _PLACE_HEADING.fullmatch(heading)
    # (or a name alone on its line over bulleted entries: "Madira" then "- Saturday 18 November: warplanes struck
    # the town.")
    area = _AREA_HEADING.fullmatch(heading) or _DAY_HEADING.fullmatch(heading) or (
        _NAME_OVER_BULLETS.fullmatch(heading) if _BULLET_NEXT.match(text, frame.sentence.end) and not heading.isupper()
        and not {*heading.split()} & (lx.NOT_PLACE_WORDS | _SECTION_WORDS) else None)
    if opens_line and (capitals or area):
        name = area.group("name") if area else heading.rstrip(".")
        # (the heading is the place alone: not "ANBAR AND ERBIL.", two places of which the gazetteer read one)
        whole = [p for p in frame.places if p.mention.text == name]
        at = frame.sentence.index
        # (a paragraph on one line; a heading on a line of its own, "BAAQUBA (Diyala)", heads the lines under it
        # to the blank line, as a name alone does its bullets)
        alone = _LINE_ENDS.match(text, frame.sentence.end) is not None
        end = text.find("\n\n", frame.sentence.end) if alone else text.find("\n", frame.sentence.end)
        end = len(text) if end < 0 else end
        if len(whole) == 1 and len(frame.places) == 1 + bool(area and frame.places[-1] is not whole[0]):
            return frame, Section(whole[0], "", at, end)
        if area and not whole and finder.why_unplaced_in(frame.sentence.text, name):
            return frame, Section(None, name, at, end)
        return frame, None
    if section is None or frame.sentence.start >= section.end:
        return frame, None
    place, name, at = section.place, section.name, section.heading
    # (not "Five other villages nearby were also shelled"; nor, under a known town's heading, "Two mortar shells hit
    # the al-Mahatta district and two more landed in al-Inshaat": quarters of their own, to propose)
    if frame.attack and not frame.places and not frame.proposed and not frame.background \
            and not _OTHER_PLACES.search(frame.sentence.text) \
            and not (place is not None and _names_an_unknown_place(frame, finder)
                     and not _THIS_TOWN_WORD.search(frame.sentence.text)):
        if place is None:
            return dataclasses.replace(frame, proposed=name, heading=at), section
        return dataclasses.replace(frame, places=[dataclasses.replace(place, role=place.role or lx.TARGETED)],
                                   heading=at), section
    if place is not None and frame.attack and any(p.place_id == place.place_id for p in frame.places):
        # ("ISKANDERIYAH. A car bomb in a car park in this town on the road south from Baghdad": the town of the
        # section; the city only says where it lies)
        return dataclasses.replace(frame, places=[p for p in frame.places if p.place_id == place.place_id
                                                  or p.role == lx.LAUNCHED], heading=at), section
    return frame, section


#: The heading's town told back: "this small village", "the town's Great Mosque".
_THIS_TOWN_WORD = re.compile(r"\b(?:[Tt]his|[Tt]he) (?:[\w-]+ )?(?:town|village|city|hamlet)\b")
#: A name alone, heading bulleted entries (see _BULLET_NEXT).
_NAME_OVER_BULLETS = re.compile(rf"(?P<name>{lx.NAME_WORD}(?: (?:(?:al|el)-)?[A-Z][\w'’-]*){{0,2}})")
#: The line ends here, and the next one has text.
_LINE_ENDS = re.compile(r"[ \t]*\n[ \t]*\S")
#: The next line is a bullet's.
_BULLET_NEXT = re.compile(r"[ \t]*\n[ \t]*[-•*–][ \t]")
#: A bulletin's section titles, which head bullets as places do.
_SECTION_WORDS = frozenset({"Summary", "Context", "Background", "Notes", "Incidents", "Entries", "Sources",
                            "Assessment", "Overview", "Update", "Updates", "Timeline", "Analysis", "Details",
                            "Casualties", "Methodology", "Contents", "Key", "Highlights", "Outlook", "Reactions",
                            "Analyst", "Editor", "Editors", "Comment", "Comments", "Corrections", "Correction",
                            "Note", "Links", "Related", "Statistics", "Figures", "Toll", "Tolls"})
#: Places other than the one told, unnamed: "five other villages", "the surrounding hamlets".
_OTHER_PLACES = lx.folded(r"\b(?:other|nearby|neighbou?ring|surrounding|several|many) (?:[\w-]+ )?(?:villages|towns|"
                          r"hamlets|places|areas|districts|neighbou?rhoods)\b")
#: A place alone, in capitals, heading its paragraph: "AL-HILLAH.", "KUT AL-IMARA."
_PLACE_HEADING = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}\.?")
#: A place and its area in brackets, heading an item: "Saida (eastern countryside).", "Daraa al-Balad (Daraa city)."
_AREA_HEADING = re.compile(rf"(?P<name>{lx.NAME_WORD}(?: (?:(?:al|el)-)?[A-Z][\w'’-]*){{0,2}}) "
                           # (an area: "(eastern countryside)", "(Daraa city)"; not "Morning (logged 08:40)")
                           r"\((?:[^()\d]{0,40}\b(?:countryside|province|district|governorate|region|city|town|area|"
                           r"plain|valley|desert|mountains?|suburbs?|outskirts|north|south|east|west|northern|"
                           r"southern|eastern|western|central|north-eastern|north-western|south-eastern|"
                           r"south-western)\b[^()\d]{0,40}|[A-Z][a-z]+(?: (?:(?:al|el)-)?[A-Za-z][a-z'’-]+){0,2})\)\.?")


#: A place and its day, heading an item: "Barbzin, Sunday 25 September.", "Marga countryside, 27 Sept 2022."
_DAY_HEADING = re.compile(rf"(?P<name>{lx.NAME_WORD}(?: (?:(?:al|el)-)?[A-Z][\w'’-]*){{0,2}})"
                          r"(?: (?:countryside|outskirts|area|village|town))?,\s+"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                          r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\.?")
#: A site the gazetteer may lack, named with what it is: "the army headquarters at al-Sakkar", "the headquarters
#: known locally as al-Sakkar", "the outpost called Tal Hamid".
_SITE_KNOWN_AS = re.compile(rf"\bthe (?:[\w-]+ )?(?P<noun>{lx.SITE_KINDS}) (?:at|known (?:locally )?as|called|named) "
                            r"(?P<name>(?:(?:al|el|ad|as|ash|ar|az|at|an)-)?[A-Z][\w'’-]+"
                            r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})")


def _at_the_unknown_site_told_before(frame: Frame, unknown_sites: dict[str, str], finder: PlaceFinder) -> Frame:
    """"the attack of 2 May on the headquarters known locally as al-Sakkar" ... "the headquarters came under fire
    from mortar bombs": an attack sentence that names no place but a site by what it is happened at the site of
    that kind the report named last, which the gazetteer lacks (proposed there); the frame as it is otherwise.
    Remembers the sites the sentence names so."""
    text = frame.sentence.text
    if any(p.mention.place.kind == "village" for p in frame.places):
        unknown_sites.pop("village", None)  # ("the village" after a village the gazetteer knows is that one)
    if frame.attack and not frame.places and not frame.proposed and not frame.not_an_attack and unknown_sites:
        kind = _SITE_BY_KIND.search(text) or _THE_VILLAGE.search(text)
        # (not "When Taftanaz fell, jets bombed the base": the base of the place the sentence names)
        if kind is not None and kind.group("noun") in unknown_sites and not _SITE_KNOWN_AS.search(text) \
                and not _names_an_unknown_place(frame, finder) and not _unknown_name_in(frame, finder):
            frame = dataclasses.replace(frame, proposed=unknown_sites[kind.group("noun")])
    for told in _SITE_KNOWN_AS.finditer(text):
        if finder.why_unplaced(told.group("name")):
            unknown_sites[told.group("noun")] = told.group("name")
    for village in lx.VILLAGE_NAMED.finditer(text):  # "the Kurdish village of Wardek": "in the village" after it
        if finder.why_unplaced(village.group("name")):
            unknown_sites["village"] = village.group("name")
    for told in lx.NAMED_WITH_APPOSITIVE.finditer(text):  # "in Iblin, a village in the countryside south of Idlib"
        if re.search(r"\bvillage\b", text[told.end("name"):told.start("aside")]) \
                and finder.why_unplaced_in(text, told.group("name"), told.start("name")):
            unknown_sites["village"] = told.group("name")
    return frame


_THE_VILLAGE = re.compile(r"(?:\b(?:in|on|into|at|across|through|inside|near) the |\bthe (?=village['’]s\b))"
                          r"(?P<noun>village)\b(?! of\b)")


def _unknown_name_in(frame: Frame, finder: PlaceFinder) -> bool:
    """Does the sentence name, past its first word, a town the gazetteer's tiers know but the report's context left
    out ("When Taftanaz fell ..., jets bombed the base")? Not a day, a month or a weapon."""
    text = frame.sentence.text
    told = [(d.start, d.end) for d in frame.dates] + [(m.start(), m.end()) for pattern, _, _ in lx.WEAPONS
                                                      for m in pattern.finditer(text)]
    return any(not any(a <= word.start() < b for a, b in told) and word.group().lower() not in _CALENDAR_WORDS
               and finder.knows(word.group()) for word in _CAPITALISED.finditer(text, 1))


_CALENDAR_WORDS = frozenset({*(calendar.day_name[i].lower() for i in range(7)),
                             *(calendar.month_name[i].lower() for i in range(1, 13))})


_CAPITALISED = re.compile(r"(?<![\w'’-])(?:(?:al|el)-)?[A-Z][a-z]{3,}\b")
_SITE_BY_KIND = re.compile(rf"\b[Tt]he (?:[\w-]+ )?(?P<noun>{lx.SITE_KINDS})\b")


#: A site the report says it cannot name: "Neither ... the base attacked on Monday has been named".
_NOT_NAMED = lx.folded(r"\b(?:not (?:been |yet been )?(?:named|identified|disclosed|located|able to place)|unnamed|"
                       r"undisclosed|unidentified|unspecified)\b")


def _remember_sites(frame: Frame, sites_told: dict[str, RolePlace], finder: PlaceFinder) -> None:
    """Keep the sites the sentence names by what they are ("Tishrin Dam": the dam) for _at_the_site_named_before;
    forget those of a kind the sentence names a site the gazetteer lacks as ("Besmaya base ...: four rockets struck
    the camp" is Besmaya, never a camp named paragraphs before)."""
    # (and "Camp Ashraf ... troops stormed the same camp again" is Camp Ashraf, never the Camp Liberty told before)
    for named in [*lx.NAMED_BASE.finditer(frame.sentence.text), *_KIND_THEN_NAME.finditer(frame.sentence.text)]:
        if not any(p.mention.start <= named.start() < p.mention.end for p in frame.places) \
                and finder.why_unplaced(named.group(0) if named.re is _KIND_THEN_NAME else named.group("name")):
            for noun in _MILITARY_SITE_NOUNS:
                sites_told.pop(noun, None)
    for place in frame.places:
        if place.role == lx.LAUNCHED:
            continue
        if place.mention.place.category == "city" and (
                within := _SITE_IN_TOWN.search(lx.fold(frame.sentence.text[:place.mention.start]))):
            # "the walled compound in the centre of Ramadi": the compound, later "the compound", is in Ramadi
            sites_told[within.group("noun")] = place
        if place.mention.place.category != "site":
            continue
        for word in {*lx.fold(place.mention.place.name).split(), place.mention.place.kind}:
            if word in _SITE_NOUNS:
                sites_told[word] = place


#: A military site named after its kind: "Camp Ashraf", "Forward Operating Base Falcon", "COP Keystone".
_KIND_THEN_NAME = re.compile(r"\b(?:Camp|Forward Operating Base|FOB|COP|Combat Outpost|Outpost|Fort)\s+"
                             r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
#: A site by its kind, then the town it is in: "the walled compound in the centre of " (then "Ramadi").
_SITE_IN_TOWN = lx.folded(r"\bthe (?:[\w-]+ ){0,2}?(?P<noun>" + "|".join(sorted(_SITE_NOUNS)) + r") (?:in|at|of) "
                          r"(?:the (?:centre|center|heart|middle|south|north|east|west) of )?$")


def _lead_site(headline: Event, frame: Frame, lead_site: Frame | None, finder: PlaceFinder) -> Frame | None:
    """The lead's sentence that sets the report in a site or a town (see _site_in_town_told), kept from before the
    report's attack is told; the report's attack, told at no place yet, is put there before a sentence naming
    another place is read ("... when the car went up. That was last Saturday ..." then "a second car blew up in
    Jindires": the first is at the town the lead named)."""
    lead_site = (_site_in_town_told(frame, finder) if not headline.frames and frame.sentence.line <= LEAD_LINES
                 else None) or lead_site
    if frame.places or frame.proposed or (frame.attack and _names_an_unknown_place(frame, finder)):
        _placed_at_the_lead(headline, lead_site, finder)
    return lead_site


def _placed_at_the_lead(headline: Event, lead_site: Frame | None, finder: PlaceFinder) -> None:
    """The report's attack, told at no place, at the site or town its lead set it in (see _lead_site)."""
    if lead_site is None:
        return
    if not lead_site.proposed:
        _placed_by_the_title(headline, lead_site, [], finder)
    elif headline.frames and not headline.place_ids() and not headline.unplaced \
            and not any(f.proposed or f.not_an_attack for f in headline.frames):
        # ("In Ras al-Ain, a Syrian border town ...", a name the gazetteer cannot place: proposed there, never at
        # the place the next sentence names)
        headline.unplaced = True
        headline.frames.insert(0, dataclasses.replace(lead_site, attack=True))
        headline.replace_frame(0, headline.frames[0])


def _site_in_town_told(frame: Frame, finder: PlaceFinder) -> Frame | None:
    """The frame with only the town it places a site in ("the walled compound in the centre of Ramadi"), or the
    town it tells as one ("In Ras al-Ain, a Syrian border town": proposed, when the gazetteer cannot place it), when
    it tells no attack; None otherwise."""
    if frame.attack or frame.not_an_attack:
        return None
    told = _IN_A_TOWN_TOLD.match(frame.sentence.text) or _THE_VILLAGE_OF.match(frame.sentence.text)
    if told is not None and not frame.places \
            and finder.why_unplaced_in(frame.sentence.text, told.group("name"), told.start("name")):
        return dataclasses.replace(frame, places=[], proposed=told.group("name"))
    towns = [p for p in frame.places if p.role != lx.LAUNCHED and p.mention.place.category == "city"
             and (_SITE_IN_TOWN.search(lx.fold(frame.sentence.text[:p.mention.start]))
                  # ("In Ras al-Ain, a Syrian border town held by Turkey ..., traders sweep up after each bomb")
                  or _TOWN_TOLD_AS_ONE.match(frame.sentence.text, p.mention.end))]
    return dataclasses.replace(frame, places=towns[:1]) if len(towns) == 1 else None


#: A town's name of one to three capitalised words: "Ras al-Ain", "Albu Bali".
_TOWN_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|as|ar|an)-)?[A-Z][\w'’-]+){0,2}"
#: A lead's opening town told as one: "In Ras al-Ain, a Syrian border town held by Turkey, ...".
_IN_A_TOWN_TOLD = re.compile(r"\W*(?:In|At|Near|Outside)\s+(?P<name>" + _TOWN_NAME + r"),\s+an?\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:town|city|village)\b")
#: A lead that opens on a village by name: "The farming village of Albu Bali, on the edge of Khalis district, spent
#: Tuesday counting its dead".
_THE_VILLAGE_OF = re.compile(r"\W*The\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|town)\s+of\s+(?P<name>" + _TOWN_NAME
                             + r")\b")
#: A town told with what it is, right after its name: ", a Syrian border town".
_TOWN_TOLD_AS_ONE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:town|city)\b")


_MILITARY_SITE_NOUNS = ("base", "camp", "airfield", "airport", "compound")


#: A live blog's entry, opening with its time: "08:31  A police officer tells us ...".
_CLOCK_ENTRY = re.compile(r"^\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _goes_on_from(frame: Frame, setting: Frame) -> bool:
    """Does the sentence go on from the setting: the next of its paragraph, or a live blog's next entry?"""
    gap = frame.sentence.index - setting.sentence.index
    if frame.sentence.line == setting.sentence.line:
        return gap == 1
    if gap == 1 and frame.sentence.line == setting.sentence.line + 1 and item_heading(setting.sentence.text):
        return True  # ("2. BAGHDAD - Hamra Hotel - Fri 18 Nov" over the item's first sentence)
    return gap <= 3 and frame.sentence.line == setting.sentence.line + 1 \
        and bool(_CLOCK_ENTRY.match(frame.sentence.text)) and bool(_CLOCK_ENTRY.match(setting.sentence.text))


def _after_the_lead(frame: Frame, setting: Frame) -> bool:
    """Is `frame` an attack with no place that opens the paragraph after a lead of its own paragraph that names
    one ("The town woke to the funerals of the victims of yesterday's attack on the market in Zubair." then "A car
    ... blew up at the market gate")?"""
    text = setting.sentence.text.rstrip()
    return (frame.sentence.index - setting.sentence.index == 1 and frame.sentence.line == setting.sentence.line + 1
            and setting.sentence.line <= LEAD_LINES and bool(setting.places) and not frame.places
            and text.endswith(".") and len(text.split()) >= 8 and not _THE_SITE.search(lx.fold(frame.sentence.text)))


#: A site told back by its kind, which no town of the lead is: "Missiles struck the air base later on Saturday".
_THE_SITE = lx.folded(r"\bthe (?:air ?base|base|airfield|airport|camp|garrison|outpost|barracks|embassy|consulate)\b")


#: Where a visitor was, not a scene: "Mr Panetta was at", "the minister was in".
_VISITOR_AT = lx.folded(r"\b(?:mr|mrs|ms|dr|he|she|the (?:minister|secretary|president|prime minister|envoy|"
                        r"delegation|visitors?))\.?\s+(?:[\w-]+\s+)?(?:was|were|had been|stayed) (?:at|in)\s+$")


def _in_setting(frame: Frame, setting: Frame | None, anchor: dt.date | None, finder: PlaceFinder
                ) -> tuple[Frame, Frame | None]:
    """"The following morning it was Ain al-Asad's turn. A pair of drones, both shot down...", "On 28 September
    the Guards made the point with unusual force. Missiles slammed into ...": an attack sentence right after a
    sentence of its paragraph (`setting`) that tells no attack but names one place, or a day, happened there and
    then when it names no place, or no day, of its own ("Ein al-Assad, the desert air base in Anbar" names one
    place: Anbar only says where it lies). Returns the frame and the setting for the next sentence."""
    next_setting = None
    if not frame.attack and not frame.background and not frame.not_an_attack:
        core = finder.core({p.place_id for p in frame.places}) if len(frame.places) > 1 else set()
        one_place = [p for p in frame.places if p.place_id in core] if len(core) == 1 else frame.places
        # ("over Kafr Zeita - Kafr Zita on some maps - a town north of Hama": one place told twice, and the town
        # its aside says it lies by)
        one_place = [p for i, p in enumerate(one_place) if all(q.place_id != p.place_id for q in one_place[:i])]
        # ("the bombing in Qabasin, some 35 kilometres north-east of Aleppo": a town another place is reckoned
        # from sets no scene)
        one_place = [p for p in one_place if not _reckoned_from(frame.sentence.text, p.mention.start)]
        # (nor where the wounded were taken: "More than a hundred people were taken to hospitals in Kirkuk"; nor where
        # a visitor was: "Mr Panetta was at Camp Victory, on the western edge of the city, at the time")
        low = lx.fold(frame.sentence.text)
        # (nor an authority: "According to the Khalis district commissioner, attackers came at the village")
        one_place = [p for p in one_place if not _care_at(frame, p)
                     and not _VISITOR_AT.search(low, max(0, p.mention.start - 40), p.mention.start)
                     and not (p.role is None and lx.AUTHORITY_AFTER.match(
                         lx.fold(frame.sentence.text[p.mention.end:p.mention.end + 40])))]
        if len(one_place) > 1:
            # ("a base outside Tuz Khurmatu, in Salahuddin province": the province only says where the town lies)
            one_place = [p for p in one_place if not any(
                q.place_id != p.place_id and finder.is_within(q.mention.place, p.mention.place) for q in one_place)]
        if len(one_place) > 1:
            asides = [m.span("aside") for m in lx.NAMED_WITH_APPOSITIVE.finditer(frame.sentence.text)
                      if any(p.mention.start == m.start("name") for p in one_place)]
            one_place = [p for p in one_place if not any(a <= p.mention.start < b for a, b in asides)]
        days = frame.dates or (find_dates(frame.sentence.text, anchor)
                               if len(one_place) == 1 or _DAY_HINT.search(frame.sentence.text) else [])
        # (or a day counted from the one told, opening the sentence: "The same morning, insurgents hit a civilian
        # aircraft. An Airbus freighter ... when a missile struck its wing")
        told_day = any((not d.follows and d.date is not None) or (d.follows and d.start <= 2) for d in days)
        unknown = _unknown_named_with_aside(frame, finder)
        if unknown:
            # "The first came on Friday night in Mukayshifa, a farming area north of Samarra. Gunmen opened fire on
            # a post": the attack told next is at the place the gazetteer lacks (proposed), never at the town that
            # only says where it lies
            next_setting = dataclasses.replace(frame, places=[], dates=days, proposed=unknown)
        elif len(one_place) == 1 or (told_day and not frame.places):
            next_setting = dataclasses.replace(frame, places=one_place, dates=days)
        elif told_day:
            # ("The first took place on the afternoon of Monday 23 May in the Taza sub-district, south of Kirkuk
            # city. Gunmen opened fire on farmers near the village of X": the day, not the places, carries on)
            next_setting = dataclasses.replace(frame, places=[], dates=days)
    next_setting = _setting_goes_on(frame, setting, next_setting, finder)
    # (a live blog's next entry goes on from the one before: "08:14 reports of an explosion in Sadr City" then
    # "08:31 a parked car packed with explosives blew up beside a market")
    if next_setting is None and setting is not None and not frame.places and not frame.attack \
            and frame.sentence.line == setting.sentence.line and _CLOCK_ENTRY.match(setting.sentence.text):
        next_setting = setting  # ("08:14 reports of an explosion in Sadr City. Smoke visible from the road.")
    lead = setting is not None and _after_the_lead(frame, setting)
    if setting is None or not (lead or _goes_on_from(frame, setting)) or not frame.attack \
            or frame.not_an_attack or frame.background or (frame.proposed and frame.sectioned) \
            or _ACROSS_TOWNS.search(lx.fold(frame.sentence.text)):
        # (a log's entry at the site its line names, which the gazetteer lacks; nor "... when missiles struck five
        # medical facilities and two schools in rebel-held towns across the north", spread over many places)
        return frame, next_setting
    places, dates = frame.places, frame.dates
    if lead:
        told = setting.places[0]
        return dataclasses.replace(frame, places=[RolePlace(dataclasses.replace(told.mention, start=0, end=0),
                                                            told.role or lx.TARGETED)]), None
    proposed = frame.proposed
    if not places and not proposed and setting.places and (item_heading(setting.sentence.text)
                                          or _THE_TOWN_WORD.search(lx.fold(frame.sentence.text))
                                          or not _names_an_unknown_place(frame, finder)):
        # (never at the setting's place when the attack names one the gazetteer lacks: "Losses mounted around
        # Idlib. On Feb. 3 a position at Tarnaba came under fire" is at Tarnaba, proposed; but an item's heading,
        # "2. BAGHDAD - Hamra Hotel - Fri 18 Nov", holds the site its first sentence names, and so does the town
        # told back: "For Kut it was the second blow. Bombs went off in the al-Amil quarter of the city")
        told = setting.places[0]
        mention = dataclasses.replace(told.mention, start=0, end=0)  # named in the sentence before, not this one
        places = [RolePlace(mention, told.role or lx.TARGETED)]
    elif not places and setting.proposed and not proposed and not _names_an_unknown_place(frame, finder):
        proposed = setting.proposed
    # ("The worst came on Oct. 18 at the al-Tanf garrison. Two drones flew at the outpost that morning": "that
    # morning" is the day the sentence before told)
    if (not dates or all(d.follows and d.offset_days == 0 for d in dates)) and setting.dates:
        # ("Friday's find recalls the night of 26 March ... that Thursday morning": the day of that weekday)
        weekday = next((m.group(1) for d in dates if (m := _THAT_WEEKDAY.search(d.text))), None)
        days = [d for d in setting.dates if d.date is not None and d.date.strftime("%A") == weekday]
        dates = [dataclasses.replace(d, start=0, end=0) for d in days or setting.dates]
    weapons = frame.weapons
    if not weapons and setting.weapons and _PRONOUN_SUBJECT.match(frame.sentence.text):
        # "Israeli aircraft entered the airspace ... They made for Jamraya and bombarded the centre": theirs
        weapons = [(0, label, family) for _, label, family in setting.weapons]
    if places is frame.places and dates is frame.dates and weapons is frame.weapons and proposed == frame.proposed:
        return frame, next_setting
    return dataclasses.replace(frame, places=places, dates=dates, weapons=weapons, proposed=proposed), None


#: Attacks told over many places at once: "in rebel-held towns across the north", "in several villages".
_ACROSS_TOWNS = lx.folded(r"\b(?:in|across) (?:[\w-]+ ){0,2}(?:towns|villages|cities|provinces|governorates)\b"
                          r"(?! of\b)|\bacross the (?:north|south|east|west|country|region|province)\b")


def _setting_goes_on(frame: Frame, setting: Frame | None, next_setting: Frame | None, finder: PlaceFinder
                     ) -> Frame | None:
    """A scene set over several sentences of a paragraph: "Tuesday showed how thin the line is. An American
    officer had gone to a base outside Tuz Khurmatu for a meeting. Eleven soldiers were guarding him. At about
    ten to four a man in uniform turned his rifle on them." The day told first stays with the place told next,
    and a sentence that names neither, nor tells an attack, passes the scene on to the sentence after it."""
    if setting is None or frame.sentence.line != setting.sentence.line \
            or frame.sentence.index - setting.sentence.index != 1:
        return next_setting
    if next_setting is not None:
        if next_setting.places and not next_setting.dates and setting.dates and not setting.places:
            return dataclasses.replace(next_setting, dates=setting.dates)
        return next_setting
    if frame.places or frame.dates or frame.attack or frame.background or frame.not_an_attack or frame.weapons \
            or not (setting.places or setting.proposed) or _DAY_HINT.search(frame.sentence.text) \
            or (setting.places and (lx.DISTANCE_BEARING.search(setting.sentence.text)
                                    or _names_an_unknown_place(setting, finder))):
        # ("the market of Khan Bani Saad, the town some thirty kilometres north-east of Baghdad": Baghdad only
        # says where the town the gazetteer lacks lies, and no attack is carried there)
        return None
    return dataclasses.replace(setting, sentence=frame.sentence)


def _unknown_named_with_aside(frame: Frame, finder: PlaceFinder) -> str:
    """The place a sentence names with what it is and where it lies ("in Mukayshifa, a farming area on the Tigris
    north of Samarra") when the gazetteer lacks it and every place it knows lies in the aside; "" otherwise."""
    # (or with a bearing from a known place: "A Danish patrol was ambushed in al-Hartha, north of Basra city.")
    # (or with the part of a province it lies in: "in the desert near Kobajib, in the south of Deir ez-Zor province")
    text = frame.sentence.text
    # (or with the district it lies in: "the village of Merga Hawş, in the Sidakan district of Erbil province")
    match = lx.NAMED_WITH_APPOSITIVE.search(text) or lx.NAMED_WITH_BEARING.search(text) \
        or lx.NAMED_WITH_REGION.search(text) or lx.NAMED_IN_DISTRICT.search(text)
    if match is None:
        return ""
    name = match.group("name")
    # (a name several places bear is as unplaceable as one none bears: proposed, the analyst picks)
    if name.split()[0] in lx.NOT_PLACE_WORDS or not finder.why_unplaced(name).startswith(
            ("the gazetteer knows no", "several places bear")):
        return ""
    start, end = match.span("aside")
    return name if all(start <= p.mention.start < end for p in frame.places) else ""


#: A sentence whose subject is the rounds or aircraft told just before.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:They|It|These|Those)\b")


#: Words without which a sentence names no day (most sentences): find_dates is not run on them.
_DAY_HINT = re.compile(r"\d|[A-Z][a-z]+day\b|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|[Yy]esterday|[Tt]onight|[Ll]ast night|"
                       r"^\W*(?:[Tt]he (?:next|following|same|previous)|[Tt]hat) "
                       r"(?:day|night|morning|evening|afternoon)")


def _proposed(event: Event | None, events: list[Event], frame: Frame,
              dated: tuple[DateMention | None, dt.date | None, int, str]) -> Event:
    """The attack of `frame`, at a place to be proposed, added to `event` (the headline) or, when None, to
    `events` as one of its own."""
    if event is None:
        event = Event(events[0].article, [])  # events[0]: the headline, of the same article
        events.append(event)
    event.unplaced = True
    event.frames.append(frame)
    mention, date, precision, basis = dated
    event.set_date(mention, frame, date, precision, basis)
    return event


#: A capitalised phrase that names a weapon, not a place: "Guided Multiple Launch Rocket System".
_WEAPON_NAMED = re.compile(r"\b(?:Rockets?|Missiles?|Launchers?|Launch|Mortars?|Howitzers?|Artillery|Drones?)\b")


def _names_an_unknown_place(frame: Frame, finder: PlaceFinder) -> bool:
    """Does the sentence's first place-like phrase name a place the gazetteer cannot read?"""
    from ..countries import is_country_name

    # ("the logistics chief in Syria, in the suburb of Sayyida Zeinab": a country says nothing of the place)
    # ("on the edge of Mezreh, a small village near al-Malikiyah": a village told as one, though GeoNames has a
    # Mezreh in Turkey)
    text = frame.sentence.text
    # (nor a weapon's name: "fired a Guided Multiple Launch Rocket System at the launch site")
    phrase = next((p for p in finder.place_phrases(text) if not is_country_name(p)
                   and not _WEAPON_NAMED.search(p)), None)
    return phrase is not None and bool(finder.why_unplaced_in(text, phrase))


def _is_the_reports_own(headline: Event, frame: Frame, mention: DateMention, date: dt.date | None,
                        anchor: dt.date | None, finder: PlaceFinder) -> bool:
    """Is an attack told at a place the gazetteer cannot read the report's own? It is when the title names no
    place either ("Drone strike flattens clinic in Yazidi village"), or only the region: the title ("Turkish
    strikes in Shingal") then gives way to the village told, and its places are dropped."""
    title_only = bool(headline.frames) and all(f.sentence.index == 0 for f in headline.frames)
    own = (not headline.place_ids() or title_only) and _dates_the_headline(headline, frame, mention, date, anchor,
                                                                            finder)
    if own and title_only:
        headline.frames = [dataclasses.replace(f, places=[], groups=[dataclasses.replace(g, places=[])
                                                                     for g in f.groups]) for f in headline.frames]
    return own


def _at_unknown_places(events: list[Event], last: Event, frame: Frame,
                       dated: tuple[DateMention, dt.date | None, int, str], anchor: dt.date | None,
                       finder: PlaceFinder) -> Event | None:
    """A dated attack told at places the gazetteer cannot read, proposed there: an attack at each of a list ("The
    militants attacked Liheban and Khidirjija, two farming villages"), or at the one place told with what it is
    (the report's own, see _is_the_reports_own); the event proposed last, or None when the frame is not so."""
    listed = _unknown_places_listed(frame, finder)
    if len(listed) > 1:  # (a figure of strikes told over the list is no one place's, see _uncounted)
        frame = _uncounted(frame)
    for name in listed:
        last = _proposed(None, events, dataclasses.replace(frame, proposed=name), dated)
    if listed:
        return last
    for name in (pair := _pair_at_unknown_sites(frame, finder)):  # "one behind X and the other behind Y"
        last = _proposed(None, events, _one_round_at(frame, name), dated)
    if pair:
        return last
    for part in (parts := _counts_at_unknown_places(frame, finder, dated[1])):  # "two ... X and a third hit Y"
        last = _proposed(None, events, part, dated)
    if parts:
        return last
    if not _told_at_an_unknown_place(frame, last, finder):
        return None
    text = frame.sentence.text
    site = _unknown_site(frame, finder) if frame.places and not frame.proposed and any(
        _SITE_NEAR_BEFORE.search(lx.fold(text[max(0, p.mention.start - 60):p.mention.start])) for p in frame.places) \
        else None
    if site:
        # "the training camp at Başika ..., the base near Mosul": proposed at the site, and the town that only
        # says where it lies is no place of its rounds
        frame = dataclasses.replace(frame, proposed=site, places=[p for p in frame.places if p.role == lx.LAUNCHED])
    headline = events[0]
    mention, date, _, _ = dated
    own = _is_the_reports_own(headline, frame, mention, date, anchor, finder)
    return _proposed(headline if own else None, events, frame, dated)


def _uncounted(frame: Frame) -> Frame:
    """The frame without its figure of air strikes (nor its clauses'), when it tells them over several places:
    "five air strikes since dawn on Hbeit and Latamneh" are none of the villages' five. (Rounds told over a list
    keep their figure, as they did before strikes were counted.)"""
    if not frame.weapons or any(w[2] != "airstrike" for w in frame.weapons):
        return frame
    return dataclasses.replace(frame, count=None, count_text="",
                               groups=[dataclasses.replace(g, count=None) for g in frame.groups])


def _unknown_places_listed(frame: Frame, finder: PlaceFinder) -> list[str]:
    """The places of an attack sentence that names several the gazetteer does not know, with what they are
    ("attacked Liheban and Khidirjija, two farming villages", "struck the villages of X and Y in the Jisr
    al-Shughur countryside": the places after the list only say where they lie); [] when it names none so, or
    one it knows."""
    # ("al-Daqmaq and al-Hamidiyah (Ghab): four more drones hit homes in both villages": a log's item of two)
    item = _PLACE_THEN_AREA.match(frame.sentence.text)
    # (the places in its brackets only say where the villages lie)
    if item is not None and _SEVERAL_NAMES.search(item.group("name")) \
            and all(p.mention.start >= item.end("name") for p in frame.places):
        names = _SEVERAL_NAMES.split(item.group("name"))
        # (a name the sentence's places do not include could not be placed there: "Ghaniya, Sheikh Sindyan (near Jisr
        # al-Shughur)", where GeoNames' Ghaniya lies 90 km away)
        if all(finder.why_unplaced(n) or not any(p.mention.text == n for p in frame.places) for n in names):
            return names
    # (or before it: "barrels fell on the Salhin, Ansari and Marjeh districts")
    kinds = _KINDS_OF_LISTED.search(frame.sentence.text) or _LISTED_THEN_KINDS.search(frame.sentence.text)
    if kinds is not None and all(p.mention.start >= kinds.end("names") for p in frame.places):
        names = unknown_list(kinds)
        if len(names) > 1 and all(finder.why_unplaced(n) for n in names):
            return names
    # ("drones bombarded four villages of Pêncwên district near the Iranian border: Zerdkaw, Beyane, Koşkawe and
    # Rênene": the places before the colon only say where they lie)
    after_colon = _KINDS_THEN_LIST.search(frame.sentence.text)
    if after_colon is not None and all(not after_colon.start("names") <= p.mention.start < after_colon.end("names")
                                       for p in frame.places):
        names = unknown_list(after_colon)
        if len(names) > 1 and all(finder.why_unplaced(n) for n in names):
            return names
    sites = _sites_listed_by_kind(frame, finder)
    if sites:
        return sites
    if frame.places:
        return []
    match = lx.NAMED_LIST_WITH_APPOSITIVE.search(frame.sentence.text)
    names = unknown_list(match) if match else []
    attacked = _ATTACKED_LIST.search(frame.sentence.text) if not names and (
        frame.weapons or lx.NAMES_STRUCK.search(frame.sentence.text)) else None
    if not names and attacked is None:
        attacked = lx.NAMES_STRUCK_PASSIVE.match(frame.sentence.text)  # ("X and Y were bombed as well")
    if attacked is not None and not frame.background and not frame.not_an_attack:
        # "six air raids on Zamalka and Hazza": a list after the attack's own preposition, none of it known
        listed = unknown_list(attacked)
        if all(n.split()[0] not in lx.NOT_PLACE_WORDS and finder.why_unplaced(n).startswith("the gazetteer knows no")
               for n in listed):
            names = listed
    if not names:
        # "struck warehouses in Jibreen, a southern suburb of the city, ... and a military compound on the edge of
        # Safira, a town about 20 km to the south-east": each named with what it is
        names = list(dict.fromkeys(m.group("name") for m in _EACH_NAMED_WITH_APPOSITIVE.finditer(frame.sentence.text)))
    # (a name the gazetteer knows only in a tier the report's places do not vouch for, GeoNames' village far from
    # them, was dropped from the sentence's places: it is proposed too)
    return names if len(names) > 1 else []


def _sites_listed_by_kind(frame: Frame, finder: PlaceFinder) -> list[str]:
    """"Aircraft struck the Ouda oil field near al-Qahtaniyah, and the Saida and Zarbah oil stations in the same
    district were hit": each site the gazetteer lacks, named with its kind ("Saida oil station"; the field told
    before the list too), never the towns that bear those names elsewhere; [] when the sentence lists none so."""
    text = frame.sentence.text
    listing = _SITES_OF_A_KIND.search(text)
    if listing is None:
        return []
    kind = listing.group("kind").lower().removesuffix("s")
    names = [f"{name} {kind}" for name in unknown_list(listing)]
    if not all(finder.why_unplaced(n) for n in names):
        return []
    before = _unknown_site(dataclasses.replace(frame, sentence=dataclasses.replace(
        frame.sentence, text=text[:listing.start()])), finder)
    return [*([before] if before else []), *names]


#: Sites listed before their kind: "the Saida and Zarbah oil stations", "the Rumeilan, Suwaydiyah and Jbeisa oil
#: fields".
_SITES_OF_A_KIND = re.compile(rf"\bthe (?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})*,?\s+and\s+{lx.LIST_NAME})\s+"
                              r"(?P<kind>(?:oil|gas|pumping|power|water) (?:stations|fields|plants)|refineries|"
                              r"airports|bases|camps)\b")
#: Places listed after what they are: "the villages of al-Zuainiyeh and al-Shughayb".
_KINDS_OF_LISTED = re.compile(r"\b(?:villages|towns|hamlets|settlements|neighbou?rhoods|districts) of\s+"
                              rf"(?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})*,?\s+and\s+{lx.LIST_NAME})\b")

#: Places listed before their kind: "the Salhin, Ansari and Marjeh districts" (not where rounds came from: "launched
#: from the Habibiya and Baladiyat districts").
_LISTED_THEN_KINDS = re.compile(rf"(?<!\bfrom )\bthe\s+(?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})*,?\s+and\s+"
                                rf"{lx.LIST_NAME})\s+"
                                r"(?:villages|towns|hamlets|settlements|neighbou?rhoods|districts|quarters|suburbs)\b")
#: Places listed after their kind and a colon: "four villages of Pêncwên district near the border: Zerdkaw, Beyane,
#: Koşkawe and Rênene".
_KINDS_THEN_LIST = re.compile(r"\b(?:villages|towns|hamlets|settlements|neighbou?rhoods)\b[^:.;]{0,80}:\s+"
                              rf"(?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})*,?\s+and\s+{lx.LIST_NAME})\b")
#: Places listed right after an attack's preposition: "barrel bombs on Zamalka, Hazza and Saqba".
_ATTACKED_LIST = re.compile(r"\b(?:on|in|at|struck|hit|bombed|shelled|pounded|targeted|reached)\s+"
                            rf"(?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})*,?\s+and\s+{lx.LIST_NAME})\b(?!\s+[A-Z])")

#: A place named with what it is, after "in", "at", "of"...: lexicon.NAMED_WITH_APPOSITIVE, "the edge of X" too.
_EACH_NAMED_WITH_APPOSITIVE = re.compile(
    r"\b(?:in|at|near|outside|on|from|of)\s+(?:the\s+)?(?P<name>" + lx.NAME_WORD +
    r"(?:\s+(?:(?:al|el|ad|as|ash|ar|az)(?:-|\s+))?[A-Z][\w'’-]+){0,3}),\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:village|town|hamlet|settlement|neighbou?rhood|suburb|district|farming community)\b")


#: Before a place told as where something happened, close by: "just outside Khalakan", "near Kisik".
_JUST_BY = lx.folded(r"\b(?:near|outside|on the outskirts of|close to|in the vicinity of|on the edge of)\s+$")


_IN_BEFORE = re.compile(r"\b(?:in|at)\s+$")
_TWO_NAME_WORDS = re.compile(r"(?:(?:al|el|as|ad|ash)-)?[A-Z][a-z]+(?:[ -](?:(?:al|el|as|ad|ash)-)?[A-Z][a-z]+){1,2}")


def _told_at_an_unknown_place(frame: Frame, last: Event, finder: PlaceFinder) -> bool:
    """"A mortar round hit a school in Kani Hanjir, a village near X": a place the gazetteer cannot read, told as a
    place, is an attack of its own, to be proposed; never the report's attack at another place told later."""
    if frame.proposed and not frame.places:
        return True  # (proposed where the sentence before set the scene: _at_the_town_told_before)
    if frame.proposed and _PLACE_THEN_AREA.match(frame.sentence.text):
        return True  # (an item opened by its village, "Kafr Nouran (western Aleppo countryside): ...")
    # (a place it was only aimed at does not keep it there: "a missile meant for Erbil fell near Gird Azaban, a
    # hamlet 30 km west of the city")
    aimed_only = all(p.role == lx.TARGETED for p in frame.places)
    told = None if not aimed_only else (lx.NAMED_WITH_APPOSITIVE.search(frame.sentence.text)
                                        or lx.KIND_OF_NAMED.search(frame.sentence.text))
    name = told.group("name") if told is not None else None
    if name is None and not frame.places:
        # "rockets landed inside the perimeter of Mission Support Site Conoco": a site whose name says it is one;
        # "guns shelled the village of Sharanish": a place that says it is one
        name = next((p for p in finder.place_phrases(frame.sentence.text) if lx.MILITARY_SITE_NAME.search(p)), None)
        village = lx.VILLAGE_NAMED.search(frame.sentence.text) if name is None else None
        # ("a missile landed in Qah village": the village told before the word, not a people's adjective)
        village = village or (next(iter(villages_named_first(frame.sentence.text)), None) if name is None else None)
        name = village.group("name") if village is not None else name
        # "rockets fell on a school in the Shahba neighbourhood of Aleppo": a quarter the gazetteer lacks
        quarter = lx.QUARTER_NAMED.search(frame.sentence.text) if name is None else None
        name = f"{quarter.group('name')} {quarter.group('kind')}" if quarter is not None else name
        # "charges went off on the lines at Hamdan, just north of al-Faw": a place told by where it lies
        bearing = lx.NAMED_WITH_BEARING.search(frame.sentence.text) if name is None else None
        name = bearing.group("name") if bearing is not None else name
        if name is None and frame.weapons and (frame.outcome is not None or frame.fatalities or frame.injuries):
            # "a drone struck a car just outside Khalakan": a place told as one, that no gazetteer knows
            text = frame.sentence.text
            # ("three explosions in Sayyida Zeinab ...: a car packed with explosives went off": a place of two
            # capitalised words after "in", where the bombs went off)
            name = next((p for p in finder.place_phrases(text)
                         if (_JUST_BY.search(lx.fold(text[:text.find(p)]))
                             or (_IN_BEFORE.search(text[:text.find(p)]) and _TWO_NAME_WORDS.fullmatch(p)))
                         and finder.why_unplaced(p).startswith("the gazetteer knows no place")), None)
    if frame.proposed and _DAY_THEN_PLACE.match(frame.sentence.text):
        return True  # (an entry's own place, whatever "the camp" later in it points back to: _entry_opened_at)
    if name is None and frame.places:
        # "the village of al-Islah, north of Jalawla in Diyala province, was attacked": the known places after the
        # village only say where it lies
        # ("SHEIKH BABA village, Jalawla, Diyala: a farmer was surrounded by gunmen")
        village = lx.VILLAGE_NAMED.search(frame.sentence.text) \
            or next(iter(villages_named_first(frame.sentence.text)), None)
        if village is not None and all(p.mention.start >= village.end("name") for p in frame.places):
            name = village.group("name")
    if name is None and frame.places and (frame.weapons or frame.attack) and (
            frame.outcome is not None or frame.fatalities or frame.injuries):
        # "Four drones hit the party's camp at Degala, near Koya": the known places only say where the site lies
        # ("Somebody bombed a position at al-Hiri, a town south-east of Boukamal": an attack that names no weapon)
        name = _unknown_site(frame, finder)
    if name is None or _back_reference(frame, last, finder) is not None or _quarter_of_a_city(frame, name):
        return False
    return bool(finder.why_unplaced_in(frame.sentence.text, name))


def _entry_opened_at(frame: Frame, finder: PlaceFinder, logged: bool = False, listed: bool = False) -> Frame:
    """"- Monday 20 July, al-Kiswah (south of Damascus): Israeli aircraft ... fired": a digest's entry that opens
    with its day and a place the gazetteer lacks is an attack there, proposed (the towns after it only say where
    it lies); so is a thread's post that opens with a place told as one ("5/7 Al-Sukkariyah, a village in the
    Albukamal countryside: ... aircraft struck the area"), and a log's line that opens with its place ("WADI AKAB --
    Gunmen shot dead two men", when the report is `logged`: three lines or more open so). The frame as it is
    otherwise."""
    item = _PLACE_THEN_AREA.match(frame.sentence.text)
    opened = item or (_place_colon(frame.sentence.text) if listed else None)
    if opened is not None and not frame.attack and not frame.not_an_attack and not frame.background \
            and (lx.ATTACK.search(lx.fold(frame.sentence.text), opened.end())
                 or _ARMED_MEN_STORMED.search(lx.fold(frame.sentence.text), opened.end())):
        # ("Ariha (southern Idlib): the same Russian wave hit the outskirts of the town.", "Amiriyat al-Falluja:
        # militants stormed army positions": what befell the item's village, though no weapon is named)
        frame = dataclasses.replace(frame, attack=True)
    if listed and not frame.attack and frame.weapons and not frame.not_an_attack and not frame.background \
            and _place_colon(frame.sentence.text):
        # ("Mosul: Suicide car bomb against a passing U.S. military patrol.": a list's line told in a weapon's name)
        frame = dataclasses.replace(frame, attack=True)
    if item is not None and frame.attack and not frame.proposed \
            and any(p.mention.start < item.end("name") for p in frame.places):
        # ("Kafranbel (southern Idlib): a sniper killed a soldier": a village the gazetteer knows; the area in
        # brackets only says where it lies)
        frame = dataclasses.replace(frame, places=[p for p in frame.places
                                                   if not item.end("name") <= p.mention.start < item.end()])
    if not frame.attack or frame.proposed:
        return frame
    opener = _DAY_THEN_PLACE.match(frame.sentence.text) or _PLACE_TOLD_AS_ONE.match(frame.sentence.text) \
        or (_LOG_LINE.match(frame.sentence.text) if logged else None) or _PLACE_THEN_AREA.match(frame.sentence.text) \
        or (_place_colon(frame.sentence.text) if listed else None)
    # (the towns after the place only say where it lies: "(south of Damascus)", "in the Albukamal countryside")
    text = frame.sentence.text
    if opener is None or any(p.mention.start >= opener.end() and not _reckoned_from(text, p.mention.start)
                             for p in frame.places):
        return frame
    name = opener.group("name")
    # ("Husseiniya, on Baghdad's north-eastern fringe: two bombs ...": the item says where it lies, so a Husseiniya
    # abroad is not it)
    located = opener.re is _PLACE_COLON and "," in text[opener.end("name"):opener.end()]
    if name.lower() in _CALENDAR_WORDS or _SEVERAL_NAMES.search(name) \
            or not (finder.why_unplaced(name, abroad_too=True) if located else finder.why_unplaced_in(text, name)):
        return frame  # (not "3 April, Monday - A bomb ...": the day's weekday)
    # (the place of the heading it is listed under, "ALEPPO GOVERNORATE", only says where it lies)
    # (the places between the name and its colon only say where it lies: "Husseiniya, on Baghdad's ... fringe:")
    return dataclasses.replace(frame, proposed=name, places=[] if frame.sectioned else [
        p for p in frame.places if not (located and opener.end("name") <= p.mention.start < opener.end())])


#: An item's attack told as armed men storming a place: "militants stormed army positions" (not "protesters stormed
#: the embassy": a crowd is no armed attack). Only an item's own words: in a story's lead, "hours after militants
#: stormed two jails" tells what came before the lead's day.
_ARMED_MEN_STORMED = lx.folded(r"\b(?:militants|insurgents|fighters|attackers|jihadists|gunmen|assailants) "
                               r"(?:stormed|overran)\b")
#: A list's line that opens with its place and a colon, perhaps after the area it lies in: "Khan Bani Saad: Female
#: suicide bomber ...", "Central Baghdad / Bab al-Muadham: Roadside bomb ..." (not "Baghdad, various districts:");
#: or before it, a governorate or where it lies from a town: "- Zaghniya, Diyala: a woman died ...", "Ishaqi, south
#: of Samarra: a device ...", "Husseiniya, on Baghdad's north-eastern fringe: two bombs ...".
_PLACE_COLON = re.compile(r"^[ \t]*(?:[-•*–][ \t]+)?(?:[A-Z][\w'’-]+(?: [A-Za-z][\w'’-]+){0,2} / )?"
                          r"(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,3})"
                          r"(?: again)?"
                          r"(?:, (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: province| governorate)?|"
                          r"(?:(?:about |some |just )?\d+ ?km )?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
                          r"(?:ern)? (?:of|outskirts of) [^:.;\n]{1,40}|(?:near|outside|on|in) [^:.;\n]{1,40}))?:"
                          r"[ \t]+(?=[A-Z0-9]|(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|militants|"
                          r"gunmen|mortar|mortars|rockets?|drones?|police|security|unknown|armed|an?)\b)", re.MULTILINE)
#: Words before a colon that head a field, a section or a speaker's lines, not a place: "Summary:", "Needs:".
_FIELD_WORDS = frozenset({"summary", "needs", "description", "subject", "subj", "note", "notes", "update", "source",
                          "sources", "location", "date", "time", "type", "status", "toll", "casualties", "comment",
                          "background", "context", "analysis", "assessment", "response", "correction", "editor",
                          "presenter", "host", "reporter", "correspondent", "anchor", "q", "a", "incident", "details",
                          "outcome", "target", "weapon", "result", "action", "recommendation", "recommendations"})


def _names_a_place(match: re.Match[str]) -> bool:
    """Does a line's opening before its colon (see _PLACE_COLON) name a place, not a field or a speaker ("Summary:",
    "PRESENTER:", "Mr Daou:")?"""
    name = match.group("name")
    return not (name.isupper() or name.split()[0].lower() in _FIELD_WORDS or name.split()[0] in lx.NOT_PLACE_WORDS)


def _place_colon(text: str) -> re.Match[str] | None:
    """A list's line opened by a place and a colon (see _PLACE_COLON); None for a field's or a speaker's heading."""
    match = _PLACE_COLON.match(text)
    return match if match is not None and _names_a_place(match) else None


def _listed_by_place(text: str, finder: PlaceFinder) -> bool:
    """Is the report a list of lines opened by their place and a colon ("Mosul: Suicide car bomb ...", "Khan Bani
    Saad: ..."): three such lines or more, one of them at a place the gazetteer knows?"""
    lines = [m for m in _PLACE_COLON.finditer(text) if _names_a_place(m)]
    return len(lines) >= 3 and any(not finder.why_unplaced(m.group("name")) for m in lines)


#: An entry that opens with a place told as one, before a colon: "5/7  Al-Sukkariyah, a village in the Albukamal
#: countryside: international coalition aircraft struck the area".
_PLACE_TOLD_AS_ONE = re.compile(r"^\W*(?:\d{1,2}/\d{1,2}\s+)?(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+"
                                r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}), an? (?:small |remote |farming |Kurdish |"
                                r"Arab |Christian |Yazidi |Turkmen )?(?:village|town|hamlet|suburb)\b[^:.;]{0,80}:")
#: A log's item that opens with its village and, in brackets, the area it lies in: "al-Ziqoum (Ghab plain, NW Hama):
#: two suicide drones dived onto two civilian cars".
#: (not a transcript's speaker, "CORRESPONDENT (on the line from Gaziantep):", nor "Ahmed Ali (Reuters):": the
#: brackets name an area or its bearing)
_PLACE_THEN_AREA = re.compile(r"^\W*"
                              # (after its day, in a late entry: "* Thursday 2 November - Kafr Taal (western Aleppo
                              # countryside): ...")
                              r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\d{1,2} [A-Z][a-z]+ [-–—] )?"
                              r"(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z'’-][\w'’-]*"
                              r"(?: (?:(?:al|el)-)?[A-Z][a-z'’-][\w'’-]*){0,2}"
                              # ("al-Daqmaq and al-Hamidiyah (Ghab): four more drones", "Fatira, Sufuhun, Fulayfil
                              # (Jabal al-Zawiya): army shells landed in all three villages": an attack at each)
                              r"(?:(?:,| and|, and) (?:(?:al|el|Al|El)-)?[A-Z][a-z'’-][\w'’-]*"
                              r"(?: (?:(?:al|el)-)?[A-Z][a-z'’-][\w'’-]*){0,2}){0,5})"
                              r" \((?:[^()]{0,40}\b(?:plain|countryside|province|district|governorate|region|desert|"
                              r"valley|mountains?|rural|N|S|E|W|NW|NE|SW|SE|north|south|east|west|northern|southern|"
                              r"eastern|western|near|outside|hills?|outskirts|suburbs?|city centre|old city)\b"
                              r"[^()]{0,40}"
                              # ("(Jabal al-Zawiya)", "(Daraa city)": the area's own name)
                              # (or a dash after the brackets: "Hayyan (northern countryside) — A helicopter ...")
                              r"|[A-Z][a-z]+(?: (?:(?:al|el)-)?[A-Za-z][a-z'’-]+){0,2})\)(?::| [—–]| --?)\s")
#: Between the names of a list: "Fatira, Sufuhun and Fulayfil".
_SEVERAL_NAMES = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
#: A log's line that opens with its place in capitals: "WADI AKAB -- Gunmen shot dead ...", "17 TAMMUZ -- ...".
#: (its province may follow in brackets: "DHULUIYA (Salahuddin) - An explosion tore through a checkpoint")
_LOG_LINE = re.compile(r"^(?P<name>[A-Z0-9][A-Z0-9'’-]*(?: [A-Z0-9][A-Z0-9'’-]*){0,3})(?: \([A-Z][\w'’ -]{1,30}\))? "
                       r"(?:--|-|—|–) ", re.MULTILINE)
#: An entry that opens with its day, then its place: "- Monday 20 July, al-Kiswah (south of Damascus): ...".
_DAY_THEN_PLACE = re.compile(r"^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} [A-Z][a-z]+|"
                             r"[A-Z][a-z]+ \d{1,2})(?:,? \d{4})?,\s+(?P<name>(?:(?:al|el|ad|as|ash|ar|az|at|an)-)?"
                             r"[A-Z][\w'’-]+(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}(?: (?:base|camp|airport|airfield))?)"
                             r"\s*(?:\(|:|[-–—])")


def _quarter_of_a_city(frame: Frame, name: str) -> bool:
    """Is `name` a quarter the sentence says lies in a city the gazetteer knows ("went off in the Ghazra
    neighbourhood, in the west of Kirkuk city")? The attack is then the city's, at the city's point and precision,
    with the quarter in `place_text` (see _finer_place), not a row without a point."""
    text = frame.sentence.text
    at = text.find(name)
    kind = _QUARTER_AFTER.match(text, at + len(name)) if at >= 0 else None
    if at < 0 or not (_QUARTER_WORD.search(name) or kind):
        return False
    end = kind.end() if kind else at + len(name)
    return any(p.mention.place.category == "city" and p.mention.start >= end
               and _STANDS_IN.match(lx.fold(text[end:p.mention.start])) for p in frame.places)


#: The word that makes a name a quarter of a town: "the Ghazra neighbourhood", "the al-Amil quarter".
_QUARTER_WORD = re.compile(r"\b(?:[Nn]eighbou?rhood|[Qq]uarter|[Dd]istrict)$")
_QUARTER_AFTER = re.compile(r"\s+(?:[Nn]eighbou?rhood|[Qq]uarter|[Dd]istrict)\b")


def _joins_headline(headline: Event, frame: Frame, date: dt.date | None, finder: PlaceFinder,
                    mention: DateMention | None = None) -> bool:
    """A dated sentence within a day of the headline event, at its places, tells the same attack; unless it
    says it is another ("hit again on Thursday"), or counts days from it ("the following night": the day is
    told, not approximate)."""
    if headline.date is None or date is None or abs((date - headline.date).days) > 1:
        return False
    low = lx.fold(frame.sentence.text)
    if date != headline.date and mention is not None and mention.kind == "clock":
        return False  # a live blog's entry of another day than the lead's: its own attack
    if date != headline.date and (_AGAIN.search(low) or _MORE.search(low)
                                  or (mention is not None and mention.follows and mention.offset_days != 0)):
        return False
    if _AGAIN.search(low) and not _WAVE.search(low) \
            and any(f.groups or f.roles(lx.LANDED) for f in headline.frames if f.sentence.index != 0):
        return False  # "The base was targeted again this evening": another attack that day, after one already told
    if _another_numbered_item(frame, headline):
        return False  # "First: ... a bomb in Dibis district" then "Second: ... a sticky bomb in the Ghazra quarter"
    if _another_day_another_site(headline, frame, date, mention, finder):
        return False
    if (_SEPARATELY.match(frame.sentence.text) or _VILLAGE_OF.search(frame.sentence.text)) and not frame.places \
            and _names_an_unknown_place(frame, finder):
        # ("Later on Monday, the terrorist groups targeted al-Villat Street in al-Sulaimaniyeh ...", "In the
        # neighbouring town of Saqba, which was bombed on Friday": another place, to propose)
        return False
    if date != headline.date and frame.places and not _LOCAL_CLOCK.search(low) and not headline.unplaced \
            and not any(f.proposed for f in headline.frames) and any(f.places for f in headline.frames) \
            and not any(not _bearing_from(f, p) for f in headline.frames for p in f.places):
        # ("Militants ... on the highway north of Baghdad late on Wednesday ... killed fourteen" then "Further
        # north, in Kirkuk, a car bomb ... on Thursday morning": another day at a place of its own, not the
        # report's attack, which no place of its own fits)
        return False
    return compatible(finder, headline, frame)


#: The kinds of date mention that name a day outright ("on Tuesday", "On Monday 5 February", "5 February 2018").
_DAY_TOLD = frozenset({"weekday", "day_month", "month_day", "day_month_year", "month_day_year", "iso", "numeric"})
#: Words that put a day's attack near midnight, where "late on Monday" and "early on Tuesday" can be one night.
_AROUND_MIDNIGHT = lx.folded(r"\b(?:late|early|night|overnight|midnight|evening|morning|dawn|predawn|hours|small hours|"
                             r"before|after)\b")


def _another_day_another_site(headline: Event, frame: Frame, date: dt.date, mention: DateMention | None,
                              finder: PlaceFinder | None = None) -> bool:
    """Two weekdays named as the days of rounds that landed at two sites are two attacks ("Between four and six
    rockets hit the Green Zone on Tuesday" then "Two rockets hit Mansour on Monday"), however close the sites:
    unless both days are told near midnight ("late on Monday", "early on Tuesday"), where one night's attack can
    be told on either day."""
    told = headline.date_mention
    if date == headline.date or mention is None or told is None or mention.kind not in _DAY_TOLD \
            or told.kind not in _DAY_TOLD or mention.follows or headline.precision != 1 or mention.precision != 1:
        return False
    if _AROUND_MIDNIGHT.search(lx.fold(mention.text)) and _AROUND_MIDNIGHT.search(lx.fold(told.text)):
        return False
    # (its own sites: "the surgical hospital on the northern side of Kafr Nabl, about ten kilometres from Maarat
    # al-Numan": Kafr Nabl, not the town it is reckoned from)
    sited = {p.place_id for p in frame.places if p.role != lx.LAUNCHED and not _bearing_from(frame, p)
             and not _reckoned_from(frame.sentence.text, p.mention.start)}
    # (or a site the gazetteer lacks: "air defences at the Hama military airport shot down two drones that had flown
    # south from rebel-held Idlib" on Sunday is not Saturday's strike on Saraqib, in eastern Idlib)
    return (bool(sited) and not sited & headline.sited_ids()) or (
        not sited and finder is not None and _names_an_unknown_place(frame, finder))


def _another_numbered_item(frame: Frame, headline: Event) -> bool:
    """Does the sentence open a numbered item of a statement ("Second:", "2.") after the item the report's own
    attack was told in ("First:", "1.")? Each item of such a list tells an act of its own."""
    item = _NUMBERED_ITEM.match(frame.sentence.text)
    if item is None:
        return False  # (most sentences: the headline's frames are not read)
    told = {m.group("number").lower() for f in headline.frames if (m := _NUMBERED_ITEM.match(f.sentence.text))}
    return bool(told) and item.group("number").lower() not in told


#: A numbered item of a statement: "First: At about half past nine ...", "Secondly, ...", "2. On Friday ...".
_NUMBERED_ITEM = re.compile(r"^\W{0,3}(?P<number>First|Second|Third|Fourth|Fifth|Sixth|[1-9])(?:ly)?\s*[:.,)]\s+")


#: A day told in the time where the attack happened: "In Syria it was 4:30 on Friday morning", "at 1 a.m. local time".
_LOCAL_CLOCK = lx.folded(rf"\bin (?:{lx.LOCAL_PLACES}|the region)\b[^.;]{{0,30}}? it was\b|\b{lx.LOCAL_TIME}\b")


#: More rounds than those told, on another day: "Early on Tuesday, air defences brought down two more drones".
_MORE = re.compile(r"\b(?:" + lx.NUMBER_PATTERN + r") more\b")  # on folded text (the pattern is in lower case)


#: Where one sentence may tell two attacks: "15 rockets at X and two drones at Y"; "a shell hit X on Tuesday,
#: while on Thursday a drone came down near Y".
_EVENT_BREAK = lx.folded(
    r",?\s+(?:while|whereas),?\s+|;\s+|,\s+and\s+|\s+and\s+(?=(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|a|an)\s+(?:[\w-]+\s+){0,2}?(?:drones?|rockets?|missiles?|mortars?|shells?|rounds?|uavs?|katyushas?|grads?)\b)|"
    # "Five rockets landed on X on Dec. 3 and two fell inside Y two days later": the count of the same weapon
    r"\s+and\s+(?=(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|another)\s+(?:more\s+)?"
    r"(?:fell|landed|hit|struck|slammed|crashed|exploded|impacted|targeted|went after)\b)|"
    # "eleven missiles landed on Al-Asad airbase and one at Irbil": the verb left out
    r"\s+and\s+(?=(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?"
    r"(?:at|on|in|near|around|across|outside|inside)\s)|"
    # "Rockets hit X on Wednesday, a day after a drone struck Y": Y's attack came that many days before
    r",\s+(?=(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+after\s+(?!that\b|this\b))|"
    # "guns fired on a checkpoint in X and warplanes bombed buildings in Y": another attacker, with a verb of its own
    r"\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:warplanes|war planes|jets|aircraft|helicopters|drones|gunmen|militants|"
    r"insurgents|guns|artillery|tanks|snipers)\s+(?:[\w-]+\s+)?(?:bombed|struck|hit|shelled|fired|opened fire|"
    r"attacked|pounded|targeted|raided|rocketed)\b)")


#: Each place a sentence may split is read anew on both sides: only sentences of news length are split (an endless
#: "sentence" of a hostile file would cost its length squared).
_EVENT_SENTENCE_MAX = 600


def _part(frame: Frame, begin: int, end: int, finder: PlaceFinder, day: dt.date | None) -> Frame:
    """The frame of the words begin:end of a frame's sentence, its places keeping the roles the whole sentence
    gave them ("fired 15 rockets at X and two drones at Y": Y is targeted too)."""
    sentence = frame.sentence
    sub = dataclasses.replace(sentence, start=sentence.start + begin, end=sentence.start + end,
                              text=sentence.text[begin:end])
    roles = {p.mention.start: p.role for p in frame.places}
    mentions = [dataclasses.replace(p.mention, start=p.mention.start - begin, end=p.mention.end - begin)
                for p in frame.places if begin <= p.mention.start and p.mention.end <= end]
    part = read_frame(sub, finder, day, mentions)
    part.places = [p if p.role else RolePlace(p.mention, roles.get(p.mention.start + begin)) for p in part.places]
    return part


def _bare_rounds(frame: Frame) -> bool:
    """Is a clause only rounds counted, with no verb, place or day of its own ("Four rockets", of "Four rockets and
    three mortar rounds landed inside the base"): the verb after it is theirs too, so the sentence stays whole."""
    return frame.count is not None and not frame.places and not frame.dates and not _worded(frame) \
        and len(frame.sentence.text.split()) <= 5


def _worded(frame: Frame) -> bool:
    """Does a clause tell an attack in words of its own: an attack's verb, or what became of its rounds?"""
    low = lx.fold(frame.sentence.text)
    return bool(lx.ATTACK.search(low) or lx.PRESENT_ATTACK.search(low) or frame.outcome)


def _tells_an_attack(frame: Frame) -> bool:
    return bool(frame.weapons) and any(p.role != lx.LAUNCHED for p in frame.places)


def _aims_at_an_unknown_place(frame: Frame, finder: PlaceFinder) -> bool:
    """"... and two drones at the Omarco gas plant": rounds at a place the gazetteer cannot read (proposed)."""
    return bool(frame.weapons) and not frame.places and _names_an_unknown_place(frame, finder)


#: "... while five more were aimed at Y": a count whose weapon is the one told before it.
_ELIDED = lx.folded(rf"^\W*(?:[\w-]+\s+){{0,4}}?(?P<number>{lx.NUMBER_PATTERN})\s+(?:(?:more|others?|further)\b"
                    r"(?!\s+(?:than|of)\b)|(?:of them\s+)?(?:fell|landed|hit|struck|slammed|crashed|exploded|"
                    r"impacted)\b|(?:at|on|in|near|around|across|outside|inside)\s)")  # "... and one at Irbil"


#: "..., and a second barrage killed another soldier at Y": another attack with the first clause's weapon.
#: Another band's attack, opening a clause: "while a separate group stormed ...", "and other gunmen attacked ...".
_ANOTHER_BAND = lx.folded(r"\b(?:a (?:separate|second|third|different)|another|other) (?:group|band|cell|team|squad|"
                          r"unit|gunmen|militants|fighters|attackers|assailants)(?: of (?:[\w-]+ ){0,2}?"
                          r"(?:gunmen|militants|fighters|attackers))? (?:[\w-]+ )?(?:stormed|attacked|raided|"
                          r"ambushed|assaulted|seized|overran|opened fire|fired|struck|hit)\b")
_ANOTHER_ROUND = lx.folded(r"^\W*(?:a (?:second|third|fourth|further|separate)|another)\s+(?:[\w-]+\s+)?"
                           r"(?:barrage|salvo|volley|wave|round|strike|attack)s?\b|"
                           # ("a drone hit a vehicle outside Amuda on Sunday and another went after a car ...": one
                           # more of the weapon told)
                           r"^\W*another\s+(?:hit|struck|targeted|went after|attacked|fell|landed|crashed|"
                           r"exploded|slammed|came down)\b")


def _elided_weapon(left: Frame, right: Frame) -> Frame:
    """The second clause of a sentence with the first's weapon when it counts more of them and names none
    ("seventeen missiles struck X, while five more were aimed at Y"; "... and two fell inside Y"; "and a second
    barrage hit Y"); otherwise as it is."""
    if right.weapons or not left.weapons:
        return right
    low = lx.fold(right.sentence.text)
    if _ANOTHER_ROUND.match(low):
        return dataclasses.replace(right, weapons=[(0, label, family) for _, label, family in left.weapons[:1]])
    match = _ELIDED.search(low)
    if match is None:
        return right
    # (the weapon told last before the clause is the one it counts more of: "Shelling ... continued: two mortar
    # rounds came down at X, and four more fell on Y")
    weapons = [(match.start("number"), label, family) for _, label, family in left.weapons[-1:]]
    # ("jets bombed three depots near X and two more near Y": depots, not munitions, when the first counts none)
    counted = lx.number_value(match.group("number")) if left.count is not None else None
    # (and with its verb's outcome: "struck three depots: one near X and two around Y")
    return dataclasses.replace(right, weapons=weapons, count=right.count or counted,
                               outcome=right.outcome or left.outcome)


#: An aside between two dashes: "Four days after Iranian missiles fell on Iraqi soil - eleven struck X and one
#: landed near Y - eight rockets slammed into Z on Sunday, January 12".
_DASH_ASIDE = re.compile(r"\s[-–—]\s(?P<aside>(?:(?!\s[-–—]\s).){5,300}?)\s[-–—]\s")


def _dash_aside(frame: Frame, finder: PlaceFinder, day: dt.date | None) -> list[Frame] | None:
    """A sentence whose lead and aside (up to the second dash) tell one attack and whose rest tells another with
    another weapon, as two frames; a lead that counts days after the aside's attack ("Four days after ...")
    dates it that many days before the rest's day. None when the sentence is not so."""
    match = _DASH_ASIDE.search(frame.sentence.text)
    if match is None:
        return None
    left = _part(frame, 0, match.start("aside") + len(match.group("aside")), finder, day)
    right = _part(frame, match.end(), len(frame.sentence.text), finder, day)
    if not (left.weapons and right.weapons and left.places and right.places) or families_compatible(
            {w[2] for w in left.weapons}, {w[2] for w in right.weapons}):
        return None
    right_day = _point_date(right)
    lead = next((m for m in left.dates if m.follows and m.offset_days > 0 and m.start < match.start()), None)
    if lead is not None and right_day is not None and right_day.date is not None and right_day.precision == 1:
        before = right_day.date - dt.timedelta(days=lead.offset_days)
        left.dates = [dataclasses.replace(lead, date=before, follows=False, offset_days=0)]
        left.background = True  # told as what came before the sentence's own attack
    return [left, *_event_clauses(right, finder, day)]


#: "The announcement came five days after X": the day of X is counted back from what came after it (not "Eleven
#: days earlier, ...; two days after that, ...", which counts on from X).
_CAME_AFTER = re.compile(r"(?:came|comes|happened|occurred|took place) ", re.IGNORECASE)


def _event_clauses(frame: Frame, finder: PlaceFinder, day: dt.date | None) -> list[Frame]:
    """A sentence that tells two attacks, with other weapons or on other days, as one frame for each: "more than
    15 rockets at Green Village and two drones at the Conoco field" (the second takes the first's verb and day),
    "a shell hit X on Tuesday, while on Thursday a drone came down near Y". Rounds of one attack told clause by
    clause ("two landed in Mansour, while a third hit Harithiya") stay one frame (see frames._clauses)."""
    families = {w[2] for w in frame.weapons}
    attack = frame.attack and not frame.not_an_attack
    days = sum(1 for d in frame.dates if d.date is not None and d.precision == 1)
    # ("blamed for the October 2022 blast at X ... and for last week's bomb in Y, ... on Sunday the 17th")
    months = len({(d.date.year, d.date.month) for d in frame.dates if d.date is not None and d.kind != "year"})
    low = lx.fold(frame.sentence.text)
    # ("fighters launched an assault on the city of Kirkuk ..., while a separate group stormed a site in the nearby
    # town of Dibis": another band's attack elsewhere, told without a weapon word)
    band = attack and len(frame.places) >= 2 and _ANOTHER_BAND.search(low) is not None
    counted = _counted_at_known_and_unknown(frame, finder, day) if attack else None
    if counted is not None:
        return counted
    if len(frame.sentence.text) > _EVENT_SENTENCE_MAX or not (
            len(families) >= 2 or (attack and len(frame.places) >= 2 and families) or (attack and days >= 2)
            or (attack and months >= 2) or band):
        return [frame]
    aside = _dash_aside(frame, finder, day)
    if aside is not None:
        return aside
    for cut in _EVENT_BREAK.finditer(low):
        left = _part(frame, 0, cut.start(), finder, day)
        right = _elided_weapon(left, _part(frame, cut.end(), len(low), finder, day))
        if band and _ANOTHER_BAND.match(low, cut.end()) and left.places and right.places and not any(
                finder.related(a.place_id, b.place_id) for a in left.places for b in right.places):
            left.attack = right.attack = True
            right.another = True
            return [left, *_event_clauses(right, finder, day)]
        if not (left.weapons and right.weapons) or _bare_rounds(left):
            continue
        left_day, right_day = _point_date(left), _point_date(right)
        # "The rockets fell outside the base, and both drones were shot down": each part tells of its own weapon.
        other_weapon = not families_compatible({w[2] for w in left.weapons}, {w[2] for w in right.weapons})
        other_day = left_day is not None and right_day is not None and left_day.text.lower() != right_day.text.lower()
        # (a part may tell its attack at a place the gazetteer cannot read: "...; on Christmas Day, three missiles
        # struck a home in the suburb of Sayyida Zeinab")
        both = (_tells_an_attack(left) or _aims_at_an_unknown_place(left, finder)) and (
            _tells_an_attack(right) or _aims_at_an_unknown_place(right, finder))
        # "A drone was shot down near al-Tanf, while a second drone struck Harir": places far apart are two
        # attacks; "two landed in Mansour, while a third hit Harithiya" (neighbours) stays one.
        other_place = both and not any(finder.related(a.place_id, b.place_id) for a in left.places
                                       for b in right.places if lx.LAUNCHED not in (a.role, b.role))
        # "Rockets hit X, and a second barrage killed a soldier at Y": told as another attack, even nearby
        another = both and bool(_ANOTHER_ROUND.match(lx.fold(right.sentence.text))) and not (
            {p.place_id for p in left.places} & {p.place_id for p in right.places})
        if not (other_weapon or (both and (other_day or other_place or another))):
            continue
        right.another = another
        if attack and _tells_an_attack(left) and (_tells_an_attack(right) or _aims_at_an_unknown_place(right, finder)):
            left.attack = right.attack = True  # "and two drones at Y": the verb is the first clause's
        if cut.group().strip() == ";":
            # "Missile left on its launcher in Babil; drones hit al-Omar field in Syria": clauses apart, each tells
            # an attack only with a verb of its own
            for part in (left, right):
                part.attack = part.attack and _worded(part)
        if right_day is None:  # ... and so is the day ("Two days later, jets bombed X and two more near Y")
            right.dates = [dataclasses.replace(d, same_reference=True) if d.follows else d for d in left.dates]
        elif right_day.kind == "weekday" and not right_day.follows and left_day is not None and left_day.follows \
                and left_day.offset_days > 0 and left_day.text.lower().endswith("later"):
            # "Three days later two rockets fell inside Camp Taji on the Saturday, and two more came down near the
            # airport at dawn on Tuesday": a story told in order; its Tuesday is the one after the Saturday
            right.dates = [dataclasses.replace(d, after_told=True) if d is right_day else d for d in right.dates]
        elif right_day.follows and right_day.offset_days > 0 and right_day.start <= 2 and left_day is not None \
                and left_day.date is not None and left_day.precision == 1:
            # "..., a day after a drone struck Y": the day before the day the sentence told
            right.dates = [dataclasses.replace(right_day, date=left_day.date - dt.timedelta(days=right_day.offset_days),
                                               follows=False, offset_days=0)]
        elif right_day.follows and right_day.offset_days > 0 and left_day is not None and left_day.follows \
                and left_day.offset_days < 0 and _CAME_AFTER.match(left_day.text):
            # "The announcement came five days after X, and three weeks to the day after Y": Y too came before
            # the announcement, counted from it
            right.dates = [dataclasses.replace(d, offset_days=-d.offset_days, same_reference=True)
                           if d is right_day else d for d in right.dates]
        return [left, *_event_clauses(right, finder, day)]
    return [frame]


def _on_the_local_next_day(frame: Frame, anchor: dt.date | None, ahead: bool) -> Frame:
    """The frame, its weekday that names the day after the report's stamp dated that next day, when the stamp is
    in a zone behind, past local midnight (`ahead`): "killed early Saturday" in a report stamped late on Friday in
    New York."""
    if not ahead or anchor is None or not any(m.kind == "weekday" for m in frame.dates):
        return frame
    before, after = anchor - dt.timedelta(days=6), anchor + dt.timedelta(days=1)
    return dataclasses.replace(frame, dates=[dataclasses.replace(m, date=after)
                                             if m.kind == "weekday" and m.date == before else m for m in frame.dates])


def _frames(article: Article, finder: PlaceFinder, anchor: dt.date | None) -> list[Frame]:
    mentions = finder.read_report(article.text)
    all_mentions = finder.with_definites(finder.with_short_names(mentions, article.text), article.text)
    frames: list[Frame] = []
    position = 0
    datelined = dateline_sections(article.text)
    updates = post_paragraphs(article.text) + stamped_posts(article.text) + update_paragraphs(article.text, anchor) \
        + datelined
    section: DateMention | None = None  # the day of the roundup's section being read ("Friday, 24 March")
    section_day: tuple[int, DateMention] | None = None  # (the line of its first attack, and its day)
    every = sentences(article.text)
    # (stamped "10:52 p.m. EDT" on a Friday: Saturday had begun in Damascus)
    ahead = stamped_after_local_midnight(article.text, anchor)
    headings = _headings(article.text, every, anchor)
    heading_lines = {index for index, (heading, _) in headings.items() if heading}  # (before the log's entries)
    # "Sat 15 Jun — BALAD AIR BASE (Salahuddin). Shortly after ...": a log entry's stamp opens its line and
    # dates the line's attack as a day's heading does.
    # (a log's line of fields is a whole line: "04-01 | 07 APR 2246Z | Al Asad AB", its day in a field)
    entries = {s.index: stamp for s in every if _line_start(article.text, s.start)
               # ("Thu 20 Oct — Nineveh plain, east and north-east of Mosul": too long a line for a heading)
               and (s.index not in headings or not headings[s.index][0]
                    or (headings[s.index][1] is None and s.text.count("|") >= 2))
               and (stamp := entry_date(s.text, anchor)) is not None}
    headings.update((index, (True, stamp)) for index, stamp in entries.items())
    _stamps_in_order(article.text, every, headings)
    # Sections exist where a report has several days' headings (a roundup, a timeline); a lone date line is
    # the report's own date.
    sectioned = sum(1 for _, dated in headings.values() if dated is not None) >= 2
    # A roundup's lead sums up the attacks its sections tell day by day ("A drone attack outside Erbil, American
    # air strikes on the border and a rocket reply in Deir ez-Zor: a week that ..."): no attack of its own.
    first_section = min((i for i, (heading, dated) in headings.items() if heading and dated is not None),
                        default=None) if sectioned else None
    asked: list[DateMention] = []  # the day an interviewer's question names, for the answer's attack
    # the day the report says a vote was held ("turned out on 12 May"; at first, the day it tells anywhere: "Two days
    # before the election, a man blew himself up" ... "Iraqis went to the polls on Wednesday 30 April")
    election: DateMention | None = _vote_told_anywhere(every, anchor)
    question_line = -1  # the line of the interviewer's question read last
    told_year: int | None = None  # the year the report told last ("Baba Amr in February 2012 was ...")
    dated_year: int | None = None  # the year of the last whole date told ("[16] Night of 12/13 April 2019.")
    headed_year: int | None = None  # the year a timeline's heading line named last ("2022")
    places = _Sections(_place_headings(article.text, every, finder, all_mentions, heading_lines), heading_lines,
                       _entry_sites(article.text, every, finder, all_mentions, set(entries)), finder=finder,
                       text=article.text)
    places.stamped = {s.index for s in every if s.index in places.entries and s.index in entries
                      and _STAMP_PLACE.fullmatch(s.text)}
    # A log's entries under one dated caption ("Bomb attacks in Kirkuk, Tuesday 13 June 2006", then lines of a
    # clock and a place): the caption's day is the day of the first attack its entries tell.
    logged = sectioned or len(places.entries) >= 2 or bool(places.stamped)
    listed: DateMention | None = None  # the day of a section of listed items ("OTHER INCIDENTS YESTERDAY")
    standing: DateMention | None = None  # the day of the last day's heading, for each entry under it
    columns: list[str] = []  # the names of the columns of the table being read ("Date · Location · Type")
    whole_day = False  # the section's heading is a day's alone, no entry's clock
    for sentence in every:
        columns = _columns(article.text, sentence) or columns
        if logged and sentence.index in headings:
            heading, dated = headings[sentence.index]
            section = dated if heading else section
            standing = dated if heading else standing
            section_day = None
            # (a day's heading alone on its line, "Thu 18 Jan 2024", not an entry's stamp, "Thu 21 Oct, 00:35")
            whole_day = heading and not _CLOCK_IN.search(sentence.text)
        if sentence.index in headings and headings[sentence.index][0]:
            dated = headings[sentence.index][1]
            listed = dated if dated is not None and section_heading(sentence.text, dated) else None
        # (a log's line that opens with its place in capitals is read as prose: "MOSUL -- A bomb went off in the
        # city", "SALAHUDDIN - ... on the road between Samarra and Tikrit")
        opener = _LOG_LINE.match(sentence.text)
        if places.read_line(sentence.index) and not entry_prose(sentence.text) and opener is None \
                and not _BOLD_PLACE_ITEM.match(sentence.text):  # (its prose after the place: read as prose)
            frames.extend(_entry_line(sentence, finder, anchor, columns, places))
            continue
        # ("Q: Doctor, thank you. Take us back to Monday night.": the question's line, all of it)
        question_line = sentence.line if _QUESTION.match(sentence.text) else question_line
        asking = sentence.line == question_line
        if asking:
            asked = [*(asked if not _QUESTION.match(sentence.text) else []),
                     *(dataclasses.replace(d, start=0, end=0) for d in find_dates(sentence.text, anchor)
                       if (d.date is not None and d.precision == 1) or d.follows)]  # ("this week" dates nothing)
        inside = []
        while position < len(all_mentions) and all_mentions[position].start < sentence.end:
            mention = all_mentions[position]
            if mention.start >= sentence.start:
                inside.append(dataclasses.replace(mention, start=mention.start - sentence.start,
                                                  end=mention.end - sentence.start))
            position += 1
        # A sentence of an update paragraph was written on the update's day.
        day = next((d for start, end, d in updates if start <= sentence.start < end), anchor)
        frame = _log_kind_told(read_frame(sentence, finder, day, inside), opener, places)
        frame = _on_the_local_next_day(frame, anchor, ahead and day == anchor)
        election = _election_day(frame, day, election)
        frame, told_year = _in_the_year_told_before(frame, told_year)
        frame, dated_year = _undated_in_the_year_told(frame, dated_year)
        frame, headed_year = _in_the_heading_year(frame, article.text, headed_year)
        frame = _stamped(frame, headings.get(sentence.index, (False, None))[1])
        if sentence.index in entries and not frame.attack and frame.places:
            # The entry's site is the place its stamp names first ("CAMP TAJI, 27 km north of Baghdad"): the
            # setting of the attack told next.
            frame = dataclasses.replace(frame, places=frame.places[:1], dates=[entries[sentence.index]])
        parts = [_in_that_year(part, told_year) for part in _event_clauses(frame, finder, day)]
        if first_section is not None and sentence.line > 0 and sentence.index < first_section and frame.attack \
                and not frame.dates:
            frame = dataclasses.replace(frame, attack=False)
            parts = [dataclasses.replace(part, attack=False) for part in parts]
        parts = places.place(frame, parts, sentence.index)
        frame = _as_its_entry_told(frame, parts)
        parts = _entries_on_the_headings_day(parts, standing, section is None and frame.attack and not columns)
        # ("Thu 18 Jan 2024" over "drones launched this morning at Himo": the heading's morning, not the report's)
        coarser = _coarser_than(frame, section) or (section is not None and whole_day and _today_only(frame))
        if section is not None and frame.attack and (not _own_day(frame) or coarser):
            # The first attack told under a day's heading, with no day of its own, happened that day (each attack
            # of its sentence did); the section's later sentences tell more of it (or date themselves).
            told = [dataclasses.replace(section, start=0, end=0)]
            parts = [part if _own_day(part) and not coarser else dataclasses.replace(part, dates=told)
                     for part in parts]
            section_day = (sentence.line, section)
            section = None
        elif section_day is not None and (section_day[0] == sentence.line or _after_a_clock(article.text, sentence)) \
                and frame.attack and not frame.background \
                and not frame.dates and frame.places:
            # A later attack of the section's paragraph at a place of its own ("After dark a pair of mortar shells
            # landed inside the Green Zone" under SUNDAY, after the day's first attack): the section's day too.
            told = [dataclasses.replace(section_day[1], start=0, end=0)]
            parts = [part if part.dates or not part.places else dataclasses.replace(part, dates=told)
                     for part in parts]
        if listed is not None and frame.attack and _LIST_ITEM.match(sentence.text) and not _own_day(frame):
            # each item of a dated section's list is an attack of that day
            parts = [part if _own_day(part) else dataclasses.replace(part, dates=[
                dataclasses.replace(listed, start=0, end=0)]) for part in parts]
        parts = _on_the_items_day(frame, parts, sentence, datelined)
        parts = _on_election_day(frame, parts, election)
        if asked and not asking and frame.dates:
            asked = []  # the answer dates its own attack
        elif asked and not asking and frame.attack:
            # "Q: Where were you on Wednesday night? A: ... a drone hit a building": the answer's attack, that day
            parts = [part if part.dates else dataclasses.replace(part, dates=asked) for part in parts]
            asked = []
        frames.extend(parts)
    return frames


#: A sentence about a vote: "Fewer than half of the voters turned out on 12 May", "the election of 30 April".
_VOTE_WORDS = lx.folded(r"\b(?:vot(?:e|ed|ers?|ing)|elections?|polls?|ballots?|turned out)\b")
#: The vote a day is counted from, right after the count: "(Nine days after) the vote", "the elections".
_THE_VOTE_AFTER = lx.folded(r"\s*(?:the|that|this|last month's|the provincial|the parliamentary) "
                            r"(?:vote|votes|voting|elections?|polls?|ballot)\b")
#: The day of a vote, named by it: "Polling day was calmer than feared", "on election day".
_ELECTION_DAY = lx.folded(r"\b(?:polling|election|voting) day\b|\bthe day of the (?:vote|election|polls|ballot)\b")


def _vote_told_anywhere(every: list[Sentence], anchor: dt.date | None) -> DateMention | None:
    """The day the first sentence that names a vote's day and tells no attack gives, wherever it stands."""
    for sentence in every:
        low = lx.fold(sentence.text)
        if not _DAY_HINT.search(sentence.text) or not _VOTE_WORDS.search(low) or lx.ATTACK.search(low):
            continue
        days = [d for d in find_dates(sentence.text, anchor) if d.date is not None and d.precision == 1
                and not d.follows]
        if len(days) == 1:
            return dataclasses.replace(days[0], start=0, end=0)
    return None


def _election_day(frame: Frame, anchor: dt.date | None, told: DateMention | None) -> DateMention | None:
    """The day a sentence says a vote was held, if it names one and tells no attack; `told` otherwise."""
    text = frame.sentence.text
    if frame.attack or not _DAY_HINT.search(text) or not _VOTE_WORDS.search(lx.fold(text)):
        return told
    days = [d for d in (frame.dates or find_dates(text, anchor))
            if d.date is not None and d.precision == 1 and not d.follows]
    return days[0] if len(days) == 1 else told


def _on_election_day(frame: Frame, parts: list[Frame], election: DateMention | None) -> list[Frame]:
    """"Fewer than half of the voters turned out on 12 May" ... "Polling day was calmer than many had feared,
    although a bomb killed two voters near al-Khan": the attacks of a sentence that names the vote's day by it,
    and no other, on the day told."""
    if election is None:
        return parts
    if frame.dates:
        # ("Nine days after the vote, a suicide bomber drove a pickup ...": counted from the vote's day)
        low = lx.fold(frame.sentence.text)
        return [dataclasses.replace(part, dates=[
            dataclasses.replace(d, date=election.date + dt.timedelta(days=d.offset_days), follows=False,
                                offset_days=0, relative=False)
            if d.follows and d.offset_days and d.date is None and election.date is not None
            and _THE_VOTE_AFTER.match(low, d.end) else d for d in part.dates]) for part in parts]
    named = _ELECTION_DAY.search(lx.fold(frame.sentence.text)) if frame.attack else None
    if named is None:
        return parts
    day = dataclasses.replace(election, start=named.start(), end=named.end(),
                              text=frame.sentence.text[named.start():named.end()], relative=False)
    return [part if part.dates else dataclasses.replace(part, dates=[day]) for part in parts]


def _after_a_clock(text: str, sentence: Sentence) -> bool:
    """Is the sentence in a live blog's entry under a clock of its own line ("08:35" over "Aircraft are back. The
    Observatory reports six air raids on Zamalka")?"""
    start = text.rfind("\n\n", 0, sentence.start)
    first_line = text[start + 2:sentence.start].split("\n", 1)[0] if start >= 0 else ""
    return bool(_CLOCK_LINE.fullmatch(first_line.strip()))


_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local))?", re.IGNORECASE)


#: How far into its line a digest item's dateline may start ("[6] FILE - BAGHDAD, ...").
_MARK_WIDTH = 12


def _on_the_items_day(frame: Frame, parts: list[Frame], sentence: Sentence,
                      datelined: list[tuple[int, int, dt.date]]) -> list[Frame]:
    """A digest's item opened by its own dateline ("[6] FILE - BAGHDAD, Iraq, June 17, 2008 - Residents search the
    wreckage ... after a truck bomb killed 63 people there") tells an attack of its dateline's day: the parts of
    its sentence that tell no day of their own are dated so."""
    opened = next((d for start, _, d in datelined if start <= sentence.start < start + _MARK_WIDTH), None)
    if opened is None or not frame.attack or _own_day(frame):
        return parts
    told = [DateMention(0, 0, "the item's dateline", "dateline", opened, 1, False)]
    return [part if _own_day(part) else dataclasses.replace(part, dates=told) for part in parts]


def _entry_line(sentence: Sentence, finder: PlaceFinder, anchor: dt.date | None, columns: list[str],
                places: _Sections) -> list[Frame]:
    """A log entry's line, whose places are its entry's; or, in a table whose columns name places, a row that
    tells its attack in its fields ("24 June | Ghidah village, south of Daquq | Shooting at a police checkpoint |
    1 officer killed"): an attack at the place of its column of places."""
    line = read_frame(sentence, finder, anchor, [])
    low = lx.fold(sentence.text)
    if _place_column(columns) is None or not any(d.date is not None for d in line.dates) or line.not_an_attack \
            or not (line.weapons or lx.ATTACK_NOUN.search(low)):
        return [line]
    line.attack = True
    if line.outcome is None and (lx.KILLED.search(low) or lx.INJURED.search(low)):
        line.outcome = "impact"  # ("| 2 soldiers killed": its harm says it struck)
    return places.place(line, [line], sentence.index)


def _log_kind_told(frame: Frame, opener: re.Match[str] | None, places: _Sections) -> Frame:
    """"MOSUL - Explosion.": a log's line that names its kind of incident after its place tells its attack."""
    if opener is not None and frame.sentence.index in places.entries and not frame.not_an_attack \
            and _LOG_KIND.fullmatch(lx.fold(frame.sentence.text[opener.end():])):
        frame.attack = True
    return frame


#: The kind of incident a log's line names after its place: "Explosion.", "Armed attack.", "IED.", "Rocket attack".
_LOG_KIND = lx.folded(r"\s*(?:(?:[\w-]+ ){0,2}(?:attack|explosion|blast|shooting|bombing|ambush|strike|shelling)s?|"
                      r"ieds?|vbieds?|(?:roadside |car |suicide )?bombs?|(?:rocket|mortar|indirect) fire)\W*")


def _coarser_than(frame: Frame, section: DateMention | None) -> bool:
    """Are the dates of an attack sentence under a day's heading only months told of something else ("SAMARRA,
    Monday. A bomber drove a truck ... into a checkpoint manned by volunteers of the force raised after last June's
    call to arms": the month is the force's, not the attack's)?"""
    return section is not None and section.precision == 1 and bool(frame.dates) \
        and all(d.precision > 1 and _SUBORDINATE_BEFORE.search(frame.sentence.text, max(0, d.start - 60), d.start)
                for d in frame.dates)


def _entries_on_the_headings_day(parts: list[Frame], standing: DateMention | None, attack: bool) -> list[Frame]:
    """Each entry under a day's heading (`standing`), after the first, opens an attack of that day too ("5.
    GHAIBISH, west of the town. Both parts of the village were shelled." under "Situation by location (Sunday 22 May
    unless stated)"), unless it tells its own; `attack`: the sentence tells one, outside a table."""
    if standing is None or not attack:
        return parts
    # (so does a log's item opened by its village: "Ariha (southern Idlib): hit again, by government shelling.")
    return [dataclasses.replace(part, dates=[dataclasses.replace(standing, start=0, end=0)])
            if (part.sectioned or _PLACE_THEN_AREA.match(part.sentence.text)) and not _own_day(part) else part
            for part in parts]


#: A clause of something else's time, before a month it tells: "(this town,) which the Kurds have held since
#: (November)", "(a force) raised after (last June's call to arms)".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:which|who|whose|since|after|following|raised|formed|founded)\b[^.;:]*$",
                                 re.IGNORECASE)


def _own_day(frame: Frame) -> bool:
    """Does a sentence tell its attack's day? Not when its only date is the time between two blasts it tells ("a
    car bomb exploded ..., and a second one went off ten minutes later"): that says nothing of the day."""
    return any(not (d.follows and d.date is None and d.start > 0 and not d.offset_days) for d in frame.dates)


def _today_only(frame: Frame) -> bool:
    """Does the sentence date its attack only by the report's own day ("this morning", "today", "tonight")?"""
    return bool(frame.dates) and all(d.kind == "day_word" and d.relative and d.date is not None
                                     and _TODAY_WORDS.search(d.text) for d in frame.dates)


_CLOCK_IN = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_TODAY_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)


#: A live blog's word on the zone of its stamps: "All times are GMT", "times in UTC".
_TIMES_ARE = re.compile(r"\b(?:all )?times (?:are |in |shown in |given in |are in )?(?P<zone>GMT|UTC)\b", re.IGNORECASE)
_ZONE_NAMED = re.compile(r"\b(?:GMT|UTC|Z|EST|EDT|ET|local)\b|\(")
#: A live blog's entry stamped by its clock alone, on a line of its own: "21:34", "03:18".
_BARE_CLOCK = re.compile(r"\W*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\W*")


def _clock_order(text: str, every: list[Sentence]) -> dict[int, int]:
    """The days each of a live blog's bare clock stamps lies after (or, newest first, before) the first: read in
    the blog's order, a clock that turns back has passed midnight (`{sentence index: days}`; {} for fewer than
    three stamps, or when they turn back as often as they go on). _headings counts from the day's heading read last."""
    stamps = [(s.index, int(m.group("hour")) * 60 + int(m.group("minute"))) for s in every
              if (m := _BARE_CLOCK.fullmatch(s.text)) is not None and _whole_line(text, s.start, s.end)]
    if len(stamps) < 3:
        return {}
    steps = [b[1] - a[1] for a, b in itertools.pairwise(stamps)]
    ups, downs = sum(1 for step in steps if step > 0), sum(1 for step in steps if step < 0)
    if ups == downs:
        return {}  # (no order to read: "08:30", "10:15", a day's heading, "09:00")
    forward = ups > downs
    days, shift = {stamps[0][0]: 0}, 0
    for (_, before), (index, minutes) in itertools.pairwise(stamps):
        if forward and minutes < before - 60:
            shift += 1
        elif not forward and minutes > before + 60:
            shift -= 1
        days[index] = shift
    return days


def _headings(text: str, every: list[Sentence], anchor: dt.date | None
              ) -> dict[int, tuple[bool, DateMention | None]]:
    """The report's heading lines, by sentence, each with the day it dates. A live blog's entries stamped by
    the clock alone ("08:35") are of the day its last day's heading named ("- Wednesday 21 February -"), or of
    the page's day before any."""
    headings: dict[int, tuple[bool, DateMention | None]] = {}
    day = anchor
    # ("All times are GMT; in Syria and Iraq it is three hours later": the zone of the stamps that name none)
    declared = _TIMES_ARE.search(text, 0, 3000)
    clocks = _clock_order(text, every)
    base: int | None = 0  # (the midnights passed before the day's heading read last: None until its first stamp)
    for sentence in every:
        if not _whole_line(text, sentence.start, sentence.end):
            continue
        heading, dated = heading_date(sentence.text, anchor)
        if dated is not None and dated.kind == "clock":
            # (an entry past midnight in the blog's own zone is of the next day: "23:45", then "03:18")
            line = sentence.text if declared is None or _ZONE_NAMED.search(sentence.text) \
                else f"{sentence.text} {declared.group('zone').upper()}"
            base = clocks.get(sentence.index, 0) if base is None else base
            heading, dated = heading_date(line, day + dt.timedelta(days=clocks.get(sentence.index, 0) - base)
                                          if day is not None else day)
            if dated is not None:
                dated = dataclasses.replace(dated, end=min(dated.end, len(sentence.text)),
                                            text=dated.text[:len(sentence.text)])
            headings[sentence.index] = (heading, dated)
            continue
        headings[sentence.index] = (heading, dated)
        if dated is not None and dated.kind != "clock" and dated.date is not None:
            day, base = dated.date, None
    return headings


def _stamps_in_order(text: str, every: list[Sentence], headings: dict[int, tuple[bool, DateMention | None]]) -> None:
    """A timeline's stamps read in order: a day or month stamped without its year under a year's heading line
    ("2022", then "12 October - ...") is of that year; "The next day - ..." is the day after the stamp before."""
    year: int | None = None
    before: dt.date | None = None
    for sentence in every:
        heading = _YEAR_HEADING.fullmatch(sentence.text)
        if heading is not None and _whole_line(text, sentence.start, sentence.end):
            year = int(heading.group("year"))
            continue
        is_heading, stamp = headings.get(sentence.index, (False, None))
        if stamp is None:
            continue
        if stamp.follows and stamp.offset_days > 0 and stamp.date is None and before is not None:
            stamp = dataclasses.replace(stamp, date=before + dt.timedelta(days=stamp.offset_days), follows=False,
                                        offset_days=0)
        elif year is not None and stamp.relative and stamp.kind in _YEARLESS_KINDS and stamp.date is not None:
            then = same_day_of(stamp.date, year)
            stamp = stamp if then is None else dataclasses.replace(stamp, date=then, relative=False)
        headings[sentence.index] = (is_heading, stamp)
        before = stamp.date if stamp.date is not None and stamp.precision == 1 else before


def _stamped(frame: Frame, stamp: DateMention | None) -> Frame:
    """A timeline entry's sentence with the day its stamp was read as in order ("The next day - ..." after the
    entry of 20 February is 21 February, whatever attack was told last); the frame as it is otherwise."""
    if stamp is None or stamp.date is None or not frame.dates or frame.dates[0].start != 0:
        return frame
    first = frame.dates[0]
    told = dataclasses.replace(stamp, start=first.start, end=first.end, text=first.text)
    return dataclasses.replace(frame, dates=[told, *frame.dates[1:]])


#: A timeline's heading line that is a year alone: "2022", "2023:".
_YEAR_HEADING = re.compile(r"\s*(?P<year>(?:19|20)\d\d)\s*:?\s*")


def _in_the_heading_year(frame: Frame, text: str, year: int | None) -> tuple[Frame, int | None]:
    """Under a timeline's year heading ("2022" on a line of its own), a day or month told without its year ("12
    October - A bomb goes off ...") is of that year, not the one nearest the report's date; and the year of the
    heading read last after this sentence."""
    sentence = frame.sentence
    heading = _YEAR_HEADING.fullmatch(sentence.text)
    if heading is not None and _whole_line(text, sentence.start, sentence.end):
        return frame, int(heading.group("year"))
    if year is None or not any(m.relative and m.kind in _YEARLESS_KINDS for m in frame.dates):
        return frame, year
    moved = []
    for mention in frame.dates:
        then = same_day_of(mention.date, year) if mention.relative and mention.kind in _YEARLESS_KINDS \
            and mention.date is not None and not mention.follows else None
        moved.append(mention if then is None else dataclasses.replace(mention, date=then, relative=False))
    return dataclasses.replace(frame, dates=moved), year


#: Dates told without their year, which the report's date or a heading completes.
_YEARLESS_KINDS = frozenset({"day_month", "month_day", "month", "part_month"})


#: "on 28 August that year", "in March of that year": the year told before.
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that year\b")


def _in_that_year(frame: Frame, told_year: int | None) -> Frame:
    """"the summer siege of 2021: on 28 August that year ...": a day told "that year" is of the year the sentence
    (or else the report) told last before it."""
    text = frame.sentence.text
    moved = []
    for mention in frame.dates:
        if mention.relative and mention.kind in _YEARLESS_KINDS and mention.date is not None \
                and _THAT_YEAR.match(text, mention.end):
            years = [m.date.year for m in frame.dates if m.kind == "year" and m.date is not None
                     and m.end <= mention.start]
            year = years[-1] if years else told_year
            then = same_day_of(mention.date, year) if year is not None else None
            mention = mention if then is None else dataclasses.replace(mention, date=then, relative=False)
        moved.append(mention)
    return dataclasses.replace(frame, dates=moved) if moved != frame.dates else frame


def _undated_in_the_year_told(frame: Frame, year: int | None) -> tuple[Frame, int | None]:
    """"[16] Night of 12/13 April 2019." then "SANA placed the raid at about 02:30 on Saturday 13 April": in a
    report with no date of its own, a day told without its year is of the year of the whole date told last
    (unless its weekday says otherwise), and the weekday told with it names that day. Returns the frame and the
    year of the last whole date after this sentence."""
    text = frame.sentence.text
    said = frame.dates if frame.dates or not _A_YEAR.search(text) else find_dates(text, None)
    whole = [m.date.year for m in said if m.date is not None and m.precision == 1 and not m.relative
             and not m.follows]
    if year is None or not any(m.date is None and m.kind in ("day_month", "month_day") for m in frame.dates):
        return frame, whole[-1] if whole else year
    moved: list[DateMention] = []
    for mention in frame.dates:
        if mention.date is None and mention.kind in ("day_month", "month_day"):
            then = next((m.date for m in find_dates(mention.text, dt.date(year, 12, 31)) if m.date is not None), None)
            weekday = weekday_named(text[max(0, mention.start - 12):mention.start])
            if then is not None and (weekday is None or then.weekday() == weekday):
                mention = dataclasses.replace(mention, date=then, relative=False)
        moved.append(mention)
    # ("on Saturday 13 April": the weekday of the day told after it)
    moved = [m for m in moved if not (m.kind == "weekday" and m.date is None and any(
        0 <= o.start - m.end <= 3 and o.date is not None and o.date.weekday() == weekday_named(m.text)
        for o in moved))]
    return dataclasses.replace(frame, dates=moved), whole[-1] if whole else year


def _in_the_year_told_before(frame: Frame, told_year: int | None) -> tuple[Frame, int | None]:
    """A day told without its year but with its weekday ("on 22 February, a Wednesday") in the year the report
    told last ("Baba Amr in February 2012 was ..."), when that year's day is that weekday and the likely one's
    is not (a long read's flashback, years before the report's date); and the year told last after this
    sentence."""
    frame = _in_that_year(frame, told_year)
    dates = frame.dates
    if told_year is not None and any(m.kind in ("day_month", "month_day") for m in dates):
        text = frame.sentence.text
        moved = []
        for mention in dates:
            weekday = weekday_named(text[max(0, mention.start - 12):mention.end + 14]) \
                if mention.kind in ("day_month", "month_day") and mention.relative and mention.date is not None \
                and mention.date.year != told_year else None
            if weekday is not None and mention.date is not None and mention.date.weekday() != weekday:
                then = same_day_of(mention.date, told_year)
                if then is not None and then.weekday() == weekday:
                    mention = dataclasses.replace(mention, date=then, relative=False)
            moved.append(mention)
        frame = dataclasses.replace(frame, dates=moved)
    said = frame.dates if frame.dates or not _A_YEAR.search(frame.sentence.text) else find_dates(
        frame.sentence.text, None)  # (a sentence that tells no attack says no day, but may say the year)
    years = [m.date.year for m in said if m.date is not None and not m.relative and not m.follows]
    return frame, years[-1] if years else told_year


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


#: A row that says its incident did not happen: "FALSE - HOAX. NO INCIDENT.", "denied any attack".
_NO_INCIDENT = lx.folded(r"\bhoax\b|\bno incidents?\b|\bfabricat|\bdenied (?:any|that any|the) attack|"
                         r"\bdid not (?:happen|take place)\b|\bnever happened\b")


@dataclass
class _Sections:
    """The place of the section being read, for its attack that names none: a digest's place headings ("BABIL -
    HILLAH", "BASRA": an attack told under one happened at the heading's place, where the report has two such
    headings or more), or a log's entries under lines of fields ("INC-02 | approx. 10:20 | Rusafa, al-Ghazl animal
    market": the entry's first attack is one of its own, at the place its line names, proposed when unknown)."""

    headings: dict[int, RolePlace | None]  # (see _place_headings)
    heading_lines: set[int]
    entries: dict[int, RolePlace | str | None]  # (see _entry_sites)
    stamped: set[int] = field(default_factory=set)  # the entries whose line is a day and a place alone
    site: RolePlace | None = None
    unknown: str = ""
    opened: bool = False  # an entry's line was just read and no attack told under it yet
    finder: PlaceFinder | None = None
    text: str | None = None  # the article's text (a row's whole line is read from it)

    def read_line(self, index: int) -> bool:
        """Take the place of a heading or an entry's line; whether the sentence is an entry's line."""
        if len(self.headings) >= 2 and index in self.heading_lines:
            self.site = self.headings.get(index)
        if (len(self.entries) < 2 and index not in self.stamped) or (
                index not in self.entries and index not in self.heading_lines):
            return False
        known_or_not = self.entries.get(index)  # (None at a heading that is no entry, "NOTES": the entries end)
        self.site = known_or_not if isinstance(known_or_not, RolePlace) else None
        self.unknown = known_or_not if isinstance(known_or_not, str) else ""
        self.opened = known_or_not is not None
        return self.opened

    def _around(self, frame: Frame, place: RolePlace) -> bool:
        """Does a place of an entry's sentence only say where the entry's known site lies: reckoned from ("70 km
        south-west of Kirkuk"), or around it ("in this town in Diyala province", under "JALAWLA, Friday.")?"""
        return _reckoned_from(frame.sentence.text, place.mention.start) or (
            self.site is not None and self.finder is not None
            and self.finder.is_within(self.site.mention.place, place.mention.place))

    def _locator(self, text: str, place: RolePlace) -> bool:
        """Does a place only say where the entry's unknown site lies: a governorate, or a place its field names
        after the site ("al-Batha district, Dhi Qar (west of Nasiriyah)")?"""
        at = text.find(self.unknown)
        end = _line_end(text, at, "|") if at >= 0 else -1
        return place.mention.place.category == "region" or at <= place.mention.start < end

    def place(self, frame: Frame, parts: list[Frame], index: int) -> list[Frame]:
        """The parts of a sentence's frame, each with the section's place when it tells an attack at none."""
        if self.opened and not frame.attack and not frame.not_an_attack and frame.dates and len(parts) == 1 \
                and frame.weapons and "|" in frame.sentence.text and self.text is not None \
                and not _NO_INCIDENT.search(lx.fold(self.text[frame.sentence.start:_line_end(self.text,
                                                                                  frame.sentence.start)])):
            # (a table's row that tells its attack in its fields and prose: "Mon 17 Aug | Army checkpoint at X |
            # Exchange of fire | ... gunfire followed")
            frame = parts[0] = dataclasses.replace(frame, attack=True, outcome=frame.outcome or (
                "impact" if frame.fatalities or frame.injuries else None))
        if self.opened and not frame.attack and not frame.not_an_attack and len(parts) == 1 \
                and (self.site is not None or self.unknown) and index not in self.heading_lines \
                and _BOLD_PLACE_ITEM.match(frame.sentence.text) \
                and (lx.ATTACK.search(low := lx.fold(frame.sentence.text)) or lx.KILLED.search(low)):
            # ("- **al-Sarj (north of Deir ez-Zor city):** IS cells attacked an SDF checkpoint near the village.":
            # an entry of a log of attacks, opened at its site, that tells an attack or a killing with no weapon
            # named tells one all the same)
            frame = parts[0] = dataclasses.replace(frame, attack=True, outcome=frame.outcome or (
                "impact" if frame.fatalities or frame.injuries or lx.KILLED.search(low) else "unknown"))
        if not frame.attack or frame.not_an_attack:
            return parts
        if self.site is not None and index not in self.heading_lines and (
                not frame.places or all(self._around(frame, p) for p in frame.places)):
            # ("HAWIJAH - Gunmen ... killed one man ... in the town, 70 km south-west of Kirkuk": the line's town;
            # the town it is reckoned from only says where it lies)
            # (a part that names a site the gazetteer cannot read is proposed there, not put at the heading's town;
            # but a building of the heading's city is in it: "Basra, last Friday evening" + "in their car near the
            # Assyrian Club when gunmen opened fire", at Basra, the club its finer place)
            city = self.site.mention.place.category == "city"
            parts = [part if (part.places and not all(self._around(part, p) for p in part.places))
                     or (self.finder is not None and _names_an_unknown_place(part, self.finder)
                         and not (city and lx.PLACE_TYPED.search(part.sentence.text)))
                     else dataclasses.replace(part, places=[self.site], sectioned=True) for part in parts]
        elif self.unknown and all(self._locator(frame.sentence.text, p)
                                  or _reckoned_from(frame.sentence.text, p.mention.start) for p in frame.places):
            # ("Basra Palace; Iranian consulate": each clause at the site it names, else at the first)
            # ("al-Batha district, Dhi Qar (west of Nasiriyah)": the places after the unknown site in its field only
            # say where it lies)
            sites = [site.strip() for site in self.unknown.split(";") if site.strip()] or [self.unknown]
            parts = [part if not all(self._locator(part.sentence.text, p)
                                     or _reckoned_from(part.sentence.text, p.mention.start) for p in part.places)
                     else dataclasses.replace(part, places=[], proposed=next(
                         (site for site in sites if site.lower() in part.sentence.text.lower()), sites[0]),
                         sectioned=True)
                     for part in parts]
            self.unknown = ""  # (the entry's later sentences tell more of its attack)
        if self.opened:
            parts = [dataclasses.replace(part, sectioned=True) for part in parts]
            self.opened = False
        return parts


def _place_headings(text: str, every: list[Sentence], finder: PlaceFinder, mentions: list[PlaceMention],
                    heading_lines: set[int]) -> dict[int, RolePlace | None]:
    """The lines of a report that head a section with a place ("BABIL - HILLAH", "Basra", "ANBAR / NINEWA"): the
    sentence index of each, with the one place it names (the finest, when it names a place and the region around
    it), or None when it names several apart. A heading line has no sentence's end and nothing but place names
    and capitalised words."""
    found: dict[int, RolePlace | None] = {}
    for sentence in every:
        if sentence.index not in heading_lines:
            continue
        inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
        if not inside:
            continue
        rest = text[sentence.start:sentence.end]
        for m in sorted(inside, key=lambda m: m.start, reverse=True):
            rest = rest[:m.start - sentence.start] + rest[m.end - sentence.start:]
        rest = _DAY_AFTER_PLACE.sub("", rest)  # ("Basra, last Friday evening": a digest's item, its place and day)
        if any(not word[0].isupper() for word in re.findall(r"[^\W\d_][\w'’-]*", rest)) \
                or re.search(r"[\d:|(]", rest):
            continue  # a line of prose, or a stamp ("Published: 2024-08-05 23:10 (Baghdad)"), not a heading
        core = finder.core({m.place.id for m in inside})
        one = [m for m in inside if m.place.id in core]
        found[sentence.index] = RolePlace(dataclasses.replace(one[0], start=0, end=0), lx.TARGETED) \
            if len({m.place.id for m in one}) == 1 else None
    return found


#: The day after a heading's place: ", last Friday evening", ", the same day", ", Wednesday afternoon".
_DAY_AFTER_PLACE = re.compile(r",\s*(?:(?:last|on|early|late|early on|late on)\s+)?(?:[A-Z][a-z]+day|the (?:same|next|"
                              r"following) day|that day)(?:\s+(?:morning|afternoon|evening|night))?\s*$")
#: A log entry's line of fields: "INC-02 | approx. 10:20 | Rusafa, al-Ghazl animal market, near the mosque".
_FIELDS_LINE = re.compile(r"[^|\n]+(?:\|[^|\n]+){2,}|"
                          # two fields when the first is the entry's clock: "about 07:30 | Quraya, at the house of ..."
                          r"(?:(?:about|approx\.?|approximately|around|c\.|ca\.)\s+)?[0-2]?\d[:.][0-5]\d\s*[A-Za-z]{0,4}"
                          r"\s*\|[^|\n]+")
#: A part of a location field that is only a locator ("near the Caliphs' Mosque", "north of the city").
_LOCATOR_PART = lx.folded(r"^\s*(?:near|outside|beside|close to|by|off|opposite|behind|(?:north|south|east|west)\w* "
                          r"of|in the (?:north|south|east|west)\w*(?: part)? of)\b")


#: A report's location field on a line of its own: "Location: Nahta, a village some 20 km north-east of Daraa".
#: A bulleted item that opens with its place in bold: "- **al-Sarj (north of Deir ez-Zor city):** IS cells ...".
_BOLD_PLACE_ITEM = re.compile(r"[-*•·\s]*(?:\*\*|__)(?P<place>(?:(?:al|el|as|ash|ad|ar|az|at|an)-)?[A-Z][\w'’-]+"
                              r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,3})(?: \([^()]{1,60}\))?:(?:\*\*|__)\s+(?=\S)")
_ITEM_LABELS = frozenset({"Summary", "Note", "Notes", "Source", "Sources", "Coverage", "Issued", "Update", "Updated",
                          "Analysis", "Background", "Context", "Comment", "Assessment", "Date", "Time", "Type",
                          "Casualties", "Details", "Incident", "Incidents", "Event", "Editor", "Correction",
                          "Reporting", "Map", "Photo", "Video", "Question", "Answer", "Warning", "Breaking", "Live",
                          "Latest", "Elsewhere", "Claim", "Claimed", "Outcome", "Weapon", "Weapons", "Target", "Toll",
                          "Status"})
_LOCATION_LINE = re.compile(r"\W*(?:Location|Place|Where|Site)\s*:\s*(?P<place>[^.\n]{3,120})")
#: An advisory's incident line, its day and then its place, the attack told after it: "a) 14 JUN, approx 0130
#: local (13 JUN 2230Z) - DARA, a village in the farmland outside Khanaqin town."
_STAMP_PLACE = re.compile(r"\W*" + ITEM_MARK + r"[^\n—–|:]{4,48}?\s+[-—–]\s+"
                          r"(?P<place>(?:(?:al|el|the)[- ])?[A-Z][^.:;|\n]{2,120})\.?\s*")
#: A location field's part that places a thing by a town: "a military position outside Salkhad".
_LOCATED_BY = lx.folded(r"\b(?:outside|near|beside|by|close to|on the edge of|on the outskirts of) (?:the )?"
                        r"(?:(?:al|el)-)?[a-z]")
#: A location field that points back to the entry before: "Same base", "same location", "As above", "ditto".
_SAME_SITE = re.compile(r"\s*(?:(?:the\s+)?same\b(?:\s+(?P<site>base|camp|airfield|airport|air base|site|facility|"
                        r"compound|garrison|installation|field|outpost))?|as above\b|ditto\b|idem\b)", re.IGNORECASE)
#: A remark in a location field, not another name of the place: "(governorate only; road not given)".
_REMARK = re.compile(r"\s*\((?![A-Z])[^)]*\)")
#: The area an item's place lies in, in brackets at its end: "Izlat al-Suwaihri (Maqbanah district)".
_AREA_AFTER_ITEM = re.compile(r"\s*\([^()]*\)\s*$")


def _as_its_entry_told(frame: Frame, parts: list[Frame]) -> Frame:
    """The sentence's frame, an attack when its one part became one as its entry's first sentence (_Sections.place:
    "- **al-Sarj:** IS cells attacked a checkpoint"), so that the heading's day dates it."""
    if len(parts) == 1 and parts[0].attack and not frame.attack:
        return dataclasses.replace(frame, attack=True, outcome=parts[0].outcome)
    return frame


def entry_prose(line: str) -> bool:
    """Does a log's line of fields end with the entry's prose ("Fri 26 Jan | all day | Rivergate compound |
    Rockets came in all day, and one of them hit the canteen.", "SUN, evening | al-Omar oil field | Two drones
    struck the base; no casualties reported.")?"""
    fields = line.split("|")
    return len(fields) >= 3 and len(fields[-1].split()) >= 6 and fields[-1].rstrip().endswith((".", "!", "?"))


def _columns(text: str, sentence: Sentence) -> list[str]:
    """The names of a table's columns when the sentence is its head's line (see article._HtmlText), else []."""
    if " · " not in sentence.text or not _whole_line(text, sentence.start, sentence.end):
        return []
    return [name.strip().lower() for name in sentence.text.split(" · ")]


def _place_column(columns: list[str]) -> int | None:
    """Which of a table's columns names places ("Location", "Place", "Where"), if one does."""
    return next((i for i, name in enumerate(columns) if _PLACE_COLUMN.fullmatch(name)), None)


def _location_field(line: str, columns: list[str]) -> str:
    """A log line's location field: the one under a table's column of places ("Date · Location · Type ·
    Casualties"), else its last, or the one before the entry's prose."""
    fields = line.split("|")
    at = _place_column(columns)
    if at is not None and len(fields) > at:
        return fields[at]
    return fields[-2] if entry_prose(line) else fields[-1]


#: A table's column of places: "Location", "Place", "Where".
_PLACE_COLUMN = re.compile(r"(?:location|place|where|site|town|village|area)s?")


def _entry_sites(text: str, every: list[Sentence], finder: PlaceFinder, mentions: list[PlaceMention],
                 stamped: set[int]) -> dict[int, RolePlace | str | None]:
    """The lines of a log that open an entry with fields ("INC-03 | 10:40 | New Baghdad, bird market"): the
    sentence index of each, with the place its location field names: a site the gazetteer does not know
    ("al-Ghazl animal market", a phrase to propose) before the known district it lies in, else the finest known
    place. Lines that name no place are left out."""
    found: dict[int, RolePlace | str | None] = {}
    columns: list[str] = []  # the names of the columns of the table being read ("Date · Location · Type")
    # (three lines of prose or more open with a place: not a report's dateline, masthead and correction line,
    # "THE MERIDIAN HERALD - World", "BAGHDAD - Suicide bombers ...", "CORRECTION - appended Saturday, ...")
    # (a wire's roundup wrapped at 100 columns: the paragraph the line opens ends as prose does)
    logged = sum(1 for m in _LOG_LINE.finditer(text)
                 if text[m.start():_line_end(text, m.start())].rstrip().endswith((".", "!", "?"))
                 or text[m.start():_line_end(text, m.start(), "\n\n")].rstrip().endswith((".", "!", "?"))) >= 3
    for sentence in every:
        columns = _columns(text, sentence) or columns
        if logged and (site := _log_line_site(text, sentence, finder)) is not None:
            found[sentence.index] = site
            continue
        # ("1. TAL JUMAA (Til Cuma), west of Tal Tamr. Shells fell in and around the village.": a numbered item's
        # place in capitals, then what happened there)
        named = _ITEM_NAMED.fullmatch(sentence.text) if _numbered_item(text, sentence.start) else None
        if named is not None and " AND " not in named.group("name") \
                and named.group("name").split()[0].title() not in lx.NOT_PLACE_WORDS \
                and (site := _site_in_capitals(named.group("name"), finder, True)) is not None:
            found[sentence.index] = site
            continue
        # ("MISHADA, Thursday afternoon. Two bombers ...": the item's place and day)
        place_day = PLACE_DAY.fullmatch(sentence.text) if _line_start(text, sentence.start) else None
        if place_day is not None and (site := _site_in_capitals(place_day.group("place"), finder)) is not None:
            found[sentence.index] = site
            continue
        # ("Monday, Deir ez-Zor military airport. At least five attackers ...": the item's day and place)
        day_place = DAY_PLACE.fullmatch(sentence.text) if _line_start(text, sentence.start) else None
        # ("Location: the road between Kahil and Busra al-Sham, eastern Daraa countryside.": a report's field)
        field = _LOCATION_LINE.match(sentence.text) if _line_start(text, sentence.start) else None
        # ("- **al-Sarj (north of Deir ez-Zor city):** IS cells attacked a checkpoint near the village.": a bulleted
        # item that opens with its place in bold, then a colon)
        field = field or (_BOLD_PLACE_ITEM.match(sentence.text) if _line_start(text, sentence.start) else None)
        if field is not None and field.re is _BOLD_PLACE_ITEM and field.group("place").split()[0] in _ITEM_LABELS:
            field = None  # ("**Coverage:** Deir ez-Zor and Raqqa provinces": a bulletin's field, no place)
        # ("a) 14 JUN, approx 0130 local - DARA, a village outside Khanaqin town." then what happened there)
        field = field or (_STAMP_PLACE.fullmatch(sentence.text) if sentence.index in stamped
                          and _whole_line(text, sentence.start, sentence.end) else None)
        if field is not None and field.re is _STAMP_PLACE and (
                # (a name first, then what it is: "Late August - A bomb under the road catches a bus" tells)
                len(field.group("place").split(",")[0].split()) > 4
                or lx.ATTACK.search(told_place := lx.fold(field.group("place")))
                or any(weapon.search(told_place) for weapon, _, _ in lx.WEAPONS)):
            field = None
        # (a table's row whose prose cell holds several sentences: the row's line, from its first sentence)
        line = text[sentence.start:_line_end(text, sentence.start)] \
            if _line_start(text, sentence.start) and _place_column(columns) is not None else sentence.text
        if day_place is None and field is None and (not _whole_line(text, sentence.start, sentence.start + len(line))
                                                    or not _FIELDS_LINE.fullmatch(line)):
            continue
        inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.start + len(line)]
        told = day_place or field
        if told is not None and (told.group("place").split() or [""])[0] in lx.NOT_PLACE_WORDS:
            continue  # ("Wednesday, September 9, 2009 - Page 6, Middle East": a newspaper's page)
        location = told.group("place") if told else _location_field(line, columns)
        if told is None and line.count("|") == 1 and (len(location.split(",")[0].split()) > 4
                                                      or lx.ATTACK.search(lx.fold(location))):
            continue  # ("21:40 | Two rockets hit the Harir base, ...": a post's clock and its prose, no place field)
        same = _SAME_SITE.match(location)
        if same and not found:
            continue  # ("Same street" with no entry before it: no site to name, and no phrase to propose)
        if same:
            # "Same base": the last entry's at a base (not the governorate an entry between named); "As above":
            # the entry before
            sites = [site for _, site in sorted(found.items()) if site is not None and (not same.group("site") or (
                isinstance(site, RolePlace) and site.mention.place.category not in ("city", "region")))]
            if sites:
                found[sentence.index] = sites[-1]
            continue
        offset = sentence.start + (told.start("place") if told else line.rindex(location))
        # ("Babil (governorate only; road not given)": the field's remark is no part of the name)
        # (an item's area in brackets only says where it lies: "Izlat al-Suwaihri (Maqbanah district)")
        unknown = next((part.strip() for part in _REMARK.sub("", _AREA_AFTER_ITEM.sub("", location) if day_place
                                                             else location).split(",")
                        if re.search(r"\b(?:al-|el-)?[A-Z]", part) and not _LOCATOR_PART.search(lx.fold(part))
                        # ("a military position outside Salkhad": the known town, not a phrase to propose)
                        and not _LOCATED_BY.search(lx.fold(part))
                        and not any(m.start >= offset and m.text.strip() == part.strip() for m in inside)
                        and finder.why_unplaced(part.strip()).startswith("the gazetteer knows no")), "")
        if unknown:
            # (a tracker's "Friday, east bank of the Euphrates." is an item, but no site to propose; "2.1 Friday 26
            # November, Izlat al-Suwaihri (Maqbanah district)." names one)
            found[sentence.index] = unknown if not day_place or re.match(r"(?:al-|el-)?[A-Z]", unknown) else None
            continue
        known = [m for m in inside if m.start >= offset]
        core = finder.core({m.place.id for m in known})
        one = [m for m in known if m.place.id in core]
        # ("outside Salkhad, in the south of As-Suwayda governorate": the town, not the governorate around it)
        one = [m for m in one if m.place.category != "region"] or one
        if len({m.place.id for m in one}) == 1:
            found[sentence.index] = RolePlace(dataclasses.replace(one[0], start=0, end=0), lx.TARGETED)
    return found


def _log_line_site(text: str, sentence: Sentence, finder: PlaceFinder) -> RolePlace | str | None:
    """The place a log's line opens with in capitals ("MOSUL - Explosion. A woman and her four children were
    wounded.", "WADI AKAB -- Gunmen shot dead two men"), the site of the attack its line tells: the known place, or
    the name the gazetteer lacks (to propose); None for any other sentence (and for a heading in capitals,
    "NORTHERN IRAQ MONITOR -- NINEVEH DAILY SECURITY LOG")."""
    opener = _LOG_LINE.match(sentence.text) if _line_start(text, sentence.start) else None
    if opener is None or not re.search(r"[a-z]", text[sentence.start + opener.end():_line_end(text, sentence.start)]):
        return None
    name = opener.group("name")
    if not re.search(r"[A-Z]{2}", name):
        return None  # ("0925 - Rockets struck ...": a log's clock, not its place)
    return _site_in_capitals(name, finder)


def _numbered_item(text: str, start: int) -> bool:
    """Does a sentence follow only its item's number on its line ("1." split from "TAL JUMAA ...")?"""
    line_start = text.rfind("\n", 0, start) + 1
    return _ITEM_NUMBER.fullmatch(text, line_start, start) is not None


#: A numbered item's heading: its place in capitals, perhaps another spelling in brackets and where it lies: "TAL
#: JUMAA (Til Cuma), west of Tal Tamr.", "TAL TAMR.", "RABI'AT, Abu Rasin countryside."
_ITEM_NAMED = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?: \([^()]{1,30}\))?(?:, [^.;:]{1,80})?\.")


def _site_in_capitals(name: str, finder: PlaceFinder, ambiguous_too: bool = False) -> RolePlace | str | None:
    """The place a log's item names in capitals ("MOSUL", "WADI AKAB"): the known place, the name the gazetteer
    lacks (to propose; or that names several places, when `ambiguous_too`), or None (a governorate, whose items
    name their own places; a day; a name of several)."""
    found = [m for m in finder.find(name.title()) if m.start == 0 and m.end == len(name)]
    if len(found) == 1:
        # (not a roundup's governorate, "SALAHUDDIN - Three suicide bombers ... on the road between Samarra and
        # Tikrit": its lines name their own places)
        return RolePlace(dataclasses.replace(found[0], start=0, end=0), lx.TARGETED) \
            if found[0].place.category != "region" else None
    why = finder.why_unplaced(name)
    return name if not found and name.lower() not in _CALENDAR_WORDS \
        and (why.startswith("the gazetteer knows no") or (ambiguous_too and why)) else None


#: An interviewer's question: "Q: Where were you on Wednesday night?", "Question: ...".
_QUESTION = re.compile(r"^\W*(?:Q|Question|Interviewer)\s*[:.]\s")


def _line_end(text: str, start: int, mark: str = "\n") -> int:
    """Where the line (or the field, with mark "|") that goes on at `start` ends: its mark, or the text's end."""
    end = text.find(mark, start)
    return len(text) if end < 0 else end


def _line_start(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own (a heading is), an item's number before it aside ("3. KIRKUK -
    Tue 22 Nov", split from its "3." as a sentence of its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (start == line_start or _ITEM_NUMBER.fullmatch(text, line_start, start) is not None) \
        and (end == len(text) or text[end] in "\r\n")


#: An item's number at the start of its line: "3. ", "(12) ".
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]\s+")


def _on_the_day_of(last: Event, frame: Frame, events: list[Event], *, unplaced: bool = False,
                   on_headline_day: bool = False) -> Event:
    """An attack of its own, told by `frame`, on the day of the event told last (added to `events`)."""
    event = Event(last.article, [frame], unplaced=unplaced, on_headline_day=on_headline_day)
    event.set_date(last.date_mention, last.date_frame, last.date, last.precision, last.date_basis)
    events.append(event)
    return event


def _day_told_just_before(frame: Frame, told_before: list[Frame], events: list[Event], last: Event,
                           finder: PlaceFinder) -> DateMention | None:
    """The day of a new attack told with no day of its own, from the sentence just before when that one tells a day
    and no attack of its own ("The shelling follows the assault that tribal fighters launched at dawn on Wednesday.
    Crossing the river, fighters opened fire ... in Thiban": Wednesday, not the shelling's Friday)."""
    before = told_before[-1] if told_before else None
    if frame.dates or frame.background or before is None or before.places or last.date is None \
            or before.sentence.index != frame.sentence.index - 1:
        return None
    days = [m for m in before.dates if m.kind in _DAY_TOLD and m.precision == 1 and not m.follows
            and m.date is not None]
    # (the sentence just before, as read, is in an event when it joined one of the last told: a long report's
    # thousands of events are not searched for every sentence)
    if len(days) != 1 or days[0].date == last.date or compatible(finder, last, frame) or any(
            before in e.frames[-4:] for e in events[-8:]):
        return None
    return dataclasses.replace(days[0], start=0, end=0)


def _join_undated(frame: Frame, last: Event, headline: Event, in_lead: bool, follows_last: bool,
                  finder: PlaceFinder, events: list[Event]) -> Event:
    """An attack sentence with no date of its own joins the last event, or the headline event; returns the
    event read last after it. The second attack of a sentence that tells two, elsewhere, is an event of its own
    on the first's day (added to `events`)."""
    if frame.background or any(m.kind == "year" for m in frame.dates):
        return last  # a habit, or history without a day or month
    if last.frames and frame.places and ((last.frames[-1].sentence.index == frame.sentence.index and (
            frame.another or not compatible(finder, last, frame))) or _another_item(frame, last, finder)
            # (a log's next entry, at the same town: "MOSUL - Explosion. ..." then "MOSUL - Armed attack. ...")
            or (frame.sectioned and _LOG_LINE.match(frame.sentence.text) is not None
                and any(f.sectioned for f in last.frames))):
        return _second_clause(frame, last, headline, events)
    if frame.places and headline.frames and _ALSO.search(lx.fold(frame.sentence.text)) \
            and any(p.role not in (None, lx.LAUNCHED) for p in frame.places) \
            and not compatible(finder, headline, frame):
        # "The coalition base at Erbil airport was also targeted": another place of the report's attack, on its day
        # (the report's own, as the report's attack will be, when it names none).
        event = Event(headline.article, [frame])
        if headline.date is not None:
            event.set_date(headline.date_mention, headline.date_frame, headline.date, headline.precision,
                           headline.date_basis)
        elif headline.article.date is not None:
            event.set_date(None, None, headline.article.date, 2, ARTICLE_DAY)
        events.append(event)
        return event
    frame, at_unknown = _at_an_unknown_place(frame, finder)
    listed = _each_listed(frame, last, headline, events, finder) or _bombs_at_each(frame, last, headline, events,
                                                                                     finder) \
        or _strikes_at_each(frame, last, headline, events, finder) \
        or _tolls_at_other_places(frame, events, finder) \
        or _split_at_an_unknown_place(frame, last, headline, (in_lead, follows_last), finder, events) \
        or _counted_at_each_unknown(frame, last, events, finder)
    if listed is not None:
        return listed
    earlier, frame = _more_of_an_attack_told(frame, last, events, finder, at_unknown)
    if earlier is not None:
        # "Post-attack assessment: three rockets impacted inside MSS Conoco": more of the attack told earlier at
        # that place (an update's), not of the one told just before elsewhere.
        earlier.frames.append(frame)
        return earlier
    if at_unknown and last is headline and not _ANOTHER_ROUND_AIMED.search(lx.fold(frame.sentence.text)) and (
            (not headline.place_ids() and in_lead and frame.sentence.line > 0
             and not _proposed_elsewhere(headline, frame, finder)) or _dated_by_its_lead(frame, headline)):
        # The report's own attack, told first at a place the gazetteer cannot read: proposed there, never at the
        # place it was aimed at (not from the title, which shortens: "Rockets hit Kurdistan gas field again").
        headline.unplaced = True
        headline.frames.append(frame)
        return headline
    if at_unknown and last.frames and (last.date is not None or last is headline or last.on_headline_day) \
            and frame.sentence.index - last.frames[-1].sentence.index <= (
                20 if last is headline or last.on_headline_day else 5 if frame.weapons else 3):
        # "Komala said ten drones had hit its buildings at Zrgwez": rounds at a place the gazetteer cannot read,
        # told among the attack's sentences with no day of their own: proposed there, on the attack's day.
        # (A live blog tells the newest first: its report's attack may be dated only by an entry read later; the
        # event then takes that day at the end, see article_events.)
        told = _on_the_day_of(last, frame, events, unplaced=True,
                              on_headline_day=last.date is None or last.on_headline_day)
        _site_named_after_its_town(headline, last, frame)
        return told
    if frame.places and last.frames and last.date is not None and (
            _SEPARATELY.match(frame.sentence.text) or (
                _ANOTHER_BOMB.search(lx.fold(frame.sentence.text))
                and not any(finder.related(p.place_id, q) and not _inside(finder, p.place_id, q)
                            for p in frame.places for q in last.place_ids()))):
        # "Separately, air defences at Erbil airport shot down a drone": another attack, on the day told; so is
        # "another car exploded at a checkpoint in X" away from the attack told, or in a district of the city it
        # was told at ("two more cars exploded, one in the Shaab neighbourhood").
        return _on_the_day_of(last, frame, events)
    if _another_place_that_day(frame, last, headline, in_lead, finder):
        # "In Syria, monitors said four missiles landed in the Idlib countryside", "drone strikes in Qamishli killed
        # three people": rounds at another place, told among the attack's sentences with no day of their own, fell
        # that day (the report's own, when its attack is not dated yet); and at each place the gazetteer cannot
        # read listed beside it.
        event = _on_the_day_of(last, frame, events, on_headline_day=last.date is None or last.on_headline_day)
        if last.date_mention is not None:
            _propose_beside_known(frame, events, (last.date_mention, last.date, last.precision, last.date_basis),
                                  finder)
        return event
    low = lx.fold(frame.sentence.text)
    other = _other_weapon_there(frame, last, finder) \
        if follows_last or _ANOTHER_PART.search(low) or _AFTER_THE_BLAST.search(low) else None
    if other is not None:
        # "At the same moment, a salvo of rockets fell outside the perimeter wall": another weapon's attack, at
        # the place and on the day of the one just told.
        return _on_the_day_of(last, other, events, on_headline_day=last.date is None or last.on_headline_day)
    if last is not headline and compatible(finder, last, frame) and (
            frame.places or (follows_last and (frame.weapons or frame.groups))):
        last.frames.append(frame)
        return last
    return _at_a_quarter_of_the_city(frame, last, finder) \
        or _headline_or_own_day(frame, last, headline, in_lead, follows_last, finder, events)


#: A quarter of the city told before, named with what it is: "in Tariq al-Bab, a district in the east of the city".
_QUARTER_OF_THE_CITY = re.compile(rf"\b(?:in|at|on) (?P<name>{lx.NAME_WORD}(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+)?), an? "
                                  r"(?:[\w-]+ ){0,3}?(?:district|neighbou?rhood|quarter|suburb)\b[^.;]{0,40}?"
                                  r"\b(?:the|this) city\b")


def _at_a_quarter_of_the_city(frame: Frame, last: Event, finder: PlaceFinder) -> Event | None:
    """"Barrel bombs ... on Aleppo" ... "The heaviest toll was in Tariq al-Bab, a district in the east of the city,
    which the helicopters bombed": an undated attack sentence that names a quarter, the gazetteer lacking it, of
    the city the event told last is placed at tells that event's finer site (the event, with the frame added), or
    None."""
    if last.struck_site or frame.places or not frame.attack or len(last.place_ids()) != 1:
        return None
    city = finder.gazetteer.get(next(iter(last.place_ids())))
    told = _QUARTER_OF_THE_CITY.search(frame.sentence.text)
    if city is None or city.category != "city" or told is None \
            or not finder.why_unplaced(told.group("name")).startswith("the gazetteer knows no"):
        return None
    last.struck_site = told.group("name")
    last.frames.append(frame)
    return last


#: A sentence counted from the attack just told, however far back it was told: "About five minutes after the
#: explosion, ...", "shortly after the blast", "within an hour of the bombing".
_AFTER_THE_BLAST = lx.folded(r"\b(?:minutes?|an hour|hours?|moments|shortly|soon|not long)\s+(?:after|of)\s+the\s+"
                             r"(?:first\s+)?(?:explosion|blast|bombing|attack)\b")


def _proposed_elsewhere(event: Event, frame: Frame, finder: PlaceFinder) -> bool:
    """Is the event proposed at a place the gazetteer lacks other than the one the frame proposes ("WADI AKAB --
    Gunmen shot dead two men" then "17 TAMMUZ -- A man was wounded": two lines, two places, two attacks)?"""
    # (or, the report's own attack told at a place the gazetteer lacks, "shells struck their home in Iblin, a
    # village", then "three air raids on the outskirts of al-Bara": another place, another attack)
    own = set().union(*(_unknown_names(f, finder) for f in event.frames if f.proposed or event.unplaced))
    named = _unknown_names(frame, finder) if frame.proposed or event.unplaced else set()
    return bool(own and named and not own & named)


def _inside(finder: PlaceFinder, inner: str, outer: str) -> bool:
    """Does the place `inner` lie within `outer`, another place?"""
    a, b = finder.gazetteer.get(inner), finder.gazetteer.get(outer)
    return a is not None and b is not None and inner != outer and finder.is_within(a, b)


def _headline_or_own_day(frame: Frame, last: Event, headline: Event, in_lead: bool, follows_last: bool,
                         finder: PlaceFinder, events: list[Event]) -> Event:
    """The end of _join_undated: the report's own attack, when the sentence can tell it; else rounds counted at a
    site, with no day of their own and no attack told before to join ("07:30 GMT - ... fired 59 Tomahawk cruise
    missiles at Shayrat airbase"), are an attack of the report's own day; else nothing."""
    # (or the first attack the report tells at a place, however long the heading above it: "UNITED NATIONS /
    # OCHA / ... / SITUATION OVERVIEW / 1. On 21 March ... / 2. Shelling was reported in Al-Atareb town")
    first = bool(frame.places and frame.weapons) and not any(e.frames for e in events) and not frame.background
    if compatible(finder, headline, frame) and (
            in_lead or (frame.places and headline.frames) or (last is headline and follows_last) or first):
        headline.frames.append(frame)
        return headline
    if _revises_the_count(frame, last):
        # "UPDATE 2: ... roughly fourteen 107mm rockets had been launched": a revised count of the attack told
        last.frames.append(frame)
        return last
    if _rounds_at_a_site(frame) and headline.article.date is not None:
        return _on_the_day_of(headline, frame, events, on_headline_day=True)
    return last


def _reference(mention: DateMention, frame: Frame, headline: Event, clock: Event,
               counted_from: tuple[int, Event] | None) -> Event:
    """The event a day told relative to another is counted from: the report's own attack for "The attack came a
    week after ...", "The previous evening, ..." (whatever was told in between); what the sentence's first offset
    was counted from for its second ("..., and three weeks to the day after Y"); else the event dated last."""
    if mention.same_reference and counted_from is not None and counted_from[0] == frame.sentence.index:
        return counted_from[1]
    if _BEFORE_THAT.search(mention.text.lower()):
        return clock  # "A week before that, another drone struck ...": before the attack told last
    return headline if mention.follows and mention.offset_days < 0 and headline.date is not None else clock


def _same_weekday(mention: DateMention, events: list[Event], reference: Event) -> Event:
    """"On the same Monday, ... aircraft struck ...": the event told last on a Monday, not one told since on another
    day (a May raid a background paragraph recalled); the reference as it is otherwise."""
    named = _SAME_WEEKDAY.search(lx.fold(mention.text)) if mention.follows else None
    if named is None or (reference.date is not None and reference.precision == 1
                         and reference.date.strftime("%A").lower() == named.group(1)):
        return reference
    return next((e for e in reversed(events) if e.date is not None and e.precision == 1
                 and e.date.strftime("%A").lower() == named.group(1)), reference)


_SAME_WEEKDAY = lx.folded(r"\bsame (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


#: The words of a back-reference that point to a populated place ("the town's market").
_TOWN_NOUNS = frozenset({"town", "city", "village"})
_DISTRICT_NOUNS = frozenset({"district", "neighbourhood", "neighborhood"})

#: A day counted back from the attack told just before, by its own words: "a week before that".
_BEFORE_THAT = re.compile(r"\b(?:before|earlier than|prior to) (?:that|this|it)\b")


#: The clause after a place's own that tells the other rounds: "..., one in Shaab and the other at al-Khadra".
_OTHER_CLAUSE = lx.folded(r"(?:,|;|\s+and|\s+while|\s+whereas)\s+(?:the (?:other|second|third|last|rest)|another|"
                          r"a (?:second|third))\b")


def _split_at_an_unknown_place(frame: Frame, last: Event, headline: Event, where: tuple[bool, bool],
                               finder: PlaceFinder, events: list[Event]) -> Event | None:
    """"Two more cars exploded, one outside the station in Shaab and the other at al-Khadra": the rounds at the
    place the gazetteer knows join as any sentence's would; the others are an attack of their own, proposed at
    their phrase on that day, each with its part of the total (see _join_undated, whose `in_lead` and
    `follows_last` are `where`). None when the sentence tells no such split."""
    pair = _pair_at_unknown_sites(frame, finder)
    if pair:
        # "two more cars were detonated, one behind al-Kindi hospital and the other behind the Imam Ali hospital":
        # an attack at each, of one car each, on the day of the attack told last; nothing at the town named
        for name in pair:
            _on_the_day_of(last, _one_round_at(frame, name), events, unplaced=True,
                           on_headline_day=last.date is None or last.on_headline_day)
        return last
    split = _clause_at_an_unknown_place(frame, finder)
    if split is None:
        return None
    phrase, others = split
    rest = frame.count - others if frame.count is not None else None
    known = dataclasses.replace(frame, groups=[dataclasses.replace(g, count=rest) for g in frame.groups], count=rest)
    joined = _join_undated(known, last, headline, *where, finder, events)
    unknown = dataclasses.replace(frame, places=[], proposed=phrase, count=others,
                                  groups=[dataclasses.replace(g, count=others, places=[]) for g in frame.groups])
    _on_the_day_of(joined, unknown, events, unplaced=True,
                   on_headline_day=joined.date is None or joined.on_headline_day)
    return joined


#: "one behind al-Kindi hospital and the other behind the Imam Ali hospital": a pair of rounds, one at each site.
_SITE_PREPOSITION = r"(?:at|in|behind|outside|near|beside|by|inside|on|opposite|in front of|next to)"
_ONE_AND_THE_OTHER = lx.folded(rf"\bone (?:[\w-]+ ){{0,2}}?{_SITE_PREPOSITION} (?P<a>[^,;.]{{3,60}}?),? and the other "
                               rf"(?:[\w-]+ ){{0,2}}?{_SITE_PREPOSITION} (?P<b>[^,;.]{{3,60}})")


def _pair_at_unknown_sites(frame: Frame, finder: PlaceFinder) -> list[str]:
    """The two sites the gazetteer cannot read that a sentence of two rounds puts one each at ("two more cars were
    detonated, one behind al-Kindi hospital and the other behind the Imam Ali hospital"); [] otherwise."""
    if frame.count not in (None, 2) or not frame.weapons or frame.background or frame.not_an_attack:
        return []
    text = frame.sentence.text
    match = _ONE_AND_THE_OTHER.search(lx.fold(text))
    if match is None:
        return []
    names = []
    for group in ("a", "b"):
        phrase = next(iter(finder.place_phrases("at " + text[match.start(group):match.end(group)])), None)
        if phrase is None or not finder.why_unplaced(phrase).startswith("the gazetteer knows no"):
            return []
        names.append(phrase)
    return names


#: Where a sentence goes on to more rounds of its attack at another place: "two rockets came down on the outskirts
#: of X and a third hit Y", "..., while one fell on Y".
_AND_MORE_AT = lx.folded(r",?\s+(?:and|while)\s+(?P<more>(?:a|one|two|three|four|five|six|\d{1,3}|another)\s+"
                         r"(?:(?:second|third|fourth|fifth|sixth|other|more|further)\s+)?(?:[\w-]+\s+)?)"
                         r"(?:fell|landed|hit|struck|slammed|crashed|exploded|came down|impacted)\b")


def _counts_at_unknown_places(frame: Frame, finder: PlaceFinder, day: dt.date | None) -> list[Frame]:
    """The rounds of a sentence that counts them at two places the gazetteer cannot read, one frame proposed at each
    with its count ("two rockets came down on the outskirts of al-Hariri and a third hit Tell Hammad"); [] when it
    is not so."""
    if not frame.weapons or frame.background or frame.not_an_attack or frame.count is None \
            or any(p.role == lx.LANDED for p in frame.places):
        return []
    low = lx.fold(frame.sentence.text)
    cut = _AND_MORE_AT.search(low)
    if cut is None:
        return []
    left = _part(frame, 0, cut.start(), finder, day)
    right = _part(frame, cut.start("more"), len(low), finder, day)
    sites = [_unknown_site(left, finder) if left.weapons else None, _unknown_site(right, finder)]
    if not (sites[0] and sites[1]) or sites[0] == sites[1] or left.count is None:
        return []
    more = cut.group("more").split()
    if right.count is not None:
        counted: int | None = right.count
    elif more[0].isdigit():
        counted = int(more[0])
    elif more[0] in ("a", "another") or (len(more) > 1 and more[1] in lx.ORDINALS):
        counted = 1  # ("a third", "another": one more round)
    else:
        counted = lx.NUMBER_WORDS.get(more[0])
    weapons = left.weapons[:1]
    return [dataclasses.replace(left, attack=True, outcome=left.outcome or "impact", proposed=sites[0],
                                weapons=weapons),
            dataclasses.replace(right, count=counted, attack=True, outcome=right.outcome or "impact",
                                proposed=sites[1], weapons=right.weapons[:1] or weapons)]


def _counted_at_each_unknown(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """"Two mortar shells hit the al-Mahatta district and two more landed in al-Inshaat" with no day of its own,
    after an attack told that day: an attack proposed at each place, on that day (the event proposed last);
    None when the sentence is not so (see _counts_at_unknown_places)."""
    if last.date is None or not last.frames:
        return None
    for part in (parts := _counts_at_unknown_places(frame, finder, last.date)):
        last = _on_the_day_of(last, part, events, unplaced=True)
    return last if parts else None


def _counted_at_known_and_unknown(frame: Frame, finder: PlaceFinder, day: dt.date | None) -> list[Frame] | None:
    """"Eight shells fell in and around Tel Jernek, a village west of Amuda, ..., and five more crashed into a
    residential quarter of Kobani": rounds counted at a place the gazetteer cannot read and more at one it knows
    (or the other way round), one attack each, with its own count; None when the sentence is not so."""
    if not frame.weapons or frame.background or frame.not_an_attack or frame.count is None \
            or len(frame.sentence.text) > _EVENT_SENTENCE_MAX:
        return None
    low = lx.fold(frame.sentence.text)
    cut = _AND_MORE_AT.search(low)
    if cut is None:
        return None
    left = _part(frame, 0, cut.start(), finder, day)
    right = _part(frame, cut.start("more"), len(low), finder, day)
    if left.count is None or not left.weapons:
        return None
    parts = []
    for part in (left, right):
        known = {p.place_id for p in part.places if p.role != lx.LAUNCHED and not _reckoned_from(
            part.sentence.text, p.mention.start)}
        site = _unknown_site(part, finder)
        parts.append((part, site if site and not known else None, len(known) == 1 and not site))
    if not (any(site for _, site, _ in parts) and any(one for _, _, one in parts)):
        return None  # (two known places are _event_clauses's; two unknown, _counts_at_unknown_places's)
    more = cut.group("more").split()
    counted = right.count if right.count is not None else int(more[0]) if more[0].isdigit() \
        else 1 if more[0] in ("a", "another") else lx.NUMBER_WORDS.get(more[0])
    told = [dataclasses.replace(part, attack=True, outcome=part.outcome or "impact", weapons=part.weapons[:1]
                                or left.weapons[:1], proposed=site or "", places=[] if site else part.places)
            for part, site, _ in parts]
    told[1].count = counted
    told[1].dates = told[1].dates or left.dates
    # (the part at the known place first: it is the one a title or a lead told, "GUNS HIT ... KOBANI")
    return sorted(told, key=lambda part: bool(part.proposed))


def _one_round_at(frame: Frame, name: str) -> Frame:
    """The frame of one of a pair's rounds, proposed at `name` (a site the gazetteer cannot read)."""
    return dataclasses.replace(frame, places=[], proposed=name, count=1,
                               groups=[dataclasses.replace(g, count=1, places=[]) for g in frame.groups])


def _clause_at_an_unknown_place(frame: Frame, finder: PlaceFinder) -> tuple[str, int] | None:
    """(place, rounds) of a sentence's total that its last clause puts at a place the gazetteer cannot read, after
    a clause at a place it knows ("Two more cars exploded, one outside the station in Shaab and the other at
    al-Khadra": al-Khadra, 1); None otherwise."""
    from ..countries import is_country_name

    if not frame.places or frame.count is None or frame.count < 2:
        return None
    text = frame.sentence.text
    other = _OTHER_CLAUSE.search(lx.fold(text), max(p.mention.end for p in frame.places))
    if other is None:
        return None
    clause = re.split(r"[;:]", text[other.end():], maxsplit=1)[0]
    number = _NUMBER_FIRST.match(clause)
    others = lx.NUMBER_WORDS.get(number.group(1).lower(), 0) if number and not number.group(1).isdigit() \
        else int(number.group(1)) if number else 1
    phrase = next((p for p in finder.place_phrases(clause) if not is_country_name(p)), None)
    if phrase is None or not finder.why_unplaced(phrase) or not 0 < others < frame.count:
        return None
    return phrase, others


#: "the other two at al-Khadra": how many the clause tells of.
_NUMBER_FIRST = re.compile(r"\s+(\d{1,2}|two|three|four|five|six)\b", re.IGNORECASE)


def _second_clause(frame: Frame, last: Event, headline: Event, events: list[Event]) -> Event:
    """"Seventeen missiles struck X, while five more were aimed at Y": Y's attack, on X's day (the report's day
    when X's is the report's own, not read yet; a title's second clause is left to the body, which tells it with
    its own day)."""
    told = frame.sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))  # (a title ends with none)
    # (a log's next item at a village the gazetteer lacks, "* al-Bara (Jabal al-Zawiya, southern Idlib
    # countryside): ...", is proposed there, never put at the area in its brackets)
    return _on_the_day_of(last, frame, events, unplaced=bool(frame.proposed), on_headline_day=told
                          and last.date is None and (last is headline or last.on_headline_day))


def _revises_the_count(frame: Frame, last: Event) -> bool:
    """Does a sentence with no place or day of its own revise the count of rounds of the attack told last, with a
    weapon of its kind?"""
    if frame.places or frame.count is None or not last.frames or not frame.weapons \
            or not _REVISION.search(lx.fold(frame.sentence.text)):
        return False
    main = _weapon_of(last.frames)[1]
    return main is not None and families_compatible({w[2] for w in frame.weapons}, {main})


def _rounds_at_a_site(frame: Frame) -> bool:
    """Does the sentence count rounds of a weapon fired at or landing on a site it names?"""
    return bool(frame.weapons) and frame.count is not None and not frame.background and any(
        p.role in (lx.LANDED, lx.TARGETED) and p.mention.place.category == "site" for p in frame.places)


#: What lies between an unknown site and a known place that only says where it is: "Sherawa, near Pirde",
#: "Zrgwez, a village some 10 km south of Sulaimani".
_LOCATOR_BETWEEN = lx.folded(r"^\s*(?:area|district|region|neighbou?rhood|village)?"  # ("in the Kabajeb area, ...")
                             r"[\s,(]*(?:(?:an?|the) [\w -]{0,30}?)?(?:(?:\d+|some|about|around) [\w ]{0,12}?)?"
                             r"\b(?:near|outside|close to|by|beside|in|(?:north|south|east|west)(?: of)?|"
                             # "the village of al-Safia, at the entrance to Hasakah"
                             r"at the (?:entrance|edges?|gates?|outskirts|foot) (?:to|of)|"
                             r"(?:north|south)-?(?:east|west)(?: of)?)\b[^.;:]{0,40}$")
#: Before a known place that a site faces: "the Sheraton on Abu Nawas Street, on the east bank facing the Green
#: Zone", "opposite the Green Zone", "across the river from the Green Zone", "on the opposite side of Aleppo".
_FACING = lx.folded(r"\b(?:facing|opposite|across (?:the (?:river|street|road) )?from|(?:opposite|other|far) side of)"
                    r"\s+(?:the\s+)?$")
#: Between a known place and a name that only says where it lies: "Hareer air base in the Kurdistan Region".
_OF_THE_PLACE = re.compile(r"^\s*,?\s*(?:in|of|near)\s+(?:the\s+)?$")
#: A name told as a region: "In Sulaimani province, ...".
_REGION_AFTER = re.compile(r"\s+(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Cc]ountryside)\b")
#: A verb after the known place: it tells something of its own, it is no locator.
_VERB_BETWEEN = lx.folded(r"\b(?:hit|struck|landed|fell|said|killed|wounded|targeted|attacked|exploded)\b")


#: A site told again by the town it lies near, just before that town: "the base near Islamic State-held".
_SITE_NEAR_BEFORE = lx.folded(r"\bthe (?:air ?base|base|camp|garrison|outpost|compound|airfield|site|field|plant)s? "
                              r"(?:near|outside|close to|(?:just )?(?:north|south|east|west)(?:-?(?:east|west))? of) "
                              r"(?:[\w'’-]+ ){0,3}$")


#: What a name is, told right after it: "Tel Jernek, a village west of Amuda".
_TOLD_AS_ONE_AFTER = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|suburb)\b|"
                                # ("in Abu Dhabi's Musaffah industrial area")
                                r"\s+(?:industrial|residential|commercial) (?:area|zone|district|city|estate)\b")


def _unknown_site(frame: Frame, finder: PlaceFinder) -> str | None:
    """The place the gazetteer cannot read where a sentence's rounds fell, when the places it knows are only
    regions, places the rounds were aimed at, or locators of that site; None otherwise."""
    from ..countries import is_country_name

    text = frame.sentence.text
    for match in lx.PLACE_PHRASE.finditer(text):
        name = match.group("name").strip()
        start = match.start("name")
        # "in Baghdad's Mashtal district": the place the gazetteer knows only says whose district it is
        owner = lx.POSSESSIVE_OWNER.match(name)
        owners = {p.place_id for p in frame.places if p.mention.start == start} if owner else set()
        village = bool(lx.VILLAGE_BEFORE.search(lx.fold(text[max(0, start - 25):start])))
        told = village or _told_as_a_site(text, start, name) or bool(_TOLD_AS_ONE_AFTER.match(text, start + len(name)))
        if owner is not None and (owners or is_country_name(owner.group("owner"))):
            name, start = name[owner.end():], start + owner.end()  # ("Iraq's Anbar province": Anbar's)
        if is_country_name(name) or not finder.why_unplaced_in(text, name, start) \
                or not told or name.split()[0] in lx.NOT_PLACE_WORDS or ADJECTIVE_OF_PLACE.search(name.split()[0]) \
                or _WEAPON_NAMED.search(name):
            continue  # (nor "Kurdish-held areas": whose they are; nor "called in Guided Multiple Launch Rocket
            # System rounds": a weapon's name)
        end = start + len(name)
        if _in_motive(text, start):
            continue  # "... with two drones, in response to the massacres against our people in Gaza"
        if lx.SOURCE_BEFORE.search(lx.fold(text), max(0, start - 40), start) \
                or lx.SEAT_OF_POWER.search(lx.fold(text), max(0, start - 40), start):
            continue  # ("a government source in Tokyo said": who told it, far away)
        if _where_the_shooters_were(text, start, start + len(name)):
            continue  # "forces stationed on the Jabal al-Zawiya front fired rocket shells at al-Fatira"
        if any(0 <= start - p.mention.end <= 12 and _OF_THE_PLACE.match(text[p.mention.end:start])
               for p in frame.places):
            continue  # "Hareer air base in the Kurdistan Region": the region of a place it knows
        if _TROOPS_CAMP.search(lx.fold(name)) and any(
                _STATIONED_BEFORE.search(lx.fold(text), max(0, p.mention.start - 40), p.mention.start)
                for p in frame.places if p.role == lx.TARGETED):
            continue  # ("troops stationed at Samawah came under fire ...: a rocket landed inside the Ground
            # Self-Defense Force camp": their camp, at the place they are stationed)
        locators: set[str] = set(owners)
        for place in frame.places:
            if place.place_id in locators:
                continue  # "near Amuda, the town ... calls Amouda": the locator named again
            if place.role == lx.TARGETED or place.mention.place.tier == "admin" or place.role == lx.LAUNCHED \
                    or _REGION_AFTER.match(text, place.mention.end):
                continue
            between = text[end:place.mention.start]
            # (or told by a bearing from it at the end of an aside: "on Jabal Tharda, the line of hills that
            # overlooks the enclave south of Deir ez-Zor")
            if place.mention.start >= end and _SITE_NEAR_BEFORE.search(lx.fold(between[-60:])):
                # "the training camp at Başika ... came under attack, ..., the second time that the base near
                # Islamic State-held Mosul has been hit": the base told again by the town it lies near
                locators.add(place.place_id)
                continue
            if place.mention.start >= end and (_LOCATOR_BETWEEN.search(lx.fold(between)) or _FACING.search(
                    lx.fold(between[-40:])) or (
                    ";" not in between and lx.BEARING_OF.search(lx.fold(between[-40:])))) \
                    and not _VERB_BETWEEN.search(lx.fold(between)):
                locators.add(place.place_id)
                continue
            break  # a known place told as a site of its own
        else:
            return name
    return None


#: A name listed right after a place the gazetteer knows: "Damascus International Airport and Aleppo airport".
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<village>(?:village|town|hamlet)\s+of\s+)?"
                           r"(?P<name>" + lx.NAME_WORD
                           + r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}(?:['’]s)?(?:\s+" + lx.TOWN_SITE_KINDS
                           + r")?)(?P<end>\s*[,.;]|\s+(?:at|on|in|and|with|early|late)\b|$)")


_BETWEEN_END = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _unknown_beside_known(frame: Frame, finder: PlaceFinder) -> list[str]:
    """The places a sentence lists beside one the gazetteer knows, where rounds fell or were aimed, that the
    gazetteer cannot read and whose name says they are sites ("Aleppo airport", "FOB Fuller")."""
    text = frame.sentence.text
    if not frame.attack or frame.not_an_attack or frame.background or not (
            frame.weapons or lx.ATTACK_NOUN.search(lx.fold(text))):
        return []
    names: list[str] = []
    for place in frame.places:
        if place.role == lx.LAUNCHED or place.mention.end <= place.mention.start \
                or _BETWEEN_END.search(text, max(0, place.mention.start - 20), place.mention.start):
            continue  # ("on the stretch between Kirkuk and the Baiji refinery": the ends of a stretch, not sites hit)
        # ("the raids targeted Khan Shaykhun, al-Tamanah and al-Hbit": towns listed after a town, each in turn)
        town = place.mention.place.category == "city"
        at = place.mention.end
        while (match := _LISTED_AFTER.match(text, at)) is not None:
            name = match.group("name")
            # ("struck the outskirts of al-Atarib and the village of Abeen": told as a village)
            told_as_place = lx.PLACE_TYPED.fullmatch(name) or lx.MILITARY_SITE_NAME.search(name) \
                or match.group("village") or (town and _TOWN_LIKE.fullmatch(name) and "the" not in match.group().split()
                                              and name.split()[0] not in lx.NOT_PLACE_WORDS
                                              and name.lower() not in _CALENDAR_WORDS and not a_peoples_noun(name))
            if told_as_place and name not in names and finder.why_unplaced(name).startswith("the gazetteer knows no"):
                names.append(name)
            elif not (town and any(p.mention.text == name for p in frame.places)):
                break  # (a list goes on through the towns the sentence places, not past anything else)
            at = match.end("name")
    return names


#: A town's name as reports write it: "al-Tamanah", "Kafr Zita", "Hbit".
_TOWN_LIKE = re.compile(r"(?:(?:al|el|ad|as|ash|ar|az|at|an)-)?[A-Z][a-z'’]+(?:[ -](?:(?:al|el)-)?[A-Z][a-z'’]+)?")


#: A round of those just told, told on its own: "One crashed onto the road ...", "Another landed in ...".
_ONE_OF_THEM = lx.folded(r"^\W*(?:one|another|a (?:second|third|fourth|fifth)|the (?:second|third|fourth|fifth|"
                         r"last|other)(?: one)?)(?: of them)?\s+(?:\w+\s+){0,2}?(?:crashed|landed|fell|hit|struck|"
                         r"slammed|exploded|came down|impacted)\b")


def _round_at_an_unknown_site(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """"Of the fourteen rockets ... One crashed onto the road outside the Naz City apartment complex": a round of
    the attack just told, at a place the gazetteer cannot read, proposed there on the attack's day with its
    weapon (never put at the attack's target). None when the sentence is not so."""
    low = lx.fold(frame.sentence.text)
    if frame.weapons or not last.frames or last.date is None or not _ONE_OF_THEM.match(low) \
            or frame.sentence.index - last.frames[-1].sentence.index > 3:
        return None
    weapons = next((f.weapons for f in reversed(last.frames) if f.weapons), [])
    site = _unknown_site(dataclasses.replace(frame, weapons=weapons), finder) if weapons else None
    if site is None:
        return None
    told = dataclasses.replace(frame, weapons=weapons[:1], count=1, outcome=lx.outcome_of(low) or "impact",
                               attack=True, proposed=site)
    return _on_the_day_of(last, told, events, unplaced=True)


#: A part of a coordinated attack told by its ordinal, at the sentence's start (after a few words: "Within
#: minutes") or after a clause: "The first blast came ...", "a second car exploded ...", "and the third was driven
#: at ...".
_ORDINAL_PIECE = lx.folded(
    r"(?:^\W*(?:[\w-]+\s+){0,4}?|[,;]\s+(?:and\s+|while\s+)?)(?P<piece>(?:the|a) (?:first|second|third|fourth|fifth|"
    r"last)(?: (?:blast|explosion|bomb|car|vehicle|truck|lorry|van|bomber|device|charge|one))?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:came|went off|exploded|blew up|detonated|was (?:driven|detonated|set off|rammed)|struck|hit|tore through|"
    r"ripped through)\b)")


def _pieces_at_unknown_sites(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder
                             ) -> Event | None:
    """"The first blast came ... outside the Sheraton"; "a second car exploded at the Babylon Hotel, and the third
    was driven at the Hamra Hotel": each part of the attack just told, at a site the gazetteer cannot read, is
    proposed there on the attack's day with its weapon, one device each (never put at the attack's town); the
    attack just told, or None when the sentence is not so or a part names no such site."""
    low = lx.fold(frame.sentence.text)
    pieces = [m.start("piece") for m in _ORDINAL_PIECE.finditer(low)]
    if not pieces or frame.background or frame.not_an_attack or not last.frames or last.date is None \
            or frame.sentence.index - last.frames[-1].sentence.index > 4:
        return None
    weapons = frame.weapons or next((f.weapons for f in reversed(last.frames) if f.weapons), [])
    told = _parts_at_unknown_sites(frame, [*pieces, len(low)], weapons, last.date, finder) if weapons else None
    if told is None:
        return None
    for piece in told:
        _on_the_day_of(last, piece, events, unplaced=True)
    return last  # the whole attack, which what follows ("These were three car bombs") goes on telling


def _parts_at_unknown_sites(frame: Frame, bounds: list[int], weapons: list[tuple[int, str, str]],
                            day: dt.date | None, finder: PlaceFinder) -> list[Frame] | None:
    """The parts of a sentence between `bounds`, each one device proposed at the site the gazetteer cannot read
    that it names (with its own weapon, else the first of `weapons`); None when a part names no such site."""
    told = []
    for begin, end in itertools.pairwise(bounds):
        part = _part(frame, begin, end, finder, day)
        part = dataclasses.replace(part, weapons=part.weapons[:1] or weapons[:1])  # ("a second car": its own)
        site = _unknown_site(part, finder)
        if site is None:
            return None
        told.append(dataclasses.replace(part, count=1, outcome=part.outcome or "impact", attack=True, proposed=site))
    return told


def _attack_and_its_second(frame: Frame, events: list[Event], finder: PlaceFinder) -> Event | None:
    """"a suicide bomber drove a car into the centre of Jidreen ...; a second car blew up in al-Hmairi, west of
    Hama": an attack and the next told by its ordinal, each at a place the gazetteer cannot read, on the day the
    sentence has (its own or its heading's): each proposed at its place, one device each. The last of them, or
    None when the sentence is not so."""
    low = lx.fold(frame.sentence.text)
    pieces = [m.start("piece") for m in _ORDINAL_PIECE.finditer(low)]
    day = _point_date(frame)
    if not pieces or pieces[0] < 10 or not frame.weapons or not frame.attack or frame.background \
            or frame.not_an_attack or day is None or day.date is None or day.follows or day.precision != 1:
        return None
    parts = _parts_at_unknown_sites(frame, [0, *pieces, len(low)], frame.weapons, day.date, finder)
    told: Event | None = None
    for piece in parts or []:
        told = _proposed(None, events, piece, (day, day.date, 1, f"'{day.text}'"))
    return told


#: A round told by its ordinal alone, its place in an aside: "A fourth, outside a church in Dora, wounded three".
_ORDINAL_ASIDE = lx.folded(r"^\W*(?:a|the) (?:second|third|fourth|fifth|sixth|last),\s")
#: The next round of a count, told by its order: "The second bomb went off ...", "The last device of the day blew up".
_ORDINAL_ROUND = lx.folded(r"\W*(?:a|the) (?:second|third|fourth|fifth|sixth|last|final) (?:[\w-]+ )?(?:bomb|device|"
                           r"blast|explosion|charge|rocket|shell|round|drone|missile)s? ")


def _sites_of(event: Event, finder: PlaceFinder) -> set[str]:
    """The places of an event finer than a city or a governorate."""
    return {i for i in event.place_ids() if (p := finder.gazetteer.get(i)) is None
            or (p.category != "city" and p.tier != "admin")}


def _ordinal_at_another_place(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """"Three more bombs went off outside churches ...: two in Karrada and one in al-Ghadeer. A fourth, outside a
    church in Dora, wounded three.": one more of the rounds just told, at a place the gazetteer knows that the
    attack told last was not at: an attack of its own there, on that day, with that weapon, one round. None when
    the sentence is not so."""
    places = [p for p in frame.places if p.mention.place.tier != "admin"]
    low = lx.fold(frame.sentence.text)
    # ("The first device exploded on the highway in Anbar ..." then "The second bomb went off on the road near
    # Samawah": the next of the rounds counted, at a place of its own)
    round_told = bool(frame.weapons) and _ORDINAL_ROUND.match(low) is not None \
        and families_compatible({w[2] for w in frame.weapons}, last.families())
    if (frame.weapons and not round_told) or not (round_told or _ORDINAL_ASIDE.match(low)) or len(places) != 1 \
            or not last.frames or last.date is None or frame.background or frame.not_an_attack \
            or frame.sentence.index - last.frames[-1].sentence.index > (4 if round_told else 2) \
            or places[0].place_id in _sites_of(last, finder) or places[0].place_id in last.place_ids():
        return None  # (a district of the city the attack was told in is another place: "in Dora", after Baghdad)
    weapons = frame.weapons or next((f.weapons for f in reversed(last.frames) if f.weapons), [])
    if not weapons:
        return None
    told = dataclasses.replace(frame, places=places, weapons=weapons[:1], count=1, attack=True,
                               outcome=frame.outcome or "impact")
    _on_the_day_of(last, told, events)
    return last  # (the rounds just told go on: "The deadliest blast followed just after seven")


def _lead_dates_the_report(headline: Event, frame: Frame, anchor: dt.date | None) -> None:
    """"Coalition aircraft kept up their attacks on the Islamic State group in Iraq yesterday": a lead that tells
    attacks with a day but no place dates the report's own, which its list then tells place by place; so does a
    lead about the day itself ("Yesterday was the bloodiest day of the year")."""
    if headline.date is not None or headline.frames or frame.attack or frame.background or frame.not_an_attack \
            or frame.sentence.line > LEAD_LINES:
        return
    text = frame.sentence.text
    if _STAMP_LINE.match(text):
        return  # "UPDATE 3 - 28 Feb 2020, 04:20 GMT - toll raised to 33": when the story was updated
    if _DAY_OF_THE_NEWS.match(text):
        mention = next((d for d in find_dates(text, anchor) if d.start <= 2), None)
    elif _INCIDENTS_OF_THE_DAY.search(text):
        # ("2. On Friday 23 November, three separate incidents were recorded in three communities": the items
        # after it tell them)
        mention = next((d for d in find_dates(text, anchor) if d.precision == 1 and d.date is not None), None)
    elif lx.ATTACK.search(lx.fold(text)):
        # "woke this morning to the funerals of the victims of yesterday's attack": the attack's own day
        mention = next((d for d in frame.dates if _DAYS_ATTACK.match(text, d.end) and d.date is not None
                        and not _AFTER_ANOTHER.search(lx.fold(text[max(0, d.start - 25):d.start]))), None)
        if mention is not None:
            headline.set_date(mention, frame, mention.date, 1, f"'{mention.text}' in the lead")
            return
        mention = _point_date(frame)
    else:
        return
    # (not a day that names another attack: "revenge for last Friday's US strike")
    # (nor the day a report stands at: "As of 22 March 2021")
    if mention is not None and mention.date is not None and mention.precision == 1 and not mention.follows \
            and text[mention.end:mention.end + 2] not in ("'s", "’s") \
            and not text[max(0, mention.start - 6):mention.start].lower().endswith("as of "):
        headline.set_date(mention, frame, mention.date, 1, f"'{mention.text}' in the lead")


#: A line that stamps the story, not the attack: "UPDATE 3 - 28 Feb 2020, 04:20 GMT - ...", "First filed - 27 Feb".
_STAMP_LINE = re.compile(r"^\W*(?:UPDATE[SD]?|Update[sd]?)(?:\s+\d{1,2})?\s*(?:[-–—:(,]|\d{1,2}\s+[A-Z][a-z]{2})|"
                         r"^\W*(?:First |Last |Originally )?(?:[Ff]iled|[Pp]osted|[Pp]ublished|[Uu]pdated)\s*[-–—:]")
#: A day's attack: "yesterday's attack", "Thursday's bombing".
_DAYS_ATTACK = re.compile(r"['’]s? (?:attacks?|bombings?|massacre|assault|blasts?|explosions?)\b")
#: Before a day that names an earlier attack: "revenge for last Friday's strike", "after Sunday's bombing".
_AFTER_ANOTHER = lx.folded(r"\b(?:revenge for|retaliation for|response to|after|since|following|before|like)\s+"
                           r"(?:the\s+|last\s+)?$")


#: A sentence about the day of the report's news: "Yesterday was the bloodiest day of the year so far", "Monday
#: saw the heaviest fighting in weeks".
#: A lead that counts the day's incidents, which the items after it tell one by one: "On Friday 23 November, three
#: separate incidents were recorded", "Four attacks were reported on Tuesday".
_INCIDENTS_OF_THE_DAY = lx.folded(r"\b(?:incidents|attacks|strikes) (?:were|have been) (?:recorded|reported|documented|"
                                  r"confirmed|verified)\b")
_DAY_OF_THE_NEWS = re.compile(r"^\W*(?:Yesterday|Today|Last night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                              r"(?: (?:morning|afternoon|evening|night))? (?:was|saw|brought|proved|became)\b")


#: A sentence that says where the strikes just told fell: "Two of the targets were at X, and a third ... at Y",
#: "The sites struck included X", "One of them lay at Y".
_TARGETS_LISTED = lx.folded(
    r"^\W*(?:(?:\w+|all|most|some|each|one|two|three|four|five) of )?(?:the|those|these|them|its|their)\s*"
    r"(?:(?:\w+ ){0,2}(?:targets|sites|depots|facilities|locations|positions|strikes|raids)\b)?"
    r"(?:,[^,]{1,40},)?\s*(?:were|was|lay|stood|included|included|hit|struck)\b")


def _targets_listed(frame: Frame, last: Event, finder: PlaceFinder) -> Frame | str | None:
    """Where the attack just told fell, when it was told with no site of its own ("U.S. aircraft bombed weapons
    depots in central Iraq ... Two of the targets were at Jurf al-Sakhar, and a third at al-Musayyib"): the
    sentence as the sites of that attack, each place named (not those named as a bearing) where rounds landed;
    or the name of a site the gazetteer cannot read ("One of them lay at the half-built Karbala airport"), to
    propose."""
    if frame.attack or frame.not_an_attack or not last.frames or last.date is None or last.unplaced \
            or frame.sentence.index - last.frames[-1].sentence.index > 4:
        return None
    if not _TARGETS_LISTED.match(lx.fold(frame.sentence.text)):
        return None
    # (a site named, not "it" or "the base", which only point back)
    if any(p.role in (lx.LANDED, lx.TARGETED) and p.mention.place.tier != "admin" and p.mention.text[:1].isupper()
           and not _bearing_from(f, p) for f in last.frames for p in f.places
           if not _TARGETS_LISTED.match(lx.fold(f.sentence.text))):  # (the list goes on: "One of them lay at Y")
        return None  # the attack has its site: the sentence tells of other targets, or of the same
    sites = [RolePlace(p.mention, lx.LANDED) for p in frame.places
             if not _bearing_from(frame, p) and p.mention.place.tier != "admin"]
    if not sites:
        unknown = [n for n in finder.place_phrases(frame.sentence.text) if finder.why_unplaced(n)]
        return unknown[0] if len(unknown) == 1 and not frame.places else None
    outcome = frame.outcome or "impact"
    # each site a group of rounds of its own, how many untold ("two of the targets" counts sites, not rounds)
    return dataclasses.replace(frame, places=sites, attack=True, outcome=outcome, count=None, count_text="",
                               groups=[RoundGroup(outcome, None, [site], None) for site in sites])


#: How far apart an earlier attack's day is from the report's own for a sentence pointing back to a place to be
#: read as placing that attack, not as telling more of the report's own.
_DAYS_APART = 7


def _pending_placed(pending: tuple[Frame, DateMention, dt.date | None, int, str] | None, frame: Frame,
                    last: Event, headline: Event, finder: PlaceFinder) -> Event | None:
    """A dated attack told with no place (`pending`), placed by the sentence right after it: one that names
    where, with no day of its own ("...ever since a strike on January 3 last year" + "...who died near Baghdad
    airport"), or says where its rounds fell ("Early last Wednesday, two drones flew at a base housing US troops
    in western Anbar." + "US forces destroyed one, and the second came down inside Ain al-Asad")."""
    if pending is None or frame.sentence.index - pending[0].sentence.index != 1 or frame.not_an_attack \
            or (not frame.attack and _names_an_unknown_place(pending[0], finder)):
        # (nor a sentence that only says where a town lies, after an attack at a place the gazetteer lacks: "came
        # down on the coalition's base at Safer, in the east of Marib province" + "Marib lies 120 km east of Sanaa")
        return None
    if not frame.places and pending[2] is not None and headline.date is not None \
            and abs((pending[2] - headline.date).days) > _DAYS_APART and _point_date(frame) is None:
        # "...the attack of 19 July last year, when a rocket landed in the accommodation lines" + "The base's
        # counter-rocket system engaged that round": the place the sentence points back to (the report's base),
        # for an attack long before the report's own (days after it, an update may be telling that one again)
        borrowed = _back_reference(frame, last, finder)
        frame = borrowed if borrowed is not None and borrowed.antecedent is None else frame
    elif headline.frames and compatible(finder, headline, frame):
        told = pending[0]
        if frame.attack and families_compatible({w[2] for w in told.weapons}, headline.families()) \
                and (headline.date is None or pending[2] == headline.date) and not told.background:
            # ("Iran's missile strike east of the Euphrates. In the early hours of Monday, 1 October, the guards
            # fired six missiles" + "the target was the town of Hajin": the report's attack, its count and day)
            headline.frames.append(told)
            if headline.date is None:
                headline.set_date(pending[1], told, pending[2], pending[3], pending[4])
        return None
    tells_where = frame.places and _point_date(frame) is None if frame.attack else bool(
        frame.roles(lx.LANDED) or (frame.places and _SITES_NAMED.match(lx.fold(frame.sentence.text))))
    # (not a sentence telling rounds of another weapon, another attack: "On 14 April, a drone ... hit a building" +
    # "Hours before that attack, at least two rockets had landed on the Turkish army's Zilkan base")
    other = frame.weapons and pending[0].weapons and not families_compatible(
        {w[2] for w in frame.weapons}, {w[2] for w in pending[0].weapons})
    if not tells_where or other or _THAT_ATTACK.search(lx.fold(frame.sentence.text)):
        return None
    dated, dated_mention, date, precision, basis = pending
    event = Event(headline.article, [dated, frame])
    event.set_date(dated_mention, dated, date, precision, basis)
    return event


#: A time counted from the attack just told: "Hours before that attack", "a day after the strike".
_THAT_ATTACK = lx.folded(r"\b(?:before|after|since) (?:that|the) (?:attack|strike|raid|blast|bombing)\b")
#: A sentence that opens by naming the site just told: "The outpost, known as Tower 22, sits ...".
_SITE_NAMED = lx.folded(r"^(?:the|that|this) (?:[\w-]+ )?(?:outpost|base|post|camp|garrison|facility|airfield|"
                        r"compound|installation|site)\s*,?\s*"
                        # ("The installation is Al Asad Air Base, in Anbar province": named by "is")
                        r"(?:(?:which is |is |also )?(?:known|called|named) (?:as )?|(?:is|was) )")


def _one_place_told(frame: Frame, finder: PlaceFinder, recent: Frame | None) -> tuple[Frame | None, Frame | None]:
    """(the last sentence before `frame` that named one place, the one to keep for the next sentence)."""
    # (not where the wounded were taken: "More than a hundred people were taken to hospitals in Kirkuk")
    # (nor where a road leads: "came at Altun Kupri, on the road north to Erbil")
    places = {p.place_id for p in frame.places if not _care_at(frame, p)
              and not _ROAD_TO_BEFORE.search(frame.sentence.text, max(0, p.mention.start - 40), p.mention.start)}
    core = finder.core(places) if places else set()
    return recent, (frame if len(core) == 1 else recent)


def _placed_now(pending: tuple[Frame, DateMention, dt.date | None, int, str] | None, frame: Frame, last: Event,
                headline: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """The event a sentence places, the attack waiting for its place or the last one (see _pending_placed and
    _named_after), or None."""
    placed = _pending_placed(pending, frame, last, headline, finder)
    if placed is not None:
        events.append(placed)
        return placed
    return _named_after(frame, pending, last, headline, events, finder)


def _add_to_headline(headline: Event, frame: Frame, dated: tuple[DateMention, dt.date | None, int, str]) -> None:
    """A sentence of the report's own attack joins it; a day it tells where the rounds fell ("In Syria it was
    about half past four on Friday morning when the jets bombed") wins over the day of the statement from
    Washington that dated the attack first."""
    headline.frames.append(frame)
    mention, date, precision, basis = dated
    # ("third deadly strike this week" over "a drone struck their vehicle on Friday afternoon": the day, within
    # the week or month the title gave)
    finer = headline.date is not None and headline.precision > 1 and precision == 1 and date is not None \
        and date_interval(headline)[0] <= date <= date_interval(headline)[1]
    if date != headline.date and (finer or _LOCAL_CLOCK.search(lx.fold(frame.sentence.text))):
        headline.set_date(mention, frame, date, precision, basis)


def _named_after(frame: Frame, pending: tuple[Frame, DateMention, dt.date | None, int, str] | None, last: Event,
                 headline: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """The event a sentence that names the site just told places ("A drone slammed into a small base in
    north-eastern Jordan early on Sunday." + "The outpost, known as Tower 22, sits ..."), or None: the attack
    still waiting for its place (`pending`), which is the report's own when the report has placed none yet, or
    the last one told, when it has no place."""
    named = None if frame.attack else _site_named(frame)
    if named is None:
        return None
    site = dataclasses.replace(frame, places=[named])
    if pending is not None and frame.sentence.index - pending[0].sentence.index == 1:
        dated, mention, date, precision, basis = pending
        owner = headline if not headline.place_ids() and compatible(finder, headline, dated) else None
        if owner is None:
            owner = Event(headline.article, [])
            events.append(owner)
        owner.frames += [dated, site]
        owner.set_date(mention, dated, date, precision, basis)
        return owner
    if last.frames and not last.place_ids() and frame.sentence.index - last.frames[-1].sentence.index <= 2:
        last.frames.append(site)
        return last
    return None


def _site_named(frame: Frame) -> RolePlace | None:
    """The place a sentence names as the site just told ("The outpost, known as Tower 22, ..."), or None."""
    opening = _SITE_NAMED.match(lx.fold(frame.sentence.text))
    if opening is None:
        return None
    # (the name may begin with an article the gazetteer's name leaves out: "is Al Asad Air Base")
    text = frame.sentence.text
    return next((p for p in frame.places if 0 <= p.mention.start - opening.end() <= 4
                 and text[opening.end():p.mention.start].strip().lower() in ("", "al", "el", "the")), None)


#: The sites of the attack just told, named: "Two of them have been named: a compound at X, and ...", "The targets
#: included ...", "Among them was ...".
_SITES_NAMED = lx.folded(r"^\W*(?:(?:one|two|three|four|five|some|several|most|all) of them (?:have been|has been|were|"
                         r"was) (?:named|identified)|(?:the|its|their) (?:targets|sites) (?:included|were)|"
                         r"they included|among them (?:was|were))\b")


def _propose_beside_known(frame: Frame, events: list[Event], dated: tuple[DateMention, dt.date | None, int, str],
                          finder: PlaceFinder) -> None:
    """"struck the runways of Damascus International Airport and Aleppo airport": each site the gazetteer cannot
    read listed beside a known one is an attack of its own that day, proposed there (never at Aleppo city)."""
    for name in _unknown_beside_known(frame, finder):
        _proposed(None, events, dataclasses.replace(frame, proposed=name, places=[], groups=[]), dated)


def _beside_known_undated(frame: Frame, event: Event, events: list[Event], finder: PlaceFinder) -> None:
    """_propose_beside_known for a sentence with no day of its own that joined `event`: the places the gazetteer
    cannot read listed beside its known one, each an attack of its own on the event's day ("the raids targeted
    Khan Shaykhun, al-Tamanah and al-Hbit" after "Since dawn today, Thursday, warplanes have flown over ...")."""
    if not event.headline or event.unplaced or not any(f.sentence.index == frame.sentence.index
                                                       for f in event.frames):
        return  # (the report's own attack only: another's day may be told only by an offset read later)
    for name in _unknown_beside_known(frame, finder):
        told = _proposed(None, events, dataclasses.replace(frame, proposed=name, places=[], groups=[]),
                         (event.date_mention, event.date, event.precision, event.date_basis))
        told.on_headline_day = event.date is None


def _unknown_names(frame: Frame, finder: PlaceFinder) -> set[str]:
    """The keys of the places a sentence names that the gazetteer cannot read ("MSS Conoco" and "Mission Support
    Site Conoco" are one)."""
    names = [frame.proposed] if frame.proposed else list(finder.place_phrases(frame.sentence.text))
    return {normalize(n) for n in names if n and finder.why_unplaced(n)}


def _earlier_at_the_place(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder,
                          at_unknown: bool) -> Event | None:
    """The dated event told before the last one at the place an undated sentence names (a place the gazetteer
    knows, or the same unknown one), when the last event is elsewhere."""
    if not frame.weapons or (not frame.places and not at_unknown):
        return None
    if frame.places and compatible(finder, last, frame):
        return None
    wanted = _unknown_names(frame, finder) if at_unknown else set()
    if at_unknown and (not wanted or (last.unplaced and any(wanted & _unknown_names(f, finder)
                                                            for f in last.frames))):
        return None
    for event in reversed(events):
        if event is last or event.date is None or not event.frames or event.thwarted:
            continue
        if at_unknown:
            if event.unplaced and any(wanted & _unknown_names(f, finder) for f in event.frames):
                return event
        elif event.place_ids() and compatible(finder, event, frame):
            return event
    return None


#: The raids of the attack just told, by name: "In the same dawn raids", "in the same wave of strikes".
_SAME_RAIDS = lx.folded(r"\b(?:the same|those|these)\s+(?:[\w-]+\s+){0,2}?(?:raids?|strikes?|air ?strikes?|wave|"
                        r"attacks?|bombardment|barrage|salvo)\b")


def _another_place_that_day(frame: Frame, last: Event, headline: Event, in_lead: bool, finder: PlaceFinder) -> bool:
    """Does a sentence with no day of its own tell rounds counted, or harm, at a place other than the attack just
    told (or, below a lead that named none, in a strike summary's list: "Near Mosul, four strikes engaged ...")?"""
    if not frame.places or (headline.frames and compatible(finder, headline, frame)):
        return False
    alone = last is headline and not headline.frames and not in_lead  # (a title or a lead tells the report's own)
    # ("In the same dawn raids, bombs fell on the northern outskirts of Maarat al-Numan": the raids' weapon)
    raids = not frame.weapons and frame.outcome == "impact" and bool(last.families()) and bool(
        frame.roles(lx.LANDED)) and _SAME_RAIDS.search(lx.fold(frame.sentence.text)) is not None
    told = (frame.weapons and (frame.count or frame.roles(lx.LANDED)) and (frame.roles(lx.LANDED) or alone)) \
        or raids or _harm_at(frame) or frame.sectioned or _came_under_fire_at(frame) or _roundup_item(frame)
    if not told:
        return False
    if alone:
        return True
    # (a strike summary's items, dated by the release's day when it names none: "1. Near Huwayjah, one strike
    # destroyed a cache." "2. Near Kirkuk, one strike engaged an ISIS tactical unit.")
    dated = (last.date is not None and (last.precision == 1 or (last.precision == 2 and _roundup_item(frame)))) \
        or last is headline or last.on_headline_day
    # (an attack at a place the gazetteer lacks is at no place a known one could be compatible with: "aircraft bombed
    # Maasaran ..." then "bombs fell on the northern outskirts of Maarat al-Numan")
    elsewhere = not compatible(finder, last, frame) or (last.unplaced and not last.place_ids())
    return bool(last.frames) and dated and elsewhere \
        and (frame.sectioned or frame.sentence.index - last.frames[-1].sentence.index <= 6)


#: A roundup's item opens with its town: "In Baghdad, a bomb ... went off", "Near Dhuluiyah, gunmen ...".
_ITEM_OPENER = re.compile(r"^\W*(?:In|Near|Outside|At|North of|South of|East of|West of) (?:the )?"
                          r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}),")


def _roundup_item(frame: Frame) -> bool:
    """Does the sentence open with the town it tells a weapon going off in ("In Baghdad, a bomb that had been left
    on board a minibus went off ...": a roundup's item of its own, wherever the vehicle was going)?"""
    opener = _ITEM_OPENER.match(frame.sentence.text)
    # (a strike summary's item counts its strikes with no outcome: "Near Kirkuk, one strike engaged a unit")
    return bool(opener and frame.weapons and (frame.outcome in ("impact", "unknown")
                                              or (frame.outcome is None and frame.count is not None))
                and any(p.mention.start == opener.start("name") for p in frame.places))


#: "Coalition forces stationed at Qayyarah came under fire from rockets": an attack on the place, told by its target.
_CAME_UNDER = lx.folded(r"\bcame under (?:[\w-]+ ){0,2}?(?:fire|attack|bombardment|shelling)\b")


def _came_under_fire_at(frame: Frame) -> bool:
    """Does a sentence tell a place that came under a weapon's fire ("troops stationed at X came under fire from
    rockets")?"""
    return bool(frame.weapons) and bool(frame.roles(lx.TARGETED)) and not frame.background \
        and bool(_CAME_UNDER.search(lx.fold(frame.sentence.text)))


def _harm_at(frame: Frame) -> bool:
    """Does a sentence tell rounds that did harm at a place it names ("drone strikes in Qamishli killed three
    people")?"""
    return any(p.role != lx.LAUNCHED for p in frame.places) and bool(
        frame.fatalities or frame.injuries or (frame.damage and not frame.damage.lower().startswith("no ")))


#: Told as attacked where it was: "when it was attacked in the Kabajeb area", "the convoy came under fire near X".
_WAS_ATTACKED = lx.folded(r"\b(?:was|were|had been|has been|came under) (?:\w+ )?(?:attacked|ambushed|hit|struck|"
                          r"targeted|shelled|bombed|raided|stormed|fire|attack)\b")


#: Raids told on a place by what it is: "three air raids on the outskirts of al-Bara", "strikes on the village of".
_RAIDS_ON_A_PLACE = lx.folded(r"\b(?:raids?|strikes?|sorties)\b[^.;]{0,20}?\b(?:on|against|targeting) (?:the )?"
                              r"(?:outskirts|edges?|centre|center|village|town|suburbs?) of\b")


#: One more round, of its own, aimed somewhere: "Another drone targeted ...", "a second missile struck ...".
_ANOTHER_ROUND_AIMED = lx.folded(r"\b(?:another|a second|a third)\s+(?:[\w-]+\s+)?(?:drone|rocket|missile|shell|"
                                 r"mortar round|air ?strike|strike)\s+(?:targeted|struck|hit|slammed into|landed|"
                                 r"fell|exploded|crashed)\b")


def _another_round_at_a_name_abroad(frame: Frame, finder: PlaceFinder) -> str:
    """"Another drone targeted YBS positions in the Bari area": one more round, at a name the gazetteer knows only
    abroad (a Bari of Iran and one of Turkey), told among the report's attacks at home: the name, to propose (never
    joined to the attack told before); "" when the sentence is no such."""
    from ..countries import is_country_name

    if frame.places or not frame.weapons or not _ANOTHER_ROUND_AIMED.search(lx.fold(frame.sentence.text)):
        return ""
    return next((p for p in finder.place_phrases(frame.sentence.text)
                 if not is_country_name(p) and not _WEAPON_NAMED.search(p)), "")


def _at_an_unknown_place(frame: Frame, finder: PlaceFinder) -> tuple[Frame, bool]:
    """The frame (with the site it is proposed at, when found here) and whether its rounds fell at a place the
    gazetteer cannot read."""
    if frame.proposed:
        return frame, True  # proposed at a place told before (_at_the_town_told_before)
    # (an air raid "carried out ... on the outskirts of al-Bara" struck there, told with no word of where it fell)
    # (or one that killed or wounded: "an air strike brought down a house in Souaneh, killing a woman")
    # (or "another drone targeted YBS positions in the Bari area": a round of its own, aimed there)
    low = lx.fold(frame.sentence.text)
    struck = frame.outcome is not None or frame.fatalities is not None or frame.injuries is not None or (
        any(w[2] == "airstrike" for w in frame.weapons) and bool(_RAIDS_ON_A_PLACE.search(low))) \
        or bool(_ANOTHER_ROUND_AIMED.search(low))
    at_unknown = all(p.role == lx.TARGETED for p in frame.places) and bool(frame.weapons) \
        and struck and not _LAUNCHED_FROM.search(low) \
        and _names_an_unknown_place(frame, finder)
    abroad = "" if at_unknown or not struck else _another_round_at_a_name_abroad(frame, finder)
    if abroad:
        return dataclasses.replace(frame, proposed=abroad), True
    # ("... when it was attacked in the Kabajeb area, about 50 km south-west of Deir ez-Zor city": told as
    # attacked there, with no weapon of its own)
    # (not "The last two fell short, into the river near the Jumhuriya bridge": rounds of the attack just told)
    told = (frame.weapons and struck) or (
        frame.attack and not frame.weapons and not frame.groups and frame.outcome is None
        and bool(_WAS_ATTACKED.search(low)))
    site = None if at_unknown or not told else _unknown_site(frame, finder)
    if site is not None:
        # "ten drones hit buildings in Zrgwez, a village some 10 km south of Sulaimani city", "hit its camp at
        # Sherawa, near Pirde": the known places only say where the unknown one lies.
        return dataclasses.replace(frame, proposed=site), True
    return frame, at_unknown


def _dated_by_its_lead(frame: Frame, headline: Event) -> bool:
    """"Dozens of worshippers killed at Friday prayers" ... "The mosque stands in Imam Wais, a village ... About 150
    men had gathered there when a suicide bomber set off his explosives": the report's own attack, dated by its
    title and lead and told at no place before, is told first at a place the gazetteer cannot read."""
    return bool(frame.proposed) and not headline.frames and headline.date is not None and not frame.background


def _more_of_an_attack_told(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder,
                            at_unknown: bool) -> tuple[Event | None, Frame]:
    """(the event an undated sentence tells more of, and the frame to add to it): the attack told earlier at its
    place (_earlier_at_the_place), or "... the car bombing that ripped through a district of Homs" + "A car packed
    with explosives was detonated close to al-Ahli hospital in the al-Zahraa neighbourhood": the same bomb, told
    where in the town it went off (the quarter the row's finer place; its point stays the town's)."""
    earlier = _earlier_at_the_place(frame, last, events, finder, at_unknown)
    if earlier is None and at_unknown and last.frames and _where_in_the_town_told(frame, last, finder):
        return last, dataclasses.replace(frame, proposed="")
    return earlier, frame


#: Attacks told as a series over a town: "a string of car bombs went off across Baghdad", "a wave of blasts".
_SERIES_ACROSS = re.compile(r"\b(?:[Aa]n? )?(?:string|wave|series|spate|rash|chain) of (?:[\w-]+ ){0,2}?(?:bombs|"
                            r"bombings|blasts|explosions|attacks|car bombs)\b|\b(?:bombs|bombings|blasts|explosions|"
                            r"attacks) (?:[\w-]+ ){0,3}?across (?:the (?:city|capital)|[A-Z][\w'’-]+)\b")


def _where_in_the_town_told(frame: Frame, last: Event, finder: PlaceFinder) -> bool:
    """Does an undated attack sentence, just after an attack told at a town with the same weapon, only say where
    in that town it struck: a quarter or a site the gazetteer lacks, no other attack ("another car bomb", "also")
    and no place but the town?"""
    if not last.frames or frame.sentence.index - last.frames[-1].sentence.index > 3 or last.unplaced \
            or len(last.place_ids()) != 1 or frame.another or not frame.weapons \
            or {w[2] for w in frame.weapons} != last.families() \
            or any(_SERIES_ACROSS.search(f.sentence.text) for f in last.frames):
        # (not after "A string of car bombs went off across Baghdad": each quarter told next is a bomb of its own)
        return False
    town = next(iter(last.place_ids()))
    place = finder.gazetteer.get(town)
    if place is None or place.category != "city" or any(
            not (p.place_id == town or _inside(finder, p.place_id, town)) for p in frame.places):
        return False
    low = lx.fold(frame.sentence.text)
    return not (_ANOTHER_BOMB.search(low) or _ANOTHER_ROUND_AIMED.search(low) or _ALSO.search(low)
                or _AGAIN.search(low)) and _DISTRICT_AFTER.search(frame.sentence.text) is not None


def _each_listed(frame: Frame, last: Event, headline: Event, events: list[Event], finder: PlaceFinder
                 ) -> Event | None:
    """"struck warehouses in Jibreen, a southern suburb, and a compound on the edge of Safira, a town ...": an
    attack at each place named, on the day of the attack told (the event proposed last); None when not so."""
    listed = _unknown_places_listed(frame, finder) if last.date is not None or last is headline else []
    told = last
    if len(listed) > 1:  # (a figure of strikes told over the list is no one place's, see _uncounted)
        frame = _uncounted(frame)
    for name in listed:
        last = _on_the_day_of(last, dataclasses.replace(frame, proposed=name), events, unplaced=True,
                              on_headline_day=last.date is None)
    if listed and _only_near_a_town(told, frame):
        # "aircraft attacked depots near Aleppo. The missiles struck warehouses in X, a village north of the city,
        # and ... Y": the town only said roughly where; the places listed are where the attack was.
        if told is headline:
            headline.frames = []
        else:
            events.remove(told)
    return last if listed else None


def _bombs_at_each(frame: Frame, last: Event, headline: Event, events: list[Event], finder: PlaceFinder
                   ) -> Event | None:
    """"car bombs have gone off in New Baghdad, Habibiya, Sabaa al-Bour and Kazimiyah": bombs go off where each was
    taken, so a list of places after bombs is an attack at each, on the day of the attack told (proposed where the
    gazetteer cannot read the name); None when the sentence is not so."""
    if not frame.weapons or any(family != "ied" for _, _, family in frame.weapons) \
            or not _PLURAL_BOMBS.search(frame.sentence.text) or (last.date is None and last is not headline):
        return None
    listing = _BOMBS_LISTED.search(frame.sentence.text)
    names = [n for n in lx.LIST_SEPARATOR.split(listing.group("names")) if n] if listing else []
    if len(names) < 3 or any(p.role == lx.LAUNCHED for p in frame.places):
        return None
    start = listing.start("names") if listing else 0
    for name in names:
        at = start + frame.sentence.text[start:].find(name)
        # (the whole name, not a word inside it: "Bab al-Muadham" is no Al-Bab)
        known = [p for p in frame.places if p.mention.start <= at and p.mention.end >= at + len(name)]
        told = dataclasses.replace(frame, places=known, groups=[], proposed="" if known else name)
        last = _on_the_day_of(last, told, events, unplaced=not known, on_headline_day=last.date is None)
    return last


def _strikes_at_each(frame: Frame, last: Event, headline: Event, events: list[Event], finder: PlaceFinder
                     ) -> Event | None:
    """The places struck that an undated sentence lists (`_struck_each`), each an attack of its own on the day of
    the attack told; the last of them, or None when the sentence is not so."""
    if last.date is None and last is not headline and not last.on_headline_day:
        return None
    parts = _struck_each(frame, last.article.text)
    if parts and last is headline and headline.frames and not headline.place_ids() and not parts[0].proposed:
        # ("Shelling hit the west of the city on Sunday. Mansour and Karrada were shelled": the report's attack,
        # placed now; the dateline's city is only where the story was filed)
        headline.frames.append(parts.pop(0))
    for told in parts or []:
        known = [p for p in told.places if p.role == lx.LANDED]
        # ("In Talbiseh, a pair of jets carried out raids" ... "air strikes on Rastan, Talbiseh and Zafaraniya": the
        # strikes on Talbiseh told again, that day)
        again = next((e for e in events if known and e.date == last.date
                      and {p.place_id for p in known} <= e.place_ids()
                      and families_compatible(e.families(), {w[2] for w in told.weapons})), None)
        if again is not None:
            again.frames.append(told)
            last = again
            continue
        last = _on_the_day_of(last, told, events, unplaced=not known,
                              on_headline_day=last.date is None or last.on_headline_day)
    return last if parts is not None else None


def _struck_each(frame: Frame, report: str) -> list[Frame] | None:
    """"the raids targeted Khan Shaykhun, al-Tamanah and al-Hbit", "warplanes carried out raids on al-Lataminah and
    Kafr Zita", "mortar rounds fell on Mansour and Karrada", "Karrada and Adhamiya were shelled": strikes from the
    air, shelling or rounds fired from afar on towns listed hit each of them, so each is an attack of its own (as
    ACLED codes one event per place): one frame per place, at the place (proposed where the gazetteer cannot read
    the name); None when the sentence is not so. Regions listed ("raids on Idlib and Hama") say where, not which
    places were hit: they are left to the sentence's own event."""
    text = frame.sentence.text
    families = {family for _, _, family in frame.weapons}
    plural = _PLURAL_STRIKES.search(text)
    rounds = _PLURAL_ROUNDS.search(text) if plural is None and families <= _FIRED_FROM_AFAR else None
    passive = lx.NAMES_STRUCK_PASSIVE.match(text) if frame.weapons else None  # ("X and Y were hit": by what?)
    if (plural is None and rounds is None and passive is None) \
            or not (families <= {"airstrike", "shell"} or ((rounds or passive) and families <= _FIRED_FROM_AFAR)):
        return None
    if plural is not None and not families and _aircraft_told_at(report) >= frame.sentence.start:
        return None  # "the raids": from the air only when the report has said aircraft
    told_at = plural or rounds
    listing = passive or (_STRIKES_LISTED.search(text, told_at.end()) if told_at is not None else None)
    names = [n.removeprefix("near ") for n in lx.LIST_SEPARATOR.split(listing.group("names")) if n] \
        if listing else []
    launched = [p for p in frame.places if p.role == lx.LAUNCHED]
    if len(names) < 2 or (launched and plural is not None) \
            or any(n.lower() in _CALENDAR_WORDS or n.split()[0] in lx.NOT_PLACE_WORDS for n in names):
        return None  # ("in Himo ... on Saturday and Sunday respectively": days, not places)
    start = listing.start("names") if listing else 0
    found = []
    for name in names:
        at = start + text[start:].find(name)
        known = [p for p in frame.places if p.mention.start <= at and p.mention.end >= at + len(name)]
        if any(p.mention.place.tier == "admin" or p.role == lx.LAUNCHED for p in known):
            return None
        found.append((name, known))
    weapons = frame.weapons or [(told_at.start() if told_at else 0, "air strike", "airstrike")]
    # (rounds told for the whole list are not each place's: "two mortar rounds hit Mansour and Karrada" is one each)
    count = frame.count if plural is not None else 1 if frame.count == len(names) else None
    return [dataclasses.replace(frame, places=[dataclasses.replace(p, role=lx.LANDED) for p in known] + launched,
                                weapons=weapons, groups=[], proposed="" if known else name, count=count)
            for name, known in found]


def _each_struck_dated(frame: Frame, events: list[Event],
                       dated: tuple[DateMention | None, dt.date | None, int, str]) -> Frame:
    """A dated sentence that lists the places struck (`_struck_each`): an attack at each place but the first, on the
    sentence's day (proposed where the gazetteer cannot read the name); the frame of the first (a known place's,
    if any), which goes on as the sentence's own attack."""
    if frame.background or frame.not_an_attack or not events:
        return frame
    parts = _struck_each(frame, events[0].article.text)
    if not parts or all(told.proposed for told in parts):
        return frame  # (places the gazetteer lacks, all of them: proposed as such, see _at_unknown_places)
    mention, date, precision, basis = dated
    parts.sort(key=lambda told: bool(told.proposed))  # (the sentence's own attack at a place it knows, if any)
    for told in parts[1:]:
        if told.proposed:
            # (unless proposed already, beside the known place: _propose_beside_known)
            if not any(e.unplaced and e.date == date and any(f.proposed == told.proposed for f in e.frames)
                       for e in events):
                _proposed(None, events, told, dated)
            continue
        event = Event(events[0].article, [told])
        event.set_date(mention, told, date, precision, basis)
        events.append(event)
    return parts[0]


def _tolls_at_other_places(frame: Frame, events: list[Event], finder: PlaceFinder) -> Event | None:
    """"A wave of car bombs tore through Baghdad ... Nine people died in Sadr City ... Four were killed in
    Kadhimiya ... Three lost their lives in Bayaa, and two in Shurta": after a report's attack told as many (a wave,
    a series, blasts), a toll told at another place is the attack there, with the wave's weapon on its day (proposed
    where the gazetteer cannot read the name); the last of them, or None when the sentence is not so. The first
    place told joins the report's attack when it has none."""
    if frame.weapons or frame.background or frame.not_an_attack:
        return None
    # (the wave: the last attack told as many, a few events back at most, its tolls each an event since)
    waves = ((e, f) for e in reversed(events[-6:]) if e.date is not None and e.frames and not e.unplaced
             for f in e.frames[:3] if f.weapons and _TOLD_AS_MANY.search(f.sentence.text))
    told_as_many = next(waves, None)
    if told_as_many is None:
        return None
    attack, wave = told_as_many
    text = frame.sentence.text
    names = [m.group("name") for m in _TOLL_IN.finditer(text)]
    opening = _TOLL_AFTER_IN.match(text)
    names = ([opening.group("name")] if opening else []) + names
    told: list[tuple[str, list[RolePlace]]] = []
    for name in dict.fromkeys(names):
        at = text.find(name)
        known = [p for p in frame.places if p.mention.start <= at and p.mention.end >= at + len(name)]
        if not known and not finder.why_unplaced(name).startswith("the gazetteer knows no"):
            return None
        told.append((name, known))
    had = attack.place_ids()
    # (a toll at the attack's own place, or at the city it lies in, is the attack's; so is the first district told
    # of an attack placed only at its city: "BAGHDAD - A wave of car bombs ... Nine people died in Sadr City")
    if not told or not had or any(p.place_id in had or any(_inside(finder, h, p.place_id) for h in had)
                                  or all(_inside(finder, p.place_id, h) for h in had)
                                  for _, known in told for p in known):
        return None
    last = None
    for name, known in told:
        part = dataclasses.replace(frame, places=[dataclasses.replace(p, role=lx.LANDED) for p in known],
                                   weapons=wave.weapons[:1], count=None, groups=[], proposed="" if known else name)
        last = _on_the_day_of(attack, part, events, unplaced=not known)
    return last


#: A report's attack told as many: "A wave of car bombs", "a series of blasts", "coordinated bombings".
_TOLD_AS_MANY = lx.folded(r"\b(?:wave|series|string|spate|chain) of\b|\b(?:car bombs|bombings|blasts|explosions)\b")
#: A toll told at a place: "Nine people died in Sadr City", "Six died in the northern district of Hurriyah",
#: "and two in Shurta".
_TOLL_IN = re.compile(r"(?:\b(?:died|were killed|was killed|lost their lives|perished)|,?\s+and\s+(?:another\s+)?"
                      r"(?:\d+|" + "|".join(w for w in lx.NUMBER_WORDS if len(w) > 2) + r")(?:\s+more)?)\s+in\s+"
                      r"(?:the\s+(?:[a-z-]+\s+)?(?:district|neighbourhood|neighborhood|area|town|city|suburb|quarter)"
                      rf"\s+of\s+)?(?P<name>{lx.NAME_WORD}(?:\s+[A-Z][\w'’-]+)?)")
#: A toll after its place: "In Kut, on the Tigris south-east of Baghdad, at least seven people were killed".
_TOLL_AFTER_IN = re.compile(rf"^\W*In\s+(?P<name>{lx.NAME_WORD}(?:\s+[A-Z][\w'’-]+)?),[^.;]{{0,90}}?\b"
                            r"(?:died|were killed|was killed|lost their lives|perished)\b")


#: Weapons whose rounds are fired from afar and land apart: a list of places they hit is one attack at each.
_FIRED_FROM_AFAR = frozenset({"rocket", "mortar", "shell", "missile", "airstrike", "drone"})
#: Rounds told in the plural, before the places they hit: "mortar rounds fell on ...", "rockets landed in ...".
_PLURAL_ROUNDS = re.compile(r"\b(?:rockets|missiles|shells|rounds|mortars|projectiles|katyushas|drones)\b",
                            re.IGNORECASE)
#: Strikes told in the plural, before the places they hit.
_PLURAL_STRIKES = re.compile(r"\b(?:(?:air\s?)?raids|(?:air\s?)?strikes|airstrikes|shelling|bombardments?)\b",
                             re.IGNORECASE)
@functools.lru_cache(maxsize=8)
def _aircraft_told_at(text: str) -> float:
    """Where the report first tells aircraft (infinity when it never does): read once per report, not once per
    sentence (a long report's sentences would each read it from the start)."""
    told = _FROM_THE_AIR.search(text)
    return told.start() if told is not None else float("inf")


#: Aircraft told: raids after them are air raids.
_FROM_THE_AIR = re.compile(r"\b(?:warplanes?|war planes?|aircraft|jets|helicopters?|air ?strikes?|air raids?)\b",
                           re.IGNORECASE)
#: The places strikes hit: "targeted Khan Shaykhun, al-Tamanah and al-Hbit", "raids on X and Y".
_STRIKES_LISTED = re.compile(rf"\b(?:targeted|targeting|on|hit|hitting|struck|striking|pounded|pounding|near|"
                             rf"(?:landed|fell|exploded|crashed|came down)\s+(?:in|on))\s+"
                             # ("strikes were clustered near Ramadi and near Kisik")
                             rf"(?P<names>{lx.LIST_NAME}(?:,\s+(?:near\s+)?{lx.LIST_NAME})*,?\s+and\s+(?:near\s+)?"
                             rf"{lx.LIST_NAME})\b"
                             # (the list ends there: "Rockets hit Balad Air Base and Camp Taji was put on alert")
                             r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|at|and|with|early|late|overnight|this|last|yesterday|"
                             r"today|killing|wounding|injuring|causing|but|as|from|near|during|before|after|while|"
                             r"where|when|(?:have |has |had )?(?:killed|wounded|injured|left|destroyed|damaged))\b)")


#: Bombs told in the plural: "parked car bombs have gone off in ...", "explosions rocked ...".
_PLURAL_BOMBS = re.compile(r"\b(?:bombs|explosions|blasts|bombings|IEDs|devices)\b", re.IGNORECASE)
#: The places a sentence lists after "in": "in New Baghdad, Habibiya, Sabaa al-Bour and Kazimiyah".
_BOMBS_LISTED = re.compile(rf"\b(?:in|at)\s+(?P<names>{lx.LIST_NAME}(?:,\s+{lx.LIST_NAME})+,?\s+and\s+"
                           rf"{lx.LIST_NAME})\b")


def _site_named_after_its_town(headline: Event, last: Event, frame: Frame) -> None:
    """"Worshippers at a church on the eastern edge of Damascus were attacked. ... a man walked into the Mar Elias
    church ...": the city only said where the site lies, and the site (proposed) is where the attack was; the
    headline told at the city alone is dropped (but "missiles slammed into compounds on the outskirts of Koya" told
    rounds of their own there)."""
    if last is headline and len(headline.frames) == 1 and not headline.frames[0].weapons \
            and _only_near_a_town(headline, frame):
        headline.frames = []


def _only_near_a_town(event: Event, listing: Frame) -> bool:
    """Is `event` told in the one sentence just before `listing` and placed only by towns or regions named as
    where it was roughly (no site, no place the rounds landed on)?"""
    told = [f for f in event.frames if f.sentence.index > 0]  # (a title shortens: "Strikes near Aleppo")
    places = [p for f in event.frames for p in f.places]
    text = told[0].sentence.text if told else ""
    # ("a church on the eastern edge of Damascus was attacked": where the site lies, though the words attack it)
    return len(told) == 1 and listing.sentence.index - told[0].sentence.index == 1 and bool(places) \
        and all(p.mention.place.category in BROAD_KINDS for p in places) \
        and all(p.role is None or _ROUGHLY_AT.search(lx.fold(text[max(0, p.mention.start - 30):p.mention.start]))
                for p in told[0].places)


#: Where a site lies by a town: "on the eastern edge of", "on the outskirts of", "near", "outside".
_ROUGHLY_AT = lx.folded(r"\b(?:(?:edge|edges|outskirts|fringes?) of|near|outside)\s+(?:the\s+)?$")


#: A place named as a village or town, which a report names so when its readers will not know it.
_VILLAGE_OF = re.compile(r"\b(?:village|hamlet|town|settlement) of [A-Z]|\b[A-Z][\w'’-]+, a (?:[\w'’-]+ ){0,3}?"
                         r"(?:village|hamlet|town|settlement)\b")
#: Where rounds came from, not where they fell: "fired from a pickup truck ... near the road towards Gwer".
_LAUNCHED_FROM = lx.folded(r"\b(?:fired|launched|came) from\b")
#: A sentence that says it tells another attack: "Separately, ...", "In a separate attack, ...".
_SEPARATELY = re.compile(r"^\W*(?:Separately|Elsewhere|In (?:a|another) separate (?:incident|attack|strike)|"
                         r"In an(?:other)? unrelated (?:incident|attack)|"
                         # "Later in the day, an explosion targeted another convoy at Diwaniyah", "The fourth incident
                         # was reported in Babil province": the day's next attack, told as such
                         # ("Also on Tuesday, a second suicide car bomb exploded in a market area of Nahrawan")
                         r"Also (?:on|that|the same) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|)day|"
                         r"(?:Later|Earlier) (?:in the day|that day|the same day|on the same day|"
                         r"(?:on|that) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
                         r"The (?:second|third|fourth|fifth|sixth|last) "
                         r"(?:incident|attack|strike|blast|explosion)s?)\b")
#: A bomb of another attack: "another car exploded at a checkpoint", "a second suicide bomber blew himself up".
_ANOTHER_BOMB = lx.folded(r"\b(?:another|a second|a third|(?:two|three|four|five|\d{1,2}) (?:more|other))\s+"
                          r"(?:[\w-]+\s+)?(?:cars?|trucks?|lorry|lorries|vehicles?|car bombs?|truck bombs?|"
                          r"suicide bombers?|bombers?|roadside bombs?|bombs?|explosive devices?)\b")
#: A sentence that adds a place to the attack told: "was also targeted", "as well", "at the same time".
_ALSO = lx.folded(r"\b(?:also|as well|at the same time|simultaneously)\b")


def _aimed_at_an_unknown_place(frame: Frame, article_text: str, families: set[str], finder: PlaceFinder) -> bool:
    """Does `frame` tell rounds of these weapons aimed at a place the gazetteer cannot read ("two drones at the
    Conoco gas field")?"""
    # The whole sentence: a part of it may have been read as a frame of its own ("... at X and two drones at Y").
    whole = frame.sentence.text + article_text[frame.sentence.end:].split(".")[0]
    low = lx.fold(whole)
    for pattern, _, family in lx.WEAPONS:
        if family not in families:
            continue
        for match in pattern.finditer(low):
            after = whole[match.start():match.start() + 80].split(",")[0].split(";")[0]
            if any(finder.why_unplaced(name) for name in finder.place_phrases(after)):
                return True
    return False


#: A second wave of an attack: "drones followed up", "a second wave of rockets".
_FOLLOWED_UP = lx.folded(r"\bfollowed (?:up|on|them|it)\b|\bsecond wave\b|\bin a follow-up\b")


#: Another part of the place told: "in another part of the town", "elsewhere in the city".
_ANOTHER_PART = lx.folded(r"\b(?:in|on|at) (?:another|a different) (?:part|quarter|district|neighbou?rhood) of the "
                          r"(?:town|city|village|camp)\b|\belsewhere in the (?:town|city|village)\b")


def _other_weapon_there(frame: Frame, last: Event, finder: PlaceFinder) -> Frame | None:
    """A sentence with rounds of a weapon the last event did not use, and no place or day of its own: that
    weapon's attack at the last event's site (the frame with that site), or None."""
    families = {w[2] for w in frame.weapons}
    # The weapon the event is about (the one it names most): "a combined drone and rocket attack ... five drones
    # ... At the same moment, a salvo of rockets fell outside": the rockets are rounds of their own.
    main = _weapon_of(last.frames)[1]
    # ("Seven armed drones followed up, bombing the same positions": a second wave of another weapon, though
    # drones and missiles may otherwise be one weapon told two ways)
    # ("About an hour earlier, artillery shells had come down in another part of the town": another attack there)
    second_wave = main not in families and bool(_FOLLOWED_UP.search(lx.fold(frame.sentence.text))
                                                or _ANOTHER_PART.search(lx.fold(frame.sentence.text)))
    if frame.places or frame.dates or not families or not last.frames or last.unplaced or main is None \
            or (families_compatible(families, {main}) and not second_wave) or not (frame.outcome or frame.groups) \
            or ({w[1] for w in frame.weapons} == {"indirect fire"} and main == "mortar"):
        return None  # ("confirmed 'indirect fire' inside the zone": the military's word for the mortars told)
    if any(_aimed_at_an_unknown_place(f, last.article.text, families, finder) for f in last.frames):
        return None  # "... and two drones at the Conoco gas field": those rounds had a target of their own
    text = last.article.text
    line_start = text.rfind("\n", 0, frame.sentence.start) + 1
    opener = _ITEM_OPENER.match(text[line_start:frame.sentence.start])
    if opener is not None and not any(
            lx.fold(opener.group("name")) == lx.fold(p.mention.text) for f in last.frames for p in f.places):
        return None  # (a paragraph that opens "In Baqubah, the fighters came at dawn": its rounds are Baqubah's)
    ids = finder.core(last.place_ids())
    told = [p for f in last.frames for p in f.places
            if p.place_id in ids and (p.role not in (None, lx.LAUNCHED) or p.mention.place.category == "site")
            and not _is_reference(f, p, finder)]
    # (the place the first wave was told at, in whatever words; or the only place the event was told at: "It was
    # in Balad ... mortar rounds started landing ... Two of the three blew themselves up")
    if not told:
        told = [p for f in last.frames for p in f.places if p.place_id in ids and p.role != lx.LAUNCHED
                and not _is_reference(f, p, finder)]
        # (not one side's account of the attack told: "The driver ... said soldiers in the convoy opened fire")
        told = told if second_wave or (len({p.place_id for p in told}) == 1
                                       and not _ACCOUNT.search(_ATTRIBUTION_ASIDE.sub(
                                           "", lx.fold(frame.sentence.text)))) else []
    if not told:
        return None
    mention = dataclasses.replace(told[0].mention, start=0, end=0)  # named in a sentence before, not in this one
    return dataclasses.replace(frame, places=[RolePlace(mention, told[0].role)])


#: Who told it, set off by commas: "Five minutes after the explosion, a police captain said, mortar shells came
#: down": the source of the news, no side's account of it.
_ATTRIBUTION_ASIDE = re.compile(r",\s+(?:[\w-]+\s+){1,5}?(?:said|says|told \w+),")
#: One side's account: "said soldiers opened fire", "according to the police", "claimed".
_ACCOUNT = lx.folded(r"\b(?:said|says|saying|claimed|claims|alleged|insisted|denied|denies|according to|told)\b")


def _same_event(events: list[Event], probe: Event, frame: Frame, finder: PlaceFinder,
                mention: DateMention | None = None) -> Event | None:
    """The event already read whose date and places a new dated sentence fits, if any."""
    if probe.date is None:
        return None
    again = _AGAIN.search(lx.fold(frame.sentence.text)) is not None  # "hit again on Thursday": another attack
    # "Two days before that": a day counted from another event's is told as another day, not a day either side.
    counted = mention is not None and mention.follows and mention.offset_days != 0
    # (an attack proposed at a place the gazetteer cannot read is not one told at a place it knows)
    return next((e for e in events if e.date is not None and dates_overlap(e, probe)
                 and not (e.unplaced and frame.places) and not ((again or counted) and e.date != probe.date)
                 and compatible(finder, e, frame)), None)


#: How far after "two days after" a date may be told and still be the one it counts from ("two days after the
#: March 5 drone attack on Erbil airport").
_ANCHOR_REACH = 45


def _date_of(mention: DateMention, last: Event, frame: Frame | None = None, now: dt.date | None = None
             ) -> tuple[dt.date | None, int, str]:
    """(date, precision, basis) a date mention gives: its own, an offset from a date told just after it ("two
    days after the March 5 attack"), or from the last event's ("the next day"); "a week earlier" with no event
    dated before it counts back from `now`, the report's own day (a feature's "now")."""
    anchor = None if frame is None or not mention.follows else next(
        (d for d in frame.dates if not d.follows and d.date is not None and d.precision == 1
         and mention.end <= d.start <= mention.end + _ANCHOR_REACH), None)
    if anchor is not None and anchor.date is not None:
        weekday = weekday_named(anchor.text) if anchor.kind == "weekday" else None
        if weekday is not None and last.date is not None and mention.text.lower().endswith(("later", "earlier")):
            # "Some thirty hours later, on the Saturday morning": the Saturday after the event told last (the
            # weekday read alone would be the one before the report's day, weeks later)
            step = 1 if mention.text.lower().endswith("later") else -1
            day = last.date + dt.timedelta(days=mention.offset_days)  # ("hours later, on Sunday": that Sunday too)
            while day.weekday() != weekday:
                day += dt.timedelta(days=step)
            return day, 1, f"'{mention.text}' '{anchor.text}' after an event of {last.date}"
        if mention.text.lower().endswith(("later", "earlier")):
            # "Three days earlier, on the evening of March 11": the date told after the offset is the event's own
            return anchor.date, anchor.precision, f"'{anchor.text}'"
        return (anchor.date + dt.timedelta(days=mention.offset_days), 1,
                f"'{mention.text}' '{anchor.text}'")
    own = None if frame is None or not mention.follows else next(
        (d for d in frame.dates if not d.follows and d.date is not None and d.start > mention.end + _ANCHOR_REACH),
        None)
    if own is not None and own.date is not None and own.kind == "weekday" and last.date is not None \
            and mention.text.lower().endswith(("later", "earlier")) and mention.offset_days:
        day = last.date + dt.timedelta(days=mention.offset_days)
        if day.weekday() == weekday_named(own.text):
            # "Three days later it was the turn of the bases: two rockets fell inside Camp Taji ... on the
            # Saturday": the Saturday three days after the event told last, not the one before the report's day
            return day, 1, f"'{mention.text}' '{own.text}' after an event of {last.date}"
    if own is not None and own.date is not None:
        # "The find came a day after a rocket landed inside the embassy on Wednesday evening": the day told
        # later in the sentence is the attack's own; "after" measured something else from it.
        return own.date, own.precision, f"'{own.text}'"
    if mention.after_told and last.date is not None and mention.date is not None:
        day = last.date + dt.timedelta(days=1)
        while day.weekday() != mention.date.weekday():
            day += dt.timedelta(days=1)
        if day <= mention.date:
            return day, 1, f"'{mention.text}' after an event of {last.date}"
    if mention.follows and last.date is None and mention.offset_days < 0 and now is not None:
        return now + dt.timedelta(days=mention.offset_days), 1, f"'{mention.text}' than the report's day"
    if mention.follows:
        date = None if last.date is None else last.date + dt.timedelta(days=mention.offset_days)
        return date, last.precision, f"'{mention.text}' after an event of {last.date}"
    return mention.date, mention.precision, f"'{mention.text}'"


def _dates_the_headline(headline: Event, frame: Frame, mention: DateMention, date: dt.date | None,
                        anchor: dt.date | None, finder: PlaceFinder) -> bool:
    """Is this the first recent date of the report's own attack (the headline event, still undated)?"""
    recent = (date is None and mention.relative) or (
        date is not None and anchor is not None and (anchor - date).days <= HEADLINE_WINDOW_DAYS) or (
        # a report with no date of its own ("PRESS RELEASE No. 1"): its first attack told with a full date
        date is not None and anchor is None and not mention.relative and mention.precision == 1)
    # "Five days earlier, a roadside bomb ...": an attack before the report's own, which is told (or titled)
    # elsewhere.
    before = any(m.follows and m.offset_days < 0 for m in frame.dates)
    return bool(not headline.dated and headline.date_mention is None and not frame.background and recent
                and not before and (compatible(finder, headline, frame) or not headline.frames))


#: A sentence about where a town lies: "Marib lies some 120 km east of Sanaa".
_A_TOWN_LIES = re.compile(r"\W*(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:lies|is located|"
                          r"is situated|sits)\b")


def _tells_more_of(last: Event, frame: Frame, finder: PlaceFinder) -> bool:
    """Does a sentence that tells no attack tell the casualties, damage or claim of the last one, just before?"""
    # "The coalition later put the number of rockets at 9.", "Overnight an official raised the figure to 14."
    # (its place may be the attack's own: "the first count taken by the airport guard")
    revision = frame.count is not None and {p.place_id for p in frame.places} <= last.place_ids() \
        and bool(_REVISION.search(lx.fold(frame.sentence.text)))
    told = (frame.fatalities is not None or frame.injuries is not None or frame.claimed_by or frame.unclaimed
            or frame.damage or any(g.rest for g in frame.groups)  # "The others fell in open desert."
            or revision
            # "Rockets struck the base. There were six of them.": the rounds just told, counted
            or (frame.counted_back and not frame.places
                and frame.sentence.index - last.frames[-1].sentence.index <= 1 if last.frames else False)
            # "The bus was attacked about 50 km south-west of Deir ez-Zor": where the attack just told, placed
            # nowhere yet, happened
            # (but not one that only says where a town lies: "Marib lies some 120 km east of Sanaa")
            or (not last.place_ids() and not frame.dates and bool(lx.DISTANCE_BEARING.search(frame.sentence.text))
                and not _A_TOWN_LIES.match(frame.sentence.text))
            # "The coalition says both were shot down.": what became of the rounds just told
            or (frame.outcome is not None and not frame.places and not frame.dates
                and frame.sentence.index - last.frames[-1].sentence.index <= 1 if last.frames else False))
    # a claim or a revised count comes later, with a date of its own
    later = bool(frame.claimed_by or frame.unclaimed) or revision
    return bool(told and not frame.not_an_attack and last.frames and (later or not frame.dates)
                and frame.sentence.index - last.frames[-1].sentence.index <= 3 and compatible(finder, last, frame))


def _told_of(events: list[Event], last: Event, frame: Frame, mention: DateMention | None = None) -> Event:
    """The event a sentence with no date of its own (no `mention`) adds to: the last one, unless it names the
    weapon of another told just before ("A shell hit X on Tuesday, while on Thursday a drone hit Y. The shell
    wounded one")."""
    families = {w[2] for w in frame.weapons}
    if mention is not None or not families or families_compatible(families, last.families()):
        return last
    recent = [e for e in events if e.frames and 0 <= frame.sentence.index - e.frames[-1].sentence.index <= 3
              and e.families() and families_compatible(families, e.families())]
    return recent[-1] if recent else last


#: A correction of a detail, not of the attack: "An earlier version of this release stated that the attack
#: occurred on July 17."
_CORRECTED_DETAIL = lx.folded(r"\b(?:an earlier version|incorrectly|erroneously|wrongly|mistakenly)\b.*\b(?:"
                              r"(?:occurred|took place|happened) (?:on|at)|date|time|day|toll|number|figure|count)\b")


#: A weapon withdrawn by a correction: "It was not a mortar round", "the blast was not caused by a rocket".
_NOT_THE_WEAPON = lx.folded(r"\b(?:it|this|that|the (?:blast|explosion|attack|round|device|projectile))\s+"
                            r"(?:was|were)\s+not\s+(?:caused by\s+|from\s+)?"
                            # (not "It was not the first rocket to reach the inside of the compound": one of many)
                            r"(?!the (?:first|only|last|second|third|latest|biggest|largest|worst)\b)"
                            r"(?:an?\s+)?[^,;.]{0,40}")


def _withdraw_weapon(events: list[Event], frame: Frame) -> Event | None:
    """"An earlier version ... misreported Monday's explosion. It was not a mortar round": the weapon the
    correction withdraws leaves the event told with it (the weapon named next takes its place, in the event the
    correction is about, returned; None when the sentence withdraws none)."""
    if not frame.weapons:
        return None
    low = lx.fold(frame.sentence.text)
    withdrawn = {family for m in _NOT_THE_WEAPON.finditer(low)
                 for at, _, family in frame.weapons if m.start() <= at < m.end()}
    corrected = next((e for e in reversed(events) if withdrawn and e.frames and withdrawn <= e.families()), None)
    if corrected is None:
        return None
    for index, told in enumerate(corrected.frames):
        if any(w[2] in withdrawn for w in told.weapons):
            corrected.replace_frame(index, dataclasses.replace(told, weapons=[w for w in told.weapons
                                                                               if w[2] not in withdrawn]))
    return corrected


#: A correction of where the attack was: "The attack did not take place in the city of al-Hasakah: it struck a
#: wedding hall in Tall Tawil", "it placed the attack at the Bab al-Hawa crossing; the garage is outside the Bab
#: al-Salameh crossing". The place withdrawn is the one named right after the words.
#: (its subject the attack: "The minister was not in Baghdad" moves nothing)
_NOT_THERE = lx.folded(r"\b(?:(?:it|the (?:[\w-]+ )?(?:attack|bombing|blast|strike|explosion|bomb|rocket|drone|"
                       r"shell|missile)s?) (?:did not|didn't|was not|wasn't|were not) (?:take place |happen |occur |"
                       r"strike |hit |explode |go off |come down |land )?(?:in|at)|(?:placed|put|located) (?:the "
                       r"(?:attack|bombing|blast|strike|explosion)|it) (?:in|at))\s+(?:the\s+)?"
                       r"(?:(?:city|town|village) of\s+)?$")


def _moved_by_correction(frame: Frame, events: list[Event], finder: PlaceFinder) -> Event | None:
    """The event a correction moves from the place it withdraws to the place it names after it (a place the
    gazetteer knows, or one it cannot read, then proposed there); None when the sentence moves none."""
    low = lx.fold(frame.sentence.text)
    said_before = _said_before(frame, events, finder) if _IT_WAS_IN.match(low) else None
    if said_before is None and not _CORRECTED_PLACE_HINT.search(low):
        return None
    wrong = said_before or next((p.mention for p in frame.places if _NOT_THERE.search(low, 0, p.mention.start)),
                                None)
    if wrong is None:
        return None
    moved = next((e for e in reversed(events) if e.frames and any(finder.related(wrong.place.id, i)
                                                                   for i in e.place_ids())), None)
    if moved is None and events[0].frames and events[0].date is not None:
        # ("it placed the attack at the Bab al-Hawa crossing", where the report told it at no place it could read:
        # the report's own attack)
        moved = events[0]
    if moved is None:
        return None
    start = 0 if said_before is not None else wrong.end
    after = frame.sentence.text[start:]
    right = [p for p in frame.places if p.mention.start >= start and p.place_id != wrong.place.id
             and not _bearing_from(frame, p) and not _locates_an_unknown(frame, p, finder)]
    unknown = "" if right else next((n for n in finder.place_phrases(after) if finder.why_unplaced(n)), "")
    if not right and not unknown:
        return None
    withdrawn = {wrong.place.id}
    for index, told in enumerate(moved.frames):
        moved.replace_frame(index, dataclasses.replace(
            told, places=[p for p in told.places if p.place_id not in withdrawn],
            groups=[dataclasses.replace(g, places=[p for p in g.places if p.place_id not in withdrawn])
                    for g in told.groups]))
    landed = [RolePlace(p.mention, lx.LANDED) for p in right[:1]]
    moved.frames.append(dataclasses.replace(frame, places=landed, proposed=unknown, dates=[], weapons=[], count=None,
                                            groups=[], attack=True, not_an_attack=False))
    moved.unplaced = moved.unplaced or bool(unknown)
    return moved


#: A correction's second sentence, naming where it did happen: "It took place in Jableh, a town on the coast".
#: (or told by whoever now says it: "The Romanian defence ministry says the patrol was hit next to the Tallil base")
_IT_WAS_IN = lx.folded(r"^\W*(?:[^.;:]{0,60}?\b(?:says|said|say|confirms|confirmed|reports|reported)\s+(?:that\s+)?)?"
                       r"(?:it|the (?:attack|bombing|blast|strike|explosion|car bomb|bomb|patrol|convoy|vehicle|device|"
                       r"charge)) (?:actually |in fact |instead )?"
                       r"(?:took place|happened|occurred|was hit|was struck|was attacked|was|exploded|went off|struck|"
                       r"hit|landed) (?:in|at|next to|near|close to|beside|outside)\b")
#: A correction's first: "An earlier version of this article ... said the bombing took place in Tartus".
_EARLIER_SAID = lx.folded(r"\b(?:an earlier version|earlier versions|(?:incorrectly|erroneously|wrongly|mistakenly) "
                          r"(?:said|reported|stated))\b[^.;]*?\b(?:took place|happened|occurred|was|were|struck|hit|"
                          r"exploded|went off|landed) "
                          r"(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$")


def _said_before(frame: Frame, events: list[Event], finder: PlaceFinder) -> PlaceMention | None:
    """The place the sentence just before says an earlier version wrongly told ("An earlier version ... said the
    bombing took place in Tartus. It took place in Jableh"), or None."""
    text = events[0].article.text
    start = max(text.rfind(". ", 0, frame.sentence.start - 1), text.rfind("\n", 0, frame.sentence.start - 1)) + 1
    before = text[start:frame.sentence.start]
    if "earlier version" not in before.lower() and "wrongly" not in before.lower() \
            and "incorrectly" not in before.lower():
        return None
    low = lx.fold(before)
    return next((m for m in finder.find(before) if _EARLIER_SAID.search(low, 0, m.start)), None)


def _locates_an_unknown(frame: Frame, place: RolePlace, finder: PlaceFinder) -> bool:
    """Is the place told only to say where an unknown one lies ("Jableh, a town on the coast of Latakia province
    south of Russia's Hmeimim air base")?"""
    return any(m.start("aside") <= place.mention.start < m.end("aside") and finder.why_unplaced(m.group("name"))
               for m in lx.NAMED_WITH_APPOSITIVE.finditer(frame.sentence.text))


_CORRECTED_PLACE_HINT = lx.folded(r"\b(?:not take place|not happen|not occur|placed|located|put the|was not in|"
                                  r"wasn't in|did not strike|did not hit)\b")


def _correction(frame: Frame, events: list[Event], correcting: list[tuple[int, Event]], finder: PlaceFinder
                ) -> Event | None:
    """The event a correction's sentence is about, if it is one; `correcting` keeps (sentence, event) of the
    correction being read. "It was not a mortar round" withdraws the weapon; "Police have since said the blast
    came from a car bomb", just after, with no day of its own, is the corrected account of that event; "The
    attack did not take place in X: it struck a hall in Y" moves it (see _moved_by_correction)."""
    moved = _moved_by_correction(frame, events, finder)
    if moved is not None:
        return moved
    if not frame.attack or frame.not_an_attack:
        corrected = _withdraw_weapon(events, frame)
        if corrected is not None:
            correcting[:] = [(frame.sentence.index, corrected)]
        return corrected
    if correcting and _point_date(frame) is None and frame.sentence.index - correcting[0][0] <= 2 \
            and compatible(finder, correcting[0][1], frame):
        correcting[0][1].frames.append(frame)
        return correcting[0][1]
    return None


def _add_told_more(events: list[Event], last: Event, frame: Frame, finder: PlaceFinder) -> None:
    """A sentence that tells no attack: a consequence, a claim or a denial of the attack just told ("There were
    no reports of casualties.", "No one claimed responsibility."), or that its rounds never flew ("Engineers
    defused the rockets before they could be fired")."""
    # (further on when the denial names the attack's place again: "people were saying a drone hit Penjwen too" ...
    # "We did check Penjwen, and we found nothing")
    # (the place named again, even as whose mayor was asked: "We asked the mayor of Ranya and found nothing")
    again = (frame.places and {p.place_id for p in frame.places} & last.place_ids()) or any(
        p.mention.text in frame.sentence.text for f in last.frames[:3] for p in f.places)
    # (and further on for a denial that the attack happened at all: "No foreign strike had taken place")
    reach = 4 if again or lx.NO_ATTACK_AT_ALL.search(lx.fold(frame.sentence.text)) else 2
    # (not a tally of attacks, which says nothing of this one: "Israel has carried out hundreds of strikes in Syria")
    if frame.not_an_attack and last.frames and frame.sentence.index - last.frames[-1].sentence.index <= reach \
            and compatible(finder, last, frame) and not _CORRECTED_DETAIL.search(lx.fold(frame.sentence.text)) \
            and not lx.TALLY_OF_ATTACKS.search(lx.fold(frame.sentence.text)):
        last.thwarted = True
        last.denied = last.denied or bool(lx.NEVER_HAPPENED.search(lx.fold(frame.sentence.text)))
        if last.denied and not frame.places and lx.NO_ATTACK_AT_ALL.search(lx.fold(frame.sentence.text)):
            # ("air defences shot down missiles fired at Shayrat" + "three more aimed at Dumayr had been brought
            # down" ... "No foreign strike had taken place": the claims told just before, all of them)
            # (those of the same day and weapon only: not the strikes of the paragraph before, in a month's brief)
            for event in events:
                if event.frames and not event.denied and 0 < frame.sentence.index - event.frames[-1].sentence.index \
                        <= reach + 2 and compatible(finder, event, frame) and last.precision == event.precision == 1 \
                        and last.date is not None and event.date == last.date \
                        and families_compatible(event.families(), last.families()):
                    event.thwarted = event.denied = True
    owner = _told_of(events, last, frame)
    if frame.places and owner.place_ids() and not compatible(finder, owner, frame):
        # ("UPDATE: The Sadr City toll has risen to seven dead", after bombs told at four other districts: the toll
        # of the attack told at Sadr City)
        owner = next((e for e in reversed(events) if e is not owner and e.frames and e.place_ids()
                      and not e.thwarted and compatible(finder, e, frame)), owner)
    if _tells_more_of(owner, frame, finder) or _names_the_weapon_of(owner, frame):
        owner.frames.append(frame)


#: What the blast just told was: "It was a car bomb.", "The explosion was caused by a roadside device".
_IT_WAS_A = lx.folded(r"^\W*(?:it|the (?:blast|explosion|bang|attack))\s+(?:was|had been)\s+(?:caused by\s+)?"
                      r"(?:an?|the)\s+")


def _names_the_weapon_of(last: Event, frame: Frame) -> bool:
    """Does a sentence say what the blast just told was, at no place of its own ("Reports are coming in of a large
    blast at Sousian" ... "It was a car bomb.")? A live blog's stamps stand between the two."""
    return bool(frame.weapons) and not frame.places and not frame.dates and bool(last.frames) \
        and not any(f.weapons for f in last.frames) and frame.sentence.index - last.frames[-1].sentence.index <= 5 \
        and bool(_IT_WAS_A.match(lx.fold(frame.sentence.text)))


def _sites_listed(frame: Frame, last: Event, events: list[Event], finder: PlaceFinder) -> Event | None:
    """The event a sentence listing the sites of the attack just told adds to, or None when it lists none."""
    listed = _targets_listed(frame, last, finder)
    if listed is None:
        return None
    if isinstance(listed, str):  # "One of them lay at the half-built Karbala airport": a site to propose
        label, family = _weapon_of(last.frames)  # the weapon of the attack it is a site of
        told = dataclasses.replace(frame, proposed=listed, attack=True, places=[], outcome=frame.outcome or "impact",
                                   weapons=frame.weapons or ([(0, label, family)] if family else []))
        return _proposed(None, events, told, (last.date_mention, last.date, last.precision, last.date_basis))
    last.frames.append(listed)
    return last


def _title(title: Frame | None, frame: Frame) -> Frame | None:
    """The report's title: the first sentence of its first line."""
    return frame if title is None and frame.sentence.line == 0 else title


def _standfirst(standfirst: Frame | None, frame: Frame, text: str) -> Frame | None:
    """The first sentence of the report's second line when that line is short, a standfirst under the title
    ("ANALYSIS | The town on the fault line" over "Tuz Khurmatu has buried its dead from every community. Its
    latest bombing shows why ..."): it names what the title only hints at."""
    if standfirst is not None or frame.sentence.line != 1:
        return standfirst
    end = text.find("\n", frame.sentence.start)
    line = text[frame.sentence.start:len(text) if end < 0 else end]
    # (not the page's furniture: "Thursday, May 25, 2017 - 11:02 a.m. EDT (commander by video from Baghdad)")
    # ("A DAY OF MOURNING IN AL-HILLA: ..." under a translator's note: the title itself, in capitals)
    prose = (line.rstrip().endswith((".", "!")) or line.isupper()) and not re.search(r"[\d|()\[\]]", line)
    return frame if prose and len(line.split()) <= _STANDFIRST_WORDS and not _DATELINE_OPENS.match(line) else None


#: The most words of a standfirst's line; the lead's paragraph is longer.
_STANDFIRST_WORDS = 40
#: A line that opens with a wire dateline is the story itself: "BAGHDAD, March 3 (Reuters) -", "ERBIL -".
_DATELINE_OPENS = re.compile(r"^[A-Z][A-Z'’ -]{2,}(?:,|\s[-–—])")


def _after_the_day_told(mention: DateMention, before: list[Frame], anchor: dt.date | None,
                        dated: tuple[dt.date | None, int, str]) -> tuple[dt.date | None, int, str]:
    """`dated` (date, precision, basis), unless it has no date and the mention counts from a day ("that morning"):
    "Leaders were due to meet on Sunday. They never did. That morning a bomber ...": a day counted from the last
    day the sentences just before tell in their own words ("on Sunday"), though they tell no attack. (Read again
    here: a sentence with no word of an attack is not searched for dates when it is read.)"""
    named = _THAT_WEEKDAY.search(mention.text) if mention.follows else None
    weekday = named.group(1).lower() if named else None
    # ("Friday's find recalls the night of 26 March ... that Thursday morning": the Thursday told, not the day
    # the attack before was told on)
    if not mention.follows:
        return dated
    if dated[0] is not None and (weekday is None or dated[0].strftime("%A").lower() == weekday):
        # ("On the morning of Thursday 12 June last year, recruits were still at the academy. The Islamic State had
        # overrun Mosul two days earlier": counted from the day the sentence just before tells, not from the last
        # attack dated)
        # (the day opening that sentence, a scene's: not "before sovereignty is handed back on June 30. Nine days
        # earlier, two suicide bombers ...", a day of something else)
        told = [m.date for m in (before[-1].dates or find_dates(before[-1].sentence.text, anchor)) if m.date
                and m.precision == 1 and not m.follows
                and _OPENS_WITH_A_DAY.match(before[-1].sentence.text[:m.start])] \
            if before and mention.offset_days and mention.text.lower().endswith(("earlier", "later")) else []
        if not told:
            return dated
        return (told[-1] + dt.timedelta(days=mention.offset_days), 1,
                f"'{mention.text}' after the day told just before ({told[-1]})")
    for frame in reversed(before):
        dates = frame.dates or find_dates(frame.sentence.text, anchor)
        days = [m.date for m in dates if m.date is not None and m.precision == 1 and not m.follows
                and (weekday is None or m.date.strftime("%A").lower() == weekday)]
        if days:
            return (days[-1] + dt.timedelta(days=mention.offset_days), 1,
                    f"'{mention.text}' after the day told just before ({days[-1]})")
    return dated


#: A sentence that opens with its day: "On the morning of Thursday 12 June last year, ...".
_OPENS_WITH_A_DAY = re.compile(r"\W*(?:[Oo]n|[Bb]y|[Ll]ate on|[Ee]arly on)\b[^,;.]{0,30}$")
#: Another thing's start, before its day: "after a night of bombardment that began on Tuesday".
_BEGAN_BEFORE = re.compile(r"\bafter (?:a|the|an) [\w -]{1,40}? (?:that|which) (?:had )?(?:began|begun|started)\s+$|"
                           # ("killed ... since the government resumed its air campaign on Tuesday": when a campaign
                           # began, a toll counted since)
                           r"\bsince (?:the|a|an|its|their) [\w -]{1,40}? (?:began|begun|started|resumed|launched|"
                           r"renewed|stepped up) [\w -]{0,40}?$", re.IGNORECASE)
#: A habit told from its first day: "a string of attempts on the Green Zone since June 26".
_SINCE = re.compile(r"\b(?:since|starting|beginning)\s+(?:(?:early |late )?(?:on )?)?$", re.IGNORECASE)
#: A day told back by its weekday: "that Thursday morning".
_THAT_WEEKDAY = re.compile(r"\b[Tt]hat ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def article_events(article: Article, finder: PlaceFinder, anchor: dt.date | None = None) -> list[Event]:
    """The incidents one article reports, each with the frames (sentences) that support it."""
    anchor = anchor or article.date
    anchor = period_end(article.text, anchor) or anchor  # ("Covers Monday 13 to Sunday 19 November": its week)
    headline = Event(article, headline=True)
    events: list[Event] = [headline]
    last = clock = headline  # clock: the event whose date was told last ("the next day" counts from it)
    pending: tuple[Frame, DateMention, dt.date | None, int, str] | None = None
    setting: Frame | None = None  # the sentence just before, when it names one place and tells no attack
    counted_from: tuple[int, Event] | None = None  # (sentence, event) the last offset of a day was counted from
    recent: Frame | None = None  # the last sentence that named one place
    sites_told: dict[str, RolePlace] = {}  # the site the report named last, by what it is ("dam": Tishrin Dam)
    unknown_sites: dict[str, str] = {}  # the same for sites the gazetteer lacks ("headquarters": al-Sakkar)
    logged = len(_LOG_LINE.findall(article.text)) >= 3  # a log whose lines open with their place ("TANAK -- ...")
    # (or with their place and a colon: "Khan Bani Saad: Female suicide bomber ...", three lines or more)
    listed = _listed_by_place(article.text, finder)
    told: list[Frame] = []  # the last sentences read, any of them (for "that morning" after a day told in one)
    correcting: list[tuple[int, Event]] = []  # (sentence, event) a correction withdrew a weapon of, last
    title: Frame | None = None
    lead_site: Frame | None = None  # the lead's site in a town ("the walled compound in the centre of Ramadi")
    standfirst: Frame | None = None  # the line under the title, when short: "Tuz Khurmatu has buried its dead"
    read: list[Frame] = []  # every sentence, as read (for a dateline, the only place of the report's attack)
    section: Section | None = None  # the place a paragraph's heading names ("AL-HILLAH.")
    for frame in _without_false_claims(article, _frames(article, finder, anchor)):
        frame = _in_the_city_told(frame, read, finder)
        frame, section = _under_a_heading(frame, section, article.text, finder)
        read.append(frame)
        told_before, told = told[-2:], [*told[-2:], frame]
        title = _title(title, frame)
        standfirst = _standfirst(standfirst, frame, article.text)
        before, recent = _one_place_told(frame, finder, recent)
        frame = _without_other_attacks(frame, last, events)
        frame = _attack_on_the_place_before(frame, last, finder, before)
        frame = _at_the_site_named_before(frame, sites_told, finder)
        frame = _at_the_towns_own_site(frame, finder)
        frame = _at_the_town_told_before(frame, told_before[-1] if told_before else None, finder)
        frame = _at_the_unknown_site_told_before(frame, unknown_sites, finder)
        frame = _entry_opened_at(frame, finder, logged, listed)
        frame = _with_the_weapon_told(frame, last)
        _remember_sites(frame, sites_told, finder)
        lead_site = _lead_site(headline, frame, lead_site, finder)
        frame, setting = _in_setting(frame, setting, anchor, finder)
        placed = _placed_now(pending, frame, last, headline, events, finder)
        if placed is not None:
            last, clock, pending = placed, placed, None
            continue
        _lead_dates_the_report(headline, frame, anchor)
        site_of_last = (_correction(frame, events, correcting, finder)
                        or _sites_listed(frame, last, events, finder)
                        or _round_at_an_unknown_site(frame, last, events, finder)
                        or _pieces_at_unknown_sites(frame, last, events, finder)
                        or _attack_and_its_second(frame, events, finder)
                        or _ordinal_at_another_place(frame, last, events, finder)
                        or _entry_at_an_unknown_site(frame, headline, clock, events, anchor)
                        # ("Five died in Shula, and three in Amil": a wave of bombs told place by place)
                        or (_tolls_at_other_places(frame, events, finder) if not frame.attack else None))
        if site_of_last is not None:
            last, pending = site_of_last, None
            continue
        if not frame.attack or frame.not_an_attack or _an_earlier_wave(frame):
            pending = None
            last = _the_event_named(frame, events, finder) or last  # ("the Dokri strike was one of two that day")
            _village_told_next(headline, frame, events, finder)
            _site_struck_told_later(last, frame, finder)
            _site_named_later(headline, frame)
            _site_located_later(headline, frame, finder)
            _day_of_the_attack_told_later(last, frame)
            _add_told_more(events, last, frame, finder)
            continue
        mention = _point_date(frame) or _day_told_just_before(frame, told_before, events, last, finder)
        in_lead = frame.sentence.line <= LEAD_LINES
        last = _told_of(events, last, frame, mention)  # "...and both drones were shot down": the drones' attack
        # (the sentence after, or one of the same paragraph after a sentence that tells no attack: "Initial
        # reporting indicated a single rocket. Subsequent assessment confirms that two rockets were launched")
        follows_last = bool(last.frames) and (frame.sentence.index - last.frames[-1].sentence.index <= 1 or (
            frame.sentence.line == last.frames[-1].sentence.line
            and frame.sentence.index - last.frames[-1].sentence.index <= 3))
        if mention is None:
            pending = None
            last = last if _of_another_year(frame, anchor) else \
                _join_undated(frame, last, headline, in_lead, follows_last, finder, events)
            _beside_known_undated(frame, last, events, finder)
            continue
        pending = None
        reference = _same_weekday(mention, events, _reference(mention, frame, headline, clock, counted_from))
        counted_from = (frame.sentence.index, reference)
        # ("2. On the same day, at 15:00 ..." after item 1's "At 06:00 on Saturday, 31 August 2019, ... began a
        # ceasefire", three sentences back: the same day as the last day told, when no attack dated one since)
        same_day = mention.follows and mention.offset_days == 0 and "day" in mention.text.lower() \
            and not any(e.date for e in events)
        date, precision, basis = _after_the_day_told(mention, read[-6:-1] if same_day else told_before, anchor,
                                                     _date_of(mention, reference, frame, anchor))
        _propose_beside_known(frame, events, (mention, date, precision, basis), finder)
        frame = _each_struck_dated(frame, events, (mention, date, precision, basis))
        proposed = (_at_unknown_places(events, last, frame, (mention, date, precision, basis), anchor, finder)
                    or _another_attack(frame, last, events, (mention, date, precision, basis)))
        if proposed is not None:
            _same_day_as_the_reports(proposed, headline, reference, mention)
            last = clock = proposed
            continue
        if _dates_the_headline(headline, frame, mention, date, anchor, finder):
            headline.frames.append(frame)
            headline.set_date(mention, frame, date, precision, basis)
            last = clock = headline
            continue
        if not frame.places and frame.weapons and headline.place_ids() and _VILLAGE_OF.search(frame.sentence.text) \
                and _names_an_unknown_place(frame, finder) and _back_reference(frame, last, finder) is None:
            # "near the village of Malahma, a roadside bomb tore apart a carrier the same day": another attack, at a
            # place the gazetteer cannot read, not the report's own at the place it knows.
            last = clock = _proposed(None, events, frame, (mention, date, precision, basis))
            continue
        if _joins_headline(headline, frame, date, finder, mention):
            _add_to_headline(headline, frame, (mention, date, precision, basis))
            last = clock = headline
            continue
        if not frame.places:
            frame, borrowed = _own_site_or_told_before(frame, last, finder, before)
            # ("the latest of several car bombs in Turkish-held towns": a tally, proposed at no place)
            if borrowed is None and (frame.background
                                     or not (frame.proposed or _names_an_unknown_place(frame, finder))):
                pending = (frame, mention, date, precision, basis)
                continue  # an attack with no place named cannot be mapped, unless the next sentence names it
            if borrowed is None or borrowed.antecedent is not None:
                # "two mortar rounds struck a market in al-Hashimiyah", or "It was hit again" about a site the
                # gazetteer does not know: a place to propose
                last = clock = _proposed(None, events, borrowed or frame, (mention, date, precision, basis))
                continue
            frame = borrowed  # the place told just before
        frame = _site_told_before(frame, last, finder)
        if frame.background and (mention.kind in ("period", "month", "month_year") or _SINCE.search(
                frame.sentence.text, max(0, mention.start - 30), mention.start)):
            # "since last month", "attacks in September", "seized in March 2018 ... and since then struck by car
            # bombs": a habit, not one attack
            continue
        same = _same_event(events[1:], Event(article, [frame], date, precision), frame, finder, mention)
        if same is not None:
            same.frames.append(frame)
            last = clock = same
            continue
        event = Event(article, [frame])
        event.set_date(mention, frame, date, precision, basis)
        events.append(event)
        last = clock = event
    _placed_by_the_title(headline, title if title is None or title.places or standfirst is None else standfirst,
                         events, finder)
    # ("... the walled compound in the centre of Ramadi ... It has now been bombed again and again. The latest
    # attack came at about nine on Monday morning.": the report's attack at the site its lead set it at)
    _placed_at_the_lead(headline, lead_site, finder)
    _placed_by_the_dateline(headline, read, events, finder)
    _same_place_told_later(events, finder)
    _again_on_another_day(events)
    return _finished(events, headline, article, finder, read)


#: Between two days of one sentence, the second a repeat of the attack on the first: "It was targeted on Saturday
#: the 12th, ..., and once more two days later, on Monday the 14th", "hit on the 3rd and again on the 5th".
_AGAIN_BETWEEN = lx.folded(r"[^.;]{0,160}?\b(?:and|then)\s+(?:(?:again|once more|once again|a second time)\b)")


def _again_on_another_day(events: list[Event]) -> None:
    """A sentence that dates its attack and then says it came again on another day ("It was targeted again on
    Saturday the 12th, when ..., and once more two days later, on Monday the 14th, when ..."): the second day's
    attack is an event of its own, at the same place with the same weapon."""
    for event in list(events):
        frame, mention = event.date_frame, event.date_mention
        if frame is None or mention is None or event.precision != 1 or event.date is None \
                or frame not in event.frames:
            continue
        text = frame.sentence.text
        again = _AGAIN_BETWEEN.match(lx.fold(text), mention.end)
        if again is None:
            continue
        later = next((m for m in frame.dates if m.start >= again.end() and m.precision == 1 and not m.follows
                      and m.date is not None and m.date > event.date and m.kind not in ("follow", "clock")), None)
        if later is None or later.date is None or any(
                e.date == later.date and e.place_ids() == event.place_ids() for e in events):
            continue
        second = Event(event.article, [frame], unplaced=event.unplaced)
        second.set_date(later, frame, later.date, 1, f"{later.text!r}, the day it came again")
        events.append(second)


#: A fact-check's claim opens its line: "CLAIM 1: ...", "Claim: ...".
_CLAIM_LINE = re.compile(r"(?m)^\W*(?:CLAIM|Claim)(?:\s+\d+)?\s*:")
#: Its verdict: "VERDICT: FALSE", "Rating: Misleading".
_VERDICT_LINE = re.compile(r"\W*(?:VERDICT|Verdict|RATING|Rating|Our rating)\s*:\s*(?P<verdict>[^\n]{1,60})")
_FALSE_VERDICT = lx.folded(r"\b(?:false|fake|misleading|fabricated|unproven|unsupported|not true|no evidence|altered|"
                           r"out of context|miscaptioned|recycled|old footage)\b")


def _without_false_claims(article: Article, frames: list[Frame]) -> list[Frame]:
    """The frames, those of a fact-check's claims found false telling no attack ("CLAIM 1: 'Missiles slammed into
    Ain al-Asad tonight.' VERDICT: FALSE")."""
    if not _CLAIM_LINE.search(article.text) and not _DEBUNKED.search(article.text):
        return frames
    false = _false_claims(article.text, sentences(article.text))
    return [dataclasses.replace(f, attack=False) if f.sentence.index in false else f for f in frames]


#: A post or paragraph labelled as debunked: "❌ FAKE: a clip ...", "HOAX - ...".
_DEBUNKED = re.compile(r"(?m)^\W*(?:FAKE|FALSE|HOAX|DEBUNKED|FABRICATED)\b\s*[:!–—-]")


def _false_claims(text: str, every: list[Sentence]) -> set[int]:
    """The sentences of a fact-check's claims found false: from a "CLAIM 1:" line to the next claim or the next
    heading in capitals ("WHY IT MATTERS"), when its verdict line says FALSE (or misleading, fabricated...):
    the attacks they tell did not happen as claimed (an attack its own verdict finds TRUE stays)."""
    false: set[int] = set()
    section: list[int] = []
    refuted = False
    debunked = -1  # the line of a post labelled as fake ("FAKE: a clip going round tonight claims to show ...")
    for sentence in every:
        at_line_start = _line_start(text, sentence.start)
        debunked = sentence.line if at_line_start and _DEBUNKED.match(sentence.text) else debunked
        if sentence.line == debunked:
            false.add(sentence.index)
        verdict = _VERDICT_LINE.match(sentence.text) if at_line_start and section else None
        if at_line_start and (_CLAIM_LINE.match(sentence.text) or (
                section and verdict is None and sentence.text.isupper()
                and _whole_line(text, sentence.start, sentence.end))):
            false.update(section if refuted else ())
            section, refuted = ([sentence.index], False) if _CLAIM_LINE.match(sentence.text) else ([], False)
            continue
        if verdict is not None:
            refuted = bool(_FALSE_VERDICT.search(lx.fold(verdict.group("verdict"))))
        if section:
            section.append(sentence.index)
    false.update(section if refuted else ())
    return false


def _village_told_next(headline: Event, frame: Frame, events: list[Event], finder: PlaceFinder) -> None:
    """"Gunmen ... stopped a column at a fake checkpoint late on Sunday ... and killed 27", then "The fighters had
    been searching villages around al-Saadouniya, a farming village south-west of Kirkuk": the report's own
    attack, dated but told at no place, is proposed at the place the sentence right after tells with what it is
    and the gazetteer cannot read."""
    # (or, however far on, the place the report says the attack was put at in the end, whatever it was first said
    # to be: "Italian reports later put it at Palkana, a village in the Kifri area", "The strike was later placed by
    # local officials at Zergele, a village in the Rawanduz district")
    later = _PUT_LATER_AT.search(lx.fold(frame.sentence.text))
    if (headline.place_ids() and later is None) or headline.unplaced or not headline.frames \
            or headline.date is None or not any(f.weapons for f in headline.frames) or frame.background \
            or frame.not_an_attack:
        return
    if frame.sentence.index - headline.frames[-1].sentence.index != 1 and later is None:
        return
    told = lx.NAMED_WITH_APPOSITIVE.search(frame.sentence.text, max(later.start("prep"), later.start("prep2"))
                                           if later else 0) \
        or (_VILLAGE_NAMED.search(frame.sentence.text) if later is None else None)
    if told is None or not finder.why_unplaced_in(frame.sentence.text, told.group("name"), told.start("name")):
        return
    if later is not None:  # (the first account's places are dropped: "a strike on a PKK camp in Qandil")
        headline.frames = [dataclasses.replace(f, places=[], groups=[dataclasses.replace(g, places=[])
                                                                     for g in f.groups]) for f in headline.frames]
    place = dataclasses.replace(frame, places=[], proposed=told.group("name"), dates=[])
    _proposed(headline, events, place, (headline.date_mention, headline.date, headline.precision,
                                        headline.date_basis))


#: A village told as one: "near the village of Deir al-Hajar".
_VILLAGE_NAMED = re.compile(rf"\b(?:village|hamlet) of (?P<name>{lx.NAME_WORD}"
                            r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})")
#: Where the attack was put in the end: "later put it at", "have since placed the blast in".
_PUT_LATER_AT = lx.folded(r"\b(?:it|the (?:blast|attack|explosion|bombing|strike|raid|ambush|incident)) "
                          r"(?:was|has been) (?:later|since|now|finally|eventually) (?:put|placed|located)\b"
                          r"[^.;:]{0,80}?\s"
                          r"(?P<prep>at|in|near|outside) |"
                          r"\b(?:later|since|now|finally|eventually) (?:[\w-]+ )?(?:put|puts|placed|places|located|"
                          r"locates?) (?:it|the (?:blast|attack|explosion|bombing|strike|raid|ambush|incident)) "
                          r"(?P<prep2>at|in|near|outside) ")


#: The munitions of the attack just told, told back as the subject of what they hit: "the bombs hit a building",
#: "The strike had flattened a house", "the missiles landed on".
_ITS_MUNITIONS_HIT = lx.folded(r"\bthe (?:bombs?|(?:air ?|drone )?strikes?|missiles?|rockets?|shells?|blast|explosion|"
                               r"barrage|raid)\s+(?:had\s+|have\s+|has\s+)?(?:hit|struck|landed|fell|destroyed|"
                               r"flattened|levelled|leveled|wrecked|targeted)\b")


def _site_struck_told_later(last: Event, frame: Frame, finder: PlaceFinder) -> None:
    """"Air strike in Syria's Idlib kills 33 soldiers" ... "Reports from the area said the bombs hit a building in
    the village of Balyun": a sentence telling no attack of its own, whose subject is the munitions of the attack
    told, names where they hit, a place the gazetteer lacks: the event keeps it as its finer site (never moved
    there: its point stays the coarser place it is known at)."""
    if last.struck_site or not last.frames or not last.place_ids() or frame.places or frame.not_an_attack \
            or frame.background or last.unplaced:
        return
    text = frame.sentence.text
    low = lx.fold(text)
    hit = _ITS_MUNITIONS_HIT.search(low)
    if hit is None:
        return
    end = min((i for i in (low.find(",", hit.end()), low.find(";", hit.end())) if i >= 0), default=len(low))
    for start, name in ((m.start("name"), m.group("name")) for m in lx.PLACE_PHRASE.finditer(text, hit.end(), end)):
        if name.split()[0] not in lx.NOT_PLACE_WORDS and not name.endswith(("'s", "’s")) \
                and finder.why_unplaced_in(text, name, start).startswith("the gazetteer knows no"):
            last.struck_site = name
            return


#: A sentence that names the attack's site after the fact: "Officials now name the site: Tower 22", "The Pentagon
#: identified the base as Tower 22".
_SITE_NAMED_AS = lx.folded(r"\b(?:names?|named|identif(?:y|ies|ied)|confirm(?:s|ed)?) the (?:site|base|outpost|"
                           r"location|target|post)(?: (?:as|that was (?:hit|struck|attacked)))?\s*:?\s*$")


def _day_of_the_attack_told_later(last: Event, frame: Frame) -> None:
    """"... have claimed the car bombing that ripped through a district of Homs, while officials said on Monday
    ..." + "The attack came on Saturday": a sentence whose subject is the attack just told gives its day, when no
    sentence of it told one (the statement's day is not the attack's)."""
    if last.date is not None or last.date_mention is not None or not last.frames \
            or not _THE_ATTACK_CAME.match(lx.fold(frame.sentence.text)):
        return
    mention = _point_date(frame)
    if mention is None or mention.date is None or mention.follows or mention.precision != 1:
        return
    last.set_date(mention, frame, mention.date, 1, f"{mention.text!r}, the day a later sentence gives the attack")


#: A sentence whose subject is the attack just told, with the verb that gives its time: "The attack came on
#: Saturday", "The bombing took place late on Friday", "That blast happened at dawn on Sunday".
_THE_ATTACK_CAME = lx.folded(r"\W*(?:the|that|this) (?:[\w-]+ )?(?:attack|bombing|blast|explosion|strike|raid|"
                             r"shelling|ambush|assault|massacre)s? (?:came|happened|occurred|took place|"
                             r"was carried out|struck|unfolded|hit)\b")


def _site_named_later(headline: Event, frame: Frame) -> None:
    """"a drone struck a base in north-east Jordan" ... "Officials now name the site: Tower 22": a sentence of no
    attack naming, after those words, the site of the report's own attack, which no place of its own placed: the
    attack is there."""
    if not headline.frames or headline.place_ids() or frame.attack or frame.not_an_attack or frame.background:
        return
    low = lx.fold(frame.sentence.text)
    site = next((p for p in frame.places if p.mention.place.category == "site"
                 and _SITE_NAMED_AS.search(low, max(0, p.mention.start - 60), p.mention.start)), None)
    if site is not None:
        headline.unplaced = False
        headline.frames.append(dataclasses.replace(frame, places=[RolePlace(site.mention, lx.LANDED)], attack=True))


#: A sentence that says where the site of the attack lies: "The post sits in the village of Shir Maghar", "The base
#: is located near Khan al-Asal".
_THE_SITE_LIES = lx.folded(r"^\W*the (?:[\w-]+ )?(?P<noun>post|outpost|base|camp|position|checkpoint|airfield|compound|"
                           r"station|garrison) (?:itself )?(?:sits|lies|is located|is situated|stands|is based) "
                           r"(?:[\w-]+ ){0,2}?(?=in\b|at\b|near\b|outside\b|on the (?:edge|outskirts) of\b)")


#: The report's attack told again by its noun, with where it was: "after the raid on Dahyan", "the strike in Ariha".
_THE_ATTACK_AT = re.compile(r"\b(?i:the (?:[\w-]+ )?(?:raid|attack|strike|bombing|shelling|blast|explosion) "
                            r"(?:on|in|at) (?:the (?:town|village|city) of )?)(?=[A-Z])")
_ATTACK_PLACE = re.compile(r"(?P<name>" + lx.NAME_WORD + r"(?:[ -](?:(?:al|el|ad|as|ash|ar|az)-)?[A-Z][\w'’-]+){0,3})")


def _site_located_later(headline: Event, frame: Frame, finder: PlaceFinder) -> None:
    """"Thirty-five mortar rounds came down on a Turkish observation post in north-western Syria" ... "The post sits
    in the village of Shir Maghar, in the hills north-west of Hama": a sentence of no attack that says where the site
    the report's attack struck lies; or one that tells the attack again by its noun, with where it was ("after the
    raid on Dahyan"). A known place is the attack's, when no place of its own placed it; a place the gazetteer lacks
    is proposed, or, when the attack is known only at a region, kept as its finer site."""
    if not headline.frames or headline.unplaced or frame.attack or frame.not_an_attack or frame.background \
            or frame.proposed:
        return
    low = lx.fold(frame.sentence.text)
    lies = _THE_SITE_LIES.match(low)
    if lies is not None and not re.search(rf"\b{lies.group('noun')}\b", lx.fold(
            headline.frames[-1].sentence.text + " " + headline.frames[0].sentence.text)):
        return
    told_again = None
    if lies is None:
        # ("a coalition air raid struck a bus at a market in northern Yemen" ... "In the hours after the raid on
        # Dahyan, in Saada province, ...": the attack told by its noun, and where it was)
        told_again = _THE_ATTACK_AT.search(frame.sentence.text) \
            if frame.sentence.index - headline.frames[-1].sentence.index <= 2 else None
        if told_again is None:
            return
        lies = told_again
    at = [p.mention.place for f in headline.frames for p in f.places if p.role != lx.LAUNCHED]
    if any(place.category not in ("region", "country") for place in at):
        return  # (a town or a site told already: the sentence only says where it lies)
    # (the first place after the verb: "in the village of Shir Maghar, in the hills north-west of Hama")
    named = _ATTACK_PLACE.match(frame.sentence.text, lies.end()) if told_again is not None \
        else next(lx.PLACE_PHRASE.finditer(frame.sentence.text, lies.end()), None)
    known = next((p for p in frame.places if p.mention.start >= lies.end()), None)
    if known is not None and (named is None or known.mention.start <= named.start("name")):
        if not at and known.mention.place.category not in ("region", "country"):
            headline.frames.append(dataclasses.replace(frame, places=[RolePlace(known.mention, lx.LANDED)],
                                                       attack=True))
        return
    if named is None or named.group("name").split()[0] in lx.NOT_PLACE_WORDS or not finder.why_unplaced_in(
            frame.sentence.text, named.group("name"), named.start("name")).startswith("the gazetteer knows no"):
        return
    if at:
        headline.struck_site = headline.struck_site or named.group("name")
    else:
        headline.unplaced = True
        headline.frames.append(dataclasses.replace(frame, places=[], attack=True, proposed=named.group("name")))


def _placed_by_the_title(headline: Event, title: Frame | None, events: list[Event], finder: PlaceFinder) -> None:
    """"LIVE: Siege at the council building in Tikrit" over entries that tell the attack but name no place: the
    report's own attack is where its title says, when the title names one place (or places one inside another),
    and no other attack of the report was told there ("... research site in Hama struck hours later" over a raid on
    the coast and a second at a village of Hama: the title's Hama is the second's)."""
    if title is None or not title.places or not headline.frames or headline.unplaced or headline.place_ids() \
            or any(f.proposed or f.not_an_attack for f in [*headline.frames, title]) or title in headline.frames \
            or any(_names_an_unknown_place(f, finder) for f in headline.frames):
        return  # (an attack told at a place the gazetteer cannot read is proposed there, never at the title's)
    places = [p.mention.place for p in title.places]
    # (another attack of the same day: not a background one of years before at the same town)
    others = [e for e in events if e is not headline and e.date == headline.date]
    if any(p.mention.place is place or finder.is_within(p.mention.place, place) for e in others
           for f in e.frames for p in f.places for place in places) or any(
            told.mention.text in f.sentence.text for e in others for f in e.frames for told in title.places):
        return  # (nor the place another attack was told at, though only to say where its village lies)
    if all(a is b or finder.is_within(a, b) or finder.is_within(b, a) for a in places for b in places):
        headline.frames.insert(0, title)
        headline.replace_frame(0, title)  # (counted again: the frame went in before those already counted)


def _placed_by_the_dateline(headline: Event, read: list[Frame], events: list[Event], finder: PlaceFinder) -> None:
    """"KIRKUK, Iraq, May 3 (Wire) - A car bomb exploded near a police station on Tuesday ...": a wire story that
    names no other place for its attack tells it in the town it was filed from (the wire's convention). Only when
    nothing in the report points elsewhere: no place-like phrase the gazetteer cannot read in the attack's sentences,
    no place outside the dateline's town in any sentence that is not another attack's own, no "north of the capital"
    ("BAGHDAD - A bomber struck a funeral north of the capital": not Baghdad)."""
    if not headline.frames or headline.unplaced or headline.place_ids() \
            or any(f.proposed or f.not_an_attack for f in headline.frames):
        return
    first = headline.frames[0]
    if len(first.filed_at) != 1 or first.filed_at[0].place.category != "city" or first.sentence.line > 2 \
            or not first.attack or _OUTSIDE_THE_TOWN.search(lx.fold(first.sentence.text)) \
            or any(_names_an_unknown_place(f, finder) for f in headline.frames):
        return
    town = first.filed_at[0].place
    if _names_another_country(headline.article.text, town.country):
        return  # ("BEIRUT -" or "ERBIL -" over a story of Syria: filed from a neighbour)
    others = {id(f) for e in events if e is not headline and e.place_ids() for f in e.frames}
    for frame in read:
        if id(frame) in others:
            continue
        for place in [*(p.mention.place for p in frame.places), *(m.place for m in frame.filed_at)]:
            if place.category in ("country", "admin1"):
                continue  # ("Iraq", "Kirkuk province": they hold the town, they do not move the attack)
            if place is not town and not finder.is_within(place, town):
                return
    headline.replace_frame(0, dataclasses.replace(first, places=[RolePlace(first.filed_at[0], None)]))


def _in_the_city_told(frame: Frame, read: list[Frame], finder: PlaceFinder) -> Frame:
    """"KIRKUK, May 19 (wire) - ..." then "the deadliest in the city since February 9, when three car bombs ...";
    "Baqubah does not look like a front line. ... A suicide bomber tried to drive his car into the police
    headquarters in the city centre": a sentence that tells "the city" and no place of its own is in the one city
    the report has named so far, its dateline's or its text's. With two cities named, even one only to say where
    another place lies ("five kilometres south of Amarah ... down here to Basra ... raided a house in the city"),
    "the city" could be either: left as it is."""
    if frame.places or frame.proposed or frame.not_an_attack or "city" not in frame.sentence.text.lower():
        return frame
    told = THE_CITY.search(lx.fold(frame.sentence.text))
    if told is None or _names_an_unknown_place(frame, finder):
        return frame  # ("Mortar fire came down on Zafaraniyah, in the south-east of the city": proposed there)
    cities: dict[str, PlaceMention] = {}
    for before in read:
        named = [*before.filed_at, *(p.mention for p in before.places)]
        cities.update((m.place.id, m) for m in named if m.place.category == "city")
    if len(cities) != 1:
        return frame
    city = next(iter(cities.values()))
    here = PlaceMention(told.start(), told.end(), frame.sentence.text[told.start():told.end()], city.place,
                        city.query)
    return dataclasses.replace(frame, places=[RolePlace(here, None)])


def _names_a_country(text: str) -> bool:
    """Does the text name a country ("in Syria", "the United States")?"""
    return bool(_countries_named(text))


def _names_another_country(text: str, country: str) -> bool:
    """Does the text name a country other than `country` ("Syria", "the United States", "Turkey")?"""
    return any(code != country for code in _countries_named(text))


def _countries_named(text: str) -> list[str]:
    """The ISO codes of the countries a text names: every run of up to three capitalised words within a run of
    them ("On Monday Syria said", "the United States Central Command") is tried, so that a day or a title next to
    the name does not hide it."""
    from ..countries import country_code

    codes = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for start in range(len(words)):
            for end in range(start + 1, min(start + 3, len(words)) + 1):
                name = " ".join(words[start:end])
                code = country_code(name) if len(name) > 3 else None  # ("In", "Iran"'s "Ira": codes, not names)
                if code is not None:
                    codes.append(code)
    return codes


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


#: Where a wire story's attack is told away from its dateline's town: "north of the capital", "in the town of".
_OUTSIDE_THE_TOWN = lx.folded(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|outskirts)|"
                              r"(?:outside|beyond|outskirts of)\s+the\s+(?:city|capital|town)|"
                              r"(?:town|city|village|district|province|region|area|suburb)\s+of)\b")


#: A line of a list: "-- Near Tal Afar, one strike destroyed ...", "• Kirkuk: two rockets ...".
_LIST_ITEM = re.compile(r"^\s*(?:--?|[•*·–—])\s+\S")


def _another_item(frame: Frame, last: Event, finder: PlaceFinder) -> bool:
    """Is the frame a list's item that tells an attack at another place than the item before it, the attack
    told last ("-- Near Huwayjah, one strike ..." then "-- Near Tal Afar, one strike ...": one attack each)?"""
    if frame.heading >= 0:
        # ("3. Dael (northern countryside). ... a helicopter dropped barrel bombs" after item 2's strike: each item
        # under its place tells an attack of its own)
        return all(f.heading != frame.heading for f in last.frames)
    # (the item told last, whose later sentences may have said more: "- Near Mosul: three strikes. Destroyed were
    # three tactical vehicles ..." then "- Near Al Qaim: three strikes ...")
    opener = _PLACE_THEN_AREA.match if _PLACE_THEN_AREA.match(frame.sentence.text) else _place_colon
    opened = opener(frame.sentence.text)
    if opened is not None and (frame.proposed or any(p.mention.start < opened.end("name") for p in frame.places)):
        # ("al-Rami (Jabal al-Zawiya) — ..." then "Maarat al-Numan (southern countryside) — ...": items opened by
        # their village, one attack each, though a hard wrap ran them into one paragraph; so are "Mosul: ..." lines)
        item = next((f for f in reversed(last.frames) if opener(f.sentence.text)), None)
        if item is not None and item.sentence.index != frame.sentence.index:
            if item.proposed or frame.proposed:
                return item.proposed != frame.proposed
            # (the same town twice, with other weapons: "Mosul: Suicide car bomb ..." then "Mosul: Exchange of fire")
            return not any(finder.related(a.place_id, b.place_id) for a in frame.places for b in item.places
                           if lx.LAUNCHED not in (a.role, b.role)) or (
                bool(frame.weapons) and bool(item.weapons)
                and not families_compatible({w[2] for w in frame.weapons}, {w[2] for w in item.weapons}))
    told = next((f for f in reversed(last.frames) if _LIST_ITEM.match(f.sentence.text)), last.frames[-1])
    return bool(_LIST_ITEM.match(frame.sentence.text)) and told.sentence.line != frame.sentence.line \
        and bool(_LIST_ITEM.match(told.sentence.text)) and not any(
            finder.related(a.place_id, b.place_id) for a in frame.places for b in told.places
            if lx.LAUNCHED not in (a.role, b.role))


def _own_site_or_told_before(frame: Frame, last: Event, finder: PlaceFinder, recent: Frame | None = None
                             ) -> tuple[Frame, Frame | None]:
    """A sentence's attack told at no known place: at the site it names that the gazetteer knows only abroad ("a
    roadside bomb exploded ... in the al-Ashar area": the frame, to propose there, and None), else the place it
    points back to ("The same base was hit again on Thursday": the frame as it is, and the one of that place)."""
    # (a name the gazetteer knows nowhere is proposed as it is: "near Kulajo in the Garmiyan area" is at Kulajo)
    unknown = _names_an_unknown_place(frame, finder)
    site = "" if unknown else _unknown_site_struck(frame, finder)
    if site:
        return dataclasses.replace(frame, proposed=site), None
    if unknown and not _SAME_PLACE.search(lx.fold(frame.sentence.text)):
        # ("shops in the Hurriyah neighbourhood after a truck bomb killed 63 people there": "there" is the place the
        # sentence names, which the gazetteer lacks, not the one told before, be it a district or a town that may
        # not hold it; only "the same base" points back)
        return frame, None
    if _IN_COUNTRIES.search(frame.sentence.text) and not _SAME_PLACE.search(lx.fold(frame.sentence.text)):
        return frame, None  # ("U.S. aircraft struck more than 85 targets in Iraq and Syria": where, no place)
    # ("3. KIRKUK - Tue 22 Nov" then "... on the main road running south out of the city": the city named since)
    return frame, _back_reference(frame, last, finder, recent)


#: Where an attack was told by its countries alone: "in Iraq and Syria", "across Syria".
_IN_COUNTRIES = re.compile(rf"\b(?:in|across|throughout|inside) (?:(?:{COUNTRY_NAME_WORDS})(?:,? and |, |\b))+",
                           re.IGNORECASE)


def _another_attack(frame: Frame, last: Event, events: list[Event],
                    dated: tuple[DateMention, dt.date | None, int, str]) -> Event | None:
    """"Rockets hit X on Sunday, and a second barrage killed a soldier at Y": Y's attack, an event of its own (and
    the title's "rockets hit X and Y" names Y for it, not for the attack at X); None for any other frame."""
    if not (frame.another and last.frames and last.frames[-1].sentence.index == frame.sentence.index):
        return None
    for at, told in enumerate(last.frames):
        kept = [p for p in told.places if p.place_id not in _place_ids(frame)]
        if told.sentence.index == 0 and kept and len(kept) < len(told.places):
            last.replace_frame(at, _without_places(told, _place_ids(frame)))
    event = Event(last.article, [frame])
    event.set_date(dated[0], frame, dated[1], dated[2], dated[3])
    events.append(event)
    return event


def _place_ids(frame: Frame) -> set[str]:
    return {p.place_id for p in frame.places}


def _without_places(frame: Frame, ids: set[str]) -> Frame:
    """The frame without the places `ids`, in its rounds' clauses too."""
    groups = [dataclasses.replace(g, places=[p for p in g.places if p.place_id not in ids]) for g in frame.groups]
    return dataclasses.replace(frame, places=[p for p in frame.places if p.place_id not in ids], groups=groups)


def _entry_at_an_unknown_site(frame: Frame, headline: Event, clock: Event, events: list[Event],
                              anchor: dt.date | None) -> Event | None:
    """A log entry's attack at the site its line names and the gazetteer does not know (_Sections): an attack of
    its own, proposed there, on the day its sentence tells or else on the log's day (the headline's, once read);
    None for any other sentence."""
    if not frame.proposed or not frame.sectioned or frame.places or not frame.attack or frame.not_an_attack:
        return None
    mention = _point_date(frame)
    if mention is not None:
        date, precision, basis = _date_of(mention, _reference(mention, frame, headline, clock, None), frame, anchor)
        return _proposed(None, events, frame, (mention, date, precision, basis))
    return _on_the_day_of(headline, frame, events, unplaced=True, on_headline_day=headline.date is None)


def _same_place_told_later(events: list[Event], finder: PlaceFinder) -> None:
    """"UPDATE: Forces at the same fire base came under attack again this morning" over the original release
    below it that names the base: an attack told with no place but "the same base", before any place was told,
    is at the site of the next attack told (an update is written above what it updates)."""
    for event in events:
        if event.place_ids() or event.unplaced or not event.frames:
            continue
        at = next((i for i, f in enumerate(event.frames) if _SAME_PLACE.search(lx.fold(f.sentence.text))), None)
        if at is None:
            continue
        frame = event.frames[at]
        later = [e for e in events if e is not event and e.frames and e.place_ids()
                 and min(f.sentence.index for f in e.frames) > frame.sentence.index]
        if not later or any(e.place_ids() and min(f.sentence.index for f in e.frames) < frame.sentence.index
                            for e in events):
            continue
        nearest = min(later, key=lambda e: min(f.sentence.index for f in e.frames))
        core = finder.core(nearest.place_ids())
        site = next((p for f in nearest.frames for p in f.places if p.place_id in core and p.role != lx.LAUNCHED
                     and p.mention.place.category == "site"), None)
        if site is None:
            continue
        found = _SAME_PLACE.search(lx.fold(frame.sentence.text))
        assert found is not None
        mention = dataclasses.replace(site.mention, start=found.start(), end=found.end(),
                                      text=frame.sentence.text[found.start():found.end()])
        event.replace_frame(at, dataclasses.replace(frame, places=[RolePlace(mention, lx.TARGETED)]))


#: An attack named as a thing already told: "declined to comment on the attack that targeted the Conoco field".
_AN_ATTACK_TOLD = lx.folded(r"\b(?:the|that|this|an|an earlier|the earlier|the other) (?:attack|strike|assault|raid)s? "
                            r"(?:(?:that|which) (?:targeted|hit|struck)|on|against|at)\s+(?:the\s+)?$")


def _without_other_attacks(frame: Frame, last: Event, events: list[Event]) -> Frame:
    """The frame without a place it names only as the site of another attack the report told before ("the drone
    that approached al-Tanf was shot down ...; he declined to comment on the attack that targeted the Conoco
    field"): that place is not where this sentence's rounds went."""
    if len(frame.places) < 2 or not last.frames:
        return frame
    others = {i for e in events if e is not last for i in e.place_ids()} - last.place_ids()
    text = frame.sentence.text
    kept = [p for p in frame.places if not (
        p.place_id in others
        and _AN_ATTACK_TOLD.search(lx.fold(text[max(0, p.mention.start - 60):p.mention.start])))]
    if len(kept) == len(frame.places) or not kept:
        return frame
    return dataclasses.replace(frame, places=kept)


ARTICLE_DAY = "the article's date (the report names no day)"
#: A sentence that tells the day of the attacks a heading named: "briefed the committee on the raids of the night
#: of Tuesday last week".
_THE_RAIDS = lx.folded(r"\bthe (?:(?:air|drone|rocket|missile|turkish|israeli|american|us|coalition)\s+)?"
                       r"(?:raids|strikes|attacks?|bombing|shelling|bombardment)\s+(?:of|on)\b")


def _day_of_the_raids(headline: Event, article: Article) -> DateMention | None:
    """The one day a sentence just after the headline's gives "the raids" it names, when no attack sentence of the
    report told a day ("Item 1 - Turkish air raids on Nineveh" + "1.1 ... briefed the committee on the raids of the
    night of Tuesday last week"); None otherwise."""
    if not headline.frames:
        return None
    first = min(f.sentence.index for f in headline.frames)
    for sentence in sentences(article.text)[first + 1:first + 4]:
        if not _THE_RAIDS.search(lx.fold(sentence.text)):
            continue
        days = [m for m in find_dates(sentence.text, article.date)
                if m.date is not None and m.precision == 1 and not m.follows]
        if len(days) == 1:
            return days[0]
    return None


def _same_day_as_the_reports(event: Event, headline: Event, reference: Event, mention: DateMention) -> None:
    """"On the same day, a rocket landed in Kafr Nuran village" after the report's attack, which has its day only
    once the whole report is read: that day."""
    if event is not headline and event.date is None and reference is headline and mention.follows \
            and mention.offset_days == 0:
        event.on_headline_day = True


def _day_the_paragraph_before_opens_with(headline: Event, article: Article) -> DateMention | None:
    """"1. On 21 March, an escalation of hostilities was reported in western Aleppo. This update summarises the
    incidents reported on that day." + "2. Shelling was reported in Al-Atareb town": the report's attack, told with
    no day, is on the day a sentence of the paragraph just before opens with (a day before the report's own);
    None when there is none."""
    if not headline.frames or article.date is None:
        return None
    every = sentences(article.text)
    first = every[min(f.sentence.index for f in headline.frames)]
    for sentence in reversed(every[max(0, first.index - 4):first.index]):
        if sentence.line < first.line - 2:
            break
        days = [m for m in find_dates(sentence.text, article.date) if m.date is not None and m.precision == 1
                and not m.follows and m.start <= 3 and m.date <= article.date]
        if days:
            return days[0]
    return None


def _day_the_scene_is_set(headline: Event, article: Article, read: list[Frame],
                          finder: PlaceFinder) -> DateMention | None:
    """"QAMISHLI - Families who had gone out on Wednesday evening were sitting down to dinner when the bombs began."
    + "The first went off at about 10:05 p.m. inside the Miami": the report's attack, told in the body with no day,
    is on the one day the sentence just before it sets its scene on, when that sentence tells no attack of its own
    and names no place away from the attack's; None otherwise."""
    body = [f for f in headline.frames if f.sentence.line > 0 and not f.dates]
    if not body or article.date is None or any(f.dates for f in headline.frames):
        return None
    here = [q.mention.place for f in headline.frames for q in f.places]
    for first in sorted(body, key=lambda f: f.sentence.index):
        scene = next((f for f in read if f.sentence.index == first.sentence.index - 1), None)
        if scene is None or scene.attack or scene.not_an_attack or scene.sentence.line < first.sentence.line - 1 \
                or len(scene.dates) != 1:
            continue
        day = scene.dates[0]
        if day.date is None or day.precision != 1 or day.follows \
                or not article.date - dt.timedelta(days=7) <= day.date <= article.date:
            return None
        if here and all(any(p.mention.place is q or finder.is_within(p.mention.place, q)
                            or finder.is_within(q, p.mention.place) for q in here) for p in scene.places):
            return day
        return None
    return None


def _dated_by_the_briefing(events: list[Event], told: DateMention) -> None:
    """The headline, and the events dated to the report for want of a day, on the day the briefing told."""
    for event in events:
        if event.headline or (event.date_basis == ARTICLE_DAY and event.date_mention is None):
            event.set_date(told, None, told.date, 1, f"{told.text!r}, the day of the raids the report tells")


def _finished(events: list[Event], headline: Event, article: Article, finder: PlaceFinder,
              read: list[Frame]) -> list[Event]:
    """The article's events once every sentence is read: the headline dated to the report when it names no day,
    the events told before the headline's day was read on that day, and none that did not happen."""
    _title_of_unplaced(events, headline, article)
    if headline.date is None and headline.date_mention is None and article.date is not None and (
            headline.frames or any(e.on_headline_day for e in events)):
        # The report names no day for its own news: date it to the report (ACLED: within a week or so), or to
        # its month when that is all the report says of its date ("SYRIA MONTHLY BRIEF | April 2018").
        # (not an attack to propose at a place the gazetteer lacks, on so little: a feature's flashback)
        if article.date_source == MONTH_LINE_SOURCE:
            if headline.place_ids():
                headline.set_date(None, None, article.date.replace(day=15), 3, "the month the report's heading gives")
        elif (raids_day := _day_of_the_raids(headline, article)) is not None:
            _dated_by_the_briefing(events, raids_day)
        elif (day := _day_the_paragraph_before_opens_with(headline, article)) is not None:
            headline.set_date(day, None, day.date, 1, f"{day.text!r}, the day the paragraph before opens with")
        elif (day := _day_the_scene_is_set(headline, article, read, finder)) is not None:
            headline.set_date(day, None, day.date, 1, f"{day.text!r}, the day of the scene the sentence before sets")
        else:
            headline.set_date(None, None, article.date, 2, ARTICLE_DAY)
    if not headline.frames:
        events.remove(headline)
    for event in [e for e in events if not e.headline and e.date is None and e.frames
                  and all(f.sentence.line == 0 for f in e.frames)]:
        # "Drone strikes X; indirect fire lands near Y": the title's second attack, told again (and dated) below
        told = next((e for e in events if e is not event and e.date is not None and e.place_ids() & event.place_ids()
                     and families_compatible(e.families(), event.families())), None)
        if told is not None:
            told.frames[:0] = event.frames
            events.remove(event)
    for event in events:
        if event.on_headline_day and event.date is None:
            event.set_date(headline.date_mention, headline.date_frame, headline.date, headline.precision,
                           headline.date_basis)
    covered = period_day(article.text, article.date)
    for event in events:
        # (a daily bulletin's attacks, issued the day after the one it covers: that day)
        if covered is not None and (event.date_basis == ARTICLE_DAY or event.date is None) \
                and event.date_mention is None:
            event.set_date(covered, None, covered.date, 1, f"{covered.text!r}, the day the report covers")
    for event in events:
        _site_within_the_town(event, finder)
    # The headline stays even without a place, so that the user hears it was left out and why.
    events = [e for e in events if not e.denied and not (e.thwarted and not any(_happened(f) for f in e.frames))]
    return [e for e in events if e.headline or e.unplaced or any(f.places for f in e.frames)]


def _site_within_the_town(event: Event, finder: PlaceFinder) -> None:
    """"An explosion ripped the front off the UN headquarters in Baghdad" + "The blast went off beside the Canal
    Hotel": an attack placed only at towns, whose own sentences name the site it struck, a site the gazetteer does
    not know, is proposed at that site for the analyst to place, not put at the town's centre."""
    places = [p for f in event.frames for p in f.places if p.role != lx.LAUNCHED]
    if event.unplaced or not places or any(p.mention.place.category not in ("city", "region") for p in places):
        return
    families = {w[2] for w in event.frames[0].weapons} if event.frames else set()
    for index, frame in enumerate(event.frames):
        its_own = {w[2] for w in frame.weapons}
        if _ALSO.search(lx.fold(frame.sentence.text)) \
                or (families and its_own and not families_compatible(families, its_own)):
            continue  # ("Artillery has also shelled villages in the Sidakan area almost daily": other attacks)
        site = _unknown_site_struck(frame, finder)
        if site:
            event.unplaced = True
            for at, told in enumerate(event.frames):
                kept = [p for p in told.places if p.role == lx.LAUNCHED]
                event.replace_frame(at, dataclasses.replace(told, places=kept,
                                                            proposed=site if at == index else told.proposed))
            return


def _unknown_site_struck(frame: Frame, finder: PlaceFinder) -> str:
    """The site a sentence says the attack struck, when its name says it is one ("beside the Canal Hotel", "in the
    Wadi al-Naft area") and the gazetteer does not know it; "" otherwise. Not where the wounded were taken, nor
    where the attackers fired from."""
    text = frame.sentence.text
    towns = [p for p in frame.places if p.role != lx.LAUNCHED]
    # ("struck a vehicle in that village, Saydan, in the Qarahanjir area": the village named, before the area it lies
    # in, though a namesake abroad bears its name)
    # (or "Sinjar -- A drone struck a vehicle in the village of Bare in the Khana Sor area": but not "struck the
    # outskirts of al-Atarib and the village of Abeen", another place of a list)
    village = _VILLAGE_IN_APPOSITION.search(text) or lx.VILLAGE_NAMED.search(text)
    if village is not None and any(" and " in (text[p.mention.end:village.start()] if p.mention.end <= village.start()
                                               else text[village.end():p.mention.start]) for p in towns):
        village = None
    if village is not None and not any(p.mention.start == village.start("name") for p in frame.places) \
            and finder.why_unplaced(village.group("name"), abroad_too=True).startswith("the gazetteer knows") \
            and not lx.CARE_BEFORE.search(lx.fold(text[max(0, village.start() - 40):village.start()])):
        return village.group("name")
    for name in finder.place_phrases(text):
        start = text.find(name)
        end = start + len(name)
        before = lx.fold(text[max(0, start - 40):start])
        if start < 0 or lx.CARE_BEFORE.search(before) or _FROM_BEFORE.search(before) \
                or _town_site(name, finder):
            continue  # (a town's airport the gazetteer lacks is more often one it spells otherwise)
        # (the sentence's town, if it names one, is the one the site lies in: "the al-Rashid Hotel in central
        # Baghdad"; not another attack's: "... in Koya; artillery also shelled villages in the Sidakan area")
        # ("Qasr al-Basra": the town inside the site's name is no other place)
        outside = [p for p in towns if not start <= p.mention.start < end]
        if outside and not any(_SITE_IN.fullmatch(text, end, p.mention.start) for p in outside):
            continue
        # (a site told as one is no place abroad that bears its name: "the al-Ashar area" of Basra is no Iranian
        # village)
        if (lx.PLACE_TYPED.fullmatch(name) or lx.BUILDING_NAME.fullmatch(name) or lx.ARABIC_SITE.fullmatch(name)
                or _AREA_AFTER.match(text, end)) \
                and finder.why_unplaced(name, abroad_too=True).startswith("the gazetteer knows"):
            return name
    return ""


#: A village named after the word, in apposition: "in that village, Saydan, in the Qarahanjir area".
_VILLAGE_IN_APPOSITION = re.compile(r"\b(?:in|at|on|near) (?:that|this|the|a|one) (?:small |remote |tiny |farming |"
                                    r"mountain |border )?(?:village|hamlet),\s+(?P<name>" + lx.NAME_WORD
                                    + r"(?: (?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}),")
#: A site named with its kind in lower case: "the Haseer market", "the al-Quds hospital".
_LOWER_KIND_LAST = re.compile(r"\s" + lx.LOWER_SITE_KINDS + r"$")


def _town_site(name: str, finder: PlaceFinder) -> bool:
    """Is the name a known town's airport, oil field or dam ("Erbil airport", "the Kirkuk oil field"), not a site of
    its own name ("the Khor Mor gas field": Khor Mor is no town the gazetteer knows)?"""
    kind = re.search(lx.TOWN_SITE_KINDS, name)
    if not kind:
        return False
    head = re.sub(r"^(?:the|al-)\s*", "", name[:kind.start()].strip(" '’s"), flags=re.IGNORECASE)
    return not head or not finder.why_unplaced(head, abroad_too=True).startswith("the gazetteer knows")


#: Between a site and the town it lies in: "the al-Rashid Hotel in central Baghdad".
_SITE_IN = re.compile(r"(?:\s+(?:area|district|neighbou?rhood|quarter|sub-?district|subdistrict|nahiya))?"
                      r",?\s+(?:in|inside|of)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown|"
                      r"old|north|south|east|west)(?:ern)?\s+)?")


#: Where a name is where rounds came from: "fired from the al-Shaab Stadium".
_FROM_BEFORE = lx.folded(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
#: A name told as an area of its own: "the Wadi al-Naft area", "the Zayouna district".
_AREA_AFTER = re.compile(r"\s+(?:area|district|neighbou?rhood|quarter|sub-?district|subdistrict|nahiya)\b")


def _title_of_unplaced(events: list[Event], headline: Event, article: Article) -> None:
    """"Nine tourists killed at mountain resort near Zakho" over "yesterday ... guns fired on the resort at
    Parakh, a village in the hills north-east of Zaxo": a title that tells no day, over a lead that tells the
    attack, dated, at a place the gazetteer cannot read, is that attack's title; it is no attack of its own at the
    town it names (the proposed row stays to be placed)."""
    # (the title may sit under a masthead and a date line: a line with no full stop among the first three)
    if not headline.frames or headline.date_mention is not None or article.date is None \
            or any(f.sentence.line > 2 or f.sentence.text.rstrip().endswith(".") for f in headline.frames):
        return
    told = [e for e in events if e.unplaced and e.date is not None and e.frames
            and e.frames[0].sentence.line <= LEAD_LINES and 0 <= (article.date - e.date).days <= HEADLINE_WINDOW_DAYS
            and families_compatible(e.families(), headline.families())]
    if len(told) == 1 and len([e for e in events if not e.headline]) == 1:
        headline.frames.clear()
        return
    # ("Turkish jets hit Makhmour refugee camp hours after raid on Sinjar" over "Turkish warplanes bombed a site
    # inside the Makhmour refugee camp ... early on Friday, the latest in a run of raids": the lead's attack at the
    # title's place, dated, is the title's, though the lead reads as one of a run)
    same = [e for e in events if not e.headline and e.date is not None and e.frames
            and e.frames[0].sentence.line <= LEAD_LINES and 0 <= (article.date - e.date).days <= HEADLINE_WINDOW_DAYS
            and families_compatible(e.families(), headline.families()) and e.place_ids() & headline.place_ids()]
    if len(same) == 1:
        same[0].frames[:0] = headline.frames
        same[0].replace_frame(0, same[0].frames[0])  # (counted again: frames went in before those counted)
        headline.frames.clear()


def _happened(frame: Frame) -> bool:
    """Does a sentence tell rounds landing, being stopped in the air, or harming?"""
    return bool(frame.roles(lx.LANDED) or frame.outcome in ("impact", "intercepted", "shot_down", "missed")
                or frame.fatalities or frame.injuries or (frame.damage and not frame.damage.lower().startswith("no ")))


# -- what an event says, summed over its sentences ------------------------------------------------
@dataclass
class Row:
    """One line of the output: rounds of one outcome at one place."""

    place: RolePlace | None
    outcome: str
    count: int | None
    frame: Frame
    explicit: bool = True  # the place was named with the outcome, not taken from the target
    ordinal: bool = False  # counted as "a third": these rounds add to the others
    rest: bool = False  # "the others hit the base": the total less the rounds counted in other rows
    partitive: bool = False  # "one of them scored a hit": some of more rounds
    finer: str = ""  # a place inside this row's that the report names and the gazetteer lacks ("the Babylon Hotel")


@dataclass
class Summary:
    weapon: str
    family: str | None
    count: int | None
    count_note: str
    target: RolePlace | None
    launch: RolePlace | None
    rows: list[Row]
    damage: str
    fatalities: int | None
    injuries: int | None
    claimed_by: str
    unclaimed: bool


_SPECIFIC = ("107mm", "122mm", "240mm", "Katyusha", "Grad", "RPG", "Hellfire")


def per_weapon(events: list[Event]) -> list[Event]:
    """A report's events, each told with weapons that are not one another's made one event per weapon (see
    _split_by_weapon); a part whose weapon, day and places another event of the report tells too is one event with
    it ("Rockets and mortar rounds struck the base on Tuesday. ... three mortar rounds landed inside")."""
    out: list[Event] = []
    parts: set[int] = set()  # the positions in `out` of the parts of split events
    for event in events:
        split = _split_by_weapon(event)
        if len(split) > 1:
            parts |= set(range(len(out), len(out) + len(split)))
        out += split
    if not parts:
        return events
    gone: set[int] = set()
    for i in sorted(parts):
        for j, other in enumerate(out):
            if j != i and j not in gone and i not in gone and _same_attack(out[i], other):
                first, second = min(i, j), max(i, j)
                frames = sorted([*out[first].frames, *out[second].frames], key=lambda f: f.sentence.index)
                out[first] = dataclasses.replace(out[first], frames=frames)
                gone.add(second)
    return [e for k, e in enumerate(out) if k not in gone]


def _same_attack(a: Event, b: Event) -> bool:
    """One weapon's attack on one day at the same places, told twice in a report."""
    return a.date == b.date and a.precision == b.precision and bool(a.families()) \
        and a.families() == b.families() and bool(a.place_ids()) and a.place_ids() == b.place_ids()


def _split_by_weapon(event: Event) -> list[Event]:
    """An attack told with weapons that are not one another's ("rockets and mortar rounds struck the base", "a
    roadside bomb hit the patrol, then gunmen opened fire on it") as one event per weapon, each with its own count
    ("four rockets and three mortar rounds landed"): an incident is one weapon at one place on one day, as the
    field codes them, so each weapon's rounds and outcome are told apart. The sentences that name no weapon (the
    toll, the claim) stay with the weapon told first."""
    told: list[str] = []
    for frame in event.frames:
        if frame.attack and not frame.not_an_attack:
            told += [family for family in dict.fromkeys(w[2] for w in frame.weapons) if family not in told]
    # ("Iranian missiles and drones struck Koya": weapons told side by side are two, even of kinds that go
    # together, as a drone's missile does; not "destroyed a vehicle and a car bomb": what strikes hit)
    # (a title sums up the report: "Iranian missiles and drones hit Kurdish opposition bases" may tell of several
    # places, each hit by one of them)
    side_by_side = {frozenset({a[2], b[2]}) for f in event.frames if f.attack and not f.background
                    and not (f.sentence.line == 0 and not f.sentence.text.rstrip().endswith((".", "!", "?")))
                    and not _SERIES_OR_DENIED.search(lx.fold(f.sentence.text))
                    for a, b in zip(f.weapons, f.weapons[1:], strict=False) if a[2] != b[2]
                    and _SIDE_BY_SIDE.fullmatch(f.sentence.text, a[0] + len(a[1]), b[0]) is not None
                    and not _ATTACKS_AFTER.match(f.sentence.text, b[0] + len(b[1]))
                    and not _HIT_AS_TARGETS.search(lx.fold(f.sentence.text[max(0, a[0] - 60):a[0]]))}
    kinds: list[set[str]] = []
    for family in told:
        kind = next((k for k in kinds if families_compatible(k, {family})
                     and not any(frozenset({family, other}) in side_by_side for other in k)), None)
        if kind is None:
            kinds.append({family})
        else:
            kind.add(family)
    # Another weapon is another attack only when told beside the first, or as the attack going on with it ("...,
    # and gunmen then opened fire"); named elsewhere in the event ("led to the drone strike on ...", "destroyed
    # three mortar crews") it is no weapon of this attack, which keeps the weapon it names most.
    going_on = {w[2] for before, frame in zip(event.frames, event.frames[1:], strict=False) if not frame.places
                and not _SERIES_OR_DENIED.search(lx.fold(frame.sentence.text))
                and frame.sentence.index == before.sentence.index and frame.attack and before.weapons
                and not families_compatible({v[2] for v in before.weapons}, {v[2] for v in frame.weapons})
                for w in frame.weapons
                if not _HIT_AS_TARGETS.search(lx.fold(frame.sentence.text[max(0, w[0] - 60):w[0]]))}
    if len(kinds) < 2:
        return [event]
    apart = [kinds[0]]
    for kind in kinds[1:]:
        if kind & going_on or any(frozenset({a, b}) in side_by_side for a in kind for k in apart for b in k):
            apart.append(kind)
        else:
            apart[0] = apart[0] | kind
    kinds = apart
    if len(kinds) < 2:
        return [event]
    parts = []
    for number, kind in enumerate(kinds):
        frames = [_with_weapons_of(frame, kind) for frame in event.frames
                  if any(w[2] in kind for w in frame.weapons) or (not frame.weapons and number == 0)]
        if not any(f.places for f in frames):
            # ("..., and gunmen then opened fire on the wounded"): at the places the attack's other weapon was
            # told at, without that weapon's rounds or toll
            sites = [dataclasses.replace(f, weapons=[], count=None, count_text="", groups=[], fatalities=None,
                                         injuries=None) for f in event.frames if f.places and f not in frames]
            frames = sorted([*frames, *sites], key=lambda f: f.sentence.index)
        parts.append(dataclasses.replace(event, frames=frames))
    return parts


def _with_weapons_of(frame: Frame, kind: set[str]) -> Frame:
    """The frame with only the weapons of `kind`; its count the one told before that weapon when it names others
    too ("Four rockets and three mortar rounds landed": four for the rockets)."""
    mine = [w for w in frame.weapons if w[2] in kind]
    if len(mine) == len(frame.weapons):
        return frame
    text = lx.fold(frame.sentence.text)
    counts = [_COUNT_BEFORE.search(text[:position]) for position, _, _ in mine]
    count = next((lx.number_value(m.group("number")) for m in counts if m is not None), None)
    return dataclasses.replace(frame, weapons=mine, count=count, count_text="",
                               groups=[g for g in frame.groups if g.family is None or g.family in kind])


#: What strikes hit, not what struck: "destroyed a vehicle and a car bomb", "seized rockets and mortar rounds".
_HIT_AS_TARGETS = lx.folded(r"\b(?:destroy\w*|seiz\w*|found|finds?|captur\w*|silenc\w*|dismantl\w*|defus\w*|"
                            r"recover\w*|confiscat\w*|caches?|depots?|launchers?|stockpiles?|storage|warehouses?|"
                            r"workshops?|factor(?:y|ies)|production|(?:locations|facilities|sites) for)\b[^.;]*$")
#: Weapons of many attacks, or of one denied: "the latest in a series of drone and rocket attacks", "reports ...
#: that U.S. aircraft then bombed a militia position ... are not accurate".
_SERIES_OR_DENIED = lx.folded(r"\b(?:series|string|spate|wave|campaign|dozens|scores|hundreds) of\b|"
                              r"\blatest (?:in|of)\b|\bnot (?:accurate|true|correct)\b|\binaccurate\b|\buntrue\b|"
                              r"\bdenied\b")
#: Attacks counted or told in general after the weapons that name them: "a run of drone and rocket attacks".
_ATTACKS_AFTER = re.compile(r"\w*\s+(?:attacks|strikes|assaults|incidents)\b", re.IGNORECASE)
#: Between two weapons named side by side: "missiles and drones", "rockets, mortars".
_SIDE_BY_SIDE = re.compile(r"\w*(?:\s*,\s*(?:and\s+)?|\s+(?:and|as well as|&)\s+)(?:\w+\s+)?", re.IGNORECASE)
#: The number of rounds told just before a weapon's name: "four (107mm) rockets".
_COUNT_BEFORE = lx.folded(rf"\b(?P<number>{lx.NUMBER_PATTERN})\s+(?:[\w-]+\s+){{0,2}}$")


def per_site(event: Event, summary: Summary, finder: PlaceFinder) -> list[tuple[Event, Summary]]:
    """An event told at sites apart, aimed at no one target ("gunmen struck Abu Ghraib prison and the jail at
    Taji, 20 km to the north", "car bombs went off in New Baghdad, Habibiya and Kazimiyah"), as one incident per
    site: an incident is one place on one day, as ACLED codes events. Rounds of one attack aimed at one target
    ("two landed in Mansour, one in Harithiya") stay one incident, and so do places related (a base and its
    town, sites a few kilometres apart)."""
    placed = [r for r in summary.rows if r.place is not None]
    if summary.target is not None or len({r.place.place_id for r in placed if r.place}) < 2:
        return [(event, summary)]
    sites: list[list[Row]] = []
    for row in placed:
        site = next((s for s in sites if any(finder.related(row.place.place_id, r.place.place_id)
                                             for r in s if row.place and r.place)), None)
        if site is None:
            sites.append([row])
        else:
            site.append(row)
    if len(sites) < 2:
        return [(event, summary)]
    sites[0] += [r for r in summary.rows if r.place is None]
    split = []
    for rows in sites:
        counts = [r.count for r in rows]
        count = sum(c for c in counts if c is not None) if all(c is not None for c in counts) else None
        split.append((copy.copy(event), dataclasses.replace(summary, rows=rows, count=count, count_note="")))
    return split


def _most_specific(finder: PlaceFinder, places: list[RolePlace]) -> RolePlace | None:
    """The innermost of the places named, the most often named among equals."""
    if not places:
        return None
    counts = Counter(p.place_id for p in places)
    best = places[0]
    for candidate in places[1:]:
        inner = finder.is_within(candidate.mention.place, best.mention.place) or finder.site_in_town(
            candidate.mention.place, best.mention.place)
        outer = finder.is_within(best.mention.place, candidate.mention.place) or finder.site_in_town(
            best.mention.place, candidate.mention.place)
        if inner or (not outer and counts[candidate.place_id] > counts[best.place_id]):
            best = candidate
    return best


def _weapon_of(frames: list[Frame]) -> tuple[str, str | None]:
    """(label, family) of the weapon the frames name most: the most specific label of the commonest family."""
    weapons = [w for f in frames for w in f.weapons]
    # ("Shelling ... continued: two mortar rounds came down": of families told as often, the one that names the
    # weapon, not the word for any fire of guns)
    told = Counter(w[2] for w in weapons)
    family = max(told, key=lambda f: (told[f], f != "shell")) if weapons else None
    labels = [w[1] for w in weapons if w[2] == family]
    weapon = max(labels, key=lambda label: (sum(s in label for s in _SPECIFIC), -labels.index(label)), default="")
    return weapon, family


#: A figure told as a correction of an earlier one: "officials later said", "revised", "UPDATE:".
_REVISION = lx.folded(r"\b(?:later (?:said|says|put|revised|corrected|raised|lowered)|revised|corrected|correction|"
                      r"now (?:says?|puts?|believes?)|updated? (?:figure|count|toll|tally)|update\b[^:.\n]{0,30}:|"
                      # "three rockets, not two, had been fired"
                      rf"clarified|not (?:{lx.NUMBER_PATTERN}),|"
                      # "first counted six; by daylight the ministry put the number at twelve"
                      r"put the (?:number|figure|count|total|tally) (?:of [\w-]+ )?(?:up |down )?at|"
                      # "raised the number of rockets to an estimated fourteen"
                      r"(?:raised|lowered|revised) (?:the|its|their) (?:number|figure|count|total|tally) "
                      r"(?:of [\w-]+ )?(?:up |down )?to|"
                      r"in fact|actually|(?:not|rather than) [\w-]+,? as (?:first|initially|earlier|previously) "
                      r"(?:reported|said|stated)|"
                      # "the first count spoke of three rockets, but ... four craters, so the number is four"
                      r"so the (?:number|figure|count|total) (?:is|was)|"
                      r"the (?:correct|true|actual|final) (?:number|figure|count|total) (?:is|was))\b")


def _total_count(frames: list[Frame]) -> tuple[int | None, str, bool]:
    """The largest figure told is the total ("two rockets"); smaller ones are parts ("one was intercepted"). A
    figure told as a correction ("officials later said six rockets struck") replaces the figures before it."""
    revised = [f for f in frames if f.count is not None and _REVISION.search(lx.fold(f.sentence.text))
               # "later said three were shot down" tells a part, not a new total
               and not any(pattern.search(lx.fold(f.sentence.text)) for pattern, outcome in lx.OUTCOME_CUES
                           if outcome != "impact")]
    if revised:
        last = max(revised, key=lambda f: f.sentence.index)
        if any(f.count is not None and f.sentence.index < last.sentence.index for f in frames):
            note = last.count_text if last.count_text.lower().startswith(("at least", "up to", "more than")) else ""
            return last.count, note, True
    count, note = None, ""
    # ("the dead from the two explosions": blasts tallied over the attacks told, when a sentence counts this one's)
    counted = [f for f in frames if f.count is not None and not f.tally] or frames
    for frame in counted:
        if frame.count is not None and (count is None or frame.count > count):
            count = frame.count
            note = frame.count_text if frame.count_text.lower().startswith(("at least", "up to", "more than")) else ""
    if count is None:
        note = next((f.vague_count for f in frames if f.vague_count), "")
    # "a car bomb exploded ...; a second car blew up ... A third device ... went off": the third round of the
    # attack, told in a sentence of its own at no place of its own, makes three at least (a second car told at
    # its own village is an attack of its own there, of one car).
    told_nth = max((lx.ORDINALS[m.group("nth")] for f in frames if f.weapons and not f.places and not f.proposed
                    for m in _NTH_ROUND.finditer(lx.fold(f.sentence.text))), default=0)
    if count is not None and told_nth > count:
        count = told_nth
    return count, note, False


#: A round told by its rank in the attack: "a third device", "the fourth rocket" (not "the third car bombing this
#: month", "a second attack").
_NTH_ROUND = lx.folded(r"\b(?:a|the) (?P<nth>second|third|fourth|fifth),? (?:[\w-]+,? ){0,1}?"
                       r"(?:device|car|truck|lorry|vehicle|bomb|car bomb|bomber|suicide bomber|rocket|mortar|shell|"
                       r"missile|drone|round|explosion|blast)\b(?! (?:attack|bombing|strike)s?\b)"
                       r"(?![^.;]{0,30}\b(?:this (?:week|month|year)|in (?:a|as many|two|three|four|\d+) "
                       r"(?:days|weeks|months)|since|so far)\b)"
                       # ("recovered a third rocket that had not been fired")
                       r"(?![^.;]{0,30}\b(?:not (?:been )?(?:fired|launched)|unfired|failed to))")


def _schema_outcome(outcome: str, family: str | None) -> str:
    # A C-RAM "shoots down" rockets: the schema calls that intercepted.
    return "intercepted" if outcome == "shot_down" and family not in ("drone", "missile") else outcome


def _told_rounds(frames: list[Frame], family: str | None, finder: PlaceFinder) -> tuple[list[Row], dict[str, Row]]:
    """The clauses that tell an outcome, merged across sentences by outcome and place: (placed rows, unplaced
    rows by outcome). A clause about another weapon ("...; rockets fall short of Ain al-Asad" in a headline
    about drones) is another attack."""
    placed: dict[tuple[str, str], Row] = {}
    unplaced: dict[str, Row] = {}
    for frame in frames:
        for group in frame.groups:
            if group.family and family and not families_compatible({group.family}, {family}):
                continue
            outcome = _schema_outcome(group.outcome, family)
            # (a frame proposed at a site the gazetteer cannot read keeps no place that only said where the site
            # lies: "the Khor Mor gas field in Chamchamal district" was hit, not the district)
            sites = _sites(finder, [p for p in group.places if (not frame.proposed or p in frame.places)
                                    and not _alarm_at(frame, p)])
            # "Three rockets struck Harir, Erbil airport and Ain al-Asad": one round at each; "rockets hit Balad
            # and Camp Taji": rounds at each, how many at which untold.
            count = group.count if len(sites) < 2 else 1 if group.count == len(sites) else None
            at: list[RolePlace | None] = [*sites] if sites else [None]
            for place in at:
                row = placed.get((outcome, place.place_id)) if place else unplaced.get(outcome)
                if row is None:
                    row = Row(place, outcome, count, frame, place is not None, group.ordinal, group.rest,
                              group.partitive)
                    if place:
                        placed[(outcome, place.place_id)] = row
                    else:
                        unplaced[outcome] = row
                elif group.ordinal and count is not None and row.count is not None and row.frame is frame \
                        and not row.ordinal and not _ranked_within(frame, row.count):
                    row.count += count  # "two rockets smashed into the wall and a third hit a police car guarding it"
                elif count is not None and (row.count is None or count > row.count):
                    row.count, row.frame = count, frame  # cite the sentence that gives the number
    # "Three Katyushas hit western Baghdad" and "two landed in Mansour, one in Harithiya": the districts say
    # where, the city only sums them up.
    rows = list(placed.values())
    # So does a town for the site named after it ("Rockets hit Harir" over "struck Harir Air Base").
    rows = [r for r in rows if not any(o is not r and o.outcome == r.outcome and o.place is not None and r.place
                                       is not None and (finder.is_within(o.place.mention.place, r.place.mention.place)
                                                        or (named_after(r.place.mention.place, o.place.mention.place)
                                                            and finder.related(r.place.place_id, o.place.place_id)))
                                       for o in rows)]
    return rows, unplaced


def _sites(finder: PlaceFinder, places: list[RolePlace]) -> list[RolePlace]:
    """The places of a clause where rounds fell: the most specific one, or each of a list of places apart
    ("hit Balad air base and Camp Taji"); a place and a place inside it ("Mansour, in Baghdad") are one site."""
    most = _most_specific(finder, places)
    if most is None:
        return []
    apart: list[RolePlace] = []
    for place in places:
        if any(place.place_id == a.place_id for a in apart):
            continue
        if any(finder.is_within(place.mention.place, o.mention.place) or finder.is_within(
                o.mention.place, place.mention.place) or finder.related(place.place_id, o.place_id)
               for o in places if o.place_id != place.place_id):
            return [most]
        apart.append(place)
    return apart if len(apart) > 1 else [most]


def _with_unplaced(rows: list[Row], unplaced: dict[str, Row]) -> list[Row]:
    for outcome, row in unplaced.items():
        same = [r for r in rows if r.outcome == outcome]
        if not same:
            rows.append(row)  # placed below, at the target or wherever the report locates it
        elif len(same) == 1 and same[0].count is None:
            same[0].count = row.count  # "one rocket fell" and "it landed near the square": the same round
        elif len(same) == 1 and row.ordinal and row.count is not None and row.frame is same[0].frame \
                and not same[0].ordinal and not _ranked_within(row.frame, same[0].count or 0):
            # "two rockets smashed into the consulate's wall and a third hit a police car guarding it": a round more
            # at that place (told in the same sentence, with no place of its own)
            same[0].count = (same[0].count or 0) + row.count
    return rows


def _untold_round(frames: list[Frame], landed: list[RolePlace], family: str | None, count: int | None,
                  finder: PlaceFinder) -> Row:
    """The one row of an attack whose rounds no clause tells: its outcome from the frames, else from harm."""
    # (a sentence that says the rounds hit, "pounded the party's headquarters in Koya", tells an impact where it names
    # no landing place)
    outcome = "impact" if landed or any(f.outcome == "impact" for f in frames) else "unknown"
    for frame in frames:
        if frame.outcome in ("intercepted", "shot_down", "missed"):
            outcome = frame.outcome
            break
    outcome = _schema_outcome(outcome, family)
    if outcome == "unknown" and any((f.damage and not f.damage.lower().startswith("no ")) or f.fatalities
                                    or f.injuries for f in frames):
        outcome = "impact"  # it killed, wounded or damaged: it landed
    if outcome == "unknown" and family == "airstrike" and not any(f.not_an_attack for f in frames):
        outcome = "impact"  # "five air raids on X": aircraft bombed it; a raid that failed says so
    return Row(_most_specific(finder, landed), outcome, count, frames[0], bool(landed))


def _per_target(frames: list[Frame], untold: Row, finder: PlaceFinder) -> list[Row]:
    """"fired 15 rockets at Green Village and two drones at the Conoco gas field": a row for each place aimed at,
    with the count told just before it; [] unless every such place of the sentence has its own count."""
    if len(frames) != 1:
        return []
    frame = frames[0]
    targets = sorted(frame.roles(lx.TARGETED), key=lambda p: p.mention.start)
    if len({p.place_id for p in targets}) < 2 or any(
            finder.is_within(a.mention.place, b.mention.place) for a in targets for b in targets if a is not b):
        return []
    low, rows, start = lx.fold(frame.sentence.text), [], 0
    for target in targets:
        counted = list(lx.COUNT.finditer(low, start, target.mention.start))
        if not counted:
            return []
        rows.append(Row(target, untold.outcome, lx.number_value(counted[-1].group("number")), frame, True))
        start = target.mention.end
    return rows


def _split_total(rows: list[Row], count: int | None) -> None:
    """The total told once ("at least 10 rockets struck the base") and parts told apart ("two fell short"): the
    rest of the total is the first outcome's. With no total, "Rockets came in all day, and one of them hit the
    consulate" leaves the count open."""
    if count is None and len(rows) == 1 and rows[0].partitive:
        rows[0].count = None
    if count is not None and len(rows) >= 2 and any(r.ordinal for r in rows):
        _ordinal_within_total(rows, count)
    if count is None or len(rows) < 2 or any(r.ordinal for r in rows):
        return
    def elsewhere(a: Row, b: Row) -> bool:
        # "17 rockets hit Ain al-Asad and five struck Balad": rounds told at another named place are not a part
        # of this place's figure.
        return a.explicit and b.explicit and a.place is not None and b.place is not None \
            and a.place.place_id != b.place.place_id

    for row in rows:
        others = sum(o.count or 0 for o in rows if o is not row and not elsewhere(row, o))
        if row.count == count and 0 < others < count:
            row.count = count - others
            break


def _ordinal_within_total(rows: list[Row], count: int) -> None:
    """"four rockets came down in Kilis, three of them damaging houses and the fourth falling on open ground": a
    round told by a rank within the total (fourth of four) is one of the total's, not one more; the total's row
    keeps the rest (a rank past the rounds told, "two rockets ... and a third", adds one: see _told_rounds)."""
    ranked = [r for r in rows if r.ordinal and r.count is not None]
    within = [r for r in ranked if 0 < max((lx.ORDINALS[m.group("nth")] for m in _RANK.finditer(
        lx.fold(r.frame.sentence.text))), default=count + 1) <= count]
    whole = [r for r in rows if not r.ordinal and r.count == count]
    told = sum(r.count or 0 for r in within)
    if within and len(whole) == 1 and 0 < told < count:
        whole[0].count = count - told


def _ranked_within(frame: Frame, count: int) -> bool:
    """Does the sentence rank a round within the rounds it counted ("a pair of suicide bombers ...; the second
    bomber struck the crowd": the second of the two, not a third)?"""
    return any(m.group().startswith("the") and 0 < lx.ORDINALS[m.group("nth")] <= count
               for m in _RANK.finditer(lx.fold(frame.sentence.text)))


#: A round's rank: "the fourth", "a third".
_RANK = lx.folded(r"\b(?:the|a) (?P<nth>second|third|fourth|fifth)\b")


def _damage(frames: list[Frame]) -> str:
    damage = next((f.damage for f in frames if f.damage and not f.damage.lower().startswith("no ")), "")
    return damage or next((f.damage for f in frames if f.damage), "")


#: The words between an unknown site and the administrative unit that holds it.
_IN_UNIT = lx.folded(r"\w\W*\s(?:in|inside|within)\s+(?:the\s+)?$")


def _is_unit(place: RolePlace) -> bool:
    """An administrative unit (a governorate, a district, a subdistrict), whatever tier holds it."""
    found = place.mention.place
    return found.tier == "admin" or found.kind.startswith("admin") or found.kind in ("governorate", "province",
                                                                                      "district")


def _countryside_of(frame: Frame, place: RolePlace, finder: PlaceFinder) -> bool:
    """Is `place` the region that an unknown place before it lies in ("near the town of Al-Busayrah, in the
    countryside of Deir ez-Zor"; "the Khor Mor gas field in Chamchamal district")? The attack was at the
    unknown place, which is proposed."""
    text = frame.sentence.text
    before = lx.fold(text[max(0, place.mention.start - 40):place.mention.start])
    # "struck the Khor Mor gas field in Chamchamal district": a unit that holds the unknown site before it.
    unit = _is_unit(place) and _IN_UNIT.search(before) is not None
    # "the stalls of Tayaran Square in central Baghdad": a town that holds the unknown site named right before it.
    window = max(0, place.mention.start - 80)
    town = lx.SITE_IN_TOWN.search(text[window:place.mention.start])
    if town is not None and place.mention.place.category != "site" and finder.why_unplaced(town.group("name")) \
            and _told_as_a_site(text, window + town.start("name"), town.group("name")):
        return True
    if not unit and not lx.COUNTRYSIDE_OF.search(before):
        return False
    return any(finder.why_unplaced(name) for name in finder.place_phrases(text, place.mention.start))


#: The words before a name that make it a place: "at Tayaran Square", "hit the Qasrak base".
_PLACE_BEFORE = lx.folded(r"\b(?:at|in|near|inside|outside|on|struck|hit|targeted|attacked|bombed|shelled|pounded|"
                          r"raided|(?:outskirts|edges?|centre|center|heart|suburbs?|vicinity) of)\s+(?:the\s+)?$")


#: A unit's camp named by the unit: "the Ground Self-Defense Force camp", "the Dutch contingent's base".
_TROOPS_CAMP = lx.folded(r"\b(?:camp|base|compound|garrison|outpost)$")
#: Troops placed somewhere: "forces stationed on the X front", "units deployed in X".
_STATIONED_BEFORE = lx.folded(r"\b(?:stationed|positioned|deployed|based|entrenched|dug in)\s+(?:on|at|in|near|along)"
                              r"\s+(?:the\s+)?$")
#: What those troops then did: fired (not "came under fire").
_THEY_FIRED = lx.folded(r"^[^.;]{0,40}?\b(?:fired|launched|shelled|opened fire|targeted|struck|pounded)\b")


def _where_the_shooters_were(text: str, start: int, end: int) -> bool:
    """Is the name at `start` where the attackers were ("regime forces stationed on the X front fired rocket
    shells at Y"), not where their rounds fell ("troops stationed at X came under fire")?"""
    low = lx.fold(text)
    return bool(_STATIONED_BEFORE.search(low, max(0, start - 40), start)) and bool(_THEY_FIRED.match(low, end))


def _in_motive(text: str, start: int) -> bool:
    """Is the name at `start` told in a clause of why the attack was made ("in response to the massacres ...
    in Gaza"), with no weapon named between that clause's start and the name?"""
    low = lx.fold(text[:start])
    motives = list(lx.MOTIVE.finditer(low))
    if not motives:
        return False
    after = low[motives[-1].end():]
    return not any(pattern.search(after) for pattern, _, _ in lx.WEAPONS)


_A_BODY = re.compile(r"\b(?:Council|Party|Command|Committee|Movement|Front|Union|Ministry|Directorate|Forces|"
                     r"Brigades?|Regiment|Battalion|Division)$")


def _told_as_a_site(text: str, start: int, name: str) -> bool:
    """Is an unknown name told as a site ("the stalls of Tayaran Square", "at Qasrak") rather than as a party or
    a body ("the headquarters of the Democratic Party of Iranian Kurdistan in Koya": Koya is the place; so is Tell
    Tamer in "the communications centre of the Tal Tamr Military Council in Tell Tamer")?"""
    if _A_BODY.search(name):
        return False
    return bool(lx.PLACE_TYPED.fullmatch(name) or lx.MILITARY_SITE_NAME.search(name) or lx.BUILDING_NAME.fullmatch(name)
                or _PLACE_BEFORE.search(lx.fold(text[max(0, start - 20):start])))


def _bearing_from(frame: Frame, place: RolePlace) -> bool:
    """Is `place` named as a bearing from it ("in the village of Albu Dur, south of Tuz Khurmatu"; "about 12 km
    east of Hit"), or as away from the site ("Ankawa, which is several kilometres from where they landed")? The
    attack was elsewhere: at the place named before it, or, when the gazetteer knows none, at a point the
    analyst places (records.proposed_place); never at the town it was reckoned from."""
    text = frame.sentence.text
    after = lx.fold(text[place.mention.end:place.mention.end + _AFTER_REACH])  # (both patterns look ~150 chars on)
    if _LAUNCH_AREA_AFTER.match(after):
        return False  # "the area northwest of the airfield, where the rockets were launched": the launch's bearing
    return _reckoned_from(text, place.mention.start) or bool(lx.AWAY_FROM_SITE.search(after))


#: How far after a place _bearing_from reads: a sentence of a page with no full stops may run for megabytes.
_AFTER_REACH = 200


#: After a place a bearing is told from, that the bearing's point is where the rounds were fired from.
_LAUNCH_AREA_AFTER = lx.folded(r"^\W{0,3}(?:where|from which|from where)\b[^.;]{0,60}?\b(?:launched|fired)\b")


def _care_at(frame: Frame, place: RolePlace) -> bool:
    """Is `place` where the wounded were taken ("taken to hospital in Ramadi", "died on Monday at a Qamishli
    hospital")?"""
    text = frame.sentence.text
    before = lx.fold(text[max(0, place.mention.start - 50):place.mention.start])
    if _BY_A_HOSPITAL.search(before):
        return False  # "a bomber blew himself up outside a clinic in Hillah": the attack's place
    if _CARE_PLACE_HIT.match(lx.fold(text[place.mention.end:place.mention.end + 90])):
        return False  # "a hospital in Maarrat an-Nu'man supported by MSF was reduced to rubble": what was hit
    return bool(lx.CARE_BEFORE.search(before)) or (
        bool(_HOSPITAL_AFTER.match(text, place.mention.end))
        and bool(_DIED_AT.search(lx.fold(text[max(0, place.mention.start - 40):place.mention.start]))))


def _alarm_at(frame: Frame, place: RolePlace) -> bool:
    """Is `place` only where alarms sounded ("a rocket fell inside the Green Zone, setting off the alarms at the
    US embassy"), not where the round fell? Only when the sentence names another place for the attack."""
    text = frame.sentence.text
    before = lx.fold(text[max(0, place.mention.start - 50):place.mention.start])
    return bool(_ALARM_BEFORE.search(before)) and any(p.place_id != place.place_id for p in frame.places)


#: Before a place where sirens or alarms went off: "setting off the alarms at", "sirens sounded in".
_ALARM_BEFORE = lx.folded(r"\b(?:alarms?|sirens?|warning systems?|c-ram)\b[\w ]{0,30}?\b(?:at|in|across|over)\s+"
                          r"(?:the\s+)?$")


#: A hospital where the attack was: "outside a clinic in X", "at the gate of the hospital in X".
#: After a hospital's town: the hospital was what the attack hit ("... supported by MSF was reduced to rubble").
_CARE_PLACE_HIT = lx.folded(r"^[^.;]{0,60}?\b(?:was|were) (?:reduced to rubble|destroyed|flattened|razed|hit|struck|"
                            r"bombed|shelled|targeted)\b")
_BY_A_HOSPITAL = lx.folded(r"\b(?:outside|near|in front of|beside|at the (?:gate|gates|entrance) (?:of|to)|"
                           # "warplanes struck a clinic in Douma": the clinic was what was hit
                           r"(?:struck|hit|bombed|shelled|targeted|attacked|(?:fell|landed|crashed) (?:on|near|by))|"
                           r"(?:was|were) (?:struck|hit|bombed|shelled|targeted))\s+"
                           r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic|medical (?:centre|center|facility))\b"
                           r"[\w ]{0,25}?\b(?:in|at)\s+(?:the\s+)?$")
#: A hospital named after its town: "a Qamishli hospital", "Raqqa's national hospital".
_HOSPITAL_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:hospital|clinic|medical (?:centre|center))\b")
#: Where someone died or was treated: "died on Monday at a", "were treated at the".
_DIED_AT = lx.folded(r"\b(?:died|treated|succumbed|taken|admitted)\b[\w ]{0,25}?\b(?:at|in|to)\s+(?:a|an|the)\s+$")


def _is_reference(frame: Frame, place: RolePlace, finder: PlaceFinder) -> bool:
    """Does the sentence name `place` only to say where another place lies (a bearing from it, a region that
    holds an unknown site)?"""
    return _bearing_from(frame, place) or _countryside_of(frame, place, finder)


def _unplace(rows: list[Row]) -> None:
    """Rows of an attack told at a place the gazetteer cannot read: never put where it was aimed ("meant for
    Erbil") or at any other place told only by the way (the target stays the target)."""
    for row in rows:
        if not row.explicit:
            row.place = None


#: What lies between a place the gazetteer lacks and the known place it stands in: "the Babylon Hotel in Jadriya",
#: "a church in the Dora district of", "outside the Sheraton, in".
#: Or an apposition that says what the place is: "Bab al-Muadham, the busy transport hub at the northern end of".
_STANDS_IN = lx.folded(r"^(?:[^.;:]{0,25}?|,\s+(?:a|an|the)\s+[^.;:,()]{0,60}?)\b(?:in|inside|of)\s+(?:the\s+)?"
                       r"(?:[a-z]+\s+){0,2}?$")


#: A site's kind in lower case after its name: "beside al-Hal market", "at al-Tayaran square".
_KIND_AFTER = re.compile(" " + lx.LOWER_SITE_KINDS + r"\b")
#: A translator's gloss between a place and the town it stands in: "al-Hal market [the wholesale market] in".
_GLOSS = re.compile(r"\s*\[[^\]]{0,80}\]")


def _finer_place(place: RolePlace, frames: list[Frame], finder: PlaceFinder) -> str:
    """A place the gazetteer lacks that a sentence of the attack names as standing in `place` (a hotel, church,
    embassy or district of a city it knows: "a second car exploded at the Babylon Hotel in Jadriya"), for the
    analyst to place more finely; "" when there is none, or `place` is a site of its own."""
    from ..countries import is_country_name

    if place.mention.place.category == "site":
        return ""
    if place.mention.place.tier == "admin" and not _names_the_unit(place):
        # ("a site in the countryside of Amûdê", read as the governorate: the town's countryside, to place finer)
        # (not a word that points back, "the base there": no name to give)
        return f"the countryside of {place.mention.text}" if place.mention.text[:1].isupper() else ""
    for frame in frames:
        text = frame.sentence.text
        for mention in (p.mention for p in frame.places if p.place_id == place.place_id):
            named = _SITE_OF_TOWN.match(text, mention.end) if text[max(0, mention.start - 4):mention.start] == "the " \
                else None
            if named is not None and place.mention.place.category == "city":
                # ("attacked the Kirkuk police headquarters in the centre of the city": the town's site)
                site = f"{mention.text}{named.group()}"
                if finder.why_unplaced(site).startswith("the gazetteer knows no"):
                    return site
            kind = _SITE_AT_TOWN.search(text, max(0, mention.start - 40), mention.start)
            if kind is not None and place.mention.place.category == "city":
                # ("rockets struck the air base at Taftanaz": the base, which the gazetteer lacks, not the town)
                site = f"{mention.text} {kind.group('kind')}"
                if finder.why_unplaced(site).startswith("the gazetteer knows no"):
                    return site
            phrases = [(m.start("name"), m.group("name")) for m in itertools.chain(
                lx.PLACE_TYPED.finditer(text, 0, mention.start), lx.PLACE_PHRASE.finditer(text, 0, mention.start))]
            before = [(start, name) for start, name in sorted(phrases, reverse=True)  # the nearest first
                      if _STANDS_IN.match(lx.fold(_GLOSS.sub("", text[start + len(name):mention.start])))]
            # ("Homs: a car bomb exploded on a street in the al-Zahra district": a district of the city told after
            # it, as a roundup's entry tells it)
            after = [(m.start("name"), m.group("name")) for m in lx.PLACE_PHRASE.finditer(text, mention.end)
                     if place.mention.place.category == "city" and (
                         _DISTRICT_AFTER.match(text, m.end("name")) or _DISTRICT_AFTER.search(m.group("name")))]
            for start, name in [*before, *after[:1]]:
                kind = _KIND_AFTER.match(text, start + len(name))
                name = name + kind.group() if kind else name  # ("al-Hal market": no village named al-Hal)
                # ("at Nouri Hamid's residence in the Green Zone": an owner, whose home no gazetteer holds)
                # (never a site named after another town: "the Hama military airport" is not in Idlib)
                if name.split()[0] not in lx.NOT_PLACE_WORDS and not is_country_name(name) \
                        and not name.endswith(("'s", "’s")) and not a_peoples_noun(name) \
                        and finder.why_unplaced_in(text, name, start) \
                        and not any(m.place.id != place.place_id and (not m.place.bulk or m.place.population
                                                                       >= settings.CITY_POPULATION)
                                    for m in finder.find(name)):
                    return name
    if place.mention.place.category == "city":
        # ("KIRKUK ... About twenty minutes later a car bomb went off in the Haseer market": the city told before,
        # the site the sentence names in it)
        for frame in frames:
            if any(p.place_id != place.place_id for p in frame.places):
                continue
            site = _unknown_site_struck(frame, finder) or next(
                (n for n in finder.place_phrases(frame.sentence.text)
                 if (_LOWER_KIND_LAST.search(n) or lx.PLACE_TYPED.fullmatch(n) or lx.BUILDING_NAME.search(n))
                 and finder.why_unplaced(n, abroad_too=True).startswith("the gazetteer knows")), "")
            if site:
                return site
    return ""


#: A site told by its kind just before the town it stands at: "the air base at Taftanaz", "the camp near Makhmour".
_SITE_AT_TOWN = re.compile(rf"\bthe (?:[\w-]+ )??(?P<kind>air ?base|airport|{lx.SITE_KINDS}) (?:at|near|outside) $")


#: A site named after its town, told after the town's name: "the Kirkuk police headquarters", "the Mosul
#: provincial council building" (lower-case words only: "the Kirkuk Oil Company" is a name of its own).
_SITE_OF_TOWN = re.compile(rf"(?:\s+(?:police|army|provincial|governorate|municipal|council|city|central|security|"
                           rf"intelligence|traffic|council's)){{0,2}}\s+(?:{lx.SITE_KINDS}|station|directorate|"
                           rf"building|hospital|university|court(?:house)?|stadium)\b")


#: The word after a district's name: "in the al-Zahra district", "the Ansari neighbourhood".
_DISTRICT_AFTER = re.compile(r"\s+(?:[Dd]istrict|neighbou?rhood|quarter|area)\b")


def _finish_places(rows: list[Row], event: Event, frames: list[Frame], finder: PlaceFinder) -> None:
    """No row of an event proposed at a phrase keeps a point; a placed row names the place inside its own that
    the report names and the gazetteer lacks, if any (Row.finer)."""
    if event.unplaced:
        _unplace(rows)
    for row in rows:
        if row.place is not None:
            row.finer = _finer_place(row.place, frames, finder) or (
                event.struck_site if row.place.mention.place.category != "site" else "")


def _told_as_one(frames: list[Frame], family: str = "ied") -> bool:
    """Do the sentences tell the bomb (or the drone, as `family` says) in the singular ("a car bomb", "an explosive
    device", "the explosives he was carrying", "an explosives-laden drone") and never in the plural or by number?"""
    singular = False
    for frame in frames:
        low = lx.fold(frame.sentence.text)
        if _SEVERAL_BOMBERS.search(low) or (family == "drone" and _DRONE_STRIKE.search(low)):
            return False  # ("a coordinated assault ... its suicide bombers"; "a drone strike" counts no rounds)
        for position, _, told in frame.weapons:
            if told != family:
                continue
            if _PLURAL_BOMB_AT.match(low, position) or lx.COUNT.search(low[max(0, position - 30):position + 40]):
                return False
            singular = singular or bool(_ONE_BEFORE.search(low, max(0, position - 40), position))
    return singular


#: A bomb told in the plural where its weapon is named: "bombs", "car bombs", "two devices".
_PLURAL_BOMB_AT = re.compile(r"(?:[\w-]+ ){0,2}?(?:bombs|devices|charges|cars|vehicles|trucks|bombings|blasts|"
                             r"drones|uavs|explosions|ieds|vbieds|vests|belts|bombers|attackers)\b")
_SEVERAL_BOMBERS = re.compile(r"\b(?:bombers|attackers|gunmen|vests|belts|explosions|blasts|bombings|drivers)\b")
_DRONE_STRIKE = re.compile(r"\bdrone (?:strikes?|attacks?|raids?)\b")
#: The article or word that makes it one: "a", "an", "one", "another", "a single".
_ONE_BEFORE = re.compile(r"\b(?:a|an|one|another|single|lone|the)\s+(?:[\w'’-]+\s+){0,4}$")


def _in_the_country_of_its_day(event: Event, frames: list[Frame], finder: PlaceFinder) -> list[Frame]:
    """The frames, less the places (launch sites aside) of other sentences that lie in no country the sentence
    that dates the attack names a place in, and of the title's and lead's sentences before it that are no part of
    a place it names, nor around one: "[Brief] Damascus shrine bombings, drone strike in Sulaimani" over "Also on
    Friday, a Turkish drone struck a vehicle in the Sharbazher district of Sulaimaniya province": the drone's attack
    is Sharbazher's, never at Damascus nor at the city of Sulaimani."""
    own = event.date_frame
    mine = [p for p in own.places if p.role != lx.LAUNCHED] if own is not None else []
    if own is None or not mine or own not in event.frames:
        return frames
    countries = {p.mention.place.country for p in mine}
    # (the governorate the sentence names besides holds the city the title names, and the district it names not)
    finest = [p for p in mine if p.mention.place.kind not in ("governorate", "province", "country")] or mine

    def part_of(place: Place, other: Place) -> bool:
        return place.id == other.id or finder.is_within(place, other) or finder.is_within(other, place) \
            or finder.site_in_town(place, other) or finder.site_in_town(other, place) or named_after(place, other) \
            or named_after(other, place)

    def fits(frame: Frame, place: RolePlace) -> bool:
        if place.role == lx.LAUNCHED:
            return True
        if place.mention.place.country not in countries:
            return False
        return frame.sentence.index >= own.sentence.index \
            or any(part_of(place.mention.place, p.mention.place) for p in finest)

    return [f if f is own or all(fits(f, p) for p in f.places)
            else dataclasses.replace(f, places=[p for p in f.places if fits(f, p)]) for f in frames]


def summarize(event: Event, finder: PlaceFinder) -> Summary:
    # A town that a sentence reckons an unknown place from ("in the village of Bir Hamad, 10 km south of
    # Makhmour") is a reference for the whole event, not its site: not where the title puts it "near", nor where
    # the wounded were taken.
    references = {p.place_id for f in event.frames for p in f.places if _is_reference(f, p, finder)}
    if references:
        # "about 12 km east of Hit, in western Anbar province": the province only says the region of that point.
        references |= {p.place_id for f in event.frames for p in f.places if p.mention.place.tier == "admin"
                       and lx.DISTANCE_BEARING.search(f.sentence.text)}
    frames = [f if not references and not any(_care_at(f, p) or _alarm_at(f, p) for p in f.places)
              else dataclasses.replace(f, places=[p for p in f.places if p.role == lx.LAUNCHED or (
                  p.place_id not in references and not _care_at(f, p) and not _alarm_at(f, p))])
              for f in event.frames]
    frames = _in_the_country_of_its_day(event, frames, finder)
    weapon, family = _weapon_of(frames)
    count, note, revised = _total_count(frames)
    targets = [p for f in frames for p in f.roles(lx.TARGETED)]
    launches = [p for f in frames for p in f.roles(lx.LAUNCHED)]
    landed = [p for f in frames for p in f.roles(lx.LANDED)]
    located = [p for f in frames for p in f.places if p.role is None]
    target = _most_specific(finder, targets)
    launch = launches[0] if launches else None
    placed, unplaced = _told_rounds(frames, family, finder)
    rows = _with_unplaced(placed, unplaced)
    if len(rows) == 1 and rows[0].count is not None and count is not None and rows[0].count < count \
            and rows[0].outcome == "impact" and not rows[0].explicit:
        rows[0].count = count
    if revised and len(rows) == 1:
        rows[0].count = count  # "officials later said six rockets had hit": the corrected figure
    if len(rows) == 1 and rows[0].count is None and count is not None:
        rows[0].count = count  # "Rockets struck the base. Police said twelve rockets were launched": all twelve
    if not rows:
        untold = _untold_round(frames, landed, family, count, finder)
        rows = _per_target(frames, untold, finder) or [untold]
    _split_total(rows, count)
    for row in rows:
        told = sum(r.count or 0 for r in rows if r is not row)
        if row.rest and row.count is None and count is not None and told < count:
            row.count = count - told  # "intercepted two of them, and the others hit the base": 5 - 2
    told_count = sum(r.count or 0 for r in rows)
    stopped = next((f.outcome for f in frames if f.outcome in ("shot_down", "intercepted")), None)
    if stopped is not None and count is not None and rows and all(r.count is not None for r in rows) \
            and told_count < count and not any(r.outcome == _schema_outcome(stopped, family) for r in rows):
        # "Air defences shot down one, and the second came down inside Harir Air Base": the rounds the clause with
        # a count left untold are those the sentence says were stopped.
        rows.append(Row(None, _schema_outcome(stopped, family), count - told_count, frames[0], False))
        told_count = count
    if count is not None and rows and all(r.count is not None for r in rows) and told_count < count \
            and not any(r.ordinal for r in rows) and all(r.outcome not in ("impact", "unknown") for r in rows):
        # "Six drones attacked the base ... two were shot down": the other four are rounds of unknown outcome.
        rows.append(Row(None, "unknown", count - told_count, frames[0], False))
    # Rounds told without a place are put where the attack was aimed, or where its other rounds fell; never
    # at the launch site, which may be kilometres from either.
    attacked = next((r.place for r in rows if r.place is not None and r.explicit), None)
    # "the attack on Erbil ... a drone hit a hangar at Erbil International Airport": the airport, inside the target.
    inside_target = [p for p in located
                     if target is not None and finder.is_within(p.mention.place, target.mention.place)]
    fallback = (_most_specific(finder, landed) if len(rows) == 1 else None) or _most_specific(
        finder, inside_target) or target or attacked or _most_specific(finder, located)
    named = [*landed, *located]  # never where it was aimed: rounds aimed at an airport may land in the town
    for row in rows:
        if row.place is None and row.outcome in ("impact", "missed") and landed:
            row.place, row.explicit = _most_specific(finder, landed), False
        elif row.place is None and row.outcome == "missed" and located and target is not None:
            # "crashed in farmland near the town of Harir", heading for the air base: it came down by the town.
            row.place, row.explicit = _most_specific(finder, located), False
        elif row.place is None:
            row.place, row.explicit = fallback, False
        else:
            # "Drone strikes base in Hasakah countryside" and "struck a base near Tell Tamer": a governorate says
            # the region, a place inside it told for the same attack says where; so does a site named after the
            # town a title names ("Drone hits Harir" and "an empty area inside Harir Air Base").
            outer = row.place.mention.place
            inside = [p for p in named if (outer.tier == "admin" and finder.is_within(p.mention.place, outer))
                      or (named_after(outer, p.mention.place) and finder.related(outer.id, p.place_id))]
            row.place = _most_specific(finder, inside) or row.place
    _finish_places(rows, event, frames, finder)
    if count is None and family in ("ied", "drone") and len(rows) == 1 and rows[0].count is None \
            and _told_as_one(frames, family):
        rows[0].count = 1  # "a pickup truck loaded with fruit blew up", "a sticky bomb went off": one bomb
    count = 1 if count is None and len(rows) == 1 and rows[0].count == 1 else count  # "a drone struck": one
    fatalities = min((f.fatalities for f in frames if f.fatalities is not None), default=None)
    injuries = min((f.injuries for f in frames if f.injuries is not None), default=None)
    claimed = next((f.claimed_by for f in frames if f.claimed_by), "")
    return Summary(weapon, family, count, note, target, launch, rows, _damage(frames), fatalities, injuries,
                   claimed, any(f.unclaimed for f in frames))
