"""Name normalization that knows Arabic transliteration.

`normalize` maps every usual spelling of a place name to one key, so that
"Ain al-Asad", "Ain Al Assad" and "ʿAyn al-Asad" meet, and so do "Harithiyah"
and "al-Harithiya". It is idempotent: normalize(normalize(x)) == normalize(x).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

#: Arabic articles as they are transliterated, sun-letter assimilations included (and English "the").
ARTICLES = frozenset(
    {"al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er",
     "es", "esh", "et", "ez", "l", "the"}
)

# "Baghdad's Green Zone", but not "Ra's al-Ain" (head of the spring), where an article follows.
_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b(?!\s+(?:" + "|".join(sorted(ARTICLES - {"l", "the"}, key=len, reverse=True))
                         + r")\b)")
_APOSTROPHES = re.compile(r"['’‘`´ʼʻʾʿˈ]")
_NON_WORD = re.compile(r"[^\w]+")
_DOUBLE = re.compile(r"(\w)\1+")
# The military's site names, spelt out or abbreviated: "Forward Operating Base Marez" is "FOB Marez".
_ABBREVIATIONS = {"forward operating base": "fob", "contingency operating base": "cob",
                  "contingency operating site": "cos", "combat outpost": "cop", "joint security station": "jss",
                  "mission support site": "mss"}
#: Words that logs shorten: "Damascus Intl Airport", "Baghdad Int'l Airport".
_SHORT_WORDS = {"intl": "international"}
#: Each abbreviation with its words: the text's reader (extract.places) looks for both.
SPELLED_OUT = {short: long for long, short in _ABBREVIATIONS.items()}
_MILITARY_TERMS = re.compile(r"\b(?:" + "|".join(k.replace(" ", r"\s+") for k in _ABBREVIATIONS) + r")\b")
# Arabic marks that carry no letter: harakat, tanween, shadda, sukun, dagger alif, tatweel.
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
# Vowel spellings that English-language reports use interchangeably.
_VOWEL_FOLDS = (("ee", "i"), ("ou", "u"), ("oo", "u"), ("iy", "i"), ("yi", "i"), ("ei", "ai"), ("ay", "ai"))


def _is_arabic(token: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in token)


def _fold_latin(token: str) -> str:
    for old, new in _VOWEL_FOLDS:
        token = token.replace(old, new)
    token = _DOUBLE.sub(r"\1", token)
    # Ta marbuta: "Harithiyah" = "Harithiya", "Ramadiyah" = "Ramadiya".
    if len(token) > 3 and token.endswith("ah"):
        token = token[:-1]
    return token


def _fold_arabic(token: str) -> str:
    token = _ARABIC_MARKS.sub("", token).translate(_ARABIC_LETTERS)
    if token.startswith("ال") and len(token) > 3:
        token = token[2:]
    return token


def _once(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    # Drops Latin diacritics and Arabic harakat alike (NFKD splits hamza and madda off their alif).
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = _POSSESSIVE.sub("", text)
    text = _APOSTROPHES.sub("", text)
    text = _MILITARY_TERMS.sub(lambda m: _ABBREVIATIONS[" ".join(m.group().split())], text)
    tokens = [_SHORT_WORDS.get(t, t) for t in _NON_WORD.sub(" ", text.replace("_", " ")).split() if t]
    folded = [_fold_arabic(t) if _is_arabic(t) else _fold_latin(t) for t in tokens]
    # An article is dropped when a word follows it: "al Asad" -> "asad", but "Al" alone stays.
    kept = [t for i, t in enumerate(folded) if not (t in ARTICLES and i < len(folded) - 1)]
    return " ".join(kept)


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A digest of this module, which holds every rule of `normalize` and `skeleton`. The caches of normalized
    names carry it in their file names, so a change of the rules rebuilds them: a cache kept across the change
    that spelt out "FOB" served keys the new rules never make, and "FOB Fuller", a curated alias, was unknown."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The matching key of a place name: lower case, no diacritics, articles or doubled letters."""
    key = _once(name)
    # Folding can expose a new fold ("aah" -> "ah" -> "a"); run to a fixed point so the key is stable.
    for _ in range(8):
        again = _once(key)
        if again == key:
            break
        key = again
    return key


# -- transliteration skeletons ------------------------------------------------------------------------
# Arabic writes consonants and long vowels; English spellings of one Arabic name differ mostly in vowels
# (Rmelan / Rumeilan), in Q/K/G (Qayyarah / Gayyara), in digraphs and in how an initial ʿayn or alif is
# written (Ain / Ayn / Ein). The skeleton keeps the consonants, writes each digraph as one symbol, folds
# Q/K/G, and marks an initial vowel with one sign, so that those spellings meet, and meet the Arabic
# script. A skeleton match is weaker evidence than a name: many names share a skeleton.
_DIGRAPHS = (("kh", "1"), ("sh", "2"), ("ch", "2"), ("th", "3"), ("dh", "4"), ("gh", "5"), ("ph", "f"),
             ("dj", "j"), ("q", "k"), ("g", "k"), ("c", "k"), ("x", "ks"))
_LATIN_VOWELS = frozenset("aeiouyw")
_ARABIC_SKELETON = {
    "ب": "b", "ت": "t", "ث": "3", "ج": "j", "ح": "h", "خ": "1", "د": "d", "ذ": "4", "ر": "r", "ز": "z",
    "س": "s", "ش": "2", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "5", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "b", "چ": "2", "ڤ": "f", "گ": "k", "ک": "k",
}
_ARABIC_VOWELS = frozenset("اأإآٱوؤيئىعءة")


def _latin_skeleton(word: str) -> str:
    if not word.isascii():
        return ""
    initial = word[0] in "aeiou"
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    if len(word) > 2 and word.endswith("h") and word[-2] in _LATIN_VOWELS:
        word = word[:-1]  # ta marbuta: -ah, -eh
    if len(word) > 4 and word.endswith(("ia", "ie", "iya", "iye")):
        # The nisba -iyya keeps its y, a consonant: Mansuriya (al-Mansuriyah) is not Mansura (al-Mansurah).
        stem = word[: -3 if word.endswith(("iya", "iye")) else -2]
        return ("'" if initial else "") + _latin_skeleton(stem).lstrip("'") + "ya"
    ending = _final_vowel(word) if len(word) > 2 else ""
    body = word[0] + "".join(ch for ch in word[1:] if ch not in _LATIN_VOWELS) if word[0] in "yw" else \
        "".join(ch for ch in word if ch not in _LATIN_VOWELS)
    return ("'" if initial else "") + body + ending


def _final_vowel(word: str) -> str:
    """A final vowel is a letter in Arabic: -i/-y the nisba (Baghdadi is not Baghdad), -a/-e the ta marbuta
    or alif, -u/-o/-w a waw."""
    last = word[-1]
    if last not in _LATIN_VOWELS:
        return ""
    return {"i": "y", "y": "y", "a": "a", "e": "a", "u": "w", "o": "w", "w": "w"}[last]


def _arabic_skeleton(word: str) -> str:
    initial = word[0] in _ARABIC_VOWELS and word[0] not in "وي"
    ending = ""
    if len(word) > 3 and word.endswith(("ية", "يه")):
        ending, word = "ya", word[:-2]  # the nisba -iyya, as in Latin script
    elif len(word) > 2:
        ending = {"ه": "a", "ة": "a", "ا": "a", "ى": "a", "ي": "y", "و": "w"}.get(word[-1], "")
        if ending:
            word = word[:-1]
    body = [_ARABIC_SKELETON.get(ch, "") for ch in word]
    if word[0] in "وي":
        body[0] = "w" if word[0] == "و" else "y"
    return ("'" if initial else "") + "".join(body) + ending


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The transliteration skeleton of a name: 'Rumeilan', 'Rmelan' and 'الرميلان' all give 'rmln'."""
    return skeleton_of_key(normalize(name))


def skeleton_of_key(key: str) -> str:
    """The skeleton of a key that is already normalized (an index's keys): normalizing again costs time."""
    words = []
    for word in key.split():
        word = _arabic_skeleton(word) if _is_arabic(word) else _latin_skeleton(word)
        if word:
            words.append(word)
    return " ".join(words)


# -- descriptive names ------------------------------------------------------------------------------------
# Words of Arabic toponyms that describe rather than name: springs, wells, hills, ruins, castles, farms and
# colours, sides and sizes. A name made of them alone ("Ayn al-Bayda", white spring; "Khirbat al-Hamra", red
# ruin) is borne by many villages, most of which no gazetteer here lists.
_DESCRIPTIVE_WORDS = (
    "ayn ain ein aiun uyun ayun oyoun bir biar abar tall tell tal tulul khirbat khirbet khirba qasr jabal jebel "
    "wadi ras nahr "
    "hamra ahmar bayda baida beida abyad sawda aswad khadra akhdar safra asfar kabir kabira saghir saghira "
    "sghir zghir gharbi gharbiya sharqi sharqiya shamali shamaliya janubi janubiya wusta fawqani fuqani tahtani "
    "jadid jadida jdaida jdeideh jdaydeh qadim qadima qarya qaryat mazraa mazraat hawsh hush birkat jisr maqam mahatta"
)
_DESCRIPTIVE_KEYS = frozenset(normalize(w) for w in _DESCRIPTIVE_WORDS.split())


def descriptive(name: str) -> bool:
    """Is every word of the name a descriptive one (see _DESCRIPTIVE_WORDS), so that many places bear it?"""
    words = normalize(name).split()
    return bool(words) and all(w in _DESCRIPTIVE_KEYS for w in words)
