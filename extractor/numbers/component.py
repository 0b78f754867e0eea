"""The ``extractor_numbers`` component: spaCy's numeric spans as Number results."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..document import Number
from ..models_data import load_json
from ..spans import split_at_line_breaks

Doc.set_extension("ex_numbers", default=None, force=True)


@Language.factory("extractor_numbers")
def make_numbers(nlp: Language, name: str) -> NumberFinder:
    return NumberFinder(load_json("labels.json")["numbers"])


class NumberFinder:
    def __init__(self, label_kinds: dict[str, str]) -> None:
        self.label_kinds = label_kinds

    def __call__(self, doc: Doc) -> Doc:
        numbers: list[Number] = []
        for ent in doc.ents:
            kind = self.label_kinds.get(ent.label_)
            if kind is None:
                continue
            for piece in split_at_line_breaks(ent):
                numbers.append(
                    Number(piece.start_char, piece.end_char, piece.text, kind)
                )
        doc._.ex_numbers = numbers
        return doc
