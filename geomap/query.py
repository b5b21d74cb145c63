"""What a place name, as reports and datasets write it, asks for: the name, its alternatives, a kind hint.

    >>> parse("Isa Binar/Ayn Isa village").alternatives
    ('Isa Binar', 'Ayn Isa')
    >>> parse("Homs Governorate").unit
    'admin1'

Datasets such as UCDP GED write a type word after the name ("Teir Maaleh village", "Homs Governorate",
"Tiyas airbase"); reports put alternatives after a slash or in brackets ("Tadmur/Palmyra", "Kobane (Ayn
al-Arab)"); both write context after a comma ("Mansour, Baghdad"). A type word is a hint about what kind
of place is meant, and it matters: the airbase named after a village is not the village, and a
governorate is not the city that shares its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .names import normalize

#: Kind hints: what a trailing type word says the place is.
#: "city" a populated place, "village" a small one; "site" a facility; "district" a neighbourhood;
#: "natural" a mountain, lake...
#: (no answer in a populated-places gazetteer is right for those); "area" the area around a place.
_TYPE_WORDS: dict[str, str] = {
    **dict.fromkeys(("town", "city", "locality", "town center", "town centre", "settlement", "camp for displaced",
                     "refugee camp", "idp camp"), "city"),
    **dict.fromkeys(("village", "villages", "hamlet"), "village"),
    **dict.fromkeys(("suburb", "neighbourhood", "neighborhood", "quarter", "neighbourhoods", "neighborhoods"),
                    "district"),
    **dict.fromkeys(("airbase", "air base", "military airbase", "military air base", "airfield", "airport",
                     "military airport", "air field", "base", "military base", "army base", "camp", "checkpoint",
                     "dam", "oilfield", "oil field", "oilfields", "oil fields", "gas field", "gasfield", "field",
                     "fields", "refinery", "crossing", "border crossing", "prison", "factory", "plant",
                     "power plant", "power station", "hospital", "brigade", "complex", "station", "bridge",
                     "garrison", "outpost", "barracks", "academy", "port", "roundabout", "crossroad",
                     "crossroads", "junction", "project"), "site"),
    **dict.fromkeys(("mountain", "mountains", "mount", "hill", "hills", "island", "lake", "plain", "plains",
                     "desert", "reservoir", "valley", "ruins", "road", "highway", "river", "farm", "farms",
                     "forest", "wadi"), "natural"),
    **dict.fromkeys(("area", "region", "outskirts", "countryside", "vicinity", "environs"), "area"),
}
#: Type words that name an administrative unit, with its level.
_UNIT_WORDS: dict[str, str] = {
    **dict.fromkeys(("governorate", "governate", "province", "muhafazah", "muhafaza", "wilayah"), "admin1"),
    **dict.fromkeys(("district", "qada", "qadaa", "mintaqah", "mantiqah"), "admin2"),
    **dict.fromkeys(("subdistrict", "sub-district", "sub district", "nahiya", "nahiyah", "nahia"), "admin3"),
}
#: Arabic writes the unit before the name ("محافظة نينوى", Nineveh Governorate; "قضاء سنجار", Sinjar District).
_ARABIC_UNIT_PREFIXES = {"محافظة": "admin1", "قضاء": "admin2", "ناحية": "admin3"}
#: Qualifiers from the narrowest area to the widest (settings.QUALIFIER_EXTRA_M says how much each widens).
QUALIFIERS = ("near", "part", "countryside")
#: What a qualifier before a name ("Eastern Aleppo Governorate", "outskirts of Raqqa") or a trailing area word
#: ("Wadi Barada area") says of the answer: "near" the place, a "part" of it, or its "countryside".
_AREA_WORDS = {**dict.fromkeys(("area", "region", "outskirts", "vicinity", "environs"), "near"),
               "countryside": "countryside"}
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_LEADING_QUALIFIER = re.compile(
    rf"^(?:the\s+)?(?:(?P<part>{_DIRECTION})\s+(?:(?:(?P<partof>countryside|outskirts|suburbs|parts?)\s+)?of\s+)?"
    r"|(?P<aroundof>countryside|outskirts|vicinity|environs|suburbs)\s+of\s+|(?P<near>near|around|outside)\s+)"
    r"(?:the\s+)?(?P<rest>\S.*)$", re.IGNORECASE)
_BETWEEN = (re.compile(r"^(?:the\s+)?(?:(?:road|highway|route)\s+)?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)$",
                       re.IGNORECASE),
            re.compile(r"^(?:the\s+)?(?:road|highway|route)\s+from\s+(?P<a>.+?)\s+to\s+(?P<b>.+)$", re.IGNORECASE),
            re.compile(r"^(?P<a>.+?)\s+to\s+(?P<b>.+?)\s+(?:road|highway|motorway|route)$", re.IGNORECASE))
_ROAD_WORDS = re.compile(r"\s+(?:road|highway|motorway|route)$", re.IGNORECASE)
#: Articles and particles a hyphen joins to the next word ("Jisr al-Shughur", "Maarrat an-Numan"): no road
#: "A-B" splits there.
_JOINED = frozenset(("al", "el", "il", "ad", "an", "ar", "as", "ash", "at", "ath", "adh", "az", "ed", "en", "er",
                     "es", "et", "ez", "ul", "ud", "ur", "us", "bin", "ibn", "abu", "umm", "um"))
_IN_PARENT = re.compile(r"^(?P<name>.+?)\s+in\s+(?:the\s+)?(?P<parent>[A-Z\u0600-\u06ff].+)$")
_TRAILING_NUMERAL = re.compile(r"\s+(?:[IVX]+|\d+)$")
_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]+)[)\]]\s*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Query:
    """A place name taken apart: the alternatives it offers, what kind it asks for, and its context."""

    text: str  # as given
    alternatives: tuple[str, ...]  # each a name to look up, the first one first
    kind_hint: str | None = None  # "city", "site", "district", "natural", "area" or None
    unit: str | None = None  # "admin1", "admin2" or "admin3" when the name is an administrative unit
    type_word: str = ""  # the word the hint came from ("village")
    parents: tuple[str, ...] = ()  # context after commas: "Mansour, Baghdad" -> ("Baghdad",)
    qualifier: str = ""  # "near", "part" or "countryside": the name is an area around or within the place
    ends: tuple[str, ...] = ()  # "Road between Ariha and Saraqib" -> ("Ariha", "Saraqib"): a point between them


#: Every type word, longest first (units before kinds), and the last words they can end with.
_ALL_WORDS = sorted([(w, None, u) for w, u in _UNIT_WORDS.items()] + [(w, k, None) for w, k in _TYPE_WORDS.items()],
                    key=lambda item: (-len(item[0]), item[2] is None))
_LAST_WORDS = frozenset(w.split()[-1] for w, _, _ in _ALL_WORDS) | {"sub-district"}


def _strip_type_word(name: str) -> tuple[str, str, str | None, str | None]:
    """'Teir Maaleh village' -> ('Teir Maaleh', 'village', 'village', None); longest type word first."""
    text = name.strip()
    first, _, rest = text.partition(" ")
    if first in _ARABIC_UNIT_PREFIXES and normalize(rest):
        return rest.strip(), first, None, _ARABIC_UNIT_PREFIXES[first]
    numbered = _TRAILING_NUMERAL.sub("", text)
    if numbered != text and numbered.lower().rsplit(" ", 1)[-1] in _LAST_WORDS:
        text = numbered  # "Bab al Khayr village II"; but "Tall 900" is a name
    lowered = _SPACES.sub(" ", text.lower())
    if lowered.rsplit(" ", 1)[-1] not in _LAST_WORDS:
        return text, "", None, None
    for word, hint, unit in _ALL_WORDS:
        if lowered.endswith(" " + word) and len(lowered) > len(word) + 1:
            core = text[: len(text) - len(word)].rstrip(" -,")
            if normalize(core):
                return core, word, hint, unit
    return text, "", None, None


def _road_ends(name: str) -> tuple[str, str] | None:
    """The two places a road or a stretch between places is named by: "Road between Ariha and Saraqib",
    "road from A to B", "A to B road", "Khanasir-Aleppo road", "Homs – Salamiyah road"."""
    for pattern in _BETWEEN:
        found = pattern.match(name)
        if found:
            a, b = found.group("a").strip(" -"), _ROAD_WORDS.sub("", found.group("b")).strip(" -")
            return (a, b) if normalize(a) and normalize(b) else None
    if not _ROAD_WORDS.search(name):
        return None
    core = _ROAD_WORDS.sub("", name).strip()
    dashed = re.split(r"\s*[\u2013\u2014]\s*|\s+-\s+", core)
    if len(dashed) == 2:
        return (dashed[0], dashed[1]) if all(normalize(p) for p in dashed) else None
    # A bare hyphen joins names to articles too ("Jisr al-Shughur"): it splits a road only where exactly one
    # hyphen stands between a word that is no article and a capital letter.
    cuts = [m.start() for m in re.finditer("-", core)
            if core[:m.start()].split()[-1:] and core[:m.start()].split()[-1].lower() not in _JOINED
            and core[m.start() + 1:m.start() + 2].isupper()]
    if len(cuts) != 1:
        return None
    a, b = core[:cuts[0]].strip(), core[cuts[0] + 1:].strip()
    return (a, b) if normalize(a) and normalize(b) else None


def _alternatives(name: str) -> list[str]:
    """'Kobane (Ayn al-Arab)' -> ['Kobane', 'Ayn al-Arab']; 'Tadmur/Palmyra' -> ['Tadmur', 'Palmyra']."""
    inside = _BRACKETS.findall(name)
    outside = _BRACKETS.sub(" ", name)
    parts = [*outside.split("/"), *(p for chunk in inside for p in chunk.split("/"))]
    return [p.strip(" -") for p in parts if normalize(p)]


@lru_cache(maxsize=65536)
def parse(text: str) -> Query:
    """Take a name apart; the whole text stays the first alternative when nothing splits it."""
    name, *rest = [p.strip() for p in text.split(",")]
    parents = tuple(p for p in rest if p)
    within = _IN_PARENT.match(name)
    if within and not parents:
        # "Road between As Salamiyah and Homs in Homs Governorate": what follows " in " is context, like a comma.
        name, parents = within.group("name"), (within.group("parent"),)
    ends = _road_ends(name)
    if ends is not None:
        return Query(text, (name,), "area", None, "road", parents, "near", ends)
    qualifier = ""
    leading = _LEADING_QUALIFIER.match(name)
    if leading and normalize(leading.group("rest")):
        rest_word = _strip_type_word(leading.group("rest"))[2]
        # "East Farahaniah village" and "Western Ghariyah town" are names: a direction before a populated place
        # or a site is part of its name; before a unit, an area or a bare name, it qualifies it.
        if leading.group("near") or leading.group("aroundof") or rest_word in (None, "area"):
            name = leading.group("rest")
            of = (leading.group("partof") or leading.group("aroundof") or "").lower()
            qualifier = "countryside" if of == "countryside" else "part" if leading.group("part") else "near"
    # A type word can close the whole name ("Isa Binar/Ayn Isa village"), one alternative ("Euphrates Dam/
    # Tabqa Dam"), or stand alone in brackets ("Homs (governorate)"), where it is a hint, not a name.
    core, word, hint, unit = _strip_type_word(name)
    parts = _alternatives(core) or [core]
    alternatives: list[str] = []
    for alternative in parts:
        bare = _SPACES.sub(" ", alternative.lower()).strip()
        if bare in _TYPE_WORDS or bare in _UNIT_WORDS:
            if not word:
                word, hint, unit = bare, _TYPE_WORDS.get(bare), _UNIT_WORDS.get(bare)
            continue
        inner, inner_word, inner_hint, inner_unit = _strip_type_word(alternative) if len(parts) > 1 else \
            (alternative, "", None, None)
        if inner_word and not word:
            word, hint, unit = inner_word, inner_hint, inner_unit
        alternatives.append(inner if inner_word else alternative)
    alternatives = list(dict.fromkeys(a for a in alternatives if normalize(a)))
    if hint == "area":
        # "Eastern Raqqa countryside": the wider of the two words.
        qualifier = max(qualifier or "near", _AREA_WORDS.get(word.lower(), "near"), key=QUALIFIERS.index)
    elif qualifier and hint is None and unit is None:
        hint = "area"
    return Query(text, tuple(alternatives) or (name,), hint, unit, word, parents, qualifier)
