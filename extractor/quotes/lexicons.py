"""The word lists the quote components read from ``models/``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..models_data import load_json, load_lexicon


@cache
def cue_verbs() -> frozenset[str]:
    return frozenset(load_lexicon("cue_verbs.txt"))


@cache
def anonymous_nouns() -> frozenset[str]:
    return frozenset(load_lexicon("anonymous_sources.txt"))


@cache
def organization_nouns() -> frozenset[str]:
    return frozenset(load_lexicon("organization_nouns.txt"))


@cache
def document_nouns() -> frozenset[str]:
    return frozenset(load_lexicon("document_nouns.txt"))


@cache
def main_organization_nouns() -> frozenset[str]:
    return frozenset(load_lexicon("main_organization_nouns.txt"))


@cache
def organization_kinds() -> dict[str, frozenset[str]]:
    """Noun of a kind ("agency") → words of names of that kind ("administration", "bureau")."""
    kinds = load_json("organization_kinds.json")
    return {noun: frozenset(words) for noun, words in kinds.items() if not noun.startswith("_")}


@cache
def public_body_words() -> frozenset[str]:
    return frozenset(load_lexicon("public_body_words.txt"))


@cache
def _roles() -> dict[str, Any]:
    return load_json("roles.json")


@cache
def role_modifiers() -> dict[str, str]:
    """Spellings of role words mapped to the form they are compared in ("Sen." → senator)."""
    return {**_roles()["synonyms"], **_roles()["abbreviations"]}


@cache
def gendered_nouns() -> dict[str, str]:
    return dict(_roles()["gendered"])


@cache
def narrowing_modifiers() -> frozenset[str]:
    return frozenset(_roles()["narrowing"])


@cache
def contrasting_modifiers() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(pair) for pair in _roles()["contrasts"])


@cache
def person_roles() -> frozenset[str]:
    return frozenset(_roles()["person_roles"])


@cache
def party_words() -> frozenset[str]:
    return frozenset(_roles()["parties"])
