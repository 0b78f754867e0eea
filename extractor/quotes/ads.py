"""Who speaks in a political ad: the campaign or group that made it.

"The ad says …", "a voice in the Lee ad asks …", "the announcer said …": a reader names
the ad's maker, not the voice. The maker is the person or body the ad is named after ("the Lee
ad", "the party's spot"), or who "released", "unveiled" or "has" it; "the ad" or "the
announcer" with no maker of its own goes back to the last ad whose maker the text gave.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..lemmas import lemma_of
from .clauses import subject_of
from .context import DocContext
from .speaker_heads import AD_NOUNS, AIRING_VERBS

#: The voices that speak in an ad.
AD_VOICES = frozenset({"narrator", "announcer", "voiceover", "voice-over"})
#: How many paragraphs back "the ad" may look for the last ad with a maker.
AD_BACK_PARAGRAPHS = 6


@dataclass(frozen=True, slots=True)
class AdMaker:
    """The maker of an ad: the entity, and the token that names it (for the antecedent)."""

    entity: str
    token: Token


def ad_of(head: Token) -> Token | None:
    """The ad a speaker phrase is about: the ad itself, or the ad its narrator speaks in."""
    lemma = lemma_of(head).lower()
    if lemma in AD_NOUNS:
        return head
    if lemma not in AD_VOICES:
        return None
    for child in head.children:
        if child.dep_ == "poss" and lemma_of(child).lower() in AD_NOUNS:
            return child  # "the ad's narrator"
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "for", "from"):
            for noun in child.children:
                if noun.dep_ == "pobj" and lemma_of(noun).lower() in AD_NOUNS:
                    return noun  # "a narrator in the Clinton ad"
    return head  # "the announcer": whatever ad the text was about


def ad_maker(ad: Token, ctx: DocContext) -> AdMaker | None:
    """The maker of this ad, else of the last ad before it whose maker the text gave."""
    found = _own_maker(ad, ctx)
    if found is not None or not _points_back(ad):
        return found
    here = ctx.paragraph_of(ad.i)
    for token in reversed(ctx.doc[: ad.left_edge.i]):
        if here - ctx.paragraph_of(token.i) > AD_BACK_PARAGRAPHS:
            break
        if lemma_of(token).lower() in AD_NOUNS and ctx.token_passage[token.i] is None:
            found = _own_maker(token, ctx)
            if found is not None:
                return found
    return None


def _points_back(ad: Token) -> bool:
    """"the ad", "this spot", a bare "the announcer": an ad the text already introduced; "a
    new ad" or "one Club for Growth ad" is another."""
    if lemma_of(ad).lower() in AD_VOICES:
        return True
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in ad.children)
    named = any(c.dep_ in ("compound", "poss", "nmod") for c in ad.children)
    return determined and not named


def _own_maker(ad: Token, ctx: DocContext) -> AdMaker | None:
    if lemma_of(ad).lower() not in AD_NOUNS:
        return None
    candidates = [
        t for c in ad.children if c.dep_ in ("compound", "poss", "nmod") and c.i < ad.i
        for t in c.subtree
    ]
    for child in ad.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            candidates += [t for p in child.children if p.dep_ == "pobj" for t in p.subtree]
    verb = ad.head
    if ad.dep_ in ("dobj", "attr") and lemma_of(verb).lower() in AIRING_VERBS:
        subject = subject_of(verb, ctx)
        if subject is not None:
            candidates += list(subject.subtree)
    for token in candidates:
        entity = ctx.token_entity[token.i]
        if entity and ctx.entity_type(entity) in ("person", "organization"):
            return AdMaker(entity, token)
    return None
