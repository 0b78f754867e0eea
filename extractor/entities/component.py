"""The ``extractor_entities`` component: typed mentions grouped into entities."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..document import Entity
from ..models_data import load_json
from ..spans import span_mention, split_at_line_breaks

Doc.set_extension("ex_entities", default=None, force=True)
Doc.set_extension("ex_entity_of", default=None, force=True)

_POSSESSIVE = {"'s", "’s", "'", "’"}


@Language.factory("extractor_entities")
def make_entities(nlp: Language, name: str) -> EntityGrouper:
    return EntityGrouper(load_json("labels.json")["entities"])


class EntityGrouper:
    """Mentions with the same text and type form one entity (clusters come later)."""

    def __init__(self, label_types: dict[str, str]) -> None:
        self.label_types = label_types

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[tuple[str, str], list[Span]] = {}
        for ent in doc.ents:
            kind = self.label_types.get(ent.label_)
            if kind is None:
                continue
            for piece in split_at_line_breaks(ent):
                piece = _without_possessive(piece)
                if piece is None:
                    continue
                groups.setdefault((kind, piece.text), []).append(piece)
        entities: list[Entity] = []
        entity_of: dict[tuple[int, int], str] = {}
        for number, ((kind, text), spans) in enumerate(groups.items(), start=1):
            label = Counter(s.label_ for s in spans).most_common(1)[0][0]
            entity = Entity(
                id=f"E{number}",
                type=kind,
                label=label,
                name=text,
                mentions=[span_mention(s) for s in spans],
            )
            entities.append(entity)
            for span in spans:
                entity_of[(span.start_char, span.end_char)] = entity.id
        doc._.ex_entities = entities
        doc._.ex_entity_of = entity_of
        return doc


def _without_possessive(span: Span) -> Span | None:
    end = span.end
    while end > span.start and span.doc[end - 1].text in _POSSESSIVE:
        end -= 1
    if end == span.start:
        return None
    return Span(span.doc, span.start, end, label=span.label)
