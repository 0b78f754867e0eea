"""The ``extractor_entities`` component: one entity per real-world thing, with every mention.

It sets ``doc._.ex_entities`` (list[Entity], in first-mention order) and ``doc._.ex_entity_of``
((start_char, end_char) of each mention → entity id), which the quotes component uses to link
a speaker to an entity.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..document import Entity
from ..models_data import load_json
from ..pipeline import ENTITY_TYPES
from ..quotes.marks import find_quoted_passages
from ..spans import doc_text, mention
from .clusters import Cluster, build_forms, cluster_forms
from .lexicons import is_title, settings
from .mentions import Candidate, candidates
from .people import describe
from .propagation import propagate

Doc.set_extension("ex_entities", default=None, force=True)
Doc.set_extension("ex_entity_of", default=None, force=True)

OTHER = "other"
_DEFAULT_LABEL = {"person": "PERSON", "place": "GPE", "organization": "ORG"}


@Language.factory("extractor_entities", default_config={"types": list(ENTITY_TYPES)})
def make_entities(nlp: Language, name: str, types: list[str]) -> EntityClusterer:
    return EntityClusterer(load_json("labels.json")["entities"], types)


class EntityClusterer:
    """Clusters the model's names into entities and repairs their types.

    ``types`` chooses what is emitted: any of person, place, organization, and ``other`` for
    the remaining name labels (NORP, EVENT, ...; see ``models/entities.json``), which are
    grouped by identical text only. Clustering always uses all three main types, so asking
    for people alone does not change which mentions are people.
    """

    def __init__(self, label_types: dict[str, str], types: Iterable[str] = ENTITY_TYPES) -> None:
        self.label_types = dict(label_types)
        self.types = tuple(types)

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc, [*self.label_types, *self._other_labels()])
        main = [c for c in found if c.label in self.label_types]
        clusters = cluster_forms(build_forms(main, self.label_types))
        propagate(doc, clusters)
        rows = [(c.kind(), c) for c in clusters]
        rows = [(kind, c) for kind, c in rows if kind in self.types]
        others = _group_others([c for c in found if c.label not in self.label_types])
        entities: list[Entity] = []
        entity_of: dict[tuple[int, int], str] = {}
        items = [*((k, _mentions(c)) for k, c in rows), *((OTHER, o) for o in others)]
        items.sort(key=lambda item: item[1][0].start_char)
        plain = _plain_text(doc)
        for number, (kind, spans) in enumerate(items, start=1):
            entity = _entity(f"E{number}", kind, spans, plain)
            entities.append(entity)
            for m in entity.mentions:
                entity_of[(m.start, m.end)] = entity.id
        doc._.ex_entities = entities
        doc._.ex_entity_of = entity_of
        return doc

    def _other_labels(self) -> list[str]:
        if OTHER not in self.types:
            return []
        return [label for label in settings()["other_labels"] if label not in self.label_types]


def _mentions(cluster: Cluster) -> list[Candidate]:
    return sorted((m for f in cluster.forms for m in f.mentions), key=lambda m: m.start_char)


def _group_others(found: list[Candidate]) -> list[list[Candidate]]:
    groups: dict[str, list[Candidate]] = {}
    for candidate in found:
        groups.setdefault(candidate.text, []).append(candidate)
    return list(groups.values())


#: Share of capitalised words that makes a first line a headline ("Ortiz Says Plan Will Fail").
HEADLINE_CAPITALS = 0.7


def _plain_text(doc: Doc) -> Callable[[Candidate], bool]:
    """Whether a mention stands in the article's own prose: not in the headline (its first
    line) and not inside quotation marks, where epithets and headline verbs glue onto names
    ("Obama Says", "Crooked Hillary Clinton")."""
    text = doc_text(doc)
    first_line = _headline_end(text)
    quoted = [(p.open_mark, p.close_mark) for p in find_quoted_passages(text)]
    starts = [a for a, _ in quoted]

    def plain(candidate: Candidate) -> bool:
        at = candidate.start_char
        if 0 <= at < first_line:
            return False
        index = bisect.bisect_right(starts, at) - 1
        return index < 0 or not quoted[index][0] <= at < quoted[index][1]

    return plain


def _headline_end(text: str) -> int:
    """Where a title-case headline on the first line ends; 0 when the text opens with prose."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0:
        return 0
    words = [w for w in text[lead:end].split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return end if words and capitalised >= HEADLINE_CAPITALS * len(words) else 0


def _entity(
    entity_id: str, kind: str, spans: list[Candidate],
    plain: Callable[[Candidate], bool] = lambda _: True,
) -> Entity:
    surfaces = list(dict.fromkeys(" ".join(s.text.split()) for s in spans))
    in_prose = {" ".join(s.text.split()) for s in spans if plain(s)}
    counts = Counter(" ".join(s.text.split()) for s in spans)
    name = max(surfaces, key=lambda surface: (surface in in_prose, *_name_rank(surface)))
    shorter = _tail_form(name, surfaces, counts)
    if shorter is not None and _after_title(name, spans) and (
        shorter in in_prose or name not in in_prose
    ):
        name = shorter
    labels = Counter(s.label for s in spans)
    label = labels.most_common(1)[0][0] if kind == OTHER else _label_for(kind, labels)
    if name.isupper() and len(name) > 5:
        name = name.title()
    entity = Entity(
        id=entity_id,
        type=kind,
        label=label,
        name=name,
        aliases=[s for s in surfaces if s != name],
        mentions=[mention(s.span.doc, s.start_char, s.end_char) for s in spans],
    )
    if kind == "person":
        describe(entity, [s.span for s in spans])
    return entity


def _tail_form(name: str, surfaces: list[str], counts: Counter[str]) -> str | None:
    """"Universe Paola Serrano" once, beside "Paola Serrano": the longer form carries a stray
    word from a title ("Miss Universe"), so the two-word tail names the entity."""
    words = name.split()
    if counts[name] > 1 or len(words) < 3:
        return None
    for cut in range(1, len(words) - 1):
        tail = " ".join(words[cut:])
        if tail in counts and tail[:1].isupper():
            return tail
    return None


def _after_title(surface: str, spans: list[Candidate]) -> bool:
    """The form follows a title word ("Miss Universe Paola Serrano"): its first words may be
    the rest of that title. A full name that opens a sentence ("Aung San Suu Kyi visited") is
    no such thing, and keeps all its words."""
    for s in spans:
        if " ".join(s.text.split()) == surface:
            doc = s.span.doc
            start = s.span.start
            if start > 0 and is_title(doc[start - 1].text):
                return True
    return False


def _name_rank(surface: str) -> tuple[int, int, int]:
    """The longest proper form: mixed case before capitals, then most words, then length."""
    return (0 if surface.isupper() else 1, len(surface.split()), len(surface))


def _label_for(kind: str, labels: Counter[str]) -> str:
    from .lexicons import label_types

    fitting = [label for label, _ in labels.most_common() if label_types().get(label) == kind]
    return fitting[0] if fitting else _DEFAULT_LABEL[kind]
