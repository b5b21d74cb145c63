"""Name normalization that knows Arabic transliteration.

`normalize` maps every usual spelling of a place name to one key, so that
"Ain al-Asad", "Ain Al Assad" and "ʿAyn al-Asad" meet, and so do "Harithiyah"
and "al-Harithiya". It is idempotent: normalize(normalize(x)) == normalize(x).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Arabic articles as they are transliterated, sun-letter assimilations included (and English "the").
ARTICLES = frozenset(
    {"al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er",
     "es", "esh", "et", "ez", "l", "the"}
)

_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b")
_APOSTROPHES = re.compile(r"['’‘`´ʼʻʾʿˈ]")
_NON_WORD = re.compile(r"[^\w]+")
_DOUBLE = re.compile(r"(\w)\1+")
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
    tokens = [t for t in _NON_WORD.sub(" ", text.replace("_", " ")).split() if t]
    folded = [_fold_arabic(t) if _is_arabic(t) else _fold_latin(t) for t in tokens]
    # An article is dropped when a word follows it: "al Asad" -> "asad", but "Al" alone stays.
    kept = [t for i, t in enumerate(folded) if not (t in ARTICLES and i < len(folded) - 1)]
    return " ".join(kept)


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
