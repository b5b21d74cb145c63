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
    return Query(text, tuple(alternatives) or (name,), hint, unit, word, parents)
