"""What the quote components share about one Doc: quote passages, entity links, paragraphs."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..document import Entity
from ..spans import doc_text
from .marks import QuotedPassage, find_quoted_passages


@dataclass(slots=True)
class DocContext:
    doc: Doc
    text: str
    passages: list[QuotedPassage]
    entities: dict[str, Entity]
    #: entity id of each token that lies in an entity mention, else None
    token_entity: list[str | None]
    #: (first token, last token + 1) of each mention, in text order, with its entity id
    mentions: list[tuple[int, int, str]]
    #: index into ``passages`` of the passage (marks included) holding each token, else None
    token_passage: list[int | None] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc) -> DocContext:
        entities = {e.id: e for e in (doc._.ex_entities or [])}
        token_entity: list[str | None] = [None] * len(doc)
        mentions = []
        for entity in entities.values():
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                mentions.append((span.start, span.end, entity.id))
                for i in range(span.start, span.end):
                    token_entity[i] = entity.id
        _link_bare_surnames(doc, entities, token_entity, mentions)
        mentions.sort()
        starts = [0]
        for token in doc:
            if "\n\n" in token.text_with_ws or (token.is_space and token.text.count("\n") >= 2):
                starts.append(token.i + 1)
        text = doc_text(doc)
        passages = find_quoted_passages(text)
        token_passage: list[int | None] = [None] * len(doc)
        for index, passage in enumerate(passages):
            span = doc.char_span(passage.open_mark, passage.close_mark, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    token_passage[i] = index
        return cls(doc, text, passages, entities, token_entity, mentions, token_passage, starts)

    def paragraph_of(self, token_index: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, token_index) - 1

    def entity_type(self, entity_id: str | None) -> str | None:
        return self.entities[entity_id].type if entity_id else None


def _link_bare_surnames(
    doc: Doc,
    entities: dict[str, Entity],
    token_entity: list[str | None],
    mentions: list[tuple[int, int, str]],
) -> None:
    """A bare surname the model did not tag ("Mehrotra warned") still names its person."""
    surnames: dict[str, set[str]] = {}
    for entity in entities.values():
        if entity.type == "person" and " " in entity.name:
            surnames.setdefault(entity.name.split()[-1], set()).add(entity.id)
    for token in doc:
        if token_entity[token.i] is None and token.pos_ == "PROPN":
            owners = surnames.get(token.text)
            if owners and len(owners) == 1:
                (entity_id,) = owners
                if other_given_name(token, entities[entity_id].name, token_entity):
                    continue  # "Ivy Moss" is not Dan Moss, whatever the model missed
                token_entity[token.i] = entity_id
                mentions.append((token.i, token.i + 1, entity_id))


def other_given_name(surname: Token, name: str, token_entity: list[str | None]) -> bool:
    """"Ivy Moss" where the text's Moss is Dan Moss: an untagged capitalised name right before
    the surname that is not the person's own (titles are tagged with the name or lower-case)."""
    if surname.i == 0 or len(name.split()) < 2:
        return False
    before = surname.doc[surname.i - 1]
    return (
        before.pos_ == "PROPN"
        and before.is_title
        and token_entity[before.i] is None
        and before.text.rstrip(".") not in name.split()
        and not before.text.endswith(".")
    )
