"""People described: the roles the text gives a person, and their gender when the text says it.

Titles come from the words before a name ("Kremlin spokesman Dmitry Peskov", "US National
Security Advisor Jake Sullivan") and from appositions ("Ana Lima, a long-time party strategist,
said"). Gender comes only from the text: honorifics and gendered titles before a name ("Mrs.",
"Sir"), gendered role nouns in its titles ("spokeswoman"), and pronouns the quote stage resolved
to the person ("she said"). Never from first names; ``None`` when the text says nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..document import Entity, Mention, Quote
from ..spans import mention
from .lexicons import determiners, gender_words, is_role, is_title

#: Honorifics say who someone is addressed as, not what they do: evidence, never a title.
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Mr.", "Mrs.", "Ms.", "Mx."})
#: Words a title in front of a name may hold besides titles and roles: "former", "deputy".
_TITLE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "POS"})
_MAX_TITLE_TOKENS = 7
_MAX_APPOSITION_TOKENS = 12


def describe(entity: Entity, spans: Iterable[Span]) -> None:
    """Set a person's ``titles`` and text evidence of gender from the mentions' surroundings."""
    titles: list[str] = []
    evidence: list[Mention] = []
    for span in spans:
        before = _title_before(span)
        after = _apposition(span)
        for phrase in (before, after):
            if phrase is not None and len(phrase):
                text = " ".join(phrase.text.split())
                if text.casefold() not in {t.casefold() for t in titles}:
                    titles.append(text)
        honorific = _honorific(span)
        if honorific is not None:
            evidence.append(mention(span.doc, honorific.idx, honorific.idx + len(honorific)))
        for phrase in (before, after):
            for token in phrase or ():
                if token.lower_ in gender_words()["role_nouns"]:
                    evidence.append(mention(span.doc, token.idx, token.idx + len(token)))
    entity.titles = titles
    entity.gender_evidence = _unique(evidence)
    entity.gender, entity.gender_evidence = decide(entity.gender_evidence)


def _title_before(span: Span) -> Span | None:
    """The job title written right before the name, without determiners or honorifics."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < _MAX_TITLE_TOKENS:
        token = doc[start - 1]
        if "\n" in token.whitespace_ or not _title_word(token):
            break
        start -= 1
        if token.is_sent_start:
            break
    while start < span.start and (doc[start].text in _HONORIFICS or doc[start].is_punct):
        start += 1
    if start == span.start or not _ends_in_role(doc[span.start - 1]):
        return None
    return doc[start : span.start]


def _title_word(token: Token) -> bool:
    if token.text in determiners() or (token.is_punct and token.text != "-"):
        return False
    if is_title(token.text) or is_role(token.text) or token.text in _HONORIFICS:
        return True
    if token.tag_ not in _TITLE_TAGS or token.ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return False
    return token.dep_ in {"compound", "amod", "nmod", "punct"} or token.text[:1].isupper()


def _ends_in_role(token: Token) -> bool:
    return token.text not in _HONORIFICS and (is_title(token.text) or is_role(token.text))


def _apposition(span: Span) -> Span | None:
    """ "Ana Lima, a long-time party strategist, said": the description after the comma."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for token in span:
        for child in token.children:
            if child.dep_ == "appos" and child.i > span.end and _describes(child):
                return _apposition_span(doc, child)
    return None


def _describes(head: Token) -> bool:
    """A role ("spokesman"), or a common noun after an article or possessive ("a physicist",
    "the campaign's lawyer"): not an age, a figure or another name."""
    if is_role(head.text):
        return True
    first = head.left_edge
    introduced = first.tag_ in {"DT", "PRP$"} or any(t.tag_ == "POS" for t in head.lefts)
    return head.tag_ in {"NN", "NNS"} and head.is_lower and introduced


def _apposition_span(doc: Doc, head: Token) -> Span | None:
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep":
            end = max(end, child.right_edge.i + 1)
    pieces = doc[start:end]
    cut = next((t.i for t in pieces if t.text in {",", ";", "(", "—", "–"}), end)
    if cut - start > _MAX_APPOSITION_TOKENS or cut <= start:
        return None
    return doc[start:cut]


def _honorific(span: Span) -> Token | None:
    """ "Mrs. Ana Lima": an honorific or gendered title right before the name."""
    if span.start == 0:
        return None
    token = span.doc[span.start - 1]
    if token.text.rstrip(".") in gender_words()["honorifics"]:
        return token
    return None


def add_pronoun_evidence(entities: list[Entity], quotes: Iterable[Quote]) -> None:
    """A quote whose speaker is "he"/"she" resolved to a person is evidence of their gender."""
    pronouns = gender_words()["pronouns"]
    people = {e.id: e for e in entities if e.type == "person"}
    changed: set[str] = set()
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or speaker.entity not in people:
            continue
        if speaker.text.lower() not in pronouns:
            continue
        entity = people[speaker.entity]
        entity.gender_evidence.append(Mention(speaker.start, speaker.end, speaker.text))
        changed.add(entity.id)
    for entity_id in changed:
        entity = people[entity_id]
        entity.gender, entity.gender_evidence = decide(_unique(entity.gender_evidence))


def decide(evidence: list[Mention]) -> tuple[str | None, list[Mention]]:
    """The gender the evidence supports, and the evidence for it.

    Words written at the name (honorifics, "spokeswoman") outrank resolved pronouns, which can
    be resolved wrongly; a tie leaves the gender unknown.
    """
    pronouns = gender_words()["pronouns"]
    strong = [e for e in evidence if e.text.lower() not in pronouns]
    tier = strong or [e for e in evidence if e.text.lower() in pronouns]
    votes = Counter(gender_of(e.text) for e in tier)
    votes.pop(None, None)
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None, []
    gender = ranked[0][0]
    return gender, sorted((e for e in evidence if gender_of(e.text) == gender), key=_start)


def gender_of(word: str) -> str | None:
    words = gender_words()
    key = word.rstrip(".")
    return (
        words["honorifics"].get(key)
        or words["role_nouns"].get(key.lower())
        or words["pronouns"].get(key.lower())
    )


def _start(item: Mention) -> int:
    return item.start


def _unique(evidence: list[Mention]) -> list[Mention]:
    seen: dict[tuple[int, int], Mention] = {}
    for item in evidence:
        seen.setdefault((item.start, item.end), item)
    return sorted(seen.values(), key=_start)


def merge_description(kept: Entity, piece: Entity) -> None:
    """One person's description from the pieces of a long text, each described on its own."""
    kept.titles.extend(t for t in piece.titles if t not in kept.titles)
    evidence = _unique([*kept.gender_evidence, *piece.gender_evidence])
    kept.gender, kept.gender_evidence = decide(evidence)
