"""Personal names: the keys under which name variants of one person meet.

"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy" and "President Zelensky" are one
person; "Hillary Clinton" and "Bill Clinton" are not. Matching works on *keys*: a name is
folded to ASCII lower case, honorifics and suffixes are dropped, and each word is reduced by
a few transliteration rules that cover the usual Cyrillic/Arabic romanisation differences
(y/i/j endings, doubled letters, kh/h, w/v). Both the in-article entity merging and the
cross-article actor linking use these keys, so the two agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.nlp.lexicon import table, word_set

# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʼ": "'", "`": "'",
})
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "du", "la", "le", "del", "dos", "das", "ben", "abu"}
# Particles that open a surname written alone, never a given name ("Le", "Di", "Ben", "Abu" may be).
_LEADING_PARTICLES = {"van", "von", "de", "der", "del", "dos", "das", "bin", "ibn"}


def fold(text: str) -> str:
    """ASCII lower case, accents removed, apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A transliteration-tolerant key for one name word: Zelenskyy, Zelenskiy, Zelensky →
    zelenski; Volodymyr, Wolodymyr → volodimir; Mikhail, Mihail → mihail."""
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", word):
        return word.casefold()  # "U.N." is an abbreviation, never the surname "Un"
    # "al-Burhan" and "Burhan", "El-Sisi" and "Sisi": the Arabic article is often dropped.
    w = re.sub(r"[^a-z]", "", re.sub(r"^(?:al|el)[-‐‑]", "", fold(word)))
    if not w:
        return ""
    w = w.replace("kh", "h").replace("w", "v").replace("ph", "f").replace("ck", "k")
    w = w.replace("ou", "u").replace("j", "y")
    w = re.sub(r"(?<=[a-z])(yy|iy|yi|ii|ij|ei|ey)$", "i", w)  # -yy, -iy, -ey, -ei endings
    w = w.replace("y", "i")
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters
    return w


@dataclass(frozen=True)
class NameParts:
    words: tuple[str, ...]       # the name's words, honorifics and suffixes removed
    first: str | None            # given name (None for a single word)
    last: str                    # surname (the last word, particles kept with it)
    initials_only: bool = False  # "J. Smith": the given name is an initial

    @property
    def key(self) -> str:
        """First + last name key; middle names and initials do not count."""
        return f"{word_key(self.first)} {word_key(self.last)}" if self.first else word_key(self.last)

    @property
    def last_key(self) -> str:
        return word_key(self.last)


def honorific_gender(word: str) -> str | None:
    """"Mr." → m, "Ms." → f; None when ``word`` is no honorific or carries no gender."""
    return _honorifics().get(fold(word).rstrip("."))


def is_honorific(word: str) -> bool:
    return fold(word).rstrip(".") in _honorifics()


@lru_cache(maxsize=1)
def _honorifics() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for row in table("honorifics.tsv"):
        out[fold(row[0]).rstrip(".")] = (row[1] if len(row) > 1 and row[1] in ("m", "f") else None)
    return out


def split_name(name: str) -> NameParts | None:
    """Parts of a personal name; None when nothing name-like remains."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and is_honorific(words[0]):
        words = words[1:]
    while len(words) > 1 and fold(words[-1]).strip(".,") in SUFFIXES:
        words = words[:-1]
    words = [w.strip(",") for w in words if w.strip(",")]
    if not words:
        return None
    if len(words) == 1:
        return NameParts(tuple(words), None, words[0])
    if fold(words[0]) in _LEADING_PARTICLES and all(fold(w) in _PARTICLES for w in words[:-1]):
        # "Van Weel said", "Von der Leyen said": a surname with its particle capitalised at the
        # start of a sentence, no given name "Van".
        return NameParts(tuple(words), None, " ".join(words))
    # Surname particles stay with the surname: "Ursula von der Leyen" → "von der Leyen".
    k = len(words) - 1
    while k > 1 and fold(words[k - 1]) in _PARTICLES:
        k -= 1
    last = " ".join(words[k:])
    first = words[0]
    initials = bool(re.fullmatch(r"[A-Z]\.?(-[A-Z]\.?)?", first))
    return NameParts(tuple(words), first, last, initials)


_NOT_SURNAMES = {"show", "news", "prize", "award", "foundation", "institute", "center", "centre", "group", "party",
                 "fund", "act", "report", "hour", "today", "tonight", "live", "daily", "weekly", "times", "post"}


def short_name_keys(parts: NameParts) -> tuple[str, ...]:
    """Keys of a lone word that names this person besides the surname: the first of two
    surnames ("Salazar" of "Andrés Salazar Quintero": Spanish and Portuguese names keep the
    father's surname first, and a story calls the man "Salazar"), and the family name written
    first before a hyphenated given name ("Park" of "Park Sung-hoon", "Chu" of "Chu Li-wei")."""
    words = parts.words
    out: list[str] = []
    if len(words) >= 3 and parts.first is not None and " " not in parts.last \
            and fold(parts.last) not in _NOT_SURNAMES:  # "The Rachel Maddow Show" read as a name
        w = words[-2]
        if re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}", w) and fold(w) not in _PARTICLES and first_name_gender(w) is None:
            out.append(word_key(w))
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) and re.fullmatch(r"[A-Z][a-z]+", words[0]):
        out.append(word_key(words[0]))
    return tuple(k for k in out if k and k != surname_key(parts.last))


def surname_key(last: str) -> str:
    """Key of a surname; multi-word surnames key on all their words ("von der Leyen"),
    but for an Arabic article, which writers often drop ("al Burhan", "Burhan")."""
    words = last.split()
    if len(words) > 1 and fold(words[0]) in ("al", "el"):
        words = words[1:]
    return " ".join(word_key(w) for w in words)


def same_person_name(a: NameParts, b: NameParts) -> bool:
    """Whether two full names can name the same person: same surname key and compatible
    given names (equal keys, or one an initial of the other, or one missing)."""
    if surname_key(a.last) != surname_key(b.last):
        return False
    if a.first is None or b.first is None:
        return True
    fa, fb = word_key(a.first), word_key(b.first)
    if fa == fb:
        return True
    if a.initials_only or b.initials_only:
        return fa[:1] == fb[:1]
    # Short forms and transliterations of a given name: "Sergei"/"Sergey", "Mike"/"Michael"
    # are not caught here on purpose, except when one is a prefix of the other ("Vlad").
    return len(min(fa, fb, key=len)) >= 3 and (fa.startswith(fb) or fb.startswith(fa))


def first_name_gender(word: str) -> str | None:
    """"m", "f" or None from the given-name lists."""
    key = fold(word)
    if key in _female():
        return "f"
    if key in _male():
        return "m"
    return None


@lru_cache(maxsize=1)
def _female() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("first_names_female.txt"))


@lru_cache(maxsize=1)
def _male() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("first_names_male.txt"))
