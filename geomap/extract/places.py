"""Gazetteer places named in a sentence: every alias and transliteration the gazetteer knows, possessives
("Baghdad's Green Zone") and articles ("the Green Zone", "al-Asad") included.

Word n-grams of the sentence are normalized exactly as gazetteer names are (names.normalize), so a
mention matches when its key is a gazetteer key; the longest match wins. Curated and user places match
as written. The GeoNames tier holds 36,000 town names, some of them English words or personal names
("Hit", "Muhandis"): a town from it must be written as a proper noun that stands alone (not inside a
longer run of capitalized words) and name one town only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .. import settings
from ..countries import (
    COUNTRY_ADJECTIVES,
    COUNTRY_NAME_WORDS,
    COUNTRY_NAMES,
    CountryWord,
    country_code,
    country_words,
    is_country_name,
)
from ..entries import Index, Place
from ..errors import AmbiguousPlace, GeomapError
from ..geocode import Geocoder, dominant_city, in_reach
from ..matches import Context
from ..names import ARTICLES, SPELLED_OUT, normalize
from . import lexicon as lx
from .text import Spans, Token

MAX_WORDS = 7
#: A GeoNames town counts only this close to a curated place the same report names.
CONTEXT_M = 400_000
#: A GeoNames town abroad counts only this close to a curated place the same report names (Nusaybin and
#: Qamishli, Kilis and Azaz, Akçakale and Tal Abyad face each other across the border).
ACROSS_M = 25_000
#: Sites and districts this close can be one attack: the launch site, the target and where the rounds fell
#: (107 mm rockets fly about 8 km). Baghdad airport and the Green Zone, 15 km apart, stay apart.
NEARBY_M = 12_000
#: Two towns' points this close are one town listed twice (a curated town and a GeoNames point of it). Tighter
#: than the geocoder's test of namesakes (geocode._listed_twice, 3 km and a curated radius): here the names differ,
#: and Zamalka and Kafr Batna, two towns, lie 2.4 km apart.
SAME_TOWN_M = 2_000
#: A site named after a town ("Balad Air Base", "Qayyarah Airfield West") lies this close to it at most.
NAMED_AFTER_M = 40_000
#: "the airport" stands for the airport named this many characters before it at most.
#: What lies between a definite and the place named right after it: "the base at al-Omar", "the compound in X".
_NAMED_AFTER = re.compile(r"\s+(?:at|in|of|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
DEFINITE_REACH = 400
#: A town this close to a site named before it only says where the site lies ("Zilkan, ten kilometres from
#: Bashiqa"): "the base" after both is the site.
LOCATOR_M = 25_000
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
#: Where rounds came from, before a place's name: "fired from the direction of", "launched from near".
_FIRED_FROM = re.compile(r"\b(?:fired|launched|came|coming)\s+from\s+(?:the\s+direction\s+of\s+|near\s+|"
                         r"the\s+outskirts\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_DEFINITE = re.compile(r"\bthe (?:(?:US|U\.S\.|American|military|coalition|same) )?"
                       r"(?P<noun>airport|air ?base|airfield|base|"
                       r"embassy|oil ?field|garrison|compound|district|neighbou?rhood)\b")
_DEFINITE_WORDS = {"airport": ("airport",), "airbase": ("air base", "airbase", "airfield"),
                   "airfield": ("airfield", "air base", "airbase", "airport"),
                   "base": ("base", "camp", "garrison", "airfield"), "embassy": ("embassy",),
                   "oilfield": ("oilfield", "oil field"), "garrison": ("garrison", "base"),
                   "compound": ("embassy", "compound", "base")}
#: The kinds of place that "the <noun>" names as such (see PlaceFinder._is_a).
_DEFINITE_KINDS = {"airport": ("airport",), "airbase": ("airfield",), "airfield": ("airfield", "airport"),
                   "base": ("base", "camp", "airfield"),
                   "oilfield": ("oilfield", "gasfield"), "garrison": ("base",), "compound": ("base",)}
#: "...," said Omar, a worshipper: one word after "said" is the speaker, not a place (al-Omar oilfield).
_SPEAKER = re.compile(r"\b(?:said|says|told|recalled|added|asked)\s+$")
#: "the district that the blasts shook" is the neighbourhood or district named before, whatever its name says.
_DEFINITE_CATEGORIES = {"district": "district", "neighbourhood": "district", "neighborhood": "district",
                        "town": "city", "city": "city", "village": "city", "provincialcapital": "city"}
#: A line that opens with a name alone, an item's heading: "5. Abu al-Hassan. Air strikes were ...".
#: (not a speaker's "MR. CORWIN:": a name in capitals and small letters)
_HEADING_NAME = re.compile(r"(?m)^\W*(?:\d{1,2}[.)]\s+)?(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z'’-][\w'’-]+"
                           r"(?: (?:(?:al|el)-)?[A-Z][a-z'’-][\w'’-]*){0,2})\.\s")
#: A line that opens a bulletin's item with its place, perhaps its area, then a dash: "Aysheh (el-Bab countryside) -
#: Barrel bombs dropped ... on this village" (this village is Aysheh, known or not).
_ITEM_NAME = re.compile(r"(?m)^\W*(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z'’-][\w'’-]+(?: (?:(?:al|el)-)?[A-Z][a-z'’-]"
                        r"[\w'’-]*){0,2})\s+(?:\([^()\n]{1,40}\)\s*)?(?:--?|[–—])\s")
#: "ISKANDARIYAH, Iraq — ... the police station in this mainly Shiite town": the town named last before it (the
#: dateline's, most often).
_THIS_TOWN = re.compile(r"\bthis (?:[A-Za-z][\w-]* ){0,3}?(?P<noun>town|city|village|provincial capital)\b")
#: Places this large say where, not which: two attacks "in Baghdad" need not be one.
BROAD_KINDS = frozenset({"city", "region", "country", "province", "governorate"})
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_NAME_START = re.compile(rf"(?<![\w'’-])(?:[Tt]he |[Aa][lnrstdz]-|[Ee]l-|[Aa]sh-)?"
                         rf"[A-Z0-9{lx.LATIN_CAPITALS}\u0600-\u06FF]")
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w'’]*(?:[ -](?:al|el|ad|as|ash|at|az|an|ar|bin|ibn))?[ -]$")
_CAPITALIZED_AFTER = re.compile(r"(?:'s|’s)?[ -][A-Z]")
#: Arabic words after a name that make it another place's: western/eastern/northern/southern, suburb, new, old,
#: lower/upper, great/small ("Kafr Sousa Gharbi", "Dahiyat Qudsaya" written "Qudsaya Dahiya", "Bab Sharqi").
_ARABIC_QUALIFIER_AFTER = re.compile(r"[ -](?:[Aa]l-|[Ee]l-|[Aa]l )?(?:Gharbi|Gharbiy?y?a|Sharqi|Sharqiy?y?a|Shamali|"
                                     r"Shamaliy?y?a|Janubi|Janubiy?y?a|Dahiy?at?|Jadid|Jadida|Qadim|Qadima|Tahtani|"
                                     r"Fawqani|Kabir|Kabira|Saghir|Saghira|Wusta)\b")
#: A people's adjective before a place's name: "Iraqi Kurdistan", "the Syrian Hasakah".
_DEMONYM = re.compile(r"Iraqi|Syrian|Kurdish|Turkish|Iranian|Jordanian|Lebanese|Israeli|Russian|American|Arab|"
                     r"Saudi|Yazidi|Assyrian|Sunni|Shia|Shiite|US|U\.S\.|UN|Palestinian|Egyptian|Yemeni|British|"
                     r"French|Ukrainian|Afghan|Pakistani|Emirati|Qatari|Kuwaiti|Christian|Armenian|Chaldean|Turkmen")


def _capitalized_by_position(text: str, start: int) -> bool:
    """Is the word at `start` capitalized because it opens a sentence or a line (not because it is a name)?"""
    head = text[:start].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?:;\n-–—"


#: A capitalized word that opens a sentence before a name and is no part of it: "Near Mosul, four strikes ...".
_OPENING_WORD = re.compile(r"Near|In|At|From|Outside|Inside|Around|Across|North|South|East|West|Northern|"
                           r"Southern|Eastern|Western|Central|Elsewhere|Also|Meanwhile|Then")
#: A small word in a text written in capitals (a cable, a notice to airmen): "ATTACK ON ORER", "AGAINST ORBI" (the
#: name after it is no surname).
_CAPITALS_LINK = re.compile(r"ON|AT|IN|NEAR|AGAINST|TO|TOWARDS?|FROM|OVER|INTO|ONTO|OF|AND|BY|FOR|OUTSIDE|INSIDE|"
                            r"AROUND|ACROSS|BETWEEN|IMPACTED|HIT|STRUCK|TARGETED|ATTACKED")
# A governorate or province named as one: "Dhi Qar province", "Iraq's Anbar province", "the governorate of
# Nineveh". The words before the unit word are tried from the longest run to the last word alone.
#: (a desert or steppe named after a town is the open country around it, as far as the governorate: "the Deir
#: ez-Zor desert", "the Maadan desert", "the badia of Homs", never the town's own point)
_COUNTRYSIDE_AFTER = re.compile(r"(?:['’]s)?\s+(?:countryside|rural areas|hinterland|desert|badia|steppe)\b",
                                re.IGNORECASE)
#: "Syria's Idlib region": the area of a governorate named after its capital, not the city.
_REGION_AFTER = re.compile(r"\s+region\b", re.IGNORECASE)
#: After a town's name, the force named after it: "Sinjar Resistance Units", "Manbij Military Council".
_MOUNTAIN_AFTER = re.compile(r"\s+(?:[Mm]ountains?|[Rr]ange|[Rr]idge)\b")
_FORCE_AFTER = re.compile(r"\s+(?:Resistance|Protection|Defen[cs]e|Self-Defen[cs]e) Units\b|\s+Military Council\b")
#: After a town's name that is also a verb, the verb's passive: "Hit by barrels", "Hit twice".
_PASSIVE_AFTER = re.compile(r"\s+(?:by|with|again|twice|hard|overnight)\b")
#: A newsroom's kind just before its name: "the Lebanese channel al-Mayadeen", "the broadcaster Al-Sumaria".
_OUTLET_BEFORE = re.compile(r"\b(?:channel|broadcaster|television|TV|newspaper|daily|news agency|news site|website)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)
#: A capital named for its government, as who acts or speaks: "Damascus turns its jets on Kurdish Hassakah",
#: "Baghdad says ...", and as whom others deal with: "they have warned Damascus", "talks with Baghdad".
_GOVERNMENT_ACTS = re.compile(r"\s+(?:says|said|turns|turned|has warned|warned|accuses|accused|denies|denied|blames|"
                              r"blamed|vows|vowed|insists|insisted|claims|claimed|retaliated|rejected|refused|"
                              r"announced|ordered|wants|wanted)\b")
_GOVERNMENT_DEALT_WITH = re.compile(r"\b(?:warned|warn|urged|urge|accused|pressed|pressing|ties (?:with|to)|talks with|"
                                   r"envoy to|pressure on|allies in|ally in|backers in)\s+$")
_DAY_KNOWN_FOR_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+the\s+(?:same\s+)?"
                                   r"(?:day|night|eve)\s+(?!of\b|before\b|after\b)[^,;.()]*$")
_AREA_SUFFIX = re.compile(r"-(?:zone|area|region|front|sector|axis|pocket)\b")
#: A town's name as its government's: "the Damascus government", "the Baghdad authorities", "the Erbil regime".
#: (not the seat it works from: "the Kirkuk government compound" is in Kirkuk)
_GOVERNMENT_NOUN_AFTER = re.compile(r"-?\s*(?:government|regime|authorities|administration|leadership|cabinet)\b"
                                    r"(?!\s+(?:building|compound|headquarters|offices?|complex|palace|house|"
                                    r"headquarter|HQ|centre|center|site)s?\b)")
#: A preposition of place right before a name: "(an officer) in (Baakuba said)".
_AT_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|outside|inside|around|across)\s+(?:the\s+)?$",
                                re.IGNORECASE)
#: A town named as a clock's zone: "2:40 a.m. Damascus time", "at 14:00 Baghdad local time".
_ZONE_AFTER = re.compile(r"\s+(?:local\s+)?time\b(?!\s+(?:of|in|to|since|for|when|that)\b)")
#: A town named as the times an attack came in: "while the militants still held Hawija".
_WHILE_HELD_BEFORE = re.compile(r"\b(?:while|when|as|back when)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:still\s+)?"
                                r"(?:held|controlled|occupied|ruled)\s+(?:the\s+)?(?:(?:town|city) of\s+)?$",
                                re.IGNORECASE)
_COUNTRYSIDE_BEFORE = lx.folded(r"\b(?:countryside of|rural|desert of|badia of|steppe of)\s+(?:the\s+)?$")
_UNIT_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ez|es|ed|en|er|et|ul|ud)"
_UNIT_BEFORE = re.compile(
    rf"(?P<name>(?:(?:[A-Z][\w'’]*|{_UNIT_ARTICLE})[ -]){{0,4}}[A-Z][\w'’]*) "
    r"(?:[Pp]rovince|[Gg]overnorate|PROVINCE|GOVERNORATE)\b")
_UNIT_AFTER = re.compile(
    rf"\b(?:[Pp]rovince|[Gg]overnorate) of (?P<name>[A-Z][\w'’]*(?:[ -](?:[A-Z][\w'’]*|{_UNIT_ARTICLE})){{0,4}})")
#: Units listed before the plural: "Homs, Hama and Latakia provinces", "Anbar and Nineveh governorates".
_UNITS_LISTED = re.compile(r"(?P<list>(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, )*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},?"
                           r" and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) (?:[Pp]rovinces|[Gg]overnorates)\b")
_LIST_ITEM = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
#: The Arabic articles (names.ARTICLES) as a pattern, the longest first.
_ARTICLE = "|".join(sorted(ARTICLES - {"l", "the"}, key=len, reverse=True))
#: A name that opens with an Arabic article: "al-Asad", "el-Tanf".
_ARTICLE_FIRST = re.compile(rf"(?:{_ARTICLE})[- ]", re.IGNORECASE)
#: Capitalized words that may open a place's name before its article ("Camp al-Tanf", "Tal al-Samen").
_PLACE_WORDS_BEFORE_ARTICLE = frozenset({
    "camp", "base", "fob", "cop", "mss", "fort", "mount", "jabal", "jebel", "tal", "tell", "tel", "wadi", "ain", "ayn",
    "ras", "bab", "qasr", "deir", "dayr", "khan", "abu", "umm", "bir", "hay", "hai", "sheikh", "shaykh", "qalaat",
    "qalat", "jisr", "kafr", "kfar", "nahr", "sayyida", "sayyidah", "harat", "souq", "suq", "souk", "mukhayam",
})


#: The capitalized word before a name, and the name's Arabic article when the name is read without it.
#: (on one line: a heading's "MONDAY" above "Al-Bab. A car bomb ..." is no man's given name, nor is a weekday)
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’])(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)([A-Z][\w'’]*)"
                                rf"[ \t]+(?:(?i:{_ARTICLE})[- ])?$")


#: A country's adjective before the kind of place a town is, and its name after: "the Turkish town of Kilis",
#: "Reyhanli, Turkey".
_NATIONAL_TOWN_BEFORE = re.compile(r"\b(?P<adjective>" + "|".join(COUNTRY_ADJECTIVES) + r")\s+(?:border\s+)?"
                                   r"(?:town|city|village|province|district)\s+of\s+$", re.IGNORECASE)
#: ("Reyhanli, Turkey", "Jizan, in southern Saudi Arabia")
_COUNTRY_AFTER = re.compile(r",\s+(?:in\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?)?"
                            rf"(?P<country>{COUNTRY_NAME_WORDS})\b", re.IGNORECASE)


def _country_named_most(words: list[CountryWord]) -> str | None:
    """The country a report names most often; by its people's adjective when it names none ("SYRIAN ARAB REPUBLIC
    - AS-SUWAYDA GOVERNORATE"); a tie goes to the country listed first (Iraq, Syria, then their neighbours).
    A name joined to another word ("Iran-aligned") tells an actor, not a place."""
    named = {code: 0 for code in COUNTRY_NAMES.values()}
    for word in words:
        named[word.code] += not word.adjective and not word.joined
    if not any(named.values()):
        for word in words:
            named[word.code] += word.adjective
    return max(named, key=lambda c: named[c]) if max(named.values()) > 0 else None


def _country_of_most(mentions: list[PlaceMention]) -> str | None:
    """The country more than half of the mentions' places lie in."""
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
    return next((country for country, count in counts.items() if 2 * count > len(mentions)), None)


def _country_told(text: str, mention: PlaceMention) -> bool:
    """Do the words around a town name the country it is in ("the Turkish town of Kilis", "Reyhanli, Turkey")?"""
    before = _NATIONAL_TOWN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _COUNTRY_AFTER.match(text, mention.end)
    told = {COUNTRY_ADJECTIVES[before.group("adjective").lower()]} if before else set()
    told |= {country_code(after.group("country")) or ""} if after else set()
    return mention.place.country in told


#: A group, not a place, by the last word of its name: "the Kurdistan Workers' Party", "the Sinjar Resistance Units".
#: (not a ministry or a council, whose buildings are bombed: "the Justice Ministry", "the provincial council")
_GROUP_LAST = re.compile(r"\b(?:Party|Units|Forces|Front|Movement|Army|Brigades?|Guards|Organi[sz]ation|Group|"
                         r"Resistance|Mobili[sz]ation|Coalition|Helmets|Militias?|Battalions?|Regiment|Corps)$")
#: Initials, which the gazetteer does not know as a place, are a group's: "YBS positions", "aimed at the PKK".
_INITIALS = re.compile(r"[A-Z]{2,5}")


#: What lies between a town and the province it is placed in: "Reyhanli, in Hatay province".
_IN_PROVINCE = re.compile(r",?\s+in\s+(?:the\s+)?$")
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate)\b", re.IGNORECASE)
#: How far a town may lie from the point of the province it is placed in.
PROVINCE_M = 150_000


def _province_told(text: str, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Is a town placed in a province of its own country, as both names say ("three more hit Reyhanli, in Hatay
    province", both in Turkey and 40 km apart)?"""
    from ..geodesy import distance_m

    town = mention.place
    return any(other.start > mention.end and _IN_PROVINCE.fullmatch(text, mention.end, other.start)
               and _PROVINCE_AFTER.match(text, other.end) and other.place.country == town.country
               and distance_m(town.longitude, town.latitude, other.place.longitude, other.place.latitude) <= PROVINCE_M
               for other in mentions)


#: A site named with its kind in lower case after "the": "the Saida bridge", "the al-Jamal roundabout".
_LOWER_KIND = re.compile(r"\b(?:[Tt]he |(?=(?:al|el)-))(?P<name>" + lx.FAITH_OR_PEOPLE + lx.NAME_WORD
                         + r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2})\s+"
                         # ("at the Rashidiya vegetable market": what the market sells, between its name and kind)
                         r"(?:(?:vegetable|fruit|food|cattle|livestock|animal|bird|fish|meat|clothes|gold|wholesale|"
                         r"main|central|old|grand|popular|shopping)\s+)?(?P<kind>" + lx.LOWER_SITE_KINDS + r")\b")
_LOWER_KIND_LAST = re.compile(" " + lx.LOWER_SITE_KINDS + "$")
#: A name told as a village's: "al-Shaab village"; and the kinds of place that are quarters of a city, never one.
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b")
_QUARTER_LAST = re.compile(r"\s(?:neighbou?rhood|quarter)$")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)\b")
_AREA_AFTER = re.compile(r"\s+(?:area|district|neighbou?rhood|quarter)\b")
_QUARTER_KINDS = frozenset({"neighbourhood", "district", "building", "square", "bridge"})
#: A road named by the towns at its ends: "the Damascus-Deraa motorway", "the Baghdad-Kirkuk road".
_ROUTE = re.compile(r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?[-–][A-Z][\w'’]+(?: [A-Z][\w'’]+)?")
_ROUTE_AFTER = re.compile(r"\s+(?:motorway|highway|road|expressway|railway|pipeline|route)\b", re.IGNORECASE)


def _personal_name_before(text: str, start: int) -> bool:
    """Is the name at `start` (its Arabic article included) the family name after a man's given name ("Bashar
    al-Asad"): a capitalized word right before it that opens no place's name?"""
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before is not None else ""
    # (not "Syria's al-Omar oil field": a possessive says whose the place is)
    return bool(word) and not word.endswith(("'s", "’s")) and word.lower() not in _PLACE_WORDS_BEFORE_ARTICLE \
        and word.lower() not in ("the", "in", "at", "on", "near")


#: A title before a person's name: "Mr. Baghdadi", "Gen. Soleimani", "President Assad".
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Sen|Rep|President|Premier|"
                               r"Minister|Commander|Ayatollah|"
                               # "police captain Muthanna Khalid Ali said": a man, not Muthanna governorate
                               r"[Cc]aptain|[Cc]olonel|[Mm]ajor|[Gg]eneral|[Ll]ieutenant|[Ss]ergeant|[Bb]rigadier|"
                               r"[Cc]orporal|[Pp]rivate|[Ss]heikh|[Ss]haykh|[Ii]mam|[Mm]ayor|[Gg]overnor)\.?[ \t]+$")


#: A man's names after a first name that is also a governorate's: "Muthanna Khalid Ali" (not "Nineveh Province" or
#: "Anbar Operations Command", a unit's name or body).
_FAMILY_NAME_AFTER = re.compile(r" (?!(?:Province|Governorate|Operations|Command|Police|Council|Region|Plain|"
                                r"Desert|University|Airport|Bridge|Dam|River)\b)"
                                r"[A-Z][a-z]+ (?:(?:al|el)-)?[A-Z][a-z]+\b")
#: Family names of rulers that reports use alone, which a base's alias shares once its article is folded away.
_FAMILY_NAMES = frozenset({"assad", "asad"})
#: Men's given names: some place's bare name also is one ("Omar" for the al-Omar field: before a surname, a man),
#: and the word before a surname that is a place's name ("Mohammad Mansour": a man, not the district).
_GIVEN_NAMES = frozenset({"omar", "umar", "ali", "hassan", "hasan", "hussein", "husayn", "ahmed", "ahmad", "mohammed",
                          "muhammad", "mohammad", "mohamed", "mohamad", "abdullah", "abdul", "youssef", "yasser",
                          "mahmoud", "khalid", "khaled", "saad", "abbas", "karim", "salah", "saleh",
                          "jabbar", "hamid", "nasser", "yousef", "yusuf", "ibrahim", "ismail", "mustafa", "qasim",
                          "kadhim", "haidar", "hadi", "jamal", "faisal", "adel", "tariq", "walid", "rashid", "saeed",
                          "majid", "amir", "bashir", "zaid", "hamza"})
#: The capitalized word right before a name: "Mohammad (Mansour)".
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
#: A surname right after a given name: a capitalized word that is no day, month or kind of place.
_SURNAME_AFTER = re.compile(r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Street|Road|Square|"
                            r"Air|Airport|Base|Camp|Field|Oil|Dam|Bridge|District|Province|Governorate)\b)"
                            r"(?:(?:al|el|Al|El)-)?[A-Z][a-z]{2,}")
#: A name as written, capitalized after its Arabic article if any: "Victory", "al-Asad".
_NAME_OPENING = re.compile(rf"(?:(?i:{_ARTICLE})[- ])?[A-Z]")
#: The words of a site's name that say what it is ("Camp Victory", "Ain al-Asad Air Base"): without them the
#: name is the site's bare name.
_SITE_WORDS = re.compile(r"\b(?:camp|base|air base|airbase|airfield|air field|garrison|outpost|fob|"
                         r"forward operating base|military base|complex)\b")
#: The first words of the military's site names spelt out ("forward" of "Forward Operating Base Marez").
#: (as name keys spell them: "mission support site conoco" is keyed "mision suport site conoco", doubled letters
#: being one, and "mss conoco" "ms conoco")
_SPELLED_BY_KEY = {normalize(short): " ".join(normalize(word) for word in long.split())
                   for short, long in SPELLED_OUT.items()}
_SPELLED_FIRST = frozenset(words.split()[0] for words in _SPELLED_BY_KEY.values())


def _abbreviated(key: str) -> str:
    """A name key that spells a military site's kind out, keyed as its abbreviation ("mision suport site conoco"
    -> "ms conoco"), as the index keys it."""
    for short, long in _SPELLED_BY_KEY.items():
        if key.startswith(long + " "):
            return short + key[len(long):]
    return key
_SITE_NOUNS = r"\b(?:[Bb]ase|[Cc]amp|[Gg]arrison|[Aa]irfield|[Oo]utpost|[Cc]ompound|[Ii]nstallation)\b"
_SITE_NOUN = re.compile(_SITE_NOUNS)
#: The first word of many a village's name in the Levant and Iraq ("Tal Wasit", "Kafr Amma", "Deir Hafer"), just
#: before a name: the name goes on before the one the gazetteer knows.
_GENERIC_WORDS = (r"(?<![\w-])(?:Tal|Tell|Tel|Tall|Kafr|Kfar|Deir|Dayr|Ain|Ein|Ayn|Bir|Beit|Bayt|Jabal|Jebel|Khirbet|"
                  r"Khirbat|Qasr|Ras|Umm|Wadi|Nahr|Marj|Hawsh|Mazraat|Jisr|Maarat|Qalaat|Kani|Girde) ")
# ("beside the Tel al-Bayaa cemetery": with the article before the rest of the name, never Baghdad's Bayaa)
_GENERIC_FIRST_WORD = re.compile(_GENERIC_WORDS + r"(?:(?:al|el|as|ash|ad|ar|az|at|an)-)?$")
_GENERIC_WORD_ANYWHERE = re.compile(_GENERIC_WORDS + r"(?:(?:al|el|as|ash|ad|ar|az|at|an)-)?[A-Z]")
#: An Arabic name that goes on with its article ("Bab al-Muadham"), not an organisation after a town ("al-Qaeda").
# ("Khan es-Sibl", "Jisr esh-Shughur": the article in its other spellings too)
_NAME_GOES_ON = re.compile(r"[ -](?:al|el|ad|as|ash|ar|az|at|es|esh|ed|en|er|et|ez|ul|ud)-"
                           r"(?!Qa[ei]?da\b|Qaida\b|Nusra\b)[A-Z]")
_OTHER_ARTICLE = re.compile(r" (?:ad|as|ash|ar|az|at|es|esh|ed|en|er|et|ez|ul|ud)-[A-Z]")
#: A site named after its town, right after the town's name ("Aleppo airport"; "Latakia's port": the possessive
#: too), and such a name's end.
_TOWN_SITE = re.compile(r"(?:['’]s)?\s+" + lx.TOWN_SITE_KINDS)
_AND_SITE_OF_KIND = re.compile(r"\s+and\s+(?:(?:al|el|as|ash|ar|az|ad|an|at)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
                               r"(?P<kind>" + lx.TOWN_SITE_KINDS + ")")
_SITE_AFTER_TOWN = re.compile(r"\s" + lx.TOWN_SITE_KINDS + r"\s*$")
#: A bare site name after a noun that says it is a site: "the base at Victory", "the compound housing trainers
#: at Victory". The name is one or two capitalized words.
#: (a compound or camp of civilians is no military site: "a government compound in Baqubah" is in the town)
_CIVIL_BEFORE = r"(?<!government )(?<!police )(?<!residential )(?<!party )(?<!ministry )(?<!refugee )(?<!displacement )"
_BARE_SITE = re.compile(_CIVIL_BEFORE + _SITE_NOUNS + r"[^.;:!?\n]{0,60}?\b"
                        r"(?:at|in|near|outside|called|known as)\s+"
                        r"(?P<name>(?:[Aa][lnrstdz]-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
_CAPITALIZED_NEXT = re.compile(r" [A-Z]")
#: A nation's mission abroad, named by its nation: "the Jordanian embassy", "the Iranian consulate".
_DEMONYM_AND_NOUN = re.compile(r"(?:" + _DEMONYM.pattern + r")(?:\s+[a-z][\w-]*)+")


def a_peoples_noun(name: str) -> bool:
    """Is a phrase a people's adjective before common nouns ("Turkish town", "Syrian side"), no place's name?"""
    return _DEMONYM_AND_NOUN.fullmatch(name) is not None
def villages_named_first(text: str) -> list[re.Match[str]]:
    """The places a text names before the word village ("MULTAQA village, Dibis district"), not a people's
    adjective ("a farm in a Kurdish village")."""
    return [m for m in lx.NAME_THEN_VILLAGE.finditer(text)
            if not _DEMONYM.fullmatch(m.group("name").title()) and m.group("name").split()[0] not in lx.NOT_PLACE_WORDS]


_MISSION = re.compile(r"^(?:" + _DEMONYM.pattern + r")\s+(?:[Ee]mbassy|[Cc]onsulate)$")
ADJECTIVE_OF_PLACE = re.compile(r"-(?:aligned|backed|led|based|linked|allied|affiliated|sponsored|made|controlled|"
                                r"held|occupied|run|dominated|majority)$")  # ("Kurdish-held areas")
_JOINERS = frozenset({" ", "-", ".", ". ", "'", "’", " - "})

#: Capitalized words that are GeoNames town names but, in reports, something else.
NOT_PLACES = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hit", "ana",
        "bay", "bar", "tel", "ras", "camp", "base", "field", "zone", "green", "union", "king", "said", "ali", "amir",
        "abu", "umm", "bab", "hay", "house", "home", "city", "state", "islamic", "islam", "sham", "victory",
        "liberty", "freedom", "security", "energy", "oil", "forces", "force", "center", "centre", "north", "south",
        "east", "west", "new", "old", "port", "river", "mountain", "mountains", "valley", "village", "town",
        "district", "province", "region", "area", "lake", "sea", "gulf", "hospital", "airport", "university",
        "bridge", "street", "road", "square", "palace", "market", "mosque", "station", "tower", "the", "us", "u",
        "s", "un", "uk", "eu", "pm", "isis", "isil", "daesh", "iran", "iraq", "syria", "turkey", "kurdistan",
        "israel", "jordan", "lebanon", "kuwait", "saudi", "arabia", "coalition", "army", "police", "reuters", "afp",
        "ap", "epa", "ina", "am"
    ]
)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence (offsets within the sentence)."""

    start: int
    end: int
    text: str
    place: Place
    query: str  # a name `geomap build` resolves to this very place


def _capitalized(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or first.isdigit() or not first.isascii()


def named_after(town: Place, site: Place) -> bool:
    """Does `site`'s name begin with the name of `town`, a populated place ("Balad" and "Balad Air Base")?"""
    if town.category != "city" or site.category != "site":
        return False
    return normalize(site.name).startswith(normalize(town.name) + " ")


#: A name that ends with what kind of site it is names a site, whatever word opens it ("Tahrir Square", not the
#: armed group Tahrir al-Sham).
_SITE_KIND_LAST = re.compile(r"\s(?:Square|Street|Bridge|Market|Mosque|Hotel|Hospital|Gate|Roundabout)$")


#: A name's locator after it: ", south of ", ", some three miles south of ", ", 12 km north-east of ".
_BEARING_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s")
#: A name told with what it is, after it: "Akçakale, a cotton town of low houses".
_TOLD_AS_A_TOWN = re.compile(r"(?:,|\s+[–—-]\s+[^–—\n.;]{1,60}?\s+[–—-])\s+(?:a|an)\s+"
                             r"(?:[\w'’-]+\s+){0,3}?(?:village|town|hamlet|settlement|city|suburb)\b")
_THERE_AFTER = re.compile(r"\s+there\b")
_NAME_BEARING_OF = re.compile(
    r",\s+(?:just\s+|some\s+|about\s+|roughly\s+|around\s+|nearly\s+)?"
    r"(?:(?P<number>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+outskirts)?\s+of\s+(?:the\s+)?")
#: A name told as near a known place: "Ghaniya, Sheikh Sindyan (near Jisr al-Shughur)", "Mansour, near Mosul".
_NAME_NEAR = re.compile(r"(?:(?:,|\s+and)\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*"
                        r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,2}){0,4}"
                        r",?\s+\(?(?:just\s+|very\s+)?(?:near|outside|close to)\s+(?:the\s+)?"
                        r"(?:town\s+of\s+|city\s+of\s+)?")
#: How far a place told as near another may lie from it: GeoNames' "Al Ghaniyah" (Kafr Buhum, 90 km from Jisr
#: al-Shughur) is no village near it.
_NEAR_SLACK_KM = 50.0
#: How far a place told only as "north of X" may lie from X ("Tikrit, north of Baghdad" is 170 km); a stated
#: distance may be off by half, or 30 km.
_BEARING_SLACK_KM = 300.0


def _stated_km(told: re.Match[str]) -> float | None:
    """The distance a locator states, in km ("some three miles south of": 4.8), or None."""
    number = told.group("number")
    if number is None:
        return None
    value = float(number) if number[0].isdigit() else float(lx.number_value(number) or 0)
    if value <= 0:
        return None
    return value * 1.609 if told.group("unit") == "miles" else value


#: A dateline's town in capitals: "ESKANDARIYA, Babel governorate - ...", "KIRKUK, Iraq (wire) -".
_CAPS_DATELINE = re.compile(r"^(?P<name>[A-Z][A-Z'’-]{3,}(?: [A-Z][A-Z'’-]{2,})?),[ \t]", re.MULTILINE)
#: A town told as the owner of its officials or its people: "Eskandariya's mayor", "Kilis's residents".
_TOWNS_OWN = re.compile(r"\b(?P<name>[A-Z][a-z][\w-]{3,})['’]s (?=(?:mayor|governor|residents|people|police|"
                        r"hospitals?|council|streets|market|outskirts|centre|center)\b)")


class PlaceFinder:
    """Finds gazetteer places in text; build one per gazetteer and reuse it."""

    def __init__(self, geocoder: Geocoder, context: Context | None = None) -> None:
        self.geocoder = geocoder
        self.gazetteer = geocoder.gazetteer
        self.context = context  # --country / --within: places outside are not read as places
        self._bare_unit_names: re.Pattern[str] | None = None
        self.indexes: list[Index] = [self.gazetteer.index]
        if self.gazetteer.geonames is not None:
            self.indexes.append(self.gazetteer.geonames)
        self._prefixes: set[str] = set()
        for index in self.indexes:
            for key in index.by_key:
                words = key.split()
                spellings = [words]
                if words[0] in _SPELLED_BY_KEY:  # "fob marez" is also read as "forward operating base marez"
                    spellings.append(_SPELLED_BY_KEY[words[0]].split() + words[1:])
                for spelt in spellings:
                    self._prefixes.update(" ".join(spelt[:n]) for n in range(1, len(spelt) + 1))
        self._queries: dict[str, str | None] = {}
        self._units: dict[str, Place] | None = None  # governorates and provinces by name key (see _units_named)
        self._related: dict[tuple[str, str], bool] = {}
        # The spellings in_context dropped from the report read last, with the far place each would have named
        # (why_unplaced tells them as unknown there: "DARA, a village outside Khanaqin" is no Daraa in Syria).
        self._far_spellings: dict[str, Place] = {}
        self._article_spellings: dict[str, Place] = {}  # "al-Shahba": Shahba (شهبا) has no article (see below)
        self._unanchored: dict[str, Place] = {}  # GeoNames towns named in a report that names no other place
        # The countries beyond the region whose GeoNames towns are in reach (geocode.in_reach): those asked for,
        # and the report's own (in_context).
        self._asked: tuple[str, ...] = tuple(sorted(context.countries)) if context is not None else ()
        self._abroad: tuple[str, ...] = self._asked
        # While a report's other sentences are read (see read_report): only towns of the countries in reach.
        self._reach: tuple[str, ...] | None = None
        # The names of the report read last that with_transliterations read as another spelling ("Mikdadiya"):
        # known there, not proposed as unknown.
        self._spelt_otherwise: dict[str, Place] = {}
        self._bare: dict[str, Place] | None = None  # sites by their bare name (see _bare_sites)
        self._sites_by_bare: dict[str, list[Place]] | None = None  # every site by its bare name (_site_named_after)

    def _query(self, place: Place) -> str | None:
        """The name to write for `place`: its own name, with its country if the name alone is ambiguous."""
        if place.id not in self._queries:
            self._queries[place.id] = None
            # (or with its governorate: "Al-Qahtaniyah, Al-Hasakah", whose GeoNames namesake lies 7 km off)
            queries = (place.name, f"{place.name}, {place.country}") + (
                (f"{place.name}, {place.admin1}",) if place.admin1 else ())
            for query in queries:
                try:
                    if self.geocoder.resolve(query).place.id == place.id:
                        self._queries[place.id] = query
                        break
                except GeomapError:
                    continue
        return self._queries[place.id]

    def _lookup(self, key: str) -> tuple[int, list[Place]]:
        for rank, index in enumerate(self.indexes):
            hits = {place.id: place for place, _ in index.exact(key)}
            if hits:
                return rank, list(hits.values())
        return -1, []

    def find(self, text: str) -> list[PlaceMention]:
        """Places named in `text`, in reading order, without overlaps; at each start the longest name wins; a town
        named as a region ("Hasakah countryside") is its governorate, and a unit named as one ("Dhi Qar province")
        is the unit."""
        found = self._names_in(text)
        if " al-" in text or " el-" in text or "-al-" in text or _OTHER_ARTICLE.search(text):
            # ("a car bomb went off in Bab al-Muadham": a name that goes on past the one the gazetteer knows is
            # another place, not Al-Bab in Syria)
            found = [m for m in found if not _NAME_GOES_ON.match(text, m.end)]
        if _GENERIC_WORD_ANYWHERE.search(text):
            # ("Tal Wasit (Ghab): drone strikes": the end of a village's name that opens with "Tal", "Kafr", "Deir"...,
            # which the gazetteer lacks; never the Iraqi governorate of Wasit)
            found = [m for m in found if not _GENERIC_FIRST_WORD.search(text, max(0, m.start - 12), m.start)]
        if _TOWN_SITE.search(text):
            found = [m for m in found if not self._unknown_site_of(text, m)]
        if _SITE_NOUN.search(text):
            found = self._bare_sites(text, found)
        if "countryside" in text or "rural " in text or "region" in text or "desert" in text or "adia" in text \
                or "steppe" in text:
            found = [self._as_region(text, m) for m in found]
        units = self._units_named(text) if "rovince" in text or "overnorate" in text or "ROVINCE" in text \
            or "OVERNORATE" in text else []  # (a heading in capitals: "ALEPPO GOVERNORATE")
        # ("...," said Omar: a speaker of one word after a verb of saying is no place)
        spoken = [m for m in found if " " not in m.text and _SPEAKER.search(text, max(0, m.start - 12), m.start)]
        # ("Bashar al-Asad", "Mustafa al-Kadhimi": a man's family name, not the base or town that bears it)
        spoken += [m for m in found if _ARTICLE_FIRST.match(m.text) and _personal_name_before(text, m.start)]
        # ("Mr. Baghdadi fled into a tunnel": a man, not the town of al-Baghdadi)
        # (but "Mr. Kadhimi's residence" is the site named after him)
        spoken += [m for m in found if m.place.category != "site"
                   and _HONORIFIC_BEFORE.search(text, max(0, m.start - 20), m.start)]
        # ("since the fall of the Assad government", "Assad forces": a ruling family's name, not Al Asad Air Base)
        spoken += [m for m in found if m.text.casefold() in _FAMILY_NAMES
                   and text[max(0, m.start - 3):m.start].casefold() not in ("al ", "el ")]
        # ("the head of the health department, Omar Sideeq, said": a man's given name and surname, not the al-Omar
        # oil field the bare name may stand for)
        spoken += [m for m in found if m.text.casefold() in _GIVEN_NAMES and _SURNAME_AFTER.match(text, m.end)]
        # ("Mohammad Mansour, 24, was killed": a man's surname after his given name, not the district of Baghdad)
        spoken += [m for m in found if " " not in m.text and m.place.category != "site"
                   and (given := _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)) is not None
                   and given.group(1).casefold() in _GIVEN_NAMES]
        # ("began at 2:40 a.m. Damascus time": a clock's zone, not a place)
        spoken += [m for m in found if _ZONE_AFTER.match(text, m.end)]
        # ("a headquarters of the Sinjar Resistance Units (YBS)": a force named after the town, not the town)
        spoken += [m for m in found if _FORCE_AFTER.match(text, m.end)]
        # ("Jedraya (Idlib countryside) — Hit by barrels from a helicopter": the verb, not the Iraqi town)
        spoken += [m for m in found if m.text == "Hit" and _PASSIVE_AFTER.match(text, m.end)]
        # ("at the foot of Şengal mountain": the mountain named after the town, not the town)
        spoken += [m for m in found if m.place.category == "city" and _MOUNTAIN_AFTER.match(text, m.end)]
        # ("a fish market in Taji, a suburb on the northern edge of Baghdad": a town, not Camp Taji its name also calls)
        spoken += [m for m in found if m.place.category == "site" and _TOLD_AS_A_TOWN.match(text, m.end)]
        # ("Damascus turns its jets on Kurdish Hassakah", "they have warned Damascus": the government, not the city)
        # (not where a speaker is: "a police officer in Baakuba said")
        spoken += [m for m in found if m.place.category == "city" and m.place.kind == "city"
                   and ((_GOVERNMENT_ACTS.match(text, m.end) and not _AT_A_PLACE_BEFORE.search(text, 0, m.start))
                        or _GOVERNMENT_DEALT_WITH.search(text, max(0, m.start - 20), m.start))]
        # ("killed in two villages on Saturday, the day the president took the oath in Damascus": a place of what
        # the day is known for, not of the attack)
        spoken += [m for m in found if _DAY_KNOWN_FOR_BEFORE.search(text, max(0, m.start - 120), m.start)]
        # ("its Idlib-zone post", "the Hama-area front": the area around the town, not the town)
        spoken += [m for m in found if _AREA_SUFFIX.match(text, m.end)]
        # ("forces loyal to the Damascus government", "the Baghdad authorities": a capital as the state it rules)
        spoken += [m for m in found if m.place.category == "city" and _GOVERNMENT_NOUN_AFTER.match(text, m.end)]
        # ("quoted by the Lebanese channel al-Mayadeen": a newsroom named after a town, not the town; "while the
        # militants still held Hawija, men stormed a home in Liheb": the times, not the scene)
        spoken += [m for m in found if _OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start)
                   or _WHILE_HELD_BEFORE.search(text, max(0, m.start - 60), m.start)]
        found = self._bare_units(text, [self._unit_at_home(m) for m in found if m not in spoken])
        if _GENERIC_WORD_ANYWHERE.search(text):  # (a governorate's bare name too: "Tal Wasit" is no Wasit)
            found = [m for m in found if not _GENERIC_FIRST_WORD.search(text, max(0, m.start - 12), m.start)]
        if _TOWN_SITE.search(text):
            # "Anbar airport", "the old Muthanna airfield": a site the gazetteer does not know, named after the
            # governorate; the governorate (hundreds of km across) is no answer for it.
            found = [m for m in found if not (m.place.tier == "admin" and _TOWN_SITE.match(text, m.end))]
        if _BEARING_OF.search(text) or "near " in text or "outside " in text or "close to " in text:
            found = self._placed_by_bearing(text, found)
        if "village" in text or "hamlet" in text:
            # ("air strikes on al-Shaab village": no quarter of Baghdad that bears the name; proposed as a phrase)
            found = [m for m in found if not (m.place.kind in _QUARTER_KINDS and self._told_as_village(text, m))]
        if " area" in text or "district" in text or "neighbo" in text or "quarter" in text:
            # ("the Rustamiyah area of the capital": the quarter a base is named after, not the base)
            found = [m for m in found if not (m.place.category == "site" and _AREA_AFTER.match(text, m.end)
                                              and normalize(m.text) != normalize(m.place.name))]
        if "neighbo" in text or "quarter" in text:
            # ("the Shahba neighbourhood on the western edge of Aleppo": a quarter of a city, not the town of that
            # name 370 km away; proposed as a phrase)
            found = [m for m in found if not (m.place.category == "city" and _QUARTER_AFTER.match(text, m.end))]
        if not units:
            return found
        # "Basra province" is the governorate, not the city; "Anbar province" not a namesake village abroad.
        spans = Spans()
        for unit in units:
            spans.add(unit.start, unit.end)
        return sorted([m for m in found if not spans.overlaps(m.start, m.end)] + units, key=lambda m: m.start)

    @staticmethod
    def _told_as_village(text: str, mention: PlaceMention) -> bool:
        """Is the name told as a village's ("al-Shaab village", "the village of al-Shaab")?"""
        return bool(_VILLAGE_AFTER.match(text, mention.end)
                    or lx.VILLAGE_BEFORE.search(lx.fold(text[max(0, mention.start - 25):mention.start])))

    def _placed_by_bearing(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """"at Amiriyah, south of Fallujah": a name told with where it lies from a known place is the place of that
        name there (Amiriyat al-Fallujah, not Baghdad's Amiriya); when no place of the name lies where the words
        say, the name is dropped (proposed as a phrase, never put at a namesake far away)."""
        from ..geodesy import distance_m

        by_start = {m.start: m for m in found}
        kept: list[PlaceMention] = []
        for mention in found:
            told = _NAME_BEARING_OF.match(text, mention.end) or _NAME_NEAR.match(text, mention.end)
            reference = by_start.get(told.end()) if told is not None else None
            # (a place told near another only when that one is sure: not "Quneitra, close to the Golan frontier",
            # where GeoNames' Golan is a village abroad)
            if told is None or reference is None or reference.place.id == mention.place.id \
                    or (told.re is _NAME_NEAR and reference.place.bulk):
                kept.append(mention)
                continue
            try:
                there = self.geocoder.resolve(f"{mention.text}, {reference.text}").place
            except GeomapError:
                there = None
            place, ref = mention.place, reference.place
            apart_km = distance_m(place.longitude, place.latitude, ref.longitude, ref.latitude) / 1000
            if there is not None and there.id != place.id and distance_m(
                    there.longitude, there.latitude, ref.longitude, ref.latitude) / 1000 < apart_km:
                query = self._query(there)  # (the namesake nearer the place the words name)
                if query is not None:
                    kept.append(replace(mention, place=there, query=query))
                continue
            stated = _stated_km(told) if told.re is _NAME_BEARING_OF else None
            slack = _BEARING_SLACK_KM if told.re is _NAME_BEARING_OF else _NEAR_SLACK_KM
            if apart_km > slack if stated is None else abs(apart_km - stated) > max(30.0, stated / 2):
                continue  # no place of this name lies there ("Mansour, south of Mosul" is not Baghdad's)
            kept.append(mention)
        return kept

    def _unit_at_home(self, mention: PlaceMention) -> PlaceMention:
        """"in western Anbar": a bare name that only a GeoNames place abroad bears ("Ambar", a village in Turkey,
        which in_context drops) and one governorate of the countries looked in does is that governorate (as
        Geocoder._unit_of_that_name answers it)."""
        if not mention.place.bulk:
            return mention
        self._units_named("")  # builds the index of units by name
        assert self._units is not None
        unit = self._units.get(normalize(mention.text))
        if unit is None or unit.country == mention.place.country or self._home_holds(mention.place):
            return mention
        return replace(mention, place=unit, query=unit.name)

    def _bare_units(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """Governorates named bare where no place is named ("attacks in Diyala", "across Nineveh"): names that no
        place of any tier bears, or the gazetteer would have read them as that place."""
        if self._bare_unit_names is None:
            self._units_named("")
            assert self._units is not None
            names = sorted({n for u in set(self._units.values()) for n in (u.name, *u.aliases)
                            if n[:1].isupper() and not self.geocoder.exact_countries(n)}, key=len, reverse=True)
            self._bare_unit_names = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") \
                if names else re.compile(r"(?!)")
        added = []
        taken = Spans()
        for mention in found:
            taken.add(mention.start, mention.end)
        for match in self._bare_unit_names.finditer(text):
            unit = self._units.get(normalize(match.group())) if self._units else None
            # (not a man's name: "police captain Muthanna Khalid Ali said", "Mr. Diyala Hassan")
            person = _HONORIFIC_BEFORE.search(text, max(0, match.start() - 20), match.start()) \
                or _FAMILY_NAME_AFTER.match(text, match.end())
            if unit is not None and not person and not taken.overlaps(match.start(), match.end()):
                added.append(PlaceMention(match.start(), match.end(), match.group(), unit, unit.name))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _home_holds(self, place: Place) -> bool:
        home = self.context.countries if self.context is not None and self.context.countries \
            else settings.HOME_COUNTRIES
        return place.country in home

    def _unknown_site_of(self, text: str, mention: PlaceMention) -> bool:
        """"struck Aleppo airport" when the gazetteer knows the city but not its airport: the name is the site's,
        which the gazetteer cannot place; the city (kilometres away) is no answer for it."""
        if mention.place.category == "site":
            return False
        site = _TOWN_SITE.match(text, mention.end)
        if site is None:
            # ("the Saida and Zarbah oil stations": the first of two sites named before their kind)
            listed = _AND_SITE_OF_KIND.match(text, mention.end)
            return listed is not None and self.why_unplaced(f"{mention.text} {listed.group('kind')}").startswith(
                "the gazetteer knows no")
        return self.why_unplaced(text[mention.start:site.end()]).startswith("the gazetteer knows no")

    def _names_in(self, text: str) -> list[PlaceMention]:
        """The gazetteer names of `text`. A name starts at a capitalized word, or at an Arabic article joined to
        one ("al-Tanf"), or at "the" before one; only there are the following words read, so most of the text
        costs one regex step."""
        prefixes = self._prefixes
        found: list[PlaceMention] = []
        resume = 0
        for start in _NAME_START.finditer(text):
            if start.start() < resume:
                continue
            first = _WORD.match(text, start.start())
            if first is None:
                continue
            first_key = normalize(first.group())
            if first_key not in prefixes and first_key not in ARTICLES:
                continue  # most capitalized words start no name: one lookup, and on to the next
            words: list[Token] = []
            keys: list[str] = []
            best: tuple[int, int, list[Place]] | None = None
            possessive: tuple[int, tuple[int, int, list[Place]] | None] | None = None  # (word, best up to it)
            for word in _WORD.finditer(text, start.start()):
                if words and text[words[-1].end:word.start()] not in _JOINERS:
                    break  # a name does not run across a comma or a bracket
                if len(words) == MAX_WORDS:
                    break
                words.append(Token(word.start(), word.end(), word.group()))
                keys.append(normalize(word.group()))
                # An article is dropped when a word follows it, as normalize does: "al Asad" -> "asad".
                key = keys[0] if len(keys) == 1 else " ".join(
                    k for n, k in enumerate(keys) if not (k in ARTICLES and n < len(keys) - 1))
                if not key or keys[-1] in ARTICLES:
                    continue  # "Ain al-": the article belongs to the next word
                if key not in prefixes:
                    break
                rank, places = self._lookup(_abbreviated(key) if keys[0] in _SPELLED_FIRST else key)
                if places:
                    best = (len(words) - 1, rank, places)
                if possessive is None and word.group().endswith(("'s", "’s")):
                    possessive = (len(words) - 1, best)
            if best is not None and possessive is not None and best[0] > possessive[0] \
                    and _CAPITALIZED_NEXT.match(text, words[best[0]].end):
                # "Baghdad's International Zone": the name after a possessive runs on past the longest match (the
                # airport's "Baghdad International"), so the possessive ends the name ("Palmyra's airport" stays).
                best = possessive[1]
            if best is not None:
                last, rank, places = best
                mention = self._accept(text, words, 0, last, rank, places)
                if mention is not None:
                    found.append(mention)
                    resume = words[last].end
        return found

    def _bare_sites(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """Sites named by the word that sets them apart, after a noun that says what they are: "the base housing
        coalition advisers at Victory" is Camp Victory. The bare word alone ("Victory") names nothing; only a site
        whose bare name no other place bears, and that is no name of its own in any tier, is read so."""
        if self._bare is None:
            # bare name -> {place id: whether it is the bare form of the place's own name (not of an alias)}
            owners: dict[str, dict[str, bool]] = {}
            by_id: dict[str, Place] = {}
            for place in self.gazetteer.index.places:
                if place.bulk or place.category != "site":
                    continue
                by_id[place.id] = place
                for n, name in enumerate((place.name, *place.aliases)):
                    bare = " ".join(_SITE_WORDS.sub(" ", normalize(name)).split())
                    if bare and bare != normalize(name) and len(bare) >= 3:
                        mark = owners.setdefault(bare, {})
                        mark[place.id] = mark.get(place.id, False) or n == 0
            self._bare = {}
            for key, marks in owners.items():
                # "Victory" is Camp Victory's bare name and a bare alias of the airport (Victory Base Complex):
                # the place whose own name it is wins; two such, or none among several, and it names nobody.
                named = [i for i, own in marks.items() if own] if len(marks) > 1 else list(marks)
                if len(named) == 1 and not any(index.exact(key) for index in self.indexes):
                    self._bare[key] = by_id[named[0]]
        spans = Spans()
        for mention in found:
            spans.add(mention.start, mention.end)
        added = []
        for match in _BARE_SITE.finditer(text):
            start, end = match.span("name")
            if spans.overlaps(start, end):
                found = [self._site_named_after(match, m) for m in found]
                continue
            site = self._bare.get(normalize(match.group("name")))
            if site is None:
                continue
            query = self._query(site)
            if query is not None:
                added.append(PlaceMention(start, end, text[start:end], site, query))
        return sorted(found + added, key=lambda m: m.start) if added else found

    def _site_named_after(self, match: re.Match[str], mention: PlaceMention) -> PlaceMention:
        """"a base housing US troops at Harir": the site named after the town (Harir Air Base), when the town is
        told right after "at" (or "in") and one site near it bears its name; otherwise the mention as it is."""
        start, end = match.span("name")
        before = match.group(0)[:start - match.start()].rstrip()
        if (mention.start, mention.end) != (start, end) or mention.place.category == "site" \
                or not before.endswith((" at", " in")):
            return mention
        if self._sites_by_bare is None:
            self._sites_by_bare = {}
            for place in self.gazetteer.index.places:
                if not place.bulk and place.category == "site":
                    bare = " ".join(_SITE_WORDS.sub(" ", normalize(place.name)).split())
                    if bare and bare != normalize(place.name):
                        self._sites_by_bare.setdefault(bare, []).append(place)
        sites = [site for site in self._sites_by_bare.get(normalize(mention.text), [])
                 if named_after(mention.place, site) and self.related(site.id, mention.place.id)]
        query = self._query(sites[0]) if len(sites) == 1 else None
        return mention if query is None else PlaceMention(start, end, mention.text, sites[0], query)

    def _as_region(self, text: str, mention: PlaceMention) -> PlaceMention:
        """"Hasakah countryside", "the countryside of Deir ez-Zor", "rural Hama": the governorate the town lies in,
        not the town (an attack there may be 50 km from it)."""
        before = lx.fold(text[max(0, mention.start - 30):mention.start])
        region = _REGION_AFTER.match(text, mention.end) is not None
        if not (_COUNTRYSIDE_AFTER.match(text, mention.end) or _COUNTRYSIDE_BEFORE.search(before) or region):
            return mention
        unit = self.geocoder.unit_of(mention.place)
        if region and (unit is None or normalize(unit.name) != normalize(mention.place.name)):
            return mention  # ("the Idlib region" is the governorate of Idlib; "the Sinjar region" stays Sinjar's)
        query = None if unit is None else f"{unit.name} {unit.kind.capitalize()}"
        if unit is None or query is None or not self._resolves(query, unit):
            return mention
        return PlaceMention(mention.start, mention.end, mention.text, unit, query)

    def _units_named(self, text: str) -> list[PlaceMention]:
        """Governorates and provinces named as such ("Dhi Qar province", "the governorate of Nineveh")."""
        if self._units is None:
            by_key: dict[str, list[Place]] = {}
            for unit in self.gazetteer.units.places:
                for name in dict.fromkeys((unit.name, *unit.aliases)):
                    by_key.setdefault(normalize(name), []).append(unit)
            # Only the units of the countries looked in: "Hakkari province, across the border in Turkey" is no
            # place of an Iraqi incident (a curated site abroad, such as Tower 22, is still read as itself).
            home = set(self.context.countries) if self.context is not None and self.context.countries \
                else set(settings.HOME_COUNTRIES)
            self._units = {key: units[0] for key, units in by_key.items()
                           if len({u.id for u in units}) == 1 and units[0].country in home}
        found = []
        for pattern, before in ((_UNIT_BEFORE, True), (_UNIT_AFTER, False)):
            for match in pattern.finditer(text):
                words = list(_WORD.finditer(text, *match.span("name")))
                # Before the unit word, the longest run that ends at it; after "of", the longest from there.
                parts = [words[n:] for n in range(len(words))] if before else \
                    [words[:n] for n in range(len(words), 0, -1)]
                for part in parts:
                    begin, end = part[0].start(), part[-1].end()
                    named = self._units.get(normalize(text[begin:end]))
                    if named is not None and self._resolves(query := f"{named.name} {named.kind.capitalize()}", named):
                        found.append(PlaceMention(begin, end, text[begin:end], named, query))
                        break
        for match in _UNITS_LISTED.finditer(text):
            # "positions in Homs, Hama and Latakia provinces": each a governorate, not its capital city
            for item in _LIST_ITEM.finditer(text, *match.span("list")):
                named = self._units.get(normalize(item.group()))
                if named is not None and self._resolves(query := f"{named.name} {named.kind.capitalize()}", named):
                    found.append(PlaceMention(item.start(), item.end(), item.group(), named, query))
        return sorted(found, key=lambda m: m.start)

    def _resolves(self, query: str, place: Place) -> bool:
        try:
            return self.geocoder.resolve(query).place.id == place.id
        except GeomapError:
            return False

    def _accept(self, text: str, words: list[Token], i: int, j: int, rank: int,
                places: list[Place]) -> PlaceMention | None:
        while i < j and normalize(words[i].text) in ARTICLES and text[words[i].end:words[i + 1].start] == " ":
            i += 1  # "the Green Zone", "at Baghdad": the place starts after the article (but "al-Tanf" keeps it)
        span = words[i:j + 1]
        if not any(_capitalized(w) for w in span):
            return None  # a proper name is written as one; "the capital" is not a place
        if rank > 0 and self._reach is not None:
            # (a heading's "UMM KHAIR" in a Syrian sitrep is no village of Palestine: see read_report)
            places = [p for p in places if in_reach(p, self._reach)]
        if len(places) > 1 and rank > 0:
            # ("the Lebanese city of Tripoli": Lebanon's, a country of the region, before Libya's capital)
            places = [p for p in places if in_reach(p, self._asked)] or places
            # ("Sanaa": Yemen's capital, and a hamlet of that name: the city, as the resolver answers)
            city = dominant_city(places) if len(places) > 1 else None
            # ("Daraya": a town of Syria in GeoNames, and an alias of a Saudi one: the one in the countries looked
            # in, as the resolver answers; in_context still asks a place of the report's to vouch for it)
            home = self.context.countries if self.context is not None and self.context.countries \
                else settings.HOME_COUNTRIES
            places = [city] if city is not None else places if len(places) == 1 else [
                p for p in places if p.country in home]
        if len(places) != 1:
            return None  # two places answer to this name: leave it to the analyst
        place = places[0]
        if rank > 0:  # the GeoNames tier: only proper nouns that stand alone
            if any(not _capitalized(w) and normalize(w.text) not in ARTICLES for w in span):
                return None
            if len(span) == 1 and (normalize(span[0].text) in NOT_PLACES or len(span[0].text) < 3):
                return None
            before = _CAPITALIZED_BEFORE.search(text, max(0, span[0].start - 60), span[0].start)
            if (before and not _OPENING_WORD.fullmatch(before.group().strip(" -"))
                    and not _CAPITALS_LINK.fullmatch(before.group().strip(" -"))) \
                    or _CAPITALIZED_AFTER.match(text, span[-1].end):
                return None  # part of a longer name: "Ahl al-Haq", "Abu Mahdi al-Muhandis" (not "Near Mosul, ...")
        elif len(span) == 1 and (before := _CAPITALIZED_BEFORE.search(text, max(0, span[0].start - 60),
                                                                      span[0].start)) is not None:
            word = before.group().strip(" -")
            # ("Damascus's Mezzeh": a possessive before the name is its setting, not a first name)
            if not _OPENING_WORD.fullmatch(word) and not _DEMONYM.fullmatch(word) and normalize(word) not in ARTICLES \
                    and not _CAPITALS_LINK.fullmatch(word) \
                    and not word.endswith(("'s", "’s")) and not _capitalized_by_position(text, before.start()):
                return None  # a person's surname: "Qassem Soleimani" is no Sulaymaniyah
        if _ARABIC_QUALIFIER_AFTER.match(text, span[-1].end):
            return None  # "Kafr Sousa Gharbi", "Qudsaya Dahiya", "Bab Sharqi": another place, named after this one
        query = self._query(place)
        if query is None:
            return None
        start, end = span[0].start, span[-1].end
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2
        return PlaceMention(start, end, text[start:end], place, query)

    def read_report(self, text: str) -> list[PlaceMention]:
        """The places of a whole report, in context (in_context, with_transliterations); until the next report,
        the other texts read (sentences, headings) look up GeoNames towns beyond the region only in the countries
        asked for and the report's own."""
        self._reach = None
        mentions = self.with_transliterations(self.in_context(self.find(text), text), text)
        self._reach = self._abroad
        return mentions

    def in_context(self, mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
        """Mentions without the GeoNames towns that lie far from the report's other places.

        "al-Baghdadi" names a town in Anbar and, in cities500, a village in Iran 1,700 km away. A town from
        the GeoNames tier is kept only within CONTEXT_M of a curated place the report names or, when it names
        none, in the country it names most, or the one most of its places lie in.
        """
        from ..geodesy import distance_m

        words = country_words(text)
        main_country = _country_named_most(words)
        # A report is about the country most of the places it names lie in ("Marib", "Sanaa" six times against one
        # "Toll", an Iranian village's alias; "Abqaiq", "Riyadh", "Jeddah" against one "Shaybah", an Iraqi base's
        # alias), as if that country were given with --country: its actors' countries ("Saudi-led",
        # "Iran-aligned") are not it.
        own = _country_of_most(mentions)
        # (in Iraq and Syria the report's own country is what it was before: the one it names most, or none; a
        # country beyond them is the report's only when it names it and two places of it: a Palestinian Umm al
        # Khayr is not the "UMM KHAIR" of a Syrian sitrep that names no country)
        if own in settings.HOME_COUNTRIES or not any(word.code == own for word in words) \
                or len({m.place.id for m in mentions if m.place.country == own}) < 2:
            own = None
        self._abroad = self._asked + ((own,) if own else ())
        if self.context is not None:
            mentions = [m for m in mentions if self.geocoder.inside(m.place, self.context)]
        else:
            # As the resolver does: a GeoNames town abroad ("Hakkari, across the border in Turkey") needs the
            # country asked for (--country); or a place of the gazetteer's own the report names right across the
            # border from it ("rockets fired from near Qamishli landed in Nusaybin", 2 km apart).
            # The same when the words say which country the town is in ("came down in the Turkish town of Kilis",
            # "Kilis, Turkey").
            curated = [m.place for m in mentions if not m.place.bulk]
            mentions = [m for m in mentions if not m.place.bulk or m.place.country in settings.HOME_COUNTRIES
                        # (not a town that names its province: "Reyhanli, in Hatay province" is not Antakya, nor
                        # "Parwan province" the town GeoNames also calls Parwan)
                        or (m.place.country == own and not _PROVINCE_AFTER.match(text, m.end))
                        or any(distance_m(a.longitude, a.latitude, m.place.longitude, m.place.latitude) <= ACROSS_M
                               for a in curated) or _country_told(text, m) or _province_told(text, m, mentions)]
        mentions, far = _without_far_variants(mentions)
        mentions, other = _without_article_variants(mentions)
        self._far_spellings = {m.text.casefold(): m.place for m in far}
        self._article_spellings = {m.text.casefold(): m.place for m in other}
        self._unanchored = {}
        anchors = [m.place for m in mentions if not m.place.bulk]
        if len(anchors) == len(mentions):
            return mentions
        kept = []
        for mention in mentions:
            place = mention.place
            near = anchors and any(distance_m(a.longitude, a.latitude, place.longitude, place.latitude) <= CONTEXT_M
                                   for a in anchors)
            # (a GeoNames town of the region far from the report's curated places is still only proposed: "The
            # operation Ankara calls Olive Branch" is no strike on Ankara; beyond the region, where the curated
            # gazetteer has no place, a curated place is an alias's false friend)
            if not place.bulk or near or (not anchors and place.country in (main_country, own)) \
                    or (place.country == own and own not in settings.REGION_COUNTRIES) \
                    or (not anchors and _country_told(text, mention)):
                kept.append(mention)
            elif anchors:
                # ("- Monday 20 July, al-Kiswah (south of Damascus): ..." in a digest of attacks in Iraq: a town
                # far from the report's other places is not placed on so little; proposed, never left placeless
                # to be joined to another attack)
                self._far_spellings.setdefault(mention.text.casefold(), place)
            elif main_country is None and own is None:
                # ("a bomb killed two voters near the town of Daquq", in a report that names no other place and no
                # country: the GeoNames town is not placed on so little, but its name is proposed for the analyst)
                self._unanchored[mention.text.casefold()] = place
        return kept

    def with_transliterations(self, mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
        """Mentions plus the names the gazetteer knows only under another spelling ("Mikdadiya", "Khaniqin"),
        where exactly one curated town or site so spelt lies in a governorate of the report's other curated places
        ("Baakuba", "Diyala province"): as the resolver asks a transliteration for a governorate. A name spelt
        like places of two governorates, or of none the report names, stays unknown (proposed, never guessed)."""
        self._spelt_otherwise = {}
        governorates = {(m.place.country, m.place.admin1) for m in mentions if not m.place.bulk and m.place.admin1}
        if not governorates:
            return mentions
        taken = sorted((m.start, m.end) for m in mentions)
        added: list[PlaceMention] = []
        # (also the town of a dateline in capitals, "ESKANDARIYA, Babel governorate -", and a town told as the owner
        # of its mayor or its people, "Eskandariya's mayor": the report's own town, however spelt)
        told = [*self.place_phrases(text), *(m.group("name").title() for m in _CAPS_DATELINE.finditer(text)),
                *(m.group("name") for m in _TOWNS_OWN.finditer(text))]
        for name in dict.fromkeys(told):
            if "\n" in name or self.knows(name):
                continue
            places = {c.place.id: c.place for c in self.geocoder.transliterations(name) if not c.place.bulk}
            if len(places) != 1:
                continue
            (place,) = places.values()
            if (place.country, place.admin1) not in governorates or (query := self._query(place)) is None:
                continue
            self._spelt_otherwise[name.casefold()] = place
            for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                start, end = match.span()
                if place.category == "site" and _AREA_AFTER.match(text, end):
                    continue  # ("the Rustamiyah area of the capital": the quarter, not Camp Rustamiyah)
                at = bisect.bisect_right(taken, (start, len(text)))
                if not ((at and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end)):
                    added.append(PlaceMention(start, end, name, place, query))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def with_short_names(self, mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
        """Mentions plus a site's name without its kind once the report has named it in full: "insurgents shelled
        Camp Victory ... On Sept. 11 a single rocket struck Victory". Only curated sites; never a word another
        mention holds, nor a man's family name ("Bashar al-Asad", see _personal_name_before), whatever base the
        report named."""
        shorts: dict[str, PlaceMention] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.place.bulk or mention.place.category != "site":
                continue
            bare = " ".join(_SITE_WORDS.sub(" ", normalize(mention.text)).split())
            if len(bare) >= 3 and bare != normalize(mention.text):
                shorts.setdefault(bare, mention)
        if not shorts:
            return mentions
        taken = sorted((m.start, m.end) for m in mentions)
        added = []
        for bare, first in shorts.items():
            pattern = re.compile(r"\b" + r"[\s-]+".join(re.escape(w) for w in bare.split()) + r"\b", re.IGNORECASE)
            for match in pattern.finditer(text, first.end):
                start, end = match.span()
                at = bisect.bisect_right(taken, (start, len(text)))
                overlaps = (at and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end)
                if overlaps or not _NAME_OPENING.match(text, start) or _personal_name_before(text, start):
                    continue
                added.append(PlaceMention(start, end, text[start:end], first.place, first.query))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def with_definites(self, mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
        """Mentions plus "the airport", "the base", "the embassy" read as the site of that kind named just
        before (within DEFINITE_REACH characters): "...Erbil International Airport. In April, a drone struck a
        hangar inside the airport" is that airport. Never across another place, and only curated sites."""
        found = list(mentions)
        # Mentions by start, with the furthest end so far: each definite looks at its neighbours only (a report
        # of thousands of mentions and definites stays linear).
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        starts = [m.start for m in ordered]
        furthest = list(itertools.accumulate((m.end for m in ordered), max))
        longest = max((m.end - m.start for m in ordered), default=0)
        called: dict[str, set[str]] = {}  # the sites a definite has read back to, by its noun
        for match in itertools.chain(_DEFINITE.finditer(text), _THIS_TOWN.finditer(text)):
            up_to = bisect.bisect_left(starts, match.end())
            if up_to and furthest[up_to - 1] > match.start():
                continue  # inside a mention
            if up_to < len(ordered) and _NAMED_AFTER.match(text, match.end(), ordered[up_to].start):
                continue  # "the coalition compound at Erbil International Airport": the place named after it
            if lx.QUALIFIED.match(text, match.end()):
                continue  # "the clothes market in Tayaran Square": a place of its own, known or not
            noun = match.group("noun").replace(" ", "")
            words = _DEFINITE_WORDS.get(noun, ())
            wanted = _DEFINITE_CATEGORIES.get(noun)
            last = self._nearest_before(ordered, starts, longest, text, match.start(), wanted)
            if last is None:
                continue
            # ("busier at the Conoco field itself. ... rockets were fired at the coalition base there": the base
            # at the site just named, whose names say it is one, not a garrison told before it)
            # (and "the base" after it: the site the text has called a base since)
            there = last.place.id in called.get(noun, ()) or (_THERE_AFTER.match(text, match.end()) is not None and any(
                w in " ".join((last.place.name, *last.place.aliases)).lower() for w in words))
            if wanted is None and last.place.category == "site" and not self._is_a(last.place, noun, words) \
                    and not there:
                last = self._one_that_is(last, ordered[:bisect.bisect_left(starts, last.start)], match.start(),
                                         noun, words)
            elif wanted is None and last.place.category != "site" and _SENTENCE_BREAK.search(text, last.end,
                                                                                              match.start()):
                # ("the Turkish camp at Zilkan, which stands ten kilometres from the town of Bashiqa in Nineveh
                # province. ... flew toward the base": across the places that only say where the base lies, told in
                # a sentence before; not "Baghdad's Green Zone, where the embassy stands, was hit": the zone was)
                site = self._one_that_is(last, ordered[:bisect.bisect_left(starts, last.start)], match.start(),
                                         noun, words)
                between = [m for m in ordered[bisect.bisect_left(starts, site.end):up_to] if m.end <= match.start()]
                if site is not last and all(self._locates(m.place, site.place) for m in between):
                    last = site
            if self._unknown_site_between(text, last.end, match.start()):
                continue  # ("Besmaya base (south of Baghdad): four rockets struck the camp": Besmaya's, unknown)
            place = last.place
            names = " ".join((place.name, *place.aliases)).lower()
            if wanted is not None:
                if place.bulk or place.category != wanted:
                    continue
            elif place.bulk or place.category != "site" or not any(w in names for w in words):
                continue
            found.append(PlaceMention(match.start("noun") - 4 if match.group().startswith("the ") else match.start(),
                                      match.end(), match.group(), place, last.query))
            called.setdefault(noun, set()).add(place.id)
        return sorted(found, key=lambda m: m.start)

    def _unknown_site_between(self, text: str, start: int, end: int) -> bool:
        """Does `text` name, between `start` and `end`, a base or camp the gazetteer lacks ("Besmaya base"), or an
        item's heading that is a name alone ("4. Al-Sousa. ... 5. Abu al-Hassan. Air strikes were also reported on
        this village": the village is Abu al-Hassan, which the gazetteer lacks, never Al-Sousa)?"""
        return any(not self.knows(m.group("name")) and not self.knows(m.group())
                   for m in lx.NAMED_BASE.finditer(text, start, end)) \
            or any(not self.knows(m.group("name")) and m.group("name").split()[0] not in lx.NOT_PLACE_WORDS
                   for m in itertools.chain(_HEADING_NAME.finditer(text, start, end),
                                            _ITEM_NAME.finditer(text, start, end)))

    @staticmethod
    def _nearest_before(ordered: list[PlaceMention], starts: list[int], longest: int, text: str, at: int,
                        wanted: str | None) -> PlaceMention | None:
        """The mention a definite at `at` reads back to: the nearest before it within DEFINITE_REACH, of the
        category it `wanted` (a district passes over its town, "this town" over sites and countries, and a site
        over where the rounds were fired from)."""
        last = None
        for i in range(bisect.bisect_left(starts, at) - 1, -1, -1):
            m = ordered[i]
            if m.start < at - DEFINITE_REACH - longest:
                break
            if wanted == "district" and m.place.category in ("city", "region"):
                continue  # "SADR CITY, Baghdad - ... the district": the town it lies in is passed over
            if wanted == "city" and m.place.category != "city":
                continue  # "this town": the sites and countries named since are passed over
            if wanted is None and _FIRED_FROM.search(text, max(0, m.start - 30), m.start):
                continue  # ("Rockets fired from the direction of Mosul flew toward the base": not Mosul's)
            if m.end <= at and at - m.end <= DEFINITE_REACH and (
                    last is None or (m.start, m.end) > (last.start, last.end)):
                last = m
        return last

    def _one_that_is(self, nearest: PlaceMention, before: list[PlaceMention], at: int, noun: str,
                     words: tuple[str, ...]) -> PlaceMention:
        """"rockets at the Green Village base ... and drones at the Conoco field (an alias: 'Conoco base'). The
        rockets fell outside the base": a site that is one by its kind or name, named a little before, beats the
        nearer site that only one of its other names calls so."""
        for m in reversed(before):
            if at - m.end > DEFINITE_REACH:
                break
            if not m.place.bulk and m.place.category == "site" and self._is_a(m.place, noun, words):
                return m
        return nearest

    def _locates(self, town: Place, site: Place) -> bool:
        """Does `town` only say where `site` lies: it holds the site, or lies within LOCATOR_M of it?"""
        from ..geodesy import distance_m

        return self.is_within(site, town) or distance_m(town.longitude, town.latitude, site.longitude,
                                                        site.latitude) <= LOCATOR_M

    @staticmethod
    def _is_a(place: Place, noun: str, words: tuple[str, ...]) -> bool:
        """Is `place` what "the <noun>" calls it by its kind or its own name (not by an alias)?"""
        return place.kind in _DEFINITE_KINDS.get(noun, ()) or any(w in place.name.lower() for w in words)

    def knows(self, name: str) -> bool:
        """Is `name` exactly the name or an alias of some place, in any tier and country (or a spelling of one the
        report read last vouches for)?"""
        return bool(self.geocoder.exact_countries(name, self._abroad)) or name.casefold() in self._spelt_otherwise

    def why_unplaced_in(self, text: str, name: str, start: int | None = None) -> str:
        """why_unplaced for `name` as `text` tells it (at `start`, else where it first appears): a name told as a
        village ("the village of al-Safia") is no place abroad that bears the name."""
        at = text.find(name) if start is None else start
        if at >= 0 and _TOLD_AS_A_TOWN.match(text, at + len(name)):
            _, places = self._lookup(normalize(name))
            if places and all(p.category == "site" for p in places):
                # ("in Taji, a suburb on the northern edge of Baghdad": the gazetteer knows only Camp Taji)
                return f"the gazetteer knows no town {name!r}, only a site of that name"
        if at >= 0 and _NAME_BEARING_OF.match(text, at + len(name)) \
                and any(m.start == at for m in self._names_in(text)) \
                and not any(m.start == at for m in self.find(text)):
            # "in Mansour, south of Mosul": the places of that name lie elsewhere (see _placed_by_bearing)
            return f"no place named {name!r} lies where the report says it does"
        # ("in Akçakale, a cotton town ...": a town told as one, whichever country it lies in)
        village = lx.VILLAGE_BEFORE.search(lx.fold(text[max(0, at - 25):max(0, at)])) \
            or (at >= 0 and _TOLD_AS_A_TOWN.match(text, at + len(name)))
        return self.why_unplaced(name, abroad_too=village is not None)

    def why_unplaced(self, name: str, *, abroad_too: bool = False) -> str:
        """Why a place-like phrase cannot be a point: the gazetteer knows no such place, or several places in the
        countries looked in bear the name ("al-Hashimiyah": a town of Babil and one of Jordan); "" when it can
        be placed, or names only places outside those countries (unless `abroad_too`: "the village of al-Safia,
        at the entrance to Hasakah" is no village of Jordan that bears the name)."""
        from ..countries import is_country_name

        if is_country_name(name) or all(is_country_name(part) for part in re.split(r"[-–—/]", name)):
            return ""  # "in Turkey", "near the Jordan-Syria border": a country is no place to put a point
        if _GROUP_LAST.search(name) or (_INITIALS.fullmatch(name) and not self.knows(name)):
            return ""  # ("aimed at the YBS", "the Kurdistan Workers' Party": a group is no place either)
        if name.casefold() in self._spelt_otherwise:
            return ""  # "Mikdadiya" in a report on Diyala: Muqdadiyah (see with_transliterations)
        lacking = self._article_spellings.get(name.casefold())
        if lacking is not None:
            return (f"the gazetteer knows no place {name!r}: its {lacking.name} ({lacking.country}) has no article "
                    f"in its Arabic name, so {name!r} names another place")
        far = self._far_spellings.get(name.casefold())
        if far is not None:
            return (f"the gazetteer knows no place {name!r} near the report's other places "
                    f"({far.name}, {far.country}, is more than {CONTEXT_M // 1000} km from all of them)")
        lone = self._unanchored.get(name.casefold())
        if lone is not None:
            return (f"the gazetteer knows no place {name!r} the report places: it names no other place and no "
                    f"country (GeoNames has {lone.name}, {lone.country})")
        kind = _LOWER_KIND_LAST.search(name)
        if kind is not None and not self._known_here(name) and not self._known_here(name[:kind.start()]):
            return f"the gazetteer knows no site {name!r}"  # ("the Saida bridge": no bridge of Sidon in Lebanon)
        countries = self.geocoder.exact_countries(name, self._abroad)
        home = self.context.countries if self.context is not None and self.context.countries \
            else settings.HOME_COUNTRIES
        if not countries:
            # "in Diyala": no place bears the name, a governorate does (Geocoder._unit_of_that_name places it)
            named = len(self.gazetteer.units.named(name, frozenset(home))) == 1
            return "" if named else f"the gazetteer knows no place {name!r}"
        if not countries & set(home):
            return f"the gazetteer knows {name!r} only in {', '.join(sorted(countries))}" if abroad_too else ""
        try:
            answer = self.geocoder.resolve(name, country=sorted(home)).place
        except AmbiguousPlace:
            return f"several places bear the name {name!r} ({', '.join(sorted(countries))})"
        except GeomapError:
            if _SITE_AFTER_TOWN.search(name):  # "Aleppo airport": the town is known, its airport is not
                return f"the gazetteer knows no site {name!r}, only the town it is named after"
            return ""
        if _QUARTER_LAST.search(name) and answer.category == "city":
            # ("the Shahba neighbourhood of Aleppo": a quarter, which a town of that name elsewhere is not)
            return f"the gazetteer knows no quarter {name!r}, only a town {answer.name!r} ({answer.country})"
        return ""

    def place_phrases(self, text: str, end: int | None = None) -> Iterator[str]:
        """The place-like phrases of `text` (up to `end`), known or not (see lexicon.PLACE_PHRASE)."""
        stop = len(text) if end is None else end
        # "flown at Mustafa al-Kadhimi's residence": a person's, not a place (a town's port or airport is a site).
        found = [(m.start("name"), m.group("name").strip()) for m in lx.PLACE_PHRASE.finditer(text, 0, stop)
                 if not (m.group("name").endswith(("'s", "’s")) and not _TOWN_SITE.match(text, m.end("name") - 2))]
        # ("by the Saida bridge", "near the al-Jamal roundabout": a site named with its kind in lower case, where the
        # name alone is no place here)
        found += [(m.start("name"), text[m.start("name"):m.end("kind")]) for m in _LOWER_KIND.finditer(text, 0, stop)
                  if not self._known_here(m.group("name"))]
        longest_at: dict[int, str] = {}
        for start, name in found:  # (the longer where both start alike: "the Sadriya market", not "Sadriya")
            longest_at[start] = max(longest_at.get(start, ""), name, key=len)
        found = sorted(longest_at.items())
        if lx.PLACE_TYPED.search(text, 0, stop):
            # (the longer where both start alike: "outside the Jordanian embassy" is the embassy, not "Jordanian")
            longest = dict(found)
            for m in lx.PLACE_TYPED.finditer(text, 0, stop):
                if len(m.group("name")) > len(longest.get(m.start("name"), "")):
                    longest[m.start("name")] = m.group("name")
            found = sorted(longest.items())
        for start, name in found:
            if _ROUTE.fullmatch(name) and _ROUTE_AFTER.match(text, start + len(name)):
                continue  # "on the Damascus-Deraa motorway": a road told by its two ends, no place of an attack
            owner = lx.POSSESSIVE_OWNER.match(name)
            if owner is not None and (self.knows(owner.group("owner")) or is_country_name(owner.group("owner"))):
                name = name[owner.end():]  # "Baghdad's Mashtal district": the district, Baghdad's
            if _GROUP_LAST.search(name) or (_INITIALS.fullmatch(name) and not self.knows(name)):
                continue  # ("blamed on the Kurdistan Workers' Party", "targeted YBS positions": a group, not a place)
            first = name.split()[0]
            # "Iran-aligned militias", "US-led forces": an adjective, not a place
            # ("near the Lebanese border", "Syrian soldiers": a people's adjective is no place)
            # (but a nation's mission is a site: "the Iranian consulate")
            # ("the Turkish town of Kilis": a people's adjective before a common noun names no place either)
            if (first not in lx.NOT_PLACE_WORDS and not ADJECTIVE_OF_PLACE.search(first)
                    and not _DEMONYM.fullmatch(name) and not a_peoples_noun(name)) \
                    or _MISSION.search(name) or _SITE_KIND_LAST.search(name) or _LOWER_KIND_LAST.search(name):
                yield name

    def _known_here(self, name: str) -> bool:
        """Does a place of the countries looked in bear the name (not only one abroad: "Saida" is Sidon)?"""
        home = self.context.countries if self.context is not None and self.context.countries \
            else settings.HOME_COUNTRIES
        return bool(self.geocoder.exact_countries(name, self._abroad) & set(home)) or (
            self.knows(name) and not self.geocoder.exact_countries(name, self._abroad))

    def related(self, a: str, b: str) -> bool:
        """Same place, one inside the other (the US embassy and the Green Zone; a base within a city's radius), or
        sites within NEARBY_M."""
        if a == b:
            return True
        key = (a, b) if a < b else (b, a)
        known = self._related.get(key)
        if known is None:
            from ..geodesy import distance_m

            pa, pb = self.gazetteer.get(a), self.gazetteer.get(b)
            if pa is None or pb is None:
                known = False
            elif self.is_within(pa, pb) or self.is_within(pb, pa):
                known = True
            elif named_after(pa, pb) or named_after(pb, pa):
                # "Balad" in a headline and "Balad Air Base" in the body: a site bears the name of its town.
                known = distance_m(pa.longitude, pa.latitude, pb.longitude, pb.latitude) <= NAMED_AFTER_M
            elif self.site_in_town(pa, pb) or self.site_in_town(pb, pa):
                known = True  # "a blast in Mosul" and "at FOB Marez": the base is in the city
            elif self._in_district(pa, pb) or self._in_district(pb, pa):
                known = True  # "villages near Makhmour" and "in the Makhmour district": one area
            elif pa.kind in BROAD_KINDS or pb.kind in BROAD_KINDS:
                known = False
            elif pa.category == "city" and pb.category == "city":
                # Two towns are two places however near ("Zamalka" and "Kafr Batna", 3 km apart in the Ghouta),
                # unless they are one town listed twice.
                known = distance_m(pa.longitude, pa.latitude, pb.longitude, pb.latitude) <= SAME_TOWN_M
            else:
                known = distance_m(pa.longitude, pa.latitude, pb.longitude, pb.latitude) <= NEARBY_M
            self._related[key] = known
        return known

    def core(self, ids: set[str]) -> set[str]:
        """The places that tell attacks apart: sites and districts, or the city when nothing finer is named."""
        places = [p for p in (self.gazetteer.get(i) for i in ids) if p is not None]
        fine = {p.id for p in places if p.category not in BROAD_KINDS}
        return fine or {p.id for p in places}

    @staticmethod
    def _in_district(place: Place, district: Place) -> bool:
        """Does `place` lie in `district`, a district the gazetteer holds as a point with a radius that covers it
        (kind admin2), in the same governorate?"""
        if district.kind != "admin2" or place.kind == "admin2" or place.admin1 != district.admin1:
            return False
        from ..geodesy import distance_m

        return distance_m(place.longitude, place.latitude, district.longitude, district.latitude) \
            <= district.uncertainty_m

    def site_in_town(self, site: Place, town: Place) -> bool:
        """Is `site` a site (a base, an airport) within the radius of `town`, a populated place ("an explosion at
        FOB Marez" and "a blast in Mosul": the base says where in the city)?"""
        if site.category != "site" or town.category == "site" or town.tier == "admin":
            return False
        from ..geodesy import distance_m

        return distance_m(site.longitude, site.latitude, town.longitude, town.latitude) <= town.uncertainty_m

    def is_within(self, inner: Place, outer: Place) -> bool:
        """Is `outer` one of `inner`'s ancestors in the gazetteer (Green Zone within Baghdad), or the governorate
        or province it lies in (Ain al-Asad within Anbar)?"""
        if outer.tier == "admin":
            return inner.id != outer.id and self.geocoder.in_unit(inner, outer)
        return any(a.id == outer.id for a in self.gazetteer.ancestors(inner))


#: A one-word name opened by the Arabic article: "al-Shahba", "el-Bab", "ash-Shaddadi".
_WITH_ARTICLE = re.compile(r"(?:al|el|ar|as|ad|an|at|ash|az|adh|ath)[-\u2010 ][^\s-]+", re.IGNORECASE)
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")


def _without_article_variants(mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """Mentions without a curated place reached through an unlisted spelling with the Arabic article when the
    place's one-word Arabic name has none: "al-Shahba" is الشهباء, a quarter of Aleppo, not Shahba (شهبا), the
    town of Suwayda, 370 km away. English writes "al-" where Arabic has it (al-Bab, الباب; al-Qaim, القائم), so
    the article is part of the name. Places without a one-word Arabic name are kept. Returns (kept, dropped)."""
    kept: list[PlaceMention] = []
    dropped: list[PlaceMention] = []
    for mention in mentions:
        place = mention.place
        arabic = [a for a in place.aliases if _ARABIC_WORD.fullmatch(a)]
        spellings = {place.name.casefold(), *(alias.casefold() for alias in place.aliases)}
        if place.bulk or not arabic or not _WITH_ARTICLE.fullmatch(mention.text) \
                or mention.text.casefold() in spellings or any(a.startswith(("ال", "أل", "إل")) for a in arabic):
            kept.append(mention)
        else:
            dropped.append(mention)
    return kept, dropped


def _without_far_variants(mentions: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """Mentions without a curated place reached through a spelling the gazetteer does not list when every
    other place the report names lies more than CONTEXT_M from it. "DARA, a Kaka'i village outside Khanaqin"
    is no Daraa in Syria, 880 km from Khanaqin, Jalawla and Kirkuk: a village the gazetteer does not know,
    spelt like a city it does. A listed spelling stays ("al-Tanf" in a report on Baghdad is the garrison);
    so does any spelling when fewer than two other places make the context. Returns (kept, dropped)."""
    from ..geodesy import distance_m

    distinct = {m.place.id: m.place for m in mentions}
    far: dict[str, bool] = {}  # by place: every other place of the report lies beyond CONTEXT_M (decided once)
    kept: list[PlaceMention] = []
    dropped: list[PlaceMention] = []
    for mention in mentions:
        place = mention.place
        spellings = {place.name.casefold(), *(alias.casefold() for alias in place.aliases)}
        if place.bulk or mention.text.casefold() in spellings:  # (normalize folds 'aa' to 'a')
            kept.append(mention)
            continue
        if place.id not in far:
            others = [o for key, o in distinct.items() if key != place.id]
            far[place.id] = len(others) >= 2 and all(
                distance_m(o.longitude, o.latitude, place.longitude, place.latitude) > CONTEXT_M for o in others)
        (dropped if far[place.id] else kept).append(mention)
    return kept, dropped
