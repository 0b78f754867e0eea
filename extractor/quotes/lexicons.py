"""The word lists the quote components read from ``models/``."""

from __future__ import annotations

from functools import cache

from ..models_data import load_lexicon


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
def public_body_words() -> frozenset[str]:
    return frozenset(load_lexicon("public_body_words.txt"))
