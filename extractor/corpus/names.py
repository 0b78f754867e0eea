"""Name forms reduced to comparable keys, for linking one person or organisation across articles.

People: ``nameparser`` splits a name into title, first, middle and last; we compare surnames
without case, accents or possessives, and first names by equality, initial or small spelling
differences. Organisations: lower case, no accents, no leading "the", no corporate suffixes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

#: Surnames this similar (rapidfuzz ratio, 0-100) are spelling variants: Zelensky/Zelenskyy.
SURNAME_SIMILARITY = 86
#: First names this similar are the same name transliterated: Volodymyr/Volodimir.
FIRST_NAME_SIMILARITY = 80

_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s-]")
_ORG_SUFFIXES = frozenset((
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "ag", "sa", "nv", "gmbh", "group",
))


def folded(text: str) -> str:
    """Lower case without accents or punctuation: "Lucía O’Neill" → "lucia oneill"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _NOT_WORD.sub("", plain.replace("’", "'").replace("'", "")).lower()
    return _SPACES.sub(" ", plain).strip()


@dataclass(frozen=True, slots=True)
class PersonKey:
    """A person's name reduced for comparison; ``first`` is empty for a bare surname."""

    last: str
    first: str
    middle: str

    @property
    def full(self) -> bool:
        return bool(self.first)


@lru_cache(maxsize=65536)
def person_key(name: str) -> PersonKey | None:
    """Parse a name ("President Vladimir Putin's" → last putin, first vladimir)."""
    from nameparser import HumanName

    cleaned = _POSSESSIVE.sub("", name.strip())
    parsed = HumanName(cleaned)
    first, middle, last = folded(parsed.first), folded(parsed.middle), folded(parsed.last)
    if not last:  # one word: nameparser calls it a first name; for news it is a surname
        last, first, middle = first or middle, "", ""
    if not last:
        return None
    return PersonKey(last=last, first=first, middle=middle)


def surnames_match(a: str, b: str) -> bool:
    """Equal, or spelling variants of one name (same first letter, high similarity)."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    return fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def first_names_compatible(a: str, b: str) -> bool:
    """Same first name, an initial of it ("J" and "john"), or a transliteration of it."""
    if not a or not b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a[0] == b[0] and fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY


def middles_compatible(a: str, b: str) -> bool:
    """George W. Bush and George H. W. Bush differ; a missing middle name never conflicts."""
    if not a or not b:
        return True
    return a[0] == b[0]


def is_initial(first: str) -> bool:
    return len(first.rstrip(".")) == 1


@lru_cache(maxsize=65536)
def organization_key(name: str) -> str:
    """ "The Acme Corp." and "Acme" → "acme"; "Bank of Lisbon" stays "bank of lisbon"."""
    words = folded(_POSSESSIVE.sub("", name.strip())).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def acronym(key: str) -> str:
    """Initials of the significant words: "united nations" → "un"."""
    small = {"of", "the", "and", "for", "de", "la", "el", "du", "des"}
    return "".join(word[0] for word in key.split() if word not in small)
