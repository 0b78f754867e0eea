"""What the text itself says about each person: the roles it gives them and their gender.

Both feed speaker resolution. "The Vermont senator" finds the person the article introduced as
"Sen. Bernie Sanders of Vermont" through their roles; "she said" skips a man the text has called
"Mr." or "his". Only the text counts: first names are never taken as evidence of gender.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from ..lemmas import lemma_of
from .context import DocContext
from .lexicons import gendered_nouns, party_words, person_roles, role_modifiers

#: Honorifics that say a person's gender.
_HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
_PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
#: Role words so generic that they tie nobody to a description ("the former ..." says little).
_ROLE_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
#: Evidence needed to call a gender: an honorific or gendered noun (3), or two pronouns.
MIN_GENDER_VOTES = 2
#: How many words of an apposition count as a role: "Bryan Lanza, a long-time strategist".
APPOSITION_WORDS = 8


@dataclass(slots=True)
class Role:
    """One role the text gives a person: a head noun and the words that narrow it."""

    head: str
    modifiers: frozenset[str]


@dataclass(slots=True)
class PersonFacts:
    roles: dict[str, list[Role]] = field(default_factory=dict)
    gender_votes: dict[str, Counter[str]] = field(default_factory=dict)

    def gender(self, entity_id: str) -> str | None:
        """"m" or "f" when the text's evidence leans clearly one way, else None."""
        votes = self.gender_votes.get(entity_id)
        if not votes:
            return None
        (top, count), *rest = [*votes.most_common(2), ("", 0)]
        return top if count >= MIN_GENDER_VOTES and count > 2 * rest[0][1] else None

    def vote(self, entity_id: str, gender: str, weight: int = 1) -> None:
        self.gender_votes.setdefault(entity_id, Counter())[gender] += weight


def person_facts(ctx: DocContext) -> PersonFacts:
    """Roles and gender evidence of every person entity, read from the mentions outside quotes."""
    facts = PersonFacts()
    doc = ctx.doc
    for start, end, entity_id in ctx.mentions:
        if ctx.entity_type(entity_id) != "person" or ctx.token_passage[start] is not None:
            continue
        head = doc[start:end].root
        roles = facts.roles.setdefault(entity_id, [])
        for token in _role_words(head, start, end):
            roles.append(_role(token))
            gender = gendered_nouns().get(token.lower_.rstrip("."))
            if gender:
                facts.vote(entity_id, gender, 3)
        party = _party_label(doc, start, end)
        if party:
            roles.append(Role(PARTY_ROLE, frozenset({party})))
        before = doc[start - 1].lower_ if start > 0 else ""
        gender = _HONORIFICS.get(before) or _HONORIFICS.get(doc[start].lower_)
        if gender:
            facts.vote(entity_id, gender, 3)
        coordinated = any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj"
        if head.dep_ in ("nsubj", "nsubjpass") and not coordinated:
            gender = _pronoun_after(ctx, head, end)
            if gender:
                facts.vote(entity_id, gender)
    return facts


#: The role a bare party label gives: "Republican Donald Trump", "Claire McCaskill (D-Mo.)".
PARTY_ROLE = "partisan"
#: "(R)", "(D-Mo.)", "(R-Utah)": a party letter in brackets after a name.
_PARTY_LETTERS = {"r": "republican", "d": "democratic", "i": "independent"}


@cache
def party_names() -> frozenset[str]:
    """Party words in the form descriptions compare them ("GOP" → republican)."""
    modifiers = role_modifiers()
    return frozenset(modifiers.get(w, w) for w in party_words()) | frozenset(
        _PARTY_LETTERS.values()
    )


def _party_label(doc: Doc, start: int, end: int) -> str | None:
    """The party the text labels a person with, right before or after the name."""
    if start > 0:
        word = doc[start - 1].lower_.rstrip(".")
        word = role_modifiers().get(word, word)
        if word in party_names():
            return word
    if end + 2 < len(doc) and doc[end].text == "(":
        letter = doc[end + 1].lower_.split("-")[0]
        closed = doc[end + 2].text in (")", "-") or "-" in doc[end + 1].text
        if letter in _PARTY_LETTERS and closed:
            return _PARTY_LETTERS[letter]
    return None


def _role_words(head: Token, start: int, end: int) -> list[Token]:
    """Role nouns around a mention: "Republican nominee Donald Trump", "Lanza, a strategist,",
    "the senator, Bernie Sanders", "Trump, who is a businessman" is left out."""
    found: list[Token] = []
    for child in head.children:
        if start <= child.i < end:
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                found.append(child)  # a lower-case title inside the mention
            continue
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "PROPN"):
            found.append(child)
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i - head.i <= APPOSITION_WORDS:
            found.append(child)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        found.append(head.head)  # "the Vermont senator, Bernie Sanders"
    for token in list(found):
        for child in token.children:
            if child.dep_ == "conj" and child.pos_ == "NOUN":
                found.append(child)  # "the former first lady and senator"
    return [t for t in found if t.pos_ == "NOUN" or role_word(t) in person_roles()]


def role_word(token: Token) -> str:
    """The form a role word is compared in: "Sen." → senator, "congresswoman" → representative."""
    word = lemma_of(token).lower().rstrip(".")
    return role_modifiers().get(word, word)


def _role(token: Token) -> Role:
    words = {
        word
        for child in token.children
        if child.dep_ in _ROLE_DEPS
        for word in _words(child)
    }
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
            words.update(w for noun in child.children for w in _words(noun))
    return Role(role_word(token), frozenset(words))


def _words(token: Token) -> set[str]:
    modifiers = role_modifiers()
    words = set()
    for t in token.subtree:
        word = modifiers.get(t.lower_.rstrip("."), t.lower_.rstrip("."))
        if t.is_alpha or t.text.endswith("."):
            words.add(word)
    return words


def _pronoun_after(ctx: DocContext, subject: Token, end: int) -> str | None:
    """"Trump said his plan …": the first personal pronoun after a subject, in its sentence and
    outside quotes, with no other person between, tells the subject's gender."""
    doc = ctx.doc
    for token in doc[end : subject.sent.end]:
        if ctx.token_passage[token.i] is not None:
            return None
        entity = ctx.token_entity[token.i]
        if entity and ctx.entity_type(entity) == "person":
            return None
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender:
            return gender
    return None
