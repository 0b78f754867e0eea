"""The word lists the entity repairs consult, loaded once from ``models/``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..models_data import load_json, load_lexicon


def settings() -> dict[str, Any]:
    return load_json("entities.json")


@cache
def titles() -> frozenset[str]:
    return frozenset(load_lexicon("titles.txt"))


def is_title(word: str) -> bool:
    """ "Dr" and "Dr." are both titles; matching is case-sensitive so "president" is not."""
    return word.rstrip(".") in titles()


@cache
def org_words() -> dict[str, bool]:
    """Word → True when it is a company designator a short name may drop."""
    words: dict[str, bool] = {}
    for entry in load_lexicon("org_words.txt"):
        word, _, kind = entry.partition("\t")
        words[word.strip()] = kind.strip() == "designator"
    return words


@cache
def determiners() -> frozenset[str]:
    return frozenset(settings()["determiners"])


@cache
def acronym_skip_words() -> frozenset[str]:
    return frozenset(settings()["acronym_skip_words"])


@cache
def label_types() -> dict[str, str]:
    """spaCy label → our entity type, from ``models/labels.json``."""
    return dict(load_json("labels.json")["entities"])


@cache
def postnominals() -> frozenset[str]:
    """Letters after a name ("KC", "MP"): not part of the mention, evidence of a person."""
    return frozenset(settings()["postnominals"])


@cache
def place_prepositions() -> frozenset[str]:
    return frozenset(settings()["place_prepositions"])


@cache
def roles() -> frozenset[str]:
    """Lower-case role nouns that end a job title ("spokesman", "advisor")."""
    return frozenset(w.lower() for w in (*load_lexicon("roles.txt"), *titles()))


def is_role(word: str) -> bool:
    return word.rstrip(".").lower() in roles()


@cache
def facility_nouns() -> frozenset[str]:
    return frozenset(load_lexicon("facility_nouns.txt"))


@cache
def gender_words() -> dict[str, dict[str, str]]:
    data = load_json("gender_words.json")
    return {key: dict(value) for key, value in data.items() if not key.startswith("_")}


@cache
def portfolios() -> frozenset[str]:
    """Ministry portfolios ("Defence", "Interior") that belong to a title before a name."""
    return frozenset(settings()["portfolios"])
