"""One sentence read as evidence of an attack: its places and their roles, dates, weapon, count, outcome by
clause, damage, casualties and claims. events.py groups frames into incidents.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .dates import STAMP_LABELS, DateMention, find_dates, item_heading, weekday_named
from .places import PlaceFinder, PlaceMention
from .text import Sentence, Spans

# Where a sentence splits into clauses that may tell of different rounds: "one was intercepted, while a
# second fell near the square"; "two landed in Mansour, one in Harithiya".
_CLAUSE_BREAK = lx.folded(
    r";|,?\s+(?:while|whereas|but)\s+|,\s+and\s+|,\s+(?:adding|saying) that\s+|"
    r",\s+(?=(?:one|two|three|four|five|the (?:first|second|third|"
    r"other|last|rest)|another|a second|a third|the remaining)\b)|\s+and\s+(?=(?:a|the)\s+(?:second|third|fourth|"
    r"other|last|remaining)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|another)\s)")
_BETWEEN = lx.folded(rf"\bbetween (?:{lx.NUMBER_PATTERN})$")
# A clause that starts with its count: "two landed in Mansour", "two of them fell", "one in Harithiya".
_BARE_COUNT = lx.folded(r"^\W*(?:and\s+)?(?P<number>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                        r"(?:\s+of\s+(?:them|those|these|the\s+\w+))?\s+"
                        # ("Two towns hit": places counted, not rounds)
                        r"(?!(?:towns|villages|cities|bases|sites|camps|provinces|districts|people|men|soldiers)\b)"
                        r"(?:\w+\s+)?(?:landed|fell|hit|struck|"
                        r"came|crashed|exploded|were|was|in|near|on|at)\b")
_VEHICLE = r"(?:car|truck|lorry|pickup|minibus|minivan|bus|van|tanker|ambulance|motorcycle|motorbike|vehicle)"
_ORDINAL = lx.folded(r"\b(?:the|a|an)\s+(?P<ordinal>first|second|third|fourth|fifth|other|last)\b"
                     r"(?!\s+(?:attack|time|such|of|in|since|incident|strike|day|week|month|year)s?\b)|\b(?P<another>"
                      r"another)\b|\b(?P<singular>the|one|a|an|a single)\s+"
                      # "an explosives-laden drone", "a one-way attack drone", "a suicide car bomb"
                      r"(?:(?!attack\b)[\w-]+\s+){0,2}?(?:rocket|drone|missile|shell|mortar|projectile|"
                      r"(?:car |truck |lorry |roadside |suicide )?bomb(?:er)?|(?:car|truck|lorry|vehicle) bombing|"
                      r"suicide driver|"
                      r"(?:explosive|roadside|bomb) device|ied|"
                      r"vbied|"
                      # a vehicle bomb told as what it was: "a parked car packed with explosives", "an explosives-
                      # laden truck", "a water tanker rigged with explosives"
                      # ("a lorry loaded, the police say, with a tonne of explosives")
                      rf"{_VEHICLE}\s+(?:packed|laden|loaded|rigged|filled|stuffed|wired)(?:,[^,.;]{{1,30}},)?\s+with\s+"
                      r"(?:[\w-]+\s+){0,5}?explosives|explosives?-(?:laden|packed|rigged|filled|loaded)\s+"
                      rf"{_VEHICLE})\b(?!s)" + lx.NOT_AN_ADJECTIVE)
_FILLER_TAIL = lx.folded(lx.FILLER + r"\s*$")
#: Some of the rounds, uncounted: "destroyed several in the air", "a few fell short".
_SOME = lx.folded(r"\b(?:several|a few|some|many)\b"
                  r"(?! (?:\d|hours?|days?|minutes?|time|km|kilomet|metres|meters|miles))")
_IN_THE_AIR = lx.folded(r"\s+(?:in|mid)[- ](?:the )?air\b")
#: "intercepted two of them", "the others hit the base": a part of the rounds told before, and the rest of them.
_REST = lx.folded(r"\bthe (?:others|rest|remaining (?:ones|rockets|drones|rounds|shells|missiles))\b|"
                  r"\bthe remaining (?:\d{1,3}|one|two|three|four|five)\b|"
                  # "most of the rockets were intercepted, but one struck a hangar": all but the one
                  r"\b(?:most|the (?:majority|bulk)) of (?:them|the (?:rockets|drones|rounds|shells|missiles|"
                  r"projectiles))\b|"
                  # "Two rockets were fired. Both landed in open ground": all of them
                  r"^\W*(?:both|all(?: of them)?)\s+(?:landed|fell|hit|struck|were|exploded|crashed)\b")
_NUMBER_WORD = lx.folded(r"\d+|" + "|".join(sorted((re.escape(w) for w in lx.NUMBER_WORDS), key=len, reverse=True)))
#: Another count after "and", before a bare preposition: the same verb, another place.
_AND_COUNT = lx.folded(rf"\band\s+(?:at least\s+)?(?:{_NUMBER_WORD.pattern})\b")
# (not "every one of them": all of them)
_OF_THEM = lx.folded(rf"\b(?<!every )(?P<number>{_NUMBER_WORD.pattern})\s+of\s+(?:them|those|these)\b"
                     # (not people: "killing a civilian and a sailor, both of them assigned to the mission")
                     r"(?!,?\s+(?:(?:were|was|are|is)\s+)?(?:assigned|serving|working|based|stationed|in uniform|"
                     r"civilians?|soldiers?|americans?|contractors?|children|women|men|killed|wounded|injured|hurt|"
                     r"dead|died|seriously|critically|badly|lightly)\b)")
#: Rounds counted between the verb and "down": "guards shot two down", "brought three of them down".
_COUNT_DOWN = lx.folded(rf"\b(?:shot|brought|took)\s+(?P<number>{_NUMBER_WORD.pattern})\s+(?:of\s+them\s+)?down\b")
#: A correction that gives the figure after the verb.
#: People told before a revised figure, which is theirs: "24 people had died; officials put the figure at 28".
_PEOPLE_TOLD = lx.folded(r"\b(?:people|civilians|soldiers|policemen|dead|died|killed|wounded|injured|toll)\b")
_REVISED_TO = lx.folded(r"(?:\b(?:revised|raised|lowered|corrected|updated|put)\s+(?:(?:the|its|their)\s+"
                        r"(?:number|figure|count|total|tally)\s+"
                        # (not "put the number of wounded at 34": people, not rounds)
                        r"(?:of\s+(?!(?:the\s+)?(?:wounded|injured|dead|killed|casualties|deaths|victims|people|"
                        r"soldiers|civilians|attackers|militants|fighters|gunmen|insurgents|assailants|men|"
                        r"protesters|displaced|refugees|inmates|prisoners)\b)[\w-]+\s+)?)?(?:up\s+|down\s+)?(?:to|at)|"
                        # "found four craters, so the number is four"
                        r"\bso the (?:number|figure|count|total) (?:is|was)|\bthe (?:correct|true|actual|final) "
                        r"(?:number|figure|count|total) (?:is|was))\s+"
                        # "raised the figure to an estimated eighteen"
                        r"(?:an estimated\s+|about\s+|around\s+|roughly\s+|some\s+|approximately\s+|nearly\s+)?"
                        # (not "revised at 16:00 to forty-six dead": a time)
                        rf"(?P<number>{_NUMBER_WORD.pattern})\b(?![:.]\d)")
#: The rounds or aircraft just told, as the subject: "They hit the research centre on the edge of Masyaf".
#: ("They made for Jamraya, north-west of the capital, and bombarded the research centre there")
_THEY_HIT = lx.folded(r"^\W*(?:they|it|these|those|the (?:strikes|raids|missiles|rockets|drones|jets|warplanes|"
                      r"aircraft|shells))\s+(?:[^.;]{0,120}?(?:,\s*|\s)(?:and|then)\s+)?(?:also\s+|then\s+)?"
                      r"(?:hit|struck|targeted|destroyed|pounded|slammed|bombed|bombarded|shelled|raided)\b")
#: "armed men ... entered the centre of Karbala and left behind them five dead soldiers": harm done by attackers.
_ARMED_MEN = lx.folded(r"\b(?:armed men|gunmen|attackers|militants|insurgents|assailants)\b")
#: "Forces at the same fire base came under attack again this morning": attacked, whatever the weapon.
#: A site hit, told by what it took: "the surgical hospital on the northern side of Kafr Nabl ... took three hits".
_TOOK_HITS = lx.folded(r"\b(?:took|suffered|sustained) (?:\w+ ){0,2}?(?:direct )?hits\b")
_CAME_UNDER = lx.folded(r"\b(?:came|come|comes|coming) under (?:[\w-]+ ){0,3}?(?:fire|attack|raids|bombardment|"
                        r"shelling|air strikes|airstrikes)\b")
#: A place told as bombed: "the country around Balisan has also been bombed", "Idlib city, which fell on Saturday,
#: was pounded again on Tuesday" (an attack when the sentence names a place: not "As the lead vehicle crossed a
#: channel, it was bombed", more of an attack told).
_TOLD_BOMBED = lx.folded(r"\b(?:(?:has|have|had) (?:also |again |now |reportedly |repeatedly )?been|"
                         r"(?:was|were|is|are) (?:also |again |now |reportedly |repeatedly )?(?:being )?)"
                         r" ?(?:heavily )?(?:bombed|shelled|pounded)\b")
#: One more explosion of a day's told at a place: "word of a second blast, this one in the Shorja market", "another
#: explosion at the Kadhimiya checkpoint" (an attack of its own, even with no weapon or verb).
#: (read on the text as written: the place after it starts with a capital, "in the afternoon" is no place)
_ONE_MORE_BLAST = re.compile(r"\b(?i:(?:an?other|an? (?:second|third|fourth|fifth|further|new|fresh)) "
                             r"(?:(?:car |roadside |suicide |powerful |large |huge |loud )?"
                             r"(?:blast|explosion|bombing))\b"
                             r"[^.;]{0,40}?\b(?:in|at|near|on|inside|outside)\s+(?:the\s+)?)(?:(?:al|el)-)?[A-Z]")
#: A blast only rumoured or denied: "denies the rumours ... of a second explosion at the vegetable market".
_HEARSAY = lx.folded(r"\b(?:rumou?rs?|rumou?red|den(?:y|ies|ied)|false|unconfirmed|unverified|hoax)\b")
#: The site told before, hit again on a day the sentence gives: "The city was hit again on Friday", "It was first
#: hit on Dec. 16" (the place is the one told before: events._own_site_or_told_before).
_THE_SITE_WAS_HIT = lx.folded(r"^\W*(?:the (?:same )?(?:city|town|village|base|camp|airport|airfield|compound|site|"
                              r"field|oilfield|plant|refinery|embassy|consulate|garrison|outpost)|it) (?:was|were|had "
                              r"been|has been) (?:\w+ )?(?:hit|struck|attacked|targeted|shelled|bombed)\b")
#: The attack just told, said to have happened at a time or place: "Claire, it happened a little after seven
#: o'clock this evening in Sadr City".
_IT_HAPPENED = lx.folded(r"(?:^|[:,]\s)\W*(?:it|the (?:attack|blast|bombing|explosion|strike|ambush))\s+"
                         # ("Where exactly did this happen?" "It was in Balad, about 70 km north of Baghdad")
                         r"(?:happened|took place|occurred|"
                         r"was (?=(?:in|at) (?!the (?:morning|evening|afternoon|night|time)\b)))\b|"
                         # ("... when the car went up. That was last Saturday, a short walk from the stalls")
                         r"^\W*that was (?=(?:on |last |early |late )?(?:monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|yesterday)\b)")
#: Strikes counted by the times a place was hit: "bombed the building four times in a quarter of an hour".
_TIMES = lx.folded(rf"\b(?:bombed|struck|hit|shelled|pounded|targeted)\s+(?:[\w'’-]+\s+){{0,4}}?"
                   rf"(?P<number>{_NUMBER_WORD.pattern})\s+times\b(?!\s+(?:this|that|since|last|in the past|before))")
#: A forecast, not a report: "Expect repeat strikes on ...", "We expect more attacks".
_FORECAST = lx.folded(r"^\W*(?:we |analysts |officials )?(?:expect|anticipate|foresee)s? "
                      r"(?:more |further |repeat(?:ed)? |new |renewed )?(?:strikes|attacks|raids|shelling|bombings)\b")
#: Another's words for the attack told: "described the incident as a missile attack", "called it a drone strike".
_DESCRIBED_AS = lx.folded(r"\b(?:described|characteri[sz]ed|portrayed|labell?ed|termed|called) (?:it|the (?:incident|"
                          r"attack|strike|blast|explosion|event)) as\b"
                          # (not whose it was: "US officials described it as Iranian")
                          r"(?! (?:an? )?(?:iranian|russian|syrian|iraqi|turkish|israeli|american|hostile|enemy)\b)")
#: Where a vehicle was going by, told before the place: "travelling through the ", "driving along".
_PASSING_THROUGH = lx.folded(r"\b(?:travell?ing|driving|passing|moving) (?:through|along|on|near|in|past|between)\s+"
                             r"(?:the\s+)?$")
#: ... and that it was hit there, after the place: "..., when it was struck".
_WHEN_STRUCK = lx.folded(r"[^.;]{0,60}?\b(?:when|as) (?:it|they|the [\w-]+) (?:was|were) (?:struck|hit|targeted|"
                         r"attacked|bombed)\b")
#: A bearing just before a place: "north of ", "20 km south-east of ".
_BEARING_BEFORE = lx.folded(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\s*$")
#: A town's name for the people of a force, not where they were: "Two Sinjar fighters killed as drone hits their car".
_ITS_FIGHTERS = lx.folded(r"['’]?s?\s+(?:fighters|militiamen|tribesmen|commanders|recruits)\b")
#: Bombers counted by those who set their charges off: "Two of the three blew themselves up".
_BLEW_THEMSELVES_UP = lx.folded(rf"\b(?P<number>{_NUMBER_WORD.pattern}) of (?:the|them)(?: [\w-]+)?\s+"
                                r"(?:blew themselves up|detonated their (?:vests|belts|charges|explosives))")
_KILLED_AFTER = lx.folded(rf"\b(?:killing|killed|kills|claimed the lives of)\s+(?P<least>at least )?"
                           rf"(?P<number>{_NUMBER_WORD.pattern})\b")
_KILLED_BEFORE = lx.folded(rf"(?<!\bno )\b(?P<least>at least )?(?P<number>{_NUMBER_WORD.pattern})\s+"
                           r"(?:[\w-]+\s+){0,6}?(?:were|was|are|have been|had been)\s+(?:killed|dead)\b|"
                           # "were blown up, leaving four dead", "left eleven people dead"
                           rf"\b(?:leaving|left)\s+(?P<least2>at least )?(?P<number2>{_NUMBER_WORD.pattern})\s+"
                           r"(?:\w+\s+){0,2}?dead\b")
#: A toll told without a verb, as posts and logs tell it: "Two killed.", "3 YPJ fighters killed", "Eight wounded."
_TOLL = (rf"^\W*(?:at least )?(?!an?\b)(?P<number>{_NUMBER_WORD.pattern})\s+(?:[\w-]+\s+){{0,3}}?(?:KINDS)\b"
         r"(?=\s*(?:[.,;:)]|$|and\b|in\b|on\b|at\b|near\b|by\b))")
_TOLL_KILLED = lx.folded(_TOLL.replace("KINDS", "killed|dead"))
_TOLL_INJURED = lx.folded(_TOLL.replace("KINDS", "wounded|injured|hurt"))
#: A toll counted by whoever gave it: "Police counted at least thirty-two dead and more than sixty wounded".
_COUNTED_DEAD = lx.folded(rf"\b(?:counted|reported|confirmed|recorded|registered)\s+(?:at least |more than |over |some "
                          rf"|about )?(?P<dead>{_NUMBER_WORD.pattern})\s+(?:people\s+)?dead\b(?:,?\s+and\s+(?:at "
                          rf"least |more than |over |some |about )?(?P<hurt>{_NUMBER_WORD.pattern})\s+(?:people\s+)?"
                          r"(?:wounded|injured|hurt)\b)?")
#: One person killed, named by a pronoun: "opened fire on a man ..., killing him on the spot".
_KILLED_ONE = lx.folded(r"\b(?:killing|killed|shot dead) (?:him|her)\b")
_INJURED_AFTER = lx.folded(rf"\b(?:wounding|wounded|injuring|injured)\s+(?P<least>at least )?"
                            rf"(?P<number>{_NUMBER_WORD.pattern})\b")
_INJURED_BEFORE = lx.folded(rf"(?<!\bno )\b(?P<least>at least )?(?P<number>{_NUMBER_WORD.pattern})\s+"
                            r"(?:[\w-]+\s+){0,6}?(?:(?:were|was|are|have been|had been)\s+(?:\w+ly\s+)?"
                            r"(?:wounded|injured|hurt|"
                            # Told indirectly: "were treated for concussions", "ended the day under the care of
                            # military medics", "suffered minor injuries".
                            r"(?:treated|evaluated|hospitali[sz]ed) for [\w\s-]{0,40}?(?:injur|wound|concussion|"
                            r"trauma)\w*)|(?:suffered|sustained) (?:[\w-]+ ){0,2}?(?:injuries|wounds|concussions)|"
                            r"(?:ended (?:the day|up)|were|was) (?:\w+ )?under the care of)\b")


# "wounding two Americans and a British service member": the people after "and" count too.
_AND_PEOPLE = lx.folded(rf"(?:\s+[\w-]+){{1,3}}?\s+and\s+(?P<number>{_NUMBER_WORD.pattern})\s+(?:[\w-]+\s+){{0,3}}?"
                        r"(?:people|persons?|civilians?|soldiers?|troops?|service\s?(?:members?|men|women)|"
                        r"contractors?|personnel|Americans?|Iraqis?|Syrians?|(?:police)?(?:men|women)|"
                        r"officers?|guards?|workers?|children|members?)\b")
# The town, then up to two parts: the country or the date, or both ("KIRKUK, Iraq, March 3 (Wire) -").
#: (a caption sheet's captions are numbered: "[3] KIRKUK, Iraq, July 28, 2008 - Demonstrators carry ...")
_DATELINE = re.compile(r"^(?:(?:\[\d{1,2}\]\s+)?"
                       # (two towns of a story filed from both: "JERUSALEM/BEIRUT, Nov 20 (Wire) -")
                       # (a Kurdish or Turkish spelling's capitals: "QAMIŞLO —")
                       r"[A-Z][A-ZÇŞĞİÖÜÊÎÛÂ .'’/-]{2,40}(?:,\s*[A-Z][A-Za-z0-9 .]{1,30}(?:,\s*\d{4})?){0,2}\s*"
                       r"(?:\([A-Za-z &.]{2,30}\)\s*)?[—–-]+\s|"
                       # a translated agency's "Baghdad - The Joint Operations Command announced ..."
                       r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2} [—–-] (?=[A-Z]))")
#: The city of the story's dateline, told as "the city": "in the centre of the city", "the city's main market".
THE_CITY = lx.folded(r"\b(?:in|at|near|of|across|around|outside|inside|into|on|here in) the city\b(?! of\b)|"
                      r"\bthe city(?:['’]s| cent(?:re|er)\b)")
# A title that opens with the place and day of the report: "Mosul, 3 May 2017: mortar rounds hit the airport".
_TITLE_DATELINE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s*(?:[A-Z][a-z]+day,?\s*)?(?:\d{1,2} [A-Z][a-z]+,? \d{4}|"
                             r"[A-Z][a-z]+\.? \d{1,2},? \d{4}):\s")
# A stamp of when the report was published or updated, inside the text: "UPDATE (March 12, 09:40 GMT):",
# "Updated: Jan 8, 2020 10:15 ET", "Published March 12, 2021". Its date is the report's clock, not the event's.
_STAMP = re.compile(rf"\b(?:UPDATE[SD]?|{STAMP_LABELS})\b\s*[:,]?\s*"
                    r"(?:\([^)]{1,60}\)|(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                    r"(?:,?\s*\d{4})?(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
                    r"(?:\s*(?:GMT|UTC|ET|EST|EDT|local time))?)")
# A sentence worth reading in full names an attack, a weapon, a consequence or a claim.
_RELEVANT = lx.folded(
    r"attack|fired|fire on|under fire|under (?:[\w-]+ ){1,3}fire\b|launch|struck|\bhit|shell|target|bomb|explo|"
    r"blast|intercept|shot down|munitions|"
    r"landed|\blands\b|fell|impact|salvo| down\b|downed|dived|indirect fire|"
    r"volley|barrage|assault|strike|\braids?\b|rocket|drone|missile|mortar|katyusha|grad|rpg|uav|\buas\b|unmanned|quadcopter|"
    r"aircraft|warplane|gunship|helicopters? (?:came|flew|swooped|appeared|bombed|fired|struck|dropped)|"
    r"\bjets\b|\bplanes\b|opened fire|shooting|gunfire|went off|gone off|went up|^that was|gunm[ae]n|\bshot\b|"
    r"firefight|gun ?battle|gunfight|shoot-?out|traded (?:[\w-]+ )?fire|"
    r"\bied|kill|dead|died|wound|blew|blown|suicide|rammed|detonat|barrel|set off|stormed|raided|"
    # a day counted from a vote, the day of what the next sentence tells: "Two days before the election, a crowd ..."
    r"(?:before|after) the (?:[\w-]+ ){0,2}(?:election|vote|polls)\b|"
    # a lead that dates the incidents its items tell: "On Friday 23 November, three incidents were recorded"
    r"\bincidents (?:were|have been) (?:recorded|reported|documented|confirmed|verified)\b|"
    # the rounds just told, counted: "There were six of them."
    r"^\W*(?:there|they) (?:were|had been|numbered) |\bin all\b|"
    r"injur|hurt|casualt|damag|destroy|wreck|responsib|claim|unharmed|concussion|under the care of|"
    r"reduced to rubble|flattened|razed|"
    # "a man in army uniform turned his rifle on them"
    r"\brifles?\b|\bpistols?\b|"
    # when and where the attack just told happened: "it happened a little after seven this evening in Sadr City"
    r"\b(?:happened|took place|occurred)\b|(?:^|[:,]\s)\W*it was (?:in|at) |"
    # a denial told apart from the attack: "We did check Penjwen, and we found nothing", "that didn't happen"
    + lx.NEVER_HAPPENED_WORDS + "|" +
    # a count told apart: "by daylight the ministry put the number at twelve"
    r"\b(?:put|revised|raised|lowered|corrected|updated) (?:the|its|their) (?:number|figure|count|total|tally)\b")
_CASUALTY_WORDS = lx.folded(r"kill|dead|death|died|fatalit|wound|injur|hurt|casualt|unharmed|concussion|"
                            r"\bkia\b|\bwia\b|"
                            r"under the care of")


@dataclass(frozen=True)
class RolePlace:
    mention: PlaceMention
    role: str | None  # landed, targeted, launched, or None: only where something is

    @property
    def place_id(self) -> str:
        return self.mention.place.id


@dataclass
class RoundGroup:
    """Rounds of one outcome told in one clause: "one rocket was intercepted"."""

    outcome: str
    count: int | None
    places: list[RolePlace]
    family: str | None = None  # the weapon the clause names, if it names one
    ordinal: bool = False  # counted by "a third", "the second": it adds to the rounds told before
    rest: bool = False  # "the others": the rounds of the total that no other clause counts
    partitive: bool = False  # counted as "one of them": some of more rounds, how many in all untold


@dataclass
class Frame:
    sentence: Sentence
    places: list[RolePlace]
    dates: list[DateMention]
    weapons: list[tuple[int, str, str]]  # (position, label, family)
    count: int | None = None
    count_text: str = ""
    vague_count: str = ""
    groups: list[RoundGroup] = field(default_factory=list)
    outcome: str | None = None
    damage: str = ""
    fatalities: int | None = None
    injuries: int | None = None
    claimed_by: str = ""
    unclaimed: bool = False
    attack: bool = False
    background: bool = False
    not_an_attack: bool = False
    # "It was hit again": the sentence it points back to, when that one names the site only as a phrase the
    # gazetteer does not know ("the Khor Mor gas field in Chamchamal district"); records proposes that phrase.
    antecedent: Sentence | None = None
    # The place this frame's attack is proposed at, when the sentence names several the gazetteer does not know
    # ("attacked Liheban and Khidirjija, two farming villages"): one attack for each (see events).
    proposed: str = ""
    # The place is the one the heading of the digest's section names ("BASRA"), not the sentence: each section
    # tells an attack of its own.
    sectioned: bool = False
    # The sentence that heads the paragraph the frame lies in, when it is a place alone ("AL-HILLAH.", "1. Saida
    # (eastern countryside)."): each such paragraph tells the attacks of its place (see events._under_a_heading).
    heading: int = -1
    # "..., and a second barrage killed a soldier at Y": the clause tells another attack than the one before it in
    # its sentence, even at a place the report's attack was also said to be.
    another: bool = False
    # Its count is a tally of blasts ("the dead from the two explosions"): the attack's own only when none other is.
    tally: bool = False
    # "There were six of them": the rounds just told, counted in a sentence of their own.
    counted_back: bool = False
    # The places of the wire dateline the sentence opens with ("KIRKUK, Iraq, May 3 (Wire) -"): where the story was
    # filed, kept aside; the report's attack is there only when nothing else places it (events: the dateline).
    filed_at: list[PlaceMention] = field(default_factory=list)

    def roles(self, role: str) -> list[RolePlace]:
        return [p for p in self.places if p.role == role]


_number = lx.number_value


#: A weapon named first and another named later: "four rounds - first described by police as mortar shells,
#: later by the military as rockets".
_FIRST_THEN_LATER = lx.folded(r"\b(?:first|initially|originally|at first)\s+(?:described|reported|identified|thought|"
                              r"believed|said|called|named)\b(?P<first>[^;]{0,80}?)\b(?:later|"
                              r"subsequently|since|now)\b(?P<later>[^;]{0,80})")


def _named_at_last(low: str, weapons: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The weapons of a sentence less one it says was named so only at first, when it names the later one."""
    told = _FIRST_THEN_LATER.search(low) if len(weapons) > 1 else None
    if told is None or not any(told.start("later") <= at < told.end("later") for at, _, _ in weapons):
        return weapons
    return [w for w in weapons if not told.start("first") <= w[0] < told.end("first")]


def _weapons(text: str) -> list[tuple[int, str, str]]:
    """(position, label, family) of each weapon named, the most specific label at each position."""
    found: list[tuple[int, int, str, str]] = []
    if not lx.ANY_WEAPON.search(text):
        return []
    taken = Spans()
    for pattern, label, family in lx.WEAPONS:
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), max(match.end(), match.start() + 1)):
                continue
            name = label.format(calibre=re.sub(r"\s|-", "", match.group()).lower()) if "{" in label else label
            found.append((match.start(), match.end(), name, family))
            taken.add(match.start(), max(match.end(), match.start() + 1))
    found.sort()
    # "one strike destroyed three car-bomb facilities": what was struck, not what struck, when another weapon
    # is named ("a raid blew up a missile depot" names none other: the missiles are all it says of the attack)
    # (the verb sits a few words before: a window, not the whole text, keeps a sentence of megabytes linear)
    made = [f for f in found if _MADE_THERE.match(text, f[1]) or _MADE_BEFORE.search(text, max(0, f[0] - 80), f[0])]
    if made and len(made) < len(found):
        found = [f for f in found if f not in made]
    # "107mm Katyusha rockets": a calibre and a name for one weapon read as one label.
    merged: list[tuple[int, str, str]] = []
    for start, _, name, family in found:
        if merged and merged[-1][2] == family and start - merged[-1][0] < 25 and family == "rocket":
            previous = merged[-1]
            if previous[1] != name and name != "rocket":
                combined = f"{previous[1].removesuffix(' rocket')} {name}" if previous[1] != "rocket" else name
                merged[-1] = (previous[0], combined, family)
            continue
        merged.append((start, name, family))
    # "gunmen fired six rockets": the men who fired, not a weapon of their own
    return [w for w in merged if not (w[2] == "gunfire" and _GUNMEN.match(text, w[0]) and any(
        other[2] != "gunfire" and 0 < other[0] - w[0] <= _GUNMEN_REACH for other in merged))]


#: After a weapon's name, a place where such weapons are made or kept, not the weapon used: "destroyed three
#: car-bomb facilities", "an IED factory", "a rocket depot".
_MADE_THERE = re.compile(r"[- ](?:factor(?:y|ies)|facilit(?:y|ies)|workshops?|production|making|manufacturing|"
                         r"caches?|depots?|stores?|storage|warehouses?|launch(?:ing)? (?:sites?|positions?))\b")
#: Before a weapon's name, its making or keeping: "where the group builds car bombs".
_MADE_BEFORE = re.compile(r"\b(?:builds?|built|building|makes?|making|assembl(?:es|ed|ing)|produc(?:es|ed|ing)|"
                          r"stores?|stored|storing)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GUNMEN = re.compile(r"gunm[ae]n\b", re.IGNORECASE)
#: How far after "gunmen" a weapon they fired is told.
_GUNMEN_REACH = 60


def _role(low: str, mention: PlaceMention, earlier: list[RolePlace]) -> str | None:
    """The role of a place from the words just before it (or after it, in the passive); `low` is folded text."""
    begin = max(0, mention.start - 90)  # cues sit within a few words; an $-anchored search costs the whole string
    if earlier and earlier[-1].mention.end <= mention.start:
        begin = max(begin, earlier[-1].mention.end)
    before = low[begin:mention.start]
    stripped = _FILLER_TAIL.sub("", before)
    if earlier and earlier[-1].mention.end == begin and stripped.strip() in ("'s", "’s"):
        return earlier[-1].role  # "hits Baghdad's (heavily fortified) Mansour district": Mansour is hit
    for pattern, role in lx.ROLE_CUES:
        if pattern.search(stripped) or pattern.search(before):
            return role
    if _PASSING_THROUGH.search(before) and _WHEN_STRUCK.match(low, mention.end):
        return lx.LANDED  # "The car was travelling through the Sinune subdistrict ... when it was struck"
    passive = lx.PASSIVE_AFTER.match(low, mention.end)
    # (not the town another place is reckoned from: "through the Sinune subdistrict, north of Sinjar, when it was
    # struck": Sinune was)
    # (nor the town a road leads from: "Khan Sheikhoun, on the main highway north from Hama, was hit")
    if passive and not _BEARING_BEFORE.search(before) and not lx.BEARING_OF.search(before, max(0, len(before) - 40)):
        return lx.PASSIVE_ROLES[passive.group("verb") or passive.group("fire")]
    if lx.BARE_PREPOSITION.search(stripped):
        for previous in reversed(earlier):
            if previous.role in (lx.LANDED, lx.LAUNCHED):
                return previous.role  # "two landed in Mansour, one in Harithiya"
            if previous.role == lx.TARGETED and _AND_COUNT.search(stripped):
                return previous.role  # "fired 15 rockets at Green Village and two drones at Conoco"
    return None


def _located_by_an_aside(low: str, places: list[RolePlace]) -> list[RolePlace]:
    """"a residential building in Jaramana, on the south-eastern edge of Damascus, was hit": the verb after an aside
    that only says where a place lies tells what happened at that place, not at the town of the aside."""
    result = list(places)
    for index in range(1, len(result)):
        place, previous = result[index], result[index - 1]
        passive = lx.PASSIVE_AFTER.match(low, place.mention.end)
        if previous.role is not None or not passive \
                or not _ASIDE_OF.fullmatch(low, previous.mention.end, place.mention.start):
            continue
        # (the town a road runs from has no role of its own, _role says: "Khan Sheikhoun, on the main highway
        # north from Hama, was hit")
        role = place.role or lx.PASSIVE_ROLES[passive.group("verb") or passive.group("fire")]
        result[index - 1], result[index] = RolePlace(previous.mention, role), RolePlace(place.mention, None)
    return result


#: Between a place and the town an aside places it by: ", on the south-eastern edge of", ", just north of".
_ASIDE_OF = lx.folded(r",\s+(?:(?:just|some|about) )?(?:(?:on|at) the (?:(?:north|south|east|west)(?:-?(?:east|west))?"
                      r"(?:ern)? )?(?:edges?|outskirts|fringes?|rim) of|(?:north|south|east|west)(?:-?(?:east|west))?"
                      r" of|outside|near|"
                      # ", on the main highway north from", ", on the road to"
                      r"on the (?:main |old |new )?(?:highway|road|motorway)(?: (?:north|south|east|west)\w*)?"
                      r" (?:from|to|out of))\s+(?:the\s+)?(?:(?:city|town) of\s+)?")


# Places joined as one list: "hit Balad air base and Camp Taji", "struck X, Y and Z". A comma alone joins only
# inside a list that "and" closes ("X, Y and Z"); "Mansour, Baghdad" is a place and its city.
_JOINED = lx.folded(r"^\s*(?:,\s*(?:and|as well as)|and|as well as)\s*$")
_COMMA = lx.folded(r"^\s*,\s*$")
# "targeted Khan Shaykhun, al-Tamanah and al-Hbit": a list that "and" closes with a name the gazetteer does not
# know (so not a place of the list) is a list all the same.
_CLOSED_BY_A_NAME = re.compile(r"\s*(?:,\s*(?:(?:al|el|ar|as|ad)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*)*"
                               r",?\s+and\s+(?:(?:al|el|ar|as|ad)-)?[A-Z]")
# A place that starts a clause of its own: "rockets hit Balad and Camp Taji was put on alert".
_SUBJECT_OF_NEW_CLAUSE = lx.folded(r"\W{0,2}(?:\w+\s+){0,2}?(?:was|were|is|are|has|have|had|said|says|remained|"
                                   r"stayed|went|came|reported|responded|raised)\b")


_ARTICLE_TAIL = re.compile(r"(?<=\s)(?:al|el|ar|as|ad|the)[- ]?$")


def _coordinated(text: str, low: str, places: list[RolePlace], finder: PlaceFinder) -> list[RolePlace]:
    """Give each place of a list the role of the list's first place ("rockets hit Balad air base and Camp Taji":
    both were hit)."""
    # ("Raqqa, Dayr az Zawr, Al Hasakah and Abu Kamal": the article before a name is no word between them)
    joints = [_ARTICLE_TAIL.sub("", _FILLER_TAIL.sub("", low[a.mention.end:b.mention.start]))
              for a, b in itertools.pairwise(places)]
    result = list(places)
    for index in range(1, len(places)):
        place, previous = result[index], result[index - 1]
        if place.role is not None or previous.role not in (lx.LANDED, lx.TARGETED, lx.LAUNCHED):
            continue
        joint = joints[index - 1]
        closed = _JOINED.match(joint) or (_COMMA.match(joint) and (any(
            _JOINED.match(j) for j in itertools.takewhile(lambda j: bool(_JOINED.match(j) or _COMMA.match(j)),
                                                          joints[index:]))
            or _CLOSED_BY_A_NAME.match(text, place.mention.end)))
        if not closed or _SUBJECT_OF_NEW_CLAUSE.match(low, place.mention.end):
            continue
        if finder.is_within(previous.mention.place, place.mention.place) or \
                finder.is_within(place.mention.place, previous.mention.place):
            continue  # "Mansour, Baghdad and ...": the place and where it lies
        result[index] = RolePlace(place.mention, previous.role)
    return result


#: The people of whom none was hurt: "none of the roughly 600 soldiers at the camp was injured".
_NONE_OF = lx.folded(r"\bnone of (?:the |its |their |our )?(?:roughly |about |some |around |nearly )?$")


def _casualties(text: str, killed: bool) -> int | None:
    after, before = (_KILLED_AFTER, _KILLED_BEFORE) if killed else (_INJURED_AFTER, _INJURED_BEFORE)
    numbers = [_number(m.group("number")) + _more_people(text, m.end()) for m in after.finditer(text)]
    numbers += [_number(m.group("number")) + _more_people(text, m.end("number"), m.end()) if m.group("number")
                else _number(m.group("number2")) for m in before.finditer(text)
                if not _NONE_OF.search(text, max(0, m.start() - 30), m.start())]  # ("none of the 600 soldiers")
    if killed:
        numbers += [1 for _ in _KILLED_ONE.finditer(text)]
    told = (_TOLL_KILLED if killed else _TOLL_INJURED).match(text)
    numbers += [_number(told.group("number"))] if told else []
    # ("3 policemen KIA, 2 WIA": a soldier's count of the dead and the wounded)
    numbers += [int(m.group("number")) for m in (lx.KIA if killed else lx.WIA).finditer(text)]
    numbers += [_number(m.group("dead" if killed else "hurt")) for m in _COUNTED_DEAD.finditer(text)
                if m.group("dead" if killed else "hurt")]
    return min(numbers) if numbers else None  # the lowest figure reported, as ACLED codes fatalities


def _more_people(text: str, at: int, within: int | None = None) -> int:
    """People counted on after "wounding two Americans": "... and a British service member" adds one (so does
    "Two Americans and a British service member were hurt", the people told before the verb, up to `within`)."""
    more = _AND_PEOPLE.match(text, at)
    return _number(more.group("number")) if more and (within is None or more.end() <= within) else 0


def _clauses(low: str, places: list[RolePlace], weapons: list[tuple[int, str, str]]) -> list[RoundGroup]:
    """Rounds by outcome, clause by clause; a clause that leaves out its verb ("one in Harithiya", "the third
    in Harithiya") takes the outcome of the clause before it."""
    groups: list[RoundGroup] = []
    # ("between four and six rockets": one range, not two clauses)
    bounds = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(low)
                    if not _BETWEEN.search(low, max(0, m.start() - 30), m.start())] + [len(low)]
    previous: str | None = None
    # Places and weapons by position: each clause takes its own by binary search (an endless sentence has
    # thousands of clauses).
    landed = sorted((p for p in places if p.role == lx.LANDED), key=lambda p: p.mention.start)
    landed_at = [p.mention.start for p in landed]
    weapon_at = [w[0] for w in weapons]
    for start, end in itertools.pairwise(bounds):
        clause = low[start:end]
        inside = landed[bisect.bisect_left(landed_at, start):bisect.bisect_left(landed_at, end)]
        outcome = lx.outcome_of(clause)
        if outcome is None and previous is not None and inside:
            outcome = previous
        if outcome is None:
            continue
        previous = outcome
        count: int | None = None
        ordinal = rest = partitive = False
        count_match = lx.COUNT.search(clause)
        bare = _BARE_COUNT.match(clause)
        of_them = _OF_THEM.search(clause)
        if count_match:
            count = _number(count_match.group("number"))
        elif bare:
            count, partitive = _number(bare.group("number")), " of " in bare.group()  # ("one of them hit")
        elif of_them:
            count = _number(of_them.group("number"))
            # ("a roadside bomb went off beneath one of them": the vehicles, not the rounds, are counted)
            single = _ORDINAL.search(clause)
            partitive = not (single and single.group("singular") and single.start() < of_them.start())
        elif down := _COUNT_DOWN.search(clause):  # "guards shot two down"
            count = _number(down.group("number"))
        elif _REST.search(clause):
            rest = True
        elif found := _ORDINAL.search(clause):
            count, ordinal = 1, bool(found.group("ordinal") or found.group("another"))
        elif _SOME.search(clause):
            pass  # "destroyed several in the air": rounds of this outcome, how many untold
        elif not inside:
            continue
        first = bisect.bisect_left(weapon_at, start)
        family = weapons[first][2] if first < len(weapons) and weapons[first][0] < end else None
        groups.append(RoundGroup(outcome, count, inside, family, ordinal, rest, partitive))
    return groups


def _without_locators_of_unknown(text: str, found: list[PlaceMention], finder: PlaceFinder) -> list[PlaceMention]:
    """"struck a hospital in Sikeniye, a Yazidi village on the slopes of Mount Sinjar", "in the village of Sikeniye,
    on the slopes of Mount Sinjar": when the gazetteer does not know the place named (Sikeniye), the places of the
    aside (Mount Sinjar) only say where it lies; they are dropped, so that the attack is proposed at the phrase and
    never put at them."""
    for match in itertools.chain(lx.NAMED_WITH_APPOSITIVE.finditer(text), lx.KIND_OF_NAMED.finditer(text),
                                 lx.NAMED_WITH_BEARING.finditer(text)):
        start, end = match.span("name")
        # (a name known only abroad is not placed here either: "in Akçakale, a cotton town ... facing the Syrian
        # town of Tal Abyad" is no attack on Tal Abyad)
        if any(m.start < end and start < m.end for m in found) or (
                finder.knows(match.group("name")) and not finder.why_unplaced_in(text, match.group("name"), start)):
            continue
        found = [m for m in found if not end <= m.start < match.end()]
    for match in lx.QUARTER_NAMED.finditer(text):
        # (a quarter the gazetteer lacks, or knows only as a town elsewhere: see PlaceFinder.find)
        start, end = match.span("name")
        if not any(m.start < end and start < m.end for m in found):
            found = [m for m in found if not end <= m.start < match.end()]
    for match in lx.NAMED_LIST_WITH_APPOSITIVE.finditer(text):
        start, end = match.span("names")
        if any(m.start < end and start < m.end for m in found) or any(
                finder.knows(name) for name in unknown_list(match)):
            continue
        found = [m for m in found if not end <= m.start < match.end()]
    return found


#: What a site named after its town is: "Aleppo University", "the Basra Sports City Stadium".
_SITE_AFTER_TOWN = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:University|College|Hotel|Stadium|Hospital|Mosque|Market|"
                              r"Square|Roundabout)\b")


def _opens_an_unknown_site(text: str, mention: PlaceMention, finder: PlaceFinder) -> bool:
    """"two missiles struck the campus of Aleppo University": a town's name that opens the name of a site the
    gazetteer does not know is no place of its own; the attack is proposed at the site (events), never put at
    the town's centre."""
    after = _SITE_AFTER_TOWN.match(text, mention.end)
    return after is not None and not finder.knows(text[mention.start:after.end()])


def unknown_list(match: re.Match[str]) -> list[str]:
    """The names of a list told with what they are ("Liheban and Khidirjija, two farming villages")."""
    return [name.strip() for name in lx.LIST_SEPARATOR.split(match.group("names")) if name.strip()]


#: A superlative that measures the attack against the past: "one of the bloodiest attacks ... in recent years".
_SUPERLATIVE = lx.folded(r"\b(?:\w{3,}iest|deadliest|largest|biggest|worst|heaviest|most (?:serious|severe|deadly|"
                         r"intense)|first|sharpest|highest)\b")


def _comparison(low: str, cue: re.Match[str]) -> bool:
    """Is a cue of background ("in recent years", "since 2017") only the yardstick of a superlative told before it
    in the sentence ("the deadliest attack on Kurdish forces in recent years")? The attack is still this one."""
    return cue.group().startswith(("in recent", "since", "for years", "for decades", "for months", "in the past")) \
        and _SUPERLATIVE.search(low, 0, cue.start()) is not None


def _day_before_told(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"pulled out the last bodies on Wednesday, a day after Turkey bombed the clinic": the attack told after "a
    day after" came that many days before the day told just before it (Tuesday)."""
    result = list(dates)
    for index, (day, offset) in enumerate(itertools.pairwise(dates)):
        if day.date is not None and offset.follows and offset.offset_days > 0 and day.precision == 1 \
                and text[day.end:offset.start].strip() == "," and re.match(r" [a-z]", text[offset.end:offset.end + 2],
                                                                          re.IGNORECASE) \
                and not text[offset.end:offset.end + 6].lower().startswith((" that", " this")) \
                and not lx.ATTACK.search(lx.fold(text[:day.start])) and lx.ATTACK.search(lx.fold(text[offset.end:])):
            # (only when the attack is told after the offset: "Rockets hit X on Wednesday, a day after a drone
            # struck Y" keeps its Wednesday)
            before = day.date - dt.timedelta(days=offset.offset_days)
            result[index] = dataclasses.replace(day, date=before, text=f"{offset.text} {day.text}")
            result[index + 1] = dataclasses.replace(offset, date=before, follows=False, offset_days=0)
    return result


_NTH_TIME = re.compile(r"\b(?:for )?(?:the |a )?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|"
                       r"several|many|multiple) times?\s+(?:in\s+)?$", re.IGNORECASE)

#: Between "four weeks ago" and the day it reckons: ", on ", ", ", " - on ".
_THEN_ON = re.compile(r"^\s*[,(–—-]\s*(?:on\s+|in\s+)?$|^\s*on\s+$")  # ("A week ago today": the day reckoned)
#: "the third large car bombing in Iraq this month": a tally over the period, not the day of an attack.
_NTH_OF_PERIOD = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                            r"\s+(?:[\w-]+\s+){1,6}$", re.IGNORECASE)


def _events_dates(text: str, dates: list[DateMention], dateline: re.Match[str] | None) -> list[DateMention]:
    """The dates of a sentence less those of the report's clock: a dateline's ("BAGHDAD, Jan 5 (Reuters) -"), a
    title's ("Mosul, 3 May 2017: mortar rounds hit the airport") and an update's stamp ("UPDATE (March 12, 09:40
    GMT):", when the report changed, not when anything happened)."""
    if dateline:
        dates = [d for d in dates if d.start >= dateline.end()]
    titled = _TITLE_DATELINE.match(text) if dates else None
    if titled:
        dates = [d for d in dates if d.start >= titled.end()]
    # "for the second time this month": a count of attacks over the period, not the day of one
    dates = [d for d in dates if not _NTH_TIME.search(text, max(0, d.start - 40), d.start)
             and not (d.text.lower().startswith(("this ", "last ")) and d.precision > 1
                      and _NTH_OF_PERIOD.search(text, max(0, d.start - 60), d.start))]
    stamps = [m.span() for m in _STAMP.finditer(text)] if dates else []
    if stamps:
        dates = [d for d in dates if not any(a <= d.start < b for a, b in stamps)]
    if len(dates) > 1:
        # "Four weeks ago, on Dec. 30, a car bomb ...": the day told after the reckoning is the day itself
        dates = [d for d, after in zip(dates, [*dates[1:], None], strict=True)
                 if not (d.kind == "ago" and after is not None and after.precision == 1 and after.date is not None
                         and _THEN_ON.match(text[d.end:after.start]))]
    if len(dates) > 1:
        # "on the Sunday morning of 5 November 2023", "On a Friday night at the end of November 2022 - the
        # twenty-fifth": the weekday of the date told just after it, not the last such day before the report
        dates = [d for d in dates if not (d.kind == "weekday" and any(
            0 <= o.start - d.end <= 40 and o.kind != "weekday" and o.date is not None and o.precision == 1
            and not o.relative and o.date.weekday() == weekday_named(d.text) for o in dates))]
    if len(dates) > 1:
        # "at 0134C on 8 January 2020 (2234Z, 7 January 2020)": the same instant in Zulu time, a day earlier;
        # "The next day, Friday, ...": the weekday names the day counted, not the last Friday before the report
        # ("14 JUN, approx 0130 local (13 JUN 2230Z)": the day first, then the Zulu time)
        zulu = [d for d in dates if _ZULU_ASIDE.search(text, max(0, d.start - 30), d.start)
                or (text[max(0, d.start - 2):d.start].rstrip().endswith("(") and _ZULU_AFTER.match(text, d.end))]
        named = [b for a, b in itertools.pairwise(dates) if a.follows and b.kind == "weekday"
                 and text[a.end:b.start].strip() == ","]
        dates = [d for d in dates if d not in zulu and d not in named] or dates
    if len(dates) > 1:
        # "announced in Washington on Thursday 26 October, came before dawn on Friday 27 October": the day it was
        # told is not the day it happened, when the sentence gives that one too
        told = [d for d in dates if d.date is not None
                and _ANNOUNCED.search(lx.fold(text[max(0, d.start - _ANNOUNCED_REACH):d.start]))]
        if told and len(told) < sum(1 for d in dates if d.date is not None):
            # "announced on Thursday, Oct. 26, in Washington; by then it was Friday morning in Syria": the weekday
            # of the event is the one after the announcement's day, not the last before the report
            dates = [_weekday_after(d, told[0].date) if d.kind == "weekday" and told[0].date is not None
                     and _LOCAL_DAY_AFTER.match(text, d.end) else d for d in dates if d not in told]
    return dates


def _locates(text: str, places: list[PlaceMention], mention: PlaceMention) -> bool:
    """Does `mention` only say where one of `places` lies ("the bombing in Akhtarin, some 40 kilometres north of
    Aleppo": Aleppo)? A place named to say when is no place of the sentence, nor is the town it is reckoned from."""
    return any(0 < mention.start - p.end <= 50 and _RECKONED_FROM.fullmatch(text, p.end, mention.start)
               for p in places)


#: The words between a place and the town it is reckoned from: ", some 40 kilometres north of ".
_RECKONED_FROM = re.compile(r",?\s*(?:some |about |around |roughly |nearly |almost )?\d+(?:\.\d+)? ?(?:km|kilometres|"
                            r"kilometers|miles) (?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)? of|"
                            r"outside|from) (?:the )?")


def _names_an_event(text: str, mention: PlaceMention) -> bool:
    """Is the place named only in the name of an attack that tells when ("a few hours after the Amerli bombing, in
    Baghdad, a suicide bomber ...": Amerli says when, Baghdad where)?"""
    before = lx.fold(text[max(0, mention.start - 45):mention.start])
    # ("A few hours after the strike on Taji, a drone hit ... Imam Ali air base": Taji says when)
    return bool(_TIME_ANCHOR_BEFORE.search(before[-30:]) and _EVENT_NOUN_AFTER.match(
        lx.fold(text[mention.end:mention.end + 20]))) or bool(_AFTER_THE_ATTACK_ON.search(before))


#: ("at about the same time as the Baghdad attacks began", "like the Kirkuk bombings": other attacks, named too)
_TIME_ANCHOR_BEFORE = lx.folded(r"\b(?:after|before|since|following|ahead of|as|during|like) the\s+$")
_AFTER_THE_ATTACK_ON = lx.folded(r"\b(?:hours?|days?|minutes?|weeks?) (?:after|before) the (?:bombings?|attacks?|"
                                 r"strikes?|blasts?|explosions?|shelling|raids?) (?:on|in|at|against) (?:the )?$")
_EVENT_NOUN_AFTER = lx.folded(r"^\s+(?:bombings?|attacks?|strikes?|blasts?|massacres?|explosions?|shelling|raids?)\b")

#: A byline: "By Rania Haddad", "Reporting by Ahmed Rasheed in Baghdad", "Written by the desk".
_BYLINE = re.compile(r"^\W*(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Rr]eported by|[Ee]dited by)\s+[A-Z]")

#: The opening of an aside that gives the same time in Zulu or GMT: "(2234Z, 7 January 2020)".
_ZULU_AFTER = re.compile(r"\s*,?\s*(?:at\s+)?(?:\d{3,4}\s?Z|\d{1,2}:\d{2}\s?(?:Z|GMT|UTC))\s*\)")
_ZULU_ASIDE = re.compile(r"\(\s*(?:\d{3,4}\s?Z|\d{1,2}:\d{2}\s?(?:Z|GMT|UTC))\s*,?\s*(?:on\s+)?$")

#: A day told as the day where the attack was: "by then it was about 4:30 on Friday morning in Syria".
_LOCAL_DAY_AFTER = re.compile(rf",?\s*(?:in (?:{lx.LOCAL_PLACES})|{lx.LOCAL_TIME})\b", re.IGNORECASE)


def _weekday_after(mention: DateMention, day: dt.date) -> DateMention:
    """`mention`, a weekday, as that weekday on `day` or in the six days after it."""
    named = weekday_named(mention.text)
    if named is None:
        return mention
    return dataclasses.replace(mention, date=day + dt.timedelta(days=(named - day.weekday()) % 7))


#: The verb of a statement just before a date: the day the attack was told, not the day it happened.
_ANNOUNCED = lx.folded(r"\b(?:announced|announcing|said|statement|confirmed|disclosed|revealed)\b"
                       r"(?: (?:it|this|that))?(?: in [A-Z]?[\w]+)?(?: (?:late|early))?(?: on| dated)?,? "
                       r"(?:[a-z]+day(?: morning| evening| night| afternoon)?,? )?$")
_ANNOUNCED_REACH = 40


#: "the town of Sarmin in eastern Idlib": the part of a region a place lies in, after the place.
_IN_PART_OF = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+$")


def _without_regional_locators(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions less a town named as the part of a region a place just named lies in ("Sarmin in eastern
    Idlib": Idlib says where Sarmin is; the attack was not in Idlib city)."""
    ends = {m.end for m in found}
    kept = []
    for mention in found:
        part = _IN_PART_OF.search(text, max(0, mention.start - 30), mention.start)
        if part is not None and part.start() in ends:
            continue
        kept.append(mention)
    return kept


#: A sentence about where the rounds were fired from: "The launch point ... was ...", "The launch site is ...".
_LAUNCH_POINT_TOLD = lx.folded(r"^\W*the (?:[\w-]+ )?launch (?:point|site|position|area|pad)s?\b[^.;]{0,60}?"
                               r"\b(?:was|were|is|are|lay|lies)\b")
#: Between a site and the town that says where it lies: "the base at Tallil, outside Nasiriyah".
_BY_THE_TOWN = lx.folded(r"^,\s*(?:just |some |about |roughly |around )?(?:\d+ (?:km|kilometres|kilometers|miles) )?"
                         r"(?:outside|near|close to|beside|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+"
                         r"(?:the (?:city|town) of\s+)?$")


def _without_towns_by_a_site(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions less a town told right after a site as where the site lies ("two rockets came down near the base
    at Tallil, outside Nasiriyah": at the base, not also in the city)."""
    low = lx.fold(text)
    dropped = {id(b) for a, b in itertools.pairwise(sorted(found, key=lambda m: m.start))
               if a.place.category == "site" and b.place.category == "city"
               and _BY_THE_TOWN.match(low[a.end:b.start])}
    return [m for m in found if id(m) not in dropped] if dropped else found


#: A round beyond those the sentence told fired: "a third rocket", "an additional drone", "another launcher".
_EXTRA_ROUND = lx.folded(r"\b(?:a (?:second|third|fourth|fifth|sixth)|another|an additional|a further|an unfired|"
                         r"an unlaunched) (?:[\w-]+ )?(?:rocket|drone|missile|shell|round|mortar|launcher|projectile)s?"
                         r"\b")


#: A denial that a round was fired at all (not that one hit): "recovered", "found", "had not been fired".
_UNFIRED = re.compile(r"recovered|found|(?:was|were) not fired")


def _denies_the_attack(low: str, weapons: list[tuple[int, str, str]]) -> bool:
    """Does the sentence say its attack did not happen (thwarted, denied, an accident)? A denial in a clause of
    its own after a semicolon, about a weapon of its own, denies that clause only: "three mortar rounds fell
    inside the Green Zone; reports that a shell had hit the embassy were false" tells the mortars' attack (but
    "a drone came down near X; police are treating it as a crash" denies the drone's)."""
    # ("two rockets were fired at the site; ... recovered a third rocket that had not been fired": a round more
    # that was never fired denies nothing of those that were)
    denial = next((m for m in lx.NOT_AN_ATTACK.finditer(low)
                   if not (_UNFIRED.match(m.group()) and _EXTRA_ROUND.search(low, max(0, m.start() - 40),
                                                                              m.end() + 40))), None)
    if denial is None:
        return False
    clause_start = low.rfind("; ", 0, denial.start())
    if clause_start < 0 or not weapons or weapons[0][0] >= clause_start \
            or not any(w[0] > clause_start for w in weapons):
        return True
    before = low[:clause_start]
    return lx.NOT_AN_ATTACK.search(before) is not None or lx.outcome_of(before) is None


#: A town that names an end of a road: "the Baghdad-to-south expressway", "the Baghdad-Kirkuk road".
#: (but "on the Penjwen road" is near Penjwen: a road named after one town is told by it)
_ROAD = r"\s+(?:road|highway|expressway|motorway|route|railway)\b"
_ROAD_AFTER = re.compile(r"(?:-to)?-[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?" + _ROAD)
#: The road word right after the second town of "the Kirkuk-Baiji road".
_ROAD_NEXT = re.compile(_ROAD)


def _ends_a_road(text: str, mention: PlaceMention) -> bool:
    """Does the mention name an end of a road ("the main Baghdad-to-south expressway", "the Kirkuk-Baiji road", "on
    the stretch between the airport and the Green Zone"), not a place where anything happened?"""
    if _ROAD_AFTER.match(text, mention.end) or _BETWEEN_ENDS.search(lx.fold(text[max(0, mention.start - 90):
                                                                                 mention.start])):
        return True
    return text[mention.start - 1:mention.start] == "-" and bool(_ROAD_NEXT.match(text, mention.end))


#: Before an end of a stretch of road whose other end is told by what it is, not named: "on the stretch between the
#: airport and the " (a stretch between two named places is proposed as such: see records.py).
_BETWEEN_ENDS = lx.folded(r"\b(?:roads?|stretch|highway|route|section|motorway|expressway)(?: [\w-]+){0,2}? between "
                          r"the (?:airport|city|town|base|capital|border|camp|checkpoint) and (?:the )?$")
#: A translator's note that names another place: "[also written Tazah Khormatu; not to be confused with Tuz
#: Khurmatu, a larger town further south on the Baghdad road]" (the spelling it gives is the same place).
_NOT_TO_BE_CONFUSED = re.compile(r"\[[^\]]*?\bnot to be confused with\b(?P<other>[^\]]*)\]", re.IGNORECASE)
#: "at four in the afternoon Baghdad time": a town that names a clock, not a place where anything happened.
_CLOCK_AFTER = re.compile(r"\s+time\b")


#: What a correction says the report said, before what was so: "It said that two cars had exploded; ...".
_SAID_WRONGLY = lx.folded(r"^\W*(?:and |but )?(?:it|the (?:story|report|article|earlier version)|we) (?:said|reported|"
                          r"stated|wrote)\b[^;]*;\s*")


#: The rounds just told, counted in a sentence that names no weapon: "There were six of them", "They numbered
#: eight in all", "Four had been fired in all" (not "there were two of them in the car": people).
_COUNTED_BACK = lx.folded(rf"^\W*(?:(?:there|they) (?:were|had been)|they numbered|(?:in all|altogether),? "
                          rf"(?:there were|they numbered))\s+(?:at least |some |about )?"
                          rf"(?P<number>{_NUMBER_WORD.pattern})(?: of them| in all| in total| altogether)?\s*[,.;]"
                          rf"|^\W*(?P<fired>{_NUMBER_WORD.pattern}) (?:had been|were) (?:fired|launched) in all\b")
#: Blasts counted as a tally: "the two explosions", after "the".
_TALLY_OF_BLASTS = lx.folded(rf"(?:{lx.NUMBER_PATTERN}) (?:explosions|blasts|bombings)\b")


def _read_count(frame: Frame, text: str, low: str) -> re.Match[str] | None:
    """The rounds a sentence counts (frame.count, count_text, vague_count); the count's match, if any."""
    # "It said that two cars had exploded; there was a single car bomb": a correction's withdrawn figure first
    withdrawn = _SAID_WRONGLY.match(low)
    count = lx.COUNT.search(low, withdrawn.end() if withdrawn else 0)
    # ("put the dead from the two explosions at 27": the attacks told before, tallied, may be no one attack's rounds)
    frame.tally = count is not None and bool(_TALLY_OF_BLASTS.match(low, count.start())) \
        and low.endswith("the ", 0, count.start())
    # "first reported ten rockets; the coalition later put the figure at eighteen": the figure after the verb wins
    revised = _REVISED_TO.search(low, count.start() if count else 0)
    if revised and not frame.weapons and _PEOPLE_TOLD.search(low, 0, revised.start()):
        revised = None  # "24 people had died; hospital officials put the figure at twenty-eight": a toll
    if revised and (count is None or revised.start() > count.start()):
        frame.count, frame.count_text = _number(revised.group("number")), revised.group("number")
        if count is not None and len(frame.groups) == 1 and frame.groups[0].count == _number(count.group("number")):
            frame.groups = [dataclasses.replace(frame.groups[0], count=frame.count)]  # the rounds told, recounted
    elif count:
        frame.count = _number(count.group("number"))
        frame.count_text = text[count.start():count.end()].strip()
    elif frame.weapons and (times := _TIMES.search(low) or _BLEW_THEMSELVES_UP.search(low)):
        # "Turkey bombed the building four times", "Two of the three blew themselves up"
        frame.count, frame.count_text = _number(times.group("number")), times.group(0)
    elif not frame.weapons and (back := _COUNTED_BACK.match(low)):
        number = back.group("number") or back.group("fired")
        frame.count, frame.count_text, frame.counted_back = _number(number), number, True
    vague = lx.VAGUE_COUNT.search(low)
    if vague and (count is None or vague.start() < count.start()):
        frame.vague_count, frame.count, frame.count_text = text[vague.start():vague.end()].strip(), None, ""
    return count


#: Just before a weapon's name, a clause of time that points back to it: "after the missiles had struck".
_AFTER_THE = re.compile(r"\b(?:after|before|once|as soon as|when|following) the (?:[\w-]+ )?$")
#: Just before a weapon's name, the attack a span of time is counted from: "ten days before last night's".
_COUNTED_FROM = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?) (?:before|after) (?:the|last (?:night|week)"
                           r"['’]s|yesterday['’]s|this morning['’]s|\w+day['’]s) (?:[\w-]+ )?$")


def _clause_end(low: str, start: int) -> int:
    """Where the clause that goes on at `start` ends: its comma, semicolon or the sentence's end."""
    ends = [i for i in (low.find(",", start), low.find(";", start)) if i >= 0]
    return min(ends, default=len(low))


#: A town named for its authorities, who tell: "according to the Homs police", "Kirkuk police said", "the Basra health
#: directorate" (not "a Kirkuk police patrol was hit": the patrol is somewhere).
_AUTHORITY_AFTER = re.compile(r"\s+(?:police|health (?:directorate|department)|provincial council|operations command)\b"
                              r"(?!\s+(?:patrols?|checkpoints?|stations?|posts?|convoys?|vehicles?|cars?|headquarters|"
                              r"buildings?|bases?|recruits?|officers?|men|units?)\b)")


def read_frame(sentence: Sentence, finder: PlaceFinder, anchor: dt.date | None,
               mentions: list[PlaceMention] | None = None) -> Frame:
    """Everything one sentence says about an attack (places found anew unless `mentions` are given).

    Most sentences of a report tell no attack and no consequence of one; one regular expression finds
    them, and only the others are read in full (that keeps extraction near 10,000 sentences a second).
    """
    text = sentence.text
    low = lx.fold(text)  # every case-insensitive pattern runs on this (see lexicon.folded)
    found = finder.find(text) if mentions is None else mentions
    # ("KIRKUK - Tue 22 Nov, about 19:00": an item's heading, its place and day, not where a story was filed)
    dateline = _DATELINE.match(text) if not item_heading(text) else None
    # "DEIR EZ-ZOR —": where the report was filed, not where anything happened; "By Rania Haddad · 10 April 2018": a
    # writer (Rania is no Ranya), and where she wrote from
    filed = len(text) if _BYLINE.match(text) else dateline.end() if dateline else 0
    filed_at = [m for m in found if m.start < filed] if dateline else []
    events_named = [m for m in found if m.start >= filed and _names_an_event(text, m)]
    found = [m for m in found if m.start >= filed and m not in events_named and not _ends_a_road(text, m)
             and not _CLOCK_AFTER.match(text, m.end) and not _locates(text, events_named, m)]
    if not found and len(filed_at) == 1 and filed_at[0].place.category == "city" \
            and THE_CITY.search(low, filed):
        # "KIRKUK, Iraq, March 3 - A bomb went off in the centre of the city": the one city the dateline names
        found = filed_at

    if found and "," in text:
        found = _without_locators_of_unknown(text, found, finder)
    found = [m for m in found if not _opens_an_unknown_site(text, m, finder)]
    if "[" in text:  # "Taza Khurmatu [also written ...; not to be confused with Tuz Khurmatu]": another place
        notes = [m.span("other") for m in _NOT_TO_BE_CONFUSED.finditer(text)]
        found = [m for m in found if not any(a <= m.start < b for a, b in notes)]
    # ("A medical source in Hasakah city said ...", "The governor of Kilis province said ...": who told it)
    found = [m for m in found if not lx.SEAT_OF_POWER.search(low, max(0, m.start - 40), m.start)
             and not lx.PEOPLE_FROM.search(low, max(0, m.start - 50), m.start)
             and not lx.BOUND_FOR.search(low, max(0, m.start - 70), m.start)
             and not lx.SOURCE_BEFORE.search(low, max(0, m.start - 40), m.start)
             and not _ITS_FIGHTERS.match(low, m.end) and not _AUTHORITY_AFTER.match(text, m.end)]
    if len(found) > 1:
        found = _without_towns_by_a_site(text, _without_regional_locators(text, found))
    places: list[RolePlace] = []
    for mention in found:
        places.append(RolePlace(mention, _role(low, mention, places)))
    places = _located_by_an_aside(low, places)
    if places and _LAUNCH_POINT_TOLD.match(low):
        # "The launch point, the mayor said, was the same as in earlier attacks: the outskirts of Mosul"
        places = [RolePlace(p.mention, lx.LAUNCHED) for p in places]
    if len(places) > 1:
        places = _coordinated(text, low, places, finder)
    relevant = _RELEVANT.search(low)
    dates = find_dates(text, anchor) if relevant else []
    dates = _events_dates(text, dates, dateline)
    if len(dates) > 1:
        dates = _day_before_told(text, dates)
    weapons = _named_at_last(low, _weapons(low)) if relevant else []
    if weapons and "destroy" in low:
        # ("An ISIL mortar, a rocket system and four vehicles were destroyed": the strikes' targets, not their arms)
        # (the subject of "were destroyed" too, told before any attack's verb: "..., a rocket system and four
        # vehicles were destroyed")
        passive = _WERE_DESTROYED.search(low)
        # (not "Three drones were destroyed before they reached the base": the attack's own, stopped)
        passive = passive if passive is not None and _TARGET_NOUNS.search(low, 0, passive.start()) else None
        weapons = [w for w in weapons if not _TARGETS_OWNER.search(low, max(0, w[0] - 25), w[0])
                   and not (passive is not None and w[0] < passive.start() and not lx.ATTACK.search(low, 0, w[0]))]
    # ("Eight days before the rocket attack, jets levelled a factory": the rocket is the attack counted from)
    weapons = [w for w in weapons if not any(d.follows and d.offset_days < 0 and d.text.lower().endswith("before")
                                             and d.end <= w[0] < _clause_end(low, d.end) for d in dates)]
    # ("Ten days before last night's rockets, ... an F-15E shot down a drone": the rockets say when, the drone what)
    weapons = [w for w in weapons if not _COUNTED_FROM.search(low, max(0, w[0] - 45), w[0])] or weapons
    if len({w[2] for w in weapons}) > 1:
        # ("Seven armed drones followed up, bombing the same positions after the missiles had struck": the
        # missiles are the attack told before, which the drones' own attack is dated from)
        weapons = [w for w in weapons if not _AFTER_THE.search(low, max(0, w[0] - 30), w[0])] or weapons
    frame = Frame(sentence, places, dates, weapons, filed_at=filed_at)
    if not relevant:
        return frame
    frame.groups = _clauses(low, places, frame.weapons)
    # "Militias have targeted the area repeatedly: in March a drone struck X": the habit before a colon
    # introduces the attack after it, which is told for itself.
    colon = low.rfind(": ")
    told_after = colon >= 0 and any(start > colon for start, _, _ in frame.weapons)
    frame.background = any(not _comparison(low, cue) for cue in lx.BACKGROUND.finditer(low, colon + 2 if told_after
                                                                                              else 0))
    frame.not_an_attack = _denies_the_attack(low, frame.weapons) or bool(lx.TALLY_OF_ATTACKS.search(low))
    count = _read_count(frame, text, low)
    frame.outcome = lx.outcome_of(low)
    if "damag" in low or "destroy" in low or "wreck" in low or "crater" in low or "tore up" in low \
            or "tearing up" in low or "burn" in low or "ablaze" in low or "fire to" in low:
        damage = lx.DAMAGE_PASSIVE.search(low) or lx.DAMAGE_GENERAL.search(low) or lx.DAMAGE.search(low)
        if damage and not _IN_THE_AIR.match(low, damage.end("what")):  # "destroyed several in the air": stopped
            frame.damage = text[damage.start("what"):damage.end("what")].strip()
    _read_casualties(frame, low)
    frame.attack = _tells_an_attack(frame, text, low, count is not None)
    frame.proposed = frame.proposed or _one_more_blast_at(frame, text, finder)
    if not frame.weapons and (near := _STRIKES_NEAR.match(low)) is not None:
        # ("- Near Bayji: a single strike on a large ISIL unit": a release's strikes are its aircraft's)
        frame.weapons = [(near.end() - len("strike"), "air strike", "airstrike")]
    _read_claim(frame, text, low)
    return frame


def _one_more_blast_at(frame: Frame, text: str, finder: PlaceFinder) -> str:
    """"word of a second blast, this one in the Jamila market": the place the gazetteer lacks where the blast was,
    proposed there; "" for any other sentence."""
    blast = _ONE_MORE_BLAST.search(text) if frame.attack and not frame.places else None
    if blast is None:
        return ""
    return next((name for name in finder.place_phrases(text[blast.start():]) if finder.why_unplaced_in(text, name)),
                "")


#: A log's or a thread's entry told without a verb: "Saturday, around 9:15 pm: two small rockets at Camp Taji."
_TELEGRAPHIC = lx.folded(rf"^[^.;]{{0,50}}:\s*(?:{lx.NUMBER_PATTERN})\s+(?:[\w-]+\s+)?{lx.ROUND_NOUNS}\s+"
                         r"(?:at|on|near|against|toward|towards|into)\s+[^,;]{3,40}\.?$")


#: A site told by its kind and the name of where it is, known or not, as what was hit: "the airfield at Arbat was
#: hit from the air" (not "the attack on the headquarters at al-Sakkar", a name for the attack told).
_SITE_AT_A_NAME = re.compile(rf"\bthe (?:[\w-]+ )?(?:{lx.SITE_KINDS}) (?:at|known (?:locally )?as|called|named) "
                             r"(?:(?:al|el|ad|as|ash|ar|az|at|an)-)?[A-Z][\w'’-]*(?: [\w'’-]+){0,2}? "
                             r"(?:was|were|has been|had been) (?:hit|struck|attacked|targeted|bombed|shelled|raided)\b")


#: An attack told by its noun at a place: "a shooting at Nisour Square", "the bombing in Karrada".
_NOUN_AT_PLACE = lx.folded(r"\b(?:shooting|bombing|massacre|ambush|shelling)s? (?:at|in|on|near) \w")
#: The attack a follow-up is about, named by its day and place: "Our report on Friday evening's bombings in Khalis",
#: "Monday's car bomb in Kirkuk".
_DAYS_ATTACK_AT = re.compile(r"\b(?:day|night|morning|afternoon|evening)['’]s (?:[\w-]+ ){0,2}?(?:bombings?|attacks?|"
                             r"blasts?|explosions?|shelling|strikes?|shootings?|car bombs?) (?:in|at|on|near) "
                             r"(?:the )?[A-Z]", re.IGNORECASE)


#: Before a weapon, words that point back to one told before: "the rocket", "that round", "its missiles".
_TOLD_BEFORE = lx.folded(r"\b(?:the|that|this|these|those|its|their)\s+(?:[\w-]+\s+)?$")
#: Rounds coming down: "came down", "fell", "landed", "crashed".
_CAME_DOWN = lx.folded(r"\b(?:came down|fell|landed|crashed|slammed)\b")


#: Whose the weapon was, when it was what a strike destroyed: "(an) ISIL (mortar)", "the militants' (rockets)".
#: (the folded text has lost the case of "IS": the group is named in full, never as "is", which "the weapon is a drone,
#: which destroyed a car" would match)
_TARGETS_OWNER = lx.folded(r"\b(?:isil|isis|daesh|islamic state|enemy|terrorist|militants['’]?|insurgents['’]?|"
                           r"the group['’]s)"
                           r" (?:[\w-]+ )?$")
#: What strikes destroy, listed with a weapon that was one of their targets: "a rocket system and four vehicles".
_TARGET_NOUNS = lx.folded(r"\b(?:vehicles?|fighting positions?|buildings?|staging areas?|units?|tunnels?|depots?|"
                          r"bunkers?|checkpoints?|tanks?|launchers?|systems?|weapons? caches?|caches?)\b")
#: Targets told as the subject: "(...) were destroyed".
_WERE_DESTROYED = lx.folded(r"\b(?:were|was|had been|have been) (?:all )?destroyed\b")
#: A military release's item: "- Near Kobani: thirteen strikes.", "- Near Bayji: a single strike on a large unit."
_STRIKES_NEAR = lx.folded(r"^\W*(?:near|in|around|at|in the vicinity of) [^:;.]{2,40}: (?:[\w-]+ ){1,2}?"
                          r"(?:air ?)?strikes?\b")
#: A release's item of strikes told where they were: "strikes were clustered near Ramadi and near Kisik".
_STRIKES_WERE_NEAR = lx.folded(r"\bstrikes (?:were )?(?:clustered|concentrated|conducted|carried out|focused) "
                               r"(?:near|around|in)\b")
#: An item's shorthand for what befell its place: "Shelled.", "Shelled; no casualties reported.", "Bombed again."
_SHORTHAND = lx.folded(r"^\W*(?:shelled|bombed|struck by (?:shells|shelling|rockets|drones|mortars|air ?strikes?))"
                       r"(?: again| twice| repeatedly| heavily)?\s*(?:[.;]|$)")


#: A town told as one, then what befell it: "In the neighbouring town of Saqba, which was bombed on Friday".
_TOWN_THAT_WAS_HIT = re.compile(rf"\b(?:town|village|city|suburb|district) of {lx.NAME_WORD}(?:\s+[A-Z][\w'’-]+)?,? "
                                r"which (?:was|had been) (?:also |again |then )?(?:bombed|shelled|struck|hit|targeted|"
                                r"pounded|bombarded|raided)\b|"
                                # ("in Tariq al-Bab, a district in the east of the city, which the helicopters
                                # bombed repeatedly through the day")
                                rf"\b(?:in|at|on) {lx.NAME_WORD}(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+)?, "
                                r"an? [^.;]{0,60}?, "
                                r"which (?:the )?(?:[\w-]+ )?(?:helicopters|jets|warplanes|aircraft|planes|drones|"
                                r"gunships|bombers) (?:had )?(?:bombed|shelled|struck|hit|targeted|pounded|bombarded|"
                                r"raided)\b")


#: Harm at a place told by where it lies from another: "five soldiers were killed at Sheikh Haruz, north-east of
#: Afrin, when their tank was struck".
_HARMED_AT_A_PLACE_RECKONED = re.compile(
    rf"\b(?:were|was) (?:killed|wounded|injured) (?:at|in|near) {lx.NAME_WORD}(?:\s+[A-Z][\w'’-]+){{0,2}}, "
    r"(?:(?:some|about|around) )?(?:\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west)(?:-?(?:east|"
    r"west))?(?:ern)? of [A-Z]")


#: A force that gave ground: "fell back towards the town of al-Awja", "withdrew to".
#: (not "killed dozens of its people before pulling back at daybreak": an attack, then the attackers' going)
_RETREAT = lx.folded(r"\b(?:fell|fall|falling|pulled) back (?:to|towards|toward|into)\b|"
                     r"\b(?:withdrew|retreated) (?:to|towards|toward)\b")
#: Aircraft that only watched: "surveillance drones had been circling over Makhmour".
_WATCHING_ONLY = lx.folded(r"\b(?:surveillance|reconnaissance|spy|observation) (?:drones?|aircraft|planes?|flights?)\b"
                           r"[^.;]{0,60}?\b(?:circl|hover|flying|flew|flown|overfl|patroll|watch)")
_STRUCK_WORD = lx.folded(r"\b(?:struck|strikes?|hit|fired|bombed|dropped|killed|wounded|injured|targeted|exploded|"
                         r"crashed|shot down|downed|intercepted)\b")
#: An assault told by who made it, on a place: "Fighters led by the Islamic State group stormed Camp Speicher".
_FIGHTERS_STORMED = re.compile(r"\b(?:[Ff]ighters|[Mm]ilitants|[Ii]nsurgents|[Gg]unmen|[Jj]ihadists|[Aa]ttackers|"
                               r"[Aa]ssailants)\b(?: [\w'’-]+){0,6}? (?:stormed|overran|raided) (?:the )?[A-Z]")


def _tells_an_attack(frame: Frame, text: str, low: str, counted: bool) -> bool:
    """Does the sentence tell an attack: an attack word with a weapon, a place in a role, a count, a target
    attacked, or harm at a place; or a weapon with a place in a role; or where and when the attack just told
    happened ("it happened this evening in Sadr City")?"""
    if lx.NO_CLAIM.match(low):
        return False  # ("No group had said it was behind any of the blasts by Monday": who did it, not another)
    if _DESCRIBED_AS.search(low):
        return False  # ("state media described the incident as a missile attack on the field": one told, named again)
    if _FORECAST.match(low):
        return False  # ("Expect repeat strikes on the Qahtaniyah and Derik fields whenever ...": none yet)
    if not frame.weapons and _RETREAT.search(low):
        return False  # ("units on the southern approach fell back towards the town of al-Awja": a retreat)
    if _WATCHING_ONLY.search(low) and not _STRUCK_WORD.search(low):
        return False  # ("surveillance drones had been circling over Makhmour for two days before the attack")
    places = frame.places
    # Harm at a place, known or told as one ("gunmen ... from al-Hawasha, a farming village, killing eleven").
    killing = (bool(places) or bool(lx.NAMED_WITH_APPOSITIVE.search(text))
               or bool(lx.NAMED_LIST_WITH_APPOSITIVE.search(text))) and bool(
        lx.KILLED.search(low) or lx.INJURED.search(low))
    # (the present of a title sums up; of a timeline's entry, a sentence closed by its stop, tells: see
    # lexicon.PRESENT_ATTACK)
    worded = bool(lx.ATTACK.search(low)) or (text.rstrip().endswith((".", "!", "?", '"', "”"))
                                             and bool(lx.PRESENT_ATTACK.search(low)))
    attack = (worded and (
        bool(frame.weapons) or bool(lx.AIRSTRIKE.search(low)) or any(p.role for p in places) or counted
        or bool(lx.ATTACKED.search(low)) or bool(lx.NAMED_LIST_WITH_APPOSITIVE.search(text))
        or bool(lx.NAMES_STRUCK.search(text)) or bool(lx.NAMES_STRUCK_PASSIVE.match(text))
        or bool(_CAME_UNDER.search(low)) or bool(_SITE_AT_A_NAME.search(text)) or bool(_TOWN_THAT_WAS_HIT.search(text))
        or bool(_HARMED_AT_A_PLACE_RECKONED.search(text))
        or (bool(places) and bool(_FIGHTERS_STORMED.search(text)))
        or (bool(places) and bool(_THEY_HIT.match(low)))
        or any(g.count for g in frame.groups) or killing)) or bool(frame.weapons and any(p.role for p in places)) \
        or bool(frame.weapons and _CAME_UNDER.search(low))  # "a patrol came under heavy small-arms fire"
    # ("The convictions arise from a shooting at Nisour Square ... on 16 September 2007": the attack by its noun,
    # at the place and on the day told)
    attack = attack or bool(frame.weapons and places and frame.dates and _NOUN_AT_PLACE.search(low)) \
        or bool(places and frame.dates and _DAYS_ATTACK_AT.search(text))
    # ("A Syrian mortar round meant for rebels came down instead on the Israeli side yesterday": rounds that came
    # down on a day told, their place told next)
    # (not "The rocket came down a little after a quarter to eight": the round of an attack told before)
    attack = attack or bool(frame.weapons and frame.dates and frame.outcome == "impact" and _CAME_DOWN.search(low)
                            and not _TOLD_BEFORE.search(low, max(0, frame.weapons[0][0] - 30), frame.weapons[0][0]))
    return attack or bool(_SHORTHAND.match(low) or _STRIKES_NEAR.match(low) or _STRIKES_WERE_NEAR.search(low)) \
        or (bool(places or frame.dates) and bool(_IT_HAPPENED.search(low))) \
        or (bool(frame.dates) and bool(_THE_SITE_WAS_HIT.match(low))) \
        or (bool(places) and bool(frame.dates) and bool(_TELEGRAPHIC.match(low))) \
        or (killing and bool(places) and bool(frame.dates) and bool(_ARMED_MEN.search(low))) \
        or (bool(places) and bool(frame.dates) and bool(_TOOK_HITS.search(low))) \
        or (bool(places) and bool(_TOLD_BOMBED.search(low))) \
        or bool(_ONE_MORE_BLAST.search(text) and not _HEARSAY.search(low))


def _read_casualties(frame: Frame, low: str) -> None:
    if not _CASUALTY_WORDS.search(low):
        return
    if lx.NO_CASUALTIES.search(low):
        frame.fatalities = frame.injuries = 0
    if lx.KILLED.search(low):
        killed = _casualties(low, killed=True)
        frame.fatalities = killed if killed is not None else frame.fatalities
    if lx.INJURED.search(low):
        injured = _casualties(low, killed=False)
        frame.injuries = injured if injured is not None else frame.injuries


def _read_claim(frame: Frame, text: str, low: str) -> None:
    if "responsib" not in low and "claim" not in low and "credit" not in low:
        return
    if lx.UNCLAIMED.search(low):
        frame.unclaimed = True
        return
    claim = lx.CLAIMED_BY.search(text) or lx.CLAIMED.search(text)
    if claim:
        frame.claimed_by = re.sub(r"^(?:The|the)\s+", "", claim.group("group")).strip()
